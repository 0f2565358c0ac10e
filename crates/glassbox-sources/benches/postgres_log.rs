//! PostgreSQL log lines read per second: jsonlog and csvlog entries, each a statement with
//! a sqlcommenter comment, parsed and turned into spans (what the tailer does per line).
//! `cargo bench -p glassbox-sources --bench postgres_log`
#![allow(clippy::unwrap_used)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use glassbox_sources::postgres_log::{parse_csv_record, parse_json_line, Correlator};

const N: usize = 1_000;

fn statement(i: usize) -> String {
    format!(
        "SELECT o.id, o.total, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = {i} AND c.region = 'eu-west' ORDER BY o.created_at DESC LIMIT 20 /*correlation_id='web-{i:016x}',traceparent='00-4bf92f3577b34da6a3ce929d0e0e4736-{:016x}-01'*/",
        i + 1
    )
}

fn json_lines() -> Vec<String> {
    (0..N)
        .map(|i| {
            format!(
                "{{\"timestamp\":\"2024-03-05 10:00:01.{:03} UTC\",\"user\":\"app\",\"dbname\":\"shop\",\"pid\":{},\"remote_host\":\"127.0.0.1\",\"remote_port\":51544,\"session_id\":\"65e6ee2d.1092\",\"line_num\":{i},\"ps\":\"SELECT\",\"session_start\":\"2024-03-05 09:59:00 UTC\",\"vxid\":\"3/14\",\"txid\":0,\"error_severity\":\"LOG\",\"message\":{},\"application_name\":\"backend\",\"backend_type\":\"client backend\",\"query_id\":0}}",
                i % 1000,
                4000 + i % 8,
                serde_json::to_string(&format!("duration: 0.{i:03} ms  statement: {}", statement(i))).unwrap()
            )
        })
        .collect()
}

fn csv_text() -> String {
    (0..N)
        .map(|i| {
            format!(
                "2024-03-05 10:00:01.{:03} UTC,\"app\",\"shop\",{},\"127.0.0.1:51544\",65e6ee2d.1092,{i},\"SELECT\",2024-03-05 09:59:00 UTC,3/14,0,LOG,00000,\"duration: 0.{i:03} ms  statement: {}\",,,,,,,,,\"backend\",client backend,,0\n",
                i % 1000,
                4000 + i % 8,
                statement(i).replace('"', "\"\"")
            )
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let lines = json_lines();
    let bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
    let mut g = c.benchmark_group("postgres_log");
    g.throughput(Throughput::Elements(N as u64));
    g.bench_function("jsonlog_1000_lines", |b| {
        b.iter(|| {
            let mut c = Correlator::new("postgresql");
            let mut n = 0;
            for l in &lines {
                n += usize::from(c.line(&parse_json_line(l.as_bytes()).unwrap()).is_some());
            }
            assert_eq!(n, N);
        });
    });
    let csv = csv_text();
    g.bench_function("csvlog_1000_records", |b| {
        b.iter(|| {
            let mut c = Correlator::new("postgresql");
            let mut rdr = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(csv.as_bytes());
            let mut n = 0;
            for r in rdr.records() {
                n += usize::from(c.line(&parse_csv_record(&r.unwrap()).unwrap()).is_some());
            }
            assert_eq!(n, N);
        });
    });
    g.finish();
    println!("jsonlog: {} bytes per line", bytes / N);
}

criterion_group!(benches, bench);
criterion_main!(benches);
