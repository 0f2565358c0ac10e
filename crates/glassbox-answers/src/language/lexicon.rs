//! The most frequent words of the Latin-script languages that trigram detection mixes up
//! on short text: function words first, then the everyday verbs, nouns and adjectives
//! every text of some length uses. Words that are spelled the same in several of these
//! languages are listed under each (a hit then counts for all of them); cognates that
//! mean the same everywhere (`radio`, `hotel`, `idea`) are left out, since they tell
//! nothing. Only words of at most eight bytes are looked up.

use whatlang::Lang;

/// The languages with word lists, in profile order.
pub(crate) const PROFILED: [Lang; 7] = [
    Lang::Eng,
    Lang::Spa,
    Lang::Por,
    Lang::Fra,
    Lang::Deu,
    Lang::Ita,
    Lang::Nld,
];

/// Frequent words of `lang`, lower case.
pub(crate) fn words(lang: Lang) -> &'static str {
    match lang {
        Lang::Eng => ENG,
        Lang::Spa => SPA,
        Lang::Por => POR,
        Lang::Fra => FRA,
        Lang::Deu => DEU,
        Lang::Ita => ITA,
        Lang::Nld => NLD,
        _ => "",
    }
}

const ENG: &str = "the be to of and a in that have i it for not on with he as you do at this but his by \
from they we say her she or an will my one all would there their what so up out if about who get which go me \
when make can like time no just him know take people into year your good some could them see other than then \
now look only come its over think also back after use two how our work first well way even new want because \
any these give day most us is are was were been has had does did should where why here very much many more \
need help please thanks thank while those such each every same large small great still between through \
under before never always often without within again number place point group problem fact world life hand \
high long little own old right big few able man woman child company question school state family student \
country home water room money story month lot book eye job word business side kind head house friend father \
mother power hour game line end member law car city name team minute body nothing ago lead understand \
whether watch together follow around parent stop face anything create already speak others read level allow \
add office spend door health person art sure war history party grow result open change morning walk reason \
low win research girl boy guy early food moment himself air teacher force offer enough across although \
remember love consider appear buy wait serve die send expect build stay fall cut reach kill remain suggest \
raise pass sell require report decide pull show tell ask try leave call feel become put mean keep let begin \
seem turn start might hear play run move live believe bring happen write provide sit stand lose pay meet \
include continue set learn lead across yes yet why how hello hi thanks which whose whom";

const SPA: &str = "a era tu el la los las de que y en un una es se no por con para su sus al lo como más pero ya o \
este esta estos estas ese esa esos esas porque muy sin sobre también me hasta hay donde dónde quien quién \
desde todo todos toda todas nos durante uno ni contra otros otro otra otras eso ante ellos ellas e esto mí \
antes algunos algunas qué unos unas yo del entre cuando él ella fue ser son dos tres tiene tienen hace puede \
pueden hacer está están estaba estaban había habían ha han he bien así años año vez veces cada día días \
siempre mismo misma después ahora gran parte país mundo forma caso nada hacia poco pocos mucho mucha muchos \
muchas tiempo vida hombre hombres mujer mujeres casa trabajo gobierno ciudad nuevo nueva nuevos mejor cómo \
cuál cuáles cuánto puedo quiero necesito tengo tienes hola gracias favor sí aquí entonces sido tanto menos \
según cual cuales sino aún estoy eres somos hoy noche mientras algo alguien nunca luego primera primero \
nuestro nuestra usted ustedes hemos pues solo sólo tras les le debe deben hacia donde quería podría sería \
tenía decir dijo vamos ir voy va van ver veo sé saber hecho hijo padre madre agua mano lugar persona personas \
cosa cosas manera momento tarde pregunta ejemplo verdad nuestros cualquier además luego mayor menor";

const POR: &str = "à o a os as de que e do da dos das em no na nos nas um uma é com não para por se mais ao \
aos à como mas foi ele ela eles elas seu sua seus suas ou ser quando muito muita muitos muitas há já está \
estão eu também só pelo pela pelos pelas até isso isto esse essa este esta entre depois sem mesmo mesma são \
ter tem têm meu minha meus minhas nós você vocês foram era eram num numa onde porque qual quais lhe nem aqui \
então ainda sobre cada outro outra outros outras ano anos dia dias vez vezes coisa coisas casa trabalho \
governo cidade novo nova melhor posso quero preciso tenho obrigado obrigada sim agora sempre nunca tudo todos \
todas nada pouco pode podem fazer faz vai vou estou fica ficar seja tinha tempo vida homem mulher hoje amanhã \
noite enquanto algo alguém antes aquele aquela aquilo deve pra pro também dele dela deles nosso nossa \
gente acho sei saber dizer disse ver vamos lugar pessoa pessoas mão água pai mãe filho forma exemplo verdade \
qualquer além maior menor três dois duas";

