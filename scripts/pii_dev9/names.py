"""Hand-written given and family names per naming culture, and a person builder.

Non-Latin entries are written "native|latin".  Gendered family names are "male/female".
"""
from core import ascii_fold


def _l(s):
    return [x.strip() for x in s.replace("\n", " ").split(",") if x.strip()]


N = {}

N["en"] = dict(
    m=_l("""James, John, Robert, Michael, David, Richard, Joseph, Thomas, Christopher, Daniel, Matthew, Anthony,
    Andrew, Joshua, Kevin, Brian, George, Timothy, Ryan, Jacob, Nicholas, Eric, Jonathan, Stephen, Justin, Scott,
    Brandon, Benjamin, Samuel, Gregory, Patrick, Alexander, Jack, Dennis, Tyler, Aaron, Nathan, Henry, Peter,
    Douglas, Zachary, Kyle, Noah, Ethan, Jeremy, Keith, Austin, Sean, Gavin, Owen, Callum, Rhys, Alfie, Harry,
    Oliver, Leo, Theo, Declan, Marcus, Trevor, Elliot, Jamal, Darnell, Terrence"""),
    f=_l("""Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Jessica, Sarah, Karen, Lisa, Nancy, Sandra,
    Margaret, Ashley, Kimberly, Emily, Donna, Michelle, Amanda, Melissa, Deborah, Stephanie, Rebecca, Sharon,
    Laura, Cynthia, Kathleen, Amy, Angela, Brenda, Emma, Anna, Samantha, Katherine, Christine, Rachel, Catherine,
    Olivia, Sophie, Chloe, Megan, Hannah, Lauren, Abigail, Isla, Poppy, Freya, Imogen, Harriet, Eleanor, Bethany,
    Kayla, Madison, Morgan, Tanisha, Keisha, Shonda, Molly, Lucy, Georgia"""),
    fam=_l("""Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore,
    Jackson, Martin, Lee, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King, Wright,
    Scott, Hill, Green, Adams, Baker, Nelson, Carter, Mitchell, Roberts, Turner, Phillips, Campbell, Parker, Evans,
    Edwards, Collins, Stewart, Morris, Cook, Rogers, Cooper, Peterson, Reed, Bailey, Kelly, Howard, Ward,
    Richardson, Watson, Bennett, Gray, Hughes, Price, Sanders, Foster, Powell, Fisher, Ellis, Harrison, Gibson,
    Marshall, Owens, Graham, Wallace, Hayes, Fletcher, Barnes, Thornton, Whitfield, Ashworth, Pemberton,
    Blackwood, Hargreaves, Okafor, Nwachukwu, Kowalczyk, Fitzgerald, MacLeod, McKenzie, O'Connor, Washington-Reyes"""),
)
# Given names that are also ordinary English words.
WORD_NAMES_F = _l("Hope, Grace, Rose, Summer, Jade, Dawn, Faith, Joy, Ivy, Holly, Amber, Pearl, Ruby, Crystal, "
                  "Heather, Olive, Penny, Autumn, June, April, Iris, Daisy, Hazel, Willow, Brooke, Sunny, Sky")
WORD_NAMES_M = _l("Will, Bill, Mark, Hunter, Chase, Drew, Frank, Rusty, Wade, Cliff, Guy, Ray, Rob, Art, Sunny, Bob, Jack")

N["ie"] = dict(
    m=_l("Seán, Cian, Oisín, Conor, Darragh, Pádraig, Eoin, Ciarán, Colm, Donal, Fionn, Tadhg, Ruairí, Diarmuid, "
         "Cathal, Niall, Liam, Senan, Cillian, Shane, Fiachra, Dara, Lorcan, Killian"),
    f=_l("Aoife, Siobhán, Niamh, Saoirse, Caoimhe, Órla, Róisín, Clodagh, Sinéad, Gráinne, Aisling, Ciara, Éabha, "
         "Méabh, Deirdre, Bríd, Sadhbh, Nuala, Orlaith, Ailbhe, Muireann, Eimear, Síle, Nessa"),
    fam=_l("Murphy, Kelly, O'Sullivan, Walsh, Byrne, Ryan, O'Brien, O'Connor, O'Neill, Doyle, McCarthy, Gallagher, "
           "Doherty, Lynch, Murray, Quinn, McLoughlin, Carroll, Connolly, Daly, Brennan, Dunne, Fitzpatrick, "
           "Ó Súilleabháin/Ní Shúilleabháin, Ó Briain/Ní Bhriain, Ó Ceallaigh/Ní Cheallaigh, Mac Cárthaigh/Nic Cárthaigh, "
           "Ó Dónaill/Ní Dhónaill, Mac Gearailt/Nic Gearailt, Ó Murchú/Ní Mhurchú, Mac Giolla Phádraig/Nic Giolla Phádraig, "
           "Ó Larcáin/Ní Larcáin, Keane, Hennessy, Flanagan, Cullen, Moran, Nolan, Kavanagh"),
)

N["de"] = dict(
    m=_l("""Lukas, Leon, Finn, Jonas, Paul, Elias, Felix, Maximilian, Ben, Noah, Luca, Tim, Jan, Niklas, Moritz,
    Julian, Tobias, Florian, Sebastian, Stefan, Thomas, Michael, Andreas, Markus, Christian, Matthias, Jürgen,
    Klaus, Wolfgang, Uwe, Dieter, Henrik, Jannik, Lennart, Torsten, Sven, Oliver, Dominik, Philipp, Benedikt,
    Konstantin, Anton, Emil, Fabian, Johannes, Till, Malte, Ralf, Bernd, Volker, Hannes, Georg, Rüdiger, Kai"""),
    f=_l("""Anna, Lea, Lena, Hannah, Emma, Mia, Sophie, Marie, Laura, Julia, Lisa, Sarah, Katharina, Johanna,
    Charlotte, Clara, Greta, Frieda, Ida, Leonie, Nele, Jana, Sabine, Petra, Claudia, Andrea, Susanne, Birgit,
    Stefanie, Nicole, Kerstin, Anja, Ute, Heike, Ursula, Monika, Franziska, Theresa, Miriam, Carolin, Antonia,
    Paula, Annika, Svenja, Gisela, Dagmar, Wiebke, Jutta, Silke, Mareike, Lotte, Henrike, Rosemarie, Elke"""),
    fam=_l("""Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch,
    Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Krüger, Hofmann, Hartmann, Lange,
    Schmitt, Werner, Schmitz, Krause, Meier, Lehmann, Schmid, Schulze, Maier, Köhler, Herrmann, König, Walter,
    Mayer, Huber, Kaiser, Fuchs, Peters, Scholz, Möller, Weiß, Hahn, Schubert, Vogel, Friedrich, Keller, Günther,
    Berger, Winkler, Roth, Beck, Lorenz, Baumann, Franke, Albrecht, Schuster, Ludwig, Böhm, Kraus, Schumacher,
    Krämer, Vogt, Jäger, Otto, Seidel, Heinrich, Brandt, Haas, Schreiber, Graf, Schulte, Dietrich, Ziegler, Kühn,
    Pohl, Engel, Horn, Busch, Bergmann, Voigt, Sauer, Arnold, Pfeiffer, von Arnim, von Bülow, von der Heyde,
    Gruber, Pichler, Moser, Steiner, Hofer, Leitner, Eder, Reiter, Wimmer, Egger, Brunner, Baumgartner, Lehner,
    Aigner, Gerber, Frei, Widmer, Wyss, Suter, Bachmann, Studer, Bühler, Kälin, Lüthi, Rüegg, Zürcher, Öztürk"""),
)

N["fr"] = dict(
    m=_l("""Lucas, Hugo, Louis, Gabriel, Arthur, Jules, Adam, Raphaël, Léo, Nathan, Thomas, Antoine, Nicolas,
    Julien, Maxime, Alexandre, Pierre, Jean, Philippe, Michel, Alain, Olivier, Christophe, Sébastien, Guillaume,
    Baptiste, Théo, Mathis, Clément, Romain, Vincent, Benoît, Quentin, Étienne, Yannick, Didier, Thierry, Gaël,
    Bastien, Loïc, Jean-Marc, Jean-Pierre, Mathéo, Hervé, Florent, Cédric, Damien, Arnaud, Ludovic, Gilles"""),
    f=_l("""Emma, Louise, Alice, Chloé, Léa, Manon, Camille, Inès, Sarah, Juliette, Zoé, Lina, Marie, Nathalie,
    Isabelle, Sylvie, Catherine, Sandrine, Céline, Aurélie, Émilie, Claire, Julie, Sophie, Margaux, Pauline,
    Élodie, Anaïs, Mathilde, Océane, Clémence, Agathe, Lucie, Valérie, Hélène, Brigitte, Virginie, Laure,
    Amandine, Marie-Claire, Anne-Sophie, Gaëlle, Maëlle, Solène, Capucine, Ophélie, Delphine, Coralie, Josiane"""),
    fam=_l("""Martin, Bernard, Dubois, Robert, Richard, Petit, Durand, Leroy, Moreau, Laurent, Lefebvre,
    Bertrand, Roux, Fournier, Morel, Girard, Lefèvre, Mercier, Dupont, Lambert, Bonnet, Legrand, Garnier, Faure,
    Rousseau, Blanc, Guérin, Roussel, Perrin, Morin, Mathieu, Gauthier, Dumont, Fontaine, Chevalier, Robin,
    Masson, Boyer, Lemaire, Duval, Joly, Gautier, Roche, Meunier, Marchand, Dufour, Blanchard, Barbier, Brunet,
    Leroux, Colin, Renard, Arnaud, Rolland, Caron, Aubert, Giraud, Leclerc, Vidal, Bourgeois, Renaud, Lemoine,
    Picard, Gaillard, Lacroix, Fabre, Dupuis, Hubert, Guillot, Rivière, Le Gall, Le Goff, de Villeneuve,
    Deschamps, Peeters, Janssens, Maes, Mertens, Willems, Claes, Goossens, Wouters, De Smet, Lejeune, Vandenberghe,
    Tremblay, Gagnon, Bouchard, Côté, Pelletier, Bélanger, Lévesque, Bergeron, Favre, Rochat, Bonvin"""),
)

