"""Template set A: sentence frames and document shapes of the *tune* half.

Written independently of template set B (templates_holdout.py); only the machinery in
common.py is shared.  Placeholders: <<TYPE[:opt]>> entity, <<d:TYPE>> decoy, <<v:name>> plain.
"""
from common import *  # noqa: F401,F403  (S, E, D, jdoc, joinsegs, csv_field, decoy, rs, ...)

F_A = {
    "en": {
        "PERSON": ["I spoke with <<PERSON>> yesterday and they confirmed the refund.",
                   "My name is <<PERSON>> and I'm the account owner.",
                   "Please loop in <<PERSON>> from finance before you reply.",
                   "<<PERSON>> asked me to forward this to you.",
                   "The order was placed by <<PERSON>> on behalf of our team.",
                   "Can you draft a reply to <<PERSON>> thanking them for the feedback?",
                   "Dear Ms. <<PERSON:family>>, thank you for your patience.",
                   "Mr. <<PERSON:family>> called twice about the delivery.",
                   "Summarise the notes from my meeting with <<PERSON>> this morning.",
                   "@<<PERSON>> can you take a look at this one?",
                   "Assign this to <<PERSON>> (<<v:slackid>>) please.",
                   "According to <<PERSON>>, the contract renews automatically.",
                   "Write a short thank-you note to my neighbour <<PERSON>> for watering the plants.",
                   "The reference letter should be addressed to Dr. <<PERSON>>."],
        "GREET0": ["Hi there,", "Hello,", "Good afternoon,", "Hi,"],
        "GREET": ["Hi <<PERSON:given>>,", "Hello <<PERSON:given>>,", "Good morning <<PERSON:given>>,",
                  "Hey <<PERSON:given>>, quick question."],
        "THANKS": ["Thanks, <<PERSON:given>>!", "Thank you <<PERSON:given>>, that fixed it."],
        "SIGN": ["Best,\n<<PERSON:sign>>", "Thanks,\n<<PERSON:sign>>", "Regards,\n<<PERSON:sign>>", "Many thanks,\n<<PERSON:sign>>"],
        "ADDRESS": ["Ship it to <<ADDRESS>> please.", "My address is <<ADDRESS>>.",
                    "We moved to <<ADDRESS>> last month, please update the billing address.",
                    "The billing address on file is:\n<<ADDRESS:multi>>\nbut it should be the new one.",
                    "Please send the documents to:\n<<ADDRESS:multi>>",
                    "Can you check whether <<ADDRESS:unit>> is inside your delivery zone?"],
        "PHONE": ["Call me at <<PHONE>>.", "my number is <<PHONE>>", "You can reach our office on <<PHONE>> between 9 and 5.",
                  "Mobile: <<PHONE>>", "If the courier needs anything they can phone <<PHONE>>.",
                  "I tried calling <<PHONE:intl>> but it goes straight to voicemail.", "Switchboard: <<PHONE:paren0>>"],
        "EMAIL": ["Send the receipt to <<EMAIL>>.", "my email is <<EMAIL>>", "Please cc <<EMAIL>> on the thread.",
                  "The account was registered with <<EMAIL>>."],
        "CREDIT_CARD": ["Use <<CREDIT_CARD>> exp 09/27 for the payment.", "card number: <<CREDIT_CARD>>",
                        "Please charge <<CREDIT_CARD>> for the renewal.",
                        "Here is my card, copied from the app:\n<<CREDIT_CARD:wrap>>\nexpiry 11/26."],
        "IBAN": ["Send it to <<IBAN>> please.", "My IBAN is <<IBAN>>.", "Refund to IBAN <<IBAN:wrap>> if possible."],
        "US_SSN": ["My SSN is <<US_SSN>>.", "Social security number: <<US_SSN>>",
                   "The form asks for my social security number, it's <<US_SSN>>."],
        "IP_ADDRESS": ["ssh into <<IP_ADDRESS>> and check the disk.", "The request came from <<IP_ADDRESS>>.",
                       "The VPN assigned me <<IP_ADDRESS:v4priv>> but nothing resolves.",
                       "Our server's IPv6 address is <<IP_ADDRESS:v6>>."],
        "DATE_OF_BIRTH": ["I was born on <<DATE_OF_BIRTH>>.", "DOB: <<DATE_OF_BIRTH:num>>",
                          "My date of birth is <<DATE_OF_BIRTH>>.", "date of birth <<DATE_OF_BIRTH>>, in case you need to verify me."],
        "PASSWORD": ["my password is <<PASSWORD>> but login fails", "pw: <<PASSWORD>>",
                     "I set password=<<PASSWORD>> in the config.", "user: admin pass: <<PASSWORD>>"],
        "BASIC_AUTH": ["curl -H 'Authorization: Basic <<BASIC_AUTH:b64>>' https://api.<<v:domain>>/v1/export returns 401.",
                       "The mirror is at https://<<BASIC_AUTH:creds>>@artifacts.<<v:domain>>/repo/ - is that safe to share?"],
        "SLACK_WEBHOOK": ["Post alerts to <<SLACK_WEBHOOK>> instead.", "Our Slack webhook is <<SLACK_WEBHOOK>>, why does it return 403?"],
        "DISCORD_WEBHOOK": ["The bot posts through <<DISCORD_WEBHOOK>>.", "Discord webhook: <<DISCORD_WEBHOOK>>"],
        "TEAMS_WEBHOOK": ["Send the build status to the Teams channel via <<TEAMS_WEBHOOK>>.",
                          "The connector URL is <<TEAMS_WEBHOOK>>"],
        "AWS": ["I accidentally pasted <<AWS_ACCESS_KEY>> in the config.",
                "aws_access_key_id=<<AWS_ACCESS_KEY>> aws_secret_access_key=<<AWS_SECRET_KEY>>",
                "Key id <<AWS_ACCESS_KEY>>, secret <<AWS_SECRET_KEY>> - rotate these after the demo."],
        "GITHUB_TOKEN": ["export GITHUB_TOKEN=<<GITHUB_TOKEN>>", "Here's my token: <<GITHUB_TOKEN>> - why does the push fail?"],
        "OPENAI_KEY": ["My key is <<OPENAI_KEY>>, is it still valid?", "OPENAI_API_KEY=<<OPENAI_KEY>>"],
        "STRIPE_KEY": ["Here's my key: <<STRIPE_KEY>> - why does it fail?", 'stripe.api_key = "<<STRIPE_KEY>>"'],
        "JWT": ["The API returns 401 with Authorization: Bearer <<JWT>>", "Decode this token for me: <<JWT>>"],
        "PRIVATE_KEY": ["Here's the deploy key, what's wrong with it?\n<<PRIVATE_KEY>>\n"],
        "CONNECTION_STRING": ["DATABASE_URL=postgres://<<CONNECTION_STRING>>@<<v:dbhost>>:5432/<<v:dbname>>",
                              "Connecting with <<v:dbscheme>>://<<CONNECTION_STRING>>@<<v:dbhost>>/<<v:dbname>> times out."],
        "HEALTH": {"cond": ["I was diagnosed with <<HEALTH:cond>> last year.", "My doctor thinks it might be <<HEALTH:cond>>.",
                            "I have <<HEALTH:cond>> so I need an aisle seat."],
                   "med": ["I take <<HEALTH:med>> twice daily.", "She was prescribed <<HEALTH:med>> after the appointment."],
                   "proc": ["I'm scheduled for <<HEALTH:proc>> next month.", "I'm still recovering from <<HEALTH:proc>>."],
                   "preg": ["I'm <<HEALTH:preg>> and need to plan my leave."],
                   "mental": ["I've been struggling with <<HEALTH:mental>> lately.", "My son was diagnosed with <<HEALTH:mental>>."],
                   "addict": ["I'm in recovery from <<HEALTH:addict>>.", "He is getting help for <<HEALTH:addict>>."],
                   "lab": ["My latest lab results show <<HEALTH:lab>>."], "status": ["I tested <<HEALTH:status>> in 2019."]},
        "FILL": ["I'll paste the relevant config below so you can take a look.",
                 "The deployment failed again last night and nobody knows why.",
                 "Could you translate this into Spanish and keep the tone friendly?",
                 "Sorry for the long message, I wanted to give you all the details.",
                 "We migrated to the new billing system in March.",
                 "Is there a way to export the chat history as a PDF?",
                 "My manager wants a draft of the proposal by end of day.",
                 "Thanks, that worked. Now how do I add pagination to the results?",
                 "Can you explain the difference between a mutex and a semaphore?",
                 "I'm planning a trip next month and need an itinerary.",
                 "The invoice total looks wrong; we were charged twice for the same plan.",
                 "Let me know if you need any more context about the project.",
                 "The package arrived damaged and the box was open.", "Can we move the call to Thursday afternoon?",
                 "Please keep the answer short, I'm reading on my phone.", "I already cleared the cache and restarted the browser."],
        "AFILL": ["Sure! Here is a step-by-step explanation.", "Great question. There are a few different approaches you could take.",
                  "You might want to increase the connection pool size.", "This looks like a rate-limiting issue on the upstream API.",
                  "Based on the logs, the request never reached the backend.", "I've updated the draft with your changes.",
                  "Here's a shorter version of the email.", "Let me know if you'd like a more formal tone."],
        "DFILL": ["Order <<d:ORDER_ID>> still shows as pending.", "Ticket <<d:TICKET>> was closed without a reply.",
                  "The plan costs <<d:PRICE>> per month.", "We're on <<d:VERSION>> of the SDK.", "Request id <<d:UUID>> failed.",
                  "The regression came in with commit <<d:GIT_SHA>>.", "The test card <<d:INVALID_LUHN>> is rejected as expected.",
                  "It started at <<d:TIMESTAMP>> according to the dashboard.", "The release is planned for <<d:DATE>>.",
                  "The upstream returns <<d:HTTP_STATUS>> for every call.", "Postgres listens on port <<d:PORT>>.",
                  "I'm using <<d:PROPER_NOUN:product>> on a Mac.", "The <<d:OPS_TERM>> keeps failing after the deploy.",
                  "The pod fails GET <<d:OPS_TERM:path>> with a timeout.", "Customer id <<d:NUMERIC_ID>> is the one affected.",
                  "The file hash is <<d:HEX_HASH>>.", "Logs are in <<d:FILE_PATH>>.", "I had to <<d:OPS_TERM:kill>> the process twice.",
                  "The dashboard says the pod is <<d:OPS_TERM:unhealthy>> since <<d:TIMESTAMP>>.",
                  "Our team in <<d:PROPER_NOUN:place>> reported the same error."],
    },
    "de": {
        "PERSON": ["Ich habe gestern mit <<PERSON>> telefoniert.", "Mein Name ist <<PERSON>>, ich bin seit 2019 Kundin.",
                   "Bitte leiten Sie das an <<PERSON>> weiter.", "Sehr geehrte Frau <<PERSON:family>>,"],
        "GREET": ["Hallo <<PERSON:given>>,", "Moin <<PERSON:given>>,"], "THANKS": ["Danke, <<PERSON:given>>!"],
        "SIGN": ["Viele Grüße\n<<PERSON:sign>>", "Mit freundlichen Grüßen\n<<PERSON:sign>>"],
        "ADDRESS": ["Meine Adresse lautet <<ADDRESS>>.", "Bitte schicken Sie die Unterlagen an:\n<<ADDRESS:multi>>"],
        "PHONE": ["Sie erreichen mich unter <<PHONE>>.", "Meine Handynummer ist <<PHONE>>."],
        "EMAIL": ["Meine E-Mail-Adresse ist <<EMAIL>>."],
        "DATE_OF_BIRTH": ["Ich bin am <<DATE_OF_BIRTH>> geboren.", "geboren am <<DATE_OF_BIRTH>>", "Geburtsdatum: <<DATE_OF_BIRTH:num>>"],
        "PASSWORD": ["Passwort: <<PASSWORD>>", "Mein Passwort ist <<PASSWORD>>, aber der Login klappt nicht."],
        "IBAN": ["Meine IBAN lautet <<IBAN>>."],
        "HEALTH": {"cond": ["Bei mir wurde <<HEALTH:cond>> diagnostiziert."], "med": ["Ich nehme täglich <<HEALTH:med>>."],
                   "proc": ["Nächsten Monat bekomme ich <<HEALTH:proc>>."], "preg": ["Ich bin <<HEALTH:preg>> und plane meine Elternzeit."],
                   "mental": ["Bei mir wurde <<HEALTH:mental>> festgestellt."], "lab": ["Mein letzter Befund: <<HEALTH:lab>>."],
                   "status": ["Ich bin <<HEALTH:status>>."]},
        "FILL": ["Die Lieferung ist leider immer noch nicht angekommen.", "Können Sie mir bitte kurz Bescheid geben?",
                 "Ich habe das Formular schon zweimal ausgefüllt.", "Danke im Voraus für Ihre Hilfe."],
        "DFILL": ["Meine Bestellnummer ist <<d:ORDER_ID>>.", "Der Betrag von <<d:PRICE>> wurde doppelt abgebucht."],
    },
    "fr": {
        "PERSON": ["J'ai parlé avec <<PERSON>> hier après-midi.", "Je m'appelle <<PERSON>> et je suis titulaire du compte.",
                   "Merci de transmettre ce message à <<PERSON>>.", "Chère Madame <<PERSON:family>>,"],
        "GREET": ["Bonjour <<PERSON:given>>,", "Salut <<PERSON:given>> !"], "THANKS": ["Merci <<PERSON:given>> !"],
        "SIGN": ["Cordialement,\n<<PERSON:sign>>", "Bien à vous,\n<<PERSON:sign>>"],
        "ADDRESS": ["Mon adresse est <<ADDRESS>>.", "Merci d'envoyer le colis à :\n<<ADDRESS:multi>>"],
        "PHONE": ["Vous pouvez me joindre au <<PHONE>>.", "Mon numéro de portable : <<PHONE>>"],
        "EMAIL": ["Mon adresse e-mail est <<EMAIL>>."],
        "DATE_OF_BIRTH": ["Je suis né le <<DATE_OF_BIRTH>>.", "née le <<DATE_OF_BIRTH>>", "date de naissance : <<DATE_OF_BIRTH:num>>"],
        "PASSWORD": ["mot de passe : <<PASSWORD>>", "Mon mot de passe est <<PASSWORD>> mais ça ne marche pas."],
        "IBAN": ["Mon IBAN : <<IBAN>>"],
        "HEALTH": {"cond": ["Diagnostic posé le mois dernier : <<HEALTH:cond>>."], "med": ["Je prends <<HEALTH:med>> tous les matins."],
                   "proc": ["Traitement prévu : <<HEALTH:proc>>."], "preg": ["Je suis <<HEALTH:preg>>."],
                   "mental": ["Je suis suivie pour <<HEALTH:mental>>."], "lab": ["Résultats de la prise de sang : <<HEALTH:lab>>."],
                   "status": ["Je suis <<HEALTH:status>> depuis 2015."]},
        "FILL": ["Ma commande n'est toujours pas arrivée.", "Pouvez-vous me rappeler rapidement ?",
                 "J'ai déjà vidé le cache du navigateur.", "Merci d'avance pour votre aide."],
        "DFILL": ["Numéro de commande : <<d:ORDER_ID>>.", "On m'a débité <<d:PRICE>> deux fois."],
    },
    "es": {
        "PERSON": ["Hablé con <<PERSON>> ayer por la tarde.", "Me llamo <<PERSON>> y soy el titular de la cuenta.",
                   "Por favor, reenvía esto a <<PERSON>>.", "Estimada Sra. <<PERSON:family>>:"],
        "GREET": ["Hola <<PERSON:given>>,", "Buenos días, <<PERSON:given>>:"], "THANKS": ["¡Gracias, <<PERSON:given>>!"],
        "SIGN": ["Saludos,\n<<PERSON:sign>>", "Un abrazo,\n<<PERSON:sign>>"],
        "ADDRESS": ["Mi dirección es <<ADDRESS>>.", "Enviar a:\n<<ADDRESS:multi>>"],
        "PHONE": ["Mi teléfono es <<PHONE>>.", "Llámame al <<PHONE>>."], "EMAIL": ["Mi correo es <<EMAIL>>."],
        "DATE_OF_BIRTH": ["Nací el <<DATE_OF_BIRTH>>.", "fecha de nacimiento: <<DATE_OF_BIRTH:num>>"],
        "PASSWORD": ["contraseña: <<PASSWORD>>", "Mi contraseña es <<PASSWORD>>."], "IBAN": ["Mi IBAN es <<IBAN>>."],
        "HEALTH": {"cond": ["Me diagnosticaron <<HEALTH:cond>> el año pasado."], "med": ["Tomo <<HEALTH:med>> cada mañana."],
                   "proc": ["El mes que viene empiezo <<HEALTH:proc>>."], "preg": ["Estoy <<HEALTH:preg>>."],
                   "mental": ["Estoy en tratamiento por <<HEALTH:mental>>."], "lab": ["Mis análisis: <<HEALTH:lab>>."],
                   "status": ["Di <<HEALTH:status>> en la última prueba."]},
        "FILL": ["Mi pedido todavía no ha llegado.", "¿Me pueden confirmar la cita?", "Ya intenté reiniciar la aplicación.",
                 "Gracias de antemano por la ayuda."],
        "DFILL": ["El número de pedido es <<d:ORDER_ID>>.", "Me cobraron <<d:PRICE>> dos veces."],
    },
    "pt": {
        "PERSON": ["Falei com <<PERSON>> ontem à tarde.", "Meu nome é <<PERSON>> e sou o titular da conta.",
                   "Por favor, encaminhe isto para <<PERSON>>.", "Prezada Sra. <<PERSON:family>>,"],
        "GREET": ["Olá <<PERSON:given>>,", "Oi <<PERSON:given>>, tudo bem?"], "THANKS": ["Obrigado, <<PERSON:given>>!"],
        "SIGN": ["Abraços,\n<<PERSON:sign>>", "Atenciosamente,\n<<PERSON:sign>>"],
        "ADDRESS": ["Meu endereço é <<ADDRESS>>.", "Enviar para:\n<<ADDRESS:multi>>"],
        "PHONE": ["Meu telefone é <<PHONE>>.", "Me liga no <<PHONE>>."], "EMAIL": ["Meu e-mail é <<EMAIL>>."],
        "DATE_OF_BIRTH": ["Nasci em <<DATE_OF_BIRTH>>.", "data de nascimento: <<DATE_OF_BIRTH:num>>"],
        "PASSWORD": ["senha: <<PASSWORD>>", "Minha senha é <<PASSWORD>>."],
        "HEALTH": {"cond": ["Fui diagnosticado com <<HEALTH:cond>> no ano passado."], "med": ["Tomo <<HEALTH:med>> todos os dias."],
                   "proc": ["Vou fazer <<HEALTH:proc>> no mês que vem."], "preg": ["Estou <<HEALTH:preg>>."],
                   "mental": ["Estou em tratamento para <<HEALTH:mental>>."], "lab": ["Meus exames: <<HEALTH:lab>>."],
                   "status": ["Testei <<HEALTH:status>> em 2018."]},
        "FILL": ["Meu pedido ainda não chegou.", "Vocês podem confirmar o agendamento?", "Já reinstalei o aplicativo.",
                 "Obrigado desde já."],
        "DFILL": ["O número do pedido é <<d:ORDER_ID>>.", "Fui cobrado <<d:PRICE>> duas vezes."],
    },
    "it": {
        "PERSON": ["Ho parlato con <<PERSON>> ieri pomeriggio.", "Mi chiamo <<PERSON>> e sono il titolare dell'account.",
                   "Per favore inoltra questo messaggio a <<PERSON>>.", "Gentile Sig.ra <<PERSON:family>>,"],
        "GREET": ["Ciao <<PERSON:given>>,", "Buongiorno <<PERSON:given>>,"], "THANKS": ["Grazie, <<PERSON:given>>!"],
        "SIGN": ["Cordiali saluti,\n<<PERSON:sign>>", "Un saluto,\n<<PERSON:sign>>"],
        "ADDRESS": ["Il mio indirizzo è <<ADDRESS>>.", "Spedire a:\n<<ADDRESS:multi>>"],
        "PHONE": ["Il mio numero è <<PHONE>>.", "Chiamami al <<PHONE>>."], "EMAIL": ["La mia email è <<EMAIL>>."],
        "DATE_OF_BIRTH": ["Sono nato il <<DATE_OF_BIRTH>>.", "data di nascita: <<DATE_OF_BIRTH:num>>"],
        "PASSWORD": ["La password è <<PASSWORD>>.", "password: <<PASSWORD>>"],
        "HEALTH": {"cond": ["Mi hanno diagnosticato <<HEALTH:cond>> l'anno scorso."], "med": ["Prendo <<HEALTH:med>> ogni sera."],
                   "proc": ["Il mese prossimo faccio <<HEALTH:proc>>."], "preg": ["Sono <<HEALTH:preg>>."],
                   "mental": ["Sono in cura per <<HEALTH:mental>>."], "lab": ["Ultimi esami: <<HEALTH:lab>>."],
                   "status": ["Sono risultato <<HEALTH:status>>."]},
        "FILL": ["Il mio ordine non è ancora arrivato.", "Potete confermarmi l'appuntamento?", "Ho già provato a reinstallare l'app.",
                 "Grazie in anticipo."],
        "DFILL": ["Il numero d'ordine è <<d:ORDER_ID>>.", "Mi avete addebitato <<d:PRICE>> due volte."],
    },
    "ja": {
        "PERSON": ["昨日<<PERSON>>さんと話しました。", "私の名前は<<PERSON>>です。", "<<PERSON>>様宛に送ってください。"],
        "GREET": ["<<PERSON:family>>さん、こんにちは。", "<<PERSON:family>>様"], "SIGN": ["よろしくお願いいたします。\n<<PERSON:sign>>"],
        "ADDRESS": ["住所は<<ADDRESS>>です。", "送付先：\n<<ADDRESS:multi>>"],
        "PHONE": ["電話番号は<<PHONE>>です。", "携帯：<<PHONE>>"], "EMAIL": ["メールアドレスは<<EMAIL>>です。"],
        "DATE_OF_BIRTH": ["生年月日：<<DATE_OF_BIRTH>>", "<<DATE_OF_BIRTH>>生まれです。"], "PASSWORD": ["パスワードは<<PASSWORD>>です。"],
        "FILL": ["お世話になっております。", "ご確認のほどよろしくお願いいたします。", "注文した商品がまだ届いていません。"],
        "DFILL": ["注文番号は<<d:ORDER_ID>>です。"],
    },
    "zh": {
        "PERSON": ["我昨天和<<PERSON>>通了电话。", "我叫<<PERSON>>，是这个账户的持有人。", "请把这封邮件转给<<PERSON>>。"],
        "GREET": ["<<PERSON>>，你好！", "亲爱的<<PERSON:given>>："], "SIGN": ["祝好，\n<<PERSON:sign>>", "此致\n<<PERSON:sign>>"],
        "ADDRESS": ["请寄到<<ADDRESS>>。"], "PHONE": ["我的手机号是<<PHONE>>。", "电话：<<PHONE>>"],
        "EMAIL": ["我的邮箱是<<EMAIL>>。"], "DATE_OF_BIRTH": ["出生日期：<<DATE_OF_BIRTH>>", "我出生于<<DATE_OF_BIRTH>>。"],
        "PASSWORD": ["密码是<<PASSWORD>>"],
        "FILL": ["我的订单还没有发货。", "麻烦尽快回复，谢谢。", "附件是发票的截图。"], "DFILL": ["订单号：<<d:ORDER_ID>>。"],
    },
    "ru": {
        "PERSON": ["Вчера мне звонил(а) <<PERSON>>.", "Меня зовут <<PERSON>>, я владелец аккаунта.", "Контактное лицо: <<PERSON>>."],
        "GREET": ["Здравствуйте, <<PERSON:given>>!", "Привет, <<PERSON:given>>!"], "SIGN": ["С уважением,\n<<PERSON:sign>>"],
        "ADDRESS": ["Адрес доставки: <<ADDRESS>>."], "PHONE": ["Мой телефон: <<PHONE>>.", "Звоните по номеру <<PHONE>>."],
        "EMAIL": ["Моя почта: <<EMAIL>>."], "DATE_OF_BIRTH": ["Дата рождения: <<DATE_OF_BIRTH>>", "Я родился <<DATE_OF_BIRTH>> года."],
        "PASSWORD": ["пароль: <<PASSWORD>>"],
        "FILL": ["Заказ до сих пор не пришёл.", "Заранее спасибо за помощь.", "Прикладываю скриншот ошибки."],
        "DFILL": ["Номер заказа <<d:ORDER_ID>>."],
    },
    "ar": {
        "PERSON": ["تحدثت أمس مع <<PERSON>>.", "اسمي <<PERSON>> وأنا صاحب الحساب.", "يرجى تحويل الرسالة إلى <<PERSON>>."],
        "GREET": ["مرحباً <<PERSON:given>>،", "عزيزي <<PERSON:given>>،"], "SIGN": ["مع التحية،\n<<PERSON:sign>>"],
        "PHONE": ["رقم هاتفي <<PHONE>>.", "للتواصل: <<PHONE>>"], "DATE_OF_BIRTH": ["تاريخ الميلاد: <<DATE_OF_BIRTH>>"],
        "EMAIL": ["بريدي الإلكتروني <<EMAIL>>."], "ADDRESS": ["عنوان الشحن: <<ADDRESS>>"], "PASSWORD": ["كلمة المرور: <<PASSWORD>>"],
        "FILL": ["لم يصل الطلب حتى الآن.", "شكراً جزيلاً على المساعدة.", "أرفقت صورة الفاتورة."],
        "DFILL": ["رقم الطلب <<d:ORDER_ID>>."],
    },
}
PASTE_A = [
    "Here's the stack trace:\n```\nTraceback (most recent call last):\n  File \"<<d:FILE_PATH>>\", line 212, in send\n"
    "    raise ConnectionError(e, request=request)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.internal', "
    "port=<<d:PORT>>): Max retries exceeded with url: /v2/sync (Caused by NewConnectionError('Failed to establish a new connection'))\n```",
    "Output of kubectl:\n```\nNAME                        READY   STATUS             RESTARTS   AGE\nworker-7d9c8b5f4-x2kqp      0/1     "
    "CrashLoopBackOff   14         37m\nworker-7d9c8b5f4-zt8wn      1/1     Running            0          37m\n```\n"
    "Events say the <<d:OPS_TERM>> fails on <<d:OPS_TERM:path>> with status <<d:HTTP_STATUS>>.",
    "This is the relevant part of the config:\n```\n[server]\nlisten = 0.0.0.0:<<d:PORT>>\nworkers = 8\nmax_body = 10M\n\n"
    "[cache]\nbackend = redis\nttl = 300\n```\nWe're running build <<d:GIT_SHA>> on release <<d:VERSION>>.",
    "npm prints this and stops:\n```\nnpm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\n"
    "npm ERR! Found: react@18.3.1\nnpm ERR! Could not resolve dependency: peer react@\"^17.0.0\" from legacy-widget@2.4.0\n```",
    "The receipt says: order <<d:ORDER_ID>>, 3 items, subtotal <<d:PRICE>>, shipping free, paid on <<d:DATE>>. "
    "The tracking page has not updated since <<d:TIMESTAMP>> and the carrier hotline just plays music.",
]
LONG_A = [
    "Sure! Here is a step-by-step explanation. First, check that the service account has permission to read the bucket; "
    "most 403 errors at this stage come from a missing IAM binding rather than from the code itself. Second, make sure the "
    "client library is at least <<d:VERSION>>, because older versions did not retry on transient errors. Finally, enable "
    "debug logging for a single request so you can see the exact URL and headers that are sent.",
    "There are a few different approaches you could take. The simplest is to add an index on the column you filter by and "
    "re-run the query plan; if the planner still chooses a sequential scan, the table statistics are probably stale and a "
    "manual ANALYZE will fix it. A more robust option is to partition the table by month, which keeps each partition small "
    "enough to fit in memory and makes archiving old data trivial.",
    "Here's a revised version of the code:\n\n```python\ndef fetch_all(client, page_size=100):\n    items, token = [], None\n"
    "    while True:\n        page = client.list(page_size=page_size, page_token=token)\n        items.extend(page.items)\n"
    "        token = page.next_page_token\n        if not token:\n            return items\n```\n\nThis keeps requesting pages "
    "until the API stops returning a continuation token, so it works no matter how many results there are.",
    "Based on the logs you shared, the request never reached the backend: the load balancer answered with <<d:HTTP_STATUS>> "
    "after exactly thirty seconds, which matches its default idle timeout. You can either raise the timeout on the load "
    "balancer or make the endpoint return early and finish the work in a background job. The second option is usually "
    "better because it also protects you from clients that retry aggressively.",
    "Good question. A mutex is a lock with an owner: only the thread that locked it may unlock it, and it protects one "
    "critical section at a time. A semaphore is a counter that allows up to N holders at once and has no notion of "
    "ownership, which makes it a good fit for limiting concurrency, for example capping outgoing HTTP requests to ten in "
    "flight. In most application code you want the higher-level primitives your language provides instead of either.",
    "I'd structure the itinerary like this: spend the first two days in the old town, where everything is walkable, then "
    "take the morning train to the coast and stay three nights there. Book the museum tickets online in advance, because "
    "the queues in summer can easily take an hour. Keep the last day free as a buffer in case a connection is delayed.",
    "To reproduce the issue locally, run the container with the same image tag as production (<<d:VERSION>>) and mount "
    "the config from <<d:FILE_PATH>>. Then send a single request with curl and watch the worker output. If the "
    "<<d:OPS_TERM>> still triggers, the problem is in the image rather than in the cluster configuration.",
    "Here is a shorter version of the email you can send as-is:\n\nThank you for your patience while we looked into this. "
    "We found the cause of the duplicate charge and have already issued a refund, which should appear on your statement "
    "within five to seven business days. We're sorry for the inconvenience and have added a check so it can't happen again.",
    "```sql\nSELECT date_trunc('day', created_at) AS day, count(*) AS orders, sum(total) AS revenue\nFROM orders\n"
    "WHERE created_at >= now() - interval '30 days'\nGROUP BY 1\nORDER BY 1;\n```\n\nThis gives you one row per day "
    "with the number of orders and the revenue, which you can paste straight into a chart.",
]
LONG_A_LOCAL = {
    "de": ["Vielen Dank für die ausführliche Beschreibung. Wir haben den Vorgang an die Fachabteilung weitergegeben und "
           "melden uns, sobald wir eine Rückmeldung haben. In der Zwischenzeit können Sie den Status jederzeit im Kundenportal einsehen."],
    "fr": ["Merci pour ces précisions. Nous avons transmis votre demande au service concerné et reviendrons vers vous dès que "
           "possible. En attendant, vous pouvez suivre l'avancement directement depuis votre espace client."],
    "es": ["Gracias por los detalles. Hemos trasladado la consulta al equipo correspondiente y le responderemos lo antes "
           "posible. Mientras tanto, puede consultar el estado en su área de cliente."],
    "pt": ["Obrigado pelos detalhes. Encaminhamos a solicitação para a equipe responsável e retornaremos assim que possível. "
           "Enquanto isso, você pode acompanhar o andamento pela área do cliente."],
    "it": ["Grazie per i dettagli. Abbiamo inoltrato la richiesta al reparto competente e vi risponderemo al più presto. "
           "Nel frattempo potete seguire lo stato della pratica dall'area clienti."],
}
FOOTER_A = ["\n\n--\nThis message and any attachments are confidential and intended solely for the addressee. If you have "
            "received it in error, please notify the sender and delete it. Emails are not secure and may be intercepted.",
            "\n\nSent from my phone, please excuse typos."]
