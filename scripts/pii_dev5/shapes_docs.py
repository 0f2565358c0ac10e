# -*- coding: utf-8 -*-
"""Document and form shapes: tickets, CRM, claims, intake, HR, rentals, KYC, shipping, bookings, PDFs, OCR."""
import data as DT
import phrases as PH
from core import E, D, Seq, jdump, jstr, esc, fill, hardwrap, flat
from ctx import Ctx, LANG_LOCS
from shapes_chat import pick_loc, iso_ts, tid


def kv_form(g, pairs, style=None, width=None):
    style = style or g.pick(['colon', 'colon', 'upper', 'padded', 'dots', 'pipe'])
    width = width or max(len(k) for k, _ in pairs) + 2
    out = []
    for k, v in pairs:
        if style == 'colon':
            out += ['%s: ' % k]
        elif style == 'upper':
            out += ['%s: ' % k.upper()]
        elif style == 'padded':
            out += [(k + ':').ljust(width + 1)]
        elif style == 'dots':
            out += [k + ' ' + '.' * max(2, width + 4 - len(k)) + ' ']
        else:
            out += ['| %s | ' % k]
        out += v if isinstance(v, list) else [v]
        out += [' |\n' if style == 'pipe' else '\n']
    return out


# ------------------------------------------------------------------ work tools

def t_jira_comment(g):
    c = Ctx(g, pick_loc(g, g.wpick([('en', 6), ('de', 1), ('fr', 1), ('es', 1)])), script='latin', diaspora=0.2)
    rep = c.person(3)
    k = g.r.randrange(3)
    key = '%s-%d' % (g.pick(['SUP', 'OPS', 'CS', 'PAY', 'HR', 'CLAIMS']), g.r.randrange(100, 9999))
    if k == 0:
        out = ['h3. %s: ' % key] + fill(g.pick(['Customer cannot update address', 'Refund not received', 'Login loop after password reset',
                                               'Wrong DOB on policy']), c) + ['\n\n*Reporter:* ', E('PERSON', rep.full), '\n*Customer:* ', c.get('FULL'),
                                                                              '\n\n{quote}\n'] + fill(g.pick([
            'Hi, my address should be {ADDRESS} but the app shows the old one. Phone {PHONE}.',
            'I was born {DOB} not whatever you have. My email is {EMAIL}.',
            'I reset my password to {PASSWORD} and now it loops back to the login page.',
            'Please refund to {IBAN}. Thanks, {GIVEN}']), c) + ['\n{quote}\n\n[~', E('PERSON', (rep.a_given[0] + rep.a_family).lower().replace(' ', '')), '] can you take this? Env: app ', D('VERSION', g.d_version())]
    elif k == 1:
        body = fill(g.pick([
            "Repro steps:\n# Log in as {EMAIL} / {PASSWORD}\n# Go to Profile > Address\n# Enter {ADDRESS}\n# Save -> 500\n\n{code}\nERROR AddressService - normalization failed for input=\"{ADDRESS}\"\n{code}",
            "Customer {FULL} (DOB {DOB}) says the claim for {HEALTH} was rejected. Attached scan {PATH}.",
            "Attachment {PATH} contains the customer's ID scan. Name {FULL}, DOB {DOB}, address {ADDRESS}. Please delete after review.",
            "Found in logs: card {CARD} charged twice for {ORDER} ({PRICE}). Customer phone {PHONE}.",
        ]), c)
        obj = {'key': key, 'fields': {'summary': 'Escalation from support', 'comment': {'comments': [
            {'author': {'displayName': E('PERSON', rep.full), 'emailAddress': E('EMAIL', g.email(rep, work=True))},
             'body': Seq(body), 'created': iso_ts(g)}]}}}
        out = jdump(obj, indent=2)
    else:
        out = [E('PERSON', rep.full), ' added a comment - %s\n' % g.pick(['2 hours ago', 'yesterday', '12/Mar/24 10:14 AM'])] + fill(g.pick([
            "Spoke to {GIVEN} on the phone ({PHONE}). They're {PREG} and need the appointment moved. New address for the letter: {ADDRESS}.",
            "Verified identity: {FULL}, {DOB}, last 4 of SSN {LASTFOUR}. Unlocking.",
            "Temp password set to {PWGEN}, told the user to change it. Ticket can be closed.",
            "@{HANDLE} fyi the customer's wife {PERSON2} called too."]).replace('@{HANDLE}', '@' + (rep.a_given.lower())), c)
        # the handle above was written literally; label it
        out = _label_handles(out, rep.a_given.lower())
    return 'jira_comment', c.loc, out


def _label_handles(parts, handle):
    out = []
    for p in flat(parts):
        if isinstance(p, str) and ('@' + handle) in p:
            a, b = p.split('@' + handle, 1)
            out += [a, '@', E('PERSON', handle), b]
        else:
            out.append(p)
    return out


def t_github_issue(g):
    c = Ctx(g, pick_loc(g, 'en'), script='latin', diaspora=0.3)
    k = g.r.randrange(3)
    ver = D('VERSION', g.d_version())
    if k == 0:
        out = ['### Describe the bug\nThe address autocomplete crashes when the street has a unit. Example user record (sorry, real data from our staging copy):\n\n```json\n'] + \
            jdump({'id': g.r.randrange(10 ** 5, 10 ** 6), 'name': c.get('FULL'), 'email': c.get('EMAIL'), 'address': c.get('ADDRESS'), 'phone': c.get('PHONE')}, indent=2) + \
            ['\n```\n\n### Version\n', ver, '\n\n### Logs\n```\n%s ERROR geocoder: no match for ' % iso_ts(g), c.get('ADDRESS'), '\n```\n']
    elif k == 1:
        out = ['**Steps to reproduce**\n1. `export DATABASE_URL=postgres://app:', c.get('PWGEN'), '@', c.get('IPV4'), ':5432/prod`\n2. run `make migrate`\n3. see error below\n\n```\n'
               'psycopg2.OperationalError: connection to server at "', c.get('IPV4'), '", port 5432 failed\n```\n\nRunning ', ver, ' on ', g.pick(['macOS 14.4', 'Ubuntu 22.04', 'Windows 11']), '.\n\n'
               '> **Edit:** oops, rotated that password. cc @', E('PERSON', c.p.a_given.lower() + c.p.a_family.lower()[:1]), '\n']
    else:
        out = ['Hi! When I submit the form with my details the DOB field is shifted by one day (timezone?).\n\nI entered:\n- name: ', c.get('FULL'),
               '\n- birthday: ', c.get('DOB'), '\n- phone: ', c.get('PHONE'), '\n\nand the confirmation email to ', c.get('EMAIL'), ' shows the day before. '
               'Browser: Firefox 124, lib ', ver, '.\n\n<details><summary>network tab</summary>\n\n```\nPOST /api/profile 200\n{"dob":"', c.get('DOB'), '"}\n```\n</details>\n']
    return 'github_issue', c.loc, out


