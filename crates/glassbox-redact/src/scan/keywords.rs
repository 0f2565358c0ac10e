//! Detectors triggered by the literal prefilter: secret prefixes, `@` (and the at sign
//! written out or said aloud: `anna dot lee at ymail dot com`), URLs, `password:`-style phrases, passwords on command lines and in
//! markup, access codes, and context words (born, SSN, passport, NHS, name cues,
//! greetings, introductions, possessives before relatives…), and the person fields of
//! records whose layout is known (vCard `N:`/`ADR`, HL7 v2 `PID` and the segments that
//! name clinicians and relatives, FHIR `HumanName`, `.pgpass` lines, Go data source names,
//! airline reservations and `DOCS` lines; the rows of a PostgreSQL `COPY` are handed to
//! the table reader).
//!
//! Each detector looks only at a small window after its trigger.

use super::names::NameDict;
use super::util::{alnum, at, key_char, run_back, run_while, skip_spaces, word_end};
use crate::entity::EntityKind;

/// What a trigger literal means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// A credential prefix; the rule name and a shape check.
    Prefix(&'static str, PrefixShape),
    /// `@` of an e-mail address.
    At,
    /// An at sign written otherwise (`&#64;`, `&commat;`, ` [at] `, `(at)`, `＠`).
    AtWritten,
    /// ` dot com` and other top-level domains said aloud: `anna dot lee at ymail dot com`
    /// in a voice transcript.
    SpokenDomain,
    /// `://` of a URL.
    Url,
    /// `) FROM stdin` of a PostgreSQL dump's `COPY … (columns) FROM stdin;`.
    CopyRows,
    /// `turns 23 on August 6`: an age reached on a day, a birthday.
    Turns,
    /// `@tcp(` / `@unix(` of a Go MySQL driver's data source name (`user:pass@tcp(db:3306)/app`).
    GoDsn,
    /// `-----BEGIN` of a PEM block.
    Pem,
    /// `Bearer ` authorization.
    Bearer,
    /// A credential phrase (`password`, `api key`…); `loose` phrases need `:`/`=`.
    KeyValue { loose: bool, token_like: bool },
    /// Birth context.
    Birth,
    /// SSN context.
    Ssn,
    /// ITIN context.
    Itin,
    /// Passport context.
    Passport,
    /// Driver licence context.
    License,
    /// NHS context.
    Nhs,
    /// Name context; `strong` takes any capitalised words, weak ones need the dictionary.
    Name { strong: bool },
    /// A greeting: a name may follow alone (`Hi Takumi,`).
    Greeting,
    /// A possessive (`my `, `mi `, `meine `…): a name may follow the relative, friend or
    /// colleague it names (`my son Rajesh`, `mi hija Lucía`).
    Possessive,
    /// A command that takes a password on its command line (`mysql -pX`, `sshpass -p X`,
    /// `zip -P X`, `docker login -p X`, `openssl … -passout pass:X`).
    Cli,
    /// A door, gate, alarm or wifi code (`door code 1653`, `the code for the wifi is …`).
    Code,
    /// A password field's value in markup (`<input type="password" … value="…">`).
    PasswordInput,
    /// A literal password handed to a hashing call (`crypt('…'`, `make_password("…")`).
    HashCall,
    /// A call given a user and a password as two literals (`auth=("etl", "…")`,
    /// `NetworkCredential("ops", "…")`): the second.
    CredCall,
    /// A value being set or typed (`changed it to`, `the new one is`, `i'm typing`): a
    /// password when it has a password's shape and a password word comes shortly before.
    SetTo,
    /// `login:` followed by a user and a secret joined by a slash or a pipe (`Admin UI
    /// login: admin / Mango*213`): the secret when it has a password's shape.
    LoginPair,
    /// Someone saying who they are or who did something (`it's Johan`, `hier ist
    /// Cédric`, `by=Justine`): only a known given name may follow.
    Intro,
    /// A word of the health vocabulary.
    Health,
    /// The ending of a health word (`*sucht`, `*itis`).
    HealthEnding,
    /// A key whose value is a person's user name (`analyst=jjones`, `"display_name":
    /// "upma.bala"`, `[~bking]`): the handle, whole.
    HandleField,
    /// `, your` after a name that opens a message (`Brian, your courier …`).
    Vocative,
    /// A dose unit (`mg`, `mcg`, `µg`, `мг`, `ملغ`): with a number and a word before it,
    /// a medicine (`Glycomet 500 mg`).
    Dose,
    /// A key whose value is a postcode, or a city with its postcode (`postal-code=62072`,
    /// `"zip": "94043"`, `City or town, state, and ZIP code: Denver, CO 80267`).
    PostcodeField,
    /// A form or record label whose value is someone's health (`Vorerkrankungen:`,
    /// `Medications ......`, `| Diagnostic |`, `"allergies":`): the value, whole.
    HealthLabel,
    /// `Basic ` of an HTTP basic-auth credential.
    Basic,
    /// `curl -u user:password`.
    CurlUser,
    /// The port of a PostgreSQL password file line (`host:5432:db:user:password`) that
    /// no `.pgpass` announces.
    PgpassPort,
    /// Context of an AWS secret access key (40 base64 characters).
    AwsSecret,
    /// A street, PO box or postcode keyword of an address.
    Address(super::address::AddrKw),
    /// A JSON / form field that holds a person's name (`"name": "…"`, `full_name=`).
    NameField,
    /// A field that holds a street address (`"address": "…"`, `Adresse:`).
    AddressField,
    /// A field that holds a phone number (`"phone": "…"`, `Tel.:`).
    PhoneField,
    /// A credit in code or notes (`TODO(…)`, `@author`, `Reported by:`); `list` reads
    /// names separated by commas (`Attendees:`), `handle` a lower-case handle up to `)`.
    Credit { list: bool, handle: bool },
    /// A FHIR `HumanName`'s parts: `"family": "Olaniyan"`, `"given": ["Bukola", "A."]`.
    FhirName,
    /// An HL7 v2 segment that names clinicians or relatives (`PV1|…|584043^ROBERTSON^CYNTHIA^^^^DR`,
    /// `NK1|1|DOE^JANE|SPO|…`).
    Hl7People,
    /// An HL7 v2 patient segment (`PID|1||…||FAMILY^GIVEN||19490318|F|||street^^city…`).
    Hl7Pid,
    /// A vCard's structured name (`N:Savchuk;Dmytro;;;`).
    VcardName,
    /// A PostgreSQL password file: `host:port:database:user:password` lines.
    Pgpass,
    /// `net use … /user:DOMAIN\\name PASSWORD`.
    NetUse,
    /// A reservation as airline systems print it: passenger lines (`1.SURNAME/GIVEN MR`)
    /// and contacts (`CTCE NAME//GMAIL.COM`, `CTCM +4311916113`).
    Pnr,
}

/// A form field written as JSON, its label one string and its value the next key
/// (`"label": "Contraseña", "value": "Bubbles123"`): the value, when the label is the
/// credential word alone (`s..e`).
fn label_value(t: &[u8], s: usize, e: usize) -> Option<(usize, usize)> {
    if s == 0 || t[s - 1] != b'"' || at(t, e) != b'"' {
        return None;
    }
    let ws = |i: usize| run_while(t, i, 40, |b| matches!(b, b' ' | b'\n' | b'\r' | b'\t'));
    let mut i = ws(e + 1);
    if at(t, i) != b',' {
        return None;
    }
    i = ws(i + 1);
    if !t[i..].starts_with(b"\"value\"") {
        return None;
    }
    i = skip_spaces(t, i + 7, 2);
    if at(t, i) != b':' {
        return None;
    }
    i = skip_spaces(t, i + 1, 2);
    if at(t, i) != b'"' {
        return None;
    }
    let vs = i + 1;
    let ve = run_while(t, vs, 128, |b| b != b'"' && b != b'\n');
    (at(t, ve) == b'"' && ve > vs && !t[vs..ve].starts_with(b"${")).then_some((vs, ve))
}

/// The value after a postcode key, to the end of its field: with a digit in it, or any
/// value when the key names a city too (`"city_zip": "Nyali, Mombasa"`).
fn postcode_field(t: &[u8], s: usize, e: usize, out: &mut Vec<KwHit>) {
    if s > 0 && alnum(t[s - 1]) {
        return;
    }
    let Some((i, ve)) = field_value_span(t, e, 64) else {
        return;
    };
    let v = &t[i..ve];
    let city = t[s..e]
        .to_ascii_lowercase()
        .windows(4)
        .any(|w| w == b"city");
    if (3..=60).contains(&v.len())
        && (v.iter().any(u8::is_ascii_digit) || city)
        && v.iter().filter(|b| b.is_ascii_digit()).count() <= 10
        && !v.starts_with(b"${")
        && !v.starts_with(b"{{")
    {
        out.push((EntityKind::Address, "postcode_field", i, ve));
    }
}

/// The user name after a key that holds one (`analyst=jjones`, `"display_name":
/// "upma.bala"`, Jira's `[~bking]`). Accounts of machines and roles (`root`, `admin`,
/// `postgres`, `www-data`) are no one's.
fn handle_field(t: &[u8], s: usize, e: usize, out: &mut Vec<KwHit>) {
    if s > 0 && (alnum(t[s - 1]) || t[s - 1] == b'_') && t[s] != b'"' {
        return;
    }
    let mut i = e;
    if t[s..e].ends_with(b"\"") {
        // A JSON key: its separator and the opening quote.
        i = skip_spaces(t, i, 2);
        if at(t, i) != b':' {
            return;
        }
        i = skip_spaces(t, i + 1, 2);
        if at(t, i) != b'"' {
            return;
        }
        i += 1;
    } else if matches!(at(t, i), b'"' | b'\'') {
        i += 1;
    }
    let ve = run_while(t, i, 41, |b| {
        b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-')
    });
    let mut ve = ve;
    while ve > i && matches!(t[ve - 1], b'.' | b'-' | b'_') {
        ve -= 1;
    }
    let v = &t[i..ve];
    if !(2..=40).contains(&v.len())
        || !v.iter().any(u8::is_ascii_alphabetic)
        || (t[s..e] == *b"[~" && at(t, ve) != b']')
    {
        return;
    }
    const MACHINES: &[&str] = &[
        "root",
        "admin",
        "administrator",
        "postgres",
        "mysql",
        "system",
        "nobody",
        "www-data",
        "ubuntu",
        "ec2-user",
        "deploy",
        "deployer",
        "jenkins",
        "bot",
        "service",
        "app",
        "api",
        "guest",
        "anonymous",
        "anon",
        "test",
        "user",
        "default",
        "unknown",
        "null",
        "none",
        "daemon",
        "cron",
        "ci",
        "github-actions",
        "automation",
        "scheduler",
        "worker",
        "sa",
        "svc",
        "true",
        "false",
    ];
    let lower = v.to_ascii_lowercase();
    if MACHINES.iter().any(|m| lower == m.as_bytes())
        || lower.starts_with(b"svc")
        || lower.ends_with(b"bot")
        || lower.ends_with(b"-sa")
    {
        return;
    }
    out.push((EntityKind::Person, "handle_field", i, ve));
}

/// Labels of a form, record or table whose value is someone's health: medicines taken,
/// conditions known, allergies, diagnoses (only where the word is medical: `Diagnosis:`
/// in English heads incident reports too). Lower case.
const HEALTH_LABELS: &[&str] = &[
    "medications",
    "current medications",
    "medication",
    "meds",
    "medical history",
    "past medical history",
    "medical conditions",
    "known conditions",
    "chronic conditions",
    "pre-existing conditions",
    "allergies",
    "vorerkrankungen",
    "medikation",
    "medikamente",
    "dauermedikation",
    "diagnose",
    "diagnosen",
    "allergien",
    "medicatie",
    "medisch",
    "medische voorgeschiedenis",
    "allergieën",
    "antécédents",
    "antécédents médicaux",
    "médicaments",
    "antecedentes",
    "antecedentes médicos",
    "medicamentos",
    "medicación",
    "diagnóstico",
    "alergias",
    "enfermedades crónicas",
    "medicação",
    "doenças crônicas",
    "doenças crónicas",
    "comorbidades",
    "histórico médico",
    "farmaci",
    "terapia",
    "diagnosi",
    "patologie",
    "anamnesi",
    "choroby przewlekłe",
    "leki",
    "rozpoznanie",
    "läkemedel",
    "mediciner",
    "diagnos",
    "kronik hastalıklar",
    "kullandığı ilaçlar",
    "tiền sử bệnh",
    "thuốc đang dùng",
    "chẩn đoán",
    "riwayat penyakit",
    "диагноз",
    "хронические заболевания",
    "принимаемые препараты",
    "анамнез",
    "既往歴",
    "服薬",
    "診断",
    "诊断",
    "既往病史",
    "病史",
    "用药",
    "병력",
    "진단",
    "التشخيص",
    "الأمراض المزمنة",
    "निदान",
];

/// The value after a health label, to the end of its line, cell or string: one finding.
/// Values that say there is nothing (`none`, `keine`, `N/A`, `—`) and values that look
/// like code or a sentence about something else are left.
fn health_label(t: &[u8], s: usize, e: usize, out: &mut Vec<KwHit>) {
    // The label opens its line, cell or key.
    let before = t[..s]
        .iter()
        .rev()
        .take_while(|&&b| matches!(b, b' ' | b'\t' | b'*' | b'-' | b'#'))
        .count();
    let p = s - before;
    let opens = p == 0
        || matches!(t[p - 1], b'\n' | b'|' | b'"' | b'{' | b',')
        || (p >= 2 && t[p - 2] == b'\\' && t[p - 1] == b'n')
        || t[s] == b'|'
        || t[s] == b'"';
    if !opens {
        return;
    }
    let mut i = e;
    let lim = t.len().min(e + 48);
    while i < lim && matches!(t[i], b' ' | b'\t' | b'.' | b':' | b'"' | b'|' | b'\\') {
        i += 1;
    }
    if t[i..].starts_with("：".as_bytes()) {
        i += "：".len();
    }
    let vs = i;
    let mut ve = vs;
    while ve < t.len() && ve - vs < 160 {
        let b = t[ve];
        if matches!(b, b'\n' | b'\r' | b'|' | b'"' | b'}' | b']' | b'<')
            || (b == b'\\' && matches!(at(t, ve + 1), b'n' | b'"' | b'r'))
        {
            break;
        }
        ve += 1;
    }
    if ve - vs >= 160 {
        return;
    }
    while ve > vs && matches!(t[ve - 1], b' ' | b'.' | b',' | b';' | b'\t') {
        ve -= 1;
    }
    let v = &t[vs..ve];
    if v.len() < 2
        || v.iter()
            .any(|&b| matches!(b, b'{' | b'$' | b'/' | b'=' | b'_' | b'(' | b'['))
    {
        return;
    }
    let lower = String::from_utf8_lossy(v).to_lowercase();
    const NOTHING: &[&str] = &[
        "none",
        "none known",
        "n/a",
        "na",
        "nil",
        "no",
        "nein",
        "keine",
        "kein",
        "aucun",
        "aucune",
        "néant",
        "ninguno",
        "ninguna",
        "nada",
        "nenhum",
        "nenhuma",
        "nessuno",
        "nessuna",
        "geen",
        "ingen",
        "inga",
        "brak",
        "yok",
        "нет",
        "无",
        "なし",
        "없음",
        "unknown",
        "pending",
        "tbd",
        "-",
        "—",
        "–",
        "?",
        "see above",
        "not provided",
    ];
    if NOTHING.contains(&lower.as_str())
        || lower.split_whitespace().count() > 12
        || !lower.chars().any(char::is_alphabetic)
    {
        return;
    }
    out.push((EntityKind::Health, "health_field", vs, ve));
}

/// Shapes of credential bodies after their prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrefixShape {
    /// Exactly 16 upper-case letters/digits (AWS access key ids).
    Aws,
    /// At least `n` key characters.
    Min(usize),
    /// A JWT: three dot-separated base64url parts.
    Jwt,
}

/// Trigger literals, matched ASCII-case-insensitively.
/// Birth abbreviations, cues only when the date follows at once (`b. Sep 25, 1975`,
/// `ur. 09.05.1998`, `DN: 17/10/2000`, Norwegian and Danish `f. 09.05.1952` for født,
/// Turkish `D.T.` for doğum tarihi, Hebrew `ת.ל.` for תאריך לידה).
const SHORT_BIRTH_CUES: [&str; 11] = [
    "b.", "ur.", "dn:", "dn ", "nar.", "sinh", "f.", "d.t.", "ת.ל.", "род.", "д.р.",
];

