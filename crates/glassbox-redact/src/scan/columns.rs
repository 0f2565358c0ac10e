//! Tables: CSV / TSV / semicolon-separated rows (a quoted cell may hold line breaks), also
//! Markdown and `psql` tables and columns aligned with spaces as a data frame prints them,
//! under a header that names
//! sensitive columns (`name,dob,ssn,phone,address,diagnosis`). Every value in
//! such a column is a finding of that column's kind, whatever its shape:
//! `Joan Hope`, `620974533`, `11/08/2002` and `Kis Gizella` carry no cue of
//! their own, their header is the cue.
//!
//! ```text
//!   line ─> header? (2+ separators, every field a short identifier, one sensitive)
//!        └─> following rows with the same number of fields ─> value of each sensitive column
//! ```
//!
//! SQL inserts are tables too: `INSERT INTO users (first_name, dob, …) VALUES ('Archie',
//! '2003-03-22', …), (…)` gives each value the kind of the column it stands under
//! ([`sql_values`]), and so are the rows of a PostgreSQL dump under `COPY users (…) FROM
//! stdin;` ([`copy_rows`]). Headers may name their columns in any language (`氏名`,
//! `生年月日`, `дата_рождения`) and open with a `#` column.

use super::util::at;
use crate::entity::EntityKind;

