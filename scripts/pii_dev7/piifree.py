"""PII-free texts that look like they mention people. Nothing here may be masked.

[[X]] marks a PROPER_NOUN decoy, [[DATE:X]] a DATE decoy. Common words that are also
given names (will, mark, grace, hope, Вера, Deniz, Lan...) are left unlabelled: no
decoy type fits them, and the whole text must come through untouched anyway.
"""
import shapes as sh
from core import S, cat, join, jdump, esc_json
from render import render

FREE = {
    "brand": [
        "Which has the better loyalty programme, {BRAND} or {BRAND}?",
        "Write a tagline for a coffee shop that could compete with [[Tim Hortons]] in Toronto.",
        "My [[Dell]] laptop won't charge past 80%. Is that a battery-care setting?",
        "Compare [[Ben & Jerry's]] and [[Häagen-Dazs]] on sugar per serving.",
        "Does [[Wendy's]] still do the 4 for 4 deal, or was that discontinued?",
        "Should I buy a used [[Porsche]] 911 or a new [[Ford]] Mustang? Budget around {PRICE}.",
        "What's the difference between [[Marks & Spencer]] and [[John Lewis]] for school uniforms?",
        "Is a [[Casio]] G-Shock waterproof enough for snorkelling?",
        "How did [[Tesla]] and [[Ford]] shares move after their last earnings calls? Just explain how to look it up.",
        "Draft a complaint to [[Hugo Boss]] customer service about a torn seam on a jacket (order {ORDER}).",
        "Is [[Ralph Lauren]] owned by the same group as [[Tommy Hilfiger]]?",
        "Write a product blurb for a mug in the style of a [[Trader Joe's]] flyer.",
        "Which has more plant-based options in Germany, [[McDonald's]] or [[Burger King]]?",
        "How do I cancel a [[Hilton]] booking without paying the fee?",
        "My [[Mercedes-Benz]] shows a 'Service A' warning. What does that service include?",
        "Summarise the history of [[Johnson & Johnson]] in five bullet points.",
        "Is [[Jack Daniel's]] a bourbon or a Tennessee whiskey?",
        "Why did [[Morgan Stanley]] buy E*Trade?",
        "{BRAND} just emailed me a discount code for {PRICE} off. Legit or phishing?",
        "In the Netherlands, is [[Albert Heijn]] more expensive than [[Lidl]]?",
        "Do [[Dr. Martens]] resole boots, or do I need a cobbler?",
        "Ranking request: [[Levi's]], [[Calvin Klein]] and [[Tommy Hilfiger]] jeans by durability.",
        "What's the cheapest [[Porsche]] that still counts as a sports car?",
        "Our canteen switched from [[Heinz]] to a store brand. Write a funny petition to switch back.",
        "Is [[Bang & Olufsen]] worth it over [[Sonos]] for a small flat?",
        "Does [[Marks & Spencer]] deliver to Ireland after Brexit?",
        "[[Aldi]] and [[Lidl]] were founded by whom? Keep it short, company history only.",
        "My [[Bosch]] dishwasher shows E:24. Fix?",
        "Recipe for a copycat [[Chick-fil-A]] sauce.",
        "Is [[Goldman Sachs]] or [[J.P. Morgan]] bigger by assets?",
    ],
    "place": [
        "Cheapest way to get from [[San Jose]] to [[Santa Clara]] without a car?",
        "Is [[St. Louis]] or [[Charlotte, NC]] a better city for a three-day conference?",
        "Plan a {NN}-day trip to {PLACE} for two adults on a budget.",
        "What's the weather like in [[Darwin]] in [[DATE:July]]?",
        "Ferry times from [[Victoria BC]] to [[Vancouver]] on weekends?",
        "Best brunch spots in [[Lincoln Park]], Chicago?",
        "How long is the metro ride from [[Washington, D.C.]] to [[Alexandria, Virginia]]?",
        "Is [[Sofia]] a good base for day trips in Bulgaria?",
        "Moving from [[Adelaide]] to [[Brisbane]]: how do rents compare?",
        "Write a haiku about wind in [[Wellington]].",
        "Which airport is closer to downtown [[Houston]]?",
        "Recommend a hike near [[Santa Barbara]] under 10 km.",
        "Does [[Ho Chi Minh City]] have a metro line yet?",
        "Our team offsite is in {PLACE} next quarter. Suggest three venues with a view.",
        "Compare the cost of living in [[Austin]] and [[Denver]] for a remote worker.",
        "Is [[Florence]] walkable from the train station to the Duomo?",
        "Things to do in [[Savannah]] in the rain?",
        "Drive time between [[Jackson]] and [[Madison]]? Which states are they in?",
        "Why is [[St. Petersburg]] called the Venice of the North?",
        "Good day trip from [[San Diego]]: [[La Jolla]] or [[Coronado]]?",
        "Is [[Victoria Falls]] better from the Zambia or Zimbabwe side?",
        "Where's the best place to see the sunset in [[Santa Monica]]?",
        "How do I get from [[Lourdes]] to [[Toulouse]] by train?",
    ],
    "street": [
        "Is there parking near [[Baker Street]] on a Saturday?",
        "Fastest way from [[King's Cross]] to [[Victoria Station]] with two suitcases?",
        "Any good ramen on [[Queen Street West]]?",
        "Where are the best-value seats at [[Carnegie Hall]]?",
        "Our team dinner is near [[Grand Central]]. Draft the invite for the whole team.",
        "How tall is the [[Willis Tower]] compared to the [[Chrysler Building]]?",
        "Are the shops on [[Orchard Road]] open on Sunday mornings?",
        "Walking route from [[Nevsky Prospekt]] to the Hermitage?",
        "Is [[Friedrichstraße]] station step-free?",
        "Food trucks around [[Lincoln Center]] after 10pm?",
        "Bus from [[Penn Station]] to [[JFK]], or the train?",
        "Our new office is on {STREET}. Write a short 'we've moved' announcement without the address details.",
        "How busy is [[Piccadilly]] on New Year's Eve?",
        "Best tapas near [[Plaza de Colón]]?",
        "Can I cycle along [[Avenida Paulista]] on Sundays?",
        "Is the [[Van Gogh Museum]] or the [[Rijksmuseum]] better with kids?",
        "Meet at the fountain on [[Wenceslas Square]]? Write the event blurb.",
    ],
    "figure": [
        "Explain [[Einstein]]'s theory of relativity to a 10-year-old.",
        "What did [[Marie Curie]] discover, and why did she win two Nobel prizes?",
        "Compare [[Napoleon]] and [[Julius Caesar]] as military strategists.",
        "Summarise the plot of [[Shakespeare]]'s [[Macbeth]] in five lines.",
        "Why is [[Ada Lovelace]] called the first programmer?",
        "Write a short quiz about [[Frida Kahlo]]'s paintings.",
        "What were [[Gandhi]]'s main ideas about nonviolence?",
        "Did [[Isaac Newton]] and [[Gottfried Leibniz]] really fight over calculus?",
        "Give me five facts about {FIGURE} for a school project.",
        "Who was born first, {FIGURE} or {FIGURE}?",
        "Timeline of {FIGURE}'s life in eight bullet points.",
        "Find a quote by {FIGURE} about education, and tell me if it's authentic.",
        "Essay prompt: was {FIGURE} a product of their time? Give me an outline.",
        "How did [[Alan Turing]] help break Enigma?",
        "What's the difference between [[Plato]] and [[Aristotle]] on the theory of forms?",
        "Explain [[Mendeleev]]'s periodic table like I'm in year 8.",
        "Why is [[Nelson Mandela]] known as [[Madiba]]?",
        "Write a rap verse about [[Srinivasa Ramanujan]] and infinite series.",
        "Was [[Cleopatra]] Egyptian or Greek?",
        "How did [[Rosalind Franklin]]'s Photo 51 contribute to DNA research?",
        "What instruments did [[Mozart]] play as a child?",
        "In what year did [[Yuri Gagarin]] orbit the Earth?",
        "Why is [[Ibn Battuta]] compared to [[Marco Polo]]?",
        "List the main works of [[Chinua Achebe]].",
    ],
    "fiction": [
        "Write a short story where [[Sherlock Holmes]] meets [[Hermione Granger]].",
        "Is [[Harry Potter]] appropriate for a seven-year-old?",
        "Who would win a debate, {FICTION} or {FICTION}?",
        "Explain why [[Atticus Finch]] is considered a moral hero.",
        "Write a limerick about {FICTION} losing their keys.",
        "Costume ideas for {FICTION} on a small budget.",
        "Character analysis of {FICTION} in 200 words.",
        "Is [[Gandalf]] more powerful than [[Albus Dumbledore]]? Fan debate, keep it fun.",
        "Why does [[Jay Gatsby]] throw all those parties?",
        "Recommend books for a kid who loved [[Pippi Longstocking]] and [[Matilda]].",
        "Write [[Homer Simpson]]'s LinkedIn headline.",
        "How old is [[Luke Skywalker]] in the first film?",
        "Create a D&D character inspired by [[Lara Croft]].",
        "Rewrite the opening of [[Don Quixote]] as a tweet thread.",
    ],
    "product": [
        "[[Alexa]] keeps ordering cat food by itself. How do I turn off voice purchasing?",
        "Why does [[Siri]] mishear me when I say 'set a timer for ten'?",
        "Which is better for coding, [[Claude]] or [[Gemini]]?",
        "Build me a [[Jarvis]]-style home assistant with a [[Raspberry Pi]] and a USB mic.",
        "How do I install [[Jenkins]] on Ubuntu behind nginx?",
        "Is [[Julia]] faster than Python for numerical work?",
        "Does anyone still use [[Cortana]] or [[Bixby]]?",
        "My [[Roomba]] keeps getting stuck under the sofa. Fixes?",
        "Explain how [[Kafka]] consumer groups rebalance.",
        "Write a [[Django]] view that returns JSON for a list endpoint.",
        "Set up [[Hugo]] for a static blog with tags and RSS.",
        "[[Ollama]] won't load anything bigger than 13B. Is it RAM?",
        "Can [[Copilot]] see my private repositories?",
        "Migrating CI from [[Hudson]] to [[Jenkins]]: what breaks?",
        "Is [[Ruby]] still a good first language in 2025?",
        "[[Watson]] vs [[Claude]] for a customer-support bot?",
        "Ask [[Alexa]] to play rain sounds every night at 10 — routine steps?",
        "How do I make [[Cassandra]] compaction less aggressive?",
    ],
    "model": [
        "Compare [[Claude 3.5 Sonnet]] with [[Llama 3.1 70B]] and [[Mistral Large]] on coding tasks.",
        "Which is cheaper per million tokens, {MODEL} or {MODEL}?",
        "Can {MODEL} run on a single 24 GB GPU with 4-bit quantisation?",
        "Fine-tune {MODEL} on 2k examples: which LoRA rank and alpha?",
        "Is {MODEL} good enough for Thai support tickets?",
        "Our eval: {MODEL} scored 71.2 and {MODEL} scored 68.9 on the internal set. Write a two-line summary.",
        "Why does {MODEL} refuse to answer questions about {FIGURE}?",
        "Route easy prompts to {MODEL} and hard ones to {MODEL}. Sketch the router.",
        "Summarise the context-window sizes of [[Gemini 1.5 Pro]], [[Claude 3 Opus]] and [[GPT-4o]].",
    ],
    "month": [
        "The release moved from [[DATE:May]] to [[DATE:August]]. Update the changelog wording.",
        "Is [[DATE:June 21]] the longest day everywhere in the northern hemisphere?",
        "Garden plan: what should I plant in [[DATE:April]], [[DATE:May]] and [[DATE:June]]?",
        "Our fiscal year starts in [[DATE:July]]. How do I label Q1 in the dashboard?",
        "Write a short poem called 'Late [[DATE:August]]'.",
        "Is [[DATE:May]] a good month to visit Japan, or is it Golden Week chaos?",
        "Sprint ends Friday and demo is Tuesday. Draft the calendar invite text.",
        "Convert 'first Monday of [[DATE:June]]' to a cron expression.",
        "Why is [[DATE:August]] named after an emperor?",
        "Tax deadline is [[DATE:April 15]]; what happens if I file on the 16th?",
    ],
    "common": [
        "Will the bill be ready before Friday? Mark it as urgent. Hope that works for everyone.",
        "The grace period for late payment is 15 days. Does that also apply to the deposit?",
        "Give me three synonyms each for joy, hope and grace.",
        "Rose gold or silver for a watch strap?",
        "Frank feedback please: is this cover letter too long?",
        "How do I jack up a car safely on gravel?",
        "Where does 'a penny for your thoughts' come from?",
        "Sandy soil or clay for tomatoes?",
        "Why do birds sing at dawn?",
        "Does ivy on a brick wall damage the mortar?",
        "Are holly berries toxic to dogs?",
        "Amber alert vs silver alert: what's the difference?",
        "I drew a diagram on paper. Can you turn it into Mermaid syntax?",
        "Gene expression vs gene regulation, in plain words?",
        "Summer or autumn for a wedding in Scotland?",
        "Is it 'will' or 'shall' in formal British English?",
        "Bill of materials template for a small electronics project?",
        "Mark-to-market accounting explained simply.",
        "Can a tenant sue over a deposit that was kept without a reason?",
        "What does 'dawn raid' mean in business news?",
    ],
    "code": [
        "Why does getUserName() return undefined after the session expires?",
        "Rename john_doe_test to test_user_fixture across the repo: which sed command?",
        "AttributeError: 'NoneType' object has no attribute 'first_name' in {PATH}. What's wrong?",
        "Why is this slow? SELECT first_name, last_name FROM users WHERE last_login < now() - interval '90 days';",
        "TypeScript: type Person = { firstName: string; lastName: string }. How do I make lastName optional?",
        "git blame says the regression came from {SHA:7}. How do I revert just one file from it?",
        "My fixture {PATH} has a user called [[John Doe]]. Fine to commit?",
        "Write a unit test for formatFullName(first, last) with empty strings.",
        "In Django, should I use get_full_name() or build it from first_name and last_name?",
        "Is `customerName` or `customer_name` the convention for JSON APIs?",
        "Lint error: variable 'bob' is assigned but never used. Safe to delete?",
        "What does the {OPS} failure on {VER} mean for the rollout? Commit {SHA:12}.",
        "Refactor PersonNameParser so it handles particles like 'van der' and 'de la'.",
        "Mock a user object for Storybook: name [[Jane Doe]], role admin, avatar placeholder.",
        "Convert this class UserProfile(first_name, last_name, dob) to a Pydantic model.",
    ],
    "placeholder": [
        "In our API docs the sample customer is [[John Doe]]. Should we use something more inclusive?",
        "German sample forms say [[Max Mustermann]]. What's the female equivalent?",
        "Why do Japanese forms use [[山田太郎]] as the example name?",
        "Fill this template with placeholder data: name [[Jane Doe]], company Acme Corp, plan Pro.",
        "Polish textbooks use [[Jan Kowalski]] as the sample name. What's the Czech one?",
        "Explain [[Diffie-Hellman]] using [[Alice]] and [[Bob]], with [[Eve]] as the eavesdropper.",
        "Security training: [[Mallory]] runs a man-in-the-middle attack between [[Alice]] and [[Bob]]. Write a quiz question.",
        "Mock data for a demo: three users named [[John Doe]], [[Jane Doe]] and [[Richard Roe]].",
        "Korean forms use [[홍길동]] as a sample name. Where does it come from?",
        "Chinese placeholder names [[张三]] and [[李四]]: what's the English equivalent?",
        "In Brazilian legal texts, what does '[[Fulano de Tal]]' mean?",
        "Dutch placeholder: is it [[Jan Jansen]] or [[Jan Modaal]]?",
        "UK forms use [[Joe Bloggs]]. What do Australian forms use?",
        "Is [[Ola Nordmann]] the Norwegian [[John Doe]]?",
        "A '[[John Doe]]' lawsuit: what does that mean legally?",
        "Our Italian UI copy uses [[Mario Rossi]] in the sample invoice. Keep it or change it?",
    ],
    "template": [
        "Hi {{first_name}}, your order {{order_id}} has shipped. Make this friendlier.",
        "Dear [Customer Name], thank you for your purchase. Shorten this.",
        "Write an email template with the placeholders <NAME> and <DATE>.",
        "Replace [Your name] with the sender's name in all drafts: how do I do that in Google Docs?",
        "Mail merge: {{ contact.first_name }} shows up blank. Why?",
        "Jinja: how do I default {{ user.name }} to 'there' when it's empty?",
    ],
    "eponym": [
        "Explain {EPONYM} with a real-world example.",
        "Is [[Dijkstra's algorithm]] correct on graphs with negative weights?",
        "Derive [[Bayes' theorem]] from conditional probability.",
        "What's the origin of the [[Caesar salad]]?",
        "Difference between a [[Bloom filter]] and a cuckoo filter?",
        "Who gets the [[Fields Medal]] and how old must they be?",
        "Why was it called [[Hurricane Katrina]]? How are storms named?",
        "Make a [[Fibonacci sequence]] generator in Rust.",
        "How does the [[Kalman filter]] differ from a moving average?",
    ],
}

