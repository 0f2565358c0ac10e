# -*- coding: utf-8 -*-
"""Templates for non-Latin-script languages and other world languages."""

T = {}

T["ru"] = dict(
    person=["⟦P1m.g⟧, ты уже отправил смету?", "⟦P1⟧ и ⟦P2⟧ будут в отпуске на следующей неделе.", "Ответственный: ⟦P1⟧.", "Спасибо, ⟦P1.g⟧, за помощь с переездом!",
            "Звонит ⟦P1⟧ из бухгалтерии, просит перезвонить.", "Напиши прощальное письмо для коллеги — её зовут ⟦P1f⟧.", "Участники: ⟦P1⟧, ⟦P2⟧, ⟦P3⟧."],
    dob=["Дата рождения: ⟦DOB⟧", "Я родился ⟦DOB⟧ в Казани.", "⟦P1m⟧, ⟦DOB⟧ г.р., подал заявление на загранпаспорт.", "д.р. ⟦DOB⟧", "Моя дочь ⟦P1f.g⟧ родилась ⟦DOB⟧."],
    address=["Мой адрес: ⟦ADDR⟧", "Доставьте, пожалуйста, по адресу ⟦ADDR⟧.", "Адрес регистрации: ⟦ADDR⟧"],
    phone=["Позвоните мне по номеру ⟦PH⟧.", "Тел.: ⟦PH⟧"],
    email=["Моя почта: ⟦EM⟧", "Напишите ⟦P1.g⟧ на ⟦EM1⟧."],
    password=["пароль от wifi: ⟦PW⟧", "Логин: ⟦P1.roman⟧, пароль: ⟦PW⟧"],
    health=["У меня ⟦H:cond⟧, принимаю ⟦H:med⟧.", "Диагноз: ⟦H:cond⟧.", "Маме назначили ⟦H:proc⟧ на ⟦DATE⟧."],
    card=["Номер карты: ⟦CC⟧"],
    iban=["Реквизиты (IBAN): ⟦IBAN⟧"],
    mixed=["Здравствуйте, меня зовут ⟦P1⟧, дата рождения ⟦DOB⟧, адрес ⟦ADDR⟧, тел. ⟦PH⟧."],
    filler=["Заказ ⟦ORD⟧ на сумму ⟦PRICE⟧.", "Версия ⟦VER⟧ вышла ⟦DATE⟧.", "С уважением,"],
)

T["uk"] = dict(
    person=["⟦P1m.g⟧, ти вже надіслав кошторис?", "⟦P1⟧ і ⟦P2⟧ будуть у відпустці наступного тижня.", "Відповідальна особа: ⟦P1f⟧.", "Дякую, ⟦P1.g⟧!"],
    dob=["Дата народження: ⟦DOB⟧", "⟦P1⟧, ⟦DOB⟧ р.н.", "Я народилася ⟦DOB⟧ у Львові."],
    address=["Моя адреса: ⟦ADDR⟧", "Доставка: ⟦ADDR⟧"],
    phone=["Телефонуйте: ⟦PH⟧"],
    email=["Пошта: ⟦EM⟧"],
    password=["пароль від wifi — ⟦PW⟧"],
    health=["Діагноз: ⟦H:cond⟧. Приймаю ⟦H:med⟧."],
    iban=["IBAN: ⟦IBAN:UA⟧, отримувач ⟦P1⟧"],
    mixed=["Добрий день, я ⟦P1⟧, дата народження ⟦DOB⟧, тел. ⟦PH⟧, адреса ⟦ADDR⟧."],
    filler=["Замовлення ⟦ORD⟧ на ⟦PRICE⟧.", "З повагою,"],
)

