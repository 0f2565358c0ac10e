//! Refusals: the model declined. Refusals open an answer ("I'm sorry, but I can't…",
//! "As an AI language model…"), so only the head is searched, or the whole of a short
//! answer: the phrase list (and `refusal_phrases`) on the head, the grammar of declining
//! ([`GRAMMAR`]) on its first two sentences; two case-insensitive regexes over at most a
//! few hundred bytes, with quoted passages left out. What neither knows, the
//! [`RefusalModel`] reads from the same head, when it holds a word of declining.

use std::borrow::Cow;

use regex::{Regex, RegexBuilder};

use crate::refusal_model::RefusalModel;

/// Bytes from the start searched in a long answer.
const HEAD_BYTES: usize = 320;
/// Answers up to this long are searched whole.
const SHORT_BYTES: usize = 700;

/// English: a first person "can't / won't / unable" followed by a verb of helping.
const ENGLISH: &str = r"(?-u:\b)i(?:\s+am|'m)?\s+(?:really\s+|truly\s+)?(?:can't|cannot|can\s+not|won't|will\s+not|won't\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to|am\s+unable\s+to|'m\s+unable\s+to|unable\s+to|am\s+not\s+able\s+to|'m\s+not\s+able\s+to|not\s+able\s+to|must\s+decline\s+to|have\s+to\s+decline\s+to|am\s+not\s+allowed\s+to|'m\s+not\s+allowed\s+to|am\s+not\s+permitted\s+to|'m\s+not\s+permitted\s+to)\s+(?:(?:help|assist)(?:\s+you)?\s+with|help\s+(?:you\s+)?(?:with\s+)?(?:that|this)|assist\s+(?:you\s+)?(?:with\s+)?(?:that|this)|provide|comply|fulfil|fulfill|do\s+(?:that|this)|answer\s+(?:that|this)|create|write|generate|share|engage|support\s+(?:that|this)|discuss|give\s+(?:you\s+)?(?:advice|instructions|information)|offer|continue\s+(?:with\s+)?(?:this|that)|complete\s+(?:this|that)|participate|produce|recommend|be\s+of\s+assistance|go\s+along\s+with|take\s+part)";

/// German: "kann ich (dir / Ihnen / leider / dabei …) nicht".
const GERMAN: &str = r"(?:kann|darf|werde)\s+ich\s+(?:(?:dir|ihnen|euch|leider|dabei|hier|das|damit|so|ihnen)\s+){0,3}(?:nicht|keine)\s+(?:helfen|tun|beantworten|geben|machen|liefern|erstellen|anbieten|unterstützen|weiterhelfen|sagen)";

