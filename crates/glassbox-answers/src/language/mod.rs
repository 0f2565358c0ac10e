//! Language mismatch: the answer is in another language than the user wrote in.
//!
//! One pass over the prose of each side — code blocks, inline code, URLs and identifiers
//! removed, at most [`SAMPLE_BYTES`], less once the words have decided — reads its
//! scripts, its frequent words of seven Latin-script languages ([`lexicon`]) and the
//! letters only some of them use. Different scripts decide at once (Han with kana is
//! Japanese, without it Chinese); within Latin script the words decide when one language
//! clearly leads or a short prompt leans to one, and `whatlang`'s trigrams, asked
//! between just the two candidates, decide the rest. Prompts that ask for a language
//! ("translate…", "localize for the fr market", "in de", "reply in English") are not
//! compared.

use std::sync::OnceLock;

use regex::Regex;
use whatlang::{Detector, Lang};

use crate::refusal::floor_char_boundary;

mod lexicon;
use lexicon::PROFILED;

const SAMPLE_BYTES: usize = 400;

/// Names of languages people ask answers in: English names, the names in the profiled
/// languages themselves, and ISO 639-1 codes (`in de`, `the es version`).
const LANGUAGE_NAMES: &str = "english|spanish|french|german|italian|portuguese|japanese|chinese|mandarin|cantonese|korean|russian|dutch|polish|arabic|hindi|turkish|swedish|ukrainian|vietnamese|indonesian|greek|hebrew|czech|inglés|ingles|español|castellano|francés|alemán|italiano|portugués|japonés|chino|coreano|ruso|anglais|espagnol|allemand|français|italien|portugais|japonais|chinois|néerlandais|englisch|spanisch|französisch|deutsch|italienisch|portugiesisch|japanisch|chinesisch|niederländisch|inglês|espanhol|francês|alemão|português|japonês|chinês|inglese|spagnolo|francese|tedesco|portoghese|giapponese|cinese|olandese|engels|spaans|frans|duits|英語|英文|英语|中文|中国語|日本語|日语|日文|韓国語|韩语|スペイン語|西班牙语|フランス語|法语|ドイツ語|德语";
const LANGUAGE_CODES: &str =
    "en|es|de|fr|pt|ja|zh|ko|ru|nl|pl|ar|hi|tr|sv|uk|vi|id|el|he|cs|pt-br|zh-cn|zh-tw|en-us|en-gb";

/// Words that ask for an answer in another language: translating verbs, "in / into /
/// to <language>", "<language> version / translation", "reply in …".
fn asks_for_language() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        let pattern = format!(
            r"(?i)translat|traduc|traduz|tradu[iï]|übersetz|ubersetz|vertaal|przetłumacz|переве|翻译|翻訳|翻譯|번역|locali[sz]|lokalisier|locali[sz]z|(?:^|\W)(?:for|to)\s+(?:the\s+)?(?:{LANGUAGE_CODES}|{LANGUAGE_NAMES}|it)(?:[\s-]+speaking)?\s+(?:market|locale|audience|users|speakers|readers|customers)(?:\W|$)|(?:^|\W)(?:in|into|to|en|auf|em|na)\s+(?:{LANGUAGE_NAMES})(?:\W|$)|(?:^|\W)(?:{LANGUAGE_NAMES})\s+(?:version|translation|please|por\s+favor|bitte|s'il)(?:\W|$)|(?:^|\W)(?:in|into|to)\s+(?:{LANGUAGE_CODES})(?:[^\w'’-]|$)|(?:^|\W)(?:{LANGUAGE_CODES}|it)\s+(?:version|translation)(?:\W|$)|(?:render|put|write|say|reply|respond|answer|rewrite|give|turn|convert)\s+(?:\S+\s+){{0,3}}?(?:in|into|to)\s+(?:{LANGUAGE_CODES}|it)(?:[^\w'’-]|$)|(?:language|locale|lang)\s+(?:with\s+|of\s+)?(?:the\s+)?(?:iso\s+)?(?:639(?:-1)?\s+)?(?:code|tag)\s*[:=]?\s*['\x22\x{{2018}}\x{{201C}}`]?(?:{LANGUAGE_CODES})(?:[^\w-]|$)|(?:target|output|desired|destination)\s+(?:language|lang|locale)\s*[:=]?\s*['\x22`]?(?:{LANGUAGE_CODES}|{LANGUAGE_NAMES}|it)(?:[^\w-]|$)|(?:→|->|=>)\s*(?:{LANGUAGE_CODES}|{LANGUAGE_NAMES})(?:\W|$)|(?:^|\W)(?:{LANGUAGE_CODES}),?\s+(?:please|pls|por\s+favor|bitte|s'il)(?:\W|$)|(?:用|以|請用|请用)(?:英语|英文|中文|日语|日文|法语|德语|西班牙语)|(?:で|に)(?:答えて|書いて|翻訳|訳して)|英語で|日本語で|中国語で"
        );
        Regex::new(&pattern).ok()
    })
    .as_ref()
}

