//! The structural pass: one walk over the words of the text.
//!
//! Each word is dispatched on its first byte and cheap features: numbers go
//! to `numeric` (and to street addresses), `XX00…` to the IBAN check, capitalised and
//! all-capital words to the name dictionary, digit words said aloud to `numeric`, hex-with-colons to IPv6/MAC, `bc1`/`0x`/`1`/`3` to wallet
//! checksums, and long mixed letter-digit words to the generic secret rule.

use super::names::NameDict;
use super::numeric;
use super::util::{alnum, at, char_at, letter_before, run_while, word_start};
use crate::entity::EntityKind;
use crate::validate;

/// A structural hit: kind, rule, start, end.
pub type Hit = (EntityKind, &'static str, usize, usize);

/// Byte classes of the walk, one table load per byte.
const WORD: u8 = 1;
const DIGIT: u8 = 2;
const UPPER: u8 = 4;
const LOWER: u8 = 8;
const PLUS: u8 = 16;
const COLON: u8 = 32;
/// A UTF-8 lead byte of a multi-byte character.
const LEAD: u8 = 64;

static CLASS: [u8; 256] = {
    let mut c = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let x = b as u8;
        c[b] = if x.is_ascii_digit() {
            WORD | DIGIT
        } else if x.is_ascii_uppercase() {
            WORD | UPPER
        } else if x.is_ascii_lowercase() {
            WORD | LOWER
        } else if x == b'+' {
            WORD | PLUS
        } else if x == b':' {
            WORD | COLON
        } else if matches!(x, b'_' | b'-' | b'.') {
            WORD
        } else if x >= 0xC0 {
            LEAD
        } else {
            0
        };
        b += 1;
    }
    c
};

#[inline]
fn class(b: u8) -> u8 {
    CLASS[usize::from(b)]
}

