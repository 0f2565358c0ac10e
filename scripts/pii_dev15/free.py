"""PII-free shapes: texts full of look-alikes and no personal data."""
import datetime as dt

import base as B
import decoys as DC
import health as HV
import values as V
from registry import shape
from rich import D, E, R, jdump, join, jstr, lit, pyrepr, tpl

PN = lambda s: D("PROPER_NOUN", s)

TRIVIA = {
    "en": ["{f} was born on {d}.", "On this day: {f}, born {d}.", "Fun fact — {f} (born {d}) never learned to drive.",
           "Today's Google Doodle celebrates {f}, born on {d}."],
    "es": ["{f} nació el {d}.", "Tal día como hoy, {d}, nació {f}."], "pt": ["{f} nasceu em {d}.", "Neste dia, {d}, nasceu {f}."],
    "fr": ["{f} est né(e) le {d}.", "C'était un {d} : naissance de {f}."], "de": ["{f} wurde am {d} geboren.", "Heute vor Jahren, am {d}, kam {f} zur Welt."],
    "it": ["{f} è nato/a il {d}."], "nl": ["{f} werd geboren op {d}."], "pl": ["{f} urodził(a) się {d}."],
    "ru": ["{f} родился {d}.", "{d} родился {f}."], "uk": ["{f} народився {d}."], "tr": ["{f}, {d} tarihinde doğdu."],
    "ja": ["{f}は{d}生まれ。", "{d}、{f}が誕生した。"], "zh": ["{f}出生于{d}。"], "zht": ["{f}出生於{d}。"], "ko": ["{f}은 {d}에 태어났다."],
    "ar": ["وُلد {f} في {d}."], "he": ["{f} נולד ב-{d}."], "fa": ["{f} در {d} به دنیا آمد."], "hi": ["{f} का जन्म {d} को हुआ था।"],
    "bn": ["{f} {d} তারিখে জন্মগ্রহণ করেন।"], "ta": ["{f} {d} அன்று பிறந்தார்."], "th": ["{f} เกิดเมื่อวันที่ {d}"],
    "vi": ["{f} sinh ngày {d}."], "id": ["{f} lahir pada {d}."], "sv": ["{f} föddes den {d}."], "nb": ["{f} ble født {d}."],
    "da": ["{f} blev født den {d}."], "fi": ["{f} syntyi {d}."], "cs": ["{f} se narodil(a) {d}."], "hu": ["{f} {d} napján született."],
    "ro": ["{f} s-a născut pe {d}."], "el": ["Ο/Η {f} γεννήθηκε στις {d}."], "ka": ["{f} დაიბადა {d}."], "hy": ["{f}-ը ծնվել է {d}։"],
    "sw": ["{f} alizaliwa tarehe {d}."], "tl": ["Ipinanganak si {f} noong {d}."], "am": ["{f} የተወለዱት {d} ነው።"],
}
TRIVIA_LANGS = set(TRIVIA)


@shape("free_trivia", langs=TRIVIA_LANGS, w=6.0, free=True)
def free_trivia(ctx):
    c = ctx
    figs = c.rng.sample(DC.FIGURES, c.ch([1, 2, 3]))
    out = []
    for name, (y, m, d), nat in figs:
        nm = nat.get(c.lang, name)
        out.append(tpl(c.ch(TRIVIA[c.lang]), f=PN(nm), d=D("DATE", B.fmt_date(c, dt.date(y, m, d), c.ch(["long", "long", "num"])))))
    if c.p(0.3):
        out.append(lit(c.ch(["#OnThisDay", "(source: Wikipedia)", "📅", "—"])))
    return join(" ", out)


@shape("free_history", langs={"en", "de", "fr", "es"}, w=1.0, free=True)
def free_history(ctx):
    c = ctx
    a, b = c.rng.sample(DC.FIGURES, 2)
    T = {"en": "{a} (born {da}) and {b} (born {db}) never met, but historians often compare their letters. The archive at {pl} holds both collections.",
         "de": "{a} (geb. {da}) und {b} (geb. {db}) sind sich nie begegnet. Das Archiv im {pl} bewahrt beide Nachlässe.",
         "fr": "{a} (né le {da}) et {b} (né le {db}) ne se sont jamais rencontrés. Les fonds sont conservés près de {pl}.",
         "es": "{a} (nacido el {da}) y {b} (nacido el {db}) nunca se conocieron. El archivo de {pl} guarda ambos legados."}[c.lang]
    return tpl(T, a=PN(a[0]), b=PN(b[0]), da=D("DATE", B.fmt_date(c, dt.date(*a[1]), "long")),
               db=D("DATE", B.fmt_date(c, dt.date(*b[1]), "long")), pl=PN(c.ch(DC.NAMED_PLACES)))