/// The shapes of declining, per language: a first person "cannot / will not / would
/// rather not" with any verb after it, declining verbs ("must decline", "have to turn
/// down"), the request placed outside what the model may do or against its rules, and
/// "as an AI…". Matched on the head of an answer only, where refusals stand.
const GRAMMAR: &[&str] = &[
    // English
    r"(?-u:\b)i(?:\s+am\s+|'m\s+|'d\s+|\s+would\s+|\s+)(?:really\s+|truly\s+|simply\s+|just\s+|afraid\s+|sorry,?\s+but\s+i\s+|therefore\s+|also\s+)?(?:can't|cannot|can\s+not|won't|will\s+not|unable|not\s+able|not\s+going|must\s+(?:respectfully\s+)?decline|have\s+to\s+(?:respectfully\s+)?decline|need\s+to\s+decline|rather\s+not|prefer\s+not|not\s+allowed|not\s+permitted|not\s+in\s+a\s+position|don't\s+feel\s+comfortable|do\s+not\s+feel\s+comfortable|not\s+comfortable|don't\s+have\s+(?:access|the\s+ability)|do\s+not\s+have\s+(?:access|the\s+ability)|have\s+no\s+(?:access|way)|don't\s+do|do\s+not\s+do|don't\s+provide|do\s+not\s+provide|don't\s+help|do\s+not\s+help)(?:\W|$)",
    r"(?:not|isn't|is\s+not)\s+(?:something|a\s+request|a\s+task|anything)\s+(?:that\s+)?i\s+(?:can|could|am\s+able|'m\s+able|will|may|should)",
    r"(?:outside|beyond)\s+(?:of\s+)?(?:what\s+i(?:'m|\s+am)?\s+(?:able|allowed|permitted|can)|my\s+(?:scope|capabilities|abilities|remit|purview|guidelines))",
    r"(?:against|violates?|goes\s+against|in\s+violation\s+of|breach(?:es)?)\s+(?:my|our|the)\s+(?:\w+\s+){0,2}(?:guidelines|policies|policy|rules|terms|principles|programming|standards)",
    r"(?:have|need|must|has|going)\s+to\s+(?:respectfully\s+)?(?:turn\s+(?:it\s+|this\s+|that\s+)?down|decline|refuse|pass\s+on)",
    r"(?-u:\b)(?:not\s+doing\s+that|i'll\s+pass|i\s+will\s+pass|i\s+won't\s+do\s+that|i\s+refuse)(?:\W|$)",
    r"(?-u:\b)as\s+an?\s+(?:ai|artificial\s+intelligence|language\s+model|large\s+language\s+model|llm)(?:\W|$)",
    // Spanish
    r"(?-u:\b)no\s+(?:(?:te|le|les|lo|la|me)\s+)?(?:puedo|podré|podría|voy\s+a|pienso|me\s+es\s+posible|estoy\s+(?:en\s+condiciones|autorizad[oa]|capacitad[oa]|dispuest[oa])|debo|quiero|tengo\s+acceso|dispongo)(?:\W|$)",
    r"(?:prefiero|preferiría)\s+no(?-u:\b)|me\s+niego|(?:debo|tengo\s+que)\s+(?:rechazar|declinar|negarme)",
    r"(?:fuera|más\s+allá)\s+de\s+(?:lo\s+que\s+(?:puedo|me\s+está\s+permitido)|mis\s+(?:capacidades|posibilidades|funciones|competencias))",
    r"(?:en\s+contra\s+de|viola|infringe|incumple|contraviene)\s+(?:mis|nuestras|las)\s+(?:\w+\s+){0,2}(?:políticas|normas|reglas|directrices|pautas|condiciones)",
    r"como\s+(?:un\s+|una\s+)?(?:modelo\s+de\s+lenguaje|ia|asistente\s+(?:de\s+ia|virtual)|inteligencia\s+artificial)(?:\W|$)",
    // Portuguese
    r"(?-u:\b)não\s+(?:(?:te|lhe|o|a|me)\s+)?(?:posso|poderei|poderia|vou|consigo|devo|tenho\s+(?:permissão|acesso)|estou\s+autorizad[oa]|atendo|respondo|faço|me\s+é\s+possível|sou\s+capaz)(?:\W|$)",
    r"prefiro\s+não|me\s+recuso|(?:tenho|preciso)\s+(?:de\s+|que\s+)?(?:recusar|declinar)",
    r"(?:fora|além)\s+do\s+que\s+(?:posso|consigo)|(?:viola|vai\s+contra|contraria|infringe|fere)\s+(?:as\s+|minhas\s+|nossas\s+)?(?:\w+\s+){0,2}(?:políticas|regras|diretrizes|normas)",
    r"como\s+(?:um\s+|uma\s+)?(?:modelo\s+de\s+linguagem|ia|assistente\s+(?:de\s+ia|virtual|de\s+inteligência)|inteligência\s+artificial)(?:\W|$)",
    // French
    r"(?-u:\b)je\s+ne\s+(?:(?:te|vous|le|la|les|lui)\s+)?(?:peux|pourrai|pourrais|vais|suis\s+pas\s+(?:en\s+mesure|autorisée?|habilitée?)|souhaite|veux|dois|répondrai|fournirai)(?:\W|$)",
    r"je\s+n'(?:ai\s+pas\s+(?:accès|le\s+droit|la\s+possibilité)|y\s+suis\s+pas\s+autorisé)|je\s+préfère\s+ne\s+pas|je\s+refuse|je\s+dois\s+(?:donc\s+)?(?:(?:la|le|les)\s+)?(?:refuser|décliner)",
    r"(?:pas|rien)\s+(?:quelque\s+chose\s+)?que\s+je\s+(?:peux|puisse|suis\s+en\s+mesure)|(?:en\s+dehors|au-delà)\s+de\s+(?:ce\s+que\s+je\s+peux|mes\s+(?:capacités|compétences))",
    r"(?:enfreint|viole|contrevient\s+à|va\s+à\s+l'encontre\s+de)\s+(?:mes|nos|les)\s+(?:\w+\s+){0,2}(?:règles|politiques|conditions|directives|consignes)",
    r"en\s+tant\s+qu'(?:ia|assistant|intelligence\s+artificielle|modèle)",
    // Italian
    r"(?-u:\b)non\s+(?:(?:ti|le|lo|la|vi)\s+)?(?:posso|potrò|potrei|farò|lo\s+farò|sono\s+(?:in\s+grado|autorizzat[oa])|mi\s+è\s+(?:possibile|consentito)|voglio|intendo|rispondo|scriverò|fornirò)(?:\W|$)",
    r"preferisco\s+non|mi\s+rifiuto|(?:devo|sono\s+costrett[oa]\s+a)\s+(?:rifiutare|declinare)",
    r"(?:viola|va\s+contro|contravviene\s+a|infrange)\s+(?:le\s+|mie\s+|nostre\s+)?(?:\w+\s+){0,2}(?:norme|regole|politiche|linee\s+guida)|(?:fuori|al\s+di\s+là)\s+(?:da|di)\s+(?:ciò\s+che|quello\s+che)\s+posso",
    r"in\s+quanto\s+(?:ia|assistente|intelligenza\s+artificiale|modello)|come\s+(?:ia|assistente\s+virtuale|intelligenza\s+artificiale)(?:\W|$)",
    // German
    r"(?-u:\b)ich\s+(?:kann|darf|werde|möchte|will|muss)\s+(?:\S+\s+){0,4}?(?:nicht|keine?[nmrs]?|nichts)\s+(?:\S+\s+){0,3}?(?:helfen|tun|beantworten|geben|machen|liefern|erstellen|anbieten|unterstützen|weiterhelfen|sagen|schreiben|übernehmen|bearbeiten|erfüllen|nachkommen|teilen|verfassen|durchführen|erläutern|äußern)",
    r"(?-u:\b)(?:kann|darf|werde|möchte|will|sage|mache|schreibe|beantworte|gebe|helfe)\s+ich\s+(?:\S+\s+){0,3}?(?:nicht|nichts|keine?[nmrs]?)(?:\W|$)",
    r"muss\s+ich\s+passen|(?:muss|möchte)\s+(?:ich\s+)?(?:\S+\s+){0,2}ablehnen|ich\s+lehne|ich\s+bin\s+nicht\s+(?:in\s+der\s+lage|befugt|berechtigt)|ich\s+habe\s+keinen\s+zugriff",
    r"(?:verstößt|verstoßen)\s+gegen|als\s+(?:ki|sprachmodell|ki-assistent|ki-modell|künstliche\s+intelligenz)(?:\W|$)",
    // Declining without a subject or with a softener: "Sorry, can't help with that",
    // "Unfortunately that's not possible for me", "I'll have to pass", "I must refrain",
    // "I don't think I should", "No can do".
    r"(?:^|[.!?]\s+|,\s+)(?:sorry|unfortunately|apologies|afraid)[,.!]?\s+(?:but\s+)?(?:can't\s|cannot\s|won't\s|unable\s+to|not\s+able\s+to|no\s+can\s+do|not\s+possible\s+for\s+me|that's\s+not\s+(?:possible|something\s+i))",
    r"(?:^|[.!?]\s+)(?:can't|cannot|won't|not\s+able\s+to|unable\s+to)\s+(?:help|assist|do\s+(?:that|this)|provide|share|answer|write|create|go\s+there)(?-u:\b)",
    r"(?-u:\b)i(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'d|\s+would)\s+(?:have\s+to\s+)?(?:pass|sit\s+this\s+one\s+out|stay\s+out\s+of\s+(?:this|that)|skip\s+(?:this|that)(?:\s+one)?)(?:[.!,;]|\s+on|$)",
    r"(?-u:\b)i\s+(?:must|have\s+to|need\s+to|will|'ll)\s+(?:respectfully\s+)?refrain\s+from|(?-u:\b)i\s+(?:don't|do\s+not)\s+think\s+i\s+(?:should|can|could)\s+(?:help|assist|do|provide|answer|write|share|create|give)|(?-u:\b)i\s+(?:shouldn't|should\s+not)\s+(?:help|assist|do|provide|answer|write|share|create|give)|(?-u:\b)no\s+can\s+do(?-u:\b)",
    r"(?:that|this|your\s+request)(?:'s|\s+is)\s+(?:not\s+something\s+i(?:'ll|\s+will|\s+do|\s+would)|off[\s-]limits\s+for\s+me|not\s+a\s+request\s+i)",
    r"(?:lo\s+siento|disculpa|perdón|lamentablemente|me\s+temo)[^.!?]{0,40}(?:no\s+(?:puedo|podré|podría|es\s+posible)|tendré\s+que\s+(?:pasar|declinar))",
    r"(?:désolée?|malheureusement|navrée?|je\s+regrette)[^.!?]{0,40}(?:ne\s+(?:peux|pourrai|pourrais)|impossible\s+pour\s+moi|pas\s+possible)",
    r"(?:tut\s+mir\s+leid|leider|entschuldigung|bedaure)[^.!?]{0,40}(?:(?:kann|darf|werde)\s+ich\s+(?:\S+\s+){0,3}?nicht|nicht\s+möglich|muss\s+ich\s+(?:passen|ablehnen))",
    r"(?:desculp[ea]|lamento|infelizmente|sinto\s+muito)[^.!?]{0,40}(?:não\s+(?:posso|consigo|poderei|é\s+possível)|vou\s+ter\s+que\s+(?:recusar|passar))",
    r"(?:mi\s+dispiace|purtroppo|spiacente|temo)[^.!?]{0,40}(?:non\s+(?:posso|potrò|potrei|è\s+possibile)|devo\s+(?:rifiutare|declinare|passare))",
    r"(?:ご要望|ご依頼|ご質問|リクエスト)(?:には|に|は)?[^。]{0,20}(?:応じられません|お応えできません|お応えしかねます|お受けできません|対応いたしかねます)|(?:遠慮|辞退)させていただきます|お断りします|お断りいたします",
    r"(?:我|本人|这边)(?:恐怕|实在|真的|确实)?(?:帮不了|做不到|办不到|爱莫能助|不方便)|(?:这个|这类|此类|该)(?:请求|问题|要求)[^。]{0,12}(?:无法|不能|不便)(?:满足|回答|提供|处理|协助)|(?:请恕|恕难)(?:从命|照办)",
    // Shapes of "that is not something I may do", in each language.
    r"(?:not|isn't|is\s+not)\s+(?:something|a\s+thing|anything)\s+(?:(?:that\s+)?i\s+(?:can|could|may|am\s+able\s+to|'m\s+able\s+to)\s+(?:help|assist|do|provide|support)|i'm\s+able\s+to)",
    r"(?:guidelines|policies|rules|principles)\s+(?:i\s+(?:follow|operate\s+(?:by|under)|work\s+(?:by|under))\s*,?\s*)?(?:don't|do\s+not|doesn't|does\s+not)\s+(?:allow|permit|let)\s+me",
    r"no\s+es\s+algo\s+(?:con\s+lo\s+que|en\s+lo\s+que|que|para\s+lo\s+que)\s+(?:yo\s+)?pueda|no\s+me\s+(?:permiten|permite|está\s+permitido)|me\s+es\s+imposible|no\s+tengo\s+permitido",
    r"não\s+é\s+algo\s+(?:em\s+que|com\s+o\s+qual|com\s+que|que|para\s+o\s+qual)\s+(?:eu\s+)?possa|não\s+me\s+(?:permitem|permite|é\s+permitido)|é-me\s+impossível|não\s+estou\s+autorizad",
    r"ne\s+me\s+(?:permet|permettent)\s+pas|pas\s+(?:une\s+chose|quelque\s+chose)\s+(?:à\s+laquelle|pour\s+laquelle|pour\s+lequel|sur\s+laquelle|avec\s+laquelle|que)\s+je\s+(?:peux|puisse|suis)|il\s+m'est\s+impossible|je\s+ne\s+\w+rai\s+pas|je\s+n'ai\s+pas\s+le\s+droit",
    r"non\s+mi\s+(?:consent|permett)\w*|(?:va\s+)?oltre\s+(?:ciò|quello)\s+che\s+(?:io\s+)?posso|non\s+è\s+qualcosa\s+(?:in\s+cui|che|con\s+cui|per\s+cui)\s+(?:io\s+)?poss|mi\s+è\s+impossibile|non\s+\w+rò\s+(?:questo|quest|il|la|un|una)",
    r"(?:bin\s+ich|ich\s+bin)\s+(?:leider\s+)?(?:nicht\s+(?:in\s+der\s+lage|befugt|berechtigt)|außerstande)|außerhalb\s+(?:dessen|meiner|des(?:sen)?\s+bereichs)|(?:erlauben|gestatten)\s+(?:es\s+)?mir\s+nicht|es\s+ist\s+mir\s+nicht\s+(?:möglich|erlaubt|gestattet)",
    // Japanese (the lead holds one or two sentences: a refusal says so at once, with a
    // predicate that ends the sentence: できません, いたしかねます, できない。)
    r"(?:お手伝い|お答え|お引き受け|作成|対応|提供|回答|協力|ご案内|お教え|お伝え|お調べ|ご提供|ご用意|お応え)(?:すること|いたすこと)?(?:は|が)?(?:できません|できかねます|いたしかねます|しかねます|できないんです|できないです|できない(?:[。！!.]|$))",
    r"(?:申し訳|すみません|恐れ入り|恐縮|ごめん|残念)[^。]{0,40}(?:できません|かねます|できないんです|できない(?:[。！!.]|$))",
    r"(?:それ|その|この|こちら|そちら|そういった|このような)[^。]{0,24}(?:できません|いたしかねます|できないんです|できない(?:[。！!.]|$)|控えさせて|お断り)",
    r"(?:ポリシー|規約|ガイドライン|規定)に(?:違反|反する)|aiとして|控えさせていただき|(?:範囲外|対象外)(?:です|となります|でございます)|認められていません|許可されていません",
    r"(?:作成|生成|提供|回答|お手伝い|対応|協力|お答え|共有|開示|案内)(?:は|を|も)?(?:しません|いたしません|致しません|できかねます)",
    // Chinese
    r"(?:我|本助手|这个我|这我)[^们。，,!！]{0,2}(?:无法|不能|不会|没法|不可以|不便|無法|不會|不被允许|不允许|无权)",
    r"(?:这|此|该)(?:不是|并非)我(?:能|可以|可)",
    r"(?:抱歉|对不起|很遗憾|不好意思|對不起)[^。]{0,30}(?:无法|不能|不会|没法|無法)",
    r"违反了?[^。]{0,12}(?:政策|规定|准则|条款|规则)|超出了?(?:我|本)|因此无法|恕(?:我)?(?:不能|无法|难以)|作为(?:一个)?(?:ai|人工智能)",
    // Declining without anyone declining: the request, not the model, cannot be acted
    // on ("Requests of this kind fall outside the scope of this assistant", "Impossible
    // de donner suite à cette demande", "此内容无法在这里提供").
    r"(?:outside|beyond)\s+the\s+scope\s+of\s+(?:this|the|what)\s+(?:assistant|service|chat|chatbot|bot|tool|conversation|i)|(?:that|this|it)(?:'s|\s+is)\s+not\s+something\s+(?:that\s+)?(?:can|could)\s+be\s+(?:provided|shared|done|answered|helped\s+with)|(?:requests?|questions?)\s+(?:like\s+this|of\s+this\s+(?:kind|type|sort)|such\s+as\s+this)\s+(?:can(?:not|'t)\s+be|are\s+not|aren't)\s+(?:answered|handled|fulfilled|supported|processed)",
    r"(?:impossibile|impossible|imposible|impossível|unmöglich)\s+(?:de\s+|di\s+|dar\s+)?(?:dare\s+seguito|donner\s+suite|dar\s+(?:curso|seguimiento|seguimento)|atender|procesar|traiter|(?:répondre|rispondere|responder)\s+(?:à|a)\s+(?:cette|votre|ta|questa|sua|tua|esta|su|tu|essa|sua)\s+(?:demande|requête|question|richiesta|domanda|solicitud|petición|pregunta|solicitação|pergunta)|evadere|soddisfare|satisfaire|processar)|(?:diese[rn]?\s+)?(?:anfrage|bitte)\s+(?:kann|können)\s+(?:leider\s+)?nicht\s+(?:bearbeitet|beantwortet|erfüllt)",
    r"no\s+es\s+algo\s+que\s+se\s+pueda\s+(?:proporcionar|ofrecer|compartir|facilitar|atender|responder)|no\s+se\s+puede\s+(?:proporcionar|ofrecer|atender|responder)|não\s+é\s+algo\s+que\s+se\s+possa\s+(?:fornecer|oferecer|compartilhar|partilhar|atender|responder)|não\s+(?:pode|podemos)\s+ser\s+(?:fornecid|atendid)|ce\s+n'est\s+pas\s+quelque\s+chose\s+qui\s+peut\s+être\s+(?:fourni|partagé|communiqué|traité)|non\s+è\s+qualcosa\s+che\s+si\s+possa\s+(?:fornire|offrire|condividere|soddisfare)|non\s+(?:può|possono)\s+essere\s+(?:fornit|soddisfatt|evas)",
    r"(?:lamento|siento|lamentamos|sentimos)\s+no\s+poder|lamento\s+não\s+poder|(?:mi\s+spiace|mi\s+dispiace|spiacente\s+di)\s+non\s+poter|je\s+regrette\s+de\s+ne\s+pas\s+pouvoir|(?:hélas|hélas,)[^.!?]{0,40}(?:pas\s+possible|ne\s+(?:peux|pourrai|pourrais)|impossible)|(?:preferirei|preferiría|preferiria|je\s+préférerais)\s+(?:non|no|não|ne\s+pas)(?-u:\b)|(?:würde|möchte)\s+(?:ich\s+)?lieber\s+nicht",
    // A bot that serves one subject only, said instead of an answer: "This assistant only
    // answers questions about your Acme account", "本助手仅解答与…相关的问题".
    r"(?-u:\b)(?:this|the|our)\s+(?:\w+\s+){0,2}(?:assistant|bot|chatbot)\s+(?:can\s+)?(?:only|exclusively)\s+(?:answers?|handles?|helps?|assists?|responds?|discuss(?:es)?)|(?-u:\b)i\s+(?:can\s+)?only\s+(?:answer|help\s+with|assist\s+with|handle|discuss)\s+(?:questions|requests|topics|matters)|(?:este|esta)\s+(?:asistente|chat|bot)\s+(?:solo|sólo|únicamente|solamente)\s+(?:responde|atiende|puede|ayuda|resuelve)|(?:este|esta)\s+(?:assistente|chat|bot)\s+(?:só|apenas|somente|unicamente)\s+(?:responde|atende|pode|ajuda|trata)|(?:cet|ce)\s+(?:assistant|chat|bot)\s+(?:ne\s+)?(?:répond|traite|peut\s+répondre|aide)\s+(?:uniquement|qu'aux|seulement|exclusivement)|(?:questo|quest')\s*(?:assistente|chat|bot)\s+(?:risponde|può\s+rispondere|tratta|gestisce)\s+(?:solo|soltanto|esclusivamente|unicamente)|(?:dieser|der|unser)\s+(?:assistent|bot|chat|chatbot)\s+(?:beantwortet|bearbeitet|hilft|kann)\s+(?:\S+\s+)?(?:ausschließlich|nur)|(?:本|この|当)(?:アシスタント|チャット|ボット|窓口)(?:は|では)[^。]{0,40}(?:のみ|だけ)(?:を)?(?:承って|受け付けて|お答えして|ご案内して|回答して)|(?:本|该|此)(?:助手|客服|机器人|助理)(?:仅|只|僅)(?:能)?(?:解答|回答|处理|處理|负责|負責|受理)",
    // The request set outside what the model serves: "不在我的服务范围内", "サポート対象外と
    // なっております", "Request declined: this topic is restricted".
    r"不在(?:(?:我的|本)(?:服务|服務|回答|支持|处理|處理|业务|業務)?|服务|服務|回答|支持|处理|處理|业务|業務)范围(?:内|之内)|(?:対象外|範囲外)と(?:なって|させて)|(?-u:\b)(?:request|query|prompt)\s+(?:declined|denied|refused|blocked|rejected)(?-u:\b)|(?-u:\b)this\s+(?:topic|request|subject|question)\s+is\s+(?:restricted|not\s+(?:allowed|permitted|supported))",
    // First-person "I don't / won't do that" with verbs of giving and making, in each
    // language; informal French without "ne"; "that's nothing I can help with".
    r"(?-u:\b)je\s+ne\s+(?:(?:te|vous|le|la|les|lui)\s+)?(?:donne|fournis|partage|rédige|réponds|fais|traite|communique|divulgue|crée|génère|écris|prends)\s+pas|(?-u:\b)(?:je\s+|j')(?:peux|pourrai|pourrais|vais|veux)\s+pas\s+(?:t'|vous\s+|te\s+)?(?:faire|aider|répondre|donner|écrire|fournir|partager)|(?:peur|regrette|désolée?)\s+de\s+ne\s+pas\s+pouvoir",
    r"(?-u:\b)(?:erstelle|schreibe|beantworte|gebe|mache|liefere|teile|verfasse|generiere|übernehme|bearbeite|äußere|nenne|empfehle|stelle)\s+ich\s+(?:\S+\s+){0,2}?(?:nicht|keine?[nmrs]?)(?:\W|$)|(?-u:\b)ich\s+(?:kann|darf|werde)\s+(?:\S+\s+){0,3}?(?:nicht|keine?[nmrs]?)\s+(?:\S+\s+){0,3}?(?:stellen|nennen|empfehlen|abgeben|treffen|ausstellen|bewerten|beurteilen|vornehmen|erteilen)|(?:(?:das|es)\s+ist|ist\s+(?:das|es))\s+(?:leider\s+)?nichts,?\s+(?:wobei|womit|wofür|bei\s+dem)\s+ich|(?:sorry|leider|tut\s+mir\s+leid)[,.!]?\s+(?:aber\s+)?(?:das\s+)?geht\s+(?:leider\s+)?nicht(?:[.!,]|$)",
    r"(?-u:\b)não\s+(?:(?:te|lhe|o|a|me)\s+)?(?:dou|forneço|compartilho|partilho|emito|escrevo|crio|gero|tenho\s+(?:autorização|como))(?:\W|$)|fora\s+do\s+que\s+eu\s+(?:posso|consigo)",
    r"(?-u:\b)non\s+(?:(?:ti|le|lo|la|vi)\s+)?(?:aiuterò|risponderò|darò|condividerò|ho\s+accesso|fornisco|do\s+(?:opinioni|pareri|consigli))(?:\W|$)|non\s+è\s+una\s+cosa\s+(?:in\s+cui|con\s+cui|per\s+cui|che)\s+(?:io\s+)?poss",
    r"(?-u:\b)no\s+(?:(?:te|le|les|lo|la|me)\s+)?(?:doy|proporciono|comparto|escribo|genero|ofrezco|tengo\s+(?:autorización|permiso|cómo))(?:\W|$)",
    r"(?:我|我们|我們)(?:恐怕|实在|真的|确实|實在)?(?:没办法|沒辦法|没有办法|帮不上|幫不上)",
    // Letting a topic drop: `Voy a pasar de esta`, `Su questa passo`, `Restons-en là`,
    // `Lasciamo perdere`, `这个咱们还是别聊了`, `这个我就不参与了`.
    r"(?-u:\b)(?:voy\s+a\s+pasar\s+de\s+(?:esta|esto|eso)|mejor\s+no\s+vayamos\s+por\s+ahí|vou\s+passar\s+(?:essa|esta)|melhor\s+(?:a\s+gente\s+)?não\s+seguir\s+por\s+esse\s+caminho|su\s+questa\s+passo|lasciamo\s+perdere\s+(?:questo|quest)|restons-en\s+là|je\s+m'abstiens|hors\s+de\s+question\s+que\s+j|(?:obligée?|contrainte?)\s+de\s+(?:décliner|refuser)|vou\s+ter\s+(?:que|de)\s+recusar|non\s+(?:lo|la|li)\s+(?:scrivo|faccio|farò|scriverò)(?:\W|$)|not\s+a\s+topic\s+i'?m\s+going\s+to|i'?m\s+only\s+able\s+to\s+(?:answer|help|discuss|assist))|(?:这个|这|這個)(?:咱们|我们|我)?(?:还是)?(?:别聊了|就不参与了|不做|写不了|做不了|不写|不參與了)|只能拒绝|只好拒绝|必须拒绝",
    // A virtual assistant or bot that cannot handle the request: `our virtual assistant
    // is not able to process requests of this type`, `Notre assistant virtuel n'est pas
    // en mesure de traiter…`, `智能客服暂不支持此类请求`.
    r"(?:virtual\s+assistant|chatbot|this\s+assistant|assistant\s+virtuel|asistente\s+virtual|assistente\s+virtuale|assistente\s+virtual|virtuelle\s+assistent)[^.!?]{0,24}(?:not\s+(?:able|authori[sz]ed|permitted)|unable|n'est\s+pas\s+en\s+mesure|no\s+puede|non\s+è\s+in\s+grado|não\s+(?:atende|pode|consegue)|kann\s+(?:\S+\s+){0,2}nicht)|(?:客服|机器人|助手)(?:暂|目前|暫)?不支持|チャットボット[^。]{0,20}(?:対応しておりません|できません)|(?:este\s+assistente|o\s+assistente)\s+não\s+(?:opina|comenta)|dieser\s+assistent\s+(?:äußert\s+sich|kommentiert)\s+(?:\S+\s+){0,3}nicht|意見を述べません|コメントを控え",
    // No authority to answer, a request flagged, not a professional who may advise:
    // `Non ho l'autorizzazione per rispondere`, `お答えする権限がありません`, `This request
    // has been flagged`, `我不是律师，无法…`, `私は弁護士ではないため…できません`.
    r"non\s+ho\s+l'autorizzazione|権限がありません|(?:request|message|prompt)\s+(?:has\s+been|was|is)\s+flagged|(?:anfrage|nachricht)\s+wurde\s+(?:\S+\s+){0,4}markiert|我不是(?:律师|医生|醫生|律師|专业人士)[^。]{0,4}(?:无法|不能)|(?:弁護士|医師|医者)ではない(?:ため|ので)[^。]{0,40}(?:できません|できかねます)|(?:助言|アドバイス)(?:は|を)?(?:できません|いたしかねます)|(?:ich\s+bin\s+kein(?:e)?\s+(?:anwalt|anwältin|arzt|ärztin))[^.!?]{0,80}(?:keine|nicht)|(?:no\s+me\s+siento\s+cómod[oa]|je\s+ne\s+suis\s+pas\s+à\s+l'aise|我不太愿意|我不太願意)",
    // Sent elsewhere instead of an answer, about this very request: `I'd recommend speaking
    // with a qualified financial adviser about this`, `Ti suggerisco di parlarne con…`.
    r"(?-u:\b)i'?d\s+recommend\s+speaking\s+with\s+an?\s+(?:\w+\s+){0,2}(?:adviser|advisor|lawyer|attorney|doctor|professional|accountant)\s+about\s+this|ti\s+suggerisco\s+di\s+parlarne\s+con|je\s+vous\s+conseille\s+plutôt\s+d'en\s+parler|te\s+sugiero\s+que\s+hables\s+de\s+esto\s+con|sugiro\s+que\s+(?:você\s+)?(?:converse|fale)\s+sobre\s+isso\s+com",
    r"(?:此|该|這|这|該)(?:内容|內容|信息|資訊|请求|請求|问题|問題)(?:恕)?(?:无法|無法|不能|不便)(?:在这里|在此|在這裡|在這裏)?(?:提供|处理|處理|回答|满足|滿足)|(?:それは|それ|ちょっと)(?:ちょっと)?(?:無理|むり)(?:かな|です|だね|だよ|ですね|だ)?[。、！!]",
];

