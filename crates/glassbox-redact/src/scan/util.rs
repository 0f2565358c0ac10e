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
    if after_escape(t, i) {
        return true;
    }
    if p >= 0x80 {
        // CJK text runs into numbers without spaces (`电话是0912 347 542`).
        return char_before(t, i).is_some_and(|(c, _)| is_cjk_or_punct(c));
    }
    if alnum(p) {
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
    if n >= 0x80 {
        return char_at(t, i).is_some_and(|(c, _)| is_cjk_or_punct(c));
    }
    if alnum(n) || n == b'_' {
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
    mentions_any(&t[from..to], needles)
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

/// The UTF-8 character starting at byte `i` and its length; `None` past the
/// end, on a continuation byte or on invalid UTF-8.
#[inline]
pub fn char_at(t: &[u8], i: usize) -> Option<(char, usize)> {
    let b = *t.get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    let len = match b {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => return None,
    };
    let s = std::str::from_utf8(t.get(i..i + len)?).ok()?;
    s.chars().next().map(|c| (c, len))
}

/// The length of the character at `i` when it is a letter or digit of an alphabet that
/// parts words with spaces (Latin with its marks, Greek, Cyrillic, Armenian, Hebrew,
/// Arabic, the Indic scripts…): such a character may continue a word begun in ASCII
/// (`wisła`, `müsli_Berg42`). Not CJK, kana, Hangul or Thai, which follow a value
/// without a space (`Falcon_948Nです`), nor punctuation or spaces of any script.
pub fn alphabet_char_len(t: &[u8], i: usize) -> Option<usize> {
    let (c, len) = char_at(t, i)?;
    let cp = u32::from(c);
    (len > 1 && c.is_alphanumeric() && (cp < 0x0E00 || (0x1E00..0x2000).contains(&cp)))
        .then_some(len)
}

/// The end of a token at `i` that may hold letters of any alphabet: bytes `ok` accepts
/// while ASCII, [`alphabet_char_len`] characters beyond it; at most `max` bytes.
pub fn word_token_end(t: &[u8], i: usize, max: usize, ok: impl Fn(u8) -> bool) -> usize {
    let lim = t.len().min(i + max);
    let mut k = i;
    while k < lim {
        let b = t[k];
        if b < 0x80 {
            if !ok(b) {
                break;
            }
            k += 1;
        } else if let Some(l) = alphabet_char_len(t, k) {
            k += l;
        } else {
            break;
        }
    }
    k.min(t.len())
}

/// The character that ends just before byte `i`, and its length.
#[inline]
pub fn char_before(t: &[u8], i: usize) -> Option<(char, usize)> {
    if i == 0 {
        return None;
    }
    let mut s = i - 1;
    while s > 0 && i - s < 4 && (t[s] & 0xC0) == 0x80 {
        s -= 1;
    }
    char_at(t, s).filter(|&(_, l)| s + l == i)
}

/// The bytes before `i` are an escape of a JSON string (`\n`, `\t`, `\r`,
/// also doubly escaped), so `i` starts a new word although a letter precedes it.
#[inline]
pub fn after_escape(t: &[u8], i: usize) -> bool {
    i >= 2 && matches!(t[i - 1], b'n' | b't' | b'r') && t[i - 2] == b'\\'
}

/// Length of a line break at `i`: `\n`, `\r\n`, or an escaped `\\n` /
/// `\\r\\n` (one or two backslashes) inside a JSON string; 0 if none.
#[inline]
pub fn newline_len(t: &[u8], i: usize) -> usize {
    let mut k = 0;
    loop {
        match at(t, i + k) {
            b'\n' => k += 1,
            b'\r' => k += 1,
            b'\\' => {
                // `\n` escaped once or more (`\\n`, `\\\\n` in JSON inside JSON).
                let mut b = 1;
                while b < 8 && at(t, i + k + b) == b'\\' {
                    b += 1;
                }
                if matches!(at(t, i + k + b), b'n' | b'r') {
                    k += b + 1;
                } else {
                    return k;
                }
            }
            _ => return k,
        }
        if k > 12 {
            return k;
        }
    }
}

/// A letter or digit (any script) ends just before `i`.
#[inline]
pub fn letter_before(t: &[u8], i: usize) -> bool {
    if i == 0 || after_escape(t, i) {
        return false;
    }
    let p = t[i - 1];
    if p < 0x80 {
        return p.is_ascii_alphanumeric();
    }
    char_before(t, i).is_some_and(|(c, _)| c.is_alphanumeric())
}

/// A letter or digit (any script) starts at `i`.
#[inline]
pub fn letter_after(t: &[u8], i: usize) -> bool {
    match t.get(i) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => char_at(t, i).is_some_and(|(c, _)| c.is_alphanumeric()),
    }
}

fn hex_digit(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

fn hex4(t: &[u8], i: usize) -> Option<u32> {
    let h = t.get(i..i + 4)?;
    let s = std::str::from_utf8(h).ok()?;
    u32::from_str_radix(s, 16).ok()
}

/// Decode the `\uXXXX` escapes of JSON strings (also doubly escaped `\\uXXXX`,
/// and surrogate pairs), `%XX` URL escapes, and `+` inside URL-encoded form
/// bodies in `t`, leaving everything else as it is. Returns the
/// decoded bytes and, for each decoded byte position plus the end, the byte
/// position in `t` it came from (all bytes of a decoded character map to the
/// start of its escape, so a span's end maps to the end of its last escape).
/// `None` when nothing was decoded. The flag tells whether URL encoding (`%XX`, `+`)
/// was decoded, which can also hit text that only looks encoded (`pa%45ss`).
pub fn decode_escapes(t: &[u8]) -> Option<(Vec<u8>, Vec<usize>, bool)> {
    let mut out = Vec::with_capacity(t.len());
    let mut map = Vec::with_capacity(t.len() + 1);
    let mut i = 0;
    let mut any = false;
    let mut url = false;
    // Inside a URL-encoded run (`a=1&b=2`, no spaces) `+` is a space. Each
    // whitespace-delimited run is judged once, at its first `=` or `&`.
    let mut run_end = 0;
    let mut in_form = false;
    while i < t.len() {
        if i >= run_end && (t[i] == b'=' || t[i] == b'&') {
            let mut s = i;
            while s > 0 && !t[s - 1].is_ascii_whitespace() && t[s - 1] != b'"' {
                s -= 1;
            }
            run_end = i + t[i..]
                .iter()
                .take_while(|b| !b.is_ascii_whitespace() && **b != b'"')
                .count();
            let run = &t[s..run_end];
            in_form =
                run.contains(&b'&') && run.contains(&b'=') && !run.windows(3).any(|w| w == b"://");
        }
        if t[i] == b'%' {
            if let (Some(h), Some(l)) = (hex_digit(at(t, i + 1)), hex_digit(at(t, i + 2))) {
                let b = h * 16 + l;
                // Printable ASCII or UTF-8 bytes only (`%40`, `%2B`, `%C3%A9`).
                if b >= 0x20 && b != 0x7f {
                    out.push(b);
                    map.push(i);
                    i += 3;
                    any = true;
                    url = true;
                    continue;
                }
            }
        }
        if t[i] == b'+' && in_form && i < run_end {
            out.push(b' ');
            map.push(i);
            i += 1;
            any = true;
            url = true;
            continue;
        }
        if t[i] == b'\\' {
            // Escaped once per level of JSON nesting: `\\u0414`, `\\\\u0414`,
            // `\\\\\\\\u0414` (a document inside a string inside a string).
            let bs = run_while(t, i, 9, |b| b == b'\\') - i;
            let bs = if matches!(bs, 1 | 2 | 4 | 8) { bs } else { 1 };
            let backslashes_at = |k: usize| (k..k + bs).all(|j| at(t, j) == b'\\');
            if at(t, i + bs) == b'u' {
                if let Some(hi) = hex4(t, i + bs + 1) {
                    let mut len = bs + 5;
                    let mut cp = hi;
                    if (0xD800..0xDC00).contains(&hi)
                        && backslashes_at(i + len)
                        && at(t, i + len + bs) == b'u'
                    {
                        if let Some(lo) = hex4(t, i + len + bs + 1) {
                            if (0xDC00..0xE000).contains(&lo) {
                                cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                                len += bs + 5;
                            }
                        }
                    }
                    if let Some(c) = char::from_u32(cp) {
                        push_decoded(&mut out, &mut map, c, i);
                        i += len;
                        any = true;
                        continue;
                    }
                }
            }
        }
        // HTML character references (`O&#39;Brien`, `&quot;dob&quot;`, `&amp;`), as
        // web pages, e-mail bodies and templates carry them.
        if t[i] == b'&' {
            if let Some((c, len)) = html_entity(t, i) {
                push_decoded(&mut out, &mut map, c, i);
                i += len;
                any = true;
                continue;
            }
        }
        // Digits of other scripts read as ASCII ones: Arabic-Indic (`٠`–`٩`), Persian
        // (`۰`–`۹`), Devanagari, Bengali, Thai and full-width (`０９０`) — the dates, phones
        // and numbers of text in those scripts — and a full-width separator between them
        // (`０９０－１２３４－５６７８`, `１９８１／０３／１２`).
        if let Some((d, len)) = other_digit(t, i) {
            out.push(b'0' + d);
            map.push(i);
            i += len;
            any = true;
            continue;
        }
        if let Some(sep) = fullwidth_separator(t, i) {
            if out.last().is_some_and(u8::is_ascii_digit) || other_digit(t, i + 3).is_some() {
                out.push(sep);
                map.push(i);
                i += 3;
                any = true;
                continue;
            }
        }
        out.push(t[i]);
        map.push(i);
        i += 1;
    }
    map.push(t.len());
    any.then_some((out, map, url))
}

/// Push `c`, decoded from the escape at `from`, every byte mapped to the escape's start.
fn push_decoded(out: &mut Vec<u8>, map: &mut Vec<usize>, c: char, from: usize) {
    let mut buf = [0u8; 4];
    for &b in c.encode_utf8(&mut buf).as_bytes() {
        out.push(b);
        map.push(from);
    }
}

/// The character an HTML character reference at `i` stands for and the reference's
/// length: `&quot;`, `&amp;`, `&aacute;` and the other names of [`HTML_NAMED`], `&#39;`,
/// `&#x27;`.
pub fn html_entity(t: &[u8], i: usize) -> Option<(char, usize)> {
    let rest = &t[i + 1..t.len().min(i + 10)];
    let semi = rest.iter().position(|&b| b == b';')?;
    let name = &rest[..semi];
    let c = match name {
        [b'#', b'x' | b'X', hex @ ..] if !hex.is_empty() => {
            char::from_u32(u32::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?)?
        }
        [b'#', dec @ ..] if !dec.is_empty() && dec.iter().all(u8::is_ascii_digit) => {
            char::from_u32(std::str::from_utf8(dec).ok()?.parse().ok()?)?
        }
        _ => HTML_NAMED.iter().find(|(n, _)| *n == name)?.1,
    };
    (c != '\0').then_some((c, semi + 2))
}

/// The named character references of HTML that text carries: markup's own, Latin-1's
/// letters (`&aacute;`, `&uuml;`, `&szlig;`) and typographic punctuation.
const HTML_NAMED: &[(&[u8], char)] = &[
    (b"AElig", '\u{c6}'),
    (b"Aacute", '\u{c1}'),
    (b"Acirc", '\u{c2}'),
    (b"Agrave", '\u{c0}'),
    (b"Aring", '\u{c5}'),
    (b"Atilde", '\u{c3}'),
    (b"Auml", '\u{c4}'),
    (b"Ccedil", '\u{c7}'),
    (b"ETH", '\u{d0}'),
    (b"Eacute", '\u{c9}'),
    (b"Ecirc", '\u{ca}'),
    (b"Egrave", '\u{c8}'),
    (b"Euml", '\u{cb}'),
    (b"Iacute", '\u{cd}'),
    (b"Icirc", '\u{ce}'),
    (b"Igrave", '\u{cc}'),
    (b"Iuml", '\u{cf}'),
    (b"Ntilde", '\u{d1}'),
    (b"OElig", '\u{152}'),
    (b"Oacute", '\u{d3}'),
    (b"Ocirc", '\u{d4}'),
    (b"Ograve", '\u{d2}'),
    (b"Oslash", '\u{d8}'),
    (b"Otilde", '\u{d5}'),
    (b"Ouml", '\u{d6}'),
    (b"Scaron", '\u{160}'),
    (b"THORN", '\u{de}'),
    (b"Uacute", '\u{da}'),
    (b"Ucirc", '\u{db}'),
    (b"Ugrave", '\u{d9}'),
    (b"Uuml", '\u{dc}'),
    (b"Yacute", '\u{dd}'),
    (b"aacute", '\u{e1}'),
    (b"acirc", '\u{e2}'),
    (b"aelig", '\u{e6}'),
    (b"agrave", '\u{e0}'),
    (b"amp", '\u{26}'),
    (b"apos", '\u{27}'),
    (b"aring", '\u{e5}'),
    (b"atilde", '\u{e3}'),
    (b"auml", '\u{e4}'),
    (b"ccedil", '\u{e7}'),
    (b"copy", '\u{a9}'),
    (b"deg", '\u{b0}'),
    (b"divide", '\u{f7}'),
    (b"eacute", '\u{e9}'),
    (b"ecirc", '\u{ea}'),
    (b"egrave", '\u{e8}'),
    (b"eth", '\u{f0}'),
    (b"euml", '\u{eb}'),
    (b"euro", '\u{20ac}'),
    (b"gt", '\u{3e}'),
    (b"hellip", '\u{2026}'),
    (b"iacute", '\u{ed}'),
    (b"icirc", '\u{ee}'),
    (b"igrave", '\u{ec}'),
    (b"iuml", '\u{ef}'),
    (b"laquo", '\u{ab}'),
    (b"ldquo", '\u{201c}'),
    (b"lsquo", '\u{2018}'),
    (b"lt", '\u{3c}'),
    (b"mdash", '\u{2014}'),
    (b"middot", '\u{b7}'),
    (b"nbsp", '\u{a0}'),
    (b"ndash", '\u{2013}'),
    (b"ntilde", '\u{f1}'),
    (b"oacute", '\u{f3}'),
    (b"ocirc", '\u{f4}'),
    (b"oelig", '\u{153}'),
    (b"ograve", '\u{f2}'),
    (b"oslash", '\u{f8}'),
    (b"otilde", '\u{f5}'),
    (b"ouml", '\u{f6}'),
    (b"quot", '\u{22}'),
    (b"raquo", '\u{bb}'),
    (b"rdquo", '\u{201d}'),
    (b"reg", '\u{ae}'),
    (b"rsquo", '\u{2019}'),
    (b"scaron", '\u{161}'),
    (b"szlig", '\u{df}'),
    (b"thorn", '\u{fe}'),
    (b"times", '\u{d7}'),
    (b"uacute", '\u{fa}'),
    (b"ucirc", '\u{fb}'),
    (b"ugrave", '\u{f9}'),
    (b"uuml", '\u{fc}'),
    (b"yacute", '\u{fd}'),
    (b"yuml", '\u{ff}'),
];

/// Whether `t` holds an HTML character reference (see [`html_entity`]).
pub fn has_html_entity(t: &[u8]) -> bool {
    memchr::memchr_iter(b'&', t).any(|i| html_entity(t, i).is_some())
}

/// The value and UTF-8 length of a digit of another script at `i`: Arabic-Indic
/// (U+0660–0669), Persian (U+06F0–06F9), Devanagari (U+0966–096F), Bengali
/// (U+09E6–09EF), Thai (U+0E50–0E59) or full-width (U+FF10–FF19).
pub fn other_digit(t: &[u8], i: usize) -> Option<(u8, usize)> {
    let (b1, b2) = (at(t, i + 1), at(t, i + 2));
    match at(t, i) {
        0xD9 if (0xA0..=0xA9).contains(&b1) => Some((b1 - 0xA0, 2)),
        0xDB if (0xB0..=0xB9).contains(&b1) => Some((b1 - 0xB0, 2)),
        0xE0 if (b1 == 0xA5 || b1 == 0xA7) && (0xA6..=0xAF).contains(&b2) => Some((b2 - 0xA6, 3)),
        0xE0 if b1 == 0xB9 && (0x90..=0x99).contains(&b2) => Some((b2 - 0x90, 3)),
        0xEF if b1 == 0xBC && (0x90..=0x99).contains(&b2) => Some((b2 - 0x90, 3)),
        _ => None,
    }
}

/// The ASCII form of a full-width `－`, `／`, `＋`, `（`, `）` or `．` at `i`.
fn fullwidth_separator(t: &[u8], i: usize) -> Option<u8> {
    if at(t, i) != 0xEF || at(t, i + 1) != 0xBC {
        return None;
    }
    match at(t, i + 2) {
        0x8D => Some(b'-'),
        0x8F => Some(b'/'),
        0x8B => Some(b'+'),
        0x88 => Some(b'('),
        0x89 => Some(b')'),
        0x8E => Some(b'.'),
        _ => None,
    }
}

/// Whether `t` has a digit of another script (see [`other_digit`]).
pub fn has_other_digit(t: &[u8]) -> bool {
    // Lead bytes found with memchr: ASCII text costs one vectorized pass per search.
    memchr::memchr3_iter(0xD9, 0xDB, 0xE0, t).any(|i| other_digit(t, i).is_some())
        || memchr::memchr_iter(0xEF, t).any(|i| other_digit(t, i).is_some())
}

/// Whether any of `words` occurs in `window`, ASCII case ignored (`card` before a
/// number, `password` before `changed it to`, `updated` between a cue and a date).
pub fn mentions_any(window: &[u8], words: &[&str]) -> bool {
    words.iter().any(|k| {
        let k = k.as_bytes();
        let Some(&first) = k.first() else {
            return false;
        };
        let Some(last) = window.len().checked_sub(k.len()) else {
            return false;
        };
        // Only where the word's first letter stands (either case) is it compared: on
        // text dense with numbers this runs at every digit group.
        let (lo, up) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
        memchr::memchr2_iter(lo, up, &window[..=last])
            .any(|i| window[i..i + k.len()].eq_ignore_ascii_case(k))
    })
}

/// The line after the one `e` stands on, from after its speaker (the last `: `, `> ` or
/// `- `: `17:53 - You: `, `<angelo> `, `Mum: `) to its end, without trailing spaces or
/// `trim` bytes; both lines are read at most `max` bytes. For a question answered in
/// the next message of a transcript.
pub fn answer_on_next_line(t: &[u8], e: usize, max: usize, trim: &[u8]) -> Option<(usize, usize)> {
    let nl = e + memchr::memchr(b'\n', &t[e..t.len().min(e + max)])?;
    let ls = nl + 1;
    let lim = t.len().min(ls + max);
    let mut end = memchr::memchr(b'\n', &t[ls..lim]).map_or(lim, |k| ls + k);
    while end > ls && (matches!(t[end - 1], b' ' | b'\r') || trim.contains(&t[end - 1])) {
        end -= 1;
    }
    // A reply wrapped in its speaker's tags (`<customer>22/01/1997</customer>`).
    if at(t, ls) == b'<' {
        if let Some(close) = memchr::memmem::rfind(&t[ls..end], b"</") {
            let open_end = memchr::memchr(b'>', &t[ls..ls + close]).map(|p| ls + p + 1);
            if let Some(k) = open_end.filter(|&k| k < ls + close && k - ls <= 24) {
                let end = ls + close;
                return (end > k).then_some((k, end));
            }
        }
    }
    // After the speaker: `Anna (20:49): `, `> `, `- `, a bold `**Oleg:** `.
    let k = t[ls..end]
        .windows(2)
        .rposition(|w| w == b": " || w == b"> " || w == b"- " || w == b"* ")
        .map(|k| ls + k + 2)?;
    (end > k).then_some((k, end))
}

/// Han, kana and Hangul characters, CJK punctuation and full-width forms: scripts
/// written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xFF00..=0xFFEF)
}

/// [`is_cjk`], and other punctuation or spaces outside ASCII (no-break space, `«`, `。`).
pub fn is_cjk_or_punct(c: char) -> bool {
    is_cjk(c) || !c.is_alphanumeric()
}

/// Past a quote at `i`, with any backslashes that escape it (`"`, `\\"`,
/// `\\\\\\"`: JSON inside JSON strings); `i` when there is none.
pub fn skip_quote(t: &[u8], i: usize) -> usize {
    let mut k = i;
    while at(t, k) == b'\\' && k - i < 8 {
        k += 1;
    }
    if matches!(at(t, k), b'"' | b'\'') {
        k + 1
    } else {
        i
    }
}

/// Length of the run of bytes satisfying `f` that ends at `i`, at most `max`.
pub fn run_back(t: &[u8], i: usize, max: usize, f: impl Fn(u8) -> bool) -> usize {
    let mut n = 0;
    while n < max && n < i && f(t[i - 1 - n]) {
        n += 1;
    }
    n
}

/// Whether a label starting at `s` is bracketed and `i` stands on its `]` (`[Пароль] …`,
/// `[姓名] Han Min`).
pub fn bracketed_label(t: &[u8], s: usize, i: usize) -> bool {
    s > 0 && t[s - 1] == b'[' && at(t, i) == b']'
}

/// Whether the whitespace at `i` aligns a form's value in a column after a label that
/// opens its line at `s` (`Password              4478`, `Full name     Rana Nasr`): three
/// spaces or more, or a tab; only list marks, a quote mark or a table bar before the label.
pub fn aligned_value(t: &[u8], s: usize, i: usize) -> bool {
    let ge = run_while(t, i, 48, |b| b == b' ' || b == b'\t');
    let gap = &t[i..ge];
    (gap.len() >= 3 || gap.contains(&b'\t'))
        && t[..s]
            .iter()
            .rev()
            .take_while(|&&b| b != b'\n')
            .all(|b| matches!(b, b' ' | b'\t' | b'-' | b'*' | b'|' | b'>'))
        && !more_columns(t, ge)
}

/// Whether the line from `i` on holds another gap of three spaces or a tab: a table's
/// header or row (`Full name   Date of birth   ID`), not a label and its value.
pub fn more_columns(t: &[u8], i: usize) -> bool {
    let eol = memchr::memchr(b'\n', &t[i.min(t.len())..]).map_or(t.len(), |p| i + p);
    let line = &t[i.min(eol)..eol];
    memchr::memmem::find(line, b"   ").is_some() || line.contains(&b'\t')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_any_ignores_ascii_case_and_finds_words_at_either_end() {
        assert!(mentions_any(b"my VISA ", &["card", "visa"]));
        assert!(mentions_any(b"Card", &["card"]));
        assert!(mentions_any(b"the card", &["card"]));
        assert!(mentions_any("номер карты".as_bytes(), &["карт"]));
        assert!(!mentions_any(b"car", &["card"]));
        assert!(!mentions_any(b"", &["card"]));
        assert!(!mentions_any(b"c a r d", &["card"]));
        assert!(!mentions_any(b"anything", &[""]));
        assert!(window_has(b"xx Card yy", 2, 8, &["card"]));
        assert!(!window_has(b"xx Card yy", 4, 10, &["card"]));
    }
}
