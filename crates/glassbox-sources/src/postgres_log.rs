//! PostgreSQL's own log, read back into the trace that issued each statement.
//!
//! ```text
//!  jsonlog line / csvlog record ─> LogLine ─> Correlator ─> Span (child of the backend span)
//!   "duration: 1.2 ms  statement: SELECT … /*traceparent='00-T-P-01',correlation_id='web-1'*/"
//! ```
//! The backend adds a [sqlcommenter](https://google.github.io/sqlcommenter/) comment to
//! each statement; PostgreSQL logs the statement with its duration
//! (`log_min_duration_statement = 0`), errors with their SQLSTATE, and lock waits
//! (`log_lock_waits = on`). Each logged statement that carries a `traceparent` becomes a
//! client span in that trace, under the span that issued it: its duration, error and
//! SQLSTATE, the lock wait before it, the database and the statement text (which the
//! pipeline scans and redacts like any prompt: SQL literals are full of personal data).
//! Statements without a comment are counted and skipped: they belong to no trace.

use std::collections::HashMap;

use glassbox_core::{
    AttrValue, Attributes, Span, SpanId, SpanKind, SpanStatus, StatusCode, TraceId,
};

/// Which of PostgreSQL's structured formats a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// `log_destination = 'jsonlog'` (PostgreSQL 15+): one JSON object per line.
    Jsonlog,
    /// `log_destination = 'csvlog'`: CSV records, which may span lines.
    Csvlog,
}

impl Format {
    /// The format a file name suggests: `.json` is jsonlog, `.csv` csvlog.
    pub fn from_path(path: &str) -> Option<Self> {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".json") {
            Some(Format::Jsonlog)
        } else if lower.ends_with(".csv") {
            Some(Format::Csvlog)
        } else {
            None
        }
    }
}

/// The fields of one log entry glassbox uses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LogLine {
    /// When PostgreSQL wrote it (the end of a statement), Unix ns.
    pub time_unix_nano: u64,
    /// Backend process id.
    pub pid: i64,
    /// `session_id` and `line_num`: unique per entry.
    pub session_id: String,
    /// Line number within the session.
    pub line_num: i64,
    /// Database.
    pub dbname: String,
    /// `LOG`, `ERROR`, `FATAL`…
    pub severity: String,
    /// SQLSTATE (`00000` when fine).
    pub sqlstate: String,
    /// The message (`duration: 1.2 ms  statement: …`).
    pub message: String,
    /// The statement an error belongs to (jsonlog `statement`, csvlog `query`).
    pub statement: String,
    /// `application_name` of the session.
    pub application: String,
}

/// A line or record that is not a PostgreSQL log entry glassbox can read.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ParseError {
    /// Not JSON, or not an object.
    #[error("not a jsonlog line: {0}")]
    Json(String),
    /// Fewer columns than csvlog writes.
    #[error("a csvlog record has at least 14 columns, this one has {0}")]
    Columns(usize),
    /// The timestamp field is missing or unreadable.
    #[error("timestamp `{0}` is not `YYYY-MM-DD HH:MM:SS[.fff] ZONE` with ZONE UTC, GMT or a numeric offset (set log_timezone = 'UTC')")]
    Time(String),
}

/// The jsonlog keys glassbox reads, borrowed from the line where no escape forces a copy.
#[derive(serde::Deserialize)]
struct RawJson<'a> {
    #[serde(borrow, default)]
    timestamp: std::borrow::Cow<'a, str>,
    #[serde(default)]
    pid: Option<IntOrStr<'a>>,
    #[serde(borrow, default)]
    session_id: std::borrow::Cow<'a, str>,
    #[serde(default)]
    line_num: Option<IntOrStr<'a>>,
    #[serde(borrow, default)]
    dbname: std::borrow::Cow<'a, str>,
    #[serde(borrow, default)]
    error_severity: std::borrow::Cow<'a, str>,
    #[serde(borrow, default)]
    state_code: std::borrow::Cow<'a, str>,
    #[serde(borrow, default)]
    message: std::borrow::Cow<'a, str>,
    #[serde(borrow, default)]
    statement: std::borrow::Cow<'a, str>,
    #[serde(borrow, default)]
    application_name: std::borrow::Cow<'a, str>,
}

