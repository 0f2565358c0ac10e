# -*- coding: utf-8 -*-
"""PII-free look-alike texts.  Every span here is a decoy."""
import dates
import decoys as DC
import fill
import pii
from fill import pick
from spans import Doc, jdump, json_esc

# ---------------------------------------------------------------- trivia / biography
TRIVIA = {
    "en": ["When was ⟦FIG⟧ born?", "⟦FIG⟧ was born on ⟦FIGDATE⟧. What else happened that year?", "Write a 100-word biography of ⟦FIG⟧ (born ⟦FIGDATE⟧).",
           "How old would ⟦FIG⟧ be today if they were still alive?", "Quiz time: who was born on ⟦FIGDATE⟧? Hint: it's ⟦FIG⟧.", "Is it true that ⟦FIG⟧ was born on ⟦FIGDATE⟧?",
           "Give me three fun facts about ⟦FIG⟧ for a school project.", "Compare the early careers of ⟦FIG⟧ and ⟦FIG2⟧.", "What did ⟦FIG⟧ study at university?",
           "Born ⟦FIGDATE⟧, ⟦FIG⟧ went on to change their field forever. Explain how in simple terms.", "Which museum has the best exhibition on ⟦FIG⟧?",
           "My essay is about ⟦FIG⟧. Is ⟦FIGDATE⟧ the correct birth date?", "Tell me a joke about ⟦FIG⟧ and ⟦FICT⟧ meeting in a bar.",
           "“Be less curious about people and more curious about ideas” — was that ⟦FIG⟧?", "Timeline: ⟦FIGDATE⟧ – ⟦FIG⟧ is born."],
    "es": ["¿Cuándo nació ⟦FIG⟧?", "⟦FIG⟧ nació el ⟦FIGDATE⟧. ¿Qué más pasó ese año?", "Escribe una biografía corta de ⟦FIG⟧."],
    "pt": ["Quando nasceu ⟦FIG⟧?", "⟦FIG⟧ nasceu em ⟦FIGDATE⟧ — conta-me mais.", "Resumo da vida de ⟦FIG⟧, por favor."],
    "fr": ["Quand est né ⟦FIG⟧ ?", "⟦FIG⟧, né le ⟦FIGDATE⟧ : résume sa vie en cinq lignes.", "Quels sont les livres les plus connus sur ⟦FIG⟧ ?"],
    "de": ["Wann wurde ⟦FIG⟧ geboren?", "⟦FIG⟧ (geb. ⟦FIGDATE⟧) – schreib eine kurze Biografie.", "Was hat ⟦FIG⟧ berühmt gemacht?"],
    "it": ["Quando è nato ⟦FIG⟧?", "⟦FIG⟧ è nato il ⟦FIGDATE⟧: cosa succedeva nel mondo?"],
    "nl": ["Wanneer is ⟦FIG⟧ geboren?", "Schrijf een korte biografie van ⟦FIG⟧."],
    "pl": ["Kiedy urodził się ⟦FIG⟧?", "Napisz krótką biografię: ⟦FIG⟧."],
    "ru": ["Когда родился ⟦FIG⟧?", "Расскажи коротко о жизни: ⟦FIG⟧.", "⟦FIGN⟧ — самые известные произведения?"],
    "uk": ["Коли народився ⟦FIGN⟧?", "Розкажи про творчість: ⟦FIGN⟧."],
    "ja": ["⟦FIG⟧はいつ生まれましたか？", "⟦FIGN⟧の代表作を教えてください。", "⟦FIG⟧（⟦FIGDATE⟧生まれ）について簡単に説明して。"],
    "zh": ["⟦FIG⟧是哪一年出生的？", "请介绍一下⟦FIGN⟧的主要作品。", "⟦FIG⟧出生于⟦FIGDATE⟧吗？"],
    "ko": ["⟦FIG⟧은 언제 태어났나요?", "⟦FIGN⟧에 대해 간단히 알려줘.", "⟦FIGN⟧의 업적은 무엇인가요?"],
    "ar": ["متى ولد ⟦FIG⟧؟", "حدثني عن أعمال ⟦FIGN⟧.", "ما أشهر أقوال ⟦FIGN⟧؟"],
    "he": ["מתי נולד ⟦FIG⟧?", "ספר לי על ⟦FIGN⟧."],
    "hi": ["⟦FIG⟧ का जन्म कब हुआ था?", "⟦FIGN⟧ के बारे में संक्षेप में बताइए।"],
    "bn": ["⟦FIGN⟧ সম্পর্কে সংক্ষেপে লেখো।"],
    "ta": ["⟦FIGN⟧ பற்றி சுருக்கமாக சொல்லுங்கள்."],
    "th": ["⟦FIGN⟧ เป็นใคร", "⟦FIG⟧ เกิดเมื่อไหร่"],
    "el": ["Πότε γεννήθηκε ο ⟦FIG⟧;", "Πες μου για τη φιλοσοφία του ⟦FIGN⟧."],
    "tr": ["⟦FIG⟧ ne zaman doğdu?", "⟦FIGN⟧ hakkında kısa bilgi verir misin?"],
    "vi": ["⟦FIG⟧ sinh năm nào?", "Kể cho tôi về ⟦FIGN⟧."],
    "id": ["Kapan ⟦FIG⟧ lahir?", "Ceritakan tentang ⟦FIGN⟧."],
    "sw": ["⟦FIG⟧ alizaliwa lini?"],
    "sv": ["När föddes ⟦FIG⟧?"], "nb": ["Når ble ⟦FIG⟧ født?"], "da": ["Hvornår blev ⟦FIG⟧ født?"], "fi": ["Milloin ⟦FIG⟧ syntyi?"], "cs": ["Kdy se narodil ⟦FIG⟧?"],
}

