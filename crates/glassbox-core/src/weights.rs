//! The committed weights of glassbox's small linear models (the scanner's name model,
//! the answer checks' refusal model): a table of little-endian `f32`, one per hashed
//! feature bucket, then the bias.

/// The `buckets` weights and the bias in `bytes`, or `None` when `bytes` is not exactly
/// `buckets + 1` little-endian `f32` (a model without committed weights).
pub fn linear_weights(bytes: &[u8], buckets: usize) -> Option<(Vec<f32>, f32)> {
    if bytes.len() != (buckets + 1) * 4 {
        return None;
    }
    let mut w: Vec<f32> = bytes
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let bias = w.pop()?;
    Some((w, bias))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_then_the_bias_or_nothing() {
        let bytes: Vec<u8> = [1.0f32, -2.0, 0.5]
            .iter()
            .flat_map(|x| x.to_le_bytes())
            .collect();
        assert_eq!(linear_weights(&bytes, 2), Some((vec![1.0, -2.0], 0.5)));
        assert_eq!(linear_weights(&bytes, 3), None);
        assert_eq!(linear_weights(&[], 0), None);
    }
}
