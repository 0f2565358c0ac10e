//! Chat transcripts: the speaker label that starts a line names a person, whether the
//! export is IRC (`17:57 <nicole> …`), WhatsApp (`26/04/2025, 08:16 - Sławomir: …`), a
//! bracketed log (`[14:45] Sergio: …`) or a plain one (`Sônia (08:26): …`, `Antti: …`);
//! a timed line that holds the name alone, the message under it, as Teams copies a chat
//! (`[14:18] Chen, Jingyi (External)`).
//! The words of a speaker found once are masked wherever else they occur (see
//! `repeat_occurrences`). Also credits in code and notes (`TODO(haoran)`, `@author`,
//! `Reported by:`, `Attendees:` lists, a sign-off alone on its line `— Moshe`), whose
//! cues are triggers of the shared prefilter, and the signature under any short closing
//! line (`Merci d'avance,⏎Gaëtan`), the author line of a ticket's thread (`--- Agent
//! Kirra · 20:21 ---`) and an action item given to someone (`- Beatriz to call …`). A
//! speaker may be named with their role (`Agent Saoirse:`). Bots and markup tags are no
//! speakers.
//!
//! ```text
//!  line ─> [date/time prefix] ─> <nick> | Name (HH:MM): | Name: ─> a speaker
//!  `Name:` without a time counts only when 2+ speakers take 3+ turns (a form's
//!  `Topic:` or an e-mail's `Total:` is no turn; a customer, caller or patient answering
//!  counts as a speaker), and never for a role (`User:`, `AI:`).
//! ```

use super::util::{at, char_at};
use crate::entity::EntityKind;