FICTION = [
    "Why does ⟦FICT⟧ turn down the first proposal?", "Write fan fiction where ⟦FICT⟧ meets ⟦FICT2⟧ at ⟦PLACE⟧.", "Who wrote the books about ⟦FICT⟧?",
    "Is ⟦FICT⟧ a reliable narrator?", "Costume ideas: ⟦FICT⟧ or ⟦FICT2⟧ for the Halloween party?", "Explain the relationship between ⟦FICT⟧ and ⟦FICT2⟧ to a 10-year-old.",
    "Rank these characters by bravery: ⟦FICT⟧, ⟦FICT2⟧, ⟦FICT3⟧.", "Write a haiku in the voice of ⟦FICT⟧.", "What is ⟦FICT⟧'s birthday in the books? I read it was ⟦DATE⟧.",
    "In chapter 12 ⟦FICT⟧ finally confronts ⟦FICT2⟧ — summarise the scene.", "My book club picked the one with ⟦FICT⟧. Discussion questions please.",
    "Dear ⟦FICT⟧, — start a letter as if written by ⟦FICT2⟧.",
]

CATALOG_HEAD = ["Bestsellers this week", "New arrivals", "Gift guide", "Outlet — up to 60% off", "Customers also bought", "Summer Sale", "Back in stock"]

RECIPES = ["Eggs Benedict", "Beef Wellington", "Peach Melba", "Caesar salad", "Margherita pizza", "Pavlova", "Earl Grey panna cotta", "Sachertorte", "Madeleines",
           "Lamingtons", "Bellini", "Bloody Mary", "Tom Collins", "Shirley Temple", "Arnold Palmer", "Oysters Rockefeller", "Chicken à la King", "Nachos", "Carpaccio",
           "Granny Smith apple crumble", "Bananas Foster", "Crêpes Suzette", "Waldorf salad", "Pizza Margherita", "Fettuccine Alfredo", "Cobb salad", "Reuben sandwich"]
INGR = ["2 eggs", "200 g flour", "1 tbsp butter", "a pinch of salt", "150 ml cream", "3 ripe peaches", "1 tsp vanilla", "400 g beef fillet", "1 sheet puff pastry", "2 Granny Smith apples", "100 g sugar", "juice of 1 lemon"]

PLACES_ITIN = ["Day %d: arrive at ⟦PLACE⟧, check in, dinner near ⟦PLACE⟧.", "Day %d: morning walk to ⟦PLACE⟧, afternoon at ⟦PLACE⟧ (tickets ⟦PRICE⟧).",
               "Day %d: train from ⟦PLACE⟧ at 09:10, then a boat trip to ⟦PLACE⟧.", "Day %d: free day — maybe ⟦PLACE⟧ if the weather holds.", "Day %d: fly out of ⟦PLACE⟧ on ⟦DATE⟧."]

CI_LINES = ["⟦BOT⟧ » Build #⟦nn⟧⟦nn⟧ started for commit ⟦HASH⟧", "Step 3/9 : RUN npm ci (node ⟦VERN⟧)", "✖ test suite failed: ⟦OPS⟧ in worker 3",
            "⟦BOT⟧: Bumps axios from 1.6.2 to ⟦VERN⟧.", "Deploying ⟦VER⟧ to staging… done in 42s", "⟦BOT⟧ opened an incident: ⟦OPS⟧ on checkout-api",
            "Cache restored from key deps-⟦HASH⟧", "⟦BOT⟧ commented: Coverage decreased (-0.3%) to 81.2%", "Image pushed: registry.local/app@⟦HASH⟧",
            "Rollback to ⟦VER⟧ triggered by ⟦BOT⟧", "Firmware ⟦VER⟧ flashed on 12 devices", "Resolved: ⟦OPS⟧ (acknowledged by ⟦BOT⟧)"]

