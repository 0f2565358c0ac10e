"""PII-free padding in the style of each shape (boilerplate, extra turns, extra
log lines), so text lengths follow a realistic spread.  Decoys are labelled."""

import lang as L
from core import B, Dc, J, fill, Obj, jdump, d_hex, d_order, d_price, d_version, d_ops, d_numeric, d_path, d_timestamp

CHAT_QA = {
    "en": [
        ("what's your returns policy for opened items?", "Opened items can be returned within 30 days as long as all accessories are included. "
         "Refunds go back to the original payment method within 5–10 business days; store credit is issued instantly. Items marked final sale, "
         "gift cards and personalised products can't be returned. If the item arrived damaged, please send a photo and we'll arrange a free pickup."),
        ("does the {ops} plan include international shipping?", "Yes — the {ops} plan covers standard international shipping to most countries. "
         "Express delivery costs {price} extra per order. Customs duties are calculated at checkout for EU, UK and Australian addresses; for other "
         "destinations they may be collected on delivery."),
        ("can you explain what the error code E1043 means?", "E1043 means the payment provider timed out before confirming the charge. It usually "
         "resolves on its own within a few minutes. Please don't retry more than twice — duplicate authorisations can appear as pending charges "
         "for up to 72 hours, although only one will actually settle."),
        ("how do I export my data?", "Go to Settings → Privacy → Download my data. The export is prepared as a ZIP archive (JSON and CSV) and "
         "a download link is sent to your account email within 24 hours. Large accounts can take longer. The link is valid for 7 days."),
        ("is version {version} stable enough for production?", "Version {version} is the current long-term support release. It has been out since "
         "{date} and the known issues are limited to the legacy import screen. If you rely on the {ops} connector, wait for the next patch release."),
        ("can I change the delivery slot after ordering?", "Yes, as long as the parcel hasn't left the warehouse. Open the order, choose "
         "'Change delivery' and pick a new slot. Same-day changes aren't possible after 10:00. If the option is greyed out, the carrier already has "
         "the parcel and you'll need to use their app instead."),
        ("why was I charged {price} twice?", "That's usually a pre-authorisation plus the final charge. The pre-authorisation is released by your "
         "bank automatically, typically within 3–5 working days. If both amounts are still there after a week, reply here with the order number "
         "and we'll raise it with the payments team."),
        ("do you have a student discount?", "We offer 15% off for verified students through our partner portal. Verification takes a few minutes "
         "and the code is valid for 12 months. It can't be combined with other promotions or used on gift cards."),
        ("how do I turn on two-factor authentication?", "Open Settings → Security → Two-factor authentication and choose either an authenticator "
         "app or a hardware key. We recommend saving the recovery codes somewhere safe, such as a password manager. SMS codes are still supported "
         "but are less secure."),
        ("ok and what are your opening hours", "Our support team is available Monday to Friday, 8:00–20:00 CET, and Saturday 9:00–14:00. Outside "
         "those hours you can leave a message and we'll get back to you the next working day. Urgent outages are handled 24/7 via the status page."),
    ],
    "es": [("¿cuál es el plazo de devolución?", "Tienes 30 días naturales desde la entrega para devolver el producto, siempre que esté en su embalaje original. "
            "El reembolso se realiza en el mismo método de pago en un plazo de 5 a 10 días hábiles.")],
    "de": [("wie lange dauert die Lieferung?", "Die Standardlieferung innerhalb Deutschlands dauert 2–4 Werktage, nach Österreich und in die Schweiz "
            "3–6 Werktage. Expressversand kostet {price} Aufpreis. Sie erhalten eine Sendungsnummer per E-Mail, sobald das Paket unterwegs ist.")],
    "fr": [("quels sont les délais de livraison ?", "La livraison standard en France métropolitaine prend 2 à 4 jours ouvrés. La livraison express "
            "coûte {price} de plus. Un numéro de suivi vous est envoyé dès l'expédition du colis.")],
    "pt": [("qual é o prazo de entrega?", "A entrega padrão leva de 3 a 7 dias úteis. O envio expresso custa {price} a mais e o código de rastreio "
            "é enviado por e-mail assim que a encomenda sai do armazém.")],
}