N["es"] = dict(
    m=_l("""Alejandro, Daniel, Pablo, Hugo, Álvaro, Adrián, David, Javier, Diego, Mario, Sergio, Carlos, Manuel,
    José, Antonio, Francisco, Juan, Miguel, Luis, Rafael, Jorge, Alberto, Fernando, Ignacio, Rubén, Iván, Raúl,
    Óscar, Andrés, Gonzalo, Marcos, Enrique, Santiago, Mateo, Nicolás, Emilio, Joaquín, Tomás, Rodrigo,
    Juan Carlos, José Luis, Luis Miguel, Jesús, Arturo, Eduardo, Héctor, Ricardo, Emiliano, Leonardo, Iker, Unai"""),
    f=_l("""Lucía, María, Paula, Sofía, Martina, Julia, Carmen, Laura, Ana, Marta, Elena, Cristina, Isabel, Pilar,
    Beatriz, Raquel, Nuria, Silvia, Patricia, Alba, Irene, Sara, Claudia, Andrea, Noelia, Rocío, Inmaculada,
    Montserrat, Ainhoa, Itziar, Valentina, Camila, Ximena, Guadalupe, Fernanda, Daniela, Mariana, Regina,
    María José, Ana Belén, María del Carmen, Luz María, Alejandra, Verónica, Lorena, Esperanza, Consuelo, Dolores,
    Rosario, Yolanda, Gabriela, Paola"""),
    fam=_l("""García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez,
    Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres, Domínguez,
    Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco, Molina, Morales, Suárez, Ortega, Delgado, Castro, Ortiz,
    Rubio, Marín, Sanz, Núñez, Iglesias, Medina, Garrido, Cortés, Castillo, Santos, Lozano, Guerrero, Cano,
    Prieto, Méndez, Cruz, Calvo, Gallego, Vidal, León, Márquez, Herrera, Peña, Flores, Cabrera, Campos, Vega,
    Fuentes, Carrasco, Reyes, Caballero, Nieto, Aguilar, Pascual, Montero, Hidalgo, Ibáñez, Ferrer, Durán,
    Benítez, Vargas, Arias, Crespo, Pastor, Soto, Velasco, Parra, Bravo, Rojas, de la Cruz, del Río, de la Torre,
    Mendoza, Chávez, Rivera, Juárez, Guzmán, Velázquez, Contreras, Salazar, Luna, Estrada, Bautista, Alvarado,
    Espinoza, Lara, Ávila, Ríos, Cervantes, Sandoval, Mejía, Solís, Valdez, Ibarra, Maldonado, Zamora, Echeverría,
    Etxeberria, Goikoetxea, Puig, Vilanova"""),
)

N["pt"] = dict(
    m=_l("""João, Pedro, Gabriel, Lucas, Matheus, Miguel, Rafael, Gustavo, Felipe, Bruno, Tiago, Rodrigo, Diogo,
    Guilherme, Leonardo, André, Ricardo, Paulo, Carlos, José, António, Francisco, Manuel, Rui, Nuno, Vítor,
    Fernando, Eduardo, Marcelo, Vinícius, Henrique, Caio, Thiago, Daniel, Luís, Sérgio, Hugo, Duarte, Afonso,
    Tomás, João Pedro, Carlos Eduardo, Luiz Fernando, Otávio, Renato, Fábio, Márcio, Wellington, Cristiano, Gonçalo"""),
    f=_l("""Maria, Ana, Beatriz, Mariana, Inês, Sofia, Leonor, Matilde, Carolina, Joana, Rita, Catarina, Marta,
    Sara, Daniela, Juliana, Camila, Larissa, Fernanda, Patrícia, Vanessa, Amanda, Letícia, Gabriela, Bruna,
    Júlia, Isabela, Luana, Raquel, Cláudia, Helena, Alice, Valentina, Lara, Francisca, Teresa, Filipa, Débora,
    Thaís, Aline, Ana Paula, Maria Eduarda, Ana Clara, Rosângela, Conceição, Graça, Tatiana, Priscila, Jéssica, Simone"""),
    fam=_l("""Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa, Fernandes,
    Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, Correia,
    Mendes, Nunes, Soares, Vieira, Monteiro, Cardoso, Rocha, Neves, Coelho, Cunha, Pires, Ramos, Reis, Simões,
    Antunes, Matos, Fonseca, Machado, Araújo, Barbosa, Tavares, Lourenço, Figueiredo, Azevedo, Freitas, Lima,
    Nascimento, Barros, Moura, Cavalcanti, Batista, Duarte, Brandão, Magalhães, da Silva, dos Santos, da Costa,
    de Oliveira, dos Reis, da Cunha, de Souza, do Nascimento, dos Anjos, de Almeida Prado, Siqueira, Bezerra"""),
)

N["it"] = dict(
    m=_l("""Francesco, Alessandro, Lorenzo, Leonardo, Mattia, Andrea, Gabriele, Riccardo, Tommaso, Edoardo,
    Marco, Giuseppe, Giovanni, Antonio, Luca, Matteo, Davide, Simone, Federico, Stefano, Roberto, Paolo, Massimo,
    Fabio, Claudio, Giorgio, Sergio, Salvatore, Vincenzo, Pietro, Nicola, Emanuele, Daniele, Alberto, Enrico,
    Filippo, Michele, Raffaele, Carlo, Dario, Gianluca, Pierluigi, Giancarlo, Ottavio, Ruggero, Cesare"""),
    f=_l("""Sofia, Giulia, Aurora, Alice, Ginevra, Emma, Giorgia, Beatrice, Greta, Martina, Chiara, Francesca,
    Sara, Valentina, Federica, Elisa, Silvia, Elena, Laura, Paola, Anna, Giovanna, Maria, Lucia, Serena,
    Alessia, Ilaria, Camilla, Veronica, Roberta, Monica, Cristina, Daniela, Benedetta, Carlotta, Arianna,
    Noemi, Viola, Bianca, Annalisa, Mariagrazia, Rossella, Loredana, Donatella, Fiorella"""),
    fam=_l("""Rossi, Russo, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti,
    De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani, Rinaldi,
    Caruso, Ferrara, Galli, Martini, Leone, Longo, Gentile, Martinelli, Vitale, Lombardo, Serra, Coppola,
    De Santis, D'Angelo, Marchetti, Parisi, Villa, Conte, Ferraro, Ferri, Fabbri, Marini, Grasso, Valentini,
    Messina, Sala, De Angelis, Gatti, Pellegrini, Palumbo, Sanna, Farina, Rizzi, Monti, Cattaneo, Morelli,
    Amato, Silvestri, Mazza, Testa, Carbone, Giuliani, Benedetti, Barone, Caputo, Montanari, Guerra, Palmieri,
    Bernardi, Fiore, De Rosa, Ferretti, Bellini, Basile, Riva, Donati, Piras, Battaglia, Sartori, Neri,
    Di Stefano, Lo Russo, La Rosa, Lo Bianco, Di Lorenzo, Ferrari"""),
)

N["nl"] = dict(
    m=_l("""Daan, Sem, Lucas, Levi, Finn, Milan, Jesse, Thijs, Bram, Lars, Ruben, Stijn, Jeroen, Pieter, Jan,
    Kees, Willem, Hendrik, Joost, Bas, Sander, Martijn, Niels, Wouter, Koen, Rik, Gijs, Maarten, Teun, Floris,
    Wim, Hans, Dirk, Arjen, Ruud, Erik, Michiel, Jasper, Tijmen, Joris, Freek, Hidde, Siebe, Wessel, Mees"""),
    f=_l("""Emma, Julia, Sophie, Tess, Zoë, Fenna, Sara, Anna, Lotte, Eva, Lieke, Sanne, Femke, Anouk, Lisa,
    Noor, Maud, Fleur, Saskia, Marieke, Ingrid, Annelies, Inge, Esther, Linda, Wilma, Petra, Mirjam, Els, Floor,
    Roos, Merel, Isa, Jasmijn, Ilse, Nienke, Yvonne, Karin, Hanneke, Sietske, Geertje, Janneke, Loes, Marloes"""),
    fam=_l("""de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer,
    Mulder, de Groot, Bos, Vos, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf,
    van der Meer, van der Linden, Kok, de Haan, Vermeulen, van den Heuvel, van der Veen, van den Broek,
    de Bruijn, van der Heijden, Schouten, van Beek, van Vliet, van de Ven, Hoekstra, Maas, Verhoeven, Koster,
    van Dam, van der Wal, Prins, Blom, Huisman, de Jonge, Kuipers, van Veen, Kuiper, Veenstra, Kramer,
    van den Brink, Scholten, van Wijk, Postma, Martens, Vink, de Ruiter, Timmermans, Gerritsen, Jonker,
    van Loon, ter Horst, van 't Hof, in 't Veld, op de Beek, van der Sluis, Eerenbeemt, Zwart, Terpstra"""),
)