def t_crm_note(g):
    L = g.wpick([('en', 6), ('de', 1), ('fr', 1), ('es', 1), ('pt', 1), ('nl', 1)])
    c = Ctx(g, pick_loc(g, L), diaspora=0.2 if L == 'en' else 0)
    notes = {
        'en': ["Called {GIVEN} re: renewal. Moving to {ADDRESS} next month. Best number now {PHONE}. Mentioned {HEALTH} - may need to pause membership.",
               "Spoke w/ {FULL}. Wife {PERSON2} handles billing ({EMAIL2}). Send quote to {EMAIL}.",
               "Customer {FULL} ({DOB}) upset about double charge on {CARD}. Refund {PRICE} issued.",
               "Left VM on {PHONE_EXT}. Follow up {DATE}.",
               "{GIVEN} is {PREG}, wants to push delivery. New address for delivery: {STREET}, gate code {DOOR}.",
               "Met {FULL} at {PROPER} conference. Interested in enterprise plan. Cell {PHONE}.",
               "Phone order from {FULL}: 2x {PRODUCT} scarf. Paid by card {CARD} exp 07/27. Ship to {ADDRESS}.",
               "{FULL} called to update card on file to {CARD}. Billing address {ADDRESS}."],
        'de': ["Telefonat mit {TITLED}: zieht um nach {ADDRESS}. Neue Nummer {PHONE}.", "{FULL} (geb. {DOB}) wünscht Rückruf, Thema {HEALTH}."],
        'fr': ["Appel avec {TITLED} : nouvelle adresse {ADDRESS}, tél. {PHONE}.", "{FULL}, née le {DOB}, demande un remboursement sur {IBAN}."],
        'es': ["Llamada con {FULL}: se muda a {ADDRESS}. Móvil {PHONE}.", "{FULL} (nac. {DOB}) pide devolución a {IBAN}."],
        'pt': ["Liguei para {FULL}: novo endereço {ADDRESS}. Celular {PHONE}.", "{GIVEN} pediu estorno no cartão {CARD}."],
        'nl': ["Gebeld met {FULL}: verhuist naar {ADDRESS}. Mobiel {PHONE}.", "{FULL} (geb. {DOB}) wil terugbetaling op {IBAN}."],
    }[L]
    owner = c.person(7)
    k = g.r.randrange(3)
    n = g.r.sample(notes, min(2, len(notes)))
    if k == 0:
        out = ['Activity: %s\nOwner: ' % g.pick(['Call', 'Email', 'Meeting', 'Note']), E('PERSON', owner.full), '\nAccount: ', c.get('FULL'),
               '\nDate: ', c.get('PASTDATE'), '\n\n'] + fill(n[0], c)
    elif k == 1:
        out = jdump({'Id': '00T' + g.hexs(15).upper(), 'Subject': 'Call', 'WhoId': '003' + g.hexs(12).upper(), 'OwnerName': E('PERSON', owner.full),
                     'Description': Seq(fill(n[0], c) + ['\n'] + fill(n[-1], c)), 'ActivityDate': c.get('PASTDATE'), 'Status': 'Completed'}, indent=2)
    else:
        out = ['%s — ' % g.pick(['2024-03-12', '12/03/2024', 'Mar 12']), E('PERSON', owner.given), ': '] + fill(n[0], c)
    return 'crm_note', c.loc, out


def t_zendesk_ticket(g):
    c = Ctx(g, pick_loc(g, g.wpick([('en', 5), ('es', 1), ('de', 1), ('fr', 1)])), diaspora=0.15)
    a = c.person(10)
    obj = {'ticket': {'id': g.r.randrange(10000, 999999), 'subject': Seq(fill(g.pick(['Can\'t log in', 'Change of address', 'Billing question', 'Medical records request']), c)),
                      'requester': {'name': c.get('FULL'), 'email': c.get('EMAIL'), 'phone': c.get('PHONE')},
                      'assignee': {'name': E('PERSON', a.full)},
                      'description': Seq(fill(g.pick(PH.USER[c.lang] if c.lang in PH.USER else PH.USER['en']), c) + ['\n\n'] + fill(g.pick(PH.USER[c.lang]), c)),
                      'tags': ['web_widget', g.pick(['billing', 'account', 'address'])],
                      'custom_fields': [{'id': 360001, 'value': c.get('CUSTNO')}], 'created_at': iso_ts(g)}}
    return 'zendesk_ticket', c.loc, jdump(obj, indent=g.pick([None, 2]), ascii_=g.chance(0.3))


# ------------------------------------------------------------------ forms

def t_insurance_claim(g):
    L = g.wpick([('en', 5), ('de', 1), ('fr', 1), ('es', 1), ('it', 1), ('nl', 1)])
    c = Ctx(g, pick_loc(g, L), diaspora=0.2 if L == 'en' else 0)
    lab = {
        'en': ['Claimant', 'Date of birth', 'Address', 'Phone', 'Email', 'Policy no.', 'Date of loss', 'Diagnosis / injury', 'Treating physician', 'Bank account (IBAN)', 'Description'],
        'de': ['Versicherungsnehmer', 'Geburtsdatum', 'Anschrift', 'Telefon', 'E-Mail', 'Versicherungsschein-Nr.', 'Schadentag', 'Diagnose', 'Behandelnder Arzt', 'IBAN', 'Schadenhergang'],
        'fr': ['Assuré', 'Date de naissance', 'Adresse', 'Téléphone', 'Courriel', 'N° de contrat', 'Date du sinistre', 'Diagnostic', 'Médecin traitant', 'IBAN', 'Circonstances'],
        'es': ['Asegurado', 'Fecha de nacimiento', 'Domicilio', 'Teléfono', 'Correo', 'Nº de póliza', 'Fecha del siniestro', 'Diagnóstico', 'Médico', 'IBAN', 'Descripción'],
        'it': ['Assicurato', 'Data di nascita', 'Indirizzo', 'Telefono', 'Email', 'N. polizza', 'Data del sinistro', 'Diagnosi', 'Medico curante', 'IBAN', 'Descrizione'],
        'nl': ['Verzekerde', 'Geboortedatum', 'Adres', 'Telefoon', 'E-mail', 'Polisnummer', 'Schadedatum', 'Diagnose', 'Behandelend arts', 'IBAN', 'Omschrijving'],
    }[L]
    desc = {'en': 'Slipped on stairs at {STREET}, went to ER. Now on {MED}.', 'de': 'Sturz auf der Treppe, Notaufnahme. Jetzt {MED}.',
            'fr': 'Chute dans l\'escalier, urgences. Traitement : {MED}.', 'es': 'Caída en la escalera, urgencias. Tratamiento: {MED}.',
            'it': 'Caduta dalle scale, pronto soccorso. Terapia: {MED}.', 'nl': 'Gevallen op de trap, spoedeisende hulp. Nu {MED}.'}[L]
    pairs = [(lab[0], c.get('FULL')), (lab[1], c.get('DOB')), (lab[2], c.get('ADDRESS')), (lab[3], c.get('PHONE')),
             (lab[4], c.get('EMAIL')), (lab[5], c.get('POLICY')), (lab[6], c.get('PASTDATE')), (lab[7], c.get('HEALTH')),
             (lab[8], ['Dr. ', c.get('DOCTOR')])]
    if g.chance(0.5):
        pairs.append((lab[9], c.get('IBAN')))
    pairs.append((lab[10], fill(desc, c)))
    if g.chance(0.3):
        pairs = [p for p in pairs if g.chance(0.8) or p[0] == lab[0]]
    head = {'en': 'CLAIM FORM – %s' % g.pick(DT.COMPANIES), 'de': 'Schadenmeldung', 'fr': 'Déclaration de sinistre', 'es': 'Parte de siniestro',
            'it': 'Denuncia di sinistro', 'nl': 'Schadeformulier'}[L]
    return 'insurance_claim', c.loc, [head, '\n\n'] + kv_form(g, pairs)


