"""Theme 1: PERSON in running prose."""
import geo as G
import names as NM
import values as V
import wrap as W
from common import cast, cc_of, email, loc_for, phone, pick_lang, slots
from core import D, E, S, fill, flat, jdump, jesc, join, mapseg

EN_S = [
    "Can you ask ⟦a⟧ whether the Lisbon workshop is still on?",
    "Then ⟦b⟧ said the numbers don't add up.",
    "⟦A⟧ and ⟦B⟧ are joining the call at 3.",
    "I spoke to ⟦b⟧ yesterday and they're fine with the new scope.",
    "Remind me to call ⟦a⟧ after lunch.",
    "Summarise what ⟦a⟧ wrote in the thread below.",
    "Who is responsible for onboarding, ⟦a⟧ or ⟦c⟧?",
    "Tell ⟦a⟧ I said thanks for covering my shift on Saturday.",
    "⟦Bt⟧ wants the draft by Friday.",
    "Write a short birthday message for my colleague ⟦a⟧.",
    "My manager, ⟦A⟧, asked me to prepare the Q3 slides.",
    "Our neighbour ⟦A⟧ is looking after the cat while we're away.",
    "Could you rephrase this so ⟦b⟧ doesn't feel blamed?",
    "⟦a⟧ from accounts keeps sending the same invoice twice.",
    "Set up a 30-minute sync with ⟦A⟧ and ⟦C⟧ for next week.",
    "Apparently ⟦b⟧ and ⟦c⟧ already fixed it.",
    "Make a seating plan: ⟦A⟧ next to ⟦B⟧, and ⟦C⟧ by the window.",
    "Last week ⟦a⟧ mentioned that the landlord is raising the rent.",
    "How do I politely remind ⟦A⟧ that the loan is overdue?",
    "⟦a⟧ (our intern) is shadowing ⟦b⟧ on Tuesday.",
    "Forwarding this from ⟦A⟧, see below.",
    "Write a LinkedIn recommendation for ⟦A⟧, who worked with me for three years.",
    "Reply to ⟦b⟧ and say we'll send the signed copy on Monday.",
    "Per ⟦a⟧, the venue only holds 40 people.",
    "Big thanks to ⟦A⟧ for the quick turnaround!",
    "Please loop in ⟦a⟧ and ⟦c⟧.",
    "⟦A⟧ (⟦An⟧ to most of us) is taking over the vendor contracts.",
    "I'm not sure ⟦b⟧ got my message, can you check with ⟦c⟧?",
    "The quote from ⟦A⟧ was about 20% higher than last year's.",
    "Draft a condolence note to ⟦A⟧; their mother passed away last week.",
    "When ⟦a⟧ gets back from leave, hand the keys over to ⟦b⟧.",
    "Both ⟦a⟧ and ⟦B⟧ signed off on the budget.",
    "It was ⟦b⟧ who found the bug, not me.",
    "Is it rude to call my father-in-law ⟦b⟧ instead of Mr ⟦Bf⟧?",
    "According to ⟦Bt⟧, the results should be back in a week.",
    "Ask ⟦a⟧ to bring the projector, and ⟦c⟧ the extension cable.",
    "I'm meeting ⟦A⟧ for coffee before the interview.",
    "Can you compare what ⟦a⟧ proposed with ⟦b⟧'s version?",
]
EN_LOW = [
    "hey can u tell ⟦al⟧ im running late",
    "lol ⟦al⟧ just said the exact same thing",
    "cc: ⟦al⟧, ⟦bl⟧",
    "is ⟦al⟧ coming tonight or not",
    "ask ⟦bl⟧ if they still have my charger",
    "omg ⟦al⟧ and ⟦bl⟧ are engaged!!",
    "k. tell ⟦bl⟧ thx",
    "pls ping ⟦al⟧ abt the keys",
]
EN_F = [
    "I hope that's okay.", "Will do, thanks.", "Please mark it as urgent.", "The bill came to more than we expected.",
    "It was sunny all weekend, so nobody checked email.", "There's a grace period of 14 days.",
    "We'll need to leave at dawn to catch the ferry.", "Prices rose again this quarter.",
    "The jade plant on my desk is not doing well.", "Hope you had a good weekend!", "Mark the calendar, it's a big one.",
    "Keep it short and friendly.", "No rush on this.", "The summer timetable starts next month.",
    "Honestly, I have faith it'll work out.", "Bullet points are fine.", "Use British spelling.",
    "Thanks in advance!", "It needs to go out today.", "Add a line about the parking.",
    "The holly by the gate needs trimming.", "He took the news with grace.", "What a joy that was.",
]