CHANGELOG = ["- Fixed ⟦OPS⟧ when the queue is empty", "- Bumped openssl to ⟦VERN⟧", "- Dropped support for node ⟦VERN⟧", "- New field ⟦CODE⟧ in the export",
             "- Renamed ⟦CODE⟧ to ⟦CODE⟧", "- Security: patched ⟦OPS⟧ in the parser", "- Docs: example now uses ⟦PLH⟧ instead of real names", "- Performance: p99 down 18% on ⟦VER⟧"]

ORDERS = ["Your order ⟦ORD⟧ has shipped! Tracking number: ⟦ORD⟧. Estimated delivery: ⟦DATE⟧.", "Invoice ⟦ORD⟧ — amount due ⟦PRICE⟧ by ⟦DATE⟧.",
          "Refund of ⟦PRICE⟧ issued for order ⟦ORD⟧ on ⟦DATE⟧.", "Gift card ⟦ORD⟧ loaded with ⟦PRICE⟧.", "Return label for ⟦ORD⟧ created. Drop off by ⟦DATE⟧.",
          "Booking ⟦ORD⟧ confirmed: 2 nights, ⟦PRICE⟧ total, check-in ⟦DATE⟧.", "Reference ⟦NID⟧ — please quote it in any correspondence.",
          "Parcel ⟦ORD⟧ is out for delivery.", "Your subscription renews on ⟦DATE⟧ for ⟦PRICE⟧.", "Receipt ⟦ORD⟧: ⟦PROD⟧ ×1 ⟦PRICE⟧"]

HEADINGS = ["Weekly Status Report", "Quarterly Planning", "Summer Schedule", "Grace Period Policy", "Bill Payment Options", "Mark Your Calendars", "Will Templates (UK)",
            "Hope & Resilience Workshop", "Faith Communities Outreach", "Dawn Patrol Surf Lessons", "Rose Gold Collection", "Joy of Baking Club", "Ivy League Admissions FAQ",
            "Amber Alert Test", "Ruby on Rails Upgrade Guide", "Jasmine Rice Cooking Times", "Autumn Term Timetable", "Daisy Chain Wiring Diagram", "Victor Mono Font Release Notes"]
HEADING_BODY = ["Hope this helps!", "Will do — thanks.", "Mark the invoice as paid once the transfer clears.", "Grace periods apply to late fees only.",
                "Summer hours start next week.", "Bill me later is not available for this plan.", "Faith in the process, as they say.", "Frank feedback welcome.",
                "Rich text is supported in comments.", "Pat the dough dry before baking.", "Drew the diagrams by hand, sorry about the quality.", "Art supplies are in cupboard B.",
                "Chase the vendor for the updated quote.", "Grant access only after the training.", "Sunny spells expected in the afternoon.", "Miles travelled: 42."]

CODE_FREE = [
    "def greet(first_name: str, last_name: str) -> str:\n    # never log ⟦CODE⟧ in production\n    return f\"Hello {first_name} {last_name}\"\n",
    "const user = { name: '⟦CODE⟧', email: '⟦CODE⟧', password: '⟦CODE⟧' };\n// replace the placeholders before running\n",
    "CREATE TABLE customers (\n  id SERIAL PRIMARY KEY,\n  first_name TEXT NOT NULL,\n  date_of_birth DATE,\n  iban TEXT\n);\n-- column ⟦CODE⟧ is encrypted at rest\n",
    "curl -u admin:⟦CODE⟧ https://localhost:8443/api/users  # see docs for ⟦VER⟧\n",
    "# Example\n\nUse the test card ⟦TESTCARD⟧ with any future expiry and CVC 123.\n",
    "fake_ssn = \"⟦TESTSSN⟧\"  # documented example value, not real\nassert mask(fake_ssn) == \"⟦CODE⟧\"\n",
    "interface Person {\n  firstName: string;\n  lastName: string;\n  birthDate?: Date; // ⟦CODE⟧\n}\n",
    "export DB_PASSWORD=⟦CODE⟧\nexport ADMIN_EMAIL=⟦CODE⟧\n# fill these in from the vault, never commit real values\n",
    "SELECT first_name, COUNT(*) FROM signups WHERE created_at > '⟦DATEISO⟧' GROUP BY first_name;\n",
    "if user.password == \"⟦CODE⟧\":\n    raise ValueError(\"please change the default password\")\n",
]
DOCS_FREE = [
    "Example: ⟦PLH⟧ signs up with ⟦CODE⟧ and picks the password ⟦CODE⟧.", "Fill in the form as shown: Name: ⟦PLH⟧, Email: ⟦CODE⟧.",
    "In the screenshot the sample user is ⟦PLH⟧; your own data will differ.", "Sample row: ⟦PLH⟧ | ⟦CODE⟧ | ⟦CODE⟧",
    "Do not paste real data. Use ⟦PLH⟧ and the test SSN ⟦TESTSSN⟧ instead.", "The template greets the customer with ⟦CODE⟧.",
]