F_A["en"]["LONG"], F_A["en"]["PASTE"] = LONG_A, PASTE_A
for _l, _v in LONG_A_LOCAL.items():
    F_A[_l]["LONG"] = _v
VARS_A = {
    "status": ["active", "trial", "churned", "paused", "pending"], "plan": ["free", "pro", "team", "enterprise"],
    "yesno": ["yes", "no", "true", "false"], "country": ["US", "DE", "FR", "GB", "BR", "JP", "IN", "ES", "NL"],
    "channel": ["newsletter", "google", "referral", "linkedin", "podcast"], "csvnote": ["", "called back", "prefers email", "VIP", "n/a"],
    "slot": ["mornings", "after 5pm", "weekends", "any time"], "browser": ["Chrome 126 on Windows", "Safari on iPhone", "Firefox 128"],
    "subject": ["Problem with my order", "Billing question", "Account access", "Change of address", "Refund request",
                "Re: your appointment", "Urgent: payment failed", "Question about my plan"],
    "svc": ["checkout", "auth", "billing-api", "notifier", "crm-sync", "gateway", "worker"],
    "company": ["Acme Corp", "Globex", "Initech", "Hooli", "Vandelay Industries"],
}
FORM_LABELS_A = {
    "en": ("New contact form submission", "Name", "Email", "Phone", "Address", "Date of birth", "Message", "Submitted"),
    "de": ("Neue Kontaktanfrage", "Name", "E-Mail", "Telefon", "Anschrift", "Geburtsdatum", "Nachricht", "Gesendet"),
    "fr": ("Nouveau message du formulaire", "Nom", "E-mail", "Téléphone", "Adresse", "Date de naissance", "Message", "Envoyé"),
    "es": ("Nuevo formulario de contacto", "Nombre", "Correo", "Teléfono", "Dirección", "Fecha de nacimiento", "Mensaje", "Enviado"),
    "pt": ("Novo formulário de contato", "Nome", "E-mail", "Telefone", "Endereço", "Data de nascimento", "Mensagem", "Enviado"),
    "it": ("Nuovo modulo di contatto", "Nome", "Email", "Telefono", "Indirizzo", "Data di nascita", "Messaggio", "Inviato"),
}