T["el"] = dict(
    person=["⟦P1.g⟧, έστειλες την προσφορά;", "Ο ⟦P1m⟧ και η ⟦P2f⟧ θα λείπουν την επόμενη εβδομάδα.", "Υπεύθυνος: ⟦P1⟧", "Ευχαριστώ, ⟦P1.g⟧!"],
    dob=["Ημερομηνία γέννησης: ⟦DOB⟧", "Γεννήθηκα στις ⟦DOB⟧.", "⟦P1⟧, γεν. ⟦DOB⟧"],
    address=["Η διεύθυνσή μου: ⟦ADDR⟧", "Αποστολή στη διεύθυνση ⟦ADDR⟧."],
    phone=["Τηλ.: ⟦PH⟧"],
    email=["Email: ⟦EM⟧"],
    password=["ο κωδικός του wifi είναι ⟦PW⟧"],
    health=["Έχω ⟦H:cond⟧ και παίρνω ⟦H:med⟧."],
    iban=["IBAN: ⟦IBAN:GR⟧"],
    mixed=["Γεια σας, είμαι ο ⟦P1m⟧, γεν. ⟦DOB⟧, τηλ. ⟦PH⟧."],
    filler=["Παραγγελία ⟦ORD⟧: ⟦PRICE⟧.", "Με εκτίμηση,"],
)

T["ar"] = dict(
    person=["اسأل ⟦P1m.g⟧ إذا أرسل العرض", "⟦P1⟧ و⟦P2⟧ في إجازة الأسبوع القادم.", "شكراً يا ⟦P1.g⟧ على المساعدة!", "المسؤول عن الملف: ⟦P1⟧", "اتصل ⟦P1⟧ بخصوص الفاتورة."],
    dob=["تاريخ الميلاد: ⟦DOB⟧", "ولدت في ⟦DOB⟧.", "⟦P1⟧، مواليد ⟦DOB⟧", "تاريخ ميلاد ابني ⟦P1m.g⟧ هو ⟦DOB⟧."],
    address=["عنواني: ⟦ADDR⟧", "يرجى التوصيل إلى ⟦ADDR⟧."],
    phone=["رقم جوالي ⟦PH⟧", "هاتف: ⟦PH⟧"],
    email=["بريدي الإلكتروني: ⟦EM⟧"],
    password=["كلمة المرور: ⟦PW⟧", "كلمة سر الواي فاي ⟦PW⟧"],
    health=["تم تشخيصي بـ⟦H:cond⟧.", "والدي يتناول ⟦H:med⟧ يومياً.", "التشخيص: ⟦H:cond⟧"],
    iban=["رقم الآيبان: ⟦IBAN:SA⟧", "حوّل المبلغ إلى ⟦IBAN⟧ باسم ⟦P1⟧."],
    card=["رقم البطاقة ⟦CC⟧"],
    mixed=["مرحباً، أنا ⟦P1⟧، تاريخ الميلاد ⟦DOB⟧، العنوان ⟦ADDR⟧، الجوال ⟦PH⟧."],
    filler=["الطلب رقم ⟦ORD⟧ بقيمة ⟦PRICE⟧.", "مع التحية،"],
)

T["he"] = dict(
    person=["תשאל את ⟦P1.g⟧ אם ההצעה נשלחה", "⟦P1⟧ ו⟦P2⟧ בחופש בשבוע הבא.", "תודה, ⟦P1.g⟧!", "אחראית: ⟦P1f⟧"],
    dob=["תאריך לידה: ⟦DOB⟧", "נולדתי ב-⟦DOB⟧.", "⟦P1⟧, ת.ל. ⟦DOB⟧"],
    address=["הכתובת שלי: ⟦ADDR⟧", "משלוח ל⟦ADDR⟧"],
    phone=["טלפון: ⟦PH⟧", "תתקשר אליי ל-⟦PH⟧"],
    email=["מייל: ⟦EM⟧"],
    password=["הסיסמה לוויפי היא ⟦PW⟧", "סיסמה: ⟦PW⟧"],
    health=["אובחנתי עם ⟦H:cond⟧ ואני לוקח ⟦H:med⟧."],
    iban=["IBAN: ⟦IBAN:IL⟧"],
    mixed=["שלום, אני ⟦P1⟧, ת.ל. ⟦DOB⟧, טל' ⟦PH⟧, כתובת ⟦ADDR⟧."],
    filler=["הזמנה ⟦ORD⟧ בסך ⟦PRICE⟧.", "בברכה,"],
)