def t_telehealth_intake(g):
    L = g.wpick([('en', 6), ('es', 2), ('pt', 1), ('fr', 1), ('de', 1)])
    c = Ctx(g, 'en_US' if L == 'en' else pick_loc(g, L), diaspora=0.25 if L == 'en' else 0)
    k = g.r.randrange(3)
    if k == 0 and L == 'en':
        out = fill(g.pick([
            "NEW PATIENT REGISTRATION\nName: {LASTFIRST}\nDOB: {DOB}\nSSN: {SSN}\nAddress: {ADDRESS}\nCell: {PHONE}\nInsurance member ID: {POLICY}\nReason for visit: {HEALTH}\nCurrent medications: {MED}",
            "TELEHEALTH INTAKE\nPatient: {FULL}   DOB: {DOB}   Sex: {SEX}\nPhone: {PHONE}\nPharmacy: {PROPER} Pharmacy, {ADDRESS}\n\nChief complaint: {HEALTH}\nCurrent meds: {MED}; {MED2}\nAllergies: {HEALTH2}\nPregnant? {PREG}\nMental health hx: {MENTAL}\n\nConsent to video visit: Y",
            "Intake (auto-filled by assistant)\nName: {FULL}\nDate of birth: {DOB}\nEmergency contact: {PERSON2} {PHONE2}\nReason for visit: follow-up, {LAB}\nMedications: {MED}\nNotes: pt reports {MENTAL}, PHQ-9 = 14",
        ]).replace('{SEX}', g.pick(['F', 'M', 'X'])), c)
    elif k == 1:
        obj = {'resource': 'intake', 'patient': {'name': c.get('FULL'), 'birthDate': c.get('DOB'), 'phone': c.get('PHONE'), 'email': c.get('EMAIL')},
               'answers': [{'q': 'conditions', 'a': [c.get('HEALTH'), c.get('HEALTH2')]}, {'q': 'medications', 'a': c.get('MED')},
                           {'q': 'anything_else', 'a': Seq(fill(g.pick(['{PREG}', 'no', 'I have {MENTAL}', 'had {PROC} in 2019']), c))}],
               'submitted_at': iso_ts(g)}
        out = jdump(obj, indent=2, ascii_=g.chance(0.3))
    else:
        lab = {'en': ('Patient', 'DOB', 'Phone', 'Conditions', 'Medications', 'Notes'),
               'es': ('Paciente', 'Fecha de nacimiento', 'Teléfono', 'Antecedentes', 'Medicación', 'Observaciones'),
               'pt': ('Paciente', 'Data de nascimento', 'Telefone', 'Comorbidades', 'Medicamentos', 'Observações'),
               'fr': ('Patient(e)', 'Date de naissance', 'Téléphone', 'Antécédents', 'Traitement', 'Remarques'),
               'de': ('Patient/in', 'Geburtsdatum', 'Telefon', 'Vorerkrankungen', 'Medikation', 'Anmerkungen')}[L]
        out = kv_form(g, [(lab[0], c.get('FULL')), (lab[1], c.get('DOB')), (lab[2], c.get('PHONE')), (lab[3], [c.get('HEALTH'), ', ', c.get('MENTAL')]),
                          (lab[4], c.get('MED')), (lab[5], c.get('PREG') if g.chance(0.4) else c.get('LAB'))])
    return 'telehealth_intake', c.loc, out


def t_pharmacy_rx(g):
    L = g.wpick([('en', 5), ('es', 1), ('fr', 1), ('de', 1), ('pt', 1), ('ja', 1)])
    c = Ctx(g, pick_loc(g, L), diaspora=0.2 if L == 'en' else 0)
    k = g.r.randrange(3)
    if k == 0:
        out = fill(g.pick({
            'en': ["Rx refill request\nPatient: {LASTFIRST}\nDOB: {DOB}\nMedication: {MED}\nQty: 90  Refills: 2\nPrescriber: Dr. {DOCTOR}\nDeliver to: {ADDRESS}\nCall when ready: {PHONE}",
                   "REFILL via chatbot — {FULL} ({DOB}) requests {MED}. Insurance member ID {POLICY}. Pickup at store #{NUMID}."],
            'es': ["Solicitud de receta\nPaciente: {FULL}\nFecha de nacimiento: {DOB}\nMedicamento: {MED}\nTeléfono: {PHONE}\nEntrega en: {ADDRESS}"],
            'fr': ["Renouvellement d'ordonnance\nPatient : {FULL}\nNé(e) le : {DOB}\nTraitement : {MED}\nTél. : {PHONE}"],
            'de': ["Rezeptanforderung\nPatient: {FULL}\nGeburtsdatum: {DOB}\nMedikament: {MED}\nTelefon: {PHONE}\nLieferadresse: {ADDRESS}"],
            'pt': ["Pedido de receita\nPaciente: {FULL}\nNascimento: {DOB}\nMedicamento: {MED}\nCelular: {PHONE}"],
            'ja': ["処方箋受付\n氏名：{FULL}\n生年月日：{DOB}\n薬剤：{MED}\n電話：{PHONE}"]}[L]), c)
    elif k == 1:
        out = ['%s PHARMACY\n%s\n\n' % (g.pick(['HELIOS', 'CORNER', 'CITY', 'GREENLEAF']), '=' * 24), c.get('UPPER'), '\n'] + \
            fill('{MED}\nTake as directed.\nRx# {NUMID}   Filled {PASTDATE}\nDr. {DOCTOR}\nDOB {DOB}\n', c)
    else:
        out = jdump({'event': 'rx.ready', 'patient': {'name': c.get('FULL'), 'dob': c.get('DOB'), 'mobile': c.get('PHONE_INTL')},
                     'rx': {'drug': c.get('MED'), 'number': c.get('NUMID')}, 'store': {'address': E('ADDRESS', g.address(c.country, 'one'))} if g.chance(0.5) else {'id': g.digits(4)}})
    return 'pharmacy_rx', c.loc, out