EMAIL_FOOTERS = {
    "en": ["This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender "
           "immediately and delete it from your system. Any unauthorised use, disclosure or copying is strictly prohibited. We accept no liability "
           "for viruses transmitted by this message.",
           "Sent from my iPhone", "Please consider the environment before printing this e-mail.",
           "Customer Service Team | Mon–Fri 08:00–18:00 | Average response time: 4 hours",
           "Get Outlook for Android",
           "How did we do? Rate this conversation from 1 to 5 by replying with a single number. Your feedback helps us improve.",
           "You are receiving this message because you contacted our support team. Ticket reference {order}. Replies to this address are monitored "
           "Monday–Friday. To update your notification preferences visit the help centre."],
    "de": ["Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese "
           "E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren "
           "sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.", "Von meinem iPhone gesendet"],
    "fr": ["Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation "
           "ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement "
           "l'expéditeur.", "Envoyé de mon iPhone"],
    "es": ["Este mensaje y sus archivos adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. Si usted lo ha recibido "
           "por error, le rogamos que lo comunique al remitente y lo elimine. Queda prohibida cualquier difusión o copia no autorizada.",
           "Enviado desde mi iPhone"],
    "it": ["Questo messaggio e i suoi allegati sono riservati e destinati esclusivamente al destinatario. Se lo ha ricevuto per errore, la "
           "preghiamo di avvisare il mittente e di cancellarlo. È vietato qualsiasi uso non autorizzato."],
    "nl": ["Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per vergissing ontvangen, informeer dan de afzender "
           "en verwijder het bericht. Openbaarmaking, vermenigvuldiging of verspreiding is niet toegestaan."],
    "pt": ["Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a recebeu por engano, informe o "
           "remetente e elimine-a. É proibida qualquer utilização ou divulgação não autorizada."],
}

CODE_BLOCKS = {
    "py": ["\n\ndef normalise_whitespace(value: str) -> str:\n    \"\"\"Collapse runs of whitespace and strip the ends.\"\"\"\n    return \" \".join(value.split())\n\n\n"
           "def chunked(items, size=100):\n    for i in range(0, len(items), size):\n        yield items[i:i + size]\n",
           "\n\nclass RateLimiter:\n    def __init__(self, per_second: float):\n        self.interval = 1.0 / per_second\n        self.last = 0.0\n\n"
           "    def wait(self):\n        now = time.monotonic()\n        delay = self.last + self.interval - now\n        if delay > 0:\n            time.sleep(delay)\n"
           "        self.last = time.monotonic()\n",
           "\n\ndef test_export_is_idempotent(tmp_path):\n    out = tmp_path / \"export.csv\"\n    run_export(out)\n    first = out.read_bytes()\n    run_export(out)\n"
           "    assert out.read_bytes() == first\n"],
    "js": ["\n\nexport function formatMoney(cents, currency = 'EUR') {\n  return new Intl.NumberFormat(undefined, { style: 'currency', currency })\n"
           "    .format(cents / 100);\n}\n\nexport const sleep = (ms) => new Promise((r) => setTimeout(r, ms));\n",
           "\n\n/** Masks all but the last four characters. */\nfunction maskTail(s) {\n  return s.length <= 4 ? s : '*'.repeat(s.length - 4) + s.slice(-4);\n}\n",
           "\n\nit('renders without crashing', () => {\n  const { container } = render(<App />);\n  expect(container).toBeTruthy();\n});\n"],
    "go": ["\n\n// retryable reports whether err is worth retrying.\nfunc retryable(err error) bool {\n\tvar ne net.Error\n\tif errors.As(err, &ne) && ne.Timeout() {\n"
           "\t\treturn true\n\t}\n\treturn errors.Is(err, io.ErrUnexpectedEOF)\n}\n",
           "\n\nfunc init() {\n\tif os.Getenv(\"SEED\") == \"\" {\n\t\tlog.Println(\"seeding disabled\")\n\t}\n}\n"],
    "java": ["\n\n@Test\nvoid acceptsAdultApplicant() {\n    assertDoesNotThrow(() -> service.submit(validApplicant()));\n}\n",
             "\n\nprivate static String normalise(String s) {\n    return s == null ? \"\" : s.strip().replaceAll(\"\\\\s+\", \" \");\n}\n"],
    "rb": ["\n\nProduct.find_or_create_by!(sku: \"SKU-0001\") do |p|\n  p.title = \"Sample product\"\n  p.price_cents = 1999\nend\n"],
    "php": ["\n$stmt = $pdo->prepare('SELECT id, status FROM exports WHERE created_at > ?');\n$stmt->execute([date('Y-m-d', strtotime('-7 days'))]);\n"],
}