const FRA: &str = "à le la les de des du un une et est en que qui dans pour pas ne sur au aux avec ce cette \
ces il elle ils elles je tu nous vous on son sa ses leur leurs mais ou où plus par se sont été être avoir a \
ont fait faire tout tous toute toutes bien sans peut peuvent comme aussi même encore très y lui mon ma mes \
ton ta tes votre vos notre nos si quand comment pourquoi quel quelle quels quelles entre après avant donc \
alors ici là déjà toujours jamais rien chose choses fois jour jours an ans année temps vie homme femme monde \
pays ville travail nouveau nouvelle meilleur grand grande petit petite suis es était avait étaient avaient qu \
j c merci bonjour veux voudrais dois peux chez sous vers depuis pendant contre moins beaucoup peu trop autre \
autres deux trois cela ça celui celle dont quoi moi toi eux aujourd hui demain soir matin enfant enfants \
main eau père mère fils lieu personne façon exemple vrai aucun aucune chaque quelque plusieurs fois sera \
serait pourrait hier me te faut falloir dire dit voir savoir sais sait vais va vont allons";

const DEU: &str = "der die das den dem des ein eine einen einem einer eines und ist sind war waren zu von \
in im mit auf für nicht sich es an am auch als er sie wir ihr ich du man aus bei nach wie was wer wo wann \
warum noch nur so aber oder dass wenn schon sehr mehr kann können muss müssen wird werden wurde wurden hat \
haben hatte hatten habe sein seine seinen seiner ihre ihren ihrer mein meine meinen dein deine kein keine \
keinen diese dieser dieses diesen durch über unter vor zum zur um bis gegen ohne immer hier jetzt heute \
dann doch viel viele gut neu neue neuen alle allen alles ganz etwas nichts zwei drei jahr jahre zeit leben \
mann frau welt land stadt arbeit haus tag tage mal weil damit danke bitte möchte ob also zwischen unser \
unsere ihm ihn ihnen uns dir mir mich dich wieder gibt geht gehen machen macht sagen sagt sehen weiß wissen \
will kommen kommt müde glauben morgen abend nacht kind kinder hand wasser vater mutter sohn ort mensch menschen \
art weise beispiel wahr jeder jede jedes einige mehrere sollte sollten könnte würde wäre denn nun erst \
bereits eigentlich vielleicht";

const ITA: &str = "il lo la i gli le di a da in con su per tra fra un uno una e è che non si ma come anche \
più del della dei delle degli dello al alla ai alle allo nel nella nei nelle sul sulla questo questa \
questi queste quello quella quelli sono sei siamo era erano essere avere ha hanno ho hai abbiamo fatto fare \
può possono posso voglio devo molto molta molti molte poco tutto tutti tutte ogni sempre mai niente nulla \
ancora già qui qua ora adesso oggi domani quando dove perché cosa chi quale quanto se mi ti ci vi lui lei \
loro noi voi io tu mio mia tuo tua suo sua nostro nostra anno anni giorno giorni volta tempo vita uomo donna \
mondo paese città lavoro casa nuovo nuova grazie ciao bene dopo prima senza così allora poi due tre stato \
stata sarà sarebbe potrebbe bisogna dire detto vedere sapere so sa vado va vanno andiamo sera mattina \
bambino bambini mano acqua padre madre figlio luogo persona persone modo esempio vero nessuno nessuna \
qualche alcuni alcune ciascuno cui quindi però invece mentre";

const NLD: &str = "de het een en van is dat die in te op zijn met voor niet aan er maar om ook als dan bij \
of uit nog wat was worden wordt door naar kan hij zij ze we wij ik je jij u mijn hoe geen meer al zo werd \
heeft hebben heb moet wel nu hier daar deze dit onze ons jaar tijd omdat want alleen veel goed nieuwe tegen \
over zonder tussen waar waarom wanneer bedankt graag wil willen zou zouden kunnen moeten gaan gaat doen \
maken zeggen zien weet weten komen komt mensen kinderen huis werk stad land dag dagen vandaag morgen avond";