type Out = Vec<(EntityKind, &'static str, usize, usize)>;

/// The kind of value a column name announces.
pub fn column_kind(name: &[u8]) -> Option<EntityKind> {
    if name.len() > 60 {
        return None;
    }
    // Lower case in every script (`Ημερομηνία γέννησης`), words joined by `_`.
    let w: String = std::str::from_utf8(name)
        .ok()?
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if matches!(c, ' ' | '-' | '.') { '_' } else { c })
        .collect();
    let w = w.as_str();
    let kind = match w {
        "name"
        | "full_name"
        | "fullname"
        | "customer"
        | "customer_name"
        | "first_name"
        | "firstname"
        | "last_name"
        | "lastname"
        | "surname"
        | "given_name"
        | "family_name"
        | "contact"
        | "contact_name"
        | "family"
        | "emp_name"
        | "client_name"
        | "insured_party"
        | "patient"
        | "patient_name"
        | "recipient"
        | "employee"
        | "employee_name"
        | "account_holder"
        | "cardholder"
        | "holder"
        | "nome"
        | "nombre"
        | "nom"
        | "prenom"
        | "prénom"
        | "vorname"
        | "nachname"
        | "imie"
        | "nazwisko"
        | "navn"
        | "namn"
        | "nimi"
        | "naam"
        | "owner"
        | "user_name"
        | "display_name"
        | "given"
        | "givenname"
        | "given_names"
        | "forename"
        | "forenames"
        | "middle_name"
        | "passenger"
        | "guest"
        | "guest_name"
        | "traveller"
        | "traveler"
        | "requester"
        | "approver"
        | "reviewer"
        | "assignee"
        | "beneficiary"
        | "payee"
        | "driver"
        | "driver_name"
        | "member"
        | "member_name"
        | "student"
        | "student_name"
        | "applicant"
        | "tenant"
        | "landlord"
        | "guardian"
        | "policyholder"
        | "signatory"
        | "nominee"
        | "witness"
        | "pickup_by"
        | "next_of_kin"
        | "氏名"
        | "名前"
        | "姓名"
        | "이름"
        | "성명"
        | "имя"
        | "фио"
        | "nome_completo"
        | "nombre_completo"
        | "nom_complet"
        | "pangalan"
        | "nama"
        | "họ_tên"
        | "ad_soyad"
        | "imię_i_nazwisko"
        | "volledige_naam"
        | "पूरा_नाम"
        | "नाम"
        | "পূর্ণ_নাম"
        | "নাম"
        | "jina"
        | "jina_kamili"
        | "ονοματεπώνυμο"
        | "όνομα"
        | "επώνυμο"
        | "שם"
        | "שם_מלא"
        | "الاسم"
        | "الاسم_الكامل"
        | "نام"
        | "ชื่อ"
        | "ชื่อ_นามสกุล"
        | "họ_và_tên"
        | "sobrenome"
        | "apellido"
        | "apellidos"
        | "cognome"
        | "achternaam"
        | "voornaam"
        | "efternamn"
        | "förnamn"
        | "etunimi"
        | "sukunimi"
        | "jméno"
        | "příjmení"
        | "imię"
        | "emergency_contact"
        | "kontakt_alarmowy"
        | "контактна_особа"
        | "contact_person"
        | "notfallkontakt"
        | "contacto_de_emergencia"
        | "contato_de_emergência"
        | "prenume"
        | "nume"
        | "vezetéknév"
        | "keresztnév"
        | "utónév"
        | "soyad"
        | "фамилия"
        | "прізвище"
        | "ім'я"
        | "ім’я"
        | "उपनाम" => EntityKind::Person,
        "dob"
        | "date_of_birth"
        | "birthdate"
        | "birth_date"
        | "birthday"
        | "born"
        | "geburtsdatum"
        | "fecha_nacimiento"
        | "fecha_de_nacimiento"
        | "data_nascimento"
        | "data_di_nascita"
        | "date_naissance"
        | "date_de_naissance"
        | "生年月日"
        | "出生日期"
        | "생년월일"
        | "дата_рождения"
        | "data_urodzenia"
        | "doğum_tarihi"
        | "tanggal_lahir"
        | "ngày_sinh"
        | "fødselsdato"
        | "födelsedatum"
        | "syntymäaika"
        | "syntymaaika"
        | "geboortedatum"
        | "data_nașterii"
        | "születési_dátum"
        | "nacimiento"
        | "f_nacimiento"
        | "fecha_nac"
        | "f_nac"
        | "nascimento"
        | "nascita"
        | "naissance"
        | "né_le"
        | "née_le"
        | "geboren"
        | "geb_datum"
        | "geb"
        | "född"
        | "født"
        | "født_dato"
        | "syntynyt"
        | "urodzony"
        | "urodzona"
        | "data_ur"
        | "doğum"
        | "d_o_b"
        | "dateofbirth"
        | "birth"
        | "生日"
        | "出生"
        | "誕生日"
        | "дата_народження"
        | "ημερομηνία_γέννησης"
        | "data_de_nascimento"
        | "dt_nascimento"
        | "dt_nasc"
        | "fecha_de_nac"
        | "जन्म_तिथि"
        | "जन्मतिथि"
        | "জন্ম_তারিখ"
        | "জন্মতারিখ"
        | "tarehe_ya_kuzaliwa"
        | "petsa_ng_kapanganakan"
        | "kapanganakan"
        | "datum_narození"
        | "datum_narozeni"
        | "data_nasterii"
        | "születési_idő"
        | "تاريخ_الميلاد"
        | "تاریخ_تولد"
        | "תאריך_לידה"
        | "วันเกิด"
        | "วันเดือนปีเกิด"
        | "出生年月日"
        | "출생일"
        | "день_рождения" => EntityKind::DateOfBirth,
        "ssn"
        | "social_security"
        | "social_security_number"
        | "sin"
        | "tax_id"
        | "nino"
        | "national_id"
        | "personal_id"
        | "id_number" => EntityKind::UsSsn,
        "phone"
        | "phone_number"
        | "mobile"
        | "mobile_number"
        | "tel"
        | "telephone"
        | "cell"
        | "telefon"
        | "telefono"
        | "teléfono"
        | "telefone"
        | "téléphone"
        | "handy"
        | "whatsapp"
        | "電話番号"
        | "電話"
        | "电话"
        | "手机号"
        | "手机"
        | "전화번호"
        | "телефон"
        | "telepono"
        | "telefoonnummer"
        | "numer_telefonu"
        | "nomor_telepon"
        | "số_điện_thoại" => EntityKind::Phone,
        "address"
        | "street"
        | "street_address"
        | "addr"
        | "address_line1"
        | "address1"
        | "shipping_address"
        | "billing_address"
        | "home_address"
        | "adresse"
        | "direccion"
        | "dirección"
        | "indirizzo"
        | "endereco"
        | "endereço"
        | "adres"
        | "住所"
        | "地址"
        | "주소"
        | "адрес"
        | "adresa"
        | "morada"
        | "alamat"
        | "địa_chỉ"
        | "पता"
        | "ঠিকানা"
        | "anwani"
        | "διεύθυνση"
        | "כתובת"
        | "العنوان"
        | "نشانی"
        | "آدرس"
        | "ที่อยู่"
        | "lakcím"
        | "cím"
        | "adresă"
        | "osoite"
        | "anschrift"
        | "domicilio" => EntityKind::Address,
        "password"
        | "passwd"
        | "pwd"
        | "pass"
        | "secret"
        | "pw"
        | "passcode"
        | "heslo"
        | "mot_de_passe"
        | "contraseña"
        | "contrasena"
        | "clave"
        | "senha"
        | "passwort"
        | "kennwort"
        | "wachtwoord"
        | "lösenord"
        | "passord"
        | "adgangskode"
        | "salasana"
        | "hasło"
        | "haslo"
        | "şifre"
        | "sifre"
        | "parola"
        | "пароль"
        | "κωδικός_πρόσβασης"
        | "kata_sandi"
        | "kata_laluan"
        | "nenosiri"
        | "mật_khẩu"
        | "密码"
        | "密碼"
        | "パスワード"
        | "비밀번호"
        | "رمز_عبور"
        | "كلمة_المرور"
        | "סיסמה"
        | "पासवर्ड"
        // Codes that open something (`door_code`, `pin`).
        | "pin"
        | "pin_code"
        | "door_code"
        | "access_code"
        | "gate_code"
        | "entry_code"
        | "alarm_code"
        | "otp" => EntityKind::Secret,
        "diagnosis" | "condition" | "conditions" | "medication" | "medications" | "allergies"
        | "diagnose" | "diagnostico" | "diagnóstico" | "diagnostic" | "diagnosi" => {
            EntityKind::Health
        }
        // `temp_password`, `user_pwd`, `db_pass`, `initial_password`.
        _ if w.split('_').any(|p| {
            matches!(
                p,
                "password" | "passwd" | "pwd" | "pass" | "passphrase" | "pw"
            )
        }) && !w.ends_with("_hash")
            && !w.ends_with("_set")
            && !w.ends_with("_changed") =>
        {
            EntityKind::Secret
        }
        _ => return None,
    };
    Some(kind)
}