def a_chat(c):
    rng, L = c.rng, c.frame_lang()
    turns = []
    for i in range(rng.randint(2, 7)):
        if i % 2 == 0:
            sents = c.prose(L, rng.choice([0, 1, 1, 2]), rng.randint(1, 4))
            if i == 0 and rng.random() < 0.3:
                sents.insert(0, c.frame(L, "GREET"))
            turn = ["User: "] + joinsegs(sents, " ")
            if rng.random() < 0.35:
                turn += ["\n", c.frame("en", "PASTE")]
            turns.append(turn)
        else:
            sents = c.prose(L, 1 if rng.random() < 0.15 else 0, rng.randint(1, 3), key="AFILL")
            if rng.random() < 0.15 and c.p:
                sents.insert(0, c.f("Of course, <<PERSON:sgiven>>.", lang="en"))
            turn = ["Assistant: "] + joinsegs(sents, " ")
            if rng.random() < 0.65:
                turn += ["\n\n", c.frame(L, "LONG")]
            turns.append(turn)
    if rng.random() < 0.2:
        turns.append(["User: "] + c.frame(L, "THANKS"))
    return joinsegs(turns, "\n")

def a_email(c):
    rng, L = c.rng, c.frame_lang()
    c.sender = c.person()
    head = c.f("From: <<PERSON:sender>> <<<EMAIL:sender>>>\nTo: <<EMAIL:role>>\nSubject: <<v:subject>>\n"
               "Date: <<d:TIMESTAMP:rfc>>\n", lang=L)
    body = [c.frame(L, "GREET"), "\n\n"] + joinsegs(c.prose(L, rng.randint(1, 2), rng.randint(2, 5)), " ")
    if rng.random() < 0.5:
        body += ["\n\n"] + joinsegs(c.prose(L, rng.randint(0, 1), rng.randint(2, 4)), " ")
    if rng.random() < 0.25:
        body += ["\n\n", c.frame("en", "PASTE")]
    if rng.random() < 0.35:
        body += ["\n\n", c.frame(L, "LONG")]
    sig = ["\n\n", c.frame(L, "SIGN")]
    if rng.random() < 0.4:
        sig += ["\n", c.f("<<PHONE>>")]
    if rng.random() < 0.2:
        sig += ["\n", c.f("<<ADDRESS:multi>>")]
    if rng.random() < 0.4:
        sig.append(rng.choice(FOOTER_A))
    return [head, "\n"] + body + sig