/// Walk `t` once and push every structural finding.
pub fn scan(t: &[u8], names: &NameDict, out: &mut Vec<Hit>) {
    let n = t.len();
    let mut i = 0;
    // Inside a digit group that failed from its start, only checksummed kinds may match.
    let mut failed_group_end = 0;
    // The end of the last run of spoken digit words looked at.
    let mut spoken_end = 0;
    while i < n {
        // Skip to the next word; words of other scripts may open a name.
        while i < n && class(t[i]) & WORD == 0 {
            if class(t[i]) & LEAD != 0 && !letter_before(t, i) {
                if let Some((a, b, rule)) = names.pair_at(t, i) {
                    out.push((EntityKind::Person, rule, a, b));
                    i = b;
                    continue;
                }
                i = skip_letters(t, i);
                continue;
            }
            i += 1;
        }
        if i >= n {
            break;
        }
        let s = i;
        // The word (letters, digits, `_ - . : +`) and the classes of its bytes.
        let mut e = s;
        let mut seen = 0;
        while e < n {
            let c = class(t[e]);
            if c & WORD == 0 {
                break;
            }
            seen |= c;
            e += 1;
        }
        i = e;
        // Most words are plain lower-case words that none of the checks below can
        // match: no digit, capital, `+` or `:`, shorter than a long token, no `/` after.
        if seen & (DIGIT | UPPER | PLUS | COLON) == 0
            && class(t[s]) & LOWER != 0
            && e - s < 11
            && at(t, e) != b'/'
        {
            // … except a number said digit by digit (`four four six zero …`).
            if s >= spoken_end && e - s <= 7 && numeric::is_spoken_digit(&t[s..e]) {
                let (hit, run_end) = numeric::spoken(t, s);
                spoken_end = run_end;
                if let Some(h) = hit {
                    out.push(h);
                    i = i.max(h.3);
                }
            }
            continue;
        }
        let plus = seen & PLUS != 0;
        // A digit glued after `:` may start a value inside the word (checked below).
        let glued = seen & COLON != 0 && seen & DIGIT != 0;
        let first = t[s];
        if first.is_ascii_digit() || (first == b'+' && at(t, s + 1).is_ascii_digit()) {
            let (hit, group_end) = numeric::detect(t, s, s < failed_group_end);
            if let Some((k, r, a, b)) = hit {
                out.push((k, r, a, b));
                // Resume right after the hit: `123-45-6789+44 20…` holds two values.
                i = b.max(s + 1);
                continue;
            }
            failed_group_end = failed_group_end.max(group_end);
            if first.is_ascii_digit() {
                let mut addr = Vec::new();
                if let Some(end) = super::address::at_number(t, s, &mut addr)
                    .or_else(|| super::address::lower_case_at_number(t, s, &mut addr))
                    .or_else(|| super::address::lower_case_number_after(t, s, &mut addr))
                {
                    out.append(&mut addr);
                    i = i.max(end);
                    continue;
                }
            }
        } else if first.is_ascii_alphabetic()
            && at(t, s + 1).is_ascii_alphabetic()
            && first.is_ascii_uppercase() == at(t, s + 1).is_ascii_uppercase()
            && at(t, s + 2).is_ascii_digit()
            && at(t, s + 3).is_ascii_digit()
        {
            // `DE89 3704…`, also written in lower case.
            if let Some(end) = iban_at(t, s) {
                out.push((EntityKind::Iban, "iban", s, end));
                i = i.max(end);
                continue;
            }
        } else if first.is_ascii_uppercase()
            && (at(t, s + 1).is_ascii_lowercase() || at(t, s + 1) >= 0x80)
            && word_start(t, s)
        {
            // `Harbor#4505`, `Summer2024!`: a word, a symbol and digits, however it is
            // introduced.
            if let Some(b) = weak_password_at(t, s) {
                out.push((EntityKind::Secret, "password_shape", s, b));
                i = i.max(b);
                continue;
            }
            if let Some((a, b, rule)) = names.pair_at(t, s) {
                out.push((EntityKind::Person, rule, a, b));
                i = i.max(b);
                continue;
            }
            if at(t, s + 1) >= 0x80 {
                if let Some(b) = names.caps_pair_at(t, s) {
                    out.push((EntityKind::Person, "name_dictionary", s, b));
                    i = i.max(b);
                    continue;
                }
            }
        } else if first.is_ascii_uppercase()
            && seen & (LOWER | DIGIT) == 0
            && e - s >= 2
            // A word in capitals, its letters outside ASCII too (`RUBÉN ESPINOZA`).
            && (at(t, e) == b' ' || at(t, e) >= 0xC0)
            && word_start(t, s)
        {
            if let Some(b) = names.caps_pair_at(t, s) {
                out.push((EntityKind::Person, "name_dictionary", s, b));
                i = i.max(b);
                continue;
            }
            if let Some(b) = names.caps_surname_given(t, s) {
                out.push((EntityKind::Person, "name_dictionary", s, b));
                i = i.max(b);
                continue;
            }
        }
        // A 40-character base64 secret (AWS secret access keys) split by `/`.
        if (at(t, e) == b'/' || plus) && word_start(t, s) {
            let b64 = |b: u8| alnum(b) || b == b'+' || b == b'/';
            let end = run_while(t, s, 64, b64);
            if end - s == 40
                && !alnum(at(t, end))
                && t[s..end].iter().any(|&b| b == b'+' || b == b'/')
                && super::keywords::is_aws_secret(&t[s..end])
            {
                out.push((EntityKind::Secret, "aws_secret_key", s, end));
                i = i.max(end);
                continue;
            }
        }
        if e - s >= 11 {
            if let Some(h) = long_word(t, s, e) {
                out.push(h);
                continue;
            }
        }
        // Hebrew writes `to`, `at`, `in` as one letter and a hyphen before a number
        // (`ל-0548039285`, `ב-03-5551234`).
        if t[s] == b'-'
            && s >= 2
            && t[s - 2] == 0xD7
            && (s < 4 || t[s - 4] != 0xD7)
            && at(t, s + 1).is_ascii_digit()
        {
            if let (Some(h), _) = numeric::detect(t, s + 1, false) {
                out.push(h);
                i = i.max(h.3);
                continue;
            }
        }
        // Digits glued after `:`/`@`/`+` inside a word (`ip:10.0.0.1`, `x.com+44 20…`).
        if e - s >= 7 && (plus || glued) {
            let mut k = s + 1;
            while k < e {
                let plus = t[k] == b'+' && at(t, k + 1).is_ascii_digit();
                let glued = matches!(t[k - 1], b':' | b'@') && t[k].is_ascii_digit();
                let start = (plus || glued).then_some(k);
                if let Some(st) = start {
                    if let (Some((kd, r, a, b)), _) = numeric::detect(t, st, false) {
                        out.push((kd, r, a, b));
                        k = b;
                        i = i.max(b);
                        continue;
                    }
                }
                k += 1;
            }
        }
    }
}

