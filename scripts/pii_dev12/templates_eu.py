# -*- coding: utf-8 -*-
"""European-language templates (Latin script)."""

T = {}

T["es"] = dict(
    person=[
        "pregúntale a ⟦P1.g⟧ si ya mandó el presupuesto",
        "Ayer comí con ⟦P1⟧ y ⟦P2⟧, están buscando piso en ⟦city⟧.",
        "¿Puedes escribir una carta de despedida para mi compañera ⟦P1.g⟧?",
        "El casero, ⟦P1⟧, no contesta desde hace dos semanas.",
        "Avísale a ⟦P1.lc⟧ que la reunión se pasa a las ⟦time⟧",
        "Según ⟦P1.g⟧, el pedido llega mañana.",
        "Sra. ⟦P1f.f⟧ llamó preguntando por la factura.",
        "La tutora de mi hija, ⟦P1f⟧, quiere hablar con nosotros el ⟦wd⟧.",
        "Gracias, ⟦P1.g⟧, por cubrir el turno del domingo.",
        "Los responsables son ⟦P1.v⟧ (backend) y ⟦P2.v⟧ (diseño).",
    ],
    dob=[
        "mi fecha de nacimiento es ⟦DOB⟧",
        "Nacido el ⟦DOB⟧ en ⟦city⟧.",
        "Fecha de nacimiento: ⟦DOB⟧",
        "⟦P1f⟧, nacida el ⟦DOB⟧, solicita la renovación del DNI.",
        "F. nac.: ⟦DOB⟧",
        "Mi hijo ⟦P1m.g⟧ nació el ⟦DOB⟧, ¿qué vacunas le tocan ahora?",
        "Paciente ⟦P1⟧ (⟦DOB⟧), ⟦AGE⟧ años.",
    ],
    address=[
        "Envíalo a ⟦ADDR⟧, por favor.",
        "Mi nueva dirección es ⟦ADDR⟧.",
        "Domicilio: ⟦ADDR⟧",
        "El paquete se entregó en ⟦ADDR⟧ pero ya no vivo ahí.",
        "Dirección de facturación:\n⟦ADDR:ml⟧",
    ],
    phone=["Llámame al ⟦PH⟧ después de las seis.", "Tel.: ⟦PH⟧", "El móvil de ⟦P1.g⟧ es ⟦PH⟧."],
    email=["Mi correo es ⟦EM⟧", "Escríbele a ⟦P1⟧ a ⟦EM1⟧.", "Correo electrónico: ⟦EM⟧"],
    password=["la contraseña del wifi es ⟦PW⟧", "Usuario: ⟦P1.lc⟧ / contraseña: ⟦PW⟧", "Cambié la clave a ⟦PW⟧ y sigue sin entrar."],
    health=["Me diagnosticaron ⟦H:cond⟧ el año pasado.", "⟦P1⟧ toma ⟦H:med⟧ cada mañana.", "Antecedentes: ⟦H:cond⟧. Tratamiento: ⟦H:med⟧.", "Mi madre tiene ⟦H:proc⟧ programada para el ⟦DATE⟧."],
    iban=["Haz la transferencia a ⟦IBAN⟧ a nombre de ⟦P1⟧.", "IBAN: ⟦IBAN⟧"],
    card=["Mi tarjeta es ⟦CC⟧ y me la rechazaron.", "Número de tarjeta: ⟦CC⟧"],
    ip=["Inicio de sesión sospechoso desde ⟦IP⟧ para ⟦EM⟧."],
    mixed=["Hola, soy ⟦P1⟧, nací el ⟦DOB⟧ y vivo en ⟦ADDR⟧. Mi teléfono es ⟦PH⟧.", "Paciente: ⟦P1⟧ · F. nac. ⟦DOB⟧ · ⟦H:cond⟧ · Tel. ⟦PH⟧"],
    filler=["El pedido ⟦ORD⟧ cuesta ⟦PRICE⟧.", "La versión ⟦VER⟧ salió el ⟦DATE⟧.", "Nos vemos en ⟦PLACE⟧.", "Un saludo."],
)

