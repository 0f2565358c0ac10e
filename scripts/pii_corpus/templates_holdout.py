"""Template set B: sentence frames and document shapes of the *holdout* half.

Written separately from template set A (templates_tune.py): different wording, sentence
frames and document shapes.  Placeholders: <<TYPE[:opt]>> entity, <<d:TYPE>> decoy, <<v:name>> plain.
"""
from common import *  # noqa: F401,F403
from vocab import HV

F_B = {
    "en": {
        "PERSON": ["Yesterday <<PERSON>> rang about the invoice that bounced.",
                   "I'm <<PERSON>>, I manage the workspace for our office.",
                   "Could you add <<PERSON>> as a second admin on the account?",
                   "Our contact at the supplier is <<PERSON>>; she prefers email.",
                   "Write a two-line bio for <<PERSON>>, who joins as head of data.",
                   "Re-assign the case to <<PERSON>> while I'm on leave.",
                   "Attn: Mrs <<PERSON:family>>, accounts payable.", "Professor <<PERSON:family>> approved the extension.",
                   "Translate this note for <<PERSON>>, our new landlord.", "cc @<<PERSON>> for visibility",
                   "I had lunch with <<PERSON>> and we sketched the roadmap.",
                   "Please check whether <<PERSON>> already signed the NDA.",
                   "The parcel was signed for by <<PERSON>> at reception.",
                   "Is it rude to remind <<PERSON>> a third time about the loan?",
                   "Rewrite this paragraph so it sounds less harsh towards <<PERSON>>.",
                   "Hi, my name is <<PERSON>> and I'm writing about my late delivery.",
                   "Dear Ms <<PERSON:family>>, apologies for the delay in getting back to you."],
        "GREET0": ["Hello all,", "Hi team,", "Dear Sir or Madam,", "To whom it may concern,"],
        "GREET": ["Hello <<PERSON:given>>!", "Hey <<PERSON:given>> -", "Dear <<PERSON:given>>,", "Morning <<PERSON:given>>!",
                  "<<PERSON:given>>, hope you're well."],
        "THANKS": ["Cheers <<PERSON:given>>, that helped.", "Much appreciated, <<PERSON:given>>."],
        "SIGN": ["Kind regards\n<<PERSON:sign>>", "Cheers,\n<<PERSON:sign>>", "-- \n<<PERSON:sign>>", "Warm wishes,\n<<PERSON:sign>>",
                 "All the best,\n<<PERSON:sign>>"],
        "ADDRESS": ["Deliver to: <<ADDRESS>>", "Our new office is at <<ADDRESS>>, second floor.",
                    "Send the replacement to <<ADDRESS:unit>> before Friday.",
                    "Postal address -\n<<ADDRESS:multi>>\n(ring twice)", "Return label should read:\n<<ADDRESS:multi>>",
                    "Is <<ADDRESS>> in a flood zone?", "Correspondence goes to <<ADDRESS:pobox>>."],
        "PHONE": ["Text <<PHONE>> when the courier arrives.", "Her cell is <<PHONE>>, landline as backup.",
                  "Ring <<PHONE>> if it's urgent.", "tel. <<PHONE>>", "WhatsApp me on <<PHONE:intl>>.",
                  "The number on my account, <<PHONE>>, is no longer in use.", "Office line <<PHONE:paren0>>, ask for accounts."],
        "EMAIL": ["Forward everything to <<EMAIL>> please.", "Reach me via <<EMAIL>>.", "the login is <<EMAIL>>",
                  "Invite <<EMAIL>> to the shared drive."],
        "CREDIT_CARD": ["Please bill <<CREDIT_CARD>> (expiry 03/28).", "CC# <<CREDIT_CARD>>",
                        "The card that got charged was <<CREDIT_CARD:dash>>.",
                        "Card details as printed:\n<<CREDIT_CARD:wrap>>\nvalid thru 04/29"],
        "IBAN": ["Wire the deposit to account <<IBAN>>.", "IBAN for the refund: <<IBAN>>",
                 "Bank details (copied from the PDF):\n<<IBAN:wrap>>"],
        "US_SSN": ["SSN: <<US_SSN>> (needed for the W-9)", "last year's return lists <<US_SSN>> as my social",
                   "Can you check if <<US_SSN>> is formatted correctly for the IRS form?"],
        "IP_ADDRESS": ["Blocked <<IP_ADDRESS>> after repeated login failures.", "the db host is <<IP_ADDRESS:v4priv>>, port <<d:PORT>>",
                       "Traffic spikes from <<IP_ADDRESS:v4pub>> every night.", "Ping <<IP_ADDRESS:v6>> from the bastion."],
        "DATE_OF_BIRTH": ["Birthday: <<DATE_OF_BIRTH>>", "I'm born <<DATE_OF_BIRTH>>.", "D.O.B. <<DATE_OF_BIRTH:num>>",
                          "The passport shows <<DATE_OF_BIRTH>> as my date of birth."],
        "PASSWORD": ["the temp password is <<PASSWORD>>", "creds are admin / <<PASSWORD>>", "new pwd <<PASSWORD>>",
                     "fyi my password is <<PASSWORD>> if you need to log in as me", "login ops, pw: <<PASSWORD>>",
                     "vpn user: field-team pass: <<PASSWORD>>",
                     "PASSWORD=<<PASSWORD>>", "I changed my password to <<PASSWORD>> this morning."],
        "BASIC_AUTH": ["git clone https://<<BASIC_AUTH:creds>>@git.<<v:domain>>/team/repo.git fails with 403.",
                       "Header I send: Authorization: Basic <<BASIC_AUTH:b64>>"],
        "SLACK_WEBHOOK": ["webhook_url: <<SLACK_WEBHOOK>>", "Alerts go to <<SLACK_WEBHOOK>> but nothing shows up in the channel."],
        "DISCORD_WEBHOOK": ["Can you make the bot at <<DISCORD_WEBHOOK>> post embeds?", "DISCORD_URL=<<DISCORD_WEBHOOK>>"],
        "TEAMS_WEBHOOK": ["Teams incoming webhook: <<TEAMS_WEBHOOK>>", "Pipeline notifies <<TEAMS_WEBHOOK>> on failure."],
        "AWS": ["[default]\naws_access_key_id = <<AWS_ACCESS_KEY>>\naws_secret_access_key = <<AWS_SECRET_KEY>>",
                "The leaked key <<AWS_ACCESS_KEY>> is still active.",
                "AWS creds: <<AWS_ACCESS_KEY>> / <<AWS_SECRET_KEY>>"],
        "GITHUB_TOKEN": ["Here's my PAT <<GITHUB_TOKEN>> - is it scoped correctly?", "echo <<GITHUB_TOKEN>> | gh auth login --with-token"],
        "OPENAI_KEY": ["The playground key <<OPENAI_KEY>> hits the quota limit.", "openai.api_key = '<<OPENAI_KEY>>'"],
        "STRIPE_KEY": ["Switched to the live key <<STRIPE_KEY>> and now webhooks fail.", "STRIPE_API_KEY: <<STRIPE_KEY>>"],
        "JWT": ["My session cookie is <<JWT>>, why is it rejected?", "access_token=<<JWT>>"],
        "PRIVATE_KEY": ["Is this key password protected?\n\n<<PRIVATE_KEY>>"],
        "CONNECTION_STRING": ["The worker uses <<v:dbscheme>>://<<CONNECTION_STRING>>@<<v:dbhost>>/<<v:dbname>> and leaks connections.",
                              "conn string: mysql://<<CONNECTION_STRING>>@<<v:dbhost>>:3306/<<v:dbname>>"],
        "HEALTH": {"cond": ["Since my <<HEALTH:cond>> diagnosis I work from home more.", "I'm living with <<HEALTH:cond>>.",
                            "My mother has <<HEALTH:cond>> and needs help with forms."],
                   "med": ["I'm currently on <<HEALTH:med>> each morning.", "The pharmacy swapped my <<HEALTH:med>> for a generic."],
                   "proc": ["I just had <<HEALTH:proc>> and can't lift anything.", "Insurance denied <<HEALTH:proc>> twice."],
                   "preg": ["Being <<HEALTH:preg>>, I can't fly next month."],
                   "mental": ["My therapist is helping me with <<HEALTH:mental>>.", "I took sick leave because of <<HEALTH:mental>>."],
                   "addict": ["I've been treated for <<HEALTH:addict>> since 2021.", "Two years sober after <<HEALTH:addict>>."],
                   "lab": ["Bloodwork came back with <<HEALTH:lab>>."], "status": ["My partner is <<HEALTH:status>>."]},
        "FILL": ["Can you turn these bullet points into a paragraph?", "The staging environment has been flaky all week.",
                 "Not urgent, but I'd like an answer before the weekend.", "We're a small team, so keep the setup simple.",
                 "I followed the tutorial exactly and still get an error.", "Give me three options, ranked by cost.",
                 "The customer is polite but clearly frustrated.", "This worked fine until we upgraded last Tuesday.",
                 "Can you make the tone warmer without being cheesy?", "I need the answer in a table, please.",
                 "Our quarterly review is coming up and I need talking points.", "The mobile app shows a blank screen after login.",
                 "Happy to jump on a call if that's easier.", "Ignore the previous draft, this one is final.",
                 "What would you recommend for backups?", "The export only contains half of the rows."],
        "AFILL": ["Here's a cleaner version you can send as-is.", "A likely cause is a stale DNS entry.",
                  "Option one is cheapest but slowest to set up.", "I'd start by checking the retry settings.",
                  "Below is a table comparing the three approaches.", "That error usually means the certificate expired.",
                  "I kept the structure but tightened the wording.", "Good catch, the second query was missing an index."],
        "DFILL": ["Reference <<d:ORDER_ID>> was refunded only partially.", "Escalated under <<d:TICKET>>.",
                  "The invoice says <<d:PRICE>> but the quote was lower.", "Pinned the chart to <<d:VERSION>>.",
                  "Trace <<d:UUID>> shows a 30s gap.", "Bisected it down to <<d:GIT_SHA>>.",
                  "Dummy card <<d:INVALID_LUHN>> from the docs doesn't pass validation.", "First error at <<d:TIMESTAMP>>.",
                  "Go-live is <<d:DATE>>.", "Every retry ends in a <<d:HTTP_STATUS>>.", "Grafana runs on <<d:PORT>> internally.",
                  "We switched from <<d:PROPER_NOUN:product>> last year.", "The <<d:OPS_TERM>> alarm fired three times overnight.",
                  "Liveness endpoint <<d:OPS_TERM:path>> answers slowly.", "Account number <<d:NUMERIC_ID>> in the billing system.",
                  "Checksum <<d:HEX_HASH>> doesn't match.", "Edit <<d:FILE_PATH>> and redeploy.",
                  "Someone ran <<d:OPS_TERM:kill>> on the worker.", "Half the nodes report <<d:OPS_TERM:unhealthy>>.",
                  "The offsite is in <<d:PROPER_NOUN:place>> this year."],
    },
    "de": {
        "PERSON": ["Frau <<PERSON>> hat heute Morgen angerufen.", "Ansprechpartner ist <<PERSON>> aus der Buchhaltung.",
                   "Können Sie <<PERSON>> als Mitbenutzer eintragen?", "Sehr geehrter Herr <<PERSON:family>>,"],
        "GREET": ["Guten Tag <<PERSON:given>>,", "Hi <<PERSON:given>>!"], "THANKS": ["Vielen Dank, <<PERSON:given>>."],
        "SIGN": ["Beste Grüße\n<<PERSON:sign>>", "Freundliche Grüße aus dem Büro\n<<PERSON:sign>>"],
        "ADDRESS": ["Lieferanschrift: <<ADDRESS>>", "Neue Adresse ab 1. Juli:\n<<ADDRESS:multi>>"],
        "PHONE": ["Rückruf bitte unter <<PHONE>>.", "Tel.: <<PHONE>>"], "EMAIL": ["Antwort bitte an <<EMAIL>>."],
        "DATE_OF_BIRTH": ["Geb. <<DATE_OF_BIRTH:num>>", "mein Geburtstag ist der <<DATE_OF_BIRTH>>", "geboren am <<DATE_OF_BIRTH>> in Köln"],
        "PASSWORD": ["Das Passwort lautet <<PASSWORD>>.", "Passwort: <<PASSWORD>> (bitte ändern)"],
        "IBAN": ["Bitte überweisen Sie auf <<IBAN>>."],
        "HEALTH": {"cond": ["Ich habe seit Jahren <<HEALTH:cond>>."], "med": ["Mein Arzt hat mir <<HEALTH:med>> verschrieben."],
                   "proc": ["Geplant ist <<HEALTH:proc>> im Herbst."], "preg": ["Meine Frau ist <<HEALTH:preg>>."],
                   "mental": ["Ich bin wegen <<HEALTH:mental>> krankgeschrieben."], "lab": ["Laborwert: <<HEALTH:lab>>."],
                   "status": ["Mein Bruder ist <<HEALTH:status>>."]},
        "FILL": ["Seit dem Update funktioniert der Export nicht mehr.", "Ich bitte um eine kurze Rückmeldung.",
                 "Die Rechnung liegt als PDF bei.", "Das ist jetzt schon meine dritte Anfrage."],
        "DFILL": ["Vorgangsnummer <<d:TICKET>>.", "Rechnungsbetrag <<d:PRICE>>."],
    },
    "fr": {
        "PERSON": ["<<PERSON>> m'a rappelé ce matin.", "Votre interlocutrice sera <<PERSON>>.",
                   "Pouvez-vous ajouter <<PERSON>> au dossier ?", "Monsieur <<PERSON:family>>,"],
        "GREET": ["Bonsoir <<PERSON:given>>,", "Coucou <<PERSON:given>> !"], "THANKS": ["Merci beaucoup <<PERSON:given>>."],
        "SIGN": ["Bien cordialement,\n<<PERSON:sign>>", "À bientôt,\n<<PERSON:sign>>"],
        "ADDRESS": ["Adresse de livraison : <<ADDRESS>>", "Nouvelle adresse :\n<<ADDRESS:multi>>"],
        "PHONE": ["Rappelez-moi au <<PHONE>>.", "Tél : <<PHONE>>"], "EMAIL": ["Répondez plutôt à <<EMAIL>>."],
        "DATE_OF_BIRTH": ["né le <<DATE_OF_BIRTH>> à Lyon", "Date de naissance : <<DATE_OF_BIRTH>>"],
        "PASSWORD": ["Le mot de passe provisoire est <<PASSWORD>>.", "mdp : <<PASSWORD>>", "identifiant : admin, mot de passe : <<PASSWORD>>"],
        "IBAN": ["Virement sur le compte <<IBAN>> svp."],
        "HEALTH": {"cond": ["Je vis avec <<HEALTH:cond>> depuis dix ans."], "med": ["Mon médecin m'a prescrit <<HEALTH:med>>."],
                   "proc": ["Intervention programmée : <<HEALTH:proc>>."], "preg": ["Ma femme est <<HEALTH:preg>>."],
                   "mental": ["Arrêt maladie pour <<HEALTH:mental>>."], "lab": ["Bilan sanguin : <<HEALTH:lab>>."],
                   "status": ["Mon frère est <<HEALTH:status>>."]},
        "FILL": ["Depuis la mise à jour, l'export ne fonctionne plus.", "Je reste disponible pour tout complément.",
                 "La facture est en pièce jointe.", "C'est ma troisième relance."],
        "DFILL": ["Dossier <<d:TICKET>>.", "Montant facturé : <<d:PRICE>>."],
    },
    "es": {
        "PERSON": ["<<PERSON>> me llamó esta mañana.", "La persona de contacto es <<PERSON>>.",
                   "¿Podéis añadir a <<PERSON>> como administrador?", "Sr. <<PERSON:family>>:"],
        "GREET": ["Buenas tardes, <<PERSON:given>>:", "¡Hola, <<PERSON:given>>!"], "THANKS": ["Mil gracias, <<PERSON:given>>."],
        "SIGN": ["Atentamente,\n<<PERSON:sign>>", "Un saludo cordial,\n<<PERSON:sign>>"],
        "ADDRESS": ["Dirección de entrega: <<ADDRESS>>", "Nueva dirección:\n<<ADDRESS:multi>>"],
        "PHONE": ["Mi móvil: <<PHONE>>", "Puedes llamarme al <<PHONE>> por la tarde."], "EMAIL": ["Escríbeme a <<EMAIL>>."],
        "DATE_OF_BIRTH": ["fecha de nacimiento: <<DATE_OF_BIRTH>>", "nacido el <<DATE_OF_BIRTH>>"],
        "PASSWORD": ["La contraseña temporal es <<PASSWORD>>.", "clave: <<PASSWORD>>", "usuario admin / contraseña: <<PASSWORD>>"],
        "IBAN": ["Transferid a la cuenta <<IBAN>>."],
        "HEALTH": {"cond": ["Convivo con <<HEALTH:cond>> desde hace años."], "med": ["El médico me recetó <<HEALTH:med>>."],
                   "proc": ["Me programaron <<HEALTH:proc>> para otoño."], "preg": ["Mi mujer está <<HEALTH:preg>>."],
                   "mental": ["Estoy de baja por <<HEALTH:mental>>."], "lab": ["Resultado del análisis: <<HEALTH:lab>>."],
                   "status": ["Mi hermano es <<HEALTH:status>>."]},
        "FILL": ["Desde la actualización no funciona la exportación.", "Quedo atento a su respuesta.",
                 "Adjunto la factura en PDF.", "Es la tercera vez que escribo."],
        "DFILL": ["Incidencia <<d:TICKET>>.", "Importe: <<d:PRICE>>."],
    },
    "pt": {
        "PERSON": ["<<PERSON>> me ligou hoje cedo.", "A responsável pelo contrato é <<PERSON>>.",
                   "Vocês podem incluir <<PERSON>> como administrador?", "Sr. <<PERSON:family>>,"],
        "GREET": ["Bom dia, <<PERSON:given>>!", "E aí, <<PERSON:given>>?"], "THANKS": ["Valeu, <<PERSON:given>>!"],
        "SIGN": ["Um abraço,\n<<PERSON:sign>>", "Cordialmente,\n<<PERSON:sign>>"],
        "ADDRESS": ["Endereço de entrega: <<ADDRESS>>", "Novo endereço:\n<<ADDRESS:multi>>"],
        "PHONE": ["Meu celular: <<PHONE>>", "Pode me ligar no <<PHONE>> à tarde."], "EMAIL": ["Responda para <<EMAIL>>."],
        "DATE_OF_BIRTH": ["data de nascimento: <<DATE_OF_BIRTH>>", "nascida em <<DATE_OF_BIRTH>>"],
        "PASSWORD": ["A senha provisória é <<PASSWORD>>.", "usuário: suporte, senha: <<PASSWORD>>"],
        "HEALTH": {"cond": ["Convivo com <<HEALTH:cond>> há anos."], "med": ["O médico me receitou <<HEALTH:med>>."],
                   "proc": ["Marquei <<HEALTH:proc>> para setembro."], "preg": ["Minha esposa está <<HEALTH:preg>>."],
                   "mental": ["Estou afastado por <<HEALTH:mental>>."], "lab": ["Resultado do exame: <<HEALTH:lab>>."],
                   "status": ["Meu irmão é <<HEALTH:status>>."]},
        "FILL": ["Depois da atualização a exportação parou.", "Fico no aguardo do retorno.", "Segue a nota fiscal em anexo.",
                 "Já é a terceira vez que escrevo."],
        "DFILL": ["Protocolo <<d:TICKET>>.", "Valor cobrado: <<d:PRICE>>."],
    },
    "it": {
        "PERSON": ["<<PERSON>> mi ha richiamato stamattina.", "La referente è <<PERSON>>.",
                   "Potete aggiungere <<PERSON>> come amministratore?", "Egregio Dott. <<PERSON:family>>,"],
        "GREET": ["Salve <<PERSON:given>>,", "Ehi <<PERSON:given>>!"], "THANKS": ["Grazie mille, <<PERSON:given>>."],
        "SIGN": ["Distinti saluti,\n<<PERSON:sign>>", "A presto,\n<<PERSON:sign>>"],
        "ADDRESS": ["Indirizzo di consegna: <<ADDRESS>>", "Nuovo indirizzo:\n<<ADDRESS:multi>>"],
        "PHONE": ["Cellulare: <<PHONE>>", "Potete chiamarmi al <<PHONE>> il pomeriggio."], "EMAIL": ["Scrivetemi a <<EMAIL>>."],
        "DATE_OF_BIRTH": ["nato il <<DATE_OF_BIRTH>> a Bologna", "data di nascita <<DATE_OF_BIRTH>>"],
        "PASSWORD": ["La password temporanea è <<PASSWORD>>.", "pwd: <<PASSWORD>>"],
        "HEALTH": {"cond": ["Convivo con <<HEALTH:cond>> da anni."], "med": ["Il medico mi ha prescritto <<HEALTH:med>>."],
                   "proc": ["Ho in programma <<HEALTH:proc>> a ottobre."], "preg": ["Mia moglie è <<HEALTH:preg>>."],
                   "mental": ["Sono in malattia per <<HEALTH:mental>>."], "lab": ["Esito degli esami: <<HEALTH:lab>>."],
                   "status": ["Mio fratello è <<HEALTH:status>>."]},
        "FILL": ["Dopo l'aggiornamento l'esportazione non funziona.", "Resto in attesa di un riscontro.",
                 "Allego la fattura in PDF.", "È la terza volta che scrivo."],
        "DFILL": ["Pratica <<d:TICKET>>.", "Importo addebitato: <<d:PRICE>>."],
    },
    "ja": {
        "PERSON": ["担当の<<PERSON>>です。", "<<PERSON>>様より伝言があります。", "申込者：<<PERSON>>"],
        "GREET": ["<<PERSON:family>>様\nいつもお世話になっております。"], "SIGN": ["以上、よろしくお願いします。\n<<PERSON:sign>>"],
        "ADDRESS": ["お届け先：<<ADDRESS>>", "新しい住所は以下の通りです。\n<<ADDRESS:multi>>"],
        "PHONE": ["連絡先：<<PHONE>>", "折り返しは<<PHONE>>までお願いします。"], "EMAIL": ["返信先：<<EMAIL>>"],
        "DATE_OF_BIRTH": ["<<DATE_OF_BIRTH>>生", "誕生日は<<DATE_OF_BIRTH>>です。"], "PASSWORD": ["仮パスワード：<<PASSWORD>>"],
        "FILL": ["アップデート後にエクスポートができなくなりました。", "お手数ですがご対応をお願いします。", "請求書を添付します。"],
        "DFILL": ["問い合わせ番号：<<d:TICKET>>"],
    },
    "zh": {
        "PERSON": ["联系人：<<PERSON>>", "<<PERSON>>今天上午来电询问退款。", "请把<<PERSON>>加为管理员。"],
        "GREET": ["<<PERSON:given>>您好，", "Hi <<PERSON>>，"], "SIGN": ["谢谢！\n<<PERSON:sign>>"],
        "ADDRESS": ["收货地址：<<ADDRESS>>"], "PHONE": ["联系电话：<<PHONE>>", "有问题请打<<PHONE>>。"],
        "EMAIL": ["请回复到<<EMAIL>>。"], "DATE_OF_BIRTH": ["生日：<<DATE_OF_BIRTH>>", "出生于<<DATE_OF_BIRTH>>"],
        "PASSWORD": ["临时密码：<<PASSWORD>>"],
        "FILL": ["更新以后导出功能不能用了。", "请尽快处理。", "发票已附上。"], "DFILL": ["工单号：<<d:TICKET>>"],
    },
    "ru": {
        "PERSON": ["Ответственный: <<PERSON>>.", "Сегодня утром звонил(а) <<PERSON>>.", "Заявитель: <<PERSON>>"],
        "GREET": ["Добрый день, <<PERSON:given>>!"], "SIGN": ["Спасибо,\n<<PERSON:sign>>"],
        "ADDRESS": ["Адрес: <<ADDRESS>>"], "PHONE": ["Телефон для связи: <<PHONE>>", "Перезвоните на <<PHONE>>."],
        "EMAIL": ["Ответ пришлите на <<EMAIL>>."], "DATE_OF_BIRTH": ["дата рождения <<DATE_OF_BIRTH>>", "род. <<DATE_OF_BIRTH:num>>"],
        "PASSWORD": ["временный пароль: <<PASSWORD>>"],
        "FILL": ["После обновления экспорт не работает.", "Жду ответа.", "Счёт во вложении."], "DFILL": ["Заявка <<d:TICKET>>."],
    },
    "ar": {
        "PERSON": ["المسؤول: <<PERSON>>", "اتصل <<PERSON>> صباح اليوم.", "مقدم الطلب: <<PERSON>>"],
        "GREET": ["السلام عليكم <<PERSON:given>>،"], "SIGN": ["شكراً،\n<<PERSON:sign>>"],
        "PHONE": ["هاتف: <<PHONE>>", "يرجى معاودة الاتصال على <<PHONE>>."], "DATE_OF_BIRTH": ["مواليد <<DATE_OF_BIRTH>>"],
        "EMAIL": ["الرد على <<EMAIL>>."], "ADDRESS": ["العنوان: <<ADDRESS>>"], "PASSWORD": ["كلمة السر المؤقتة: <<PASSWORD>>"],
        "FILL": ["بعد التحديث توقف التصدير.", "بانتظار ردكم.", "الفاتورة مرفقة."], "DFILL": ["رقم البلاغ <<d:TICKET>>."],
    },
}
PASTE_B = [
    "Error from the console:\n```\nUncaught (in promise) TypeError: Cannot read properties of undefined (reading 'items')\n"
    "    at renderList (main.<<d:GIT_SHA>>.js:1:20481)\n    at async loadPage (main.<<d:GIT_SHA>>.js:1:19877)\n```",
    "journalctl shows:\n```\n<<d:TIMESTAMP>> systemd[1]: api.service: Main process exited, code=killed, status=9/KILL\n"
    "<<d:TIMESTAMP>> systemd[1]: api.service: Failed with result 'oom-kill'.\n```\nLooks like a <<d:OPS_TERM>> again.",
    "Terraform plan excerpt:\n```\n  # aws_instance.web will be updated in-place\n  ~ resource \"aws_instance\" \"web\" {\n"
    "      ~ instance_type = \"t3.medium\" -> \"t3.large\"\n        tags          = {\"release\" = \"<<d:VERSION>>\"}\n    }\n"
    "Plan: 0 to add, 1 to change, 0 to destroy.\n```",
    "From the invoice PDF: reference <<d:ORDER_ID>>, amount due <<d:PRICE>>, due date <<d:DATE>>, customer number "
    "<<d:NUMERIC_ID>>. The same amount was taken twice from my account.",
    "Here is the failing test:\n```\nFAILED tests/test_sync.py::test_retry_backoff - AssertionError: assert 503 == 200\n"
    "========== 1 failed, 212 passed, 3 skipped in 41.27s ==========\n```\nIt only fails in CI, never locally.",
]
LONG_B = [
    "A likely cause is a stale DNS entry on the client side. When the load balancer was replaced last week, its address "
    "changed, but some resolvers keep the old record until the TTL expires. You can confirm this by resolving the name from "
    "the failing machine and comparing it with the address shown in the console; if they differ, flush the cache or lower "
    "the TTL before the next migration.",
    "Option one is cheapest but slowest to set up: a nightly dump to object storage with lifecycle rules that move older "
    "copies to cold storage. Option two uses the managed snapshot feature, which costs more but restores in minutes. "
    "Option three is a streaming replica in a second region; it is the most expensive, yet the only one that protects you "
    "against a full regional outage. For a team your size I'd pick option two.",
    "That error usually means the certificate in the chain has expired or the intermediate is missing. Run\n\n"
    "    openssl s_client -connect example.org:443 -showcerts\n\nand look at the notAfter dates. If the leaf is fine but the "
    "intermediate is missing, add it to the bundle at <<d:FILE_PATH>> and reload the proxy; no restart is needed.",
    "I kept the structure but tightened the wording. The opening now states the decision in one sentence, the middle "
    "paragraph explains the two reasons behind it, and the closing asks for feedback by a specific date. I also removed "
    "the passive constructions, which made the original sound evasive, and replaced the jargon with plain terms.",
    "Here's a minimal configuration that should work:\n\n```yaml\nretries:\n  attempts: 5\n  backoff: exponential\n"
    "  max_delay: 30s\ntimeouts:\n  connect: 2s\n  read: 15s\n```\n\nStart with these values, watch the error rate for a "
    "day, and only then tune them. Changing several knobs at once makes it hard to tell which one helped.",
    "Below is a comparison of the three approaches:\n\n| Approach | Setup effort | Monthly cost | Risk |\n|---|---|---|---|\n"
    "| Cron + script | low | <<d:PRICE>> | medium |\n| Managed service | medium | higher | low |\n| Self-hosted cluster | high | "
    "variable | high |\n\nUnless you already run a cluster, the managed service is the pragmatic choice.",
    "Good catch, the second query was missing an index. With the composite index on (tenant_id, created_at) the planner "
    "can satisfy both the filter and the sort from the index alone, so the query drops from a full scan to a few hundred "
    "page reads. Remember to create it concurrently so writes are not blocked during the build.",
    "The mobile app shows a blank screen because the first API call fails and the error is swallowed. After release "
    "<<d:VERSION>> the client expects a field that older backends don't send. Either roll the backend forward or make the "
    "client tolerate the missing field; the second fix is safer because users update apps slowly.",
    "```bash\nset -euo pipefail\nfor f in data/*.csv; do\n  echo \"importing $f\"\n  psql \"$DATABASE_URL\" -c \"\\copy staging "
    "from '$f' csv header\"\ndone\n```\n\nThe script stops at the first failing file thanks to set -e, so you never end up "
    "with a half-imported batch.",
]
LONG_B_LOCAL = {
    "de": ["Wir haben Ihr Anliegen geprüft. Die Ursache lag in einer fehlerhaften Synchronisierung zwischen zwei Systemen, "
           "die inzwischen behoben ist. Sollte das Problem erneut auftreten, antworten Sie einfach auf diese Nachricht."],
    "fr": ["Nous avons examiné votre demande. Le problème venait d'une synchronisation défaillante entre deux systèmes, "
           "désormais corrigée. Si cela se reproduit, répondez simplement à ce message."],
    "es": ["Hemos revisado su caso. El problema se debía a un fallo de sincronización entre dos sistemas, que ya está "
           "corregido. Si vuelve a ocurrir, basta con responder a este mensaje."],
    "pt": ["Analisamos o seu caso. O problema era uma falha de sincronização entre dois sistemas, que já foi corrigida. "
           "Se acontecer de novo, é só responder a esta mensagem."],
    "it": ["Abbiamo verificato la sua segnalazione. Il problema era dovuto a una sincronizzazione difettosa tra due "
           "sistemi, ora corretta. Se dovesse ripresentarsi, risponda semplicemente a questo messaggio."],
}
FOOTER_B = ["\n\n________________________________\nCONFIDENTIALITY: The information in this e-mail is intended only for the "
            "named recipient(s). Any review, retransmission or other use by persons other than the intended recipient is prohibited.",
            "\n\nPlease consider the environment before printing this e-mail."]