IMPERATIVES = ["Compare ⟦BRAND⟧ and ⟦BRAND⟧ for a family of four.", "Ask ⟦BOT⟧ to summarise the thread.", "Tell ⟦BOT⟧ to mute the alerts until ⟦DATE⟧.",
               "Visit ⟦PLACE⟧ early to avoid the queues.", "Try ⟦PROD⟧ before you buy ⟦PROD⟧.", "Call ⟦CO⟧ support if the order ⟦ORD⟧ doesn't arrive.",
               "Review ⟦BRAND⟧ vs ⟦BRAND⟧ sneakers.", "Check ⟦BOT⟧ for the failing job.", "Book a table near ⟦PLACE⟧ for Friday.", "Order the ⟦PROD⟧ in grey.",
               "Prefer ⟦BRAND⟧ over ⟦BRAND⟧? Tell us why.", "Meet me at ⟦PLACE⟧.", "Buy ⟦BRAND⟧ shares or not?", "Pick ⟦BRAND⟧ or ⟦BRAND⟧ for the wedding suit?"]

SPORTS = ["Aston Villa", "Nottingham Forest", "Real Madrid", "Bayern München", "Boca Juniors", "Kaizer Chiefs", "Galatasaray", "Ajax", "Benfica", "Celtic", "Enyimba", "Gor Mahia",
          "Yomiuri Giants", "Jeonbuk Hyundai Motors", "Flamengo", "Juventus", "Olympiacos", "Spartak Moscow", "Dynamo Kyiv", "Wydad Casablanca"]

EVENTS = ["The conference runs from ⟦DATE⟧ to ⟦DATE⟧ at ⟦PLACE⟧; early-bird tickets cost ⟦PRICE⟧.", "Our app turns five on ⟦DATE⟧ 🎉 — thanks for being with us.",
          "The museum at ⟦PLACE⟧ is closed on ⟦DATE⟧ for maintenance.", "Release ⟦VER⟧ was cut on ⟦DATE⟧; the next freeze is ⟦DATE⟧.",
          "The company was founded on ⟦DATE⟧ in a garage.", "Deadline for abstracts: ⟦DATE⟧.", "Public holiday on ⟦DATE⟧ — the office is closed.",
          "The marathon passes ⟦PLACE⟧ around 10:30 on ⟦DATE⟧.", "Launch party for ⟦PROD⟧ on ⟦DATE⟧ at ⟦PLACE⟧."]

QUOTES = ["“Imagination is more important than knowledge.” — ⟦FIGQ⟧", "As ⟦FIG⟧ once said, simplicity is the ultimate sophistication.",
          "Inspired by ⟦FIG⟧, our hackathon theme this year is curiosity.", "Poster idea: a portrait of ⟦FIG⟧ with the slogan “keep going”.",
          "Statue of ⟦FIG⟧ unveiled in ⟦PLACE⟧ on ⟦DATE⟧."]

VERSIONS = ["Tested on node ⟦VERN⟧, python ⟦VERN⟧ and firmware ⟦VER4⟧.", "Upgrade from ⟦VER4⟧ to ⟦VER4⟧ fails with ⟦OPS⟧.", "Router firmware ⟦VER4⟧ (build ⟦HASH⟧)",
            "Requires Chrome ⟦VERN⟧ or later.", "pip install requests==⟦VERN⟧", "docker pull postgres:⟦VERN⟧", "OID ⟦OID⟧ maps to the ifInOctets counter.",
            "Section ⟦VER4⟧ of the spec covers retries.", "The kernel ⟦VERN⟧ regression was fixed in ⟦VERN⟧."]

