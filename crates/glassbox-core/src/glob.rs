//! Glob patterns, the one matcher every part of glassbox uses: model-name filters as users
//! type them (`gpt-4o`, `gpt-4o*`, `claude-?-opus`, `*mini*`, any case), upstreams' model
//! lists, and the field patterns of the redaction policy (`messages.*.content`, exact case).

/// True when `name` matches `pattern`, ASCII case ignored: `*` any run of characters, `?`
/// one character, everything else literally.
pub fn glob_match(pattern: &str, name: &str) -> bool {
    matches(pattern.as_bytes(), name.as_bytes(), true)
}

/// [`glob_match`] with case: for keys that are case-sensitive (JSON field names).
pub fn glob_match_case(pattern: &str, name: &str) -> bool {
    matches(pattern.as_bytes(), name.as_bytes(), false)
}

/// Length of the UTF-8 character starting at `i` (1 for a stray continuation byte).
fn char_len(s: &[u8], i: usize) -> usize {
    match s[i] {
        0xF0..=0xF7 => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
    .min(s.len() - i)
}

/// Iterative wildcard matching with one backtrack point: linear in practice, and no
/// allocation (it runs for every field of every JSON line the redactor walks).
fn matches(p: &[u8], n: &[u8], fold: bool) -> bool {
    let eq = |a: u8, b: u8| {
        if fold {
            a.eq_ignore_ascii_case(&b)
        } else {
            a == b
        }
    };
    let (mut pi, mut ni) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ni < n.len() {
        match p.get(pi) {
            Some(b'*') => {
                star = Some((pi, ni));
                pi += 1;
            }
            Some(b'?') => {
                pi += 1;
                ni += char_len(n, ni);
            }
            Some(&c) if eq(c, n[ni]) => {
                pi += 1;
                ni += 1;
            }
            _ => match star {
                Some((sp, sn)) => {
                    let next = sn + char_len(n, sn);
                    pi = sp + 1;
                    ni = next;
                    star = Some((sp, next));
                }
                None => return false,
            },
        }
    }
    p[pi..].iter().all(|&c| c == b'*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_and_case() {
        assert!(glob_match("gpt-4o", "GPT-4o"));
        assert!(!glob_match("gpt-4o", "gpt-4o-mini"));
        assert!(glob_match("gpt-4o*", "gpt-4o-mini"));
        assert!(glob_match("gpt-4o*", "gpt-4o"));
        assert!(glob_match("*mini*", "gpt-4o-mini-2024-07-18"));
        assert!(glob_match("claude-?-opus", "claude-3-opus"));
        assert!(!glob_match("claude-?-opus", "claude-35-opus"));
        assert!(glob_match("*", ""));
        assert!(!glob_match("a*b", "a"));
        assert!(glob_match("llama-*-instruct", "llama-3.1-8b-instruct"));
        assert!(!glob_match("a*a", "a"));
    }

    #[test]
    fn case_kept_when_asked_and_characters_not_bytes() {
        assert!(glob_match_case("messages.*.content", "messages.0.content"));
        assert!(!glob_match_case("messages.*.content", "Messages.0.content"));
        assert!(glob_match_case("*.password", "user.password"));
        // `?` is one character, however many bytes it takes.
        assert!(glob_match("caf?", "café"));
        assert!(glob_match("?-model", "é-model"));
        assert!(!glob_match("caf?", "cafés"));
        assert!(glob_match("*é", "café"));
        assert!(glob_match("名*", "名前"));
    }
}
