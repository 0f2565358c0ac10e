"""Templates, part D: payment/IBAN/SSN/address/password-centred shapes."""

import lang as L
from core import (B, E, Dc, J, fill, T, Obj, Arr, Raw, jdump, json_esc, json_esc_ascii, d_timestamp, d_hex, d_order, d_price,
                  d_version, d_ops, d_numeric, d_path, html_esc)
from templates_a import fact, facts, jn, sig, role_names
from templates_b import csv_cell, lf, sqlv

US_LOCALES = ["en-US"]


@T("json_log")
def json_payment_webhook(ctx):
    rng = ctx.rng
    p = ctx.person()
    brand, num = ctx.card_val(sep="")
    same = rng.random() < 0.4
    bill = ctx.addr(multiline=False)
    ship = bill if same else ctx.addr(multiline=False)
    card = Obj(("brand", brand.lower()), ("number", E("CREDIT_CARD", num)),
               ("exp", Dc("DATE", "%02d/%d" % (rng.randint(1, 12), rng.randint(2026, 2031)))))
    billing = Obj(("name", ctx.full(p)), ("email", ctx.email(p)), ("address", bill))
    shipping = Obj(("name", ctx.full(p, case=False)), ("address", E("ADDRESS", ship.plain())), ("phone", ctx.phone()))
    inner = Obj(("amount", Dc("PRICE", d_price(rng))), ("order", Dc("ORDER_ID", d_order(rng))),
                ("payment_method_details", Obj(("card", card))), ("billing_details", billing), ("shipping", shipping))
    obj = Obj(("id", "evt_" + d_hex(rng)[:24]),
              ("type", rng.choice(["charge.failed", "payment_intent.payment_failed", "charge.dispute.created"])),
              ("created", Raw(str(rng.randint(1700000000, 1790000000)))), ("data", Obj(("object", inner))))
    return jdump(obj, indent=rng.choice([None, 2]), esc=json_esc_ascii if rng.random() < 0.15 else json_esc)


@T("csv")
def csv_orders_export(ctx):
    rng = ctx.rng
    rows = [B("order_id,created_at,customer,shipping_address,phone,total")]
    for i in range(rng.randint(3, 6)):
        p = ctx.person()
        rows.append(J(",", [Dc("ORDER_ID", d_order(rng)), Dc("DATE", d_timestamp(rng, "ms")), csv_cell(ctx.full(p)),
                            csv_cell(ctx.addr(multiline=rng.random() < 0.2)), csv_cell(ctx.phone()), csv_cell(Dc("PRICE", d_price(rng)))]))
    return J("\n", rows)


@T("html")
def html_shipping_label(ctx):
    rng = ctx.rng
    s, r = ctx.person(), ctx.person()
    return fill('<div class="label" style="width:4in;height:6in">\n  <div class="from"><b>FROM</b><br>\n    {sn}<br>\n    <span class="addr">{sa}</span>\n  </div>\n'
                '  <div class="to"><b>SHIP TO</b><br>\n    {rn}<br>\n    <span class="addr">{ra}</span><br>\n    Tel. {rp}\n  </div>\n'
                '  <div class="barcode" data-value="{bc}"></div>\n  <div class="meta">Order {oid} · {w} kg · {svc}</div>\n</div>',
                sn=ctx.full(s).map(html_esc), sa=ctx.addr(multiline=False).map(html_esc), rn=E("PERSON", r.full_name(ctx.lang).upper()).map(html_esc),
                ra=E("ADDRESS", ctx.addr(multiline=False).plain().upper()).map(html_esc), rp=ctx.phone(), bc=Dc("NUMERIC_ID", d_numeric(rng)),
                oid=Dc("ORDER_ID", d_order(rng)), w="%.1f" % rng.uniform(0.2, 20), svc=Dc("OPS_TERM", rng.choice(["Yamato Transport", "Amazon", "Grab", "Shopee"])))


SEPA = {
    "de": "SEPA-Lastschriftmandat\nGläubiger-ID: {cid}   Mandatsreferenz: {ref}\n\nIch ermächtige die {ops}, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.\n\n"
          "Kontoinhaber: {n}\nAnschrift: {a}\nIBAN: {iban}\nDatum, Ort: {d}\nUnterschrift: ____________",
    "fr": "Mandat de prélèvement SEPA\nICS : {cid}   RUM : {ref}\n\nEn signant ce formulaire, vous autorisez {ops} à envoyer des instructions à votre banque.\n\n"
          "Titulaire du compte : {n}\nAdresse : {a}\nIBAN : {iban}\nFait le : {d}\nSignature : ____________",
    "nl": "Doorlopende machtiging SEPA\nIncassant ID: {cid}   Kenmerk machtiging: {ref}\n\nDoor ondertekening geeft u toestemming aan {ops} om incasso-opdrachten te sturen.\n\n"
          "Naam: {n}\nAdres: {a}\nIBAN: {iban}\nDatum: {d}\nHandtekening: ____________",
    "es": "Orden de domiciliación SEPA\nIdentificador del acreedor: {cid}   Referencia: {ref}\n\nMediante la firma de esta orden, el deudor autoriza a {ops} a enviar instrucciones a su banco.\n\n"
          "Titular: {n}\nDirección: {a}\nIBAN: {iban}\nFecha: {d}\nFirma: ____________",
    "it": "Mandato per addebito diretto SEPA\nCodice creditore: {cid}   Riferimento mandato: {ref}\n\nCon la sottoscrizione del presente mandato si autorizza {ops} a richiedere addebiti.\n\n"
          "Intestatario: {n}\nIndirizzo: {a}\nIBAN: {iban}\nData: {d}\nFirma: ____________",
    "en": "SEPA Direct Debit Mandate\nCreditor ID: {cid}   Mandate reference: {ref}\n\nBy signing this mandate you authorise {ops} to send instructions to your bank.\n\n"
          "Account holder: {n}\nAddress: {a}\nIBAN: {iban}\nDate: {d}\nSignature: ____________",
}


