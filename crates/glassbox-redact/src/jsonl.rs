//! One line of `glassbox redact --jsonl`: a JSON object whose string values are
//! redacted at any depth (keys, numbers, literals and layout are kept).
//!
//! ```text
//!   line bytes ─> JsonLineStreamer (validate + copy through, redact string values in place)
//!                   └─ hands over (invalid line, duplicate keys, deep nesting, huge numbers)
//!                        ─> redact_json_line_value (serde_json::Value, the reference behaviour)
//! ```
//! The streaming pass never builds a tree: structure is copied from the input
//! unchanged, a string value is unescaped only when it holds escapes and is
//! re-escaped only when redaction changed it. Its output parses to the same
//! `serde_json::Value` the reference produces, and it counts the same
//! redactions. Whatever it is not sure about (every invalid line included) it
//! hands back untouched, counters included, so errors keep serde_json's messages.

use std::borrow::Cow;
use std::cell::RefCell;

use crate::entity::{EntityKind, Source};
use crate::fields::FieldClass;
use crate::redactor::{FieldOutcome, Redactor, Tally};

/// Nesting deeper than this is handed to the reference path (serde_json stops at 128).
const MAX_DEPTH: u32 = 100;

/// Redact one line (without its line terminator) into `out`: the streaming
/// pass, or the reference path for the lines it hands over. `Err` holds the
/// reason the line is not a JSON object.
pub fn redact_json_line(
    streamer: &mut JsonLineStreamer,
    redactor: &Redactor,
    line: &[u8],
    out: &mut Vec<u8>,
    source: Source,
) -> Result<(), String> {
    let mark = out.len();
    if streamer.redact_line(redactor, line, out, source) {
        return Ok(());
    }
    out.truncate(mark);
    redact_json_line_value(redactor, line, out, source)
}

/// The reference behaviour: parse the line into a `serde_json::Value`,
/// [`Redactor::redact_json`] it and write it back compact. `Err` holds the
/// reason the line is not a JSON object (nothing is written or counted then).
pub fn redact_json_line_value(
    redactor: &Redactor,
    line: &[u8],
    out: &mut Vec<u8>,
    source: Source,
) -> Result<(), String> {
    match serde_json::from_slice::<serde_json::Value>(line) {
        Ok(mut v @ serde_json::Value::Object(_)) => {
            redactor.redact_json(&mut v, source);
            serde_json::to_writer(out, &v).map_err(|e| e.to_string())
        }
        Ok(_) => Err("not a JSON object".into()),
        Err(e) => Err(e.to_string()),
    }
}

/// Counts of one line, added to the redactor's counters only once the line
/// has been handled completely.
#[derive(Default)]
struct LineTally {
    adds: RefCell<Vec<(EntityKind, Source, u64)>>,
}

impl Tally for LineTally {
    fn add(&self, kind: EntityKind, source: Source, n: u64) {
        self.adds.borrow_mut().push((kind, source, n));
    }
}

/// The streaming pass, with buffers reused from line to line (memory stays
/// bounded by the longest line).
#[derive(Default)]
pub struct JsonLineStreamer {
    /// Unescaped text of the current string value.
    unescaped: String,
    /// Unescaped keys of the open objects, back to back.
    keys: String,
    /// `(start, end)` of each key in `keys`.
    key_spans: Vec<(usize, usize)>,
    tally: LineTally,
}

impl JsonLineStreamer {
    /// A streamer with empty buffers.
    pub fn new() -> Self {
        Self::default()
    }