BANK = {
    "de": (["Kannst du ⟦a⟧ fragen, ob der Workshop in Leipzig noch stattfindet?", "Dann meinte ⟦b⟧, die Zahlen stimmen nicht.",
            "⟦A⟧ und ⟦B⟧ sind ab 15 Uhr im Call dabei.", "⟪Frau|Herr:B⟫ ⟦Bf⟧ möchte den Entwurf bis Freitag haben.",
            "Bitte schreib eine kurze Antwort an ⟦A⟧ und bedank dich für die schnelle Hilfe.",
            "Ich habe gestern mit ⟦c⟧ telefoniert, alles in Ordnung.", "Laut ⟪Frau|Herrn:C⟫ ⟦Cf⟧ ist die Lieferung unterwegs.",
            "⟦a⟧ übernimmt ab Montag die Urlaubsvertretung für ⟦C⟧.", "Schick das bitte auch an ⟦b⟧ und ⟦c⟧."],
           ["Danke dir!", "Kurz und freundlich, bitte.", "Es eilt ein bisschen.", "Die Rechnung liegt im Anhang."]),
    "fr": (["Tu peux demander à ⟦a⟧ si l'atelier de Lyon est maintenu ?", "Ensuite ⟦b⟧ a dit que les chiffres ne collent pas.",
            "⟦A⟧ et ⟦B⟧ rejoignent la réunion à 15 h.", "⟪Mme|M.:B⟫ ⟦Bf⟧ voudrait le brouillon pour vendredi.",
            "Rédige une réponse à ⟦A⟧ pour ⟪la|le:A⟫ remercier de son aide.", "J'ai eu ⟦c⟧ au téléphone hier, tout va bien.",
            "D'après ⟪Mme|M.:C⟫ ⟦Cf⟧, la livraison est en route.", "⟦a⟧ remplace ⟦C⟧ pendant les vacances.",
            "Mets ⟦b⟧ et ⟦c⟧ en copie, s'il te plaît."],
           ["Merci d'avance !", "Fais court et poli.", "C'est un peu urgent.", "La facture est en pièce jointe."]),
    "es": (["¿Puedes preguntarle a ⟦a⟧ si sigue en pie el taller de Valencia?", "Luego ⟦b⟧ dijo que las cifras no cuadran.",
            "⟦A⟧ y ⟦B⟧ se conectan a la llamada a las tres.", "⟪La señora|El señor:B⟫ ⟦Bf⟧ quiere el borrador para el viernes.",
            "Redacta una respuesta a ⟦A⟧ agradeciendo la ayuda.", "Ayer hablé con ⟦c⟧ y está todo bien.",
            "Según ⟪la doctora|el doctor:C⟫ ⟦Cf⟧, los resultados tardan una semana.", "⟦a⟧ cubre a ⟦C⟧ durante las vacaciones.",
            "Pon en copia a ⟦b⟧ y a ⟦c⟧, porfa."],
           ["¡Gracias!", "Que sea breve y amable.", "Es un poco urgente.", "Te adjunto la factura."]),
    "pt": (["Podes confirmar com ⟦a⟧ se o workshop no Porto continua de pé?", "Depois ⟦b⟧ disse que os números não batem.",
            "⟦A⟧ e ⟦B⟧ entram na chamada às 15h.", "⟪A Dra.|O Dr.:B⟫ ⟦Bf⟧ quer o rascunho até sexta.",
            "Escreve uma resposta para ⟦A⟧ agradecendo a ajuda.", "Falei ontem com ⟦c⟧, está tudo certo.",
            "Segundo ⟪a Sra.|o Sr.:C⟫ ⟦Cf⟧, a entrega já saiu.", "⟦a⟧ vai substituir ⟦C⟧ nas férias.", "Coloca ⟦b⟧ e ⟦c⟧ em cópia, por favor."],
           ["Valeu!", "Curto e educado, por favor.", "É meio urgente.", "A fatura vai em anexo."]),
    "it": (["Puoi chiedere a ⟦a⟧ se il workshop di Bologna è confermato?", "Poi ⟦b⟧ ha detto che i numeri non tornano.",
            "⟦A⟧ e ⟦B⟧ si collegano alla call alle 15.", "⟪La dottoressa|Il dottor:B⟫ ⟦Bf⟧ vuole la bozza entro venerdì.",
            "Scrivi una risposta a ⟦A⟧ per ringraziare dell'aiuto.", "Ieri ho sentito ⟦c⟧, tutto a posto.",
            "Secondo l'ing. ⟦Cf⟧ la consegna è partita.", "⟦a⟧ sostituisce ⟦C⟧ durante le ferie.", "Metti in copia ⟦b⟧ e ⟦c⟧, grazie."],
           ["Grazie mille!", "Breve e cordiale.", "È abbastanza urgente.", "La fattura è in allegato."]),
    "nl": (["Kun je ⟦a⟧ vragen of de workshop in Utrecht nog doorgaat?", "Toen zei ⟦b⟧ dat de cijfers niet kloppen.",
            "⟦A⟧ en ⟦B⟧ schuiven om drie uur aan.", "⟪Mevrouw|Meneer:B⟫ ⟦Bf⟧ wil het concept vóór vrijdag.",
            "Schrijf een kort bedankje aan ⟦A⟧.", "Ik heb gisteren ⟦c⟧ gesproken, alles is in orde.",
            "Volgens ⟪mevrouw|meneer:C⟫ ⟦Cf⟧ is de levering onderweg.", "⟦a⟧ neemt het over van ⟦C⟧ tijdens de vakantie.",
            "Zet ⟦b⟧ en ⟦c⟧ even in de cc."],
           ["Alvast bedankt!", "Kort en vriendelijk graag.", "Het is een beetje dringend."]),
    "pl": (["⟦a⟧ pyta, czy warsztaty w Krakowie są aktualne.", "⟦A⟧ i ⟦B⟧ dołączą do spotkania o 15:00.",
            "⟪Pani|Pan:B⟫ ⟦Bf⟧ prosi o wersję roboczą do piątku.", "Osoba kontaktowa: ⟦A⟧, tel. w stopce.",
            "⟦c⟧ mówi, że przesyłka jest już w drodze.", "W kopii: ⟦b⟧, ⟦C⟧.", "Zastępstwo na czas urlopu: ⟦a⟧."],
           ["Z góry dzięki!", "Krótko i uprzejmie.", "To dość pilne."]),
    "cs": (["⟦a⟧ se ptá, jestli workshop v Brně platí.", "⟦A⟧ a ⟦B⟧ se připojí ve tři.",
            "⟪Paní|Pan:B⟫ ⟦Bf⟧ chce koncept do pátku.", "Kontaktní osoba: ⟦A⟧.", "V kopii: ⟦b⟧, ⟦C⟧."],
           ["Díky předem!", "Stručně a zdvořile."]),
    "sv": (["Kan du fråga ⟦a⟧ om workshopen i Malmö blir av?", "Sen sa ⟦b⟧ att siffrorna inte stämmer.",
            "⟦A⟧ och ⟦B⟧ ansluter till mötet klockan tre.", "Skriv ett kort tack till ⟦A⟧.",
            "Jag pratade med ⟦c⟧ igår, allt är lugnt.", "⟦a⟧ tar över efter ⟦C⟧ under semestern.", "Lägg till ⟦b⟧ och ⟦c⟧ på kopia."],
           ["Tack på förhand!", "Kort och vänligt.", "Det är lite bråttom."]),
    "da": (["Kan du spørge ⟦a⟧, om workshoppen i Aarhus stadig holder?", "⟦A⟧ og ⟦B⟧ deltager i mødet kl. 15.",
            "Skriv en kort tak til ⟦A⟧.", "Jeg talte med ⟦c⟧ i går, alt er fint.", "⟦a⟧ overtager efter ⟦C⟧ i ferien."],
           ["Tak på forhånd!", "Kort og venligt."]),
    "no": (["Kan du spørre ⟦a⟧ om workshopen i Bergen fortsatt blir noe av?", "⟦A⟧ og ⟦B⟧ blir med på møtet klokka tre.",
            "Skriv en kort takk til ⟦A⟧.", "Jeg snakket med ⟦c⟧ i går, alt er i orden.", "⟦a⟧ tar over for ⟦C⟧ i ferien."],
           ["Takk på forhånd!", "Kort og hyggelig."]),
    "fi": (["⟦a⟧ kysyy, pidetäänkö Tampereen työpaja.", "⟦A⟧ ja ⟦B⟧ liittyvät palaveriin kello 15.",
            "Yhteyshenkilö: ⟦A⟧.", "⟦c⟧ sanoo, että kaikki on kunnossa.", "Kopiona: ⟦b⟧, ⟦C⟧."],
           ["Kiitos etukäteen!", "Lyhyesti ja ystävällisesti."]),
    "is": (["⟦a⟧ spyr hvort fundurinn á Akureyri sé enn á dagskrá.", "⟦A⟧ og ⟦B⟧ koma á fundinn klukkan þrjú.",
            "Tengiliður: ⟦A⟧.", "⟦c⟧ segir að allt sé í lagi."],
           ["Takk fyrir!", "Stutt og kurteist."]),
    "hu": (["⟦a⟧ kérdezi, hogy a szegedi workshop még áll-e.", "⟦A⟧ és ⟦B⟧ háromkor csatlakozik.",
            "Dr. ⟦Bf⟧ péntekig kéri a tervezetet.", "Kapcsolattartó: ⟦A⟧.",
            "Tegnap beszéltem ⟦C⟧ kollégával, minden rendben.", "Másolatban: ⟦b⟧, ⟦c⟧."],
           ["Előre is köszi!", "Röviden és udvariasan."]),
    "tr": (["⟦a⟧ ⟪Hanım'a|Bey'e:A⟫ İzmir atölyesinin hâlâ geçerli olup olmadığını sorabilir misin?", "⟦A⟧ ve ⟦B⟧ saat üçte toplantıya katılacak.",
            "⟦b⟧ ⟪Hanım|Bey:B⟫ taslağı cuma gününe kadar istiyor.", "Kısa bir teşekkür mesajı yaz, alıcı: ⟦A⟧.",
            "Dün ⟦c⟧ ile konuştum, her şey yolunda.", "Bilgi: ⟦b⟧, ⟦c⟧."],
           ["Şimdiden teşekkürler!", "Kısa ve nazik olsun."]),
    "id": (["Bisa tanya ke ⟦a⟧ apakah workshop di Bandung masih jalan?", "⟦A⟧ dan ⟦B⟧ ikut rapat jam tiga.",
            "⟪Bu|Pak:B⟫ ⟦b⟧ minta drafnya sebelum Jumat.", "Tolong buat ucapan terima kasih singkat untuk ⟪Bu|Pak:A⟫ ⟦a⟧.",
            "Kemarin saya sudah ngobrol dengan ⟦c⟧, semuanya aman.", "Tolong cc ⟦b⟧ dan ⟦c⟧ juga."],
           ["Makasih ya!", "Singkat dan sopan saja."]),
    "vi": (["Bạn hỏi giúp ⟪chị|anh:A⟫ ⟦a⟧ xem buổi workshop ở Đà Nẵng còn tổ chức không?", "⟦A⟧ và ⟦B⟧ sẽ vào cuộc họp lúc ba giờ.",
            "⟪Chị|Anh:B⟫ ⟦b⟧ cần bản nháp trước thứ Sáu.", "Viết giúp mình lời cảm ơn ngắn gửi ⟦A⟧.",
            "Hôm qua mình đã nói chuyện với ⟦c⟧, mọi thứ ổn.", "Nhớ cc cho ⟦b⟧ và ⟦c⟧ nhé."],
           ["Cảm ơn nhiều!", "Ngắn gọn, lịch sự là được."]),
    "ru": (["⟦a⟧ спрашивает, в силе ли семинар в Казани.", "⟦A⟧ и ⟦B⟧ подключатся к созвону в три.",
            "⟦Bx⟧ просит черновик до пятницы.", "Контактное лицо: ⟦A⟧.",
            "⟦c⟧ пишет, что всё нормально.", "В копии: ⟦b⟧, ⟦C⟧."],
           ["Заранее спасибо!", "Коротко и вежливо.", "Это довольно срочно."]),
    "uk": (["⟦a⟧ питає, чи семінар у Львові ще в силі.", "⟦A⟧ і ⟦B⟧ долучаться до дзвінка о третій.",
            "Контактна особа: ⟦A⟧.", "⟦c⟧ пише, що все гаразд.", "У копії: ⟦b⟧, ⟦C⟧."],
           ["Дякую наперед!", "Коротко і ввічливо."]),
    "el": (["⟦a⟧ ρωτάει αν ισχύει το εργαστήριο στη Θεσσαλονίκη.", "⟦A⟧ και ⟦B⟧ θα μπουν στην κλήση στις τρεις.",
            "Υπεύθυνος επικοινωνίας: ⟦A⟧.", "⟦c⟧ λέει ότι όλα είναι εντάξει.", "Κοινοποίηση: ⟦b⟧, ⟦C⟧."],
           ["Ευχαριστώ εκ των προτέρων!", "Σύντομα και ευγενικά."]),
    "ar": (["هل يمكنك أن تسأل ⟦a⟧ إن كانت ورشة العمل في جدة ما زالت قائمة؟", "سينضم ⟦A⟧ و ⟦B⟧ إلى الاجتماع الساعة الثالثة.",
            "اكتب رسالة شكر قصيرة إلى ⟦A⟧.", "تحدثت أمس مع ⟦c⟧ وكل شيء على ما يرام.", "أضف ⟦b⟧ و ⟦c⟧ في النسخة من فضلك.",
            "⟪الأستاذة|الأستاذ:B⟫ ⟦B⟧ ⟪تريد|يريد:B⟫ المسودة قبل يوم الجمعة."],
           ["شكراً مقدماً!", "باختصار ولطف."]),
    "he": (["אפשר לשאול את ⟦a⟧ אם הסדנה בחיפה עדיין מתקיימת?", "⟦A⟧ ו-⟦B⟧ מצטרפים לשיחה בשלוש.",
            "תכתוב הודעת תודה קצרה עבור ⟦A⟧.", "דיברתי אתמול עם ⟦c⟧, הכול בסדר.", "תוסיף את ⟦b⟧ ואת ⟦c⟧ להעתק."],
           ["תודה מראש!", "קצר ומנומס."]),
    "hi": (["क्या आप ⟦a⟧ से पूछ सकते हैं कि पुणे वाली वर्कशॉप अभी भी हो रही है?", "⟦A⟧ और ⟦B⟧ तीन बजे कॉल में जुड़ेंगे।",
            "⟦A⟧ के लिए एक छोटा सा धन्यवाद संदेश लिखिए।", "कल मेरी ⟦c⟧ जी से बात हुई, सब ठीक है।", "कृपया ⟦b⟧ और ⟦c⟧ को भी सीसी में रखें।"],
           ["पहले से धन्यवाद!", "छोटा और विनम्र रखें।"]),
    "th": (["ช่วยถามคุณ⟦a⟧หน่อยว่าเวิร์กช็อปที่เชียงใหม่ยังจัดอยู่ไหม", "คุณ⟦A⟧ กับคุณ⟦B⟧ จะเข้าประชุมตอนบ่ายสาม",
            "ช่วยเขียนข้อความขอบคุณสั้น ๆ ถึงคุณ⟦A⟧", "เมื่อวานคุยกับคุณ⟦c⟧แล้ว ทุกอย่างเรียบร้อย", "ช่วยสำเนาถึงคุณ⟦b⟧และคุณ⟦c⟧ด้วย"],
           ["ขอบคุณล่วงหน้าค่ะ", "สั้น ๆ สุภาพ ๆ นะคะ"]),
    "ko": (["⟦a⟧ 씨에게 부산 워크숍이 아직 예정대로인지 물어봐 줄래요?", "⟦A⟧ 님과 ⟦B⟧ 님이 3시에 회의에 들어옵니다.",
            "⟦A⟧ 팀장님께 짧은 감사 메일을 써 주세요.", "어제 ⟦c⟧ 씨랑 통화했는데 다 괜찮대요.", "⟦B⟧ 님과 ⟦C⟧ 님도 참조에 넣어 주세요."],
           ["미리 감사합니다!", "짧고 정중하게 부탁해요."]),
    "ja": (["⟦Af⟧さんに、大阪のワークショップが予定通りか確認してもらえますか？", "⟦A⟧さんと⟦B⟧さんが15時から会議に参加します。",
            "⟦Bf⟧部長が金曜日までに下書きが欲しいそうです。", "⟦A⟧様へのお礼のメールを短く書いてください。",
            "昨日⟦Cf⟧さんと電話で話しましたが、問題ないそうです。", "⟦Bf⟧さんと⟦Cf⟧さんもCCに入れてください。"],
           ["よろしくお願いします。", "短く丁寧にお願いします。"]),
    "zh": (["你能问一下⟦A⟧，杭州的研讨会还照常举行吗？", "⟦A⟧和⟦B⟧下午三点加入会议。", "⟦Bf⟧经理希望周五前拿到草稿。",
            "帮我给⟦A⟧写一封简短的感谢信。", "我昨天和⟦C⟧通了电话，一切正常。", "请把⟦B⟧和⟦C⟧也加到抄送里。"],
           ["先谢谢了！", "简短礼貌一点。"]),
}
GREET = {"en": ("Hi ⟦x⟧,", "Best,\n⟦Y⟧"), "de": ("Hallo ⟦x⟧,", "Viele Grüße\n⟦Y⟧"), "fr": ("Bonjour ⟦x⟧,", "Bien à vous,\n⟦Y⟧"),
         "es": ("Hola ⟦x⟧:", "Un saludo,\n⟦Y⟧"), "pt": ("Olá ⟦x⟧,", "Abraço,\n⟦Y⟧"), "it": ("Ciao ⟦x⟧,", "Un saluto,\n⟦Y⟧"),
         "nl": ("Hoi ⟦x⟧,", "Groet,\n⟦Y⟧"), "pl": ("Cześć ⟦x⟧,", "Pozdrawiam,\n⟦Y⟧"), "cs": ("Ahoj ⟦x⟧,", "S pozdravem\n⟦Y⟧"),
         "sv": ("Hej ⟦x⟧!", "Vänliga hälsningar\n⟦Y⟧"), "da": ("Hej ⟦x⟧,", "Venlig hilsen\n⟦Y⟧"), "no": ("Hei ⟦x⟧,", "Hilsen\n⟦Y⟧"),
         "fi": ("Hei ⟦x⟧,", "Terveisin\n⟦Y⟧"), "is": ("Halló ⟦x⟧,", "Kveðja,\n⟦Y⟧"), "hu": ("Kedves ⟦x⟧!", "Üdvözlettel:\n⟦Y⟧"),
         "tr": ("Merhaba ⟦x⟧,", "Saygılarımla,\n⟦Y⟧"), "id": ("Halo ⟦x⟧,", "Salam,\n⟦Y⟧"), "vi": ("Chào ⟦x⟧,", "Trân trọng,\n⟦Y⟧"),
         "ru": ("Привет, ⟦x⟧!", "С уважением,\n⟦Y⟧"), "uk": ("Привіт, ⟦x⟧!", "З повагою,\n⟦Y⟧"), "el": ("Γεια σου ⟦x⟧,", "Φιλικά,\n⟦Y⟧"),
         "ar": ("مرحباً ⟦x⟧،", "مع التحية،\n⟦Y⟧"), "he": ("היי ⟦x⟧,", "תודה,\n⟦Y⟧"), "hi": ("नमस्ते ⟦x⟧ जी,", "धन्यवाद,\n⟦Y⟧"),
         "th": ("เรียนคุณ⟦x⟧", "ขอบคุณครับ\n⟦Y⟧"), "ko": ("⟦x⟧ 님, 안녕하세요.", "감사합니다.\n⟦Y⟧ 드림"),
         "ja": ("⟦x⟧さん\nお疲れさまです。", "よろしくお願いします。\n⟦Y⟧"), "zh": ("⟦x⟧你好，", "谢谢！\n⟦Y⟧")}