def t_hr_onboarding(g):
    L = g.wpick([('en', 5), ('de', 1), ('fr', 1), ('es', 1), ('nl', 1), ('pl', 1), ('pt', 1)])
    loc = 'en_US' if L == 'en' and g.chance(0.5) else pick_loc(g, L)
    c = Ctx(g, loc, diaspora=0.3 if L == 'en' else 0.05)
    lab = {
        'en': ['Legal name', 'Preferred name', 'Date of birth', 'Home address', 'Mobile', 'Personal email', 'SSN', 'Bank (IBAN)', 'Emergency contact', 'Temporary password', 'Start date', 'Accommodations'],
        'de': ['Name', 'Rufname', 'Geburtsdatum', 'Wohnanschrift', 'Mobil', 'Private E-Mail', 'Steuer-ID', 'IBAN', 'Notfallkontakt', 'Initialpasswort', 'Eintrittsdatum', 'Schwerbehinderung / Hinweise'],
        'fr': ['Nom', "Prénom d'usage", 'Date de naissance', 'Adresse', 'Portable', 'E-mail perso', 'N° sécu', 'RIB (IBAN)', 'Personne à prévenir', 'Mot de passe provisoire', "Date d'entrée", 'Aménagements'],
        'es': ['Nombre', 'Nombre preferido', 'Fecha de nacimiento', 'Domicilio', 'Móvil', 'Email personal', 'DNI', 'IBAN', 'Contacto de emergencia', 'Contraseña temporal', 'Fecha de alta', 'Adaptaciones'],
        'nl': ['Naam', 'Roepnaam', 'Geboortedatum', 'Woonadres', 'Mobiel', 'Privé e-mail', 'BSN', 'IBAN', 'Noodcontact', 'Tijdelijk wachtwoord', 'Startdatum', 'Aanpassingen'],
        'pl': ['Imię i nazwisko', 'Imię zwyczajowe', 'Data urodzenia', 'Adres', 'Telefon', 'E-mail prywatny', 'PESEL', 'Konto (IBAN)', 'Kontakt awaryjny', 'Hasło tymczasowe', 'Data rozpoczęcia', 'Uwagi'],
        'pt': ['Nome completo', 'Nome social', 'Data de nascimento', 'Endereço', 'Celular', 'E-mail pessoal', 'CPF', 'IBAN', 'Contato de emergência', 'Senha provisória', 'Data de admissão', 'Observações'],
    }[L]
    id_val = c.get('SSN') if L == 'en' and c.country == 'US' else g.digits(11)
    pairs = [(lab[0], c.get('FULL')), (lab[1], c.get('NICK')), (lab[2], c.get('DOB')), (lab[3], c.get('ADDRESS')), (lab[4], c.get('PHONE')),
             (lab[5], c.get('EMAIL'))]
    if g.chance(0.85 if c.country == 'US' else 0.4):
        pairs.append((lab[6], id_val))
    if g.chance(0.5):
        pairs.append((lab[7], c.get('IBAN')))
    pairs.append((lab[8], [c.get('FULL2'), ' (', {'en': 'spouse', 'de': 'Ehepartner', 'fr': 'conjoint', 'es': 'cónyuge', 'nl': 'partner', 'pl': 'małżonek', 'pt': 'cônjuge'}[L], ') ', c.get('PHONE2')]))
    if g.chance(0.5):
        pairs.append((lab[9], c.get('PWGEN')))
    pairs.append((lab[10], c.get('DATE')))
    if g.chance(0.4):
        pairs.append((lab[11], c.get('HEALTH')))
    style = g.pick(['yaml', 'kv', 'md'])
    if style == 'yaml':
        out = ['# onboarding/%s.yaml\n' % g.digits(5)]
        for k_, v in pairs:
            out += ['%s: ' % k_.lower().replace(' ', '_').replace('(', '').replace(')', '').replace('/', '_'), '"'] + (v if isinstance(v, list) else [v]) + ['"\n']
    elif style == 'md':
        out = ['## New hire checklist\n\n| Field | Value |\n|---|---|\n']
        for k_, v in pairs:
            out += ['| %s | ' % k_] + (v if isinstance(v, list) else [v]) + [' |\n']
    else:
        out = kv_form(g, pairs)
    return 'hr_onboarding', c.loc, out


def t_rental_application(g):
    L = g.wpick([('en', 6), ('de', 1), ('fr', 1), ('es', 1), ('nl', 1), ('sv', 1)])
    c = Ctx(g, pick_loc(g, L), diaspora=0.3 if L == 'en' else 0.05)
    k = g.r.randrange(3)
    if k == 0 and L == 'en':
        out = fill(g.pick([
            "RENTAL APPLICATION — {PROPADDR}\n\nApplicant: {FULL}\nDOB: {DOB}\nSSN: {SSN}\nCurrent address: {ADDRESS}\nPhone: {PHONE}\nEmail: {EMAIL}\nEmployer: {COMPANY}, monthly income {PRICE}\nCo-applicant: {FULL2}, DOB {DOB2}\nPets: 1 cat\nReferences: {PERSON3} {PHONE3}",
            "Hi! I'm {GIVEN}, applying for the 2BR at {PROPADDR}. I work at {COMPANY} and currently live at {ADDRESS}. I have a service dog for {MENTAL}. Reach me at {PHONE} or {EMAIL}.",
        ]).replace('{PROPADDR}', '{STREET2}'), c)
    elif k == 1:
        lab = {'en': ('Name', 'Date of birth', 'Current address', 'Phone', 'Monthly income'),
               'de': ('Name', 'Geburtsdatum', 'Derzeitige Anschrift', 'Telefon', 'Nettoeinkommen'),
               'fr': ('Nom', 'Date de naissance', 'Adresse actuelle', 'Téléphone', 'Revenus mensuels'),
               'es': ('Nombre', 'Fecha de nacimiento', 'Domicilio actual', 'Teléfono', 'Ingresos mensuales'),
               'nl': ('Naam', 'Geboortedatum', 'Huidig adres', 'Telefoon', 'Netto-inkomen'),
               'sv': ('Namn', 'Födelsedatum', 'Nuvarande adress', 'Telefon', 'Månadsinkomst')}[L]
        out = [{'en': 'Rental application', 'de': 'Mieterselbstauskunft', 'fr': 'Dossier de location', 'es': 'Solicitud de alquiler',
                'nl': 'Huuraanvraag', 'sv': 'Ansökan om hyresrätt'}[L], '\n\n'] + kv_form(g, [(lab[0], c.get('FULL')), (lab[1], c.get('DOB')),
                                                                                             (lab[2], c.get('ADDRESS_ML') if g.chance(0.4) else c.get('ADDRESS')),
                                                                                             (lab[3], c.get('PHONE')), (lab[4], c.get('PRICE'))], style='padded')
    else:
        obj = {'listing_id': g.digits(7), 'applicant': {'first_name': c.get('GIVEN'), 'last_name': c.get('FAMILY'), 'dob': c.get('DOB'), 'email': c.get('EMAIL'),
                                                         'phone': c.get('PHONE'), 'current_address': c.get('ADDRESS')},
               'move_in': c.get('DATE'), 'message': Seq(fill(g.pick(['Hi, I\'d love to view it. Key safe code for my current place is {DOOR} if the agent needs access.',
                                                                     'Hello, quiet professional, {AGE}, no pets.', 'We are a family of 3, my partner {FULL2} works from home.']), c))}
        out = jdump(obj, indent=2, ascii_=g.chance(0.3))
    return 'rental_application', c.loc, out