/// Phrases that mean a refusal in every language they are written in.
const PHRASES: &[&str] = &[
    // English
    "as an ai language model",
    "as an ai model",
    "as an ai assistant, i can",
    "as an ai, i can",
    "as a language model, i",
    "i must decline",
    "i have to decline",
    "i'm going to have to decline",
    "i'm not comfortable",
    "i am not comfortable",
    "it would not be appropriate for me",
    "it wouldn't be appropriate for me",
    "against my guidelines",
    "against my programming",
    "goes against my guidelines",
    "i'm sorry, but i can't",
    "i'm sorry, but i cannot",
    "sorry, but i can't",
    "sorry, but i cannot",
    "i apologize, but i can't",
    "i apologize, but i cannot",
    "this request violates",
    "i can't help with that",
    "i can't help with this",
    "that's not something i can help with",
    "that is not something i can help with",
    "not something i can assist with",
    // Spanish
    "lo siento, pero no puedo",
    "lo siento, no puedo",
    "no puedo ayudarte con",
    "no puedo ayudar con",
    "no puedo ayudarle con",
    "no puedo proporcionar",
    "no puedo asistir",
    "no puedo cumplir",
    "no puedo hacer eso",
    "no puedo responder a eso",
    "no puedo responder a esa",
    "no puedo ayudar con eso",
    "como modelo de lenguaje",
    "como una ia, no",
    "como ia, no",
    "no me es posible ayudar",
    "no estoy en condiciones de",
    "lamentablemente, no puedo",
    "lamentablemente no puedo",
    // German
    "es tut mir leid, aber ich kann",
    "tut mir leid, aber ich kann",
    "ich kann dir dabei nicht helfen",
    "ich kann ihnen dabei nicht helfen",
    "ich kann dabei nicht helfen",
    "ich kann ihnen nicht helfen",
    "ich kann dir nicht helfen",
    "ich kann keine anleitung",
    "ich kann keine informationen",
    "dabei kann ich nicht helfen",
    "als ki-sprachmodell",
    "als sprachmodell kann ich",
    "als ki kann ich",
    "ich bin nicht in der lage",
    "das kann ich nicht tun",
    "leider kann ich dir dabei",
    "leider kann ich ihnen dabei",
    "leider kann ich diese anfrage",
    "leider kann ich das nicht",
    // French
    "je suis désolé, mais je ne peux pas",
    "je suis désolée, mais je ne peux pas",
    "désolé, mais je ne peux pas",
    "désolée, mais je ne peux pas",
    "je ne peux pas vous aider",
    "je ne peux pas t'aider",
    "je ne peux pas fournir",
    "je ne peux pas répondre à",
    "je ne peux pas faire cela",
    "je ne peux pas accéder à cette demande",
    "je ne suis pas en mesure de",
    "en tant qu'ia",
    "en tant qu'intelligence artificielle",
    "en tant que modèle de langage",
    // Portuguese
    "desculpe, mas não posso",
    "lamento, mas não posso",
    "não posso ajudar com",
    "não posso te ajudar",
    "não posso ajudá-lo",
    "não posso ajudar nisso",
    "não posso fornecer",
    "não posso atender",
    "não posso responder a",
    "não consigo ajudar com",
    "como modelo de linguagem",
    "como uma ia, não",
    "infelizmente, não posso",
    "infelizmente não posso",
    "não tenho permissão para",
    // Italian
    "mi dispiace, ma non posso",
    "mi dispiace, non posso",
    "non posso aiutarti",
    "non posso aiutarla",
    "non posso aiutare con",
    "non posso fornire",
    "non posso rispondere a",
    "non sono in grado di",
    "come modello linguistico",
    "come modello di linguaggio",
    "come intelligenza artificiale, non",
    "purtroppo non posso",
    // Japanese
    "お手伝いできません",
    "お手伝いすることはできません",
    "お答えできません",
    "お答えすることはできません",
    "対応できません",
    "提供できません",
    "提供することはできません",
    "できかねます",
    "いたしかねます",
    "ai言語モデルとして",
    // 〜かねます: the polite "cannot" after any verb stem.
    "かねます",
    "aiとして,",
    // Chinese
    "抱歉,我无法",
    "抱歉,我不能",
    "很抱歉,我无法",
    "很抱歉,我不能",
    "对不起,我无法",
    "对不起,我不能",
    "我无法帮助",
    "我不能帮助",
    "我无法提供",
    "我不能提供",
    "我无法协助",
    "我不能协助",
    "我无法回答",
    "我不能回答",
    "作为一个ai",
    "作为一个人工智能",
    "作为人工智能",
    "作为ai语言模型",
    "无法满足您的要求",
    "無法協助",
    "我無法",
];