SUBJ = {"en": "Quick question", "de": "Kurze Frage", "fr": "Petite question", "es": "Una consulta", "pt": "Dúvida rápida",
        "it": "Domanda veloce", "nl": "Korte vraag", "pl": "Krótkie pytanie", "ja": "ご確認のお願い", "zh": "请确认", "ko": "확인 부탁드립니다"}
WEIGHTS = {"en": 30, "de": 6, "fr": 6, "es": 6, "pt": 5, "it": 4, "nl": 4, "pl": 3, "cs": 2, "sv": 2, "da": 2, "no": 2,
           "fi": 2, "is": 2, "hu": 3, "tr": 3, "id": 2, "vi": 3, "ru": 4, "uk": 2, "el": 3, "ar": 4, "he": 3, "hi": 3,
           "th": 3, "ko": 4, "ja": 5, "zh": 4}


def _bank(lang):
    if lang == "en":
        return EN_S, EN_F
    return BANK[lang]


def _prose(rng, lang, kw, n):
    s, f = _bank(lang)
    parts = []
    for t in rng.sample(s, min(n, len(s))):
        parts.append(fill(t, **kw))
    if rng.random() < 0.7:
        parts.insert(rng.randint(0, len(parts)), S([rng.choice(f)]))
    if lang == "en" and rng.random() < 0.25:
        parts.insert(0, fill(rng.choice(EN_LOW), **kw))
    sep = "" if lang in ("ja", "zh") else " "
    return join(sep if rng.random() < 0.8 else "\n", parts)


