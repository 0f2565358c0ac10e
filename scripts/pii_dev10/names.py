"""Given and family names, written by hand for this corpus.

Non-Latin entries are ``native=latin``; gendered family names are ``male/female``.
"""
import unicodedata


def L(s):
    return [x.strip() for x in s.split(";") if x.strip()]


N = {}

N["en_us"] = dict(
    f=L("Emily; Jessica; Ashley; Megan; Lauren; Brittany; Kayla; Madison; Destiny; Keisha; Latoya; Jennifer; "
        "Heather; Tiffany; Courtney; Allison; Morgan; Haley; Brianna; Shanice; Carmen; Vanessa; Rachel; Danielle; "
        "Kristen; Alyssa; Jocelyn; Marisol; Tamika; Caitlin; Shelby; Savannah; Mackenzie; Paige; Erin"),
    m=L("Tyler; Brandon; Justin; Kyle; Cody; Dustin; Jamal; DeShawn; Marcus; Trevor; Travis; Derek; Shane; Chad; "
        "Bryce; Garrett; Colton; Hunter; Logan; Jose; Luis; Andre; Terrell; Wesley; Darnell; Brent; Kurt; Raymond; "
        "Gregory; Nolan; Caleb; Ethan; Isaiah; Xavier; Dominic"),
    fam=L("Johnson; Williams; Miller; Davis; Rodriguez; Martinez; Hernandez; Gonzalez; Wilson; Anderson; Thompson; "
          "Harris; Sanchez; Clark; Ramirez; Robinson; Torres; Nguyen; Flores; Nelson; Rivera; Campbell; Mitchell; "
          "Roberts; Kowalczyk; Schultz; Okonkwo; Patel; Sullivan; Gallagher; Hoffman; Fitzgerald; McAllister; "
          "Dunbar; Whitaker; Holloway; Prescott; Delgado; Castellanos; Yamamoto; Lindqvist; Abernathy; Mahoney; "
          "Vasquez; Pruitt; Underwood; Kaminski; Oyelaran; Thibodeaux; Brennan"),
)
N["en_gb"] = dict(
    f=L("Charlotte; Amelia; Olivia; Sophie; Chloe; Poppy; Imogen; Harriet; Eleanor; Freya; Lucy; Bethany; Gemma; "
        "Kirsty; Leanne; Hayley; Abigail; Rosie; Zara; Jasmin; Nadia; Fiona; Catriona; Megan; Ellie"),
    m=L("Oliver; Harry; George; Callum; Rhys; Owen; Alfie; Archie; Toby; Ewan; Hamish; Declan; Liam; Craig; "
        "Gareth; Dylan; Jamie; Kieran; Rory; Imran; Tariq; Nathaniel; Elliot; Hugo; Fraser"),
    fam=L("Smith; Jones; Taylor; Evans; Roberts; Thompson; Hughes; Edwards; Davies; Griffiths; Patel; Khan; "
          "Hussain; Ahmed; Begum; Campbell; MacDonald; Stewart; Fraser; Pemberton; Ashworth; Fairclough; Whitmore; "
          "Blackwood; Featherstone; Ramsbottom; Higginbotham; Okafor; Mensah; Nowak; Cartwright; Llewellyn; "
          "Pritchard; Marsden; Ogden; Sutcliffe; Kaur; Chaudhry; McKenzie; Buchanan"),
)
N["en_ie"] = dict(
    f=L("Siobhán; Aoife; Niamh; Saoirse; Caoimhe; Róisín; Orla; Clodagh; Sinéad; Gráinne; Eimear; Deirdre; "
        "Máire; Aisling; Ciara"),
    m=L("Cian; Oisín; Seán; Pádraig; Darragh; Ciarán; Eoin; Cathal; Donnacha; Fionn; Diarmuid; Tadhg; Colm; "
        "Ruairí; Conor"),
    fam=L("Murphy; Kelly; O'Sullivan; Walsh; O'Brien; Byrne; Ryan; O'Connor; O'Neill; Doherty; Lynch; "
          "McCarthy; Gallagher; Doyle; Kavanagh; Ó Briain/Ní Bhriain; Mac Cárthaigh/Nic Cárthaigh; "
          "Ó Súilleabháin/Ní Shúilleabháin; Ó Murchú/Ní Mhurchú; Fitzgerald; Brennan; Quinlan; Moriarty"),
)
N["en_ca"] = dict(
    f=L("Geneviève; Marie-Ève; Chantal; Brianne; Kaitlyn; Jasleen; Amrit; Hailey; Brooke; Nathalie; Mei; "
        "Avery; Sidney"),
    m=L("Jean-François; Mathieu; Sébastien; Étienne; Connor; Brody; Tanner; Gurjit; Wei; Kyle; Logan; "
        "Rémi; Carter"),
    fam=L("Tremblay; Gagnon; Côté; Bouchard; Gauthier; Morin; Lavoie; Fortin; Pelletier; Bélanger; "
          "Lévesque; Ouellet; Chen; Singh; MacLeod; Campbell; Dhaliwal; Grewal; Sandhu; Wong; MacNeil; "
          "Fraser; Boudreau; LeBlanc"),
)
N["en_au"] = dict(
    f=L("Matilda; Isla; Chloe; Mia; Ruby; Sienna; Jasmine; Kylie; Tahlia; Bree; Shannon; Courtney; Kirra; "
        "Alannah; Georgia"),
    m=L("Lachlan; Cooper; Riley; Hamish; Brodie; Mitchell; Nathan; Bailey; Jayden; Fletcher; Harrison; "
        "Darcy; Angus; Kane; Thanh"),
    fam=L("Nguyen; Tran; Kelly; Murphy; O'Brien; Papadopoulos; Russo; Chen; McKenzie; Fitzpatrick; Hartley; "
          "Cartwright; Nolan; Pham; Kowalski; Doyle; Lucas; Heffernan; Gallo; Ridgeway; Barnett; Whitfield"),
)
N["en_in"] = dict(
    f=L("Priya; Ananya; Kavya; Sneha; Pooja; Divya; Meera; Lakshmi; Aishwarya; Nandini; Shruti; Riya; Swati; "
        "Harpreet; Ishita; Tanvi; Shreya; Bhavana; Revathi; Fatima"),
    m=L("Arjun; Rohan; Vikram; Rahul; Aditya; Karthik; Siddharth; Anand; Sanjay; Rajesh; Manoj; Suresh; "
        "Gurpreet; Farhan; Pranav; Varun; Harish; Naveen; Abhishek; Imran"),
    fam=L("Sharma; Verma; Gupta; Iyer; Nair; Reddy; Menon; Shah; Desai; Kulkarni; Joshi; Bhat; Chatterjee; "
          "Banerjee; Mukherjee; Das; Kaur; Pillai; Rao; Naidu; Agarwal; Srinivasan; Krishnan; Subramaniam; "
          "Deshpande; Chaudhary; Malhotra; Khanna; Ansari; Hegde"),
)
N["en_ng"] = dict(
    f=L("Chiamaka; Ngozi; Adaeze; Funmilayo; Folake; Amaka; Ifeoma; Yetunde; Zainab; Temitope; Chinonso; "
        "Bukola; Halima; Nneka; Oluwakemi"),
    m=L("Chidi; Emeka; Obinna; Tunde; Babatunde; Segun; Ifeanyi; Uche; Musa; Abubakar; Kelechi; Chukwuemeka; "
        "Olumide; Adewale; Nnamdi"),
    fam=L("Okafor; Adeyemi; Olawale; Eze; Nwosu; Obi; Adebayo; Balogun; Ibrahim; Okeke; Chukwu; Afolabi; "
          "Onyekachi; Oyelaran; Nwachukwu; Ogunleye; Danjuma; Bello; Akinola; Uzor"),
)
N["en_za"] = dict(
    f=L("Thandiwe; Nomvula; Lerato; Zanele; Anke; Marike; Chantelle; Palesa; Refilwe; Nadia"),
    m=L("Sipho; Thabo; Bongani; Mandla; Pieter; Johan; Riaan; Kagiso; Themba; Wikus"),
    fam=L("Nkosi; Dlamini; Mokoena; Ndlovu; Khumalo; van der Merwe; Botha; Pretorius; du Plessis; Naidoo; "
          "Pillay; Mahlangu; Venter; Molefe; Steyn"),
)
N["es_es"] = dict(
    f=L("Lucía; Carmen; Marta; Paula; Alba; Nerea; Irene; Ainhoa; Begoña; Rocío; Montserrat; Pilar; "
        "Inmaculada; Elena; Noelia; Itziar; Maite; Yolanda; Remedios; Macarena"),
    m=L("Javier; Alejandro; Sergio; Iker; Pablo; Álvaro; Jorge; Manuel; Íñigo; Jordi; Xavier; Raúl; Rubén; "
        "Gonzalo; Adrián; Borja; Unai; Fermín; Ignacio; Rafael"),
    fam=L("García; Fernández; González; Rodríguez; López; Martínez; Sánchez; Pérez; Gómez; Martín; Jiménez; "
          "Ruiz; Hernández; Díaz; Moreno; Álvarez; Romero; Navarro; Torres; Domínguez; Vázquez; Ramos; Gil; "
          "Serrano; Blanco; Castro; Ortega; Iglesias; Etxeberria; Puig; Garmendia; Sáez; Calvo; Crespo; Prieto; "
          "de la Fuente; del Río"),
)
N["es_mx"] = dict(
    f=L("Guadalupe; Ximena; Fernanda; Valeria; Daniela; Mariana; Itzel; Yesenia; Araceli; Rosa María; "
        "María José; Leticia; Brenda; Citlali; Abril"),
    m=L("José Luis; Juan Carlos; Miguel Ángel; Jesús; Diego; Emiliano; Santiago; Ricardo; Armando; "
        "Eduardo; Octavio; Rodrigo; Ulises; Héctor; Jorge Alberto"),
    fam=L("Hernández; García; Martínez; López; González; Pérez; Rodríguez; Sánchez; Ramírez; Cruz; Flores; "
          "Gómez; Morales; Vázquez; Reyes; Jiménez; Mendoza; Castillo; Ortiz; Gutiérrez; Chávez; Aguilar; "
          "Villalobos; Zúñiga; Cervantes; Ibarra; Salazar; Trejo"),
)
N["es_ar"] = dict(
    f=L("Florencia; Agustina; Camila; Micaela; Sofía; Julieta; Milagros; Luciana"),
    m=L("Matías; Facundo; Nicolás; Santiago; Gonzalo; Franco; Tomás; Lautaro"),
    fam=L("Fernández; Rodríguez; Gómez; Sosa; Romero; Benítez; Medina; Herrera; Ferreyra; Giménez; Rossi; "
          "Bianchi; Acosta; Quiroga; Paz"),
)
N["fr_fr"] = dict(
    f=L("Camille; Léa; Manon; Chloé; Inès; Océane; Mathilde; Clémence; Margaux; Élodie; Sandrine; Nathalie; "
        "Isabelle; Aurélie; Amandine; Solène; Fatima; Yasmine; Gaëlle; Anaïs; Maëlle; Bérénice"),
    m=L("Lucas; Hugo; Théo; Maxime; Antoine; Julien; Nicolas; Guillaume; Baptiste; Quentin; Romain; "
        "Thibault; Kévin; Mehdi; Karim; Jean-Baptiste; Pierre-Louis; Yannick; Loïc; Gaëtan; Sylvain"),
    fam=L("Martin; Bernard; Dubois; Robert; Richard; Petit; Durand; Leroy; Moreau; Laurent; Lefebvre; "
          "Michel; Bertrand; Roux; Vincent; Fournier; Morel; Girard; Lambert; Bonnet; Mercier; Dupont; "
          "Lefèvre; Benali; Diallo; Le Goff; Kerbrat; de Villeneuve; Chevalier; Gauthier; Perrin; Rousseau; "
          "Blanchard; Guérin; Boyer; Fontaine; Caron; Haddad; Le Gall"),
)
N["fr_be"] = dict(
    f=L("Amélie; Justine; Charlotte; Manon; Émilie; Noémie"),
    m=L("Arnaud; Cédric; Olivier; Benoît; Grégory; Maxime"),
    fam=L("Dubois; Lambert; Dupont; Martin; Simon; Lejeune; Renard; Wauters; Jacobs; Leclercq; Delvaux; "
          "Lemaire; Collignon; Denis"),
)
N["fr_ca"] = dict(
    f=L("Geneviève; Marie-Ève; Josée; Mélanie; Catherine; Véronique; Annie"),
    m=L("Jean-François; Mathieu; Sébastien; Étienne; Simon; Jean-Philippe; Alexandre"),
    fam=L("Tremblay; Gagnon; Roy; Côté; Bouchard; Gauthier; Morin; Lavoie; Fortin; Pelletier; Bélanger; "
          "Lévesque; Ouellet; Bergeron; Desjardins"),
)
N["de_de"] = dict(
    f=L("Anna; Lena; Leonie; Hannah; Sophie; Katharina; Julia; Laura; Sabine; Petra; Claudia; Ursula; "
        "Birgit; Anja; Jana; Franziska; Greta; Ayşe; Heike; Dörte; Svenja; Mareike; Lea-Marie"),
    m=L("Lukas; Jonas; Felix; Maximilian; Tobias; Florian; Sebastian; Stefan; Jürgen; Dieter; Uwe; "
        "Matthias; Niklas; Moritz; Karl-Heinz; Mehmet; Björn; Torsten; Henning; Malte; Jan-Ole"),
    fam=L("Müller; Schmidt; Schneider; Fischer; Weber; Meyer; Wagner; Becker; Schulz; Hoffmann; Schäfer; "
          "Koch; Bauer; Richter; Klein; Wolf; Schröder; Neumann; Schwarz; Zimmermann; Krüger; Hofmann; "
          "Hartmann; Lange; Werner; Krause; Lehmann; Köhler; Yılmaz; Kowalski; von Bülow; Brandstätter; "
          "Dietrich; Janßen; Petersen; Vogel; Haas; Seidel; Ziegler"),
)
N["de_at"] = dict(
    f=L("Theresa; Magdalena; Johanna; Katharina; Elisabeth; Verena; Barbara"),
    m=L("Florian; Lukas; Andreas; Matthias; Johannes; Dominik; Wolfgang"),
    fam=L("Gruber; Huber; Bauer; Wagner; Pichler; Steiner; Moser; Mayer; Hofer; Leitner; Berger; Fuchs; "
          "Eder; Schmid; Winkler; Weiß; Haider; Lechner; Oberhauser"),
)
N["de_ch"] = dict(
    f=L("Seraina; Nadine; Corinne; Fabienne; Ursina; Martina; Andrea"),
    m=L("Reto; Urs; Beat; Marco; Dominik; Lukas; Adrian"),
    fam=L("Müller; Meier; Schmid; Keller; Weber; Huber; Brunner; Baumann; Frei; Moser; Widmer; Gerber; "
          "Bühler; Graf; Steiner; Zürcher; Hürlimann"),
)
N["pt_br"] = dict(
    f=L("Ana Clara; Maria Eduarda; Juliana; Fernanda; Larissa; Camila; Beatriz; Gabriela; Letícia; "
        "Tatiane; Jéssica; Raquel; Francisca; Thaís; Luana; Daiane; Rosângela; Vitória"),
    m=L("João Pedro; Lucas; Gabriel; Matheus; Rafael; Thiago; Felipe; Bruno; Rodrigo; Leandro; "
        "Wellington; Francisco; Antônio; Luiz Henrique; Caio; Diego; Washington; Everton"),
    fam=L("Silva; Santos; Oliveira; Souza; Rodrigues; Ferreira; Alves; Pereira; Lima; Gomes; Costa; "
          "Ribeiro; Martins; Carvalho; Almeida; Lopes; Soares; Fernandes; Vieira; Barbosa; Rocha; Dias; "
          "Nascimento; Andrade; Moreira; Nunes; Marques; Machado; Mendes; Freitas; Cavalcanti; Albuquerque"),
)
N["pt_pt"] = dict(
    f=L("Inês; Beatriz; Matilde; Leonor; Mariana; Carolina; Joana; Rita; Sofia; Maria João; Filipa; Catarina"),
    m=L("João; Tiago; Duarte; Rodrigo; Afonso; Miguel; Gonçalo; Nuno; Rui; Diogo; Bernardo; Tomás"),
    fam=L("Silva; Santos; Ferreira; Pereira; Oliveira; Costa; Rodrigues; Martins; Sousa; Fernandes; "
          "Gonçalves; Gomes; Lopes; Marques; Alves; Almeida; Ribeiro; Pinto; Carvalho; Teixeira; Moreira; "
          "Correia; Mendes; Nunes; Soares; Monteiro; Cardoso; Magalhães; Vasconcelos"),
)
N["it_it"] = dict(
    f=L("Giulia; Chiara; Francesca; Federica; Alessia; Martina; Sara; Valentina; Elisa; Silvia; Roberta; "
        "Ilaria; Beatrice; Gaia; Giovanna; Annalisa; Loredana; Carmela; Noemi"),
    m=L("Alessandro; Lorenzo; Matteo; Andrea; Francesco; Davide; Luca; Marco; Stefano; Simone; Giuseppe; "
        "Salvatore; Gianluca; Pierpaolo; Vincenzo; Emanuele; Riccardo; Fabrizio; Antonio"),
    fam=L("Rossi; Russo; Esposito; Bianchi; Romano; Colombo; Ricci; Marino; Greco; Bruno; Gallo; Conti; "
          "De Luca; Mancini; Giordano; Rizzo; Lombardi; Moretti; Barbieri; Fontana; Santoro; Mariani; "
          "Rinaldi; Caruso; Galli; Leone; Longo; Gentile; Martinelli; Vitale; Serra; Coppola; De Santis; "
          "D'Angelo; Marchetti; Parisi; Sartori; Pellegrini; Cattaneo; Di Stefano"),
)
N["nl_nl"] = dict(
    f=L("Emma; Sanne; Lotte; Femke; Anouk; Fleur; Maaike; Marieke; Ingrid; Eline; Noor; Romy; Ilse; "
        "Wendy; Tessa; Esmée; Yara; Marloes"),
    m=L("Daan; Bram; Sem; Thijs; Ruben; Jeroen; Bas; Niels; Joost; Pieter; Koen; Wouter; Stijn; "
        "Gert-Jan; Sven; Jasper; Mohamed; Teun"),
    fam=L("de Jong; Jansen; de Vries; van den Berg; van Dijk; Bakker; Visser; Smit; Meijer; de Boer; "
          "Mulder; de Groot; Bos; Peters; Hendriks; van Leeuwen; Dekker; Brouwer; de Wit; Dijkstra; "
          "Smits; de Graaf; van der Meer; van der Linden; Kok; de Haan; Vermeulen; van den Heuvel; "
          "van der Veen; van den Broek; Kuipers; Veenstra; Schouten; Hoekstra; 't Hart; Bouzid; El Amrani"),
)
N["nl_be"] = dict(
    f=L("Lien; Elke; Hanne; Sofie; Lotte; Jolien; Griet"),
    m=L("Wout; Jens; Pieter-Jan; Stijn; Bert; Dries; Koen"),
    fam=L("Peeters; Janssens; Maes; Jacobs; Mertens; Willems; Claes; Goossens; Wouters; De Smet; "
          "Vermeulen; Van den Bossche; De Clercq; Verstraete; Van Damme; Desmet"),
)
N["pl_pl"] = dict(
    f=L("Anna; Katarzyna; Małgorzata; Agnieszka; Magdalena; Joanna; Monika; Aleksandra; Zofia; Natalia; "
        "Justyna; Paulina; Ewelina; Dorota; Grażyna; Weronika; Marta"),
    m=L("Piotr; Krzysztof; Tomasz; Paweł; Michał; Marcin; Łukasz; Jakub; Grzegorz; Mateusz; Wojciech; "
        "Kamil; Bartosz; Szymon; Przemysław; Damian; Rafał"),
    fam=L("Kowalski/Kowalska; Nowak; Wiśniewski/Wiśniewska; Wójcik; Kowalczyk; Kamiński/Kamińska; "
          "Lewandowski/Lewandowska; Zieliński/Zielińska; Szymański/Szymańska; Woźniak; "
          "Dąbrowski/Dąbrowska; Kozłowski/Kozłowska; Jankowski/Jankowska; Mazur; "
          "Kwiatkowski/Kwiatkowska; Krawczyk; Piotrowski/Piotrowska; Grabowski/Grabowska; "
          "Pawłowski/Pawłowska; Michalski/Michalska; Wieczorek; Jabłoński/Jabłońska; Król; "
          "Majewski/Majewska; Olszewski/Olszewska; Stępień; Malinowski/Malinowska; Górski/Górska; "
          "Sikora; Baran; Chmielewski/Chmielewska; Zając; Pietrzak; Wróbel"),
)
N["sv_se"] = dict(
    f=L("Anna; Elsa; Maja; Astrid; Ebba; Saga; Linnea; Klara; Ingrid; Karin; Malin; Sofia; Frida; Ylva; "
        "Agnes; Tove; Signe"),
    m=L("Erik; Lars; Anders; Johan; Oskar; Gustav; Nils; Axel; Viktor; Henrik; Magnus; Björn; Mattias; "
        "Per; Olof; Linus; Hampus"),
    fam=L("Andersson; Johansson; Karlsson; Nilsson; Eriksson; Larsson; Olsson; Persson; Svensson; "
          "Gustafsson; Pettersson; Jonsson; Hansson; Bengtsson; Lindberg; Lindqvist; Lindström; "
          "Lundgren; Bergström; Sjöberg; Engström; Ekström; Wallin; Åberg; Öberg; Dahlgren; Hedlund; "
          "Sandberg; Forsberg; Nyström"),
)
N["da_dk"] = dict(
    f=L("Mette; Sofie; Ida; Freja; Signe; Maja; Line; Camilla; Louise; Karen; Birgitte; Trine; Astrid"),
    m=L("Mads; Rasmus; Frederik; Mikkel; Søren; Jens; Niels; Christian; Anders; Kasper; Emil; Magnus; "
        "Asger"),
    fam=L("Nielsen; Jensen; Hansen; Pedersen; Andersen; Christensen; Larsen; Sørensen; Rasmussen; "
          "Jørgensen; Petersen; Madsen; Kristensen; Olsen; Thomsen; Christiansen; Poulsen; Johansen; "
          "Møller; Mortensen; Østergaard; Kjærgaard; Dahl; Vestergaard; Bach"),
)
N["nb_no"] = dict(
    f=L("Ingrid; Nora; Sara; Thea; Ingeborg; Silje; Kari; Marit; Hanne; Tonje; Solveig; Åse; Ragnhild"),
    m=L("Ola; Jonas; Sindre; Eirik; Håkon; Magnus; Even; Sigurd; Tor; Knut; Øyvind; Aksel; Vegard; "
        "Torbjørn"),
    fam=L("Hansen; Johansen; Olsen; Larsen; Andersen; Pedersen; Nilsen; Kristiansen; Jensen; Karlsen; "
          "Johnsen; Pettersen; Eriksen; Haugen; Hagen; Johannessen; Andreassen; Jacobsen; Jørgensen; "
          "Halvorsen; Bakken; Solberg; Strand; Moen; Haugland; Fjeld; Sæther; Løvås"),
)
N["fi_fi"] = dict(
    f=L("Aino; Helmi; Emilia; Sofia; Aada; Venla; Elli; Ella; Saara; Johanna; Liisa; Päivi; Tuula; Kaisa; "
        "Riikka; Minna; Sanna"),
    m=L("Juhani; Mikko; Antti; Jukka; Timo; Matti; Ville; Eetu; Onni; Leevi; Väinö; Teemu; Janne; Lauri; "
        "Oskari; Petteri; Jari"),
    fam=L("Korhonen; Virtanen; Mäkinen; Nieminen; Mäkelä; Hämäläinen; Laine; Heikkinen; Koskinen; "
          "Järvinen; Lehtonen; Lehtinen; Saarinen; Salminen; Heinonen; Niemi; Heikkilä; Kinnunen; Salonen; "
          "Turunen; Laitinen; Tuominen; Rantanen; Karjalainen; Jokinen; Mattila; Savolainen; Lahtinen; "
          "Ahonen; Räsänen"),
)
N["tr_tr"] = dict(
    f=L("Ayşe; Fatma; Zeynep; Elif; Emine; Merve; Büşra; Esra; Özlem; Gülşen; Derya; Sibel; Ebru; "
        "Şeyma; Hatice; Tuğba; Selin"),
    m=L("Mehmet; Mustafa; Ahmet; Hüseyin; Hasan; İbrahim; Murat; Emre; Burak; Oğuz; Serkan; Volkan; "
        "Yusuf; Çağrı; Kerem; Onur; Barış"),
    fam=L("Yılmaz; Kaya; Demir; Şahin; Çelik; Yıldız; Yıldırım; Öztürk; Aydın; Özdemir; Arslan; Doğan; "
          "Kılıç; Aslan; Çetin; Koç; Özkan; Şimşek; Polat; Korkmaz; Aksoy; Uçar; Bozkurt; Tekin; "
          "Karaca; Ateş; Erdem; Kocabaş; Gündoğdu"),
)
N["ru_ru"] = dict(
    f=L("Анна=Anna; Мария=Mariya; Екатерина=Yekaterina; Ольга=Olga; Наталья=Natalya; Татьяна=Tatyana; "
        "Елена=Yelena; Ирина=Irina; Светлана=Svetlana; Юлия=Yuliya; Дарья=Darya; Ксения=Kseniya; "
        "Валентина=Valentina; Полина=Polina"),
    m=L("Алексей=Aleksey; Дмитрий=Dmitry; Сергей=Sergey; Андрей=Andrey; Иван=Ivan; Михаил=Mikhail; "
        "Никита=Nikita; Павел=Pavel; Артём=Artyom; Владимир=Vladimir; Евгений=Yevgeny; "
        "Константин=Konstantin; Роман=Roman; Григорий=Grigory"),
    fam=L("Иванов/Иванова=Ivanov/Ivanova; Смирнов/Смирнова=Smirnov/Smirnova; "
          "Кузнецов/Кузнецова=Kuznetsov/Kuznetsova; Попов/Попова=Popov/Popova; "
          "Васильев/Васильева=Vasilyev/Vasilyeva; Петров/Петрова=Petrov/Petrova; "
          "Соколов/Соколова=Sokolov/Sokolova; Михайлов/Михайлова=Mikhailov/Mikhailova; "
          "Новиков/Новикова=Novikov/Novikova; Фёдоров/Фёдорова=Fyodorov/Fyodorova; "
          "Морозов/Морозова=Morozov/Morozova; Волков/Волкова=Volkov/Volkova; "
          "Лебедев/Лебедева=Lebedev/Lebedeva; Семёнов/Семёнова=Semyonov/Semyonova; "
          "Егоров/Егорова=Yegorov/Yegorova; Козлов/Козлова=Kozlov/Kozlova; "
          "Степанов/Степанова=Stepanov/Stepanova; Орлов/Орлова=Orlov/Orlova; "
          "Макаров/Макарова=Makarov/Makarova; Захаров/Захарова=Zakharov/Zakharova; "
          "Зайцев/Зайцева=Zaitsev/Zaitseva; Соловьёв/Соловьёва=Solovyov/Solovyova; "
          "Тарасов/Тарасова=Tarasov/Tarasova; Гончаров/Гончарова=Goncharov/Goncharova; "
          "Вишневский/Вишневская=Vishnevsky/Vishnevskaya; Крылов/Крылова=Krylov/Krylova; "
          "Белоусов/Белоусова=Belousov/Belousova"),
    pat=L("Алексеевич/Алексеевна; Дмитриевич/Дмитриевна; Сергеевич/Сергеевна; Андреевич/Андреевна; "
          "Иванович/Ивановна; Михайлович/Михайловна; Павлович/Павловна; Владимирович/Владимировна; "
          "Евгеньевич/Евгеньевна; Николаевич/Николаевна; Викторович/Викторовна; Олегович/Олеговна; "
          "Игоревич/Игоревна; Юрьевич/Юрьевна"),
)
N["uk_ua"] = dict(
    f=L("Оксана=Oksana; Олена=Olena; Наталія=Nataliia; Ірина=Iryna; Юлія=Yuliia; Софія=Sofiia; "
        "Анастасія=Anastasiia; Марія=Mariia; Тетяна=Tetiana; Галина=Halyna; Христина=Khrystyna; "
        "Олеся=Olesia; Вікторія=Viktoriia"),
    m=L("Олександр=Oleksandr; Андрій=Andrii; Дмитро=Dmytro; Сергій=Serhii; Іван=Ivan; Микола=Mykola; "
        "Тарас=Taras; Богдан=Bohdan; Юрій=Yurii; Василь=Vasyl; Олег=Oleh; Максим=Maksym; Остап=Ostap"),
    fam=L("Шевченко=Shevchenko; Коваленко=Kovalenko; Бондаренко=Bondarenko; Ткаченко=Tkachenko; "
          "Кравченко=Kravchenko; Олійник=Oliinyk; Мельник=Melnyk; Поліщук=Polishchuk; Бойко=Boiko; "
          "Ковальчук=Kovalchuk; Савчук=Savchuk; Лисенко=Lysenko; Марченко=Marchenko; Руденко=Rudenko; "
          "Кравчук=Kravchuk; Ковальський/Ковальська=Kovalskyi/Kovalska; Левченко=Levchenko; "
          "Петренко=Petrenko; Павленко=Pavlenko; Гнатюк=Hnatiuk; Дорошенко=Doroshenko"),
    pat=L("Олександрович/Олександрівна; Іванович/Іванівна; Миколайович/Миколаївна; Петрович/Петрівна; "
          "Васильович/Василівна; Андрійович/Андріївна; Сергійович/Сергіївна; Богданович/Богданівна"),
)
N["el_gr"] = dict(
    f=L("Μαρία=Maria; Ελένη=Eleni; Αικατερίνη=Aikaterini; Βασιλική=Vasiliki; Σοφία=Sofia; "
        "Δήμητρα=Dimitra; Γεωργία=Georgia; Ευαγγελία=Evangelia; Χριστίνα=Christina; "
        "Αναστασία=Anastasia; Παναγιώτα=Panagiota"),
    m=L("Γιώργος=Giorgos; Κωνσταντίνος=Konstantinos; Δημήτρης=Dimitris; Νίκος=Nikos; Γιάννης=Giannis; "
        "Παναγιώτης=Panagiotis; Χρήστος=Christos; Βασίλης=Vasilis; Θανάσης=Thanasis; Σπύρος=Spyros; "
        "Στέλιος=Stelios"),
    fam=L("Παπαδόπουλος/Παπαδοπούλου=Papadopoulos/Papadopoulou; Παπαδάκης/Παπαδάκη=Papadakis/Papadaki; "
          "Γεωργίου=Georgiou; Οικονόμου=Oikonomou; Νικολαΐδης/Νικολαΐδου=Nikolaidis/Nikolaidou; "
          "Καραγιάννης/Καραγιάννη=Karagiannis/Karagianni; Βασιλείου=Vasileiou; Αθανασίου=Athanasiou; "
          "Δημητρίου=Dimitriou; Ιωάννου=Ioannou; Μακρής/Μακρή=Makris/Makri; "
          "Χατζηδάκης/Χατζηδάκη=Chatzidakis/Chatzidaki; Παππάς/Παππά=Pappas/Pappa; "
          "Σταυρόπουλος/Σταυροπούλου=Stavropoulos/Stavropoulou; "
          "Λαμπρόπουλος/Λαμπροπούλου=Lampropoulos/Lampropoulou; "
          "Κωστόπουλος/Κωστοπούλου=Kostopoulos/Kostopoulou; Τσακίρης/Τσακίρη=Tsakiris/Tsakiri"),
)
N["ar"] = dict(
    f=L("فاطمة=Fatima; مريم=Maryam; نور=Nour; ليلى=Layla; سارة=Sara; هدى=Huda; ريم=Reem; أمل=Amal; "
        "ياسمين=Yasmin; سلمى=Salma; دانة=Dana; لينا=Lina; رنا=Rana; هالة=Hala"),
    m=L("محمد=Mohammed; أحمد=Ahmed; خالد=Khaled; عمر=Omar; يوسف=Youssef; علي=Ali; حسن=Hassan; "
        "عبدالله=Abdullah; سعيد=Saeed; طارق=Tarek; فيصل=Faisal; كريم=Karim; ماجد=Majed; سامي=Sami"),
    fam=L("الحربي=Al-Harbi; العتيبي=Al-Otaibi; القحطاني=Al-Qahtani; الشمري=Al-Shammari; "
          "المنصوري=Al-Mansouri; الهاشمي=Al-Hashimi; حداد=Haddad; خوري=Khoury; منصور=Mansour; "
          "عبد الرحمن=Abdelrahman; السيد=El-Sayed; مصطفى=Mostafa; إبراهيم=Ibrahim; نصر=Nasr; "
          "الزهراني=Al-Zahrani; الفاسي=El Fassi; الدوسري=Al-Dosari; النعيمي=Al-Nuaimi; عثمان=Osman; "
          "بركات=Barakat"),
)
N["he_il"] = dict(
    f=L("נועה=Noa; תמר=Tamar; מיכל=Michal; שירה=Shira; יעל=Yael; אביגיל=Avigail; רותם=Rotem; "
        "הדס=Hadas; מאיה=Maya; ליאת=Liat; אורית=Orit; שני=Shani"),
    m=L("יוסי=Yossi; איתי=Itai; אורי=Ori; דניאל=Daniel; עומר=Omer; יונתן=Yonatan; אביב=Aviv; גיל=Gil; "
        "עידו=Ido; נדב=Nadav; אלון=Alon; משה=Moshe; אסף=Asaf"),
    fam=L("כהן=Cohen; לוי=Levi; מזרחי=Mizrahi; פרץ=Peretz; ביטון=Biton; דהן=Dahan; אברהם=Avraham; "
          "פרידמן=Friedman; אזולאי=Azoulay; שפירא=Shapira; גולדברג=Goldberg; רוזנברג=Rosenberg; "
          "בן דוד=Ben David; אוחיון=Ohayon; חדד=Hadad; קליין=Klein; וייס=Weiss; אשכנזי=Ashkenazi; "
          "סויסה=Suissa; ברגר=Berger"),
)
N["hi_in"] = dict(
    f=L("प्रिया=Priya; अनन्या=Ananya; पूजा=Pooja; नेहा=Neha; सुनीता=Sunita; कविता=Kavita; अंजलि=Anjali; "
        "मीनाक्षी=Meenakshi; स्नेहा=Sneha; दिव्या=Divya; रश्मि=Rashmi; सरिता=Sarita"),
    m=L("राहुल=Rahul; अमित=Amit; विकास=Vikas; सुरेश=Suresh; राजेश=Rajesh; अर्जुन=Arjun; रोहित=Rohit; "
        "मनोज=Manoj; आदित्य=Aditya; संजय=Sanjay; दीपक=Deepak; अंकित=Ankit"),
    fam=L("शर्मा=Sharma; वर्मा=Verma; गुप्ता=Gupta; सिंह=Singh; यादव=Yadav; मिश्रा=Mishra; तिवारी=Tiwari; "
          "पांडे=Pandey; चौहान=Chauhan; अग्रवाल=Agarwal; जोशी=Joshi; श्रीवास्तव=Srivastava; दुबे=Dubey; "
          "त्रिपाठी=Tripathi; सक्सेना=Saxena; रस्तोगी=Rastogi"),
)
N["ja_jp"] = dict(
    f=L("美咲=Misaki; 陽菜=Hina; 結衣=Yui; さくら=Sakura; 葵=Aoi; 由美子=Yumiko; 恵子=Keiko; 直美=Naomi; "
        "真由美=Mayumi; 彩=Aya; 千尋=Chihiro; 明美=Akemi; 優花=Yuka; 麻衣=Mai; 奈々=Nana"),
    m=L("翔太=Shota; 大輔=Daisuke; 健太=Kenta; 拓也=Takuya; 蓮=Ren; 悠真=Yuma; 大翔=Hiroto; 誠=Makoto; "
        "浩二=Koji; 隆=Takashi; 健一=Kenichi; 直樹=Naoki; 亮=Ryo; 和也=Kazuya; 修=Osamu"),
    fam=L("佐藤=Sato; 鈴木=Suzuki; 高橋=Takahashi; 田中=Tanaka; 伊藤=Ito; 渡辺=Watanabe; 山本=Yamamoto; "
          "中村=Nakamura; 小林=Kobayashi; 加藤=Kato; 吉田=Yoshida; 山田=Yamada; 佐々木=Sasaki; "
          "山口=Yamaguchi; 松本=Matsumoto; 井上=Inoue; 木村=Kimura; 清水=Shimizu; 山崎=Yamazaki; "
          "池田=Ikeda; 橋本=Hashimoto; 石川=Ishikawa; 前田=Maeda; 藤田=Fujita; 岡田=Okada; "
          "長谷川=Hasegawa; 村上=Murakami; 近藤=Kondo; 坂本=Sakamoto; 遠藤=Endo"),
)
N["zh_cn"] = dict(
    f=L("丽娜=Lina; 晓燕=Xiaoyan; 静怡=Jingyi; 敏=Min; 婷婷=Tingting; 雪梅=Xuemei; 佳怡=Jiayi; 雨涵=Yuhan; "
        "欣怡=Xinyi; 秀英=Xiuying; 梦瑶=Mengyao; 慧敏=Huimin; 思琪=Siqi"),
    m=L("伟=Wei; 强=Qiang; 磊=Lei; 军=Jun; 浩然=Haoran; 子轩=Zixuan; 宇航=Yuhang; 建国=Jianguo; "
        "志明=Zhiming; 俊杰=Junjie; 明辉=Minghui; 晓东=Xiaodong; 博文=Bowen"),
    fam=L("王=Wang; 李=Li; 张=Zhang; 刘=Liu; 陈=Chen; 杨=Yang; 黄=Huang; 赵=Zhao; 吴=Wu; 周=Zhou; "
          "徐=Xu; 孙=Sun; 马=Ma; 朱=Zhu; 胡=Hu; 郭=Guo; 何=He; 林=Lin; 高=Gao; 罗=Luo; 欧阳=Ouyang; "
          "谢=Xie; 宋=Song; 韩=Han"),
)
N["zh_tw"] = dict(
    f=L("怡君=Yi-chun; 雅婷=Ya-ting; 淑芬=Shu-fen; 美玲=Mei-ling; 佳蓉=Chia-jung; 欣妤=Hsin-yu; 詩涵=Shih-han"),
    m=L("志豪=Chih-hao; 家豪=Chia-hao; 冠宇=Kuan-yu; 建宏=Chien-hung; 俊傑=Chun-chieh; 承恩=Cheng-en; 柏翰=Po-han"),
    fam=L("陳=Chen; 林=Lin; 黃=Huang; 張=Chang; 李=Lee; 王=Wang; 吳=Wu; 劉=Liu; 蔡=Tsai; 楊=Yang; "
          "許=Hsu; 鄭=Cheng; 謝=Hsieh; 洪=Hung; 賴=Lai"),
)
N["ko_kr"] = dict(
    f=L("지은=Ji-eun; 서연=Seo-yeon; 민지=Min-ji; 수빈=Su-bin; 하은=Ha-eun; 예린=Ye-rin; 지현=Ji-hyun; "
        "은정=Eun-jung; 혜진=Hye-jin; 유나=Yu-na; 소영=So-young; 다은=Da-eun"),
    m=L("민준=Min-jun; 서준=Seo-jun; 도윤=Do-yoon; 지훈=Ji-hoon; 현우=Hyun-woo; 성민=Sung-min; "
        "준호=Jun-ho; 동현=Dong-hyun; 영수=Young-soo; 재원=Jae-won; 태현=Tae-hyun; 상우=Sang-woo"),
    fam=L("김=Kim; 이=Lee; 박=Park; 최=Choi; 정=Jung; 강=Kang; 조=Cho; 윤=Yoon; 장=Jang; 임=Lim; "
          "한=Han; 오=Oh; 서=Seo; 신=Shin; 권=Kwon; 황=Hwang; 안=Ahn; 송=Song; 남궁=Namgung"),
)
N["vi_vn"] = dict(
    f=L("Lan; Hương; Linh; Trang; Mai; Hà; Ngọc Anh; Thảo; Phương; Hằng; Yến; Vy; Nhung; Diệp"),
    m=L("Hùng; Dũng; Tuấn; Nam; Long; Minh; Quang; Huy; Khoa; Phúc; Thắng; Cường; Đạt; Trung"),
    fam=L("Nguyễn; Trần; Lê; Phạm; Hoàng; Huỳnh; Phan; Vũ; Võ; Đặng; Bùi; Đỗ; Hồ; Ngô; Dương; Lý"),
    mid_f=L("Thị; Ngọc; Thu; Thanh; Minh; Bảo; Mỹ; Kim"),
    mid_m=L("Văn; Đức; Minh; Hữu; Quốc; Thanh; Công; Gia"),
)
N["th_th"] = dict(
    f=L("สมหญิง=Somying; นภัสสร=Napatsorn; กาญจนา=Kanchana; ปิยะนุช=Piyanuch; อรอุมา=Onuma; "
        "ศิริพร=Siriporn; วรรณา=Wanna; พิมพ์ชนก=Pimchanok; สุนิสา=Sunisa; จิราพร=Jiraporn"),
    m=L("สมชาย=Somchai; ธนากร=Thanakorn; ณัฐพล=Nattapon; วีรยุทธ=Weerayut; อนุชา=Anucha; "
        "ประเสริฐ=Prasert; กิตติศักดิ์=Kittisak; สุรเชษฐ์=Surachet; ภาณุวัฒน์=Panuwat; ชัยวัฒน์=Chaiwat"),
    fam=L("สุขสวัสดิ์=Suksawat; ศรีสุข=Srisuk; วงศ์ไทย=Wongthai; แก้วมณี=Kaewmanee; บุญมา=Boonma; "
          "ทองดี=Thongdee; จันทร์เพ็ญ=Chanpen; รัตนวงศ์=Rattanawong; เจริญสุข=Charoensuk; "
          "สายทอง=Saithong; ปัญญาดี=Panyadee; ศรีวิไล=Sriwilai"),
)
N["id_id"] = dict(
    f=L("Siti; Dewi; Sri Wahyuni; Ayu; Putri; Rina; Fitri; Nur Aini; Indah; Wulan; Ratna; Kartika; Melati"),
    m=L("Budi; Agus; Joko; Andi; Rizky; Dimas; Hendra; Bambang; Eko; Fajar; Arief; Yusuf; Wahyu"),
    fam=L("Santoso; Wijaya; Saputra; Pratama; Hidayat; Siregar; Nasution; Simanjuntak; Kusuma; Setiawan; "
          "Gunawan; Hartono; Susanto; Lubis; Harahap; Sitompul; Wibowo; Purnomo"),
)