def t_kyc_note(g):
    L = g.wpick([('en', 5), ('de', 1), ('fr', 1), ('es', 1), ('it', 1), ('nl', 1), ('tr', 1), ('ar', 1)])
    loc = 'en_US' if L == 'en' and g.chance(0.5) else pick_loc(g, L)
    c = Ctx(g, loc, script='latin' if L == 'ar' and g.chance(0.5) else None, diaspora=0.3 if L == 'en' else 0)
    notes = {
        'en': ["KYC review: {UPPER}, DOB {DOB}. Proof of address: utility bill for {ADDRESS}. Source of funds: salary. IBAN on file {IBAN}. Risk: low.",
               "EDD — customer {FULL} (born {DOB}) sent 3 transfers to {IBAN}. Called on {PHONE}, explained as family support. Cleared.",
               "Onboarding check failed: name on ID {UPPER} vs app {FULL}; DOB {DOB}; SSN {SSN} matched.",
               "CIP verified {FULL}, SSN {SSN}, DOB {DOB}, residential address {ADDRESS}. OFAC: no hit.",
               "Login from new device {IP} for {EMAIL}; step-up passed."],
        'de': ["KYC-Prüfung: {FULL}, geb. {DOB}, Meldeadresse {ADDRESS}, IBAN {IBAN}. Risiko: gering."],
        'fr': ["Contrôle KYC : {FULL}, né(e) le {DOB}, justificatif de domicile {ADDRESS}, IBAN {IBAN}."],
        'es': ["Revisión KYC: {FULL}, nacido el {DOB}, domicilio {ADDRESS}, IBAN {IBAN}."],
        'it': ["Verifica KYC: {FULL}, nato il {DOB}, residenza {ADDRESS}, IBAN {IBAN}."],
        'nl': ["KYC-controle: {FULL}, geboren {DOB}, adres {ADDRESS}, IBAN {IBAN}."],
        'tr': ["KYC: {FULL}, doğum tarihi {DOB}, adres {ADDRESS}, IBAN {IBAN}."],
        'ar': ["التحقق من الهوية: {FULL}، تاريخ الميلاد {DOB}، العنوان {ADDRESS}، الآيبان {IBAN}."],
    }[L]
    if c.country != 'US':
        notes = [n for n in notes if '{SSN}' not in n] or notes
    an = c.person(8)
    out = ['[%s] analyst=' % iso_ts(g, False), E('PERSON', (an.a_given[0] + an.a_family).lower().replace(' ', '')), ' case=KYC-%s\n' % g.digits(6)] + fill(g.pick(notes), c)
    return 'kyc_note', c.loc, out


def t_shipping(g):
    L = g.wpick([('en', 5), ('de', 1), ('fr', 1), ('es', 1), ('pt', 1), ('it', 1), ('nl', 1), ('ja', 1), ('zh', 1), ('pl', 1), ('sw', 1), ('id', 1)])
    c = Ctx(g, pick_loc(g, L), diaspora=0.2 if L == 'en' else 0)
    k = g.r.randrange(4)
    trk = c.get('ORDER')
    if k == 0:  # label text
        out = ['SHIP TO:\n', c.get('UPPER'), '\n', E('ADDRESS', g.address(c.country, 'multi').upper() if g.chance(0.4) else g.address(c.country, 'multi')), '\nTEL: ', c.get('PHONE'),
               '\n\nTRACKING #: ', trk, '\nWEIGHT: %.1f kg   SERVICE: %s\nCONTENTS: ' % (g.r.uniform(0.2, 20), g.pick(['EXPRESS', 'STANDARD', 'PRIORITY'])), c.get('PRODUCT'), ' apparel\n']
    elif k == 1:  # courier message
        msg = {
            'en': ["Your {COURIER} driver {AGENT} is on the way. Delivering to {STREET}. Safe place note: \"{DOORNOTE}\"",
                   "We tried to deliver your parcel {ORDER} to {ADDRESS}. Call {PHONE} to rearrange."],
            'de': ["Ihr Paket {ORDER} wird heute zugestellt an {ADDRESS}. Ablageort: Garage, Code {DOOR}."],
            'fr': ["Votre colis {ORDER} sera livré aujourd'hui au {ADDRESS}. Digicode : {DOOR}."],
            'es': ["Tu paquete {ORDER} llega hoy a {ADDRESS}. Repartidor: {AGENT}."],
            'pt': ["Seu pedido {ORDER} saiu para entrega em {ADDRESS}. Entregador: {AGENT}."],
            'it': ["Il pacco {ORDER} sarà consegnato oggi in {ADDRESS}. Corriere: {AGENT}."],
            'nl': ["Je pakket {ORDER} wordt vandaag bezorgd op {ADDRESS}."],
            'ja': ["{FULL}様 お荷物（{ORDER}）を本日{ADDRESS}にお届けします。"],
            'zh': ["{FULL}您好，您的快递{ORDER}今天送到{ADDRESS}，快递员电话{PHONE}。"],
            'pl': ["Paczka {ORDER} zostanie dziś doręczona na adres {ADDRESS}."],
            'sw': ["Mzigo wako {ORDER} utafikishwa leo {ADDRESS}. Piga {PHONE}."],
            'id': ["Paket {ORDER} akan diantar hari ini ke {ADDRESS}. Kurir: {AGENT}."],
        }[L]
        m = g.pick(msg).replace('{COURIER}', g.pick(['DPD', 'Evri', 'UPS', 'FedEx', 'PostNL', 'GLS'])).replace('{DOORNOTE}', 'leave with neighbour, gate code {DOOR}')
        out = fill(m, c)
    elif k == 2:  # carrier API request
        addr = g.address(c.country, 'multi').split('\n')
        obj = {'shipment': {'service': g.pick(['ground', 'express', 'economy']), 'to': {'name': c.get('FULL'), 'phone': c.get('PHONE'), 'email': c.get('EMAIL'),
               'street1': E('ADDRESS', addr[0]), 'city_zip': E('ADDRESS', ', '.join(addr[1:])) if len(addr) > 1 else '', 'country': c.country},
               'parcels': [{'weight_g': g.r.randrange(100, 20000)}], 'reference': trk, 'declared_value': c.get('PRICE')}}
        out = jdump(obj, indent=2, ascii_=g.chance(0.3))
    else:  # delivery driver chat
        out = fill(g.pick(['Driver: Hi, I\'m outside {STREET} but there\'s no answer\nCustomer: sorry!! code for the gate is {DOOR}\nDriver: ok thanks {GIVEN}',
                           'Driver: hola, estoy en {STREET}\nCliente: sube, el portal es {DOOR}, 3º B', 'Driver: which flat?\nCustomer: {STREET}. buzz {GIVEN}']), c)
    return 'shipping', c.loc, out


