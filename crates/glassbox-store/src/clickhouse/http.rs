//! ClickHouse's HTTP interface: statements in the body, values as typed query parameters
//! (`{name:Type}` in the SQL, `param_name` in the URL: no value is ever spliced into SQL),
//! settings per request, rows as JSONEachRow.

use std::time::Duration;

use serde::de::DeserializeOwned;

use super::ClickHouseConfig;
use crate::StoreError;

/// Settings every request carries: glassbox relies on them, and ClickHouse's defaults for
/// several changed across releases (`async_insert` is on by default since 26.2, and a
/// buffered async insert is not deduplicated).
const COMMON_SETTINGS: &[(&str, &str)] = &[
    ("date_time_input_format", "basic"),
    ("output_format_json_quote_64bit_integers", "0"),
    ("output_format_json_quote_64bit_floats", "0"),
    ("join_use_nulls", "0"),
];

/// Settings of every insert: synchronous (acknowledged = written), deduplicated by token.
const INSERT_SETTINGS: &[(&str, &str)] = &[
    ("async_insert", "0"),
    ("wait_for_async_insert", "1"),
    ("insert_deduplicate", "1"),
    ("input_format_skip_unknown_fields", "0"),
    ("input_format_null_as_default", "1"),
];

/// Request bodies at least this long are compressed (when compression is on).
const COMPRESS_FROM_BYTES: usize = 4096;

/// A ClickHouse HTTP endpoint with its database and credentials.
#[derive(Debug)]
pub struct Http {
    client: reqwest::blocking::Client,
    url: String,
    database: String,
    user: String,
    password: String,
    compress: bool,
}

/// A query parameter value, written as ClickHouse parses parameters (escaped text).
#[derive(Debug, Clone)]
pub(crate) enum Param {
    /// `{name:String}` (or any type parsed from text).
    Str(String),
    /// `{name:Array(String)}`.
    List(Vec<String>),
    /// `{name:UInt64}` / `{name:Int64}`.
    Int(i128),
}

impl Param {
    fn render(&self) -> String {
        match self {
            Param::Str(s) => escape_param(s),
            Param::Int(n) => n.to_string(),
            Param::List(items) => {
                let quoted: Vec<String> = items
                    .iter()
                    .map(|s| format!("'{}'", escape_quoted(s)))
                    .collect();
                escape_param(&format!("[{}]", quoted.join(",")))
            }
        }
    }
}