pub fn triggers() -> Vec<(std::borrow::Cow<'static, str>, Trigger)> {
    let base = base_triggers();
    let mut out: Vec<(std::borrow::Cow<'static, str>, Trigger)> =
        Vec::with_capacity(base.len() + 64 + HEALTH_LABELS.len() * 6);
    // Health labels written with their separator, so the label outranks a health word it
    // contains.
    for label in HEALTH_LABELS {
        for shape in ["{}:", "{} :", "{}：", "{} ..", "| {} |", "\"{}\":"] {
            out.push((
                std::borrow::Cow::Owned(shape.replace("{}", label)),
                Trigger::HealthLabel,
            ));
        }
    }
    // A possessive with the space before it (`army `, `admin `, `common ` hold none), or
    // opening a line or a quoted string (`"Mein Sohn Piotr`); opening the whole text, see
    // [`possessive_at_start`].
    for k in POSSESSIVES {
        for open in [" ", "\"", "\n"] {
            out.push((
                std::borrow::Cow::Owned(format!("{open}{k} ")),
                Trigger::Possessive,
            ));
        }
    }
    for (lit, trig) in base {
        out.push((std::borrow::Cow::Borrowed(lit), trig));
        // The prefilter folds ASCII case only: add `Здравствуйте` and `ЗДРАВСТВУЙТЕ` for
        // `здравствуйте`.
        let mut chars = lit.chars();
        if let Some(c) = chars.next() {
            if !c.is_ascii() && c.is_lowercase() {
                let cap: String = c.to_uppercase().chain(chars).collect();
                let upper = lit.to_uppercase();
                if upper != cap {
                    out.push((std::borrow::Cow::Owned(upper), trig));
                }
                out.push((std::borrow::Cow::Owned(cap), trig));
            }
        }
    }
    out
}

fn base_triggers() -> Vec<(&'static str, Trigger)> {
    use PrefixShape::*;
    use Trigger::*;
    let mut v: Vec<(&'static str, Trigger)> = vec![
        ("AKIA", Prefix("aws_access_key", Aws)),
        ("ASIA", Prefix("aws_access_key", Aws)),
        ("ABIA", Prefix("aws_access_key", Aws)),
        ("ACCA", Prefix("aws_access_key", Aws)),
        ("ghp_", Prefix("github_token", Min(30))),
        ("gho_", Prefix("github_token", Min(30))),
        ("ghu_", Prefix("github_token", Min(30))),
        ("ghs_", Prefix("github_token", Min(30))),
        ("ghr_", Prefix("github_token", Min(30))),
        ("github_pat_", Prefix("github_token", Min(40))),
        ("glpat-", Prefix("gitlab_token", Min(20))),
        ("sk-ant-", Prefix("anthropic_key", Min(30))),
        ("sk-", Prefix("openai_key", Min(20))),
        ("sk_live_", Prefix("stripe_key", Min(16))),
        ("sk_test_", Prefix("stripe_key", Min(16))),
        ("rk_live_", Prefix("stripe_key", Min(16))),
        ("rk_test_", Prefix("stripe_key", Min(16))),
        ("whsec_", Prefix("stripe_key", Min(20))),
        ("xoxb-", Prefix("slack_token", Min(10))),
        ("xoxp-", Prefix("slack_token", Min(10))),
        ("xoxa-", Prefix("slack_token", Min(10))),
        ("xoxr-", Prefix("slack_token", Min(10))),
        ("xoxs-", Prefix("slack_token", Min(10))),
        ("xoxe-", Prefix("slack_token", Min(10))),
        ("xapp-", Prefix("slack_token", Min(20))),
        ("AIza", Prefix("google_api_key", Min(30))),
        ("hf_", Prefix("huggingface_token", Min(30))),
        ("npm_", Prefix("npm_token", Min(36))),
        ("eyJ", Prefix("jwt", Jwt)),
        ("@", At),
        ("&#64;", AtWritten),
        ("&#x40;", AtWritten),
        ("&commat;", AtWritten),
        (" [at] ", AtWritten),
        ("[at]", AtWritten),
        ("(at)", AtWritten),
        (" (at) ", AtWritten),
        ("＠", AtWritten),
        (" dot com", SpokenDomain),
        (" dot org", SpokenDomain),
        (" dot net", SpokenDomain),
        (" dot edu", SpokenDomain),
        (" dot gov", SpokenDomain),
        (" dot io", SpokenDomain),
        (" dot co", SpokenDomain),
        (" dot de", SpokenDomain),
        (" dot es", SpokenDomain),
        (" dot fr", SpokenDomain),
        (" dot it", SpokenDomain),
        (" dot nl", SpokenDomain),
        (" dot ie", SpokenDomain),
        (" dot in", SpokenDomain),
        (" dot au", SpokenDomain),
        (" dot ca", SpokenDomain),
        (" dot info", SpokenDomain),
        ("://", Url),
        ("@tcp(", GoDsn),
        (":5432:", PgpassPort),
        (":6432:", PgpassPort),
        (":*:*:", PgpassPort),
        (") from stdin", CopyRows),
        ("turns ", Turns),
        ("turning ", Turns),
        ("@unix(", GoDsn),
        ("-----BEGIN", Pem),
        ("bearer ", Bearer),
        ("basic ", Basic),
        ("-u ", CurlUser),
        ("--user ", CurlUser),
        ("--user=", CurlUser),
        ("aws_secret", AwsSecret),
        ("secret_access_key", AwsSecret),
        ("secretaccesskey", AwsSecret),
        ("secret access key", AwsSecret),
        ("aws secret", AwsSecret),
    ];
    for k in [
        "address",
        "street",
        "addr",
        "address_line1",
        "address_line_1",
        "address1",
        "address_line2",
        "address_line_2",
        "address2",
        "line1",
        "line2",
        "city_postcode",
        "adr;type=home:",
        "adr;type=work:",
        "adresse",
        "anschrift",
        "dirección",
        "direccion",
        "domicilio",
        "indirizzo",
        "endereço",
        "endereco",
        "morada",
        "adres",
        "adress",
        "osoite",
        "адрес",
        "διεύθυνση",
        "住所",
        "地址",
        "주소",
        "anwani",
        "lakcím",
        "lakcim",
        "adresa",
        "adresă",
        "alamat",
        "địa chỉ",
        "ঠিকানা",
        "पता",
        "نشانی",
        "آدرس",
        "العنوان",
        "כתובת",
        "ที่อยู่",
    ] {
        v.push((k, AddressField));
    }
    for k in [
        "phone",
        "tel",
        "tel.",
        "telephone",
        "mobile",
        "cell",
        "fax",
        "whatsapp",
        "telefon",
        "teléfono",
        "telefono",
        "telefone",
        "téléphone",
        "telefoon",
        "puhelin",
        "handy",
        "móvil",
        "celular",
        "cellulare",
        "телефон",
        "τηλέφωνο",
        "电话",
        "電話",
        "携帯",
        "전화",
        "тел",
        "тел.",
        "☎",
        "☏",
        "📞",
        "📱",
        "هاتف",
        "الهاتف",
        "جوال",
        "الجوال",
        "موبايل",
        "تلفن",
        "موبایل",
        "شماره تماس",
        "فون",
        "موبائل",
        "फ़ोन",
        "फोन",
        "मोबाइल",
        "ফোন",
        "মোবাইল",
        "เบอร์โทร",
        "โทรศัพท์",
    ] {
        v.push((k, PhoneField));
    }
    for (term, ending) in super::health::terms() {
        v.push((term, if ending { HealthEnding } else { Health }));
    }
    for k in [
        ", your ",
        ", you ",
        ", tu ",
        ", tus ",
        ", su ",
        ", votre ",
        ", ton ",
        ", ta ",
        ", ihr ",
        ", ihre ",
        ", dein ",
        ", deine ",
        ", il tuo ",
        ", la tua ",
        ", o seu ",
        ", a sua ",
        ", je ",
        ", uw ",
        ", twoja ",
        ", twój ",
    ] {
        v.push((k, Vocative));
    }
    for k in ["mg", "mcg", "µg", "μg", "мг", "мкг", "ملغ", "mikrogram"] {
        v.push((k, Dose));
    }
    for k in [
        "postal-code",
        "postal_code",
        "postalcode",
        "postcode",
        "post_code",
        "zip_code",
        "zipcode",
        "zip-code",
        "\"zip\"",
        "zip",
        "\"plz\"",
        "plz",
        "\"cep\"",
        "city_zip",
        "city_postcode",
        "city, state, and zip code",
        "state, and zip code",
    ] {
        v.push((k, PostcodeField));
    }
    for k in [
        "analyst=",
        "reviewer=",
        "approver=",
        "operator=",
        "assignee=",
        "reporter=",
        "author=",
        "owner=",
        "user=",
        "username=",
        "user_name=",
        "login=",
        "created_by=",
        "updated_by=",
        "modified_by=",
        "requested_by=",
        "approved_by=",
        "\"display_name\"",
        "\"username\"",
        "\"user_name\"",
        "\"screen_name\"",
        "\"login\"",
        "\"handle\"",
        "[~",
    ] {
        v.push((k, HandleField));
    }
    for (k, kw) in super::address::keywords() {
        v.push((k, Address(kw)));
    }
    v.push(("PID|", Hl7Pid));
    for k in ["\"family\"", "family\\\"", "\"given\"", "given\\\""] {
        v.push((k, FhirName));
    }
    for k in ["PV1|", "PV2|", "ORC|", "OBR|", "NK1|", "ROL|", "PD1|"] {
        v.push((k, Hl7People));
    }
    v.push((".pgpass", Pgpass));
    v.push(("booking ref", Pnr));
    v.push(("record locator", Pnr));
    v.push(("passenger manifest", Pnr));
    v.push(("passenger list", Pnr));
    v.push(("\nCTCE ", Pnr));
    v.push(("DOCS/", Pnr));
    v.push(("DOCS HK1/", Pnr));
    v.push(("\nCTCM ", Pnr));
    v.push(("/user:", NetUse));
    v.push(("\nN:", VcardName));
    v.push(("\nFN:", VcardName));
    for (k, list, handle) in [
        ("todo(", false, true),
        ("fixme(", false, true),
        ("@author ", false, false),
        ("reported by:", false, false),
        ("reviewed by:", false, false),
        ("approved by:", false, false),
        ("reviewer:", false, false),
        ("approver:", false, false),
        ("prepared by:", false, false),
        ("checked by:", false, false),
        ("verified by:", false, false),
        ("signed by:", false, false),
        ("\nagent:", false, false),
        ("agent: ", false, false),
        ("assigned to:", false, false),
        ("requested by:", false, false),
        ("signed-off-by:", false, false),
        ("co-authored-by:", false, false),
        ("attendees:", true, false),
        ("participants:", true, false),
        ("present:", true, false),
    ] {
        v.push((k, Credit { list, handle }));
    }
    for k in [
        // XML elements that hold a person's name (`<name>Oskar af Klint</name>`).
        "<name>",
        "<fullname>",
        "<full_name>",
        "<first_name>",
        "<last_name>",
        "<customer>",
        "<customer_name>",
        "<contact>",
        "<contact_name>",
        "<patient>",
        "<owner>",
        "<author>",
        "name\"",
        "name\\\"",
        "name\\\\\\\"",
        "name'",
        "name=",
        "full_name",
        "fullname",
        "first_name",
        "firstname",
        "last_name",
        "lastname",
        "given_name",
        "family_name",
        "givenname",
        "familyname",
        "surname",
        "vorname",
        "nachname",
        "voornaam",
        "achternaam",
        "imie",
        "nazwisko",
        "cognome",
        "sobrenome",
        "apellido",
        "apellidos",
        "soyad",
        "prenom",
        "prénom",
        "etunimi",
        "sukunimi",
        "fornavn",
        "etternavn",
        "förnamn",
        "efternamn",
        "customer_name",
        "real_name",
        "realname",
        "customer\"",
        "customer=",
        // A person by their role in a record, as a JSON key (`"owner": "Gurleen"`) or a
        // label (`witness: Ananya`).
        "owner\"",
        "witness\"",
        "witness:",
        "guardian\"",
        "guardian:",
        "nominee\"",
        "nominee:",
        "tenant\"",
        "guest\"",
        "landlord\"",
        "landlord:",
        "attendee\"",
        "payee\"",
        "payee:",
        "signatory\"",
        "signatory:",
        "pickup_by\"",
        "beneficiary\"",
        "requester\"",
        "reviewer\"",
        "passenger\"",
        "traveler\"",
        "traveller\"",
        "applicant\"",
        "next of kin:",
        "odbiorca",
        "contact_name",
        "patient_name",
        "display_name",
        "nombre",
        "họ tên",
        "họ và tên",
        "tên:",
        "họ:",
        "nom:",
        "nom :",
        "nome",
        "imię",
        "navn",
        "namn",
        "nimi",
        "имя",
        "фио",
        "όνομα",
        "姓名",
        "名前",
        "이름",
        "name:",
        "full name:",
        "first name:",
        "last name:",
        "vorname:",
        "nachname:",
        "vorname=",
        "nachname=",
        "prénom:",
        "prenom:",
        "apellido:",
        "apellidos:",
        "cognome:",
        "sobrenome:",
        "nazwisko:",
        "imię:",
        "voornaam:",
        "achternaam:",
        "förnamn:",
        "efternamn:",
        "fornavn:",
        "etternavn:",
        "etunimi:",
        "sukunimi:",
        "holder=",
        "holder\"",
        "cardholder=",
        "account_holder",
        "first name:",
        "last name:",
        "given name:",
        "given:",
        "forename:",
        "family name:",
        "full name:",
        "recipient",
        "attendees",
        "participants",
        "invitees",
        "assignees",
        "reviewers",
        "ονοματεπώνυμο",
        "επώνυμο",
        "keresztnév",
        "vezetéknév",
        "jméno",
        "příjmení",
        "efternavn",
        "ad soyad",
        "adı soyadı",
        "soyadı",
        "họ và tên",
        "họ tên",
        "nama lengkap",
        "nama:",
        "фамилия",
        "прізвище",
        "ім'я",
        "氏名",
        "성명",
        "الاسم",
        "नाम:",
        "ชื่อ",
        "nome completo",
        "nombre completo",
        "imię i nazwisko",
        "payee",
        "sender_name",
        "recipient_name",
        "applicant:",
        "applicant\"",
        "claimant:",
        "claimant\"",
        "full name",
        "policy holder:",
        "policyholder:",
        "ordering customer:",
        "name_on_card",
        "name on card:",
        "cardholder:",
        "card holder:",
        "signee",
        "signatory",
        "approver",
        "guarantor",
        "passenger=",
        "passenger:",
        "passenger\"",
        "traveller:",
        "traveler:",
        "insured:",
        "insured person:",
        "employee:",
        "verzekerde:",
        "versicherte person:",
        "assuré:",
        "assurée:",
        "asegurado:",
        "asegurada:",
        "segurado:",
        "segurada:",
        "spouse:",
        "prénoms:",
        "PRÉNOMS:",
        "given names:",
        "given name(s):",
        "nom de famille:",
        "\"family\"",
        "\"given\"",
        "\nFN:",
        "\"author\"",
        "\nauthor:",
        "\"assignee\"",
        "assignee:",
        "\"reviewer\"",
        "reviewer:",
        "\"patient\"",
        "patient:",
        // `patient:` in other languages (`Paciente: Benítez, Tomás`, `Hasta: Çelik, Barış`),
        // and whom to call in an emergency.
        "paciente:",
        "patiente:",
        "paziente:",
        "patientin:",
        "hasta:",
        "pacjent:",
        "pacjentka:",
        "pacient:",
        "pacientka:",
        "patiënt:",
        "patiënte:",
        "пациент:",
        "пацієнт:",
        "ασθενής:",
        "emergency contact:",
        "contacto de emergencia:",
        "contato de emergência:",
        "notfallkontakt:",
        "contact d'urgence:",
        "\"requester\"",
        "requester:",
        // Without a colon (`First name : Priya`, `Apellidos . . . Arango`, `<td>Full
        // name</td><td>…`): the value's rule reads the separator.
        "first name",
        "last name",
        "given name",
        "family name",
        "surname",
        "forename",
        "apellidos",
        "apellido",
        "nombre",
        "nome",
        "cognome",
        "prénom",
        "nom de famille",
        "vorname",
        "nachname",
        "utónév",
        "nama depan",
        "nama belakang",
        "pangalan",
        "apelyido",
        "buong pangalan",
        "นามสกุล",
        "ชื่อ-นามสกุล",
        "姓:",
        "姓：",
        "名:",
        "名：",
        "jina kamili",
        "jina la kwanza",
        "jina la ukoo",
        "tên:",
        "họ:",
        "имя:",
        "отчество",
    ] {
        v.push((k, NameField));
    }
    for k in [
        "password",
        "passwd",
        "passphrase",
        "passcode",
        "one-time code",
        "verification code",
        "otp",
        "2fa code",
        "security code",
        "pwd",
        "pw",
        "contraseña",
        "contrasena",
        "clave",
        "passwort",
        "kennwort",
        "mot de passe",
        "mot_de_passe",
        "mot-de-passe",
        "mdp",
        "senha",
        "kata sandi",
        "kata laluan",
        "kata laluan",
        "nenosiri",
        "neno la siri",
        "mật khẩu",
        "heslo",
        "jelszó",
        "parolă",
        "parola",
        "lozinka",
        "geslo",
        "كلمة المرور",
        "كلمة السر",
        "رمز عبور",
        "סיסמה",
        "सीक्रेट",
        "पासवर्ड",
        "รหัสผ่าน",
        "parola d'ordine",
        "wachtwoord",
        "hasło",
        "haslo",
        "lösenord",
        "losenord",
        "adgangskode",
        "passord",
        "salasana",
        "şifre",
        "sifre",
        "şifresi",
        "sifresi",
        "şifrem",
        "parolam",
        "salasanani",
        "jelszavam",
        "كلمة المرور الخاصة بي",
        "パスは",
        "şifreniz",
        "psk",
        "pre-shared key",
        "wpa key",
        "wpa2 key",
        "network key",
        "пароль",
        "κωδικός",
        "パスワード",
        "密码",
        "密碼",
        "비밀번호",
        "비번",
        "পাসওয়ার্ড",
        // Tamil, Armenian, Hebrew (`הסיסמה שלי`: "my password").
        "கடவுச்சொல்",
        "գաղտնաբառ",
        "הסיסמה שלי",
        "secret",
        "api key",
        "api_key",
        "apikey",
        "api-key",
    ] {
        v.push((
            k,
            KeyValue {
                loose: false,
                token_like: false,
            },
        ));
    }
    for k in ["pass", "pin"] {
        v.push((
            k,
            KeyValue {
                loose: true,
                token_like: false,
            },
        ));
    }
    for k in [
        "token",
        "access key",
        "access_key",
        "creds",
        "credentials",
        "private_key",
        "auth",
        "credential",
        "client_id_secret",
    ] {
        v.push((
            k,
            KeyValue {
                loose: true,
                token_like: true,
            },
        ));
    }
    for k in [
        "born",
        "birth",
        "dob",
        "d_o_b",
        "d.o.b",
        // Field names abbreviated in other languages (`dt_nasc`, `fecha_nac`, `geb_datum`,
        // `Gebdatum`), and Indonesia's `TTL` (place and date of birth).
        "dt_nasc",
        "data_nasc",
        "fecha_nac",
        "fec_nac",
        "f_nac",
        "geb_datum",
        "gebdatum",
        "gebdat",
        "dt_naiss",
        "date_naiss",
        "data_nascita",
        "ttl:",
        "doğumlu",
        "года рождения",
        "г.р.",
        "년생",
        "年生まれ",
        "年出生",
        "rocznik",
        "γεννήθηκα",
        "ipinanganak",
        "kapanganakan",
        "nașterii",
        "naşterii",
        "nasterii",
        "ulang tahun",
        "день рождения",
        "urodziny",
        "doğum günü",
        "d.o.b",
        "geboren",
        "γεννήθηκε",
        "γεννημένος",
        "γεννημένη",
        "geburt",
        "تاريخ الميلاد",
        "الميلاد",
        "ولدت",
        "מועד לידה",
        "תאריך לידה",
        "תאריך הלידה",
        "जन्म",
        "วันเกิด",
        "nasci em",
        "nací el",
        "naci el",
        "nació el",
        "nacio el",
        "dogum_tarihi",
        "doğum_tarihi",
        "data_urodzenia",
        "datum_narozeni",
        "생입니다",
        "생이에요",
        "생이고",
        "nacido",
        "nacida",
        "nato",
        "nata",
        "né",
        "née",
        "生まれ",
        "誕生日",
        "出生日期",
        "生于",
        "생년월일",
        "태어",
        "ngày sinh",
        "tanggal lahir",
        "lahir",
        "kelahiran",
        "doğdum",
        "nilizaliwa",
        "alizaliwa",
        "tarehe ya kuzaliwa",
        "nasceu a ",
        "nasci a ",
        "생)",
        "生）",
        "生)",
        "születési",
        "narozen",
        "naissance",
        "nacimiento",
        "nascimento",
        "nascita",
        "né le",
        "née le",
        "né en",
        "nato il",
        "nata il",
        "nacido el",
        "nacida el",
        "nasceu em",
        "nascido em",
        "nascida em",
        "nascido(a)",
        "nascida(o)",
        "nacido/a",
        "nacido(a)",
        "né(e)",
        "nato/a",
        "nato(a)",
        "d0b",
        "tanggal lahir",
        "tgl lahir",
        "tarehe ya kuzaliwa",
        "जन्म तिथि",
        "जन्मतिथि",
        "تاريخ ميلادي",
        "تاريخ الميلاد",
        "مواليد",
        "تاریخ تولد",
        "تاریخ پیدائش",
        "ngày sinh",
        "doğum tarihi",
        "urodzon",
        "urodziłam",
        "urodziłem",
        "urodził",
        "urodziła",
        "szül.",
        "született",
        "д.р.",
        "д. р.",
        "data urodzenia",
        "daty urodzenia",
        "datę urodzenia",
        "dacie urodzenia",
        "født",
        "född",
        "fødselsdato",
        "födelsedatum",
        "födelsedag",
        "fødselsdag",
        "geburtstag",
        "b-day",
        "bday",
        "b'day",
        "syntynyt",
        "syntymäaika",
        "doğum",
        "рождения",
        "родился",
        "родилась",
        "γέννησης",
        "γέννησής",
        "д/р",
        "sinh ngày",
        "kaarawan",
        "ծննդյան",
        "ծնվ.",
        "დაბადების",
        "الولادة",
        "ولد بتاريخ",
        "ولدت بتاريخ",
        "பிறந்த தேதி",
        "பிறந்த நாள்",
        "பிறந்தேன்",
        "பிறந்தார்",
        "የትውልድ",
        "生年月日",
        "생년월일",
        "출생일",
        "생일",
        "出生",
        "生日",
        "birthday",
        "cumpleaños",
        "cumpleanos",
        "anniversaire",
        "aniversário",
        "aniversario",
        "niver",
        "compleanno",
        "verjaardag",
        "geb.",
        "geboortedatum",
        "geboorte",
        "дата народження",
        "народження",
        "народився",
        "народилася",
        "জন্ম",
        "f. nac",
        "fec. nac",
        "fecha nac",
        "fecha de nac",
        "data de nasc",
        "data nasc",
        "nasc.",
        "nac.:",
        "data ur",
        "ddn",
        // Born, said in more languages, and keys written without their marks.
        "syntymaaika",
        "synnyin",
        "narodil",
        "narodila",
        "datum narození",
        "datum narozeni",
        "נולדתי",
        "נולדה",
        "תאריך לידה",
        "תאריך הלידה",
        "เกิดวันที่",
        "ฉันเกิด",
        "születtem",
        "m-am născut",
        "data nașterii",
        "data nasterii",
        "γεννήθηκα",
        "saya lahir",
        "tôi sinh",
    ] {
        v.push((k, Birth));
    }
    for k in SHORT_BIRTH_CUES {
        v.push((k, Birth));
    }
    for k in [
        "ssn",
        "social security",
        "social-security",
        "\"tin\"",
        "tin:",
    ] {
        v.push((k, Ssn));
    }
    for k in ["itin", "taxpayer identification"] {
        v.push((k, Itin));
    }
    v.push(("passport", Passport));
    for k in [
        "driver's license",
        "drivers license",
        "driver license",
        "driver's licence",
        "driving licence",
        "driving license",
        "driver licence",
        "license number",
        "licence number",
        "license no",
        "dl#",
        "dl number",
        "dl no",
    ] {
        v.push((k, License));
    }
    v.push(("nhs", Nhs));
    for k in [
        "my name is",
        "name is",
        "name:",
        "dear",
        "regards,",
        "sincerely,",
        "signed,",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "prof.",
        "mr ",
        "mrs ",
        "ms ",
        "dr ",
        "dra.",
        "dra ",
        "doctor ",
        "doctora ",
        "doutor ",
        "doutora ",
        "dhr.",
        "mevr.",
        "dott.ssa",
        "prof ",
        "sgt.",
        // Indonesian and Malay titles (`Bu Sri`, `Pak Budi`, `Encik Hafiz`).
        "bu ",
        "pak ",
        "bapak ",
        "mbak ",
        "encik ",
        "puan ",
        "capt.",
        "rev.",
        "cllr ",
        "lt. col. ",
        "eng. ",
        "ing. ",
        "speaker ",
        "attn:",
        "forward this to",
        "from:",
        "yours truly,",
        "best regards",
        "kind regards",
        "warm regards",
        "signed by",
        "name on the card is",
        "name on card is",
        "name on card",
        "name on the account is",
        "name on the booking is",
        "name on the reservation is",
        "name on the order is",
        "under the name",
        "a nombre de",
        "au nom de",
        "auf den namen",
        "op naam van",
    ] {
        v.push((k, Name { strong: true }));
    }
    for k in [
        "reported by",
        "raised by",
        "opened by",
        "filed by",
        "fixed by",
        "written by",
        "sent by",
        "handled by",
        "escalated by",
        "escalated to",
        "handed over to",
        "covering for",
        "cover for",
        "referred by",
        "recommended by",
        "introduced by",
        "intro'd by",
        "booked by",
        "paid by",
        "addressed to",
        "introduced me to",
        "introduce me to",
        "introduce you to",
        "reassigned to",
        // Credit and greetings passed on (`Shoutout to Yichen in returns`, `say hi to
        // Leilani`), waiting on someone, talking with them in other languages.
        "shoutout to",
        "shout-out to",
        "shout out to",
        "kudos to",
        "props to",
        "congrats to",
        "say hi to",
        "said hi to",
        "says hi to",
        "waiting for",
        "waiting on",
        "hablé con",
        "hablar con",
        // Call centres' greetings (`fala Wellington`, `Sie sprechen mit Birgit`, `le atiende
        // Lucía`), and telling or asking someone in other languages.
        "fala ",
        "sie sprechen mit",
        "le atiende",
        "vous parlez à",
        "vous parlez avec",
        "le dije a",
        "jeg sagde til",
        "chiedi a",
        "pregúntale a",
        "habló con",
        "reunión con",
        "parlé avec",
        "parler avec",
        "réunion avec",
        "rendez-vous avec",
        "falei com",
        "falar com",
        "reunião com",
        "parlato con",
        "parlare con",
        "riunione con",
        "appuntamento con",
        "telefoniert mit",
        "sprach mit",
        "spreche mit",
        "treffen mit",
        "termin mit",
        "gesproken met",
        "afspraak met",
        // Scandinavian and Finnish: talked with, met.
        "snakket med",
        "snakkede med",
        "pratade med",
        "talade med",
        "träffade",
        "møtte",
        "mødte",
        "puhuin",
        "rozmawiałem z",
        "rozmawiałam z",
        "mluvil jsem s",
        "mluvila jsem s",
        "konuştum",
        "oğlum",
        "kızım",
        "eşim",
        "annem",
        "babam",
    ] {
        v.push((k, Name { strong: false }));
    }
    for k in [
        "ask",
        "talk to",
        "spoke with",
        "spoken with",
        "speaking with",
        "talked to",
        "talked with",
        "picking up",
        "pick up",
        "thanks to",
        "speak to",
        "reach out to",
        "assigned to",
        "met with",
        "contact",
        "tell",
        "ping",
        "notify",
        "drove",
        " cc ",
        "\ncc ",
        "spoken with",
        "spoke with",
        "spoke to",
        "talked to",
        "talked with",
        "chatted with",
        "remind",
        "loop in",
        "i'm",
        "i am",
        "called",
        "-- ",
        // `Re order #V8N-61401. — Imogen`: a note signed after a dash.
        " — ",
        " – ",
        "\n— ",
        "\n– ",
        // `the account is under Jürgen`.
        "is under",
        "account under",
        "booked under",
        "reserved under",
        "cc:",
        "customer",
        "client",
        "patient",
        "colleague",
        // Verbs that take a person: only a known given name is taken (`send it to
        // Álvaro`, `mention Shabnam`, `I called Tahlia twice`).
        "ask for",
        "reminder for",
        "note for",
        "message for",
        "memo for",
        "send to",
        "send it to",
        "sent it to",
        "forward to",
        "mention",
        "thank",
        " meet ",
        " met ",
        "emailed",
        "texted",
        "invite",
        "hired",
    ] {
        v.push((k, Name { strong: false }));
    }
    for &k in GREETINGS {
        v.push((k, Greeting));
    }
    for &k in INTRODUCTIONS {
        v.push((k, Intro));
    }
    for k in [
        "mysql ",
        "mysqldump ",
        "mysqladmin ",
        "sshpass ",
        "zip ",
        "docker login ",
        "openssl ",
        "htpasswd ",
        "--password-stdin",
        "passwd --stdin",
        "sudo -S",
        "redis-cli ",
        "smbclient ",
        "ldapsearch ",
        "ldapmodify ",
        "ldapadd ",
        "ldapdelete ",
        "ldapwhoami ",
        "ldappasswd ",
        "az login ",
        "7z ",
        "7za ",
        "--requirepass ",
        "masterauth ",
        "rabbitmqctl add_user ",
        "rabbitmqctl change_password ",
        "net user ",
        "sqlcmd ",
        "bcp ",
        "mongosh ",
        "mongo ",
        "xfreerdp ",
        "wfreerdp ",
        "rdesktop ",
        "nmcli ",
        "\"--requirepass\",",
    ] {
        v.push((k, Cli));
    }
    // A user and a password handed to a call together: `auth=("etl", "…")` (requests),
    // `NetworkCredential("ops", "…")` (.NET), `HTTPBasicAuth("u", "…")`.
    for k in [
        "auth=(",
        "auth = (",
        "HTTPBasicAuth(",
        "HTTPDigestAuth(",
        "NetworkCredential(",
        "BasicAuth(",
        "aiohttp.BasicAuth(",
        "UsernamePasswordCredentials(",
        "PasswordAuthentication(",
    ] {
        v.push((k, CredCall));
    }
    for k in [
        "door code",
        "codice porta",
        "codice del portone",
        "κωδικός πόρτας",
        "κωδικός εισόδου",
        "code porte",
        "code de la porte",
        "türcode",
        "deurcode",
        "portkod",
        "código de la puerta",
        "código do portão",
        "código da porta",
        "keypad code",
        "keypad",
        "garage code",
        "オートロック",
        "暗証番号",
        "와이파이",
        "digicode",
        "pin for the",
        "alarm code",
        "phone passcode",
        "pin code",
        "gate pin",
        "door pin",
        "pin is",
        "gate code",
        "lockbox code",
        "key box code",
        "keybox code",
        "alarm code",
        "access code",
        "entry code",
        "wifi code",
        "wi-fi code",
        "code for the wifi",
        "code for the wi-fi",
        "code for the alarm",
        "code for the door",
        "code for the gate",
        "code for the lockbox",
        "wifi password",
        "wi-fi password",
        "wifi key",
        "buzzer code",
        "türcode",
        "code porte",
        "código de acceso",
        "código da porta",
        "guest wifi",
        "wifi",
        "wi-fi",
        "login pass",
        "wlan-schlüssel",
        "wlan-schluessel",
        "wlan schlüssel",
        "wlan-passwort",
        "wlan-kennwort",
        "netzwerkschlüssel",
        "пароль от wifi",
        "пароль от wi-fi",
        "пароль от вайфая",
        "wlan",
        "tor-code",
        "code van het hek",
        "hekcode",
        "poortcode",
        "pincode",
        "pin-code",
        "пин-код",
        "пин код",
        "pin 번호는",
        "pin 번호",
        "torcode",
        "haustür-code",
        "portkod",
        "porttelefonkod",
        "dørkode",
        "ovikoodi",
        "deurcode",
        "code van de voordeur",
        "code van de deur",
        "code van de poort",
        "kod do drzwi",
        "kod od drzwi",
        "kod do bramy",
        "kód ajtó",
        "kapı şifresi",
        "kapı kodu",
        "mã cổng",
        "mã cửa",
        "código del portal",
        "código de la puerta",
        "código do portão",
        "código da entrada",
        "codice del portone",
        "codice portone",
        "codice del cancello",
        "code de la porte",
        "code d'entrée",
        "code portail",
        "код от двери",
        "код домофона",
        "код подъезда",
        "باسورد الواي فاي",
        "كلمة سر الواي فاي",
        "pin ist",
        "pin es",
        "pin est",
        "pin è",
        "pin é",
        "pin de la",
        "pin del",
        "pin da",
        "pin du",
        "pin der",
        "pin van",
        "pin atm",
        "portkoden",
        "el portal es",
        "key safe code",
        "keysafe code",
        "gate code still",
        "door code on file",
        "gate code on file",
        "オートロック番号",
        "オートロックの暗証番号",
        "暗証番号",
        "गेट कोड",
        "pin yangu",
        "пин-код",
        "ПИН-код",
        "пин код",
        "ПИН код",
        "ПИН",
        "पिन",
        "الرمز السري",
    ] {
        v.push((k, Code));
    }
    for k in ["type=\"password\"", "type='password'", "type=password"] {
        v.push((k, PasswordInput));
    }
    for k in [
        "crypt(",
        "md5(",
        "sha1(",
        "sha256(",
        "password(",
        "bcrypt(",
        "hash_password(",
        "make_password(",
        "generate_password_hash(",
        "hashpw(",
    ] {
        v.push((k, HashCall));
    }
    v.push(("login:", LoginPair));
    v.push(("login is ", LoginPair));
    // `Netflix login for the house: a@b.c / pass`, `DB creds for staging: user app / pass`.
    for k in ["login for ", "creds for ", "credentials for "] {
        v.push((k, LoginPair));
    }
    for k in [
        "changed it to",
        "set it to",
        "reset it to",
        "updated it to",
        "changed to",
        "the new one is",
        "new one is",
        "old one was",
        "previous one was",
        "old one is",
        "i'm typing",
        "im typing",
        "i am typing",
        "yeah to",
        "it's now",
        "now it's",
        // `I tried Buster72669 but it won't let me in`.
        "i tried",
        "tried typing",
    ] {
        v.push((k, SetTo));
    }
    for k in [
        "me llamo",
        "mi nombre es",
        "je m'appelle",
        "je suis",
        "mijn naam is",
        "ik heet",
        "mình là",
        "tôi là",
        "tên tôi là",
        "tên mình là",
        "adım",
        "benim adım",
        "ismim",
        "benim ismim",
        "ich heiße",
        "ich bin",
        "mein name ist",
        "mi chiamo",
        "meu nome é",
        "eu sou",
        "jestem",
        "nazywam się",
        "меня зовут",
        "με λένε",
        "اسمي",
        "שמי",
        "मेरा नाम",
        "我叫",
        "我是",
        "我的名字是",
        "转给",
        "轉給",
        "联系人",
        "聯絡人",
        "私は",
        "私の名前は",
        "名前は",
        "저는",
        "제 이름은",
        "according to",
        "on behalf of",
        "forwarded to",
        "cc'd",
        "estimado",
        "estimada",
        "querido",
        "querida",
        "cher",
        "chère",
        "madame",
        "monsieur",
        "sehr geehrte",
        "sehr geehrter",
        "herr",
        "frau",
        "gentile",
        "caro",
        "cara",
        "prezado",
        "prezada",
        "sr.",
        "sra.",
        "srta.",
        "sig.",
        "sig.ra",
        "dott.",
        "mme",
        "mlle",
        "saludos,",
        "atentamente,",
        "cordialement,",
        "bien à vous,",
        "mit freundlichen grüßen",
        "viele grüße",
        "grüße,",
        "liebe grüße",
        "cordiali saluti",
        "distinti saluti",
        "atenciosamente,",
        "abraços,",
        "pozdrawiam",
        "med vänliga hälsningar",
        "mvh",
        "с уважением",
        "best wishes",
        "many thanks,",
        "thanks again,",
        "talk soon,",
        "all the best,",
        "respectfully,",
        "attention:",
        "to:",
        "signature:",
        "contact person",
        "account holder",
        "cardholder",
        "card holder",
        "beneficiary",
        "recipient:",
        "ship to",
        "bill to",
        "deliver to",
        "assignee",
        "reporter",
        "author:",
        "owner:",
        "requested by",
        "submitted by",
        "approved by",
        "reviewed by",
        "created by",
        // People a record is about, by their role (`Guest: Okonkwo, Chidi`,
        // `Interviewer: Hyun-woo Park`).
        "guest:",
        "interviewer:",
        "interviewee:",
        "candidate:",
        "applicant:",
        "tenant:",
        "passenger:",
        "traveler:",
        "traveller:",
        "attendee:",
        "participant:",
        "emergency contact:",
    ] {
        v.push((k, Name { strong: true }));
    }
    v
}

/// The people someone names after `my` and its kin in other languages (`my son
/// Rajesh`, `ma femme Claire`, `meine Kollegin Petra`).
pub(crate) const RELATIVES: &[&str] = &[
    "accountant",
    "ami",
    "amie",
    "amiga",
    "amigo",
    "assistant",
    "aunt",
    "boss",
    "boyfriend",
    "brat",
    "broer",
    "brother",
    "bruder",
    "chef",
    "chefin",
    "child",
    "co-worker",
    "colleague",
    "collega",
    "collègue",
    "cousin",
    "coworker",
    "córka",
    "dad",
    "datter",
    "daughter",
    "dochter",
    "doctor",
    "dotter",
    "esposa",
    "esposo",
    "father",
    "femme",
    "fiance",
    "fiancee",
    "fiancé",
    "fiancée",
    "figlia",
    "figlio",
    "filha",
    "filho",
    "fille",
    "fils",
    "flatmate",
    "fratello",
    "frau",
    "freund",
    "freundin",
    "friend",
    "fru",
    "frère",
    "girlfriend",
    "granddaughter",
    "grandfather",
    "grandma",
    "grandmother",
    "grandpa",
    "grandson",
    "hermana",
    "hermano",
    "hija",
    "hijo",
    "husband",
    "irmã",
    "irmão",
    "jefa",
    "jefe",
    "kid",
    "kollege",
    "kollegin",
    "colega",
    "compañero",
    "compañera",
    "companheiro",
    "companheira",
    "kolega",
    "koleżanka",
    "kone",
    "landlady",
    "landlord",
    "lawyer",
    "madre",
    "mama",
    "mamma",
    "man",
    "manager",
    "mand",
    "mann",
    "mari",
    "marido",
    "marito",
    "moeder",
    "moglie",
    "mom",
    "mother",
    "mulher",
    "mum",
    "mutter",
    "mãe",
    "mère",
    "mąż",
    "neighbor",
    "neighbour",
    "nephew",
    "niece",
    "padre",
    "pai",
    "pappa",
    "partner",
    "père",
    "roommate",
    "schwester",
    "siostra",
    "sister",
    "sohn",
    "son",
    "sorella",
    "stepdaughter",
    "stepson",
    "syn",
    "søn",
    "sœur",
    "tata",
    "teammate",
    "tenant",
    "therapist",
    "tochter",
    "uncle",
    "vader",
    "vater",
    "vrouw",
    "wife",
    "zoon",
    "zus",
    "żona",
    "брат",
    "дочь",
    "жена",
    "коллега",
    "мама",
    "муж",
    "папа",
    "сестра",
    "сын",
];

/// Cues after which only a known given name is a name: someone saying who they are
/// (`Hi it's Johan`, `Moi, täällä Sami`, `Met Floor, bel me terug`) or who did
/// something in a log (`by=Justine`).
const INTRODUCTIONS: &[&str] = &[
    "this is",
    "it's",
    "it’s",
    "it is",
    "here is",
    "hier ist",
    "hier spricht",
    "hier is",
    "c'est",
    "aquí",
    "aqui é",
    "här är",
    "her er",
    "täällä",
    "tässä",
    "to ja",
    "tu jest",
    // Short words, matched with the space around them: inside words they are
    // everywhere (`status`, `method`), and every match costs a look.
    " tu ",
    " lg ",
    "\nlg ",
    " mfg ",
    "\nmfg ",
    " ben ",
    " met ",
    "\nmet ",
    " its ",
    "\nits ",
    " ici ",
    " sou ",
    " soy ",
    "\nsoy ",
    "\nsono ",
    "hi im ",
    "hey im ",
    "hello im ",
    "em là",
    "det er",
    " é a ",
    " é o ",
    " sono ",
    "это",
    "by=",
    "by:",
    "user=",
    "owner=",
    "assignee=",
];

/// Cues after which a lone capitalised word closing the phrase is a name.
const GREETINGS: &[&str] = &[
    "thank you",
    "thanks so much",
    "many thanks",
    "danke",
    "vielen dank",
    "gracias",
    "merci",
    "grazie",
    "obrigado",
    "obrigada",
    "tack",
    "takk",
    "kiitos",
    "bedankt",
    "asante",
    "asante sana",
    "dank je",
    "dank u",
    "dziękuję",
    "dziekuje",
    "děkuji",
    "köszönöm",
    "mulțumesc",
    "teşekkürler",
    "teşekkür ederim",
    "cảm ơn",
    "спасибо",
    "дякую",
    "ευχαριστώ",
    "شكرا",
    "شكراً",
    "תודה",
    "धन्यवाद",
    "ขอบคุณ",
    "감사합니다",
    "고마워",
    "ありがとう",
    "谢谢",
    "謝謝",
    "of course,",
    "sure,",
    "moin",
    "servus",
    "grüezi",
    "grüß gott",
    "ahoj",
    "szia",
    "hallå",
    "halló",
    "salve",
    "buenas",
    "buona sera",
    "boa tarde",
    "boa noite",
    "안녕하세요",
    "こんにちは",
    "你好",
    "您好",
    "嗨",
    "亲爱的",
    "親愛的",
    "عزيزي",
    "عزيزتي",
    "السلام عليكم",
    "أهلا",
    "hi",
    "hello",
    "hey",
    "thanks,",
    "thank you,",
    "cheers,",
    "best,",
    // Acknowledgments that name the user: `Got it, George —`, `Entendido, Jesús, lo
    // revisamos`, `C'est noté, Thibault.`
    "got it,",
    "noted,",
    "understood,",
    "entendido,",
    "anotado,",
    "c'est noté,",
    "bien noté,",
    "noté,",
    "genoteerd,",
    "begrepen,",
    "verstanden,",
    "notiert,",
    "capito,",
    "ricevuto,",
    "entendi,",
    "perfecto,",
    "perfeito,",
    "uppfattat,",
    "noterat,",
    "thanks",
    "hola",
    "buenos días",
    "buenas tardes",
    "bonjour",
    "bonsoir",
    "salut",
    "hallo",
    "guten tag",
    "liebe",
    "lieber",
    "ciao",
    "buongiorno",
    "olá",
    "oi",
    "bom dia",
    "hej",
    "hei",
    "moi",
    "cześć",
    "dzień dobry",
    "merhaba",
    "selam",
    "selamlar",
    "jambo",
    "habari",
    "shikamoo",
    "шановна пані",
    "шановний пане",
    "шановна",
    "шановний",
    "уважаемая",
    "уважаемый",
    "xin chào",
    "sawasdee",
    "sawadee",
    "sawatdee",
    "สวัสดี",
    "chào",
    "привет",
    "здравствуйте",
    "γεια σου",
    "مرحبا",
    "שלום",
    "नमस्ते",
    "greetings",
    "good morning",
    "good afternoon",
    "good evening",
    "welcome",
    "hoi",
    "goedemorgen",
    "goedemiddag",
    "beste",
    // Sign-offs; with a comma and a new line they are strong cues (`Groetjes,⏎Quentin`).
    "z poważaniem",
    "pozdrowienia",
    "groetjes",
    "groeten",
    "met vriendelijke groet",
    "met vriendelijke groeten",
    "vriendelijke groeten",
    "hartelijke groeten",
    "bises",
    "bisous",
    "amitiés",
    "bien cordialement",
    "gruß",
    "beste grüße",
    "herzliche grüße",
    "un saludo",
    "saludos cordiales",
    "un abrazo",
    "cumprimentos",
    "melhores cumprimentos",
    "saluti",
    "un saluto",
    "a presto",
    "hälsningar",
    "vänliga hälsningar",
    "med venlig hilsen",
    "venlig hilsen",
    "med vennlig hilsen",
    "vennlig hilsen",
    "hilsen",
    "terveisin",
    "ystävällisin terveisin",
    "saygılarımla",
    "s pozdravem",
    "üdvözlettel",
    "cu stimă",
    "з повагою",
    "με εκτίμηση",
    "φιλικά",
    "مع تحياتي",
    "regards",
    "cheers",
    "take care,",
    "talk later,",
];

/// Cues with which someone says who they are (`I'm`, `soy`, `em là`), or signs with a
/// greeting's abbreviation (`LG`, `MfG`).
fn self_intro(cue: &[u8]) -> bool {
    let mut c = cue;
    while let [b' ' | b'\n', rest @ ..] = c {
        c = rest;
    }
    while let [rest @ .., b' '] = c {
        c = rest;
    }
    const SELF: &[&str] = &[
        "i'm", "i am", "soy", "sono", "lg", "mfg", "em là", "det er", "é a", "é o", "by=", "by:",
    ];
    SELF.iter().any(|w| c.eq_ignore_ascii_case(w.as_bytes()))
}

/// A keyword-triggered hit.
pub type KwHit = (EntityKind, &'static str, usize, usize);

/// Run the detector for `trig`, whose literal matched `t[s..e]`.
pub fn detect(t: &[u8], s: usize, e: usize, trig: Trigger, names: &NameDict, out: &mut Vec<KwHit>) {
    use Trigger::*;
    // The label of a placeholder left by an earlier redaction (`[SECRET]`, `[PHONE:1a2b]`)
    // is no cue: redacting twice changes nothing.
    if s > 0 && t[s - 1] == b'[' && placeholder_label(t, s) {
        return;
    }
    match trig {
        Prefix(rule, shape) => {
            if let Some(end) = prefix_secret(t, s, e, shape) {
                out.push((EntityKind::Secret, rule, s, end));
                // The secret key usually travels with its key id.
                if shape == PrefixShape::Aws {
                    aws_secret_near(t, s.saturating_sub(300), (end + 300).min(t.len()), out);
                }
            }
        }
        At => {
            if !email(t, s, out) {
                names.mention(t, s + 1, out);
            } else if let Some(&(_, _, a, _)) = out.last() {
                // `Ebuka Uzor <ebuka@…>`: the display name is the person's.
                if a > 0 && t[a - 1] == b'<' {
                    names.display_name(t, a - 1, out);
                }
            }
        }
        AtWritten => {
            // ` [at] ` and `(at)` need a dot written out or not after them:
            // `anna [at] example [dot] com` is read as far as `example`, and the
            // dotted domain must follow.
            let mut found = Vec::new();
            if email_around(t, s, e, &mut found) {
                out.extend(found);
            } else if let Some(end) = dotted_domain(t, e) {
                let mut ls = s;
                while ls > 0
                    && (t[ls - 1].is_ascii_alphanumeric()
                        || matches!(t[ls - 1], b'.' | b'_' | b'-' | b'+'))
                {
                    ls -= 1;
                }
                if ls < s {
                    out.push((EntityKind::Email, "email", ls, end));
                }
            }
        }
        SpokenDomain => spoken_email(t, s, e, out),
        Url => url(t, s, e, out),
        GoDsn => go_dsn(t, s, out),
        CopyRows => super::columns::copy_rows(t, s, out),
        Turns => {
            // `Cassandra turns 23 on August 6`, `Mum turns 76 on 8 April`: someone (a name,
            // a pronoun, a relative) turns an age; not `the server turns 5 on March 3`.
            let prev_end = s.saturating_sub(1);
            let prev = &t[prev_end
                - run_back(t, prev_end, 16, |b| b.is_ascii_alphabetic() || b >= 0x80)
                ..prev_end];
            // `Turning 34 on March 20!`, `I'm turning 40 on 2 May`: the writer's own.
            let own = t[s] == b'T' && (s == 0 || matches!(t[s - 1], b'\n' | b'"' | b'>'))
                || t[..s].ends_with(b". T")
                || t[..s].ends_with(b"! T")
                || t[..s].ends_with(b"I'm ")
                || t[..s].ends_with(b"I am ")
                || t[..s].ends_with(b"i'm ");
            let someone = own
                || at(t, prev_end) == b' '
                    && (prev.first().is_some_and(u8::is_ascii_uppercase)
                        || prev.first().is_some_and(|&b| b >= 0x80)
                        || [
                            "he", "she", "mum", "mom", "dad", "son", "daughter", "wife", "husband",
                            "grandma", "grandpa", "sister", "brother", "baby", "kid", "she'll",
                        ]
                        .iter()
                        .any(|w| prev.eq_ignore_ascii_case(w.as_bytes())));
            if let Some((_, k)) = num(t, e, 1, 3).filter(|_| someone && letter_boundary(t, s)) {
                if t.len() >= k + 4 && t[k..k + 4].eq_ignore_ascii_case(b" on ") {
                    let i = skip_spaces(t, k + 4, 1);
                    if let Some(end) = month_day_at(t, i) {
                        out.push((EntityKind::DateOfBirth, "birthday", i, end));
                    }
                }
            }
        }
        Pem => pem(t, s, out),
        Bearer => {
            let v = e;
            let end = run_while(t, v, 4096, |b| {
                key_char(b) || matches!(b, b'.' | b'~' | b'+' | b'/' | b'=')
            });
            if end - v >= 16 && letter_boundary(t, s) {
                out.push((EntityKind::Secret, "bearer_token", v, end));
            }
        }
        KeyValue { loose, token_like } => {
            if let Some((vs, ve)) = label_value(t, s, e) {
                out.push((EntityKind::Secret, "password_field", vs, ve));
            } else {
                key_value(t, s, e, loose, token_like, out);
            }
        }
        Birth => {
            let before = out.len();
            birth(t, s, e, out);
            // `my DOB is 08/13/1988 but it should be 08/03/1980`, `dob 1959-05-28 vs
            // document 28.05.1959`: the date it is corrected to or checked against is the
            // same person's birth date.
            if out.len() > before {
                if let Some(&(EntityKind::DateOfBirth, _, _, b)) = out.last() {
                    if let Some((c, d)) = corrected_date(t, b) {
                        out.push((EntityKind::DateOfBirth, "dob_context", c, d));
                    }
                }
            }
        }
        Ssn | Itin => {
            if letter_boundary(t, s) && word_end(t, e) || matches!(at(t, e), b'#' | b':') {
                if let Some((a, b, d)) = digits_after(t, e, 40, 9, 9) {
                    if trig == Itin && crate::validate::itin(&d[..9]) {
                        out.push((EntityKind::UsItin, "itin_context", a, b));
                    } else if crate::validate::ssn(&d[..9]) {
                        out.push((EntityKind::UsSsn, "ssn_context", a, b));
                    } else if crate::validate::itin(&d[..9]) {
                        out.push((EntityKind::UsItin, "itin_context", a, b));
                    }
                }
            }
        }
        Nhs => {
            if letter_boundary(t, s) {
                if let Some((a, b, d)) = digits_after(t, e, 40, 10, 10) {
                    if crate::validate::nhs(&d[..10]) {
                        out.push((EntityKind::UkNhs, "nhs_context", a, b));
                    }
                }
            }
        }
        Passport => {
            if letter_boundary(t, s) {
                if let Some((a, b)) = id_after(t, e, 48, 6, 9, 6) {
                    out.push((EntityKind::UsPassport, "passport_context", a, b));
                }
            }
        }
        License => {
            if letter_boundary(t, s) {
                if let Some((a, b)) = id_after(t, e, 48, 5, 16, 4) {
                    out.push((EntityKind::UsDriverLicense, "driver_license_context", a, b));
                }
            }
        }
        Name { strong } => {
            // A title is one before a capitalised word only (`Dr Wolde`, not `the dr
            // pepper ones`).
            let cue = &t[s..e];
            let title = cue.len() <= 9
                && (cue.ends_with(b" ") || cue.ends_with(b"."))
                && cue[0].is_ascii_alphabetic()
                && !cue[..cue.len() - 1].contains(&b' ');
            let next = super::util::skip_spaces(t, e, 1);
            // A particle may open the name after a title (`mr. van Tours`).
            let particle = [
                &b"van "[..],
                b"von ",
                b"de ",
                b"da ",
                b"di ",
                b"del ",
                b"der ",
                b"ter ",
                b"le ",
                b"la ",
                b"med. ",
            ]
            .iter()
            .any(|p| t[next..].starts_with(p));
            if title
                && !particle
                && !super::util::char_at(t, next).is_some_and(|(c, _)| c.is_uppercase())
            {
                return;
            }
            // A dash signs a note only with the name closing its line (`… — Imogen`),
            // not in prose (`Weekly sync — Jul 29`, `the answer — Alice said — is 4`).
            let trimmed = cue.trim_ascii();
            if trimmed == "—".as_bytes() || trimmed == "–".as_bytes() {
                let line_end = memchr::memchr(b'\n', &t[e..]).map_or(t.len(), |k| e + k);
                // (A title or a company may follow: `— Jane Doe, CTO`, `— Ana (Acme)`.)
                let rest = std::str::from_utf8(&t[e..line_end]).unwrap_or("");
                let rest = rest
                    .split([',', '(', '"', '\\'])
                    .next()
                    .unwrap_or("")
                    .trim_end();
                let words: Vec<&str> = rest.split(' ').collect();
                let signature = (1..=3).contains(&words.len())
                    && words.iter().all(|w| {
                        w.chars().next().is_some_and(char::is_uppercase)
                            && w.chars()
                                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
                    })
                    && month_at(t, e).is_none()
                    // `Status — Healthy`, `Result — Done`: everyday words.
                    && names.lower_case_is_rare(words[0].to_lowercase().as_bytes());
                if !signature {
                    return;
                }
            }
            // `SPEAKER Pornthip:` of a transcript, not `the speaker Bluetooth`.
            if cue.eq_ignore_ascii_case(b"speaker ") && cue != b"SPEAKER " {
                return;
            }
            // CJK cues and cues ending in a space (`Ms `) are followed by the name directly.
            let cjk = t[e - 1] >= 0x80 && !t[s..e].is_ascii();
            let direct = cjk || t[e - 1] == b' ';
            // Short cues are matched with the space before them (` cc `).
            let padded = matches!(t[s], b' ' | b'\n');
            if (cjk || padded || letter_boundary(t, s))
                && (direct || !super::util::letter_after(t, e))
            {
                // A sign-off on its own line (`Thanks,` / `Best,` then a newline) is a strong cue.
                let strong = strong || (at(t, e - 1) == b',' && super::util::newline_len(t, e) > 0);
                if !strong && self_intro(&t[s..e]) {
                    names.after_self_intro(t, e, out);
                } else {
                    names.after_context(t, e, strong, out);
                }
            }
        }
        Possessive => relative_named(t, e, names, out),
        Cli => {
            if letter_boundary(t, s) || t[s] == b'"' {
                cli_password(t, s, e, out);
            }
        }
        CredCall => {
            if let Some((vs, ve)) = credential_call(t, e) {
                out.push((EntityKind::Secret, "credential_call", vs, ve));
            }
        }
        Code => {
            if letter_boundary(t, s) && !super::util::letter_after(t, e) {
                let mut i = skip_spaces(t, e, 2);
                // `Lockbox code for all: 0373…`, `gate code for the van: …`,
                // `WLAN-Passwort für KPN-Guest: …`.
                // `PIN de la tarjeta: 3527`: what it opens in up to three words, then `:`.
                {
                    let k = run_while(t, i, 32, |b| {
                        b.is_ascii_alphanumeric() || b >= 0x80 || matches!(b, b' ' | b'-' | b'_')
                    });
                    let words = t[i..k]
                        .split(|&b| b == b' ')
                        .filter(|w| !w.is_empty())
                        .count();
                    if at(t, k) == b':' && (for_what(t, i) || words <= 3) {
                        i = k;
                    }
                }
                // `pin for the gate is 874754`, `alarm code for the office is 29232`: what
                // the code opens, then `is`.
                let w = run_while(t, i, 24, |b| b.is_ascii_alphabetic() || b == b' ');
                if w > i && !matches!(at(t, i), b':' | b'=') {
                    let mut k = w;
                    while k > i && t[k - 1] == b' ' {
                        k -= 1;
                    }
                    // The last word of the run may be the `is` itself; or the run went
                    // on into a value of words (`… side door is biscuit-velvet…`): the
                    // first `is` of it.
                    let last = t[i..k]
                        .iter()
                        .rposition(|&b| b == b' ')
                        .map_or(i, |p| i + p + 1);
                    if copula_at(t, last).is_some() && last > i {
                        i = last;
                    } else if let Some(c) = (i + 1..k)
                        .filter(|&c| t[c - 1] == b' ')
                        .find(|&c| t[c..].starts_with(b"is "))
                    {
                        i = c;
                    }
                }
                if matches!(at(t, i), b':' | b'=') {
                    i = skip_spaces(t, i + 1, 2);
                } else if t[i..].starts_with("：".as_bytes()) {
                    i = skip_spaces(t, i + "：".len(), 2);
                } else if let Some(n) = copula_at(t, i) {
                    i = skip_spaces(t, i + n, 2);
                    if at(t, i) == b':' {
                        i = skip_spaces(t, i + 1, 2);
                    }
                } else if t[i..].starts_with(b"->") {
                    i = skip_spaces(t, i + 2, 2);
                }
                // A network's name, then its key after a slash (`wifi is FRITZ!Box 7590
                // QX / G-^2r…`).
                // A key pressed before the digits (`#6432`, `*08466`) and digits keyed one
                // by one (`1-3-3-4`) are part of the code.
                let pressed_first =
                    matches!(at(t, i), b'#' | b'*') && at(t, i + 1).is_ascii_digit();
                let dashed_end = {
                    let k = run_while(t, i + usize::from(pressed_first), 24, |b| {
                        b.is_ascii_digit() || b == b'-'
                    });
                    let v = &t[i + usize::from(pressed_first)..k];
                    let digits = v.iter().filter(|b| b.is_ascii_digit()).count();
                    let shaped = digits >= 4
                        && v.first().is_some_and(u8::is_ascii_digit)
                        && v.last().is_some_and(u8::is_ascii_digit)
                        && !v.windows(2).any(|w| w == b"--")
                        && !alnum(at(t, k));
                    shaped.then_some(k)
                };
                if let Some((vs, ve)) = secret_after_slash(t, i) {
                    out.push((EntityKind::Secret, "access_code", vs, ve));
                    // `door code 9567, wifi "HouseGuest" / …`: the code before it too.
                    if let Some(de) = dashed_end.filter(|&de| de < vs) {
                        out.push((EntityKind::Secret, "access_code", i, de));
                    }
                } else if let Some(mut ve) = dashed_end {
                    if matches!(at(t, ve), b'*' | b'#') && !alnum(at(t, ve + 1)) {
                        ve += 1;
                    }
                    out.push((EntityKind::Secret, "access_code", i, ve));
                } else if let Some(pe) = passphrase_end(t, i).filter(|&pe| {
                    // Words closed by a number (`rocket tulip thistle otter 89`), not
                    // what is said about the network (`the wifi is really slow today`).
                    let k = run_back(t, pe, 4, |b| b.is_ascii_digit());
                    k > 0 && at(t, pe - k - 1) == b' '
                }) {
                    out.push((EntityKind::Secret, "access_code", i, pe));
                } else if let Some((vs, mut ve)) = quoted_or_token(t, i) {
                    // The key pressed after it (`4727*`, `4122#`) is part of the code.
                    let pressed = usize::from(ve > vs + 1 && matches!(t[ve - 1], b'*' | b'#'));
                    let v = &t[vs..ve - pressed];
                    // A code has digits, or a password's shape (`Sunshine1=`, a passphrase);
                    // a digicode may open with a letter (`A1733`).
                    let digits = v.iter().filter(|b| b.is_ascii_digit()).count();
                    let lettered = v.len() >= 5
                        && v[0].is_ascii_uppercase()
                        && v[1..].iter().all(u8::is_ascii_digit);
                    if (digits >= 4 && v.iter().all(u8::is_ascii_digit))
                        || lettered
                        || password_shaped(t, vs, ve)
                    {
                        if pressed == 0 && matches!(at(t, ve), b'*' | b'#') && !alnum(at(t, ve + 1))
                        {
                            ve += 1;
                        }
                        out.push((EntityKind::Secret, "access_code", vs, ve));
                    }
                }
            }
        }
        PasswordInput => {
            // The `value` attribute of the same tag.
            let tag_end = memchr::memchr(b'>', &t[e..t.len().min(e + 300)])
                .map_or(t.len().min(e + 300), |k| e + k);
            let tag_start = memchr::memrchr(b'<', &t[s.saturating_sub(300)..s])
                .map_or(s, |k| s.saturating_sub(300) + k);
            let tag = &t[tag_start..tag_end];
            if let Some(p) = tag
                .windows(6)
                .position(|w| w.eq_ignore_ascii_case(b"value="))
            {
                if let Some((vs, ve)) = quoted_or_token(t, tag_start + p + 6) {
                    if ve > vs && !t[vs..ve].starts_with(b"{{") && !t[vs..ve].starts_with(b"${") {
                        out.push((EntityKind::Secret, "password_input", vs, ve));
                    }
                }
            }
        }
        HashCall => {
            if !super::util::letter_before(t, s) || t[s - 1] == b'_' {
                if let Some((vs, ve)) = bare_secret_at(t, skip_spaces(t, e, 2)) {
                    if matches!(at(t, skip_spaces(t, e, 2)), b'\'' | b'"') {
                        out.push((EntityKind::Secret, "password_hashed", vs, ve));
                    }
                }
            }
        }
        SetTo => {
            // The password may be named after the value: `… but it won't let me in`.
            let after = &t[e..t.len().min(e + 120)];
            if letter_boundary(t, s)
                && at(t, e) == b' '
                && (password_nearby(t, s) || password_word_in(after))
            {
                let vs = e + 1;
                let ve = ascii_token_end(t, vs);
                if ve > vs && password_shaped(t, vs, ve) {
                    out.push((EntityKind::Secret, "password_set", vs, ve));
                }
            }
        }
        LoginPair => {
            // What the login is for, then its `:`.
            let e = if t[s..e].ends_with(b"for ") {
                let lim = t.len().min(e + 40);
                match (e..lim).find(|&k| t[k] == b':' || t[k] == b'\n') {
                    Some(k) if t[k] == b':' => k + 1,
                    _ => return,
                }
            } else {
                e
            };
            if let Some((vs, ve)) = login_pair(t, e) {
                out.push((EntityKind::Secret, "credential_pair", vs, ve));
            }
        }
        Intro => {
            // `by=`, `by:` and the space-padded short words are followed by the name
            // directly; a padded word brings its own boundary.
            let direct = matches!(t[e - 1], b'=' | b':' | b' ');
            let padded = matches!(t[s], b' ' | b'\n');
            if (padded || letter_boundary(t, s)) && (direct || !super::util::letter_after(t, e)) {
                if let Some((vs, ve)) = password_given_as_it(t, s, e) {
                    out.push((EntityKind::Secret, "password_its", vs, ve));
                } else if self_intro(&t[s..e]) {
                    names.after_self_intro(t, e, out);
                } else {
                    names.after_intro(t, e, out);
                }
            }
        }
        Greeting => {
            let cjk = t[e - 1] >= 0x80 && !t[s..e].is_ascii();
            if cjk || (letter_boundary(t, s) && !super::util::letter_after(t, e)) {
                if at(t, e - 1) == b',' && super::util::newline_len(t, e) > 0 {
                    names.after_context(t, e, true, out);
                } else {
                    names.after_greeting(t, e, out);
                }
            }
        }
        NameField => {
            if letter_boundary(t, s) {
                names.field_value(t, s, e, out);
            }
        }
        Hl7Pid => {
            if s == 0 || matches!(t[s - 1], b'\n' | b'\r') || t[..s].ends_with(b"\\r") {
                hl7_pid(t, e, out);
            }
        }
        Hl7People => {
            if s == 0 || matches!(t[s - 1], b'\n' | b'\r') || t[..s].ends_with(b"\\r") {
                hl7_people(t, s, e, out);
            }
        }
        FhirName => fhir_name(t, e, out),
        VcardName => vcard_name(t, e, out),
        Pgpass => pgpass_lines(t, e, out),
        Pnr => pnr(t, s, e, out),
        NetUse => {
            if let Some((vs, ve)) = password_after_account(t, e) {
                out.push((EntityKind::Secret, "password_cli", vs, ve));
            }
        }
        AddressField => {
            // `billing_address`, `new-address`: `field_address` tells postal keys from
            // network ones (`ip_address`, `remote_addr`).
            if s == 0 || matches!(t[s - 1], b'_' | b'-') || letter_boundary(t, s) {
                field_address(t, s, e, out);
            }
        }
        PhoneField => {
            if letter_boundary(t, s) {
                field_phone(t, e, out);
            }
        }
        Credit { list, handle } => super::chat::credit_at(t, e, list, handle, out),
        Health => super::health::detect(t, s, e, false, out),
        HealthLabel => health_label(t, s, e, out),
        HandleField => handle_field(t, s, e, out),
        PostcodeField => postcode_field(t, s, e, out),
        Vocative => {
            if let Some((a, b)) = names.vocative_before(t, s) {
                out.push((EntityKind::Person, "name_vocative", a, b));
            }
        }
        Dose => {
            if let Some((a, b)) = super::health::dosed(t, s, e) {
                out.push((EntityKind::Health, "medicine_dose", a, b));
            }
        }
        HealthEnding => super::health::detect(t, s, e, true, out),
        Basic => basic_auth(t, s, e, out),
        PgpassPort => {
            if let Some((vs, ve)) = pgpass_password(t, s) {
                out.push((EntityKind::Secret, "pgpass", vs, ve));
            }
        }
        CurlUser => {
            if s == 0 || matches!(t[s - 1], b' ' | b'\t' | b'"' | b'\'') {
                let v = if matches!(at(t, e), b'"' | b'\'') {
                    e + 1
                } else {
                    e
                };
                let end = run_while(t, v, 256, |b| {
                    b > b' ' && !matches!(b, b'"' | b'\'' | b'\\')
                });
                if let Some(colon) = t[v..end].iter().position(|&b| b == b':') {
                    // `"$API_USER:$API_PASS"` names variables, it holds no credential.
                    let variable = at(t, v + colon + 1) == b'$';
                    if colon > 0 && end > v + colon + 1 && !variable {
                        out.push((EntityKind::Secret, "basic_auth", v, end));
                    }
                }
            }
        }
        AwsSecret => {
            if letter_boundary(t, s) {
                aws_secret_near(t, e, t.len().min(e + 64), out);
            }
        }
        Address(kw) => super::address::detect(t, s, e, kw, out),
    }
}

/// `t[s..]` is the label of a `[LABEL]` / `[LABEL:hash]` placeholder.
fn placeholder_label(t: &[u8], s: usize) -> bool {
    let e = run_while(t, s, 32, |b| b.is_ascii_uppercase() || b == b'_');
    e > s && matches!(at(t, e), b']' | b':')
}

/// The literal starts a word (previous byte is not a letter or digit).
fn letter_boundary(t: &[u8], s: usize) -> bool {
    s == 0 || (t[s - 1] != b'_' && !super::util::letter_before(t, s))
}

fn prefix_secret(t: &[u8], s: usize, e: usize, shape: PrefixShape) -> Option<usize> {
    if s > 0 && alnum(t[s - 1]) {
        return None;
    }
    match shape {
        PrefixShape::Aws => {
            if !t[s..e].iter().all(u8::is_ascii_uppercase) {
                return None;
            }
            let end = run_while(t, e, 64, |b| b.is_ascii_uppercase() || b.is_ascii_digit());
            (end - e == 16 && !alnum(at(t, end))).then_some(end)
        }
        PrefixShape::Min(n) => {
            // Prefixes are lower-case except `AIza`; keep their case exact.
            let lit_ok = t[s..e].iter().all(|b| !b.is_ascii_uppercase()) || &t[s..e] == b"AIza";
            if !lit_ok {
                return None;
            }
            let end = run_while(t, e, 512, key_char);
            let body = &t[e..end];
            let has_digit_or_upper = body
                .iter()
                .any(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
            (body.len() >= n && has_digit_or_upper).then_some(end)
        }
        PrefixShape::Jwt => {
            if &t[s..e] != b"eyJ" {
                return None;
            }
            let b64 = |b: u8| alnum(b) || b == b'_' || b == b'-';
            let p1 = run_while(t, s, 4096, b64);
            if p1 - s < 10 || at(t, p1) != b'.' {
                return None;
            }
            let p2 = run_while(t, p1 + 1, 8192, b64);
            if p2 - (p1 + 1) < 4 || at(t, p2) != b'.' {
                return None;
            }
            let p3 = run_while(t, p2 + 1, 4096, b64);
            Some(if p3 > p2 + 1 { p3 } else { p2 + 1 })
        }
    }
}

fn email(t: &[u8], a: usize, out: &mut Vec<KwHit>) -> bool {
    email_around(t, a, a + 1, out)
}

/// `example [dot] com`, `example(dot)co(dot)uk`: a domain with its dots written out,
/// starting at `i`; returns its end.
fn dotted_domain(t: &[u8], i: usize) -> Option<usize> {
    let mut k = i;
    let mut parts = 0;
    loop {
        let ws = k;
        k = run_while(t, k, 63, |b| b.is_ascii_alphanumeric() || b == b'-');
        if k == ws {
            return None;
        }
        parts += 1;
        let rest = &t[k..t.len().min(k + 8)];
        let sep = [&b" [dot] "[..], b"[dot]", b" (dot) ", b"(dot)", b" dot "]
            .into_iter()
            .find(|d| rest.len() >= d.len() && rest[..d.len()].eq_ignore_ascii_case(d));
        match sep {
            Some(d) => k += d.len(),
            None => break,
        }
    }
    (parts >= 2 && t[k - 1].is_ascii_alphabetic()).then_some(k)
}

/// An address around an at sign written at `t[a..z]`: `@`, or as people and pages
/// write it to stop harvesters (`&#64;`, `&commat;`, ` [at] `, `(at)`, a full-width `＠`).
/// An e-mail address said aloud, as a voice transcript writes it: `tomasz dot dabrowski
/// at ymail dot com`, `lflores at vela-insurance dot es`. `s..e` is ` dot <tld>`.
fn spoken_email(t: &[u8], s: usize, e: usize, out: &mut Vec<KwHit>) {
    let label = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.');
    if label(at(t, e)) {
        return;
    }
    // More of the domain after it: `… dot co dot uk`.
    let mut end = e;
    loop {
        let rest = &t[end..];
        if rest.len() > 6 && rest[..5].eq_ignore_ascii_case(b" dot ") {
            let w = run_while(t, end + 5, 8, |b| b.is_ascii_alphabetic());
            if (end + 7..=end + 11).contains(&w) && !label(at(t, w)) {
                end = w;
                continue;
            }
        }
        break;
    }
    // The word(s) before it, back to ` at `.
    let word_back = |i: usize| i - run_back(t, i, 64, label);
    let joiners: [&[u8]; 5] = [b" dot ", b" underscore ", b" dash ", b" hyphen ", b" at "];
    let joined_by = |i: usize, j: &[u8]| i >= j.len() && t[i - j.len()..i].eq_ignore_ascii_case(j);
    let mut ds = word_back(s);
    if ds == s {
        return;
    }
    while joined_by(ds, b" dot ") && word_back(ds - 5) < ds - 5 {
        ds = word_back(ds - 5);
    }
    if !joined_by(ds, b" at ") {
        return;
    }
    let le = ds - 4;
    let mut ls = word_back(le);
    if ls == le {
        return;
    }
    // `reach me at gmail dot com` names a provider, nobody's address.
    const NOT_LOCAL: &[&[u8]] = &[
        b"me", b"us", b"him", b"her", b"them", b"it", b"is", b"was", b"be", b"email", b"mail",
        b"e-mail", b"address", b"you", b"or", b"and", b"look", b"found", b"posted", b"work",
    ];
    if NOT_LOCAL.iter().any(|w| t[ls..le].eq_ignore_ascii_case(w)) {
        return;
    }
    for _ in 0..4 {
        let Some(j) = joiners[..4].iter().find(|j| joined_by(ls, j)) else {
            break;
        };
        let before = ls - j.len();
        let ws = word_back(before);
        if ws == before {
            break;
        }
        ls = ws;
    }
    out.push((EntityKind::Email, "email_spoken", ls, end));
}

fn email_around(t: &[u8], a: usize, z: usize, out: &mut Vec<KwHit>) -> bool {
    use super::util::{char_at, char_before};
    // Letters of any alphabet count (`josé@correo.es`, `müller@beispiel.de`,
    // `иван@пример.рф`), CJK text glued to an address does not.
    let intl = |c: char| !c.is_ascii() && c.is_alphanumeric() && !super::util::is_cjk(c);
    let local =
        |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-') || intl(c);
    let mut s = a;
    while a - s < 64 {
        match char_before(t, s) {
            Some((c, l)) if local(c) => s -= l,
            _ => break,
        }
    }
    while s < a && t[s] == b'.' {
        s += 1;
    }
    if s == a {
        return false;
    }
    // `postgres://admin:Zq8xLp2@db.internal`: a password in a URL before its host, no
    // address (the URL's rule takes the credentials).
    {
        let u = s - run_back(t, s, 128, |b| {
            b > b' ' && b < 0x7f && !matches!(b, b'/' | b'"' | b'\'' | b'<' | b'>' | b'`')
        });
        if u >= 3 && &t[u - 3..u] == b"://" && t[u..s].contains(&b':') {
            return false;
        }
    }
    let dom = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-') || intl(c);
    let mut e = z;
    while e - z < 255 {
        match char_at(t, e) {
            Some((c, l)) if dom(c) => e += l,
            _ => break,
        }
    }
    while e > z && matches!(t[e - 1], b'.' | b'-') {
        e -= 1;
    }
    let domain = &t[z..e];
    let Some(dot) = domain.iter().rposition(|&b| b == b'.') else {
        return false;
    };
    let tld = std::str::from_utf8(&domain[dot + 1..]).unwrap_or("");
    if dot == 0 || tld.chars().count() < 2 || !tld.chars().all(char::is_alphabetic) {
        return false;
    }
    out.push((EntityKind::Email, "email", s, e));
    // `login: ana@x.at / S3cur1ty!`: a credential pair, the password after a slash or
    // a pipe, when it has a password's shape.
    let mut j = skip_spaces(t, e, 2);
    if matches!(at(t, j), b'/' | b'|') && at(t, j + 1) != b'/' {
        j = skip_spaces(t, j + 1, 2);
        if let Some((vs, ve)) = bare_secret_at(t, j) {
            out.push((EntityKind::Secret, "credential_pair", vs, ve));
        }
    }
    true
}

/// The value after a field key ending at `e`: `": "…"`, `: …`, `=…`, with an
/// optional `_suffix`/`.suffix` on the key (`address_line1`, `phone.number`).
/// Returns the value's start, end, and whether it was quoted.
fn field_value_span(t: &[u8], e: usize, max: usize) -> Option<(usize, usize)> {
    let mut i = e;
    if matches!(at(t, i), b'_' | b'.' | b'-') && at(t, i + 1).is_ascii_alphanumeric() {
        i = run_while(t, i + 1, 16, |b| b.is_ascii_alphanumeric() || b == b'_');
    }
    if super::util::letter_after(t, i) {
        return None;
    }
    i = super::util::skip_quote(t, i);
    // A printed form's columns (`Address               Meadow View, Park Avenue`): three
    // spaces or more part the label from its value, as a colon does.
    // (A line with more such gaps is a table's header or row: `Full name   Date of birth
    // ID`.)
    let aligned = run_while(t, i, 64, |b| b == b' ') - i;
    if aligned >= 3 && super::util::letter_after(t, i + aligned) {
        let vs = i + aligned;
        if super::util::more_columns(t, vs) {
            return None;
        }
        return field_value_from(t, vs, max);
    }
    // A record of labels and values one per line, parted by a tab, raw or escaped in a
    // JSON string (`Domicilio⇥Calle 45 # 12-30`, `Domicilio\tCalle 45…`); a line with
    // another tab is a table's row, a column's name after the tab a header's
    // (`name⇥email`).
    // (Escaped whitespace is read decoded as a space and the character itself.)
    let tab = if at(t, i) == b'\t' {
        1
    } else if (at(t, i) == b' ' && at(t, i + 1) == b'\t') || t[i..].starts_with(b"\\t") {
        2
    } else {
        0
    };
    if tab > 0 {
        let vs = i + tab;
        let line_end = memchr::memchr(b'\n', &t[vs..]).map_or(t.len(), |p| vs + p);
        let line_end = memchr::memmem::find(&t[vs..line_end], b"\\n").map_or(line_end, |p| vs + p);
        let line = &t[vs..line_end];
        if line.contains(&b'\t') || memchr::memmem::find(line, b"\\t").is_some() {
            return None;
        }
        let value = field_value_from(t, vs, max)?;
        if super::columns::column_kind(&t[value.0..value.1]).is_some() {
            return None;
        }
        return Some(value);
    }
    i = skip_spaces(t, i, 2);
    if at(t, i) == b'.' {
        i += 1;
    }
    // An HTML form field: `name="addr" value="…"`.
    if t[i..].starts_with(b"value=") {
        i += 5;
    }
    // A full-width colon follows CJK keys; a form's dot leaders
    // (`Address............... 12 Main St`) separate like a colon.
    let dots = run_while(t, i, 64, |b| b == b'.') - i;
    if t[i..].starts_with("：".as_bytes()) {
        i += 3;
    } else if matches!(at(t, i), b':' | b'=') {
        i += 1;
    } else if dots >= 2 {
        i += dots;
        if at(t, i) == b':' {
            i += 1;
        }
    } else {
        return None;
    }
    field_value_from(t, skip_spaces(t, i, 4), max)
}

/// The value of a field starting at `i`, after its label and separator: quoted (the
/// quotes escaped as deep as JSON nests) or to the end of its line or the next key.
fn field_value_from(t: &[u8], i: usize, max: usize) -> Option<(usize, usize)> {
    // An opening quote, escaped as deep as the JSON nests (`"`, `\\"`, `\\\\\\"`);
    // the value ends at the same sequence.
    let mut k = i;
    while at(t, k) == b'\\' && k - i < 8 {
        k += 1;
    }
    let (quote, vs) = if matches!(at(t, k), b'"' | b'\'') {
        (Some(&t[i..=k]), k + 1)
    } else {
        (None, i)
    };
    let lim = t.len().min(vs + max);
    let mut ve = vs;
    while ve < lim {
        if let Some(q) = quote {
            if t[ve..].starts_with(q) {
                break;
            }
        } else if matches!(t[ve], b'\n' | b'\r' | b';' | b'|' | b'\t' | b'"')
            || t[ve..].starts_with(b"\\n")
            || (matches!(t[ve], b' ' | b'&') && next_is_key(t, ve + 1))
        {
            break;
        }
        ve += 1;
    }
    while ve > vs && matches!(t[ve - 1], b' ' | b',' | b'.' | b'\\') {
        ve -= 1;
    }
    (ve > vs).then_some((vs, ve))
}

/// An address said in a sentence (`Billing address is #88, 2nd Main, Andheri West,⏎
/// Kolkata-700061; the card …`, `my address is now Ivy House, Victoria Road, Cardiff`):
/// after the word for an address and `is`, to the clause's end (a line wrapped after a
/// comma goes on).
fn address_said(t: &[u8], e: usize) -> Option<(usize, usize)> {
    const IS: &[&str] = &[
        " is now ", " is ", " ist ", " es ", " est ", " é ", " è ", " är ", " er ", " jest ",
        " adalah ", " on ",
    ];
    let n = IS
        .iter()
        .find(|w| t.len() > e + w.len() && t[e..e + w.len()].eq_ignore_ascii_case(w.as_bytes()))?;
    let vs = e + n.len();
    let lim = t.len().min(vs + 140);
    let mut ve = vs;
    while ve < lim {
        // A dash set off by spaces starts another clause (`… D06 F2Y0 — My appointment`).
        if t[ve..].starts_with(" — ".as_bytes()) || t[ve..].starts_with(" – ".as_bytes()) {
            break;
        }
        match t[ve] {
            b';' | b'(' | b'"' | b'|' => break,
            b'\n' if ve > vs && t[ve - 1] != b',' => break,
            // A sentence's end, not an abbreviation's (`St.`, `Col.`, `No.`, `Av.`) or an
            // initial's.
            b'.' if at(t, ve + 1) == b' ' && at(t, ve + 2).is_ascii_uppercase() && {
                const ABBREVIATIONS: &[&str] = &[
                    "st", "rd", "ave", "av", "avda", "col", "apt", "no", "nr", "int", "blk", "jl",
                    "jln", "ul", "bd", "blvd", "dr", "ln", "mt", "ft", "sq", "fl", "ste", "bldg",
                    "dept", "depto", "mz", "lt", "km", "sec", "sok", "cad", "mah", "cp", "pr",
                ];
                let w = run_back(t, ve, 8, |b| b.is_ascii_alphanumeric());
                let word = &t[ve - w..ve];
                !(word.len() == 1 && word[0].is_ascii_uppercase()
                    || ABBREVIATIONS
                        .iter()
                        .any(|a| word.eq_ignore_ascii_case(a.as_bytes())))
            } =>
            {
                break
            }
            _ => ve += 1,
        }
    }
    while ve > vs && matches!(t[ve - 1], b' ' | b',' | b'.' | b'\n') {
        ve -= 1;
    }
    // Parts between commas, a number among them: the shape of an address, not of `the
    // address is wrong`.
    let v = &t[vs..ve];
    (v.contains(&b',') && v.iter().any(u8::is_ascii_digit) && at(t, vs) != b'/').then_some((vs, ve))
}

/// ` request_id=…` / ` port: …`: another key starts at `i` (key=value logs).
fn next_is_key(t: &[u8], i: usize) -> bool {
    let e = run_while(t, i, 40, |b| {
        b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-')
    });
    e > i
        && (at(t, e) == b'='
            || (at(t, e) == b':'
                && at(t, e + 1) == b' '
                && e - i <= 24
                && t[i..e].iter().all(|b| !b.is_ascii_uppercase())))
}

/// `"address": "Lindenstraße 113b, 50337 Köln"`: the whole value, when it
/// has a number (a house number or postcode) and some letters.
fn field_address(t: &[u8], s: usize, e: usize, out: &mut Vec<KwHit>) {
    let key = &t[s..e];
    let key_is = |k: &[u8]| key.eq_ignore_ascii_case(k);
    // A vCard's `ADR;TYPE=HOME:` holds its parts between semicolons, to the line's end.
    if key.len() >= 4 && key[..4].eq_ignore_ascii_case(b"adr;") {
        let (vs, ve) = vcard_value(t, e);
        if ve > vs + 4 {
            out.push((EntityKind::Address, "address_field", vs, ve));
        }
        return;
    }
    // An XML or HTML element (`<address>120 St Mary&#39;s Walk, Norwich</address>`): the
    // element's text.
    let element = (s > 0 && t[s - 1] == b'<' && at(t, e) == b'>')
        .then(|| {
            let vs = e + 1;
            let ve = vs + memchr::memchr(b'<', &t[vs..t.len().min(vs + 200)])?;
            (at(t, ve + 1) == b'/').then_some((vs, ve))
        })
        .flatten();
    let Some((vs, mut ve)) = element
        .or_else(|| field_value_span(t, e, 200))
        .or_else(|| address_said(t, e))
    else {
        return;
    };
    // A label in running text (`मेरा पता: Plot 335, …, Telangana 500283 ऑर्डर #4654916 की
    // कीमत ₹226149 है।`, `Moje adresa: Husova 759/27, 602 00 Brno Objednávka #WHW-2054`):
    // the address ends before an order, a price or a danda.
    if let Some(cut) = (vs + 8..ve).find(|&k| {
        let r = &t[k..ve];
        r.starts_with("।".as_bytes())
            || (t[k] == b' '
                && ["₹", "₦", "€", "£", "$", "¥", "₩", "₺"]
                    .iter()
                    .any(|c| r[1..].starts_with(c.as_bytes())))
            || (t[k] == b' '
                && [
                    "order ",
                    "ordre ",
                    "objednávka ",
                    "pedido ",
                    "commande ",
                    "bestellung ",
                    "ordine ",
                    "zamówienie ",
                    "заказ ",
                    "sipariş ",
                    "ऑर्डर ",
                    "订单",
                    "注文",
                ]
                .iter()
                .any(|w| r.len() > w.len() && r[1..=w.len()].eq_ignore_ascii_case(w.as_bytes())))
    }) {
        ve = cut;
        while ve > vs && matches!(t[ve - 1], b' ' | b',') {
            ve -= 1;
        }
    }
    let v = &t[vs..ve];
    // The later parts of an address given apart: the district or town of a second line
    // (`"address_line2": "Copacabana"`), the town and postcode (`"city_postcode": "NR3 5TS"`).
    let second_line = [
        &b"address_line2"[..],
        b"address_line_2",
        b"address2",
        b"line2",
    ]
    .iter()
    .any(|k| key_is(k));
    let town_postcode = key_is(b"city_postcode");
    // A GhanaPost digital address (`GA-183-0648`).
    let ghana = v.len() <= 12
        && v.len() >= 9
        && v[..2].iter().all(u8::is_ascii_uppercase)
        && v[2] == b'-'
        && v[3..].iter().all(|&b| b.is_ascii_digit() || b == b'-')
        && v.iter().filter(|&&b| b == b'-').count() == 2;
    let digits = v.iter().filter(|b| b.is_ascii_digit()).count();
    let letters = v
        .iter()
        .filter(|b| b.is_ascii_alphabetic() || **b >= 0x80)
        .count();
    // Network, memory and wallet addresses are not postal ones.
    let mut pe = s;
    if pe > 0 && matches!(t[pe - 1], b' ' | b'_' | b'-' | b'.') {
        pe -= 1;
    }
    let ps = pe - run_back(t, pe, 16, |b| b.is_ascii_alphanumeric() || b == b'-');
    let prev: Vec<u8> = t[ps..pe].iter().map(u8::to_ascii_lowercase).collect();
    let technical = [
        &b"mac"[..],
        b"ip",
        b"ipv4",
        b"ipv6",
        b"email",
        b"e-mail",
        b"mail",
        b"server",
        b"remote",
        b"local",
        b"listen",
        b"bind",
        b"client",
        b"memory",
        b"wallet",
        b"contract",
        b"return",
        b"base",
        b"web",
        b"hardware",
        b"physical",
        b"host",
        b"network",
        b"socket",
        b"proxy",
        b"peer",
        b"gateway",
        b"bitcoin",
        b"ethereum",
        b"btc",
        b"eth",
        b"node",
        b"public",
        b"private",
        b"virtual",
        b"link",
        b"broadcast",
        b"multicast",
        b"loopback",
    ]
    .iter()
    .any(|w| prev == *w);
    let hosty = v.windows(3).any(|w| w == b"://")
        || v.iter()
            .any(|&b| matches!(b, b'=' | b'@' | b'{' | b'[' | b'<'))
        || v.windows(2)
            .any(|w| w[0] == b':' && w[1].is_ascii_alphanumeric())
        // `a.b.c.d`: dots inside a word (not the abbreviations of `ул. Тверская, д. 38`).
        || v.windows(2)
            .filter(|w| w[0] == b'.' && w[1].is_ascii_alphanumeric())
            .count()
            >= 3;
    // Parts of a place between commas, without a number (`Jamhuri Court, Waiyaki Way,
    // Milimani, Nakuru`), the Arabic comma too.
    let parts = v.iter().filter(|&&b| b == b',').count()
        + v.windows(2).filter(|w| w == b"\xD8\x8C").count();
    let postal = (v.len() >= 8 && digits >= 1 && letters >= 3)
        || (parts >= 2 && letters >= 12)
        // A street and its town without a number (`Via Roma, Palermo`).
        || (parts >= 1 && letters >= 8 && super::address::opens_with_street_type(v))
        || (second_line && letters >= 3)
        || (town_postcode && digits >= 2 && letters >= 2 && v.len() >= 5)
        || ghana;
    if postal && !technical && !hosty {
        out.push((EntityKind::Address, "address_field", vs, ve));
    }
}

/// `"phone": "+49 (0)221 1234-567"`: the number, whatever its layout.
fn field_phone(t: &[u8], e: usize, out: &mut Vec<KwHit>) {
    // Or with no separator, after spaces or a form's dot leaders (`☎ 01165950107`,
    // `Тел.......... 89386329140`).
    let Some(vs) = field_value_span(t, e, 40).map(|(vs, _)| vs).or_else(|| {
        let k = run_while(t, e, 40, |b| matches!(b, b' ' | b'.' | b'\t'));
        (k > e).then_some(k)
    }) else {
        return;
    };
    let is_phone_char = |b: u8| {
        b.is_ascii_digit()
            || matches!(
                b,
                b'+' | b'(' | b')' | b'-' | b'.' | b' ' | b'/' | 0xC2 | 0xA0
            )
    };
    if !(at(t, vs).is_ascii_digit() || matches!(at(t, vs), b'+' | b'(')) {
        return;
    }
    let mut ve = run_while(t, vs, 32, is_phone_char);
    while ve > vs && !t[ve - 1].is_ascii_digit() && t[ve - 1] != b')' {
        ve -= 1;
    }
    let mut digits = t[vs..ve].iter().filter(|b| b.is_ascii_digit()).count();
    // A number too short to be one that goes on after a line break (`Teléfono de
    // contacto 322 855⏎9138`, a PDF's or an e-mail's wrapped line) is read whole.
    if digits < 7 {
        let nl = super::util::newline_len(t, ve);
        if nl > 0 {
            let k = run_while(t, ve + nl, 8, |b| b == b' ' || b == b'\t');
            if at(t, k).is_ascii_digit() {
                let mut e2 = run_while(t, k, 24, is_phone_char);
                while e2 > k && !t[e2 - 1].is_ascii_digit() {
                    e2 -= 1;
                }
                let more = t[k..e2].iter().filter(|b| b.is_ascii_digit()).count();
                if (7..=15).contains(&(digits + more)) && !alnum(at(t, e2)) {
                    ve = e2;
                    digits += more;
                }
            }
        }
    }
    // `ext. 12` style suffixes stay; the number itself needs 7 to 15 digits.
    if (7..=15).contains(&digits) && !alnum(at(t, ve)) {
        out.push((EntityKind::Phone, "phone_field", vs, ve));
    }
}

/// `Basic <base64>` of an `Authorization` header or a curl `-u` equivalent.
fn basic_auth(t: &[u8], s: usize, e: usize, out: &mut Vec<KwHit>) {
    if !letter_boundary(t, s) {
        return;
    }
    let b64 = |b: u8| alnum(b) || matches!(b, b'+' | b'/' | b'=' | b'-' | b'_');
    let end = run_while(t, e, 1024, b64);
    let v = &t[e..end];
    let has_digit_or_pad = v.iter().any(|b| b.is_ascii_digit() || *b == b'=');
    let mixed = v.iter().any(u8::is_ascii_uppercase) && v.iter().any(u8::is_ascii_lowercase);
    if v.len() >= 8 && (has_digit_or_pad || mixed) && !super::util::letter_after(t, end) {
        out.push((EntityKind::Secret, "basic_auth", e, end));
    }
}

/// Every 40-character AWS-secret-shaped token in `t[from..to]`.
fn aws_secret_near(t: &[u8], from: usize, to: usize, out: &mut Vec<KwHit>) {
    let b64 = |b: u8| alnum(b) || matches!(b, b'+' | b'/');
    let mut i = from;
    while i < to {
        if b64(t[i]) && (i == 0 || !b64(t[i - 1])) {
            let end = run_while(t, i, 64, b64);
            if end - i == 40 && is_aws_secret(&t[i..end]) && !alnum(at(t, end)) {
                out.push((EntityKind::Secret, "aws_secret_key", i, end));
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
}

/// Shape of an AWS secret access key: 40 base64 characters, mixed case and digits.
pub fn is_aws_secret(w: &[u8]) -> bool {
    w.len() == 40
        && w.iter().all(|&b| alnum(b) || b == b'+' || b == b'/')
        && w.iter().any(u8::is_ascii_uppercase)
        && w.iter().any(u8::is_ascii_lowercase)
        && w.iter().any(u8::is_ascii_digit)
}

/// The password of a Go MySQL driver's data source name, `s` at its `@`:
/// `svc_api:Sh4d0w47@tcp(orders-db:3306)/app` (no scheme, so no `://` to find it by).
fn go_dsn(t: &[u8], s: usize, out: &mut Vec<KwHit>) {
    let from = s.saturating_sub(128);
    let start = s - run_back(t, s, s - from, |b| {
        b > b' ' && !matches!(b, b'"' | b'\'' | b'`' | b'=' | b'(' | b',' | b'\\')
    });
    let Some(colon) = t[start..s].iter().position(|&b| b == b':') else {
        return;
    };
    let (vs, ve) = (start + colon + 1, s);
    let user = &t[start..start + colon];
    let v = &t[vs..ve];
    let placeholder = v.starts_with(b"${")
        || v.starts_with(b"{{")
        || v.starts_with(b"%(")
        || v.starts_with(b"<")
        || v.iter().all(|&b| b == b'*');
    if !user.is_empty() && !v.is_empty() && !placeholder {
        out.push((EntityKind::Secret, "url_credentials", vs, ve));
    }
}

fn url(t: &[u8], s: usize, e: usize, out: &mut Vec<KwHit>) {
    // `postgresql+psycopg2://`: a scheme ends in a letter or a digit.
    if s == 0 || !t[s - 1].is_ascii_alphanumeric() {
        return;
    }
    let url_char =
        |b: u8| b > b' ' && b < 0x7f && !matches!(b, b'"' | b'\'' | b'<' | b'>' | b'`' | b'\\');
    let end = run_while(t, e, 8192, url_char);
    let auth_end = run_while(t, e, end - e, |b| !matches!(b, b'/' | b'?' | b'#'));
    // Webhook URLs are credentials as a whole (Slack, Discord, Teams, Zapier).
    let host = &t[e..auth_end];
    let path = &t[auth_end..end];
    let webhook = |h: &[u8], p: &[u8]| {
        host.windows(h.len()).any(|w| w.eq_ignore_ascii_case(h))
            && path.windows(p.len()).any(|w| w.eq_ignore_ascii_case(p))
    };
    if webhook(b"hooks.slack.com", b"/services/")
        || webhook(b"discord", b"/api/webhooks/")
        || webhook(b"webhook.office.com", b"/webhook")
        || webhook(b"outlook.office.com", b"/webhook")
        || webhook(b"outlook.office365.com", b"/webhook")
        || webhook(b"logic.azure.com", b"sig=")
        || webhook(b"hooks.zapier.com", b"/hooks/")
    {
        let mut we = end;
        while we > e && matches!(t[we - 1], b'.' | b',' | b')' | b';') {
            we -= 1;
        }
        let scheme = s - run_back(t, s, 8, |b| b.is_ascii_alphabetic());
        out.push((EntityKind::Secret, "webhook_url", scheme, we));
        return;
    }
    // A WhatsApp click-to-chat link holds the number: `https://wa.me/442085286537`,
    // `api.whatsapp.com/send?phone=34625741687`.
    let wa = if host.eq_ignore_ascii_case(b"wa.me") && path.first() == Some(&b'/') {
        Some(auth_end + 1)
    } else if host.ends_with(b"whatsapp.com") {
        memchr::memmem::find(path, b"phone=").map(|p| auth_end + p + 6)
    } else {
        None
    };
    if let Some(ds) = wa {
        let de = run_while(t, ds + usize::from(at(t, ds) == b'+'), 16, |b| {
            b.is_ascii_digit()
        });
        if (8..=15).contains(&(de - ds)) && !alnum(at(t, de)) {
            out.push((EntityKind::Phone, "whatsapp_link", ds, de));
        }
    }
    // Credentials in the authority: user:pass@host. People write a password's `#` and
    // `?` raw (`postgres://admin:Zq8#xLp2@db:5432/app`), so the authority here ends
    // at the first `/`, and the user name holds neither.
    let cred_end = run_while(t, e, end - e, |b| b != b'/');
    if let Some(at_pos) = t[e..cred_end]
        .iter()
        .rposition(|&b| b == b'@')
        .filter(|&p| {
            let ui = &t[e..e + p];
            ui.iter()
                .position(|&b| b == b':')
                .is_some_and(|c| !ui[..c].iter().any(|&b| matches!(b, b'#' | b'?')))
        })
    {
        let ui = &t[e..e + at_pos];
        // `${DB_USER}:${DB_PASSWORD}@…` names variables, it holds none.
        let placeholder = ui.starts_with(b"${") || ui.starts_with(b"{{") || ui.starts_with(b"%(");
        if ui.contains(&b':') && at_pos > 1 && !placeholder {
            out.push((EntityKind::Secret, "url_credentials", e, e + at_pos));
        }
    }
    // Token-like query parameters.
    let mut i = auth_end;
    while i < end {
        if matches!(t[i], b'?' | b'&' | b';') {
            let ns = i + 1;
            let ne = run_while(t, ns, end - ns, |b| b != b'=' && b != b'&');
            if at(t, ne) == b'=' && ne < end {
                let name = &t[ns..ne];
                let vs = ne + 1;
                let ve = run_while(t, vs, end - vs, |b| b != b'&' && b != b'#');
                if ve > vs && sensitive_param(name) {
                    out.push((EntityKind::Secret, "url_token_param", vs, ve));
                }
                i = ve;
                continue;
            }
        }
        i += 1;
    }
}

fn sensitive_param(name: &[u8]) -> bool {
    const P: &[&str] = &[
        "token",
        "access_token",
        "refresh_token",
        "id_token",
        "auth",
        "auth_token",
        "api_key",
        "apikey",
        "key",
        "secret",
        "client_secret",
        "password",
        "pass",
        "pwd",
        "sig",
        "signature",
        "code",
        "x-amz-signature",
        "x-amz-credential",
        "x-amz-security-token",
        "session",
        "sessionid",
        "jwt",
    ];
    P.iter().any(|p| p.as_bytes().eq_ignore_ascii_case(name))
}

fn pem(t: &[u8], s: usize, out: &mut Vec<KwHit>) {
    let head_end = (s + 80).min(t.len());
    let head = &t[s..head_end];
    let Some(close) = head.windows(5).skip(10).position(|w| w == b"-----") else {
        return;
    };
    let label = &head[10..10 + close];
    if !label
        .windows(11)
        .any(|w| w.eq_ignore_ascii_case(b"PRIVATE KEY"))
    {
        return;
    }
    let body = s + 10 + close + 5;
    let end = match t[body..].windows(8).position(|w| w == b"-----END") {
        Some(p) => {
            let after = body + p + 8;
            match t[after..].windows(5).position(|w| w == b"-----") {
                Some(q) => after + q + 5,
                None => t.len(),
            }
        }
        None => t.len(),
    };
    out.push((EntityKind::Secret, "pem_private_key", s, end));
}

const NOT_A_SECRET: &[&str] = &[
    // A variable holding the password (`password=password`, `pass: password`) and the
    // defaults written to be replaced.
    "password",
    "passwd",
    "pwd",
    "pass",
    "secret",
    "passphrase",
    "changeme",
    "change_me",
    "change-me",
    "changeit",
    "is",
    "was",
    "the",
    "a",
    "an",
    "and",
    "or",
    "not",
    "none",
    "null",
    "nil",
    "empty",
    "required",
    "incorrect",
    "wrong",
    "invalid",
    "expired",
    "reset",
    "here",
    "below",
    "above",
    "field",
    "for",
    "to",
    "of",
    "in",
    "on",
    "it",
    "that",
    "this",
    "my",
    "your",
    "with",
    "without",
    "has",
    "have",
    "should",
    "must",
    "will",
    "can",
    "true",
    "false",
    "changed",
    "manager",
    "protected",
    "strength",
    "policy",
    "hash",
    "hashed",
    "length",
    "please",
    "again",
    "yet",
    "too",
    "also",
    "but",
    "if",
    "when",
    "string",
    "str",
    "bytes",
    "undefined",
    "optional",
    "type",
    "value",
];

/// `my`, `the`, `your`, `our`, `his`, `her`, `new`, `login`, `wifi` right before `s`.
fn possessive_before(t: &[u8], s: usize) -> bool {
    let mut k = s;
    while k > 0 && t[k - 1] == b' ' {
        k -= 1;
    }
    let ws = k - run_back(t, k, 12, |b| b.is_ascii_alphabetic() || b >= 0x80);
    if ws == k || k == s {
        return false;
    }
    const WORDS: &[&str] = &[
        "my", "the", "your", "our", "his", "her", "new", "login", "wifi", "admin", "mera", "meri",
        "mon", "ma", "mein", "meine", "mi", "mio", "mia", "meu", "minha", "mijn", "mitt", "min",
        "mój", "moje", "мой", "моя", "мій", "benim",
    ];
    let w = &t[ws..k];
    // `Мой` opening a sentence: capitals of other scripts too.
    let lower = (!w.is_ascii()).then(|| String::from_utf8_lossy(w).to_lowercase());
    WORDS
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p.as_bytes()) || lower.as_deref() == Some(*p))
}

/// Length of a copula (`is`, `ist`, `lautet`, `は`…) at `i`, with its word boundary.
/// A preposition at `i` that says what a password or code is for (`for`, `für`, `pour`,
/// `para`, `per`, `voor`, `do`, `til`, `för`): `hasło do konta: …`, `WLAN-Passwort für X: …`.
fn for_what(t: &[u8], i: usize) -> bool {
    [
        "for ", "für ", "pour ", "para ", "per ", "voor ", "do ", "til ", "för ", "dla ",
    ]
    .iter()
    .any(|p| t.len() >= i + p.len() && t[i..i + p.len()].eq_ignore_ascii_case(p.as_bytes()))
}

/// The value inside typographic quotes at `i` (`“noodle nectar otter”`, `«…»`, `„…“`).
fn curly_quoted(t: &[u8], i: usize) -> Option<(usize, usize)> {
    const PAIRS: &[(&str, &str)] = &[("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“"), ("「", "」")];
    let (open, close) = PAIRS
        .iter()
        .find(|(o, _)| t[i..].starts_with(o.as_bytes()))?;
    let vs = i + open.len();
    let lim = t.len().min(vs + 256);
    let len = t[vs..lim]
        .windows(close.len())
        .position(|w| w == close.as_bytes())?;
    (len > 0 && !t[vs..vs + len].contains(&b'\n')).then_some((vs, vs + len))
}

/// A passphrase of plain words after a password cue, `i` at its first word: three to
/// eight words (`Kettle Zephyr Bamboo 1`, `maple tulip tulip tundra sprocket 450`, `Il
/// pleut des cordes 7`), none of them an English function word (`the password is stored
/// in the vault` is a sentence), running to the end of the line or the sentence.
/// Returns where the last word ends.
fn passphrase_end(t: &[u8], i: usize) -> Option<usize> {
    const SENTENCE: &[&str] = &[
        "the",
        "a",
        "an",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "you",
        "your",
        "my",
        "me",
        "i",
        "it",
        "its",
        "that",
        "this",
        "these",
        "those",
        "and",
        "or",
        "but",
        "not",
        "no",
        "so",
        "if",
        "then",
        "than",
        "now",
        "still",
        "also",
        "just",
        "only",
        "what",
        "which",
        "when",
        "where",
        "how",
        "why",
        "who",
        "set",
        "stored",
        "saved",
        "same",
        "different",
        "changed",
        "reset",
        "required",
        "wrong",
        "incorrect",
        "invalid",
        "expired",
        "correct",
        "needed",
        "sent",
        "shown",
        "hidden",
        "username",
        "user",
        "login",
        "email",
        "please",
        "thanks",
        "can",
        "could",
        "should",
        "will",
        "would",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "our",
        "their",
        "his",
        "her",
        "we",
        "they",
        "he",
        "she",
        "all",
        "any",
        "every",
        "each",
        "too",
        "very",
        "here",
        "there",
    ];
    let mut k = i;
    let mut words = 0;
    let mut last_end = i;
    // Capitalised words, all of them so far (`Lamp Otter Maple Walnut and it still
    // fails`: the sentence goes on in lower case after the phrase).
    let mut capitals = true;
    let mut closed = false;
    loop {
        let ws = k;
        let mut we = ws;
        while we < t.len() {
            let Some((c, n)) = super::util::char_at(t, we) else {
                break;
            };
            if c.is_alphanumeric() {
                we += n;
            } else {
                break;
            }
        }
        if we == ws {
            break;
        }
        let w = &t[ws..we];
        if SENTENCE
            .iter()
            .any(|f| w.eq_ignore_ascii_case(f.as_bytes()))
        {
            if words >= 3 && capitals && w[0].is_ascii_lowercase() {
                closed = true;
                break;
            }
            return None;
        }
        capitals &= w[0].is_ascii_uppercase();
        // A number after three or more words closes a passphrase (`paprika juniper
        // biscuit walrus 55 men det funkar inte`): what follows is the sentence's, in
        // whatever language.
        let number_closes = words >= 3 && w.len() <= 4 && w.iter().all(u8::is_ascii_digit);
        // A final word may carry symbols (`42!`, `Coffee28!!`).
        let mut end = we;
        while matches!(at(t, end), b'!' | b'#' | b'?' | b'$' | b'%' | b'&' | b'*') {
            end += 1;
        }
        words += 1;
        last_end = end;
        if number_closes {
            closed = true;
            break;
        }
        if words > 8 || at(t, end) != b' ' || end > we {
            break;
        }
        k = end + 1;
    }
    // What follows ends the phrase: a line, a sentence, a bracket, a dash, a quote.
    let next = at(t, last_end);
    let ends = closed
        || matches!(
            next,
            b'\n' | b'\r' | 0 | b'.' | b',' | b'(' | b'"' | b'\\' | b';'
        )
        || last_end == t.len()
        || t[last_end..].starts_with(b"  ")
        || t[last_end..].starts_with(" —".as_bytes())
        || t[last_end..].starts_with(" (".as_bytes());
    ((3..=8).contains(&words) && ends).then_some(last_end)
}

fn copula_at(t: &[u8], i: usize) -> Option<usize> {
    COPULAS.iter().find_map(|c| {
        let c = c.as_bytes();
        let ok = t.len() >= i + c.len()
            && t[i..i + c.len()].eq_ignore_ascii_case(c)
            && (c[0] >= 0x80 || !super::util::letter_after(t, i + c.len()));
        ok.then_some(c.len())
    })
}

/// A value right after a credential word with no separator: quoted, or one
/// token that mixes letters with digits or symbols (`Kx9#mP2qLw`).
fn bare_secret_at(t: &[u8], i: usize) -> Option<(usize, usize)> {
    let q = at(t, i);
    if matches!(q, b'"' | b'\'' | b'`') {
        let vs = i + 1;
        let ve = run_while(t, vs, 128, |b| b != q && b != b'\n');
        return (at(t, ve) == q && ve - vs >= 4).then_some((vs, ve));
    }
    let ve = latin_token_end(t, i, 64);
    let mut ve = before_escaped_break(t, i, ve);
    while ve > i && matches!(t[ve - 1], b'.' | b';' | b')' | b'?' | b':') {
        ve -= 1;
    }
    let v = &t[i..ve];
    if type_annotation(v) || version_shaped(v) {
        return None;
    }
    let letters = v.iter().any(u8::is_ascii_alphabetic);
    let digits = v.iter().any(u8::is_ascii_digit);
    let symbols = v
        .iter()
        .any(|b| b.is_ascii_punctuation() && !matches!(b, b'-' | b'_' | b'.'));
    let is_path_or_url = v.contains(&b'/') || v.windows(3).any(|w| w == b"://");
    // A passphrase of three or more words joined by `-`, `_`, `.` or `+`
    // (`otter_quokka_bamboo_cactus_35`, `fjord-jungle-monsoon`, `Marble+Oyster+Orbit`).
    let words = v
        .split(|b| matches!(b, b'-' | b'_' | b'.' | b'+'))
        .filter(|w| w.len() >= 3 && w.iter().all(|&b| b.is_ascii_alphabetic() || b >= 0x80))
        .count();
    let passphrase = words >= 3
        && v.iter().all(|&b| {
            b.is_ascii_alphanumeric() || b >= 0x80 || matches!(b, b'-' | b'_' | b'.' | b'+')
        });
    ((v.len() >= 6
        && letters
        && digits
        && (symbols || v.iter().any(u8::is_ascii_uppercase))
        && !is_path_or_url)
        || passphrase)
        .then_some((i, ve))
}

/// A byte a password may start with: a letter or digit (any script), or a symbol.
fn alnum_or_symbol(b: u8) -> bool {
    b.is_ascii_alphanumeric()
        || b >= 0x80
        || (b.is_ascii_punctuation() && !matches!(b, b':' | b'=' | b'|'))
}

/// A value right after "my password" with no separator: one ASCII token of five or more
/// characters with letters and digits (`butterfly1`, `welcome4370`), no path or link.
/// Small letters and digits drawn at random right after a password's name (`password
/// 6j0upqz4c0 works`, `password from 6k4fekz4aujx`): nothing else reads that way.
fn random_password_at(t: &[u8], i: usize) -> Option<(usize, usize)> {
    let i = if t[i..].starts_with(b"from ") {
        i + 5
    } else {
        i
    };
    let ve = ascii_token_end(t, i);
    (ve > i && interleaved_password(&t[i..ve]) && !alnum(at(t, ve))).then_some((i, ve))
}

/// Hashes, encodings and key derivations a password is stored or sent with
/// (`password sha256`, `password bcrypt2b`): no password.
fn algorithm_name(v: &[u8]) -> bool {
    [
        &b"sha"[..],
        b"md5",
        b"md4",
        b"bcrypt",
        b"scrypt",
        b"argon2",
        b"pbkdf2",
        b"utf8",
        b"utf-8",
        b"base64",
        b"hmac",
        b"crc32",
        b"aes",
        b"rsa",
        b"ntlm",
        b"des",
        b"blake",
    ]
    .iter()
    .any(|p| v.len() >= p.len() && v[..p.len()].eq_ignore_ascii_case(p))
}

fn owned_secret_at(t: &[u8], i: usize) -> Option<(usize, usize)> {
    // Latin letters with marks belong to the value (`martı!117?`, `Größe#42`).
    let ve = latin_token_end(t, i, 64);
    let mut ve = before_escaped_break(t, i, ve);
    while ve > i && matches!(t[ve - 1], b'.' | b';' | b')' | b'?' | b':') {
        ve -= 1;
    }
    let v = &t[i..ve];
    // `мой пароль spartak*`: a symbol does what a digit does (not a closing `!`).
    let marked = v.iter().any(u8::is_ascii_digit)
        || v.iter().any(|b| {
            matches!(
                b,
                b'*' | b'#' | b'$' | b'%' | b'^' | b'&' | b'~' | b'+' | b'='
            )
        })
        || v[..v.len().saturating_sub(1)].contains(&b'!');
    let ok = v.len() >= 5
        && v.iter().any(u8::is_ascii_alphabetic)
        && marked
        && !v.contains(&b'/')
        && !v.contains(&b'@')
        && at(t, ve) < 0x80;
    ok.then_some((i, ve))
}

/// The end of a token at `i`: ASCII up to a space, a quote, `<`, `>` or `,`, and letters
/// of alphabets (`ı`, `ö`, `ß`, `ł`, `ё`), at most `max` bytes.
fn latin_token_end(t: &[u8], i: usize, max: usize) -> usize {
    let ok = |b: u8| b > b' ' && !matches!(b, b'"' | b'\'' | b'<' | b'>' | b',');
    let mut e = super::util::word_token_end(t, i, max, ok);
    // A quote or an angle bracket inside the token is one of its symbols (`wU'E&QYH4plZ`,
    // `YcEALU<x"L`), not where it ends: the token goes on right after it.
    while e > i && e + 1 < t.len().min(i + max) && matches!(t[e], b'"' | b'\'' | b'<' | b'>') {
        // (Not a string's closing quote: `… / cobalt_quartz_canyon"}]`.)
        let next = t[e + 1];
        if !(next.is_ascii_alphanumeric()
            || matches!(
                next,
                b'!' | b'#'
                    | b'$'
                    | b'%'
                    | b'&'
                    | b'*'
                    | b'+'
                    | b'='
                    | b'?'
                    | b'@'
                    | b'^'
                    | b'_'
                    | b'~'
            ))
        {
            break;
        }
        e = super::util::word_token_end(t, e + 1, i + max - (e + 1), ok);
    }
    e
}

/// Past `now`, `still`, `currently`, `set to`, `changed to` after a copula (`the password
/// is now Pepper@7960`).
fn skip_adverb(t: &[u8], i: usize) -> usize {
    let j = skip_spaces(t, i, 2);
    for w in [
        "now ",
        "still ",
        "currently ",
        "set to ",
        "changed to ",
        "just ",
    ] {
        let w = w.as_bytes();
        if t.len() >= j + w.len() && t[j..j + w.len()].eq_ignore_ascii_case(w) {
            return j + w.len();
        }
    }
    i
}

/// `is Fall2017!! a strong password?`, `try igloo-zebra-dragon as the password`: the value
/// before the credential word, joined to it by `is|as` and an article (and an adjective
/// or two). Only values with a password's shape count.
fn value_before(t: &[u8], s: usize, out: &mut Vec<KwHit>) {
    // `coloquei X como senha`, `j'ai mis X comme mot de passe`, `le puse X de
    // contraseña`, `X als Passwort`: a joiner right before the word, the value before it.
    if s >= 2 && t[s - 1] == b' ' {
        let js = s - 1 - run_back(t, s - 1, 6, |b| b.is_ascii_alphabetic());
        let joiner = &t[js..s - 1];
        if ["como", "comme", "als", "come", "de"]
            .iter()
            .any(|j| joiner.eq_ignore_ascii_case(j.as_bytes()))
            && js >= 2
            && t[js - 1] == b' '
        {
            let ve = js - 1;
            let vs = ve - run_back(t, ve, 64, |b| b > b' ' && b < 0x80);
            if ve > vs && password_shaped(t, vs, ve) {
                out.push((EntityKind::Secret, "password_before", vs, ve));
            }
            return;
        }
    }
    // Back over `a strong ` / `the new ` / `my `.
    let mut k = s;
    for _ in 0..3 {
        let w_end = k.saturating_sub(1);
        if at(t, w_end) != b' ' {
            break;
        }
        let w_start = w_end - run_back(t, w_end, 12, |b| b.is_ascii_alphabetic());
        let w = &t[w_start..w_end];
        let article = ["a", "an", "the", "my", "your", "our", "his", "her", "their"]
            .iter()
            .any(|a| a.as_bytes().eq_ignore_ascii_case(w));
        let adjective = [
            "strong",
            "good",
            "secure",
            "safe",
            "weak",
            "decent",
            "new",
            "valid",
            "temporary",
            "temp",
            "wifi",
            "admin",
            "current",
        ]
        .iter()
        .any(|a| a.as_bytes().eq_ignore_ascii_case(w));
        if w.is_empty() || !(article || adjective) {
            break;
        }
        k = w_start;
        if article {
            break;
        }
    }
    if k == s {
        return;
    }
    // The token before the article: `as|is` (`X as the password`, `X is my password`),
    // or the value itself after `is` (`is X a strong password?`).
    // The word ending at the space before `end` (the start of the next word).
    let token = |end: usize| -> (usize, usize) {
        if end < 2 || at(t, end - 1) != b' ' {
            return (end, end);
        }
        let e = end - 1;
        (e - run_back(t, e, 64, |b| b > b' ' && b < 0x80), e)
    };
    let is_joiner = |w: &[u8]| w.eq_ignore_ascii_case(b"is") || w.eq_ignore_ascii_case(b"as");
    let (ts, te) = token(k);
    if ts >= te {
        return;
    }
    let (vs, ve) = if is_joiner(&t[ts..te]) {
        token(ts)
    } else {
        let (js, je) = token(ts);
        if !(is_joiner(&t[js..je]) || t[js..je].eq_ignore_ascii_case(b"was")) {
            return;
        }
        (ts, te)
    };
    let mut vs = vs;
    let mut ve = ve;
    while vs < ve && matches!(t[vs], b'"' | b'\'' | b'`' | b'(') {
        vs += 1;
    }
    while ve > vs && matches!(t[ve - 1], b'"' | b'\'' | b'`' | b',' | b')') {
        ve -= 1;
    }
    if ve <= vs {
        return;
    }
    if password_shaped(t, vs, ve) {
        out.push((EntityKind::Secret, "password_before", vs, ve));
    }
}

/// Values with a password's shape (see [`value_before`]) after `is`, `to` or `:` on the
/// rest of the line, up to 160 bytes from `i`.
fn shaped_values_after(t: &[u8], i: usize, out: &mut Vec<KwHit>) {
    let lim = t.len().min(i + 160);
    let mut k = i;
    while k < lim && t[k] != b'\n' {
        if t[k] == b' ' {
            // `… is X`, `… to X`, `can I just use X?`, `try X`.
            let w = &t[k + 1..t.len().min(k + 5)];
            let n = [&b"is "[..], b"to ", b"use ", b"try "]
                .iter()
                .find(|p| w.len() >= p.len() && w[..p.len()].eq_ignore_ascii_case(p))
                .map_or(0, |p| p.len());
            if n > 0 {
                let vs = k + 1 + n;
                let ve = ascii_token_end(t, vs);
                if ve > vs && password_shaped(t, vs, ve) {
                    out.push((EntityKind::Secret, "password_later", vs, ve));
                    k = ve;
                    continue;
                }
            }
        }
        k += 1;
    }
}

/// `machine api.example.com login bob password X` (a `.netrc` line): the token after
/// the keyword at `s`, whatever its shape. `i` is where the value starts.
fn netrc_value(t: &[u8], s: usize, i: usize) -> Option<(usize, usize)> {
    let ls = memchr::memrchr(b'\n', &t[..s]).map_or(0, |k| k + 1);
    let line = &t[ls..s];
    // Also a `password` line of its own under `machine …` (and its `login` line).
    let own_line = line.iter().all(|&b| b == b' ' || b == b'\t') && {
        let from = ls.saturating_sub(200);
        t[from..ls].split(|&b| b == b'\n').rev().take(3).any(|l| {
            let l = &l[l.iter().take_while(|&&b| b == b' ' || b == b'\t').count()..];
            l.starts_with(b"machine ") || l.starts_with(b"default")
        })
    };
    let netrc = (own_line
        || ((line.starts_with(b"machine ") || line.starts_with(b"default "))
            && memchr::memmem::find(line, b" login ").is_some()))
        && t[s..i]
            .iter()
            .all(|&b| b.is_ascii_alphabetic() || b == b' ');
    if !netrc {
        return None;
    }
    let ve = run_while(t, i, 128, |b| b > b' ');
    (ve > i).then_some((i, ve))
}

/// `ve`, or where a line break escaped inside a JSON string cuts `t[vs..ve]` short
/// (`PASS=x\nNEXT_KEY=…`, however deep the escaping): a value ends with its line.
fn before_escaped_break(t: &[u8], vs: usize, ve: usize) -> usize {
    memchr::memchr_iter(b'\\', &t[vs..ve])
        .map(|p| vs + p)
        .find(|&b| super::util::newline_len(t, b) > 0)
        .unwrap_or(ve)
}

/// The end of the token starting at `vs` (up to a space, a quote or a comma, at most 64
/// bytes; letters of alphabets beyond ASCII belong to it, `müsli_Berg42`, CJK does not),
/// without the sentence's punctuation after it (`S3cret!x.` → `S3cret!x`).
fn ascii_token_end(t: &[u8], vs: usize) -> usize {
    let ve = super::util::word_token_end(t, vs, 64, |b| b > b' ' && !matches!(b, b'"' | b','));
    let mut ve = before_escaped_break(t, vs, ve);
    while ve > vs && matches!(t[ve - 1], b'.' | b';' | b')' | b'?' | b':') {
        ve -= 1;
    }
    ve
}

/// A quoted value (`'…'`, `"…"`, `` `…` ``) or a bare token at `i`.
fn quoted_or_token(t: &[u8], i: usize) -> Option<(usize, usize)> {
    let q = at(t, i);
    if matches!(q, b'"' | b'\'' | b'`') {
        let vs = i + 1;
        let ve = run_while(t, vs, 128, |b| b != q && b != b'\n');
        return (at(t, ve) == q && ve > vs).then_some((vs, ve));
    }
    let mut ve = run_while(t, i, 64, |b| {
        b > b' ' && !matches!(b, b'"' | b'\'' | b'`' | b'<' | b'>')
    });
    while ve > i && matches!(t[ve - 1], b'.' | b',' | b';' | b')' | b'?' | b'!' | b':') {
        ve -= 1;
    }
    (ve > i).then_some((i, ve))
}

/// A password on a command line, the command's name ending at `e`: `mysql -u root
/// -pS3cret` (glued: `-p X` names a database), `sshpass -p 'X'`, `docker login -u ci -p X`,
/// `zip -P X`, `openssl … -passout pass:X`.
fn cli_password(t: &[u8], s: usize, e: usize, out: &mut Vec<KwHit>) {
    let le =
        memchr::memchr(b'\n', &t[e..t.len().min(e + 400)]).map_or(t.len().min(e + 400), |k| e + k);
    let cmd = &t[s..e];
    // `echo 'X' | sudo -S …` (`-s`, lower case, runs a shell: no password read).
    if cmd.ends_with(b"--stdin") || cmd.ends_with(b"-stdin") || cmd == b"sudo -S" {
        piped_password(t, s, out);
        return;
    }
    if cmd.eq_ignore_ascii_case(b"sudo -S") {
        return;
    }
    if cmd.eq_ignore_ascii_case(b"htpasswd ") {
        htpasswd_password(t, e, le, out);
        return;
    }
    // `rabbitmqctl add_user grafana X`, `net user kiosk X /add`: the user, then the
    // password.
    if cmd.starts_with(b"rabbitmqctl ") || cmd.eq_ignore_ascii_case(b"net user ") {
        if let Some((vs, ve)) = password_after_account(t, e) {
            out.push((EntityKind::Secret, "cli_password", vs, ve));
        }
        return;
    }
    // `xfreerdp /u:kiosk /p:X`: the password after `/p:`.
    if cmd.eq_ignore_ascii_case(b"xfreerdp ") || cmd.eq_ignore_ascii_case(b"wfreerdp ") {
        if let Some(k) = t[e..le]
            .windows(4)
            .position(|w| w.eq_ignore_ascii_case(b" /p:"))
        {
            if let Some((vs, ve)) = quoted_or_token(t, e + k + 4) {
                if ve > vs + 2 && !matches!(t[vs], b'$' | b'%' | b'<' | b'{') {
                    out.push((EntityKind::Secret, "cli_password", vs, ve));
                }
            }
        }
        return;
    }
    // `nmcli dev wifi connect HomeNet password X`.
    if cmd.eq_ignore_ascii_case(b"nmcli ") {
        if let Some(k) = t[e..le]
            .windows(10)
            .position(|w| w.eq_ignore_ascii_case(b" password "))
        {
            if let Some((vs, ve)) = quoted_or_token(t, e + k + 10) {
                if ve > vs + 2 && !matches!(t[vs], b'$' | b'<' | b'{') {
                    out.push((EntityKind::Secret, "cli_password", vs, ve));
                }
            }
        }
        return;
    }
    // `command: ["redis-server", "--requirepass", "X"]`: the next item of the array.
    if cmd == b"\"--requirepass\"," {
        if let Some((vs, ve)) = quoted_or_token(t, skip_spaces(t, e, 2)) {
            if ve > vs + 2 && !matches!(t[vs], b'$' | b'-' | b'<' | b'{') {
                out.push((EntityKind::Secret, "cli_password", vs, ve));
            }
        }
        return;
    }
    // `redis-server --requirepass X`, `masterauth X` (redis.conf): the value follows.
    if cmd.eq_ignore_ascii_case(b"--requirepass ") || cmd.eq_ignore_ascii_case(b"masterauth ") {
        if let Some((vs, ve)) = quoted_or_token(t, e) {
            if ve > vs + 2 && !matches!(t[vs], b'$' | b'-' | b'<' | b'{') {
                out.push((EntityKind::Secret, "cli_password", vs, ve));
            }
        }
        return;
    }
    // From the space that ends the command's name: `sshpass -p …` has its flag first.
    let e = e - 1;
    let line = &t[e..le];
    // `mysql -pX` and `7z a -pX`: the password glued to its flag.
    let mysql = cmd.starts_with(b"mysql") || cmd.starts_with(b"MYSQL") || cmd.starts_with(b"7z");
    // `ldapsearch … -w X` (`-W` prompts for it).
    let ldap = cmd.starts_with(b"ldap");
    // `redis-cli -a X`; `smbclient … -U user%X`.
    let redis = cmd.eq_ignore_ascii_case(b"redis-cli ");
    let smb = cmd.eq_ignore_ascii_case(b"smbclient ");
    let mut push = |vs: usize, ve: usize| {
        let v = &t[vs..ve];
        // `$VAR` is read from the environment, except inside single quotes.
        let literal = vs > 0 && t[vs - 1] == b'\'';
        if ve > vs + 2 && (literal || !v.starts_with(b"$")) && !v.starts_with(b"-") {
            out.push((EntityKind::Secret, "cli_password", vs, ve));
        }
    };
    let mut k = 0;
    while k + 3 <= line.len() {
        if line[k] == b' ' && line[k + 1] == b'-' {
            let flag = line[k + 2];
            let at_value = e + k + 3;
            if ((ldap && flag == b'w') || (redis && flag == b'a')) && at(t, at_value) == b' ' {
                if let Some((vs, ve)) = quoted_or_token(t, at_value + 1) {
                    push(vs, ve);
                }
            } else if smb && flag == b'U' && at(t, at_value) == b' ' {
                if let Some((vs, ve)) = quoted_or_token(t, at_value + 1) {
                    if let Some(p) = t[vs..ve].iter().position(|&b| b == b'%') {
                        push(vs + p + 1, ve);
                    }
                }
            } else if mysql && flag == b'p' && !matches!(at(t, at_value), b' ' | b'\n' | 0) {
                if let Some((vs, ve)) = quoted_or_token(t, at_value) {
                    push(vs, ve);
                }
            } else if !mysql
                && !redis
                && !smb
                && !ldap
                && matches!(flag, b'p' | b'P')
                && at(t, at_value) == b' '
            {
                if let Some((vs, ve)) = quoted_or_token(t, at_value + 1) {
                    push(vs, ve);
                }
            }
        }
        if line[k..].starts_with(b"pass:") && (k == 0 || line[k - 1] == b' ') {
            if let Some((vs, ve)) = quoted_or_token(t, e + k + 5) {
                push(vs, ve);
            }
        }
        k += 1;
    }
}

/// After the `(` of a call that takes a user and a password (ending at `e`): the second
/// argument when both are string literals (`auth=("etl_loader", "falcon_22")`,
/// `NetworkCredential("ops", "o%DYc%35h2bJB")`), escaped quotes inside JSON included; a
/// variable or an empty string is no secret.
fn credential_call(t: &[u8], e: usize) -> Option<(usize, usize)> {
    // One literal: its quote (escaped in JSON or not), its content, the same quote.
    let literal = |i: usize| -> Option<(usize, usize, usize)> {
        let i = skip_spaces(t, i, 2);
        let (q, open): (&[u8], usize) = if t[i..].starts_with(b"\\\"") {
            (b"\\\"", 2)
        } else if matches!(at(t, i), b'"' | b'\'') {
            (&t[i..i + 1], 1)
        } else {
            return None;
        };
        let vs = i + open;
        let lim = t.len().min(vs + 128);
        let ve = (vs..lim).find(|&k| t[k..].starts_with(q) || t[k] == b'\n')?;
        t[ve..].starts_with(q).then_some((vs, ve, ve + q.len()))
    };
    let (_, _, after_user) = literal(e)?;
    let k = skip_spaces(t, after_user, 2);
    if at(t, k) != b',' {
        return None;
    }
    let (vs, ve, _) = literal(k + 1)?;
    (ve > vs + 2 && !matches!(t[vs], b'$' | b'<' | b'{' | b'%')).then_some((vs, ve))
}

/// The argument after the account that starts at `e`, as commands take a password
/// (`net use … /user:bob X`, `net user bob X /add`, `rabbitmqctl add_user bob X`): whole,
/// symbols at its end included, quoted or not; not a flag (`/add`), a variable (`$PW`,
/// `%PW%`), a placeholder (`<password>`) or `*`, which asks for it.
fn password_after_account(t: &[u8], e: usize) -> Option<(usize, usize)> {
    let ue = run_while(t, e, 64, |b| !matches!(b, b' ' | b'\n' | b'\r' | b'\t'));
    if at(t, ue) != b' ' {
        return None;
    }
    let q = at(t, ue + 1);
    let (vs, ve) = if matches!(q, b'"' | b'\'') {
        let vs = ue + 2;
        (vs, run_while(t, vs, 128, |b| b != q && b != b'\n'))
    } else {
        let vs = ue + 1;
        let ve = run_while(t, vs, 128, |b| {
            !matches!(b, b' ' | b'\n' | b'\r' | b'\t' | b'"')
        });
        (vs, before_escaped_break(t, vs, ve))
    };
    (ve > vs + 2 && !matches!(t[vs], b'/' | b'$' | b'*' | b'-' | b'<' | b'%')).then_some((vs, ve))
}

/// `echo "X" | docker login -u ci --password-stdin`, `echo 'X' | passwd --stdin bob`: the
/// value echoed into a command that reads its password from standard input (`s` is at
/// the flag).
fn piped_password(t: &[u8], s: usize, out: &mut Vec<KwHit>) {
    let ls = memchr::memrchr(b'\n', &t[s.saturating_sub(300)..s])
        .map_or(s.saturating_sub(300), |k| s.saturating_sub(300) + k + 1);
    let line = &t[ls..s];
    let Some(pipe) = memchr::memrchr(b'|', line) else {
        return;
    };
    for echo in [&b"echo "[..], b"printf "] {
        if let Some(k) = memchr::memmem::rfind(&line[..pipe], echo) {
            let mut i = ls + k + echo.len();
            // `echo -n "X"`, `printf '%s' "X"`.
            for skip in [&b"-n "[..], b"'%s' ", b"\"%s\" "] {
                if t[i..].starts_with(skip) {
                    i += skip.len();
                }
            }
            if let Some((vs, ve)) = quoted_or_token(t, i) {
                let v = &t[vs..ve];
                if ve > vs + 2 && ve <= ls + pipe && !v.starts_with(b"$") {
                    out.push((EntityKind::Secret, "cli_password", vs, ve));
                }
            }
            return;
        }
    }
}

/// `htpasswd -b[c] FILE USER PASSWORD` (`-nb USER PASSWORD`): the batch mode's password
/// argument. `e` is after the command's name, `le` the line's end.
fn htpasswd_password(t: &[u8], e: usize, le: usize, out: &mut Vec<KwHit>) {
    let mut flags: Vec<u8> = Vec::new();
    let mut args: Vec<(usize, usize)> = Vec::new();
    let mut i = e;
    while i < le && args.len() < 3 {
        i = skip_spaces(t, i, 8);
        let Some((vs, ve)) = quoted_or_token(t, i).filter(|&(vs, ve)| ve > vs && ve <= le) else {
            break;
        };
        if t[vs] == b'-' && args.is_empty() {
            flags.extend_from_slice(&t[vs + 1..ve]);
        } else {
            args.push((vs, ve));
        }
        i = ve + usize::from(matches!(at(t, ve), b'"' | b'\'' | b'`'));
    }
    if !flags.contains(&b'b') {
        return;
    }
    let want = if flags.contains(&b'n') { 1 } else { 2 };
    if let Some(&(vs, ve)) = args.get(want) {
        if !t[vs..ve].starts_with(b"$") {
            out.push((EntityKind::Secret, "cli_password", vs, ve));
        }
    }
}

/// A password asked for and given as the whole next message: the line after the cue's
/// ends in a question (`what's the streaming password again`, `wifi password?`) and the
/// next line, after its speaker (`Mum: `, `<angelo> `, `- You: `), is one password-shaped
/// token.
fn secret_answered(t: &[u8], e: usize) -> Option<(usize, usize)> {
    let nl = e + memchr::memchr(b'\n', &t[e..t.len().min(e + 80)])?;
    let asked = &t[e..nl];
    let question = asked.contains(&b'?');
    if !(question || super::util::mentions_any(asked, &["again"])) {
        return None;
    }
    let (k, ve) = answer_after_fillers(t, e)?;
    let v = &t[k..ve];
    if !v.contains(&b' ') {
        // Asked for it, the next speaker's one word is it (`Speaker 2: it's superman`),
        // unless it says no more than yes or no.
        let said = question
            && v.len() >= 4
            && !ANSWER_WORDS
                .iter()
                .any(|w| v.eq_ignore_ascii_case(w.as_bytes()));
        return (said || password_shaped(t, k, ve)).then_some((k, ve));
    }
    // A passphrase asked for is the whole answer, two to six words (`it's Brücke Kaffee
    // Regen Birne`, `gatto limone mare luce45`).
    let words = v.split(|&b| b == b' ').filter(|w| !w.is_empty()).count();
    let phrase = super::util::mentions_any(&t[e.saturating_sub(12)..nl], &["phrase", "passphrase"]);
    (question
        && phrase
        && (2..=6).contains(&words)
        && !v.iter().any(|&b| matches!(b, b',' | b'?' | b':')))
    .then_some((k, ve))
}

/// Words an answer may be that hold no secret.
const ANSWER_WORDS: &[&str] = &[
    "yes", "yeah", "yep", "nope", "sure", "okay", "sorry", "what", "pardon", "hold", "wait",
    "hang", "right", "correct", "thanks", "done", "fine",
];

/// The answer on the next speaker's line after `e` (see [`super::util::answer_on_next_line`]),
/// past what people say before it (`it's`, `uh`, `um`, `yes,`) and without the closing dot.
fn answer_after_fillers(t: &[u8], e: usize) -> Option<(usize, usize)> {
    let (mut k, mut ve) = super::util::answer_on_next_line(t, e, 160, b"")?;
    'fillers: loop {
        for f in [
            "it's ", "it’s ", "its ", "it is ", "uh ", "um ", "er ", "yes, ", "yeah, ", "sure, ",
            "ok, ", "okay, ",
        ] {
            let f = f.as_bytes();
            if t.len() >= k + f.len()
                && t[k..k + f.len()].eq_ignore_ascii_case(f)
                && k + f.len() < ve
            {
                k += f.len();
                continue 'fillers;
            }
        }
        break;
    }
    while ve > k && matches!(t[ve - 1], b'.' | b',') {
        ve -= 1;
    }
    (ve > k).then_some((k, ve))
}

/// `it's X` / `it is X` naming a password (`house sitter notes: pass: …; it's
/// Flamengo0? with a capital first letter`): X, bare or quoted, has a weak password's or a
/// secret's shape and a password word comes within the 240 bytes before or on the rest of
/// the line. Versions and product names (`it's Python3.11`) have no password word near.
fn password_given_as_it(t: &[u8], s: usize, e: usize) -> Option<(usize, usize)> {
    let cue = &t[s..e];
    if !(cue.eq_ignore_ascii_case(b"it's")
        || cue.eq_ignore_ascii_case(b"it is")
        || cue == "it’s".as_bytes())
    {
        return None;
    }
    let (vs, ve) = quoted_or_token(t, skip_spaces(t, e, 2))?;
    let v = &t[vs..ve];
    let shaped = weak_password(v) || bare_secret_at(t, vs).is_some_and(|(_, end)| end >= ve);
    // A weak password's shape without a symbol or a capital is too close to a plain
    // word with a number (`it's chapter12`).
    let marked = v.iter().any(|b| !b.is_ascii_alphanumeric())
        || (v.iter().any(u8::is_ascii_uppercase) && v.iter().any(u8::is_ascii_lowercase));
    if !(shaped && marked) || v.contains(&b'/') || dotted_number(v) {
        return None;
    }
    let le = memchr::memchr(b'\n', &t[ve..t.len().min(ve + 120)])
        .map_or(t.len().min(ve + 120), |k| ve + k);
    (password_nearby(t, s) || password_word_in(&t[ve..le])).then_some((vs, ve))
}

/// A digit, a dot and a digit somewhere in `v` (`3.11`, `v2.0.1`): a version.
fn dotted_number(v: &[u8]) -> bool {
    v.windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit())
}

/// After `login:` (ending at `e`): a user, bare or quoted, then `/` or `|`, then the
/// secret, bare or quoted, when it has a password's shape.
fn login_pair(t: &[u8], e: usize) -> Option<(usize, usize)> {
    let mut i = skip_spaces(t, e, 2);
    // `user app_rw / …`: the word that labels the user.
    if t[i..].starts_with(b"user ") {
        i += 5;
    }
    let (_, ue) = quoted_or_token(t, i)?;
    let mut j = ue;
    if matches!(at(t, j), b'`' | b'\'' | b'"') {
        j += 1;
    }
    let j = skip_spaces(t, j, 2);
    if !matches!(at(t, j), b'/' | b'|') || matches!(at(t, j + 1), b'/' | b'|') {
        return None;
    }
    let vstart = skip_spaces(t, j + 1, 2);
    // A passphrase of plain words (`lantern quartz thistle59`).
    if let Some(pe) = passphrase_end(t, vstart) {
        return Some((vstart, pe));
    }
    let (vs, mut ve) = quoted_or_token(t, vstart)?;
    while ve > vs && matches!(t[ve - 1], b',' | b'.' | b';') {
        ve -= 1;
    }
    // After a login and a slash, words run together in mixed case are a passphrase too
    // (`JuniperKrokodilSchneeFalconVelvet`).
    let v = &t[vs..ve];
    let camel = v.len() >= 12
        && v.iter().all(u8::is_ascii_alphabetic)
        && v.iter().skip(1).filter(|b| b.is_ascii_uppercase()).count() >= 2;
    (password_shaped(t, vs, ve) || camel).then_some((vs, ve))
}

/// Whether `a..e` overlaps a value already found (by the passes before, or this one).
fn taken(found: &[KwHit], out: &[KwHit], a: usize, e: usize) -> bool {
    found.iter().chain(out).any(|h| h.2 < e && a < h.3)
}

/// A login given as user and password with a slash between (`router login admin /
/// football`, `creds: root / toor`): the word after the slash is the password.
/// Passwords in XML elements (`<password>B2u=r9=Ah-y</password>`, `<pwd>…</pwd>`) and
/// set in so many words (`I reset it to Sunflower-83?`, `changed it to j2fv88927`: a
/// value of a password's shape).
/// Finders built once (building one costs about as much as searching a short string,
/// and these run on every string scanned).
fn finders<const N: usize>(
    cell: &'static std::sync::OnceLock<[memchr::memmem::Finder<'static>; N]>,
    needles: [&'static [u8]; N],
) -> &'static [memchr::memmem::Finder<'static>; N] {
    cell.get_or_init(|| needles.map(|n| memchr::memmem::Finder::new(n).into_owned()))
}

pub fn passwords_in_elements_and_resets(t: &[u8], out: &mut Vec<KwHit>) {
    static CLOSE: std::sync::OnceLock<[memchr::memmem::Finder<'static>; 1]> =
        std::sync::OnceLock::new();
    static TAGS: std::sync::OnceLock<[memchr::memmem::Finder<'static>; 11]> =
        std::sync::OnceLock::new();
    let tags = finders(
        &TAGS,
        [
            b"<password>",
            b"<passwd>",
            b"<pwd>",
            b"<pass>",
            b"<secret>",
            b"<pin>",
            b"<pw>",
            b"<Password>",
            b"<PASSWORD>",
            b"<Passwd>",
            b"<Pwd>",
        ],
    );
    // XML closes its elements: without `</` there are none to read.
    let xml = memchr::memchr(b'<', t).is_some() && finders(&CLOSE, [b"</"])[0].find(t).is_some();
    for tag in tags {
        if !xml {
            break;
        }

        for p in tag.find_iter(t) {
            let vs = p + tag.needle().len();
            let Some(close) = memchr::memchr(b'<', &t[vs..t.len().min(vs + 128)]) else {
                continue;
            };
            let ve = vs + close;
            if ve - vs >= 3 && t[ve..].starts_with(b"</") && !t[vs..ve].contains(&b'\n') {
                out.push((EntityKind::Secret, "password_element", vs, ve));
            }
        }
    }
    // The same in other languages (`La he cambiado a …`, `Troquei para …`, `Je l'ai
    // changé en …`), and German's value before its verb (`Ich habe es auf … zurückgesetzt`).
    // One automaton for all of them, read once over the text.
    const RESET_CUES: &[&str] = &[
        "reset it to ",
        "changed it to ",
        "set it to ",
        "he cambiado a ",
        "la cambié a ",
        "lo cambié a ",
        "Troquei para ",
        "troquei para ",
        "mudei para ",
        "alterei para ",
        "changé en ",
        "changée en ",
        "réinitialisé à ",
        "cambiata in ",
        "cambiato in ",
        "reimpostata a ",
        "gewijzigd in ",
        "veranderd in ",
        "ändrat till ",
        "zmieniłem na ",
        "zmieniłam na ",
        // German's verbs, after the value.
        "zurückgesetzt",
        "geändert",
    ];
    const GERMAN_FROM: usize = RESET_CUES.len() - 2;
    static RESETS: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let Some(resets) = RESETS
        .get_or_init(|| aho_corasick::AhoCorasick::new(RESET_CUES).ok())
        .as_ref()
    else {
        return;
    };
    let found: Vec<(usize, usize, usize)> = resets
        .find_iter(t)
        .filter_map(|m| {
            if m.pattern().as_usize() < GERMAN_FROM {
                let vs = m.end();
                return Some((m.start(), vs, latin_token_end(t, vs, 64)));
            }
            let ve = m.start().checked_sub(1).filter(|&k| t[k] == b' ')?;
            let from = ve.saturating_sub(80);
            let a = memchr::memmem::rfind(&t[from..ve], b" auf ")? + from;
            let vs = a + 5;
            (vs < ve && !t[vs..ve].contains(&b' ')).then_some((a, vs, ve))
        })
        .collect();
    {
        for (p, vs, ve) in found {
            let mut ve = before_escaped_break(t, vs, ve);
            while ve > vs && matches!(t[ve - 1], b'.' | b',' | b';' | b')' | b':') {
                ve -= 1;
            }
            // A shape of its own: an everyday word (`reset it to default`) is none.
            let v = &t[vs..ve];
            let shaped = bare_secret_at(t, vs).is_some_and(|(_, e)| e >= ve)
                || weak_password(v)
                || interleaved_password(v)
                || owned_secret_at(t, vs).is_some_and(|(_, e)| e == ve);
            // …and a password, a login or credentials named around it (`set it to
            // python3.11 in the config` sets something else).
            let around = [&t[p.saturating_sub(240)..p], &t[ve..t.len().min(ve + 120)]];
            let named = password_nearby(t, p)
                || password_word_in(around[1])
                || around.iter().any(|w| {
                    [
                        &b"credentials"[..],
                        b"account",
                        b"sign in",
                        b"signin",
                        b"locked",
                    ]
                    .iter()
                    .any(|c| memchr::memmem::find(w, c).is_some())
                });
            // A change one made to an account a moment ago (`I reset it to pumpkin24. this
            // morning`, `changed it to passw0rd yesterday`), not last week's settings.
            let lately = [
                &b" yesterday"[..],
                b" this morning",
                b" today",
                b" last night",
                b" earlier",
                b" just now",
                b" this afternoon",
            ]
            .iter()
            .any(|w| t[ve..].starts_with(w) || t[ve..].starts_with(&[&b"."[..], w].concat()));
            // …or to be tried at once (`I reset it to …, try again`, `prueba otra vez`).
            let retry = {
                let next = &t[ve..t.len().min(ve + 40)];
                super::util::mentions_any(
                    next,
                    &[
                        "try again",
                        "try it",
                        "otra vez",
                        "de nuevo",
                        "de novo",
                        "novamente",
                        "nochmal",
                        "noch mal",
                        "erneut",
                        "réessaie",
                        "réessayez",
                        "riprova",
                        "opnieuw",
                    ],
                )
            };
            if ve > vs && shaped && (named || lately || retry) && !version_shaped(v) {
                out.push((EntityKind::Secret, "password_reset_to", vs, ve));
            }
        }
    }
}

/// The machine-readable zone of a passport or a visa (ICAO 9303, two lines of 44 or 36
/// characters of `A-Z`, `0-9` and `<`, the first opening with `P`, `V` or `I`): the
/// holder's names on the first line, the birth date (`YYMMDD`) at 14–19 of the second.
pub fn machine_readable_zone(t: &[u8], out: &mut Vec<KwHit>) {
    // (One `<` then another: cheaper on every short text than a substring searcher.)
    let Some(first) = memchr::memchr_iter(b'<', t).find(|&i| at(t, i + 1) == b'<') else {
        return;
    };
    let zone = |b: u8| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'<';
    // Lines that hold a `<<`, from the first one on.
    let mut ls = memchr::memrchr(b'\n', &t[..first]).map_or(0, |p| p + 1);
    while ls < t.len() {
        let le = memchr::memchr(b'\n', &t[ls..]).map_or(t.len(), |p| ls + p);
        let line = &t[ls..le];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let n = line.len();
        if (n == 44 || n == 36)
            && matches!(line[0], b'P' | b'V' | b'I')
            && line.iter().all(|&b| zone(b))
            && le < t.len()
        {
            let ns = le + 1;
            let ne = memchr::memchr(b'\n', &t[ns..]).map_or(t.len(), |p| ns + p);
            let next = &t[ns..ne];
            let next = next.strip_suffix(b"\r").unwrap_or(next);
            if next.len() == n && next.iter().all(|&b| zone(b)) {
                // Names: after the type (2) and the issuing state (3), to the last letter.
                let names_end = line
                    .iter()
                    .rposition(u8::is_ascii_uppercase)
                    .map_or(5, |p| p + 1);
                if names_end > 5 {
                    out.push((EntityKind::Person, "mrz_name", ls + 5, ls + names_end));
                }
                let dob = &next[13..19];
                if dob.iter().all(u8::is_ascii_digit) {
                    out.push((EntityKind::DateOfBirth, "mrz_birth_date", ns + 13, ns + 19));
                }
                ls = ne + 1;
                continue;
            }
        }
        ls = le + 1;
    }
}

pub fn login_pairs(t: &[u8], out: &mut Vec<KwHit>) {
    // Three exact searches, the letters around each match checked: `ogin` (`login`,
    // `Login`), `og in` (`log in`), `red` (`creds`, `credentials`, `Credentials`).
    // A login given this way has its slash.
    if memchr::memchr(b'/', t).is_none() {
        return;
    }
    static F: std::sync::OnceLock<[memchr::memmem::Finder<'static>; 3]> =
        std::sync::OnceLock::new();
    let f = finders(&F, [b"ogin", b"og in", b"red"]);
    let cues = f[0]
        .find_iter(t)
        .filter_map(|k| (k >= 1 && matches!(t[k - 1], b'l' | b'L')).then_some((k - 1, k + 4)))
        .chain(
            f[1].find_iter(t)
                .filter(|&k| k >= 1 && matches!(t[k - 1], b'l' | b'L'))
                .map(|k| (k - 1, k + 5)),
        )
        .chain(f[2].find_iter(t).filter_map(|k| {
            if k == 0 || !matches!(t[k - 1], b'c' | b'C') {
                return None;
            }
            if t[k + 3..].starts_with(b"entials") {
                Some((k - 1, k + 10))
            } else if t[k + 3..].starts_with(b"s") {
                Some((k - 1, k + 4))
            } else {
                None
            }
        }));
    for (p, cue_end) in cues {
        {
            if p > 0 && t[p - 1].is_ascii_alphanumeric() {
                continue;
            }
            let mut i = cue_end;
            if matches!(at(t, i), b':' | b'=') {
                i += 1;
            }
            // `login as ana@x.com / …`.
            if t[i..].starts_with(b" as ") {
                i += 3;
            }
            if at(t, i) != b' ' {
                continue;
            }
            i += 1;
            let user = run_while(t, i, 40, |b| {
                b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'@' | b'-')
            });
            // A user name: a usual account or a handle (`admin`, `root`, `j.doe`,
            // `ops_42`), not a word of a sentence (`login page / settings`).
            let u = &t[i..user];
            let account = [
                "admin",
                "root",
                "user",
                "administrator",
                "guest",
                "pi",
                "ubuntu",
                "sa",
                "postgres",
                "test",
                "demo",
                "operator",
                "support",
            ]
            .iter()
            .any(|a| u.eq_ignore_ascii_case(a.as_bytes()))
                || u.iter()
                    .any(|b| matches!(b, b'@' | b'.' | b'_') || b.is_ascii_digit());
            if user == i || !account {
                continue;
            }
            let mut k = user;
            if at(t, k) == b' ' {
                k += 1;
            }
            if at(t, k) != b'/' {
                continue;
            }
            k += 1;
            if at(t, k) == b' ' {
                k += 1;
            }
            let vs = k;
            let mut ve = run_while(t, vs, 64, |b| b > b' ' && b != b'\\' && b != b'"');
            // A sentence's closing stop is no part of it.
            while ve > vs && matches!(t[ve - 1], b'.' | b',' | b';' | b')') {
                ve -= 1;
            }
            // The value closes its clause (`admin / see the vault` points elsewhere).
            let closes = !(at(t, ve) == b' ' && at(t, ve + 1).is_ascii_lowercase());
            if ve - vs >= 3 && closes && !t[vs..ve].starts_with(b"/") {
                out.push((EntityKind::Secret, "login_pair", vs, ve));
            }
        }
    }
}

/// A PIN given a few words after its name, in any words: `El PIN que puse fue 7120`,
/// `The PIN I used is 7260`, `Die PIN war 0755`, `Il PIN del bancomat è 9673`,
/// `Pinkoden är 50508`. After `PIN` or `Pin` (or a compound of it; `pin` alone is as often
/// the verb) standing alone, the first number
/// of four to six digits standing alone within five words and the sentence. Counted over
/// the development sets, such numbers were labelled passwords 82 times and nothing else.
pub fn pin_after_words(t: &[u8], found: &[KwHit], out: &mut Vec<KwHit>) {
    const CUES: &[&str] = &[
        "pin",
        "pinkoden",
        "pinkod",
        "pin-kod",
        "pin-code",
        "pincode",
        "pin-nummer",
        "pinnummer",
        "pin-koodi",
        "pinkoodi",
    ];
    // Three literals a vectorised search finds fast (a byte search for `p` stops too often).
    static START: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let Some(start) =
        START.get_or_init(|| aho_corasick::AhoCorasick::new(["PIN", "Pin", "pin"]).ok())
    else {
        return;
    };
    for m in start.find_iter(t) {
        let s = m.start();
        if s > 0 && (t[s - 1].is_ascii_alphanumeric() || matches!(t[s - 1], b'-' | b'_')) {
            continue;
        }
        let we = run_while(t, s, 12, |b| b.is_ascii_alphabetic() || b == b'-');
        let word = &t[s..we];
        if !CUES.iter().any(|c| word.eq_ignore_ascii_case(c.as_bytes())) || alnum(at(t, we)) {
            continue;
        }
        // `pin` alone in lower case is as often the verb (`pin it to 2024`).
        if word.eq_ignore_ascii_case(b"pin") && word[1] == b'i' && word[0] == b'p' {
            continue;
        }
        if let Some((a, b)) = number_within_words(t, we) {
            if !taken(found, out, a, b) {
                out.push((EntityKind::Secret, "pin_after_words", a, b));
            }
        }
    }
}

/// The first number standing alone within five words after `from` and in the same
/// sentence, when it has four to six digits.
fn number_within_words(t: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut j = from;
    let mut words = 0;
    while j < t.len() && words <= 5 {
        j = run_while(t, j, 8, |b| {
            matches!(b, b' ' | b':' | b'=' | b'"' | b'\'' | b'(')
        });
        if j >= t.len() || matches!(t[j], b'\n' | b'.' | b'!' | b'?' | b'\\') {
            return None;
        }
        let te = run_while(t, j, 40, |b| !matches!(b, b' ' | b'\n' | b'\t'));
        let mut de = j;
        while de < te && t[de].is_ascii_digit() {
            de += 1;
        }
        let digits = de - j;
        let closes = de == te
            || (matches!(
                t[de],
                b'.' | b',' | b';' | b'"' | b'\'' | b')' | b'!' | b'?'
            ) && !at(t, de + 1).is_ascii_digit())
            // Another script resumes (`3819です`).
            || (t[de] >= 0x80 && super::util::alphabet_char_len(t, de).is_none());
        if digits > 0 {
            return ((4..=6).contains(&digits) && closes).then_some((j, de));
        }
        if te == j {
            return None;
        }
        j = te;
        words += 1;
    }
    None
}

/// A traveller's name as airlines write it, wherever it stands: `SURNAME/GIVEN NAMES`
/// in capitals followed by a title (`05 SCHOLZ/CHARLOTTE MS DOB 04APR57`, `VAN
/// GEFFEN/JAYLINN MS`, `WIDMER/CHRISTIAN MR`), in a manifest without a reservation's
/// header, a boarding list or a chat.
pub fn slash_names_with_title(t: &[u8], found: &[KwHit], out: &mut Vec<KwHit>) {
    const TITLES: &[&[u8]] = &[
        b"MR", b"MRS", b"MS", b"MISS", b"MSTR", b"DR", b"CHD", b"INF",
    ];
    let caps = |b: u8| b.is_ascii_uppercase() || matches!(b, b'\'' | b'-');
    for slash in memchr::memchr_iter(b'/', t) {
        if slash == 0 || !caps(t[slash - 1]) || !caps(at(t, slash + 1)) {
            continue;
        }
        // The given names and the title after the slash.
        let mut k = slash + 1;
        let mut title_at = None;
        loop {
            let ws = k;
            while k < t.len() && caps(t[k]) {
                k += 1;
            }
            if k == ws {
                break;
            }
            if ws > slash + 1 && TITLES.contains(&&t[ws..k]) && !alnum(at(t, k)) {
                title_at = Some(ws);
                break;
            }
            if at(t, k) != b' ' || k - slash > 48 {
                break;
            }
            k += 1;
        }
        let Some(title) = title_at else {
            continue;
        };
        // The family name before the slash: up to three words in capitals.
        let mut a = slash;
        let mut words = 0;
        loop {
            let we = a;
            while a > 0 && caps(t[a - 1]) {
                a -= 1;
            }
            if a == we {
                a = we + 1; // back over the space taken
                break;
            }
            words += 1;
            if words == 3 || a < 2 || t[a - 1] != b' ' || !caps(t[a - 2]) {
                break;
            }
            a -= 1;
        }
        let a = a.min(slash);
        let e = title - 1;
        // Acronyms joined by a slash (`TCP/IP`, `CI/CD`) are shorter than names.
        let letters = t[a..e].iter().filter(|b| b.is_ascii_uppercase()).count();
        if letters >= 6 && e > slash + 1 && slash > a && !taken(found, out, a, e) {
            out.push((EntityKind::Person, "name_slash_title", a, e));
        }
    }
}

/// Words for a password, in the languages the password cues cover ([`password_later_on_line`]
/// follows them to the end of their line).
const PASSWORD_WORDS: &[&str] = &[
    "password",
    "passwd",
    "passphrase",
    "passcode",
    "contraseña",
    "contrasena",
    "clave",
    "passwort",
    "kennwort",
    "mot de passe",
    "senha",
    "wachtwoord",
    "lösenord",
    "passord",
    "adgangskode",
    "salasana",
    "hasło",
    "heslo",
    "şifre",
    "sifre",
    "parola",
    "пароль",
    "密码",
    "密碼",
    "パスワード",
    "비밀번호",
    "கடவுச்சொல்",
    "գաղտնաբառ",
    "mật khẩu",
    "kata sandi",
    "סיסמה",
    "كلمة السر",
    "كلمة المرور",
    "κωδικός",
    "पासवर्ड",
    "รหัสผ่าน",
];

/// Whether `w` is one of [`PASSWORD_WORDS`] (any case).
pub(crate) fn is_password_word(w: &[u8]) -> bool {
    std::str::from_utf8(w).is_ok_and(|w| {
        let w = w.to_lowercase();
        PASSWORD_WORDS.iter().any(|p| *p == w)
    })
}

/// Whether the cue `lit` holds one of [`PASSWORD_WORDS`].
pub(crate) fn names_a_password(lit: &str) -> bool {
    let lit = lit.to_lowercase();
    PASSWORD_WORDS.iter().any(|w| lit.contains(w))
}

/// A password named on a line and given a few words later, in any words: `la contraseña
/// es incorrecta. He puesto rocket-violet-orbit-69`, `the password is wrong but I
/// haven't changed it. I tried OtterRocket745`, `Mật khẩu mới: lantern_40`, `Password
/// wifi-nya CobaltWalnut512`, `Поменял пароль на OtterFalcon452`. After a word for a
/// password written as a word of its own, the first token with a digit, a symbol or
/// mixed case, and a password's shape ([`bare_secret_at`] or [`weak_password`]) on the same line — at most 120 bytes on, not past the JSON string
/// the word stands in — unless it names something else: a key (`password_confirm=`), an
/// address or path, an identifier ([`names_something`]: `INC0733583`, `api-92551`, a hex
/// digest, a tool call's id), a version, a date or an algorithm (`argon2id`). Counted
/// over eight development sets by different authors (with a simpler tokenizer), tokens
/// found this way were labelled passwords 2,037 times and anything else 64 times, mostly
/// identifiers, dates and code, which are set apart here.
pub fn password_later_on_line(t: &[u8], found: &[KwHit], out: &mut Vec<KwHit>) {
    static WORDS: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let Some(ac) = WORDS.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(PASSWORD_WORDS)
            .ok()
    }) else {
        return;
    };
    let mut after = 0;
    for m in ac.find_iter(t) {
        let (s, e) = (m.start(), m.end());
        // A word of its own: not part of a name in code (`password_max_age_days`,
        // `DB_PASSWORD`, `PasswordValidator`, `.Values.auth.password`).
        let glued = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-');
        if e <= after
            || super::util::letter_before(t, s)
            || (s > 0 && glued(t[s - 1]))
            || glued(at(t, e))
        {
            continue;
        }
        let limit = t.len().min(e + 120);
        let mut i = e;
        while i < limit {
            let b = t[i];
            // The line ends, or the JSON string that holds the word does.
            if b == b'\n' || (b == b'\\' && super::util::newline_len(t, i) > 0) {
                break;
            }
            if b == b'"' {
                let k = skip_spaces(t, i + 1, 2);
                if matches!(at(t, k), b',' | b'}' | b']' | b':') {
                    break;
                }
            }
            if token_delimiter(b) {
                i += 1;
                continue;
            }
            let ts = i;
            let mut te = run_while(t, ts, 64, |b| !token_delimiter(b) && b != b'\n');
            i = te;
            while te > ts && matches!(t[te - 1], b'.' | b',' | b';' | b':') {
                te -= 1;
            }
            let v = &t[ts..te];
            // A key (`password_confirm=`, `Passwort:`), an address, a path, a link.
            if matches!(at(t, te), b'=' | b':')
                || v.iter()
                    .any(|&b| matches!(b, b'@' | b'/' | b'%') || b >= 0x80)
                || v.len() < 6
            {
                continue;
            }
            // Words run together without a digit read as code (`process.env.SMTP_PASS`);
            // a lower-case word and a number without a symbol, as a plain word with a
            // number (`it's chapter12 that I was reading`).
            let marked = v.iter().any(|b| !b.is_ascii_alphanumeric())
                || (v.iter().any(u8::is_ascii_uppercase) && v.iter().any(u8::is_ascii_lowercase));
            if !marked
                || !v.iter().any(u8::is_ascii_digit)
                || !(weak_password(v) || bare_secret_at(t, ts).is_some_and(|(_, end)| end >= te))
            {
                continue;
            }
            if names_something(v) {
                continue;
            }
            if !taken(found, out, ts, te) {
                out.push((EntityKind::Secret, "password_on_line", ts, te));
            }
            after = te;
            break;
        }
    }
}

/// A byte that ends a token in [`password_later_on_line`].
fn token_delimiter(b: u8) -> bool {
    matches!(
        b,
        b' ' | b'\t'
            | b'\r'
            | b'"'
            | b'\''
            | b'`'
            | b'('
            | b')'
            | b','
            | b';'
            | b'<'
            | b'>'
            | b'{'
            | b'}'
            | b'['
            | b']'
            | b'\\'
            | b'='
    )
}

/// A token with a password's shape that names something else: a ticket or an order
/// (`INC0733583`, `ORD-2022-372484`, `A3773-LZX`), a host or a pod (`api-92551`,
/// `NETGEAR47`), a version, a date or a time, a hex digest or a UUID, an API's id (`call_x76N…`, `toolu_01…`, `chatcmpl-…`), an
/// algorithm, an encoding or a protocol (`argon2id`, `sha256`, `utf-8`, `wpa2`).
fn names_something(v: &[u8]) -> bool {
    const IDS: &[&str] = &[
        "call_",
        "toolu_",
        "chatcmpl-",
        "req_",
        "msg_",
        "run_",
        "resp_",
        "evt_",
        "cus_",
        "pi_",
        "ch_",
        "sub_",
        "inv_",
        "txn_",
        "file-",
        "asst_",
        "thread_",
    ];
    const NAMES: &[&str] = &[
        "argon2",
        "argon2id",
        "argon2i",
        "bcrypt",
        "scrypt",
        "pbkdf2",
        "sha1",
        "sha256",
        "sha512",
        "sha-1",
        "sha-256",
        "sha-512",
        "sha3-256",
        "md5",
        "blake2b",
        "blake3",
        "aes128",
        "aes256",
        "aes-128",
        "aes-256",
        "rsa2048",
        "rsa4096",
        "ed25519",
        "x25519",
        "utf8",
        "utf-8",
        "utf-16",
        "base64",
        "latin1",
        "iso-8859-1",
        "http2",
        "oauth2",
        "ipv4",
        "ipv6",
        "wpa2",
        "wpa3",
        "wpa2-psk",
        "wpa3-sae",
        "tls1.2",
        "tls1.3",
        "http/2",
    ];
    let lower: Vec<u8> = v.iter().map(u8::to_ascii_lowercase).collect();
    if NAMES.iter().any(|n| lower == n.as_bytes())
        || IDS.iter().any(|p| lower.starts_with(p.as_bytes()))
    {
        return true;
    }
    // Capitals and digits only, a dash or an underscore between them or not:
    // `INC0733583`, `ORD-2022-372484`, `NETGEAR47`, `A3773-LZX`.
    if v.iter()
        .all(|&b| b.is_ascii_digit() || b.is_ascii_uppercase() || b == b'-' || b == b'_')
    {
        return true;
    }
    // A version (`Python3.11`), a date or a time (`2025-07-13T18:45:08Z`).
    if dotted_number(v)
        || v.windows(5).any(|w| {
            w[0].is_ascii_digit() && w[1].is_ascii_digit() && w[2] == b':' && w[3].is_ascii_digit()
        })
        || v.windows(8)
            .any(|w| w[..4].iter().all(u8::is_ascii_digit) && w[4] == b'-' && w[5].is_ascii_digit())
    {
        return true;
    }
    // A short lower-case name and a number: `api-92551`, `web_01`, `node-3`.
    let lows = v.iter().take_while(|b| b.is_ascii_lowercase()).count();
    if (2..=4).contains(&lows)
        && matches!(v.get(lows), Some(b'-' | b'_'))
        && v.len() > lows + 1
        && v[lows + 1..].iter().all(u8::is_ascii_digit)
    {
        return true;
    }
    // A hex digest or a UUID: hex digits (and dashes) only, letters and digits both.
    v.len() >= 7
        && v.iter().all(|b| b.is_ascii_hexdigit() || *b == b'-')
        && v.iter().any(u8::is_ascii_digit)
        && v.iter().any(|b| b.is_ascii_alphabetic())
        && v.iter()
            .all(|b| !b.is_ascii_uppercase() || !v.iter().any(u8::is_ascii_lowercase))
}

/// A word for a password within the 240 bytes before `s` (`…the wifi password? … i
/// changed it to X`), in the languages the password cues cover.
fn password_nearby(t: &[u8], s: usize) -> bool {
    password_word_in(&t[s.saturating_sub(240)..s])
}

/// A word for a password in `w`, in the languages the password cues cover: the names of
/// a password ([`PASSWORD_WORDS`]) and what stands near one (`pw:`, `wifi`, `login`).
fn password_word_in(w: &[u8]) -> bool {
    const NEAR: &[&str] = &[
        "pass:",
        "pwd",
        "pw ",
        "pw:",
        "wifi",
        "wi-fi",
        "login",
        "log in",
        "admin",
        "pin ",
        "let me in",
        "log me in",
        "locked out",
        "mdp",
        "psk",
        "비번",
        "পাসওয়ার্ড",
    ];
    super::util::mentions_any(w, PASSWORD_WORDS) || super::util::mentions_any(w, NEAR)
}

/// `t[vs..ve]` has a password's shape: a secret-looking token, a long run of lower-case
/// letters (a passphrase written as one word), or a weak password.
fn password_shaped(t: &[u8], vs: usize, ve: usize) -> bool {
    let v = &t[vs..ve];
    bare_secret_at(t, vs).is_some_and(|(_, e)| e >= ve)
        || (v.len() >= 16 && v.iter().all(u8::is_ascii_lowercase))
        || weak_password(v)
        || interleaved_password(v)
        || common_password(v)
}

/// One of the passwords people choose most (`sunshine`, `football`, `azerty`,
/// `iloveyou2`, `passw0rd`), digits or a symbol after it allowed: after a password's
/// cue it is the password, though it is an everyday word.
fn common_password(v: &[u8]) -> bool {
    const COMMON: &[&str] = &[
        "password",
        "passw0rd",
        "p@ssw0rd",
        "p@ssword",
        "pass",
        "qwerty",
        "qwertyuiop",
        "qwertz",
        "azerty",
        "asdfgh",
        "asdf",
        "zxcvbn",
        "zxcvbnm",
        "qazwsx",
        "1qaz2wsx",
        "abc",
        "letmein",
        "welcome",
        "iloveyou",
        "monkey",
        "dragon",
        "sunshine",
        "princess",
        "football",
        "baseball",
        "soccer",
        "hockey",
        "superman",
        "batman",
        "spiderman",
        "starwars",
        "pokemon",
        "mustang",
        "shadow",
        "master",
        "trustno",
        "freedom",
        "whatever",
        "admin",
        "administrator",
        "changeme",
        "default",
        "guest",
        "login",
        "hello",
        "hallo",
        "ciao",
        "ciaociao",
        "bonjour",
        "motdepasse",
        "passwort",
        "contrasena",
        "contraseña",
        "senha",
        "parola",
        "haslo",
        "hasło",
        "salasana",
        "wachtwoord",
        "losenord",
        "lösenord",
        "geheim",
        "cheese",
        "chocolate",
        "cookie",
        "pepper",
        "ginger",
        "maggie",
        "buster",
        "charlie",
        "tigger",
        "bailey",
        "summer",
        "winter",
        "autumn",
        "spring",
        "flower",
        "butterfly",
        "rainbow",
        "lovely",
        "angel",
        "blessed",
        "jesus",
        "killer",
        "hunter",
        "ranger",
        "harley",
        "computer",
        "internet",
        "matrix",
        "thunder",
        "cowboy",
        "banana",
        "apple",
        "orange",
        "pineapple",
        "strawberry",
        "bluebird",
        "falcon",
        "eagle",
        "tiger",
        "lion",
        "panther",
        "dolphin",
        "penguin",
        "kitten",
        "puppy",
        "doggy",
        "snoopy",
        "mickey",
        "minnie",
        "barbie",
        "ferrari",
        "porsche",
        "mercedes",
        "corvette",
        "camaro",
        "liverpool",
        "chelsea",
        "arsenal",
        "barcelona",
        "juventus",
        "madrid",
        "yankees",
        "lakers",
        "dallas",
        "london",
        "paris",
        "berlin",
        "mariposa",
        "corazon",
        "tequiero",
        "teamo",
        "jetaime",
        "ichliebedich",
        "amore",
        "amor",
        "estrella",
        "sonne",
        "soleil",
    ];
    let stem = v
        .iter()
        .rposition(|b| b.is_ascii_alphabetic() || *b >= 0x80)
        .map_or(0, |k| k + 1);
    if stem < 3
        || v.len() > 20
        || !v[stem..]
            .iter()
            .all(|b| b.is_ascii_digit() || b"!@#$%&*?._-".contains(b))
    {
        return false;
    }
    let w = String::from_utf8_lossy(&v[..stem]).to_lowercase();
    COMMON.contains(&w.as_str())
}

/// Small letters and digits drawn at random (`d8bs6zn7kfj23`, `kaq8uu3f6r`): eight or
/// more, digits in two places or more, a letter beyond hex (hashes are hex).
fn interleaved_password(v: &[u8]) -> bool {
    let digit_runs = v
        .windows(2)
        .filter(|w| w[1].is_ascii_digit() && !w[0].is_ascii_digit())
        .count()
        + usize::from(v.first().is_some_and(u8::is_ascii_digit));
    v.len() >= 8
        && v.iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && v.iter().filter(|b| b.is_ascii_lowercase()).count() >= 4
        && digit_runs >= 2
        && v.iter()
            .any(|b| b.is_ascii_lowercase() && !b.is_ascii_hexdigit())
}

/// The shape of a weak password people still use: letters then digits and maybe a
/// symbol (`Fall2017!!`, `welcome11`, `Puff1n2025`, `Coco_754`).
fn weak_password(v: &[u8]) -> bool {
    let letters = v.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let rest = &v[letters..];
    v.len() >= 6
        && letters >= 3
        && rest.iter().any(u8::is_ascii_digit)
        && rest
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || b"!@#$%^&*_+?.-".contains(b))
}

