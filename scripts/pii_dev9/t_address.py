"""Theme 4: ADDRESS in the formats of 23 countries, in many shapes."""
import geo as G
import values as V
import wrap as W
from common import cast, email, lang_of, phone, slots
from core import D, E, S, csv_row, fill, flat, jdump, jesc, join, mapseg

COUNTRIES = list(G.BUILDERS)
C_LANG = {"US": "en", "CA": "en", "GB": "en", "IE": "en", "IN": "en", "AU": "en", "DE": "de", "AT": "de", "CH": "de",
          "FR": "fr", "BE": "fr", "NL": "nl", "IT": "it", "ES": "es", "MX": "es", "PT": "pt", "BR": "pt", "PL": "pl",
          "SE": "sv", "DK": "da", "NO": "no", "FI": "fi", "JP": "ja"}
C_LOC = dict(G.COUNTRY_LOC)
C_LOC.update({"BE": "fr_BE", "CH": "de_CH"})


def setup(rng, cc=None):
    cc = cc or rng.choice(COUNTRIES)
    lang = C_LANG[cc]
    loc = C_LOC[cc]
    if cc == "CA" and rng.random() < 0.3:
        lang, loc = "fr", "fr_CA"
    if cc == "BE" and rng.random() < 0.5:
        lang, loc = "nl", "nl_BE"
    return cc, lang, loc


def addr(rng, cc, multi=None, **kw):
    lines = G.address(rng, cc, **kw)
    multi = rng.random() < 0.4 if multi is None else multi
    if multi:
        return E("ADDRESS", "\n".join(lines)), True
    sep = " " if cc == "JP" and not lines[0][:1].isascii() else ", "
    return E("ADDRESS", sep.join(lines)), False


CUE = {
    "en": ["Please send it to ⟦a⟧.", "My new address is ⟦a⟧.", "Can you update the delivery address to ⟦a⟧?",
           "The parcel went to my old place, the right one is ⟦a⟧.", "Ship to: ⟦a⟧", "I live at ⟦a⟧, the blue door next to the bakery."],
    "de": ["Bitte an folgende Adresse schicken: ⟦a⟧", "Meine neue Anschrift lautet ⟦a⟧.", "Lieferadresse ändern auf ⟦a⟧, bitte."],
    "fr": ["Envoyez-le au ⟦a⟧, s'il vous plaît.", "Ma nouvelle adresse : ⟦a⟧.", "Le colis est parti à l'ancienne adresse, la bonne c'est ⟦a⟧."],
    "nl": ["Stuur het naar ⟦a⟧.", "Mijn nieuwe adres is ⟦a⟧.", "Kunnen jullie het bezorgadres wijzigen naar ⟦a⟧?"],
    "it": ["Spedite a ⟦a⟧, grazie.", "Il mio nuovo indirizzo è ⟦a⟧.", "Potete cambiare l'indirizzo di consegna in ⟦a⟧?"],
    "es": ["Envíalo a ⟦a⟧, por favor.", "Mi nueva dirección es ⟦a⟧.", "¿Podéis cambiar la dirección de entrega a ⟦a⟧?"],
    "pt": ["Pode enviar para ⟦a⟧?", "O meu novo endereço é ⟦a⟧.", "Mudem a morada de entrega para ⟦a⟧, por favor."],
    "pl": ["Proszę wysłać na adres: ⟦a⟧.", "Mój nowy adres to ⟦a⟧.", "Zmieńcie adres dostawy na ⟦a⟧."],
    "sv": ["Skicka det till ⟦a⟧.", "Min nya adress är ⟦a⟧.", "Kan ni ändra leveransadressen till ⟦a⟧?"],
    "da": ["Send den til ⟦a⟧.", "Min nye adresse er ⟦a⟧."],
    "no": ["Send den til ⟦a⟧.", "Ny adresse: ⟦a⟧."],
    "fi": ["Lähetä se osoitteeseen ⟦a⟧.", "Uusi osoitteeni on ⟦a⟧."],
    "ja": ["送り先は⟦a⟧です。", "住所が変わりました。新しい住所は⟦a⟧です。", "配送先を⟦a⟧に変更してください。"],
}
EXTRA = {
    "en": ["Order ⟦o⟧, total ⟦p⟧.", "Not the shop on ⟦st⟧ — that's the old one.", "Tracking number ⟦tr⟧ still shows 'in transit'.",
           "Please leave it with a neighbour if nobody's home."],
    "de": ["Bestellung ⟦o⟧, Betrag ⟦p⟧.", "Nicht die Filiale in der ⟦st⟧.", "Sendungsnummer ⟦tr⟧."],
    "fr": ["Commande ⟦o⟧, montant ⟦p⟧.", "Pas la boutique sur les ⟦st⟧.", "Numéro de suivi ⟦tr⟧."],
    "nl": ["Bestelling ⟦o⟧, bedrag ⟦p⟧.", "Track & trace: ⟦tr⟧."], "it": ["Ordine ⟦o⟧, importo ⟦p⟧.", "Tracking ⟦tr⟧."],
    "es": ["Pedido ⟦o⟧, importe ⟦p⟧.", "No la tienda de ⟦st⟧.", "Seguimiento: ⟦tr⟧."], "pt": ["Encomenda ⟦o⟧, valor ⟦p⟧.", "Rastreio ⟦tr⟧."],
    "pl": ["Zamówienie ⟦o⟧, kwota ⟦p⟧.", "Numer przesyłki ⟦tr⟧."], "sv": ["Order ⟦o⟧, belopp ⟦p⟧.", "Kolli-id ⟦tr⟧."],
    "da": ["Ordre ⟦o⟧, beløb ⟦p⟧."], "no": ["Ordre ⟦o⟧, beløp ⟦p⟧."], "fi": ["Tilaus ⟦o⟧, summa ⟦p⟧."],
    "ja": ["注文番号⟦o⟧、金額⟦p⟧。", "追跡番号⟦tr⟧。"],
}