def t_booking_confirmation(g):
    L = g.wpick([('en', 5), ('es', 1), ('fr', 1), ('de', 1), ('it', 1), ('pt', 1), ('ja', 1), ('ko', 1)])
    c = Ctx(g, pick_loc(g, L), diaspora=0.25 if L == 'en' else 0)
    hotel = g.pick(['Meridian Hotel', 'Hotel Solstice', 'Casa Azul B&B', 'Harbourview Suites', 'Ryokan Hanaya', 'Pension Alpenblick'])
    heads = {'en': ('Booking confirmation', 'Guest', 'Check-in', 'Check-out', 'Phone', 'Email', 'Special requests', 'Card on file'),
             'es': ('Confirmación de reserva', 'Huésped', 'Entrada', 'Salida', 'Teléfono', 'Correo', 'Peticiones', 'Tarjeta'),
             'fr': ('Confirmation de réservation', 'Client', 'Arrivée', 'Départ', 'Téléphone', 'E-mail', 'Demandes particulières', 'Carte'),
             'de': ('Buchungsbestätigung', 'Gast', 'Anreise', 'Abreise', 'Telefon', 'E-Mail', 'Wünsche', 'Karte'),
             'it': ('Conferma di prenotazione', 'Ospite', 'Arrivo', 'Partenza', 'Telefono', 'Email', 'Richieste', 'Carta'),
             'pt': ('Confirmação de reserva', 'Hóspede', 'Check-in', 'Check-out', 'Telefone', 'E-mail', 'Pedidos', 'Cartão'),
             'ja': ('ご予約確認', '宿泊者', 'チェックイン', 'チェックアウト', '電話', 'メール', 'ご要望', 'カード'),
             'ko': ('예약 확인', '투숙객', '체크인', '체크아웃', '전화', '이메일', '요청 사항', '카드')}[L]
    req = {'en': ['late arrival, I have {HEALTH} so ground floor please', 'celebrating my wife {GIVEN2}\'s birthday ({BDAY2})', 'none', 'need a fridge for {MED}'],
           'es': ['llegada tarde', 'planta baja por {HEALTH}'], 'fr': ['arrivée tardive', 'rez-de-chaussée ({HEALTH})'], 'de': ['späte Anreise', 'Erdgeschoss wegen {HEALTH}'],
           'it': ['arrivo tardi'], 'pt': ['chegada tarde'], 'ja': ['禁煙室希望'], 'ko': ['늦은 체크인']}[L]
    d_in, d_out = g.date_pair(c.lang, c.country)
    pairs = [(heads[1], c.get('FULL')), (heads[2], D('DATE', d_in)), (heads[3], D('DATE', d_out)), (heads[4], c.get('PHONE')), (heads[5], c.get('EMAIL')),
             (heads[6], fill(g.pick(req), c))]
    if g.chance(0.55):
        pairs.append((heads[7], c.get('CARD')))
    out = ['%s — %s\n' % (heads[0], hotel), 'Ref: ', c.get('ORDER'), '\n', '-' * 32, '\n'] + kv_form(g, pairs, style=g.pick(['colon', 'padded'])) + \
        ['\nTotal: ', c.get('PRICE'), '\n']
    if g.chance(0.4):
        out += ['\nSelf check-in: door code ', c.get('DOOR'), ', wifi ', c.get('WIFI'), '\n']
    return 'booking_confirmation', c.loc, out


def t_school_enrolment(g):
    L = g.wpick([('en', 5), ('es', 1), ('fr', 1), ('de', 1), ('nl', 1), ('sv', 1), ('pt', 1)])
    c = Ctx(g, pick_loc(g, L), diaspora=0.3 if L == 'en' else 0.05)
    kid = c.p
    par = c.person(2)
    lab = {'en': ('Student name', 'Date of birth', 'Home address', 'Parent/guardian', 'Phone', 'Email', 'Medical needs', 'Medication at school', 'Authorised pick-up'),
           'es': ('Nombre del alumno', 'Fecha de nacimiento', 'Domicilio', 'Madre/padre/tutor', 'Teléfono', 'Correo', 'Necesidades médicas', 'Medicación', 'Personas autorizadas'),
           'fr': ("Nom de l'élève", 'Date de naissance', 'Adresse', 'Responsable légal', 'Téléphone', 'Courriel', 'PAI / santé', 'Traitement', 'Personnes autorisées'),
           'de': ('Name des Kindes', 'Geburtsdatum', 'Anschrift', 'Erziehungsberechtigte/r', 'Telefon', 'E-Mail', 'Gesundheit', 'Medikamente', 'Abholberechtigt'),
           'nl': ('Naam leerling', 'Geboortedatum', 'Adres', 'Ouder/verzorger', 'Telefoon', 'E-mail', 'Medisch', 'Medicatie', 'Ophalen door'),
           'sv': ('Elevens namn', 'Födelsedatum', 'Adress', 'Vårdnadshavare', 'Telefon', 'E-post', 'Hälsa', 'Medicin', 'Får hämta'),
           'pt': ('Nome do aluno', 'Data de nascimento', 'Endereço', 'Responsável', 'Telefone', 'E-mail', 'Saúde', 'Medicação', 'Autorizados a buscar')}[L]
    pairs = [(lab[0], E('PERSON', kid.full)), (lab[1], c.get('DOB_KID')), (lab[2], c.get('ADDRESS_ML') if g.chance(0.3) else c.get('ADDRESS')),
             (lab[3], E('PERSON', par.full)), (lab[4], c.get('PHONE2')), (lab[5], E('EMAIL', g.email(par))), (lab[6], c.get('HEALTH'))]
    if g.chance(0.6):
        pairs.append((lab[7], c.get('MED')))
    if g.chance(0.5):
        pairs.append((lab[8], [c.get('FULL3'), ', ', c.get('PHONE3')]))
    school = {'en': ['Riverbend School District', 'Sunrise Academy', 'Hillcrest Primary School'], 'es': ['Colegio San José', 'CEIP Miguel Hernández'],
              'fr': ['École Jules Ferry', 'Collège Jean Moulin'], 'de': ['Grundschule am Park', 'Gesamtschule Nord'], 'nl': ['Basisschool De Regenboog', 'OBS De Linde'],
              'sv': ['Centralskolan', 'Ekbackens skola'], 'pt': ['Escola Estadual Dom Pedro II', 'Colégio Santa Maria']}[L]
    title = {'en': 'Enrolment form', 'es': 'Solicitud de inscripción', 'fr': "Dossier d'inscription", 'de': 'Schulanmeldung', 'nl': 'Inschrijfformulier',
             'sv': 'Anmälan', 'pt': 'Ficha de matrícula'}[L]
    out = ['%s — %s %s\n\n' % (g.pick(school), title, g.pick(['2024/25', '2025-2026']))] + kv_form(g, pairs)
    return 'school_enrolment', c.loc, out


