//! Parsing of duration parameters (`15m`, `1h`, `24h`, `7d`), with errors that name the
//! parameter so the API can answer `{"error": {"message", "param"}}`.

use std::time::Duration;

use thiserror::Error;

/// A query parameter that could not be used.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
#[error("invalid `{param}`: {message}")]
pub struct ParamError {
    /// The parameter's name (`window`, `step`, `metric`, `group_by`).
    pub param: std::borrow::Cow<'static, str>,
    /// What is wrong, for a human.
    pub message: String,
}

impl ParamError {
    /// An error about `param`.
    pub fn new(param: &'static str, message: impl Into<String>) -> Self {
        Self {
            param: std::borrow::Cow::Borrowed(param),
            message: message.into(),
        }
    }
}

/// Refuses query parameters an endpoint does not take, naming them.
pub fn reject_unknown<'a>(
    given: impl IntoIterator<Item = &'a String>,
    known: &[&str],
) -> Result<(), ParamError> {
    match glassbox_core::routes::unknown_params(given, known) {
        None => Ok(()),
        Some((param, message)) => Err(ParamError {
            param: std::borrow::Cow::Owned(param),
            message,
        }),
    }
}

/// Parses a rollup window or step (`15m`, `1h`, `7d`, `120s`): a duration as
/// [`glassbox_core::time::parse_duration`] reads it that is a whole number of minutes,
/// between 1 minute and 90 days; `param` names the parameter in errors.
pub fn parse_duration(param: &'static str, text: &str) -> Result<Duration, ParamError> {
    let text = text.trim();
    let d = glassbox_core::time::parse_duration(text, false)
        .map_err(|e| ParamError::new(param, e.to_string()))?;
    if d < Duration::from_secs(60) || d.subsec_nanos() != 0 || d.as_secs() % 60 != 0 {
        return Err(ParamError::new(
            param,
            format!("`{text}` must be a whole number of minutes (rollups are per minute)"),
        ));
    }
    if d > Duration::from_secs(90 * 86_400) {
        return Err(ParamError::new(
            param,
            format!("`{text}` is longer than 90d"),
        ));
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_windows_and_steps() {
        assert_eq!(parse_duration("window", "15m").unwrap().as_secs(), 900);
        assert_eq!(parse_duration("window", "1h").unwrap().as_secs(), 3600);
        assert_eq!(parse_duration("window", "24h").unwrap().as_secs(), 86_400);
        assert_eq!(parse_duration("window", "7d").unwrap().as_secs(), 604_800);
        assert_eq!(parse_duration("step", "120s").unwrap().as_secs(), 120);
        assert_eq!(parse_duration("window", "1.5h").unwrap().as_secs(), 5400);
    }

    #[test]
    fn errors_name_the_parameter() {
        for bad in [
            "",
            "15",
            "m",
            "1w",
            "30s",
            "-1h",
            "1.5m",
            "90500ms",
            "99999999999999999999d",
            "100d",
        ] {
            let e = parse_duration("step", bad).unwrap_err();
            assert_eq!(e.param, "step", "{bad}");
        }
    }

    proptest! {
        #[test]
        fn never_panics(s in ".{0,12}") {
            let _ = parse_duration("window", &s);
        }
    }
}