F_B["en"]["LONG"], F_B["en"]["PASTE"] = LONG_B, PASTE_B
for _l, _v in LONG_B_LOCAL.items():
    F_B[_l]["LONG"] = _v
VARS_B = {
    "segment": ["SMB", "Enterprise", "Public sector", "Education"], "yesno": ["Y", "N"], "region": ["EMEA", "APAC", "NA", "LATAM"],
    "team": ["Growth", "Support", "Sales-2", "Ops"], "stage": ["lead", "qualified", "won", "lost"],
    "csvnote": ["", "follow up in Q3", "duplicate?", "moved abroad", "see ticket"], "channel": ["event", "web", "partner", "cold call"],
    "subject": ["RE: Invoice query", "FW: address change", "Access request for the shared drive", "Complaint about delivery",
                "Follow-up on our call", "[External] Payment details", "Re: Re: onboarding paperwork"],
    "svc": ["payments", "identity", "ledger", "mailer", "sync-worker", "edge-proxy", "scheduler"],
    "company": ["Northwind Traders", "Blue Harbor Ltd", "Kestrel Health", "Stonebridge & Co", "Meridian Labs"],
    "title": ["Head of Operations", "Account Manager", "Senior Engineer", "Office Manager", "Customer Success Lead"],
}

def b_chat(c):
    rng, L = c.rng, c.frame_lang()
    n = rng.randint(2, 8)
    turns = []
    for i in range(n):
        user = i % 2 == 0
        k = (rng.choice([0, 1, 1, 2]), rng.randint(1, 4)) if user else ((1 if rng.random() < 0.12 else 0), rng.randint(1, 4))
        sents = c.prose(L, *k, key="FILL" if user else "AFILL")
        if i == 0 and rng.random() < 0.3:
            sents.insert(0, c.frame(L, "GREET"))
        if not user and rng.random() < 0.65:
            sents.append(c.frame(L, "LONG"))
        if user and rng.random() < 0.35:
            sents.append(c.frame("en", "PASTE"))
        turns.append(("user" if user else "assistant", S(joinsegs(sents, rng.choice([" ", "\n"])))))
    if rng.random() < 0.5:  # messages array, as sent to a chat-completions API
        msgs = [{"role": "system", "content": "You are a helpful assistant for " + c.var("company") + "."}]
        msgs += [{"role": r, "content": t} for r, t in turns]
        return jdoc({"model": rng.choice(["gpt-4o-mini", "claude-3-5-sonnet", "llama-3.1-70b"]), "messages": msgs},
                    rng.choice(["json", "jsona"]), indent=rng.choice([None, 2]))
    out = ["System: You are a concise assistant.\n\n"] if rng.random() < 0.4 else []
    if rng.random() < 0.2:
        turns.append(("user", c.frame(L, "THANKS")))
    return out + joinsegs([[("User: " if r == "user" else "Assistant: ")] + t for r, t in turns], "\n\n")

