//! The OTLP receivers' sink: hands converted records to the pipeline and answers the
//! client when they are durably stored.

use glassbox_core::{LogRecord, MetricPoint, Span};
use glassbox_otlp::{OtlpSink, Project, SinkError};
use glassbox_pipeline::{PipelineHandle, Records, Source, SubmitError};

/// Feeds OTLP exports into the pipeline.
pub struct PipelineSink {
    /// The pipeline.
    pub pipeline: PipelineHandle,
}

fn map(e: SubmitError) -> SinkError {
    match e {
        SubmitError::Full { retry_after_secs } => SinkError::Full { retry_after_secs },
        other => SinkError::Unavailable {
            reason: other.to_string(),
        },
    }
}

#[async_trait::async_trait]
impl OtlpSink for PipelineSink {
    async fn accept_spans(&self, mut spans: Vec<Span>, project: Project) -> Result<(), SinkError> {
        glassbox_core::correlation::propagate_within_traces(&mut spans);
        self.pipeline
            .submit_and_wait(
                Source::OtlpTraces,
                Records {
                    spans,
                    project,
                    ..Default::default()
                },
            )
            .await
            .map_err(map)
    }

    async fn accept_logs(&self, logs: Vec<LogRecord>, project: Project) -> Result<(), SinkError> {
        self.pipeline
            .submit_and_wait(
                Source::OtlpLogs,
                Records {
                    logs,
                    project,
                    ..Default::default()
                },
            )
            .await
            .map_err(map)
    }

    async fn accept_metrics(
        &self,
        metric_points: Vec<MetricPoint>,
        project: Project,
    ) -> Result<(), SinkError> {
        self.pipeline
            .submit_and_wait(
                Source::OtlpMetrics,
                Records {
                    metric_points,
                    project,
                    ..Default::default()
                },
            )
            .await
            .map_err(map)
    }
}