@shape("free_fiction", w=1.5, langs={"en", "es", "de", "fr", "pt", "it"}, free=True)
def free_fiction(ctx):
    c = ctx
    chars = c.rng.sample(DC.FICTIONAL, 3)
    T = {"en": ["Just finished the chapter where {a} confronts {b}. Honestly {c} is the best character.",
                "Book club this week: is {a} a hero or not? I still think {b} had it worse.",
                "Watching the remake — {a} is perfectly cast, but they cut {b}'s storyline."],
         "es": ["Acabo de terminar el capítulo en que {a} se enfrenta a {b}. {c} es el mejor personaje."],
         "de": ["Gerade das Kapitel gelesen, in dem {a} auf {b} trifft. {c} bleibt meine Lieblingsfigur."],
         "fr": ["Je viens de finir le chapitre où {a} affronte {b}. {c} reste mon personnage préféré."],
         "pt": ["Acabei o capítulo em que {a} enfrenta {b}. {c} é o melhor personagem."],
         "it": ["Ho appena finito il capitolo in cui {a} affronta {b}. {c} resta il mio preferito."]}[c.lang]
    s = tpl(c.ch(T), a=PN(chars[0]), b=PN(chars[1]), c=PN(chars[2]))
    if c.p(0.4):
        s = s + " " + tpl(c.ch(["Rated 4.5/5 — {p}.", "Paperback {p}, hardcover {q}."]), p=B.dec(c, "price"), q=B.dec(c, "price"))
    return s


@shape("free_software", w=1.0, free=True)
def free_software(ctx):
    c = ctx
    sw = c.rng.sample(DC.SOFTWARE, 3)
    T = ["We moved the {a} jobs to GitHub Actions last sprint; {b} still builds the docs site and {c} handles the queue.",
         "Can {a} {v} talk to {b}? The upgrade notes mention a breaking change in {c}.",
         "Ask the bot: does {a} support {b} out of the box, or do I need the {c} plugin ({v})?",
         "{a} keeps restarting after the {o}; {b} shows nothing useful and {c} is on {v}."]
    return tpl(c.ch(T), a=PN(sw[0]), b=PN(sw[1]), c=PN(sw[2]), v=B.dec(c, "version"), o=B.dec(c, "ops"))


@shape("free_ops_log", w=1.5, free=True)
def free_ops_log(ctx):
    c = ctx
    out = []
    for _ in range(c.ch([3, 4, 5, 6])):
        ts = "%s %02d:%02d:%02d" % (B.other_date(c, 2024, 2026).isoformat(), c.rng.randrange(24), c.rng.randrange(60), c.rng.randrange(60))
        k = c.rng.randrange(6)
        if k == 0:
            out.append(lit(ts + " INFO  ") + B.dec(c, "ops") + lit(" ok service=api-gateway build=") + B.dec(c, "version"))
        elif k == 1:
            out.append(lit(ts + " WARN  pod payments-7c9 ") + D("OPS_TERM", c.ch(["OOMKilled", "CrashLoopBackOff", "liveness probe failed"])) +
                       lit(" restarts=%d" % c.rng.randrange(1, 9)))
        elif k == 2:
            out.append(lit(ts + " ERROR job ") + B.dec(c, "uuid") + lit(" failed at commit ") + B.dec(c, "hash"))
        elif k == 3:
            out.append(lit(ts + " INFO  ") + D("OPS_TERM", "heartbeat") + lit(" from node-%d latency=%dms" % (c.rng.randrange(1, 12), c.rng.randrange(1, 400))))
        elif k == 4:
            out.append(lit(ts + " DEBUG sent ") + D("OPS_TERM", "kill -9") + lit(" to pid %d (zombie)" % c.rng.randrange(1000, 60000)))
        else:
            out.append(lit(ts + " INFO  order ") + B.dec(c, "order") + lit(" settled amount=") + B.dec(c, "price"))
    return join("\n", out)


@shape("free_code", w=1.5, free=True)
def free_code(ctx):
    c = ctx
    k = c.rng.randrange(3)
    if k == 0:
        return join("\n", [lit("import os"), lit(""), lit("DB_PASSWORD = os.environ[") + pyrepr(D("CODE_IDENT", "DB_PASSWORD")) + "]",
                           lit("# never hard-code secrets; the default below is a placeholder"),
                           lit("SMTP_PASS = os.getenv('SMTP_PASS', ") + pyrepr(D("CODE_IDENT", c.ch(["changeme", "<your-password>", "********"]))) + ")",
                           lit("def levenshtein(a: str, b: str) -> int:"), lit("    ...")])
    if k == 1:
        return join("\n", [lit("# config.example.yaml"), lit("database:"), lit("  url: postgres://app:") + D("CODE_IDENT", "${DB_PASSWORD}") + "@db:5432/app",
                           lit("  pool: 10"), lit("admin:"), lit("  password: ") + D("CODE_IDENT", c.ch(['"<set-me>"', '"changeme"', "'********'"])),
                           lit("release: ") + B.dec(c, "version")])
    return join("\n", [lit("const fixture = {"), lit("  user: ") + jstr(PN(c.ch(DC.PLACEHOLDERS))) + ",",
                       lit("  email: ") + jstr(D("CODE_IDENT", "user@example.com")) + ",",
                       lit("  card: ") + jstr(D("NUMERIC_ID", c.ch(["4242 4242 4242 4242", "4111 1111 1111 1111"]))) + ",",
                       lit("  id: ") + jstr(B.dec(c, "uuid")), lit("};")])