def _extras(rng, lang, loc):
    kw = dict(o=D("ORDER_ID", V.order_id(rng)), p=D("PRICE", V.price(rng, loc)), tr=D("ORDER_ID", V.tracking(rng)),
              st=D("PROPER_NOUN", rng.choice(G.STREET_REFS)))
    return fill(rng.choice(EXTRA[lang]), **kw)


def g_chat(rng):
    cc, lang, loc = setup(rng)
    a, multi = addr(rng, cc, multi=rng.random() < 0.15)
    cue = rng.choice(CUE[lang])
    if multi:
        cue = cue.replace("⟦a⟧", "\n⟦a⟧\n")
    parts = [fill(cue, a=a)]
    if rng.random() < 0.7:
        parts.insert(rng.randint(0, 1), _extras(rng, lang, loc))
    if rng.random() < 0.4:
        p = cast(rng, loc, 1)[0]
        parts.append(fill({"ja": "⟦n⟧", "de": "Gruß, ⟦n⟧", "fr": "Merci, ⟦n⟧", "es": "Gracias, ⟦n⟧"}.get(lang, "Thanks, ⟦n⟧"),
                          n=E("PERSON", p.full)))
    segs = join("" if lang == "ja" else " ", parts)
    segs, shape = W.wrap_any(rng, segs, lang)
    return segs, shape, loc


def g_ship_json(rng):
    cc, lang, loc = setup(rng)
    p = cast(rng, loc, 1)[0]
    a, _ = addr(rng, cc, multi=rng.random() < 0.6)
    args = {"recipient": E("PERSON", p.full), "address": a, "country": cc, "phone": phone(rng, loc, True),
            "service": rng.choice(["express", "standard", "economy"]), "order_ref": D("ORDER_ID", V.order_id(rng))}
    if rng.random() < 0.3:
        args["email"] = email(rng, p, loc)
    k = rng.random()
    if k < 0.5:
        return W.tool_call(rng, "create_shipment", args, ascii=rng.random() < 0.15, indent=rng.choice([None, 2])), "tool", loc
    if k < 0.75:
        return W.tool_use(rng, "create_label", args), "tool", loc
    return W.log_line(rng, "INFO", "shipping.label.created", jdump(args), style="json"), "log", loc


