//! Cheap checksum and structure validators run on scanner candidates.
//!
//! Owns: Luhn, IBAN mod-97 with per-country lengths, US SSN/ITIN ranges, NHS
//! mod-11, bitcoin base58check and bech32/bech32m, ethereum EIP-55.
//! Must not allocate on the hot path except where a checksum needs a small buffer.

use sha2::{Digest, Sha256};

/// Luhn check over the ASCII digits of `s` (other bytes ignored).
pub fn luhn(s: &[u8]) -> bool {
    let mut sum = 0u32;
    let mut double = false;
    let mut n = 0;
    for &b in s.iter().rev() {
        if !b.is_ascii_digit() {
            continue;
        }
        let mut d = u32::from(b - b'0');
        if double {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        double = !double;
        n += 1;
    }
    n > 1 && sum.rem_euclid(10) == 0
}

/// True when the digits start like a card of a major brand and have its length.
pub fn card_brand_ok(digits: &[u8]) -> bool {
    let len = digits.len();
    let p = |n: usize| prefix(digits, n);
    if !(12..=19).contains(&len) {
        return false;
    }
    match digits[0] {
        b'4' => matches!(len, 13 | 16 | 19), // Visa
        b'5' => {
            (51..=55).contains(&p(2)) && len == 16
                || (p(2) == 50 || (56..=59).contains(&p(2))) && len >= 12
        } // Mastercard, Maestro
        b'2' => {
            (2221..=2720).contains(&p(4)) && len == 16 // Mastercard 2-series
            || p(4) == 2131 && len == 15 // JCB's older 15-digit range
            || (2200..=2204).contains(&p(4)) && (16..=19).contains(&len)
        } // Mir (Russia)
        b'1' => p(4) == 1800 && len == 15,   // JCB's older 15-digit range
        b'3' => {
            let p2 = p(2);
            (p2 == 34 || p2 == 37) && len == 15                    // Amex
                || (3528..=3589).contains(&p(4)) && (16..=19).contains(&len) // JCB
                || (p2 == 36 || p2 == 38 || p2 == 39 || (300..=305).contains(&p(3))) && (14..=19).contains(&len)
            // Diners
        }
        b'6' => {
            p(4) == 6011 || p(2) == 65 || (644..=649).contains(&p(3)) // Discover
                || p(2) == 62                                       // UnionPay
                || (p(2) == 67 || p(2) == 63) // Maestro
                || p(2) == 60 && len == 16 // RuPay (India)
        }
        b'8' => (p(2) == 81 || p(2) == 82) && len == 16, // RuPay (India)
        _ => false,
    }
}

/// The number the first `n` ASCII digits of `digits` make.
fn prefix(digits: &[u8], n: usize) -> u32 {
    digits
        .iter()
        .take(n)
        .fold(0u32, |a, &b| a * 10 + u32::from(b - b'0'))
}

/// Whether `digits` open a national card scheme's range (Mir 2200–2204, RuPay 60, 81,
/// 82; its 652 and 653 are Discover's too): those ranges are told from other long
/// numbers by their grouping or a card word, not by their digits alone.
pub fn regional_card(digits: &[u8]) -> bool {
    let p = |n: usize| prefix(digits, n);
    (2200..=2204).contains(&p(4)) || (p(2) == 60 && p(4) != 6011) || matches!(p(2), 81 | 82)
}

/// IBAN length per country (ISO 13616 registry).
fn iban_length(cc: &[u8]) -> Option<usize> {
    let len = match cc {
        b"AD" => 24,
        b"AE" => 23,
        b"AL" => 28,
        b"AT" => 20,
        b"AZ" => 28,
        b"BA" => 20,
        b"BE" => 16,
        b"BG" => 22,
        b"BH" => 22,
        b"BR" => 29,
        b"BY" => 28,
        b"CH" => 21,
        b"CR" => 22,
        b"CY" => 28,
        b"CZ" => 24,
        b"DE" => 22,
        b"DK" => 18,
        b"DO" => 28,
        b"EE" => 20,
        b"EG" => 29,
        b"ES" => 24,
        b"FI" => 18,
        b"FO" => 18,
        b"FR" => 27,
        b"GB" => 22,
        b"GE" => 22,
        b"GI" => 23,
        b"GL" => 18,
        b"GR" => 27,
        b"GT" => 28,
        b"HR" => 21,
        b"HU" => 28,
        b"IE" => 22,
        b"IL" => 23,
        b"IQ" => 23,
        b"IS" => 26,
        b"IT" => 27,
        b"JO" => 30,
        b"KW" => 30,
        b"KZ" => 20,
        b"LB" => 28,
        b"LC" => 32,
        b"LI" => 21,
        b"LT" => 20,
        b"LU" => 20,
        b"LV" => 21,
        b"MC" => 27,
        b"MD" => 24,
        b"ME" => 22,
        b"MK" => 19,
        b"MR" => 27,
        b"MT" => 31,
        b"MU" => 30,
        b"NL" => 18,
        b"NO" => 15,
        b"PK" => 24,
        b"PL" => 28,
        b"PS" => 29,
        b"PT" => 25,
        b"QA" => 29,
        b"RO" => 24,
        b"RS" => 22,
        b"SA" => 24,
        b"SC" => 31,
        b"SE" => 24,
        b"SI" => 19,
        b"SK" => 24,
        b"SM" => 27,
        b"ST" => 25,
        b"SV" => 28,
        b"TL" => 23,
        b"TN" => 24,
        b"TR" => 26,
        b"UA" => 29,
        b"VA" => 22,
        b"VG" => 24,
        b"XK" => 20,
        _ => return None,
    };
    Some(len)
}

/// Expected IBAN length for a two-letter country code, if the country uses IBANs.
pub fn iban_expected_len(cc: &[u8]) -> Option<usize> {
    iban_length(cc)
}

/// IBAN check over compact uppercase alphanumerics: country length and mod-97 == 1.
pub fn iban(compact: &[u8]) -> bool {
    if compact.len() < 15 || compact.len() > 34 {
        return false;
    }
    if iban_length(&compact[..2]) != Some(compact.len()) {
        return false;
    }
    if !compact[2..4].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut rem: u32 = 0;
    for &b in compact[4..].iter().chain(compact[..4].iter()) {
        match b {
            b'0'..=b'9' => rem = (rem * 10 + u32::from(b - b'0')) % 97,
            b'A'..=b'Z' => rem = (rem * 100 + u32::from(b - b'A' + 10)) % 97,
            _ => return false,
        }
    }
    rem == 1
}

/// US SSN range rules on the 9 digits: area not 000/666/9xx, group not 00, serial not 0000.
pub fn ssn(d: &[u8]) -> bool {
    if d.len() != 9 || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let area = &d[0..3];
    area != b"000" && area != b"666" && area[0] != b'9' && &d[3..5] != b"00" && &d[5..9] != b"0000"
}

/// US ITIN: 9xx, group 50–65, 70–88, 90–92, 94–99.
pub fn itin(d: &[u8]) -> bool {
    if d.len() != 9 || !d.iter().all(u8::is_ascii_digit) || d[0] != b'9' {
        return false;
    }
    let g = u32::from(d[3] - b'0') * 10 + u32::from(d[4] - b'0');
    matches!(g, 50..=65 | 70..=88 | 90..=92 | 94..=99)
}

/// UK NHS number: 10 digits, mod-11 check digit.
pub fn nhs(d: &[u8]) -> bool {
    if d.len() != 10 || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = d[..9]
        .iter()
        .enumerate()
        .map(|(i, &b)| u32::from(b - b'0') * (10 - i as u32))
        .sum();
    let check = 11 - (sum % 11);
    let check = if check == 11 { 0 } else { check };
    check != 10 && check == u32::from(d[9] - b'0')
}

const B58: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// Bitcoin legacy/P2SH address: base58check with version 0x00 or 0x05.
pub fn base58check_btc(s: &[u8]) -> bool {
    if !(25..=35).contains(&s.len()) || !(s[0] == b'1' || s[0] == b'3') {
        return false;
    }
    // 35 base58 chars fit in 26 bytes.
    let mut buf = [0u8; 32];
    for &c in s {
        let Some(mut carry) = B58.iter().position(|&x| x == c).map(|v| v as u32) else {
            return false;
        };
        for byte in buf.iter_mut().rev() {
            carry += u32::from(*byte) * 58;
            *byte = (carry & 0xff) as u8;
            carry >>= 8;
        }
        if carry != 0 {
            return false;
        }
    }
    let leading_ones = s.iter().take_while(|&&c| c == b'1').count();
    let first_nz = buf.iter().position(|&b| b != 0).unwrap_or(buf.len());
    let decoded_len = leading_ones + (buf.len() - first_nz);
    if decoded_len != 25 {
        return false;
    }
    let raw = &buf[buf.len() - 25..];
    let h = Sha256::digest(Sha256::digest(&raw[..21]));
    h[..4] == raw[21..] && (raw[0] == 0 || raw[0] == 5)
}

/// Segwit bech32 (v0) / bech32m (v1+) address with `bc1`/`tb1` prefix.
pub fn bech32_btc(s: &[u8]) -> bool {
    const CHARSET: &[u8] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    if !(14..=90).contains(&s.len()) {
        return false;
    }
    let lower = s.iter().all(|b| !b.is_ascii_uppercase());
    let upper = s.iter().all(|b| !b.is_ascii_lowercase());
    if !lower && !upper {
        return false;
    }
    let Some(sep) = s.iter().rposition(|&b| b == b'1') else {
        return false;
    };
    let hrp: Vec<u8> = s[..sep].iter().map(u8::to_ascii_lowercase).collect();
    if hrp != b"bc" && hrp != b"tb" {
        return false;
    }
    let mut data = Vec::with_capacity(s.len());
    for &c in &s[sep + 1..] {
        let c = c.to_ascii_lowercase();
        match CHARSET.iter().position(|&x| x == c) {
            Some(v) => data.push(v as u32),
            None => return false,
        }
    }
    if data.len() < 7 {
        return false;
    }
    let mut chk: u32 = 1;
    let mut polymod = |v: u32| {
        const GEN: [u32; 5] = [
            0x3b6a_57b2,
            0x2650_8e6d,
            0x1ea1_19fa,
            0x3d42_33dd,
            0x2a14_62b3,
        ];
        let top = chk >> 25;
        chk = ((chk & 0x01ff_ffff) << 5) ^ v;
        for (i, g) in GEN.iter().enumerate() {
            if (top >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    };
    for &h in &hrp {
        polymod(u32::from(h >> 5));
    }
    polymod(0);
    for &h in &hrp {
        polymod(u32::from(h & 31));
    }
    for &d in &data {
        polymod(d);
    }
    chk == 1 || chk == 0x2bc8_30a3
}

/// Ethereum address `0x` + 40 hex: accepted when all one case, or when mixed
/// case matches the EIP-55 checksum.
pub fn eth_address(s: &[u8]) -> bool {
    if s.len() != 42 || &s[..2] != b"0x" || !s[2..].iter().all(u8::is_ascii_hexdigit) {
        return false;
    }
    let hex_part = &s[2..];
    let has_upper = hex_part.iter().any(u8::is_ascii_uppercase);
    let has_lower = hex_part.iter().any(u8::is_ascii_lowercase);
    if !(has_upper && has_lower) {
        return true;
    }
    let lower: Vec<u8> = hex_part.iter().map(u8::to_ascii_lowercase).collect();
    let hash = keccak256(&lower);
    hex_part.iter().enumerate().all(|(i, &c)| {
        let nibble = (hash[i / 2] >> (if i % 2 == 0 { 4 } else { 0 })) & 0xf;
        if c.is_ascii_alphabetic() {
            c.is_ascii_uppercase() == (nibble >= 8)
        } else {
            true
        }
    })
}

/// Keccak-256 (the original padding used by ethereum, not SHA3-256).
pub fn keccak256(input: &[u8]) -> [u8; 32] {
    const RATE: usize = 136;
    let mut st = [0u64; 25];
    let mut chunks = input.chunks_exact(RATE);
    for block in &mut chunks {
        absorb(&mut st, block);
        keccak_f(&mut st);
    }
    let rem = chunks.remainder();
    let mut last = [0u8; RATE];
    last[..rem.len()].copy_from_slice(rem);
    last[rem.len()] ^= 0x01;
    last[RATE - 1] ^= 0x80;
    absorb(&mut st, &last);
    keccak_f(&mut st);
    let mut out = [0u8; 32];
    for (i, lane) in st.iter().take(4).enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&lane.to_le_bytes());
    }
    out
}

fn absorb(st: &mut [u64; 25], block: &[u8]) {
    for (i, lane) in block.chunks_exact(8).enumerate() {
        let mut b = [0u8; 8];
        b.copy_from_slice(lane);
        st[i] ^= u64::from_le_bytes(b);
    }
}

fn keccak_f(a: &mut [u64; 25]) {
    const RC: [u64; 24] = [
        0x0000000000000001,
        0x0000000000008082,
        0x800000000000808a,
        0x8000000080008000,
        0x000000000000808b,
        0x0000000080000001,
        0x8000000080008081,
        0x8000000000008009,
        0x000000000000008a,
        0x0000000000000088,
        0x0000000080008009,
        0x000000008000000a,
        0x000000008000808b,
        0x800000000000008b,
        0x8000000000008089,
        0x8000000000008003,
        0x8000000000008002,
        0x8000000000000080,
        0x000000000000800a,
        0x800000008000000a,
        0x8000000080008081,
        0x8000000000008080,
        0x0000000080000001,
        0x8000000080008008,
    ];
    const ROT: [u32; 25] = [
        0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56,
        14,
    ];
    for rc in RC {
        let mut c = [0u64; 5];
        for x in 0..5 {
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        }
        for x in 0..5 {
            let d = c[(x + 4) % 5] ^ c[(x + 1) % 5].rotate_left(1);
            for y in 0..5 {
                a[x + 5 * y] ^= d;
            }
        }
        let mut b = [0u64; 25];
        for x in 0..5 {
            for y in 0..5 {
                b[y + 5 * ((2 * x + 3 * y) % 5)] = a[x + 5 * y].rotate_left(ROT[x + 5 * y]);
            }
        }
        for x in 0..5 {
            for y in 0..5 {
                a[x + 5 * y] = b[x + 5 * y] ^ (!b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
            }
        }
        a[0] ^= rc;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums() {
        assert!(luhn(b"4111 1111 1111 1111"));
        assert!(!luhn(b"4111 1111 1111 1112"));
        assert!(iban(b"GB82WEST12345698765432"));
        assert!(iban(b"DE89370400440532013000"));
        assert!(!iban(b"DE89370400440532013001"));
        assert!(ssn(b"123456789"));
        assert!(
            !ssn(b"666123456") && !ssn(b"900123456") && !ssn(b"123006789") && !ssn(b"123450000")
        );
        assert!(itin(b"912701234"));
        assert!(nhs(b"9434765919"));
        assert!(!nhs(b"9434765918"));
    }

    #[test]
    fn wallets() {
        assert_eq!(
            hex::encode(keccak256(b"")),
            "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
        );
        assert!(eth_address(b"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
        assert!(!eth_address(b"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"));
        assert!(base58check_btc(b"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"));
        assert!(base58check_btc(b"3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"));
        assert!(!base58check_btc(b"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3"));
        assert!(bech32_btc(b"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"));
        assert!(!bech32_btc(b"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx"));
    }
}