/// Escapes a parameter value as ClickHouse reads one (TSV escaping).
fn escape_param(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a string inside a single-quoted ClickHouse literal.
fn escape_quoted(s: &str) -> String {
    s.replace('\\', "\\\\").replace('\'', "\\'")
}

impl Http {
    /// A client for `config` (no request is sent yet).
    pub fn new(config: &ClickHouseConfig) -> Result<Self, StoreError> {
        let url = config.url.trim_end_matches('/').to_string();
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(StoreError::Backend(format!(
                "storage.clickhouse.url: expected http://host:8123 or https://host:8443, got {:?}",
                config.url
            )));
        }
        if config.database.is_empty()
            || !config
                .database
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            return Err(StoreError::Backend(format!(
                "storage.clickhouse.database: expected letters, digits and '_', got {:?}",
                config.database
            )));
        }
        let timeout = Duration::from_secs(config.timeout_secs.max(1));
        // The blocking client runs its own runtime thread; building it on a thread of
        // the server's async runtime is not allowed, so it is built on a thread of its own.
        let client = std::thread::spawn(move || {
            reqwest::blocking::Client::builder()
                .timeout(timeout)
                .connect_timeout(Duration::from_secs(5))
                .pool_idle_timeout(Duration::from_secs(30))
                .build()
        })
        .join()
        .map_err(|_| StoreError::Backend("ClickHouse client: setup panicked".into()))?
        .map_err(|e| StoreError::Backend(format!("ClickHouse client: {e}")))?;
        Ok(Self {
            client,
            url,
            database: config.database.clone(),
            user: config.user.clone(),
            password: config.password()?,
            compress: config.compress,
        })
    }

    /// The database glassbox's tables are in.
    pub fn database(&self) -> &str {
        &self.database
    }

    /// Sends one statement. `data` (rows for an INSERT) goes in the body after the
    /// statement, which then travels in the URL. A `bare` statement runs outside
    /// glassbox's database and without the common settings.
    fn send(
        &self,
        sql: &str,
        params: &[(String, Param)],
        settings: &[(&str, &str)],
        data: Option<Vec<u8>>,
        bare: bool,
    ) -> Result<String, StoreError> {
        let mut query: Vec<(String, String)> = Vec::new();
        if !bare {
            query.push(("database".into(), self.database.clone()));
        }
        let common = if bare { &[][..] } else { COMMON_SETTINGS };
        for (k, v) in common.iter().chain(settings) {
            query.push(((*k).into(), (*v).into()));
        }
        for (name, value) in params {
            query.push((format!("param_{name}"), value.render()));
        }
        let body = match data {
            Some(rows) => {
                query.push(("query".into(), sql.to_string()));
                rows
            }
            None => sql.as_bytes().to_vec(),
        };
        let mut req = self
            .client
            .post(format!("{}/", self.url))
            .query(&query)
            .header("X-ClickHouse-User", &self.user);
        if !self.password.is_empty() {
            req = req.header("X-ClickHouse-Key", &self.password);
        }
        let body = if self.compress && body.len() >= COMPRESS_FROM_BYTES {
            req = req.header("Content-Encoding", "zstd");
            zstd::bulk::compress(&body, 1).map_err(|e| StoreError::Backend(format!("zstd: {e}")))?
        } else {
            body
        };
        let resp = req.body(body).send().map_err(|e| {
            StoreError::Backend(format!(
                "cannot reach ClickHouse at {} ({e}); is it running? (storage.clickhouse.url)",
                self.url
            ))
        })?;
        let status = resp.status();
        let text = resp
            .text()
            .map_err(|e| StoreError::Backend(format!("ClickHouse response: {e}")))?;
        if !status.is_success() {
            let msg: String = text.trim().chars().take(2000).collect();
            return Err(StoreError::Backend(format!("ClickHouse ({status}): {msg}")));
        }
        Ok(text)
    }

    /// Runs a statement that returns nothing (DDL, mutations).
    pub(crate) fn execute(&self, sql: &str, params: &[(String, Param)]) -> Result<(), StoreError> {
        self.send(sql, params, &[], None, false).map(|_| ())
    }

    /// Runs a statement outside glassbox's database and with no setting glassbox adds:
    /// `SELECT version()` comes before anything else, so it carries nothing a server too
    /// old to know would refuse (its answer is what says the server is too old), and the
    /// schema's DDL needs none.
    pub(crate) fn execute_bare(&self, sql: &str) -> Result<String, StoreError> {
        self.send(sql, &[], &[], None, true)
    }

    /// Rows of a SELECT (without a FORMAT clause), decoded from JSONEachRow.
    pub(crate) fn rows<T: DeserializeOwned>(
        &self,
        sql: &str,
        params: &[(String, Param)],
    ) -> Result<Vec<T>, StoreError> {
        let text = self.send(
            &format!("{sql}\nFORMAT JSONEachRow"),
            params,
            &[],
            None,
            false,
        )?;
        text.lines()
            .filter(|l| !l.is_empty())
            .map(|l| {
                serde_json::from_str(l).map_err(|e| {
                    StoreError::Corrupt(format!("ClickHouse row: {e}: {}", truncate(l, 200)))
                })
            })
            .collect()
    }

    /// Inserts rows (JSON objects, one per line) into `table`. `token` deduplicates: an
    /// insert with a token ClickHouse saw recently for the table is dropped.
    pub(crate) fn insert(
        &self,
        table: &str,
        rows: Vec<u8>,
        token: Option<&str>,
    ) -> Result<(), StoreError> {
        if rows.is_empty() {
            return Ok(());
        }
        let mut settings: Vec<(&str, &str)> = INSERT_SETTINGS.to_vec();
        if let Some(t) = token {
            settings.push(("insert_deduplication_token", t));
        }
        self.send(
            &format!("INSERT INTO {}.{table} FORMAT JSONEachRow", self.database),
            &[],
            &settings,
            Some(rows),
            false,
        )
        .map(|_| ())
    }
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_escaped_as_clickhouse_reads_them() {
        assert_eq!(Param::Str("a\tb\\c\nd".into()).render(), "a\\tb\\\\c\\nd");
        assert_eq!(
            Param::List(vec!["o'k".into(), "x".into()]).render(),
            "['o\\\\'k','x']"
        );
        assert_eq!(Param::Int(-3).render(), "-3");
    }

    #[test]
    fn bad_urls_and_database_names_are_refused_with_the_field() {
        let c = ClickHouseConfig {
            url: "127.0.0.1:8123".into(),
            ..ClickHouseConfig::default()
        };
        let e = Http::new(&c)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("storage.clickhouse.url"), "{e}");
        let c = ClickHouseConfig {
            database: "x; DROP".into(),
            ..ClickHouseConfig::default()
        };
        let e = Http::new(&c)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("storage.clickhouse.database"), "{e}");
    }
}