def _setup(rng, lang=None, n=3):
    lang = lang or pick_lang(rng, WEIGHTS)
    loc = loc_for(rng, lang)
    ppl = cast(rng, loc, n, mixed=0.45 if lang == "en" else 0.08, wordname=0.25)
    kw = slots(ppl)
    if ppl[1].fam_alone == ppl[1].given:
        kw["Bf"] = E("PERSON", ppl[1].family)
    kw["Bt"] = E("PERSON", ppl[1].fam_alone)
    kw["Bt"] = fill(rng.choice(["Dr. ⟦x⟧", "Mrs ⟦x⟧", "Mr. ⟦x⟧", "Prof. ⟦x⟧", "Ms ⟦x⟧"]), x=kw["Bt"])
    return lang, loc, ppl, kw


def g_prose(rng):
    lang, loc, ppl, kw = _setup(rng)
    segs = _prose(rng, lang, kw, rng.randint(2, 5))
    segs, shape = W.wrap_any(rng, segs, lang)
    return segs, shape, loc


def g_email(rng):
    lang, loc, ppl, kw = _setup(rng, n=5)
    a, b = ppl[0], ppl[1]
    g, sign = GREET[lang]
    bkw = slots(ppl[2:] + ppl[:2])
    bkw["Bt"] = kw["Bt"] if False else fill(rng.choice(["Dr. ⟦x⟧", "Prof. ⟦x⟧"]), x=E("PERSON", ppl[3].fam_alone))
    body = _prose(rng, lang, bkw, rng.randint(2, 4))
    hdr = S()
    if rng.random() < 0.7:
        hdr = fill("From: ⟦Y⟧ <⟦ye⟧>\nTo: ⟦X⟧ <⟦xe⟧>\n", Y=E("PERSON", b.full), ye=email(rng, b, loc, rng.random() < 0.5),
                   X=E("PERSON", a.full), xe=email(rng, a, loc))
        if rng.random() < 0.4:
            hdr += fill("Date: ⟦d⟧\n", d=W.ts(rng))
        hdr += fill("Subject: ⟦s⟧\n\n", s=SUBJ.get(lang, "Re: update"))
    sig_name = E("PERSON", b.given if rng.random() < 0.5 else b.full)
    tail = S()
    if rng.random() < 0.4:
        tail = fill("\n⟦p⟧", p=phone(rng, loc))
    segs = hdr + fill(g, x=E("PERSON", a.given)) + S(["\n\n"]) + body + S(["\n\n"]) + fill(sign, Y=sig_name) + tail
    return segs, "email", loc