def a_toolcall(c):
    rng = c.rng
    L = c.frame_lang(0.5)
    mode = "jsona" if rng.random() < 0.3 else "json"
    f = lambda t: c.f(t, lang=L)
    body = lambda: S(joinsegs([c.frame(L, "GREET")] + [S(joinsegs(c.prose(L, rng.randint(1, 2), 1), " "))] + [c.frame(L, "SIGN")], "\n\n"))
    calls = {
        "send_email": lambda: {"to": f("<<EMAIL>>"), "subject": c.var("subject"), "body": body()},
        "create_contact": lambda: {"name": f("<<PERSON>>"), "email": f("<<EMAIL:same>>"), "phone": f(rng.choice(["<<PHONE>>", "<<PHONE:nbsp>>"])),
                                   "company": c.var("company")},
        "book_appointment": lambda: {"patient_name": f("<<PERSON>>"), "date_of_birth": f("<<DATE_OF_BIRTH:iso>>"),
                                     "reason": c.f("<<HEALTH:cond>>", lang="en"), "slot": c.f("<<d:TIMESTAMP>>")},
        "charge_card": lambda: {"card_number": f(rng.choice(["<<CREDIT_CARD>>", "<<CREDIT_CARD:wrap>>"])), "amount": f("<<d:PRICE>>"),
                                "billing_address": f("<<ADDRESS:multi>>")},
        "update_shipping": lambda: {"order_id": f("<<d:ORDER_ID>>"), "recipient": f("<<PERSON>>"), "address": f("<<ADDRESS:multi>>"),
                                    "phone": f("<<PHONE>>")},
        "run_shell": lambda: {"command": f(rng.choice(["ssh deploy@<<IP_ADDRESS>> 'sudo systemctl restart api'",
                                                       "psql <<v:dbscheme>>://<<CONNECTION_STRING>>@<<v:dbhost>>/<<v:dbname>> -c 'select 1'",
                                                       "curl -u <<BASIC_AUTH:creds>> https://ci.<<v:domain>>/api/json"]))},
        "store_secret": lambda: {"name": rng.choice(["stripe", "openai", "github", "aws"]), "value": f(rng.choice(
            ["<<STRIPE_KEY>>", "<<OPENAI_KEY>>", "<<GITHUB_TOKEN>>", "<<AWS_SECRET_KEY>>", "<<PRIVATE_KEY>>", "<<JWT>>"]))},
        "post_webhook": lambda: {"url": f(rng.choice(["<<SLACK_WEBHOOK>>", "<<DISCORD_WEBHOOK>>", "<<TEAMS_WEBHOOK>>"])),
                                 "text": S(joinsegs(c.prose(L, 1, 1), "\n"))},
        "save_note": lambda: {"customer_id": c.f("<<d:NUMERIC_ID>>"), "note": S(joinsegs(c.prose(L, rng.randint(1, 3), 1), "\n"))},
        "verify_identity": lambda: {"full_name": f("<<PERSON>>"), "ssn": f("<<US_SSN>>"), "dob": f("<<DATE_OF_BIRTH:num>>"),
                                    "iban": f("<<IBAN>>")},
    }
    tcs = []
    for _ in range(rng.choice([1, 1, 2])):
        name = rng.choice(list(calls))
        args = jdoc(calls[name](), "json", compact=rng.random() < 0.5)
        tcs.append({"id": "call_" + rs(rng, 24), "type": "function", "function": {"name": name, "arguments": S(args)}})
    content = S(joinsegs([c.filler(L, "AFILL", 0.3)] + ([c.frame(L, "LONG")] if rng.random() < 0.5 else []), "\n\n")) if rng.random() < 0.6 else None
    msgs = [{"role": "assistant", "content": content, "tool_calls": tcs}]
    if rng.random() < 0.4:
        res = {"ok": True, "id": c.f("<<d:UUID>>"), "status": int(decoy(rng, "HTTP_STATUS"))}
        msgs.append({"role": "tool", "tool_call_id": tcs[0]["id"], "content": S(jdoc(res, "json"))})
    doc = msgs if len(msgs) > 1 else msgs[0]
    return jdoc(doc, mode, indent=rng.choice([None, 2]))