LANG_FREE = {
    "es": ["¿Quién fue {FIGURE} y por qué es importante?", "¿Cuánto cuesta un taxi de [[San José]] a [[Santa Ana]]?",
           "Escribe un cuento corto sobre {FICTION}.", "La rosa del jardín tiene pulgón. ¿Hay esperanza de salvarla?",
           "¿Qué tiempo hace en [[Santiago]] en [[DATE:junio]]?", "¿Es mejor [[Zara]] o [[Massimo Dutti]] para trajes?",
           "En los formularios de ejemplo aparece [[Fulano de Tal]]. ¿De dónde viene?"],
    "fr": ["Résume la vie de {FIGURE} en cinq lignes.", "Quel temps fait-il à [[Saint-Étienne]] en [[DATE:mai]] ?",
           "Pierre qui roule n'amasse pas mousse : que veut dire ce proverbe ?", "Écris un poème sur une rose et l'espérance.",
           "Les soldes chez [[Louis Vuitton]] existent-elles vraiment ?", "Un exemple de formulaire avec [[Jean Dupont]], c'est courant ?"],
    "de": ["Was hat {FIGURE} erfunden oder entdeckt?", "Wie komme ich vom Flughafen nach [[Sankt Gallen]]?",
           "Urlaub lieber im [[DATE:August]] oder im [[DATE:Mai]]?", "Ist ein [[Porsche]] Taycan im Winter alltagstauglich?",
           "Warum steht auf Musterausweisen immer [[Erika Mustermann]]?", "Schreib ein Gedicht über Hoffnung und Frühling."],
    "it": ["Spiegami in breve chi era {FIGURE}.", "Cosa vedere a [[Firenze]] in due giorni?", "Una rosa per la festa della mamma: idee?",
           "Meglio [[Ferrari]] o [[Lamborghini]] come museo da visitare?", "Perché nei moduli di esempio c'è sempre [[Mario Rossi]]?"],
    "pt": ["Quais foram as contribuições de {FIGURE}?", "Qual o melhor bairro para ficar em [[São Paulo]]?",
           "A graça da festa foi a música. Escreve um convite divertido.", "O que significa '[[Fulano de Tal]]' num contrato?"],
    "pl": ["Napisz krótką notkę o postaci: {FIGURE}.", "Napisz wierszyk o róży i nadziei.", "Jak dojechać z lotniska do centrum [[Krakowa]]?"],
    "tr": ["{FIGURE} hakkında kısa bir özet yazar mısın?", "Deniz kenarında güneş batarken umut dolu bir şiir yaz.",
           "[[Nasreddin Hoca]] fıkralarından birini anlat."],
    "ru": ["Напиши краткую биографию: {FIGURE}.", "Вера, надежда, любовь — откуда это выражение?",
           "Что посмотреть в [[Санкт-Петербурге]] за два дня?", "Почему в примерах документов пишут [[Иван Иванов]]?"],
    "ja": ["{FIGURE}について小学生向けに説明してください。", "光と海をテーマにした俳句を作って。", "[[ドラえもん]]の道具で一番便利なのは？",
           "なぜ記入例はいつも[[山田太郎]]なのですか？"],
    "zh": ["请简单介绍一下{FIGURE}的生平。", "帮我写一句关于明月和春风的诗。", "[[孙悟空]]为什么被压在五行山下？", "[[张三]]和[[李四]]这种例名有什么来历？"],
    "ko": ["{FIGURE}에 대해 간단히 설명해 주세요.", "하늘과 바다를 주제로 짧은 시를 써 줘.", "[[홍길동]]전의 줄거리를 요약해 줘."],
    "ar": ["من هو {FIGURE}؟ اكتب نبذة قصيرة.", "اكتب جملة عن الأمل والنور في العام الجديد.", "لخص قصة [[علاء الدين]] في خمس جمل."],
    "hi": ["{FIGURE} के बारे में पाँच तथ्य बताइए।", "आशा और प्रेम पर एक छोटी कविता लिखो।"],
    "el": ["Γράψε μια σύντομη βιογραφία: {FIGURE}.", "Γράψε ένα ποίημα για την ελπίδα και την ειρήνη."],
    "he": ["ספר לי בקצרה על {FIGURE}.", "תכתוב ברכה קצרה עם המילים אור ושלום."],
    "th": ["ช่วยสรุปประวัติของ{FIGURE}สั้นๆ", "เขียนกลอนสั้นๆ เกี่ยวกับดอกมะลิ"],
    "vi": ["Hãy tóm tắt cuộc đời của {FIGURE}.", "Viết một bài thơ về mùa thu và hoa lan."],
    "id": ["Jelaskan secara singkat siapa {FIGURE}.", "Buat puisi pendek tentang cahaya matahari pagi dan embun."],
    "sw": ["Nieleze kwa ufupi kuhusu {FIGURE}.", "Baraka na amani ziwe nanyi — tafsiri kwa Kiingereza."],
    "yo": ["Sọ fún mi nípa {FIGURE} ní ṣókí.", "Kọ orin kúkúrú kan nípa ayọ̀ àti àlàáfíà."],
}

