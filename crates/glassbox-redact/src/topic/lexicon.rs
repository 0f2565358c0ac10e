//! The concept vocabulary topics are built from: what people ask an AI application to do
//! (actions) and what about (objects), in English with the common words of Spanish,
//! French, German, Portuguese and Italian.
//!
//! One line per concept: `role concept priority | word, word, …`.
//! - role `A` (an action: cancel, track, write…) or `O` (an object: flight, refund, SQL…);
//! - priority 1–9: when a prompt names several concepts of one role, the highest wins
//!   (the most specific: "cancel" beats "want", "refund" beats "order");
//! - a word ending in `*` matches any word it starts (`cancel*`: cancelling,
//!   cancellation); other words match whole, with a plural `s`/`es`;
//! - a word may be several words (`money back`); the longest match wins.
//!
//! Past tenses are left out on purpose: "I booked a flight last month, now I want my money
//! back" is about a refund, and the booking is backstory. Every word is a common word of
//! the language, never a name: keywords shown on the Topics page come from here.

pub(super) const LEXICON: &str = r#"
# ---- actions ------------------------------------------------------------------------
A cancel 9 | cancel, cancelling, canceling, cancellation*, call off, annul*, cancelar, cancela, cancelación, cancelamento, annuler, annulation, stornieren, storniere, stornierung, kündigen, kündige, kündigung, cancellare, disdire, disdetta, revoke
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
A transfer 7 | transfer, transferring, wire, send money, sending money, transferir, transferencia, virement, virer, überweisen, überweisung, bonifico, trasferire
A apply 7 | apply, applying, application, solicitar, solicitud, demander, postuler, beantragen, antrag, richiedere, candidarsi
A renew 7 | renew, renewing, renewal, extend, extending, extension, renovar, renovación, renouveler, renouvellement, verlängern, verlängerung, rinnovare, rinnovo
A refill 7 | refill, refilling, top up, topping up, recargar, renouveler mon ordonnance, nachfüllen
A summarize 7 | summarize, summarise, summarizing, summarising, summary, summaries, sum up, tl;dr, tldr, key points, main points, resumir, resumen, résumer, résumé, zusammenfassen, zusammenfassung, riassumere, riassunto
A translate 7 | translate, translating, translation, traducir, traducción, traduire, traduction, übersetzen, übersetzung, tradurre, traduzione, traduzir
A convert 7 | convert, converting, conversion, transform, transforming, turn into, convertir, konvertieren, umwandeln, convertire
A rewrite 7 | rewrite, rewriting, rephrase, rephrasing, reword, rewording, paraphrase, proofread, proofreading, polish, make it sound, make this sound, more polite, more formal, more professional, reescribir, reformuler, umformulieren, riformulare
A complain 6 | complain, complaint, complaining, queja, reclamación, plainte, réclamation, beschwerde, reclamo
A track 6 | track, tracking, where is, where's, wheres, status, eta, arrive, arriving, arrival, still waiting, haven't received, have not received, hasn't arrived, has not arrived, hasn't come, not arrived, not received, yet to receive, when will, when do i get, when will i get, dónde está, estado de, où est, suivi, wo ist, sendungsverfolgung
A fix 6 | fix, fixing, debug, debugging, not working, doesn't work, does not work, isn't working, won't work, broken, keeps crashing, crash, crashing, throws, throwing, traceback, troubleshoot*, resolve, arreglar, no funciona, réparer, ne marche pas, ne fonctionne pas, funktioniert nicht, reparieren, non funziona, sistemare, consertar
A write 5 | write, writing, draft, drafting, compose, composing, create a, generate, generating, escribir, redactar, écrire, rédiger, schreiben, verfassen, scrivere, escrever
A explain 5 | explain, explaining, explanation, what does, what is the difference, how does, why does, meaning of, what do you mean, help me understand, eli5, explicar, explique, expliquer, erklären, erkläre, spiegare, spiega
A calculate 5 | calculate, calculating, compute, how much will, estimate, calcular, calculer, berechnen, calcolare
A compare 5 | compare, comparing, comparison, versus, vs, better than, comparar, comparer, vergleichen, confrontare
A recommend 4 | recommend, recommending, recommendation, suggest, suggestion, ideas for, recomendar, recommander, empfehlen, consigliare
A check 4 | check, checking, how much do i, what's my, what is my, show me my, see my, view my, consultar, vérifier, prüfen, überprüfen, controllare, verificar
A book 3 | book, booking, reserve, reserving, reservation, buy, buying, purchase, purchasing, get me, i need a, i'd like a, looking for a, find me, schedule, scheduling, set up, make an, reservar, reserva, comprar, réserver, réservation, acheter, buchen, buchung, reservieren, kaufen, prenotare, prenotazione, comprare, marcar, agendar
A ask 1 | how do i, how can i, how to, can i, is it possible, what are, what is, which, cómo, puedo, est-ce que, wie kann, kann ich, come posso, posso

