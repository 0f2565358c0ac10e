//! The streaming `--jsonl` pass against the reference (`serde_json::Value` +
//! `Redactor::redact_json`): same parsed output, same counts, same errors.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::sync::OnceLock;

use glassbox_redact::jsonl::{redact_json_line, redact_json_line_value, JsonLineStreamer};
use glassbox_redact::{Action, KeyRing, RedactConfig, Redactor, Source};
use proptest::prelude::*;
use serde_json::Value;

/// Two identical redactors (streaming, reference) so counts can be compared.
type Pair = (Redactor, Redactor);

fn pair(config: &RedactConfig) -> Pair {
    let make = || Redactor::new(config, KeyRing::single("k1", b"jsonl-key-0123456789")).unwrap();
    (make(), make())
}

fn default_config() -> RedactConfig {
    RedactConfig::default()
}

/// A policy that drops whole values and masks identifiers, so members disappear.
fn dropping_config() -> RedactConfig {
    let mut c = RedactConfig::default();
    for e in ["email", "phone", "ip_address", "secret"] {
        c.entities.insert(e.into(), Action::Drop);
    }
    c.fields.identifier_action = Some(Action::Drop);
    c.fields.safe.push("meta.*".into());
    c
}

fn counts(r: &Redactor) -> BTreeMap<String, u64> {
    r.counters()
        .entries
        .into_iter()
        .map(|e| (format!("{:?}/{:?}", e.kind, e.source), e.count))
        .collect()
}

fn delta(before: &BTreeMap<String, u64>, after: &BTreeMap<String, u64>) -> BTreeMap<String, u64> {
    after
        .iter()
        .map(|(k, v)| (k.clone(), v - before.get(k).copied().unwrap_or(0)))
        .filter(|(_, v)| *v > 0)
        .collect()
}

/// Run both paths on `line`. Returns whether the streaming pass handled it
/// and whether serde_json accepts it as an object; fails on any difference.
fn check(p: &Pair, line: &[u8]) -> Result<(bool, bool), TestCaseError> {
    let (stream, reference) = p;
    let want = match serde_json::from_slice::<Value>(line) {
        Ok(mut v @ Value::Object(_)) => {
            let before = counts(reference);
            reference.redact_json(&mut v, Source::Cli);
            Some((v, delta(&before, &counts(reference))))
        }
        _ => None,
    };
    let before = counts(stream);
    let mut out = Vec::new();
    let handled = JsonLineStreamer::new().redact_line(stream, line, &mut out, Source::Cli);
    let got_counts = delta(&before, &counts(stream));
    if !handled {
        prop_assert!(
            got_counts.is_empty(),
            "handed over but counted {got_counts:?}"
        );
        return Ok((false, want.is_some()));
    }
    let Some((want, want_counts)) = want else {
        return Err(TestCaseError::fail(format!(
            "streamed a line serde_json rejects: {}",
            String::from_utf8_lossy(line)
        )));
    };
    let got: Value = serde_json::from_slice(&out).map_err(|e| {
        TestCaseError::fail(format!(
            "output is not JSON ({e}): {}",
            String::from_utf8_lossy(&out)
        ))
    })?;
    prop_assert_eq!(got, want, "line {}", String::from_utf8_lossy(line));
    prop_assert_eq!(got_counts, want_counts);
    Ok((true, true))
}

#[derive(Debug, Clone)]
enum J {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

fn text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "john.smith@example.com",
        "mail x@y.io now",
        "4111 1111 1111 1111",
        "123-45-6789",
        "+44 20 7946 0958",
        "10.0.0.1",
        "AKIAIOSFODNN7EXAMPLE",
        "my password is Tr0ub4dor&3",
        "Dear Maria Garcia",
        "sk_live_dn4vYHGcQ3ZeeCpmTVPQCjiM",
        "é",
        "🙂",
        "\u{1F600}\u{10FFFF}",
        "\"quoted\"",
        "back\\slash",
        "tab\there",
        "line\nbreak",
        "\u{0}\u{1f}\u{7f}",
        "a/b",
        "",
        " ",
    ]);
    prop_oneof![
        4 => prop::collection::vec(pieces, 0..5).prop_map(|v| v.join(" ")),
        1 => any::<String>(),
        1 => "[a-z \"\\\\/]{0,10}",
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "text", "model", "password", "api_key", "user_id", "user", "email",
            "usage.total_tokens", "gen_ai.usage.input_tokens", "meta.trace", "content",
            "authorization", "id", "", "é", "\"q\"", "a\\b",
        ])
        .prop_map(String::from),
        1 => "[a-z_.]{1,8}",
        1 => any::<String>(),
    ]
}

/// Numbers well inside the `f64` range, in every JSON form.
fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        any::<f64>()
            .prop_filter("well inside the range", |f| f.abs() < 1.6e308)
            .prop_map(|f| format!("{f:?}")),
        any::<f64>()
            .prop_filter("well inside the range", |f| f.abs() < 1.6e308)
            .prop_map(|f| format!("{f:e}")),
        "-?(0|[1-9][0-9]{0,30})(\\.[0-9]{1,25})?([eE][+-]?[0-9]{1,2})?",
        Just("-0".to_string()),
        Just("0.0e-0".to_string()),
        Just("1E+2".to_string()),
    ]
}