fn is_identifier(f: &[u8]) -> bool {
    let f = trim(f);
    !f.is_empty()
        && f.len() <= 40
        && (f[0].is_ascii_alphabetic() || f[0] == b'_' || f[0] >= 0x80 || f == b"#")
        && f.iter().all(|&b| {
            b.is_ascii_alphanumeric() || matches!(b, b'_' | b' ' | b'-' | b'.' | b'#') || b >= 0x80
        })
}

/// The header over the cell of a delimited table that `s` stands in (`brand` over
/// `Carl Zeiss` in `sku;product;brand⏎PT-42454;Scarf;Carl Zeiss`): the first line of the
/// block of lines above with as many separators as `s`'s line, when it reads as a
/// header. At most 256 lines up.
pub fn header_of_cell(t: &[u8], s: usize) -> Option<&[u8]> {
    let ls = memchr::memrchr(b'\n', &t[..s]).map_or(0, |p| p + 1);
    let le = memchr::memchr(b'\n', &t[s..]).map_or(t.len(), |p| s + p);
    let line = &t[ls..le];
    let sep = [b';', b'\t', b',', b'|']
        .into_iter()
        .find(|&c| memchr::memchr(c, line).is_some())?;
    let count = |a: usize, b: usize| memchr::memchr_iter(sep, &t[a..b]).count();
    let width = count(ls, le);
    let col = count(ls, s);
    let mut top = ls;
    for _ in 0..256 {
        if top == 0 {
            break;
        }
        let ps = memchr::memrchr(b'\n', &t[..top - 1]).map_or(0, |p| p + 1);
        if count(ps, top - 1) != width {
            break;
        }
        top = ps;
    }
    if top == ls {
        return None;
    }
    let he = memchr::memchr(b'\n', &t[top..]).map_or(t.len(), |p| top + p);
    let mut spans = Vec::new();
    fields(t, top, he, sep, &mut spans);
    if !spans.iter().all(|&(a, b)| is_identifier(&t[a..b])) {
        return None;
    }
    spans.get(col).map(|&(a, b)| trim(&t[a..b]))
}