# which name list a locale uses
LOC_CULTURE = {
    "en_US": "en_us", "en_GB": "en_gb", "en_IE": "en_ie", "en_CA": "en_ca", "en_AU": "en_au",
    "en_IN": "en_in", "en_NG": "en_ng", "en_ZA": "en_za", "es_ES": "es_es", "es_MX": "es_mx",
    "es_AR": "es_ar", "fr_FR": "fr_fr", "fr_BE": "fr_be", "fr_CA": "fr_ca", "de_DE": "de_de",
    "de_AT": "de_at", "de_CH": "de_ch", "pt_BR": "pt_br", "pt_PT": "pt_pt", "it_IT": "it_it",
    "nl_NL": "nl_nl", "nl_BE": "nl_be", "pl_PL": "pl_pl", "sv_SE": "sv_se", "da_DK": "da_dk",
    "nb_NO": "nb_no", "fi_FI": "fi_fi", "tr_TR": "tr_tr", "ru_RU": "ru_ru", "uk_UA": "uk_ua",
    "el_GR": "el_gr", "ar_EG": "ar", "ar_AE": "ar", "ar_SA": "ar", "he_IL": "he_il", "hi_IN": "hi_in",
    "ja_JP": "ja_jp", "zh_CN": "zh_cn", "zh_TW": "zh_tw", "ko_KR": "ko_kr", "vi_VN": "vi_vn",
    "th_TH": "th_th", "id_ID": "id_id",
}