def t_web_form_i18n(g):
    L = g.pick(list(PH.LABELS))
    c = Ctx(g, pick_loc(g, L) if L in LANG_LOCS else 'en_US')
    lb = dict(PH.LABELS[L], card=PH.CARD_LABEL[L])
    fields = [('name', c.get('FULL')), ('dob', c.get('DOB')), ('address', c.get('ADDRESS')), ('phone', c.get('PHONE'))]
    if g.chance(0.6):
        fields.append(('email', c.get('EMAIL')))
    extra = g.r.sample(['password', 'health', 'iban', 'emergency', 'card'], g.r.randrange(1, 4))
    for e in extra:
        if e == 'card':
            fields.append(('card', c.get('CARD')))
            continue
        if e == 'password':
            fields.append(('password', c.get('PASSWORD')))
        elif e == 'health':
            fields.append(('health', c.get('ANYHEALTH')))
        elif e == 'iban':
            fields.append(('iban', c.get('IBAN')))
        else:
            fields.append(('emergency', [c.get('FULL2'), ' ', c.get('PHONE2')]))
    k = g.r.randrange(3)
    if k == 0:
        out = ['== %s ==\n' % lb['title']] + kv_form(g, [(lb[f], v) for f, v in fields]) + ['[ %s ]' % lb['submit']]
    elif k == 1:  # form POST captured as JSON with localized labels
        obj = {'form': lb['title'], 'locale': c.loc, 'fields': [{'label': lb[f], 'value': v if not isinstance(v, list) else Seq(v)} for f, v in fields]}
        out = jdump(obj, ascii_=g.chance(0.5), indent=g.pick([None, 2]))
    else:  # urlencoded body
        from core import url_esc
        out = ['POST /submit HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\n']
        for i, (f, v) in enumerate(fields):
            out += ['&' if i else '', f, '='] + esc(v if isinstance(v, list) else [v], url_esc)
    return 'web_form_i18n', c.loc, out


def t_invoice(g):
    L = g.wpick([('en', 4), ('de', 2), ('fr', 1), ('es', 1), ('it', 1), ('nl', 1), ('pt', 1), ('pl', 1)])
    c = Ctx(g, pick_loc(g, L), diaspora=0.15)
    w = {'en': ('INVOICE', 'Bill to', 'Invoice no.', 'Date', 'Due', 'Total', 'Pay to'), 'de': ('RECHNUNG', 'Rechnungsempfänger', 'Rechnungsnr.', 'Datum', 'Fällig', 'Gesamt', 'Bankverbindung'),
         'fr': ('FACTURE', 'Facturé à', 'N° facture', 'Date', 'Échéance', 'Total TTC', 'Coordonnées bancaires'), 'es': ('FACTURA', 'Cliente', 'Nº factura', 'Fecha', 'Vencimiento', 'Total', 'Pagar a'),
         'it': ('FATTURA', 'Intestatario', 'N. fattura', 'Data', 'Scadenza', 'Totale', 'Coordinate bancarie'), 'nl': ('FACTUUR', 'Factuur aan', 'Factuurnr.', 'Datum', 'Vervaldatum', 'Totaal', 'Betalen aan'),
         'pt': ('FATURA', 'Cliente', 'N.º fatura', 'Data', 'Vencimento', 'Total', 'Pagamento'), 'pl': ('FAKTURA', 'Nabywca', 'Nr faktury', 'Data', 'Termin płatności', 'Razem', 'Konto')}[L]
    items = []
    for i in range(g.r.randrange(1, 4)):
        items += ['  %-28s ' % g.pick(['Consulting (hours)', 'Cleaning service', 'Physiotherapy session', 'Moving – van 3.5t', 'Website hosting', 'Tutoring']), c.get('PRICE%d' % (i + 1)), '\n']
    out = ['%s\n\n%s:\n' % (w[0], w[1]), c.get('FULL'), '\n', c.get('ADDRESS_ML'), '\n\n%s: ' % w[2], c.get('ORDER'), '\n%s: ' % w[3], c.get('PASTDATE'),
           '\n%s: ' % w[4], c.get('DATE'), '\n\n'] + items + ['\n%s: ' % w[5], D('PRICE', g.d_price(c.country)), '\n\n%s: ' % w[6]]
    seller = c.person(9)
    out += [E('PERSON', seller.full), ' · IBAN ', E('IBAN', g.iban(c.country if c.country in g.IBAN_SPECS else None)), '\n']
    return 'invoice', c.loc, out


# ------------------------------------------------------------------ PDF / OCR

def t_pdf_extract(g):
    L = g.wpick([('en', 5), ('de', 2), ('fr', 1), ('es', 1), ('it', 1), ('nl', 1), ('pt', 1)])
    c = Ctx(g, pick_loc(g, L), diaspora=0.2 if L == 'en' else 0)
    texts = {
        'en': ["Dear {TITLED},\n\nRe: Your appointment on {DATE}\n\nFurther to your referral for {HEALTH}, we are writing to confirm that {FULL} (date of birth {DOB}) has been placed on the waiting list. Please contact the clinic on {PHONE} if your address ({ADDRESS}) has changed. Your current medication, {MED}, should be continued until you are seen.\n\nYours sincerely,\n\nDr {DOCTOR}",
               "CREDIT CARD AUTHORIZATION FORM\n\nI, {FULL}, authorize {COMPANY} to charge my credit card for the amount of {PRICE} for services rendered. Cardholder name: {UPPER}. Card number: {CARD}. Expiration: 09/27. Billing address: {ADDRESS}. Phone: {PHONE}. Email: {EMAIL}.\n\nSignature: ____________  Date: {PASTDATE}",
               "STATEMENT OF ACCOUNT\n{FULL} {ADDRESS}\nAccount holder: {FULL} IBAN: {IBAN} Statement date: {PASTDATE} Opening balance {PRICE} Closing balance {PRICE2} For queries call {PHONE} or write to {EMAIL}."],
        'de': ["Sehr geehrte/r {TITLED},\n\nwir bestätigen den Eingang Ihres Antrags vom {PASTDATE}. Versicherte Person: {FULL}, geboren am {DOB}, wohnhaft {ADDRESS}. Diagnose laut Attest: {HEALTH}. Die Erstattung erfolgt auf das Konto {IBAN}.\n\nMit freundlichen Grüßen"],
        'fr': ["Madame, Monsieur,\n\nNous accusons réception de la demande de {FULL}, né(e) le {DOB}, demeurant {ADDRESS}. Le remboursement sera effectué sur le compte {IBAN}. Pour toute question : {PHONE}."],
        'es': ["Estimado/a {TITLED}:\n\nLe confirmamos la cita para {FULL}, nacido/a el {DOB}, con domicilio en {ADDRESS}, por {HEALTH}. Teléfono de contacto {PHONE}."],
        'it': ["Gentile {TITLED},\n\nconfermiamo la visita per {FULL}, nato/a il {DOB}, residente in {ADDRESS}. Diagnosi: {HEALTH}. Recapito {PHONE}."],
        'nl': ["Geachte {TITLED},\n\nHierbij bevestigen wij de afspraak voor {FULL}, geboren {DOB}, wonende {ADDRESS}. Terugbetaling op {IBAN}."],
        'pt': ["Prezado(a) {TITLED},\n\nconfirmamos o atendimento de {FULL}, nascido(a) em {DOB}, residente em {ADDRESS}. Telefone {PHONE}."],
    }[L]
    parts = fill(g.pick(texts), c)
    parts = hardwrap(parts, g.pick([48, 56, 64, 72]), g.r)
    if g.chance(0.4):
        parts = ['--- page %d of %d ---\n' % (1, g.r.randrange(1, 4))] + parts + ['\n\f']
    return 'pdf_extract', c.loc, parts