/// Symbols a generated password carries (`3FT2CFoj3JEWCd5^h`, `mqoqYk*VtG6`).
fn password_symbol(b: u8) -> bool {
    matches!(
        b,
        b'!' | b'#' | b'$' | b'%' | b'^' | b'&' | b'*' | b'~' | b'?'
    )
}

/// Passwords as generators and password managers make them, wherever they stand: one
/// token of 10 to 40 characters that mixes at least two capitals, two small letters, a
/// digit and a symbol, changing between them at least six times and once every four
/// characters, with few vowels (`K6DSZwUDaAsCn5z#Sp`,
/// `$kyU1TdWmajupFWYF7`, `W*xzAWNMdJ7yPaNcwBG`). Code, paths, links, e-mail addresses,
/// markup and patterns hold brackets, slashes, `@`, quotes or `=`, and are left alone.
pub fn generated_passwords(t: &[u8], out: &mut Vec<Hit>) {
    // The symbols, found three at a time by a vectorised search, then read in the text's
    // order: each token holding symbols is looked at once, however many it holds (text
    // dense with them, `$?$` on every line, stays linear).
    let mut symbols: Vec<usize> = Vec::new();
    for (a, b, c) in [(b'!', b'?', b'#'), (b'$', b'%', b'^'), (b'&', b'*', b'~')] {
        symbols.extend(memchr::memchr3_iter(a, b, c, t));
    }
    symbols.sort_unstable();
    let mut last_end = 0;
    for i in symbols {
        if i >= last_end {
            last_end = generated_password_around(t, i, out);
        }
    }
}

/// Look at the token around the symbol at `i` (see [`generated_passwords`]); its end.
fn generated_password_around(t: &[u8], i: usize, out: &mut Vec<Hit>) -> usize {
    let token = |b: u8| b > b' ' && b < 0x7F && !matches!(b, b'"' | b'\'' | b',' | b';');
    let mut s = i;
    while s > 0 && token(t[s - 1]) && i - s < 48 {
        s -= 1;
    }
    let mut e = i;
    while e < t.len() && token(t[e]) && e - s < 48 {
        e += 1;
    }
    // A sentence's closing `.`, `!`, `?` or `:` is not part of it.
    let mut ve = e;
    while ve > s && matches!(t[ve - 1], b'.' | b':' | b')') {
        ve -= 1;
    }
    if ve > s
        && matches!(t[ve - 1], b'!' | b'?')
        && !t[s..ve - 1].iter().any(|&b| password_symbol(b))
    {
        return e;
    }
    let w = &t[s..ve];
    let markup = |b: &u8| {
        matches!(
            b,
            b'/' | b'\\'
                | b'['
                | b']'
                | b'{'
                | b'}'
                | b'('
                | b')'
                | b'<'
                | b'>'
                | b'@'
                | b'='
                | b'`'
                | b'|'
        )
    };
    if !(10..=40).contains(&w.len()) || w.iter().any(markup) {
        return e;
    }
    let (mut up, mut low, mut dig, mut sym, mut switches) = (0, 0, 0, 0, 0);
    let mut prev = 0u8;
    for &b in w {
        let c = if b.is_ascii_uppercase() {
            up += 1;
            1
        } else if b.is_ascii_lowercase() {
            low += 1;
            2
        } else if b.is_ascii_digit() {
            dig += 1;
            3
        } else if password_symbol(b) {
            sym += 1;
            4
        } else {
            5
        };
        if prev != 0 && c != prev {
            switches += 1;
        }
        prev = c;
    }
    // Drawn at random, letters are vowels about one time in five; words joined in code
    // (`TotalCount*Rate2`, `ProcessItem2*`) are two in five.
    let vowels = w
        .iter()
        .filter(|b| matches!(b.to_ascii_lowercase(), b'a' | b'e' | b'i' | b'o' | b'u'))
        .count();
    if up >= 2
        && low >= 2
        && dig >= 1
        && sym >= 1
        && switches >= 6
        && switches * 4 >= w.len()
        && vowels * 10 < (up + low) * 3
    {
        out.push((EntityKind::Secret, "generated_password", s, ve));
    }
    e
}