# ---- objects ------------------------------------------------------------------------
O refund 9 | refund, refunded, refunding, money back, reimburse*, reembolso, remboursement, rembourser, rückerstattung, erstattung, rimborso, reembolso
O password 9 | password, passcode, passphrase, pin code, login credentials, contraseña, clave, mot de passe, passwort, kennwort, senha
O visa 8 | visa, entry requirements, work permit, visado, einreise, visto
O baggage 8 | baggage, luggage, suitcase, carry-on, carry on, checked bag, bag allowance, equipaje, maleta, bagage, valise, gepäck, koffer, bagaglio, valigia, bagagem
O prescription 8 | prescription, refill, medication, medicine, meds, pharmacy, receta, medicamento, ordonnance, médicament, rezept, medikament, ricetta, farmaco, receita
O appointment 8 | appointment, appt, consultation, check-up, checkup, doctor's visit, see a doctor, cita, consulta, rendez-vous, termin, appuntamento, consulto
O claim 8 | claim, claims, reclamo de seguro, sinistre, schadensfall, schadensmeldung, sinistro
O vacation 8 | vacation, pto, time off, day off, days off, annual leave, leave request, holiday request, vacaciones, congé, congés, urlaub, ferie, férias
O vpn 8 | vpn, remote access
O payroll 8 | payroll, paycheck, paycheque, payslip, pay slip, salary, wage, wages, nómina, salario, salaire, fiche de paie, gehalt, lohn, gehaltsabrechnung, stipendio, busta paga, salário
O laptop 7 | laptop, computer, pc, macbook, notebook, monitor, keyboard, ordenador, portátil, ordinateur, rechner, computer portatile
O wifi 7 | wifi, wi-fi, internet connection, router, connectivity
O roaming 8 | roaming, abroad, international calls, itinerancia
O data_plan 7 | data plan, mobile data, data allowance, gigabytes, gb of data, datos móviles, forfait, datenvolumen
O sim 8 | sim, esim, sim card, tarjeta sim, carte sim
O loan 8 | loan, mortgage, credit line, préstamo, hipoteca, prêt, crédit immobilier, kredit, darlehen, hypothek, prestito, mutuo, empréstimo
O balance 8 | balance, available funds, how much money, saldo, solde, kontostand, saldo
O card 7 | card, credit card, debit card, bank card, tarjeta, carte, karte, kreditkarte, cartão
O transaction 6 | transaction, charge, payment, purchase on my, statement, cargo, transacción, paiement, prélèvement, abbuchung, zahlung, transazione, addebito, pagamento, cobrança
O bill 6 | bill, billing, invoice, receipt, factura, facture, rechnung, fattura, bolletta, fatura
O subscription 6 | subscription, membership, plan, premium, suscripción, abonnement, mitgliedschaft, abbonamento, assinatura
O flight 7 | flight, flights, plane, airline, airfare, plane ticket, air ticket, layover, connecting flight, vuelo, billete de avión, vol, billet d'avion, flug, flugticket, volo, voo, passagem aérea
O hotel 7 | hotel, room, accommodation, lodging, hostel, airbnb, stay, habitación, alojamiento, chambre, hébergement, zimmer, unterkunft, alloggio, quarto, hospedagem
O car_rental 8 | rental car, car rental, rent a car, hire car, car hire, alquiler de coche, location de voiture, mietwagen, autonoleggio, aluguel de carro
O train 7 | train, rail, railway, tren, zug, treno, trem
O seat 7 | seat, aisle, window seat, upgrade seat, asiento, siège, sitzplatz
O check_in 7 | check in, check-in, checkin, boarding pass, boarding, facturación, enregistrement, einchecken, bordkarte
O passport 8 | passport, pasaporte, passeport, reisepass, passaporto, passaporte
O tax 8 | tax, taxes, tax return, irs, hmrc, impuesto, impuestos, déclaration d'impôts, impôts, steuer, steuererklärung, tasse, imposto
O delivery 6 | delivery, shipping, shipment, courier, delivered, entrega, envío, livraison, lieferung, consegna, spedizione
O missing_item 8 | missing item, item missing, items missing, missing from, wasn't in the bag, not in the box, forgot to include, left out, falta, manque, fehlt, manca
O wrong_item 8 | wrong item, wrong order, wrong size, wrong color, wrong colour, not what i ordered, incorrect item, different item, equivocado, mauvais article, falsche, sbagliato
O damaged 7 | damaged, broken item, arrived broken, cracked, defective, faulty, dañado, roto, endommagé, cassé, beschädigt, kaputt, danneggiato
O order 4 | order, package, parcel, pedido, paquete, commande, colis, bestellung, paket, ordine, pacco, encomenda
O address 6 | address, shipping address, delivery address, dirección, adresse, indirizzo, endereço
O email_address 7 | email address, e-mail address, email, e-mail, correo electrónico, courriel
O phone_number 7 | phone number, mobile number, cell number, número de teléfono, numéro de téléphone, telefonnummer
O account 3 | account, profile, cuenta, perfil, compte, konto, profil, conto, conta
O sql 8 | sql, query, queries, select statement, postgres, mysql, sqlite, database query
O regex 8 | regex, regexp, regular expression, pattern matching
O unit_test 8 | unit test, unit tests, test case, test cases, pytest, jest, junit, tests for
O code_error 6 | error, exception, typeerror, valueerror, keyerror, nullpointerexception, attributeerror, syntax error, stack trace, bug, segfault, undefined is not a function, error message, fehlermeldung, erreur
O python 5 | python, pandas, numpy, django, flask
O javascript 5 | javascript, typescript, react, node, nodejs, npm
O json_csv 7 | json, csv, yaml, xml, spreadsheet, excel
O function 4 | function, script, code, snippet, program, method
O cover_letter 9 | cover letter, motivation letter, carta de presentación, lettre de motivation, anschreiben, lettera di presentazione
O resume_cv 8 | cv, résumé, curriculum, linkedin profile
O email_msg 6 | email to, e-mail to, message to, reply to, respond to, letter to, note to my, mail to
O document 5 | document, article, text, report, paper, pdf, meeting notes, transcript, contract, documento, texte, artikel, dokument, testo
O essay 7 | essay, blog post, poem, story, speech, toast, lyrics, ensayo, poema, dissertation, aufsatz, gedicht, saggio
O recipe 8 | recipe, cook, cooking, bake, baking, dinner, lunch, breakfast, meal, dish, receta de, recette, rezept für, ricetta di
O workout 8 | workout, exercise, training plan, gym, run faster, lose weight, fitness, muscle, cardio, ejercicio, entrenamiento, entraînement, training, allenamento
O math 7 | equation, solve for, derivative, integral, algebra, calculus, fraction, percentage, ecuación, équation, gleichung, equazione
O science 6 | photosynthesis, gravity, atoms, molecule, chemistry, physics, biology, evolution, climate change
O history 6 | history, war, revolution, empire, ancient
O weather 7 | weather, forecast, rain, temperature, clima, tiempo, météo, wetter, meteo
O news 5 | news, headlines, noticias, nouvelles, nachrichten, notizie
O rent 7 | rent, lease, landlord, tenant, apartment, flat, alquiler, arrendamiento, loyer, bail, miete, vermieter, affitto, aluguel
O repair 6 | maintenance, leak, leaking, heating, boiler, plumber, repairs, reparación, fuite, chauffage, heizung, perdita
O utility_meter 7 | meter reading, electricity, gas bill, water bill, power outage, outage, electricidad, électricité, strom, luce
O insurance 6 | insurance, policy, coverage, deductible, seguro, póliza, assurance, versicherung, assicurazione, polizza
O warranty 7 | warranty, guarantee, garantía, garantie, garanzia
O coupon 7 | coupon, discount, promo code, voucher, gift card, promo, descuento, cupón, réduction, code promo, gutschein, rabatt, sconto, buono
O price 5 | price, cost, how much is, fee, fees, precio, prix, preis, prezzo, preço
O store_hours 7 | opening hours, open on, store hours, business hours, closing time, horario, horaires, öffnungszeiten, orari
O password_reset_link 9 | reset link, verification code, 2fa, two-factor, one-time code, otp
O feedback_product 4 | review, rating, feedback
O shipping_cost 8 | shipping cost, delivery fee, shipping fee, postage
O exam 6 | exam, test prep, homework, assignment, quiz, examen, prüfung, esame
O language_learning 6 | learn spanish, learn french, learn german, vocabulary, grammar, conjugate, conjugation, gramática, grammaire, grammatik
"#;