T["pt"] = dict(
    person=[
        "pergunta à ⟦P1f.g⟧ se já enviou o orçamento",
        "Ontem almocei com ⟦P1⟧ e ⟦P2⟧ no centro.",
        "Podes escrever uma mensagem de despedida para o meu colega ⟦P1m.g⟧?",
        "o ⟦P1m.lc⟧ disse que chega às ⟦time⟧",
        "A Dra. ⟦P1f⟧ vai acompanhar o caso.",
        "Obrigado, ⟦P1.g⟧, pela ajuda com a mudança!",
        "Quem aprovou foi a ⟦P1f.v⟧, na ⟦wd⟧.",
        "Fala com o ⟦P1m.g⟧ do financeiro sobre o reembolso.",
    ],
    dob=["Data de nascimento: ⟦DOB⟧", "Nasci em ⟦DOB⟧ em ⟦city⟧.", "⟦P1m⟧, nascido em ⟦DOB⟧, pede a segunda via do documento.", "DN: ⟦DOB⟧", "A minha filha ⟦P1f.g⟧ nasceu a ⟦DOB⟧."],
    address=["Moro na ⟦ADDR⟧.", "Endereço de entrega: ⟦ADDR⟧", "Manda para ⟦ADDR⟧, por favor.", "Morada:\n⟦ADDR:ml⟧"],
    phone=["Liga-me para o ⟦PH⟧.", "Telemóvel: ⟦PH⟧", "Meu celular é ⟦PH⟧, chama no zap."],
    email=["O meu e-mail é ⟦EM⟧", "Manda para ⟦EM1⟧ (⟦P1.g⟧)."],
    password=["a senha do wi-fi é ⟦PW⟧", "Senha: ⟦PW⟧", "mudei a palavra-passe para ⟦PW⟧"],
    health=["Fui diagnosticado com ⟦H:cond⟧.", "⟦P1⟧ toma ⟦H:med⟧ todos os dias.", "Minha mãe fez ⟦H:proc⟧ em ⟦DATE⟧."],
    iban=["IBAN para o reembolso: ⟦IBAN⟧", "Transfere para ⟦IBAN⟧ em nome de ⟦P1⟧."],
    card=["Cartão: ⟦CC⟧"],
    mixed=["Olá, sou ⟦P1f⟧, nascida em ⟦DOB⟧, moro na ⟦ADDR⟧, tel. ⟦PH⟧.", "Cadastro: ⟦P1⟧ / ⟦EM1⟧ / ⟦PH⟧"],
    filler=["Pedido ⟦ORD⟧ no valor de ⟦PRICE⟧.", "Atualizem para ⟦VER⟧.", "Abraço!"],
)