def g_csv(rng):
    cc, lang, loc = setup(rng)
    sep = rng.choice([",", ";", "\t"])
    hdr = rng.choice([["name", "address", "phone", "order"], ["customer", "ship_to", "order_id", "total"]])
    rows = [S([sep.join(hdr)])]
    for _ in range(rng.randint(2, 4) if rng.random() < 0.6 else rng.randint(8, 16)):
        p = cast(rng, loc, 1)[0]
        a, _ = addr(rng, cc, multi=rng.random() < 0.2)
        if hdr[2] == "phone":
            cells = [E("PERSON", p.full), a, phone(rng, loc), D("ORDER_ID", V.order_id(rng))]
        else:
            cells = [E("PERSON", p.full), a, D("ORDER_ID", V.order_id(rng)), D("PRICE", V.price(rng, loc))]
        rows.append(csv_row(cells, sep))
    return join("\n", rows), "csv", loc


SIGN = {"en": ("Best regards,", "T", "E"), "de": ("Mit freundlichen Grüßen", "Tel.", "E-Mail"), "fr": ("Cordialement,", "Tél.", "Courriel"),
        "nl": ("Met vriendelijke groet,", "T", "E"), "it": ("Cordiali saluti,", "Tel.", "Email"), "es": ("Un saludo,", "Tel.", "Correo"),
        "pt": ("Com os melhores cumprimentos,", "Tel.", "Email"), "pl": ("Z poważaniem,", "tel.", "e-mail"), "sv": ("Med vänliga hälsningar,", "Tel", "E-post"),
        "da": ("Med venlig hilsen", "Tlf.", "E-mail"), "no": ("Med vennlig hilsen", "Tlf.", "E-post"), "fi": ("Ystävällisin terveisin", "Puh.", "Sähköposti"),
        "ja": ("よろしくお願いいたします。", "TEL", "Mail")}
BODY = {"en": "Please find the signed lease attached. Let me know if anything is missing.", "de": "anbei der unterschriebene Vertrag.",
        "fr": "Vous trouverez ci-joint le contrat signé.", "nl": "In de bijlage het getekende contract.", "it": "In allegato il contratto firmato.",
        "es": "Adjunto el contrato firmado.", "pt": "Segue em anexo o contrato assinado.", "pl": "W załączniku podpisana umowa.",
        "sv": "Bifogat finns det underskrivna avtalet.", "da": "Vedhæftet er den underskrevne kontrakt.", "no": "Vedlagt er den signerte kontrakten.",
        "fi": "Liitteenä allekirjoitettu sopimus.", "ja": "署名済みの契約書を添付いたします。"}


def g_signature(rng):
    cc, lang, loc = setup(rng)
    sender, rcpt = cast(rng, loc, 2)
    a, _ = addr(rng, cc, multi=True, po=rng.random() < 0.15)
    bye, tl, el = SIGN[lang]
    greet = {"ja": "⟦r⟧様", "de": "Hallo ⟦r⟧,", "fr": "Bonjour ⟦r⟧,", "es": "Hola ⟦r⟧:", "it": "Ciao ⟦r⟧,", "pt": "Olá ⟦r⟧,",
             "nl": "Beste ⟦r⟧,", "pl": "Dzień dobry ⟦r⟧,", "sv": "Hej ⟦r⟧,", "da": "Hej ⟦r⟧,", "no": "Hei ⟦r⟧,", "fi": "Hei ⟦r⟧,"}.get(lang, "Hi ⟦r⟧,")
    r = E("PERSON", rcpt.fam_alone if lang == "ja" else rcpt.given)
    segs = fill(f"{greet}\n\n⟦b⟧\n\n{bye}\n⟦s⟧\n⟦a⟧\n{tl} ⟦ph⟧\n{el} ⟦e⟧", r=r, b=BODY[lang], s=E("PERSON", sender.full), a=a,
                ph=phone(rng, loc), e=email(rng, sender, loc))
    if rng.random() < 0.3:
        segs = fill("⟦c⟧\n⟦n⟧", c=segs, n=G.COUNTRY_NAME[cc]) if False else segs
    return segs, "email", loc