    /// Redact `line` (one JSON object, without its line terminator) into `out`
    /// and count its redactions. Returns `false`, with nothing counted and
    /// `out` possibly holding a partial line, when the line is not valid JSON
    /// or needs the reference path (duplicate keys where they matter, nesting
    /// deeper than 100, numbers too close to the `f64` range); the caller
    /// truncates `out` and runs [`redact_json_line_value`].
    pub fn redact_line(
        &mut self,
        redactor: &Redactor,
        line: &[u8],
        out: &mut Vec<u8>,
        source: Source,
    ) -> bool {
        self.tally.adds.borrow_mut().clear();
        self.keys.clear();
        self.key_spans.clear();
        // Invalid UTF-8 anywhere makes the line invalid (outside strings any
        // non-ASCII byte is already a syntax error).
        let Ok(text) = std::str::from_utf8(line) else {
            return false;
        };
        let mut p = Pass {
            r: redactor,
            text,
            src: line,
            pos: 0,
            copied: 0,
            depth: 0,
            out,
            source,
            st: self,
        };
        if p.line().is_err() {
            return false;
        }
        for &(kind, source, n) in self.tally.adds.borrow().iter() {
            redactor.count(kind, source, n);
        }
        true
    }
}

/// The line cannot be streamed; the reference path decides.
struct HandOver;

type R<T> = Result<T, HandOver>;

/// What happens to a string value.
#[derive(Clone, Copy)]
enum Str {
    /// Validated and copied (keys, values under a `Safe` field).
    Keep,
    /// An array element: [`Redactor::redact_str`].
    Plain,
    /// An object member's value: [`Redactor::redact_field`] by its key's class,
    /// with the kind of value its name announces (`"name"`, `"phone"`).
    Field(FieldClass, Option<crate::EntityKind>),
}

/// Bytes that end a run of plain string content: `"`, `\` and controls.
static STOP: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = true;
        i += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

struct Pass<'a> {
    r: &'a Redactor,
    /// The line, as text (validated once).
    text: &'a str,
    src: &'a [u8],
    pos: usize,
    /// Input before this offset has been written to `out` (or skipped).
    copied: usize,
    depth: u32,
    out: &'a mut Vec<u8>,
    source: Source,
    st: &'a mut JsonLineStreamer,
}