def b_email(c):
    rng, L = c.rng, c.frame_lang()
    c.sender = c.person()
    sent = decoy(rng, "TIMESTAMP", "rfc")
    hdr = c.f("From: <<PERSON:sender>> <<<EMAIL:sender>>>\nSent: <<d:TIMESTAMP:rfc>>\nTo: <<EMAIL:role>>\n"
              + ("Cc: <<EMAIL>>\n" if rng.random() < 0.4 else "") + "Subject: <<v:subject>>\n\n", lang=L)
    body = [c.frame(L, "GREET"), "\n\n"] + joinsegs(c.prose(L, rng.randint(1, 2), rng.randint(2, 5)), " ")
    if rng.random() < 0.25:
        body += ["\n\n", c.frame("en", "PASTE")]
    if rng.random() < 0.35:
        body += ["\n\n", c.frame(L, "LONG")]
    sig = ["\n\n", c.frame(L, "SIGN")]
    if rng.random() < 0.5:
        sig.append(c.f("\n<<v:title>> | <<v:company>>\nM: <<PHONE:intl>>" + ("\nT: <<PHONE>>" if rng.random() < 0.3 else "")))
    if rng.random() < 0.2:
        sig.append(c.f("\n<<ADDRESS:multi>>"))
    quoted = []
    if rng.random() < 0.6:  # quoted original message: every quoted line starts with "> "
        c.sender = None
        orig = c.f(f"On {sent}, <<PERSON>> <<<EMAIL:same>>> wrote:", lang=L)
        qs = [c.pii_sentence(L, ["PERSON", "PHONE", "EMAIL", "ADDRESS", "HEALTH", "DATE_OF_BIRTH"]) if rng.random() < 0.5
              else c.filler(L) for _ in range(rng.randint(1, 3))]
        qs = [s for s in qs if "\n" not in seg_text(s)]
        quoted = ["\n\n", orig] + [["\n> "] + s for s in qs]
    fwd = c.f("---------- Forwarded message ---------\n", lang=L) if rng.random() < 0.2 else ""
    foot = rng.choice(FOOTER_B) if rng.random() < 0.4 else ""
    return [fwd, hdr] + body + sig + [foot] + quoted