T["fr"] = dict(
    person=[
        "demande à ⟦P1.g⟧ si le devis est parti",
        "J'ai déjeuné avec ⟦P1⟧ et ⟦P2⟧ hier, ils cherchent un appartement.",
        "Peux-tu rédiger un mot de départ pour ma collègue ⟦P1f.g⟧ ?",
        "Mme ⟦P1f.f⟧ a rappelé au sujet du colis.",
        "Le propriétaire, M. ⟦P1m⟧, ne répond plus.",
        "Merci ⟦P1.g⟧ pour la relecture !",
        "c'est ⟦P1.lc⟧ qui garde les clés ce week-end",
        "D'après ⟦P1.g⟧, la réunion est décalée à ⟦time⟧.",
        "Mon voisin ⟦P1⟧ se gare devant mon garage, comment lui écrire poliment ?",
        "Responsables : ⟦P1.REV⟧, ⟦P2.REV⟧",
    ],
    dob=["Né le ⟦DOB⟧ à ⟦city⟧.", "Date de naissance : ⟦DOB⟧", "⟦P1f⟧, née le ⟦DOB⟧, demande un nouveau passeport.", "ma date de naissance c'est le ⟦DOB⟧", "DDN : ⟦DOB⟧", "Mon fils ⟦P1m.g⟧ est né le ⟦DOB⟧."],
    address=["Mon adresse : ⟦ADDR⟧", "Livrer au ⟦ADDR⟧.", "J'ai déménagé au ⟦ADDR⟧.", "Adresse de facturation :\n⟦ADDR:ml⟧"],
    phone=["Appelle-moi au ⟦PH⟧.", "Tél. : ⟦PH⟧", "Le portable de ⟦P1.g⟧ : ⟦PH⟧"],
    email=["Mon e-mail : ⟦EM⟧", "Écris à ⟦P1⟧ : ⟦EM1⟧"],
    password=["le mot de passe du wifi est ⟦PW⟧", "Identifiant : ⟦P1.lc⟧ — mot de passe : ⟦PW⟧", "mdp : ⟦PW⟧"],
    health=["On m'a diagnostiqué ⟦H:cond⟧.", "⟦P1⟧ prend ⟦H:med⟧ le matin.", "Antécédents : ⟦H:cond⟧ ; traitement : ⟦H:med⟧.", "Ma mère doit subir ⟦H:proc⟧ le ⟦DATE⟧."],
    iban=["Virement sur ⟦IBAN⟧ au nom de ⟦P1⟧.", "RIB / IBAN : ⟦IBAN⟧"],
    card=["Ma carte ⟦CC⟧ a été refusée."],
    ip=["Connexion suspecte depuis ⟦IP⟧."],
    mixed=["Bonjour, je suis ⟦P1m⟧, né le ⟦DOB⟧, domicilié ⟦ADDR⟧. Tél. ⟦PH⟧.", "Patient : ⟦P1⟧, DDN ⟦DOB⟧, ⟦H:cond⟧."],
    filler=["Commande ⟦ORD⟧ : ⟦PRICE⟧.", "Mise à jour ⟦VER⟧ prévue le ⟦DATE⟧.", "Rendez-vous à ⟦PLACE⟧.", "Bien cordialement,"],
)

T["de"] = dict(
    person=[
        "frag mal ⟦P1.g⟧, ob das Angebot schon raus ist",
        "Gestern war ich mit ⟦P1⟧ und ⟦P2⟧ essen.",
        "Kannst du eine Abschiedskarte für meine Kollegin ⟦P1f.g⟧ formulieren?",
        "Frau ⟦P1f.f⟧ hat wegen der Rechnung angerufen.",
        "Herr ⟦P1m⟧ ist ab ⟦wd⟧ im Urlaub, Vertretung: ⟦P2⟧.",
        "Danke ⟦P1.g⟧ fürs Korrekturlesen!",
        "⟦P1.lc⟧ hat den schlüssel, nicht ich",
        "Laut ⟦P1.g⟧ verschiebt sich das Meeting auf ⟦time⟧.",
        "Unser Nachbar ⟦P1⟧ parkt ständig vor der Einfahrt.",
        "Teilnehmer: ⟦P1.REV⟧; ⟦P2.REV⟧; ⟦P3.REV⟧",
        "Bitte ⟦P1.g⟧s Urlaubsantrag noch freigeben.",
    ],
    dob=["geb. ⟦DOB⟧", "Geburtsdatum: ⟦DOB⟧", "Ich bin am ⟦DOB⟧ in ⟦city⟧ geboren.", "⟦P1⟧, geboren am ⟦DOB⟧, beantragt einen neuen Ausweis.", "Mein Sohn ⟦P1m.g⟧ ist am ⟦DOB⟧ geboren.", "⟦P1⟧ (* ⟦DOB⟧)"],
    address=["Meine neue Adresse: ⟦ADDR⟧", "Bitte an ⟦ADDR⟧ liefern.", "Wohnhaft in ⟦ADDR⟧.", "Rechnungsanschrift:\n⟦ADDR:ml⟧", "Anschrift: ⟦ADDR⟧"],
    phone=["Ruf mich unter ⟦PH⟧ an.", "Tel.: ⟦PH⟧", "Handy von ⟦P1.g⟧: ⟦PH⟧"],
    email=["Meine E-Mail: ⟦EM⟧", "Schreib ⟦P1⟧ an ⟦EM1⟧."],
    password=["das WLAN-Passwort ist ⟦PW⟧", "Benutzer: ⟦P1.lc⟧ / Kennwort: ⟦PW⟧", "PW: ⟦PW⟧", "Ich habe das Passwort auf ⟦PW⟧ geändert."],
    health=["Bei mir wurde ⟦H:cond⟧ festgestellt.", "⟦P1⟧ nimmt täglich ⟦H:med⟧.", "Diagnose: ⟦H:cond⟧. Medikation: ⟦H:med⟧.", "Meine Mutter hat am ⟦DATE⟧ ⟦H:proc⟧."],
    iban=["Bitte auf ⟦IBAN⟧ überweisen, Kontoinhaber ⟦P1⟧.", "IBAN: ⟦IBAN⟧", "Neue Bankverbindung: ⟦IBAN⟧"],
    card=["Meine Kreditkarte ⟦CC⟧ wurde abgelehnt."],
    ip=["Verdächtiger Login von ⟦IP⟧ für ⟦EM⟧."],
    mixed=["Hallo, ich bin ⟦P1⟧, geb. ⟦DOB⟧, wohnhaft ⟦ADDR⟧, Tel. ⟦PH⟧.", "Patient: ⟦P1⟧, geb. ⟦DOB⟧, Diagnose ⟦H:cond⟧."],
    filler=["Bestellung ⟦ORD⟧ über ⟦PRICE⟧.", "Version ⟦VER⟧ ist seit ⟦DATE⟧ live.", "Treffpunkt: ⟦PLACE⟧.", "Viele Grüße"],
)