impl Pass<'_> {
    fn line(&mut self) -> R<()> {
        self.ws();
        if self.peek() != b'{' {
            return Err(HandOver);
        }
        self.object(true)?;
        self.ws();
        if self.pos != self.src.len() {
            return Err(HandOver);
        }
        self.out.extend_from_slice(&self.src[self.copied..]);
        Ok(())
    }

    #[inline]
    fn peek(&self) -> u8 {
        self.src.get(self.pos).copied().unwrap_or(0)
    }

    #[inline]
    fn ws(&mut self) {
        while matches!(self.peek(), b' ' | b'\t' | b'\n' | b'\r') {
            self.pos += 1;
        }
    }

    fn expect(&mut self, lit: &[u8]) -> R<()> {
        if self.src[self.pos..].starts_with(lit) {
            self.pos += lit.len();
            Ok(())
        } else {
            Err(HandOver)
        }
    }

    /// Leave `[from, to)` of the input out of the output.
    fn skip(&mut self, from: usize, to: usize) {
        self.out.extend_from_slice(&self.src[self.copied..from]);
        self.copied = to;
    }

    fn enter(&mut self) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(HandOver);
        }
        self.pos += 1;
        Ok(())
    }

    /// An object at `pos`. With `redact`, string values are redacted by their
    /// member's key, and containers below are redacted unless the key is `Safe`.
    fn object(&mut self, redact: bool) -> R<()> {
        self.enter()?;
        let frame = self.st.key_spans.len();
        let keys_mark = self.st.keys.len();
        self.ws();
        if self.peek() == b'}' {
            self.pos += 1;
            self.depth -= 1;
            return Ok(());
        }
        let mut kept_any = false;
        let mut prev_comma = 0;
        loop {
            self.ws();
            let key_start = self.pos;
            if self.peek() != b'"' {
                return Err(HandOver);
            }
            let (cs, ce, escaped) = self.string_body()?;
            if redact {
                let start = self.st.keys.len();
                if escaped {
                    unescape_into(&self.text[cs..ce], &mut self.st.keys)?;
                } else {
                    self.st.keys.push_str(&self.text[cs..ce]);
                }
                self.st.key_spans.push((start, self.st.keys.len()));
            } else if escaped {
                self.validate_escapes(cs, ce)?;
            }
            self.ws();
            self.expect(b":")?;
            self.ws();
            let mut dropped = false;
            match self.peek() {
                c @ (b'"' | b'{' | b'[') => {
                    let (class, hint) = if redact {
                        let &(ks, ke) = self.st.key_spans.last().ok_or(HandOver)?;
                        let key = &self.st.keys[ks..ke];
                        let class = self.r.classify_field(key);
                        (class, crate::redactor::content_hint(class, key))
                    } else {
                        (FieldClass::Safe, None)
                    };
                    let below = class != FieldClass::Safe;
                    match c {
                        b'"' if redact => dropped = self.string_value(Str::Field(class, hint))?,
                        b'"' => dropped = self.string_value(Str::Keep)?,
                        b'{' => self.object(below)?,
                        _ => self.array(below)?,
                    }
                }
                _ => self.scalar()?,
            }
            self.ws();
            let at = self.pos;
            let c = self.peek();
            if dropped {
                // Remove the member and one separator next to it.
                if kept_any {
                    self.skip(prev_comma, at);
                } else if c == b',' {
                    self.skip(key_start, at + 1);
                } else {
                    self.skip(key_start, at);
                }
            } else {
                kept_any = true;
            }
            self.pos += 1;
            match c {
                b',' => prev_comma = at,
                b'}' => break,
                _ => return Err(HandOver),
            }
        }
        if redact {
            // serde_json keeps the last of duplicate keys: let it decide.
            if has_duplicates(&self.st.keys, &self.st.key_spans[frame..]) {
                return Err(HandOver);
            }
            self.st.key_spans.truncate(frame);
            self.st.keys.truncate(keys_mark);
        }
        self.depth -= 1;
        Ok(())
    }

    /// An array at `pos`; with `redact`, its strings go through `redact_str`.
    fn array(&mut self, redact: bool) -> R<()> {
        self.enter()?;
        self.ws();
        if self.peek() == b']' {
            self.pos += 1;
            self.depth -= 1;
            return Ok(());
        }
        loop {
            self.ws();
            match self.peek() {
                b'"' => {
                    self.string_value(if redact { Str::Plain } else { Str::Keep })?;
                }
                b'{' => self.object(redact)?,
                b'[' => self.array(redact)?,
                _ => self.scalar()?,
            }
            self.ws();
            let c = self.peek();
            self.pos += 1;
            match c {
                b',' => {}
                b']' => break,
                _ => return Err(HandOver),
            }
        }
        self.depth -= 1;
        Ok(())
    }

    /// `null`, `true`, `false` or a number.
    fn scalar(&mut self) -> R<()> {
        match self.peek() {
            b'n' => self.expect(b"null"),
            b't' => self.expect(b"true"),
            b'f' => self.expect(b"false"),
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err(HandOver),
        }
    }

    /// A number, copied as written. Numbers whose magnitude might reach the
    /// end of the `f64` range (where serde_json reports "number out of
    /// range") are handed over.
    fn number(&mut self) -> R<()> {
        let start = self.pos;
        if self.peek() == b'-' {
            self.pos += 1;
        }
        let int_digits = match self.peek() {
            b'0' => {
                self.pos += 1;
                1
            }
            b'1'..=b'9' => self.digits(),
            _ => return Err(HandOver),
        };
        if self.peek() == b'.' {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(HandOver);
            }
        }
        let mut exp: i64 = 0;
        if matches!(self.peek(), b'e' | b'E') {
            self.pos += 1;
            let negative = match self.peek() {
                b'-' => {
                    self.pos += 1;
                    true
                }
                b'+' => {
                    self.pos += 1;
                    false
                }
                _ => false,
            };
            let start = self.pos;
            while let c @ b'0'..=b'9' = self.peek() {
                exp = exp.saturating_mul(10).saturating_add(i64::from(c - b'0'));
                self.pos += 1;
            }
            if self.pos == start {
                return Err(HandOver);
            }
            if negative {
                exp = -exp;
            }
        }
        if (int_digits as i64).saturating_add(exp) <= 300 {
            return Ok(());
        }
        // Near the top of the range: a correctly rounded parse, with a margin
        // for serde_json's own rounding.
        match self.text[start..self.pos].parse::<f64>() {
            Ok(f) if f.abs() < 1.7e308 => Ok(()),
            _ => Err(HandOver),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while self.peek().is_ascii_digit() {
            self.pos += 1;
        }
        self.pos - start
    }

    /// The string at `pos` (on its opening quote): moves past it and returns
    /// the content range and whether it holds escapes. Escapes are only
    /// stepped over here (see [`unescape_into`]); raw control characters
    /// and a missing closing quote are errors.
    #[inline]
    fn string_body(&mut self) -> R<(usize, usize, bool)> {
        let src = self.src;
        let start = self.pos + 1;
        let mut i = start;
        let mut escaped = false;
        loop {
            // Eight bytes at a time while none of them is special.
            while let Some(chunk) = src.get(i..i + 8) {
                let mut w = [0u8; 8];
                w.copy_from_slice(chunk);
                if has_stop_byte(u64::from_le_bytes(w)) {
                    break;
                }
                i += 8;
            }
            while i < src.len() && !STOP[usize::from(src[i])] {
                i += 1;
            }
            match src.get(i) {
                Some(b'"') => break,
                Some(b'\\') => {
                    escaped = true;
                    i += 2;
                }
                _ => return Err(HandOver),
            }
        }
        self.pos = i + 1;
        Ok((start, i, escaped))
    }

    fn validate_escapes(&mut self, cs: usize, ce: usize) -> R<()> {
        self.st.unescaped.clear();
        unescape_into(&self.text[cs..ce], &mut self.st.unescaped)
    }

    /// A string value at `pos`, redacted as `how` says. Returns whether the
    /// member holding it is to be dropped.
    fn string_value(&mut self, how: Str) -> R<bool> {
        let quote = self.pos;
        let (cs, ce, escaped) = self.string_body()?;
        if matches!(how, Str::Keep) {
            if escaped {
                self.validate_escapes(cs, ce)?;
            }
            return Ok(false);
        }
        let value: &str = if escaped {
            self.st.unescaped.clear();
            unescape_into(&self.text[cs..ce], &mut self.st.unescaped)?;
            &self.st.unescaped
        } else {
            &self.text[cs..ce]
        };
        let tally = &self.st.tally;
        let replaced: Cow<'_, str> = match how {
            Str::Keep => return Ok(false),
            Str::Plain => self.r.redact_str_with(value, self.source, tally),
            Str::Field(class, hint) => {
                match self
                    .r
                    .redact_classified(class, hint, value, self.source, tally)
                {
                    FieldOutcome::Keep(v) => Cow::Borrowed(v),
                    FieldOutcome::Replace(s) => Cow::Owned(s),
                    FieldOutcome::Drop => return Ok(true),
                }
            }
        };
        if let Cow::Owned(new) = replaced {
            self.out.extend_from_slice(&self.src[self.copied..quote]);
            self.out.push(b'"');
            escape_into(&new, self.out);
            self.out.push(b'"');
            self.copied = self.pos;
        }
        Ok(false)
    }
}

