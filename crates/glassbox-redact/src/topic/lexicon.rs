//! The concept vocabulary topics are built from: what people ask an AI application to do
//! (actions) and what about (objects), in English with the common words of Spanish,
//! French, German, Portuguese and Italian.
//!
//! One line per concept: `role concept priority | word, word, …`.
//! - role `A` (an action: cancel, track, write…) or `O` (an object: flight, refund, SQL…);
//! - priority 1–9: when a turn names several objects, the highest is its topic (the most
//!   specific: "refund" beats "order"); actions make the topic only when no object is
//!   named, and those below 5 (want, book, ask) never do;
//! - words match whole (lowercase), also with a plural `s`/`es`; write other forms out;
//! - an entry may be several words (`money back`; `e-mail` is `e mail`, punctuation
//!   separates words); the longest entry that matches wins.
//!
//! Past tenses are left out on purpose: "I booked a flight last month, now I want my money
//! back" is about a refund, and the booking is backstory. Every word is a common word of
//! the language, never a name: keywords shown on the Topics page come from here.

pub(super) const LEXICON: &str = r#"
# ---- actions ------------------------------------------------------------------------
A cancel 9 | cancel, cancelling, canceling, cancellation, cancellations, call off, annul, annulment, annulling, cancelar, cancela, cancelación, cancelamento, annuler, annulation, stornieren, storniere, stornierung, kündigen, kündige, kündigung, cancellare, disdire, disdetta, revoke
A pause 9 | pause, pausing, put on hold, freeze, freezing, suspend, suspending, pausar, suspendre, pausieren, sospendere
A resume 8 | resume, resuming, unpause, unfreeze, reactivate, reactivating, reanudar, reprendre, fortsetzen
A return 8 | return, returning, send back, sending back, take back, devolver, devolución, devolução, retourner, retour, zurückschicken, rücksendung, zurückgeben, restituire, reso
A reset 8 | reset, resetting, forgot, forgotten, can't log in, cannot log in, can't sign in, cannot sign in, locked out, lock out, recover, recovering, recovery, restablecer, olvidé, réinitialiser, oublié, zurücksetzen, vergessen, reimpostare, dimenticato, redefinir, esqueci
A close 8 | close my, closing my, delete my, deleting my, deactivate, deactivating, terminate, terminating, remove my account, erase, eliminar mi, cerrar mi, supprimer mon, fermer mon, löschen, schließen, chiudere, eliminare
A dispute 8 | dispute, disputing, unauthorized, unauthorised, don't recognize, don't recognise, do not recognize, didn't make, did not make, fraudulent, fraud, chargeback, charged twice, double charged, double-charged, overcharged, no reconozco, fraude, contester, je ne reconnais, betrug, nicht erkannt, non riconosco, contestar
A report_lost 8 | lost, stolen, missing, misplaced, perdí, perdida, robada, robado, perdu, volé, volée, verloren, gestohlen, perso, rubata, roubado, perdido
A reschedule 8 | reschedule, rescheduling, move my appointment, postpone, postponing, push back, reprogramar, aplazar, reporter, déplacer, verschieben, spostare, rinviare, remarcar
A change 7 | change, changing, modify, modifying, modification, update, updating, edit my, switch, switching, move my, amend, cambiar, cambio, modificar, actualizar, changer, modifier, ändern, änderung, aktualisieren, cambiare, modificare, alterar, mudar
A upgrade 7 | upgrade, upgrading, mejorar mi plan, passer à, hochstufen, upgraden
A downgrade 7 | downgrade, downgrading, cheaper plan, smaller plan
A transfer 7 | transfer, transferring, wire, send money, sending money, transferir, transferencia, virement, virer, überweisen, überweisung, bonifico, trasferire, send £, send $, send €, pay someone, payee, swift, iban to, routing number, bank transfer, zelle, venmo
A apply 7 | apply, applying, application, solicitar, solicitud, demander, postuler, beantragen, antrag, richiedere, candidarsi
A renew 7 | renew, renewing, renewal, extend, extending, extension, renovar, renovación, renouveler, renouvellement, verlängern, verlängerung, rinnovare, rinnovo
A refill 7 | refill, refilling, top up, topping up, recargar, renouveler mon ordonnance, nachfüllen
A summarize 7 | summarize, summarise, summarizing, summarising, summary, summaries, sum up, tl;dr, tldr, key points, main points, resumir, resumen, résumer, résumé, zusammenfassen, zusammenfassung, riassumere, riassunto, gist, takeaways, main takeaways, zusammen, in three sentences, in a few sentences, in one paragraph, resume this, résume ce
A translate 7 | translate, translating, translation, traducir, traducción, traduire, traduction, übersetzen, übersetzung, tradurre, traduzione, traduzir, in english, into english, to english, in spanish, into spanish, to spanish, in german, into german, to german, in french, into french, to french, in italian, in portuguese, in japanese, in chinese, in mandarin, how do you say, how would a native, put this in, übersetze, traduis, traduce, english to
A convert 6 | convert, converting, conversion, transform, transforming, turn into, convertir, konvertieren, umwandeln, convertire
A rewrite 7 | rewrite, rewriting, rephrase, rephrasing, reword, rewording, paraphrase, proofread, proofreading, polish, make it sound, make this sound, more polite, more formal, more professional, reescribir, reformuler, umformulieren, riformulare, soften, tone, nicer, politer, politely, polite, more respectful, less pushy, less rude, friendlier, höflicher, formulieren, reformule, grammar check, grammatically, spelling, spell check, ortografía, orthographe, rechtschreibung, sound better, sound more, correct my, corrige, correct this
A complain 6 | complain, complaint, complaining, queja, reclamación, plainte, réclamation, beschwerde, reclamo
A track 6 | track, tracking, where is, where's, wheres, status, eta, arrive, arriving, arrival, still waiting, haven't received, have not received, hasn't arrived, has not arrived, hasn't come, not arrived, not received, yet to receive, when will, when do i get, when will i get, dónde está, estado de, où est, suivi, wo ist, sendungsverfolgung
A fix 6 | fix, fixing, debug, debugging, not working, doesn't work, does not work, isn't working, won't work, broken, keeps crashing, crash, crashing, throws, throwing, traceback, troubleshoot, troubleshooting, resolve, arreglar, no funciona, réparer, ne marche pas, ne fonctionne pas, funktioniert nicht, reparieren, non funziona, sistemare, consertar
A write 5 | write, writing, draft, drafting, compose, composing, create a, generate, generating, escribir, redactar, écrire, rédiger, schreiben, verfassen, scrivere, escrever
A explain 5 | explain, explaining, explanation, what does, what is the difference, how does, why does, meaning of, what do you mean, help me understand, eli5, explicar, explique, expliquer, erklären, erkläre, spiegare, spiega
A calculate 5 | calculate, calculating, compute, how much will, estimate, calcular, calculer, berechnen, calcolare
A compare 5 | compare, comparing, comparison, versus, vs, better than, comparar, comparer, vergleichen, confrontare
A recommend 4 | recommend, recommending, recommendation, suggest, suggestion, ideas for, recomendar, recommander, empfehlen, consigliare
A check 4 | check, checking, how much do i, what's my, what is my, show me my, see my, view my, consultar, vérifier, prüfen, überprüfen, controllare, verificar
A book 3 | book, booking, reserve, reserving, reservation, buy, buying, purchase, purchasing, get me, i need a, i'd like a, looking for a, find me, schedule, scheduling, set up, make an, reservar, reserva, comprar, réserver, réservation, acheter, buchen, buchung, reservieren, kaufen, prenotare, prenotazione, comprare, marcar, agendar
A ask 1 | how do i, how can i, how to, can i, is it possible, what are, what is, which, cómo, puedo, est-ce que, wie kann, kann ich, come posso, posso

