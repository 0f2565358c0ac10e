//! Byte-level helpers shared by the detectors. No allocation.

/// ASCII letter or digit.
#[inline]
pub fn alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Byte at `i`, or 0 past the end.
#[inline]
pub fn at(t: &[u8], i: usize) -> u8 {
    t.get(i).copied().unwrap_or(0)
}

/// True when the byte before `i` does not continue a word or identifier.
#[inline]
pub fn word_start(t: &[u8], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let p = t[i - 1];
    if alnum(p) || p >= 0x80 {
        return false;
    }
    // `ORD-2024`, `v1.2`, `foo_12`: a separator glued to an identifier.
    if matches!(p, b'-' | b'_' | b'.') && i >= 2 && alnum(t[i - 2]) {
        return false;
    }
    true
}

/// True when the byte at `i` does not continue a word or identifier.
#[inline]
pub fn word_end(t: &[u8], i: usize) -> bool {
    let n = at(t, i);
    if alnum(n) || n >= 0x80 || n == b'_' {
        return false;
    }
    if matches!(n, b'-' | b'.' | b'@') && alnum(at(t, i + 1)) {
        return false;
    }
    true
}

/// Run of bytes from `i` satisfying `f`, capped at `max`.
#[inline]
pub fn run_while(t: &[u8], i: usize, max: usize, f: impl Fn(u8) -> bool) -> usize {
    let mut j = i;
    let lim = t.len().min(i.saturating_add(max));
    while j < lim && f(t[j]) {
        j += 1;
    }
    j
}

/// Case-insensitive search of any ASCII `needles` in `t[from..to]`.
pub fn window_has(t: &[u8], from: usize, to: usize, needles: &[&str]) -> bool {
    let to = to.min(t.len());
    if from >= to {
        return false;
    }
    let w = &t[from..to];
    needles.iter().any(|n| {
        let n = n.as_bytes();
        w.len() >= n.len() && w.windows(n.len()).any(|x| x.eq_ignore_ascii_case(n))
    })
}

/// Skip ASCII spaces and tabs (not newlines) from `i`, at most `max`.
#[inline]
pub fn skip_spaces(t: &[u8], i: usize, max: usize) -> usize {
    run_while(t, i, max, |b| b == b' ' || b == b'\t')
}

/// Characters of API keys and tokens.
#[inline]
pub fn key_char(b: u8) -> bool {
    alnum(b) || b == b'_' || b == b'-'
}