fn detector() -> &'static Detector {
    static D: OnceLock<Detector> = OnceLock::new();
    D.get_or_init(|| {
        // The languages with function word lists, and more people write to models in.
        let mut langs = PROFILED.to_vec();
        langs.extend([
            Lang::Pol,
            Lang::Tur,
            Lang::Swe,
            Lang::Rus,
            Lang::Ukr,
            Lang::Jpn,
            Lang::Cmn,
            Lang::Kor,
            Lang::Ara,
            Lang::Hin,
            Lang::Vie,
            Lang::Ind,
        ]);
        Detector::with_allowlist(langs)
    })
}

/// What one pass over a text tells: its prose (fenced code, inline code, URLs and
/// identifiers left out, capped near [`SAMPLE_BYTES`]), its word profile and its letters.
struct Side {
    prose: String,
    profile: Profile,
    letters: Letters,
}

/// Evidence per [`PROFILED`] language: frequent words, and words written with a letter
/// only some of these languages use (`ñ`, `ã`, `ß`, `œ`, `ì`…).
type Profile = [u16; PROFILED.len()];

/// What a text's letters tell.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Letters {
    /// Letters, with Han and kana counted three times (a word is 1–3 of them).
    weighted: usize,
    /// Any kana (Japanese, not Chinese).
    kana: bool,
    /// The script most letters are written in (coarse blocks; Han and kana together).
    script: u8,
}

fn read(text: &str) -> Side {
    let mut prose = String::with_capacity(text.len().min(SAMPLE_BYTES) + 16);
    let mut profile: Profile = [0; PROFILED.len()];
    let mut scripts = [0usize; 10];
    let mut kana = false;
    let mut in_fence = false;
    'lines: for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        let mut in_code = false;
        for (i, part) in line.split('`').enumerate() {
            if i > 0 {
                in_code = !in_code;
            }
            if in_code {
                continue;
            }
            for word in part.split_whitespace() {
                if is_identifier(word) {
                    continue;
                }
                prose.push_str(word);
                prose.push(' ');
                kana |= profile_token(word, &mut profile, &mut scripts);
                if prose.len() >= SAMPLE_BYTES || (scripts[0] >= 64 && decisive(&profile)) {
                    break 'lines;
                }
            }
        }
    }
    let end = floor_char_boundary(&prose, SAMPLE_BYTES);
    prose.truncate(end);
    let all: usize = scripts.iter().sum();
    // A Han or kana character is about a word: it weighs three letters.
    scripts[8] *= 3;
    let script = (0..scripts.len()).fold(
        0,
        |best, i| if scripts[i] > scripts[best] { i } else { best },
    );
    scripts[8] /= 3;
    Side {
        prose,
        profile,
        letters: Letters {
            weighted: all + 2 * scripts[8],
            kana,
            script: script as u8,
        },
    }
}

/// Longest word looked up in the lexicon, in bytes.
const MAX_WORD: usize = 16;

/// One word being read: its lower-case bytes and the languages its letters point at.
struct Word {
    buf: [u8; MAX_WORD],
    len: usize,
    too_long: bool,
    telling: u8,
}

impl Word {
    fn push(&mut self, bytes: &[u8]) {
        if self.len + bytes.len() <= MAX_WORD {
            self.buf[self.len..self.len + bytes.len()].copy_from_slice(bytes);
            self.len += bytes.len();
        } else {
            self.too_long = true;
        }
    }