type Out = Vec<(EntityKind, &'static str, usize, usize)>;

/// HTML and XML element names, which open lines the way IRC nicks do.
const MARKUP: &[&str] = &[
    // Chat templates' turn markers (`<start_of_turn>user`, `<|im_start|>`, `<s>`).
    "start_of_turn",
    "end_of_turn",
    "im_start",
    "im_end",
    "|im_start|",
    "|im_end|",
    "|user|",
    "|assistant|",
    "|system|",
    "|end|",
    "bos",
    "eos",
    "/s",
    "a",
    "b",
    "i",
    "p",
    "u",
    "s",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "div",
    "span",
    "small",
    "strong",
    "em",
    "table",
    "tr",
    "td",
    "th",
    "thead",
    "tbody",
    "tfoot",
    "ul",
    "ol",
    "li",
    "img",
    "html",
    "head",
    "body",
    "title",
    "meta",
    "link",
    "script",
    "style",
    "form",
    "input",
    "label",
    "button",
    "select",
    "option",
    "textarea",
    "article",
    "section",
    "header",
    "footer",
    "nav",
    "main",
    "aside",
    "figure",
    "figcaption",
    "pre",
    "code",
    "blockquote",
    "dl",
    "dt",
    "dd",
    "sup",
    "sub",
    "center",
    "font",
    "iframe",
    "svg",
    "path",
    "xml",
    "root",
    "item",
    "entry",
    "name",
    "value",
    "key",
    "string",
    "dict",
    "array",
    "address",
    "caption",
    "col",
    "colgroup",
    "fieldset",
    "legend",
    "details",
    "summary",
    "template",
    "noscript",
    "canvas",
    "video",
    "audio",
    "source",
    "picture",
    "time",
    "mark",
    "abbr",
    "cite",
    "q",
    "kbd",
    "var",
];

/// Labels that start lines without naming anyone.
const NOT_SPEAKERS: &[&str] = &[
    "me",
    "you",
    // Assistants, bots and tools that speak in transcripts.
    "sentry",
    "copilot",
    "claude",
    "chatgpt",
    "gemini",
    "argo cd",
    "argocd",
    "hermes",
    "jarvis",
    "hudson",
    "dependabot",
    "renovate",
    "mergify",
    "sonarqube",
    "sonarcloud",
    "standuply",
    "geekbot",
    "donut",
    "workday",
    "ollama",
    "alexa",
    "siri",
    "cortana",
    "statuspage",
    "coveralls",
    "teamcity",
    "bamboo",
    "spinnaker",
    "atlantis",
    "octopus",
    // Status words that open a bot's line (`Resolved: p99 latency`).
    "resolved",
    "triggered",
    "acknowledged",
    "firing",
    "fixed",
    "closed",
    "merged",
    "deployed",
    "reopened",
    "escalated",
    "snyk",
    "datadog",
    "pagerduty",
    "opsgenie",
    "circleci",
    "buildkite",
    "codecov",
    "vercel",
    "netlify",
    "heroku",
    "zapier",
    "slackbot",
    "jira",
    "confluence",
    "splunk",
    "kibana",
    "prometheus",
    "alertmanager",
    "nagios",
    "zabbix",
    "user",
    "users",
    "assistant",
    "system",
    "bot",
    "ai",
    "human",
    "support",
    "agent",
    "admin",
    "customer",
    "client",
    "landlord",
    "flatmate",
    "mom",
    "dad",
    "q",
    "a",
    "note",
    "notes",
    "subject",
    "from",
    "to",
    "cc",
    "bcc",
    "date",
    "time",
    "topic",
    "total",
    "subtotal",
    "shipping",
    "status",
    "priority",
    "version",
    "name",
    "re",
    "fw",
    "fwd",
    "answer",
    "question",
    "tip",
    "warning",
    "error",
    "info",
    "debug",
    "todo",
    "step",
    "example",
    "input",
    "output",
    "result",
    "response",
    "request",
    "reply",
    "summary",
    "reason",
    "details",
    "order",
    "invoice",
    "address",
    "phone",
    "email",
    "tel",
    "url",
    "link",
    "source",
    "author",
    "title",
    "description",
    "comment",
    "comments",
    "update",
    "ps",
    "nb",
    "edit",
    "action",
    "decision",
    "owner",
    "team",
    "host",
    "server",
    "model",
    "amount",
    "ticket",
    "message",
    "attachment",
    "file",
    "reference",
    "category",
    "product",
    "price",
    "quantity",
    "account",
    "device",
    "browser",
    "platform",
    "location",
    "city",
    "country",
    "company",
    "department",
    "role",
    "type",
    "kind",
    "severity",
    "component",
    "prompt",
    "context",
    "translation",
    "translate",
    "draft",
    "original",
    "new",
    "old",
    "bot",
    "ops",
    "operator",
    "moderator",
    "guest",
    "unknown",
    "anonymous",
    "everyone",
    // What a build or test log labels after its time stamp (`04:43:07 Tests: 412 passed`).
    "tests",
    "test",
    "build",
    "results",
    "coverage",
    "duration",
    "stage",
    "job",
    "task",
];

/// One candidate speaker: where the label is, and whether a time stamp came before it.
struct Label {
    start: usize,
    end: usize,
    timed: bool,
    angle: bool,
}

pub fn scan(t: &[u8], names: &super::names::NameDict, out: &mut Out) {
    // Cheap exit: a transcript has several lines and a `:` or `<`.
    if memchr::memchr(b'\n', t).is_none() {
        return;
    }
    let mut labels: Vec<Label> = Vec::new();
    let mut headed: Vec<(usize, usize, bool)> = Vec::new();
    let mut stamped: Vec<(usize, usize)> = Vec::new();
    let mut ls = 0;
    let mut prev = (0, 0);
    let mut blanks = 0;
    // Lines a role opens (`Customer:`, `Khách hàng:`): the other side of a conversation.
    let mut role_lines = 0;
    while ls < t.len() {
        let le = memchr::memchr(b'\n', &t[ls..]).map_or(t.len(), |k| ls + k);
        if let Some(l) = label_in(t, ls, le) {
            labels.push(l);
        } else if role_label(t, ls, le) {
            role_lines += 1;
        } else if let Some(h) = time_then_name_line(t, ls, le) {
            headed.push(h);
        } else if let Some(h) = name_then_time_line(t, ls, le) {
            stamped.push(h);
        }
        sign_off(t, ls, le, out);
        signature(t, prev, (ls, le), names, out);
        action_item(t, ls, le, names, out);
        ticket_author(t, ls, le, out);
        // One blank line may stand between a closing line and the name under it
        // (`Sent from my iPhone⏎⏎Ishaan`).
        let blank = t[ls..le].iter().all(u8::is_ascii_whitespace);
        blanks = if blank { blanks + 1 } else { 0 };
        if !blank || blanks > 1 {
            prev = (ls, le);
        }
        ls = le + 1;
    }
    lower_case_speakers(t, names, out);
    // Exports that head each message with its sender and time stamp (`Lena, [24.01.2023
    // 09:34]`, `11:41⇥Gustavo⇥…`): two or more such lines.
    if stamped.len() >= 2 {
        for &(a, b) in &stamped {
            out.push((EntityKind::Person, "chat_speaker", a, b));
        }
    }
    // A name written family name first, or of two words, on two or more such lines; no
    // everyday word (`[12:00] Lunch`, `[13:00] Team Standup`).
    if headed.len() >= 2 {
        for &(a, b, inverted) in &headed {
            let words: Vec<u8> = t[a..b].iter().copied().filter(|&c| c != b',').collect();
            if (inverted || words.contains(&b' ')) && names.could_sign(&words) {
                out.push((EntityKind::Person, "chat_speaker", a, b));
            }
        }
    }
    if labels.is_empty() {
        return;
    }
    // Untimed `Name:` labels count when the text reads as turns: 3+ of them, 2+ names.
    let untimed: Vec<&Label> = labels.iter().filter(|l| !l.timed && !l.angle).collect();
    let mut distinct: Vec<&[u8]> = untimed.iter().map(|l| &t[l.start..l.end]).collect();
    distinct.sort_unstable();
    distinct.dedup();
    // A form's fields do not come back; a conversation's speakers do. A role answering
    // a named speaker (`Ana: …⏎Customer: …⏎Ana: …`) takes turns as a name does.
    let roles = usize::from(role_lines > 0);
    let turns = untimed.len() + role_lines >= 3
        && distinct.len() + roles >= 2
        && distinct.len() < untimed.len();
    // IRC nicks count with a time stamp, or when 2+ lines open with one.
    let nicks = labels.iter().filter(|l| l.angle).count() >= 2;
    for l in &labels {
        let ok = if l.angle {
            l.timed || nicks
        } else {
            l.timed || turns
        };
        if ok {
            out.push((EntityKind::Person, "chat_speaker", l.start, l.end));
        }
    }
}

/// An action item given to someone (`- Beatriz to call the client back`, `* Long out until
/// 26/11`, `1. Niels will send the deck`): a known given name, or two or three words that
/// could be a name, opening a list item before `to`, `out` or `will`.
fn action_item(t: &[u8], ls: usize, le: usize, names: &super::names::NameDict, out: &mut Out) {
    let mut i = ls;
    while i < le && t[i] == b' ' {
        i += 1;
    }
    let bullet = match at(t, i) {
        b'-' | b'*' => 1,
        _ if t[i..le].starts_with("•".as_bytes()) => "•".len(),
        b'0'..=b'9' if matches!(at(t, i + 1), b'.' | b')') => 2,
        _ => return,
    };
    if at(t, i + bullet) != b' ' {
        return;
    }
    let s = i + bullet + 1;
    let Some(e) = scan_name(t, s, le, false) else {
        return;
    };
    let next = &t[e..le];
    if ![
        &b" to "[..],
        b" out ",
        b" will ",
        b" owns ",
        b" takes ",
        b" follows up",
    ]
    .iter()
    .any(|w| next.starts_with(w))
    {
        return;
    }
    let name = &t[s..e];
    let first = name.split(|&b| b == b' ').next().unwrap_or(name);
    let words = name.split(|&b| b == b' ').count();
    if names.could_sign(name) && (words >= 2 || names.is_first(first)) {
        out.push((EntityKind::Person, "action_item", s, e));
    }
}

/// The author line of a ticket's thread (`--- Agent Kirra · 20:21 ---`, `--- 客服 静 ·
/// 22:09 ---`): the name before the time, after any role.
fn ticket_author(t: &[u8], ls: usize, le: usize, out: &mut Out) {
    let line = &t[ls..le];
    if !line.starts_with(b"--- ") || !line.ends_with(b" ---") {
        return;
    }
    let Some(dot) = memchr::memmem::find(line, " · ".as_bytes()) else {
        return;
    };
    let s = ls + 4 + role_before_name(&t[ls + 4..ls + dot]);
    let e = ls + dot;
    if e > s && e - s <= 40 && speaker(t, s, e) {
        out.push((EntityKind::Person, "ticket_author", s, e));
    }
}

/// The length of the role that opens `v` before a capitalised name (`Agent Saoirse`,
/// `Agente Alba`, `Nhân viên Nam`, `客服 静`), its space included; 0 when none does.
fn role_before_name(v: &[u8]) -> usize {
    const ROLES: &[&str] = &[
        "agent ",
        "agente ",
        "support agent ",
        "support ",
        "rep ",
        "operator ",
        "operador ",
        "operadora ",
        "atendente ",
        "advisor ",
        "adviser ",
        "berater ",
        "beraterin ",
        "conseiller ",
        "conseillère ",
        "consulente ",
        "nhân viên ",
        "nurse ",
        "dr. ",
        "dr ",
        "客服 ",
        "担当 ",
        "상담원 ",
    ];
    ROLES
        .iter()
        .find(|r| {
            v.len() > r.len() + 1
                && v[..r.len()].eq_ignore_ascii_case(r.as_bytes())
                && (v[r.len()].is_ascii_uppercase() || v[r.len()] >= 0xC0)
        })
        .map_or(0, |r| r.len())
}

/// Whether the line `[ls, le)` opens with a role's label (`Customer:`, `**Caller:**`,
/// `[10:02] Cliente:`).
fn role_label(t: &[u8], ls: usize, le: usize) -> bool {
    // (Not `user:`, which a bot answers: `Jarvis: Hi! How can I help?⏎user: track …`.)
    const ROLES: &[&str] = &[
        "customer",
        "client",
        "cliente",
        "caller",
        "patient",
        "paciente",
        "kunde",
        "kundin",
        "utilisateur",
        "klant",
        "kund",
        "asiakas",
        "klient",
        "müşteri",
        "khách hàng",
        "pelanggan",
        "mteja",
        "客户",
        "顧客",
        "고객",
        "клиент",
        "клієнт",
        "agent",
        "support",
    ];
    let mut i = ls;
    while i < le && matches!(t[i], b' ' | b'\t' | b'*' | b'>' | b'-') {
        i += 1;
    }
    let (k, _) = time_prefix(t, i, le);
    let i = super::util::skip_spaces(t, k, 2);
    // A bot answering someone (`Kiko-bot:`, `HelpBot:`, `Support Bot:`; not `Talbot:`).
    let bot = memchr::memchr(b':', &t[i..le.min(i + 24)]).is_some_and(|c| {
        let w = &t[i..i + c];
        w.len() > 3
            && (w.ends_with(b"Bot")
                || [&b"-bot"[..], b"_bot", b" bot", b"-Bot", b" Bot", b"_Bot"]
                    .iter()
                    .any(|x| w.ends_with(x)))
    });
    bot || ROLES.iter().any(|r| {
        let r = r.as_bytes();
        t.len() > i + r.len()
            && t[i..i + r.len()].eq_ignore_ascii_case(r)
            && matches!(t[i + r.len()], b':' | b' ')
            && (t[i + r.len()] == b':' || at(t, i + r.len() + 1) == b':')
    })
}

/// Speakers of a transcript written in lower case (`paige: hi yeah um…`, `jorge: my
/// date of birth is…`): a known given name, no everyday word, opening two or more lines
/// of a text where at least two labels take turns.
fn lower_case_speakers(t: &[u8], names: &super::names::NameDict, out: &mut Out) {
    let mut labels: Vec<(usize, usize)> = Vec::new();
    let mut ls = 0;
    while ls < t.len() {
        let le = memchr::memchr(b'\n', &t[ls..]).map_or(t.len(), |k| ls + k);
        let e = ls
            + t[ls..le]
                .iter()
                .take(24)
                .take_while(|b| b.is_ascii_lowercase() || **b >= 0x80)
                .count();
        if e > ls + 1 && at(t, e) == b':' && at(t, e + 1) == b' ' {
            labels.push((ls, e));
        }
        ls = le + 1;
    }
    if labels.len() < 3 {
        return;
    }
    let mut distinct: Vec<&[u8]> = labels.iter().map(|&(s, e)| &t[s..e]).collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() < 2 || distinct.len() == labels.len() {
        return;
    }
    for &(s, e) in &labels {
        let w = &t[s..e];
        let again = labels.iter().filter(|&&(a, b)| &t[a..b] == w).count() >= 2;
        if again && names.lower_given_name(w) {
            out.push((EntityKind::Person, "chat_speaker", s, e));
        }
    }
}

/// A credit in code and notes, its cue ending at `e` (`TODO(haoran)`, `@author 阿部優子`,
/// `Reported by: Meryem Can`, `Attendees: Orla Byrne, Bríd Kelly, Darragh`): the names
/// after it. The cues are triggers of the shared prefilter (see `keywords`).
pub fn credit_at(t: &[u8], e: usize, list: bool, handle: bool, out: &mut Out) {
    // `User-Agent: Mozilla/5.0 …` names a program.
    let before = &t[e.saturating_sub(12)..e];
    if before.windows(6).any(|w| w.eq_ignore_ascii_case(b"-agent")) {
        return;
    }
    let mut i = e;
    loop {
        while matches!(at(t, i), b' ' | b'*') {
            i += 1;
        }
        let le = memchr::memchr(b'\n', &t[i.min(t.len())..]).map_or(t.len(), |n| i + n);
        // With an initial: `R. Mendoza`, `Tolentino, A.`.
        if let Some(end) = initialed_name(t, i, le) {
            out.push((EntityKind::Person, "credit", i, end));
            break;
        }
        let Some(end) = credit_name(t, i, le, handle) else {
            break;
        };
        // `Agent: Rebecca` on a line of its own names the agent; `agent: We ship there…`
        // is the agent speaking.
        let cue = &t[e.saturating_sub(7)..e];
        let ends =
            |w: &[u8]| cue.len() >= w.len() && cue[cue.len() - w.len()..].eq_ignore_ascii_case(w);
        if ends(b"agent:") || ends(b"agent: ") {
            let rest = &t[end..le];
            if !rest.iter().all(|&b| matches!(b, b' ' | b'\r')) {
                break;
            }
        }
        if speaker(t, i, end) {
            out.push((EntityKind::Person, "credit", i, end));
        }
        // A list goes on after `, `.
        if list && at(t, end) == b',' && at(t, end + 1) == b' ' {
            i = end + 2;
        } else {
            break;
        }
    }
}

/// A name written with an initial, alone up to the end of its line `le` or a comma:
/// `R. Mendoza`, `J. R. Okafor`, `Tolentino, A.`. Its end.
fn initialed_name(t: &[u8], s: usize, le: usize) -> Option<usize> {
    let cap_word = |i: usize| -> Option<usize> {
        let (c, n) = char_at(t, i)?;
        if !c.is_uppercase() {
            return None;
        }
        let mut k = i + n;
        while let Some((c, n)) = char_at(t, k) {
            if c.is_lowercase() || c == '-' || c == '\'' {
                k += n;
            } else {
                break;
            }
        }
        (k > i + n).then_some(k)
    };
    let initial = |i: usize| -> Option<usize> {
        let (c, n) = char_at(t, i)?;
        (c.is_uppercase() && at(t, i + n) == b'.').then_some(i + n + 1)
    };
    let ends =
        |k: usize| k >= le || matches!(at(t, k), b'\r' | b',' | b';' | b'\n' | b' ' | b'"' | b'\\');
    // Initials, then a family name.
    let mut k = s;
    let mut initials = 0;
    while let Some(after) = initial(k) {
        initials += 1;
        k = after;
        if at(t, k) == b' ' {
            k += 1;
        }
    }
    if initials > 0 {
        let e = cap_word(k)?;
        return ends(e).then_some(e);
    }
    // A family name, a comma, initials.
    let e = cap_word(s)?;
    // A given name and the family name's initial, as reviews sign (`Minerva C.`).
    if at(t, e) == b' ' {
        if let Some(after) = initial(e + 1) {
            if after >= le || matches!(at(t, after), b'\r' | b'\n' | b'"' | b'\\') {
                return Some(after);
            }
        }
    }
    if t[e..].starts_with(b", ") {
        let after = initial(e + 2)?;
        let after = if at(t, after) == b' ' {
            initial(after + 1).unwrap_or(after)
        } else {
            after
        };
        return (after >= le || !t[after].is_ascii_alphanumeric()).then_some(after);
    }
    None
}

/// A sign-off alone on its line (`— Moshe`, `-- Nancy`), the line being `[ls, le)`.
fn sign_off(t: &[u8], ls: usize, le: usize, out: &mut Out) {
    let line = &t[ls..le];
    let dash = if line.starts_with("— ".as_bytes()) {
        "— ".len()
    } else if line.starts_with(b"-- ") {
        3
    } else {
        return;
    };
    let s = ls + dash;
    if let Some(e) = initialed_name(t, s, le).filter(|&e| e == le || at(t, e) == b'"') {
        out.push((EntityKind::Person, "sign_off", s, e));
    } else if let Some(e) = credit_name(t, s, le, false) {
        if e == le && speaker(t, s, e) {
            out.push((EntityKind::Person, "sign_off", s, e));
        }
    }
}

/// Sign-offs that close a message on their own line without a comma.
const BARE_SIGN_OFFS: &[&str] = &[
    "thx",
    "thanks",
    "thank you",
    "many thanks",
    "ta",
    "cheers",
    "regards",
    "best",
    "best regards",
    "kind regards",
    "warm regards",
    "sincerely",
    "yours",
    "love",
    "atentamente",
    "saludos",
    "un saludo",
    "cordialmente",
    "cordialement",
    "merci",
    "danke",
    "gracias",
    "obrigado",
    "obrigada",
    "atenciosamente",
    "grazie",
    "cordiali saluti",
    "mvh",
    "hilsen",
    "groeten",
    "groetjes",
    "pozdrawiam",
    "viele grüße",
    "liebe grüße",
    "mit freundlichen grüßen",
    "lg",
    "vg",
    "mfg",
    "all the best",
    "best wishes",
    "warmly",
    "take care",
    "talk soon",
    "speak soon",
    "bonne journée",
    "bonne soirée",
    "bien à vous",
    "à bientôt",
    "bises",
    "un abrazo",
    "abrazos",
    "saludos cordiales",
    "un cordial saludo",
    "abraços",
    "beijos",
    "cumprimentos",
    "beste grüße",
    "schöne grüße",
    "herzliche grüße",
    "freundliche grüße",
    "bis bald",
    "a presto",
    "saluti",
    "un saluto",
    "distinti saluti",
    "met vriendelijke groet",
    "vriendelijke groeten",
    "hälsningar",
    "med vänliga hälsningar",
    "med venlig hilsen",
    "ystävällisin terveisin",
    "z poważaniem",
    "с уважением",
    "sent from my iphone",
    "sent from my ipad",
    "sent from my android",
    "sent from my phone",
    "sent from mobile",
    "von meinem iphone gesendet",
    "enviado desde mi iphone",
    "envoyé de mon iphone",
];

/// A name alone on the line after a short line that ends with a comma, in any
/// language (`Merci d'avance,⏎Gaëtan`, `Warmly,⏎আরিফ আহমেদ`, `Z poważaniem,⏎Jolanta
/// Piotrowska`): the writer's signature.
fn signature(
    t: &[u8],
    (ps, pe): (usize, usize),
    (ls, le): (usize, usize),
    names: &super::names::NameDict,
    out: &mut Out,
) {
    let trim_end = |s: usize, mut e: usize| {
        while e > s && matches!(t[e - 1], b' ' | b'\r' | b'\t') {
            e -= 1;
        }
        e
    };
    let pe = trim_end(ps, pe);
    let le = trim_end(ls, le);
    if pe < ps + 2 || pe - ps > 40 || le <= ls {
        return;
    }
    // A closing line ends with a comma, or is a sign-off written without one
    // (`Atentamente⏎Alejandra`, `Thx⏎Aditya`, `Ta⏎⏎山田　りく` is a line too far).
    if t[pe - 1] != b',' {
        let mut ce = pe;
        while ce > ps && matches!(t[ce - 1], b'!' | b'.') {
            ce -= 1;
        }
        let word = t[ps..ce].to_ascii_lowercase();
        if !BARE_SIGN_OFFS.iter().any(|w| word == w.as_bytes()) {
            return;
        }
    }
    // The closing line is a few words, no field (`Total: 3,`) and no list item.
    let closing = &t[ps..pe - 1];
    if closing.contains(&b':')
        || closing.iter().filter(|&&b| b == b' ').count() > 4
        || closing
            .first()
            .is_some_and(|b| matches!(b, b'-' | b'*' | b'|' | b'>' | b'#'))
    {
        return;
    }
    let Some(e) = scan_name(t, ls, le, false) else {
        return;
    };
    if e == le && speaker(t, ls, e) && names.could_sign(&t[ls..e]) {
        out.push((EntityKind::Person, "signature", ls, e));
    }
}

/// A credited name at `s`: 1–3 capitalised words, a run of a caseless or Han script, or
/// (in `TODO(…)`) a lower-case handle.
fn credit_name(t: &[u8], s: usize, le: usize, lowercase_ok: bool) -> Option<usize> {
    let (c, _) = char_at(t, s)?;
    if c.is_lowercase() && !lowercase_ok {
        return None;
    }
    let e = scan_name(t, s, le, lowercase_ok)?;
    // A handle in `TODO(…)` ends at `)`.
    if lowercase_ok && at(t, e) != b')' {
        return None;
    }
    Some(e)
}

/// The speaker label of the line `[ls, le)`, if it has one.
fn label_in(t: &[u8], ls: usize, le: usize) -> Option<Label> {
    let mut i = ls;
    while i < le && matches!(t[i], b' ' | b'\t') {
        i += 1;
    }
    let (after_time, timed) = time_prefix(t, i, le);
    i = after_time;
    if at(t, i) == b'<' {
        let s = i + 1;
        let e = scan_name(t, s, le, true)?;
        if at(t, e) != b'>' {
            return None;
        }
        // Markup, not an IRC nick: `<h1>Title</h1>`, `<small>…`, `<tr>`.
        let markup = MARKUP
            .iter()
            .any(|m| t[s..e].eq_ignore_ascii_case(m.as_bytes()))
            || t[e..le].windows(2).any(|w| w == b"</");
        if markup {
            return None;
        }
        return speaker(t, s, e).then_some(Label {
            start: s,
            end: e,
            timed,
            angle: true,
        });
    }
    let s = i;
    let e = scan_name(t, s, le, false)?;
    // `[8/18/2024 9:24 AM] Escobar, Susana` alone on its line: the author line of a Teams
    // export (a bracketed date and time, then the name, family name first or not).
    let dated_bracket = {
        let pre = &t[ls..s];
        pre.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'[')
            && pre.contains(&b']')
            && (pre.contains(&b'/')
                || pre
                    .windows(3)
                    .any(|w| w[0].is_ascii_digit() && w[1] == b'-' && w[2].is_ascii_digit()))
    };
    if timed && dated_bracket {
        let mut e2 = e;
        if at(t, e2) == b',' && at(t, e2 + 1) == b' ' {
            if let Some(e3) = scan_name(t, e2 + 2, le, false) {
                e2 = e3;
            }
        }
        if t[e2..le].iter().all(u8::is_ascii_whitespace) && speaker(t, s, e2) {
            return Some(Label {
                start: s,
                end: e2,
                timed: true,
                angle: false,
            });
        }
    }
    let mut j = e;
    let mut timed = timed;
    // `Sônia (08:26):`
    if at(t, j) == b' ' && at(t, j + 1) == b'(' {
        let (k, stamp) = time_prefix(t, j + 2, le);
        if stamp && at(t, k) == b')' {
            j = k + 1;
            timed = true;
        } else {
            // `Michael (Support):`, `Ana (agent):`: the speaker's role after the name.
            let r = super::util::run_while(t, j + 2, 24, |b| b.is_ascii_alphabetic() || b == b' ');
            if r > j + 2 && at(t, r) == b')' && at(t, r + 1) == b':' {
                j = r + 1;
            }
        }
    }
    // `Aoi  12:01 PM` alone on its line (a Slack or Teams transcript copied as text).
    if matches!(at(t, j), b' ' | b'\t') {
        let k = super::util::skip_spaces(t, j, 3);
        if k > j && at(t, k).is_ascii_digit() {
            let (after, stamp) = time_prefix(t, k, le);
            let rest = &t[after..le];
            if stamp && rest.iter().all(|b| b.is_ascii_whitespace()) {
                // Counted like an untimed `Name:`: only when the text reads as turns
                // (`Standup  10:00 AM` alone is an agenda line).
                return speaker(t, s, e).then_some(Label {
                    start: s,
                    end: e,
                    timed: false,
                    angle: false,
                });
            }
        }
    }
    if at(t, j) != b':' || !matches!(at(t, j + 1), b' ' | b'\t') {
        return None;
    }
    speaker(t, s, e).then_some(Label {
        start: s,
        end: e,
        timed,
        angle: false,
    })
}