/// A value that is code reading the secret from somewhere else, not the secret.
/// A value written to be replaced: `YOUR_PASSWORD_HERE`, `<your-password>`,
/// `your_api_key`, `REPLACE_ME`, `CHANGE_THIS`.
fn placeholder_value(v: &[u8]) -> bool {
    let lower: Vec<u8> = v.iter().map(u8::to_ascii_lowercase).collect();
    let parts: Vec<&[u8]> = lower
        .split(|b| matches!(b, b'_' | b'-' | b'.' | b' '))
        .filter(|p| !p.is_empty())
        .collect();
    let marker = |p: &[u8]| {
        matches!(
            p,
            b"your"
                | b"here"
                | b"replace"
                | b"placeholder"
                | b"example"
                | b"dummy"
                | b"todo"
                | b"fixme"
                | b"changethis"
                | b"insert"
        )
    };
    let only_letters = v
        .iter()
        .all(|b| b.is_ascii_alphabetic() || matches!(b, b'_' | b'-' | b'.' | b' '));
    // A code identifier (`updated_at`, `PASSWORD_HASH`), an address at a documentation
    // domain (`user@example.com`) or a value already masked (`****-****-1234`).
    const CODE_WORDS: &[&[u8]] = &[
        b"id",
        b"at",
        b"by",
        b"name",
        b"key",
        b"hash",
        b"token",
        b"user",
        b"password",
        b"email",
        b"date",
        b"time",
        b"count",
        b"type",
        b"value",
        b"code",
        b"field",
        b"url",
        b"path",
        b"file",
        b"num",
        b"no",
        b"str",
        b"int",
        b"var",
        b"env",
        b"secret",
        b"pass",
        b"pwd",
        b"created",
        b"updated",
        b"last",
        b"first",
        b"customer",
        b"account",
        b"ssn",
        b"dob",
        b"iban",
        b"phone",
        b"status",
        b"flag",
        b"list",
        b"map",
        b"len",
    ];
    let snake = v.contains(&b'_') && !v.starts_with(b"_") && !v.ends_with(b"_");
    let identifier = snake
        && (v.iter().all(|b| b.is_ascii_uppercase() || *b == b'_')
            || (v.iter().all(|b| b.is_ascii_lowercase() || *b == b'_')
                && v.split(|&b| b == b'_').any(|p| CODE_WORDS.contains(&p))));
    let documentation = [&b"@example."[..], b"@domain.", b"@test."]
        .iter()
        .any(|d| memchr::memmem::find(&lower, d).is_some());
    let masked = v.iter().filter(|&&b| b == b'*').count() >= 4;
    only_letters && parts.len() >= 2 && parts.iter().any(|p| marker(p))
        || (lower.starts_with(b"change") && parts.len() >= 2 && parts[1] == b"me")
        || identifier
        || documentation
        || masked
}