T["it"] = dict(
    person=["chiedi a ⟦P1.g⟧ se ha mandato il preventivo", "Ieri ho pranzato con ⟦P1⟧ e ⟦P2⟧.", "La dott.ssa ⟦P1f⟧ segue il caso.", "Grazie ⟦P1.g⟧ per l'aiuto!",
            "Il padrone di casa, ⟦P1⟧, non risponde.", "secondo ⟦P1.lc⟧ la riunione è alle ⟦time⟧", "Puoi scrivere un biglietto d'addio per il mio collega ⟦P1m.g⟧?"],
    dob=["Nato il ⟦DOB⟧ a ⟦city⟧.", "Data di nascita: ⟦DOB⟧", "⟦P1f⟧, nata il ⟦DOB⟧, chiede il rinnovo della carta d'identità.", "Mia figlia ⟦P1f.g⟧ è nata il ⟦DOB⟧."],
    address=["Il mio indirizzo è ⟦ADDR⟧.", "Spedire a ⟦ADDR⟧.", "Residenza:\n⟦ADDR:ml⟧"],
    phone=["Chiamami al ⟦PH⟧.", "Cell.: ⟦PH⟧"],
    email=["La mia email è ⟦EM⟧", "Scrivi a ⟦P1⟧: ⟦EM1⟧"],
    password=["la password del wifi è ⟦PW⟧", "Utente: ⟦P1.lc⟧ — password: ⟦PW⟧"],
    health=["Mi hanno diagnosticato ⟦H:cond⟧.", "⟦P1⟧ prende ⟦H:med⟧ ogni mattina.", "Anamnesi: ⟦H:cond⟧."],
    iban=["Bonifico su ⟦IBAN⟧ intestato a ⟦P1⟧.", "IBAN: ⟦IBAN⟧"],
    card=["Carta: ⟦CC⟧"],
    mixed=["Buongiorno, sono ⟦P1m⟧, nato il ⟦DOB⟧, residente in ⟦ADDR⟧, tel. ⟦PH⟧."],
    filler=["Ordine ⟦ORD⟧: ⟦PRICE⟧.", "Aggiornamento ⟦VER⟧ del ⟦DATE⟧.", "Cordiali saluti,"],
)