    /// Adds the word's evidence to `profile`: its languages when it is a frequent word,
    /// else the languages its letters are written in.
    fn end(&mut self, profile: &mut Profile) {
        if self.len > 0 {
            let known = if self.too_long {
                0
            } else {
                lexicon_bits(&self.buf[..self.len])
            };
            add(profile, if known != 0 { known } else { self.telling });
        }
        self.buf = [0; MAX_WORD];
        self.len = 0;
        self.too_long = false;
        self.telling = 0;
    }
}

/// Adds the frequent words and telling letters of one whitespace-separated token (which
/// may hold several words: `l'homme`, `c'est`) to `profile` and its letters to
/// `scripts`; true when it holds kana.
fn profile_token(token: &str, profile: &mut Profile, scripts: &mut [usize; 10]) -> bool {
    let mut w = Word {
        buf: [0; MAX_WORD],
        len: 0,
        too_long: false,
        telling: 0,
    };
    let mut kana = false;
    for c in token.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                scripts[0] += 1;
                w.push(&[c.to_ascii_lowercase() as u8]);
            } else {
                w.end(profile);
            }
            continue;
        }
        if !c.is_alphabetic() {
            // `¿` and `¡` open Spanish questions and exclamations.
            if c == '¿' || c == '¡' {
                add(profile, bit(Lang::Spa));
            }
            w.end(profile);
            continue;
        }
        let script = script_of(c);
        scripts[script] += 1;
        kana |= matches!(c as u32, 0x3040..=0x30FF);
        for lower in c.to_lowercase() {
            w.telling |= telling_letter(lower);
            let mut tmp = [0u8; 4];
            w.push(lower.encode_utf8(&mut tmp).as_bytes());
        }
    }
    w.end(profile);
    kana
}

fn add(profile: &mut Profile, bits: u8) {
    for (i, c) in profile.iter_mut().enumerate() {
        if bits & (1 << i) != 0 {
            *c = c.saturating_add(1);
        }
    }
}

fn bit(lang: Lang) -> u8 {
    PROFILED
        .iter()
        .position(|l| *l == lang)
        .map_or(0, |i| 1 << i)
}

/// The profiled languages a lower-case letter is written in (0: all or none of them).
fn telling_letter(c: char) -> u8 {
    use Lang::{Deu, Fra, Ita, Nld, Por, Spa};
    match c {
        'ñ' => bit(Spa),
        'ã' | 'õ' => bit(Por),
        'ß' | 'ä' | 'ö' | 'ü' => bit(Deu),
        'œ' | 'î' | 'û' => bit(Fra),
        'ë' | 'ï' => bit(Fra) | bit(Nld),
        'ê' | 'â' | 'ô' | 'ç' => bit(Fra) | bit(Por),
        'è' | 'ù' => bit(Fra) | bit(Ita),
        'ì' | 'ò' => bit(Ita),
        'à' => bit(Fra) | bit(Ita) | bit(Por),
        'á' | 'í' | 'ó' | 'ú' => bit(Spa) | bit(Por),
        'é' => bit(Spa) | bit(Por) | bit(Fra) | bit(Ita),
        _ => 0,
    }
}

/// The coarse script block of a non-ASCII letter (Han and kana together).
fn script_of(c: char) -> usize {
    match c as u32 {
        0x80..=0x24F | 0x1E00..=0x1EFF => 0,    // Latin
        0x370..=0x3FF => 1,                     // Greek
        0x400..=0x52F => 2,                     // Cyrillic
        0x590..=0x5FF => 3,                     // Hebrew
        0x600..=0x6FF | 0x750..=0x77F => 4,     // Arabic
        0x900..=0x97F => 5,                     // Devanagari
        0xE00..=0xE7F => 6,                     // Thai
        0xAC00..=0xD7AF | 0x1100..=0x11FF => 7, // Hangul
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => 8, // kana, Han
        _ => 9,
    }
}