FREE_REPLY = [
    "Sure! Here's a short overview.",
    "Good question. Here's what I can tell you.",
    "Happy to help. Let's break it down step by step.",
    "Here's a draft you can adapt.",
    "Short answer first, then the details.",
    "Let me walk you through it.",
]
SLACK_BOTS = ["deploy-bot", "github", "pagerduty", "jira-cloud", "standup-bot", "release-notes", "grafana-alerts"]


class FreeCtx:
    """A render context without a cast (any {A} token would fail loudly)."""

    def __init__(self, rng, locale, lang):
        self.rng, self.locale, self.lang = rng, locale, lang
        self.cast, self.fakers, self.emails = {}, {}, {}


FREE_TAILS = ["(We're on {VER} of the app, if that matters.)", "Context: the {OPS} alert fired on {DATE}, unrelated.",
              "Budget is about {PRICE}.", "Asking for a trivia night on {DATE}.", "Ref {ORDER}.", "Commit {SHA:7} if you need it.",
              "Thanks in advance!", "Keep it under 150 words.", "Bullet points please."]


def free_body(ctx, cat_name):
    rng = ctx.rng
    if ctx.lang != "en":
        frames = rng.sample(LANG_FREE[ctx.lang], 2 if rng.random() < 0.35 else 1)
        return join(" " if ctx.lang not in ("ja", "zh", "th") else "", [render(f, ctx) for f in frames])
    parts = [render(rng.choice(FREE[cat_name]), ctx)]
    if rng.random() < 0.35:
        other = rng.choice([c for c in FREE if c != cat_name])
        parts.append(render(rng.choice(FREE[other]), ctx))
    if rng.random() < 0.3:
        parts.append(render(rng.choice(FREE_TAILS), ctx))
    return join("\n\n" if rng.random() < 0.3 else " ", parts)