T["nl"] = dict(
    person=["vraag even aan ⟦P1.g⟧ of de offerte al verstuurd is", "Gisteren met ⟦P1⟧ en ⟦P2⟧ geluncht.", "Mevrouw ⟦P1f.f⟧ belde over de factuur.",
            "Bedankt ⟦P1.g⟧ voor het meedenken!", "volgens ⟦P1.lc⟧ is de meeting om ⟦time⟧", "Onze buurman ⟦P1⟧ parkeert steeds voor de uitrit."],
    dob=["Geboortedatum: ⟦DOB⟧", "Ik ben geboren op ⟦DOB⟧ in ⟦city⟧.", "⟦P1⟧, geboren ⟦DOB⟧, vraagt een nieuw paspoort aan.", "geb. ⟦DOB⟧"],
    address=["Mijn adres is ⟦ADDR⟧.", "Bezorgen op ⟦ADDR⟧.", "Factuuradres:\n⟦ADDR:ml⟧"],
    phone=["Bel me op ⟦PH⟧.", "Tel: ⟦PH⟧"],
    email=["Mijn e-mail: ⟦EM⟧", "Mail ⟦P1⟧ op ⟦EM1⟧."],
    password=["het wifi-wachtwoord is ⟦PW⟧", "wachtwoord: ⟦PW⟧"],
    health=["Bij mij is ⟦H:cond⟧ vastgesteld.", "⟦P1⟧ gebruikt ⟦H:med⟧."],
    iban=["Graag overmaken naar ⟦IBAN⟧ t.n.v. ⟦P1⟧.", "IBAN: ⟦IBAN⟧"],
    card=["Creditcard: ⟦CC⟧"],
    mixed=["Hoi, ik ben ⟦P1⟧, geboren ⟦DOB⟧, woonachtig ⟦ADDR⟧, tel. ⟦PH⟧."],
    filler=["Bestelling ⟦ORD⟧ kost ⟦PRICE⟧.", "Versie ⟦VER⟧ staat live sinds ⟦DATE⟧.", "Groetjes,"],
)

T["pl"] = dict(
    person=["⟦P1m.g⟧, wysłałeś już ofertę?", "Wczoraj na obiedzie byli też ⟦P1⟧ i ⟦P2⟧.", "Pani ⟦P1f.f⟧ dzwoniła w sprawie faktury.", "Dzięki, ⟦P1.g⟧!",
            "Właściciel mieszkania, ⟦P1⟧, nie odbiera telefonu.", "⟦P1.lc⟧ mówi, że spotkanie jest o ⟦time⟧"],
    dob=["Data urodzenia: ⟦DOB⟧", "Urodziłem się ⟦DOB⟧ w Gdyni.", "⟦P1⟧, ur. ⟦DOB⟧, składa wniosek o paszport.", "ur. ⟦DOB⟧"],
    address=["Mój adres: ⟦ADDR⟧", "Proszę wysłać na ⟦ADDR⟧.", "Adres do korespondencji:\n⟦ADDR:ml⟧"],
    phone=["Zadzwoń do mnie: ⟦PH⟧.", "Tel. ⟦PH⟧"],
    email=["Mój e-mail: ⟦EM⟧"],
    password=["hasło do wifi to ⟦PW⟧", "Login: ⟦P1.lc⟧, hasło: ⟦PW⟧"],
    health=["Zdiagnozowano u mnie ⟦H:cond⟧.", "⟦P1⟧ bierze ⟦H:med⟧ codziennie."],
    iban=["Proszę o przelew na ⟦IBAN⟧, odbiorca ⟦P1⟧."],
    card=["Karta: ⟦CC⟧"],
    mixed=["Dzień dobry, nazywam się ⟦P1⟧, ur. ⟦DOB⟧, zam. ⟦ADDR⟧, tel. ⟦PH⟧."],
    filler=["Zamówienie ⟦ORD⟧ na kwotę ⟦PRICE⟧.", "Wersja ⟦VER⟧ od ⟦DATE⟧.", "Pozdrawiam,"],
)

T["cs"] = dict(
    person=["⟦P1m.g⟧, poslal jsi už nabídku?", "Včera na obědě byli ⟦P1⟧ a ⟦P2⟧.", "Paní ⟦P1f.f⟧ volala kvůli faktuře.", "Díky, ⟦P1.g⟧!"],
    dob=["Datum narození: ⟦DOB⟧", "Narodil jsem se ⟦DOB⟧ v Olomouci.", "⟦P1⟧, nar. ⟦DOB⟧"],
    address=["Moje adresa: ⟦ADDR⟧", "Doručit na ⟦ADDR⟧."],
    phone=["Zavolej mi na ⟦PH⟧."],
    email=["Můj e-mail: ⟦EM⟧"],
    password=["heslo k wifi je ⟦PW⟧", "Heslo: ⟦PW⟧"],
    health=["Mám ⟦H:cond⟧ a beru ⟦H:med⟧."],
    iban=["Číslo účtu (IBAN): ⟦IBAN⟧"],
    mixed=["Dobrý den, jsem ⟦P1⟧, nar. ⟦DOB⟧, bytem ⟦ADDR⟧, tel. ⟦PH⟧."],
    filler=["Objednávka ⟦ORD⟧ za ⟦PRICE⟧.", "S pozdravem"],
)