# PII-free everyday prose in many languages (no names)
PROSE = {
    "ko": ["오늘 회의는 오후 세 시로 변경되었습니다.", "이번 주말에는 비가 많이 올 예정이니 우산을 챙기세요.", "새로운 기능은 다음 달에 출시됩니다.", "회의실 예약은 사내 포털에서 할 수 있습니다.", "점심 메뉴로 비빔밥과 된장찌개 중에 골라 주세요.", "배송은 영업일 기준 2~3일 소요됩니다."],
    "ja": ["本日の会議は午後三時に変更になりました。", "週末は雨の予報なので傘を忘れずに。", "新機能は来月リリース予定です。", "会議室の予約は社内ポータルから行えます。", "お問い合わせは平日の9時から17時まで受け付けています。", "配送には2〜3営業日かかります。"],
    "zh": ["今天的会议改到下午三点。", "周末有大雨，记得带伞。", "新功能将于下个月上线。", "会议室可以在内部系统里预订。", "请在周五之前提交报销单。", "快递一般需要两到三个工作日。"],
    "ar": ["تم تغيير موعد الاجتماع إلى الساعة الثالثة عصراً.", "يتوقع هطول أمطار غزيرة في نهاية الأسبوع.", "سيتم إطلاق الميزة الجديدة الشهر القادم.", "يرجى تقديم التقارير قبل يوم الخميس.", "التوصيل يستغرق من يومين إلى ثلاثة أيام عمل."],
    "he": ["הפגישה היום נדחתה לשלוש אחר הצהריים.", "צפוי גשם כבד בסוף השבוע.", "הפיצ'ר החדש יושק בחודש הבא.", "נא להגיש את הדוחות עד יום חמישי."],
    "hi": ["आज की बैठक दोपहर तीन बजे होगी।", "इस सप्ताहांत भारी बारिश की संभावना है।", "नई सुविधा अगले महीने शुरू होगी।", "कृपया शुक्रवार तक रिपोर्ट जमा करें।", "डिलीवरी में दो से तीन कार्यदिवस लगते हैं।"],
    "th": ["การประชุมวันนี้เลื่อนเป็นบ่ายสามโมง", "สุดสัปดาห์นี้ฝนจะตกหนัก อย่าลืมพกร่ม", "ฟีเจอร์ใหม่จะเปิดตัวเดือนหน้า", "กรุณาส่งรายงานภายในวันศุกร์"],
    "ru": ["Сегодняшняя встреча перенесена на три часа дня.", "На выходных ожидается сильный дождь.", "Новая функция выйдет в следующем месяце.", "Отчёты нужно сдать до пятницы.", "Доставка занимает два-три рабочих дня."],
    "uk": ["Сьогоднішню зустріч перенесено на третю годину.", "На вихідних очікується сильний дощ.", "Нова функція з'явиться наступного місяця."],
    "el": ["Η σημερινή συνάντηση μεταφέρθηκε για τις τρεις το απόγευμα.", "Το Σαββατοκύριακο αναμένεται έντονη βροχόπτωση.", "Η νέα λειτουργία θα κυκλοφορήσει τον επόμενο μήνα."],
    "bn": ["আজকের মিটিং বিকেল তিনটায় সরানো হয়েছে।", "এই সপ্তাহান্তে ভারী বৃষ্টির সম্ভাবনা আছে।", "নতুন ফিচার আগামী মাসে আসবে।"],
    "ta": ["இன்றைய கூட்டம் மதியம் மூன்று மணிக்கு மாற்றப்பட்டது.", "இந்த வார இறுதியில் கனமழை பெய்யக்கூடும்."],
    "tr": ["Bugünkü toplantı saat üçe ertelendi.", "Hafta sonu yoğun yağış bekleniyor.", "Yeni özellik gelecek ay yayınlanacak.", "Raporları cuma gününe kadar gönderin."],
    "vi": ["Cuộc họp hôm nay được dời sang ba giờ chiều.", "Cuối tuần này dự báo có mưa lớn.", "Tính năng mới sẽ ra mắt vào tháng sau."],
    "id": ["Rapat hari ini dipindah ke jam tiga sore.", "Akhir pekan ini diperkirakan hujan deras.", "Fitur baru akan dirilis bulan depan."],
    "sw": ["Mkutano wa leo umesogezwa hadi saa tisa mchana.", "Mvua kubwa inatarajiwa mwishoni mwa wiki.", "Huduma mpya itazinduliwa mwezi ujao."],
    "de": ["Das Meeting heute wurde auf 15 Uhr verschoben.", "Am Wochenende wird starker Regen erwartet.", "Die neue Funktion erscheint nächsten Monat.", "Bitte die Berichte bis Freitag einreichen."],
    "fr": ["La réunion d'aujourd'hui est décalée à 15 h.", "De fortes pluies sont attendues ce week-end.", "La nouvelle fonctionnalité sortira le mois prochain."],
    "es": ["La reunión de hoy se ha movido a las tres.", "Se esperan lluvias fuertes este fin de semana.", "La nueva función saldrá el mes que viene."],
    "pt": ["A reunião de hoje passou para as três da tarde.", "Espera-se chuva forte no fim de semana.", "A nova funcionalidade sai no próximo mês."],
    "it": ["La riunione di oggi è spostata alle tre.", "Nel fine settimana è prevista pioggia forte."], "nl": ["De vergadering van vandaag is verplaatst naar drie uur.", "Dit weekend wordt zware regen verwacht."],
    "pl": ["Dzisiejsze spotkanie przeniesiono na godzinę piętnastą.", "W weekend spodziewane są silne opady deszczu."], "cs": ["Dnešní schůzka je přesunuta na třetí hodinu.", "O víkendu se očekává silný déšť."],
    "sv": ["Dagens möte är flyttat till klockan tre.", "Det väntas kraftigt regn i helgen."], "fi": ["Tämän päivän kokous siirtyy kello kolmeen.", "Viikonloppuna on odotettavissa rankkasadetta."],
}