def code_lang(txt):
    if "<?php" in txt:
        return "php"
    if "package seed" in txt or "func " in txt:
        return "go"
    if "@Test" in txt:
        return "java"
    if "User.create!" in txt or "seeds.rb" in txt:
        return "rb"
    if "import pytest" in txt or "psycopg2" in txt or '"""' in txt:
        return "py"
    return "js"

MD_SECTIONS = [
    "\n\n## Metrics\n- p95 latency: {n1} ms (target 400 ms)\n- error rate: 0.{n2}%\n- release {version} adoption: {n3}%\n",
    "\n\n## Risks\n- Dependency on the {ops} API contract (changes announced for {date})\n- Budget: {price} remaining for Q3\n",
    "\n\n## Links\n- Runbook: `{path}`\n- Dashboard: https://grafana.internal/d/{hex}\n",
    "\n\n## Decisions\n- Ship behind a feature flag first\n- Keep the old endpoint until {date}\n- Owner for the migration: platform team\n",
    "\n\n## Open questions\n- Do we need a DPIA for the new export? (legal to confirm)\n- Which regions get {version} first?\n",
    "\n\n## Next meeting\nSame time next week. Agenda items go in the shared doc; please add them by Friday noon.\n",
]

OCR_BOILER = [
    "Registered in England and Wales. Company no. {num}. VAT reg. {num2}.\nAuthorised and regulated by the Financial Conduct Authority.",
    "Page 1 of 2\n\nTerms and conditions apply. Please keep this letter for your records. Calls may be recorded for training and "
    "monitoring purposes. Lines are open 8am to 8pm, Monday to Saturday.",
    "If you need this letter in large print, braille or audio, please let us know. Ref {num}.",
    "Please check the details above carefully. If anything is incorrect, tell us within 14 days. Keep this letter in a safe place.",
    "IMPORTANT: Never share your PIN or one-time passcodes with anyone, including our staff. We will never ask you to move money to a "
    "'safe account'.",
]

VOICE_LINES = ["agent: okay let me just pull that up for you one moment", "agent: thank you for your patience", "caller: yeah no problem",
               "agent: i'm just going to place you on a brief hold", "agent: are you still there", "caller: yes sorry the line is a bit bad",
               "agent: is there anything else i can help you with today", "caller: no that's everything thanks",
               "agent: this call may be recorded for quality and training purposes"]

CONFIG_BLOCKS = {
    "ini": ["\n\n[logging]\nlevel = info\nformat = json\nfile = {path}\n\n[cache]\nttl_seconds = 300\nmax_entries = 10000\n",
            "\n\n[retry]\nmax_attempts = 5\nbackoff = exponential\ninitial_delay_ms = 200\n"],
    "yaml": ["\n\nfeature_flags:\n  new_checkout: true\n  dark_mode: false\n  rollout_percent: 25\nbuild:\n  version: {version}\n  commit: {hex}\n",
             "\n\nlogging:\n  level: info\n  format: json\nretry:\n  max_attempts: 5\n  backoff: exponential\n"],
    "env": ["\n\n# --- rate limits ---\nRATE_LIMIT_PER_MIN=600\nRATE_LIMIT_BURST=50\nREQUEST_TIMEOUT_MS=15000\n",
            "\n\n# --- observability ---\nOTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317\nOTEL_SERVICE_NAME=api\nSENTRY_RELEASE={version}\n"],
}


def config_kind(txt):
    if "\n[" in txt or txt.startswith("[") or txt.startswith(";"):
        return "ini"
    if "apiVersion:" in txt or "services:" in txt or "users:" in txt or "smtp:" in txt:
        return "yaml"
    return "env"


NOTE_BLOCKS = [
    "\n\nStatus changed: Open → In Progress\nLinked issue: {order}\nComment (automation): This ticket will auto-close in 7 days without a reply.",
    "\n\nInternal note: please do not forward this ticket outside the support team. Escalation path: L1 → L2 → on-call.",
    "\n\nChecklist:\n- [x] identity verified\n- [x] notes updated\n- [ ] follow-up scheduled (target {date})",
    "\n\nSLA: first response due {date}. Priority may be raised if the customer replies again.",
]