T["sv"] = dict(
    person=["fråga ⟦P1.g⟧ om offerten har skickats", "Jag åt lunch med ⟦P1⟧ och ⟦P2⟧ igår.", "Tack ⟦P1.g⟧ för hjälpen!", "⟦P1.g⟧s flyg landar vid ⟦time⟧."],
    dob=["Födelsedatum: ⟦DOB⟧", "Jag är född ⟦DOB⟧ i Västerås.", "⟦P1⟧, född ⟦DOB⟧"],
    address=["Min adress: ⟦ADDR⟧", "Skicka till ⟦ADDR⟧."],
    phone=["Ring mig på ⟦PH⟧."],
    email=["Min mejl: ⟦EM⟧"],
    password=["wifi-lösenordet är ⟦PW⟧", "Lösenord: ⟦PW⟧"],
    health=["Jag har ⟦H:cond⟧ och tar ⟦H:med⟧."],
    iban=["Betala till ⟦IBAN⟧, mottagare ⟦P1⟧."],
    mixed=["Hej, jag heter ⟦P1⟧, född ⟦DOB⟧, bor på ⟦ADDR⟧, tel ⟦PH⟧."],
    filler=["Order ⟦ORD⟧: ⟦PRICE⟧.", "Hälsningar"],
)

T["nb"] = dict(
    person=["spør ⟦P1.g⟧ om tilbudet er sendt", "Jeg spiste lunsj med ⟦P1⟧ i går.", "Takk, ⟦P1.g⟧!", "⟦P1.g⟧s fly lander klokka ⟦time⟧."],
    dob=["Fødselsdato: ⟦DOB⟧", "Jeg er født ⟦DOB⟧.", "⟦P1⟧, f. ⟦DOB⟧"],
    address=["Adressen min er ⟦ADDR⟧.", "Send til ⟦ADDR⟧."],
    phone=["Ring meg på ⟦PH⟧."],
    email=["E-posten min: ⟦EM⟧"],
    password=["wifi-passordet er ⟦PW⟧", "Passord: ⟦PW⟧"],
    health=["Jeg har ⟦H:cond⟧ og bruker ⟦H:med⟧."],
    iban=["Kontonummer/IBAN: ⟦IBAN⟧"],
    mixed=["Hei, jeg heter ⟦P1⟧, født ⟦DOB⟧, bor i ⟦ADDR⟧, tlf ⟦PH⟧."],
    filler=["Ordre ⟦ORD⟧: ⟦PRICE⟧.", "Hilsen"],
)

T["da"] = dict(
    person=["spørg ⟦P1.g⟧ om tilbuddet er sendt", "Jeg spiste frokost med ⟦P1⟧ i går.", "Tak, ⟦P1.g⟧!", "⟦P1.g⟧s fly lander kl. ⟦time⟧."],
    dob=["Fødselsdato: ⟦DOB⟧", "Jeg er født ⟦DOB⟧.", "⟦P1⟧, f. ⟦DOB⟧"],
    address=["Min adresse er ⟦ADDR⟧.", "Send til ⟦ADDR⟧."],
    phone=["Ring til mig på ⟦PH⟧."],
    email=["Min mail: ⟦EM⟧"],
    password=["wifi-koden er ⟦PW⟧", "Adgangskode: ⟦PW⟧"],
    health=["Jeg har ⟦H:cond⟧ og tager ⟦H:med⟧."],
    iban=["IBAN: ⟦IBAN⟧, modtager ⟦P1⟧"],
    mixed=["Hej, jeg hedder ⟦P1⟧, født ⟦DOB⟧, bor på ⟦ADDR⟧, tlf. ⟦PH⟧."],
    filler=["Ordre ⟦ORD⟧: ⟦PRICE⟧.", "Mvh"],
)