/// Whether any byte of `x` is `"`, `\` or below 0x20 (exact, no false positives).
#[inline]
fn has_stop_byte(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_in = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    (zero_in(x ^ (ONES * u64::from(b'"'))) | zero_in(x ^ (ONES * u64::from(b'\\'))) | below_space)
        != 0
}

/// Whether two keys of one object are equal (after unescaping).
fn has_duplicates(keys: &str, spans: &[(usize, usize)]) -> bool {
    let key = |&(s, e): &(usize, usize)| &keys[s..e];
    if spans.len() <= 16 {
        return spans
            .iter()
            .enumerate()
            .any(|(i, a)| spans[i + 1..].iter().any(|b| key(a) == key(b)));
    }
    let mut sorted: Vec<&str> = spans.iter().map(key).collect();
    sorted.sort_unstable();
    sorted.windows(2).any(|w| w[0] == w[1])
}

fn hex4(b: &[u8]) -> R<u32> {
    let mut n = 0;
    for i in 0..4 {
        let d = match b.get(i) {
            Some(c @ b'0'..=b'9') => c - b'0',
            Some(c @ b'a'..=b'f') => c - b'a' + 10,
            Some(c @ b'A'..=b'F') => c - b'A' + 10,
            _ => return Err(HandOver),
        };
        n = n << 4 | u32::from(d);
    }
    Ok(n)
}

