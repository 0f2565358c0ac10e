//! Parsing of shared query parameters: limits, durations, times and answer flags, and
//! refusing parameters an endpoint does not take.

use glassbox_core::time::now_unix_nanos;

use crate::error::ApiError;

/// Parses `15m`, `1h`, `24h`, `7d`, `30s`, `500ms` (or a number of seconds) into nanoseconds.
pub fn parse_duration_ns(param: &'static str, s: &str) -> Result<u64, ApiError> {
    glassbox_core::time::parse_duration(s, true)
        .map(|d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
        .map_err(|e| ApiError::bad_param(param, e.to_string()))
}

/// Parses a time: Unix nanoseconds, or Unix seconds/milliseconds (by magnitude).
pub fn parse_time_ns(param: &'static str, s: &str) -> Result<u64, ApiError> {
    let v: u64 = s.trim().parse().map_err(|_| {
        ApiError::bad_param(
            param,
            format!("`{s}` is not a time: give Unix seconds, milliseconds or nanoseconds"),
        )
    })?;
    Ok(match v {
        0..=99_999_999_999 => v.saturating_mul(1_000_000_000),
        100_000_000_000..=99_999_999_999_999 => v.saturating_mul(1_000_000),
        _ => v,
    })
}

/// Start of a window ending now (`since=1h`).
pub fn since_ns(param: &'static str, s: &str) -> Result<u64, ApiError> {
    Ok(now_unix_nanos().saturating_sub(parse_duration_ns(param, s)?))
}

/// The query string of a search endpoint.
pub struct SearchParams<'a>(pub &'a std::collections::HashMap<String, String>);

impl SearchParams<'_> {
    /// Refuses parameters outside `known`, naming them (a mistyped filter would
    /// otherwise be ignored and the page would look filtered when it is not).
    pub fn only(&self, known: &[&str]) -> Result<(), ApiError> {
        match glassbox_core::routes::unknown_params(self.0.keys(), known) {
            None => Ok(()),
            Some((param, message)) => Err(ApiError::bad_param_owned(param, message)),
        }
    }

    /// A trimmed, non-empty text parameter.
    pub fn text(&self, key: &str) -> Option<String> {
        self.0
            .get(key)
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    }

    /// `since=1h`, or `from=` / `to=` (Unix s, ms or ns): the time range asked for.
    pub fn time_range(&self) -> Result<(Option<u64>, Option<u64>), ApiError> {
        let mut from = self
            .text("since")
            .map(|s| since_ns("since", &s))
            .transpose()?;
        if let Some(s) = self.text("from") {
            from = Some(parse_time_ns("from", &s)?);
        }
        let to = self
            .text("to")
            .map(|s| parse_time_ns("to", &s))
            .transpose()?;
        Ok((from, to))
    }

    /// The page size.
    pub fn limit(&self) -> Result<usize, ApiError> {
        parse_limit(self.0.get("limit").map(String::as_str))
    }
}

/// Parses a page size in 1..=1000 (default 50).
pub fn parse_limit(s: Option<&str>) -> Result<usize, ApiError> {
    match s {
        None => Ok(50),
        Some(s) => match s.parse::<usize>() {
            Ok(n) if (1..=1000).contains(&n) => Ok(n),
            _ => Err(ApiError::bad_param(
                "limit",
                format!("`{s}` is not a page size: use 1 to 1000"),
            )),
        },
    }
}

/// The `flag` query parameter: an answer-health flag name, checked.
pub fn answer_flag(p: &SearchParams<'_>) -> Result<Option<String>, ApiError> {
    let Some(f) = p.text("flag") else {
        return Ok(None);
    };
    match glassbox_answers::Flag::parse(&f) {
        Some(flag) => Ok(Some(flag.as_str().to_string())),
        None => Err(ApiError::bad_param(
            "flag",
            format!(
                "`{f}` is not an answer flag: use one of {}",
                glassbox_answers::Flag::ALL
                    .map(glassbox_answers::Flag::as_str)
                    .join(", ")
            ),
        )),
    }
}

/// The `topic` query parameter: a topic id as `/api/topics` lists it (`T-3f9a1c2b`).
pub fn topic(p: &SearchParams<'_>) -> Result<Option<String>, ApiError> {
    let Some(t) = p.text("topic") else {
        return Ok(None);
    };
    let ok = t.len() == 10
        && t.starts_with("T-")
        && t[2..]
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if ok {
        Ok(Some(t))
    } else {
        Err(ApiError::bad_param(
            "topic",
            format!("`{t}` is not a topic id: use one from /api/topics, like `T-3f9a1c2b`"),
        ))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration_ns("w", "15m").unwrap(), 900_000_000_000);
        assert_eq!(parse_duration_ns("w", "500ms").unwrap(), 500_000_000);
        assert_eq!(
            parse_duration_ns("w", "7d").unwrap(),
            7 * 86_400_000_000_000
        );
        assert!(parse_duration_ns("w", "7y").is_err());
        assert!(parse_duration_ns("w", "abc").is_err());
    }

    #[test]
    fn times_by_magnitude() {
        assert_eq!(
            parse_time_ns("from", "99999999999").unwrap(),
            u64::MAX,
            "the largest seconds value saturates, it does not overflow"
        );
        assert_eq!(
            parse_time_ns("from", "1700000000").unwrap(),
            1_700_000_000_000_000_000
        );
        assert_eq!(
            parse_time_ns("from", "1700000000000").unwrap(),
            1_700_000_000_000_000_000
        );
        assert_eq!(
            parse_time_ns("from", "1700000000000000000").unwrap(),
            1_700_000_000_000_000_000
        );
        assert!(parse_time_ns("from", "yesterday").is_err());
        assert!(parse_limit(Some("0")).is_err());
        assert_eq!(parse_limit(None).unwrap(), 50);
    }
}