SQL_BLOCKS = [
    "\n\nBEGIN;\nUPDATE feature_flags SET enabled = true WHERE name = 'new_checkout';\nCOMMIT;",
    "\n\nSELECT status, count(*) FROM orders GROUP BY status ORDER BY 2 DESC;",
    "\n\nCREATE INDEX IF NOT EXISTS idx_orders_created_at ON orders (created_at);\nANALYZE orders;",
    "\n\n-- housekeeping\nDELETE FROM sessions WHERE expires_at < NOW() - INTERVAL '30 days';\nVACUUM (VERBOSE) sessions;",
    "\n\nALTER TABLE products ADD COLUMN IF NOT EXISTS weight_grams integer;\nCOMMENT ON COLUMN products.weight_grams IS 'shipping weight';",
]

HTML_HEAD = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <meta name="viewport" content="width=device-width, initial-scale=1">\n'
             '  <title>Account</title>\n  <link rel="stylesheet" href="/assets/app.{hex}.css">\n</head>\n<body>\n<nav><a href="/">Home</a> · <a href="/orders">Orders</a> · '
             '<a href="/help">Help</a></nav>\n')
HTML_FOOT = '\n<footer>\n  <p>&copy; 2025 {ops}. All rights reserved. Build {version}.</p>\n  <script src="/assets/app.{hex}.js" defer></script>\n</footer>\n</body>\n</html>'


def _slots(ctx):
    rng = ctx.rng
    return dict(ops=Dc("OPS_TERM", d_ops(rng)), price=Dc("PRICE", d_price(rng)), version=Dc("VERSION", d_version(rng)),
                date=ctx.date_human(), order=Dc("ORDER_ID", d_order(rng)), path=Dc("FILE_PATH", d_path(rng)), hex=Dc("HEX_HASH", d_hex(rng)),
                num=Dc("NUMERIC_ID", str(rng.randint(1000000, 9999999))), num2=Dc("NUMERIC_ID", str(rng.randint(100000000, 999999999))),
                n1=str(rng.randint(120, 900)), n2=str(rng.randint(1, 9)), n3=str(rng.randint(10, 95)))


def _json_line(ctx):
    rng = ctx.rng
    return jdump(Obj(("ts", ctx.ts("isoz")), ("level", rng.choice(["info", "debug"])), ("msg", rng.choice(["request completed", "cache hit", "healthcheck ok", "gc pause"])),
                     ("path", rng.choice(["/api/v2/orders", "/healthz", "/metrics", "/api/v2/cart"])), ("status", rng.choice([200, 200, 204, 304])),
                     ("duration_ms", rng.randint(1, 900)), ("trace_id", Dc("HEX_HASH", d_hex(rng)))))


def _logfmt_line(ctx):
    rng = ctx.rng
    return fill("ts={ts} level=info msg=\"request completed\" path={p} status={s} took={t}ms build={v}", ts=ctx.ts("isoz"),
                p=rng.choice(["/api/v2/orders", "/healthz", "/metrics"]), s=str(rng.choice([200, 204, 304])), t=str(rng.randint(1, 900)),
                v=Dc("VERSION", d_version(rng)))


def _fresh(ctx, key, options):
    """Pick an option not used yet in this document (None when exhausted)."""
    used = ctx.__dict__.setdefault("_pad_used", set())
    left = [i for i in range(len(options)) if (key, i) not in used]
    if not left:
        return None
    i = ctx.rng.choice(left)
    used.add((key, i))
    return options[i]


def _budget(ctx, key, n):
    cnt = ctx.__dict__.setdefault("_pad_cnt", {})
    cnt[key] = cnt.get(key, 0) + 1
    return cnt[key] <= n