T["hi"] = dict(
    person=["⟦P1.g⟧ से पूछो कि कोटेशन भेजा या नहीं", "⟦P1⟧ और ⟦P2⟧ अगले हफ्ते छुट्टी पर हैं।", "धन्यवाद ⟦P1.g⟧ जी!", "⟦P1⟧ जी ने फ़ाइल पर हस्ताक्षर कर दिए हैं।",
            "मेरी सहकर्मी ⟦P1f.g⟧ के लिए विदाई संदेश लिखो।"],
    dob=["जन्म तिथि: ⟦DOB⟧", "मेरा जन्म ⟦DOB⟧ को हुआ था।", "⟦P1⟧, जन्म ⟦DOB⟧", "DOB: ⟦DOB⟧"],
    address=["मेरा पता: ⟦ADDR⟧", "कृपया ⟦ADDR⟧ पर भेजें।"],
    phone=["मेरा नंबर ⟦PH⟧ है।", "मोबाइल: ⟦PH⟧"],
    email=["ईमेल: ⟦EM⟧"],
    password=["वाईफाई का पासवर्ड ⟦PW⟧ है", "पासवर्ड: ⟦PW⟧"],
    health=["मुझे ⟦H:cond⟧ है और मैं ⟦H:med⟧ लेता हूँ।", "पिताजी की ⟦H:proc⟧ ⟦DATE⟧ को है।"],
    card=["कार्ड नंबर: ⟦CC⟧"],
    mixed=["नमस्ते, मैं ⟦P1⟧ हूँ, जन्म तिथि ⟦DOB⟧, पता ⟦ADDR⟧, फ़ोन ⟦PH⟧।"],
    filler=["ऑर्डर ⟦ORD⟧ की कीमत ⟦PRICE⟧ है।", "धन्यवाद।"],
)

T["bn"] = dict(
    person=["⟦P1.g⟧কে জিজ্ঞেস করো কোটেশন পাঠিয়েছে কিনা", "⟦P1⟧ আর ⟦P2⟧ আগামী সপ্তাহে ছুটিতে।", "ধন্যবাদ ⟦P1.g⟧!", "দায়িত্বে আছেন ⟦P1⟧।"],
    dob=["জন্ম তারিখ: ⟦DOB⟧", "আমার জন্ম ⟦DOB⟧।", "⟦P1⟧, জন্ম ⟦DOB⟧"],
    address=["আমার ঠিকানা: ⟦ADDR⟧"],
    phone=["মোবাইল: ⟦PH⟧", "আমার নম্বর ⟦PH⟧"],
    email=["ইমেইল: ⟦EM⟧"],
    password=["পাসওয়ার্ড: ⟦PW⟧"],
    health=["আমার ⟦H:cond⟧ আছে, ⟦H:med⟧ খাই।"],
    mixed=["নমস্কার, আমি ⟦P1⟧, জন্ম তারিখ ⟦DOB⟧, ফোন ⟦PH⟧।"],
    filler=["অর্ডার ⟦ORD⟧, মূল্য ⟦PRICE⟧।"],
)