NATIVE_SCRIPT = {"ru_ru", "uk_ua", "el_gr", "ar", "he_il", "hi_in", "ja_jp", "zh_cn", "zh_tw", "ko_kr",
                 "th_th"}
NOSPACE = {"ja_jp", "zh_cn", "zh_tw", "ko_kr"}


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    s = s.replace("æ", "ae").replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("'", "")
    s = s.replace("’", "")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _split(entry, gender):
    """'a/b=c/d' -> (native, latin) for the gender."""
    if "=" in entry:
        nat, lat = entry.split("=")
    else:
        nat, lat = entry, None
    if "/" in nat:
        m, f = nat.split("/")
        nat = f if gender == "f" else m
    if lat is not None and "/" in lat:
        m, f = lat.split("/")
        lat = f if gender == "f" else m
    return nat, (lat if lat is not None else nat)


class Person:
    def __init__(self, given, family, full, gender, culture, lat_given, lat_family, native, latin_full):
        self.given = given
        self.family = family
        self.full = full
        self.gender = gender
        self.culture = culture
        self.lat_given = lat_given
        self.lat_family = lat_family
        self.native = native
        self.latin_full = latin_full

    def tokens(self):
        return [t for t in self.full.replace("-", " ").split() if t]

    def __repr__(self):
        return "Person(%s)" % self.full