#[derive(serde::Deserialize)]
#[serde(untagged)]
enum IntOrStr<'a> {
    Int(i64),
    Str(#[serde(borrow)] std::borrow::Cow<'a, str>),
}

impl IntOrStr<'_> {
    fn value(v: Option<&Self>) -> i64 {
        match v {
            Some(IntOrStr::Int(i)) => *i,
            Some(IntOrStr::Str(s)) => s.parse().unwrap_or(0),
            None => 0,
        }
    }
}

/// Parses one jsonlog line.
pub fn parse_json_line(line: &[u8]) -> Result<LogLine, ParseError> {
    let m: RawJson<'_> =
        serde_json::from_slice(line).map_err(|e| ParseError::Json(e.to_string()))?;
    let ts = &m.timestamp;
    Ok(LogLine {
        time_unix_nano: parse_time(ts).ok_or_else(|| ParseError::Time(ts.to_string()))?,
        pid: IntOrStr::value(m.pid.as_ref()),
        session_id: m.session_id.into_owned(),
        line_num: IntOrStr::value(m.line_num.as_ref()),
        dbname: m.dbname.into_owned(),
        severity: m.error_severity.into_owned(),
        sqlstate: m.state_code.into_owned(),
        message: m.message.into_owned(),
        statement: m.statement.into_owned(),
        application: m.application_name.into_owned(),
    })
}

/// Parses one csvlog record (columns as PostgreSQL 13–17 write them).
pub fn parse_csv_record(r: &csv::StringRecord) -> Result<LogLine, ParseError> {
    if r.len() < 14 {
        return Err(ParseError::Columns(r.len()));
    }
    let col = |i: usize| r.get(i).unwrap_or("");
    let ts = col(0);
    Ok(LogLine {
        time_unix_nano: parse_time(ts).ok_or_else(|| ParseError::Time(ts.into()))?,
        pid: col(3).parse().unwrap_or(0),
        session_id: col(5).into(),
        line_num: col(6).parse().unwrap_or(0),
        dbname: col(2).into(),
        severity: col(11).into(),
        sqlstate: col(12).into(),
        message: col(13).into(),
        statement: col(19).into(),
        application: col(22).into(),
    })
}