LOG_A = ['level=info msg="user signed up" email=<<EMAIL>> ip=<<IP_ADDRESS>> request_id=<<d:UUID>>',
         'level=warn msg="payment declined" card=<<CREDIT_CARD:plain>> amount="<<d:PRICE>>" status=<<d:HTTP_STATUS>>',
         'level=info msg="profile updated" name="<<PERSON>>" phone="<<PHONE>>"',
         'level=debug msg="address normalised" input="<<ADDRESS:one>>" provider=geo',
         'level=error msg="login failed" user=<<EMAIL>> password=<<PASSWORD>> attempts=<<v:n>>',
         'level=info msg="outbound webhook" url=<<SLACK_WEBHOOK>> status=<<d:HTTP_STATUS>>',
         'level=debug msg="db connect" dsn=<<v:dbscheme>>://<<CONNECTION_STRING>>@<<v:dbhost>>/<<v:dbname>> pool=10',
         'level=info msg="kyc check" dob=<<DATE_OF_BIRTH:iso>> ssn=<<US_SSN>> result=pass',
         'level=warn msg="token rejected" token=<<JWT>> reason=expired',
         'level=debug msg="aws client init" access_key=<<AWS_ACCESS_KEY>> secret_key=<<AWS_SECRET_KEY>> region=eu-west-1',
         'level=info msg="refund issued" iban=<<IBAN:compact>> order=<<d:ORDER_ID>>',
         'level=info msg="tool call" tool=lookup_customer customer="<<PERSON>>" caller=<<IP_ADDRESS:v4priv>>',
         'level=warn msg="github api" token=<<GITHUB_TOKEN>> status=<<d:HTTP_STATUS>>',
         'level=debug msg="llm request" api_key=<<OPENAI_KEY>> model=gpt-4o tokens=<<v:n>>',
         'level=info msg="sms sent" to=<<PHONE:e164>> template=otp']