def pad_once(ctx, shape, b):
    """Return b with one block of shape-appropriate PII-free padding added, or None if the shape has none left."""
    rng = ctx.rng
    s = _slots(ctx)
    lang = ctx.lang
    if shape == "chat":
        key = lang if lang in CHAT_QA and rng.random() < 0.7 else "en"
        pick = _fresh(ctx, "qa" + key, CHAT_QA[key]) or _fresh(ctx, "qaen", CHAT_QA["en"])
        if pick is None:
            return None
        q, a = pick
        ru, ra = ctx.__dict__.get("_roles", ("User", "Assistant"))
        block = fill(ru + ": " + q + "\n" + ra + ": " + a, **s)
        return B(block, "\n\n", b) if rng.random() < 0.4 else B(b, "\n\n", block)
    if shape == "email":
        if not _budget(ctx, "foot", 2):
            return None
        foot = _fresh(ctx, "foot", EMAIL_FOOTERS.get(lang, EMAIL_FOOTERS["en"]))
        if foot is None:
            return None
        return B(b, "\n\n--\n", fill(foot, **s))
    if shape in ("json_log", "tool_call", "chat_json"):
        if not _budget(ctx, "json", 3):
            return None
        lines = J("\n", [_json_line(ctx) for _ in range(rng.randint(1, 3))])
        if shape == "json_log":
            return B(lines, "\n", b) if rng.random() < 0.5 else B(b, "\n", lines)
        if rng.random() < 0.5:
            hdr = fill("POST /v1/{ep} HTTP/1.1\nHost: {host}\nContent-Type: application/json\nX-Request-ID: {hex}\nUser-Agent: {ua}/{version}\n\n",
                       ep=rng.choice(["chat/completions", "messages", "responses"]), host=rng.choice(["api.openai.com", "api.anthropic.com", "llm-gateway.internal"]),
                       ua=rng.choice(["OpenAI/Python", "anthropic-sdk-python", "langchain", "node-fetch"]), hex=s["hex"], version=s["version"])
            if not b.plain().startswith("POST "):
                return B(hdr, b)
        return B(b, "\n", lines)
    if shape in ("logfmt", "url"):
        if not _budget(ctx, "lf", 3):
            return None
        lines = J("\n", [_logfmt_line(ctx) for _ in range(rng.randint(1, 3))])
        return B(lines, "\n", b) if rng.random() < 0.5 else B(b, "\n", lines)
    if shape == "code":
        cl = code_lang(b.plain())
        blk = _fresh(ctx, "code" + cl, CODE_BLOCKS[cl])
        return None if blk is None else B(b, fill(blk, **s))
    if shape == "note":
        blk = _fresh(ctx, "note", NOTE_BLOCKS)
        return None if blk is None else B(b, fill(blk, **s))
    if shape == "markdown":
        head = b.plain()[:40]
        if not (head.startswith("# Weekly") or head.startswith("## Incident") or head.startswith("### 1")):
            return None  # guest lists, call notes: no engineering boilerplate
        blk = _fresh(ctx, "md", MD_SECTIONS)
        return None if blk is None else B(b, fill(blk, **s))
    if shape == "ocr":
        blk = _fresh(ctx, "ocr", OCR_BOILER)
        return None if blk is None else B(b, "\n\n", fill(blk, **s))
    if shape == "voice":
        if not _budget(ctx, "voice", 2):
            return None
        lines = [x for x in (_fresh(ctx, "voice", VOICE_LINES) for _ in range(rng.randint(1, 3))) if x]
        return B(b, "\n", J("\n", [B(x) for x in lines])) if lines else None
    if shape == "config":
        ck = config_kind(b.plain())
        blk = _fresh(ctx, "cfg" + ck, CONFIG_BLOCKS[ck])
        return None if blk is None else B(b, fill(blk, **s))
    if shape == "sql":
        blk = _fresh(ctx, "sql", SQL_BLOCKS)
        return None if blk is None else B(b, blk)
    if shape == "html":
        txt = b.plain()
        if "<!DOCTYPE" in txt:
            return None
        return B(fill(HTML_HEAD, **s), b, fill(HTML_FOOT, ops=s["ops"], version=s["version"], hex=Dc("HEX_HASH", d_hex(rng))))
    if shape == "slack":
        if not _budget(ctx, "slack", 2):
            return None
        bot = fill("[{t}] deploy-bot: {m}", t="%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)),
                   m=rng.choice([fill("build {n} passed ({v})", n=s["num"], v=s["version"]), fill("deployed {h} to staging", h=s["hex"])]))
        return B(bot, "\n", b) if rng.random() < 0.5 else B(b, "\n", bot)
    if shape in ("vcard", "ics", "csv", "sms"):
        return None
    return None