N["pl"] = dict(
    m=_l("""Jan, Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Michał, Marcin, Jakub, Grzegorz, Adam, Łukasz, Mateusz,
    Wojciech, Kamil, Dawid, Maciej, Rafał, Szymon, Bartosz, Przemysław, Sebastian, Filip, Kacper, Antoni,
    Hubert, Mikołaj, Zbigniew, Jerzy, Stanisław, Tadeusz, Ryszard, Bogdan, Leszek, Wiktor"""),
    f=_l("""Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Joanna, Aleksandra,
    Monika, Zofia, Natalia, Julia, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Weronika, Agata, Iwona,
    Izabela, Urszula, Halina, Zuzanna, Oliwia, Hanna, Grażyna, Jadwiga, Elżbieta, Bożena, Wiktoria"""),
    fam=_l("""Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański,
    Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski, Nowakowski,
    Pawłowski, Michalski, Nowicki, Adamczyk, Dudek, Zając, Wieczorek, Jabłoński, Król, Majewski, Olszewski,
    Jaworski, Wróbel, Malinowski, Pawlak, Witkowski, Walczak, Stępień, Górski, Rutkowski, Michalak, Sikora,
    Ostrowski, Baran, Szewczyk, Tomaszewski, Pietrzak, Marciniak, Wróblewski, Zalewski, Jakubowski,
    Jasiński, Zawadzki, Sadowski, Bąk, Chmielewski, Włodarczyk, Borkowski, Czarnecki, Sawicki, Brzęczyszczykiewicz"""),
)

N["cs"] = dict(
    m=_l("Jan, Petr, Jiří, Josef, Pavel, Martin, Tomáš, Jaroslav, Miroslav, Zdeněk, Václav, Michal, František, "
         "Jakub, Lukáš, Ondřej, Vojtěch, Filip, Adam, Matěj, Radek, Vít, Bohumil, Luboš"),
    f=_l("Jana, Marie, Eva, Hana, Anna, Lenka, Kateřina, Lucie, Věra, Alena, Petra, Veronika, Jaroslava, Tereza, "
         "Martina, Michaela, Zuzana, Barbora, Kristýna, Eliška, Markéta, Šárka, Dagmar, Radka"),
    fam=_l("Novák/Nováková, Svoboda/Svobodová, Novotný/Novotná, Dvořák/Dvořáková, Černý/Černá, Procházka/Procházková, "
           "Kučera/Kučerová, Veselý/Veselá, Horák/Horáková, Němec/Němcová, Pokorný/Pokorná, Pospíšil/Pospíšilová, "
           "Hájek/Hájková, Jelínek/Jelínková, Král/Králová, Růžička/Růžičková, Beneš/Benešová, Fiala/Fialová, "
           "Sedláček/Sedláčková, Doležal/Doležalová, Zeman/Zemanová, Kolář/Kolářová, Navrátil/Navrátilová, "
           "Čermák/Čermáková, Urban/Urbanová, Vaněk/Vaňková, Blažek/Blažková, Kříž/Křížová"),
)

N["sv"] = dict(
    m=_l("Erik, Lars, Karl, Anders, Johan, Per, Nils, Lennart, Mikael, Hans, Fredrik, Oscar, William, Hugo, "
         "Liam, Elias, Axel, Gustav, Emil, Viktor, Björn, Magnus, Henrik, Olof, Sven, Gunnar, Måns, Linus, Ragnar, Ture"),
    f=_l("Maria, Elisabeth, Anna, Kristina, Margareta, Eva, Karin, Birgitta, Ingrid, Linnéa, Elsa, Alice, Maja, "
         "Ebba, Wilma, Astrid, Saga, Freja, Agnes, Klara, Sofia, Ida, Johanna, Malin, Frida, Lena, Sigrid, Tove, Annika, Solveig"),
    fam=_l("Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, "
           "Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson, Magnusson, Olofsson, "
           "Lindström, Lindqvist, Lindgren, Axelsson, Bergström, Lundberg, Lundgren, Lundqvist, Mattsson, "
           "Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg, Wallin, Engström, Eklund, Danielsson, "
           "Lundin, Håkansson, Bergman, Gunnarsson, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, "
           "Holmberg, Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Åberg, Öberg, Ekström, Hedlund"),
)
N["da"] = dict(
    m=_l("Mads, Rasmus, Mikkel, Frederik, Søren, Jens, Niels, Anders, Kasper, Christian, Martin, Jesper, Morten, "
         "Henrik, Lars, Jakob, Emil, Magnus, Oliver, Malthe, Villads, Kristian, Torben, Ole, Poul, Troels, Asger, Bjarke"),
    f=_l("Mette, Anne, Kirsten, Hanne, Camilla, Louise, Sofie, Ida, Freja, Emma, Clara, Laura, Signe, Maja, "
         "Karen, Lone, Susanne, Pernille, Trine, Line, Rikke, Maria, Nanna, Astrid, Cecilie, Julie, Birgitte, Ditte"),
    fam=_l("Nielsen, Jensen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, "
           "Petersen, Madsen, Kristensen, Olsen, Thomsen, Christiansen, Poulsen, Johansen, Møller, Mortensen, "
           "Knudsen, Jakobsen, Mikkelsen, Olesen, Frederiksen, Laursen, Henriksen, Eriksen, Kristiansen, "
           "Nørgaard, Clausen, Simonsen, Svendsen, Andreasen, Iversen, Østergaard, Jeppesen, Vestergaard, "
           "Lauridsen, Kjær, Dalgaard, Søndergaard, Juhl, Bisgaard, Damgaard, Kjeldsen"),
)
N["no"] = dict(
    m=_l("Ole, Lars, Jan, Per, Bjørn, Kjell, Knut, Arne, Svein, Geir, Terje, Thomas, Hans, Magnus, Jakob, Emil, "
         "Filip, Henrik, Sander, Aksel, Sindre, Eirik, Håkon, Vegard, Øyvind, Torbjørn, Steinar, Espen"),
    f=_l("Anne, Inger, Kari, Marit, Ingrid, Liv, Eva, Berit, Astrid, Randi, Solveig, Hilde, Nora, Emma, Ella, "
         "Maja, Sofie, Ingeborg, Sigrid, Tuva, Thea, Silje, Ida, Kristin, Guro, Marte, Synnøve, Tone"),
    fam=_l("Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, Johnsen, "
           "Pettersen, Eriksen, Haugen, Hagen, Johannessen, Andreassen, Jacobsen, Dahl, Jørgensen, Halvorsen, "
           "Henriksen, Sørensen, Jakobsen, Moen, Gundersen, Iversen, Solberg, Svendsen, Eide, Knutsen, "
           "Martinsen, Paulsen, Bakken, Kristoffersen, Mathisen, Amundsen, Rasmussen, Lunde, Solheim, Berge, "
           "Nygård, Fredriksen, Haugland, Ødegård, Aasen, Brekke, Sæther, Tveit, Fjeld, Røed, Skogen"),
)
N["fi"] = dict(
    m=_l("Juhani, Mikko, Matti, Timo, Jukka, Kari, Antti, Pekka, Janne, Ville, Tuomas, Lauri, Eero, Aleksi, Onni, "
         "Elias, Väinö, Eino, Veeti, Joonas, Teemu, Henri, Petri, Markku, Sami, Jari, Heikki, Tapio"),
    f=_l("Maria, Helena, Johanna, Anneli, Kaarina, Marjatta, Anna, Liisa, Annikki, Hannele, Aino, Eevi, Sofia, "
         "Aada, Helmi, Emilia, Venla, Ella, Iida, Elina, Satu, Tiina, Sanna, Laura, Riikka, Kaisa, Minna, Päivi"),
    fam=_l("Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, "
           "Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, "
           "Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, "
           "Kallio, Leinonen, Miettinen, Pelkonen, Hirvonen, Väisänen, Kettunen, Aaltonen, Laaksonen, Eskelinen, "
           "Räsänen, Manninen, Koivisto, Lindholm, Hakala, Peltonen, Hyvönen, Vainio, Hietala, Toivonen, Ojala"),
)
# Icelandic: male given -> genitive stem for patronymics
IS_M = {"Jón": "Jóns", "Sigurður": "Sigurðar", "Guðmundur": "Guðmunds", "Gunnar": "Gunnars", "Ólafur": "Ólafs",
        "Einar": "Einars", "Kristján": "Kristjáns", "Magnús": "Magnús", "Stefán": "Stefáns", "Jóhann": "Jóhanns",
        "Björn": "Björns", "Árni": "Árna", "Helgi": "Helga", "Páll": "Páls", "Ragnar": "Ragnars",
        "Þórður": "Þórðar", "Haraldur": "Haralds", "Halldór": "Halldórs", "Bjarni": "Bjarna", "Egill": "Egils",
        "Snorri": "Snorra", "Hrafn": "Hrafns", "Ari": "Ara", "Aron": "Arons", "Birkir": "Birkis"}