/// The lexicon as an open-addressing table: word (zero-padded to 16 bytes) → bit set of
/// the [`PROFILED`] languages it is frequent in.
struct Lexicon {
    keys: Vec<u128>,
    bits: Vec<u8>,
}

impl Lexicon {
    const MASK: usize = 4095;

    fn slot(key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(17);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & Self::MASK
    }

    fn build() -> Self {
        let mut lex = Self {
            keys: vec![0; Self::MASK + 1],
            bits: vec![0; Self::MASK + 1],
        };
        for (i, lang) in PROFILED.iter().enumerate() {
            for w in lexicon::words(*lang).split_whitespace() {
                if let Some(key) = pack(w.as_bytes()) {
                    let mut s = Self::slot(key);
                    while lex.keys[s] != 0 && lex.keys[s] != key {
                        s = (s + 1) & Self::MASK;
                    }
                    lex.keys[s] = key;
                    lex.bits[s] |= 1 << i;
                }
            }
        }
        lex
    }

    fn get(&self, key: u128) -> u8 {
        let mut s = Self::slot(key);
        loop {
            match self.keys[s] {
                0 => return 0,
                k if k == key => return self.bits[s],
                _ => s = (s + 1) & Self::MASK,
            }
        }
    }
}

fn pack(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > MAX_WORD {
        return None;
    }
    let mut b = [0u8; MAX_WORD];
    b[..word.len()].copy_from_slice(word);
    Some(u128::from_le_bytes(b))
}

fn lexicon_bits(lower: &[u8]) -> u8 {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    pack(lower).map_or(0, |k| LEX.get_or_init(Lexicon::build).get(k))
}

/// The language a profile clearly points at: two hits or more, and twice the
/// runner-up, or (on longer text, where close languages such as Spanish and Portuguese
/// share many words) a third more and at least four words ahead.
fn clear_winner(profile: &Profile) -> Option<Lang> {
    let (best, second) = top_two(profile);
    let (b, s) = (profile[best], profile[second]);
    (b >= 2 && (b >= 2 * s || (b - s >= 4 && 3 * (b - s) >= b))).then(|| PROFILED[best])
}

/// The language a profile leans to: two hits or more, ahead of every other.
fn leaning(profile: &Profile) -> Option<Lang> {
    let (best, second) = top_two(profile);
    (profile[best] >= 2 && profile[best] > profile[second]).then(|| PROFILED[best])
}

/// A profile that more text would not change: eight frequent words or more of one
/// language, three times the runner-up. Reading stops there.
fn decisive(profile: &Profile) -> bool {
    let (best, second) = top_two(profile);
    profile[best] >= 8 && profile[best] >= 3 * profile[second]
}

/// Indexes of the highest and second highest counts.
fn top_two(profile: &Profile) -> (usize, usize) {
    let (mut best, mut second) = (0, 1);
    if profile[1] > profile[0] {
        (best, second) = (1, 0);
    }
    for i in 2..profile.len() {
        if profile[i] > profile[best] {
            second = best;
            best = i;
        } else if profile[i] > profile[second] {
            second = i;
        }
    }
    (best, second)
}

/// Hits of `lang` in a profile (0 for a language without a word list).
fn hits(profile: &Profile, lang: Lang) -> usize {
    PROFILED
        .iter()
        .position(|l| *l == lang)
        .map_or(0, |i| usize::from(profile[i]))
}

fn detect(text: &str) -> Option<Lang> {
    detector().detect(text).map(|i| i.lang())
}

/// URLs, paths, file names and code identifiers (`node_modules`, `getUser`, `v1.2`)
/// say nothing about the language around them. One pass over the bytes.
fn is_identifier(word: &str) -> bool {
    let b = word.as_bytes();
    // Scripts written without spaces (Han, kana, Hangul, Thai…, all three bytes and
    // more in UTF-8) put whole sentences, digits and Latin names in one token.
    if b.iter().any(|&c| c >= 0xE0) {
        return false;
    }
    let edge = |c: u8| c < 0x80 && !c.is_ascii_alphanumeric();
    let (mut s, mut e) = (0, b.len());
    while s < e && edge(b[s]) {
        s += 1;
    }
    while e > s && edge(b[e - 1]) {
        e -= 1;
    }
    let w = &b[s..e];
    let (mut inner_upper, mut lower) = (false, false);
    for (i, &c) in w.iter().enumerate() {
        match c {
            b'_' | b'/' | b'\\' | b'=' | b'(' | b'<' | b'@' | b'0'..=b'9' | b':' => return true,
            b'.' => return true,
            b'A'..=b'Z' if i > 0 => inner_upper = true,
            b'a'..=b'z' => lower = true,
            _ => {}
        }
    }
    inner_upper && lower
}