OCR_SUBS = [('l', '1'), ('O', '0'), ('rn', 'm'), ('I', 'l'), ('S', '5'), ('e', 'c'), ('B', '8'), ('a', 'o'), ('i', 'í'), ('.', ','), (':', ';')]


def ocr_noise(g, s, rate):
    out = []
    i = 0
    while i < len(s):
        done = False
        if g.r.random() < rate:
            for a, b in OCR_SUBS:
                if s.startswith(a, i):
                    out.append(b)
                    i += len(a)
                    done = True
                    break
        if not done:
            out.append(s[i])
            i += 1
    return ''.join(out)


def t_ocr_scan(g):
    L = g.wpick([('en', 5), ('de', 1), ('fr', 1), ('es', 1), ('pt', 1), ('it', 1)])
    c = Ctx(g, pick_loc(g, L), script='latin', diaspora=0.2 if L == 'en' else 0)
    docs = {
        'en': ["ELECTRIC BILL  Account {CUSTNO}\nService address: {ADDRESS}\nCustomer: {UPPER}\nAmount due {PRICE} by {DATE}\nQuestions? {PHONE}",
               "PRESCRIPTION\nName: {FULL}   DOB: {DOB}\nRx: {MED}\nSig: 1 tab PO daily\nDr. {DOCTOR}  Lic# {NUMID}",
               "LAB REPORT\nPatient {LASTFIRST}  DOB {DOB}\nResult: {LAB}\nComment: consistent with {HEALTH}"],
        'de': ["Stromrechnung  Kundennr. {CUSTNO}\nLieferanschrift: {ADDRESS}\nKunde: {FULL}\nBetrag {PRICE}"],
        'fr': ["Facture d'électricité\nAdresse : {ADDRESS}\nClient : {UPPER}\nMontant {PRICE}"],
        'es': ["Factura de luz\nDirección: {ADDRESS}\nTitular: {UPPER}\nImporte {PRICE}"],
        'pt': ["Conta de luz\nEndereço: {ADDRESS}\nTitular: {UPPER}\nValor {PRICE}"],
        'it': ["Bolletta luce\nIndirizzo: {ADDRESS}\nIntestatario: {UPPER}\nImporto {PRICE}"],
    }[L]
    parts = fill(g.pick(docs), c)
    rate = g.pick([0.03, 0.06, 0.1])
    out = []
    for p in flat(parts):
        if isinstance(p, str):
            out.append(ocr_noise(g, p, rate))
        elif p[0] == 'E' and p[1] in ('PERSON', 'ADDRESS') and g.chance(0.5):
            v = ocr_noise(g, p[2], rate / 2)
            out.append((p[0], p[1], v))
        else:
            out.append(p)
    if g.chance(0.5):
        out = ['[OCR confidence %.2f]\n' % g.r.uniform(0.55, 0.93)] + out
    return 'ocr_scan', c.loc, out


def t_tax_form(g):
    """US tax / benefits paperwork as text extracted from a filled PDF, or as JSON from a form API."""
    c = Ctx(g, 'en_US', script='latin', diaspora=0.3)
    k = g.r.randrange(3)
    if k == 0:
        out = fill(g.pick([
            "Form W-9 (Rev. March 2024)\n1 Name (as shown on your income tax return): {FULL}\n3 Federal tax classification: Individual/sole proprietor\n5 Address (number, street, and apt. or suite no.): {STREET}\n6 City, state, and ZIP code: {CITYZIP}\nPart I Taxpayer Identification Number\nSocial security number: {SSN}\nSignature of U.S. person: {FULL}   Date: {PASTDATE}",
            "Form W-4 Employee's Withholding Certificate\n(a) First name and middle initial: {GIVEN}  Last name: {FAMILY}\n(b) Social security number: {SSN}\nAddress: {STREET}\nCity or town, state, and ZIP code: {CITYZIP}\nStep 3: Claim dependents  {PRICE}",
            "BENEFITS ENROLLMENT 2025\nEmployee: {LASTFIRST}   SSN: {SSN}   DOB: {DOB}\nDependent: {FULL2}   SSN: {SSN2}   DOB: {DOB_KID}\nPlan: PPO Gold   Tobacco user: N\nPre-existing: {HEALTH}",
        ]).replace('{CITYZIP}', g.pick(['{CITYZIPV}'])), _TaxCtx(g, c))
    elif k == 1:
        obj = {'form': 'W-9', 'payee': {'name': c.get('FULL'), 'tin_type': 'SSN', 'tin': c.get('SSN'), 'address': c.get('ADDRESS')}, 'signed_at': iso_ts(g)}
        out = jdump(obj, indent=g.pick([None, 2]))
    else:
        out = fill("Hi! Can you check my 1040 numbers? I'm {FULL}, SSN {SSN}, my wife {GIVEN2} is {SSN2}. We moved to {ADDRESS} in June. Also can I deduct {PROC} costs?", c)
    return 'tax_form', c.loc, out


class _TaxCtx:
    def __init__(self, g, c):
        self.g, self.c = g, c

    def get(self, s):
        if s == 'CITYZIPV':
            city, st, z = self.g.pick(DT.US_CITIES)
            return E('ADDRESS', '%s, %s %s' % (city, st, self.g.pat(z)))
        return self.c.get(s)