N["is"] = dict(
    m=list(IS_M),
    f=_l("Guðrún, Anna, Sigríður, Kristín, Margrét, Helga, Sigrún, Ingibjörg, Jóhanna, María, Katrín, "
         "Ragnheiður, Elín, Hildur, Ásta, Þórunn, Birna, Eva, Lilja, Sólveig, Freyja, Embla, Hekla, Bryndís, Unnur"),
    fam=[],
)
N["hu"] = dict(
    m=_l("László, István, József, János, Zoltán, Sándor, Gábor, Ferenc, Attila, Péter, Tamás, Zsolt, Tibor, "
         "András, Csaba, Imre, Lajos, György, Balázs, Róbert, Bence, Máté, Dávid, Levente, Ádám, Dániel, Márk, "
         "Dominik, Gergő, Botond"),
    f=_l("Mária, Erzsébet, Katalin, Éva, Ilona, Anna, Zsuzsanna, Margit, Judit, Ágnes, Andrea, Erika, "
         "Krisztina, Eszter, Tímea, Nóra, Réka, Zsófia, Hanna, Lilla, Boglárka, Dóra, Petra, Viktória, Orsolya, "
         "Kitti, Fanni, Luca, Emese, Csilla"),
    fam=_l("Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Papp, Takács, "
           "Juhász, Lakatos, Mészáros, Oláh, Rácz, Fekete, Szilágyi, Török, Fehér, Gál, Szűcs, Kocsis, Pintér, "
           "Fodor, Szalai, Sipos, Lukács, Gulyás, Biró, Király, Katona, Jakab, Bogdán, Boros, Fazekas, Kelemen, "
           "Antal, Orosz, Somogyi, Vörös, Hegedűs, Bakos, Deák, Pásztor, Vincze, Hajdú, Illés"),
)
N["tr"] = dict(
    m=_l("Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Emre, Burak, Cem, Emir, Eren, Furkan, "
         "Gökhan, Kemal, Kerem, Mert, Oğuz, Onur, Serkan, Tolga, Uğur, Volkan, Yusuf, Barış, Arda, Selim, Berk, Kaan"),
    f=_l("Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Büşra, Esra, Özlem, Derya, Ebru, Hande, İrem, Melis, "
         "Pınar, Selin, Sibel, Tuğba, Yasemin, Defne, Ece, Aslı, Ceren, Dilara, Gizem, Ezgi, Şeyma, Begüm, Nilüfer"),
    fam=_l("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, "
           "Aslan, Çetin, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Aksoy, Karaca, Tekin, Türkmen, Acar, Keskin, "
           "Avcı, Ünal, Tunç, Bozkurt, Coşkun, Uçar, Kalkan, Güler, Akın, Uysal, Altun, Işık, Aktaş, Ekinci, Çakır, "
           "Erdem, Sezer, Kocabaş, Karakaya, Gündoğdu, Bayram, Yavuz, Taşdemir"),
)
N["id"] = dict(
    m=_l("Budi, Agus, Andi, Bambang, Dedi, Eko, Fajar, Hendra, Irfan, Joko, Rizki, Arif, Dimas, Bayu, Taufik, "
         "Wahyu, Yoga, Rudi, Slamet, Teguh, Hadi, Yusuf, Gilang, Reza, Aditya, Ilham, Galih"),
    f=_l("Siti, Dewi, Rina, Ayu, Putri, Wulan, Indah, Fitri, Lestari, Ratna, Intan, Nadia, Yuni, Kartika, "
         "Anisa, Dian, Mega, Novi, Sari, Wati, Ningsih, Puspita, Rahayu, Citra, Larasati"),
    fam=_l("Santoso, Wijaya, Saputra, Hidayat, Setiawan, Pratama, Kusuma, Nugroho, Susanto, Gunawan, Wibowo, "
           "Halim, Sutanto, Purnomo, Siregar, Nasution, Simanjuntak, Hutapea, Lubis, Harahap, Kurniawan, Hakim, "
           "Firmansyah, Ramadhan, Permana, Utomo, Tanjung, Syahputra, Hasibuan, Sembiring, Ginting, Tambunan"),
)
N["ng"] = dict(
    m=_l("Adebayo, Oluwaseun, Babatunde, Olamide, Kehinde, Taiwo, Ayodele, Damilola, Chinedu, Chukwuemeka, "
         "Obinna, Ikenna, Nnamdi, Uchenna, Ebuka, Kelechi, Abubakar, Musa, Aminu, Sani, Usman, Tunde, Femi, "
         "Segun, Emeka, Chidi, Yakubu, Ifeanyi, Olumide, Gbenga"),
    f=_l("Folake, Funmilayo, Adeola, Yetunde, Temitope, Chiamaka, Ngozi, Adaeze, Chidinma, Amarachi, Nneka, "
         "Ifeoma, Zainab, Hauwa, Halima, Bisola, Titilayo, Omolara, Ebere, Uju, Blessing, Nkechi, Aisha, Kemi, Bukola"),
    fam=_l("Adeyemi, Okafor, Okonkwo, Balogun, Eze, Nwosu, Ogunleye, Bello, Ibrahim, Okoro, Chukwu, Olawale, "
           "Afolabi, Oyelaran, Nnadi, Obi, Uzor, Danjuma, Lawal, Ojo, Akinola, Eboh, Oladipo, Adewale, Ige, Obiora, "
           "Nwankwo, Eze-Okoli, Ogunbanjo, Adekunle, Babangida, Onyeama, Odukoya, Fashola"),
)
N["et"] = dict(
    m=_l("Abebe, Dawit, Tesfaye, Mesfin, Yohannes, Biniam, Henok, Kidus, Solomon, Girma, Tadesse, Alemayehu, "
         "Bereket, Fikru, Getachew, Kebede, Mulugeta, Tewodros, Yonas, Eyob, Natnael, Abel, Berhanu, Lemma, Wondimu"),
    f=_l("Selamawit, Tigist, Meron, Hanna, Bethlehem, Mahlet, Rahel, Hirut, Almaz, Tsion, Eden, Liya, Saba, "
         "Genet, Mekdes, Feven, Kalkidan, Yordanos, Aster, Frehiwot, Hiwot, Tirunesh, Meseret, Senait, Etenesh"),
    fam=[],
)

# --------------------------------------------------------------- non-Latin scripts (native|latin)
N["ru"] = dict(
    m=_l("""Александр|Aleksandr, Дмитрий|Dmitry, Максим|Maksim, Сергей|Sergey, Андрей|Andrey, Алексей|Alexey,
    Артём|Artyom, Илья|Ilya, Кирилл|Kirill, Михаил|Mikhail, Никита|Nikita, Матвей|Matvey, Роман|Roman,
    Егор|Yegor, Арсений|Arseny, Иван|Ivan, Денис|Denis, Евгений|Evgeny, Даниил|Daniil, Тимофей|Timofey,
    Владимир|Vladimir, Павел|Pavel, Николай|Nikolai, Олег|Oleg, Виктор|Viktor, Юрий|Yuri, Игорь|Igor,
    Константин|Konstantin, Григорий|Grigory, Степан|Stepan, Фёдор|Fyodor, Глеб|Gleb, Вадим|Vadim, Руслан|Ruslan,
    Антон|Anton"""),
    f=_l("""Анастасия|Anastasia, Мария|Maria, Анна|Anna, Виктория|Viktoria, Екатерина|Ekaterina, Наталья|Natalya,
    Марина|Marina, Полина|Polina, Дарья|Darya, Алина|Alina, Ксения|Ksenia, Елена|Elena, Ольга|Olga,
    Татьяна|Tatyana, Юлия|Yulia, Ирина|Irina, Светлана|Svetlana, Софья|Sofya, Вера|Vera, Людмила|Lyudmila,
    Галина|Galina, Валерия|Valeria, Алёна|Alyona, Кристина|Kristina, Евгения|Evgenia, Надежда|Nadezhda,
    Лариса|Larisa, Вероника|Veronika, Ульяна|Ulyana, Милана|Milana"""),
    fam=_l("""Иванов|Ivanov, Смирнов|Smirnov, Кузнецов|Kuznetsov, Попов|Popov, Васильев|Vasilyev, Петров|Petrov,
    Соколов|Sokolov, Михайлов|Mikhailov, Новиков|Novikov, Фёдоров|Fyodorov, Морозов|Morozov, Волков|Volkov,
    Алексеев|Alekseev, Лебедев|Lebedev, Семёнов|Semyonov, Егоров|Yegorov, Павлов|Pavlov, Козлов|Kozlov,
    Степанов|Stepanov, Николаев|Nikolaev, Орлов|Orlov, Андреев|Andreev, Макаров|Makarov, Никитин|Nikitin,
    Захаров|Zakharov, Зайцев|Zaitsev, Соловьёв|Solovyov, Борисов|Borisov, Яковлев|Yakovlev, Григорьев|Grigoryev,
    Воробьёв|Vorobyov, Сергеев|Sergeev, Кудрявцев|Kudryavtsev, Белов|Belov, Тарасов|Tarasov,
    Белоусов|Belousov, Комаров|Komarov, Голубев|Golubev, Виноградов|Vinogradov, Богданов|Bogdanov,
    Киселёв|Kiselyov, Ковалёв|Kovalyov, Ильин|Ilyin, Гусев|Gusev, Титов|Titov, Кузьмин|Kuzmin,
    Баранов|Baranov, Куликов|Kulikov, Ершов|Yershov, Максимов|Maksimov, Поляков|Polyakov, Щербаков|Shcherbakov,
    Крылов|Krylov, Осипов|Osipov, Герасимов|Gerasimov, Чернов|Chernov, Высоцкий|Vysotsky, Островский|Ostrovsky,
    Горбунов|Gorbunov, Левченко|Levchenko, Ткаченко|Tkachenko"""),
)
RU_PATR = {"Александр": ("Александрович", "Александровна"), "Сергей": ("Сергеевич", "Сергеевна"),
           "Андрей": ("Андреевич", "Андреевна"), "Алексей": ("Алексеевич", "Алексеевна"),
           "Михаил": ("Михайлович", "Михайловна"), "Иван": ("Иванович", "Ивановна"),
           "Владимир": ("Владимирович", "Владимировна"), "Николай": ("Николаевич", "Николаевна"),
           "Павел": ("Павлович", "Павловна"), "Олег": ("Олегович", "Олеговна"), "Виктор": ("Викторович", "Викторовна"),
           "Юрий": ("Юрьевич", "Юрьевна"), "Игорь": ("Игоревич", "Игоревна"), "Дмитрий": ("Дмитриевич", "Дмитриевна"),
           "Евгений": ("Евгеньевич", "Евгеньевна"), "Константин": ("Константинович", "Константиновна")}