fn trim(f: &[u8]) -> &[u8] {
    let mut s = 0;
    let mut e = f.len();
    while s < e && matches!(f[s], b' ' | b'"' | b'\r') {
        s += 1;
    }
    while e > s && matches!(f[e - 1], b' ' | b'"' | b'\r') {
        e -= 1;
    }
    &f[s..e]
}

/// Field spans of one line (`start..end` within `t`), honouring double quotes.
fn fields(t: &[u8], s: usize, e: usize, sep: u8, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut i = s;
    let mut fs = s;
    let mut quoted = false;
    while i < e {
        let b = t[i];
        if b == b'"' {
            quoted = !quoted;
        } else if b == sep && !quoted {
            out.push((fs, i));
            fs = i + 1;
        }
        i += 1;
    }
    out.push((fs, e));
}

/// A value of the shape its column promises (a package name under `name` is not a person).
pub fn plausible(kind: EntityKind, v: &[u8]) -> bool {
    let digits = v.iter().filter(|b| b.is_ascii_digit()).count();
    match kind {
        EntityKind::Person => {
            super::util::char_at(v, 0)
                .is_some_and(|(c, _)| c.is_uppercase() || (!c.is_ascii() && c.is_alphabetic()))
                && digits == 0
        }
        EntityKind::DateOfBirth => digits >= 4,
        EntityKind::UsSsn => (6..=14).contains(&digits),
        EntityKind::Phone => (7..=15).contains(&digits),
        EntityKind::Address => digits >= 1 && v.len() >= 6,
        _ => true,
    }
}

/// The line starting at `s`: its end (before `\n`) and the next line's start.
fn line_at(t: &[u8], s: usize) -> (usize, usize) {
    match memchr::memchr(b'\n', &t[s.min(t.len())..]) {
        Some(p) => (s + p, s + p + 1),
        None => (t.len(), t.len() + 1),
    }
}

/// Findings in every table of `t`.
/// A Markdown table row `| a | b |` without its outer pipes, so its cells are the fields.
fn outer_pipes(t: &[u8], mut s: usize, mut e: usize, sep: u8) -> (usize, usize) {
    if sep != b'|' {
        return (s, e);
    }
    while e > s && matches!(t[e - 1], b' ' | b'\r') {
        e -= 1;
    }
    while s < e && t[s] == b' ' {
        s += 1;
    }
    if s < e && t[s] == b'|' {
        s += 1;
    }
    if e > s && t[e - 1] == b'|' {
        e -= 1;
    }
    (s, e)
}