@shape("free_changelog", w=0.8, free=True)
def free_changelog(ctx):
    c = ctx
    out = [lit("## ") + B.dec(c, "version") + " — " + B.date_r(c, "iso")]
    for _ in range(c.ch([2, 3, 4])):
        out.append(lit("- " + c.ch(["Fix", "Add", "Remove", "Improve"]) + " " +
                       c.ch(["retry on 429", "dark mode", "CSV export", "timezone handling", "memory usage in importer"]) + " (") +
                   B.dec(c, "hash") + ")")
    if c.p(0.5):
        out.append(lit("- Bump ") + PN(c.ch(DC.SOFTWARE)) + " to " + B.dec(c, "version"))
    return join("\n", out)


ORDER = {
    "en": "Your order {o} has shipped! {it} — {p}. Track it with {t}. Estimated delivery: {d}.",
    "de": "Ihre Bestellung {o} wurde versandt. {it} — {p}. Sendungsnummer: {t}. Voraussichtliche Zustellung: {d}.",
    "es": "Tu pedido {o} ha sido enviado. {it} — {p}. Seguimiento: {t}. Entrega estimada: {d}.",
    "fr": "Votre commande {o} a été expédiée. {it} — {p}. Suivi : {t}. Livraison prévue : {d}.",
    "pt": "Seu pedido {o} foi enviado. {it} — {p}. Rastreio: {t}. Previsão de entrega: {d}.",
    "ja": "ご注文{o}を発送しました。{it} — {p}。お問い合わせ番号：{t}。お届け予定日：{d}。",
    "it": "Il tuo ordine {o} è stato spedito. {it} — {p}. Tracking: {t}. Consegna prevista: {d}.",
}


@shape("free_order_notice", langs=set(ORDER), w=1.5, free=True)
def free_order_notice(ctx):
    c = ctx
    return tpl(ORDER[c.lang], o=B.dec(c, "order"), it=PN(c.ch(DC.PRODUCTS)), p=B.dec(c, "price"), t=B.dec(c, "track"),
               d=B.date_r(c, c.ch(["long", "num"]), 2024, 2027))


@shape("free_recipe", langs={"en", "it", "fr", "de", "es"}, w=1.0, free=True)
def free_recipe(ctx):
    c = ctx
    r = c.rng.sample(DC.RECIPES, 2)
    T = {"en": "Tonight: {a} for four, then {b}. Oven at 200 °C, 25 minutes; serves 4 ({p} per portion).",
         "it": "Stasera {a} per quattro e poi {b}. Forno a 200 °C per 25 minuti ({p} a porzione).",
         "fr": "Ce soir : {a} pour quatre, puis {b}. Four à 200 °C, 25 minutes ({p} par part).",
         "de": "Heute gibt es {a} für vier Personen, danach {b}. Ofen auf 200 °C, 25 Minuten ({p} pro Portion).",
         "es": "Esta noche: {a} para cuatro y luego {b}. Horno a 200 °C, 25 minutos ({p} por ración)."}[c.lang]
    return tpl(T, a=PN(r[0]), b=PN(r[1]), p=B.dec(c, "price"))


@shape("free_sports", langs={"en", "es", "pt", "de", "fr", "it", "tr"}, w=1.2, free=True)
def free_sports(ctx):
    c = ctx
    t = c.rng.sample(DC.TEAMS, 2)
    st = c.ch([x for x in DC.NAMED_PLACES if any(w in x for w in ("Stad", "Aréna", "ArenA", "Camp", "Azteca", "Allianz"))])
    fig = c.ch([f for f in DC.FIGURES if f[1][0] > 1970])
    T = {"en": "{a} {s1}–{s2} {b} at {st}. {f} watched from the stands on {d}.",
         "es": "{a} {s1}-{s2} {b} en el {st}. {f} lo vio desde la grada el {d}.",
         "pt": "{a} {s1} x {s2} {b} no {st}. {f} assistiu da arquibancada em {d}.",
         "de": "{a} {s1}:{s2} {b} im {st}. {f} war am {d} im Stadion.",
         "fr": "{a} {s1}-{s2} {b} au {st}. {f} était en tribune le {d}.",
         "it": "{a} {s1}-{s2} {b} allo {st}. {f} era in tribuna il {d}.",
         "tr": "{a} {s1}-{s2} {b}, {st}. {f} maçı {d} tarihinde tribünden izledi."}[c.lang]
    return tpl(T, a=PN(t[0]), b=PN(t[1]), s1=str(c.rng.randrange(5)), s2=str(c.rng.randrange(5)), st=PN(st), f=PN(fig[0]),
               d=B.date_r(c, "long", 2023, 2026))