/// The password of a `.pgpass` line around the port at `s` (`db.internal:5432:app:ro:…`,
/// `*:*:*:etl:…`) when no `.pgpass` names the file: a line of its own (also inside a JSON
/// string) whose port is digits or `*`.
fn pgpass_password(t: &[u8], s: usize) -> Option<(usize, usize)> {
    let escaped_break = |k: usize| k >= 2 && t[k - 2] == b'\\' && t[k - 1] == b'n';
    let mut ls = s;
    while ls > s.saturating_sub(256) && t[ls - 1] != b'\n' && !escaped_break(ls) {
        ls -= 1;
    }
    while ls < s && matches!(t[ls], b' ' | b'\t' | b'"' | b'\'') {
        ls += 1;
    }
    let lim = t.len().min(s + 256);
    let mut le = s;
    while le < lim
        && !matches!(t[le], b'\n' | b' ' | b'"' | b'\'' | b'\r')
        && !(t[le] == b'\\' && at(t, le + 1) == b'n')
    {
        le += 1;
    }
    let host = &t[ls..s];
    let port_end = s + 1 + t[s + 1..le].iter().position(|&b| b == b':')?;
    let port = &t[s + 1..port_end];
    let host_ok = !host.is_empty()
        && host
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'*'));
    let port_ok = port == b"*" || (!port.is_empty() && port.iter().all(u8::is_ascii_digit));
    if !host_ok || !port_ok {
        return None;
    }
    pgpass_line(t, ls, le).filter(|&(vs, ve)| ve - vs >= 3)
}