/// `2024-03-05 10:00:00.123 UTC` (also `GMT`, `Z`, `+01`, `+0530`, `-03:00`) to Unix ns.
pub fn parse_time(s: &str) -> Option<u64> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || (b[10] != b' ' && b[10] != b'T') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let t = s.get(r)?;
        if t.bytes().all(|c| c.is_ascii_digit()) {
            t.parse().ok()
        } else {
            None
        }
    };
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let mut i = 19;
    let mut frac_ns: i64 = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let mut scale = 100_000_000;
        while let Some(c) = b.get(i).filter(|c| c.is_ascii_digit()) {
            frac_ns += i64::from(c - b'0') * scale;
            scale /= 10;
            i += 1;
        }
    }
    let zone = s[i..].trim();
    let offset_secs: i64 = match zone {
        "" | "UTC" | "GMT" | "Z" | "UCT" => 0,
        z if z.starts_with('+') || z.starts_with('-') => {
            let sign = if z.starts_with('-') { -1 } else { 1 };
            let digits: String = z[1..].chars().filter(char::is_ascii_digit).collect();
            let (hh, mm) = match digits.len() {
                1 | 2 => (digits.parse::<i64>().ok()?, 0),
                4 => (
                    digits[..2].parse::<i64>().ok()?,
                    digits[2..].parse::<i64>().ok()?,
                ),
                _ => return None,
            };
            sign * (hh * 3600 + mm * 60)
        }
        _ => return None,
    };
    let days = days_from_civil(y, mo, d);
    let secs = days * 86_400 + h * 3600 + mi * 60 + sec - offset_secs;
    u64::try_from(secs.checked_mul(1_000_000_000)?.checked_add(frac_ns)?).ok()
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The statement without its trailing sqlcommenter comment, and the comment's pairs
/// (`key='url-encoded value'`, values decoded).
pub fn sqlcomment(stmt: &str) -> (&str, Vec<(String, String)>) {
    let trimmed = stmt.trim_end().trim_end_matches(';').trim_end();
    let Some(body) = trimmed.strip_suffix("*/") else {
        return (stmt, Vec::new());
    };
    let Some(open) = body.rfind("/*") else {
        return (stmt, Vec::new());
    };
    let comment = &body[open + 2..];
    let mut pairs = Vec::new();
    // `k='v',k2='v2'`: values are quoted, `'` inside escaped as `\'`.
    let c = comment.as_bytes();
    let mut i = 0;
    while i < c.len() {
        while i < c.len() && matches!(c[i], b' ' | b',') {
            i += 1;
        }
        let k0 = i;
        while i < c.len() && c[i] != b'=' {
            i += 1;
        }
        let key = comment[k0..i].trim();
        i += 1;
        if i >= c.len() || c[i] != b'\'' {
            break;
        }
        i += 1;
        let mut raw = String::new();
        while i < c.len() && c[i] != b'\'' {
            if c[i] == b'\\' && i + 1 < c.len() {
                i += 1;
            }
            let ch_len = comment[i..].chars().next().map_or(1, char::len_utf8);
            raw.push_str(&comment[i..i + ch_len]);
            i += ch_len;
        }
        i += 1;
        if !key.is_empty() {
            pairs.push((percent_decode(key), percent_decode(&raw)));
        }
    }
    if pairs.is_empty() {
        return (stmt, pairs);
    }
    (body[..open].trim_end(), pairs)
}

fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `00-<trace>-<parent>-<flags>`.
fn traceparent(v: &str) -> Option<(TraceId, SpanId)> {
    let mut parts = v.trim().split('-');
    let (_ver, t, p) = (parts.next()?, parts.next()?, parts.next()?);
    Some((TraceId::from_hex(t).ok()?, SpanId::from_hex(p).ok()?))
}

/// What a log message says about a statement.
enum Message<'a> {
    /// `duration: 1.2 ms  statement: …` / `execute <name>: …`.
    Statement { ms: f64, text: &'a str },
    /// `process 123 still waiting for ShareLock on … after 1000.1 ms` / `acquired … after`.
    LockWait { ms: f64 },
    /// Anything else (parse/bind phases, connections, checkpoints…).
    Other,
}

fn classify(msg: &str) -> Message<'_> {
    if let Some(rest) = msg.strip_prefix("duration: ") {
        let Some((num, after)) = rest.split_once(" ms") else {
            return Message::Other;
        };
        let Ok(ms) = num.trim().parse::<f64>() else {
            return Message::Other;
        };
        let after = after.trim_start();
        if let Some(text) = after.strip_prefix("statement: ") {
            return Message::Statement { ms, text };
        }
        // Extended protocol: `execute <unnamed>: SELECT …` (parse and bind are phases of it).
        if let Some(rest) = after.strip_prefix("execute ") {
            if let Some((_, text)) = rest.split_once(": ") {
                return Message::Statement { ms, text };
            }
        }
        return Message::Other;
    }
    if msg.starts_with("process ")
        && (msg.contains(" still waiting for ") || msg.contains(" acquired "))
    {
        if let Some(pos) = msg.rfind(" after ") {
            let tail = &msg[pos + 7..];
            if let Some(num) = tail.strip_suffix(" ms") {
                if let Ok(ms) = num.trim().parse::<f64>() {
                    return Message::LockWait { ms };
                }
            }
        }
    }
    Message::Other
}