pub fn scan(t: &[u8], out: &mut Out) {
    // Cheap gate: a table needs a line break and separators.
    if !t.contains(&b'\n') {
        return;
    }
    let mut spans = Vec::new();
    let mut ls = 0;
    while ls <= t.len() {
        // A header holds only identifier characters and separators: most lines
        // fail within a few bytes, and the rest of them is skipped with memchr.
        let (mut le, mut counts, mut header) = header_run(t, ls);
        let mut hs = ls;
        if !header {
            le = memchr::memchr(b'\n', &t[le..]).map_or(t.len(), |p| le + p);
            // A header that opens a JSON string (`"content": "ID,Name,DOB,plan⏎…`, a tool's
            // CSV result): its rows follow on the string's escaped lines, read as lines.
            let line = &t[ls..le];
            // Inside a JSON document inside a string, its quotes escaped (`\"content\": \"`):
            // the last string opened on the line.
            let opened = [&b"\": \""[..], b"\":\"", b"\\\": \\\"", b"\\\":\\\""]
                .iter()
                .filter_map(|p| memchr::memmem::rfind(line, p).map(|q| ls + q + p.len()))
                .max();
            if let Some(q) = opened.filter(|&q| q < le) {
                let (qe, c2, ok) = header_run(t, q);
                if ok && qe == le {
                    header = true;
                    counts = c2;
                    hs = q;
                }
            }
        }
        let next = le + 1;
        let (best, &most) = counts
            .iter()
            .enumerate()
            .max_by_key(|&(_, c)| *c)
            .unwrap_or((0, &0));
        if !header || most < 1 {
            ls = next;
            continue;
        }
        let sep = [b',', b'\t', b';', b'|'][best];
        let (hs, he) = outer_pipes(t, hs, le, sep);
        fields(t, hs, he, sep, &mut spans);
        if !spans.iter().all(|&(a, b)| is_identifier(&t[a..b])) {
            ls = next;
            continue;
        }
        let kinds: Vec<Option<EntityKind>> = spans
            .iter()
            .map(|&(a, b)| column_kind(trim(&t[a..b])))
            .collect();
        // A bare `name` beside `sku`, `price`, `qty` or `version` names a product.
        let mut kinds = kinds;
        let things = spans.iter().any(|&(a, b)| {
            let f = trim(&t[a..b]);
            [
                "sku", "product", "item", "qty", "quantity", "price", "version", "host",
                "hostname", "file", "path", "package", "model", "category", "service",
            ]
            .iter()
            .any(|w| f.eq_ignore_ascii_case(w.as_bytes()))
        });
        if things {
            for (k, &(a, b)) in kinds.iter_mut().zip(spans.iter()) {
                let f = trim(&t[a..b]);
                if *k == Some(EntityKind::Person)
                    && (f.eq_ignore_ascii_case(b"name") || f.eq_ignore_ascii_case(b"display_name"))
                {
                    *k = None;
                }
            }
        }
        if kinds.iter().all(Option::is_none) {
            ls = next;
            continue;
        }
        let width = spans.len();
        ls = next;
        // `psql` rules its header off (`----+-------+-----`).
        if ls < t.len() {
            let (re, rnext) = line_at(t, ls);
            let rule = &t[ls..re];
            if rule.contains(&b'-')
                && rule
                    .iter()
                    .all(|&b| matches!(b, b'-' | b'+' | b'|' | b' ' | b'\r'))
                && !rule.contains(&b'|')
            {
                ls = rnext;
            }
        }
        let mut after_wrapped_tail = false;
        while ls <= t.len() {
            let (mut re, mut next) = line_at(t, ls);
            // A quoted cell may hold line breaks (`"5083 W Belmont St⏎Naperville, IL …"`):
            // the row goes on until its quotes close (four lines at most).
            for _ in 0..4 {
                if memchr::memchr_iter(b'"', &t[ls..re])
                    .count()
                    .is_multiple_of(2)
                    || next > t.len()
                {
                    break;
                }
                (re, next) = line_at(t, next);
            }
            let (rs, re) = outer_pipes(t, ls, re, sep);
            fields(t, rs, re, sep, &mut spans);
            // A row of many columns hard-wrapped inside a cell (`…,prefers⏎email,google`):
            // with the next line it has its columns, the break inside the cell.
            if spans.len() < width && width >= 4 && next < t.len() && sep != b'|' {
                let (re2, next2) = line_at(t, next);
                fields(t, rs, re2, sep, &mut spans);
                if spans.len() == width {
                    next = next2;
                } else {
                    fields(t, rs, re, sep, &mut spans);
                }
            }
            // The end of the row before, wrapped onto a line of its own (`…,called⏎back`).
            if spans.len() == 1 && width >= 4 && !after_wrapped_tail {
                after_wrapped_tail = true;
                ls = next;
                continue;
            }
            after_wrapped_tail = false;
            if spans.len() != width {
                break;
            }
            // Two columns whose first cell is itself a column's name
            // (`Nombre⇥Cristian⏎Apellidos⇥Rojas Arango⏎Domicilio⇥…`) show a record of
            // labels and values, one per line, not a table under a header.
            if width == 2
                && kinds[0].is_some()
                && column_kind(trim(&t[spans[0].0..spans[0].1])).is_some()
            {
                break;
            }
            for (col, &(a, b)) in spans.iter().enumerate() {
                let Some(kind) = kinds[col] else { continue };
                // Trim spaces and quotes, keep the value itself.
                let mut a = a;
                let mut b = b;
                while a < b && matches!(t[a], b' ' | b'"' | b'\r') {
                    a += 1;
                }
                // The last row of a table inside a JSON string ends the string
                // (`1990-01-02"}`, `1990-01-02\"}"}`): that is no part of the value.
                if let Some(q) = t[a..b]
                    .windows(2)
                    .position(|w| w[0] == b'"' && matches!(w[1], b'}' | b']' | b','))
                {
                    b = a + q;
                }
                while b > a && matches!(t[b - 1], b' ' | b'"' | b'\r' | b'\\') {
                    b -= 1;
                }
                // A contact's phone beside the name (`Jones, Bethan (07700 900123)`).
                if kind == EntityKind::Person {
                    if let Some(p) = memchr::memmem::find(&t[a..b], b" (") {
                        b = a + p;
                    }
                }
                if b > a && plausible(kind, &t[a..b]) {
                    out.push((kind, "table_column", a, b));
                }
            }
            ls = next;
        }
    }
}