/// Where the value starts when the quoted key at `i` (just past its closing quote) is
/// followed by `value=` or a call that types into the field.
fn value_after_quoted_key(t: &[u8], i: usize) -> Option<usize> {
    let mut k = i;
    while k > 0 && t[k - 1] == b' ' {
        k -= 1;
    }
    if k == 0 || !matches!(t[k - 1], b'"' | b'\'') {
        return None;
    }
    let rest = &t[i..t.len().min(i + 32)];
    if rest.starts_with(b"value=") || rest.starts_with(b"text=") {
        return Some(i + if rest[0] == b'v' { 6 } else { 5 });
    }
    const CALLS: &[&str] = &[
        ").fill(",
        ").type(",
        ").send_keys(",
        ").sendKeys(",
        ").setValue(",
        ").press_sequentially(",
        ").pressSequentially(",
        "]).fill(",
        "]).type(",
    ];
    CALLS
        .iter()
        .find(|c| rest.starts_with(c.as_bytes()))
        .map(|c| i + c.len())
}

/// Code that declares what a password is rather than giving one: a type
/// (`fn hash(password: &str)`, `password: String,`, `password: Optional[str] = None`) or a
/// schema (`password: z.string().min(12)`, `password VARCHAR(255)`).
fn type_annotation(v: &[u8]) -> bool {
    const TYPES: &[&str] = &[
        "str",
        "&str",
        "&'static str",
        "string",
        "String",
        "&String",
        "bytes",
        "&[u8]",
        "Vec<u8>",
        "SecretStr",
        "SecretString",
        "text",
        "varchar",
        "char",
        "int",
        "bool",
        "None",
        "null",
        "nil",
        "undefined",
    ];
    const OPENERS: &[&str] = &[
        "z.string(",
        "yup.string(",
        "joi.string(",
        "string(",
        "str(",
        "option<",
        "optional[",
        "secret<",
        "secretbox<",
        "varchar(",
        "char(",
        "column(",
        "field(",
        "mapped[",
        "types.string",
        "schema.types",
        "fields.str",
        "serde_json::",
    ];
    let trimmed = v.strip_suffix(b";").unwrap_or(v);
    TYPES.iter().any(|w| trimmed == w.as_bytes())
        || (trimmed.eq_ignore_ascii_case(b"varchar") || trimmed.eq_ignore_ascii_case(b"text"))
        || OPENERS.iter().any(|o| {
            trimmed.len() >= o.len() && trimmed[..o.len()].eq_ignore_ascii_case(o.as_bytes())
        })
}