/// True when `answer` is in another language than `prompt`.
pub(crate) fn mismatch(prompt: &str, answer: &str, min_chars: usize) -> bool {
    // A prompt that asks for another language is checked last: most answers are in the
    // prompt's language, and the prompt can be long.
    differ(prompt, answer, min_chars) && !asks_for_language().is_some_and(|re| re.is_match(prompt))
}

/// True when prompt and answer are in different languages (whatever was asked).
fn differ(prompt: &str, answer: &str, min_chars: usize) -> bool {
    let (sp, sa) = (read(prompt), read(answer));
    let (p, profile_p, lp) = (sp.prose, sp.profile, sp.letters);
    let (a, profile_a, la) = (sa.prose, sa.profile, sa.letters);
    // Prompts are short: half the letters an answer needs (scripts tell languages apart
    // on little text; within a script the two-way detection below decides).
    if la.weighted < min_chars {
        return false;
    }
    // Two scripts tell two languages apart on a few words: a prompt of four Han
    // characters, or a short Latin one made of a language's words ("Qu'est-ce qu'un PEA ?"),
    // is enough then.
    let other_script = lp.script != la.script && !(lp.script == 8 && la.script == 8);
    let words_p: u16 = profile_p.iter().copied().max().unwrap_or(0);
    let enough = lp.weighted >= (min_chars / 2).max(8)
        || (lp.weighted >= 12
            && ((other_script && (lp.script != 0 || words_p >= 2))
                || (words_p >= 3 && clear_winner(&profile_p).is_some())));
    if !enough {
        return false;
    }
    // Chinese and Japanese share Han characters (the script of both, with Latin names
    // and terms inside); kana mark Japanese.
    if lp.script == 8 && la.script == 8 {
        return lp.kana != la.kana;
    }
    let script = lp.script;
    if script != la.script {
        // Latin against Cyrillic, Han, Arabic…: different languages for sure.
        return true;
    }
    // Latin script: function words name the language of most texts plainly, and the
    // trigram detector (the expensive, and on short text the less reliable, part) is
    // only asked when they do not.
    let (wp, wa) = if script == 0 {
        (clear_winner(&profile_p), clear_winner(&profile_a))
    } else {
        (None, None)
    };
    if let (Some(x), Some(y)) = (wp, wa) {
        return x != y;
    }
    // A short prompt rarely has a clear winner, but it leans: between its own most
    // frequent language and the answer's, twice the words of one.
    if let (None, Some(y)) = (wp, wa) {
        let (best, _) = top_two(&profile_p);
        let (own, theirs) = (usize::from(profile_p[best]), hits(&profile_p, y));
        if script == 0 && PROFILED[best] != y && own >= 2 && own >= 2 * theirs {
            return true;
        }
    }
    let (Some(dp), Some(da)) = (
        wp.or_else(|| leaning(&profile_p)).or_else(|| detect(&p)),
        wa.or_else(|| leaning(&profile_a)).or_else(|| detect(&a)),
    ) else {
        return false;
    };
    if dp == da {
        return false;
    }
    // The general detector's confidence is low on short text, so each side it named is
    // asked again between just the two candidates.
    let pair = Detector::with_allowlist(vec![dp, da]);
    let sure = |text: &str, lang: Lang, by_words: bool| {
        by_words
            || pair
                .detect(text)
                .is_some_and(|i| i.lang() == lang && i.confidence() >= 0.5)
    };
    // Text without function words needs to be long for the detector's guess to count.
    let words_agree = |profile, weighted: usize, lang, other, long: usize| {
        let (own, theirs) = (hits(profile, lang), hits(profile, other));
        own > theirs || (own == 0 && theirs == 0 && weighted >= long)
    };
    sure(&p, dp, wp.is_some())
        && sure(&a, da, wa.is_some())
        && words_agree(&profile_p, lp.weighted, dp, da, min_chars)
        && words_agree(&profile_a, la.weighted, da, dp, min_chars * 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_in_another_language_are_caught() {
        let en = "Can you explain how to configure the database connection pool for the service?";
        let es = "Claro, para configurar el grupo de conexiones de la base de datos debes editar el archivo de configuración y ajustar el tamaño máximo.";
        let de = "Natürlich, um den Verbindungspool der Datenbank zu konfigurieren, musst du die Konfigurationsdatei bearbeiten und die maximale Größe anpassen.";
        let ja = "データベースの接続プールを設定するには、設定ファイルを編集して最大サイズを調整してください。";
        let en_answer = "Sure. To configure the database connection pool, edit the configuration file and set the maximum pool size to match your workload.";
        assert!(mismatch(en, es, 40));
        assert!(mismatch(en, de, 40));
        assert!(mismatch(en, ja, 40));
        assert!(!mismatch(en, en_answer, 40));
        assert!(mismatch(es, en_answer, 40));
        // Asked for it: no mismatch.
        assert!(!mismatch(
            "Translate this into Spanish: how do I configure the pool?",
            es,
            40
        ));
        // Code does not count as language.
        let code = "```python\nimport os\nprint(os.environ['HOME'])\n```\nRun it as shown above, it prints your home directory.";
        assert!(!mismatch(en, code, 40));
        // Chinese asked, Japanese answered (and the other way round); Han alone is not enough.
        let zh = "怎样才能养成早起的习惯？";
        assert!(mismatch(zh, ja, 40));
        assert!(!mismatch(zh, "先把起床时间每天提前十五分钟，慢慢调整。晚上早点睡，睡前不要玩手机，早上起床后马上拉开窗帘晒晒太阳。", 40));
        // Identifiers are not words of a language.
        assert!(!mismatch(
            "Is it safe to delete node_modules?",
            "Yes. It only holds the installed packages, and running npm install rebuilds all of them from the lock file.",
            40
        ));
        // Words of no language (a mock model's salad) are not another language.
        assert!(!mismatch(
            "Hi, my name is Ann. The deployment failed on step 3 with a timeout talking to the database.",
            "Model quiet answer amber glass answer quiet light delta model stone stone",
            40
        ));
        // Too short to tell.
        assert!(!mismatch("Hola", "Hello there", 40));
        // Asked for by code, by market, by verb.
        for ask in [
            "What's the es version of: how do I configure the pool?",
            "I need this in es for an email to a client: the pool is configured.",
            "Localize for the es market, natural phrasing: configure the pool.",
            "Configure the pool.\n\n^ please put that into es",
            "Please render this paragraph in the language with ISO code 'es', keeping the tone: configure the pool.",
            "Configure the pool before the service starts.\n\n→ es, please.",
            "Configure the pool before the service starts. es please",
            "Target language: es\nSource: configure the pool before the service starts.",
            "output lang = es\nthe pool must be configured before the service starts.",
        ] {
            assert!(!mismatch(ask, es, 40), "{ask}");
        }
        // "In plain English" restates the prompt's own language.
        assert!(mismatch(
            "What's a race condition, in plain English?",
            es,
            40
        ));
        // Short prompts in another script, or made of a language's words.
        assert!(mismatch("Qu'est-ce qu'un PEA ?", ja, 40));
        assert!(mismatch("什么是“区块链”？", es, 40));
        // Chinese with Latin names and terms inside is still Chinese.
        assert!(!mismatch(
            "如何在 VS Code 里设置保存时自动格式化？",
            "打开设置（Ctrl + ,），搜索 “Format On Save” 并勾选。也可以直接在设置文件里修改。",
            40
        ));
        // Japanese with digits and Latin names inside one unspaced run.
        assert!(mismatch(
            "帮助这么选择次数可能城市您的免费说明？",
            "黒船来航をきっかけに、1868年に天皇を中心とする新しい政府が作られました。ReactとVueの話ではありません。",
            40
        ));
    }
}