/// Fields of a line aligned with runs of two spaces or more (`name   email   dob`), trimmed.
fn aligned_fields(t: &[u8], s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut i = s;
    while i < e && t[i] == b' ' {
        i += 1;
    }
    let mut fs = i;
    while i < e {
        if t[i] == b' ' && at(t, i + 1) == b' ' {
            out.push((fs, i));
            while i < e && t[i] == b' ' {
                i += 1;
            }
            fs = i;
        } else {
            i += 1;
        }
    }
    let mut fe = e;
    while fe > fs && matches!(t[fe - 1], b' ' | b'\r') {
        fe -= 1;
    }
    if fe > fs {
        out.push((fs, fe));
    }
}

/// Tables whose columns are aligned with spaces, as a data frame, `psql` or a command's
/// listing prints them (`   name        email          dob⏎0  Ana Lopez   a@b.com   1982-03-25`):
/// a header of two or more column names, each a known column or a lower-case identifier,
/// one of them sensitive, then rows of as many fields (a leading row index is skipped).
pub fn aligned(t: &[u8], out: &mut Out) {
    if memchr::memchr(b'\n', t).is_none() {
        return;
    }
    let mut spans = Vec::new();
    let mut ls = 0;
    while ls < t.len() {
        let (le, next) = line_at(t, ls);
        // Cheap gate: a header's first word (after any indentation) is followed by two
        // spaces; most lines fail within a few bytes.
        let ws = ls
            + t[ls..le]
                .iter()
                .take(16)
                .take_while(|&&b| b == b' ')
                .count();
        // (A header's first name may be of two words or three: `Full name     Date of
        // birth    ID    Address`, as a PDF's table comes out as text.)
        let mut we = ws;
        for _ in 0..3 {
            let e = we
                + t[we..le]
                    .iter()
                    .take(40)
                    .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
                    .count();
            we = e;
            if at(t, e) == b' ' && at(t, e + 1).is_ascii_alphabetic() && e > ws {
                we = e + 1;
            } else {
                break;
            }
        }
        if we == ws
            || at(t, we) != b' '
            || at(t, we + 1) != b' '
            || le - ls > 200
            || !t[we..le].iter().all(|&b| {
                b.is_ascii_alphanumeric()
                    || matches!(b, b' ' | b'_' | b'-' | b'.' | b'\r')
                    || b >= 0x80
            })
        {
            ls = next;
            continue;
        }
        aligned_fields(t, ls, le, &mut spans);
        let kinds: Vec<Option<EntityKind>> =
            spans.iter().map(|&(a, b)| column_kind(&t[a..b])).collect();
        // Every name a column's: known, an identifier in lower case, or a short
        // capitalised label (`ID`, `Notes`) beside two known ones.
        let known = kinds.iter().filter(|k| k.is_some()).count();
        let named = spans.iter().zip(&kinds).all(|(&(a, b), k)| {
            let f = &t[a..b];
            k.is_some()
                || (is_identifier(f)
                    && f.iter()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_'))
                || (known >= 2
                    && f.len() <= 24
                    && std::str::from_utf8(f).is_ok_and(|f| {
                        // In any alphabet (`Număr card`, `Τηλέφωνο`).
                        f.chars().next().is_some_and(char::is_uppercase)
                            && f.chars().all(|c| c.is_alphanumeric() || c == ' ')
                    }))
        });
        if spans.len() < 2 || !named || kinds.iter().all(Option::is_none) {
            ls = next;
            continue;
        }
        let width = spans.len();
        let mut rs = next;
        while rs < t.len() {
            let (re, rnext) = line_at(t, rs);
            aligned_fields(t, rs, re, &mut spans);
            // A data frame's row index stands under no column name.
            if spans.len() == width + 1 && t[spans[0].0..spans[0].1].iter().all(u8::is_ascii_digit)
            {
                spans.remove(0);
            }
            if spans.len() != width {
                break;
            }
            for (col, &(a, b)) in spans.iter().enumerate() {
                if let Some(kind) = kinds[col] {
                    if plausible(kind, &t[a..b]) {
                        out.push((kind, "table_column", a, b));
                    }
                }
            }
            rs = rnext;
        }
        ls = rs.max(next);
    }
}

/// The bytes from `from` that a header line may hold (identifier characters and the
/// separators `,` tab `;` `|`, counted): where they stop, the separator counts, and
/// whether they reach the line's end.
fn header_run(t: &[u8], from: usize) -> (usize, [usize; 4], bool) {
    let mut counts = [0usize; 4];
    let mut k = from;
    while k < t.len() && t[k] != b'\n' {
        match t[k] {
            b',' => counts[0] += 1,
            b'\t' => counts[1] += 1,
            b';' => counts[2] += 1,
            b'|' => counts[3] += 1,
            b if b.is_ascii_alphanumeric()
                || matches!(b, b'_' | b' ' | b'-' | b'.' | b'"' | b'\r' | b'#')
                || b >= 0x80 => {}
            _ => return (k, counts, false),
        }
        k += 1;
    }
    (k, counts, true)
}

/// Values of `INSERT … (col, col, …) VALUES (v, v, …), (…)` under sensitive columns.
pub fn sql_values(t: &[u8], out: &mut Out) {
    const KW: &[u8] = b"values";
    for at in memchr::memchr2_iter(b'V', b'v', t) {
        let word_start = at == 0 || !(t[at - 1].is_ascii_alphanumeric() || t[at - 1] == b'_');
        if word_start
            && t.get(at..at + KW.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(KW))
        {
            sql_insert(t, at, at + KW.len(), out);
        }
    }
}

/// Rows of a PostgreSQL dump, `COPY t (id, name, dob, …) FROM stdin;` then one
/// tab-separated row per line up to `\.`: each value has the kind of its column. `close`
/// is the `)` of the column list, right before ` FROM stdin` (the keyword prefilter finds
/// it).
pub fn copy_rows(t: &[u8], close: usize, out: &mut Out) {
    let from = close + b") from stdin".len();
    let Some(kinds) = column_list_before(t, close) else {
        return;
    };
    if kinds.iter().all(Option::is_none) {
        return;
    }
    let Some(nl) = memchr::memchr(b'\n', &t[from.min(t.len())..]).map(|q| from + q + 1) else {
        return;
    };
    let mut ls = nl;
    let mut spans = Vec::new();
    while ls < t.len() && !t[ls..].starts_with(b"\\.") {
        let (le, next) = line_at(t, ls);
        fields(t, ls, le, b'\t', &mut spans);
        if spans.len() != kinds.len() {
            break;
        }
        for (col, &(a, b)) in spans.iter().enumerate() {
            if let Some(kind) = kinds[col] {
                if b > a && &t[a..b] != b"\\N" && plausible(kind, &t[a..b]) {
                    out.push((kind, "sql_column", a, b));
                }
            }
        }
        ls = next;
    }
}

/// The kinds of the columns of a SQL column list `( … )` whose `)` is at `close`.
fn column_list_before(t: &[u8], close: usize) -> Option<Vec<Option<EntityKind>>> {
    let open = t[close.saturating_sub(400)..close]
        .iter()
        .rposition(|&b| b == b'(')
        .map(|p| close.saturating_sub(400) + p)?;
    Some(
        t[open + 1..close]
            .split(|&b| b == b',')
            .map(|c| {
                let c: Vec<u8> = c
                    .iter()
                    .copied()
                    .filter(|b| {
                        !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'`' | b'"' | b'[' | b']')
                    })
                    .collect();
                column_kind(&c)
            })
            .collect(),
    )
}