/// Numbers of any magnitude, including ones serde_json rejects as out of range.
fn any_number() -> impl Strategy<Value = String> {
    prop_oneof![
        number(),
        "-?(0|[1-9][0-9]{0,400})(\\.[0-9]{1,25})?([eE][+-]?[0-9]{1,4})?",
        "-?[0-9]{1,3}e(30[0-9]|31[0-9])",
    ]
}

fn tree(num: BoxedStrategy<String>, unique_keys: bool) -> impl Strategy<Value = J> {
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        num.prop_map(J::Num),
        text().prop_map(J::Str),
    ];
    let inner =
        leaf.prop_recursive(5, 64, 6, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(J::Arr),
                prop::collection::vec((key(), inner), 0..6)
                    .prop_map(move |m| J::Obj(if unique_keys { dedup(m) } else { m })),
            ]
        });
    prop::collection::vec((key(), inner), 0..8)
        .prop_map(move |m| J::Obj(if unique_keys { dedup(m) } else { m }))
}

fn dedup(m: Vec<(String, J)>) -> Vec<(String, J)> {
    let mut seen = std::collections::HashSet::new();
    m.into_iter()
        .filter(|(k, _)| seen.insert(k.clone()))
        .collect()
}

/// Renders JSON text with layout and escapes chosen by a small PRNG.
struct Render {
    seed: u64,
    out: String,
}

impl Render {
    fn next(&mut self, n: u64) -> u64 {
        self.seed = self
            .seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.seed >> 33) % n
    }

    fn ws(&mut self) {
        let w = ["", "", "", " ", "  ", "\t", "\r", "\n", " \r\n "];
        let i = self.next(w.len() as u64) as usize;
        self.out.push_str(w[i]);
    }

    fn string(&mut self, s: &str) {
        self.out.push('"');
        for c in s.chars() {
            let must = c == '"' || c == '\\' || (c as u32) < 0x20;
            match self.next(if must { 2 } else { 6 }) {
                0 => {
                    let mut units = [0u16; 2];
                    for u in c.encode_utf16(&mut units) {
                        if self.next(2) == 0 {
                            self.out.push_str(&format!("\\u{u:04x}"));
                        } else {
                            self.out.push_str(&format!("\\u{u:04X}"));
                        }
                    }
                }
                1 => match c {
                    '"' => self.out.push_str("\\\""),
                    '\\' => self.out.push_str("\\\\"),
                    '/' => self.out.push_str("\\/"),
                    '\n' => self.out.push_str("\\n"),
                    '\r' => self.out.push_str("\\r"),
                    '\t' => self.out.push_str("\\t"),
                    '\u{8}' => self.out.push_str("\\b"),
                    '\u{c}' => self.out.push_str("\\f"),
                    c if (c as u32) < 0x20 => self.out.push_str(&format!("\\u{:04x}", c as u32)),
                    c => self.out.push(c),
                },
                _ => self.out.push(c),
            }
        }
        self.out.push('"');
    }

    fn value(&mut self, j: &J) {
        match j {
            J::Null => self.out.push_str("null"),
            J::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            J::Num(n) => self.out.push_str(n),
            J::Str(s) => self.string(s),
            J::Arr(items) => {
                self.out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        self.ws();
                        self.out.push(',');
                    }
                    self.ws();
                    self.value(v);
                }
                self.ws();
                self.out.push(']');
            }
            J::Obj(members) => {
                self.out.push('{');
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        self.ws();
                        self.out.push(',');
                    }
                    self.ws();
                    self.string(k);
                    self.ws();
                    self.out.push(':');
                    self.ws();
                    self.value(v);
                }
                self.ws();
                self.out.push('}');
            }
        }
    }
}

fn render(j: &J, seed: u64) -> String {
    let mut r = Render {
        seed,
        out: String::new(),
    };
    r.ws();
    r.value(j);
    r.ws();
    r.out
}

// One set of redactors per test: tests run in parallel and counts are compared.
fn pairs() -> &'static [Pair; 2] {
    static P: OnceLock<[Pair; 2]> = OnceLock::new();
    P.get_or_init(|| [pair(&default_config()), pair(&dropping_config())])
}

fn pairs_any() -> &'static [Pair; 2] {
    static P: OnceLock<[Pair; 2]> = OnceLock::new();
    P.get_or_init(|| [pair(&default_config()), pair(&dropping_config())])
}