/// "I can't stress enough", "I can't think of a reason not to": not declining.
const BENIGN: &str = r"(?:can't|cannot|can\s+not)\s+(?:stress|emphasi[sz]e|overstate|wait|believe|thank|think\s+of|imagine|agree|recommend\s+\S+(?:\s+\S+)?\s+enough|say\s+for\s+(?:sure|certain))";

/// Bytes of the lead (the first sentences) the grammar is matched on.
const LEAD_BYTES: usize = 240;
/// Sentences of the lead.
const LEAD_SENTENCES: usize = 2;

/// A compiled refusal matcher.
pub(crate) struct Refusals {
    /// Phrases and custom phrases, on the head of the answer.
    re: Regex,
    /// The grammar of declining, on the lead only.
    grammar: Regex,
    benign: Regex,
}

impl Refusals {
    /// The built-in phrases plus `extra` (matched literally, case-insensitively).
    pub(crate) fn new<'a>(extra: impl IntoIterator<Item = &'a str>) -> Result<Self, regex::Error> {
        let mut pattern = format!("{ENGLISH}|{GERMAN}");
        for p in PHRASES
            .iter()
            .copied()
            .chain(extra.into_iter().map(str::trim))
        {
            pattern.push('|');
            pattern.push_str(&regex::escape(&p.to_lowercase()));
        }
        let build = |p: &str| {
            // The lazy DFA needs a cache in proportion to the grammar: under its
            // minimum, matching falls back to the PikeVM, ~3× the CPU of a whole ingest.
            RegexBuilder::new(p)
                .case_insensitive(true)
                .size_limit(32 << 20)
                .dfa_size_limit(16 << 20)
                .build()
        };
        Ok(Self {
            re: build(&pattern)?,
            grammar: build(&GRAMMAR.join("|"))?,
            benign: build(BENIGN)?,
        })
    }

    /// True when `answer` is a refusal: a phrase or the grammar of declining on its
    /// head, or else the [`RefusalModel`] confident about the same head.
    pub(crate) fn is_refusal(&self, answer: &str) -> bool {
        let head = head(answer);
        let head = head.as_ref();
        if self.re.is_match(head) {
            return true;
        }
        let lead = lead(head);
        let by_grammar = match self.grammar.find(lead) {
            None => false,
            Some(m) => {
                // "I can't stress enough…" starts where the match starts.
                !self.benign.find(&lead[m.start()..]).is_some_and(|b| {
                    b.start() == 0 || lead[m.start()..m.start() + b.start()].len() <= 12
                })
            }
        };
        by_grammar || (!introduces_content(head) && RefusalModel::shared().says_refusal(head))
    }
}