/// A release number (`13.15.22-beta.2`, `v2.4.1`): what a service named after the
/// keyword runs (`image: …/auth-gateway:13.15.22-beta.2`), not a secret.
fn version_shaped(v: &[u8]) -> bool {
    let core = v.strip_prefix(b"v").unwrap_or(v);
    let numeric_end = core
        .iter()
        .position(|&b| !(b.is_ascii_digit() || b == b'.'))
        .unwrap_or(core.len());
    let (num, rest) = core.split_at(numeric_end);
    let dots = num.iter().filter(|&&b| b == b'.').count();
    (1..=3).contains(&dots)
        && num.first().is_some_and(u8::is_ascii_digit)
        && num.last().is_some_and(u8::is_ascii_digit)
        && !num.windows(2).any(|w| w == b"..")
        && (rest.is_empty()
            || (matches!(rest[0], b'-' | b'+')
                && rest.len() <= 24
                && rest[1..]
                    .iter()
                    .all(|&b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
                && rest[1..].iter().any(u8::is_ascii_alphabetic)))
}

fn reads_secret_elsewhere(v: &[u8]) -> bool {
    const READERS: &[&str] = &[
        "os.environ",
        "os.getenv",
        "process.env",
        "getenv(",
        "env(",
        "env.",
        "environ[",
        "${",
        "{{",
        "{%",
        "%(",
        "config.",
        "settings.",
        "secrets.",
        "vault(",
        "ENV[",
        "System.getenv",
        "std::env",
        // Terraform and Helm references: `var.db_password`,
        // `data.aws_secretsmanager_secret_version.db.secret_string`, `.Values.db.password`.
        "var.",
        "data.",
        "local.",
        "module.",
        "each.",
        "random_password.",
        ".Values.",
    ];
    let ends_open = matches!(v.last(), Some(b'[' | b'(' | b'{'));
    // `.billing_db.secret_string`: a member of something, read in code (lower-case
    // names joined by dots; a password may open with a dot too).
    let member = v.len() > 2
        && v[0] == b'.'
        && v[1].is_ascii_lowercase()
        && v[1..].contains(&b'.')
        && v.iter()
            .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'.'));
    ends_open
        || member
        || v.starts_with(b"$(")
        || v.starts_with(b"`")
        || placeholder_value(v)
        || READERS
            .iter()
            .any(|r| v.len() >= r.len() && v[..r.len()].eq_ignore_ascii_case(r.as_bytes()))
}

/// Words that join a credential's name to its value in many languages.
const COPULAS: &[&str] = &[
    "should be",
    "will be",
    "must be",
    "is now",
    "is still",
    "has been set to",
    "has been changed to",
    "was changed to",
    "was set to",
    "has been",
    "is",
    "ist",
    "est",
    "es",
    "è",
    "é",
    "är",
    "er",
    "on",
    "jest",
    "je",
    "είναι",
    "ni",
    "adalah",
    "là",
    "este",
    "была",
    "—",
    "は",
    "是",
    "为",
    "為",
    "은",
    "는",
    "=",
    "was",
    "lautet",
    "wäre",
    "sería",
    "serait",
    "sarebbe",
    "seria",
    "คือ",
    "هي",
    "sont",
    "são",
    "son",
    "sind",
    "are",
    "c'est",
    "c’est",
    "to",
];

/// `to` in other languages (`bytte lösenordet till …`, `endret passordet til …`, `tukar
/// kata laluan kepada …`, `cambié la contraseña a …`, `mudei a senha para …`): read after
/// a password's noun like `to`, only before a password's shape.
const TO_WORDS: &[&str] = &[
    "till", "til", "kepada", "menjadi", "naar", "para", "na", "auf", "zu", "in", "en", "a",
];

/// The length of a word of [`TO_WORDS`] at `i`.
fn to_word_at(t: &[u8], i: usize) -> Option<usize> {
    TO_WORDS.iter().find_map(|w| {
        let n = w.len();
        (t.len() > i + n && t[i..i + n].eq_ignore_ascii_case(w.as_bytes()) && t[i + n] == b' ')
            .then_some(n)
    })
}

/// Password keywords that end compound keys (`Initialpasswort`, `engangskode`).
const COMPOUND_KEYS: &[&str] = &[
    "passwort",
    "kennwort",
    "wachtwoord",
    "lösenord",
    "losenord",
    "passord",
    "adgangskode",
    "salasana",
    "password",
    "passwd",
];

fn key_value(t: &[u8], s: usize, e: usize, loose: bool, token_like: bool, out: &mut Vec<KwHit>) {
    if !loose && !token_like && s > 0 {
        value_before(t, s, out);
    }
    // The keyword must start a word; `DB_PASSWORD` and `client_secret` count, and so
    // does an upper-case name that ends in it (`PGPASSWORD=`, `MYSQLPWD:`) when a `=` or
    // `:` follows.
    let cjk_key = t[e - 1] >= 0x80;
    // `${POSTGRES_PASSWORD:?set it}`, `$DB_PASSWORD`: a variable's name, not a field.
    {
        let back = run_back(t, s, 32, |b| b.is_ascii_alphanumeric() || b == b'_');
        if s - back >= 1 && (t[s - back - 1] == b'$' || t[..s - back].ends_with(b"${")) {
            return;
        }
    }
    // `existingSecret: billing-db`, `external_secret_name`: the name of a secret kept
    // elsewhere (a Kubernetes secret, a vault entry), not its value.
    {
        let before = &t[s.saturating_sub(9)..s];
        let before = before
            .strip_suffix(b"_")
            .or_else(|| before.strip_suffix(b"-"))
            .unwrap_or(before);
        if [&b"existing"[..], b"external"].iter().any(|w| {
            before.len() >= w.len() && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
        }) {
            return;
        }
    }
    let mut env_style = false;
    if !cjk_key && s > 0 && super::util::letter_before(t, s) {
        let back = run_back(t, s, 24, |b| {
            b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'
        });
        let upper_key = t[s..e].iter().all(|b| !b.is_ascii_lowercase());
        let starts = s - back == 0 || !t[s - back - 1].is_ascii_alphanumeric();
        // A camelCase key that ends in the keyword (`"smtpPassword": "…"`,
        // `adminPassword=`): a lower-case word, then the keyword capitalised.
        // PascalCase too (`key="SmtpPassword"`): one capital opens the word before.
        let mut camel_back = run_back(t, s, 24, |b| b.is_ascii_lowercase() || b.is_ascii_digit());
        if camel_back > 0
            && s - camel_back >= 1
            && t[s - camel_back - 1].is_ascii_uppercase()
            && (s - camel_back == 1 || !t[s - camel_back - 2].is_ascii_alphanumeric())
        {
            camel_back += 1;
        }
        let camel = t[s].is_ascii_uppercase()
            && t[s + 1..e].iter().all(|b| !b.is_ascii_uppercase())
            && camel_back > 0
            && (s - camel_back == 0 || !t[s - camel_back - 1].is_ascii_alphanumeric())
            && (matches!(at(t, e), b'=' | b':')
                || (matches!(at(t, e), b'"' | b'\'' | b'\\')
                    && t[..s - camel_back].ends_with(b"\"")));
        // A compound that ends in the keyword, as German and the Nordic languages write
        // them and configs run words together (`Initialpasswort:`, `Einmalpasswort:`,
        // `engangskode=`, `dbpassword=`): letters back to the start of the key, the key
        // right before its `:` or `=`.
        // `das Initialpasswort ist B3@c0n30$`: a copula says it too.
        let compound = COMPOUND_KEYS
            .iter()
            .any(|k| t[s..e].eq_ignore_ascii_case(k.as_bytes()))
            && (matches!(at(t, e), b'=' | b':')
                || (at(t, e) == b' ' && !loose && copula_at(t, e + 1).is_some()))
            && {
                let letters = run_back(t, s, 24, |b| b.is_ascii_alphabetic() || b >= 0x80);
                letters >= 2
                    && (s - letters == 0
                        || matches!(
                            t[s - letters - 1],
                            b' ' | b'\n' | b'\t' | b'"' | b'\'' | b'{' | b','
                        ))
            };
        if !(camel
            || compound
            || (upper_key && back > 0 && starts && matches!(at(t, e), b'=' | b':')))
        {
            return;
        }
        // A compound said with a copula reads on like a sentence (`das Initialpasswort
        // ist …`); keys need their `:` or `=`.
        env_style = !(compound && at(t, e) == b' ');
    }
    let mut i = e;
    // Allow a `_suffix` (`secret_key`, `password_hash`) but not a longer word (`tokens`),
    // nor a suffix that names a setting about the password (`password_reset_ttl = 1800`,
    // `PASSWORD_RESET_URL=https://…`, `password_min_length`).
    if matches!(at(t, i), b'_' | b'-')
        && (at(t, i + 1).is_ascii_alphabetic() || at(t, i + 1) >= 0x80)
    {
        let part_end = run_while(t, i + 1, 24, |b| b.is_ascii_alphabetic());
        let part = &t[i + 1..part_end];
        const SETTINGS: &[&str] = &[
            "reset",
            "min",
            "max",
            "length",
            "len",
            "ttl",
            "policy",
            "expiry",
            "expires",
            "expiration",
            "url",
            "link",
            "timeout",
            "rules",
            "strength",
            "complexity",
            "required",
            "enabled",
            "changed",
            "age",
            "history",
            "attempts",
            "retries",
            "count",
            "field",
            "label",
            "placeholder",
            "prompt",
            "file",
            "path",
            "hint",
            "regex",
            "pattern",
            // What names a secret kept elsewhere: `secret_id = "billing/db/password"`,
            // `secret_name`, `secret_arn`, `secret_ref`.
            "id",
            "name",
            "arn",
            "ref",
            "version",
            "manager",
            "rotation",
            "format",
            "type",
            "mode",
            "store",
            "command",
            "hash",
            "hashes",
            "hashing",
            "hasher",
            "salt",
            "digest",
            "column",
            "migration",
            "validator",
            "validation",
            "encoder",
            "check",
        ];
        if SETTINGS
            .iter()
            .any(|w| part.eq_ignore_ascii_case(w.as_bytes()))
        {
            return;
        }
        // Suffixes in other languages are words too (`senha_provisória`).
        i = run_while(t, i + 1, 24, |b| {
            b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
        });
    }
    // `密码obsidian-walnut-river-54。`: Chinese and Japanese write the value right after its
    // label, with no space or colon.
    let glued = cjk_key && !loose && at(t, i).is_ascii_alphanumeric();
    // The noun with its article or case ending (`lösenordet`, `passordet`,
    // `adgangskoden`, `salasanaksi`, `şifreyi`, `hesla`): the same word.
    if !loose && !glued && alnum(at(t, i)) && t[e - 1].is_ascii_alphabetic() {
        const ENDINGS: &[&str] = &[
            "et", "en", "a", "ksi", "ni", "si", "yi", "mi", "yı", "mı", "i", "u",
        ];
        let we = run_while(t, i, 6, |b| b.is_ascii_alphabetic() || b >= 0x80);
        if !alnum(at(t, we))
            && ENDINGS
                .iter()
                .any(|x| t[i..we].eq_ignore_ascii_case(x.as_bytes()))
        {
            i = we;
        }
    }
    if alnum(at(t, i)) && !glued {
        // `my passwords. Right now my email one is …`: the plural names no field, but
        // shaped values may follow.
        if !loose && !token_like && at(t, i) == b's' && !alnum(at(t, i + 1)) {
            shaped_values_after(t, i + 1, out);
        }
        return;
    }
    // `password's Summer2024!`: the contracted `is`, not a closing quote.
    let contracted = (t[i..].starts_with(b"'s ") || t[i..].starts_with("’s ".as_bytes())) && !loose;
    if contracted {
        i += if t[i] == b'\'' { 3 } else { 5 };
    }
    // Closing quote of a JSON/YAML key, escaped however deep the JSON sits in strings
    // (`\\\"password\\\": \\\"…\\\"`).
    let escapes = run_while(t, i, 8, |b| b == b'\\') - i;
    if !contracted && matches!(at(t, i + escapes), b'"' | b'\'') {
        i += escapes + 1;
    }
    // A form that aligns its values in a column or brackets its labels: `Password
    // 4478`, `Mot de passe          Purple Harbour Velvet Pebble 44`, `[Пароль] qwe123`.
    let bracketed = !loose && super::util::bracketed_label(t, s, i);
    if bracketed {
        i += 1;
    }
    let aligned = bracketed || (!loose && super::util::aligned_value(t, s, i));
    i = skip_spaces(t, i, 4);
    let mut strong_sep = false;
    // The value follows `is` or its kin (`my password is Sunshine`).
    let mut after_copula = false;
    // `Password for john@example.com: X`, `password for the admin panel - X`: what the
    // password is for, then a separator.
    if !loose && for_what(t, i) {
        let lim = t.len().min(i + 48);
        if let Some(k) = (i + 3..lim).find(|&k| {
            t[k] == b'\n'
                || (t[k] == b':' && at(t, k + 1) == b' ')
                || (t[k] == b'.' && at(t, k + 1) == b' ')
        }) {
            if t[k] == b':' {
                i = k;
            }
        }
    }
    // `password temporanea: …`, `mot de passe provisoire : …`, `Passwort (neu): …`: a
    // word that says which password, then the separator.
    {
        let open = usize::from(at(t, i) == b'(');
        let we = run_while(t, i + open, 16, |b| b.is_ascii_alphabetic() || b >= 0x80);
        let w = &t[i + open..we];
        let close = usize::from(open == 1 && at(t, we) == b')');
        if !w.is_empty()
            && open == close
            && PASSWORD_QUALIFIERS
                .iter()
                .any(|q| w.eq_ignore_ascii_case(q.as_bytes()))
        {
            let k = skip_spaces(t, we + close, 2);
            if matches!(at(t, k), b':' | b'=') || t[k..].starts_with("：".as_bytes()) {
                i = k;
            }
        }
        // What the password is for, in brackets (`password (Garage door): 686751`,
        // `PIN (VPN): …`, `كلمة السر (Netflix): …`).
        if open == 1 {
            let lim = t.len().min(i + 40);
            if let Some(c) = t[i + 1..lim]
                .iter()
                .position(|&b| matches!(b, b')' | b'\n' | b'(' | b':' | b'='))
                .map(|p| i + 1 + p)
                .filter(|&c| t[c] == b')' && c > i + 1)
            {
                let k = skip_spaces(t, c + 1, 2);
                if matches!(at(t, k), b':' | b'=') || t[k..].starts_with("：".as_bytes()) {
                    i = k;
                }
            }
        }
    }
    // `<add key="SmtpPassword" value="…" />`, `selector="#password" value="…"` (a
    // browser agent filling a form), `page.locator("#password").fill("…")`.
    let typed_into = value_after_quoted_key(t, i);
    match at(t, i) {
        _ if typed_into.is_some() => {
            strong_sep = true;
            i = typed_into.unwrap_or(i);
        }
        // `密码obsidian-walnut-river-54`: no separator at all.
        _ if glued => strong_sep = true,
        _ if aligned && alnum_or_symbol(at(t, skip_spaces(t, i, 48))) => strong_sep = true,
        // `password -> Luna809`, `password → Luna809`.
        b'-' if at(t, i + 1) == b'>' => {
            strong_sep = true;
            i += 2;
        }
        _ if t[i..].starts_with("→".as_bytes()) => {
            strong_sep = true;
            i += "→".len();
        }
        b':' => {
            strong_sep = true;
            i += 1;
            if at(t, i) == b'=' {
                i += 1;
            }
        }
        // `define( 'DB_PASSWORD', 'k+*v8…' );`, `("password", "…")`: a quoted key, a
        // comma, the quoted value.
        b',' if !loose
            && i >= 1
            && matches!(t[i - 1], b'\'' | b'"')
            && matches!(at(t, skip_spaces(t, i + 1, 2)), b'\'' | b'"') =>
        {
            strong_sep = true;
            i += 1;
        }
        b'=' => {
            strong_sep = true;
            i += 1;
            if at(t, i) == b'>' {
                i += 1;
            }
        }
        _ if t[i..].starts_with("：".as_bytes()) => {
            strong_sep = true;
            i += 3;
        }
        // Armenian's separator (`գաղտնաբառ՝ …`).
        _ if t[i..].starts_with("՝".as_bytes()) => {
            strong_sep = true;
            i += "՝".len();
        }
        // `temporary password - Summer2024!`: a dash, then a password's shape.
        b'-' if at(t, i + 1) == b' ' && !loose => {
            let vs = skip_spaces(t, i + 1, 2);
            let ve = ascii_token_end(t, vs);
            if ve > vs && password_shaped(t, vs, ve) {
                out.push((EntityKind::Secret, "password_phrase", vs, ve));
            }
            return;
        }
        // `my pass is Tr0ub4dor&3`: the short word after a possessive, with a password's
        // shape; without the possessive (`pass is Ginger_Simba4515`), only a value that
        // mixes letters, digits and capitals or symbols.
        _ if loose && t[s..e].eq_ignore_ascii_case(b"pass") && copula_at(t, i).is_some() => {
            let n = copula_at(t, i).unwrap_or(0);
            let vs = skip_spaces(t, i + n, 2);
            let ve = ascii_token_end(t, vs);
            let owned = possessive_before(t, s);
            if ve > vs
                && password_shaped(t, vs, ve)
                && (owned || bare_secret_at(t, vs).is_some_and(|(_, b)| b >= ve))
            {
                out.push((EntityKind::Secret, "password_phrase", vs, ve));
            }
            return;
        }
        _ if !loose => {
            // A possessive after the noun (`kata sandi saya …`, `nenosiri langu ni …`).
            let owned_after = {
                let we = run_while(t, i, 8, |b| b.is_ascii_alphabetic());
                let w = &t[i..we];
                let own = [&b"saya"[..], b"aku", b"anda", b"langu", b"yangu", b"lako"]
                    .iter()
                    .any(|p| w.eq_ignore_ascii_case(p));
                if own && at(t, we) == b' ' {
                    i = we + 1;
                }
                // Turkish says `my` in the noun itself (`parolam`, `şifrem`).
                own || ["parolam", "şifrem", "sifrem"]
                    .iter()
                    .any(|k| t[s..e].eq_ignore_ascii_case(k.as_bytes()))
            };
            // `is` and its kin: `ist`, `est`, `es`, `è`, `é`, `är`, `er`, `jest`, `は`, `是`.
            // `to` names the value only when one follows (`changed the password to
            // Hunter2!`, `hasło to Lantern_3370`), not in `the password to the server is …`.
            let to_then_value = |n: usize| {
                let vs = i + n + 1;
                let ve = ascii_token_end(t, vs);
                at(t, i + n) == b' ' && ve > vs && password_shaped(t, vs, ve)
            };
            // Finnish `on` is `is`; English `on` before an article places the password
            // (`the passphrase on the account?`).
            let placed = |n: usize| {
                t[i..i + n].eq_ignore_ascii_case(b"on")
                    && [
                        &b" the "[..],
                        b" my ",
                        b" your ",
                        b" our ",
                        b" this ",
                        b" that ",
                        b" a ",
                        b" file",
                    ]
                    .iter()
                    .any(|a| {
                        t.len() >= i + n + a.len()
                            && t[i + n..i + n + a.len()].eq_ignore_ascii_case(a)
                    })
            };
            let copula = copula_at(t, i)
                .filter(|&n| !t[i..i + n].eq_ignore_ascii_case(b"to") || to_then_value(n))
                .or_else(|| to_word_at(t, i).filter(|&n| to_then_value(n)))
                .filter(|&n| !placed(n));
            if let Some(n) = copula {
                after_copula = true;
                i += n;
                if at(t, i) == b':' {
                    i += 1;
                }
                i = skip_adverb(t, i);
            } else if let Some((vs, ve)) = netrc_value(t, s, i) {
                out.push((EntityKind::Secret, "netrc_password", vs, ve));
                return;
            } else if let Some(v) = bare_secret_at(t, i)
                .or_else(|| {
                    // `my password butterfly1`, `мой пароль butterfly1`: after a possessive, a
                    // word with digits is enough.
                    (owned_after || possessive_before(t, s))
                        .then(|| owned_secret_at(t, i))
                        .flatten()
                })
                .or_else(|| random_password_at(t, i))
                .or_else(|| {
                    // `password qwerty123`, `пароль qwerty123`: right after the noun, a
                    // word of letters with digits or symbols that closes its clause.
                    owned_secret_at(t, i).filter(|&(vs, ve)| {
                        let v = &t[vs..ve];
                        !type_annotation(v)
                            && !version_shaped(v)
                            && !algorithm_name(v)
                            && matches!(at(t, ve), 0 | b'\n' | b'.' | b',' | b';' | b')' | b'!')
                    })
                })
            {
                // `temporary password Kx9#mP2qLw`, `passphrase "river otter 1987"`.
                out.push((EntityKind::Secret, "password_phrase", v.0, v.1));
                return;
            } else {
                // `the password for the admin account is …`: a copula later on the line.
                let lim = t.len().min(i + 48);
                let mut k = i;
                let mut found = None;
                // (Not past the sentence: `How do I reset my password? Go to Settings`.)
                while k < lim && !matches!(t[k], b'\n' | b'.' | b'?' | b'!') {
                    if t[k] == b' ' {
                        // Finnish `on` is English `on` too (`password email on reports/…`).
                        if let Some(n) = copula_at(t, k + 1)
                            .filter(|&n| !t[k + 1..k + 1 + n].eq_ignore_ascii_case(b"on"))
                        {
                            found = Some(k + 1 + n);
                            break;
                        }
                    }
                    k += 1;
                }
                let Some(after) = found else {
                    // `my passwords. Right now my email one is DragonEclipse.79 and the
                    // bank one is S3cur1ty99`: further on the line, values with a
                    // password's shape after `is` or `to`.
                    shaped_values_after(t, i, out);
                    // `what's the wifi password again?⏎[21:00] Mum: football123`.
                    if let Some((vs, ve)) = secret_answered(t, e) {
                        out.push((EntityKind::Secret, "password_answer", vs, ve));
                    }
                    return;
                };
                after_copula = true;
                i = after;
                if at(t, i) == b':' {
                    i += 1;
                }
                i = skip_adverb(t, i);
            }
        }
        _ if loose && t[s..e].eq_ignore_ascii_case(b"pin") => {
            // `PIN 4821`, `PIN is 4821`, `pin code 4821`, `my PIN number is 4821`; what it
            // opens first (`PIN de la tarjeta: 3527`, `PIN do karty: 88151`, `die PIN der
            // EC-Karte ist 4531`, `PIN for my debit card is 4411`).
            let mut i = i;
            {
                let w_end = run_while(t, i, 8, |b| b.is_ascii_alphabetic());
                let prep = &t[i..w_end];
                let preps: [&[u8]; 12] = [
                    b"de", b"do", b"der", b"des", b"du", b"for", b"of", b"della", b"del", b"van",
                    b"til", b"for",
                ];
                if at(t, w_end) == b' ' && preps.iter().any(|p| prep.eq_ignore_ascii_case(p)) {
                    // Up to three words (`la tarjeta`, `EC-Karte`, `my debit card`).
                    let mut k = w_end + 1;
                    for _ in 0..3 {
                        let we = run_while(t, k, 16, |b| {
                            b.is_ascii_alphanumeric() || b == b'-' || b >= 0x80
                        });
                        if we == k {
                            break;
                        }
                        k = we;
                        if matches!(at(t, k), b':' | b'=') {
                            i = k + 1;
                            break;
                        }
                        if at(t, k) != b' ' {
                            break;
                        }
                        if copula_at(t, k + 1).is_some() {
                            i = k + 1;
                            break;
                        }
                        k += 1;
                    }
                    i = skip_spaces(t, i, 2);
                }
            }
            // `PIN saya 5966` (Indonesian and Malay put `my` after the noun).
            for word in [&b"saya "[..], b"aku ", b"anda ", b"kamu "] {
                if t.len() >= i + word.len() && t[i..i + word.len()].eq_ignore_ascii_case(word) {
                    i += word.len();
                    break;
                }
            }
            for word in [&b"code "[..], b"number ", b"no. ", b"no "] {
                if t.len() >= i + word.len() && t[i..i + word.len()].eq_ignore_ascii_case(word) {
                    i += word.len();
                    break;
                }
            }
            if let Some(n) = copula_at(t, i).filter(|_| !at(t, i).is_ascii_digit()) {
                i = skip_spaces(t, i + n, 2);
                if at(t, i) == b':' {
                    i = skip_spaces(t, i + 1, 2);
                }
            }
            let ve = run_while(t, i, 9, |b| b.is_ascii_digit());
            if (4..=8).contains(&(ve - i)) && !alnum(at(t, ve)) {
                out.push((EntityKind::Secret, "pin", i, ve));
            } else if let Some((vs, ve)) = answer_after_fillers(t, e).filter(|&(vs, ve)| {
                // Asked for on its line, given on the next speaker's (`the telephone banking
                // PIN, just the whole thing is fine⏎Speaker 2: 985296`).
                (4..=8).contains(&(ve - vs)) && t[vs..ve].iter().all(u8::is_ascii_digit)
            }) {
                out.push((EntityKind::Secret, "pin_answer", vs, ve));
            }
            return;
        }
        _ => return,
    }
    if (loose || env_style) && !strong_sep {
        return;
    }
    // Forms align their values (`Password:           qazwsx!1`).
    i = skip_spaces(t, i, if strong_sep { 40 } else { 4 });
    let escapes = run_while(t, i, 8, |b| b == b'\\') - i;
    if escapes > 0 && matches!(at(t, i + escapes), b'"' | b'\'') {
        i += escapes;
    }
    let quote = at(t, i);
    let curly = curly_quoted(t, i);
    let quoted = curly.is_some() || matches!(quote, b'"' | b'\'' | b'`');
    let (vs, ve) = if let Some(span) = curly {
        span
    } else if matches!(quote, b'"' | b'\'' | b'`') {
        let vs = i + 1;
        let mut ve = run_while(t, vs, 256, |b| b != quote && b != b'\n');
        // The backslashes that escape the closing quote are not part of the value.
        while ve > vs && t[ve - 1] == b'\\' {
            ve -= 1;
        }
        (vs, ve)
    } else if let Some(ve) = (!token_like).then(|| passphrase_end(t, i)).flatten() {
        // `the vault password is Kettle Zephyr Bamboo 1`, `password=Il pleut des cordes 7`.
        (i, ve)
    } else {
        let vs = i;
        // An ASCII value ends where a script without spaces resumes (`Falcon_948Nです`);
        // letters of other alphabets belong to it (`pierogi-rower-wisła-las4`).
        let value_byte = |b: u8| b > b' ' && !matches!(b, b'"' | b'\'' | b'<' | b'>' | b',');
        let mut ve = if at(t, vs) < 0x80 {
            super::util::word_token_end(t, vs, 256, value_byte)
        } else {
            run_while(t, vs, 256, value_byte)
        };
        // A form body's next field (`&city=…`) ends the value.
        if let Some(p) = t[vs..ve]
            .iter()
            .enumerate()
            .position(|(k, &b)| b == b'&' && next_is_key(t, vs + k + 1))
        {
            ve = vs + p;
        }
        ve = before_escaped_break(t, vs, ve);
        while ve > vs && matches!(t[ve - 1], b'.' | b';' | b')' | b'?' | b':') {
            ve -= 1;
        }
        (vs, ve)
    };
    let v = &t[vs..ve];
    if v.is_empty() || v[0] == b'[' || v.iter().all(|&b| b == b'*' || b == b'x' || b == b'X') {
        return;
    }
    // Code that reads the secret from elsewhere: `os.environ["DB_PASSWORD"]`,
    // `process.env.DB_PASS`, `getenv("PW")`, `${DB_PASSWORD}`, `config.password`; a link
    // (credentials inside a URL are the URL detector's).
    if reads_secret_elsewhere(v)
        || v.windows(3).any(|w| w == b"://")
        || v.starts_with(b"<")
        || type_annotation(v)
        || version_shaped(v)
    {
        return;
    }
    let has_digit = v.iter().any(u8::is_ascii_digit);
    let has_sym = v.iter().any(|b| b.is_ascii_punctuation());
    let mixed =
        v.iter().skip(1).any(u8::is_ascii_uppercase) && v.iter().any(u8::is_ascii_lowercase);
    let plausible = if token_like {
        v.len() >= 8 && v.iter().any(u8::is_ascii_alphabetic) && (has_digit || mixed)
    } else {
        let word = NOT_A_SECRET
            .iter()
            .any(|w| w.as_bytes().eq_ignore_ascii_case(v));
        // A passphrase written as one lower-case word (`mapleharborpixelmuffin`), or as
        // words (quoted, or three or more words of no sentence: `passphrase_end`).
        let joined = v.len() >= 12 && v.iter().all(u8::is_ascii_lowercase);
        let words = v.len() >= 8 && v.iter().filter(|&&b| b == b' ').count() >= 2;
        // One capitalised word said to be the password (`my password is Sunshine btw`).
        let named_word = after_copula
            && v.len() >= 4
            && v[0].is_ascii_uppercase()
            && v[1..].iter().all(u8::is_ascii_lowercase);
        !word
            && v.len() >= 3
            && (strong_sep
                || named_word
                || (after_copula && common_password(v))
                || has_digit
                || has_sym
                || mixed
                || joined
                || (words && quoted)
                || passphrase_end(t, vs) == Some(ve))
    };
    if plausible {
        out.push((
            EntityKind::Secret,
            if token_like {
                "token_phrase"
            } else {
                "password_phrase"
            },
            vs,
            ve,
        ));
    }
}

/// A date in a form East Asian records use, a few bytes after a cue: Korean dotted
/// (`생년월일: 1997. 10. 16.`), the Republic of China calendar (`民國68年12月12日`), or
/// compact (`出生日期 | 19530930`).
fn east_asian_date_after(t: &[u8], e: usize) -> Option<(usize, usize)> {
    let i = run_while(t, e, 10, |b| {
        matches!(b, b' ' | b':' | b'|' | b'\t' | b'"' | b'=' | b'\\')
    });
    let i = if t[i..].starts_with("：".as_bytes()) {
        skip_spaces(t, i + "：".len(), 2)
    } else {
        i
    };
    for era in ["民國", "民国"] {
        if t[i..].starts_with(era.as_bytes()) {
            let (y, k) = num(t, i + era.len(), 1, 3)?;
            let k = t[k..]
                .starts_with("年".as_bytes())
                .then_some(k + "年".len())?;
            let end = cjk_month_day(t, k)?;
            return (1..=120).contains(&y).then_some((i, end));
        }
    }
    // `19530930`: eight digits, a valid year, month and day.
    if let Some((v, k)) = num(t, i, 8, 8) {
        let (y, m, d) = (v / 10_000, v / 100 % 100, v % 100);
        return ((1900..=2030).contains(&y)
            && (1..=12).contains(&m)
            && (1..=31).contains(&d)
            && !alnum(at(t, k)))
        .then_some((i, k));
    }
    let (y, k) = num(t, i, 4, 4)?;
    if !(1900..=2030).contains(&y) {
        return None;
    }
    if at(t, k) == b'.' {
        // `1997. 10. 16.`
        let (m, k) = num(t, skip_spaces(t, k + 1, 1), 1, 2)?;
        if at(t, k) != b'.' {
            return None;
        }
        let (d, k) = num(t, skip_spaces(t, k + 1, 1), 1, 2)?;
        let end = if at(t, k) == b'.' { k + 1 } else { k };
        return ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((i, end));
    }
    None
}

