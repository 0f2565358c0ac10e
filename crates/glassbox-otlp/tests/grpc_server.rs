//! The OTLP/gRPC services on a real loopback server, driven by a tonic client with gzip.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly

mod common;

use std::sync::Arc;

use common::{fixture, FakeSink};
use glassbox_otlp::{decode_traces, grpc_services, Encoding, SinkError};
use opentelemetry_proto::tonic::collector::logs::v1::logs_service_client::LogsServiceClient;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::metrics::v1::metrics_service_client::MetricsServiceClient;
use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use prost::Message;
use tonic::codec::CompressionEncoding;
use tonic::transport::Channel;

async fn serve(sink: Arc<FakeSink>) -> Channel {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let routes = grpc_services(sink);
    tokio::spawn(async move {
        tonic::transport::Server::builder()
            .add_routes(routes)
            .serve_with_incoming(tokio_stream::wrappers::TcpListenerStream::new(listener))
            .await
            .unwrap();
    });
    Channel::from_shared(format!("http://{addr}"))
        .unwrap()
        .connect()
        .await
        .unwrap()
}

fn traces(name: &str) -> ExportTraceServiceRequest {
    ExportTraceServiceRequest::decode(&fixture(name)[..]).unwrap()
}

#[tokio::test]
async fn export_with_gzip_both_ways() {
    let sink = Arc::new(FakeSink::default());
    let channel = serve(sink.clone()).await;
    let mut client = TraceServiceClient::new(channel.clone())
        .send_compressed(CompressionEncoding::Gzip)
        .accept_compressed(CompressionEncoding::Gzip);
    let resp = client
        .export(traces("basic_traces-grpc-traces-00.pb"))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(resp.partial_success, None);
    client
        .export(traces("openllmetry-v1_traces-03.pb"))
        .await
        .unwrap();
    client
        .export(ExportTraceServiceRequest::default())
        .await
        .unwrap();
    {
        let spans = sink.spans.lock().unwrap();
        assert!(spans.len() >= 2);
        assert!(spans
            .iter()
            .any(|s| s.gen_ai.as_ref().and_then(|g| g.input_tokens) == Some(21)));
    }

    let logs = ExportLogsServiceRequest::decode(&fixture("openai-v2-v1_logs-05.pb")[..]).unwrap();
    LogsServiceClient::new(channel.clone())
        .send_compressed(CompressionEncoding::Gzip)
        .export(logs)
        .await
        .unwrap();
    let metrics =
        ExportMetricsServiceRequest::decode(&fixture("openai-v2-v1_metrics-08.pb")[..]).unwrap();
    MetricsServiceClient::new(channel)
        .send_compressed(CompressionEncoding::Gzip)
        .export(metrics)
        .await
        .unwrap();
    assert!(!sink.logs.lock().unwrap().is_empty());
    assert!(!sink.metrics.lock().unwrap().is_empty());
}

#[tokio::test]
async fn partial_success_and_invalid_argument() {
    let sink = Arc::new(FakeSink::default());
    let mut client = TraceServiceClient::new(serve(sink.clone()).await);
    let body = r#"{"resourceSpans":[{"scopeSpans":[{"spans":[
        {"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b174","name":"ok"},
        {"traceId":"5b8efff798038103d269b633813fc60c","spanId":"0000000000000000","name":"bad"}]}]}]}"#;
    let req = decode_traces(body.as_bytes(), Encoding::Json).unwrap();
    let resp = client.export(req).await.unwrap().into_inner();
    assert_eq!(resp.partial_success.map(|p| p.rejected_spans), Some(1));
    assert_eq!(sink.spans.lock().unwrap().len(), 1);

    let all_bad = decode_traces(&fixture("edge-cases/missing_ids.json"), Encoding::Json).unwrap();
    let status = client.export(all_bad).await.unwrap_err();
    assert_eq!(status.code(), tonic::Code::InvalidArgument);
    assert!(status.message().contains("traceId"), "{}", status.message());
}

#[tokio::test]
async fn full_sink_is_resource_exhausted() {
    let sink = Arc::new(FakeSink::refusing(SinkError::Full {
        retry_after_secs: 3,
    }));
    let mut client = TraceServiceClient::new(serve(sink).await);
    let status = client
        .export(traces("openai-v2-v1_traces-06.pb"))
        .await
        .unwrap_err();
    assert_eq!(status.code(), tonic::Code::ResourceExhausted);
    let details = glassbox_otlp::RpcStatus::decode(status.details()).unwrap();
    let info = glassbox_otlp::RetryInfo::decode(&details.details[0].value[..]).unwrap();
    assert_eq!(info.retry_delay.map(|d| d.seconds), Some(3));
}