/// True when `head` ends a line (or itself) with a colon: steps, code or a list follow,
/// so the answer gives something whatever its first words say. Refusals almost never do
/// (2 of 1,130 in the development sets; 1 in 18 good answers does), which keeps the
/// model from reading "Eso no es algo que se pueda hacer en Excel, pero con Power Query
/// sí:" as declining.
fn introduces_content(head: &str) -> bool {
    head.match_indices([':', '\u{ff1a}']).any(|(i, c)| {
        let rest = head[i + c.len()..].trim_start_matches([' ', '\t']);
        rest.is_empty() || rest.starts_with(['\n', '\r'])
    })
}

/// The part of an answer refusals are looked for in: the whole of a short answer, the
/// first [`HEAD_BYTES`] of a long one, with typographic apostrophes, full-width and
/// ideographic commas read as their ASCII forms (as models write them; the phrases are
/// written that way) and quoted passages left out (someone else's words).
pub(crate) fn head(answer: &str) -> Cow<'_, str> {
    let trimmed = answer.trim_start();
    let head = if trimmed.len() <= SHORT_BYTES {
        trimmed
    } else {
        &trimmed[..floor_char_boundary(trimmed, HEAD_BYTES)]
    };
    if head.is_ascii() && !head.contains(['"', '\'']) {
        Cow::Borrowed(head)
    } else {
        Cow::Owned(normalize(head))
    }
}