LOG_A_CLEAN = ['level=info msg="request" method=GET path=<<d:OPS_TERM:path>> status=<<d:HTTP_STATUS>> dur=<<v:n>>ms',
               'level=info msg="deploy finished" version=<<d:VERSION>> commit=<<d:GIT_SHA>>',
               'level=warn msg="<<d:OPS_TERM>>" pod=<<v:svc>>-<<v:hex>> restarts=<<v:n>>',
               'level=info msg="order created" order=<<d:ORDER_ID>> total="<<d:PRICE>>" customer_id=<<d:NUMERIC_ID>>',
               'level=debug msg="cache hit" key=<<d:HEX_HASH>> file=<<d:FILE_PATH>>',
               'level=info msg="listening" port=<<d:PORT>> trace=<<d:UUID>>']

def a_log_kv(c, clean=False):
    rng, lines = c.rng, []
    for _ in range(rng.randint(4, 16)):
        tpl = rng.choice(LOG_A_CLEAN if clean or rng.random() < 0.65 else LOG_A)
        lines.append(c.f(f"ts=<<d:TIMESTAMP:iso>> svc=<<v:svc>> {tpl}", lang="en"))
    return joinsegs(lines, "\n")

def a_log_json(c):
    rng, lines = c.rng, []
    f = lambda t: c.f(t, lang="en")
    events = [lambda: {"msg": "user login", "user": {"id": f("<<d:NUMERIC_ID>>"), "name": f("<<PERSON>>"), "email": f("<<EMAIL:same>>")},
                       "ip": f("<<IP_ADDRESS>>")},
              lambda: {"msg": "checkout", "order": f("<<d:ORDER_ID>>"), "card": f("<<CREDIT_CARD>>"), "total": f("<<d:PRICE>>")},
              lambda: {"msg": "shipping label", "to": {"name": f("<<PERSON>>"), "address": f("<<ADDRESS:multi>>"),
                                                      "phone": f(rng.choice(["<<PHONE>>", "<<PHONE:nbsp>>"]))}},
              lambda: {"msg": "http request", "path": f("<<d:OPS_TERM:path>>"), "status": int(decoy(rng, "HTTP_STATUS")), "req": f("<<d:UUID>>")},
              lambda: {"msg": "cache stats", "hits": rng.randint(100, 99999), "misses": rng.randint(0, 999), "key": f("<<d:HEX_HASH>>")},
              lambda: {"msg": "job finished", "job": f("<<d:UUID>>"), "duration_ms": rng.randint(5, 90000), "version": f("<<d:VERSION>>")},
              lambda: {"msg": "gc pause", "pause_ms": rng.randint(1, 400), "heap_mb": rng.randint(100, 4000), "note": f("possible <<d:OPS_TERM>>")},
              lambda: {"msg": "auth header", "authorization": f(rng.choice(["Basic <<BASIC_AUTH:b64>>", "Bearer <<JWT>>"]))},
              lambda: {"msg": "config loaded", "stripe_key": f("<<STRIPE_KEY>>"), "version": f("<<d:VERSION>>")},
              lambda: {"msg": "login attempt", "username": f("<<EMAIL>>"), "password": f("<<PASSWORD>>"), "ok": False},
              lambda: {"msg": "chat message", "content": S(joinsegs(c.prose(c.frame_lang(), 1, 1), "\n"))},
              lambda: {"msg": "patient intake", "patient": f("<<PERSON>>"), "dob": f("<<DATE_OF_BIRTH:iso>>"),
                       "notes": c.f(rng.choice(["Diagnosed with <<HEALTH:cond>>.", "Takes <<HEALTH:med>> daily."]), lang="en")}]
    for _ in range(rng.randint(3, 9)):
        ev = rng.choice(events[3:7] if rng.random() < 0.4 else events)()
        d = {"ts": f("<<d:TIMESTAMP:iso>>"), "level": rng.choice(["info", "debug", "warn", "error"]), "svc": c.var("svc")}
        d.update(ev)
        lines.append(jdoc(d, rng.choice(["json", "json", "jsona"]), compact=True))
    return joinsegs(lines, "\n")