def g_slack(rng):
    lang, loc, ppl, kw = _setup(rng, n=4)
    s, f = _bank(lang)
    lines = []
    h = rng.randint(7, 17)
    m = rng.randint(0, 40)
    handles = {p.full: p.given.split()[0].lower() if p.script == "Latn" else p.given for p in ppl}
    chatters = ppl[:3]
    for i in range(rng.randint(3, 6)):
        p = chatters[i % 3] if i < 3 else rng.choice(chatters)
        others = [q for q in ppl if q is not p]
        okw = slots(others)
        okw["Bt"] = fill("Dr. ⟦x⟧", x=E("PERSON", others[1].fam_alone))
        other = rng.choice([q for q in chatters if q is not p])
        m += rng.randint(1, 9)
        if rng.random() < 0.35:
            msg = fill("@⟦h⟧ ⟦t⟧", h=E("PERSON", handles[other.full]), t=rng.choice(f))
        elif rng.random() < 0.6:
            msg = fill(rng.choice(s), **okw)
        else:
            msg = S([rng.choice(f)])
        lines.append(fill("[⟦t⟧] ⟦n⟧: ⟦m⟧", t=f"{h + m // 60:02d}:{m % 60:02d}", n=E("PERSON", p.full), m=msg))
    return join("\n", lines), "slack", loc


def g_whatsapp(rng):
    lang, loc, ppl, kw = _setup(rng, n=3)
    s, f = _bank(lang)
    d = V.recent(rng)
    lines = []
    mins = sorted(rng.sample(range(8 * 60, 23 * 60), 7))
    for i in range(rng.randint(3, 6)):
        p = ppl[i % 2]
        stamp = D("DATE", f"{d.day:02d}/{d.month:02d}/{d.year}, {mins[i] // 60:02d}:{mins[i] % 60:02d}")
        if lang == "en" and rng.random() < 0.5:
            msg = fill(rng.choice(EN_LOW), **kw)
        else:
            msg = fill(rng.choice(s), **kw) if rng.random() < 0.7 else S([rng.choice(f)])
        name = E("PERSON", p.given if rng.random() < 0.5 else p.full)
        lines.append(fill("⟦d⟧ - ⟦n⟧: ⟦m⟧", d=stamp, n=name, m=msg))
    return join("\n", lines), "whatsapp", loc