N["uk"] = dict(
    m=_l("Олександр|Oleksandr, Андрій|Andriy, Тарас|Taras, Богдан|Bohdan, Дмитро|Dmytro, Максим|Maksym, Іван|Ivan, "
         "Остап|Ostap, Микола|Mykola, Юрій|Yuriy, Василь|Vasyl, Сергій|Serhiy, Олег|Oleh, Петро|Petro, Ярослав|Yaroslav"),
    f=_l("Олена|Olena, Оксана|Oksana, Ірина|Iryna, Наталія|Nataliia, Тетяна|Tetiana, Марія|Mariia, Анна|Anna, "
         "Юлія|Yuliia, Софія|Sofiia, Катерина|Kateryna, Ольга|Olha, Галина|Halyna, Дарина|Daryna, Соломія|Solomiia, "
         "Христина|Khrystyna"),
    fam=_l("Шевченко|Shevchenko, Коваленко|Kovalenko, Бондаренко|Bondarenko, Ткаченко|Tkachenko, Кравченко|Kravchenko, "
           "Мельник|Melnyk, Бойко|Boiko, Коваль|Koval, Олійник|Oliinyk, Шевчук|Shevchuk, Поліщук|Polishchuk, "
           "Лисенко|Lysenko, Марченко|Marchenko, Савченко|Savchenko, Руденко|Rudenko, Кравчук|Kravchuk, "
           "Павленко|Pavlenko, Гончаренко|Honcharenko, Іваненко|Ivanenko, Харченко|Kharchenko, Романюк|Romaniuk, "
           "Ковальчук|Kovalchuk, Яковенко|Yakovenko, Кушнір|Kushnir, Дорошенко|Doroshenko, Гнатюк|Hnatiuk, "
           "Пономаренко|Ponomarenko, Вакуленко|Vakulenko"),
)
N["el"] = dict(
    m=_l("Γιώργος|Giorgos, Δημήτρης|Dimitris, Κώστας|Kostas, Νίκος|Nikos, Γιάννης|Giannis, Παναγιώτης|Panagiotis, "
         "Χρήστος|Christos, Βασίλης|Vasilis, Αλέξανδρος|Alexandros, Θανάσης|Thanasis, Σπύρος|Spyros, "
         "Μιχάλης|Michalis, Στέλιος|Stelios, Άγγελος|Angelos, Λευτέρης|Lefteris, Αντώνης|Antonis, Ηλίας|Ilias, "
         "Παύλος|Pavlos, Σωτήρης|Sotiris, Στάθης|Stathis"),
    f=_l("Μαρία|Maria, Ελένη|Eleni, Αικατερίνη|Aikaterini, Βασιλική|Vasiliki, Σοφία|Sofia, Αγγελική|Angeliki, "
         "Γεωργία|Georgia, Δήμητρα|Dimitra, Κωνσταντίνα|Konstantina, Ευαγγελία|Evangelia, Χριστίνα|Christina, "
         "Ιωάννα|Ioanna, Παναγιώτα|Panagiota, Δέσποινα|Despoina, Αναστασία|Anastasia, Ειρήνη|Eirini, "
         "Φωτεινή|Foteini, Ζωή|Zoi, Νεφέλη|Nefeli, Αθηνά|Athina"),
    fam=_l("Παπαδόπουλος/Παπαδοπούλου|Papadopoulos/Papadopoulou, Παπαδάκης/Παπαδάκη|Papadakis/Papadaki, "
           "Γεωργίου|Georgiou, Οικονόμου|Oikonomou, Νικολάου|Nikolaou, Ιωάννου|Ioannou, Βασιλείου|Vasileiou, "
           "Δημητρίου|Dimitriou, Κωνσταντίνου|Konstantinou, Μακρής/Μακρή|Makris/Makri, Αντωνίου|Antoniou, "
           "Καραγιάννης/Καραγιάννη|Karagiannis/Karagianni, Παπανικολάου|Papanikolaou, Αλεξίου|Alexiou, "
           "Μαυρίδης/Μαυρίδου|Mavridis/Mavridou, Χατζηδάκης/Χατζηδάκη|Chatzidakis/Chatzidaki, "
           "Κωστόπουλος/Κωστοπούλου|Kostopoulos/Kostopoulou, Αθανασίου|Athanasiou, Πετρίδης/Πετρίδου|Petridis/Petridou, "
           "Λαμπρόπουλος/Λαμπροπούλου|Lampropoulos/Lampropoulou, Ζαχαρίου|Zachariou, Τσακίρης/Τσακίρη|Tsakiris/Tsakiri, "
           "Μιχαηλίδης/Μιχαηλίδου|Michailidis/Michailidou, Δασκαλάκης/Δασκαλάκη|Daskalakis/Daskalaki, "
           "Σπυρόπουλος/Σπυροπούλου|Spyropoulos/Spyropoulou, Βλάχος/Βλάχου|Vlachos/Vlachou, Αναγνώστου|Anagnostou, "
           "Τζανετάκης/Τζανετάκη|Tzanetakis/Tzanetaki"),
)
N["ar"] = dict(
    m=_l("محمد|Mohammed, أحمد|Ahmed, علي|Ali, عمر|Omar, خالد|Khalid, يوسف|Youssef, إبراهيم|Ibrahim, حسن|Hassan, "
         "حسين|Hussein, عبدالله|Abdullah, سعيد|Saeed, فيصل|Faisal, طارق|Tariq, كريم|Karim, ماجد|Majid, "
         "سلمان|Salman, ناصر|Nasser, سامي|Sami, وليد|Walid, زياد|Ziad, هشام|Hisham, منصور|Mansour, رامي|Rami, "
         "بدر|Badr, مصطفى|Mostafa, عادل|Adel, نبيل|Nabil, ياسر|Yasser, أنس|Anas, حمزة|Hamza"),
    f=_l("فاطمة|Fatima, عائشة|Aisha, مريم|Maryam, نورة|Noura, سارة|Sara, ليلى|Layla, هدى|Huda, رنا|Rana, "
         "دينا|Dina, ريم|Reem, سلمى|Salma, لينا|Lina, هالة|Hala, منى|Mona, ياسمين|Yasmin, جميلة|Jamila, "
         "خديجة|Khadija, زينب|Zainab, رهف|Rahaf, شيماء|Shaimaa, إيمان|Iman, هند|Hind, لمى|Lama, دانة|Dana, "
         "جود|Joud, غادة|Ghada, رغد|Raghad, بسمة|Basma, نادين|Nadine, سمر|Samar"),
    fam=_l("الحربي|Al-Harbi, العتيبي|Al-Otaibi, القحطاني|Al-Qahtani, الشمري|Al-Shammari, الدوسري|Al-Dosari, "
           "الغامدي|Al-Ghamdi, الزهراني|Al-Zahrani, المطيري|Al-Mutairi, السبيعي|Al-Subaie, العنزي|Al-Anazi, "
           "الشهري|Al-Shehri, المالكي|Al-Maliki, الهاشمي|Al-Hashimi, المنصوري|Al-Mansouri, الكعبي|Al-Kaabi, "
           "النعيمي|Al-Nuaimi, البلوشي|Al-Balushi, حداد|Haddad, خوري|Khoury, عبدالرحمن|Abdelrahman, "
           "سليمان|Suleiman, عثمان|Osman, حمدان|Hamdan, الأنصاري|Al-Ansari, الخطيب|Al-Khatib, الراشد|Al-Rashed, "
           "فرج|Farag, شاهين|Shaheen, السيد|El-Sayed, عيسى|Issa, نجار|Najjar, صالح|Saleh, جابر|Jaber, "
           "قاسم|Qasim, الشريف|El-Sherif, عبدالفتاح|Abdel-Fattah, الطحان|El-Tahan, بركات|Barakat"),
)
N["he"] = dict(
    m=_l("דוד|David, יוסי|Yossi, אבי|Avi, משה|Moshe, יונתן|Yonatan, איתי|Itai, נועם|Noam, עומר|Omer, "
         "אורי|Uri, דניאל|Daniel, אריאל|Ariel, יואב|Yoav, רון|Ron, גיל|Gil, עידו|Ido, אלון|Alon, תומר|Tomer, "
         "אסף|Asaf, שחר|Shahar, עמית|Amit"),
    f=_l("נועה|Noa, מיכל|Michal, שירה|Shira, תמר|Tamar, יעל|Yael, רותם|Rotem, הדס|Hadas, ליאת|Liat, "
         "אורית|Orit, מאיה|Maya, שני|Shani, ענבל|Inbal, קרן|Keren, רונית|Ronit, דנה|Dana, אביגיל|Avigail, "
         "טליה|Talia, הילה|Hila, גלית|Galit, אפרת|Efrat"),
    fam=_l("כהן|Cohen, לוי|Levi, מזרחי|Mizrahi, פרץ|Peretz, ביטון|Biton, דהן|Dahan, אברהם|Avraham, "
           "פרידמן|Friedman, אזולאי|Azoulay, מלכה|Malka, גבאי|Gabay, כץ|Katz, שפירא|Shapira, אוחיון|Ohayon, "
           "חדד|Hadad, גולן|Golan, רוזנברג|Rosenberg, אשכנזי|Ashkenazi, סויסה|Swisa, עמר|Amar, וייס|Weiss, "
           "גרינברג|Greenberg, זילברמן|Silberman, בן עמי|Ben Ami, נחום|Nachum, סגל|Segal, הורוביץ|Horowitz, "
           "אקרמן|Ackerman, בן שושן|Ben Shushan, אלמוג|Almog"),
)
N["hi"] = dict(
    m=_l("राहुल|Rahul, अमित|Amit, विकास|Vikas, सुरेश|Suresh, राजेश|Rajesh, अर्जुन|Arjun, रोहित|Rohit, "
         "आदित्य|Aditya, विशाल|Vishal, संजय|Sanjay, मनोज|Manoj, अनिल|Anil, दीपक|Deepak, प्रशांत|Prashant, "
         "करण|Karan, निखिल|Nikhil, सौरभ|Saurabh, अभिषेक|Abhishek, गौरव|Gaurav, राघव|Raghav, इशान|Ishaan, "
         "कुणाल|Kunal, तरुण|Tarun, हर्ष|Harsh, यश|Yash, आरव|Aarav, विवेक|Vivek, पंकज|Pankaj, नितिन|Nitin, "
         "अंकित|Ankit, वेंकटेश|Venkatesh, श्रीनिवास|Srinivas"),
    f=_l("प्रिया|Priya, अनीता|Anita, सुनीता|Sunita, पूजा|Pooja, नेहा|Neha, दिव्या|Divya, कविता|Kavita, "
         "स्नेहा|Sneha, अंजलि|Anjali, रिया|Riya, श्रेया|Shreya, मीरा|Meera, सीमा|Seema, रश्मि|Rashmi, "
         "ज्योति|Jyoti, पल्लवी|Pallavi, स्वाति|Swati, निधि|Nidhi, तन्वी|Tanvi, ईशा|Isha, अदिति|Aditi, "
         "कृतिका|Kritika, मानसी|Mansi, भावना|Bhavna, शालिनी|Shalini, गीता|Geeta, लक्ष्मी|Lakshmi, सरिता|Sarita, "
         "वंदना|Vandana, आकांक्षा|Akanksha"),
    fam=_l("शर्मा|Sharma, वर्मा|Verma, गुप्ता|Gupta, सिंह|Singh, कुमार|Kumar, पटेल|Patel, मेहता|Mehta, "
           "जोशी|Joshi, अग्रवाल|Agarwal, मिश्रा|Mishra, यादव|Yadav, चौहान|Chauhan, श्रीवास्तव|Srivastava, "
           "पांडे|Pandey, त्रिपाठी|Tripathi, सक्सेना|Saxena, कपूर|Kapoor, मल्होत्रा|Malhotra, भाटिया|Bhatia, "
           "देसाई|Desai, नायर|Nair, रेड्डी|Reddy, अय्यर|Iyer, राव|Rao, बनर्जी|Banerjee, चटर्जी|Chatterjee, "
           "मुखर्जी|Mukherjee, घोष|Ghosh, ठाकुर|Thakur, चौधरी|Chaudhary, शुक्ला|Shukla, दुबे|Dubey, "
           "तिवारी|Tiwari, जैन|Jain, बंसल|Bansal, खन्ना|Khanna, सेठी|Sethi, गोयल|Goyal, पिल्लई|Pillai, "
           "कुलकर्णी|Kulkarni, देशपांडे|Deshpande, पाटिल|Patil, शेट्टी|Shetty, मेनन|Menon, भट्ट|Bhatt, "
           "अरोड़ा|Arora, सूद|Sood, कृष्णमूर्ति|Krishnamurthy, सुब्रमण्यम|Subramaniam, नारायणन|Narayanan"),
)
N["th"] = dict(
    m=_l("สมชาย|Somchai, สมศักดิ์|Somsak, ประเสริฐ|Prasert, วิชัย|Wichai, อนุชา|Anucha, ธนากร|Thanakorn, "
         "ณัฐพล|Nattapon, กิตติพงษ์|Kittipong, พงศกร|Pongsakorn, ศุภชัย|Supachai, ชัยวัฒน์|Chaiwat, "
         "อภิชาติ|Apichat, ธีรวัฒน์|Teerawat, วรวุฒิ|Worawut, สุรชัย|Surachai"),
    f=_l("สมหญิง|Somying, มาลี|Malee, สุภาพร|Supaporn, วันเพ็ญ|Wanpen, ปิยะนุช|Piyanuch, กาญจนา|Kanjana, "
         "ศิริพร|Siriporn, นภัสสร|Napatsorn, พิมพ์ชนก|Pimchanok, ณัฐธิดา|Nattida, อรุณี|Arunee, "
         "จันทร์เพ็ญ|Chanpen, รัตนา|Rattana, ปวีณา|Paweena, สุนิสา|Sunisa"),
    fam=_l("ศรีสุข|Srisuk, วงศ์สวัสดิ์|Wongsawat, แก้วมณี|Kaewmanee, ทองดี|Thongdee, สุขประเสริฐ|Sukprasert, "
           "จันทร์แก้ว|Chankaew, บุญมา|Boonma, รัตนพันธ์|Rattanaphan, ศรีวงศ์|Sriwong, พึ่งบุญ|Phuengboon, "
           "อินทร์แก้ว|Inkaew, เพชรรัตน์|Phetcharat, สายทอง|Saithong, ชัยมงคล|Chaimongkol, "
           "ทรัพย์สมบูรณ์|Sapsomboon, นาคสวัสดิ์|Naksawat, ธนสาร|Thanasan, วิเศษสุวรรณ|Wisetsuwan"),
    nick=_l("แพร|Prae, มิ้นท์|Mint, พลอย|Ploy, แบงค์|Bank, บอส|Boss, เฟิร์น|Fern, โอ๊ต|Oat, ต้นข้าว|Tonkhao"),
)
N["ko"] = dict(
    fam=_l("김|Kim, 이|Lee, 박|Park, 최|Choi, 정|Jung, 강|Kang, 조|Cho, 윤|Yoon, 장|Jang, 임|Lim, 한|Han, 오|Oh, "
           "서|Seo, 신|Shin, 권|Kwon, 황|Hwang, 안|Ahn, 송|Song, 류|Ryu, 전|Jeon, 홍|Hong, 고|Ko, 문|Moon, "
           "양|Yang, 손|Son, 배|Bae, 백|Baek, 허|Heo, 남궁|Namgung, 제갈|Jegal"),
    m=_l("민준|Min-jun, 서준|Seo-jun, 도윤|Do-yun, 예준|Ye-jun, 시우|Si-woo, 하준|Ha-jun, 주원|Ju-won, 지호|Ji-ho, "
         "지훈|Ji-hoon, 준서|Jun-seo, 현우|Hyun-woo, 성민|Sung-min, 동현|Dong-hyun, 재원|Jae-won, 승현|Seung-hyun, "
         "영호|Young-ho, 상훈|Sang-hoon, 정우|Jung-woo, 우진|Woo-jin, 건우|Gun-woo, 민재|Min-jae, 태민|Tae-min, "
         "진호|Jin-ho, 병철|Byung-chul, 재현|Jae-hyun, 성훈|Sung-hoon, 동욱|Dong-wook, 준호|Jun-ho, 태윤|Tae-yoon, 은우|Eun-woo"),
    f=_l("서연|Seo-yeon, 서윤|Seo-yun, 지우|Ji-woo, 서현|Seo-hyun, 민서|Min-seo, 하은|Ha-eun, 하윤|Ha-yun, "
         "윤서|Yun-seo, 지유|Ji-yu, 채원|Chae-won, 지민|Ji-min, 수빈|Su-bin, 예린|Ye-rin, 은지|Eun-ji, 수진|Su-jin, "
         "혜진|Hye-jin, 미영|Mi-young, 지영|Ji-young, 유진|Yu-jin, 소연|So-yeon, 다은|Da-eun, 나연|Na-yeon, "
         "민지|Min-ji, 예은|Ye-eun, 보람|Bo-ram, 가은|Ga-eun, 수아|Su-ah, 현주|Hyun-ju, 선영|Sun-young, 경희|Kyung-hee"),
)
N["ja"] = dict(
    fam=_l("佐藤|Sato, 鈴木|Suzuki, 高橋|Takahashi, 田中|Tanaka, 伊藤|Ito, 渡辺|Watanabe, 山本|Yamamoto, "
           "中村|Nakamura, 小林|Kobayashi, 加藤|Kato, 吉田|Yoshida, 山田|Yamada, 佐々木|Sasaki, 山口|Yamaguchi, "
           "松本|Matsumoto, 井上|Inoue, 木村|Kimura, 斎藤|Saito, 清水|Shimizu, 山崎|Yamazaki, 池田|Ikeda, "
           "橋本|Hashimoto, 阿部|Abe, 石川|Ishikawa, 山下|Yamashita, 中島|Nakajima, 石井|Ishii, 小川|Ogawa, "
           "前田|Maeda, 岡田|Okada, 長谷川|Hasegawa, 藤田|Fujita, 後藤|Goto, 近藤|Kondo, 村上|Murakami, "
           "遠藤|Endo, 青木|Aoki, 坂本|Sakamoto, 福田|Fukuda, 太田|Ota, 西村|Nishimura, 藤井|Fujii, 金子|Kaneko, "
           "岡本|Okamoto, 藤原|Fujiwara, 三浦|Miura, 原田|Harada, 松田|Matsuda, 竹内|Takeuchi, 小野|Ono, "
           "田村|Tamura, 和田|Wada, 石田|Ishida, 上田|Ueda, 森田|Morita, 大塚|Otsuka, 菅原|Sugawara, 久保|Kubo, "
           "千葉|Chiba, 野口|Noguchi, 宮崎|Miyazaki"),
    m=_l("翔太|Shota, 大輝|Daiki, 健太|Kenta, 拓也|Takuya, 悠真|Yuma, 大翔|Hiroto, 陽翔|Haruto, 颯太|Sota, "
         "直樹|Naoki, 浩二|Koji, 和也|Kazuya, 達也|Tatsuya, 慎吾|Shingo, 秀樹|Hideki, 裕太|Yuta, 俊介|Shunsuke, "
         "雄一|Yuichi, 健一|Kenichi, 光太郎|Kotaro, 一郎|Ichiro, 哲也|Tetsuya, 大介|Daisuke, 隆之|Takayuki, "
         "智也|Tomoya, 蒼|Aoi, 蓮|Ren, 誠|Makoto, 亮|Ryo, 湊|Minato, 悠人|Yuto"),
    f=_l("美咲|Misaki, さくら|Sakura, 陽菜|Hina, 結衣|Yui, 芽依|Mei, 美優|Miyu, 彩花|Ayaka, 真央|Mao, "
         "由美|Yumi, 恵子|Keiko, 裕子|Yuko, 直美|Naomi, 明美|Akemi, 久美子|Kumiko, 香織|Kaori, 麻衣|Mai, "
         "千尋|Chihiro, 奈々|Nana, 莉子|Riko, 智子|Tomoko, ひなた|Hinata, 友美|Tomomi, 紗希|Saki, 真由美|Mayumi, "
         "あかり|Akari, 美穂|Miho, 沙織|Saori, 遥|Haruka, 凛|Rin, 葵|Aoi"),
)
N["zh"] = dict(
    fam=_l("王|Wang, 李|Li, 张|Zhang, 刘|Liu, 陈|Chen, 杨|Yang, 黄|Huang, 赵|Zhao, 吴|Wu, 周|Zhou, 徐|Xu, "
           "孙|Sun, 马|Ma, 朱|Zhu, 胡|Hu, 郭|Guo, 何|He, 林|Lin, 罗|Luo, 高|Gao, 郑|Zheng, 梁|Liang, 谢|Xie, "
           "宋|Song, 唐|Tang, 韩|Han, 冯|Feng, 邓|Deng, 曹|Cao, 彭|Peng, 曾|Zeng, 肖|Xiao, 田|Tian, 董|Dong, "
           "袁|Yuan, 潘|Pan, 蒋|Jiang, 蔡|Cai, 余|Yu, 杜|Du, 叶|Ye, 程|Cheng, 魏|Wei, 苏|Su, 吕|Lyu, 丁|Ding, "
           "任|Ren, 沈|Shen, 欧阳|Ouyang, 司马|Sima, 上官|Shangguan"),
    m=_l("伟|Wei, 强|Qiang, 磊|Lei, 军|Jun, 勇|Yong, 杰|Jie, 涛|Tao, 超|Chao, 浩然|Haoran, 梓轩|Zixuan, "
         "思远|Siyuan, 俊杰|Junjie, 晓明|Xiaoming, 志强|Zhiqiang, 建华|Jianhua, 国栋|Guodong, 文博|Wenbo, "
         "宇航|Yuhang, 一鸣|Yiming, 天佑|Tianyou, 明轩|Mingxuan, 博文|Bowen, 子墨|Zimo, 家豪|Jiahao, "
         "宏伟|Hongwei, 立新|Lixin, 振华|Zhenhua, 永强|Yongqiang, 浩宇|Haoyu, 子豪|Zihao"),
    f=_l("芳|Fang, 娜|Na, 敏|Min, 静|Jing, 秀英|Xiuying, 秀兰|Xiulan, 桂英|Guiying, 子涵|Zihan, 欣怡|Xinyi, "
         "雨萱|Yuxuan, 嘉怡|Jiayi, 佳琪|Jiaqi, 诗涵|Shihan, 梦瑶|Mengyao, 晨曦|Chenxi, 雪梅|Xuemei, 海燕|Haiyan, "
         "丽华|Lihua, 春燕|Chunyan, 晓燕|Xiaoyan, 婷婷|Tingting, 若曦|Ruoxi, 梓萱|Zixuan, 美玲|Meiling, "
         "慧敏|Huimin, 思琪|Siqi, 雨桐|Yutong, 可欣|Kexin, 书瑶|Shuyao, 一诺|Yinuo"),
)
N["tw"] = dict(
    fam=_l("陳|Chen, 林|Lin, 黃|Huang, 張|Chang, 李|Lee, 王|Wang, 吳|Wu, 劉|Liu, 蔡|Tsai, 楊|Yang, 許|Hsu, "
           "鄭|Cheng, 謝|Hsieh, 郭|Kuo, 洪|Hung, 邱|Chiu, 曾|Tseng, 廖|Liao, 賴|Lai, 周|Chou, 葉|Yeh, 蘇|Su, "
           "莊|Chuang, 呂|Lu, 江|Chiang"),
    m=_l("冠宇|Kuan-yu, 承恩|Cheng-en, 家豪|Chia-hao, 柏翰|Po-han, 宇軒|Yu-hsuan, 志明|Chih-ming, 俊傑|Chun-chieh, "
         "建宏|Chien-hung, 信宏|Hsin-hung, 彥廷|Yen-ting, 冠廷|Kuan-ting, 哲瑋|Che-wei, 宗翰|Tsung-han, 育誠|Yu-cheng"),
    f=_l("淑芬|Shu-fen, 怡君|Yi-chun, 雅婷|Ya-ting, 詩涵|Shih-han, 欣怡|Hsin-yi, 佳穎|Chia-ying, 宜庭|Yi-ting, "
         "美玲|Mei-ling, 筱涵|Hsiao-han, 郁婷|Yu-ting, 佩珊|Pei-shan, 婉婷|Wan-ting, 思妤|Szu-yu, 雅雯|Ya-wen"),
)
N["vi"] = dict(
    fam=_l("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý, Trương, "
           "Đinh, Lâm, Tạ, Cao, Quách, Lương, Trịnh"),
    mid_m=_l("Văn, Minh, Đức, Quốc, Hữu, Thành, Công, Gia, Xuân"),
    mid_f=_l("Thị, Ngọc, Thu, Thanh, Kim, Bảo, Mỹ, Phương, Diệu"),
    m=_l("Bảo, Cường, Dũng, Duy, Hải, Hiếu, Hùng, Huy, Khang, Khoa, Nghĩa, Phong, Phúc, Quân, Quang, Sơn, "
         "Thắng, Trí, Trung, Tuấn, Tùng, Việt, Vinh, Lộc, Đạt, Kiên, Toàn, Thịnh"),
    f=_l("Chi, Dung, Giang, Hạnh, Hằng, Hương, Huyền, Lan, Linh, Loan, Ngân, Nhung, Oanh, Quỳnh, Thảo, "
         "Thủy, Trang, Trinh, Tuyết, Uyên, Vân, Yến, Nhi, Diệp"),
)