/// True when the words between a birth cue and a date label that date as something else
/// (`date of birth⏎# last reviewed 2024-05-01`, `DOB, updated 3/4/2024`).
fn other_date_label(between: &[u8]) -> bool {
    const LABELS: &[&str] = &[
        "reviewed",
        "updated",
        "created",
        "modified",
        "changed",
        "signed",
        "issued",
        "expires",
        "expiry",
        "joined",
        "since",
        "last ",
        "visit",
        "appointment",
        "hired",
        "deadline",
        "due",
        "valid",
        "renew",
        "registered",
    ];
    between.len() > 3 && super::util::mentions_any(between, LABELS)
}

/// Month-name prefixes in English, Spanish, Catalan, German, Dutch, the Nordic
/// languages, Finnish, French, Portuguese, Italian, Polish, Czech, Hungarian, Romanian,
/// Turkish, Indonesian, Greek, Russian and Ukrainian (only read right after a birth
/// cue, so `set`/`out`/`may` are safe).
const MONTHS: &[&str] = &[
    "maa", "mei", "des", "sty", "lut", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis",
    "gru", "led", "úno", "bře", "dub", "kvě", "čer", "srp", "zář", "říj", "pro", "tam", "hel",
    "huh", "tou", "kes", "hei", "elo", "syy", "lok", "jou", "oca", "şub", "Şub", "nis", "haz",
    "tem", "ağu", "eyl", "eki", "kas", "ara", "ian", "iun", "iul", "noi", "már", "ápr", "máj",
    "jún", "júl", "sze", "mrt", "Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ", "Μαϊ", "Μαι", "Ιουν", "Ιουλ",
    "Αυγ", "Σεπ", "Οκτ", "Νοε", "Δεκ", "ιαν", "φεβ", "μαρ", "απρ", "μαΐ", "μαϊ", "μαι", "ιουν",
    "ιουλ", "αυγ", "σεπ", "οκτ", "νοε", "δεκ", "Янв", "Фев", "Мар", "Апр", "Мая", "Июн", "Июл",
    "Авг", "Сен", "Окт", "Ноя", "Дек", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
    "sep", "oct", "nov", "dec", "ene", "abr", "ago", "dic", "set", "mär", "mai", "okt", "dez",
    "févr", "fevr", "avr", "juin", "juil", "août", "aout", "déc", "fev", "out", "gen", "mag",
    "giu", "lug", "ott", "янв", "фев", "мар", "апр", "мая", "май", "июн", "июл", "авг", "сен",
    "окт", "ноя", "дек", "січ", "лют", "бер", "кві", "тра", "чер", "лип", "сер", "вер", "жов",
    "лис", "гру",
    // French with its accent (`17 fév. 2006`), Swahili (`1 Machi 1948`), Tagalog (`Hulyo
    // 26, 1969`).
    "fév", "mac", "agosti", "peb", "hun", "hul", "nob", "dis",
];

/// The months of the Persian solar calendar (also `مهر`, `آذر`, `دی`, `تیر`, words of
/// their own, read only before a year of that calendar).
const PERSIAN_MONTHS: &[&str] = &[
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
];

/// Month names in Arabic (with the Levantine ones), Hebrew, Persian and Hindi
/// (`ولدت في 7 نوفمبر 1938`), read like [`MONTHS`].
#[rustfmt::skip]
const MONTHS_OTHER_SCRIPTS: &[&str] = &[
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس",
    "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار",
    "حزيران", "تموز", "أيلول", "تشرين", "ינואר", "פברואר", "מרץ", "אפריל", "יוני", "יולי",
    "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר", "ژانویه", "فوریه", "آوریل", "ژوئن",
    "ژوئیه", "سپتامبر", "اکتبر", "نوامبر", "دسامبر", "जनवरी", "फ़रवरी", "फरवरी", "मार्च",
    "अप्रैल", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर",
    "मई", "सितम्बर", "नवम्बर", "दिसम्बर",
    // Bengali.
    "জানুয়ারি", "জানুয়ারি", "ফেব্রুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই",
    "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
    // Hebrew `May`, and the months with `ב` (`in`) before them, as dates are said.
    "מאי", "בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט",
    "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר",
    // Persian (the solar calendar: `19 شهریور 1329`).
    "فروردین", "اردیبهشت", "خرداد", "مرداد", "شهریور", "آبان", "بهمن", "اسفند",
    // Thai.
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
    "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
];

/// `my`, in the languages whose relatives are named after it (`my son Rajesh`, `mi hija
/// Lucía`, `meine Kollegin Petra`).
const POSSESSIVES: &[&str] = &[
    "ma", "mein", "meine", "meu", "mi", "mia", "mijn", "min", "minha", "mio", "moja", "mon", "my",
    "mój", "мой", "моя", "Мой", "Моя",
];

/// The name after the relative, friend or colleague a possessive ending at `e` names.
fn relative_named(t: &[u8], e: usize, names: &NameDict, out: &mut Vec<KwHit>) {
    let we = run_while(t, e, 16, |b| b.is_ascii_alphabetic() || b >= 0x80);
    let w = &t[e..we];
    let known = (2..=14).contains(&w.len()) && names.relative(w);
    if known && !super::util::letter_after(t, we) {
        names.after_context(t, we, false, out);
    }
}

/// A text that opens with a possessive (`My son Enzo is 7`, `Mein Sohn Piotr ist …`): the
/// automaton matches possessives by the character before them, which the first word lacks.
pub fn possessive_at_start(t: &[u8], names: &NameDict, out: &mut Vec<KwHit>) {
    for k in POSSESSIVES {
        let k = k.as_bytes();
        if t.len() > k.len() && t[..k.len()].eq_ignore_ascii_case(k) && t[k.len()] == b' ' {
            relative_named(t, k.len() + 1, names, out);
            return;
        }
    }
}

/// A birth date after (or right before) the birth cue `t[s..e]`.
fn birth(t: &[u8], s: usize, e: usize, out: &mut Vec<KwHit>) {
    // `date_of_birth`, `patient_dob`, `dateOfBirth`, `patientDob` count; `reborn`
    // does not.
    let camel = s > 0 && t[s].is_ascii_uppercase() && t[s - 1].is_ascii_lowercase();
    if t[s] >= 0x80 || camel || !super::util::letter_before(t, s) {
        // An abbreviation (`b.`, `ur.`, `DN:`) is a cue only right before a date.
        let short = SHORT_BIRTH_CUES
            .iter()
            .any(|a| t[s..e].eq_ignore_ascii_case(a.as_bytes()));
        if short && t[e - 1] != b' ' && super::util::letter_after(t, e) {
            return;
        }
        // A cue that ends inside its word (`fecha de nac|imiento`, `data de
        // nasc|imento`) reads on from the word's end: its letters are the label's,
        // not a sentence before the value.
        let e = if short || !t[e - 1].is_ascii_alphabetic() {
            e
        } else {
            // Latin letters only (accented ones too: UTF-8 lead bytes up to
            // Latin Extended-A and their continuation bytes).
            run_while(t, e, 24, |b| {
                b.is_ascii_alphabetic() || (0x80..=0xC5).contains(&b)
            })
        };
        let mut win = if short { 4 } else { 48 };
        // A cue inside code or a list (`(last_name, date_of_birth);`) labels no
        // value on the lines after it; a label at the end of its line may
        // (`Date of birth:⏎12/03/1984`).
        let eol = (e..t.len().min(e + win))
            .find(|&k| t[k] == b'\n' || (t[k] == b'\\' && at(t, k + 1) == b'n'))
            .unwrap_or(t.len());
        // A form's label and value as JSON (`"label": "Tanggal lahir",⏎ "value":
        // "23-02-1984"`) do go on.
        let value_next = {
            let k = run_while(t, eol + 1, 24, |b| matches!(b, b' ' | b'\t'));
            [&b"\"value\""[..], b"\"answer\"", b"\"a\":", b"value:"]
                .iter()
                .any(|p| t[k.min(t.len())..].starts_with(p))
        };
        if eol < e + win
            && !value_next
            && t[e..eol]
                .iter()
                .any(|&b| matches!(b, b')' | b';' | b',' | b'(' | b'{' | b'}'))
        {
            win = eol - e;
        }
        // `Ich bin am 07.11.1944 geboren und habe am 03.04.2024 …`,
        // `私は1963年6月15日生まれです`: a date right before the cue is the birth date,
        // whatever date follows.
        let right_before =
            date_before(t, s, 40).filter(|&(_, b)| !short && t[b..s].iter().all(|&c| c == b' '));
        // `김연아은(는) 1990-09-05에 태어났다. 주문 …이(가) 2024-03-02에 발송되었습니다`: a
        // cue that closes its sentence after the date does not reach into the next one.
        let after = find_date(t, e, win);
        let before_over_next_sentence = || {
            let after = after?;
            // (The cue's own point is no sentence's end: `d.o.b. 04/28/1975`.)
            let from = e + usize::from(at(t, e) == b'.' && t[s..e].contains(&b'.'));
            let stop = t[from.min(after.0)..after.0]
                .windows(2)
                .any(|w| matches!(w[0], b'.' | b'!' | b'?') && matches!(w[1], b' ' | b'\n'))
                || memchr::memmem::find(&t[e..after.0], "。".as_bytes()).is_some();
            if !stop || short {
                return None;
            }
            date_before(t, s, 40)
        };
        if let Some((a, b)) = right_before.or_else(before_over_next_sentence) {
            out.push((EntityKind::DateOfBirth, "dob_context", a, b));
        } else if let Some((a, b)) = compact_date_after(t, e) {
            out.push((EntityKind::DateOfBirth, "dob_context", a, b));
        } else if let Some((a, b)) = east_asian_date_after(t, e) {
            out.push((EntityKind::DateOfBirth, "dob_context", a, b));
        } else if let Some((a, b)) = after.filter(|&(a, _)| !other_date_label(&t[e..a])) {
            if short && a > e + 3 {
                return;
            }
            out.push((EntityKind::DateOfBirth, "dob_context", a, b));
        } else if let Some((a, b)) = date_before(t, s, 40).filter(|_| !short) {
            // `Ich bin am 9.1.1979 geboren`, `1999/06/13生まれ`.
            out.push((EntityKind::DateOfBirth, "dob_context", a, b));
        } else if let Some((a, b)) = compact_date_before(t, s) {
            // `저는 710303에 태어났어요`: six digits, year first, before the verb.
            out.push((EntityKind::DateOfBirth, "dob_context", a, b));
        } else if let Some((a, b)) = date_answered(t, e).filter(|_| !short) {
            out.push((EntityKind::DateOfBirth, "dob_context", a, b));
        } else if let Some((a, b)) = birth_year_after(t, s, e) {
            out.push((EntityKind::DateOfBirth, "birth_year", a, b));
        } else if let Some((a, b)) = birthday_after(t, s, e) {
            out.push((EntityKind::DateOfBirth, "birthday", a, b));
            // `my birthday is 21 January and Sri's is April 7`.
            if let Some((c, d)) = second_birthday(t, b) {
                out.push((EntityKind::DateOfBirth, "birthday", c, d));
            }
        }
    }
}

/// The date a birth date ending at `b` is corrected to or compared with, on the same line
/// (`… but it should be 08/03/1980`, `dob 1959-05-28 vs document 28.05.1959`).
fn corrected_date(t: &[u8], b: usize) -> Option<(usize, usize)> {
    const PHRASES: &[&str] = &[
        "but it should be ",
        "it should be ",
        "should be ",
        "should read ",
        "instead of ",
        "corrected to ",
        "changed to ",
        "vs. ",
        "vs ",
        "versus ",
        "-> ",
        "→ ",
    ];
    let lim = t.len().min(b + 40);
    let mut k = b;
    while k < lim && t[k] != b'\n' {
        if let Some(p) = PHRASES.iter().find(|p| {
            t.len() >= k + p.len() && t[k..k + p.len()].eq_ignore_ascii_case(p.as_bytes())
        }) {
            let from = k + p.len();
            // Up to two words before the date (`vs document 28.05.1959`).
            let (a, d) = find_date(t, from, 24)?;
            return (!t[from..a].contains(&b'\n')
                && t[from..a].iter().filter(|&&c| c == b' ').count() <= 2)
                .then_some((a, d));
        }
        k += 1;
    }
    None
}

/// A date that ends at most a few bytes before `s` (a cue written after its date).
fn date_before(t: &[u8], s: usize, win: usize) -> Option<(usize, usize)> {
    let from = s.saturating_sub(win);
    let mut best = None;
    let mut i = from;
    while i < s {
        if t[i].is_ascii_digit() && (i == 0 || !alnum(t[i - 1])) {
            let end = numeric_date(t, i)
                .or_else(|| day_month_year(t, i))
                .or_else(|| cjk_date(t, i));
            if let Some(end) = end {
                // `22 Nisan 1968 tarihinde İzmir'de doğdum`: `on the date` and a place.
                let gap = if t[end..].starts_with(b" tarihinde") {
                    40
                } else {
                    12
                };
                // (Counted in characters: `23-09-1939 அன்று பிறந்தார்`, "on" in Tamil.)
                let between = end <= s
                    && std::str::from_utf8(&t[end..s]).map_or(s - end, |w| w.chars().count())
                        <= gap;
                if between && !t[end..s].contains(&b'\n') {
                    best = Some((i, end));
                }
            }
        }
        i += 1;
    }
    best
}

/// `昭和34年3月6日`, `平成元年4月1日`: a date in a Japanese era.
fn era_date(t: &[u8], i: usize) -> Option<usize> {
    const ERAS: [(&str, u32); 4] = [
        ("明治", 1867),
        ("大正", 1911),
        ("昭和", 1925),
        ("平成", 1988),
    ];
    let (_, base) = ERAS
        .iter()
        .find(|(name, _)| t[i..].starts_with(name.as_bytes()))?;
    let k = i + 6;
    let (n, k) = if t[k..].starts_with("元".as_bytes()) {
        (1, k + 3)
    } else {
        num(t, k, 1, 2)?
    };
    if !(1..=64).contains(&n) || !t[k..].starts_with("年".as_bytes()) {
        return None;
    }
    let (m, k2) = num(t, k + 3, 1, 2)?;
    if !(1..=12).contains(&m) || !t[k2..].starts_with("月".as_bytes()) {
        return None;
    }
    let (d, k3) = num(t, k2 + 3, 1, 2)?;
    ((1..=31).contains(&d) && base + n <= 2100 && t[k3..].starts_with("日".as_bytes()))
        .then_some(k3 + 3)
}

/// `1978年5月7日`.
fn cjk_date(t: &[u8], i: usize) -> Option<usize> {
    // Chinese and Japanese `1978年5月7日`, Korean `1978년 5월 7일`.
    let (y, k) = num(t, i, 4, 4)?;
    if !(1900..=2100).contains(&y) {
        return None;
    }
    let unit = |k: usize, cjk: &str, hangul: &str| {
        if t[k..].starts_with(cjk.as_bytes()) || t[k..].starts_with(hangul.as_bytes()) {
            Some(skip_spaces(t, k + 3, 1))
        } else {
            None
        }
    };
    let k = unit(k, "年", "년")?;
    let (m, k2) = num(t, k, 1, 2)?;
    if !(1..=12).contains(&m) {
        return None;
    }
    let k2 = unit(k2, "月", "월")?;
    let (d, k3) = num(t, k2, 1, 2)?;
    if !(1..=31).contains(&d) {
        return None;
    }
    unit(k3, "日", "일").map(|_| k3 + 3)
}

/// Six digits, year, month and day (`710303`), right before a birth cue, a Korean or
/// Japanese particle (`에`, `に`) or a space between them.
fn compact_date_before(t: &[u8], s: usize) -> Option<(usize, usize)> {
    let mut k = s;
    while k > 0 && t[k - 1] == b' ' {
        k -= 1;
    }
    for p in ["에", "に"] {
        if t[..k].ends_with(p.as_bytes()) {
            k -= p.len();
            break;
        }
    }
    let a = k - t[..k]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if k - a != 6 || (a > 0 && alnum(t[a - 1])) || s - k > 6 {
        return None;
    }
    let n = |i: usize| u32::from(t[a + i] - b'0') * 10 + u32::from(t[a + i + 1] - b'0');
    ((1..=12).contains(&n(2)) && (1..=31).contains(&n(4))).then_some((a, k))
}

/// `dob=19740228`, `"birth_date": "20011103"`: eight digits right after the cue's `=` or
/// `:` that read as a year of the last 130, a month and a day.
fn compact_date_after(t: &[u8], e: usize) -> Option<(usize, usize)> {
    // The rest of the key after the cue: `birthdate=`, `birth_date":`.
    let mut i = run_while(t, e, 12, |b| b.is_ascii_alphabetic() || b == b'_');
    if matches!(at(t, i), b'"' | b'\'') {
        i += 1;
    }
    let spaced = at(t, i) == b' ';
    i = skip_spaces(t, i, 2);
    let labelled = matches!(at(t, i), b'=' | b':');
    if !labelled && !spaced {
        return None;
    }
    if labelled {
        i = skip_spaces(t, i + 1, 2);
    }
    if matches!(at(t, i), b'"' | b'\'') {
        i += 1;
    }
    let end = run_while(t, i, 9, |b| b.is_ascii_digit());
    // A closing dot is the sentence's (`födelsedatum: 751111.`), a decimal's is not.
    if alnum(at(t, end)) || (at(t, end) == b'.' && at(t, end + 1).is_ascii_digit()) {
        return None;
    }
    let d = &t[i..end];
    let n = |a: usize, b: usize| {
        d[a..b]
            .iter()
            .fold(0u32, |x, &c| x * 10 + u32::from(c - b'0'))
    };
    let ok = match d.len() {
        // Year first (`19870314`), else the year last after day and month in either
        // order (`14031987`, `03141987`).
        8 => {
            let (y, m, day) = (n(0, 4), n(4, 6), n(6, 8));
            let (a, b, y2) = (n(0, 2), n(2, 4), n(4, 8));
            ((1890..=2030).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&day))
                || ((1890..=2030).contains(&y2)
                    && (1..=12).contains(&a.min(b))
                    && (1..=31).contains(&a.max(b)))
        }
        // `född 570814`, `DOB: 751111`: year, month and day in two digits each, as
        // Nordic identity numbers open.
        6 => (1..=12).contains(&n(2, 4)) && (1..=31).contains(&n(4, 6)),
        _ => false,
    };
    ok.then_some((i, end))
}

/// Find a date within `win` bytes after `from`: numeric or with a month name.
/// A birth date written right after a person's name ending at `end`: `Imani Kiplagat
/// (December 19, 1980)`, `Luana Rodrigues, 26/10/1955,`. The year must be one of a birth
/// (1900–2012), and the date must close its clause (no time after it).
pub fn birth_date_after_name(t: &[u8], end: usize) -> Option<(usize, usize)> {
    let (open, start) = if t[end..].starts_with(b" (") {
        (b'(', end + 2)
    } else if t[end..].starts_with(b", ") {
        (b',', end + 2)
    } else if t[end..].starts_with(" — ".as_bytes()) {
        (b',', end + " — ".len())
    } else if t[end..].starts_with(b" - ") {
        (b',', end + 3)
    } else {
        return None;
    };
    // Day first (`06/01/1944`, `14 de fevereiro de 1992`) or month first (`November 16,
    // 1994`).
    let (a, b) = find_date(t, start, 1)
        .filter(|&(a, _)| a == start)
        .or_else(|| month_day_year(t, start).map(|e| (start, e)))?;
    let closes = if open == b'(' {
        at(t, b) == b')'
    } else {
        matches!(at(t, b), b',' | b';' | b')' | b'\n' | 0)
            || (at(t, b) == b'.' && !at(t, b + 1).is_ascii_digit())
    };
    let v = &t[a..b];
    let year = v
        .windows(4)
        .filter(|w| w.iter().all(u8::is_ascii_digit))
        .filter_map(|w| std::str::from_utf8(w).ok()?.parse::<u32>().ok())
        .find(|y| (1900..=2100).contains(y))
        .or_else(|| {
            // A two-digit year ends a numeric date (`24/2/04`): this century's when it
            // is not past this year's, else the last century's.
            let n = v.len();
            let yy = (n >= 3
                && v[n - 2..].iter().all(u8::is_ascii_digit)
                && matches!(v[n - 3], b'/' | b'.' | b'-'))
            .then(|| u32::from(v[n - 2] - b'0') * 10 + u32::from(v[n - 1] - b'0'))?;
            let this = glassbox_core::time::now_unix_nanos() / 1_000_000_000 / 31_556_952 + 1970;
            let this = u32::try_from(this % 100).unwrap_or(0);
            Some(if yy <= this { 2000 + yy } else { 1900 + yy })
        })?;
    (closes && (1900..=2012).contains(&year)).then_some((a, b))
}

pub fn find_date(t: &[u8], from: usize, win: usize) -> Option<(usize, usize)> {
    let lim = t.len().min(from + win);
    let mut i = from;
    while i < lim {
        let b = t[i];
        if b.is_ascii_digit() && (i == 0 || !alnum(t[i - 1])) {
            if let Some(end) = cjk_date(t, i) {
                return Some((i, end));
            }
            if let Some(end) = numeric_date(t, i)
                .or_else(|| day_month_year(t, i))
                .or_else(|| spaced_numeric_date(t, i))
                .or_else(|| year_month_day(t, i))
                .or_else(|| compact_day_month_year(t, i))
                .or_else(|| vietnamese_date(t, i))
            {
                // A date serialised as midnight (`1990-02-14T00:00:00Z`, as APIs write a
                // date field) is a date, its time with it.
                if let Some(k) = midnight_after(t, end) {
                    return Some((i, k));
                }
                // A date with a time is a time stamp (`14/07/2025, 09:20 - Papa: …`).
                if time_after(t, end) {
                    i = end;
                    continue;
                }
                return Some((i, end));
            }
        } else if (b.is_ascii_alphabetic() || b >= 0xC0) && (i == 0 || !alnum(t[i - 1])) {
            if let Some(end) = month_day_year(t, i)
                .or_else(|| era_date(t, i))
                .or_else(|| spoken_date(t, i))
            {
                return Some((i, end));
            }
        } else if b == b'\n'
            && (t[from..i]
                .iter()
                .filter(|b| b.is_ascii_alphabetic())
                .count()
                > 3
                || i > from + 10
                || t[from..i].iter().any(|&c| matches!(c, b'.' | b'?' | b'!')))
        {
            // A label's value may start on the next line (`Date of birth:⏎1984-03-03`);
            // after a sentence (`confirm your date of birth.⏎24/12/2024, 17:53 - You: …`)
            // the next line is someone else's (see `date_answered`).
            return None;
        }
        i += 1;
    }
    None
}

/// `26 tháng 4 năm 1940`, `ngày 3 tháng 12 năm 1985`: day, `tháng` and the month's
/// number, `năm` and the year, as Vietnamese writes a date.
fn vietnamese_date(t: &[u8], i: usize) -> Option<usize> {
    let (d, e1) = num(t, i, 1, 2)?;
    let month_word = " tháng ".as_bytes();
    if !t[e1..].starts_with(month_word) {
        return None;
    }
    let (m, e2) = num(t, e1 + month_word.len(), 1, 2)?;
    let year_word = " năm ".as_bytes();
    let k = if t[e2..].starts_with(year_word) {
        e2 + year_word.len()
    } else if matches!(at(t, e2), b',' | b'/') {
        skip_spaces(t, e2 + 1, 1)
    } else {
        return None;
    };
    let (y, e3) = num(t, k, 4, 4)?;
    ((1..=31).contains(&d) && (1..=12).contains(&m) && (1890..=2100).contains(&y)).then_some(e3)
}

/// `14JUN1952`, `08aug1972`, `22FEB55`: day, English month abbreviation and year run
/// together, as passports, airline and hospital systems print them.
fn compact_day_month_year(t: &[u8], i: usize) -> Option<usize> {
    const MON: [&[u8]; 12] = [
        b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov",
        b"dec",
    ];
    let d = run_while(t, i, 3, |b| b.is_ascii_digit());
    if !(1..=2).contains(&(d - i)) || d + 3 > t.len() {
        return None;
    }
    let m = &t[d..d + 3];
    if !MON.iter().any(|x| m.eq_ignore_ascii_case(x)) {
        return None;
    }
    let y = run_while(t, d + 3, 5, |b| b.is_ascii_digit());
    (matches!(y - (d + 3), 2 | 4) && !alnum(at(t, y))).then_some(y)
}

/// A date said aloud, as voice transcripts write it: `third august nineteen eighty
/// seven`, `the twenty sixth of may nineteen fifty three`, `april seventh nineteen
/// seventy`, `twenty second october two thousand four`.
fn spoken_date(t: &[u8], i: usize) -> Option<usize> {
    const UNITS: [&str; 10] = [
        "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    const ORD_UNITS: [&str; 10] = [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ];
    const TEENS: [&str; 10] = [
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const ORD_TEENS: [&str; 10] = [
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    // The words from `k`, lower-cased, one at a time.
    let word = |k: usize| -> Option<(String, usize)> {
        // `May nineteenth, nineteen forty-five`: a comma may stand before the year.
        let k = if at(t, k) == b',' && at(t, k + 1) == b' ' {
            k + 1
        } else {
            k
        };
        let k = skip_spaces(t, k, 2);
        // `twenty-seventh` is the longest word of a date said aloud.
        let e = run_while(t, k, 16, |b| b.is_ascii_alphabetic() || b == b'-');
        (e > k).then(|| (String::from_utf8_lossy(&t[k..e]).to_ascii_lowercase(), e))
    };
    let eq = |w: &str, list: &[&str]| list.iter().position(|x| !x.is_empty() && *x == w);
    // A day: `first`…`thirty first`, `twenty-fourth`, or a cardinal.
    let day = |k: usize| -> Option<usize> {
        let (w, e) = word(k)?;
        if eq(&w, &ORD_UNITS).is_some()
            || eq(&w, &ORD_TEENS).is_some()
            || w == "twentieth"
            || w == "thirtieth"
        {
            return Some(e);
        }
        if let Some((a, b)) = w.split_once('-') {
            return (eq(a, &TENS).is_some()
                && (eq(b, &ORD_UNITS).is_some() || eq(b, &UNITS).is_some()))
            .then_some(e);
        }
        if eq(&w, &TENS).is_some() {
            if let Some((w2, e2)) = word(e) {
                if eq(&w2, &ORD_UNITS).is_some() || eq(&w2, &UNITS).is_some() {
                    return Some(e2);
                }
            }
            return Some(e);
        }
        (eq(&w, &UNITS).is_some() || eq(&w, &TEENS).is_some()).then_some(e)
    };
    let month = |k: usize| -> Option<usize> {
        let (w, e) = word(k)?;
        eq(&w, &ENGLISH_MONTHS).map(|_| e)
    };
    // A year: `nineteen eighty seven`, `nineteen seventy`, `two thousand four`,
    // `two thousand and twelve`.
    let year = |k: usize| -> Option<usize> {
        let (w, e) = word(k)?;
        if w == "nineteen" || w == "eighteen" {
            let (w2, e2) = word(e)?;
            // `nineteen fifty-six`.
            if let Some((a, b)) = w2.split_once('-') {
                return (eq(a, &TENS).is_some() && eq(b, &UNITS).is_some()).then_some(e2);
            }
            if eq(&w2, &TENS).is_some() {
                if let Some((w3, e3)) = word(e2) {
                    if eq(&w3, &UNITS).is_some() {
                        return Some(e3);
                    }
                }
                return Some(e2);
            }
            return (w2 == "hundred" || eq(&w2, &TEENS).is_some()).then_some(e2);
        }
        if w == "two" {
            let (w2, e2) = word(e)?;
            if w2 != "thousand" {
                return None;
            }
            let mut k3 = e2;
            if let Some((w3, e3)) = word(k3) {
                if w3 == "and" {
                    k3 = e3;
                }
            }
            if let Some((w3, e3)) = word(k3) {
                if eq(&w3, &UNITS).is_some()
                    || eq(&w3, &TEENS).is_some()
                    || eq(&w3, &TENS).is_some()
                {
                    return Some(e3);
                }
            }
            return Some(e2);
        }
        None
    };
    let mut k = i;
    if let Some((w, e)) = word(k) {
        if w == "the" {
            k = e;
        }
    }
    // `twenty fourth april …`, `the fifth of july …`.
    if let Some(d) = day(k) {
        let mut m = d;
        if let Some((w, e)) = word(m) {
            if w == "of" {
                m = e;
            }
        }
        if let Some(me) = month(m) {
            return year(me);
        }
    }
    // `eight one two nineteen forty`, `one zero two five nineteen fifty two`: the day and
    // month said digit by digit, then the year.
    let mut k2 = k;
    let mut n = 0;
    loop {
        if n >= 2 {
            if let Some(y) = year(k2) {
                return Some(y);
            }
        }
        if n == 4 {
            break;
        }
        match word(k2) {
            Some((w, e)) if w == "zero" || w == "oh" || eq(&w, &UNITS).is_some() => {
                k2 = e;
                n += 1;
            }
            _ => break,
        }
    }
    // `april seventh …`, `july the fourteenth …`.
    let mut me = month(k)?;
    if let Some((w, e)) = word(me) {
        if w == "the" {
            me = e;
        }
    }
    let mut d = day(me)?;
    if let Some((w, e)) = word(d) {
        if w == "of" {
            d = e;
        }
    }
    year(d)
}

/// A time of day right after a date: `, 09:20`, ` 09:20`, `T09:20`.
/// The end of `T00:00`, `T00:00:00`, `T00:00:00.000` and a `Z` or `+00:00` zone right
/// after a date ending at `end`: a date written as a date-time at midnight.
fn midnight_after(t: &[u8], end: usize) -> Option<usize> {
    let rest = &t[end..t.len().min(end + 32)];
    let mut k = if rest.starts_with(b"T00:00:00") {
        9
    } else if rest.starts_with(b"T00:00") {
        6
    } else {
        return None;
    };
    if rest.get(k) == Some(&b'.') {
        k += 1 + rest[k + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
    }
    if rest.get(k) == Some(&b'Z') {
        k += 1;
    } else if matches!(rest.get(k), Some(b'+' | b'-'))
        && rest.len() >= k + 6
        && rest[k + 1..k + 6] == *b"00:00"
    {
        k += 6;
    }
    (!rest.get(k).is_some_and(u8::is_ascii_alphanumeric)).then_some(end + k)
}

fn time_after(t: &[u8], end: usize) -> bool {
    let mut k = end;
    if at(t, k) == b',' {
        k += 1;
    }
    if matches!(at(t, k), b' ' | b'T') {
        k += 1;
    }
    let d = run_while(t, k, 2, |b| b.is_ascii_digit());
    d > k && at(t, d) == b':' && at(t, d + 1).is_ascii_digit() && at(t, d + 2).is_ascii_digit()
}

/// A birth-date question answered on the next line (`… please confirm your date of
/// birth.⏎17:53 - You: 1959-01-12`): the date that ends that line, after its speaker.
fn date_answered(t: &[u8], e: usize) -> Option<(usize, usize)> {
    let (k, end) = super::util::answer_on_next_line(t, e, 120, b".!")?;
    let (a, b) = find_date(t, k, end - k)?;
    // Only the date, perhaps after a word of assent (`it's october 7 1994`, `sure, its
    // …`, `yes it is …`).
    // Words of assent in more languages: `Tabii, 05/02/2005`, `Ano, 06.01.1959`, `Vâng,
    // 21/06/1982`.
    const FILLERS: &[&str] = &[
        "it's",
        "its",
        "it",
        "is",
        "sure",
        "yes",
        "yeah",
        "ok",
        "okay",
        "um",
        "uh",
        "er",
        "so",
        "that's",
        "thats",
        "mine",
        "my",
        "birthday",
        "the",
        "on",
        "es",
        "el",
        "c'est",
        "le",
        "of",
        "course",
        "sí",
        "si",
        "claro",
        "oui",
        "bien",
        "sûr",
        "ja",
        "klar",
        "natürlich",
        "sim",
        "certo",
        "certamente",
        "tak",
        "ano",
        "jo",
        "igen",
        "evet",
        "tabii",
        "tabi",
        "da",
        "да",
        "так",
        "ναι",
        "vâng",
        "dạ",
        "iya",
        "ya",
        "ndiyo",
        "sawa",
        "oo",
        "opo",
        "haan",
        "हाँ",
        "हां",
        "হ্যাঁ",
        "はい",
        "네",
        "예",
        "是",
        "好",
        "نعم",
        "כן",
        // `Je to 26. 4. 1966`, `जी, 27/07/1958`, `Это 11.12.1971`, `Es ist …`, `È il …`.
        "je",
        "to",
        "जी",
        "ji",
        "это",
        "це",
        "ist",
        "est",
        "è",
        "é",
        "il",
        "είναι",
        "hai",
    ];
    let lead_in_ok = t[k..a]
        .split(|&b| b.is_ascii_whitespace() || matches!(b, b',' | b'.' | b':' | b'!' | b'-'))
        .filter(|w| !w.is_empty())
        .all(|w| {
            FILLERS.iter().any(|f| w.eq_ignore_ascii_case(f.as_bytes()))
                || std::str::from_utf8(w).is_ok_and(|w| {
                    let w = w.to_lowercase();
                    FILLERS.contains(&w.as_str())
                })
        });
    // The word for "year" after it (`11.12.1971 г.`, `23 января 1944 года`, `02.01.1939
    // r.`, `1 лютого 1994 року`).
    const YEAR_WORDS: &[&str] = &[
        "г", "г.", "гг", "года", "год", "р", "р.", "року", "рік", "r", "r.", "roku", "rok", "m.",
        "yılı", "ev.",
    ];
    // (A date that owns the stop trimmed from the line, `1974. 11. 14.`, ends past it.)
    let tail_ok = b >= end
        || (at(t, b) == b' '
            && std::str::from_utf8(&t[b + 1..end]).is_ok_and(|w| {
                YEAR_WORDS.contains(&w.trim_end_matches(['.', ' '])) || YEAR_WORDS.contains(&w)
            }));
    (tail_ok && lead_in_ok).then_some((a, b))
}

fn num(t: &[u8], i: usize, min: usize, max: usize) -> Option<(u32, usize)> {
    let e = run_while(t, i, max, |b| b.is_ascii_digit());
    if e - i < min {
        return None;
    }
    if at(t, e).is_ascii_digit() {
        return None;
    }
    Some((
        t[i..e]
            .iter()
            .fold(0u32, |a, &b| a * 10 + u32::from(b - b'0')),
        e,
    ))
}

fn numeric_date(t: &[u8], i: usize) -> Option<usize> {
    let (a, e1) = num(t, i, 1, 4)?;
    let sep = at(t, e1);
    if !matches!(sep, b'/' | b'.' | b'-') {
        return None;
    }
    // Hungarian writes year, month and day each closed by a dot, with spaces
    // (`1974. 11. 14.`).
    if sep == b'.' && e1 - i == 4 && at(t, e1 + 1) == b' ' {
        let (m, e2) = num(t, e1 + 2, 1, 2)?;
        if at(t, e2) != b'.' || at(t, e2 + 1) != b' ' {
            return None;
        }
        let (d, e3) = num(t, e2 + 2, 1, 2)?;
        let ok = (1900..=2100).contains(&a) && (1..=12).contains(&m) && (1..=31).contains(&d);
        return ok.then_some(if at(t, e3) == b'.' { e3 + 1 } else { e3 });
    }
    let (b, e2) = num(t, e1 + 1, 1, 2)?;
    // Day and month, a space, the year (`28/4 1967`, as Sweden writes it by hand).
    if sep == b'/' && e1 - i <= 2 && at(t, e2) == b' ' {
        let (y, e3) = num(t, e2 + 1, 4, 4)?;
        let ok = (1900..=2100).contains(&y) && (1..=31).contains(&a) && (1..=12).contains(&b);
        return (ok && !alnum(at(t, e3))).then_some(e3);
    }
    // Day and month parted by a slash, the year by a dash (`27/1-1995`, as Denmark and
    // Norway write it).
    if sep == b'/' && e1 - i <= 2 && at(t, e2) == b'-' {
        let (y, e3) = num(t, e2 + 1, 4, 4)?;
        let ok = (1900..=2100).contains(&y) && (1..=31).contains(&a) && (1..=12).contains(&b);
        return (ok && !alnum(at(t, e3))).then_some(e3);
    }
    if at(t, e2) != sep {
        return None;
    }
    // Year first, the day may have one digit (`1972/8/1`).
    let (c, e3) = num(t, e2 + 1, if e1 - i == 4 { 1 } else { 2 }, 4)?;
    let (y, m, d) = if e1 - i == 4 {
        (a, b, c)
    } else if e1 - i > 2 {
        return None;
    } else if e1 - i == 2 && a > 31 && e3 - (e2 + 1) == 2 {
        // Year first in two digits (`88-06-07`, as Sweden writes it): no day or month
        // is above 31.
        (a + 1900, b, c)
    } else {
        let y = if e3 - (e2 + 1) == 2 { c + 1900 } else { c };
        if b > 12 {
            (y, a, b)
        } else {
            (y, b, a)
        }
    };
    // Thailand counts years in the Buddhist era, 543 ahead (`14/03/2530`); Iran in the
    // solar one, 621 behind, written year first (`1347/11/02`).
    let solar = e1 - i == 4 && sep == b'/' && (1300..=1420).contains(&y);
    let ok = ((1900..=2100).contains(&y) || (2443..=2643).contains(&y) || solar)
        && (1..=12).contains(&m.min(d))
        && (1..=31).contains(&d.max(m));
    ok.then_some(e3)
}

/// Whether a month name starts at `i` and a year follows it (`December 1815`, `Jul.
/// 1856`).
pub(crate) fn month_then_year_at(t: &[u8], i: usize) -> bool {
    month_at(t, i).is_some_and(|e| {
        let mut k = e;
        if matches!(at(t, k), b'.' | b',') {
            k += 1;
        }
        let k = skip_spaces(t, k, 2);
        let y = run_while(t, k, 5, |b| b.is_ascii_digit());
        y - k == 4 && matches!(at(t, k), b'1' | b'2')
    })
}

/// Whether the number at `s` is the day of a date whose English month name, whole or
/// abbreviated, stands right before it and whose year follows (`November 7, 1867`, `Dec
/// 20th 2026`), whatever the year. A street that only opens like a month (`Marktstraße
/// 12, 4020 Linz`) is no date.
pub(crate) fn day_after_month_at(t: &[u8], s: usize) -> bool {
    let Some((ms, me)) = word_before_number(t, s) else {
        return false;
    };
    let w = t[ms..me].to_ascii_lowercase();
    let month = ENGLISH_MONTHS
        .iter()
        .any(|m| w == m.as_bytes() || ((3..=4).contains(&w.len()) && m.as_bytes().starts_with(&w)));
    if !month || (ms > 0 && t[ms - 1].is_ascii_alphanumeric()) {
        return false;
    }
    let Some((d, mut k)) = num(t, s, 1, 2) else {
        return false;
    };
    let sfx = run_while(t, k, 2, |b| b.is_ascii_alphabetic());
    if sfx - k == 2 {
        k = sfx;
    }
    if at(t, k) == b',' {
        k += 1;
    }
    let k = skip_spaces(t, k, 2);
    let y = run_while(t, k, 5, |b| b.is_ascii_digit());
    (1..=31).contains(&d) && y - k == 4 && !alnum(at(t, y))
}

/// The word right before the number at `s`, a space between them and a dot after an
/// abbreviation allowed (`Dec. 20`, `November 2019`): letters of any script.
fn word_before_number(t: &[u8], s: usize) -> Option<(usize, usize)> {
    if s < 2 || t[s - 1] != b' ' {
        return None;
    }
    let me = s - 1 - usize::from(t[s - 2] == b'.');
    let ms = me
        - t[..me]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_alphabetic() || **b >= 0x80)
            .count();
    Some((ms, me))
}

/// The English months, whole and in lower case (spoken dates, month-first dates and
/// years after a month share them).
const ENGLISH_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether the four digits at `s` are a year after the whole name of its month (`18
/// November 2019`, `in März 2021`, `septiembre 2020`): a date, no house number.
pub(crate) fn year_after_month_name(t: &[u8], s: usize) -> bool {
    const NAMES: &[&str] = &[
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "januar",
        "februar",
        "märz",
        "mai",
        "juni",
        "juli",
        "oktober",
        "dezember",
        "janvier",
        "février",
        "mars",
        "avril",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
        "gennaio",
        "febbraio",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "settembre",
        "ottobre",
        "dicembre",
        "janeiro",
        "fevereiro",
        "março",
        "maio",
        "junho",
        "julho",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
        "januari",
        "februari",
        "maart",
        "mei",
        "augustus",
    ];
    let Some((y, e)) = num(t, s, 4, 4) else {
        return false;
    };
    // A comma says street (`Av. Sete de Setembro, 2073`): only a space before the year.
    if !(1800..=2100).contains(&y) || alnum(at(t, e)) {
        return false;
    }
    let Some((ms, me)) = word_before_number(t, s) else {
        return false;
    };
    if ms == me || me - ms > 12 {
        return false;
    }
    let w = &t[ms..me];
    if w.is_ascii() {
        return ENGLISH_MONTHS
            .iter()
            .chain(NAMES)
            .any(|n| n.len() == w.len() && n.as_bytes().eq_ignore_ascii_case(w));
    }
    let w = String::from_utf8_lossy(w).to_lowercase();
    ENGLISH_MONTHS.contains(&w.as_str()) || NAMES.contains(&w.as_str())
}

fn month_at(t: &[u8], i: usize) -> Option<usize> {
    let e = run_while(t, i, 28, |b| b.is_ascii_alphabetic() || b >= 0x80);
    if e - i < 3 {
        return None;
    }
    let w = &t[i..e];
    MONTHS
        .iter()
        .chain(MONTHS_OTHER_SCRIPTS)
        .any(|m| {
            let m = m.as_bytes();
            w.len() >= m.len() && w[..m.len()].eq_ignore_ascii_case(m)
        })
        .then_some(e)
}

fn year_after(t: &[u8], mut i: usize) -> Option<usize> {
    if at(t, i) == b',' || at(t, i) == b'.' {
        i += 1;
    }
    i = skip_spaces(t, i, 2);
    if t.get(i..i + 3)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"de "))
    {
        i += 3;
    } else if t
        .get(i..i + 4)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"del "))
    {
        // `26 de junio del 2004`, as Spain and Latin America say it.
        i += 4;
    }
    // A two-digit year with its apostrophe (`3 Mar '90`, `Mar 3 ’90`).
    let apostrophe = if at(t, i) == b'\'' {
        1
    } else if t[i.min(t.len())..].starts_with("’".as_bytes()) {
        "’".len()
    } else {
        0
    };
    if apostrophe > 0 {
        let (_, e) = num(t, i + apostrophe, 2, 2)?;
        return (!matches!(at(t, e), b':' | b'/' | b'-') && !alnum(at(t, e))).then_some(e);
    }
    let (y, e) = num(t, i, 2, 4)?;
    // After a Thai month, the Buddhist era's year (`4 มกราคม 2503`, 543 years ahead).
    let thai = i >= 4 && t[i - 1] == b' ' && t[i - 4] == 0xE0 && matches!(t[i - 3], 0xB8 | 0xB9);
    // After a month of the Persian solar calendar, its year (`19 شهریور 1329`).
    let persian = PERSIAN_MONTHS.iter().any(|m| {
        t[..i]
            .strip_suffix(b" ")
            .is_some_and(|p| p.ends_with(m.as_bytes()))
    });
    // A two-digit year (`4 Jul 85`) only where nothing numeric follows (`4 Jul 10:30`).
    match e - i {
        4 => ((1900..=2100).contains(&y)
            || (thai && (2443..=2643).contains(&y))
            || (persian && (1300..=1420).contains(&y)))
        .then_some(e),
        2 => (!matches!(at(t, e), b':' | b'.' | b'/' | b'-')).then_some(e),
        _ => None,
    }
}

