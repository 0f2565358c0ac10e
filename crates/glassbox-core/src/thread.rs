//! The golden thread: which hops of one interaction glassbox has seen — the browser, the
//! backend, the database, the model, analytics and feedback — and what to do about a hop
//! that is missing.
//!
//! ```text
//!   span ─> browser  (resource telemetry.sdk.language = webjs, or browser.* resource keys)
//!        ─> database (db.system / db.system.name / db.query.text / db.statement)
//!        ─> model    (a GenAI model call: chat, completion, embeddings, or a gateway call)
//!        ─> backend  (anything else)
//!   event ─> feedback (name `feedback`) | analytics (any other name)
//! ```

use serde::Serialize;

use crate::{AttrValue, Span};

/// One hop of the thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Hop {
    /// The web page: interactions and the fetches they made.
    Browser,
    /// Services between the page and the model.
    Backend,
    /// Statements the backend ran.
    Database,
    /// Model calls.
    Model,
    /// Business and analytics events.
    Analytics,
    /// Users' feedback.
    Feedback,
}

impl Hop {
    /// Every hop, in the order a request crosses them.
    pub const ALL: [Hop; 6] = [
        Hop::Browser,
        Hop::Backend,
        Hop::Database,
        Hop::Model,
        Hop::Analytics,
        Hop::Feedback,
    ];

    /// What to do when the hop is missing from a thread that has others.
    pub fn missing_hint(self) -> &'static str {
        match self {
            Hop::Browser => "no browser span for this id: is glassbox.js (or an OpenTelemetry web SDK) loaded on that page, and does it send the id to the backend?",
            Hop::Backend => "no backend span: instrument the backend with the OpenTelemetry SDK and pass traceparent and baggage (correlation.id) on",
            Hop::Database => "no database statement: add a sqlcommenter comment (traceparent, correlation_id) to the backend's statements and tail PostgreSQL's log ([[sources.postgres_log]]), or instrument the database client (OpenTelemetry db spans)",
            Hop::Model => "no model call: send calls through the gateway (OPENAI_BASE_URL=…/v1) or instrument the model SDK",
            Hop::Analytics => "no analytics event: post business events to /api/events, or tee Segment events to /ingest/segment/v1/",
            Hop::Feedback => "no feedback: post thumbs up/down to /api/feedback with the same id",
        }
    }
}

fn text<'a>(attrs: &'a crate::Attributes, key: &str) -> Option<&'a str> {
    match attrs.get(key) {
        Some(AttrValue::Str(s)) => Some(s.as_str()),
        _ => None,
    }
}

/// The hop a span belongs to.
pub fn hop_of(span: &Span) -> Hop {
    let browser = text(&span.resource, "telemetry.sdk.language") == Some("webjs")
        || span.resource.keys().any(|k| k.starts_with("browser."));
    if browser {
        return Hop::Browser;
    }
    let db = [
        "db.system",
        "db.system.name",
        "db.query.text",
        "db.statement",
    ]
    .iter()
    .any(|k| span.attributes.contains_key(*k));
    if db {
        return Hop::Database;
    }
    let model_call = span.gen_ai.as_ref().is_some_and(|g| {
        matches!(
            g.operation.as_deref(),
            Some("chat" | "text_completion" | "generate_content" | "embeddings")
        ) || (g.operation.is_none() && (g.request_model.is_some() || g.response_model.is_some()))
    });
    if model_call {
        return Hop::Model;
    }
    Hop::Backend
}

/// The hop an event belongs to.
pub fn hop_of_event(name: &str) -> Hop {
    if name == "feedback" {
        Hop::Feedback
    } else {
        Hop::Analytics
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::{GenAi, SpanId, TraceId};

    fn span() -> Span {
        Span::new(
            TraceId::from_hex("0af7651916cd43dd8448eb211c80319c").unwrap(),
            SpanId::from_hex("00f067aa0ba902b7").unwrap(),
            "step",
            0,
            1,
        )
    }

    #[test]
    fn spans_and_events_find_their_hop() {
        let mut page = span();
        page.resource.insert(
            "telemetry.sdk.language".into(),
            AttrValue::Str("webjs".into()),
        );
        assert_eq!(hop_of(&page), Hop::Browser);
        let mut sql = span();
        sql.attributes
            .insert("db.system.name".into(), AttrValue::Str("postgresql".into()));
        assert_eq!(hop_of(&sql), Hop::Database);
        let mut chat = span();
        chat.gen_ai = Some(GenAi {
            operation: Some("chat".into()),
            ..Default::default()
        });
        assert_eq!(hop_of(&chat), Hop::Model);
        let mut tool = span();
        tool.gen_ai = Some(GenAi {
            operation: Some("execute_tool".into()),
            ..Default::default()
        });
        assert_eq!(
            hop_of(&tool),
            Hop::Backend,
            "an agent's tool step is backend work"
        );
        assert_eq!(hop_of_event("feedback"), Hop::Feedback);
        assert_eq!(hop_of_event("conversion"), Hop::Analytics);
    }
}