def _fill_free(ctx, tpl):
    """fill() plus a few free-only keys."""
    rng = ctx.rng
    extra = {}
    if "⟦FIG2⟧" in tpl:
        f2 = pick(rng, DC.FIGURES)[0]
        while f2 == ctx.vals.get("FIG", ("",))[0]:
            f2 = pick(rng, DC.FIGURES)[0]
        extra["FIG2"] = f2
    d = Doc()
    import re
    pos = 0
    for m in fill.TOKEN.finditer(tpl):
        d.t(tpl[pos:m.start()])
        k = m.group(1)
        if k == "FIG2":
            if "FIG" not in ctx.vals:
                ctx.vals["FIG"] = pick(rng, DC.FIGURES)
            d.d("PROPER_NOUN", extra["FIG2"])
        elif k == "FIGN":
            cands = [n for n, l in DC.FIGURES_NATIVE if l == ctx.lang] or [n for n, l in DC.FIGURES_NATIVE]
            d.d("PROPER_NOUN", pick(rng, cands))
        elif k == "FIGQ":
            d.d("PROPER_NOUN", "Albert Einstein")
        elif k in ("FICT2", "FICT3"):
            v = pick(rng, DC.FICTIONAL)
            d.d("PROPER_NOUN", v)
        elif k == "FASHION":
            d.d("PROPER_NOUN", pick(rng, DC.FASHION_BRANDS))
        elif k == "VER4":
            d.d("VERSION", "%d.%d.%d.%d" % (rng.randrange(1, 20), rng.randrange(0, 20), rng.randrange(0, 12), rng.randrange(0, 255)))
        elif k == "OID":
            d.d("NUMERIC_ID", "1.3.6.1.2.1.2.2.1.%d" % rng.randrange(1, 22))
        elif k == "TESTCARD":
            d.d("NUMERIC_ID", pick(rng, ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "3782 822463 10005", "4111 1111 1111 1111"]))
        elif k == "TESTSSN":
            d.d("NUMERIC_ID", pick(rng, ["123-45-6789", "000-00-0000", "078-05-1120", "999-99-9999"]))
        elif k == "DATEISO":
            d.d("DATE", "%04d-%02d-%02d" % dates.rand_ymd(rng, 2020, 2025))
        else:
            v, lab, kind = fill.resolve(ctx, k)
            if lab is None:
                d.t(v)
            else:
                assert kind == "d", (k, tpl)
                d.d(lab, v)
        pos = m.end()
    d.t(tpl[pos:])
    return d


# ---------------------------------------------------------------- generators: each returns (shape, Doc)
def g_trivia(ctx):
    rng = ctx.rng
    lst = TRIVIA.get(ctx.lang, TRIVIA["en"])
    d = _fill_free(ctx, pick(rng, lst))
    if rng.random() < .3 and ctx.lang == "en":
        d.t(" ").add(_fill_free(ctx, pick(rng, ["Also, who played ⟦FICT⟧ in the 2005 film?", "Keep it under 200 words.", "Answer like a pirate.", "Cite sources if possible."])))
    return d


def g_fiction(ctx):
    return _fill_free(ctx, pick(ctx.rng, FICTION))


def g_catalog(ctx):
    rng = ctx.rng
    d = Doc().t(pick(rng, CATALOG_HEAD) + "\n")
    for _ in range(rng.randrange(3, 7)):
        d.t(pick(rng, ["• ", "- ", "* ", ""]))
        r = rng.random()
        if r < .4:
            d.d("PROPER_NOUN", pick(rng, DC.FASHION_BRANDS))
            d.t(" " + pick(rng, ["crew-neck jumper", "trench coat", "loafers", "eau de parfum 50 ml", "slim jeans", "leather belt", "tote bag", "polo shirt", "wool scarf"]))
        elif r < .6:
            d.d("PROPER_NOUN", pick(rng, DC.FOOD_BRANDS))
            d.t(" " + pick(rng, ["gift box", "hamper", "tasting set", "party pack", "miniatures ×6"]))
        else:
            d.d("PROPER_NOUN", pick(rng, DC.PRODUCTS))
        d.t(" — ").d("PRICE", DC.price(rng))
        if rng.random() < .3:
            d.t(pick(rng, [" (last 3 items)", " (ships in 2 days)", " ★★★★☆", ""]))
        d.t("\n")
    return d