MEET = {"en": ("Attendees", "Notes", "Actions", "to send the updated plan", "presented the draft"),
        "de": ("Teilnehmende", "Notizen", "Aufgaben", "schickt den aktualisierten Plan", "stellt den Entwurf vor"),
        "fr": ("Participants", "Notes", "Actions", "envoie le plan mis à jour", "présente le brouillon"),
        "es": ("Asistentes", "Notas", "Tareas", "envía el plan actualizado", "presenta el borrador"),
        "pt": ("Participantes", "Notas", "Ações", "envia o plano atualizado", "apresenta o rascunho"),
        "it": ("Partecipanti", "Note", "Azioni", "invia il piano aggiornato", "presenta la bozza"),
        "nl": ("Aanwezig", "Notities", "Acties", "stuurt het bijgewerkte plan", "presenteert het concept"),
        "sv": ("Deltagare", "Anteckningar", "Åtgärder", "skickar den uppdaterade planen", "presenterar utkastet"),
        "pl": ("Uczestnicy", "Notatki", "Zadania", "wysyła zaktualizowany plan", "przedstawia szkic"),
        "ja": ("出席者", "メモ", "アクション", "が更新版の計画を送付", "が下書きを説明"),
        "ko": ("참석자", "메모", "할 일", "업데이트된 계획 공유", "초안 발표"),
        "zh": ("参会人", "纪要", "待办", "发送更新后的计划", "介绍了草案")}


def g_meeting(rng):
    lang = pick_lang(rng, {k: WEIGHTS.get(k, 3) for k in MEET})
    lang, loc, ppl, kw = _setup(rng, lang, n=rng.randint(3, 4))
    att, notes, acts, send, pres = MEET[lang]
    d = D("DATE", V.fmt_date(rng, V.recent(rng), lang if lang in V.MONTHS or lang in ("ja", "zh", "ko") else "en", "XX"))
    segs = fill("⟦h⟧ — ⟦d⟧\n⟦att⟧: ", h=rng.choice(["Weekly sync", "Kick-off", "Retro", "1:1", "Planning"]), d=d, att=att)
    segs += join(", ", [E("PERSON", p.full) for p in ppl])
    segs += S([f"\n\n{notes}:\n- "])
    segs += join(" " if lang not in ("ja", "zh") else "", [E("PERSON", ppl[0].given), pres])
    s, f = _bank(lang)
    for t in rng.sample(s, 2):
        segs += S(["\n- "]) + fill(t, **kw)
    segs += S([f"\n\n{acts}:\n- [ ] "]) + join(" " if lang not in ("ja", "zh") else "", [E("PERSON", ppl[1].given), send])
    return segs, "meeting", loc


VOICE_EN = ["yeah so i talked to ⟦al⟧ this morning and ⟦bl⟧ is gonna handle the rest",
            "um can you tell ⟦al⟧ that the delivery got pushed to thursday",
            "okay so ⟦Al⟧ called back and said the quote is fine",
            "i think ⟦bl⟧ mentioned it to ⟦cl⟧ already but i am not sure",
            "right so ⟦al⟧ and me will drive down and ⟦bl⟧ meets us there",
            "my name is ⟦Al⟧ and i am calling about my daughter ⟦bl⟧s appointment",
            "could you put me through to ⟦Bl⟧ please it's about the lease"]
VOICE = {"es": ["pues hablé con ⟦al⟧ esta mañana y ⟦bl⟧ se encarga del resto", "dile a ⟦al⟧ que el envío llega el jueves"],
         "de": ["also ich hab heute früh mit ⟦al⟧ gesprochen und ⟦bl⟧ kümmert sich um den rest", "sag ⟦al⟧ bitte dass die lieferung erst donnerstag kommt"],
         "fr": ["alors j'ai parlé avec ⟦al⟧ ce matin et ⟦bl⟧ s'occupe du reste", "tu peux dire à ⟦al⟧ que la livraison arrive jeudi"],
         "pt": ["então falei com ⟦al⟧ hoje de manhã e ⟦bl⟧ vai cuidar do resto", "avisa ⟦al⟧ que a entrega fica para quinta"],
         "it": ["allora ho sentito ⟦al⟧ stamattina e ⟦bl⟧ si occupa del resto", "di a ⟦al⟧ che la consegna slitta a giovedì"],
         "nl": ["dus ik heb vanochtend ⟦al⟧ gesproken en ⟦bl⟧ regelt de rest"]}


def g_voice(rng):
    lang = pick_lang(rng, {"en": 8, "es": 2, "de": 2, "fr": 2, "pt": 2, "it": 1, "nl": 1})
    lang, loc, ppl, kw = _setup(rng, lang, n=3)
    bank = VOICE_EN if lang == "en" else VOICE[lang]
    parts = [fill(t, **kw) for t in rng.sample(bank, min(len(bank), rng.randint(1, 3)))]
    segs = join(" ", parts)
    segs = mapseg(segs, lambda x: x.replace("'", "").replace(",", "").replace(".", "").replace("-", " ").lower())
    if rng.random() < 0.5:
        segs = fill("[transcript] speaker_1: ⟦t⟧", t=segs)
    else:
        segs = W.jdump({"call_id": D("HEX_HASH", V.uuid(rng)), "channel": "voice", "language": lang,
                        "transcript": S(segs)}, indent=rng.choice([None, 2]))
    return segs, "transcript", loc


def g_ticket(rng):
    lang = pick_lang(rng, {"en": 6, "de": 2, "fr": 2, "es": 2, "nl": 1, "pt": 1, "ja": 1, "pl": 1})
    lang, loc, ppl, kw = _setup(rng, lang, n=3)
    s, f = _bank(lang)
    desc = join(" ", [fill(t, **kw) for t in rng.sample(s, 2)])
    key = f"{rng.choice(['OPS', 'HR', 'SUP', 'FIN', 'IT'])}-{rng.randint(100, 9999)}"
    if rng.random() < 0.5:
        segs = fill("Ticket ⟦k⟧\nReporter: ⟦A⟧\nAssignee: ⟦B⟧\nWatchers: ⟦C⟧\nCreated: ⟦d⟧\n\n⟦desc⟧",
                    k=D("ORDER_ID", key), d=W.ts(rng), desc=desc, **kw)
    else:
        obj = {"key": D("ORDER_ID", key), "fields": {"summary": rng.choice(["Access request", "Laptop swap", "Invoice mismatch", "Onboarding"]),
               "reporter": {"displayName": kw["A"], "emailAddress": email(rng, ppl[0], loc, True)},
               "assignee": {"displayName": kw["B"]}, "created": W.ts(rng), "description": S(desc)}}
        segs = jdump(obj, indent=rng.choice([None, 2]))
    return segs, "ticket", loc