/// What a correlator has seen, for `/api/privacy`-style reporting and the logs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Statements turned into spans.
    pub spans: u64,
    /// Statements without a `traceparent` comment.
    pub uncorrelated: u64,
    /// Entries that are not statements (connections, checkpoints, parse/bind phases).
    pub other: u64,
}

/// Turns log entries into spans; remembers lock waits per backend until its statement.
#[derive(Debug)]
pub struct Correlator {
    service: String,
    lock_wait_ms: HashMap<i64, f64>,
    /// Running totals.
    pub counts: Counts,
}

impl Correlator {
    /// Spans get `service` as their service name (e.g. `postgresql`).
    pub fn new(service: impl Into<String>) -> Self {
        Self {
            service: service.into(),
            lock_wait_ms: HashMap::new(),
            counts: Counts::default(),
        }
    }

    /// The span for `line`, when it is a statement that names its trace.
    pub fn line(&mut self, line: &LogLine) -> Option<Span> {
        let error = matches!(line.severity.as_str(), "ERROR" | "FATAL" | "PANIC");
        let (ms, text) = match classify(&line.message) {
            Message::Statement { ms, text } => (ms, text),
            Message::LockWait { ms } => {
                let w = self.lock_wait_ms.entry(line.pid).or_insert(0.0);
                *w = w.max(ms);
                self.counts.other += 1;
                return None;
            }
            Message::Other if error && !line.statement.is_empty() => (0.0, line.statement.as_str()),
            Message::Other => {
                self.counts.other += 1;
                return None;
            }
        };
        let (sql, pairs) = sqlcomment(text);
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        };
        let Some((trace_id, parent)) = get("traceparent").and_then(traceparent) else {
            self.counts.uncorrelated += 1;
            return None;
        };
        let lock_wait = self.lock_wait_ms.remove(&line.pid);
        let dur_ns = (ms.max(0.0) * 1e6) as u64;
        let op = sql
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_start_matches('(')
            .to_ascii_uppercase();
        let op = if op.chars().all(|c| c.is_ascii_alphabetic()) && !op.is_empty() {
            op
        } else {
            "QUERY".to_string()
        };
        let name = if line.dbname.is_empty() {
            op.clone()
        } else {
            format!("{op} {}", line.dbname)
        };
        let mut span = Span::new(
            trace_id,
            span_id(&line.session_id, line.line_num, line.pid),
            name,
            line.time_unix_nano.saturating_sub(dur_ns),
            line.time_unix_nano,
        );
        span.parent_span_id = Some(parent);
        span.kind = SpanKind::Client;
        span.service.clone_from(&self.service);
        span.scope_name = "glassbox.postgres_log".into();
        let a: &mut Attributes = &mut span.attributes;
        let s = |v: &str| AttrValue::Str(v.to_string());
        a.insert("db.system.name".into(), s("postgresql"));
        a.insert("db.system".into(), s("postgresql"));
        if !line.dbname.is_empty() {
            a.insert("db.namespace".into(), s(&line.dbname));
        }
        a.insert("db.operation.name".into(), s(&op));
        a.insert("db.query.text".into(), s(sql));
        a.insert("db.postgresql.pid".into(), AttrValue::Int(line.pid));
        if !line.application.is_empty() {
            a.insert(
                "db.postgresql.application_name".into(),
                s(&line.application),
            );
        }
        if let Some(w) = lock_wait {
            a.insert("db.postgresql.lock_wait_ms".into(), AttrValue::Double(w));
        }
        if !line.sqlstate.is_empty() && line.sqlstate != "00000" {
            a.insert("db.response.status_code".into(), s(&line.sqlstate));
        }
        if error {
            a.insert("error.type".into(), s(&line.sqlstate));
            span.status = SpanStatus {
                code: StatusCode::Error,
                message: format!("{}: {}", line.sqlstate, line.message),
            };
        }
        if let Some(c) = get("correlation_id").or_else(|| get("correlation.id")) {
            span.attributes.insert("correlation.id".into(), s(c));
            span.correlation_id = c.to_string();
        }
        let mut res = Attributes::new();
        res.insert("service.name".into(), s(&self.service));
        res.insert("db.system.name".into(), s("postgresql"));
        span.resource = res;
        self.counts.spans += 1;
        Some(span)
    }
}