T["ta"] = dict(
    person=["⟦P1⟧ நாளை விடுமுறையில் இருக்கிறார்.", "நன்றி ⟦P1.g⟧!", "பொறுப்பாளர்: ⟦P1⟧", "⟦P1⟧ மற்றும் ⟦P2⟧ கூட்டத்தில் இருப்பார்கள்."],
    dob=["பிறந்த தேதி: ⟦DOB⟧", "நான் ⟦DOB⟧ அன்று பிறந்தேன்.", "⟦P1⟧, பிறப்பு ⟦DOB⟧"],
    address=["முகவரி: ⟦ADDR⟧"],
    phone=["கைபேசி: ⟦PH⟧"],
    email=["மின்னஞ்சல்: ⟦EM⟧"],
    password=["கடவுச்சொல்: ⟦PW⟧"],
    health=["எனக்கு ⟦H:cond⟧ உள்ளது, ⟦H:med⟧ எடுத்துக்கொள்கிறேன்."],
    mixed=["வணக்கம், நான் ⟦P1⟧, பிறந்த தேதி ⟦DOB⟧, தொலைபேசி ⟦PH⟧."],
    filler=["ஆர்டர் ⟦ORD⟧ விலை ⟦PRICE⟧."],
)

T["th"] = dict(
    person=["ถามคุณ⟦P1.g⟧หน่อยว่าส่งใบเสนอราคาหรือยัง", "คุณ⟦P1⟧และคุณ⟦P2⟧ลาพักร้อนสัปดาห์หน้า", "ขอบคุณ⟦P1.g⟧มากนะ", "ผู้รับผิดชอบ: ⟦P1⟧"],
    dob=["วันเกิด: ⟦DOB⟧", "เกิดวันที่ ⟦DOB⟧", "⟦P1⟧ เกิด ⟦DOB⟧"],
    address=["ที่อยู่: ⟦ADDR⟧", "ส่งของที่ ⟦ADDR⟧"],
    phone=["เบอร์โทร ⟦PH⟧", "โทร ⟦PH⟧"],
    email=["อีเมล: ⟦EM⟧"],
    password=["รหัสผ่าน: ⟦PW⟧", "รหัสไวไฟคือ ⟦PW⟧"],
    health=["ฉันเป็น⟦H:cond⟧ กิน⟦H:med⟧ทุกวัน"],
    mixed=["สวัสดีค่ะ ดิฉัน⟦P1f⟧ เกิด ⟦DOB⟧ โทร ⟦PH⟧"],
    filler=["คำสั่งซื้อ ⟦ORD⟧ ราคา ⟦PRICE⟧"],
)

T["zh"] = dict(
    person=["问一下⟦P1⟧报价发了没有", "⟦P1⟧和⟦P2⟧下周休假。", "谢谢⟦P1.g⟧！", "负责人：⟦P1⟧", "⟦P1.f⟧经理说合同明天签。", "帮我给同事⟦P1⟧写一段欢送词。", "老⟦P1.f⟧今天不在办公室。"],
    dob=["出生日期：⟦DOB⟧", "我出生于⟦DOB⟧。", "⟦P1⟧，⟦DOB⟧出生", "生日：⟦DOB⟧", "我女儿⟦P1f.g⟧是⟦DOB⟧出生的。"],
    address=["地址：⟦ADDR⟧", "请寄到⟦ADDR⟧。", "收货地址：⟦ADDR⟧"],
    phone=["手机：⟦PH⟧", "我的电话是⟦PH⟧"],
    email=["邮箱：⟦EM⟧"],
    password=["WiFi密码是⟦PW⟧", "密码：⟦PW⟧"],
    health=["我有⟦H:cond⟧，每天吃⟦H:med⟧。", "诊断：⟦H:cond⟧", "我妈妈下周要做⟦H:proc⟧。"],
    card=["卡号：⟦CC⟧"],
    ip=["⟦IP⟧ 登录异常，账号⟦EM⟧"],
    mixed=["你好，我是⟦P1⟧，出生日期⟦DOB⟧，地址⟦ADDR⟧，电话⟦PH⟧。"],
    filler=["订单⟦ORD⟧，金额⟦PRICE⟧。", "版本⟦VER⟧已于⟦DATE⟧发布。"],
)