fn pair_corrupted() -> &'static Pair {
    static P: OnceLock<Pair> = OnceLock::new();
    P.get_or_init(|| pair(&default_config()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(768))]

    /// Objects with distinct keys and ordinary numbers: always streamed, and
    /// the output parses to exactly the reference value.
    #[test]
    fn streaming_matches_reference(doc in tree(number().boxed(), true), seed in any::<u64>(), drop in any::<bool>()) {
        let line = render(&doc, seed);
        let (handled, valid) = check(&pairs()[usize::from(drop)], line.as_bytes())?;
        prop_assert!(valid, "generator made invalid JSON: {line}");
        prop_assert!(handled, "not streamed: {line}");
    }

    /// Any keys (duplicates too) and numbers of any size: whatever is
    /// streamed matches the reference; whatever serde_json rejects is handed over.
    #[test]
    fn streaming_is_sound(doc in tree(any_number().boxed(), false), seed in any::<u64>(), drop in any::<bool>()) {
        let line = render(&doc, seed);
        check(&pairs_any()[usize::from(drop)], line.as_bytes())?;
    }

    /// Broken lines (a byte cut out, changed or added) are never streamed
    /// when serde_json rejects them.
    #[test]
    fn corrupted_lines(doc in tree(number().boxed(), true), seed in any::<u64>(), at in any::<prop::sample::Index>(), byte in any::<u8>(), how in 0..3u8) {
        let mut line = render(&doc, seed).into_bytes();
        let i = at.index(line.len() + 1);
        match how {
            0 if i < line.len() => { line.remove(i); }
            1 if i < line.len() => line[i] = byte,
            _ => line.insert(i, byte),
        }
        check(pair_corrupted(), &line)?;
    }
}

#[test]
fn corpus_lines_are_streamed() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/pii/pii-dev-corpus.jsonl"
    );
    let raw = std::fs::read_to_string(path).unwrap();
    let p = pair(&default_config());
    for (i, line) in raw.lines().enumerate() {
        let (handled, _) = check(&p, line.as_bytes()).unwrap();
        assert!(handled, "corpus line {} not streamed", i + 1);
    }
}

fn line_result(r: &Redactor, line: &str) -> Result<String, String> {
    let mut out = Vec::new();
    redact_json_line(
        &mut JsonLineStreamer::new(),
        r,
        line.as_bytes(),
        &mut out,
        Source::Cli,
    )?;
    Ok(String::from_utf8(out).unwrap())
}

#[test]
fn errors_are_serde_json_errors() {
    let (r, _) = pair(&default_config());
    for bad in [
        "{oops",
        "[1,2]",
        "\"x\"",
        "{\"a\":1,}",
        "{\"a\":01}",
        "{\"a\":1e400}",
        "{\"a\":\"\\ud800\"}",
        "{\"a\":\"\\udc00x\"}",
        "{\"a\":\"\\x\"}",
        "{\"a\":\"tab\there\"}",
        "{\"a\":1} x",
        "{\"a\":nul}",
        "{\"a\" 1}",
        "{\"a\":[1 2]}",
    ] {
        let want = serde_json::from_str::<Value>(bad)
            .map(|_| "not a JSON object".to_string())
            .unwrap_or_else(|e| e.to_string());
        assert_eq!(line_result(&r, bad), Err(want), "{bad}");
        let mut out = Vec::new();
        assert_eq!(
            redact_json_line_value(&r, bad.as_bytes(), &mut out, Source::Cli),
            line_result(&r, bad).map(|_| ())
        );
    }
    let deep = format!("{{\"a\":{}{}}}", "[".repeat(200), "]".repeat(200));
    assert!(line_result(&r, &deep)
        .unwrap_err()
        .contains("recursion limit"));
}

#[test]
fn layout_is_kept_and_dropped_members_leave_valid_json() {
    let (r, _) = pair(&dropping_config());
    // Only changed strings are rewritten; spacing and escapes elsewhere stay.
    assert_eq!(
        line_result(&r, "{ \"model\" : \"gpt\\u002d4o\",\t\"n\": 1.50e+3, \"note\": \"call +44 20 7946 0958 \\u00e9\" }").unwrap(),
        "{ \"model\" : \"gpt\\u002d4o\",\t\"n\": 1.50e+3, \"note\": \"call  é\" }"
    );
    for (line, want) in [
        ("{\"a\":\"x@y.io\"}", "{}"),
        ("{\"a\":\"x@y.io\", \"b\":1}", "{ \"b\":1}"),
        ("{\"b\":1, \"a\":\"x@y.io\"}", "{\"b\":1}"),
        (
            "{\"b\":1, \"a\":\"x@y.io\" , \"c\":2}",
            "{\"b\":1, \"c\":2}",
        ),
        (
            "{\"a\":\"x@y.io\",\"user\":\"u1\",\"c\":[\"x@y.io\"]}",
            "{\"c\":[\"\"]}",
        ),
        (
            "{\"a\":{\"password\":\"hunter2\",\"user_id\":\"7\"}}",
            "{\"a\":{}}",
        ),
    ] {
        assert_eq!(line_result(&r, line).unwrap(), want, "{line}");
    }
    // An escaped key is classified by its unescaped text.
    let (d, _) = pair(&default_config());
    assert_eq!(
        line_result(&d, "{\"pass\\u0077ord\":\"hunter2\"}").unwrap(),
        "{\"pass\\u0077ord\":\"[SECRET]\"}"
    );
    // Duplicate keys go through the reference (serde_json keeps the last one).
    assert_eq!(
        line_result(&d, "{\"a\":\"x@y.io\",\"a\":\"ok\"}").unwrap(),
        "{\"a\":\"ok\"}"
    );
}