def b_toolcall(c):
    rng = c.rng
    L = c.frame_lang(0.5)
    f = lambda t: c.f(t, lang=L)
    tools = {
        "crm.update_contact": lambda: {"contact": {"first_name": f("<<PERSON:first>>"), "last_name": f("<<PERSON:sfamily>>"),
                                                   "mobile": f(rng.choice(["<<PHONE>>", "<<PHONE:nbsp>>"])), "email": f("<<EMAIL>>")}, "source": "chat"},
        "shipping.create_label": lambda: {"recipient": f("<<PERSON>>"), "address": f("<<ADDRESS:multi>>"),
                                          "reference": f("<<d:ORDER_ID>>"), "weight_kg": round(rng.uniform(0.2, 9), 1)},
        "payments.refund": lambda: {"iban": f(rng.choice(["<<IBAN>>", "<<IBAN:compact>>", "<<IBAN:wrap>>"])), "amount": f("<<d:PRICE>>"),
                                    "reason": "duplicate charge"},
        "payments.authorize": lambda: {"pan": f(rng.choice(["<<CREDIT_CARD:plain>>", "<<CREDIT_CARD:wrap>>"])), "exp": "08/29",
                                       "ticket": f("<<d:TICKET>>")},
        "health.log_symptom": lambda: {"patient": f("<<PERSON>>"), "born": f("<<DATE_OF_BIRTH:iso>>"),
                                       "summary": c.f(rng.choice(["History of <<HEALTH:cond>>; currently on <<HEALTH:med>>.",
                                                                  "Patient reports <<HEALTH:mental>>.", "Post <<HEALTH:proc>> follow-up."]), lang="en")},
        "kv.put": lambda: {"key": rng.choice(["openai", "stripe", "gh", "deploy-key"]), "value": f(rng.choice(
            ["<<OPENAI_KEY>>", "<<STRIPE_KEY>>", "<<GITHUB_TOKEN>>", "<<PRIVATE_KEY>>"]))},
        "http.request": lambda: {"method": "POST", "url": f(rng.choice(["<<SLACK_WEBHOOK>>", "<<DISCORD_WEBHOOK>>", "<<TEAMS_WEBHOOK>>"])),
                                 "headers": {"Authorization": f(rng.choice(["Basic <<BASIC_AUTH:b64>>", "Bearer <<JWT>>"]))},
                                 "body": S(joinsegs(c.prose(L, 1, 1), "\n"))},
        "db.query": lambda: {"dsn": f("<<v:dbscheme>>://<<CONNECTION_STRING>>@<<v:dbhost>>/<<v:dbname>>"),
                             "sql": f("select * from users where email = '<<EMAIL>>' or last_ip = '<<IP_ADDRESS>>'")},
        "hr.onboard": lambda: {"employee": f("<<PERSON>>"), "ssn": f("<<US_SSN>>"), "dob": f("<<DATE_OF_BIRTH:num>>"),
                               "home_address": f("<<ADDRESS:one>>")},
        "notes.append": lambda: {"text": S(joinsegs(c.prose(L, rng.randint(1, 3), 1), "\n"))},
        "cloud.configure": lambda: {"aws_access_key_id": f("<<AWS_ACCESS_KEY>>"), "aws_secret_access_key": f("<<AWS_SECRET_KEY>>"),
                                    "region": "eu-central-1"},
    }
    name = rng.choice(list(tools))
    args = tools[name]()
    k = rng.randint(0, 2)
    if k == 0:  # Anthropic-style content blocks, input is an object
        doc = {"role": "assistant", "content": [{"type": "text", "text": S(joinsegs([c.filler(L, "AFILL", 0.3)] + ([c.frame(L, "LONG")] if rng.random() < 0.6 else []), "\n\n"))},
                                                {"type": "tool_use", "id": "toolu_" + rs(rng, 22), "name": name.replace(".", "_"), "input": args}]}
        return jdoc(doc, rng.choice(["json", "jsona"]), indent=rng.choice([None, 2]))
    if k == 1:  # MCP JSON-RPC request
        doc = {"jsonrpc": "2.0", "id": rng.randint(1, 400), "method": "tools/call", "params": {"name": name, "arguments": args}}
        return jdoc(doc, "json", indent=rng.choice([None, 2]))
    # agent framework log with a Python-repr-like dict
    tool_line = [f"Invoking: `{name}` with `"] + pyrepr(args) + ["`\n"]
    res = c.f("Observation: {'status': <<d:HTTP_STATUS>>, 'request_id': '<<d:UUID>>'}\n> Finished chain.", lang="en")
    return ["> Entering new AgentExecutor chain...\n"] + tool_line + res

