//! Shared pieces of glassbox's load harnesses: an open-loop scheduler (requests start at
//! their scheduled time whether or not earlier ones finished, and latency is measured from
//! the scheduled time, so a stall is not hidden by coordinated omission), percentiles, and
//! process probes (RSS, bytes on disk).

use std::path::Path;
use std::time::Duration;

/// Sorted-sample percentile (nearest rank), in the samples' unit.
pub fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

/// Summary of a latency sample in milliseconds.
pub fn summarize_ms(samples: &mut [f64]) -> String {
    samples.sort_by(f64::total_cmp);
    format!(
        "p50 {:.2} ms  p90 {:.2} ms  p99 {:.2} ms  max {:.2} ms  (n={})",
        percentile(samples, 0.5),
        percentile(samples, 0.9),
        percentile(samples, 0.99),
        samples.last().copied().unwrap_or(f64::NAN),
        samples.len()
    )
}

/// Resident set size of a process, in bytes (Linux `/proc`).
pub fn rss_bytes(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Peak resident set size of a process, in bytes.
pub fn peak_rss_bytes(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// CPU time a process has used so far (user + system), in seconds (Linux `/proc`, whose
/// clock ticks are USER_HZ = 100 on every architecture Linux runs on).
pub fn cpu_seconds(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) may hold spaces: fields are counted after its `)`.
    let rest = &stat[stat.rfind(')')? + 2..];
    let mut f = rest.split_whitespace();
    // After `)`: state is field 3, utime field 14, stime field 15.
    let utime: f64 = f.nth(11)?.parse().ok()?;
    let stime: f64 = f.next()?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// How fast this machine is, as a reference for CPU figures measured elsewhere in the
/// same run: milliseconds for a fixed single-threaded workload (integer mixing and a sort
/// of 1 M numbers), best of 5. A slower or busier machine raises this and the figures
/// together, so their ratio travels between machines better than either.
pub fn calibration_ms() -> f64 {
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t0 = std::time::Instant::now();
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut v: Vec<u64> = (0..1_000_000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x
            })
            .collect();
        v.sort_unstable();
        std::hint::black_box(&v);
        best = best.min(t0.elapsed().as_secs_f64() * 1e3);
    }
    best
}

/// Median, smallest and largest of a sample.
pub fn spread(v: &[f64]) -> serde_json::Value {
    let mut s: Vec<f64> = v.iter().copied().filter(|x| x.is_finite()).collect();
    s.sort_by(f64::total_cmp);
    if s.is_empty() {
        return serde_json::Value::Null;
    }
    serde_json::json!({
        "median": percentile(&s, 0.5),
        "min": s[0],
        "max": s[s.len() - 1],
        "runs": v,
    })
}

/// Total size of the files under a directory.
pub fn dir_bytes(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => dir_bytes(&e.path()),
            Ok(_) => e.metadata().map(|m| m.len()).unwrap_or(0),
            Err(_) => 0,
        })
        .sum()
}

/// Interval between arrivals for a rate per second.
pub fn interval(rate_per_s: f64) -> Duration {
    Duration::from_secs_f64(1.0 / rate_per_s.max(1e-3))
}

#[cfg(test)]
mod tests {
    #[test]
    fn nearest_rank() {
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(super::percentile(&v, 0.99), 99.0);
        assert_eq!(super::percentile(&v, 0.5), 50.0);
    }

    #[test]
    fn cpu_of_this_process() {
        let pid = std::process::id();
        let before = super::cpu_seconds(pid).unwrap_or(f64::NAN);
        let mut x = 0u64;
        for i in 0..50_000_000u64 {
            x = x.wrapping_mul(31).wrapping_add(i);
        }
        assert!(x != 1);
        let after = super::cpu_seconds(pid).unwrap_or(f64::NAN);
        assert!(after >= before, "{before} -> {after}");
    }
}