def g_agent(rng):
    lang, loc, ppl, kw = _setup(rng, n=3)
    s, f = _bank(lang)
    k = rng.randint(0, 3)
    if k == 0:
        args = {"to": email(rng, ppl[0], loc), "subject": SUBJ.get(lang, "Update"), "body": S(_prose(rng, lang, kw, 2))}
        return W.tool_call(rng, "send_email", args, ascii=rng.random() < 0.15), "tool", loc
    if k == 1:
        steps = fill('step 1 contacts.search query="⟦A⟧" -> 1 result\nstep 2 calendar.create title="Sync" attendees=["⟦B⟧", "⟦C⟧"] at=⟦d⟧\n'
                     'step 3 llm.response "⟦r⟧"', d=W.ts(rng), r=jesc(fill(rng.choice(s), **kw)), **kw)
        return steps, "agent", loc
    if k == 2:
        args = {"channel": "#" + rng.choice(["general", "team-ops", "random", "proj-atlas"]), "text": S(_prose(rng, lang, kw, 2))}
        return W.tool_use(rng, "post_message", args), "tool", loc
    args = {"name": kw["A"], "note": S(fill(rng.choice(s), **kw))}
    return W.tool_call(rng, "crm_add_note", args), "tool", loc


DECOY_EN = [
    "⟦a⟧ just bought a used ⟦co⟧ and won't stop talking about it.",
    "We're visiting ⟦pl⟧ in May; ⟦b⟧ knows a good hotel there.",
    "For the school project, ⟦a⟧ picked ⟦pf⟧ and ⟦b⟧ picked ⟦pf2⟧.",
    "⟦A⟧ is rereading the chapters with ⟦fc⟧ for book club.",
    "⟦b⟧ works at ⟦co⟧ now, in the procurement team.",
    "Ask ⟦a⟧ if the ⟦pr⟧ in the meeting room is still broken.",
    "Who wrote more letters, ⟦pf⟧ or ⟦pf2⟧? ⟦a⟧ and I have a bet on it.",
    "⟦A⟧ says the new ⟦pr⟧ update broke the calendar sync.",
    "My daughter ⟦a⟧ is dressing up as ⟦fc⟧ for the school play.",
    "⟦b⟧ and I walked down ⟦st⟧ looking for the ⟦co⟧ store.",
]
DECOY_X = {
    "de": ["⟦a⟧ hat sich einen gebrauchten ⟦co⟧ gekauft.", "Wir fahren im Mai nach ⟦pl⟧; ⟦b⟧ kennt dort ein gutes Hotel.",
           "Für das Referat hat ⟦a⟧ ⟦pf⟧ gewählt.", "⟦A⟧ liest gerade das Buch über ⟦fc⟧."],
    "fr": ["⟦a⟧ vient d'acheter une ⟦co⟧ d'occasion.", "On part à ⟦pl⟧ en mai ; ⟦b⟧ connaît un bon hôtel.",
           "Pour l'exposé, ⟦a⟧ a choisi ⟦pf⟧.", "⟦A⟧ relit les aventures de ⟦fc⟧."],
    "es": ["⟦a⟧ se compró un ⟦co⟧ de segunda mano.", "En mayo vamos a ⟦pl⟧; ⟦b⟧ conoce un buen hotel.",
           "Para el trabajo de clase, ⟦a⟧ eligió a ⟦pf⟧.", "⟦A⟧ está releyendo el capítulo de ⟦fc⟧."],
    "it": ["⟦a⟧ ha comprato una ⟦co⟧ usata.", "A maggio andiamo a ⟦pl⟧; ⟦b⟧ conosce un buon albergo.", "Per la tesina ⟦a⟧ ha scelto ⟦pf⟧."],
    "ja": ["⟦Af⟧さんは中古の⟦co⟧を買いました。", "五月に⟦pl⟧へ行きます。⟦Bf⟧さんがいいホテルを知っています。", "⟦A⟧さんは⟦fc⟧の本を読み直しています。"],
    "pt": ["⟦a⟧ comprou um ⟦co⟧ usado.", "Em maio vamos a ⟦pl⟧; ⟦b⟧ conhece um bom hotel.", "Para o trabalho, ⟦a⟧ escolheu ⟦pf⟧."],
}


def g_decoy(rng):
    lang = pick_lang(rng, {"en": 8, "de": 2, "fr": 2, "es": 2, "it": 1, "ja": 1, "pt": 1})
    lang, loc, ppl, kw = _setup(rng, lang, n=2)
    pf, pf2 = rng.sample(G.PUBLIC_FIGURES, 2)
    kw.update(co=D("PROPER_NOUN", rng.choice(G.COMPANIES_AFTER_PEOPLE)), pl=D("PROPER_NOUN", rng.choice(G.PLACES)),
              pf=D("PROPER_NOUN", pf), pf2=D("PROPER_NOUN", pf2), fc=D("PROPER_NOUN", rng.choice(G.FICTION)),
              pr=D("PROPER_NOUN", rng.choice(G.PRODUCTS)), st=D("PROPER_NOUN", rng.choice(G.STREET_REFS)))
    bank = DECOY_EN if lang == "en" else DECOY_X[lang]
    parts = [fill(t, **kw) for t in rng.sample(bank, min(len(bank), rng.randint(2, 3)))]
    segs = join("" if lang == "ja" else " ", parts)
    segs, shape = W.wrap_any(rng, segs, lang)
    return segs, shape, loc


WN_AS_NAME = ["⟦a⟧ is out today, so send the numbers to ⟦b⟧.", "⟦a⟧ said the patch is ready for review.",
              "Can you check with ⟦a⟧ before we order?", "⟦a⟧ from payroll called again.", "Thanks, ⟦a⟧!",
              "⟦A⟧ has the spare key.", "I asked ⟦a⟧ and ⟦b⟧ to split the work.", "Ping ⟦a⟧ about the invoice.",
              "⟦a⟧ and I will finish the slides tonight.", "Happy birthday, ⟦a⟧!", "Not sure ⟦a⟧ saw it. ⟦b⟧ did."]