def pyrepr(obj):
    """Python repr-style segments for dict/list/str/S/number leaves."""
    if isinstance(obj, S):
        txt = seg_text(obj)
        q = '"' if "'" in txt else "'"
        return [q] + [(s.replace("\\", "\\\\").replace("\n", "\\n").replace(q, "\\" + q), k, t) for s, k, t in flat(obj)] + [q]
    if isinstance(obj, str):
        return [repr(obj)]
    if isinstance(obj, dict):
        out = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            out += ([", "] if i else []) + [repr(k) + ": "] + pyrepr(v)
        return out + ["}"]
    if isinstance(obj, list):
        return ["["] + joinsegs([pyrepr(v) for v in obj], ", ") + ["]"]
    return [repr(obj)]

SYSLOG_B = ['login_failed user="<<EMAIL>>" src=<<IP_ADDRESS>> reason=bad_password',
            'customer_update customer="<<PERSON>>" new_phone="<<PHONE>>"',
            'kyc_submitted applicant="<<PERSON>>" birth_date=<<DATE_OF_BIRTH:iso>> ssn_last4_check=ok ssn=<<US_SSN>>',
            'payout_created iban="<<IBAN>>" amount="<<d:PRICE>>" ref=<<d:ORDER_ID>>',
            'card_tokenized pan=<<CREDIT_CARD>> token=tok_<<v:hex>>',
            'notify channel=slack url=<<SLACK_WEBHOOK>> code=<<d:HTTP_STATUS>>',
            'notify channel=teams url=<<TEAMS_WEBHOOK>> code=<<d:HTTP_STATUS>>',
            'auth_debug header="Basic <<BASIC_AUTH:b64>>" route=/api/v2/export',
            'address_changed old="<<ADDRESS:one>>" new="<<ADDRESS:one>>"',
            'pool_init url=<<v:dbscheme>>://<<CONNECTION_STRING>>@<<v:dbhost>>/<<v:dbname>>',
            'secret_loaded name=STRIPE_KEY value=<<STRIPE_KEY>>',
            'session_issued jwt=<<JWT>> ttl=3600', 'password_reset user=<<EMAIL>> temp_password=<<PASSWORD>>',
            'outbound_sms to=<<PHONE:e164>> body="your code is <<v:n>>"', 'github_sync token=<<GITHUB_TOKEN>> repos=<<v:n>>']