/// A stable span id for a log entry (FNV-1a of session, line and pid), so a line read
/// twice after a restart is the same span.
fn span_id(session: &str, line: i64, pid: i64) -> SpanId {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in session
        .bytes()
        .chain(line.to_le_bytes())
        .chain(pid.to_le_bytes())
    {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // Only all zeroes is refused, and `h.max(1)` never is.
    SpanId::from_bytes(&h.max(1).to_be_bytes()).unwrap_or_else(|_| unreachable!())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const T: &str = "4bf92f3577b34da6a3ce929d0e0e4736";
    const P: &str = "00f067aa0ba902b7";

    fn json_line(msg: &str, extra: &str) -> String {
        format!(
            r#"{{"timestamp":"2024-03-05 10:00:01.500 UTC","user":"app","dbname":"shop","pid":4242,"remote_host":"127.0.0.1","session_id":"65e6ee2d.1092","line_num":7,"ps":"SELECT","error_severity":"LOG","message":{},"application_name":"backend"{extra}}}"#,
            serde_json::to_string(msg).unwrap()
        )
    }

    #[test]
    fn times() {
        assert_eq!(parse_time("1970-01-01 00:00:00 UTC"), Some(0));
        assert_eq!(
            parse_time("1970-01-01 00:00:01.25 GMT"),
            Some(1_250_000_000)
        );
        assert_eq!(
            parse_time("2024-03-05 10:00:01.500 UTC"),
            Some(1_709_632_801_500_000_000)
        );
        assert_eq!(
            parse_time("2024-03-05 11:00:01.500 +01"),
            parse_time("2024-03-05 10:00:01.500 UTC")
        );
        assert_eq!(
            parse_time("2024-03-05 15:30:01.500 +0530"),
            parse_time("2024-03-05 10:00:01.500 UTC")
        );
        assert_eq!(parse_time("2024-03-05 10:00:01 CET"), None);
        assert_eq!(parse_time("yesterday"), None);
    }

    #[test]
    fn comments() {
        let (sql, pairs) = sqlcomment(
            "SELECT * FROM orders WHERE id = 7 /*correlation_id='web-1%2F2',traceparent='00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',route='it\\'s'*/;",
        );
        assert_eq!(sql, "SELECT * FROM orders WHERE id = 7");
        assert_eq!(pairs[0], ("correlation_id".into(), "web-1/2".into()));
        assert_eq!(pairs[1].0, "traceparent");
        assert_eq!(pairs[2], ("route".into(), "it's".into()));
        // A comment that is not sqlcommenter stays part of the statement.
        let (sql, pairs) = sqlcomment("SELECT 1 /* plain */");
        assert_eq!((sql, pairs.len()), ("SELECT 1 /* plain */", 0));
    }

    #[test]
    fn a_statement_becomes_a_child_span_of_its_backend_span() {
        let stmt = format!(
            "INSERT INTO orders (email) VALUES ('jane@example.com') /*traceparent='00-{T}-{P}-01',correlation_id='web-7f3a'*/"
        );
        let line = parse_json_line(
            json_line(&format!("duration: 12.500 ms  statement: {stmt}"), "").as_bytes(),
        )
        .unwrap();
        let mut c = Correlator::new("postgresql");
        let s = c.line(&line).unwrap();
        assert_eq!(s.trace_id.to_hex(), T);
        assert_eq!(s.parent_span_id.unwrap().to_hex(), P);
        assert_eq!(s.name, "INSERT shop");
        assert_eq!(s.duration_ns(), 12_500_000);
        assert_eq!(s.end_time_unix_nano, 1_709_632_801_500_000_000);
        assert_eq!(s.correlation_id, "web-7f3a");
        assert_eq!(
            s.attributes["db.query.text"],
            AttrValue::Str("INSERT INTO orders (email) VALUES ('jane@example.com')".into())
        );
        assert_eq!(
            glassbox_core::thread::hop_of(&s),
            glassbox_core::thread::Hop::Database
        );
        // Read again (a restart before the offset was saved): the same span id.
        assert_eq!(c.line(&line).unwrap().span_id, s.span_id);
        // Without a comment: counted, no span.
        let plain =
            parse_json_line(json_line("duration: 0.1 ms  statement: SELECT 1", "").as_bytes())
                .unwrap();
        assert!(c.line(&plain).is_none());
        assert_eq!(c.counts.uncorrelated, 1);
    }

    #[test]
    fn errors_lock_waits_and_the_extended_protocol() {
        let mut c = Correlator::new("postgresql");
        let tagged = format!("UPDATE stock SET n = n - 1 /*traceparent='00-{T}-{P}-01'*/");
        let wait = parse_json_line(
            json_line(
                "process 4242 acquired ShareLock on transaction 991 after 1503.250 ms",
                "",
            )
            .as_bytes(),
        )
        .unwrap();
        assert!(c.line(&wait).is_none());
        for phase in ["parse <unnamed>", "bind <unnamed>"] {
            let l = parse_json_line(
                json_line(&format!("duration: 0.02 ms  {phase}: {tagged}"), "").as_bytes(),
            )
            .unwrap();
            assert!(c.line(&l).is_none(), "{phase} is a phase, not a statement");
        }
        let exec = parse_json_line(
            json_line(
                &format!("duration: 1510.00 ms  execute <unnamed>: {tagged}"),
                "",
            )
            .as_bytes(),
        )
        .unwrap();
        let s = c.line(&exec).unwrap();
        assert_eq!(
            s.attributes["db.postgresql.lock_wait_ms"],
            AttrValue::Double(1503.25)
        );
        assert_eq!(s.name, "UPDATE shop");
        // An error names its SQLSTATE; the statement comes from its own field.
        let err = json_line(
            "duplicate key value violates unique constraint \"users_email_key\"",
            &format!(
                r#","state_code":"23505","statement":{}"#,
                serde_json::to_string(&tagged).unwrap()
            ),
        )
        .replace(r#""error_severity":"LOG""#, r#""error_severity":"ERROR""#);
        let s = c.line(&parse_json_line(err.as_bytes()).unwrap()).unwrap();
        assert_eq!(s.status.code, StatusCode::Error);
        assert!(s.status.message.starts_with("23505: duplicate key"));
        assert_eq!(
            s.attributes["db.response.status_code"],
            AttrValue::Str("23505".into())
        );
        assert!(
            !s.attributes.contains_key("db.postgresql.lock_wait_ms"),
            "the wait went with the statement it delayed"
        );
    }

    #[test]
    fn csvlog_records() {
        let rec = format!(
            "2024-03-05 10:00:01.500 UTC,\"app\",\"shop\",4242,\"127.0.0.1:5544\",65e6ee2d.1092,7,\"SELECT\",2024-03-05 09:59:00 UTC,3/14,0,LOG,00000,\"duration: 2.000 ms  statement: SELECT name\nFROM users /*traceparent='00-{T}-{P}-01'*/\",,,,,,,,,\"backend\",client backend,,0\n"
        );
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(rec.as_bytes());
        let r = rdr.records().next().unwrap().unwrap();
        let line = parse_csv_record(&r).unwrap();
        assert_eq!(line.application, "backend");
        let s = Correlator::new("postgresql").line(&line).unwrap();
        assert_eq!(s.name, "SELECT shop");
        assert_eq!(
            s.attributes["db.query.text"],
            AttrValue::Str("SELECT name\nFROM users".into())
        );
    }
}