def g_review(ctx):
    rng = ctx.rng
    tpl = pick(rng, ["The ⟦PROD⟧ is great, much better than the one I had before. 5 stars.", "Bought ⟦BRAND⟧ for my dad, he loved it. Delivery took until ⟦DATE⟧ though.",
                     "Honestly ⟦BRAND⟧ quality has gone down since 2019. Returned it (order ⟦ORD⟧).", "Does the ⟦PROD⟧ work with ⟦VER⟧?",
                     "⟦FASHION⟧ or ⟦FASHION⟧ for a first suit? Budget ⟦PRICE⟧.", "Got the ⟦PROD⟧ on sale for ⟦PRICE⟧, worth it."])
    return _fill_free(ctx, tpl)


def g_itinerary(ctx):
    rng = ctx.rng
    d = Doc().t(pick(rng, ["Trip plan\n", "Itinerary (draft)\n", "Our route:\n", ""]))
    for i in range(rng.randrange(2, 5)):
        d.add(_fill_free(ctx, pick(rng, PLACES_ITIN) % (i + 1))).t("\n")
    return d


def g_ci(ctx):
    rng = ctx.rng
    d = Doc()
    chat = rng.random() < .5
    for i in range(rng.randrange(3, 7)):
        if chat:
            d.t("[%02d:%02d] " % (rng.randrange(24), rng.randrange(60))).d("PROPER_NOUN", pick(rng, DC.BOT_SPEAKERS)).t(": ")
        d.add(_fill_free(ctx, pick(rng, CI_LINES))).t("\n")
    return d


def g_changelog(ctx):
    rng = ctx.rng
    d = Doc().t("## ").d("VERSION", DC.version(rng)).t(" — ").d("DATE", "%04d-%02d-%02d" % dates.rand_ymd(rng, 2021, 2025)).t("\n\n")
    for _ in range(rng.randrange(2, 6)):
        d.add(_fill_free(ctx, pick(rng, CHANGELOG))).t("\n")
    return d


def g_orders(ctx):
    rng = ctx.rng
    d = Doc()
    for _ in range(rng.randrange(1, 3)):
        d.add(_fill_free(ctx, ctx.choose(ORDERS))).t(" ")
    if rng.random() < .3:
        d.t("Questions? Reply to this message or call our hotline.")
    return d


def g_heading(ctx):
    rng = ctx.rng
    d = Doc().t(pick(rng, HEADINGS) + "\n\n")
    d.t(" ".join(rng.sample(HEADING_BODY, rng.randrange(1, 4))))
    if rng.random() < .5:
        d.t(" ").add(_fill_free(ctx, pick(rng, EVENTS)))
    return d


def g_recipe(ctx):
    rng = ctx.rng
    d = Doc().t("Recipe: ").d("PROPER_NOUN", pick(rng, RECIPES)).t("\n\nIngredients:\n")
    for x in rng.sample(INGR, rng.randrange(3, 6)):
        d.t("- " + x + "\n")
    d.t("\nMethod: " + pick(rng, ["Whisk, fold, bake at 180 °C for 25 minutes.", "Sear the meat, wrap in pastry, rest 10 minutes.", "Poach gently, then chill overnight."]))
    if rng.random() < .4:
        d.t(" Serve with a ").d("PROPER_NOUN", pick(rng, ["Bellini", "Tom Collins", "Arnold Palmer", "Shirley Temple", "Earl Grey tea"])).t(".")
    return d


def g_code(ctx):
    return _fill_free(ctx, pick(ctx.rng, CODE_FREE))


def g_docs(ctx):
    rng = ctx.rng
    d = _fill_free(ctx, pick(rng, DOCS_FREE))
    if rng.random() < .5:
        d.t(" ").add(_fill_free(ctx, pick(rng, DOCS_FREE)))
    return d


def g_imperative(ctx):
    rng = ctx.rng
    d = _fill_free(ctx, ctx.choose(IMPERATIVES))
    if rng.random() < .5:
        d.t(" ").add(_fill_free(ctx, ctx.choose(IMPERATIVES)))
    return d


def g_sports(ctx):
    rng = ctx.rng
    a, b = rng.sample(SPORTS, 2)
    d = Doc().d("PROPER_NOUN", a).t(" %d–%d " % (rng.randrange(5), rng.randrange(5))).d("PROPER_NOUN", b)
    d.t(pick(rng, [" — full time.", " after extra time.", ". Next fixture: ", " (agg. 3–3). "]))
    if d.plain().endswith(": ") or rng.random() < .3:
        d.d("DATE", dates.event_date(rng, ctx.locale)).t(" at ").d("PROPER_NOUN", pick(rng, ["Villa Park", "Santiago Bernabéu", "Allianz Arena", "La Bombonera", "Anfield", "Wembley"])).t(".")
    return d