T["ja"] = dict(
    person=["⟦P1.f⟧さんに見積もりを送ったか聞いてください", "⟦P1⟧さんと⟦P2⟧さんは来週休みです。", "⟦P1.f⟧様より折り返しのお電話がありました。", "担当：⟦P1⟧",
            "いつもありがとうございます、⟦P1.f⟧さん。", "同僚の⟦P1⟧さんへの送別メッセージを書いて。", "⟦P1⟧（営業部）が対応します。"],
    dob=["生年月日：⟦DOB⟧", "⟦DOB⟧生まれです。", "⟦P1⟧（⟦DOB⟧生）", "誕生日は⟦DOB⟧です。"],
    address=["住所：⟦ADDR⟧", "お届け先：⟦ADDR⟧", "⟦ADDR⟧に引っ越しました。"],
    phone=["電話番号：⟦PH⟧", "携帯 ⟦PH⟧"],
    email=["メール：⟦EM⟧"],
    password=["パスワード：⟦PW⟧", "Wi-Fiのパスワードは⟦PW⟧です"],
    health=["⟦H:cond⟧と診断されました。", "父は毎日⟦H:med⟧を飲んでいます。", "既往歴：⟦H:cond⟧"],
    card=["カード番号：⟦CC⟧"],
    mixed=["⟦P1⟧と申します。生年月日は⟦DOB⟧、住所は⟦ADDR⟧、電話は⟦PH⟧です。"],
    filler=["注文番号⟦ORD⟧、合計⟦PRICE⟧。", "バージョン⟦VER⟧を⟦DATE⟧にリリースしました。"],
)

T["ko"] = dict(
    person=["⟦P1⟧ 님께 견적서 보냈는지 물어봐 주세요", "⟦P1⟧ 님과 ⟦P2⟧ 님은 다음 주 휴가입니다.", "고마워요, ⟦P1.g⟧ 씨!", "담당자: ⟦P1⟧", "⟦P1⟧ 과장님이 회의를 ⟦time⟧로 옮겼어요."],
    dob=["생년월일: ⟦DOB⟧", "저는 ⟦DOB⟧에 태어났습니다.", "⟦P1⟧ (⟦DOB⟧생)"],
    address=["주소: ⟦ADDR⟧", "배송지: ⟦ADDR⟧"],
    phone=["연락처: ⟦PH⟧", "휴대폰 ⟦PH⟧"],
    email=["이메일: ⟦EM⟧"],
    password=["비밀번호: ⟦PW⟧", "와이파이 비번은 ⟦PW⟧"],
    health=["⟦H:cond⟧ 진단을 받았어요.", "어머니가 ⟦H:med⟧을 드세요."],
    card=["카드번호: ⟦CC⟧"],
    mixed=["안녕하세요, ⟦P1⟧입니다. 생년월일 ⟦DOB⟧, 주소 ⟦ADDR⟧, 연락처 ⟦PH⟧."],
    filler=["주문번호 ⟦ORD⟧, 금액 ⟦PRICE⟧.", "버전 ⟦VER⟧ 배포 완료."],
)

T["vi"] = dict(
    person=["hỏi chị ⟦P1f.g⟧ xem đã gửi báo giá chưa", "⟦P1⟧ và ⟦P2⟧ nghỉ phép tuần sau.", "Cảm ơn anh ⟦P1m.g⟧!", "Người phụ trách: ⟦P1⟧"],
    dob=["Ngày sinh: ⟦DOB⟧", "Tôi sinh ⟦DOB⟧.", "⟦P1⟧, sinh ⟦DOB⟧"],
    address=["Địa chỉ: ⟦ADDR⟧", "Giao hàng đến ⟦ADDR⟧"],
    phone=["SĐT: ⟦PH⟧", "Gọi cho tôi theo số ⟦PH⟧"],
    email=["Email: ⟦EM⟧"],
    password=["Mật khẩu: ⟦PW⟧", "mật khẩu wifi là ⟦PW⟧"],
    health=["Tôi bị ⟦H:cond⟧, đang uống ⟦H:med⟧."],
    mixed=["Xin chào, tôi là ⟦P1⟧, sinh ngày ⟦DOB:iso⟧, địa chỉ ⟦ADDR⟧, SĐT ⟦PH⟧."],
    filler=["Đơn hàng ⟦ORD⟧ giá ⟦PRICE⟧."],
)

