//! GenAI semantic-convention normalization (OpenTelemetry GenAI v1.41 canonical names;
//! deprecated `gen_ai.*`, OpenInference `llm.*` and OpenLLMetry aliases folded in).