/// `text` with typographic apostrophes and commas made ASCII and quoted passages (double,
/// typographic, and single quotes that open before a capital) left out.
fn normalize(text: &str) -> String {
    normalize_quoting(text, true)
}

/// [`normalize`]; `singles` also leaves out single-quoted passages. A single quote that
/// opens and never closes was an apostrophe after all: the text is read again without.
fn normalize_quoting(text: &str, singles: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut quote: Option<char> = None;
    let mut start = 0;
    let chars: Vec<char> = text.chars().collect();
    for (k, &c) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(k + 1).copied();
        // A single quote opens a quotation after a space or a colon and before a capital
        // (`For example: 'That's outside what I can handle…'`), and closes it before
        // anything but a letter; an apostrophe sits between letters.
        let opens_single = singles
            && matches!(c, '\'' | '\u{2018}')
            && prev.is_none_or(|p| p.is_whitespace() || matches!(p, ':' | '(' | '—'))
            && next.is_some_and(char::is_uppercase);
        let closes_single =
            matches!(c, '\'' | '\u{2019}') && !next.is_some_and(char::is_alphabetic);
        match (quote, c) {
            (None, '"' | '\u{201c}' | '\u{ab}' | '\u{201e}') => {
                quote = Some(match c {
                    '\u{201c}' => '\u{201d}',
                    '\u{ab}' => '\u{bb}',
                    '\u{201e}' => '\u{201c}',
                    _ => '"',
                });
                start = out.len();
                out.push(' ');
            }
            (None, _) if opens_single => {
                quote = Some('\'');
                start = out.len();
                out.push(' ');
            }
            (Some('\''), _) if closes_single => {
                out.truncate(start + 1);
                quote = None;
            }
            (Some(close), c)
                if close != '\'' && (c == close || (close == '\u{201c}' && c == '\u{201d}')) =>
            {
                out.truncate(start + 1);
                quote = None;
            }
            (_, '\u{2019}' | '\u{2018}') => out.push('\''),
            (_, '\u{ff0c}' | '\u{3001}') => out.push(','),
            (_, c) => out.push(c),
        }
    }
    if quote == Some('\'') {
        return normalize_quoting(text, false);
    }
    out
}