T["fi"] = dict(
    person=["⟦P1.g⟧, onko tarjous jo lähetetty?", "Lounaalla olivat eilen ⟦P1⟧ ja ⟦P2⟧.", "Kiitos, ⟦P1.g⟧!", "⟦P1⟧ ja ⟦P2⟧ ovat lomalla ensi viikolla."],
    dob=["Syntymäaika: ⟦DOB⟧", "Olen syntynyt ⟦DOB⟧.", "⟦P1⟧, s. ⟦DOB⟧"],
    address=["Osoitteeni on ⟦ADDR⟧.", "Toimitusosoite: ⟦ADDR⟧"],
    phone=["Soita minulle numeroon ⟦PH⟧."],
    email=["Sähköpostini: ⟦EM⟧"],
    password=["wifin salasana on ⟦PW⟧", "Salasana: ⟦PW⟧"],
    health=["Minulla on ⟦H:cond⟧ ja käytän ⟦H:med⟧."],
    iban=["Tilinumero: ⟦IBAN⟧"],
    mixed=["Hei, olen ⟦P1⟧, synt. ⟦DOB⟧, osoite ⟦ADDR⟧, puh. ⟦PH⟧."],
    filler=["Tilaus ⟦ORD⟧: ⟦PRICE⟧.", "Terveisin"],
)

T["tr"] = dict(
    person=["⟦P1.g⟧, teklifi gönderdin mi?", "Dün ⟦P1⟧ ve ⟦P2⟧ ile öğle yemeği yedik.", "Teşekkürler ⟦P1.g⟧!", "⟦P1f.g⟧ Hanım fatura için aradı.",
            "Ev sahibi ⟦P1⟧ telefonlara çıkmıyor.", "⟦P1m.g⟧ Bey yarın izinde."],
    dob=["Doğum tarihi: ⟦DOB⟧", "⟦DOB⟧ tarihinde İzmir'de doğdum.", "⟦P1⟧, doğum tarihi ⟦DOB⟧", "D.T.: ⟦DOB⟧"],
    address=["Adresim: ⟦ADDR⟧", "Lütfen ⟦ADDR⟧ adresine gönderin."],
    phone=["Beni ⟦PH⟧ numarasından arayın.", "Tel: ⟦PH⟧"],
    email=["E-postam: ⟦EM⟧"],
    password=["wifi şifresi ⟦PW⟧", "Şifre: ⟦PW⟧"],
    health=["Bende ⟦H:cond⟧ var, ⟦H:med⟧ kullanıyorum.", "⟦P1⟧ geçen ay ⟦H:proc⟧ oldu."],
    iban=["IBAN: ⟦IBAN⟧ (⟦P1⟧ adına)"],
    card=["Kart numaram ⟦CC⟧ reddedildi."],
    mixed=["Merhaba, ben ⟦P1⟧, doğum tarihim ⟦DOB⟧, adresim ⟦ADDR⟧, tel ⟦PH⟧."],
    filler=["Sipariş ⟦ORD⟧: ⟦PRICE⟧.", "Saygılarımla"],
)

T["hu"] = dict(
    person=["⟦P1.g⟧, elküldted már az ajánlatot?", "Tegnap ⟦P1⟧ és ⟦P2⟧ is ott volt.", "Köszönöm, ⟦P1.g⟧!"],
    dob=["Születési dátum: ⟦DOB⟧", "⟦P1⟧, szül. ⟦DOB⟧"],
    address=["Címem: ⟦ADDR⟧"],
    phone=["Hívj a ⟦PH⟧ számon."],
    email=["E-mail: ⟦EM⟧"],
    password=["A jelszó: ⟦PW⟧"],
    health=["⟦H:cond⟧ miatt ⟦H:med⟧ szedek."],
    iban=["Számlaszám: ⟦IBAN:HU⟧"],
    mixed=["Jó napot, ⟦P1⟧ vagyok, szül. ⟦DOB⟧, tel. ⟦PH⟧."],
    filler=["Rendelés ⟦ORD⟧: ⟦PRICE⟧.", "Üdvözlettel"],
)