# ---- objects ------------------------------------------------------------------------
O refund 9 | refund, refunded, refunding, money back, reimburse, reimbursement, reimbursements, reimbursing, reembolso, remboursement, rembourser, rückerstattung, erstattung, rimborso, reembolso
O password 9 | password, passcode, passphrase, pin code, login credentials, contraseña, clave, mot de passe, passwort, kennwort, senha
O visa 8 | visa, entry requirements, work permit, visado, einreise, visto, enter the country, entry, transit visa, schengen, tourist visa, get into, visum, visado, visto, e-visa, evisa, travel authorization, eta for
O baggage 8 | baggage, luggage, suitcase, carry-on, carry on, checked bag, bag allowance, equipaje, maleta, bagage, valise, gepäck, koffer, bagaglio, valigia, bagagem, bag, bags, kilos of luggage, personal item, bag allowance, baggage allowance, freigepäck, sports equipment, skis, overweight
O prescription 8 | prescription, refill, medication, medicine, meds, pharmacy, receta, medicamento, ordonnance, médicament, rezept, medikament, ricetta, farmaco, receita
O appointment 8 | appointment, appt, consultation, check-up, checkup, doctor's visit, see a doctor, cita, consulta, rendez-vous, termin, appuntamento, consulto, doctor, dentist, gp, specialist, physician, clinic, neurologist, dermatologist, slot, availability, follow-up, blood test, eye exam, book me in, gynecologist, gynécologue, pediatrician, cardiologist, therapist, physio, physiotherapist, optician, checkup, rebook, appointments, termin
O claim 8 | claim, claims, reclamo de seguro, sinistre, schadensfall, schadensmeldung, sinistro
O vacation 8 | vacation, pto, time off, day off, days off, annual leave, leave request, holiday request, vacaciones, congé, congés, urlaub, ferie, férias, off work, take time off, unpaid leave, parental leave, request leave, apply for leave, long weekend, monday off, friday off
O vpn 8 | vpn, remote access, anyconnect, globalprotect, openvpn, wireguard, tunnel, disconnecting, remote desktop
O payroll 8 | payroll, paycheck, paycheque, payslip, pay slip, salary, wage, wages, nómina, salario, salaire, fiche de paie, gehalt, lohn, gehaltsabrechnung, stipendio, busta paga, salário, pay stub, paystub, overtime, bonus, tax code, deductions, payday, net pay, gross pay, pension, deducted, underpaid, holiday pay, sick pay, payrate, pay rate, tax withheld, withholding, w-2, p60, p45
O laptop 6 | laptop, computer, pc, macbook, notebook, monitor, keyboard, ordenador, portátil, ordinateur, rechner, computer portatile, screen, battery, charger, mouse, hardware, device
O wifi 7 | wifi, wi-fi, internet connection, router, connectivity
O roaming 8 | roaming, abroad, international calls, itinerancia
O data_plan 7 | data plan, mobile data, data allowance, gigabytes, gb of data, datos móviles, forfait, datenvolumen
O sim 8 | sim, esim, sim card, tarjeta sim, carte sim
O loan 8 | loan, mortgage, credit line, préstamo, hipoteca, prêt, crédit immobilier, kredit, darlehen, hypothek, prestito, mutuo, empréstimo, borrow, borrowing, financing, finance a, lend, lender, credit application, préstamo personal
O balance 8 | balance, available funds, how much money, saldo, solde, kontostand, saldo, how much do i have, how much is in, how much is left, left on, overdrawn, savings, funds, cash left, money left, how much money, how much cash, account balance
O card 6 | card, credit card, debit card, bank card, tarjeta, carte, karte, kreditkarte, cartão
O transaction 6 | transaction, charge, payment, purchase on my, statement, cargo, transacción, paiement, prélèvement, abbuchung, zahlung, transazione, addebito, pagamento, cobrança, abbuchung, withdrawal, merchant, pending transaction, didn't authorise, didn't authorize, not me
O bill 6 | bill, billing, invoice, receipt, factura, facture, rechnung, fattura, bolletta, fatura, charged, billed, charges, double charge, overcharge
O subscription 6 | subscription, membership, plan, premium, suscripción, abonnement, mitgliedschaft, abbonamento, assinatura, tier, free trial, trial, auto-renew, autorenew, renewal, abo, pro plan, premium plan, paid plan
O flight 7 | flight, flights, plane, airline, airfare, plane ticket, air ticket, layover, connecting flight, vuelo, billete de avión, vol, billet d'avion, flug, flugticket, volo, voo, passagem aérea, fly, flying, fly out, red-eye, round-trip, round trip, one way, one-way, airport, departure, outbound, return flight, rückflug, boarding time, gate, delayed, delay, on time, landed, landing, take off, took off, departed, arrival time, airline, airlines, vuelo, vol, flug
O hotel 7 | hotel, room, accommodation, lodging, hostel, airbnb, stay, habitación, alojamiento, chambre, hébergement, zimmer, unterkunft, alloggio, quarto, hospedagem, hotelzimmer, hôtel, suite, bed and breakfast, b&b, resort, motel, nights
O car_rental 8 | rental car, car rental, rent a car, hire car, car hire, alquiler de coche, location de voiture, mietwagen, autonoleggio, aluguel de carro, rent a car, hire a car, rental, suv, pick up a car, minivan, car, cars, wheels, voiture, coche, carro, mietauto, noleggio, automatic transmission, mileage, pickup the car
O train 7 | train, rail, railway, tren, zug, treno, trem
O seat 7 | seat, aisle, window seat, upgrade seat, asiento, siège, sitzplatz
O check_in 7 | check in, check-in, checkin, boarding pass, boarding, facturación, enregistrement, einchecken, bordkarte
O passport 6 | passport, pasaporte, passeport, reisepass, passaporto, passaporte
O tax 8 | tax, taxes, tax return, irs, hmrc, impuesto, impuestos, déclaration d'impôts, impôts, steuer, steuererklärung, tasse, imposto
O delivery 6 | delivery, shipping, shipment, courier, delivered, entrega, envío, livraison, lieferung, consegna, spedizione
O missing_item 8 | missing item, item missing, items missing, missing from, wasn't in the bag, not in the box, forgot to include, left out, falta, manque, fehlt, manca
O wrong_item 8 | wrong item, wrong order, wrong size, wrong color, wrong colour, not what i ordered, incorrect item, different item, equivocado, mauvais article, falsche, sbagliato
O damaged 7 | damaged, broken item, arrived broken, cracked, defective, faulty, dañado, roto, endommagé, cassé, beschädigt, kaputt, danneggiato
O order 4 | order, package, parcel, pedido, paquete, commande, colis, bestellung, paket, ordine, pacco, encomenda, purchase, item, items, stuff, shipment, delivery, shipping, dispatched, shipped, in transit, out for delivery, return window, return label, drop-off point, returns
O address 6 | address, shipping address, delivery address, dirección, adresse, indirizzo, endereço, addr, postcode, post code, zip code, ship it to, send it to, redirect, pickup point, old address, new address
O email_address 5 | email address, e-mail address, email, e-mail, correo electrónico, courriel
O phone_number 7 | phone number, mobile number, cell number, número de teléfono, numéro de téléphone, telefonnummer
O account 3 | account, profile, cuenta, perfil, compte, konto, profil, conto, conta, acct, login, username
O sql 8 | sql, query, queries, select statement, postgres, mysql, sqlite, database query, left join, inner join, group by, select query, table, consulta sql
O regex 8 | regex, regexp, regular expression, pattern matching, expresión regular, regulärer ausdruck, regulären ausdruck, expression régulière, pattern for, this pattern, validation pattern, lookahead, capture group, matches
O unit_test 8 | unit test, unit tests, test case, test cases, pytest, jest, junit, tests for
O code_error 6 | error, exception, typeerror, valueerror, keyerror, nullpointerexception, attributeerror, syntax error, stack trace, bug, segfault, undefined is not a function, error message, fehlermeldung, erreur, error:, fails with, dies with, filenotfounderror, indexerror, zerodivisionerror, importerror, modulenotfounderror, recursionerror, indentationerror, jsondecodeerror, attributeerror
O python 5 | python, pandas, numpy, django, flask, no module named, pip install, pip, venv, virtualenv, conda, requirements.txt, site-packages, jupyter, relative import
O javascript 5 | javascript, typescript, react, node, nodejs, npm
O json_csv 7 | json, csv, yaml, xml, spreadsheet, excel
O function 4 | function, script, snippet, program, method, python code, my code, this code
O cover_letter 9 | cover letter, motivation letter, carta de presentación, lettre de motivation, anschreiben, lettera di presentazione
O resume_cv 8 | cv, résumé, curriculum, linkedin profile
O email_msg 6 | email to, e-mail to, message to, reply to, respond to, letter to, note to my, mail to
O document 3 | document, article, text, report, paper, pdf, meeting notes, transcript, contract, documento, texte, artikel, dokument, testo
O essay 7 | essay, blog post, poem, story, speech, toast, lyrics, ensayo, poema, dissertation, aufsatz, gedicht, saggio
O recipe 8 | recipe, cook, cooking, bake, baking, dinner, lunch, breakfast, meal, dish, receta de, recette, rezept für, ricetta di, how to make, ingredients, bake a, cook a, make dinner, vegetarian, vegan dish, dessert, cake, soup, pasta, spaghetti, paella, curry, bread, cookies, how do i make, prepara, recette de, kochen, cucinare, cozinhar
O workout 8 | workout, exercise, training plan, gym, run faster, lose weight, fitness, muscle, cardio, ejercicio, entrenamiento, entraînement, training, allenamento
O math 8 | equation, solve for, derivative, integral, algebra, calculus, fraction, percentage, ecuación, équation, gleichung, equazione, quadratic, quadratic equation, quadratic formula, completing the square, x², roots of, polynomial, discriminant, ecuación cuadrática, ecuación de segundo grado, équation du second degré, quadratische gleichung, gleichung lösen, equazione di secondo grado, equação do segundo grau, equação, równanie, bhaskara
O science 8 | photosynthesis, gravity, atoms, molecule, chemistry, physics, biology, evolution, climate change, black hole, agujero negro, entropy, quantum, mrna, vaccine, plate tectonics, relativity, dna, sky blue, airplanes stay up, fotosíntesis, photosynthèse, photosynthese, fotosintesi, fotossíntese, chlorophyll, clorofila, chlorophylle, sunlight into, light-dependent, cellular respiration
O history 6 | history, war, revolution, empire, ancient, century, dynasty, treaty, medieval, civil war, world war, fall of, who was, when did, causes of, caused the, crisis, pyramids, middle ages, révolution, revolución, guerra, krieg, empire, imperio, impero, history of, historia, histoire, geschichte, storia
O weather 7 | weather, forecast, rain, temperature, clima, tiempo, météo, wetter, meteo, sunny, snow, snowing, storm, storms, hot, cold, heatwave, umbrella, windy, humid, degrees outside
O news 5 | news, headlines, noticias, nouvelles, nachrichten, notizie
O rent 7 | rent, lease, landlord, tenant, apartment, flat, alquiler, arrendamiento, loyer, bail, miete, vermieter, affitto, aluguel
O repair 6 | maintenance, leak, leaking, heating, boiler, plumber, repairs, reparación, fuite, chauffage, heizung, perdita
O utility_meter 7 | meter reading, electricity, gas bill, water bill, electricidad, électricité, strom, luce, water charges, water usage, gas account, electricity contract, utilities, utility account, utility bill, wasserrechnung, stromrechnung, gasrechnung, facture d'eau, facture d'électricité, contrat d'électricité, factura del agua, factura de la luz, contrato de luz, conta de água, conta de luz, bolletta dell'acqua, bolletta della luce, bolletta del gas
O insurance 6 | insurance, policy, coverage, deductible, seguro, póliza, assurance, versicherung, assicurazione, polizza, in-network, out-of-network, network, covered, copay, provider, plan covers
O warranty 7 | warranty, guarantee, garantía, garantie, garanzia
O coupon 7 | coupon, discount, promo code, voucher, gift card, promo, descuento, cupón, réduction, code promo, gutschein, rabatt, sconto, buono, discount code, coupon code, voucher code, referral code, gift code, redeem, gutscheincode, code promo, código de descuento, off code, promo, promotion, code expired, first order discount, black friday, cyber monday, sale price
O price 3 | price, cost, how much is, fee, fees, precio, prix, preis, prezzo, preço
O store_hours 7 | opening hours, open on, store hours, business hours, closing time, horario, horaires, öffnungszeiten, orari
O password_reset_link 9 | reset link, verification code, one-time code, otp
O feedback_product 4 | review, rating, feedback
O shipping_cost 8 | shipping cost, delivery fee, shipping fee, postage
O exam 6 | exam, test prep, homework, assignment, quiz, examen, prüfung, esame
O sick_leave 9 | sick day, sick days, sick leave, off sick, out sick, call in sick, calling in sick, sick note, doctor's note, doctor's certificate, medical certificate, can't come to work, can't work today, baja médica, arrêt maladie, krankmeldung, krankgeschrieben, in malattia, sick, illness, ill today, fever, migraine, flu, krank, krankmelden, enfermo, enferma, malade, malato, doente, absence due to
O software_access 8 | access to, license for, licence for, a license, a licence, permissions, grant access, give me access, add me to, admin rights, workspace, approved to install, install request, software request, access request, zugriff, accès, acceso, acesso, permission, read only, read-only access
O itinerary 8 | itinerary, itineraries, trip plan, day trip, things to do, sightseeing, what to see, places to visit, travel plan, honeymoon, road trip, how should i split my time, itinerario, reiseplan, route, must-see, must see, reiseroute, reiseplan, what to do in, days in, weekend in, week in
O unit_conversion 9 | celsius, fahrenheit, km/h, mph, miles, kilometers, kilometres, meters, metres, feet, inches, ounces, tablespoons, teaspoons, gallons, litres, liters, cups of, grams of, pounds to, kg to, to kg, ml, meilen, pieds, mètres, kilometern, cm, centimeters, centimetres, mm, stone, pints, milliliters, millilitres, oz, lbs, in pounds, in kilos, in grams, in cm, in inches, in feet, yards, acres, hectares, kelvin, °f, °c
O social_post 8 | tweet, tweets, thread on, caption, captions, instagram, linkedin post, facebook post, tiktok, hashtags, social media, post for instagram, insta, un post
O drug_interaction 8 | interact, interaction, interactions, together with, at the same time, mixing, mix with, combine, side effects, contraindication, contraindications, contraindicated, wechselwirkung, interacción, interaction médicamenteuse, zusammen mit
O health 4 | [health]
O git 8 | git, commit, branch, merge conflict, rebase, pull request, repo, repository, github, gitlab, stash, cherry-pick
O credit_limit 9 | credit limit, spending limit, card limit, limit increase, raise my limit, limit raised, higher limit, límite, limite, kreditrahmen, limit
O language_learning 6 | learn spanish, learn french, learn german, vocabulary, grammar, conjugate, conjugation, gramática, grammaire, grammatik
# ---- everyday subjects of assistants: devices, home, health, work, money, learning -----
O api_limit 9 | rate limit, rate limits, rate limited, rate-limited, rate limiting, too many requests, throttled, throttling, quota exceeded, api quota, requests per minute, tokens per minute, límite de peticiones, limite de requêtes, trop de requêtes, ratenlimit, zu viele anfragen, limite di richieste, troppe richieste, limite de requisições
O container 8 | docker, dockerfile, docker compose, docker-compose, container, containers, kubernetes, k8s, kubectl, pod, pods, helm, contenedor, contenedores, conteneur, conteneurs, contenitore, contêiner
O two_factor 9 | 2fa, mfa, two factor, two-factor, multi factor, multifactor, authenticator, authenticator app, verification code, one time code, one-time code, otp, security key, two step, 2 step, autenticación en dos pasos, doble factor, double authentification, authentification à deux facteurs, zwei faktor, zwei-faktor, 2-faktor, autenticazione a due fattori, autenticação de dois fatores, código de verificação, código de verificación, code de vérification, bestätigungscode, codice di verifica, autenticador, authentification, 2fa codes, sms verification, backup codes, recovery codes, 二段階認証, 双重验证, 两步验证
O power_outage 9 | power outage, power cut, power failure, no power, no electricity, lights went out, lights are out, electricity is out, power is out, power went out, apagón, corte de luz, sin luz, coupure de courant, panne de courant, plus d'électricité, stromausfall, kein strom, interruzione di corrente, senza corrente, blackout elettrico, queda de energia, falta de luz, sem luz, outage, outages, lost power, power restored, power back, power be restored, electricity is down, electricity down, se fue la luz, sin electricidad, saltata la corrente, manca la corrente, faltou luz, falta de energia, strom weg, courant coupé
O internet 7 | internet, broadband, fiber, fibre, modem, isp, no internet, internet down, internet is down, slow internet, internet slow, buffering, ping, latency, download speed, upload speed, speed test, internet lento, sin internet, conexión, connexion internet, débit, pas d'internet, internetverbindung, kein internet, langsames internet, connessione, internet lenta, sem internet, conexão
O pet 6 | dog, dogs, puppy, puppies, cat, cats, kitten, kittens, pet, pets, vet, veterinarian, veterinary, perro, perra, gato, gata, mascota, veterinario, chien, chienne, chat noir, chaton, vétérinaire, hund, hündin, katze, welpe, tierarzt, cane, gatto, cucciolo, veterinario, cachorro, gatinho, veterinário
O sleep 8 | sleep, sleeping, insomnia, can't sleep, cannot sleep, fall asleep, falling asleep, stay asleep, staying asleep, waking up at night, melatonin, dormir, insomnio, no puedo dormir, sommeil, insomnie, m'endormir, schlafen, schlaf, einschlafen, durchschlafen, schlaflosigkeit, dormire, insonnia, addormentarmi, insônia, adormecer
O flu 7 | flu, influenza, fever, sore throat, coughing, cough, runny nose, stuffy nose, chills, body aches, covid, gripe, fiebre, tos, dolor de garganta, grippe, fièvre, toux, mal de gorge, fieber, husten, halsschmerzen, erkältung, febbre, tosse, mal di gola, raffreddore, febre, dor de garganta, resfriado
O gift 8 | gift, gifts, present for, birthday present, christmas present, gift idea, gift ideas, regalo, regalos, cadeau, cadeaux, geschenk, geschenke, geschenkidee, regali, presente para, presentes
O reminder 8 | remind me, reminder, reminders, alarm, set an alarm, wake me, recordatorio, recuérdame, recordarme, alarma, rappel, rappelle-moi, rappelle moi, alarme, erinnerung, erinnere mich, wecker, promemoria, ricordami, sveglia, lembrete, lembre-me, me lembre, despertador
O expense 8 | expense, expenses, expense report, expense claim, receipts, receipt, per diem, reimbursable, travel costs, gastos, informe de gastos, note de frais, notes de frais, frais de déplacement, spesen, spesenabrechnung, reisekosten, nota spese, rimborso spese, despesas, relatório de despesas
O security_deposit 9 | security deposit, deposit back, my deposit, rental deposit, damage deposit, bond back, fianza, depósito de garantía, dépôt de garantie, caution, kaution, mietkaution, deposito cauzionale, cauzione, caução, depósito caução
O car_maintenance 9 | check engine, engine light, warning light, dashboard light, oil change, brakes, brake, tire pressure, tyre pressure, flat tire, flat tyre, car battery, mechanic, testigo del motor, luz del motor, voyant moteur, voyant, motorkontrollleuchte, kontrollleuchte, spia motore, luz do motor, mecánico, mécanicien, werkstatt, meccanico, mecânico
O interest 7 | compound interest, interest rate, interest rates, simple interest, apr, apy, savings account, interés compuesto, tipo de interés, intérêts composés, taux d'intérêt, zinseszins, zinsen, zinssatz, interesse composto, tasso di interesse, juros compostos, taxa de juros
O resignation 9 | resignation, resign, resigning, quit my job, quitting my job, two weeks notice, two weeks' notice, notice period, leaving the company, renuncia, renunciar, dimisión, démission, démissionner, kündigungsschreiben, dimissioni, dimettermi, demissão, pedido de demissão
O invite 7 | invite, invites, inviting, invitation, teammate, teammates, add a user, add users, add a member, new member, add my colleague, invitar, invitación, inviter, invitation, einladen, einladung, invitare, invito, convidar, convite
O spreadsheet 6 | excel, spreadsheet, spreadsheets, google sheets, vlookup, xlookup, pivot table, formula, formulas, hoja de cálculo, fórmula, tableur, feuille de calcul, formule, tabellenkalkulation, formel, foglio di calcolo, formula excel, planilha
O shell 5 | bash, shell, terminal, command line, linux, ubuntu, cron, crontab, chmod, ssh, zsh, powershell, línea de comandos, ligne de commande, kommandozeile, riga di comando, linha de comando
O printer 8 | printer, printing, print queue, toner, ink cartridge, paper jam, impresora, imprimante, drucker, stampante, impressora
O phone_device 6 | iphone, android, smartphone, my phone, bluetooth, battery life, charger, storage full, móvil, celular, téléphone, portable, handy, telefono, cellulare
O malware 9 | virus, malware, ransomware, phishing, hacked, spyware, antivirus, suspicious link, scam email, pirateado, hackeado, piraté, gehackt, hackerato, hackeado, estafa, arnaque, betrugsmail, truffa, golpe
O job_interview 8 | interview, job interview, interview questions, hiring manager, entrevista, entrevista de trabajo, entretien, entretien d'embauche, vorstellungsgespräch, bewerbungsgespräch, colloquio, colloquio di lavoro, entrevista de emprego
O salary 7 | salary, raise, pay rise, pay raise, negotiate my salary, compensation, sueldo, salario, aumento, salaire, augmentation, gehalt, gehaltserhöhung, stipendio, aumento di stipendio, salário
O mortgage 8 | mortgage, home loan, refinance, refinancing, down payment, hipoteca, prêt immobilier, hypothèque, hypothek, baufinanzierung, mutuo, financiamento imobiliário
O budget 7 | budget, budgeting, save money, saving money, spending plan, presupuesto, ahorrar, budget mensuel, économiser, haushaltsbuch, sparen, risparmiare, orçamento, economizar
O investing 7 | invest, investing, investment, stocks, shares, etf, etfs, index fund, crypto, bitcoin, portfolio, invertir, inversión, acciones, investir, placement, actions, investieren, aktien, investire, azioni, ações
O diet 7 | diet, calories, calorie, protein, lose weight, weight loss, meal plan, keto, vegan, nutrition, dieta, calorías, perder peso, régime, calories, perdre du poids, abnehmen, kalorien, ernährung, dimagrire, calorie, emagrecer
O stress 8 | stress, stressed, anxiety, anxious, panic attack, burnout, overwhelmed, depressed, estrés, ansiedad, ansiedade, stressé, angoisse, anxiété, épuisement, angst, überfordert, ansia, stressato, esaurimento
O presentation 5 | presentation, slides, slide deck, powerpoint, keynote, pitch deck, presentación, diapositivas, présentation, diapositives, präsentation, folien, presentazione, diapositive, apresentação
O meeting 7 | meeting, meetings, agenda, minutes of, calendar invite, reunión, réunion, besprechung, meeting-protokoll, riunione, reunião
O poem_story 8 | poem, poems, poetry, haiku, limerick, story, short story, bedtime story, song lyrics, lyrics, poema, poesía, cuento, poème, histoire courte, conte, gedicht, geschichte, poesia, racconto, conto
O moving_house 8 | moving house, move house, moving out, moving in, movers, moving company, relocation, new apartment, change of address, mudanza, déménagement, déménager, umzug, umziehen, trasloco, mudança
O plumbing 8 | leak, leaking, leaky, plumber, clogged, drain, toilet, faucet, tap is dripping, pipe burst, burst pipe, fuga, fontanero, atasco, fuite, plombier, bouché, wasserrohrbruch, klempner, verstopft, tropft, perdita, idraulico, intasato, vazamento, encanador
O garden 7 | garden, gardening, plant, plants, houseplant, houseplants, watering, soil, fertilizer, jardín, plantas, regar, jardin, plante, plantes, arroser, garten, pflanze, pflanzen, gießen, giardino, pianta, piante, annaffiare, jardim, regar
O cleaning 7 | stain, stains, clean, cleaning, remove a stain, mold, mould, limescale, mancha, limpiar, moho, tache, nettoyer, moisissure, fleck, flecken, reinigen, schimmel, macchia, pulire, muffa, limpar, mofo
O late_checkout 9 | late checkout, late check out, check out later, checking out later, checkout time, extended checkout, extend checkout, extend my checkout, keep the room, late departure, salida tardía, check-out tardío, check out más tarde, départ tardif, libérer la chambre plus tard, später check-out, später auschecken, spätes auschecken, check-out tardivo, lasciare la camera più tardi, saída tardia, check-out tardio, チェックアウト, 延迟退房
"#;