SYSLOG_B_CLEAN = ['probe path=<<d:OPS_TERM:path>> code=<<d:HTTP_STATUS>> latency_ms=<<v:n>>',
                  'release version=<<d:VERSION>> sha=<<d:GIT_SHA>>', 'watchdog event="<<d:OPS_TERM>>" worker=<<v:svc>>',
                  'invoice total="<<d:PRICE>>" order=<<d:ORDER_ID>> account=<<d:NUMERIC_ID>>',
                  'artifact sha256=<<d:HEX_HASH>> path=<<d:FILE_PATH>>', 'bind addr=0.0.0.0:<<d:PORT>> trace=<<d:UUID>>',
                  'scheduled job run_at=<<d:TIMESTAMP>> ticket=<<d:TICKET>>']

def b_log_kv(c, clean=False):
    rng, lines = c.rng, []
    style = rng.randint(0, 1)
    host = rng.choice(["web-1", "api-3", "ip-10-0-4-17", "worker-b", "edge-02"])
    for _ in range(rng.randint(4, 16)):
        tpl = rng.choice(SYSLOG_B_CLEAN if clean or rng.random() < 0.65 else SYSLOG_B)
        ts = dt.datetime(2024, 1, 1) + dt.timedelta(seconds=rng.randint(0, 40_000_000))
        if style == 0:
            pre = [D("TIMESTAMP", ts.strftime("%b %d %H:%M:%S")), f" {host} {c.var('svc')}[{rng.randint(100, 32000)}]: "]
        else:
            pre = [D("TIMESTAMP", ts.strftime("%Y-%m-%d %H:%M:%S,") + f"{rng.randint(0, 999):03d}"),
                   f" {rng.choice(['INFO', 'WARNING', 'ERROR', 'DEBUG'])} [{c.var('svc')}] "]
        lines.append(pre + c.f(tpl, lang="en"))
    return joinsegs(lines, "\n")

def b_log_json(c):
    rng, out = c.rng, []
    f = lambda t: c.f(t, lang="en")
    pretty = rng.random() < 0.3
    for _ in range(1 if pretty else rng.randint(3, 8)):
        r = rng.randint(0, 8) if rng.random() < 0.6 else rng.randint(5, 8)
        d = {"@timestamp": f("<<d:TIMESTAMP:iso>>"), "log.level": rng.choice(["INFO", "WARN", "ERROR"]),
             "service.name": c.var("svc")}
        if r == 0:
            d.update({"event.action": "user-login", "user": {"name": f("<<PERSON>>"), "email": f("<<EMAIL:same>>")},
                      "source": {"ip": f("<<IP_ADDRESS>>")}, "http": {"response": {"status_code": int(decoy(rng, "HTTP_STATUS"))}}})
        elif r == 1:
            d.update({"event.action": "order-placed", "order": {"id": f("<<d:ORDER_ID>>"), "total": f("<<d:PRICE>>")},
                      "customer": {"name": f("<<PERSON>>"), "phone": f(rng.choice(["<<PHONE>>", "<<PHONE:nbsp>>"])),
                                   "ship_to": f("<<ADDRESS:multi>>")}})
        elif r == 2:
            d.update({"event.action": "llm-call", "gen_ai": {"prompt": S(joinsegs(c.prose(c.frame_lang(), rng.randint(1, 2), 1), "\n")),
                                                             "model": "gpt-4o"}, "trace.id": f("<<d:HEX_HASH>>")})
        elif r == 3:
            d.update({"event.action": "config-dump", "env": {"OPENAI_API_KEY": f("<<OPENAI_KEY>>"), "DB": f(
                "<<v:dbscheme>>://<<CONNECTION_STRING>>@<<v:dbhost>>/<<v:dbname>>"), "PORT": f("<<d:PORT>>")}})
        elif r == 4:
            d.update({"event.action": "signup", "form": {"dob": f("<<DATE_OF_BIRTH:num>>"), "card": f("<<CREDIT_CARD>>"),
                                                          "password": f("<<PASSWORD>>")}})
        elif r == 6:
            d.update({"event.action": "metrics", "process": {"cpu.pct": round(rng.random(), 3), "memory.rss": rng.randint(10**7, 10**9)},
                      "host": {"name": c.var("svc") + "-" + str(rng.randint(1, 9))}, "labels": {"release": f("<<d:VERSION>>")}})
        elif r == 7:
            d.update({"event.action": "queue-drain", "queue": c.var("svc"), "messages": rng.randint(0, 5000), "dlq": f("<<d:OPS_TERM>>"),
                      "trace.id": f("<<d:UUID>>")})
        else:
            d.update({"event.action": "probe", "url.path": f("<<d:OPS_TERM:path>>"), "container.id": f("<<d:GIT_SHA>>"),
                      "message": f("pod is <<d:OPS_TERM:unhealthy>> after <<d:OPS_TERM>>")})
        out.append(jdoc(d, rng.choice(["json", "jsona"]), indent=2 if pretty else None, compact=not pretty))
    return joinsegs(out, "\n")