def _split(entry):
    if "|" in entry:
        nat, lat = entry.split("|", 1)
    else:
        nat, lat = entry, None
    return nat, lat


def _gender_form(entry, g):
    """'male/female' -> pick form; also for latin part."""
    nat, lat = _split(entry)
    if "/" in nat:
        a, b = nat.split("/")
        nat = a if g == "m" else b
    if lat and "/" in lat:
        a, b = lat.split("/")
        lat = a if g == "m" else b
    return nat, lat


RU_FEM = [("ский", "ская"), ("цкий", "цкая"), ("ой", "ая"), ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"),
          ("ин", "ина"), ("ын", "ына")]
RU_FEM_L = [("sky", "skaya"), ("ov", "ova"), ("ev", "eva"), ("yov", "yova"), ("in", "ina")]
PL_FEM = [("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")]


def _fem(name, rules):
    for a, b in rules:
        if name.endswith(a):
            return name[: -len(a)] + b
    return name


class P:
    """A person: names in their script plus an ASCII form for e-mail addresses."""

    def __init__(self, cul, g, given, family, full, lat_given=None, lat_family=None, script="Latn"):
        self.cul, self.g = cul, g
        self.given, self.family, self.full = given, family, full
        self.lat_given = lat_given or ascii_fold(given)
        self.lat_family = lat_family or ascii_fold(family or "")
        self.script = script
        self.nick = None
        self.fam_alone = family  # surname when used alone after a title
        self.formal = full  # e.g. "Фамилия Имя Отчество"
        self.lat_full = None

    @property
    def ascii_given(self):
        return ascii_fold(self.lat_given).replace(" ", "").replace("-", "").lower()

    @property
    def ascii_family(self):
        return ascii_fold(self.lat_family).replace(" ", "").replace("-", "").replace("'", "").lower()


