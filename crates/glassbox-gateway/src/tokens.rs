//! Local token counts, used only when an upstream reports no usage.
//!
//! The BPE tables are compiled into the binary (`tiktoken-rs` embeds them), so counting
//! never touches the network. Must not be called on the hot path when usage is known.

/// Counts tokens in `text` with the encoding that fits `model` (`o200k_base` for the
/// GPT-4o / o-series / GPT-4.1+ families, `cl100k_base` otherwise, an approximation for
/// non-OpenAI models).
pub fn count_tokens(model: &str, text: &str) -> i64 {
    if text.is_empty() {
        return 0;
    }
    let m = model.to_ascii_lowercase();
    let o200k = [
        "gpt-4o",
        "gpt-4.1",
        "gpt-4.5",
        "gpt-5",
        "o1",
        "o3",
        "o4",
        "chatgpt-4o",
    ]
    .iter()
    .any(|p| m.starts_with(p));
    let bpe = if o200k {
        tiktoken_rs::o200k_base_singleton()
    } else {
        tiktoken_rs::cl100k_base_singleton()
    };
    bpe.encode_ordinary(text).len() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_offline() {
        assert_eq!(count_tokens("gpt-4", ""), 0);
        let n = count_tokens("gpt-4o-mini", "Hello, world! How are you today?");
        assert!((5..=12).contains(&n), "{n}");
        assert!(count_tokens("llama-3", "Hello there") >= 2);
    }
}