/// Skips a date/time stamp (`17:57 `, `[14:45] `, `26/04/2025, 08:16 - `, `10:06 PM `);
/// returns where the rest starts and whether a time (`HH:MM`) was in it.
fn time_prefix(t: &[u8], mut i: usize, le: usize) -> (usize, bool) {
    let start = i;
    let mut time = false;
    let mut digits = 0;
    while i < le && i - start < 32 {
        let b = t[i];
        if b.is_ascii_digit() {
            digits += 1;
        } else if b == b':' && digits > 0 && at(t, i + 1).is_ascii_digit() {
            time = true;
            digits = 0;
        } else if matches!(b, b'/' | b'.' | b'-' | b',' | b' ' | b'[' | b']' | b'\t')
            // `(16:13) Ana:`; a `)` closes only the `(` this prefix opened (`Ana (08:26):`).
            || b == b'('
            || (b == b')' && t[start..i].contains(&b'('))
        {
            digits = 0;
        } else if (b == b'A' || b == b'P' || b == b'a' || b == b'p')
            && matches!(at(t, i + 1), b'M' | b'm')
            && time
        {
            i += 1;
        } else {
            break;
        }
        i += 1;
    }
    if !time {
        return (start, false);
    }
    (i, true)
}

/// A line that holds a time and a name alone, the message on the lines under it, as
/// Microsoft Teams copies a conversation (`[14:18] Chen, Jingyi (External)`, `[08:40]
/// Dvořák, Vojtěch`, `[17:05] Camille Martin`): the name, written family name first or
/// not, with an organisation's tag after it at most (`(Guest)`). Returns the name's span
/// and whether it is written family name first.
fn time_then_name_line(t: &[u8], ls: usize, le: usize) -> Option<(usize, usize, bool)> {
    if at(t, ls) != b'[' {
        return None;
    }
    let (i, timed) = time_prefix(t, ls, le);
    if !timed || !t[ls..i].contains(&b']') {
        return None;
    }
    let s = super::util::skip_spaces(t, i, 2);
    let e1 = scan_name(t, s, le, false)?;
    let (end, inverted) = if t[e1..le].starts_with(b", ") {
        (scan_name(t, e1 + 2, le, false)?, true)
    } else {
        (e1, false)
    };
    let mut k = super::util::skip_spaces(t, end, 2);
    if at(t, k) == b'(' {
        let close = t[k..le].iter().position(|&b| b == b')')?;
        if close > 20 {
            return None;
        }
        k = super::util::skip_spaces(t, k + close + 1, 2);
    }
    let rest_blank = t[k..le].iter().all(|&b| matches!(b, b' ' | b'\r' | b'\\'));
    (rest_blank && (inverted || end - s >= 3) && speaker(t, s, end)).then_some((s, end, inverted))
}