SCRIPT = {"ru": "Cyrl", "uk": "Cyrl", "el": "Grek", "ar": "Arab", "he": "Hebr", "hi": "Deva", "th": "Thai",
          "ko": "Hang", "ja": "Jpan", "zh": "Hans", "tw": "Hant"}
EN_NICK = {"William": "Will", "Robert": "Rob", "Elizabeth": "Liz", "Katherine": "Kate", "Christopher": "Chris",
           "Daniel": "Dan", "Michael": "Mike", "Joseph": "Joe", "Margaret": "Maggie", "Jonathan": "Jon",
           "Alexander": "Alex", "Samantha": "Sam", "Nicholas": "Nick", "Patricia": "Trish", "Rebecca": "Becky",
           "Timothy": "Tim", "Matthew": "Matt", "Zachary": "Zach", "Abigail": "Abby", "Jennifer": "Jen"}


def person(rng, cul, g=None, lat=False, wordname=False):
    """Build a person of a naming culture.  lat=True: use Latin transliteration for non-Latin cultures."""
    g = g or rng.choice("mf")
    d = N[cul]
    if wordname and cul == "en":
        given = rng.choice(WORD_NAMES_M if g == "m" else WORD_NAMES_F)
        fam = rng.choice(d["fam"])
        p = P(cul, g, given, fam, f"{given} {fam}")
        return p
    if cul == "is":
        given = rng.choice(d[g])
        father = rng.choice(list(IS_M))
        pat = IS_M[father] + ("son" if g == "m" else "dóttir")
        return P(cul, g, given, pat, f"{given} {pat}")
    if cul == "et":
        given = rng.choice(d[g])
        father = rng.choice(d["m"])
        p = P(cul, g, given, father, f"{given} {father}")
        p.fam_alone = given  # Ethiopians are addressed by given name
        return p
    if cul == "vi":
        fam = rng.choice(d["fam"])
        mid = rng.choice(d["mid_" + g])
        given = rng.choice(d[g])
        full = f"{fam} {mid} {given}" if rng.random() < 0.8 else f"{fam} {given}"
        p = P(cul, g, given, fam, full)
        return p
    if cul in ("ko", "ja", "zh", "tw"):
        fn, fl = _split(rng.choice(d["fam"]))
        gn, gl = _split(rng.choice(d[g]))
        if lat:
            if cul == "ja" or rng.random() < 0.5:
                full = f"{gl} {fl}"
            else:
                full = f"{fl} {gl}"
            p = P(cul, g, gl, fl, full, gl, fl)
            return p
        if cul == "ja":
            full = fn + (" " if rng.random() < 0.5 else "") + gn
        else:
            full = fn + gn
        p = P(cul, g, gn, fn, full, gl, fl, SCRIPT[cul])
        p.lat_full = f"{gl} {fl}" if cul == "ja" else f"{fl} {gl}"
        return p
    if cul in ("ru", "uk", "el", "ar", "he", "hi", "th"):
        gn, gl = _split(rng.choice(d[g]))
        fn, fl = _gender_form(rng.choice(d["fam"]), g)
        if cul in ("ru", "uk") and g == "f":
            fn = _fem(fn, RU_FEM)
            fl = _fem(fl, RU_FEM_L)
        if lat:
            return P(cul, g, gl, fl, f"{gl} {fl}", gl, fl)
        p = P(cul, g, gn, fn, f"{gn} {fn}", gl, fl, SCRIPT[cul])
        p.lat_full = f"{gl} {fl}"
        if cul == "ru":
            father = rng.choice(list(RU_PATR))
            p.patr = RU_PATR[father][0 if g == "m" else 1]
            p.formal = f"{fn} {gn} {p.patr}"
        if cul == "ar" and rng.random() < 0.3:
            fgn, fgl = _split(rng.choice(d["m"]))
            link = "بن" if g == "m" else "بنت"
            llink = "bin" if g == "m" else "bint"
            p.full = f"{gn} {link} {fgn} {fn}"
            p.lat_full = f"{gl} {llink} {fgl} {fl}"
        if cul == "th" and rng.random() < 0.5:
            p.nick = _split(rng.choice(d["nick"]))[0]
        return p
    # Latin-script cultures
    given = rng.choice(d[g])
    fam_e = rng.choice(d["fam"])
    fam, _ = _gender_form(fam_e, g)
    if cul == "pl" and g == "f":
        fam = _fem(fam, PL_FEM)
    if cul == "es" and rng.random() < 0.75:
        f2 = rng.choice(d["fam"])
        while f2 == fam:
            f2 = rng.choice(d["fam"])
        fam = f"{fam} {f2}" if rng.random() < 0.9 else f"{fam} y {f2}"
    if cul == "pt" and rng.random() < 0.5:
        f2 = rng.choice(d["fam"])
        if f2 != fam and not fam.startswith(("da ", "dos ", "de ", "do ")):
            fam = f"{f2} {fam}"
    if cul == "hu":
        p = P(cul, g, given, fam, f"{fam} {given}")
        return p
    p = P(cul, g, given, fam, f"{given} {fam}")
    if cul == "nl" and fam[0].islower():
        p.fam_alone = fam[0].upper() + fam[1:]
    if cul == "en" and given in EN_NICK and rng.random() < 0.4:
        p.nick = EN_NICK[given]
    return p