FORM = {"en": ("Change of address", "Name", "Old address", "New address", "Effective from"),
        "de": ("Adressänderung", "Name", "Alte Anschrift", "Neue Anschrift", "Gültig ab"),
        "fr": ("Changement d'adresse", "Nom", "Ancienne adresse", "Nouvelle adresse", "À partir du"),
        "nl": ("Adreswijziging", "Naam", "Oud adres", "Nieuw adres", "Ingangsdatum"),
        "it": ("Cambio di indirizzo", "Nome", "Vecchio indirizzo", "Nuovo indirizzo", "Dal"),
        "es": ("Cambio de domicilio", "Nombre", "Dirección anterior", "Dirección nueva", "Desde"),
        "pt": ("Alteração de morada", "Nome", "Morada antiga", "Morada nova", "A partir de"),
        "pl": ("Zmiana adresu", "Imię i nazwisko", "Stary adres", "Nowy adres", "Od dnia"),
        "sv": ("Adressändring", "Namn", "Gammal adress", "Ny adress", "Från och med"),
        "da": ("Adresseændring", "Navn", "Gammel adresse", "Ny adresse", "Fra"),
        "no": ("Adresseendring", "Navn", "Gammel adresse", "Ny adresse", "Fra"),
        "fi": ("Osoitteenmuutos", "Nimi", "Vanha osoite", "Uusi osoite", "Alkaen"),
        "ja": ("住所変更届", "氏名", "旧住所", "新住所", "変更日")}


def g_form(rng):
    cc, lang, loc = setup(rng)
    p = cast(rng, loc, 1)[0]
    h, fn, fo, fnw, fd = FORM[lang]
    a1, _ = addr(rng, cc, multi=False)
    a2, m2 = addr(rng, cc, multi=rng.random() < 0.4)
    dl = lang if lang in V.MONTHS or lang == "ja" else "en"
    d = D("DATE", V.fmt_date(rng, V.recent(rng), dl, region="US" if loc == "en_US" else "XX"))
    segs = fill(f"{h}\n{fn}: ⟦n⟧\n{fo}: ⟦a1⟧\n{fnw}:{chr(10) if m2 else ' '}⟦a2⟧\n{fd}: ⟦d⟧", n=E("PERSON", p.full), a1=a1, a2=a2, d=d)
    return segs, "form", loc


