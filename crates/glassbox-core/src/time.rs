//! Wall-clock helpers in Unix nanoseconds, the unit of every timestamp in glassbox.

use std::time::{SystemTime, UNIX_EPOCH};

/// Now, in nanoseconds since the Unix epoch.
pub fn now_unix_nanos() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

/// Why a duration did not parse (its `Display` quotes the text and says what to write).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DurationError {
    /// No number at the start, or a number that does not parse.
    #[error("`{0}` is not a duration: use e.g. 500ms, 30s, 15m, 1h, 7d")]
    NotADuration(String),
    /// A number without a unit where a unit is required.
    #[error("`{0}` has no unit: use ms, s, m, h or d, e.g. 15m")]
    NoUnit(String),
    /// A unit glassbox does not know.
    #[error("unknown unit `{unit}` in `{text}`: use ms, s, m, h or d")]
    UnknownUnit {
        /// The unit as written.
        unit: String,
        /// The whole text.
        text: String,
    },
    /// Longer than a `Duration` holds.
    #[error("`{0}` is too long")]
    TooLong(String),
}

/// Parses the durations every part of glassbox takes (query parameters, configuration):
/// a non-negative number, whole or decimal, and a unit — `ns`, `us`/`µs`, `ms`, `s`,
/// `m`, `h`, `d` (`500ms`, `30s`, `1.5h`, `7d`). `bare_unit_secs`: a number alone is
/// read in seconds (API parameters take `since=3600`); otherwise it must carry a unit.
pub fn parse_duration(
    text: &str,
    bare_unit_secs: bool,
) -> Result<std::time::Duration, DurationError> {
    let s = text.trim();
    let split = s
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: f64 = num
        .parse()
        .map_err(|_| DurationError::NotADuration(s.to_string()))?;
    let unit_secs = match unit {
        "ns" => 1e-9,
        "us" | "µs" => 1e-6,
        "ms" => 1e-3,
        "s" => 1.0,
        "" if bare_unit_secs => 1.0,
        "" => return Err(DurationError::NoUnit(s.to_string())),
        "m" => 60.0,
        "h" => 3600.0,
        "d" => 86_400.0,
        _ => {
            return Err(DurationError::UnknownUnit {
                unit: unit.to_string(),
                text: s.to_string(),
            })
        }
    };
    std::time::Duration::try_from_secs_f64(n * unit_secs)
        .map_err(|_| DurationError::TooLong(s.to_string()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn durations_in_every_unit_whole_and_decimal() {
        assert_eq!(
            parse_duration("500ms", false).unwrap(),
            Duration::from_millis(500)
        );
        assert_eq!(
            parse_duration(" 15m ", false).unwrap(),
            Duration::from_secs(900)
        );
        assert_eq!(
            parse_duration("1.5h", false).unwrap(),
            Duration::from_secs(5400)
        );
        assert_eq!(
            parse_duration("7d", false).unwrap(),
            Duration::from_secs(604_800)
        );
        assert_eq!(
            parse_duration("250us", false).unwrap(),
            Duration::from_micros(250)
        );
        assert_eq!(
            parse_duration("3600", true).unwrap(),
            Duration::from_secs(3600)
        );
    }

    #[test]
    fn bad_durations_say_what_to_write() {
        assert_eq!(
            parse_duration("3600", false).unwrap_err().to_string(),
            "`3600` has no unit: use ms, s, m, h or d, e.g. 15m"
        );
        assert!(matches!(
            parse_duration("7y", false),
            Err(DurationError::UnknownUnit { .. })
        ));
        assert!(matches!(
            parse_duration("abc", true),
            Err(DurationError::NotADuration(_))
        ));
        assert!(matches!(
            parse_duration("-5m", true),
            Err(DurationError::NotADuration(_))
        ));
        assert!(matches!(
            parse_duration("1e30d", true),
            Err(DurationError::UnknownUnit { .. })
        ));
        assert!(matches!(
            parse_duration("99999999999999999999999d", true),
            Err(DurationError::TooLong(_))
        ));
    }
}
