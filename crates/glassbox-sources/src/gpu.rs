//! GPU saturation probe: NVML, loaded at run time, polled on its own thread into
//! `glassbox_gpu_*` gauges and per-minute gauge rollups.
//!
//! ```text
//!  start_gpu_poller ── Nvml::init() fails (no driver / no GPU) ─> None: no GPU metrics, no error
//!        └─ ok ─> thread: every interval, per device:
//!                   utilization % ─> GpuUtilization     memory used/total ─> GpuMemory*
//!                   power mW / 1000 ─> GpuPower         (hub.set_gauge(kind, "nvml", index))
//! ```
//!
//! NVML calls can take milliseconds, so they run on a dedicated thread, never on the async
//! runtime. Dropping (or [`GpuPoller::stop`]ping) the handle ends the thread.

use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use glassbox_metrics::MetricsHub;

/// `[metrics.gpu]` settings.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct GpuConfig {
    /// Probe GPUs through NVML when a driver is present.
    pub enabled: bool,
    /// Seconds between polls (1 to 3600).
    pub interval_secs: u64,
}

impl Default for GpuConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            interval_secs: 5,
        }
    }
}

/// A running GPU probe. Dropping it stops the thread.
pub struct GpuPoller {
    devices: u32,
    stop: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl GpuPoller {
    /// Number of GPUs NVML reported at start.
    pub fn devices(&self) -> u32 {
        self.devices
    }

    /// Stops the thread and waits for it (at most one poll).
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.stop.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for GpuPoller {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Starts the GPU probe, polling once at once and then every `interval_secs`. Returns
/// `None`, with an info log, when disabled, when built without the `nvml` feature, or when
/// NVML cannot be loaded or reports no device: the GPU metrics are then simply absent.
pub fn start_gpu_poller(hub: Arc<MetricsHub>, config: &GpuConfig) -> Option<GpuPoller> {
    if !config.enabled {
        return None;
    }
    let interval = Duration::from_secs(config.interval_secs.clamp(1, 3600));
    imp::start(hub, interval)
}

#[cfg(feature = "nvml")]
mod imp {
    use super::*;
    use glassbox_core::time::now_unix_nanos;
    use glassbox_metrics::GaugeKind;
    use nvml_wrapper::Nvml;
    use std::sync::mpsc::{channel, RecvTimeoutError};

    pub fn start(hub: Arc<MetricsHub>, interval: Duration) -> Option<GpuPoller> {
        let nvml = match Nvml::init() {
            Ok(n) => n,
            Err(error) => {
                tracing::debug!(%error, "nvml unavailable, gpu metrics disabled");
                return None;
            }
        };
        let devices = match nvml.device_count() {
            Ok(n) if n > 0 => n,
            Ok(_) => {
                tracing::debug!("nvml reports no gpu, gpu metrics disabled");
                return None;
            }
            Err(error) => {
                tracing::info!(%error, "nvml device count failed, gpu metrics disabled");
                return None;
            }
        };
        poll_once(&nvml, devices, &hub);
        let (tx, rx) = channel::<()>();
        let thread = std::thread::Builder::new()
            .name("glassbox-gpu-probe".into())
            .spawn(move || loop {
                match rx.recv_timeout(interval) {
                    Err(RecvTimeoutError::Timeout) => poll_once(&nvml, devices, &hub),
                    Ok(()) | Err(RecvTimeoutError::Disconnected) => return,
                }
            });
        match thread {
            Ok(t) => {
                tracing::info!(devices, "gpu probe started");
                Some(GpuPoller {
                    devices,
                    stop: Some(tx),
                    thread: Some(t),
                })
            }
            Err(error) => {
                tracing::warn!(%error, "could not start the gpu probe thread");
                None
            }
        }
    }

    fn poll_once(nvml: &Nvml, devices: u32, hub: &MetricsHub) {
        let now = now_unix_nanos();
        for index in 0..devices {
            let device = match nvml.device_by_index(index) {
                Ok(d) => d,
                Err(error) => {
                    tracing::debug!(index, %error, "nvml device lookup failed");
                    continue;
                }
            };
            let label = index.to_string();
            let set = |kind, value: f64| hub.set_gauge(kind, "nvml", &label, value, now);
            if let Ok(u) = device.utilization_rates() {
                set(GaugeKind::GpuUtilization, f64::from(u.gpu));
            }
            if let Ok(m) = device.memory_info() {
                set(GaugeKind::GpuMemoryUsed, m.used as f64);
                set(GaugeKind::GpuMemoryTotal, m.total as f64);
            }
            // Not every board reports power; skip it quietly when absent.
            if let Ok(mw) = device.power_usage() {
                set(GaugeKind::GpuPower, f64::from(mw) / 1000.0);
            }
        }
    }
}

#[cfg(not(feature = "nvml"))]
mod imp {
    use super::*;

    pub fn start(_hub: Arc<MetricsHub>, _interval: Duration) -> Option<GpuPoller> {
        tracing::debug!("built without nvml, gpu metrics disabled");
        None
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;
    use glassbox_metrics::MetricsConfig;

    /// Passes with and without a GPU: without one the probe is simply absent; with one,
    /// every device reports utilization and memory.
    #[test]
    fn probe_is_absent_or_reports_every_device() {
        let hub = Arc::new(MetricsHub::new(MetricsConfig::default()).unwrap());
        let Some(poller) = start_gpu_poller(hub.clone(), &GpuConfig::default()) else {
            assert!(!hub.render_openmetrics().contains("glassbox_gpu_"));
            return;
        };
        let devices = poller.devices();
        poller.stop();
        let text = hub.render_openmetrics();
        println!("{text}");
        for i in 0..devices {
            for name in [
                "glassbox_gpu_utilization_percent",
                "glassbox_gpu_memory_total_bytes",
            ] {
                let want = format!("{name}{{source=\"nvml\",gpu=\"{i}\"}}");
                assert!(text.contains(&want), "missing {want}");
            }
        }
        let rows = hub.open_rollups();
        assert!(rows.iter().any(|r| r.operation == "gpu_utilization"));
    }

    #[test]
    fn disabled_means_absent() {
        let hub = Arc::new(MetricsHub::new(MetricsConfig::default()).unwrap());
        let cfg = GpuConfig {
            enabled: false,
            ..GpuConfig::default()
        };
        assert!(start_gpu_poller(hub, &cfg).is_none());
    }
}