@T("ocr", langs=["de", "fr", "nl", "es", "it", "en"])
def ocr_sepa_mandate(ctx):
    rng = ctx.rng
    p = ctx.person()
    return fill(SEPA[ctx.lang], cid=Dc("NUMERIC_ID", "DE%02dZZZ%011d" % (rng.randint(10, 99), rng.randint(0, 10 ** 11 - 1))),
                ref=Dc("ORDER_ID", "M-%d-%05d" % (rng.randint(2021, 2026), rng.randint(1, 99999))),
                ops=Dc("OPS_TERM", rng.choice(["Siemens", "Bosch", "Kaufland", "Rossmann", "Santander"])),
                n=ctx.full(p), a=ctx.addr(multiline=False), iban=ctx.iban(grouped=True), d=ctx.date_human())


SPLIT = {
    "nl": "Hoi! Jouw deel van het etentje is {price}. Wil je het overmaken naar {iban} t.n.v. {n}? Dankjewel!",
    "de": "Hey, dein Anteil fürs Ferienhaus sind {price}. Bitte an {iban} (Kontoinhaber: {n}) überweisen, danke!",
    "es": "¡Hola! Te toca pagar {price} de la cena. Hazme una transferencia al {iban}, titular {n}. ¡Gracias!",
    "fr": "Coucou ! Ta part du week-end c'est {price}. Tu peux virer sur {iban} au nom de {n} ? Merci !",
    "it": "Ciao! La tua quota della cena è {price}. Fai un bonifico su {iban} intestato a {n}, grazie!",
    "pt": "Olá! A tua parte do jantar é {price}. Transfere para o IBAN {iban} em nome de {n}, obrigado!",
    "pl": "Cześć! Twoja część za kolację to {price}. Przelej proszę na {iban}, odbiorca {n}. Dzięki!",
    "fi": "Moi! Sinun osuutesi illallisesta on {price}. Maksa tilille {iban}, saaja {n}. Kiitos!",
    "sv": "Hej! Din del av middagen blir {price}. Swisha eller för över till {iban} (mottagare {n}). Tack!",
    "tr": "Selam! Akşam yemeğinden payına düşen {price}. {iban} numaralı hesaba, alıcı {n}, gönderir misin? Teşekkürler!",
    "en": "Hey! Your share of the cabin is {price}. Could you transfer it to {iban} (account name {n})? Thanks!",
}


@T("sms")
def sms_split_bill(ctx):
    rng = ctx.rng
    if ctx.lang not in SPLIT:
        ctx.lang = "en"
    p = ctx.person()
    msg = fill(SPLIT[ctx.lang], price=Dc("PRICE", d_price(rng)), iban=ctx.iban(grouped=rng.random() < 0.6), n=ctx.full(p))
    return fill("[{t}] {m}\n[{t2}] {r}", t=ctx.ts("ms"), m=msg, t2=ctx.ts("ms"), r=rng.choice(["👍", "done!", "ok", "✔️ betaald", "hecho", "fait !", "erledigt"]))


@T("csv", langs=["en"], locales=US_LOCALES)
def csv_hr_us(ctx):
    rng = ctx.rng
    rows = [B(rng.choice(["employee_name,ssn,date_of_birth,home_address,start_date", "Name,SSN,DOB,Address,Hire Date"]))]
    for i in range(rng.randint(3, 5)):
        p = ctx.person()
        rows.append(J(",", [csv_cell(ctx.full(p)), ctx.ssn(), ctx.dob("num"), csv_cell(ctx.addr(multiline=False)), Dc("DATE", L.rand_recent(rng).isoformat())]))
    return J("\n", rows)