WN_AS_WORD = ["I hope the delivery arrives before the weekend.", "Will the meeting room be free at four?",
              "Please mark the ticket as resolved.", "Could you split the bill three ways?", "The forecast says sunny and warm.",
              "There's a 30-day grace period on the loan.", "We left at dawn to beat the traffic.", "Rose gold or silver for the case?",
              "Summer hours start in June.", "Prices rose by 4% in March.", "The frank answer is that we don't know yet.",
              "Guy ropes go in the side pocket of the tent.", "Art supplies are on the second shelf.", "Holly wreaths are sold out.",
              "Chase the supplier for the missing parts.", "Ruby on Rails or Django for the prototype?", "Iris scanners at the gate were down."]


def g_wordname(rng):
    lang, loc = "en", rng.choice(["en_US", "en_GB", "en_AU", "en_CA", "en_IE"])
    if rng.random() < 0.55:
        ppl = [NM.person(rng, "en", wordname=True)] + cast(rng, loc, 1)
        kw = slots(ppl)
        parts = [fill(t, **kw) for t in rng.sample(WN_AS_NAME, rng.randint(1, 3))]
        if rng.random() < 0.5:
            parts.append(S([rng.choice(WN_AS_WORD)]))
    else:
        ppl = cast(rng, loc, 3, mixed=0.3)
        kw = slots(ppl)
        kw["Bt"] = fill("Dr. ⟦x⟧", x=E("PERSON", ppl[1].fam_alone))
        parts = [S([t]) for t in rng.sample(WN_AS_WORD, rng.randint(1, 3))]
        parts.insert(rng.randint(0, len(parts)), fill(rng.choice(EN_S), **kw))
    segs = join(" ", parts)
    segs, shape = W.wrap_any(rng, segs, lang, kinds=("prompt", "chat", "openai"))
    return segs, shape, loc


REVIEW = {"en": "Great service from ⟦a⟧ at the ⟦city⟧ branch. ⟦F⟧ Would come back.\n— ⟦sig⟧",
          "de": "Super Beratung von ⟦a⟧ in der Filiale ⟦city⟧. ⟦F⟧\n— ⟦sig⟧",
          "fr": "Excellent accueil de ⟦a⟧ à l'agence de ⟦city⟧. ⟦F⟧\n— ⟦sig⟧",
          "es": "Muy buena atención de ⟦a⟧ en la sucursal de ⟦city⟧. ⟦F⟧\n— ⟦sig⟧",
          "pt": "Ótimo atendimento da ⟦a⟧ na loja de ⟦city⟧. ⟦F⟧\n— ⟦sig⟧",
          "it": "Servizio ottimo da parte di ⟦a⟧ nella filiale di ⟦city⟧. ⟦F⟧\n— ⟦sig⟧",
          "nl": "Top service van ⟦a⟧ in de winkel in ⟦city⟧. ⟦F⟧\n— ⟦sig⟧",
          "pl": "Świetna obsługa, ⟦a⟧ z oddziału ⟦city⟧ bardzo pomocna. ⟦F⟧\n— ⟦sig⟧"}
CITY = {"en": "Leeds", "de": "Köln", "fr": "Nantes", "es": "Sevilla", "pt": "Braga", "it": "Torino", "nl": "Zwolle", "pl": "Poznań"}


def g_review(rng):
    lang = pick_lang(rng, {k: 2 if k != "en" else 4 for k in REVIEW})
    lang, loc, ppl, kw = _setup(rng, lang, n=2)
    b = ppl[1]
    sig = E("PERSON", f"{b.given} {b.lat_family[:1]}." if b.lat_family else b.given)
    segs = fill(REVIEW[lang], a=kw["a"], city=D("PROPER_NOUN", CITY[lang]), F=rng.choice(_bank(lang)[1]), sig=sig)
    if rng.random() < 0.5:
        segs = jdump({"rating": rng.randint(4, 5), "review": S(segs), "submitted_at": W.ts(rng)})
    return segs, "review", loc


def g_thread(rng):
    """An e-mail thread with quoted replies (long)."""
    lang = pick_lang(rng, {k: v for k, v in WEIGHTS.items() if k in GREET and k in SUBJ or k == "en"})
    lang, loc, ppl, kw = _setup(rng, lang, n=4)
    msgs = []
    order = [(0, 1), (1, 0), (0, 1), (2, 0)]
    for i, (a, b) in enumerate(order[: rng.randint(2, 4)]):
        g, sign = GREET[lang]
        bkw = slots([ppl[(a + 2) % 4], ppl[(b + 2) % 4], ppl[(a + 1) % 4]])
        bkw["Bt"] = fill("Dr. ⟦x⟧", x=E("PERSON", ppl[(b + 2) % 4].fam_alone))
        body = _prose(rng, lang, bkw, rng.randint(3, 5))
        hdr = fill("From: ⟦Y⟧ <⟦ye⟧>\nSent: ⟦d⟧\nTo: ⟦X⟧\nSubject: ⟦r⟧⟦s⟧\n\n", Y=E("PERSON", ppl[a].full), ye=email(rng, ppl[a], loc, True),
                   d=W.ts(rng), X=E("PERSON", ppl[b].full), r="RE: " * i, s=SUBJ[lang])
        msgs.append(hdr + fill(g, x=E("PERSON", ppl[b].given)) + S(["\n\n"]) + body + S(["\n\n"]) + fill(sign, Y=E("PERSON", ppl[a].given)))
    msgs.reverse()
    return join("\n\n-----Original Message-----\n", msgs), "email", loc


def g_longchat(rng):
    lang, loc, ppl, kw = _setup(rng, n=3)
    turns = []
    for i in range(rng.randint(4, 8)):
        if i % 2 == 0:
            turns.append(("u", _prose(rng, lang, kw, rng.randint(1, 3))))
        else:
            turns.append(("a", W.ack(rng, lang)))
    if rng.random() < 0.5:
        return W.chat(rng, turns, lang), "chat", loc
    return W.openai_body(rng, turns, lang), "openai", loc


GENS = [(g_thread, 14), (g_longchat, 12), (g_prose, 80), (g_email, 34), (g_slack, 20), (g_whatsapp, 15), (g_meeting, 22), (g_voice, 20), (g_ticket, 18),
        (g_agent, 18), (g_decoy, 18), (g_wordname, 16), (g_review, 8)]