def b_env(c, clean=False):
    rng = c.rng
    f = lambda t: c.f(t, lang="en")
    k = rng.randint(0, 3)
    if clean or k == 0:  # shell exports
        pool = ['export STRIPE_API_KEY="<<STRIPE_KEY>>"', 'export OPENAI_API_KEY="<<OPENAI_KEY>>"', "export GH_TOKEN=<<GITHUB_TOKEN>>",
                'export PGPASSWORD="<<PASSWORD>>"', 'export DATABASE_URL="<<v:dbscheme>>://<<CONNECTION_STRING>>@<<v:dbhost>>/<<v:dbname>>"',
                "export SLACK_HOOK=<<SLACK_WEBHOOK>>", "export TEAMS_HOOK=<<TEAMS_WEBHOOK>>", "export DISCORD_HOOK=<<DISCORD_WEBHOOK>>",
                'export GIT_AUTHOR_NAME="<<PERSON>>"\nexport GIT_AUTHOR_EMAIL="<<EMAIL:same>>"', "export ACCESS_TOKEN=<<JWT>>"]
        dec = ["export APP_PORT=<<d:PORT>>", "export RELEASE=<<d:VERSION>>", "export BUILD_SHA=<<d:GIT_SHA>>",
               "export CONFIG_PATH=<<d:FILE_PATH>>", "export PROBE_PATH=<<d:OPS_TERM:path>>", "export RUN_ID=<<d:UUID>>",
               "export LOG_LEVEL=debug", "export TZ=UTC"]
        lines = ["#!/usr/bin/env bash", "# source me before running the migration"]
        picks = rng.sample(dec, rng.randint(3, 5) if clean else 2) + ([] if clean else rng.sample(pool, rng.randint(3, 6)))
        rng.shuffle(picks)
        if rng.random() < 0.5:  # plain .env flavour: no export keyword, values quoted
            lines = ["# .env.production -- generated " + decoy(rng, "DATE"), "# keep in sync with the vault"]
            picks = [p.replace("export ", "").replace("\nexport ", "\n") for p in picks]
        return joinsegs(lines + [f(p) for p in picks], "\n")
    if k == 1:  # AWS shared credentials file
        prof = ["[default]", "aws_access_key_id = <<AWS_ACCESS_KEY>>", "aws_secret_access_key = <<AWS_SECRET_KEY>>", "region = us-east-1", ""]
        if rng.random() < 0.6:
            prof += ["[profile staging]", "aws_access_key_id=<<AWS_ACCESS_KEY>>", "aws_secret_access_key=<<AWS_SECRET_KEY>>",
                     "output = json"]
        return f("# ~/.aws/credentials\n" + "\n".join(prof))
    if k == 2:  # .netrc + pip.conf
        return f("# ~/.netrc\nmachine api.<<v:domain>>\n  login <<EMAIL>>\n  password <<PASSWORD>>\nmachine git.<<v:domain>> login ci password <<PASSWORD>>\n\n"
                 "# pip.conf\n[global]\nindex-url = https://<<BASIC_AUTH:creds>>@pypi.<<v:domain>>/simple\ntimeout = <<v:n>>")
    # docker run with -e flags
    return f("docker run -d --name <<v:svc>> -p <<d:PORT>>:<<d:PORT>> \\\n  -e DB_URL=<<v:dbscheme>>://<<CONNECTION_STRING>>@<<v:dbhost>>/<<v:dbname>> \\\n"
             "  -e STRIPE_KEY=<<STRIPE_KEY>> \\\n  -e ADMIN_EMAIL=<<EMAIL>> \\\n  -e ADMIN_PASSWORD='<<PASSWORD>>' \\\n"
             "  registry.<<v:domain>>/<<v:svc>>:<<d:VERSION>>")

def b_yaml(c):
    rng = c.rng
    f = lambda t: c.f(t, lang="en")
    k = rng.randint(0, 2)
    if k == 0:  # docker-compose
        return f("services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=app\n      - POSTGRES_PASSWORD=<<PASSWORD>>\n"
                 "    ports:\n      - \"<<d:PORT>>:5432\"\n  api:\n    image: registry.<<v:domain>>/api:<<d:VERSION>>\n    environment:\n"
                 "      DATABASE_URL: <<v:dbscheme>>://<<CONNECTION_STRING>>@db/<<v:dbname>>\n      OPENAI_API_KEY: <<OPENAI_KEY>>\n"
                 "      ALERT_WEBHOOK: <<" + rng.choice(["SLACK_WEBHOOK", "TEAMS_WEBHOOK", "DISCORD_WEBHOOK"]) + ">>\n"
                 "    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost<<d:OPS_TERM:path>>\"]\n")
    if k == 1:  # GitHub Actions workflow with inlined secrets
        return f("name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n"
                 "      AWS_ACCESS_KEY_ID: <<AWS_ACCESS_KEY>>\n      AWS_SECRET_ACCESS_KEY: <<AWS_SECRET_KEY>>\n"
                 "      GH_TOKEN: <<GITHUB_TOKEN>>\n    steps:\n      - uses: actions/checkout@v4\n"
                 "      - run: ./deploy.sh --notify <<SLACK_WEBHOOK>>\n      - run: echo \"release <<d:VERSION>> (<<d:GIT_SHA>>)\"\n")
    # Helm values with people and an ssh key
    return f("replicaCount: 2\nimage:\n  tag: \"<<d:VERSION>>\"\nmaintainers:\n  - name: <<PERSON>>\n    email: <<EMAIL:same>>\n"
             "  - name: <<PERSON>>\n    phone: \"<<PHONE>>\"\nstripe:\n  secretKey: <<STRIPE_KEY>>\ndeployKey: |\n  <<PRIVATE_KEY:indent2>>\n")

def b_pydict(c):
    rng, L = c.rng, c.frame_lang(0.4)
    f = lambda t: c.f(t, lang=L)
    k = rng.randint(0, 2)
    if k == 0:  # requests call with json payload and auth header
        payload = {"customer": {"full_name": f("<<PERSON>>"), "phone": f("<<PHONE>>"), "email": f("<<EMAIL:same>>")},
                   "shipping": f("<<ADDRESS:one>>"), "order_ref": f("<<d:ORDER_ID>>")}
        if rng.random() < 0.5:
            payload["birthdate"] = f("<<DATE_OF_BIRTH:iso>>")
        return (["import requests\n\nresp = requests.post(\n    \"https://api.", c.var("domain"), "/v1/orders\",\n    json="]
                + pyrepr(payload) + [",\n    headers={\"Authorization\": \"Basic "] + c.f("<<BASIC_AUTH:b64>>")
                + ["\"},\n    timeout=", str(rng.randint(5, 30)), ",\n)\nresp.raise_for_status()"])
    if k == 1:  # Django settings
        return f("DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': '<<v:dbname>>',\n"
                 "        'USER': 'app',\n        'PASSWORD': '<<PASSWORD>>',\n        'HOST': '<<IP_ADDRESS:v4priv>>',\n"
                 "        'PORT': '<<d:PORT>>',\n    }\n}\nSECRET_STRIPE = '<<STRIPE_KEY>>'\nADMINS = [(\"<<PERSON>>\", \"<<EMAIL:same>>\")]\n")
    # pytest fixture
    rec = {"name": f("<<PERSON>>"), "iban": f("<<IBAN>>"), "card": f("<<CREDIT_CARD>>")}
    if rng.random() < 0.5:
        rec["ssn"] = f("<<US_SSN>>")
    if rng.random() < 0.5:
        rec["condition"] = c.f("<<HEALTH:cond>>", lang="en")
    return ["import pytest\n\n\n@pytest.fixture\ndef patient_record():\n    return "] + pyrepr(rec) + ["\n"]