SMS = {"en": ["Driver here, I'm outside ⟦a⟧ but can't find the entrance", "Your parcel ⟦tr⟧ will be delivered to ⟦a⟧ today between 2-4pm"],
       "de": ["Fahrer hier, stehe vor ⟦a⟧, finde den Eingang nicht", "Ihr Paket ⟦tr⟧ wird heute an ⟦a⟧ zugestellt"],
       "fr": ["Livreur : je suis devant le ⟦a⟧, pas de code ?", "Votre colis ⟦tr⟧ sera livré au ⟦a⟧ aujourd'hui"],
       "es": ["Soy el repartidor, estoy en ⟦a⟧ y no encuentro el portal", "Tu paquete ⟦tr⟧ llega hoy a ⟦a⟧"],
       "it": ["Sono il corriere, sono in ⟦a⟧ ma non trovo il citofono", "Il pacco ⟦tr⟧ verrà consegnato oggi in ⟦a⟧"],
       "pt": ["Sou o estafeta, estou na ⟦a⟧ e não encontro a entrada", "A sua encomenda ⟦tr⟧ será entregue hoje em ⟦a⟧"],
       "nl": ["Bezorger hier, ik sta bij ⟦a⟧ maar vind de ingang niet", "Je pakket ⟦tr⟧ wordt vandaag bezorgd op ⟦a⟧"],
       "pl": ["Kurier: jestem pod adresem ⟦a⟧, nie mogę znaleźć wejścia", "Paczka ⟦tr⟧ zostanie dziś doręczona na ⟦a⟧"],
       "sv": ["Budet här, jag står utanför ⟦a⟧", "Ditt paket ⟦tr⟧ levereras i dag till ⟦a⟧"],
       "da": ["Buddet her, jeg står ved ⟦a⟧"], "no": ["Sjåføren her, jeg står utenfor ⟦a⟧"], "fi": ["Kuljettaja täällä, olen osoitteessa ⟦a⟧"],
       "ja": ["配達員です。⟦a⟧の前にいますが入口が分かりません", "お荷物⟦tr⟧は本日⟦a⟧へお届けします"]}


def g_sms(rng):
    cc, lang, loc = setup(rng)
    a, _ = addr(rng, cc, multi=False, unit=rng.random() < 0.5)
    segs = fill(rng.choice(SMS[lang]), a=a, tr=D("ORDER_ID", V.tracking(rng)))
    if rng.random() < 0.5:
        segs = jdump({"from": phone(rng, loc, True), "body": S(segs), "received_at": W.ts(rng)})
    elif rng.random() < 0.5:
        segs = fill("⟦ph⟧: ⟦s⟧", ph=phone(rng, loc), s=segs)
    else:
        segs = fill("⟦s⟧ — ⟦ph⟧", ph=phone(rng, loc), s=segs)
    return segs, "sms", loc


def g_voice(rng):
    cc = rng.choice(["US", "GB", "AU", "IE", "CA", "IN", "FR", "DE", "ES", "IT", "NL"])
    cc, lang, loc = setup(rng, cc)
    p = cast(rng, loc, 1)[0]
    a, _ = addr(rng, cc, multi=False, unit=False)
    tpl = {"en": "agent: whats the delivery address caller: its ⟦a⟧ agent: and the name caller: ⟦n⟧",
           "fr": "conseiller: quelle est l'adresse de livraison client: c'est ⟦a⟧ au nom de ⟦n⟧",
           "de": "mitarbeiter: wie lautet die lieferadresse kunde: ⟦a⟧ auf den namen ⟦n⟧",
           "es": "agente: cuál es la dirección cliente: es ⟦a⟧ a nombre de ⟦n⟧",
           "it": "operatore: qual è l'indirizzo cliente: ⟦a⟧ a nome di ⟦n⟧",
           "nl": "medewerker: wat is het afleveradres klant: ⟦a⟧ op naam van ⟦n⟧"}[lang]
    segs = mapseg(fill(tpl, a=a, n=E("PERSON", p.full)), lambda s: s.lower().replace(",", "").replace(".", "").replace("'", " "))
    segs = jdump({"call_id": D("HEX_HASH", V.uuid(rng)), "transcript": S(segs)}) if rng.random() < 0.5 else fill("[asr] ⟦s⟧", s=segs)
    return segs, "transcript", loc


def g_yaml(rng):
    cc, lang, loc = setup(rng)
    p = cast(rng, loc, 1)[0]
    lines = G.address(rng, cc)
    a = E("ADDRESS", "\n    ".join(lines))
    segs = fill("# fixtures/customers.yml\n- id: ⟦i⟧\n  name: ⟦n⟧\n  email: ⟦e⟧\n  address: |\n    ⟦a⟧\n  created_at: ⟦t⟧\n",
                i=str(rng.randint(1, 9999)), n=E("PERSON", p.full), e=email(rng, p, loc), a=a, t=W.ts(rng))
    return segs, "yaml", loc