# naming culture(s) used for each locale
LOC_CUL = {
    "en_US": ["en"], "en_GB": ["en"], "en_CA": ["en", "fr"], "en_AU": ["en"], "en_IE": ["ie", "en"],
    "en_IN": ["hi_lat"], "en_NG": ["ng"], "en_ET": ["et"], "de_DE": ["de"], "de_AT": ["de"], "de_CH": ["de"],
    "fr_FR": ["fr"], "fr_BE": ["fr"], "fr_CH": ["fr"], "fr_CA": ["fr"], "nl_NL": ["nl"], "nl_BE": ["nl", "fr"],
    "it_IT": ["it"], "es_ES": ["es"], "es_MX": ["es"], "es_AR": ["es", "it"], "pt_PT": ["pt"], "pt_BR": ["pt"],
    "pl_PL": ["pl"], "cs_CZ": ["cs"], "sv_SE": ["sv"], "da_DK": ["da"], "nb_NO": ["no"], "fi_FI": ["fi"],
    "is_IS": ["is"], "hu_HU": ["hu"], "tr_TR": ["tr"], "id_ID": ["id"], "ru_RU": ["ru"], "uk_UA": ["uk"],
    "el_GR": ["el"], "ar_SA": ["ar"], "ar_EG": ["ar"], "ar_AE": ["ar"], "he_IL": ["he"], "hi_IN": ["hi"],
    "th_TH": ["th"], "ko_KR": ["ko"], "ja_JP": ["ja"], "zh_CN": ["zh"], "zh_TW": ["tw"], "vi_VN": ["vi"],
}


def person_for(rng, loc, **kw):
    cul = rng.choice(LOC_CUL[loc])
    if cul == "hi_lat":
        return person(rng, "hi", lat=True, **kw)
    return person(rng, cul, **kw)


def email_for(rng, p, domains):
    g, f = p.ascii_given, p.ascii_family
    if not g:
        g = "user"
    pat = rng.choice(["g.f", "g.f", "gf", "g_f", "f.g", "g1", "gfn", "g.f2"])
    if pat == "g.f" or not f:
        local = f"{g}.{f}" if f else g
    elif pat == "gf":
        local = f"{g[0]}{f}"
    elif pat == "g_f":
        local = f"{g}_{f}"
    elif pat == "f.g":
        local = f"{f}.{g}"
    elif pat == "g1":
        local = f"{g}{rng.randint(1, 99)}"
    elif pat == "gfn":
        local = f"{g}{f[:1]}{rng.randint(70, 99)}"
    else:
        local = f"{g}.{f}{rng.randint(1, 9)}"
    return f"{local}@{rng.choice(domains)}"