/// Past the letters (any script) starting at `i`; at least one byte.
fn skip_letters(t: &[u8], i: usize) -> usize {
    let mut j = i;
    while let Some((c, l)) = char_at(t, j) {
        if c.is_ascii() || !c.is_alphanumeric() && j > i {
            break;
        }
        j += l;
    }
    j.max(i + 1)
}

/// Words of 11+ bytes: IPv6, MAC, wallets, generic secrets.
fn long_word(t: &[u8], s: usize, e: usize) -> Option<Hit> {
    // Trim trailing punctuation that ends a sentence.
    let mut e = e;
    while e > s && matches!(t[e - 1], b'.' | b':' | b'-' | b'+') {
        e -= 1;
    }
    let w = &t[s..e];
    if w.len() < 11 {
        return None;
    }
    let colons = w.iter().filter(|&&b| b == b':').count();
    if colons >= 2
        && w.iter()
            .all(|&b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
    {
        if let Some(h) = ipv6_or_mac(t, s, e) {
            return Some(h);
        }
    }
    // `tcp:2a02:c57e:…` (an ODBC server), `ip:fe80::1…`: an address after a scheme word.
    if colons >= 3 {
        if let Some(p) = w.iter().position(|&b| b == b':') {
            let rest = &w[p + 1..];
            if p >= 2
                && w[..p].iter().all(u8::is_ascii_alphabetic)
                && !w[..p].iter().all(u8::is_ascii_hexdigit)
                && rest
                    .iter()
                    .all(|&b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
            {
                if let Some(h @ (EntityKind::IpAddress, ..)) = ipv6_or_mac(t, s + p + 1, e) {
                    return Some(h);
                }
            }
        }
    }
    if w.len() == 17 && (w[2] == b'-' || w[2] == b':') && is_mac(w) {
        return Some((EntityKind::MacAddress, "mac", s, e));
    }
    if !word_start(t, s) {
        return None;
    }
    if w.len() == 42 && validate::eth_address(w) {
        return Some((EntityKind::CryptoWallet, "ethereum_address", s, e));
    }
    if (w.starts_with(b"bc1") || w.starts_with(b"BC1") || w.starts_with(b"tb1"))
        && validate::bech32_btc(w)
    {
        return Some((EntityKind::CryptoWallet, "bitcoin_bech32", s, e));
    }
    if (w[0] == b'1' || w[0] == b'3')
        && (25..=35).contains(&w.len())
        && validate::base58check_btc(w)
    {
        return Some((EntityKind::CryptoWallet, "bitcoin_base58", s, e));
    }
    generic_secret(w).then_some((EntityKind::Secret, "high_entropy_token", s, e))
}

fn is_mac(w: &[u8]) -> bool {
    let sep = w[2];
    w.iter().enumerate().all(|(i, &b)| {
        if i % 3 == 2 {
            b == sep
        } else {
            b.is_ascii_hexdigit()
        }
    })
}

fn ipv6_or_mac(t: &[u8], s: usize, e: usize) -> Option<Hit> {
    let w = &t[s..e];
    if w.len() == 17 && is_mac(w) {
        return Some((EntityKind::MacAddress, "mac", s, e));
    }
    let txt = std::str::from_utf8(w).ok()?;
    if txt.parse::<std::net::Ipv6Addr>().is_ok() && w.iter().filter(|&&b| b == b':').count() >= 2 {
        // `12:30:45` style times do not parse; reject pure-digit short forms like `1::2`.
        let hexy = w.iter().filter(|b| b.is_ascii_hexdigit()).count();
        if hexy >= 4 {
            return Some((EntityKind::IpAddress, "ipv6", s, e));
        }
    }
    None
}

/// A long unbroken mix of letters and digits that is not hex (hashes, git
/// SHAs and UUIDs stay), not a dotted name, and changes class often.
fn generic_secret(w: &[u8]) -> bool {
    if w.len() < 20 || w.len() > 512 {
        return false;
    }
    let mut digits = 0;
    let mut letters = 0;
    let mut non_hex_letters = 0;
    let mut switches = 0;
    let mut prev_digit = None;
    let mut seps = 0;
    for &b in w {
        if b.is_ascii_digit() {
            digits += 1;
            if prev_digit == Some(false) {
                switches += 1;
            }
            prev_digit = Some(true);
        } else if b.is_ascii_alphabetic() {
            letters += 1;
            if !b.is_ascii_hexdigit() {
                non_hex_letters += 1;
            }
            if prev_digit == Some(true) {
                switches += 1;
            }
            prev_digit = Some(false);
        } else if b == b'_' || b == b'-' {
            seps += 1;
        } else {
            return false;
        }
    }
    if seps > 0 {
        // Identifiers like `build_2024_v3_final` have word-like segments.
        let long_segments = w
            .split(|&b| b == b'_' || b == b'-')
            .all(|seg| seg.len() >= 10);
        if !long_segments {
            return false;
        }
    }
    digits >= 3 && letters >= 3 && non_hex_letters >= 1 && switches * 6 >= w.len()
}

/// IBAN at `s` (`XX00` seen): compact or in groups of four separated by single spaces.
fn iban_at(t: &[u8], s: usize) -> Option<usize> {
    if !word_start(t, s) {
        return None;
    }
    let cc = [t[s].to_ascii_uppercase(), t[s + 1].to_ascii_uppercase()];
    let want = validate::iban_expected_len(&cc)?;
    let mut buf = [0u8; 34];
    let mut n = 0;
    let mut i = s;
    let mut group = 0;
    while n < want && i < t.len() {
        let b = t[i];
        if b.is_ascii_alphabetic() || b.is_ascii_digit() {
            buf[n] = b.to_ascii_uppercase();
            n += 1;
            group += 1;
            i += 1;
        } else if matches!(b, b' ' | b'-' | b'.') && group >= 2 && alnum(at(t, i + 1)) {
            group = 0;
            i += 1;
        } else if let Some(k) = super::numeric::wrap_len(t, i + usize::from(b == b' '))
            .map(|k| k + usize::from(b == b' '))
            .filter(|_| group > 0)
        {
            // Wrapped over a line (also an escaped `\n` in JSON, and with the space before
            // the break kept): any group length.
            if !alnum(at(t, i + k)) {
                break;
            }
            group = 0;
            i += k;
        } else {
            break;
        }
    }
    if n != want || alnum(at(t, i)) {
        return None;
    }
    validate::iban(&buf[..n]).then_some(i)
}

/// A password built the way people build them, at a capitalised word `s`: the word, one
/// symbol and two to six digits (`Harbor#4505`, `Tundra%22`), or the word, digits and one
/// to three symbols (`Summer2024!`, `Falcon903?`), standing alone. Counters written with
/// `#` (`Issue#4505`, `Order#1234`) and a two-digit version with `!` (`Windows11!`) are
/// not.
fn weak_password_at(t: &[u8], s: usize) -> Option<usize> {
    const SYMBOLS: &[u8] = b"#$%!@&*^?";
    const COUNTERS: &[&str] = &[
        "issue",
        "issues",
        "ticket",
        "order",
        "item",
        "invoice",
        "case",
        "build",
        "room",
        "no",
        "number",
        "pr",
        "bug",
        "task",
        "story",
        "job",
        "run",
        "step",
        "page",
        "line",
        "row",
        "table",
        "seat",
        "gate",
        "platform",
        "track",
        "apt",
        "suite",
        "unit",
        "box",
        "lot",
        "batch",
        "ref",
        "version",
        "release",
        "channel",
        "post",
        "comment",
        "chapter",
        "episode",
        "season",
        "week",
        "day",
        "level",
        "rank",
        "team",
        "player",
        "slot",
        "node",
        "pod",
        "shard",
        "replica",
        "worker",
        "thread",
        "commit",
        "change",
        "request",
        "incident",
        "alert",
        "check",
        "test",
        "report",
        "note",
        "entry",
        "record",
        "account",
        "user",
        "customer",
        "client",
        "patient",
        "member",
        "student",
        "employee",
        "store",
        "branch",
        "shop",
        "flight",
        "bus",
        "train",
        "route",
        "lane",
        "aisle",
        "bay",
        "dock",
        "door",
        "floor",
        "building",
        "block",
        "sprint",
        "milestone",
        "epic",
        "feature",
        "fix",
    ];
    let we = s + t[s..]
        .iter()
        .take(17)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let word = &t[s..we];
    if word.len() < 3 || word.len() > 16 || word[1..].iter().any(u8::is_ascii_uppercase) {
        return None;
    }
    let digits_at = |k: usize| {
        t[k..]
            .iter()
            .take(7)
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let sym = at(t, we);
    let end = if SYMBOLS.contains(&sym) && sym != b'?' {
        let d = digits_at(we + 1);
        if !(2..=6).contains(&d) {
            return None;
        }
        if sym == b'#'
            && COUNTERS
                .iter()
                .any(|c| word.eq_ignore_ascii_case(c.as_bytes()))
        {
            return None;
        }
        we + 1 + d
    } else {
        let d = digits_at(we);
        if !(2..=6).contains(&d) {
            return None;
        }
        let syms = t[we + d..]
            .iter()
            .take(4)
            .take_while(|b| SYMBOLS.contains(b))
            .count();
        if !(1..=3).contains(&syms) {
            return None;
        }
        let tail = &t[we + d..we + d + syms];
        // A product and its version, exclaimed (`Windows11!`), or a question (`Room12?`).
        if d == 2 && tail.iter().all(|&b| b == b'!' || b == b'?') {
            return None;
        }
        if tail.iter().all(|&b| b == b'?') {
            return None;
        }
        we + d + syms
    };
    // Standing alone: no word, address or path goes on (the escaped quote that closes a
    // JSON string inside a string does not go on).
    let next = at(t, end);
    let escaped_quote = next == b'\\' && matches!(at(t, end + 1), b'"' | b'\'' | b'\\');
    let alone = !(next.is_ascii_alphanumeric()
        || (next == b'\\' && !escaped_quote)
        || matches!(next, b'_' | b'@' | b'/' | b'#' | b'$' | b'%' | b'&' | b'*')
        || (matches!(next, b'.' | b':' | b'-') && at(t, end + 1).is_ascii_alphanumeric()));
    let before_ok = s == 0
        || !(t[s - 1].is_ascii_alphanumeric()
            || matches!(
                t[s - 1],
                b'@' | b'.' | b'/' | b'\\' | b':' | b'-' | b'_' | b'#' | b'$'
            ));
    (alone && before_ok).then_some(end)
}
