//! Model-name patterns as users type them in filters: `gpt-4o` (exact, any case),
//! `gpt-4o*`, `claude-?-opus`, `*mini*`.

/// True when `name` matches `pattern`: `*` any run of characters, `?` one character,
/// everything else literally, ASCII case ignored.
pub fn glob_match(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().map(|c| c.to_ascii_lowercase()).collect();
    let n: Vec<char> = name.chars().map(|c| c.to_ascii_lowercase()).collect();
    // Iterative wildcard matching with one backtrack point: linear in practice.
    let (mut pi, mut ni) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ni < n.len() {
        match p.get(pi) {
            Some('*') => {
                star = Some((pi, ni));
                pi += 1;
            }
            Some(&c) if c == '?' || c == n[ni] => {
                pi += 1;
                ni += 1;
            }
            _ => match star {
                Some((sp, sn)) => {
                    pi = sp + 1;
                    ni = sn + 1;
                    star = Some((sp, sn + 1));
                }
                None => return false,
            },
        }
    }
    p[pi..].iter().all(|c| *c == '*')
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
    }
}