T["id"] = dict(
    person=["tanya ke Pak ⟦P1m.g⟧ apakah penawaran sudah dikirim", "⟦P1⟧ dan ⟦P2⟧ cuti minggu depan.", "Terima kasih, Bu ⟦P1f.g⟧!", "Penanggung jawab: ⟦P1⟧"],
    dob=["Tanggal lahir: ⟦DOB⟧", "Saya lahir ⟦DOB⟧ di Bandung.", "⟦P1⟧, lahir ⟦DOB⟧", "TTL: Surabaya, ⟦DOB⟧"],
    address=["Alamat: ⟦ADDR⟧", "Kirim ke ⟦ADDR⟧"],
    phone=["No. HP: ⟦PH⟧", "WA: ⟦PH⟧"],
    email=["Email: ⟦EM⟧"],
    password=["kata sandi: ⟦PW⟧", "password wifi ⟦PW⟧"],
    health=["Saya punya ⟦H:cond⟧ dan minum ⟦H:med⟧."],
    card=["Nomor kartu: ⟦CC⟧"],
    mixed=["Halo, saya ⟦P1⟧, lahir ⟦DOB⟧, alamat ⟦ADDR⟧, HP ⟦PH⟧."],
    filler=["Pesanan ⟦ORD⟧ seharga ⟦PRICE⟧."],
)

T["sw"] = dict(
    person=["muulize ⟦P1.g⟧ kama ametuma nukuu", "⟦P1⟧ na ⟦P2⟧ wako likizo wiki ijayo.", "Asante sana, ⟦P1.g⟧!", "Bi. ⟦P1f⟧ alipiga simu kuhusu ankara.", "Bwana ⟦P1m⟧ atafika saa nne."],
    dob=["Tarehe ya kuzaliwa: ⟦DOB⟧", "Nilizaliwa ⟦DOB⟧.", "⟦P1⟧, alizaliwa ⟦DOB⟧"],
    address=["Anwani yangu: ⟦ADDR⟧"],
    phone=["Nambari yangu ni ⟦PH⟧", "Simu: ⟦PH⟧"],
    email=["Barua pepe: ⟦EM⟧"],
    password=["Nenosiri: ⟦PW⟧", "nenosiri la wifi ni ⟦PW⟧"],
    health=["Nina ⟦H:cond⟧ na ninatumia ⟦H:med⟧."],
    mixed=["Habari, mimi ni ⟦P1⟧, nilizaliwa ⟦DOB⟧, simu ⟦PH⟧, anwani ⟦ADDR⟧."],
    filler=["Agizo ⟦ORD⟧ ni ⟦PRICE⟧."],
)

T["yo"] = dict(
    person=["Orúkọ mi ni ⟦P1⟧.", "Ẹ ṣé o, ⟦P1.g⟧!", "⟦P1⟧ àti ⟦P2⟧ yóò wá lọ́la.", "Ẹ kú iṣẹ́, ⟦P1.g⟧."],
    dob=["Ọjọ́ ìbí: ⟦DOB⟧", "Wọ́n bí mi ní ⟦DOB⟧.", "⟦P1⟧, ọjọ́ ìbí ⟦DOB⟧"],
    address=["Mo ń gbé ní ⟦ADDR⟧."],
    phone=["Nọ́mbà fóònù mi ni ⟦PH⟧."],
    email=["Ímeèlì: ⟦EM⟧"],
    password=["Ọ̀rọ̀ aṣínà: ⟦PW⟧"],
    health=["Mo ní ⟦H:cond⟧."],
    mixed=["Orúkọ mi ni ⟦P1⟧, ọjọ́ ìbí ⟦DOB⟧, fóònù ⟦PH⟧."],
    filler=["Ẹ ṣé."],
)
