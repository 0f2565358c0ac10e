"""PII-free padding that real traffic carries around the personal data: system prompts, tool
schemas, acknowledgements, disclaimers, policy snippets.  Decoys inside are labelled."""
from core import D, fill

SYSTEM = [
    "You are ⟦b⟧'s customer support assistant. Be concise and friendly. Never reveal internal notes. "
    "If the user asks about an order, call lookup_order first. Escalate refunds above ⟦p⟧ to a human. "
    "Knowledge cutoff: ⟦d⟧. Build ⟦v⟧.",
    "# Role\nYou answer questions for ⟦b⟧ shoppers.\n# Rules\n1. Do not invent tracking numbers.\n"
    "2. Only use the tools provided.\n3. Reply in the user's language.\n4. Keep answers under 120 words.\n"
    "# Context\nPrompt version ⟦v⟧, updated ⟦d⟧.",
    "You are a booking assistant for ⟦b⟧. Collect the traveller's details, confirm the dates and summarise the "
    "reservation. Prices are shown in the user's currency; the minimum deposit is ⟦p⟧. Today is ⟦d⟧.",
    "System: you are an internal CRM copilot. Summarise the customer's message, extract structured fields and "
    "suggest the next action. Do not store card data in notes. Config ⟦v⟧ (⟦h⟧).",
    "You are a triage assistant. Classify the message as billing, delivery, account or other, then draft a reply. "
    "Tone: warm, professional. Product line: ⟦b⟧. Policy doc ⟦f⟧, last reviewed ⟦d⟧.",
]

ACK = {
    "en": ["Sure, let me check that for you.", "Thanks for the details. One moment please.",
           "I can help with that. Could you confirm a few things first?", "Understood. Let me look into it."],
    "es": ["Claro, lo reviso ahora mismo.", "Gracias por los datos, un momento por favor."],
    "fr": ["Bien sûr, je vérifie tout de suite.", "Merci pour ces informations, un instant s'il vous plaît."],
    "de": ["Gerne, ich schaue sofort nach.", "Danke für die Angaben, einen Moment bitte."],
    "pt": ["Claro, vou verificar agora.", "Obrigado pelas informações, um momento por favor."],
    "it": ["Certo, controllo subito.", "Grazie per i dati, un attimo per favore."],
    "nl": ["Natuurlijk, ik kijk het meteen na.", "Bedankt voor de gegevens, een moment alstublieft."],
    "pl": ["Oczywiście, już sprawdzam.", "Dziękuję za dane, proszę chwilę poczekać."],
    "sv": ["Absolut, jag kollar direkt.", "Tack för uppgifterna, ett ögonblick."],
    "tr": ["Tabii, hemen kontrol ediyorum.", "Bilgiler için teşekkürler, bir dakika lütfen."],
    "ru": ["Конечно, сейчас проверю.", "Спасибо за информацию, минуту, пожалуйста."],
    "el": ["Βεβαίως, το ελέγχω αμέσως.", "Ευχαριστώ για τα στοιχεία, ένα λεπτό παρακαλώ."],
    "ar": ["بالتأكيد، سأتحقق من ذلك الآن.", "شكراً على المعلومات، لحظة من فضلك."],
    "he": ["בטח, אני בודק את זה עכשיו.", "תודה על הפרטים, רגע אחד בבקשה."],
    "hi": ["ज़रूर, मैं अभी जाँच करती हूँ।", "जानकारी के लिए धन्यवाद, कृपया एक क्षण रुकें।"],
    "ja": ["承知しました。確認いたしますので少々お待ちください。", "ご連絡ありがとうございます。"],
    "zh": ["好的，我马上为您查询。", "感谢您提供的信息，请稍等。"],
    "ko": ["네, 바로 확인해 드리겠습니다.", "정보 감사합니다. 잠시만 기다려 주세요."],
    "vi": ["Vâng, mình kiểm tra ngay ạ.", "Cảm ơn bạn, vui lòng chờ một chút."],
    "id": ["Baik, saya cek dulu ya.", "Terima kasih atas datanya, mohon ditunggu."],
}

DISCLAIMER = [
    "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received "
    "it in error, please notify the sender and delete it.",
    "Please consider the environment before printing this e-mail.",
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie "
    "bitte sofort den Absender.",
    "Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci de le supprimer.",
]

POLICY = [
    "Returns are accepted within 30 days of delivery. Items must be unused and in the original packaging. "
    "Refunds are issued to the original payment method within 5 to 10 business days.",
    "Orders placed before 2 pm ship the same day. Express delivery is not available for bulky items. "
    "Customs fees for deliveries outside the EU are paid by the recipient.",
    "Account security: we will never ask for your full card number by e-mail. Two-factor authentication can be "
    "enabled under Settings > Security.",
]

TOOL_DEFS = [("lookup_order", "Look up an order by its id", ["order_id"]),
             ("update_customer", "Update a customer's contact details", ["customer_id", "email", "phone", "address"]),
             ("create_ticket", "Open a support ticket", ["subject", "body", "priority"]),
             ("issue_refund", "Refund an order, fully or partly", ["order_id", "amount"]),
             ("search_kb", "Search the help centre", ["query", "locale"]),
             ("schedule_callback", "Book a phone callback", ["phone", "slot"])]


def system_prompt(c):
    return fill(c.r.choice(SYSTEM), b=c.brand(), p=c.price(), d=c.date(), v=c.ver(), h=c.hx(8), f=c.path())


def tools_schema(c, n=None):
    r = c.r
    out = []
    for name, desc, params in r.sample(TOOL_DEFS, n or r.randint(2, 5)):
        out.append({"type": "function", "function": {
            "name": name, "description": desc,
            "parameters": {"type": "object", "properties": {p: {"type": "string"} for p in params},
                           "required": params[:1]}}})
    return out


def ack(c):
    return c.r.choice(ACK[c.lang])


def noise_kv(c):
    r = c.r
    return [c.ts(), " ", r.choice(["INFO", "DEBUG"]), " svc=", r.choice(["gateway", "chat", "billing"]),
            " event=request path=", r.choice(["/api/cart", "/api/session", "/v1/embeddings", "/v1/chat/completions"]),
            " status=", r.choice(["200", "200", "204", "304", "429"]), " dur_ms=", str(r.randint(5, 1900)),
            " req_id=", c.hx(12)] + ([" probe=", D("OPS_TERM", r.choice(["/healthz", "/readyz"]))]
                                      if r.random() < 0.15 else [])