/// A message's sender with its time stamp, as chat exports write them: `Lena, [24.01.2023
/// 09:34]` (Telegram) or `11:41⇥Gustavo⇥message` (LINE). The sender's span.
fn name_then_time_line(t: &[u8], ls: usize, le: usize) -> Option<(usize, usize)> {
    let line = &t[ls..le];
    // `HH:MM⇥Name⇥…`
    if line.len() > 7
        && line[..2].iter().all(u8::is_ascii_digit)
        && line[2] == b':'
        && line[3..5].iter().all(u8::is_ascii_digit)
        && line[5] == b'\t'
    {
        let s = ls + 6;
        let tab = t[s..le].iter().position(|&b| b == b'\t')?;
        let e = s + tab;
        return (e > s && e - s <= 40 && scan_name(t, s, e, false) == Some(e) && speaker(t, s, e))
            .then_some((s, e));
    }
    // `Name, [date time]` alone on its line.
    let close = line.strip_suffix(b"\r").unwrap_or(line);
    if !close.ends_with(b"]") {
        return None;
    }
    let open = memchr::memmem::find(close, b", [")?;
    let stamp = &close[open + 3..close.len() - 1];
    let timed = stamp.contains(&b':') && stamp.iter().any(u8::is_ascii_digit) && stamp.len() <= 24;
    let e = ls + open;
    (timed && scan_name(t, ls, e, false) == Some(e) && speaker(t, ls, e)).then_some((ls, e))
}