def g_events(ctx):
    rng = ctx.rng
    d = _fill_free(ctx, pick(rng, EVENTS))
    if rng.random() < .4:
        d.t(" ").add(_fill_free(ctx, pick(rng, QUOTES)))
    return d


def g_versions(ctx):
    rng = ctx.rng
    d = _fill_free(ctx, pick(rng, VERSIONS))
    if rng.random() < .5:
        d.t("\n").add(_fill_free(ctx, pick(rng, VERSIONS)))
    return d


def g_prose_intl(ctx):
    rng = ctx.rng
    lst = PROSE.get(ctx.lang, PROSE["de"])
    k = min(len(lst), rng.randrange(2, 4))
    d = Doc()
    for s in rng.sample(lst, k):
        d.t(s + ("" if ctx.lang in ("ja", "zh", "th") else " "))
    if rng.random() < .4:
        v, lab, kind = fill.resolve(ctx, pick(rng, ["DATE", "DATE", "PRICE"]))
        d.t("(").d(lab, v).t(")")
    return Doc([(s.rstrip() if i == len(d.parts) - 1 and lab is None else s, lab, k2) for i, (s, lab, k2) in enumerate(d.parts)])


def g_bot_chat(ctx):
    rng = ctx.rng
    bot = pick(rng, ["Claude", "ChatGPT", "Copilot", "Gemini", "Assistant", "Alexa", "Siri", "Jarvis"])
    d = Doc()
    q = pick(rng, [g_trivia, g_fiction, g_imperative, g_versions, g_events])(ctx)
    d.t("User: ").add(q).t("\n").d("PROPER_NOUN", bot).t(": ").t(pick(rng, ["Here's what I found.", "Good question! Let me explain.", "Sure — a short answer first.", "I'm not certain, but here's my best attempt."]))
    if rng.random() < .5:
        d.t(" ").add(_fill_free(ctx, pick(rng, ["It was released on ⟦DATE⟧.", "The current version is ⟦VER⟧.", "Tickets start at ⟦PRICE⟧.", "You can see it at ⟦PLACE⟧."])))
    return d


FREE_GENS = [
    (g_trivia, 16, "trivia"), (g_fiction, 6, "fiction"), (g_catalog, 6, "catalog"), (g_review, 4, "review"), (g_itinerary, 4, "itinerary"), (g_ci, 7, "ci_log"),
    (g_changelog, 5, "changelog"), (g_orders, 7, "order_notice"), (g_heading, 5, "status_doc"), (g_recipe, 4, "recipe"), (g_code, 5, "code"), (g_docs, 4, "docs"),
    (g_imperative, 5, "prompt"), (g_sports, 2, "sports"), (g_events, 4, "announcement"), (g_versions, 5, "versions"), (g_prose_intl, 12, "prose"), (g_bot_chat, 5, "bot_chat"),
]
FREE_NEEDS_EN = {"fiction", "catalog", "review", "itinerary", "ci_log", "changelog", "order_notice", "status_doc", "recipe", "code", "docs", "prompt", "sports", "announcement", "versions", "bot_chat"}


def wrap(ctx, shape, d):
    """Optionally wrap a free body in an API/telemetry envelope."""
    rng = ctx.rng
    r = rng.random()
    if shape in ("code", "ci_log", "changelog", "catalog", "recipe") or r < .6:
        return shape, d
    if r < .75:
        obj = {"model": pick(rng, ["gpt-4o-mini", "gpt-4.1"]), "messages": [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": d}]}
        return "openai_request", jdump(obj, indent=pick(rng, [None, 2]), ascii=rng.random() < .3)
    if r < .85:
        obj = {"model": "claude-3-5-haiku-20241022", "max_tokens": 1024, "messages": [{"role": "user", "content": [{"type": "text", "text": d}]}]}
        return "anthropic_request", jdump(obj, ascii=rng.random() < .3)
    if r < .93:
        out = Doc().t('span name="chat" kind=CLIENT\n  gen_ai.system="openai"\n  gen_ai.prompt.0.role="user"\n  gen_ai.prompt.0.content="').add(d, esc=json_esc).t('"\n  gen_ai.usage.input_tokens=%d' % rng.randrange(10, 900))
        return "otlp_span", out
    obj = {"ts": DC.event_ts(rng), "level": "info", "msg": "prompt received", "prompt": d, "latency_ms": rng.randrange(20, 4000)}
    return "json_log", jdump(obj, sep=(",", ":"))