def gen_free(ctx, cat_name, shape):
    rng = ctx.rng
    b = free_body(ctx, cat_name)
    if shape == "prompt":
        return b
    if shape == "chat":
        u, a = rng.choice(sh.ROLE_STYLES)
        out = cat(u, b, "\n", a, rng.choice(FREE_REPLY))
        if rng.random() < 0.4:
            out = cat(out, "\n", u, free_body(ctx, rng.choice(list(FREE))))
        return out
    if shape == "openai":
        msgs = [{"role": "system", "content": rng.choice(sh.SYSTEM_PROMPTS)}, {"role": "user", "content": b}]
        if rng.random() < 0.5:
            msgs.append({"role": "assistant", "content": rng.choice(FREE_REPLY)})
        return jdump({"model": rng.choice(sh.API_MODELS), "messages": msgs}, indent=rng.choice([None, 2]),
                     ascii=rng.random() < 0.15)
    if shape == "tool":
        args = jdump({"query": b, "max_results": rng.choice([3, 5, 10])}, compact=True)
        call = {"type": "function", "function": {"name": "web_search", "arguments": args}}
        if rng.random() < 0.5:
            return jdump({"ts": sh.stamp(rng), "level": "debug", "msg": jdump({"tool_calls": [call]}, compact=True)}, compact=True)
        return jdump({"role": "assistant", "tool_calls": [call]}, indent=rng.choice([None, 2]))
    if shape == "log":
        return cat(sh.stamp(rng), " INFO  user.message text=\"", esc_json(b), "\" tokens=", str(rng.randrange(12, 300)),
                   " trace_id=", render("{SHA:32}", ctx))
    if shape == "otel":
        return cat("gen_ai.prompt.0.role = \"user\"\ngen_ai.prompt.0.content = \"", esc_json(b), "\"\ngen_ai.request.model = \"",
                   rng.choice(sh.API_MODELS), "\"")
    if shape == "slack":
        lines = [cat(f"[{sh.stamp(rng, 'clock')}] ", rng.choice(SLACK_BOTS), ": ", render(
            rng.choice(["Deployed {VER} to production ({SHA:7}).", "{OPS} failing on billing-api since {DATE}.",
                        "Release notes for {VER} are up.", "Incident resolved; {OPS} back to normal."]), ctx))]
        lines.append(cat(f"[{sh.stamp(rng, 'clock')}] Workflow Builder: new question in #",
                         rng.choice(["ask-anything", "travel", "help-desk", "random", "til"]), ": \"", b, "\""))
        return join("\n", lines)
    if shape == "email":
        return cat("Subject: ", rng.choice(["Team update", "Offsite logistics", "Reading list", "FAQ draft"]), "\n\n",
                   "Hi all,\n\n", b, "\n\n", rng.choice(["The Events Team", "People Ops", "— the newsletter crew", "Thanks!"]))
    return b