def g_markdown(rng):
    cc, lang, loc = setup(rng)
    h = {"de": "| Gast | Adresse | Zimmer |", "fr": "| Invité | Adresse | Chambre |", "es": "| Invitado | Dirección | Habitación |",
         "ja": "| 氏名 | 住所 | 部屋 |"}.get(lang, "| Guest | Address | Room |")
    rows = [S([h, "\n|---|---|---|"])]
    for _ in range(rng.randint(2, 4)):
        p = cast(rng, loc, 1)[0]
        a, _ = addr(rng, cc, multi=False)
        rows.append(fill("| ⟦n⟧ | ⟦a⟧ | ⟦r⟧ |", n=E("PERSON", p.full), a=a, r=str(rng.randint(101, 420))))
    return join("\n", rows), "markdown", loc


INVITE = {"en": "Team dinner at my place on ⟦d⟧! Address: ⟦a⟧. (Not the office in Building B, Room 4.12.) Bring the ⟦ver⟧ release notes if you can.",
          "de": "Teamessen bei mir am ⟦d⟧! Adresse: ⟦a⟧. (Nicht im Büro, Raum 2.031.) Die Release-Notes zu ⟦ver⟧ bitte mitbringen.",
          "fr": "Dîner d'équipe chez moi le ⟦d⟧ ! Adresse : ⟦a⟧. (Pas en salle B-204.) Version ⟦ver⟧ à fêter.",
          "es": "Cena del equipo en mi casa el ⟦d⟧. Dirección: ⟦a⟧. (No en la sala 3.14 de la oficina.) Celebramos la ⟦ver⟧.",
          "nl": "Teametentje bij mij thuis op ⟦d⟧! Adres: ⟦a⟧. (Niet in zaal 1.07.) We vieren release ⟦ver⟧.",
          "it": "Cena di team da me il ⟦d⟧! Indirizzo: ⟦a⟧. (Non in sala 5B.) Festeggiamo la ⟦ver⟧.",
          "pt": "Jantar da equipa em minha casa a ⟦d⟧! Morada: ⟦a⟧. (Não na sala 2.10.) Celebramos a ⟦ver⟧.",
          "sv": "Teammiddag hemma hos mig ⟦d⟧! Adress: ⟦a⟧. (Inte i rum 4.12.) Vi firar ⟦ver⟧.",
          "pl": "Kolacja zespołu u mnie ⟦d⟧! Adres: ⟦a⟧. (Nie w sali 1.05.) Świętujemy wydanie ⟦ver⟧.",
          "da": "Teammiddag hos mig ⟦d⟧! Adresse: ⟦a⟧. (Ikke i mødelokale 3.) Vi fejrer ⟦ver⟧.",
          "no": "Teammiddag hjemme hos meg ⟦d⟧! Adresse: ⟦a⟧. (Ikke møterom 5.) Vi feirer ⟦ver⟧.",
          "fi": "Tiimi-illallinen meillä ⟦d⟧! Osoite: ⟦a⟧. (Ei neuvotteluhuone 3:ssa.) Juhlitaan versiota ⟦ver⟧.",
          "ja": "⟦d⟧にうちでチームの食事会をします！住所：⟦a⟧（会議室4.12ではありません）。⟦ver⟧のリリース祝いです。"}


def g_invite(rng):
    cc, lang, loc = setup(rng)
    a, _ = addr(rng, cc, multi=False)
    dl = lang if lang in V.MONTHS or lang == "ja" else "en"
    segs = fill(INVITE[lang], d=D("DATE", V.fmt_date(rng, V.recent(rng), dl, region="US" if loc == "en_US" else "XX")), a=a,
                ver=D("VERSION", V.version(rng)))
    if rng.random() < 0.5:
        p = cast(rng, loc, 1)[0]
        segs = fill("⟦s⟧\n— ⟦n⟧", s=segs, n=E("PERSON", p.given))
    segs, shape = W.wrap_any(rng, segs, lang, kinds=("prompt", "chat", "openai"))
    return segs, "meeting" if shape == "prompt" else shape, loc


