# -*- coding: utf-8 -*-
"""Machine-ish shapes: API payloads, telemetry, logs, tables, configs,
forms, code.  Everything is built as Docs so spans survive escaping."""
import random

import dates
import decoys as DC
import fill
import pii
from content import body, sentence, filler, reply, record, pick_fields
from fill import pick
from spans import Doc, jdump, json_esc, json_esc_ascii, csv_esc, sql_esc, html_esc, E, D, cat

MODELS_OAI = ["gpt-4o-mini", "gpt-4o-2024-08-06", "gpt-4.1", "gpt-4.1-mini", "o3-mini", "gpt-3.5-turbo"]
MODELS_ANT = ["claude-3-5-sonnet-20241022", "claude-3-5-haiku-20241022", "claude-sonnet-4-20250514", "claude-3-opus-20240229"]
SYSTEMS = ["You are a helpful assistant.", "You are a customer support agent. Be concise and polite.", "Extract the customer's details and return JSON.",
           "You are an HR assistant. Never reveal salaries.", "You are a medical scribe. Summarise the consultation.", "Answer in the user's language.",
           "You help people write emails.", "You are a travel booking assistant."]


def rid(rng, n=24, alpha="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alpha) for _ in range(n))


def extraction_json(ctx, focus):
    fs = pick_fields(ctx, focus)
    rec = record(ctx, fs, pkey="1")
    return jdump({HEAD[k]: v for k, v in rec.items()}, indent=pick(ctx.rng, [None, 2]))


def openai_req(ctx, focus):
    rng = ctx.rng
    msgs = [{"role": "system", "content": pick(rng, SYSTEMS)}]
    if rng.random() < .35:
        msgs.append({"role": "user", "content": body(ctx, pick(rng, ["person", "filler"]) if False else "person", extra=0)})
        msgs.append({"role": "assistant", "content": reply(ctx)})
    msgs.append({"role": "user", "content": body(ctx, focus)})
    obj = {"model": pick(rng, MODELS_OAI), "messages": msgs}
    if rng.random() < .5:
        obj["temperature"] = pick(rng, [0, 0.2, 0.7, 1])
    if rng.random() < .3:
        obj["user"] = "usr_" + rid(rng, 10)
    return jdump(obj, indent=pick(rng, [None, None, 2]), ascii=rng.random() < .3)


def openai_resp(ctx, focus):
    rng = ctx.rng
    content = extraction_json(ctx, focus) if rng.random() < .4 else cat(reply(ctx), Doc().t("\n\n"), body(ctx, focus))
    obj = {"id": "chatcmpl-" + rid(rng, 29), "object": "chat.completion", "created": rng.randrange(1700000000, 1760000000), "model": pick(rng, MODELS_OAI),
           "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
           "usage": {"prompt_tokens": rng.randrange(20, 900), "completion_tokens": rng.randrange(10, 500)}}
    return jdump(obj, indent=pick(rng, [None, 2]), ascii=rng.random() < .3)


def anthropic_req(ctx, focus):
    rng = ctx.rng
    content = [{"type": "text", "text": body(ctx, focus)}] if rng.random() < .6 else body(ctx, focus)
    obj = {"model": pick(rng, MODELS_ANT), "max_tokens": pick(rng, [512, 1024, 4096]), "system": pick(rng, SYSTEMS), "messages": [{"role": "user", "content": content}]}
    return jdump(obj, indent=pick(rng, [None, 2]), ascii=rng.random() < .3)


def anthropic_resp(ctx, focus):
    rng = ctx.rng
    text = extraction_json(ctx, focus) if rng.random() < .35 else cat(reply(ctx), Doc().t("\n\n"), body(ctx, focus))
    obj = {"id": "msg_" + rid(rng, 24), "type": "message", "role": "assistant", "model": pick(rng, MODELS_ANT), "content": [{"type": "text", "text": text}],
           "stop_reason": "end_turn", "usage": {"input_tokens": rng.randrange(30, 2000), "output_tokens": rng.randrange(20, 800)}}
    return jdump(obj, indent=pick(rng, [None, 2]), ascii=rng.random() < .3)


def otlp(ctx, focus):
    rng = ctx.rng
    d = Doc()
    sysname = pick(rng, ["openai", "anthropic", "vertex_ai", "mistral_ai", "aws.bedrock"])
    d.t("span name=\"chat %s\" trace_id=" % sysname).d("HEX_HASH", DC.hex_hash(random.Random(rng.random())) if False else "".join(rng.choice("0123456789abcdef") for _ in range(32)))
    d.t(" span_id=" + "".join(rng.choice("0123456789abcdef") for _ in range(16)) + " kind=CLIENT\n")
    ind = pick(rng, ["  ", "    ", "\t"])
    q = pick(rng, ['"', '"', "'"])
    esc = json_esc if q == '"' else (lambda s: s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n"))
    d.t(ind + "gen_ai.system=%s%s%s\n" % (q, sysname, q))
    d.t(ind + "gen_ai.request.model=%s%s%s\n" % (q, pick(rng, MODELS_OAI + MODELS_ANT), q))
    i = 0
    if rng.random() < .6:
        d.t(ind + "gen_ai.prompt.0.role=%ssystem%s\n" % (q, q))
        d.t(ind + "gen_ai.prompt.0.content=%s" % q).add(Doc().t(pick(rng, SYSTEMS)), esc=esc).t(q + "\n")
        i = 1
    d.t(ind + "gen_ai.prompt.%d.role=%suser%s\n" % (i, q, q))
    d.t(ind + "gen_ai.prompt.%d.content=%s" % (i, q)).add(body(ctx, focus), esc=esc).t(q + "\n")
    if rng.random() < .7:
        d.t(ind + "gen_ai.completion.0.role=%sassistant%s\n" % (q, q))
        d.t(ind + "gen_ai.completion.0.content=%s" % q).add(reply(ctx), esc=esc).t(q + "\n")
    d.t(ind + "gen_ai.usage.input_tokens=%d\n" % rng.randrange(20, 3000))
    d.t(ind + "gen_ai.usage.output_tokens=%d" % rng.randrange(5, 900))
    if rng.random() < .4:
        d.t("\n" + ind + "service.version=").d("VERSION", DC.version(rng))
    return d


TOOLS = {
    "person": ("create_contact", [("name", "name"), ("email", "email"), ("company", "company")]),
    "dob": ("book_appointment", [("patient_name", "name"), ("date_of_birth", "dob_iso"), ("preferred_date", "created")]),
    "address": ("update_shipping_address", [("customer", "name"), ("address", "address"), ("order_id", "order")]),
    "phone": ("schedule_callback", [("contact_name", "name"), ("phone", "phone")]),
    "email": ("send_invite", [("invitee", "name"), ("email", "email")]),
    "password": ("reset_password", [("username", "email"), ("new_password", "password")]),
    "health": ("add_patient_note", [("patient", "name"), ("condition", "health"), ("medication", "med")]),
    "iban": ("send_payment", [("beneficiary_name", "name"), ("iban", "iban"), ("amount", "amount")]),
    "card": ("charge_card", [("cardholder", "name"), ("card_number", "card"), ("amount", "amount")]),
    "ssn": ("verify_identity", [("full_name", "name"), ("ssn", "ssn"), ("dob", "dob_iso")]),
    "ip": ("lookup_login_events", [("user_email", "email"), ("ip", "ip")]),
    "mixed": ("create_customer", [("name", "name"), ("dob", "dob"), ("address", "address"), ("phone", "phone")]),
}


def tool_args(ctx, focus):
    fn, spec = TOOLS[focus if focus in TOOLS else "person"]
    if focus == "ssn" and ctx.locale != "en_US":
        fn, spec = TOOLS["mixed"]
    rec = record(ctx, [f for _, f in spec], pkey="1")
    return fn, {k: rec[f] for k, f in spec}


def tool_call(ctx, focus):
    rng = ctx.rng
    fn, args = tool_args(ctx, focus)
    style = rng.random()
    if style < .55:  # OpenAI: arguments is a JSON string
        argdoc = jdump(args, sep=pick(rng, [(", ", ": "), (",", ":")]), ascii=rng.random() < .25)
        obj = {"role": "assistant", "content": None, "tool_calls": [{"id": "call_" + rid(rng, 24), "type": "function", "function": {"name": fn, "arguments": argdoc}}]}
    elif style < .85:  # Anthropic tool_use: input is an object
        obj = {"role": "assistant", "content": [{"type": "text", "text": reply(ctx)}, {"type": "tool_use", "id": "toolu_" + rid(rng, 24), "name": fn, "input": args}]}
    else:  # tool result echoed back as a string
        argdoc = jdump(args)
        obj = {"role": "tool", "tool_call_id": "call_" + rid(rng, 24), "content": cat(Doc().t('{"status": "ok", "record": '), argdoc, Doc().t("}"))}
    return jdump(obj, indent=pick(rng, [None, 2]), ascii=rng.random() < .2)


def json_log(ctx, focus):
    rng = ctx.rng
    d = Doc()
    for i in range(rng.randrange(1, 4)):
        fs = pick_fields(ctx, focus, n_extra=rng.randrange(0, 2))
        rec = record(ctx, fs)
        obj = {"ts": DC.event_ts(rng), "level": pick(rng, ["info", "warn", "error", "debug"]), "msg": pick(rng, ["user updated profile", "signup completed", "payment failed", "login", "address validation failed", "export finished"]),
               "trace_id": D("HEX_HASH", "".join(rng.choice("0123456789abcdef") for _ in range(32)))}
        keymap = {"name": "user_name", "name_v": "customer", "email": "email", "phone": "phone", "dob": "dob", "dob_iso": "birth_date", "address": "address", "ip": "client_ip",
                  "iban": "iban", "card": "card_number", "ssn": "ssn", "password": "password", "health": "diagnosis", "id": "user_id", "created": "created_at", "company": "org",
                  "amount": "amount", "status": "status", "order": "order_id"}
        for k, v in rec.items():
            obj[keymap.get(k, k)] = v
        if rng.random() < .4:
            obj["client_ip"] = E("IP_ADDRESS", pii.ip(rng))
        d.add(jdump(obj, sep=pick(rng, [(",", ":"), (", ", ": ")]), ascii=rng.random() < .2))
        d.t("\n")
    return d


def kv_log(ctx, focus):
    rng = ctx.rng
    d = Doc()
    for i in range(rng.randrange(1, 4)):
        fs = pick_fields(ctx, focus, n_extra=rng.randrange(0, 2))
        rec = record(ctx, fs)
        d.t("ts=" + DC.event_ts(rng) + " level=" + pick(rng, ["INFO", "WARN", "ERROR"]) + " svc=" + pick(rng, ["checkout", "auth", "crm-sync", "notifier", "kyc-worker"]))
        d.t(' msg="' + pick(rng, ["profile saved", "kyc check", "retrying", "webhook received", "validation error"]) + '"')
        for k, v in rec.items():
            plain = v.plain()
            quote = any(c in plain for c in ' ,"\n')
            d.t(" %s=" % {"name": "user", "name_v": "customer", "dob_iso": "dob", "address": "addr", "card": "pan", "health": "dx", "id": "uid"}.get(k, k))
            if quote:
                d.t('"').add(v, esc=json_esc).t('"')
            else:
                d.add(v)
        if rng.random() < .5:
            d.t(" remote_addr=").e("IP_ADDRESS", pii.ipv4(rng))
        d.t(" dur=%dms\n" % rng.randrange(2, 2000))
    return d


def access_log(ctx, focus):
    rng = ctx.rng
    d = Doc()
    for i in range(rng.randrange(2, 5)):
        d.e("IP_ADDRESS", pii.ip(rng)).t(' - - [%02d/%s/%d:%02d:%02d:%02d +0000] "' % (rng.randrange(1, 29), pick(rng, dates.MON_ABBR_EN), rng.randrange(2023, 2026), rng.randrange(24), rng.randrange(60), rng.randrange(60)))
        r = rng.random()
        if r < .4:
            d.t("GET /api/v1/users/").e("EMAIL", pii.email(rng, ctx.new_person(), ctx.locale)).t("/profile HTTP/1.1")
        elif r < .6:
            d.t("GET /api/v1/orders/").d("ORDER_ID", "%d" % rng.randrange(10 ** 6, 10 ** 9)).t(" HTTP/1.1")
        else:
            d.t("%s %s HTTP/1.1" % (pick(rng, ["GET", "POST"]), pick(rng, ["/login", "/checkout", "/static/app.js", "/healthz", "/api/v2/search?q=shoes"])))
        d.t('" %d %d "-" "%s"\n' % (pick(rng, [200, 200, 302, 401, 404, 500]), rng.randrange(100, 90000), pick(rng, ["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "curl/8.4.0", "okhttp/4.12.0", "python-requests/2.31.0"])))
    return d


HEAD = {"id": "id", "name": "name", "name_v": "customer", "given": "first_name", "family": "last_name", "email": "email", "phone": "phone", "dob": "dob", "dob_iso": "date_of_birth",
        "address": "address", "iban": "iban", "card": "card_number", "ssn": "ssn", "ip": "last_ip", "password": "password", "health": "condition", "med": "medication",
        "created": "created_at", "amount": "balance", "company": "company", "status": "status", "order": "order_id", "plan": "plan"}
HEAD_L = {"de": {"name": "Name", "dob": "Geburtsdatum", "address": "Anschrift", "phone": "Telefon", "email": "E-Mail"},
          "fr": {"name": "Nom", "dob": "Date de naissance", "address": "Adresse", "phone": "Téléphone"},
          "es": {"name": "Nombre", "dob": "Fecha de nacimiento", "address": "Dirección", "phone": "Teléfono"},
          "ja": {"name": "氏名", "dob": "生年月日", "address": "住所", "phone": "電話番号", "email": "メール"},
          "zh": {"name": "姓名", "dob": "出生日期", "address": "地址", "phone": "电话", "email": "邮箱"}}


def _head(ctx, f):
    return HEAD_L.get(ctx.lang, {}).get(f, HEAD[f])


def _rows(ctx, focus, n=None):
    rng = ctx.rng
    fs = pick_fields(ctx, focus)
    if rng.random() < .25 and "name" in fs:
        i = fs.index("name")
        fs[i:i + 1] = ["given", "family"]
    n = n or rng.randrange(2, 6)
    rows = []
    for j in range(n):
        ctx.used = set()
        rows.append(record(ctx, fs))
    return fs, rows


def csv_shape(ctx, focus, sep=","):
    rng = ctx.rng
    fs, rows = _rows(ctx, focus)
    d = Doc().t(sep.join(_head(ctx, f) for f in fs) + "\n")
    for r in rows:
        for i, f in enumerate(fs):
            v = r[f]
            pl = v.plain()
            if sep == "," and any(c in pl for c in ',"\n'):
                d.t('"').add(v, esc=csv_esc).t('"')
            elif sep == "\t":
                d.add(v, esc=lambda s: s.replace("\n", " ").replace("\t", " "))
            else:
                d.add(v)
            d.t(sep if i < len(fs) - 1 else "\n")
    return d


def tsv_shape(ctx, focus):
    return csv_shape(ctx, focus, sep="\t")


def md_table(ctx, focus):
    rng = ctx.rng
    fs, rows = _rows(ctx, focus)
    fs = [f for f in fs if f != "address"] + (["address"] if "address" in fs else [])
    d = Doc()
    if rng.random() < .5:
        d.t(pick(rng, ["## Contacts\n\n", "### Customers to call back\n\n", "**On-call roster**\n\n", "## Participants\n\n"]))
    d.t("| " + " | ".join(_head(ctx, f) for f in fs) + " |\n|" + "|".join("---" for _ in fs) + "|\n")
    for r in rows:
        d.t("| ")
        for i, f in enumerate(fs):
            d.add(r[f], esc=lambda s: s.replace("\n", "<br>").replace("|", "\\|"))
            d.t(" | " if i < len(fs) - 1 else " |\n")
    return d


def sql_insert(ctx, focus):
    rng = ctx.rng
    fs, rows = _rows(ctx, focus)
    table = pick(rng, ["customers", "users", "patients", "employees", "contacts", "leads", "members"])
    d = Doc()
    if rng.random() < .3:
        d.t("-- seed data exported " + "%04d-%02d-%02d" % dates.rand_ymd(rng, 2023, 2025) + "\n")
    d.t("INSERT INTO %s (%s) VALUES\n" % (table, ", ".join(HEAD[f] for f in fs)))
    for j, r in enumerate(rows):
        d.t("  (")
        for i, f in enumerate(fs):
            v = r[f]
            if f == "id":
                d.add(v)
            else:
                d.t("'").add(v, esc=lambda s: sql_esc(s).replace("\n", "\\n")).t("'")
            d.t(", " if i < len(fs) - 1 else "")
        d.t(")" + (",\n" if j < len(rows) - 1 else ";\n"))
    return d


def _yaml_scalar(v):
    pl = v.plain()
    if any(c in pl for c in ":#'\"\n") or pl[:1] in "-?[{&*!|>%@`" or pl.strip() != pl:
        return Doc().t('"').add(v, esc=json_esc).t('"')
    return v


def yaml_shape(ctx, focus):
    rng = ctx.rng
    d = Doc()
    kind = rng.random()
    if kind < .4:
        d.t("# fixtures/%s.yml\n" % pick(rng, ["users", "patients", "customers", "staff"]))
        fs, rows = _rows(ctx, focus, n=rng.randrange(1, 4))
        for r in rows:
            first = True
            for f in fs:
                d.t("- " if first else "  ").t(HEAD[f] + ": ").add(_yaml_scalar(r[f])).t("\n")
                first = False
    elif kind < .7:
        d.t("oncall:\n  team: ").t(pick(rng, ["payments", "platform", "sre", "data"])).t("\n  rotation:\n")
        for k in ["1", "2"]:
            rec = record(ctx, ["name", "phone", "email"], pkey=k)
            d.t("    - name: ").add(_yaml_scalar(rec["name"])).t("\n      phone: ").add(_yaml_scalar(rec["phone"])).t("\n      email: ").add(rec["email"]).t("\n")
        d.t("  escalation_policy: ").d("CODE_IDENT", pick(rng, ["sev1-page", "p1_escalation", "default-policy"])).t("\n")
        if focus in ("password", "ip", "address", "dob", "health", "iban", "card"):
            rec = record(ctx, [{"password": "password", "ip": "ip", "address": "address", "dob": "dob", "health": "health", "iban": "iban", "card": "card"}[focus]], pkey="1")
            k, v = list(rec.items())[0]
            d.t("  notes:\n    %s: " % HEAD[k]).add(_yaml_scalar(v)).t("\n")
    else:
        d.t("app:\n  name: ").d("PROPER_NOUN", pick(rng, DC.BOTS)).t("\n  version: ").d("VERSION", DC.version(rng)).t("\nsmtp:\n  host: smtp.%s\n  user: " % pick(rng, pii.CORP))
        p = ctx.person("1")
        d.e("EMAIL", pii.email(rng, p, ctx.locale)).t("\n  password: ").add(_yaml_scalar(E("PASSWORD", pii.password(rng, ctx.locale)))).t("\nowner:\n  name: ").e("PERSON", p.full())
        if focus in ("phone", "address", "dob", "mixed"):
            d.t("\n  phone: ").add(_yaml_scalar(E("PHONE", pii.phone(rng, ctx.locale))))
        d.t("\n")
    return d


def env_shape(ctx, focus):
    rng = ctx.rng
    p = ctx.person("1")
    d = Doc().t(pick(rng, ["# .env — DO NOT COMMIT\n", "# local overrides\n", ""]))
    d.t("NODE_ENV=production\nDB_HOST=db.internal\nDB_USER=app\nDB_PASSWORD=").e("PASSWORD", pii.password(rng, ctx.locale)).t("\n")
    if rng.random() < .6:
        d.t("ADMIN_EMAIL=").e("EMAIL", pii.email(rng, p, ctx.locale)).t("\n")
    if rng.random() < .5 or focus == "person":
        d.t('SUPPORT_CONTACT_NAME="').e("PERSON", p.full()).t('"\n')
    if focus in ("phone", "mixed") or rng.random() < .3:
        d.t('ALERT_SMS_TO="').e("PHONE", pii.phone(rng, ctx.locale)).t('"\n')
    if focus == "ip" or rng.random() < .3:
        d.t("ALLOWED_ADMIN_IP=").e("IP_ADDRESS", pii.ipv4(rng)).t("\n")
    d.t("API_KEY_PLACEHOLDER=").d("CODE_IDENT", pick(rng, ["REPLACE_ME", "<your-api-key>", "changeme", "YOUR_PASSWORD_HERE"])).t("\n")
    d.t("SENTRY_RELEASE=").d("VERSION", DC.version(rng).replace(" ", "-")).t("\n")
    return d


def ini_shape(ctx, focus):
    rng = ctx.rng
    p = ctx.person("1")
    d = Doc().t("[database]\nhost = %s\nport = 5432\nuser = svc_app\npassword = " % pick(rng, ["db.internal", "postgres.svc.cluster.local", "localhost", "pg-primary"])).e("PASSWORD", pii.password(rng, ctx.locale)).t("\n\n[owner]\nname = ").e("PERSON", p.full_variant(rng))
    d.t("\nemail = ").e("EMAIL", pii.email(rng, p, ctx.locale))
    if focus in ("phone", "mixed", "address"):
        d.t("\nphone = ").e("PHONE", pii.phone(rng, ctx.locale))
    d.t("\n\n[build]\nversion = ").d("VERSION", DC.version(rng)).t("\ncommit = ").d("HEX_HASH", "".join(rng.choice("0123456789abcdef") for _ in range(40))).t("\n")
    return d


def xml_shape(ctx, focus):
    rng = ctx.rng
    fs, rows = _rows(ctx, focus, n=rng.randrange(1, 3))
    tag = pick(rng, ["customer", "patient", "employee", "contact", "applicant"])
    d = Doc().t('<?xml version="1.0" encoding="UTF-8"?>\n<%ss>\n' % tag)
    for r in rows:
        d.t("  <%s>\n" % tag)
        for f in fs:
            d.t("    <%s>" % HEAD[f]).add(r[f], esc=lambda s: html_esc(s).replace("\n", "&#10;")).t("</%s>\n" % HEAD[f])
        d.t("  </%s>\n" % tag)
    d.t("</%ss>" % tag)
    return d


def vcard(ctx, focus):
    rng = ctx.rng
    p = ctx.person("1")
    d = Doc().t("BEGIN:VCARD\nVERSION:%s\n" % pick(rng, ["3.0", "4.0"]))
    d.t("FN:").e("PERSON", p.full()).t("\n")
    if rng.random() < .5:
        d.t("N:").e("PERSON", p.family()).t(";").e("PERSON", p.given()).t(";;;\n")
    if rng.random() < .5:
        d.t("ORG:").d("PROPER_NOUN", pick(rng, DC.COMPANIES)).t("\n")
    d.t("TEL;TYPE=CELL:").e("PHONE", pii.phone(rng, ctx.locale)).t("\n")
    if rng.random() < .4:
        d.t("TEL;TYPE=WORK:").e("PHONE", pii.phone(rng, ctx.locale, ext=rng.random() < .5)).t("\n")
    d.t("EMAIL:").e("EMAIL", pii.email(rng, p, ctx.locale)).t("\n")
    if focus in ("address", "mixed") or rng.random() < .5:
        d.t("LABEL;TYPE=HOME:").add(E("ADDRESS", pii.address(rng, ctx.locale, multiline=True)), esc=lambda s: s.replace("\n", "\\n").replace(",", "\\,")).t("\n")
    if focus in ("dob", "mixed") or rng.random() < .6:
        y, m, dd = dates.rand_ymd(rng, 1940, 2008)
        d.t("BDAY:").e("DATE_OF_BIRTH", pick(rng, ["%04d-%02d-%02d", "%04d%02d%02d"]) % (y, m, dd)).t("\n")
    d.t("REV:").d("DATE", "%04d-%02d-%02d" % dates.rand_ymd(rng, 2021, 2025)).t("\nEND:VCARD")
    return d


def ics(ctx, focus):
    rng = ctx.rng
    y, m, dd = dates.rand_ymd(rng, 2024, 2026)
    p1, p2 = ctx.person("1"), ctx.person("2")
    d = Doc().t("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:" + rid(rng, 20) + "@cal\nDTSTART:%04d%02d%02dT%02d0000Z\n" % (y, m, dd, rng.randrange(7, 18)))
    d.t("SUMMARY:").add(fill.fill(ctx, pick(rng, ["1:1 ⟦P1.g⟧ / ⟦P2.g⟧", "Dentist – ⟦P2.g⟧", "Quarterly Planning", "Call with ⟦P2⟧", "Physio for ⟦P2.g⟧ (⟦H:proc⟧)" if ctx.lang == "en" else "Call with ⟦P2⟧"]))).t("\n")
    d.t("ORGANIZER;CN=").e("PERSON", p1.full()).t(":mailto:").e("EMAIL", pii.email(rng, p1, ctx.locale)).t("\n")
    d.t("ATTENDEE;CN=").e("PERSON", p2.full()).t(";RSVP=TRUE:mailto:").e("EMAIL", pii.email(rng, p2, ctx.locale)).t("\n")
    if focus in ("address", "mixed") or rng.random() < .4:
        d.t("LOCATION:").add(E("ADDRESS", pii.address(rng, ctx.locale, multiline=False)), esc=lambda s: s.replace(",", "\\,")).t("\n")
    else:
        d.t("LOCATION:").d("PROPER_NOUN", pick(rng, DC.PLACES)).t("\n")
    d.t("DESCRIPTION:").add(sentence(ctx, focus), esc=lambda s: s.replace("\n", "\\n").replace(",", "\\,")).t("\nEND:VEVENT\nEND:VCALENDAR")
    return d


def html_form(ctx, focus):
    rng = ctx.rng
    fs = pick_fields(ctx, focus)
    rec = record(ctx, fs, pkey="1")
    d = Doc().t('<form action="/%s" method="post">\n' % pick(rng, ["signup", "checkout", "profile/update", "apply", "register"]))
    for f in fs:
        v = rec[f]
        name = HEAD[f]
        d.t('  <label for="%s">%s</label>\n' % (name, name.replace("_", " ").capitalize()))
        if f in ("address",) and rng.random() < .5:
            d.t('  <textarea id="%s" name="%s">' % (name, name)).add(v, esc=html_esc).t("</textarea>\n")
        else:
            typ = {"email": "email", "phone": "tel", "dob_iso": "date", "password": "password"}.get(f, "text")
            d.t('  <input type="%s" id="%s" name="%s" value="' % (typ, name, name)).add(v, esc=html_esc).t('">\n')
    d.t('  <button type="submit">Submit</button>\n</form>')
    return d


KYC_LABELS = {
    "en": ["Full legal name", "Date of birth", "Residential address", "Phone", "Email", "Nationality", "Occupation", "Source of funds"],
    "de": ["Vollständiger Name", "Geburtsdatum", "Wohnanschrift", "Telefon", "E-Mail", "Staatsangehörigkeit", "Beruf", "Herkunft der Mittel"],
    "fr": ["Nom complet", "Date de naissance", "Adresse", "Téléphone", "E-mail", "Nationalité", "Profession", "Origine des fonds"],
    "es": ["Nombre completo", "Fecha de nacimiento", "Domicilio", "Teléfono", "Correo", "Nacionalidad", "Profesión", "Origen de fondos"],
    "pt": ["Nome completo", "Data de nascimento", "Morada", "Telefone", "E-mail", "Nacionalidade", "Profissão", "Origem dos fundos"],
    "it": ["Nome e cognome", "Data di nascita", "Indirizzo di residenza", "Telefono", "E-mail", "Cittadinanza", "Professione", "Origine dei fondi"],
    "nl": ["Volledige naam", "Geboortedatum", "Woonadres", "Telefoon", "E-mail", "Nationaliteit", "Beroep", "Herkomst van middelen"],
    "pl": ["Imię i nazwisko", "Data urodzenia", "Adres zamieszkania", "Telefon", "E-mail", "Obywatelstwo", "Zawód", "Źródło środków"],
    "tr": ["Ad Soyad", "Doğum tarihi", "İkamet adresi", "Telefon", "E-posta", "Uyruk", "Meslek", "Fon kaynağı"],
    "ru": ["ФИО", "Дата рождения", "Адрес проживания", "Телефон", "Эл. почта", "Гражданство", "Профессия", "Источник средств"],
    "ja": ["氏名", "生年月日", "住所", "電話番号", "メールアドレス", "国籍", "職業", "資金源"],
    "zh": ["姓名", "出生日期", "居住地址", "电话", "电子邮箱", "国籍", "职业", "资金来源"],
    "ko": ["성명", "생년월일", "주소", "전화번호", "이메일", "국적", "직업", "자금 출처"],
    "ar": ["الاسم الكامل", "تاريخ الميلاد", "عنوان السكن", "الهاتف", "البريد الإلكتروني", "الجنسية", "المهنة", "مصدر الأموال"],
    "id": ["Nama lengkap", "Tanggal lahir", "Alamat", "Telepon", "Email", "Kewarganegaraan", "Pekerjaan", "Sumber dana"],
    "vi": ["Họ và tên", "Ngày sinh", "Địa chỉ", "Điện thoại", "Email", "Quốc tịch", "Nghề nghiệp", "Nguồn tiền"],
    "sv": ["Fullständigt namn", "Födelsedatum", "Bostadsadress", "Telefon", "E-post", "Medborgarskap", "Yrke", "Medlens ursprung"],
}


def kyc_form(ctx, focus):
    rng = ctx.rng
    L = KYC_LABELS.get(ctx.lang, KYC_LABELS["en"])
    p = ctx.person("1")
    d = Doc().t(pick(rng, ["KYC — Individual Applicant\n", "Customer Due Diligence Form\n", "Onboarding / Identity verification\n", "=== KYC ===\n"]))
    d.t("Case ref: ").d("ORDER_ID", DC.order_id(rng)).t("\n\n")
    colon = pick(rng, [": ", ":\t", " : ", " — "])
    d.t(L[0] + colon).e("PERSON", p.full_variant(rng) if rng.random() < .5 else p.full()).t("\n")
    d.t(L[1] + colon).e("DATE_OF_BIRTH", ctx.dob()).t("\n")
    d.t(L[2] + colon).e("ADDRESS", pii.address(rng, ctx.locale, multiline=False)).t("\n")
    if rng.random() < .7:
        d.t(L[3] + colon).e("PHONE", pii.phone(rng, ctx.locale)).t("\n")
    if rng.random() < .6:
        d.t(L[4] + colon).e("EMAIL", pii.email(rng, p, ctx.locale)).t("\n")
    d.t(L[5] + colon + pick(rng, ["DE", "FR", "NG", "IN", "BR", "JP", "GB", "US", "PL", "TR", "KE"]) + "\n")
    d.t(L[6] + colon + pick(rng, ["Engineer", "Teacher", "Nurse", "Self-employed", "Student", "Retired", "Architect"]) + "\n")
    if focus in ("iban", "mixed") or rng.random() < .4:
        d.t("IBAN" + colon).e("IBAN", pii.iban_for(rng, ctx.locale)).t("\n")
    if ctx.locale == "en_US" and (focus == "ssn" or rng.random() < .4):
        d.t("SSN" + colon).e("US_SSN", pii.ssn(rng)).t("\n")
    d.t("Submitted" + colon).d("DATE", "%04d-%02d-%02d" % dates.rand_ymd(rng, 2023, 2025)).t("\n")
    if rng.random() < .5:
        d.t("Checked by" + colon).e("PERSON", ctx.person("2").full())
    else:
        d.t("Risk score" + colon + pick(rng, ["low", "medium", "12/100", "2 (standard)"]))
    return d


MED_LABELS = {
    "en": ["Patient", "DOB", "Sex", "Presenting complaint", "History", "Current medication", "Allergies", "Next of kin", "Referred by"],
    "de": ["Patient/in", "Geb.-Datum", "Geschlecht", "Anlass", "Vorerkrankungen", "Medikation", "Allergien", "Angehörige", "Überweisung von"],
    "fr": ["Patient", "Né(e) le", "Sexe", "Motif", "Antécédents", "Traitement", "Allergies", "Personne à prévenir", "Adressé par"],
    "es": ["Paciente", "F. nacimiento", "Sexo", "Motivo de consulta", "Antecedentes", "Medicación", "Alergias", "Contacto", "Derivado por"],
    "it": ["Paziente", "Nato/a il", "Sesso", "Motivo", "Anamnesi", "Terapia", "Allergie", "Familiare", "Inviato da"],
    "pt": ["Paciente", "Data de nasc.", "Sexo", "Queixa", "Antecedentes", "Medicação", "Alergias", "Contato", "Encaminhado por"],
    "ja": ["患者氏名", "生年月日", "性別", "主訴", "既往歴", "服薬", "アレルギー", "緊急連絡先", "紹介元"],
    "zh": ["患者", "出生日期", "性别", "主诉", "既往史", "用药", "过敏史", "紧急联系人", "转诊医生"],
    "ko": ["환자", "생년월일", "성별", "주호소", "과거력", "복용약", "알레르기", "보호자", "의뢰"],
    "nl": ["Patiënt", "Geb.datum", "Geslacht", "Klacht", "Voorgeschiedenis", "Medicatie", "Allergieën", "Contactpersoon", "Verwezen door"],
    "ru": ["Пациент", "Дата рождения", "Пол", "Жалобы", "Анамнез", "Препараты", "Аллергии", "Контактное лицо", "Направил"],
    "tr": ["Hasta", "Doğum tarihi", "Cinsiyet", "Şikayet", "Öykü", "İlaçlar", "Alerjiler", "Yakını", "Sevk eden"],
}


def medical_intake(ctx, focus):
    rng = ctx.rng
    L = MED_LABELS.get(ctx.lang, MED_LABELS["en"])
    loc = ctx.locale if ctx.lang in MED_LABELS else "en_US"
    p = ctx.person("1")
    d = Doc().t(pick(rng, ["INTAKE FORM\n", "New patient registration\n", "Triage note\n", "Clinic visit — "]))
    if d.plain().endswith("— "):
        d.d("DATE", dates.event_date(rng, ctx.locale)).t("\n")
    d.t(L[0] + ": ").e("PERSON", p.full_variant(rng) if rng.random() < .4 else p.full()).t("\n")
    d.t(L[1] + ": ").e("DATE_OF_BIRTH", ctx.dob()).t("  (%s)\n" % dates.age_at(ctx.last_dob) if rng.random() < .5 else "\n")
    d.t(L[2] + ": " + ("F" if p.gender == "f" else "M") + "\n")
    d.t(L[3] + ": ").e("HEALTH", pii.health(rng, loc, "cond")).t("\n")
    c1 = d.parts[-2][0]
    c2 = pii.health(rng, loc, "cond")
    while c2 == c1:
        c2 = pii.health(rng, loc, "cond")
    d.t(L[4] + ": ").e("HEALTH", c2)
    if rng.random() < .5:
        d.t("; ").e("HEALTH", pii.health(rng, loc, "proc"))
    d.t("\n" + L[5] + ": ").e("HEALTH", pii.health(rng, loc, "med"))
    if rng.random() < .5:
        d.t(", ").e("HEALTH", pii.health(rng, loc, "med"))
    d.t("\n" + L[6] + ": " + pick(rng, ["NKDA", "penicillin", "none known", "-"]) + "\n")
    if rng.random() < .5:
        d.t(L[7] + ": ").e("PERSON", ctx.person("2").full()).t(", ").e("PHONE", pii.phone(rng, ctx.locale)).t("\n")
    if focus in ("address", "mixed") or rng.random() < .3:
        d.t("Address: ").e("ADDRESS", pii.address(rng, ctx.locale)).t("\n")
    if rng.random() < .6:
        d.t(L[8] + ": Dr. ").e("PERSON", ctx.person("3").family())
    else:
        d.t(L[8] + ": " + pick(rng, ["GP", "A&E", "self", "walk-in", "-"]))
    return d


def hr_record(ctx, focus):
    rng = ctx.rng
    p = ctx.person("1")
    obj = {"employee_id": D("NUMERIC_ID", "E%06d" % rng.randrange(10 ** 6)), "full_name": E("PERSON", p.full()), "preferred_name": E("PERSON", p.given()),
           "date_of_birth": E("DATE_OF_BIRTH", "%04d-%02d-%02d" % dates.rand_ymd(rng, 1955, 2004)), "start_date": D("DATE", "%04d-%02d-%02d" % dates.rand_ymd(rng, 2010, 2025)),
           "department": pick(rng, ["Finance", "Engineering", "Sales", "Operations", "Legal"]), "manager": E("PERSON", ctx.person("2").full_variant(rng))}
    if focus in ("address", "mixed") or rng.random() < .5:
        obj["home_address"] = E("ADDRESS", pii.address(rng, ctx.locale, multiline=rng.random() < .4))
    if focus in ("iban", "mixed") or rng.random() < .4:
        obj["payroll_iban"] = E("IBAN", pii.iban_for(rng, ctx.locale))
    if focus in ("phone",) or rng.random() < .4:
        obj["emergency_contact"] = {"name": E("PERSON", ctx.person("3").full()), "phone": E("PHONE", pii.phone(rng, ctx.locale))}
    if focus == "health" or rng.random() < .2:
        obj["accommodations"] = cat(Doc().t("ergonomic chair; "), E("HEALTH", pii.health(rng, "en_US", "cond")))
    if ctx.locale == "en_US" and (focus == "ssn" or rng.random() < .3):
        obj["ssn"] = E("US_SSN", pii.ssn(rng))
    return jdump(obj, indent=2, ascii=rng.random() < .2)


OCR_NOISE = {"Name": ["NAME", "Narne", "N ame", "NAME:"], "Date of Birth": ["DATE OF BIR TH", "Date 0f Birth", "D.O.B", "DATE OF BIRTH"], "Address": ["ADDRESS", "Addres s", "Adclress"],
             "Phone": ["PHONE", "Ph0ne", "TEL"], "Signature": ["Signatu re", "SIGNATURE"]}


def ocr_form(ctx, focus):
    rng = ctx.rng
    p = ctx.person("1")
    d = Doc().t(pick(rng, ["APPLICATION F0RM\n", "REGISTRATION FORM  pg 1/2\n", "~ PATIENT  DETAILS ~\n", "TENANCY APPLICATI0N\n"]))
    br = lambda: pick(rng, ["\n", " ", "\n\n", "  ", " |"])
    d.t(pick(rng, OCR_NOISE["Name"]) + br()).e("PERSON", pick(rng, [p.full(), "%s %s" % (p.family().upper(), p.given().upper()), p.full().upper()])).t(br())
    d.t(pick(rng, OCR_NOISE["Date of Birth"]) + br()).e("DATE_OF_BIRTH", ctx.dob()).t(br())
    d.t(pick(rng, OCR_NOISE["Address"]) + br()).e("ADDRESS", pii.address(rng, ctx.locale, multiline=True)).t(br())
    if rng.random() < .7:
        d.t(pick(rng, OCR_NOISE["Phone"]) + br()).e("PHONE", pii.phone(rng, ctx.locale)).t(br())
    if focus == "health" or rng.random() < .3:
        d.t("Conditi0ns: ").e("HEALTH", pii.health(rng, "en_US", "cond")).t(br())
    d.t(pick(rng, OCR_NOISE["Signature"]) + " ______  Date ").d("DATE", "%02d/%02d/%04d" % (rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(2022, 2026)))
    return d


def crm_json(ctx, focus):
    rng = ctx.rng
    owner, contact = ctx.person("1"), ctx.person("2")
    obj = {"account": D("PROPER_NOUN", pick(rng, DC.COMPANIES)), "owner": E("PERSON", owner.full()), "contact_name": E("PERSON", contact.full_variant(rng)),
           "contact_email": E("EMAIL", pii.email(rng, contact, ctx.locale)), "stage": pick(rng, ["prospect", "qualified", "won", "lost"]), "amount": D("PRICE", DC.price(rng))}
    if focus in ("phone", "mixed") or rng.random() < .4:
        obj["contact_phone"] = E("PHONE", pii.phone(rng, ctx.locale))
    if focus in ("address",) or rng.random() < .3:
        obj["billing_address"] = E("ADDRESS", pii.address(rng, ctx.locale, multiline=rng.random() < .3))
    obj["notes"] = body(ctx, focus, extra=0, filler_p=.3)
    if rng.random() < .5:
        obj["customer"] = E("PERSON", ctx.person("3").full())
    obj["updated_at"] = D("DATE", "%04d-%02d-%02d" % dates.rand_ymd(rng, 2023, 2025))
    return jdump(obj, indent=pick(rng, [None, 2]), ascii=rng.random() < .25)


def slack_export(ctx, focus):
    rng = ctx.rng
    msgs = []
    for i in range(rng.randrange(2, 5)):
        k = pick(rng, ["1", "2", "3"])
        p = ctx.person(k)
        m = {"type": "message", "user": "U0" + rid(rng, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "user_profile": ({"real_name": E("PERSON", p.full()), "display_name": E("PERSON", p.given().lower() if rng.random() < .5 else p.given())} if rng.random() < .4 else {"real_name": E("PERSON", p.full())}),
             "text": sentence(ctx, focus) if i == 0 or rng.random() < .5 else filler(ctx), "ts": "%d.%06d" % (rng.randrange(1690000000, 1750000000), rng.randrange(10 ** 6))}
        msgs.append(m)
    return jdump(msgs, indent=pick(rng, [None, 2]), ascii=rng.random() < .3)


def git_log(ctx, focus):
    rng = ctx.rng
    d = Doc()
    for i in range(rng.randrange(1, 4)):
        p = ctx.person(str(i + 1))
        d.t("commit ").d("HEX_HASH", "".join(rng.choice("0123456789abcdef") for _ in range(40))).t("\nAuthor: ").e("PERSON", p.full() if not p.native else p.full()).t(" <").e("EMAIL", pii.email(rng, p, ctx.locale)).t(">\n")
        d.t("Date:   %s %s %d %02d:%02d:%02d %d %s\n\n" % (pick(rng, ["Mon", "Tue", "Wed", "Thu", "Fri"]), pick(rng, dates.MON_ABBR_EN), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60), rng.randrange(60), rng.randrange(2021, 2026), pick(rng, ["+0000", "+0200", "-0500", "+0530", "+0900"])))
        msg = fill.fill(ctx, pick(rng, ["    fix: handle empty ⟦CODE⟧ in signup form", "    chore(deps): bump lodash to ⟦VERN⟧", "    feat: add export for ⟦CODE⟧",
                                         "    Revert \"⟦HASH⟧\"", "    docs: update README for ⟦VER⟧", "    test: add fixture for ⟦P4⟧ (⟦EM4⟧)", "    fix(kyc): parse dates like ⟦DOB⟧ from the vendor",
                                         "    remove hard-coded password ⟦PW⟧ from settings.py", "    ops: block ⟦IP⟧ after abuse report"]))
        d.add(msg)
        if rng.random() < .35:
            q = ctx.person(str(i + 5))
            d.t("\n\n    Co-authored-by: ").e("PERSON", q.full()).t(" <").e("EMAIL", pii.email(rng, q, ctx.locale)).t(">")
        if rng.random() < .2:
            d.t("\n    Reported-by: ").e("PERSON", ctx.person("9").full())
        d.t("\n\n")
    return d


def code_shape(ctx, focus):
    rng = ctx.rng
    p = ctx.person("1")
    lang = rng.random()
    fs = pick_fields(ctx, focus, n_extra=1)
    rec = record(ctx, fs, pkey="1")
    d = Doc()
    if lang < .5:
        d.t("# TODO(").e("PERSON", p.given().lower()).t("): remove real data before merging\n")
        d.t("def test_%s():\n" % pick(rng, ["signup", "export_csv", "mask_fields", "kyc_flow"]))
        d.t("    user = User(\n")
        for f in fs:
            d.t("        %s=" % HEAD[f])
            d.t('"').add(rec[f], esc=json_esc).t('",\n')
        d.t("    )\n    assert ").d("CODE_IDENT", pick(rng, ["mask_pii()", "validate_iban()", "normalizePhone", "redact_email"])).t(" is not None\n")
    elif lang < .8:
        d.t("// seed.js — ").e("PERSON", ctx.person("2").full()).t(" asked for a realistic sample\nconst customer = {\n")
        for f in fs:
            d.t("  %s: " % HEAD[f].replace("_n", "N").replace("_a", "A")).t("'").add(rec[f], esc=lambda s: s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")).t("',\n")
        d.t("};\n// field names: ").d("CODE_IDENT", pick(rng, DC.CODE_IDENTS)).t(", ").d("CODE_IDENT", pick(rng, DC.CODE_IDENTS)).t("\n")
    else:
        d.t("-- ").e("PERSON", p.full()).t(" reported the bug with this row\nSELECT * FROM users WHERE ")
        f = fs[1] if len(fs) > 1 else fs[0]
        d.t(HEAD[f] + " = '").add(rec[f], esc=sql_esc).t("';\n-- see ticket ").d("ORDER_ID", DC.order_id(rng))
    return d


def stack_trace(ctx, focus):
    rng = ctx.rng
    d = Doc()
    py = rng.random() < .6
    fs = pick_fields(ctx, focus, n_extra=0)
    rec = record(ctx, fs, pkey="1")
    f = fs[-1]
    if py:
        d.t("Traceback (most recent call last):\n  File \"/srv/app/%s.py\", line %d, in %s\n    %s\n" % (pick(rng, ["handlers", "kyc", "billing", "profile"]), rng.randrange(10, 900), pick(rng, ["save", "validate", "submit"]), "obj.full_clean()"))
        d.t("  File \"/usr/lib/python3.11/site-packages/django/db/models/base.py\", line 1502, in full_clean\n    raise ValidationError(errors)\n")
        d.t("django.core.exceptions.ValidationError: {'%s': ['Invalid value: \"" % HEAD[f]).add(rec[f], esc=lambda s: s.replace("\n", "\\n")).t("\"'], 'user': ['")
        d.add(rec[fs[0]] if fs[0] != "id" else rec[fs[1]]).t("']}")
    else:
        d.t("java.lang.IllegalArgumentException: cannot parse %s '" % HEAD[f]).add(rec[f], esc=lambda s: s.replace("\n", "\\n")).t("' for customer ")
        d.add(rec[fs[0]] if fs[0] != "id" else rec[fs[1]]).t("\n\tat com.example.%s.Parser.parse(Parser.java:%d)\n\tat com.example.api.Controller.handle(Controller.java:%d)\n" % (pick(rng, ["kyc", "crm", "billing"]), rng.randrange(20, 400), rng.randrange(20, 400)))
        d.t("\tat java.base/java.lang.Thread.run(Thread.java:1583)\nCaused by: ").d("OPS_TERM", pick(rng, ["NullPointerException", "OutOfMemoryError", "ConnectionRefusedError"]))
    return d


def github_issue(ctx, focus):
    rng = ctx.rng
    d = Doc().t("### Bug report\n\n**Version:** ").d("VERSION", DC.version(rng)).t("\n**Reporter:** @" + pick(rng, ["octo-dev", "qa-bot-7", "sleepy-panda", "ci-runner", "frontend-guild", "night-owl-42"])).t("\n\n### Steps to reproduce\n")
    d.t("1. Log in as ").e("EMAIL", pii.email(rng, ctx.person("2"), ctx.locale)).t(" / ").e("PASSWORD", pii.password(rng, ctx.locale)).t("\n")
    d.t("2. Open the profile of ").e("PERSON", ctx.person("3").full()).t("\n3. ")
    d.add(sentence(ctx, focus))
    d.t("\n\n### Expected\nThe field ").d("CODE_IDENT", pick(rng, DC.CODE_IDENTS)).t(" is masked.\n\n### Actual\nIt is shown in plain text (").d("OPS_TERM", pick(rng, DC.OPS_TERMS)).t(" in console).")
    return d


SHAPES_DATA = {
    "openai_request": (openai_req, 6), "openai_response": (openai_resp, 4), "anthropic_request": (anthropic_req, 4), "anthropic_response": (anthropic_resp, 3),
    "otlp_span": (otlp, 5), "tool_call": (tool_call, 5), "json_log": (json_log, 3), "kv_log": (kv_log, 3), "access_log": (access_log, 1), "csv": (csv_shape, 3),
    "tsv": (tsv_shape, 1), "markdown_table": (md_table, 2), "sql_insert": (sql_insert, 2), "yaml": (yaml_shape, 2), "dotenv": (env_shape, 1), "ini": (ini_shape, 1),
    "xml": (xml_shape, 1), "vcard": (vcard, 2), "ics": (ics, 0.8), "html_form": (html_form, 2), "kyc_form": (kyc_form, 5), "medical_intake": (medical_intake, 3),
    "hr_record": (hr_record, 1.5), "ocr_form": (ocr_form, 3), "crm_json": (crm_json, 2), "slack_export": (slack_export, 1.2), "git_log": (git_log, 1.5), "code": (code_shape, 2),
    "stack_trace": (stack_trace, 2), "github_issue": (github_issue, 1),
}