@T("email", langs=["en"], locales=US_LOCALES)
def email_background_check(ctx):
    rng = ctx.rng
    app, rec = ctx.person(), ctx.person()
    return fill("Subject: Background check request – {n}\n\nHi team,\n\nplease run the standard screening for our candidate:\n\nName: {n2}\nSSN: {ssn}\nDOB: {dob}\n"
                "Current address: {a1}\nPrevious address (2019–2022): {a2}\nPhone: {ph}\n\nPackage: Standard ({price}). Offer goes out on {d}, so results by then would be great.\n\n{so}\n{sig}",
                n=ctx.full(app, case=False), n2=ctx.full(app), ssn=ctx.ssn(), dob=ctx.dob(), a1=ctx.addr(multiline=False), a2=ctx.addr(multiline=False),
                ph=ctx.phone(), price=Dc("PRICE", d_price(rng)), d=ctx.date_human(), so=ctx.sent("signoff"), sig=sig(ctx, rec, phone=rng.random() < 0.5))


@T("json_log")
def json_login_body(ctx):
    rng = ctx.rng
    p = ctx.person()
    body = jdump(Obj(("email", ctx.email(p)), ("password", ctx.pw()), ("remember_me", True)))
    obj = Obj(("time", ctx.ts("isoz")), ("level", "debug"), ("msg", "incoming request"), ("method", "POST"), ("path", "/api/v1/auth/login"),
              ("remote_ip", ctx.ip()), ("user_agent", B("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Version/", Dc("VERSION", "%d.%d" % (rng.randint(15, 18), rng.randint(0, 6))), " Safari/605.1.15")),
              ("body", body))
    out = [jdump(obj)]
    if rng.random() < 0.5:
        out.append(jdump(Obj(("time", ctx.ts("isoz")), ("level", "warn"), ("msg", "login failed"), ("user", ctx.full(p)), ("attempt", rng.randint(2, 5)))))
    return J("\n", out)


HELPDESK = {
    "en": "Ticket {id} — password reset\nRequester: {n} ({e})\n\nUser called from {ph}, locked out after the {ops} upgrade. Identity verified (DOB {dob}). "
          "Temporary password set to {pw} — user must change it at next login.\nAgent: {ag}",
    "de": "Ticket {id} — Passwort-Reset\nAnfragende/r: {n} ({e})\n\nAnruf von {ph}, nach dem {ops}-Update gesperrt. Identität geprüft (geb. {dob}). "
          "Temporäres Kennwort: {pw} — muss beim nächsten Login geändert werden.\nBearbeiter/in: {ag}",
    "es": "Ticket {id} — restablecer contraseña\nSolicitante: {n} ({e})\n\nLlamó desde el {ph}, bloqueado tras la actualización de {ops}. Identidad verificada (f. nac. {dob}). "
          "Contraseña temporal: {pw}; debe cambiarla al iniciar sesión.\nAgente: {ag}",
    "fr": "Ticket {id} — réinitialisation du mot de passe\nDemandeur : {n} ({e})\n\nAppel depuis le {ph}, compte bloqué après la mise à jour {ops}. Identité vérifiée (né(e) le {dob}). "
          "Mot de passe provisoire : {pw} — à changer à la prochaine connexion.\nAgent : {ag}",
    "pt": "Chamado {id} — redefinição de senha\nSolicitante: {n} ({e})\n\nLigou do {ph}, bloqueado após a atualização do {ops}. Identidade confirmada (nasc. {dob}). "
          "Senha temporária: {pw} — trocar no próximo acesso.\nAtendente: {ag}",
    "it": "Ticket {id} — reset password\nRichiedente: {n} ({e})\n\nHa chiamato dal {ph}, bloccato dopo l'aggiornamento di {ops}. Identità verificata (nato/a il {dob}). "
          "Password temporanea: {pw} — da cambiare al prossimo accesso.\nOperatore: {ag}",
    "nl": "Ticket {id} — wachtwoord resetten\nAanvrager: {n} ({e})\n\nBelde vanaf {ph}, buitengesloten na de {ops}-update. Identiteit gecontroleerd (geb. {dob}). "
          "Tijdelijk wachtwoord: {pw} — bij volgende login wijzigen.\nMedewerker: {ag}",
    "pl": "Zgłoszenie {id} — reset hasła\nZgłaszający: {n} ({e})\n\nDzwonił z numeru {ph}, konto zablokowane po aktualizacji {ops}. Tożsamość potwierdzona (ur. {dob}). "
          "Hasło tymczasowe: {pw} — do zmiany przy następnym logowaniu.\nKonsultant: {ag}",
    "ja": "チケット {id} — パスワードリセット\n依頼者：{n}（{e}）\n\n{ph}から電話。{ops}更新後にロックされた。本人確認済み（生年月日 {dob}）。"
          "仮パスワードは{pw}。次回ログイン時に変更が必要。\n担当：{ag}",
}


@T("note")
def ticket_helpdesk(ctx):
    rng = ctx.rng
    if ctx.lang not in HELPDESK:
        ctx.lang = "en"
    p, ag = ctx.person(), ctx.person(foreign=0.3)
    return fill(HELPDESK[ctx.lang], id=Dc("ORDER_ID", "IT-%d" % rng.randint(10000, 99999)), n=ctx.full(p), e=ctx.email(p), ph=ctx.phone(),
                ops=Dc("OPS_TERM", rng.choice(["Oracle", "Jira", "Confluence", "Kubernetes"])), dob=ctx.dob(), pw=ctx.pw(), ag=ctx.short(ag))