/// Append the unescaped content of a JSON string (between its quotes, no raw
/// controls or quotes) to `out`. Errors on a bad escape or an
/// unpaired surrogate, as serde_json does.
fn unescape_into(text: &str, out: &mut String) -> R<()> {
    let s = text.as_bytes();
    let mut i = 0;
    while i < s.len() {
        let run = s[i..]
            .iter()
            .position(|&b| b == b'\\')
            .unwrap_or(s.len() - i);
        // The run starts and ends next to ASCII bytes (char boundaries).
        out.push_str(&text[i..i + run]);
        i += run;
        if i == s.len() {
            break;
        }
        let c = s.get(i + 1).copied().ok_or(HandOver)?;
        i += 2;
        let ch = match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let n = hex4(&s[i..])?;
                i += 4;
                let code = match n {
                    0xD800..=0xDBFF => {
                        if s.get(i) != Some(&b'\\') || s.get(i + 1) != Some(&b'u') {
                            return Err(HandOver);
                        }
                        let lo = hex4(&s[i + 2..])?;
                        if !(0xDC00..=0xDFFF).contains(&lo) {
                            return Err(HandOver);
                        }
                        i += 6;
                        0x1_0000 + ((n - 0xD800) << 10 | (lo - 0xDC00))
                    }
                    0xDC00..=0xDFFF => return Err(HandOver),
                    n => n,
                };
                char::from_u32(code).ok_or(HandOver)?
            }
            _ => return Err(HandOver),
        };
        out.push(ch);
    }
    Ok(())
}

/// Append `s` as JSON string content (no quotes), escaping like serde_json:
/// `"`, `\` and control characters; everything else verbatim.
fn escape_into(s: &str, out: &mut Vec<u8>) {
    let b = s.as_bytes();
    let mut from = 0;
    for (i, &c) in b.iter().enumerate() {
        if !STOP[usize::from(c)] {
            continue;
        }
        out.extend_from_slice(&b[from..i]);
        match c {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(c >> 4)]);
                out.push(HEX[usize::from(c & 0xf)]);
            }
        }
        from = i + 1;
    }
    out.extend_from_slice(&b[from..]);
}

#[cfg(test)]
mod tests {
    use super::{has_stop_byte, STOP};

    #[test]
    fn word_test_agrees_with_the_table() {
        for fill in [b'a', 0x7f, 0x80, 0xff, b' ', b'!', b'#', b'[', b']'] {
            for b in 0..=255u8 {
                for pos in 0..8 {
                    let mut w = [fill; 8];
                    w[pos] = b;
                    let want = w.iter().any(|&c| STOP[usize::from(c)]);
                    assert_eq!(has_stop_byte(u64::from_le_bytes(w)), want, "{w:?}");
                }
            }
        }
    }
}