def g_agent(rng):
    cc, lang, loc = setup(rng)
    a, _ = addr(rng, cc, multi=False)
    lat, lng = round(rng.uniform(-40, 60), 5), round(rng.uniform(-120, 140), 5)
    segs = fill('action: geocode(address="⟦a⟧")\nobservation: {"lat": ⟦la⟧, "lng": ⟦ln⟧, "precision": "rooftop"}\n'
                'action: route(from=depot_7, to=[⟦la⟧, ⟦ln⟧])\nobservation: 14.2 km, 23 min', a=jesc(a), la=str(lat), ln=str(lng))
    return segs, "agent", loc


INV = {"en": ("INVOICE ⟦o⟧", "Bill to:", "Date", "Total"), "de": ("RECHNUNG ⟦o⟧", "Rechnungsempfänger:", "Datum", "Summe"),
       "fr": ("FACTURE ⟦o⟧", "Facturé à :", "Date", "Total"), "es": ("FACTURA ⟦o⟧", "Facturar a:", "Fecha", "Total"),
       "it": ("FATTURA ⟦o⟧", "Intestata a:", "Data", "Totale"), "pt": ("FATURA ⟦o⟧", "Faturar a:", "Data", "Total"),
       "nl": ("FACTUUR ⟦o⟧", "Factuur aan:", "Datum", "Totaal"), "pl": ("FAKTURA ⟦o⟧", "Nabywca:", "Data", "Razem"),
       "sv": ("FAKTURA ⟦o⟧", "Faktureras till:", "Datum", "Summa"), "da": ("FAKTURA ⟦o⟧", "Faktureres til:", "Dato", "I alt"),
       "no": ("FAKTURA ⟦o⟧", "Faktureres til:", "Dato", "Sum"), "fi": ("LASKU ⟦o⟧", "Laskutetaan:", "Päiväys", "Yhteensä"),
       "ja": ("請求書 ⟦o⟧", "請求先：", "日付", "合計")}


def g_invoice(rng):
    cc, lang, loc = setup(rng)
    p = cast(rng, loc, 1)[0]
    t, bt, dt_, tot = INV[lang]
    co = rng.random() < 0.3
    a, _ = addr(rng, cc, multi=True, po=rng.random() < 0.2)
    dl = lang if lang in V.MONTHS or lang == "ja" else "en"
    d = D("DATE", V.fmt_date(rng, V.recent(rng), dl, region="US" if loc == "en_US" else "XX"))
    if co:
        c = cast(rng, loc, 1)[0]
        who = fill("⟦n⟧\nc/o ⟦c⟧", n=E("PERSON", p.full), c=E("PERSON", c.full))
    else:
        who = S([E("PERSON", p.full)])
    segs = fill(f"{t}\n{dt_}: ⟦d⟧\n\n{bt}\n⟦w⟧\n⟦a⟧\n\n{tot}: ⟦p⟧", o=D("ORDER_ID", V.order_id(rng)), d=d, w=who, a=a,
                p=D("PRICE", V.price(rng, loc)))
    if cc in V.IBAN_SPEC and rng.random() < 0.6:
        segs = segs + fill("\nIBAN: ⟦i⟧", i=E("IBAN", V.iban(rng, cc, grouped=rng.random() < 0.7)))
    return segs, "record", loc


GENS = [(g_chat, 70), (g_ship_json, 35), (g_csv, 22), (g_signature, 30), (g_form, 25), (g_sms, 25), (g_voice, 12),
        (g_yaml, 14), (g_markdown, 14), (g_invite, 20), (g_agent, 10), (g_invoice, 23)]