/// The end of a name starting at `s`: 1–3 words of letters (with `'`, `-`, `.` inside)
/// separated by single spaces; a nick (`angle`) may be lower case and hold digits or `_`.
fn scan_name(t: &[u8], s: usize, le: usize, angle: bool) -> Option<usize> {
    let (c, _) = char_at(t, s)?;
    if !c.is_alphabetic() || (!angle && c.is_lowercase()) {
        return None;
    }
    let mut i = s;
    let mut words = 1;
    while i < le && i - s < 48 {
        let Some((c, l)) = char_at(t, i) else { break };
        // Combining marks count with their letter (Thai tone marks, Indic viramas).
        let letter = c.is_alphabetic()
            || matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x0DFF | 0x0E31..=0x0E4E | 0x0EB1..=0x0ECD);
        let nick = angle && (c.is_ascii_digit() || c == '_');
        let joiner = matches!(c, '\'' | '’' | '-' | '.')
            && char_at(t, i + l).is_some_and(|(d, _)| d.is_alphabetic());
        if letter || nick || joiner {
            i += l;
        } else if c == ' ' && !angle && words < 3 {
            match char_at(t, i + 1) {
                Some((d, _)) if d.is_uppercase() => {
                    words += 1;
                    i += 1;
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    (i > s).then_some(i)
}

/// Whether a label names someone: not a role or a field, not a bot.
fn speaker(t: &[u8], s: usize, e: usize) -> bool {
    let v = &t[s..e];
    if v.len() < 2 || super::names::eponym(v) {
        return false;
    }
    // A person named with their role (`Agent Saoirse:`, `Agente Alba:`, `Nhân viên Nam:`):
    // the name decides.
    let r = role_before_name(v);
    if r > 0 {
        return speaker(t, s + r, e);
    }
    let lower: Vec<u8> = v.to_ascii_lowercase();
    // Bots, pipelines and rotas (`deploybot`, `build-agent`, `oncall`, `ci-runner`).
    const MACHINES: &[&str] = &[
        "bot",
        "agent",
        "deploy",
        "build",
        "alert",
        "monitor",
        "oncall",
        "on-call",
        "cron",
        "jenkins",
        "github",
        "gitlab",
        "pager",
        "grafana",
        "webhook",
        "runner",
        "daemon",
        "jira",
        "confluence",
        "workflow",
        "facilities",
    ];
    if MACHINES
        .iter()
        .any(|m| lower.windows(m.len()).any(|w| w == m.as_bytes()))
        || lower.starts_with(b"ci")
    {
        return false;
    }
    // Teams and departments (`— The Billing Team`, `Support:`).
    if v.split(|&b| b == b' ').any(super::names::sender_not_person) {
        return false;
    }
    !NOT_SPEAKERS
        .iter()
        .any(|w| w.as_bytes() == lower.as_slice())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn speakers(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        scan(t.as_bytes(), &crate::scan::names::NameDict::new(), &mut out);
        out.iter().map(|h| &t[h.2..h.3]).collect()
    }

    #[test]
    fn transcripts_of_many_shapes() {
        assert_eq!(
            speakers("17:57 <nicole> the demo went well\n18:01 <bruce> nice\n"),
            ["nicole", "bruce"]
        );
        assert_eq!(
            speakers("26/04/2025, 08:16 - Sławomir: anyone?\n26/04/2025, 08:20 - Ola: me\n"),
            ["Sławomir", "Ola"]
        );
        assert_eq!(
            speakers("Sônia (08:26): back in 10\nLetícia (08:32): ok\n"),
            ["Sônia", "Letícia"]
        );
        assert_eq!(
            speakers("[14:45] Francisco Castro Herrera: sounds like a plan\n"),
            ["Francisco Castro Herrera"]
        );
        assert_eq!(
            speakers("Antti: hi\nIlkka Mattila: did you change it?\nAntti: yes\n"),
            ["Antti", "Ilkka Mattila", "Antti"]
        );
    }

    /// Runs the credit cues the way the prefilter would (case-insensitively), then the
    /// line pass for sign-offs.
    fn credited(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let lower = t.to_ascii_lowercase();
        for (cue, list, handle) in [
            ("todo(", false, true),
            ("@author ", false, false),
            ("reported by:", false, false),
            ("attendees:", true, false),
        ] {
            for (k, _) in lower.match_indices(cue) {
                credit_at(t.as_bytes(), k + cue.len(), list, handle, &mut out);
            }
        }
        scan(t.as_bytes(), &crate::scan::names::NameDict::new(), &mut out);
        out.iter()
            .filter(|h| h.1 != "chat_speaker")
            .map(|h| &t[h.2..h.3])
            .collect()
    }

    #[test]
    fn credits_in_code_and_notes() {
        assert_eq!(
            credited("    # TODO(haoran): remove the fallback"),
            ["haoran"]
        );
        assert_eq!(credited(" * @author 阿部優子\n"), ["阿部優子"]);
        assert_eq!(credited("**Reported by:** Meryem Can\n"), ["Meryem Can"]);
        assert_eq!(credited("Reported by: Meryem Can\n"), ["Meryem Can"]);
        assert_eq!(
            credited("**Attendees:** x\nAttendees: Orla Byrne, Bríd Kelly, Darragh\n"),
            ["Orla Byrne", "Bríd Kelly", "Darragh"]
        );
        assert_eq!(credited("Thanks!\n— Moshe\n+1 (808) 915-5728"), ["Moshe"]);
        // A dash line that is a sentence is no sign-off.
        assert!(credited("— See the docs\n").is_empty());
        assert!(credited("TODO(#123): later").is_empty());
    }

    #[test]
    fn fields_roles_and_single_labels_are_no_speakers() {
        assert!(speakers("Topic: Delivery\nTotal: 12\nShipping: Express\n").is_empty());
        assert!(speakers("User: hi\nAssistant: hello\nUser: bye\n").is_empty());
        assert!(speakers("Reported by: x\nNote: y\n").is_empty());
        // One `Name:` line is a form field, not a conversation.
        assert!(speakers("Vendor: Acme\nsome text\n").is_empty());
        assert!(speakers("17:01 <ops-bot> deploy done\n17:02 <ops-bot> ok\n").is_empty());
        assert!(speakers("20:29 <oncall> green\n20:35 <build-agent> ok\n").is_empty());
        // Fields of a form come once each.
        assert!(speakers("Order: RMA-1\nAmount: $12\nTicket: CS-6\nMessage: cancel\n").is_empty());
    }
}