/// The first [`LEAD_SENTENCES`] sentences of `text`, at most [`LEAD_BYTES`].
fn lead(text: &str) -> &str {
    let mut seen = 0;
    let mut prev_end = false;
    for (i, c) in text.char_indices() {
        if i >= LEAD_BYTES {
            return &text[..i];
        }
        if prev_end && (c.is_whitespace() || !c.is_ascii()) {
            seen += 1;
            if seen == LEAD_SENTENCES {
                return &text[..i];
            }
        }
        prev_end = matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '\n');
        if matches!(c, '。' | '！' | '？' | '\n') {
            prev_end = true;
        }
    }
    text
}

/// The largest char boundary at or below `i`.
pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn refusals_in_many_languages_and_not_helpful_answers() {
        let r = Refusals::new(["outside my remit"]).unwrap();
        for yes in [
            "Requests of this kind fall outside the scope of this assistant.",
            "That's not something that can be provided here.",
            "Impossible de donner suite à cette demande.",
            "Impossibile dare seguito a questa richiesta.",
            "Eso no es algo que se pueda proporcionar aquí.",
            "Lamento no poder ayudarle con esa solicitud.",
            "Hélas, ce n'est pas possible pour moi.",
            "Preferirei non proseguire su questo argomento.",
            "此内容无法在这里提供。",
            "それはちょっと無理かな。ごめんね。",
            "Sorry, can't help with that one.",
            "I'll have to pass on this.",
            "I must refrain from giving medical advice.",
            "I don't think I should share that.",
            "That's not something I'll write.",
            "Lo siento mucho, pero eso no puedo hacerlo.",
            "Malheureusement, ce n'est pas possible pour moi.",
            "Leider kann ich das so nicht beantworten.",
            "Infelizmente isso não é possível.",
            "Purtroppo non posso farlo.",
            "そのご依頼には応じられません。",
            "这个请求我无法满足。",
            "I'm sorry, but I can't help with that.",
            "I can\u{2019}t assist with that request.",
            "As an AI language model, I do not have opinions.",
            "I am unable to provide instructions for that.",
            "Lo siento, pero no puedo ayudar con eso.",
            "Es tut mir leid, aber ich kann dabei nicht helfen.",
            "Je suis désolé, mais je ne peux pas répondre à cette question.",
            "Desculpe, mas não posso ajudar com isso.",
            "Mi dispiace, ma non posso aiutarti con questa richiesta.",
            "Das kann ich dir leider nicht beantworten.",
            "そのご質問にはお答えしかねます。",
            "申し訳ありませんが、そのご依頼にはお答えできません。",
            "抱歉，我无法协助完成这个请求。",
            "That is outside my remit.",
            // The grammar of declining, whatever the verb.
            "I'm not permitted to produce that kind of content.",
            "I'd rather not help with this one.",
            "Under the guidelines I operate by, I'm not permitted to share it.",
            "That's not something I'm able to do.",
            "Regrettably, this is a request I have to turn down.",
            "Eso no es algo con lo que pueda ayudarte.",
            "Prefiero no responder a eso.",
            "Leider bin ich nicht in der Lage, Links zu öffnen.",
            "Das liegt leider außerhalb dessen, wobei ich helfen darf.",
            "Les règles qui encadrent mon fonctionnement ne me permettent pas de le faire.",
            "Je ne rédigerai pas ce message.",
            "Isso não é algo em que eu possa ajudar.",
            "Non lo farò.",
            "Le linee guida che seguo non mi consentono di generare questo contenuto.",
            "その内容は作成できません。",
            "特定の人を脅すためのメッセージは作成しません。",
            "申し訳ございませんが、このチャットでは対応範囲外となります。",
            "这不是我能协助处理的事情。",
            // Letting the topic drop, virtual assistants that cannot, no authority, flagged.
            "Voy a pasar de esta. ¿Te ayudo con otra cosa?",
            "Restons-en là sur ce sujet.",
            "这个咱们还是别聊了。",
            "Unfortunately, our virtual assistant is not able to process requests of this type.",
            "Non ho l'autorizzazione per rispondere.",
            "This request has been flagged by our safety system.",
            "我不是律师，无法就你的具体情况提供法律意见。",
            "I'd recommend speaking with a qualified tax adviser about this.",
            "根据我所遵循的准则，我不被允许生成这类内容。",
            // A bot serving one subject, the request set outside its scope.
            "This support assistant only handles billing questions for Northwind customers.",
            "Este chat solo atiende consultas sobre tu póliza de hogar.",
            "Cet assistant ne répond qu'aux questions sur votre abonnement mobile.",
            "Dieser Chat beantwortet nur Fragen zu Ihrer Stromrechnung.",
            "本窓口では、ご注文に関するお問い合わせのみ承っております。",
            "本客服仅负责处理退换货相关事宜。",
            "此类问题不在我的回答范围之内。",
            "Prompt rejected: this request is not permitted by the workspace policy.",
            // First-person declining with verbs of giving and making.
            "Je ne communique pas les coordonnées de nos clients.",
            "Désolé, je peux pas t'aider là-dessus.",
            "Diagnosen stelle ich nicht, bitte wende dich an eine Ärztin.",
            "Ich kann dir leider keine Rechtsberatung erteilen.",
            "Leider ist das nichts, womit ich dir helfen kann.",
            "Não forneço dados de outros clientes.",
            "Non ho accesso al tuo conto corrente.",
            "No doy recomendaciones de inversión personalizadas.",
            "这个我真的没办法帮你处理。",
        ] {
            assert!(r.is_refusal(yes), "{yes}");
        }
        for no in [
            "This bug falls outside the scope of the 2.0 release, so it ships in 2.1.",
            "Impossible de répondre à toutes les questions en une fois : voici les trois premières.",
            "Eso no es algo que se pueda hacer en Excel sin macros, pero con Power Query sí:",
            "Sure! Here's how to reverse a list in Python: use reversed().",
            "I can't stress enough how important tests are. Here is a plan.",
            "If the build fails with 'cannot find crate', run cargo update.",
            "Leider gibt es dafür keine einfache Lösung, aber so geht es: …",
            "我可以帮你写这个函数。",
            // Declining words inside a helpful answer, a quotation or a relative clause.
            "Yes. I can't think of a reason not to: it only holds installed packages.",
            "Here's a draft: \"Hi Sam, I'm sorry, but I can't make it on Thursday.\" Adjust as needed.",
            "黒船来航をきっかけに、外国の圧力に対応できない江戸幕府への不満が高まりました。",
            "设备标准全国网上公司我们两个中国关系不能科技工作相关可能继续作者只有。",
            "No, you can't undo a force push, but the reflog on the server may still hold the commit.",
            "Unfortunately, can't-miss deals sell out fast; here are three to watch.",
            "You can pass on the cost to the client, or absorb it.",
            "Leider ist das Wetter heute schlecht, aber so planst du die Tour: …",
            "The service only supports TLS 1.2 and newer, so update the client.",
            "This function only handles UTF-8 input; decode other encodings first.",
            "Das geht nicht ohne Neustart: starte den Dienst danach neu.",
            "Je ne sais pas si tu utilises Windows ou macOS, donc voici les deux méthodes.",
            "このサービスはiOSのみ対応しています。Androidは来月対応予定です。",
            "页面滚动到底部，不在范围内的数据会被过滤掉。",
            // Refusals quoted in single quotes, and a message drafted for the user.
            "A refusal often looks like 'I'm sorry, but I can't help with that', and it can misfire.",
            "For example: 'That's outside what I can handle here, but I can help with orders.' Avoid long apologies.",
        ] {
            assert!(!r.is_refusal(no), "{no}");
        }
        // Deep in a long answer, quoting a refusal is not one.
        let long = format!(
            "{} The bot replied \"I can't help with that\".",
            "Fine. ".repeat(200)
        );
        assert!(!r.is_refusal(&long));
    }

    #[test]
    fn the_model_catches_wordings_no_rule_knows() {
        let r = Refusals::new([]).unwrap();
        let rules = |t: &str| {
            let h = head(t);
            r.re.is_match(&h) || r.grammar.is_match(lead(&h))
        };
        for yes in [
            "Ce sujet dépasse ce que je suis autorisé à traiter ici.",
            "Essa pergunta foge do que posso responder por aqui.",
            "Unfortunately that's a topic this assistant is not set up to cover.",
        ] {
            assert!(!rules(yes), "a rule knows {yes}: pick another wording");
            assert!(r.is_refusal(yes), "{yes}");
        }
        for no in [
            "Here is the recipe: mix flour and water, then bake for 20 minutes.",
            "Das Rezept: Mehl und Wasser mischen, dann 20 Minuten backen.",
            "这个函数返回一个列表，你可以直接遍历它。",
            "Unfortunately the API does not support batch deletes; delete items one by one.",
        ] {
            assert!(!r.is_refusal(no), "{no}");
        }
    }
}