@shape("free_travel", langs={"en", "de", "fr", "es"}, w=1.5, free=True)
def free_travel(ctx):
    c = ctx
    air = [x for x in DC.NAMED_PLACES if "Airport" in x or "Fiumicino" in x or "Venizelos" in x]
    a, b = c.rng.sample(air, 2)
    fl = "%s%d" % (c.ch(["LH", "AF", "BA", "IB", "TK", "KL", "ET", "QR"]), c.rng.randrange(100, 9999))
    T = {"en": "Itinerary: flight {fl} departs {a} on {d} at 07:45, arrives {b}. Transfer to {h}; the {s} cruise leaves two days later. Fare {p}.",
         "de": "Reiseplan: Flug {fl} ab {a} am {d} um 07:45, Ankunft {b}. Transfer zum {h}; die Kreuzfahrt mit der {s} startet zwei Tage später. Preis {p}.",
         "fr": "Itinéraire : vol {fl} au départ de {a} le {d} à 07h45, arrivée {b}. Transfert vers le {h} ; croisière sur le {s} deux jours plus tard. Tarif {p}.",
         "es": "Itinerario: vuelo {fl} sale de {a} el {d} a las 07:45 y llega a {b}. Traslado al {h}; el crucero {s} zarpa dos días después. Tarifa {p}."}[c.lang]
    return tpl(T, fl=D("NUMERIC_ID", fl), a=PN(a), b=PN(b), d=B.date_r(c, "long", 2025, 2027),
               h=PN(c.ch(["Hotel Sacher", "Raffles Hotel", "Hotel Adlon Kempinski", "The Ritz London"])),
               s=PN(c.ch(["Queen Mary 2", "Queen Elizabeth", "MS Hamburg", "Costa Diadema"])), p=B.dec(c, "price"))


MEDART = {
    "en": ["{e} is a progressive condition; early signs vary. Screening guidelines were updated on {d}.",
           "Unlike {e}, {e2} usually responds to treatment. Neither is contagious.",
           "The clinic's {o} page lists symptoms of {e} and {e2} for general information only."],
    "es": ["La {e} es una enfermedad progresiva. Las guías se actualizaron el {d}.", "A diferencia de la {e}, la {e2} suele responder al tratamiento."],
    "de": ["{e} ist eine fortschreitende Erkrankung. Die Leitlinie wurde am {d} aktualisiert.", "Anders als {e} spricht {e2} meist gut auf Therapie an."],
    "fr": ["La {e} est une maladie évolutive. Les recommandations ont été mises à jour le {d}.", "Contrairement à la {e}, la {e2} répond souvent au traitement."],
    "pt": ["A {e} é uma doença progressiva. As diretrizes foram atualizadas em {d}."],
    "it": ["Il {e} è una malattia progressiva. Le linee guida sono state aggiornate il {d}."],
}


@shape("free_medical_article", langs=set(MEDART), w=1.5, free=True)
def free_medical_article(ctx):
    c = ctx
    e1, e2 = c.rng.sample(HV.EPONYMS, 2)
    out = []
    for t in c.rng.sample(MEDART[c.lang], min(2, len(MEDART[c.lang]))):
        out.append(tpl(t, e=PN(e1), e2=PN(e2), d=B.date_r(c, "long", 2020, 2026), o=D("OPS_TERM", "health check")))
    gen = {"en": " Common conditions such as asthma and hypertension are covered in a separate leaflet.",
           "es": " El asma y la hipertensión se tratan en otro folleto.", "de": " Asthma und Bluthochdruck werden in einem eigenen Merkblatt erklärt.",
           "fr": " L'asthme et l'hypertension font l'objet d'une autre fiche.", "pt": "", "it": ""}[c.lang]
    return join(" ", out) + gen


@shape("free_landmarks", langs={"en", "de", "fr", "es"}, w=1.2, free=True)
def free_landmarks(ctx):
    c = ctx
    ls = c.rng.sample(DC.LANDMARKS, 2)
    T = {"en": "Tour stops: {a} ({aa}), then {b} ({ba}). Meet at the {biz} on {st} at 9.",
         "de": "Stationen: {a} ({aa}), danach {b} ({ba}). Treffpunkt: {biz} in der {st}, 9 Uhr.",
         "fr": "Étapes : {a} ({aa}), puis {b} ({ba}). Rendez-vous au {biz}, {st}, à 9 h.",
         "es": "Paradas: {a} ({aa}) y luego {b} ({ba}). Quedamos en el {biz} de {st} a las 9."}[c.lang]
    return tpl(T, a=PN(ls[0][0]), aa=PN(ls[0][1]), b=PN(ls[1][0]), ba=PN(ls[1][1]),
               biz=PN(c.ch(["McDonald's", "Starbucks", "Café Sacher", "Tim Hortons", "Wendy's"])),
               st=PN(c.ch(["Baker Street", "Kurfürstendamm", "Boulevard Haussmann", "Rothschild Boulevard", "Karl-Marx-Allee"])))


POLICY = {
    "en": ["Passwords must be at least 12 characters and may not contain your name.",
           "Weak examples such as {a} or {b} are rejected automatically.", "Never send your password by e-mail; our staff will never ask for it.",
           "In the docs we write the value as {ph}; in screenshots it appears as {m}."],
    "de": ["Passwörter müssen mindestens 12 Zeichen lang sein.", "Schwache Beispiele wie {a} oder {b} werden abgelehnt.",
           "In der Doku steht der Platzhalter {ph}; in Screenshots erscheint {m}."],
    "es": ["La contraseña debe tener al menos 12 caracteres.", "Ejemplos débiles como {a} o {b} se rechazan.",
           "En la documentación usamos {ph}; en las capturas aparece {m}."],
    "fr": ["Le mot de passe doit comporter au moins 12 caractères.", "Des exemples faibles comme {a} ou {b} sont refusés.",
           "Dans la doc, la valeur s'écrit {ph} ; à l'écran elle apparaît comme {m}."],
    "pt": ["A senha deve ter pelo menos 12 caracteres.", "Exemplos fracos como {a} ou {b} são recusados."],
    "ja": ["パスワードは12文字以上にしてください。", "{a}や{b}のような推測しやすいものは使えません。", "マニュアルでは{ph}と表記します。"],
}