def make_person(r, culture, gender=None, script=None, used=None):
    d = N[culture]
    for _ in range(30):
        g = gender or r.choice("fm")
        gn, gl = _split(r.choice(d[g]), g)
        fn, fl = _split(r.choice(d["fam"]), g)
        if used is not None and (gn in used or fn in used or gl in used or fl in used):
            continue
        break
    native = culture in NATIVE_SCRIPT
    if native:
        if script is None:
            p_lat = 0.6 if culture == "hi_in" else 0.15
            script = "latin" if r.random() < p_lat else "native"
        if script == "latin":
            native = False
    if not native:
        gn2, fn2 = gl, fl
    else:
        gn2, fn2 = gn, fn
    full = None
    lat_full = gl + " " + fl
    if culture in NOSPACE:
        if native:
            if culture == "ja_jp":
                full = fn2 + (r.choice(["", " ", "\u3000"]) if r.random() < 0.6 else "") + gn2
                full = full if full.strip() == full else fn2 + gn2
            else:
                full = fn2 + gn2
        else:
            if culture == "ja_jp":
                full = gl + " " + fl if r.random() < 0.6 else fl + " " + gl
            elif culture == "ko_kr":
                full = fl + " " + gl if r.random() < 0.5 else gl.replace("-", "") + " " + fl
                if " " + fl in full:
                    gn2 = gl.replace("-", "")
            else:
                full = fl + " " + gl if r.random() < 0.5 else gl + " " + fl
        lat_full = gl + " " + fl
    elif culture.startswith("es_") and r.random() < 0.7:
        _, f2 = _split(r.choice(d["fam"]), g)
        if f2 == fn2:
            f2 = "Gómez" if fn2 != "Gómez" else "Ruiz"
        fn2 = fn2 + " " + f2
        full = gn2 + " " + fn2
    elif culture == "pt_br" and r.random() < 0.6:
        _, f2 = _split(r.choice(d["fam"]), g)
        if f2 == fn2:
            f2 = "Lima" if fn2 != "Lima" else "Costa"
        conn = r.choice(["", "", "da ", "de ", "dos "])
        fn2 = conn + fn2 + " " + f2 if conn else fn2 + " " + f2
        full = gn2 + " " + fn2
    elif culture == "pt_pt" and r.random() < 0.7:
        _, f2 = _split(r.choice(d["fam"]), g)
        if f2 == fn2:
            f2 = "Pinto" if fn2 != "Pinto" else "Costa"
        fn2 = fn2 + " " + f2
        full = gn2 + " " + fn2
    elif culture in ("ru_ru", "uk_ua") and native and r.random() < 0.45:
        pat = _split(r.choice(d["pat"]), g)[0]
        if r.random() < 0.5:
            full = fn2 + " " + gn2 + " " + pat
        else:
            full = gn2 + " " + pat + " " + fn2
    elif culture == "vi_vn":
        mid = r.choice(d["mid_f" if g == "f" else "mid_m"])
        if mid in gn2:
            mid = "Thị" if g == "f" else "Văn"
        full = fn2 + " " + mid + " " + gn2
    elif culture == "ar" and r.random() < 0.25:
        _, father = _split(r.choice(d["m"]), "m")
        fat_n = _split([x for x in d["m"] if x.endswith("=" + father)][0], "m")[0]
        if native:
            full = gn2 + " " + fat_n + " " + fn2
        else:
            full = gn2 + " " + r.choice(["bin ", "bint " if g == "f" else "bin ", ""]) + father + " " + fn2
    elif culture == "id_id" and r.random() < 0.3:
        full = gn2
        fn2 = ""
    if full is None:
        full = gn2 + " " + fn2
    full = " ".join(full.split(" ")) if "\u3000" not in full else full
    if used is not None:
        used.extend([gn, fn, gl, fl])
    return Person(gn2, fn2 or gn2, full, g, culture, gl, fl or gl, native, lat_full)