/// Past ASCII whitespace from `i`.
fn skip_ws(t: &[u8], mut i: usize) -> usize {
    while i < t.len() && t[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// One insert whose `VALUES` keyword is `t[kw..after]`.
fn sql_insert(t: &[u8], kw: usize, after: usize, out: &mut Out) {
    // The column list: `( … )` right before the keyword.
    let mut close = kw;
    while close > 0 && t[close - 1].is_ascii_whitespace() {
        close -= 1;
    }
    if close == 0 || t[close - 1] != b')' {
        return;
    }
    let close = close - 1;
    let Some(kinds) = column_list_before(t, close) else {
        return;
    };
    if kinds.iter().all(Option::is_none) || kinds.len() > 64 {
        return;
    }
    // Tuples, until something else follows.
    let mut i = after;
    loop {
        i = skip_ws(t, i);
        if i >= t.len() || t[i] != b'(' {
            return;
        }
        i += 1;
        let mut col = 0;
        loop {
            i = skip_ws(t, i);
            let (a, b, next) = if i < t.len() && t[i] == b'\'' {
                // A quoted value; `''` is an escaped quote.
                let a = i + 1;
                let mut k = a;
                while k < t.len() && !(t[k] == b'\'' && t.get(k + 1) != Some(&b'\'')) {
                    k += if t[k] == b'\'' { 2 } else { 1 };
                }
                (a, k.min(t.len()), k + 1)
            } else {
                let a = i;
                let mut k = a;
                while k < t.len() && !matches!(t[k], b',' | b')' | b'\n') {
                    k += 1;
                }
                let mut b = k;
                while b > a && t[b - 1] == b' ' {
                    b -= 1;
                }
                (a, b, k)
            };
            if let Some(Some(kind)) = kinds.get(col) {
                if b > a && plausible(*kind, &t[a..b]) {
                    out.push((*kind, "sql_column", a, b));
                }
            }
            col += 1;
            i = skip_ws(t, next);
            match t.get(i) {
                Some(b',') => i += 1,
                Some(b')') => {
                    i += 1;
                    break;
                }
                _ => return,
            }
            if col > 64 {
                return;
            }
        }
        i = skip_ws(t, i);
        if t.get(i) == Some(&b',') {
            i += 1;
        } else {
            return;
        }
    }
}