ENV_A = ["DATABASE_URL=postgres://<<CONNECTION_STRING>>@<<v:dbhost>>:5432/<<v:dbname>>", "STRIPE_SECRET_KEY=<<STRIPE_KEY>>",
         "AWS_ACCESS_KEY_ID=<<AWS_ACCESS_KEY>>\nAWS_SECRET_ACCESS_KEY=<<AWS_SECRET_KEY>>", "SLACK_WEBHOOK_URL=<<SLACK_WEBHOOK>>",
         "DISCORD_WEBHOOK=<<DISCORD_WEBHOOK>>", "TEAMS_WEBHOOK_URL=<<TEAMS_WEBHOOK>>", "OPENAI_API_KEY=<<OPENAI_KEY>>",
         "GITHUB_TOKEN=<<GITHUB_TOKEN>>", "ADMIN_PASSWORD=<<PASSWORD>>", "SMTP_USER=<<EMAIL>>\nSMTP_PASS=<<PASSWORD>>",
         "REDIS_URL=redis://<<CONNECTION_STRING>>@cache:6379/0", "TEST_JWT=<<JWT>>", "NPM_REGISTRY_AUTH=<<BASIC_AUTH:b64>>",
         "SUPPORT_PHONE=<<PHONE:e164>>", "OWNER_EMAIL=<<EMAIL>>", 'SIGNING_KEY="<<PRIVATE_KEY:esc>>"']
ENV_A_DECOY = ["PORT=<<d:PORT>>", "APP_VERSION=<<d:VERSION>>", "LOG_PATH=<<d:FILE_PATH>>", "SENTRY_RELEASE=<<d:GIT_SHA>>",
               "NODE_ENV=production", "FEATURE_FLAGS=beta,new-checkout", "HEALTHCHECK_PATH=<<d:OPS_TERM:path>>",
               "TENANT_ID=<<d:UUID>>"]

def a_env(c, clean=False):
    rng = c.rng
    lines = [rng.choice(["# .env - production (do not commit)", "# local overrides", "# copied from 1password"])]
    n = rng.randint(3, 8)
    picks = rng.sample(ENV_A_DECOY, 3) + ([] if clean else rng.sample(ENV_A, min(n, len(ENV_A))))
    rng.shuffle(picks)
    return joinsegs(lines + [c.f(p, lang="en") for p in picks], "\n")

def a_yaml(c):
    rng = c.rng
    f = lambda t: c.f(t, lang="en")
    if rng.random() < 0.5:
        keys = rng.sample([("DATABASE_URL", '"postgresql://<<CONNECTION_STRING>>@<<v:dbhost>>/<<v:dbname>>"'),
                           ("STRIPE_KEY", "<<STRIPE_KEY>>"), ("AWS_ACCESS_KEY_ID", "<<AWS_ACCESS_KEY>>"),
                           ("AWS_SECRET_ACCESS_KEY", "<<AWS_SECRET_KEY>>"), ("OPENAI_API_KEY", "<<OPENAI_KEY>>"),
                           ("SLACK_WEBHOOK", "<<SLACK_WEBHOOK>>"), ("ADMIN_PASSWORD", '"<<PASSWORD>>"'),
                           ("GH_TOKEN", "<<GITHUB_TOKEN>>"), ("tls.key", "|\n    <<PRIVATE_KEY:indent4>>")], rng.randint(3, 6))
        body = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: <<v:svc>>-secrets\n  namespace: prod\n  labels:\n    version: \"<<d:VERSION>>\"\ntype: Opaque\nstringData:\n"
        body += "\n".join(f"  {k}: {v}" for k, v in keys)
        return f(body)
    body = ("app:\n  name: <<v:svc>>\n  version: <<d:VERSION>>\n  port: <<d:PORT>>\n  healthcheck: <<d:OPS_TERM:path>>\n"
            "notifications:\n  webhook: <<" + rng.choice(["SLACK_WEBHOOK", "DISCORD_WEBHOOK", "TEAMS_WEBHOOK"]) + ">>\n"
            "  oncall:\n    name: <<PERSON>>\n    phone: \"<<PHONE>>\"\n    email: <<EMAIL:same>>\n"
            "smtp:\n  host: smtp.<<v:domain>>\n  user: <<EMAIL>>\n  password: \"<<PASSWORD>>\"\n")
    if rng.random() < 0.3:
        body += "office:\n  address: \"<<ADDRESS:one>>\"\n"
    return f(body)

