//! glassbox-redact's scanner as the pipeline's [`TextRedactor`].

use std::borrow::Cow;

use glassbox_redact::{FieldOutcome as ScanOutcome, Redactor, Source as ScanSource};

use crate::{FieldOutcome, Source, TextRedactor};

fn scan_source(s: Source) -> ScanSource {
    match s {
        Source::OtlpTraces | Source::OtlpMetrics => ScanSource::OtlpSpan,
        Source::Rollups => ScanSource::Other,
        Source::OtlpLogs => ScanSource::OtlpLog,
        Source::Gateway => ScanSource::Gateway,
        Source::Events => ScanSource::Events,
    }
}

impl TextRedactor for Redactor {
    fn redact_field(&self, key: &str, value: &str, source: Source) -> FieldOutcome {
        match Redactor::redact_field(self, key, value, scan_source(source)) {
            ScanOutcome::Keep(_) => FieldOutcome::Keep,
            ScanOutcome::Replace(s) => FieldOutcome::Replace(s),
            ScanOutcome::Drop => FieldOutcome::Drop,
        }
    }

    fn redact_text(&self, text: &str, source: Source) -> Option<String> {
        match self.redact_str(text, scan_source(source)) {
            Cow::Borrowed(_) => None,
            Cow::Owned(s) => Some(s),
        }
    }

    fn pseudonymize(&self, value: &str) -> String {
        Redactor::pseudonymize(self, value)
    }

    fn keyed_hash(&self, value: &str) -> String {
        self.keyed_hash_hex(value)
    }

    fn topic(&self, redacted_turn: &str) -> Option<(String, Vec<String>)> {
        Redactor::topic(self, redacted_turn).map(|t| (t.id, t.keywords))
    }
}