CSV_COLS_B = [("Full name", "<<PERSON>>"), ("E-mail", "<<EMAIL:same>>"), ("Mobile", "<<PHONE>>"), ("Postal address", "<<ADDRESS:one>>"),
              ("Birth date", "<<DATE_OF_BIRTH:num>>"), ("Account IBAN", "<<IBAN>>"), ("Card", "<<CREDIT_CARD:dash>>"),
              ("SSN", "<<US_SSN>>"), ("Last login IP", "<<IP_ADDRESS>>"), ("Allergies / conditions", "<<HEALTH:cond>>")]
CSV_DECOY_B = [("Invoice", "<<d:ORDER_ID>>"), ("Total", "<<d:PRICE>>"), ("Updated", "<<d:TIMESTAMP>>"), ("Ref", "<<d:TICKET>>")]

CSV_PLAIN_B = [("Segment", "<<v:segment>>"), ("Opt-in", "<<v:yesno>>"), ("Region", "<<v:region>>"),
               ("Owner team", "<<v:team>>"), ("Stage", "<<v:stage>>"), ("Comment", "<<v:csvnote>>")]

def b_csv(c):
    rng = c.rng
    delim = rng.choice([";", ";", ",", "\t"])
    cols = (rng.sample(CSV_DECOY_B, rng.randint(1, 3)) + [CSV_COLS_B[0]] + rng.sample(CSV_COLS_B[1:], rng.randint(1, 3))
            + rng.sample(CSV_PLAIN_B, rng.randint(2, 4)))
    rows = [delim.join(f'"{k}"' if delim != "\t" else k for k, _ in cols)]
    for _ in range(rng.randint(2, 6)):
        c.person()
        rows.append(joinsegs([csv_field(c.f(t, lang=c.frame_lang(0.3)), delim) for _, t in cols], delim))
    return joinsegs(rows, "\r\n" if rng.random() < 0.3 else "\n")

INTAKE_B = {  # title, then labels for name, birth date, mobile, mail, home address, reason, insurance no., remarks
    "en": ("Intake form", "Name", "Born", "Mobile", "Mail", "Home address", "Reason for visit", "Insurance no.", "Remarks"),
    "de": ("Aufnahmebogen", "Name", "Geburtsdatum", "Mobil", "E-Mail", "Wohnanschrift", "Grund des Besuchs", "Versichertennr.", "Bemerkungen"),
    "fr": ("Fiche d'admission", "Nom", "Né(e) le", "Portable", "Courriel", "Domicile", "Motif", "N° d'assuré", "Remarques"),
    "es": ("Hoja de ingreso", "Nombre", "Nacimiento", "Móvil", "Correo", "Domicilio", "Motivo", "N.º de afiliado", "Observaciones"),
}

def b_form(c):
    rng = c.rng
    L = c.frame_lang(0.5)
    f = lambda t: c.f(t, lang=L)
    if rng.random() < 0.5:  # urlencoded POST body: values are percent-encoded, labels span the encoded text
        body = c.f("first_name=<<PERSON:first>>&last_name=<<PERSON:sfamily>>&email=<<EMAIL:same>>&phone=<<PHONE>>"
                   "&street=<<ADDRESS:one>>&dob=<<DATE_OF_BIRTH:iso>>&comment=<<@msg>>&csrf=<<v:hex>>", mode="url",
                   lang=L, msg=joinsegs(c.prose(L, 1, 1), " "))
        return [c.f("POST /signup HTTP/1.1\nHost: www.<<v:domain>>\nContent-Type: application/x-www-form-urlencoded\n"
                    "X-Request-Id: <<d:UUID>>\n\n")] + body
    if rng.random() < 0.35:  # fixed-width intake printout
        lab = INTAKE_B.get(L, INTAKE_B["en"])
        vals = ["<<PERSON>>", "<<DATE_OF_BIRTH>>", "<<PHONE>>", "<<EMAIL:same>>", "<<ADDRESS:one>>", "<<HEALTH:cond>>", "<<d:NUMERIC_ID>>"]
        lines = [f"=== {lab[0]} #" + "<<d:TICKET>> ==="] + [f"{k + ':':<18}{v}" for k, v in zip(lab[1:], vals)]
        lines.append(f"{lab[-1] + ':':<18}")
        body = f("\n".join(lines))
        return body + joinsegs(c.prose(L, rng.randint(0, 1), rng.randint(1, 3)), " ")
    rows = ["| Field | Value |", "|---|---|", f("| Applicant | <<PERSON>> |"), f("| Contact email | <<EMAIL:same>> |"),
            f("| Telephone | <<PHONE>> |"), f("| Residential address | <<ADDRESS:one>> |"), f("| D.O.B. | <<DATE_OF_BIRTH:num>> |")]
    if rng.random() < 0.5:
        rows.append(f("| Medical notes | <<HEALTH:cond>> |") if L in HV else f("| Medical notes | <<HEALTH:med>> |"))
    rows += [c.f(r) for r in rng.sample(["| Programme | <<v:segment>> |", "| Reference | <<d:ORDER_ID>> |", "| Region | <<v:region>> |",
                                          "| Stage | <<v:stage>> |", "| Heard about us via | <<v:channel>> |", "| Fee paid | <<d:PRICE>> |"], rng.randint(2, 4))]
    rows.append(c.f("| Statement | ") + joinsegs(c.prose(L, rng.randint(0, 1), rng.randint(2, 3)), " ") + [" |"])
    rows.append(c.f("| Submitted | <<d:TIMESTAMP>> from <<IP_ADDRESS>> |"))
    return [c.f("Application <<d:TICKET>> received:\n\n")] + joinsegs(rows, "\n")

def b_note(c):
    rng, L = c.rng, c.frame_lang(0.9)
    head = c.f(rng.choice(["Incident <<d:TICKET>> - reporter notes\n", "Case log, <<d:DATE>>:\n- ", "Reporter: <<PERSON>>\n\n", ""]), lang=L)
    paras = [joinsegs(c.prose(L, rng.choice([0, 1, 1, 2]), rng.randint(2, 4)), rng.choice([" ", "\n- "])) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.4:
        paras.append(c.frame(L, "LONG"))
    if rng.random() < 0.3:
        paras.insert(1, c.frame("en", "PASTE"))
    return [head] + joinsegs(paras, "\n\n")

def b_clean(c):
    rng, L = c.rng, c.frame_lang(0.3)
    k = rng.randint(0, 2)
    if k == 0:
        turns = [[("User: " if i % 2 == 0 else "Assistant: ")] + joinsegs(
            [c.filler(L, "FILL" if i % 2 == 0 else "AFILL", 0.5) for _ in range(rng.randint(1, 4))], " ") for i in range(rng.randint(2, 6))]
        return "chat", joinsegs(turns, "\n\n")
    if k == 1:
        return "log-kv", b_log_kv(c, clean=True)
    return "env", b_env(c, clean=True)

SHAPES_B = {"chat": (24, b_chat), "email": (13, b_email), "toolcall": (10, b_toolcall), "log-kv": (6, b_log_kv),
            "log-json": (6, b_log_json), "env": (4, b_env), "yaml": (4, b_yaml), "pydict": (4, b_pydict),
            "csv": (4, b_csv), "form": (6, b_form), "note": (11, b_note), "clean": (9.5, b_clean)}