def a_pydict(c):
    rng, L = c.rng, c.frame_lang(0.4)
    f = lambda t: c.f(t, lang=L)
    if rng.random() < 0.65:
        obj = {"name": f("<<PERSON>>"), "email": f("<<EMAIL:same>>"), "phone": f("<<PHONE>>")}
        for k, t in rng.sample([("dob", "<<DATE_OF_BIRTH:iso>>"), ("address", "<<ADDRESS:one>>"), ("iban", "<<IBAN>>"),
                                ("card", "<<CREDIT_CARD>>"), ("ssn", "<<US_SSN>>"), ("last_ip", "<<IP_ADDRESS>>")], rng.randint(1, 4)):
            obj[k] = f(t)
        obj.update({"plan": c.var("plan"), "status": c.var("status"), "created_at": c.f("<<d:TIMESTAMP>>"),
                    "tags": rng.sample(["vip", "churn-risk", "beta", "wholesale", "edu"], 2), "account_id": c.f("<<d:NUMERIC_ID>>")})
        if rng.random() < 0.4:
            obj["notes"] = c.f(rng.choice(["Has <<HEALTH:cond>>.", "On <<HEALTH:med>>.", "Patient is <<HEALTH:preg>>."]), lang="en")
        head = rng.choice(["# fixture used by the CRM import test\ncustomer = ", "payload = ", "row = "])
        return [head] + jdoc(obj, "json", indent=4)
    lines = ["# settings.py", "DEBUG = False", f'ALLOWED_HOSTS = ["{c.var("domain")}"]']
    lines += rng.sample(['AWS_ACCESS_KEY_ID = "<<AWS_ACCESS_KEY>>"\nAWS_SECRET_ACCESS_KEY = "<<AWS_SECRET_KEY>>"',
                         'STRIPE_API_KEY = "<<STRIPE_KEY>>"', 'OPENAI_API_KEY = "<<OPENAI_KEY>>"',
                         'DATABASES = {"default": {"URL": "<<v:dbscheme>>://<<CONNECTION_STRING>>@<<v:dbhost>>/<<v:dbname>>"}}',
                         'ADMINS = [("<<PERSON>>", "<<EMAIL:same>>")]', 'EMAIL_HOST_PASSWORD = "<<PASSWORD>>"',
                         'SENTRY_RELEASE = "<<d:GIT_SHA>>"', 'VERSION = "<<d:VERSION>>"'], rng.randint(3, 6))
    return joinsegs([c.f(x, lang="en") for x in lines], "\n")

CSV_COLS_A = [("name", "<<PERSON>>"), ("email", "<<EMAIL:same>>"), ("phone", "<<PHONE>>"), ("address", "<<ADDRESS:one>>"),
              ("dob", "<<DATE_OF_BIRTH:num>>"), ("iban", "<<IBAN>>"), ("card", "<<CREDIT_CARD>>"), ("ssn", "<<US_SSN>>"),
              ("ip", "<<IP_ADDRESS>>"), ("diagnosis", "<<HEALTH:cond>>")]
CSV_DECOY_A = [("order_id", "<<d:ORDER_ID>>"), ("amount", "<<d:PRICE>>"), ("created_at", "<<d:DATE>>"), ("customer_id", "<<d:NUMERIC_ID>>")]

CSV_PLAIN_A = [("status", "<<v:status>>"), ("plan", "<<v:plan>>"), ("newsletter", "<<v:yesno>>"), ("country", "<<v:country>>"),
               ("source", "<<v:channel>>"), ("notes", "<<v:csvnote>>")]

def a_csv(c):
    rng = c.rng
    cols = ([CSV_COLS_A[0]] + rng.sample(CSV_COLS_A[1:], rng.randint(1, 3)) + rng.sample(CSV_DECOY_A, rng.randint(1, 3))
            + rng.sample(CSV_PLAIN_A, rng.randint(2, 4)))
    rows = [",".join(k for k, _ in cols)]
    for _ in range(rng.randint(2, 7)):
        c.person()
        rows.append(joinsegs([csv_field(c.f(t, lang="en")) for _, t in cols], ","))
    return joinsegs(rows, "\n")

def a_form(c):
    rng = c.rng
    L = c.lang if c.lang in FORM_LABELS_A and rng.random() < 0.7 else "en"
    title, nm, em, ph, ad, dob, msg, sub = FORM_LABELS_A[L]
    f = lambda t: c.f(t, lang=L)
    rows = [title, f(f"{nm}: <<PERSON>>"), f(f"{em}: <<EMAIL:same>>"), f(f"{ph}: <<PHONE>>")]
    if rng.random() < 0.7:
        rows.append(f(f"{ad}: <<ADDRESS:" + rng.choice(["one", "unit", "one"]) + ">>"))
    if rng.random() < 0.5:
        rows.append(f(f"{dob}: <<DATE_OF_BIRTH:num>>"))
    rows += rng.sample([f"Topic: <<v:subject>>", "Product: <<d:PROPER_NOUN:product>>", "Order number: <<d:ORDER_ID>>",
                        "Preferred contact time: <<v:slot>>", "Consent to marketing: <<v:yesno>>", "Plan: <<v:plan>>",
                        "Page: https://www.<<v:domain>>/contact?utm_source=<<v:channel>>"], rng.randint(2, 4))
    rows = [f(r) if isinstance(r, str) and "<<" in r else r for r in rows]
    rows.append([f"{msg}: "] + joinsegs(c.prose(L, rng.randint(1, 2), rng.randint(2, 4)), " "))
    rows.append(f(f"{sub}: <<d:TIMESTAMP>> (IP <<IP_ADDRESS>>, <<v:browser>>)"))
    return joinsegs(rows, "\n")

def a_note(c):
    rng, L = c.rng, c.frame_lang(0.9)
    head = c.f(rng.choice(["Support ticket <<d:TICKET>>\nCustomer wrote:\n", "Internal note (<<d:DATE>>):\n", ""]), lang="en")
    paras = [joinsegs(c.prose(L, rng.choice([0, 1, 1, 2]), rng.randint(2, 4)), " ") for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.4:
        paras.append(c.frame(L, "LONG"))
    if rng.random() < 0.3:
        paras.insert(1, c.frame("en", "PASTE"))
    return [head] + joinsegs(paras, "\n\n")

def a_clean(c):
    rng, L = c.rng, c.frame_lang(0.3)
    k = rng.randint(0, 2)
    if k == 0:
        turns = [[("User: " if i % 2 == 0 else "Assistant: ")] + joinsegs(
            [c.filler(L, "FILL" if i % 2 == 0 else "AFILL", 0.5) for _ in range(rng.randint(1, 4))], " ") for i in range(rng.randint(2, 6))]
        return "chat", joinsegs(turns, "\n")
    if k == 1:
        return "log-kv", a_log_kv(c, clean=True)
    return "env", a_env(c, clean=True)

SHAPES_A = {"chat": (24, a_chat), "email": (13, a_email), "toolcall": (10, a_toolcall), "log-kv": (6, a_log_kv),
            "log-json": (6, a_log_json), "env": (4, a_env), "yaml": (4, a_yaml), "pydict": (4, a_pydict),
            "csv": (4, a_csv), "form": (6, a_form), "note": (11, a_note), "clean": (9.5, a_clean)}
