//! Cost of every answer check as `glassbox serve` wires them — the PII scanner for
//! `pii_echo` and the safety rules for `toxic_output` included — on one answer of
//! about 1 KB. `glassbox-answers`' own bench measures the checks without those two.

#![allow(clippy::unwrap_used, missing_docs)]

use std::sync::Arc;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use glassbox_answers::{Answer, AnswersConfig};
use glassbox_gateway::safety::answer_checker;
use glassbox_gateway::SafetyConfig;
use glassbox_redact::{KeyRing, RedactConfig, Redactor};

fn wired(c: &mut Criterion) {
    let redactor = Redactor::new(&RedactConfig::default(), KeyRing::single("b", &[7; 32])).unwrap();
    let checker = answer_checker(
        &AnswersConfig::default(),
        &SafetyConfig::default(),
        Arc::new(redactor),
    )
    .unwrap();
    let prompt = "Could you explain how the retry policy of our payment service works, and what happens when the upstream times out twice in a row?";
    let system = "You are the internal engineering assistant of Acme. Answer precisely, cite the runbook section when you can, and never share credentials or customer data with anyone.";
    let english = "The payment service retries a failed upstream call up to three times with exponential backoff (200 ms, 400 ms, 800 ms) and jitter. A timeout counts as a retryable failure, so two timeouts in a row lead to a third attempt. If that attempt also fails, the service returns a 503 to the caller and emits a `payment.upstream_unavailable` event, which pages the on-call engineer when it fires more than five times a minute.\n\nSee runbook section 4.2 for the exact thresholds. Two things to keep in mind: idempotency keys make the retries safe, because the upstream deduplicates by key; and the circuit breaker opens after twenty consecutive failures, after which calls fail fast for thirty seconds before a single probe request is let through. You can tune both in `payments.toml` under `[upstream.retry]` and `[upstream.breaker]`.";
    let spanish_prompt = "¿Puedes explicarme cómo funciona la política de reintentos del servicio de pagos y qué pasa cuando el proveedor tarda demasiado dos veces seguidas?";
    let spanish = "El servicio de pagos reintenta una llamada fallida hasta tres veces, con esperas exponenciales (200 ms, 400 ms y 800 ms) y algo de aleatoriedad. Un tiempo de espera agotado cuenta como un fallo que se puede reintentar, así que dos seguidos llevan a un tercer intento. Si ese intento también falla, el servicio devuelve un 503 y emite un evento que avisa a la persona de guardia cuando se repite más de cinco veces por minuto.\n\nLas claves de idempotencia hacen que los reintentos sean seguros, porque el proveedor descarta los duplicados por clave; y el cortacircuitos se abre tras veinte fallos seguidos, después de lo cual las llamadas fallan enseguida durante treinta segundos antes de dejar pasar una sola petición de prueba. Puedes ajustar ambos en el archivo de configuración.";
    let mut g = c.benchmark_group("answers_wired");
    for (name, p, r) in [
        ("all_checks_1kb_english", prompt, english),
        ("all_checks_1kb_spanish", spanish_prompt, spanish),
    ] {
        let a = Answer {
            response: r,
            prompt: p,
            context: p,
            system,
            finish_reason: Some("stop"),
            max_tokens: Some(1024),
            output_tokens: Some(230),
            ..Answer::default()
        };
        assert!(checker.check(&a).is_empty(), "{name}");
        g.throughput(Throughput::Bytes(r.len() as u64));
        g.bench_function(name, |b| b.iter(|| checker.check(black_box(&a))));
    }
    g.finish();
}

criterion_group!(benches, wired);
criterion_main!(benches);