@shape("free_password_policy", langs=set(POLICY), w=1.5, free=True)
def free_password_policy(ctx):
    c = ctx
    bad = c.rng.sample(["password123", "Summer2024!", "qwerty", "123456", "letmein", "Passw0rd", "admin", "iloveyou"], 2)
    out = [tpl(t, a=D("CODE_IDENT", bad[0]), b=D("CODE_IDENT", bad[1]),
               ph=D("CODE_IDENT", c.ch(["<your-password>", "${DB_PASSWORD}", "{{password}}", "YOUR_PASSWORD"])),
               m=D("CODE_IDENT", c.ch(["********", "••••••••", "[REDACTED]"])))
           for t in MEDPOL(c)]
    return join(" ", out)


def MEDPOL(c):
    ts = POLICY[c.lang]
    return c.rng.sample(ts, min(len(ts), c.ch([2, 3, 4])))


@shape("free_api_docs", w=1.2, free=True)
def free_api_docs(ctx):
    c = ctx
    return join("\n", [lit("### Create a customer (sandbox)"), lit("Use these test values:"),
                       lit("- email: ") + D("CODE_IDENT", c.ch(["user@example.com", "jane@example.org", "test@example.net"])),
                       lit("- card: ") + D("NUMERIC_ID", c.ch(["4242 4242 4242 4242", "5555 5555 5555 4444", "3782 822463 10005"])),
                       lit("- iban: ") + D("NUMERIC_ID", c.ch(["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "NL91 ABNA 0417 1643 00"])),
                       lit("- ssn: ") + D("NUMERIC_ID", "123-45-6789"),
                       lit("- name: ") + PN(c.ch(DC.PLACEHOLDERS)),
                       lit("- password: ") + D("CODE_IDENT", c.ch(["{{password}}", "<password>", "hunter2"])) + " (example only)",
                       lit("Requests return ") + B.dec(c, "uuid") + lit(" as the object id.")])


FCHAT = {
    "en": [("What's a good substitute for buttermilk?", "Mix 1 cup of milk with a tablespoon of lemon juice and wait 5 minutes."),
           ("Is {b} or {b2} better for a small flat?", "Both are fine; {b} is quieter, {b2} is cheaper at around {p}."),
           ("When does daylight saving end this year?", "On {d} in most of Europe."),
           ("Explain {s} in one sentence.", "{s} is a tool that automates builds and deployments.")],
    "es": [("¿Qué sustituye a la mantequilla en un bizcocho?", "Puedes usar aceite de oliva suave, unos 3/4 de la cantidad."),
           ("¿{b} o {b2} para un piso pequeño?", "{b} es más silencioso; {b2} cuesta unos {p}.")],
    "de": [("Was ist besser für eine kleine Wohnung, {b} oder {b2}?", "{b} ist leiser, {b2} kostet etwa {p}."),
           ("Wann endet die Sommerzeit?", "Am {d}.")],
    "fr": [("{b} ou {b2} pour un petit appartement ?", "{b} est plus silencieux ; {b2} coûte environ {p}."),
           ("Quand finit l'heure d'été ?", "Le {d}.")],
}


@shape("free_chat", langs=set(FCHAT), w=2.0, free=True)
def free_chat(ctx):
    c = ctx
    out = []
    for q, a in c.rng.sample(FCHAT[c.lang], min(2, len(FCHAT[c.lang]))):
        b = c.rng.sample(DC.BRANDS, 2)
        kw = dict(b=PN(b[0]), b2=PN(b[1]), p=B.dec(c, "price"), d=B.date_r(c, "long", 2025, 2026), s=PN(c.ch(DC.SOFTWARE)))
        out.append(lit("User: ") + tpl(q, **kw))
        out.append(lit("Assistant: ") + tpl(a, **kw))
    return join("\n", out)


@shape("free_tool_call", w=1.2, free=True, json_nested=["arguments"])
def free_tool_call(ctx):
    c = ctx
    k = c.rng.randrange(3)
    if k == 0:
        args = {"city": PN(c.ch(["San José", "São Paulo", "Saint Petersburg", "San Francisco", "Santa Cruz", "Victoria", "Georgetown"])),
                "units": "metric"}
        fn = "get_weather"
    elif k == 1:
        air = [x for x in DC.NAMED_PLACES if "Airport" in x]
        a, b = c.rng.sample(air, 2)
        args = {"from": PN(a), "to": PN(b), "date": B.date_r(c, "iso", 2025, 2027), "max_price": B.dec(c, "price")}
        fn = "search_flights"
    else:
        args = {"ticker": c.ch(["TSLA", "F", "DELL", "DIS", "MC.PA", "7203.T"]), "company": PN(c.ch(DC.BRANDS)),
                "from": B.date_r(c, "iso", 2024, 2026)}
        fn = "get_stock_history"
    call = {"id": "call_" + V.hexs(c.rng, 24), "type": "function", "function": {"name": fn, "arguments": jdump(args)}}
    return jdump({"role": "assistant", "content": None, "tool_calls": [call]}, indent=c.ch([None, 2]))


@shape("free_csv", w=0.8, free=True)
def free_csv(ctx):
    c = ctx
    out = [lit("sku,product,brand,price,updated")]
    for _ in range(c.ch([2, 3, 4])):
        out.append(lit("SKU-%05d," % c.rng.randrange(100000)) + PN(c.ch(DC.PRODUCTS)) + "," + PN(c.ch(DC.BRANDS).replace(",", "")) +
                   "," + D("PRICE", "%.2f" % c.rng.uniform(5, 900)) + "," + B.date_r(c, "iso"))
    return join("\n", out)


@shape("free_json_log", w=0.8, free=True, json_nested=[])
def free_json_log(ctx):
    c = ctx
    obj = {"ts": B.date_r(c, "iso", 2024, 2026), "level": "warn", "service": c.ch(["jenkins-agent", "hugo-build", "kafka-consumer"]),
           "event": B.dec(c, "ops"), "trace_id": D("HEX_HASH", V.hexs(c.rng, 32)), "job": B.dec(c, "uuid"),
           "version": B.dec(c, "version"), "detail": lit("retrying in %ds" % c.rng.randrange(1, 60))}
    return jdump(obj, indent=c.ch([None, 2]))


@shape("free_math", w=1.0, free=True)
def free_math(ctx):
    c = ctx
    a, b = c.rng.randrange(100, 999), c.rng.randrange(100, 9999)
    T = c.ch(["Solve for x: {a}x + {b} = {s}. Show each step and simplify the fraction at the end.",
              "Homework: compute {a} × {b} and round to the nearest thousand. The ISBN of the textbook is {i}.",
              "If a train leaves at 14:05 and travels {a} km at {b2} km/h, when does it arrive? (Answer key ref {i})"])
    return tpl(T, a=str(a), b=str(b), s=str(a * 3 + b), b2=str(c.rng.randrange(60, 300)),
               i=D("NUMERIC_ID", "ISBN 978-%d-%02d-%06d-%d" % (c.rng.randrange(10), c.rng.randrange(100), c.rng.randrange(10 ** 6), c.rng.randrange(10))))


@shape("free_finance_news", langs={"en", "de", "fr", "es"}, w=1.0, free=True)
def free_finance_news(ctx):
    c = ctx
    b = c.rng.sample(DC.BRANDS, 2)
    T = {"en": "{a} shares rose to {p} after the results on {d}, while {b} slipped. Analysts expect guidance on {d2}.",
         "de": "Die Aktie von {a} stieg nach den Zahlen vom {d} auf {p}, {b} gab nach. Der Ausblick folgt am {d2}.",
         "fr": "L'action {a} a grimpé à {p} après les résultats du {d}, {b} a reculé. Prévisions attendues le {d2}.",
         "es": "Las acciones de {a} subieron a {p} tras los resultados del {d}; {b} cayó. Previsiones el {d2}."}[c.lang]
    return tpl(T, a=PN(b[0]), b=PN(b[1]), p=B.dec(c, "price"), d=B.date_r(c, "long", 2024, 2026), d2=B.date_r(c, "long", 2025, 2027))


@shape("free_calendar", w=0.5, free=True)
def free_calendar(ctx):
    c = ctx
    out = []
    for item in c.rng.sample(["Sprint 14 review", "Invoice run", "Quarter close", "Office closed (public holiday)",
                              "Release freeze", "Fire drill", "Board meeting", "Rent due", "Contract renewal deadline"], c.ch([2, 3, 4])):
        out.append(lit("- ") + B.date_r(c, c.ch(["iso", "long", "num"])) + ": " + item)
    return lit(c.ch(["Upcoming:\n", "Key dates\n", "Reminders\n"])) + join("\n", out)


@shape("free_reviews", langs={"en", "de", "fr", "es", "it"}, w=1.2, free=True)
def free_reviews(ctx):
    c = ctx
    b = c.rng.sample(DC.BRANDS, 2)
    T = {"en": "★★★★☆ Bought the {a} vacuum for {p}. Quieter than my old {b}. Assembly with the {pr} took 20 minutes.",
         "de": "★★★★☆ Den {a}-Staubsauger für {p} gekauft. Leiser als mein alter {b}. Aufbau vom {pr}: 20 Minuten.",
         "fr": "★★★★☆ Aspirateur {a} acheté {p}. Plus silencieux que mon ancien {b}. Montage du {pr} : 20 minutes.",
         "es": "★★★★☆ Compré la aspiradora {a} por {p}. Más silenciosa que mi antigua {b}. Montar la {pr} llevó 20 minutos.",
         "it": "★★★★☆ Preso l'aspirapolvere {a} a {p}. Più silenzioso del vecchio {b}. Montaggio del {pr}: 20 minuti."}[c.lang]
    return tpl(T, a=PN(b[0]), b=PN(b[1]), p=B.dec(c, "price"), pr=PN(c.ch(DC.PRODUCTS)))


@shape("free_env_example", w=0.7, free=True)
def free_env_example(ctx):
    c = ctx
    return join("\n", [lit("# .env.example — copy to .env and fill in"), lit("DB_PASSWORD=") + D("CODE_IDENT", c.ch(["<your-password>", "changeme", ""]) or "changeme"),
                       lit("SMTP_PASS=") + D("CODE_IDENT", "${SMTP_PASS}"), lit("ADMIN_EMAIL=") + D("CODE_IDENT", "admin@example.com"),
                       lit("APP_VERSION=") + B.dec(c, "version")])


EMPTY = {"en": ["Name", "Date of birth", "Address", "Phone", "Password"], "de": ["Name", "Geburtsdatum", "Anschrift", "Telefon", "Passwort"],
         "fr": ["Nom", "Date de naissance", "Adresse", "Téléphone", "Mot de passe"], "es": ["Nombre", "Fecha de nacimiento", "Dirección", "Teléfono", "Contraseña"],
         "ja": ["氏名", "生年月日", "住所", "電話番号", "パスワード"], "pt": ["Nome", "Data de nascimento", "Endereço", "Telefone", "Senha"]}


@shape("free_empty_form", langs=set(EMPTY), w=1.0, free=True)
def free_empty_form(ctx):
    c = ctx
    blanks = ["________________", "__/__/____", "[            ]", "", "DD/MM/YYYY", "........"]
    out = [lit({"en": "REGISTRATION FORM", "de": "Anmeldeformular", "fr": "Formulaire d'inscription", "es": "Formulario de registro",
                "ja": "申込書", "pt": "Ficha de cadastro"}[c.lang])]
    for lab in EMPTY[c.lang]:
        bl = "__/__/____" if ("birth" in lab or "naiss" in lab or "nacim" in lab or "Geburt" in lab or "生年" in lab or "nasc" in lab) \
            else c.ch([b for b in blanks if "/" not in b])
        out.append(lit(lab + ": " + bl))
    out.append(lit("Form ") + B.dec(c, "numid") + lit(" — version ") + B.dec(c, "version"))
    return join("\n", out)


FQ = {"en": (["How do I reverse a list in Python?", "What's the difference between TCP and UDP?",
               "Write a haiku about autumn in Kyoto.", "Convert 72 °F to Celsius."],
              ["Use reversed() or slicing: xs[::-1].", "TCP is connection-oriented; UDP is not.", "Sure — here it is:",
               "72 °F is about 22.2 °C."]),
      "es": (["¿Cómo invierto una lista en Python?", "Escribe un haiku sobre el otoño."], ["Usa xs[::-1].", "Claro, aquí lo tienes:"]),
      "de": (["Wie drehe ich eine Liste in Python um?", "Erkläre TCP und UDP in einem Satz."], ["Mit xs[::-1].", "Gern:"]),
      "fr": (["Comment inverser une liste en Python ?", "Écris un haïku sur l'automne."], ["Avec xs[::-1].", "Bien sûr :"]),
      "pt": (["Como inverto uma lista em Python?"], ["Use xs[::-1]."]), "it": (["Come inverto una lista in Python?"], ["Usa xs[::-1]."]),
      "ja": (["Pythonでリストを逆順にするには？", "秋の俳句を作って。"], ["xs[::-1] を使います。", "どうぞ："]),
      "zh": (["Python里怎么反转列表？", "用一句话解释TCP和UDP的区别。"], ["用 xs[::-1]。", "好的："]),
      "ko": (["파이썬에서 리스트를 뒤집으려면?"], ["xs[::-1]을 쓰세요."]), "ru": (["Как развернуть список в Python?"], ["Используйте xs[::-1]."]),
      "tr": (["Python'da listeyi nasıl ters çeviririm?"], ["xs[::-1] kullanın."]), "pl": (["Jak odwrócić listę w Pythonie?"], ["Użyj xs[::-1]."]),
      "nl": (["Hoe draai ik een lijst om in Python?"], ["Gebruik xs[::-1]."]), "id": (["Bagaimana membalik list di Python?"], ["Pakai xs[::-1]."]),
      "vi": (["Làm sao đảo ngược list trong Python?"], ["Dùng xs[::-1]."]), "ar": (["كيف أعكس قائمة في بايثون؟"], ["استخدم xs[::-1]."]),
      "hi": (["Python में लिस्ट को उल्टा कैसे करें?"], ["xs[::-1] का उपयोग करें।"]), "he": (["איך הופכים רשימה בפייתון?"], ["xs[::-1]."]),
      "uk": (["Як розвернути список у Python?"], ["Використайте xs[::-1]."]), "sv": (["Hur vänder jag en lista i Python?"], ["Använd xs[::-1]."])}


@shape("free_openai_messages", langs=set(FQ), w=1.6, free=True, json_nested=[])
def free_openai_messages(ctx):
    c = ctx
    qs, ans = FQ[c.lang]
    i = c.rng.randrange(len(qs))
    q, a = qs[i], ans[min(i, len(ans) - 1)]
    obj = {"model": c.ch(["gpt-4o-mini", "claude-3-haiku", "llama-3.1-8b"]), "messages": [
        {"role": "system", "content": "You are a concise assistant."}, {"role": "user", "content": q},
        {"role": "assistant", "content": a}], "request_id": B.dec(c, "uuid")}
    return jdump(obj, indent=c.ch([None, 2]))


PH_LOCAL = {"de": ("Max Mustermann", "Erika Mustermann", "Vorlage: Sehr geehrte/r {a}, Ihre Bestellung {o} ist fertig. ({a} durch den Kundennamen ersetzen.)"),
            "it": ("Mario Rossi", "Mario Rossi", "Esempio di compilazione: {a}, ordine {o}. I dati sono fittizi."),
            "es": ("Juan Pérez", "Fulano de Tal", "Plantilla: Estimado {a}, su pedido {o} está listo. ({b} es solo un ejemplo.)"),
            "pl": ("Jan Kowalski", "Jan Kowalski", "Wzór wypełnienia: {a}, zamówienie {o}. Dane przykładowe."),
            "ja": ("山田太郎", "山田太郎", "記入例：{a}（注文番号{o}）※架空の名前です"),
            "ko": ("홍길동", "홍길동", "작성 예시: {a} / 주문번호 {o} (예시 이름)"), "zh": ("张三", "张三", "填写示例：{a}，订单号{o}（示例姓名）"),
            "ru": ("Иван Иванов", "Иван Иванов", "Образец заполнения: {a}, заказ {o}. Данные вымышлены."),
            "pt": ("Fulano de Tal", "Fulano de Tal", "Modelo: Prezado {a}, seu pedido {o} está pronto."),
            "fr": ("Jean Dupont", "Jean Dupont", "Modèle : Cher {a}, votre commande {o} est prête. (Nom fictif.)"),
            "cs": ("Jan Novák", "Jan Novák", "Vzor: {a}, objednávka {o}. Smyšlené údaje."),
            "nb": ("Ola Nordmann", "Ola Nordmann", "Eksempel: {a}, ordre {o}. Fiktivt navn."),
            "tl": ("Juan dela Cruz", "Juan dela Cruz", "Halimbawa: {a}, order {o}. Hindi totoong pangalan.")}


@shape("free_placeholders", langs=set(PH_LOCAL) | {"en"}, w=1.5, free=True)
def free_placeholders(ctx):
    c = ctx
    if c.lang in PH_LOCAL:
        a, b, t = PH_LOCAL[c.lang]
        return tpl(t, a=PN(a), b=PN(b), o=B.dec(c, "order"))
    ph = c.rng.sample([x for x in DC.PLACEHOLDERS if x.isascii()], 2)
    T = c.ch(["Template: Dear {a}, your order {o} is ready. (Replace {a} with the customer's name.)",
              "In the screenshots we use {a} and {b} as sample customers; they are not real accounts.",
              "Mail-merge preview: Hello {a}! Your invoice {o} is attached."])
    return tpl(T, a=PN(ph[0]), b=PN(ph[1]), o=B.dec(c, "order"))


@shape("free_support_faq", langs={"en", "de", "es", "fr"}, w=1.0, free=True)
def free_support_faq(ctx):
    c = ctx
    T = {"en": "How do I reset my password? Go to Settings → Security, click \"Forgot password\" and follow the link. We will never show your password; it is displayed as {m}. Tickets like {t} are answered within 24 h.",
         "de": "Wie setze ich mein Passwort zurück? Unter Einstellungen → Sicherheit auf \"Passwort vergessen\" klicken. Das Passwort wird nie angezeigt, sondern als {m}. Tickets wie {t} beantworten wir binnen 24 h.",
         "es": "¿Cómo restablezco mi contraseña? Ve a Ajustes → Seguridad y pulsa \"¿Olvidaste tu contraseña?\". Nunca mostramos la contraseña; aparece como {m}. Las incidencias como {t} se responden en 24 h.",
         "fr": "Comment réinitialiser mon mot de passe ? Paramètres → Sécurité, puis « Mot de passe oublié ». Il s'affiche toujours comme {m}. Les tickets comme {t} sont traités sous 24 h."}[c.lang]
    return tpl(T, m=D("CODE_IDENT", c.ch(["********", "••••••"])), t=B.dec(c, "ticket"))


@shape("free_ops_chat", w=1.2, free=True)
def free_ops_chat(ctx):
    c = ctx
    T = ["oncall: {o} on the payments pod again, {o2} after deploy {v}. rolling back to {h}.",
         "post-mortem draft: the {o} was caused by a {o2}; customer impact none. Incident {t}.",
         "can someone check the {o}? heartbeat missing since {d}. build {v}, commit {h}."]
    ops = c.rng.sample(DC.OPS_TERMS, 2)
    return tpl(c.ch(T), o=D("OPS_TERM", ops[0]), o2=D("OPS_TERM", ops[1]), v=B.dec(c, "version"), h=B.dec(c, "hash"),
               t=B.dec(c, "ticket"), d=B.date_r(c, "iso", 2025, 2026))


@shape("free_tracking", w=0.7, free=True)
def free_tracking(ctx):
    c = ctx
    out = [lit("Shipment status")]
    for _ in range(c.ch([2, 3])):
        out.append(B.dec(c, "track") + lit(" — " + c.ch(["in transit", "out for delivery", "customs cleared", "delivered to parcel locker"]) + " — ") +
                   B.date_r(c, "num", 2025, 2026))
    out.append(lit("Ref ") + B.dec(c, "order"))
    return join("\n", out)