fn month_day_year(t: &[u8], i: usize) -> Option<usize> {
    let e = month_at(t, i)?;
    let e = if at(t, e) == b'.' { e + 1 } else { e };
    let j = skip_spaces(t, e, 2);
    let (d, mut k) = num(t, j, 1, 2)?;
    if !(1..=31).contains(&d) {
        return None;
    }
    let sfx = run_while(t, k, 2, |b| b.is_ascii_alphabetic());
    if sfx - k == 2 {
        k = sfx;
    }
    year_after(t, k)
}

/// The year alone after `born` / `b.` (`born 2001`, `born in 1959`, `(b. 1989)`), not
/// a decade (`born in the 1960s`).
fn birth_year_after(t: &[u8], s: usize, e: usize) -> Option<(usize, usize)> {
    let cue = String::from_utf8_lossy(&t[s..e]).to_lowercase();
    // The year before its cue: `2000 doğumlu`, `1951 года рождения`, `1990년생`,
    // `1943年生まれ`, `1940年出生`.
    if matches!(
        cue.as_str(),
        "doğumlu" | "года рождения" | "г.р." | "년생" | "年生まれ" | "年出生"
    ) {
        let k = if s > 0 && t[s - 1] == b' ' { s - 1 } else { s };
        let ys = k - run_back(t, k, 4, |b| b.is_ascii_digit());
        let (y, ye) = num(t, ys, 4, 4)?;
        return ((1900..=2030).contains(&y) && ye == k && (ys == 0 || !alnum(t[ys - 1])))
            .then_some((ys, ye));
    }
    if !matches!(
        cue.as_str(),
        "born"
            | "b."
            | "geboren"
            | "nacido"
            | "nacida"
            | "nato"
            | "nata"
            | "rocznik"
            | "kelahiran"
            | "lahir"
            | "né"
            | "née"
            | "né en"
            | "urodzon"
            | "ipinanganak"
    ) {
        return None;
    }
    let mut i = skip_spaces(t, e, 1);
    for w in ["in ", "en ", "em ", "nel ", "w ", "noong ", "tahun "] {
        if t.len() >= i + w.len() && t[i..i + w.len()].eq_ignore_ascii_case(w.as_bytes()) {
            i += w.len();
            break;
        }
    }
    let (y, ye) = num(t, i, 4, 4)?;
    ((1900..=2030).contains(&y) && !alnum(at(t, ye))).then_some((i, ye))
}

/// A birthday without its year after a birthday word (`mums bday March 20`,
/// `birthday: 4 May`).
fn birthday_after(t: &[u8], s: usize, e: usize) -> Option<(usize, usize)> {
    let cue = String::from_utf8_lossy(&t[s..e]).to_lowercase();
    let cjk = matches!(cue.as_str(), "生日" | "誕生日" | "생일");
    if !cjk
        && !matches!(
            cue.as_str(),
            "bday"
                | "b-day"
                | "b'day"
                | "birthday"
                | "geburtstag"
                | "cumpleaños"
                | "cumpleanos"
                | "anniversaire"
                | "aniversário"
                | "aniversario"
                | "niver"
                | "compleanno"
                | "verjaardag"
                | "ulang tahun"
                | "день рождения"
                | "urodziny"
                | "doğum günü"
        )
    {
        return None;
    }
    let mut i = skip_spaces(t, e, 2);
    // Whose birthday first: `cumpleaños de Aura es el 7 de marzo`, `Geburtstag Vito: 11.
    // Dezember`, `ulang tahun Hendra tanggal 24 Juli`.
    {
        let mut k = i;
        for w in ["de ", "of ", "von ", "di ", "do ", "da ", "van "] {
            if t.len() >= k + w.len() && t[k..k + w.len()].eq_ignore_ascii_case(w.as_bytes()) {
                k += w.len();
                break;
            }
        }
        let name_end = {
            let mut n = k;
            while let Some((c, len)) = super::util::char_at(t, n) {
                if c.is_alphabetic() {
                    n += len;
                } else {
                    break;
                }
            }
            n
        };
        let capital = super::util::char_at(t, k).is_some_and(|(c, _)| c.is_uppercase());
        if name_end > k
            && capital
            && month_at(t, k).is_none()
            && matches!(at(t, name_end), b' ' | b':')
        {
            let after = skip_spaces(t, name_end + usize::from(at(t, name_end) == b':'), 2);
            let connector = ["es ", "is ", "tanggal ", "on ", "ist ", "est ", "è ", "é "]
                .iter()
                .any(|w| {
                    t.len() >= after + w.len()
                        && t[after..after + w.len()].eq_ignore_ascii_case(w.as_bytes())
                });
            if connector || at(t, name_end) == b':' || at(t, after).is_ascii_digit() {
                i = after;
                if t.len() >= i + 8 && t[i..i + 8].eq_ignore_ascii_case(b"tanggal ") {
                    i += 8;
                }
            }
        }
    }
    // `is`, `on`, `the`, `es el`, `c'est le`, `è il`, `é dia`, `is op`, `は`, `是`, `는`.
    for _ in 0..3 {
        let before = i;
        for w in [
            &b"is "[..],
            b"on ",
            b"the ",
            b"(the ",
            b": ",
            b":",
            b"- ",
            b"es el ",
            b"es ",
            b"el ",
            b"c'est le ",
            b"est le ",
            b"le ",
            b"\xc3\xa8 il ",
            b"il ",
            b"\xc3\xa9 ",
            b"dia ",
            b"op ",
            "は".as_bytes(),
            "是".as_bytes(),
            "는 ".as_bytes(),
            "은 ".as_bytes(),
        ] {
            if t.len() >= i + w.len() && t[i..i + w.len()].eq_ignore_ascii_case(w) {
                i = skip_spaces(t, i + w.len(), 2);
                break;
            }
        }
        if i == before {
            break;
        }
    }
    // `4月7日`, `9月21日`, `3월 14일`.
    if cjk || t[i..].iter().take(6).any(|&b| b >= 0x80) {
        if let Some(end) = cjk_month_day(t, i) {
            return Some((i, end));
        }
    }
    month_day_at(t, i).map(|end| (i, end))
}

/// A second birthday after a first one ending at `b`: ` and Sri's is April 7`.
fn second_birthday(t: &[u8], b: usize) -> Option<(usize, usize)> {
    if !t[b..].starts_with(b" and ") {
        return None;
    }
    let ws = b + 5;
    let mut we = ws;
    while let Some((c, n)) = super::util::char_at(t, we) {
        if c.is_alphabetic() || c == '-' {
            we += n;
        } else {
            break;
        }
    }
    let rest = &t[we..];
    let n = [&b"'s is "[..], "’s is ".as_bytes(), b"'s on ", b"'s is on "]
        .iter()
        .find(|p| rest.starts_with(p))
        .map(|p| p.len())?;
    let i = we + n;
    month_day_at(t, i).map(|end| (i, end))
}

/// `4月7日`, `9月21日`, `3월 14일`: a month and a day without a year. Its end.
fn cjk_month_day(t: &[u8], i: usize) -> Option<usize> {
    let (m, k) = num(t, i, 1, 2)?;
    let k = if t[k..].starts_with("月".as_bytes()) {
        k + "月".len()
    } else if t[k..].starts_with("월".as_bytes()) {
        skip_spaces(t, k + "월".len(), 1)
    } else {
        return None;
    };
    let (d, k) = num(t, k, 1, 2)?;
    let end = if t[k..].starts_with("日".as_bytes()) {
        k + "日".len()
    } else if t[k..].starts_with("号".as_bytes()) {
        k + "号".len()
    } else if t[k..].starts_with("일".as_bytes()) {
        k + "일".len()
    } else {
        return None;
    };
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(end)
}

/// `March 20`, `20 March`, `4th of May`: a day and a month without a year. Its end.
fn month_day_at(t: &[u8], i: usize) -> Option<usize> {
    if let Some(me) = month_at(t, i) {
        let j = skip_spaces(t, if at(t, me) == b'.' { me + 1 } else { me }, 1);
        let (d, mut de) = num(t, j, 1, 2)?;
        let sfx = run_while(t, de, 2, |b| b.is_ascii_alphabetic());
        if sfx - de == 2 {
            de = sfx;
        }
        return ((1..=31).contains(&d) && !alnum(at(t, de))).then_some(de);
    }
    let (d, mut k) = num(t, i, 1, 2)?;
    if !(1..=31).contains(&d) {
        return None;
    }
    let sfx = run_while(t, k, 2, |b| b.is_ascii_alphabetic());
    if sfx - k == 2 {
        k = sfx;
    } else if at(t, k) == b'.' {
        k += 1;
    }
    let mut j = skip_spaces(t, k, 1);
    if t[j..].len() >= 3
        && (t[j..j + 3].eq_ignore_ascii_case(b"of ") || t[j..j + 3].eq_ignore_ascii_case(b"de "))
    {
        j += 3;
    }
    let me = month_at(t, j)?;
    (!alnum(at(t, me))).then_some(me)
}

/// `6. 8. 1989`, as Czech, Slovak, German and Hungarian write dates with spaces.
fn spaced_numeric_date(t: &[u8], i: usize) -> Option<usize> {
    // A form's boxes, separators spaced out (`03 / 14 / 1987`, `14 - 03 - 1987`).
    let spaced_sep = |k: usize| {
        (at(t, k) == b' ' && matches!(at(t, k + 1), b'/' | b'-' | b'.') && at(t, k + 2) == b' ')
            .then_some(k + 3)
    };
    if let Some((a, e1)) = num(t, i, 1, 2) {
        if let Some(k) = spaced_sep(e1) {
            let sep = t[e1 + 1];
            if let Some((b, e2)) = num(t, k, 1, 2) {
                if spaced_sep(e2).is_some() && t[e2 + 1] == sep {
                    if let Some((y, e3)) = num(t, e2 + 3, 4, 4) {
                        let ok = (1900..=2100).contains(&y)
                            && (1..=12).contains(&a.min(b))
                            && (1..=31).contains(&a.max(b));
                        return ok.then_some(e3);
                    }
                }
            }
        }
    }
    let (d, e1) = num(t, i, 1, 2)?;
    if !(1..=31).contains(&d) || at(t, e1) != b'.' || at(t, e1 + 1) != b' ' {
        return None;
    }
    let (m, e2) = num(t, e1 + 2, 1, 2)?;
    if !(1..=12).contains(&m) || at(t, e2) != b'.' || at(t, e2 + 1) != b' ' {
        return None;
    }
    let (y, e3) = num(t, e2 + 2, 4, 4)?;
    (1900..=2100).contains(&y).then_some(e3)
}

/// `1956. augusztus 10.`, `2004年…` aside: the year first, a month's name, the day
/// (Hungarian, Lithuanian, Latvian).
fn year_month_day(t: &[u8], i: usize) -> Option<usize> {
    let (y, e1) = num(t, i, 4, 4)?;
    if !(1900..=2100).contains(&y) {
        return None;
    }
    let k = if at(t, e1) == b'.' { e1 + 1 } else { e1 };
    if at(t, k) != b' ' {
        return None;
    }
    let me = month_at(t, k + 1)?;
    if at(t, me) != b' ' {
        return None;
    }
    let (d, de) = num(t, me + 1, 1, 2)?;
    if !(1..=31).contains(&d) {
        return None;
    }
    Some(if at(t, de) == b'.' { de + 1 } else { de })
}

fn day_month_year(t: &[u8], i: usize) -> Option<usize> {
    let (d, mut k) = num(t, i, 1, 2)?;
    if !(1..=31).contains(&d) {
        return None;
    }
    let sfx = run_while(t, k, 2, |b| b.is_ascii_alphabetic());
    if sfx - k == 2 {
        k = sfx;
    } else if at(t, k) == b'.' {
        k += 1;
    } else if t.get(k..k + 2) == Some("º".as_bytes()) {
        k += 2;
    }
    // `03-Mar-1985`, `3/Mar/1985`.
    let dashed = matches!(at(t, k), b'-' | b'/') && at(t, k + 1).is_ascii_alphabetic();
    if dashed {
        let sep = t[k];
        let e = month_at(t, k + 1)?;
        if at(t, e) != sep {
            return None;
        }
        let (y, ye) = num(t, e + 1, 2, 4)?;
        return (ye - (e + 1) == 4 && (1900..=2100).contains(&y) || ye - (e + 1) == 2)
            .then_some(ye);
    }
    let mut j = skip_spaces(t, k, 2);
    if t.get(j..j + 3)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"of ") || w.eq_ignore_ascii_case(b"de "))
    {
        j += 3;
    }
    let e = month_at(t, j)?;
    year_after(t, e)
}

/// Digits after a context word: `min..=max` digits, allowing single spaces,
/// dashes or dots between groups. Returns span and the digits.
fn digits_after(
    t: &[u8],
    from: usize,
    win: usize,
    min: usize,
    max: usize,
) -> Option<(usize, usize, [u8; 16])> {
    let lim = t.len().min(from + win);
    let mut i = from;
    while i < lim && !t[i].is_ascii_digit() {
        if t[i] == b'\n' {
            return None;
        }
        i += 1;
    }
    if i >= lim || !super::util::word_start(t, i) {
        return None;
    }
    let s = i;
    let mut d = [0u8; 16];
    let mut n = 0;
    let mut last = i;
    while i < t.len() && n <= max {
        let b = t[i];
        if b.is_ascii_digit() {
            if n < 16 {
                d[n] = b;
            }
            n += 1;
            last = i + 1;
            i += 1;
        } else if matches!(b, b' ' | b'-' | b'.') && at(t, i + 1).is_ascii_digit() {
            i += 1;
        } else {
            break;
        }
    }
    ((min..=max).contains(&n) && !alnum(at(t, last))).then_some((s, last, d))
}

/// An identifier after a context word: `min..=max` letters/digits with at
/// least `min_digits` digits (skips filler like "number", "no.", "#", "is").
fn id_after(
    t: &[u8],
    from: usize,
    win: usize,
    min: usize,
    max: usize,
    min_digits: usize,
) -> Option<(usize, usize)> {
    let lim = t.len().min(from + win);
    let mut i = from;
    while i < lim {
        if t[i] == b'\n' {
            return None;
        }
        if alnum(t[i]) && (i == 0 || !alnum(t[i - 1])) {
            let e = run_while(t, i, 32, |b| alnum(b) || b == b'-');
            let w = &t[i..e];
            let digits = w.iter().filter(|b| b.is_ascii_digit()).count();
            let lower = w.iter().any(u8::is_ascii_lowercase);
            if digits >= min_digits && (min..=max).contains(&w.len()) && !lower && at(t, e) != b'.'
            {
                return Some((i, e));
            }
            if digits > 0 {
                return None;
            }
            i = e;
            continue;
        }
        i += 1;
    }
    None
}

/// Where an HL7 v2 segment starting at `from` ends: a line break, real or escaped.
fn hl7_segment_end(t: &[u8], from: usize) -> usize {
    (from..t.len())
        .find(|&k| {
            t[k] == b'\n' || t[k] == b'\r' || (t[k] == b'\\' && matches!(at(t, k + 1), b'r' | b'n'))
        })
        .unwrap_or(t.len())
}

/// The HL7 field `t[fs..k]` as a finding of `kind`, without its trailing empty
/// components (`SMITH^JOHN^^^`).
fn push_hl7_field(
    t: &[u8],
    kind: EntityKind,
    rule: &'static str,
    fs: usize,
    k: usize,
    out: &mut Vec<KwHit>,
) {
    let mut ve = k;
    while ve > fs && matches!(t[ve - 1], b'^' | b'~' | b'&') {
        ve -= 1;
    }
    if ve > fs {
        out.push((kind, rule, fs, ve));
    }
}

/// The fields of an HL7 v2 `PID` segment that hold a person (the segment starts at
/// `from`, after `PID|`): the patient's and the mother's maiden name (5, 6), the birth
/// date (7), the address (11), the phones (13, 14) and the SSN (19). Components are
/// separated by `^`, repetitions by `~`; the whole field is masked.
fn hl7_pid(t: &[u8], from: usize, out: &mut Vec<KwHit>) {
    let end = hl7_segment_end(t, from);
    // Field 1 starts at `from`.
    let mut field = 1;
    let mut fs = from;
    for k in from..=end {
        if k < end && t[k] != b'|' {
            continue;
        }
        let v = &t[fs..k];
        let letters = v.iter().any(u8::is_ascii_alphabetic) || v.iter().any(|&b| b >= 0x80);
        let digits = v.iter().filter(|b| b.is_ascii_digit()).count();
        let kind = match field {
            5 | 6 if letters => Some(EntityKind::Person),
            7 if digits >= 8 => Some(EntityKind::DateOfBirth),
            11 if letters => Some(EntityKind::Address),
            13 | 14 if digits >= 7 => Some(EntityKind::Phone),
            19 if digits == 9 => Some(EntityKind::UsSsn),
            _ => None,
        };
        if let Some(kind) = kind {
            push_hl7_field(t, kind, "hl7_pid", fs, k, out);
        }
        field += 1;
        fs = k + 1;
        if field > 19 {
            break;
        }
    }
}

/// The strings of a FHIR `HumanName`'s `family` or `given` (a string or an array of
/// strings, in JSON escaped however deep), `e` after the key's closing quote.
fn fhir_name(t: &[u8], e: usize, out: &mut Vec<KwHit>) {
    let sp = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
    // Past escapes, the closing quote, spaces and the colon.
    let mut i = run_while(t, e, 8, |b| b == b'\\' || b == b'"');
    i = run_while(t, i, 8, sp);
    if at(t, i) != b':' {
        return;
    }
    i = run_while(t, i + 1, 8, sp);
    let array = at(t, i) == b'[';
    if array {
        i += 1;
    }
    for _ in 0..4 {
        // Whitespace, escaped line breaks (`\n`) and the opening quote.
        loop {
            let k = run_while(t, i, 16, sp);
            if at(t, k) == b'\\' && matches!(at(t, k + 1), b'n' | b'r' | b't') {
                i = k + 2;
            } else {
                i = k;
                break;
            }
        }
        let q = run_while(t, i, 8, |b| b == b'\\');
        if at(t, q) != b'"' {
            return;
        }
        let vs = q + 1;
        let ve = run_while(t, vs, 64, |b| b != b'"' && b != b'\\' && b != b'\n');
        let v = &t[vs..ve];
        let capital = super::util::char_at(v, 0)
            .is_some_and(|(c, _)| c.is_uppercase() || (!c.is_ascii() && c.is_alphabetic()));
        if !v.is_empty() && capital && !v.iter().any(u8::is_ascii_digit) {
            out.push((EntityKind::Person, "fhir_name", vs, ve));
        }
        if !array {
            return;
        }
        // The next string of the array, after the closing quote and a comma.
        i = run_while(t, ve, 8, |b| b == b'\\' || b == b'"');
        i = run_while(t, i, 8, sp);
        if at(t, i) != b',' {
            return;
        }
        i += 1;
    }
}

/// People in an HL7 v2 segment other than `PID`: every field written as a person with
/// an id (`XCN`: `584043^ROBERTSON^CYNTHIA^^^^DR`, family and given names masked), and in
/// `NK1` the relative's name (2), address (4) and phones (5, 6).
fn hl7_people(t: &[u8], s: usize, from: usize, out: &mut Vec<KwHit>) {
    let nk1 = t[s..].starts_with(b"NK1|");
    let end = hl7_segment_end(t, from);
    let word = |v: &[u8]| {
        !v.is_empty()
            && v.iter().any(|&b| b.is_ascii_alphabetic() || b >= 0x80)
            && v.iter()
                .all(|&b| b.is_ascii_alphabetic() || b >= 0x80 || matches!(b, b' ' | b'-' | b'\''))
    };
    let mut field = 1;
    let mut fs = from;
    for k in from..=end {
        if k < end && t[k] != b'|' {
            continue;
        }
        let v = &t[fs..k];
        let mut comps = v.split(|&b| b == b'^');
        let first = comps.next().unwrap_or_default();
        let family = comps.next();
        let given = comps.next();
        if let (Some(f), Some(g)) = (family, given) {
            // Not a coded element (`88304^SURGICAL PATHOLOGY^CPT`): its third component
            // names a coding system.
            let coding = [
                &b"CPT"[..],
                b"LN",
                b"LOINC",
                b"SNOMED",
                b"SCT",
                b"I9",
                b"I10",
                b"ICD9",
                b"ICD10",
                b"ICD9CM",
                b"ICD10CM",
                b"L",
                b"HL7",
                b"NDC",
                b"RXNORM",
                b"CVX",
                b"HCPCS",
                b"99LAB",
            ]
            .iter()
            .any(|c| g.eq_ignore_ascii_case(c));
            let short_family = f.iter().filter(|&&b| b == b' ').count() <= 1;
            if first.iter().all(u8::is_ascii_digit) && word(f) && word(g) && !coding && short_family
            {
                let fam_start = fs + first.len() + 1;
                out.push((
                    EntityKind::Person,
                    "hl7_person",
                    fam_start,
                    fam_start + f.len() + 1 + g.len(),
                ));
            }
        }
        if nk1 {
            let letters = v.iter().any(|&b| b.is_ascii_alphabetic() || b >= 0x80);
            let digits = v.iter().filter(|b| b.is_ascii_digit()).count();
            let kind = match field {
                2 if letters => Some(EntityKind::Person),
                4 if letters => Some(EntityKind::Address),
                5 | 6 if digits >= 7 => Some(EntityKind::Phone),
                _ => None,
            };
            if let Some(kind) = kind {
                push_hl7_field(t, kind, "hl7_nk1", fs, k, out);
            }
        }
        field += 1;
        fs = k + 1;
        if field > 40 {
            break;
        }
    }
}

/// A vCard's `N:` property: family name, given names, additional names (`N:Savchuk;
/// Dmytro;;;`), in a text that holds a vCard. `FN:` is read as a name field.
fn vcard_name(t: &[u8], from: usize, out: &mut Vec<KwHit>) {
    let start = from.saturating_sub(2000);
    if !t[start..from]
        .windows(11)
        .any(|w| w.eq_ignore_ascii_case(b"BEGIN:VCARD"))
    {
        return;
    }
    let (vs, ve) = vcard_value(t, from);
    let v = &t[vs..ve];
    if !v.is_empty() && v.len() <= 120 && v.iter().any(|&b| b.is_ascii_alphabetic() || b >= 0x80) {
        out.push((EntityKind::Person, "vcard_name", vs, ve));
    }
}

/// The value of a vCard property that starts at `from`: to the end of its line, empty
/// components (`;`) and spaces trimmed at both ends (`;;vul. Shevchenka 12;Odesa;;`).
fn vcard_value(t: &[u8], from: usize) -> (usize, usize) {
    let mut ve = (from..t.len())
        .find(|&k| matches!(t[k], b'\n' | b'\r'))
        .unwrap_or(t.len());
    while ve > from && matches!(t[ve - 1], b';' | b' ') {
        ve -= 1;
    }
    let mut vs = from;
    while vs < ve && matches!(t[vs], b';' | b' ') {
        vs += 1;
    }
    (vs, ve)
}

/// Words after a password word that say which one it is (`password temporanea:`).
const PASSWORD_QUALIFIERS: &[&str] = &[
    "provisional",
    "inicial",
    "initiale",
    "iniziale",
    "temporanea",
    "temporaneo",
    "provvisoria",
    "temporal",
    "temporaria",
    "temporária",
    "provisoria",
    "provisória",
    "provisoire",
    "temporaire",
    "vorläufig",
    "vorläufiges",
    "neu",
    "neues",
    "nuevo",
    "nueva",
    "nouveau",
    "nuova",
    "nova",
    "novo",
    "new",
    "old",
    "current",
    "initial",
    "default",
    "temp",
    "temporary",
    "admin",
    "root",
    "tijdelijk",
    "tymczasowe",
    "geçici",
];

/// The secret after the first ` / ` on the line within a few words of `i`.
fn secret_after_slash(t: &[u8], i: usize) -> Option<(usize, usize)> {
    let lim = t.len().min(i + 40);
    let k = (i..lim)
        .take_while(|&k| t[k] != b'\n')
        .find(|&k| t[k..].starts_with(b" / "))?;
    let (vs, ve) = quoted_or_token(t, k + 3)?;
    // A network key of digits alone is eight or more of them.
    let digits = ve - vs >= 8 && t[vs..ve].iter().all(u8::is_ascii_digit);
    (digits || password_shaped(t, vs, ve)).then_some((vs, ve))
}

/// The password field of the `host:port:database:user:password` lines after a mention of
/// a PostgreSQL password file (`# ~/.pgpass`).
fn pgpass_lines(t: &[u8], from: usize, out: &mut Vec<KwHit>) {
    let mut ls = from;
    for _ in 0..8 {
        let Some(nl) = memchr::memchr(b'\n', &t[ls..]) else {
            break;
        };
        let line_start = ls + nl + 1;
        let le = memchr::memchr(b'\n', &t[line_start..]).map_or(t.len(), |k| line_start + k);
        let line = &t[line_start..le];
        ls = line_start;
        if line.is_empty() || line[0] == b'#' {
            continue;
        }
        let Some((vs, ve)) = pgpass_line(t, line_start, le) else {
            break;
        };
        out.push((EntityKind::Secret, "pgpass", vs, ve));
    }
}

/// The password of the `.pgpass` line `t[ls..le]` (`hostname:port:database:username:
/// password`): four unescaped colons before it (it may hold more), no space before it.
fn pgpass_line(t: &[u8], ls: usize, le: usize) -> Option<(usize, usize)> {
    let line = &t[ls..le];
    let mut colons = 0;
    let mut k = 0;
    while k < line.len() && colons < 4 {
        if line[k] == b'\\' {
            k += 2;
            continue;
        }
        if line[k] == b':' {
            colons += 1;
        }
        k += 1;
    }
    if colons < 4 || line[..k].contains(&b' ') {
        return None;
    }
    let mut ve = le;
    while ve > ls + k && matches!(t[ve - 1], b'\r' | b' ') {
        ve -= 1;
    }
    (ve > ls + k).then_some((ls + k, ve))
}

/// What a reservation printed by an airline system says about its passengers: the
/// passenger lines after the record locator (`1.GHEORGHIU/IVAN MSTR`), and the contact
/// elements (`CTCE IVAN_GHEORGHIU18//GMAIL.COM`: `//` stands for `@`; `CTCM +4311916113`).
fn pnr(t: &[u8], s: usize, e: usize, out: &mut Vec<KwHit>) {
    let line_end = |a: usize| memchr::memchr(b'\n', &t[a..]).map_or(t.len(), |k| a + k);
    let cue = &t[s..e];
    // An API/SSR DOCS line (`DOCS/P/GBR/123456789/GBR/12JUL82/M/20NOV30/SMITH/JOHN`): its
    // first date is the birth date, the two last fields the traveller's name.
    if cue.starts_with(b"DOCS") {
        let le = line_end(e);
        let mut fields: Vec<(usize, usize)> = Vec::new();
        let mut fs = e;
        for part in t[e..le].split(|&b| b == b'/') {
            fields.push((fs, fs + part.len()));
            fs += part.len() + 1;
        }
        let date = |a: usize, b: usize| {
            let v = &t[a..b];
            (v.len() == 7 || v.len() == 9)
                && v[..2].iter().all(u8::is_ascii_digit)
                && v[2..5].iter().all(u8::is_ascii_uppercase)
                && v[5..].iter().all(u8::is_ascii_digit)
        };
        if let Some(&(a, b)) = fields.iter().find(|&&(a, b)| date(a, b)) {
            out.push((EntityKind::DateOfBirth, "pnr_docs", a, b));
        }
        let n = fields.len();
        let letters = |a: usize, b: usize| {
            b > a
                && t[a..b]
                    .iter()
                    .all(|c| c.is_ascii_uppercase() || matches!(c, b' ' | b'-'))
        };
        if n >= 8
            && letters(fields[n - 2].0, fields[n - 2].1)
            && letters(fields[n - 1].0, fields[n - 1].1)
        {
            out.push((
                EntityKind::Person,
                "pnr_docs",
                fields[n - 2].0,
                fields[n - 1].1,
            ));
        }
        return;
    }
    if cue.starts_with(b"\nCTC") {
        let vs = e;
        let ve = line_end(vs);
        let v = &t[vs..ve];
        if cue == b"\nCTCE " && v.windows(2).any(|w| w == b"//") && v.len() >= 6 {
            out.push((EntityKind::Email, "pnr_contact", vs, ve));
        } else if cue == b"\nCTCM "
            && v.iter().filter(|b| b.is_ascii_digit()).count() >= 7
            && v.iter().all(|&b| {
                b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'(' | b')' | b' ' | b'.')
            })
        {
            out.push((EntityKind::Phone, "pnr_contact", vs, ve));
        }
        return;
    }
    // Passenger lines: ` 1.SURNAME/GIVEN NAMES TITLE`, up to nine of them.
    let mut ls = line_end(e) + 1;
    for _ in 0..9 {
        if ls >= t.len() {
            break;
        }
        let le = line_end(ls);
        let mut k = ls;
        while k < le && t[k] == b' ' {
            k += 1;
        }
        let d = k;
        while k < le && t[k].is_ascii_digit() {
            k += 1;
        }
        if k == d || at(t, k) != b'.' {
            break;
        }
        // `1.SMITH/JOHN MR`, `1. VAN GEFFEN/JAYLINN MS DOB 05MAY01 SEAT 37A`.
        let ns = if at(t, k + 1) == b' ' { k + 2 } else { k + 1 };
        let slash = t[ns..le].iter().position(|&b| b == b'/');
        let Some(slash) = slash.map(|p| ns + p) else {
            break;
        };
        let caps = |a: usize, b: usize| {
            b > a
                && std::str::from_utf8(&t[a..b]).is_ok_and(|x| {
                    x.chars()
                        .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\''))
                })
        };
        // The given names end before the title, when there is one.
        let mut ne = le;
        while ne > slash && t[ne - 1] == b' ' {
            ne -= 1;
        }
        let last_word = t[slash + 1..ne]
            .iter()
            .rposition(|&b| b == b' ')
            .map(|p| slash + 1 + p);
        let is_title = |w: &[u8]| {
            matches!(
                w,
                b"MR" | b"MRS" | b"MS" | b"MISS" | b"MSTR" | b"DR" | b"CHD" | b"INF"
            )
        };
        if let Some(sp) = last_word {
            if is_title(&t[sp + 1..ne]) {
                ne = sp;
            }
        }
        // A manifest goes on after the title (`MR DOB 07SEP82 SEAT 23A`).
        let mut w = slash + 1;
        while let Some(p) = t[w..ne].iter().position(|&b| b == b' ') {
            let ws = w + p + 1;
            let we = ws + t[ws..ne].iter().position(|&b| b == b' ').unwrap_or(ne - ws);
            if is_title(&t[ws..we]) {
                ne = w + p;
                break;
            }
            w = ws;
        }
        if caps(ns, slash) && caps(slash + 1, ne) {
            out.push((EntityKind::Person, "pnr_passenger", ns, ne));
        }
        ls = le + 1;
    }
}
