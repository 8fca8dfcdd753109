"""Italian cues (normalized text: lower case, no accents: "è" -> "e", "più" -> "piu",
"rientrerò" -> "rientrero"; apostrophes kept: "l'importo", "d'ora", "dell'ordine").

Negation: "non"/"mai"/"nessun..." before a cue are seen by ``normalize.is_negated``; note that
"è" folds to "e", which the negation check treats as a clause break ("non è pagata" ->
"non e pagata"), so cues that flip under negation start at their subject or auxiliary
("il bonifico non è partito" keeps the "non" inside the cue). Cues that carry their own
negation ("non abbiamo mai ricevuto la fattura", "non pagheremo") are written with it.
"""

from __future__ import annotations

from agent.brain.understand.lexicon_common import g


def _w(n: int) -> str:
    """A gap of 0..n plain words (no punctuation crossed)."""
    return rf"(?:\s+[\w'/.%-]*[\w%]){{0,{n}}}?\s+"


_WD = r"(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)"
# when, after a present-tense verb of paying, the time makes it future
_WHEN = (r"(?:il|entro|domani|dopodomani|oggi|stasera|in giornata|" + _WD + r"|fine|a fine|alla fine|"
         r"la prossima|la settimana|settimana|prossim\w+|a inizio|ai primi|tra|fra|per il|nei prossimi|"
         r"appena|non appena|al piu presto|quanto prima|a breve|questa settimana|questo mese|"
         r"il mese prossimo|\d)")
# nouns of a payment
_PAYOBJ = (r"(?:pagament[oi]|bonific[oi]|saldo|versament[oi]|rimess[ae]|assegn[oi]|ri\.?ba|riba|"
           r"disposizion[ei] di pagamento|ordine di pagamento|sdd|rid|accredito|importo|somma|"
           r"dovuto|quanto dovuto|fattur[ae])")
_PAYOBJ_STRICT = (r"(?:pagament[oi]|bonific[oi]|versament[oi]|rimess[ae]|assegn[oi]|ri\.?ba|"
                  r"disposizion[ei] di pagamento|ordine di pagamento|accredito)")
# infinitives of paying
_PAYINF = (r"(?:pagar(?:e|vi|la|lo|le|li)?|saldar(?:e|vi|la|lo|le|li)?|versar(?:e|vi|la|lo)?|"
           r"bonificar(?:e|vi|la|lo)?|liquidar(?:e|la|lo)?|regolarizzar(?:e|la|lo|e la posizione)?|"
           r"onorar(?:e|la|lo)|rimborsar(?:e|vi)|"
           r"(?:effettuare|fare|disporre|eseguire|inviare|mandare|emettere|predisporre|autorizzare|"
           r"dare|inoltrare|programmare|procedere (?:al|con il|col)|provvedere (?:al|a)) "
           r"(?:il |un |lo |la |l'|i |nostro |vostro )?" + _PAYOBJ_STRICT + r"|"
           r"procedere (?:al|con il|col) saldo|provvedere al saldo|chiudere la posizione)")
# past participles of paying
_SETTLED = (r"(?:pagat|saldat|bonificat|versat|liquidat|regolarizzat|quietanzat|estint|"
            r"accreditat|addebitat|corrispost|rimborsat)[oaie]")
_DONE = (r"(?:effettuat|dispost|eseguit|inviat|partit|emess|autorizzat|processat|fatt|"
         r"trasmess|inoltrat|mandat|spedit|lavorat|contabilizzat|evas|uscit|andat|"
         r"ordinat|predispost)[oaie]")
_GOODS = (r"(?:merce|merci|prodott[oi]|articol[oi]|pezz[oi]|material[ei]|ordine|ordinazione|"
          r"fornitura|forniture|spedizione|consegna|macchin(?:a|e|ario|ari)|apparecchi(?:o|ature)?|"
          r"attrezzatur[ae]|componenti|pacc(?:o|hi)|collo|colli|bancal[ei]|pallet|scatol[ae]|"
          r"lotto|partita di merce|ricambi)")
_INVOICE = r"(?:fattur[ae]|nota di credito|note di credito|documento|documenti|parcella|ricevuta fiscale)"
_ART = r"(?:(?:il|lo|la|i|gli|le|un|una|uno|questa|questo|tale|alcuna|alcun|nessuna|nessun|vostra|vostro|la vostra|il vostro|sua|suo|la sua|il suo|detta|suddetta|tale) )?(?:l'|un')?"

CUES: dict[str, tuple[str, ...]] = {
    "dispute": (
        # no record of it: "questa fattura a noi non risulta", "non risulta nei nostri sistemi"
        _INVOICE + _w(3) + r"non (?:ci |mi )?(?:risulta|risultano)\b(?! (?:ancora |piu )?(?:pagat|saldat|"
        r"apert|scadut|insolut|evas|registrat|corrett|da ))|"
        r"non (?:ci )?(?:risulta|risultano) (?:nei|nel|in) (?:nostri |nostro )?(?:sistemi|sistema|archivi|registri|gestionale|contabilita)",
        # already credited: "ci avete già emesso una nota di credito"
        r"gia (?:emesso|emessa|inviato|inviata|mandato|ricevuto|ricevuta|fatto|fatta)" + _w(2) + r"(?:una |la |il )?(?:nota di credito|storno|nota credito)|gia stornata",
        r"(?:e|risulta|sono|risultano) (?:un |una )?(?:duplicat[oaie]|doppion[ei])\b|fattura doppia|(?:emess|fatturat|addebitat)[aoie] due volte",
        # goods damaged, faulty, not conforming
        _GOODS + _w(4) + r"(?:arrivat[oaie] |giunt[oaie] |consegnat[oaie] |e |sono |era |erano |risulta |risultano )?"
        r"(?:danneggiat|difettos|rott|guast|rovinat|ammaccat|graffiat|avariat|deteriorat|scadut|"
        r"difform|sbagliat|errat|incomplet|mancant|non conform|non funzionant|inutilizzabil)",
        r"(?:danneggiat[oaie]|difettos[oaie]|rott[oaie]|guast[oaie]|avariat[oaie]|ammaccat[oaie]|"
        r"non conform[ei]|difform[ei]|inutilizzabil[ei]|non funzionant[ei]|di scarsa qualita|"
        r"di pessima qualita|qualita scadente|scarsa qualita|vizi(?:o|ati)? (?:occult|di fabbricazione)|"
        r"difetti|difetto di|ha smesso di funzionare|hanno smesso di funzionare|"
        r"non e conforme|non sono conformi|diverso da quanto ordinato|diversi da quanto ordinato|"
        r"non corrisponde all'ordine|non corrispondono all'ordine)",
        _GOODS + _w(4) + r"(?:non funziona(?:no|va|vano)?|non si accend\w+|si (?:e|sono) (?:rott|guast)[oaie])",
        # incomplete / missing delivery
        r"(?:consegna|fornitura|spedizione|ordine) (?:incomplet[ao]|parziale|non completa|mancante|sbagliat[ao]|errat[ao])|"
        r"(?:mancano|manca|mancavano|mancava) (?:ancora )?(?:\w+ )?(?:pezzi|articoli|prodotti|colli|parte della merce|"
        r"parte dell'ordine|alcuni|alcune|delle|dei|degli|materiale|la merce)|"
        r"(?:merce|articoli|pezzi|prodotti|colli) mancant[ei]|consegnato solo (?:in )?parte|"
        r"(?:ricevuto|ricevuta|consegnata|consegnato) solo (?:una |in )?parte",
        # never received goods or invoice (cue starts at the negation)
        r"(?:non|mai)" + _w(3) + r"(?:ricevut[oaie]|pervenut[oaie]|arrivat[oaie]|consegnat[oaie]|recapitat[oaie]|"
        r"avuto|vist[oaie]|giunt[oaie])" + _w(3) + _ART + r"(?:" + _GOODS + r"|" + _INVOICE + r")\b",
        r"(?:" + _GOODS + r"|" + _INVOICE + r")" + _w(4) + r"(?:non|mai)" + _w(3) + r"(?:ricevut[oaie]|pervenut[oaie]|"
        r"arrivat[oaie]|consegnat[oaie]|recapitat[oaie]|giunt[oaie]|spedit[oaie]|evas[oaie])",
        r"(?:mai|non) (?:(?:ci )?(?:e |sono )?stat[oaie] )?(?:consegnat[oaie]|pervenut[oaie]|evas[oaie])\b(?! (?:il|la|i|le|lo|gli) (?:vostr|pagament|bonific|saldo))",
        r"non (?:ci )?(?:risulta|risultano|troviamo|abbiamo traccia|c'e traccia)" + _w(2) + r"(?:alcun[ao]? |nessun[ao]? |la |il |questa |questo |di |della |dell'|del )?"
        r"(?:fattur[ae]|ordine|ordinazione|acquisto|contratto|consegna|fornitura)|"
        r"(?:nessuna|alcuna) traccia (?:di|della|dell'|del)" + _w(1) + r"(?:fattur[ae]|ordine|consegna|fornitura)",
        # invoice / amount wrong
        r"(?:fattur[ae]|(?:l')?importo|importi|prezz[oi]|(?:l')?addebito|addebiti|total[ei]|cifra|somma|"
        r"conteggio|conteggi|calcolo|quantita|(?:l')?iva|aliquota|tariff[ae]|ore|(?:l')?ammontare|"
        r"(?:l')?imponibile)" + _w(4) + r"(?:e |sono |risulta |risultano |ci sembra |sembra |appare )?"
        r"(?:errat[oaie]|sbagliat[oaie]|non corrett[oaie]|scorrett[oaie]|inesatt[oaie]|eccessiv[oaie]|"
        r"troppo alt[oaie]|gonfiat[oaie]|non dovut[oaie]|non corrisponde|non corrispondono|"
        r"non e corrett[oaie]|non sono corrett[oaie]|non torna|non tornano|non coincide|non coincidono|"
        r"divers[oaie] da quell[oaie] (?:concordat|pattuit|offert|preventivat)[oaie]|"
        r"superior[ei] a quell[oaie] (?:concordat|pattuit|offert|preventivat)[oaie]|"
        r"piu alt[oaie] (?:di|del|rispetto))",
        r"(?:errat[oaie]|sbagliat[oaie]|non corrett[oaie]|doppi[oa]|duplicat[oa]|contestat[oaie]|eccessiv[oaie])"
        r" (?:fattur[ae]|importo|importi|prezz[oi]|addebit[oi]|fatturazione|conteggio|calcolo|iva|aliquota|quantita)|"
        r"(?:fattur[ae]|importo|addebito|prezzo|iva|quantita|aliquota|fatturazione) (?:errat[oaie]|sbagliat[oaie]|doppi[oaie]|duplicat[oaie]|contestat[oaie])",
        r"(?:addebitat[oaie]|fatturat[oaie]|conteggiat[oaie]|pagat[oaie]|inviat[oaie]|emess[oaie]) (?:\w+ )?(?:due volte|doppio|in doppio|piu volte)|"
        r"doppia fatturazione|doppio addebito|(?:e|si tratta di|trattasi di) (?:un|di un) (?:duplicato|doppione)|fattura (?:in )?duplicat[ao]|fatturazione doppia|(?:gia|stata gia|e gia stata|sono gia state) (?:stat[oaie] )?fatturat[oaie]|"
        r"(?:un |l'|c'e un |c'e stato un )?(?:errore|sbaglio|discrepanza|differenza|incongruenza|anomalia)" + _w(2) + r"(?:in|nella|nel|nell'|sulla|sul|sull'|di|della|dell'|del)\s*"
        r"(?:\w+ )?(?:fattur[ae]|fatturazione|importo|prezzo|prezzi|calcolo|conteggio|addebito|iva|quantita|ordine|totale)|"
        r"(?:errore|errori) di (?:fatturazione|calcolo|prezzo|conteggio)",
        r"(?:sconto|abbuono|ribasso|acconto|anticipo|premio|storno|deposito cauzionale)" + _w(4) + r"(?:non|mai)" + _w(2) +
        r"(?:applicat[oaie]|detratt[oaie]|scalat[oaie]|considerat[oaie]|conteggiat[oaie]|dedott[oaie]|riconosciut[oaie]|stornat[oaie])",
        # credit note expected
        r"(?:attesa|attendiamo|aspettiamo|aspettando|attendendo|in attesa|serve|servirebbe|necessitiamo|chiediamo|"
        r"richiediamo|richiesto|richiesta|emettere|emettete|emissione|emetterete|inviarci|mandarci|dovete|dovreste|deve|"
        r"ci spetta|ci spettano|ancora nessuna)" + _w(4) + r"(?:nota di credito|note di credito|nota credito|storno|rimborso|"
        r"fattura corretta|fattura rettificata|fattura corretta|nuova fattura corretta|riaccredito|accredito)",
        # service not done
        r"(?:servizio|servizi|lavoro|lavori|intervento|interventi|installazione|riparazione|riparazioni|progetto|"
        r"consulenza|manutenzione|formazione|pulizia|prestazione|prestazioni|montaggio|assistenza)" + _w(4) +
        r"(?:non|mai)" + _w(3) + r"(?:eseguit[oaie]|svolt[oaie]|completat[oaie]|terminat[oaie]|finit[oaie]|effettuat[oaie]|"
        r"fatt[oaie]|erogat[oaie]|res[oaie]|realizzat[oaie]|conclus[oaie]|a regola d'arte|soddisfacent[ei]|a norma|"
        r"conform[ei])",
        # complaint, dissatisfaction, not ordered
        r"reclamo|reclami|reclamazione|contestazione|contestazioni|contestiamo|contestare|contestato|"
        r"non (?:siamo|sono) (?:per niente |affatto |assolutamente )?soddisfatt[oaie]|insoddisfatt[oaie]|"
        r"disservizio|disservizi|servizio (?:pessimo|scadente|inadeguato)|lamentel[ae]|"
        r"(?:non|mai) (?:l'|lo |la |li |le )?(?:abbiamo|ho|hanno|ha) (?:mai )?(?:ordinat[oaie]|richiest[oaie]|autorizzat[oaie]|sottoscritt[oaie]|firmat[oaie]|accettat[oaie]|comprat[oaie]|acquistat[oaie])|"
        r"(?:ci avete|avete|ci hanno|hanno|ci ha|ha) (?:fatturato|addebitato|conteggiato|messo in conto|fatto pagare)" + _w(5) + r"(?:ma|mentre|invece|anziche|pero|quando)\b|"
        r"(?:mai|non) (?:stat[oaie] )?(?:ordinat[oaie]|richiest[oaie]|autorizzat[oaie]|concordat[oaie]|pattuit[oaie])\b",
        r"(?:ordine|contratto|abbonamento|servizio|fornitura|prenotazione|incarico) (?:e |era |e stato |era stato |e stata |sono stati )?"
        r"(?:annullat[oaie]|disdett[oaie]|cancellat[oaie]|revocat[oaie]|risolt[oaie]|recedut[oaie])|"
        r"(?:abbiamo|ho) (?:gia )?(?:annullato|disdetto|cancellato|revocato|risolto|disdettato)" + _w(2) + r"(?:l'ordine|il contratto|l'abbonamento|il servizio|la fornitura|l'incarico|ordine|contratto)|"
        r"(?:restituit[oaie]|res[oaie]|rispedit[oaie]|rimandat[oaie] indietro|reso)" + _w(3) + r"(?:la |il |i |le |l')?(?:merce|prodott[oi]|articol[oi]|material[ei]|ordine|fornitura|macchin[ae]|apparecchi\w*)|"
        r"(?:merce|prodott[oi]|articol[oi]|material[ei]|fornitura) (?:e |sono |e stata |sono stati |e stato )?(?:restituit[oaie]|res[oaie]|rispedit[oaie])|"
        r"in garanzia|richiesta di garanzia|reso merce|(?:abbiamo|ho) (?:fatto|aperto|inviato|presentato|sporto) (?:un |una )?(?:reclamo|contestazione|segnalazione)",
        r"(?:contestiamo|contesto|contestare|respingiamo|respingere|rifiutiamo|non accettiamo|non riconosciamo|disconosciamo)" + _w(3) +
        r"(?:la |il |l'|questa |questo |tale |vostra |vostro |suddetta )?(?:fattur[ae]|importo|addebit[oi]|somma|richiesta|sollecito|conteggio|cifra|prezzo)",
        r"(?:finche|fino a quando|fintanto che|fin quando|fino alla|fino al|prima della|prima del|solo dopo|dopo la|dopo il|a condizione che)" + _w(5) +
        r"(?:sostituzione|sostituit[oaie]|riparazione|riparat[oaie]|corrett[oaie]|correzione|nota di credito|"
        r"storno|rimborso|risolt[oaie]|risoluzione del problema|consegn[ao] (?:completa|del resto|della merce)|"
        r"completamento|ricezione della merce|nostro reclamo|contestazione)",
        r"(?:prezzo|importo|tariffa|preventivo|offerta|cifra)" + _w(3) + r"(?:concordat[oaie]|pattuit[oaie]|accordat[oaie]|offert[oaie]|preventivat[oaie])" + _w(3) +
        r"(?:era|e|erano|sono|era stato|era stata)" + _w(2) + r"(?:inferior[ei]|divers[oaie]|piu bass[oaie]|minor[ei])",
        r"(?:fattur[ae]|importo|addebito|somma|richiesta) (?:non (?:e |risulta )?dovut[oaie]|non ci compete|non di nostra competenza)|"
        r"(?:fattur[ae]|ordine|consegna) (?:e |sono |risulta |era |e stata |non e |non sono )?(?:intestat[oaie]|indirizzat[oaie]|emess[oaie]) (?:a un'altra|ad altra|a un altro|ad altro|a un'altr[ao]|erroneamente|per errore|a nome di (?:un'altra|altra|un altro))|"
        r"(?:fattur[ae]|ordine|ordinazione) non (?:e|sono) (?:(?:la|il|le|i) )?(?:nostr[oaie]|per noi|a noi|intestat[oaie] a noi)|intestat[ae] (?:erroneamente|per errore|alla societa sbagliata)",
    ),
    "refusal": (
        # formal: "non verrà effettuato alcun pagamento", "non procederemo al pagamento"
        r"non (?:verra|sara|verranno|saranno) (?:effettuat|eseguit|corrispost|disposti?|versat)[oia] (?:alcun|nessun) pagamento|"
        r"(?:alcun|nessun) pagamento (?:verra|sara) (?:effettuato|eseguito|corrisposto|disposto)|"
        r"non (?:procederemo|procedera|procederanno|provvederemo|provvedera|daremo corso) al (?:pagamento|saldo)",
        r"(?:deciso|scelto|stabilito) di non (?:procedere|dare seguito) (?:con il|col|al|a) (?:pagamento|saldo|bonifico)",
        r"non (?:vi )?(?:pagheremo|paghero|pagheranno|paghera|salderemo|saldero|verseremo|versero|bonificheremo|bonifichero|"
        r"procederemo (?:al|con il) (?:pagamento|saldo)|provvederemo (?:al|a) (?:pagamento|saldo|pagare|saldare)|"
        r"effettueremo (?:alcun|nessun|il) (?:pagamento|bonifico|versamento))\b",
        r"(?:non|ne) (?:intendiamo|intendo|abbiamo (?:alcuna |nessuna )?intenzione di|ho (?:alcuna |nessuna )?intenzione di|"
        r"vogliamo|voglio|siamo disposti a|sono disposto a|sono disposta a|siamo tenuti a|sono tenuto a|pensiamo di|"
        r"procederemo|effettueremo)" + _w(2) + r"(?:a )?(?:pagar\w*|saldar\w*|versar\w*|bonificar\w*|onorar\w*|"
        r"procedere (?:al|con il) (?:pagamento|saldo)|effettuare (?:alcun |il |nessun )?(?:pagamento|bonifico|versamento))",
        r"(?:ci rifiutiamo|mi rifiuto|rifiutiamo|rifiuto|ci neghiamo|neghiamo) (?:categoricamente |assolutamente |quindi |pertanto )?(?:di (?:pagar\w*|saldar\w*|versar\w*|procedere)|"
        r"(?:il|qualsiasi|ogni) pagamento|(?:la|questa|vostra|tale) fattura|(?:il|questo) sollecito)|"
        r"(?:la fattura|l'importo|la somma|la fattura in oggetto) non (?:verra|sara) (?:mai )?(?:pagat|saldat|onorat|liquidat)[oa]|"
        r"(?:deciso|scelto|preferiamo|preferito|stabilito) di non (?:pagar\w*|saldar\w*|procedere al pagamento|onorar\w*)|non paghiamo(?! ancora)(?! per ora)|non paghero mai|non pagheremo mai|mai pagheremo|nessun pagamento (?:verra|sara) (?:effettuato|disposto)",
        r"non (?:vi )?(?:dobbiamo|devo|dovremmo) (?:niente|nulla|alcunche|alcuna somma|un euro|un centesimo|questa somma|questi soldi|tale somma)|"
        r"non (?:vi )?(?:dobbiamo|devo) (?:proprio )?(?:nulla|niente)|(?:nulla|niente) (?:e |vi e )?dovut[oa]|"
        r"non (?:e|si tratta di) (?:un )?(?:nostro|il nostro) (?:debito|problema)|non e (?:un )?problema nostro|"
        r"(?:nemmeno|neanche|neppure) un (?:euro|centesimo|soldo)|non (?:\w+ )?(?:\w+ )?(?:un|nemmeno un|neanche un|neppure un) (?:euro|centesimo|soldo)\b|non vedrete (?:un|nemmeno un|neanche un) (?:euro|centesimo|soldo)|"
        r"(?:smettete|smettetela|smettila|basta|cessate) (?:di|con) (?:\w+ )?(?:scriverci|contattarci|inviarci|mandarci|chiamarci|"
        r"importunarci|disturbarci|solleciti|mail|scrivere|inviare|mandare|contattare)|"
        r"(?:ci vediamo|ci rivedremo) in tribunale|(?:fateci|faccia|fate) causa|(?:adiremo|adiro) le vie legali|"
        r"(?:ci rivolgeremo|mi rivolgero|abbiamo dato mandato) (?:al nostro|a un|ad un|al mio|ai nostri) (?:avvocat|legal)\w*|"
        r"il nostro (?:avvocato|legale|ufficio legale) (?:vi )?(?:contattera|rispondera|scrivera)",
    ),
    "cant_pay": (
        r"non (?:\w+ )?(?:possiamo|posso|riusciamo|riesco|riusciremo|riusciro|potremo|potro|siamo in grado di|sono in grado di|"
        r"saremo in grado di|saro in grado di|siamo nelle condizioni di|abbiamo la possibilita di|ce la facciamo a|ce la faccio a)"
        r" (?:\w+ )?(?:a |ad )?(?:pagar\w*|saldar\w*|versar\w*|far fronte|onorar\w*|liquidar\w*|bonificar\w*|"
        r"effettuare (?:il |alcun )?(?:pagamento|bonifico|saldo)|procedere (?:al|con il) (?:pagamento|saldo)|coprire)",
        r"(?:impossibilitat[oaie]|impossibile|non (?:e|sara) possibile|non ci e possibile|non mi e possibile) (?:per noi |per me )?(?:a |di |ad )?"
        r"(?:pagar\w*|saldar\w*|versar\w*|onorar\w*|effettuare il pagamento|procedere al pagamento|far fronte)|"
        r"non (?:abbiamo|ho|disponiamo di|dispongo di|ci sono) (?:\w+ )?(?:i |la |le )?(?:soldi|fondi|liquidita|disponibilita|risorse|denaro|"
        r"mezzi|copertura)|fondi insufficienti|mancanza di (?:fondi|liquidita|disponibilita)|(?:conto|cassa) (?:vuot[oa]|a secco)",
    ),
    "hardship": (
        r"al momento|in questo momento|attualmente|per ora|per il momento|momentaneamente|temporaneamente|"
        r"in questa fase|in questo periodo|di questi tempi|questo mese|questa settimana|ancora|"
        r"liquidita|difficolta|crisi|problemi (?:di cassa|finanziari|economici|di liquidita)|flusso di cassa|"
        r"tensione finanziaria|tensioni finanziarie|periodo (?:difficile|complicato|critico|di crisi)|momento (?:difficile|complicato|critico)|"
        r"situazione (?:finanziaria|economica) (?:difficile|critica|complicata)|ritard\w+ (?:nei|negli) (?:incassi|pagamenti dei (?:nostri )?clienti)|"
        r"(?:i nostri clienti|un nostro cliente|il nostro cliente) non ci (?:ha|hanno) (?:ancora )?pagat[oi]|"
        r"fino a|fino al|fino alla|sino a|entro|prima di|prima del|prima della|cassa integrazione|concordato preventivo",
    ),
    "plan": (
        r"\d[\d.,]*\s*(?:€|euro|eur)?\s*(?:al|ogni|per) mese\b|(?:€|euro|eur) (?:al|ogni|per) mese\b|(?:rate|importi|versamenti) mensili",
        r"rateizz\w*|rateal[ei]|rateazione|(?:a|in) rate (?:mensili|trimestrali|settimanali)|rate mensili|rata mensile|"
        r"(?:pagamento|pagare|pagarla|pagarlo|pagarle|pagarli|saldare|saldarla|saldarlo|versare|regolarizzare|"
        r"pagamenti|saldo|dividere|suddividere|frazionare)" + _w(4) + r"(?:a rate|in rate|in \d+ rate|in (?:due|tre|quattro|cinque|sei|dieci|dodici|piu|alcune) rate)|"
        r"in (?:\d+|due|tre|quattro|cinque|sei|dieci|dodici|piu|alcune|varie) (?:rate|tranche|soluzioni|mensilita|trance|parti|versamenti)|"
        r"piano (?:di|dei) (?:rientro|pagament[oi]|rateizzazione|ammortamento|dilazione)|piano rateale|"
        r"(?:frazionare|frazionato|frazionamento|suddividere|suddivisione|dividere|spezzare|ripartire|scaglionare|scaglionato|scaglionamento)" + _w(4) +
        r"(?:il pagamento|l'importo|la somma|il debito|il saldo|i pagamenti|l'importo dovuto|la fattura|in|su|nel|nei)|"
        r"pagament[oi] (?:frazionat|dilazionat|rateal|rateizzat|scaglionat|parzial)[oi]|pagamenti parziali|versamenti parziali|"
        r"(?:pagare|saldare|versare|paghiamo|pagheremo|verseremo) (?:\w+ )?(?:un tanto|una quota|una parte|qualcosa) (?:al|ogni) mese|"
        r"(?:pagare|saldare|versare|paghiamo|pagheremo|verseremo|pagheremmo|pagarvi|versarvi)" + _w(3) + r"(?:mensilmente|ogni mese|al mese|settimanalmente|ogni settimana|alla settimana)|"
        r"(?:rate|rata) da \d+|(?:prima|seconda|terza) rata",
    ),
    "more_time": (
        r"(?:piu|altro|ulteriore|maggiore|qualche|del|un po' di|un po di|un pochino di|un altro po' di|un altro po di) tempo|(?:un po'? |un pochino |un poco )?piu di tempo|"
        r"(?:qualche|ancora qualche|alcuni|pochi|altri|ulteriori) (?:giorn[oi]|settiman[ae])(?: in piu| ancora| di tempo)?|"
        r"proroga|prorogare|prorogarci|prorogato|posticip\w*|rinvi(?:are|arci|o del pagamento|o della scadenza)|rimandare il pagamento|"
        r"slitta(?:re|mento)|spostare (?:il pagamento|la scadenza|il termine|in avanti)|dilazion\w*|differi(?:re|mento)|"
        r"(?:allungare|estendere|prolungare|spostare) (?:i |il |la )?(?:termin[ei]|scadenz[ae]|tempi)|nuova scadenza|"
        r"pazienza|pazientare|portate pazienza|tolleranza|concederci|concedeteci|concedermi|ci concedete|ci concedereste|"
        r"(?:darci|dateci|ci date|ci dareste|ci potete dare|ci potreste dare|mi date|darmi|concedere|concedete)" + _w(2) + r"(?:tempo|giorni|settimane|respiro|mese|mesi|settimana)\b|"
        r"(?:ancora|un altro|un'altra|altri|altre) (?:\d+ |due |tre |quindici |un |una )?(?:mese|mesi|settimana|settimane|giorni)\b|"
        r"margine di tempo|tempo supplementare|tempo aggiuntivo",
    ),
    "split_rest": (
        r"(?:(?:(?<= e )|(?<= ed ))il saldo|(?:il |la |l')?(?:resto|restante|rimanente|residuo|rimanenza|saldo restante|saldo rimanente|restante parte|rimanente parte|"
        r"altra meta|seconda meta|seconda rata|secondo versamento|secondo pagamento|differenza|parte restante|parte rimanente))\b" + g(5) +
        r"(?:entro|il|a fine|alla fine|a inizio|all'inizio|il mese|la prossima|la settimana|dopo|tra|fra|successivamente|in seguito|"
        r"piu avanti|prossim\w+|a \w+|al|nei|nel|appena)",
    ),
    "callback": (
        r"(?:ci sentiamo|sentiamoci|ci possiamo sentire|possiamo sentirci|ci sentiremmo) (?:\w+ )?(?:per telefono|al telefono|telefonicamente|domani|oggi|in giornata|nel pomeriggio|in mattinata)",
        r"(?:fissare|organizzare|programmare|avere|fare|concordare|prendere|chiedere) (?:una|un|un\') ?(?:breve )?(?:call|riunione|incontro|appuntamento|videochiamata|chiamata|colloquio)\b",
        r"(?:ri)?chiamar(?:mi|ci|e)|(?:ri)?chiamatemi|(?:ri)?chiamateci|(?:mi|ci) (?:ri)?(?:chiami|chiamate|chiamereste|chiamerebbe|telefoni|telefonate|"
        r"contatti telefonicamente|contattate telefonicamente|faccia una telefonata|fate una telefonata|fa uno squillo|fate uno squillo|dia un colpo di telefono)|"
        r"telefonarmi|telefonarci|telefonatemi|telefonateci|ritelefonarmi|(?:ri)?chiamami|(?:ri)?chiamaci|telefonami|telefonaci|un colpo di telefono|uno squillo|"
        r"(?:una|la) (?:vostra )?telefonata|contatto telefonico|ricontatto telefonico|essere (?:ri)?contattat[oaie] (?:telefonicamente|per telefono|al telefono)",
        r"(?:parlare|parlarne|parlarvi|parlarle|discutere|discuterne|sentirci|sentirvi|confrontarci|chiarire|contattarmi|contattarci|"
        r"raggiungermi|raggiungerci|disponibile|reperibile)\w*" + _w(4) + r"(?:telefonicamente|per telefono|al telefono|via telefono|a voce|di persona)|"
        r"(?:sentirci|parlarne|parliamone) (?:telefonicamente|al telefono|per telefono|a voce)|telefonicamente",
        r"(?:parlare|parlarne|discutere) (?:con|col) (?:qualcuno|una persona|un responsabile|il responsabile|un operatore|voi|lei|un vostro|una vostra|il vostro|la vostra|un addetto|l'addetto)|"
        r"(?:mi|ci) (?:puo|potete|potrebbe|potreste) (?:contattare|trovare|raggiungere|chiamare) (?:al|sul|sul mio|al mio|al numero|allo|al cell|al cellulare|\+|\d)|"
        r"(?:il mio|il nostro) (?:numero|cellulare|recapito telefonico|telefono|interno)(?: diretto)? (?:e|e il)\b|"
        r"(?:sono|siamo) (?:reperibil[ei]|raggiungibil[ei]|disponibil[ei]) (?:al|sul|allo|al numero|telefonicamente|\+|\d)",
    ),
    "conditional": (
        r"^\s*se\b|\bse (?:ha|avete|aveste|avesse|dovesse|dovessero|dovessi|serve|servono|servisse|servissero|necessario|"
        r"necessita|occorre|occorresse|preferisce|preferite|volete|vuole|desidera|desiderate|fosse|ci fossero|c'e bisogno)|"
        r"per (?:qualsiasi|qualunque|ogni|ulteriori|eventuali|altre) (?:cosa|domand\w*|chiariment\w*|dubb\w*|informazion\w*|necessita|esigenz\w*|question\w*|richiest\w*|approfondiment\w*)|"
        r"non (?:esiti|esitate|esitare)|(?:restiamo|resto|rimaniamo|rimango|siamo|sono) a (?:vostra |sua |completa |vostra completa |sua completa |)?disposizione|"
        r"in caso di (?:necessita|bisogno|dubbi|domande|chiarimenti)|all'occorrenza|qualora|nel caso in cui|eventualmente|se lo ritiene|se lo ritenete",
    ),
    "contact_change": (
        r"non (?:\w+ )?(?:mi occupero|ci occuperemo|seguiro|gestiro|lavorero|saro)" + _w(2) + r"piu\b|(?:da|a partire da) (?:\w+ ){0,2}non (?:mi occupero|ci occuperemo|seguiro|gestiro) piu",
        r"(?:ora|adesso|d\'ora in poi|da oggi|ormai) (?:e |sono |viene |vengono |e stata |e stato )?(?:gestit|seguit|curat|affidat|esternalizzat|passat)[aoie] (?:da|dal|dallo|dalla|dai|dagli|dalle|a|al|allo|alla|all\')",
        r"non (?:\w+ )?(?:lavoro|lavora|lavorano|collaboro|collabora|faccio|fa|mi occupo|si occupa|seguo|segue|gestisco|gestisce|"
        r"ricopro|ricopre|sono io|e lui|e lei)" + _w(2) + r"piu\b(?! tardi)(?! (?:di|del|della) )",
        r"non (?:\w+ )?piu (?:in forza|in azienda|presso|con noi|dipendente|il referente|la referente|responsabile|il responsabile|"
        r"la responsabile|attiv[oa]|valid[oa]|in uso|monitorat[oa]|il contatto|la persona di riferimento|parte)",
        r"(?:ho|ha|hanno) lasciato (?:la |l'|il |lo |quest')?(?:azienda|societa|ditta|ufficio|incarico|reparto|ruolo|posizione|impresa|gruppo)|"
        r"(?:e|sono) (?:andat[oa] in pensione|in pensione|uscit[oa] dall'azienda|uscit[oa] dalla societa)|(?:e|ho|ha) cambiato (?:lavoro|azienda|ruolo|incarico|ufficio)",
        r"(?:nuov[oa]|diverso|divers[oa]|corrett[oa]|aggiornat[oa]) (?:\w+ )?(?:indirizzo|recapito|referente|contatto|responsabile|casella|mail|e-mail|email|pec|"
        r"interlocutore|persona di riferimento|persona di contatto)|"
        r"(?:indirizzo|recapito|referente|contatto|casella|mail|e-mail|email|pec) (?:\w+ )?(?:nuov[oa]|corrett[oa]|aggiornat[oa]|cambiat[oa])",
        r"(?:d'ora in poi|da ora in poi|d'ora in avanti|da adesso in poi|d'ora innanzi|da oggi in poi|da oggi|in futuro|per il futuro|per le prossime|"
        r"da questo momento|a partire da oggi|a partire da ora|da ora),?" + g(8) + r"(?:scrivere|inviare|indirizzare|mandare|inoltrare|contattare|"
        r"rivolgersi|rivolgervi|scriverete|invierete|scrivete|inviate|mandate|indirizzate|contattate|utilizzare|usare|utilizzate|usate)",
        r"(?:inviare|indirizzare|mandare|inoltrare|trasmettere|inviate|indirizzate|mandate|inoltrate|trasmettete|spedire)" + _w(3) +
        r"(?:le |i |la |tutte le |tutti i |ogni |eventuali |future |prossime )?(?:fatture|solleciti|corrispondenza|comunicazioni|email|mail|"
        r"e-mail|documenti|promemoria|richieste di pagamento|estratti conto)" + _w(4) + r"(?:a|al|alla|all'|ai|agli|alle|all'indirizzo|presso|direttamente)\b",
        r"(?:aggiornare|aggiornate|aggiorni|modificare|modificate|modifichi|correggere|correggete|cambiare|cambiate|variare|variate) "
        r"(?:\w+ )?(?:i vostri archivi|l'anagrafica|la vostra anagrafica|i vostri dati|i dati|il contatto|i contatti|l'indirizzo|i recapiti|il recapito|"
        r"la mail|l'email|l'e-mail|il referente|la vostra rubrica|la mailing list|i vostri registri|il destinatario)|"
        r"(?:e|sono) subentrat[oa]|subentrera|sostituit[oa] da|ha preso il (?:mio|suo) posto|(?:il mio|la mia|il suo|la sua) (?:successore|sostitut[oa])|"
        r"(?:il|la) (?:nuov[oa] )?(?:referente|responsabile|persona di riferimento) (?:e|sara) (?:ora|adesso|d'ora in poi)|"
        r"(?:ora|adesso|d'ora in poi) (?:se ne occupa|se ne occupera|gestisce|gestira|segue|seguira|e responsabile)|"
        r"abbiamo cambiato (?:\w+ )?(?:indirizzo|casella|mail|email|e-mail|pec|referente|dominio)",
    ),
    "permanent": (
        r"non (?:\w+ )?(?:\w+ )?piu\b(?! tardi)(?! (?:di|del|della|dello) )|d'ora in poi|da ora in poi|d'ora in avanti|da adesso in poi|d'ora innanzi|"
        r"da oggi in poi|in futuro|per il futuro|a partire da oggi|con effetto immediato|definitivamente|"
        r"ha lasciato|ho lasciato|hanno lasciato|in pensione|successore|sostituit[oa] da|subentrat\w*|subentrera|"
        r"aggiornare|aggiornate|aggiorni|cambiato|nuovo referente|nuova referente",
    ),
    "ooo": (
        r"fuori (?:ufficio|sede)|(?:sono|saro|siamo|saremo|resto|restero|attualmente|momentaneamente|temporaneamente)" + _w(2) +
        r"(?:assent[ei]|in ferie|in vacanza|in congedo|in malattia|in maternita|in paternita|in trasferta|in viaggio|fuori ufficio|fuori sede|"
        r"non disponibil[ei]|irraggiungibil[ei]|lontan[oa] dall'ufficio|fuori per lavoro)",
        r"(?:in ferie|in vacanza|in congedo|in malattia|in trasferta|assente) (?:dal|da|fino|sino|fino al|sino al|per|tra|fra|nel|nei|oggi|il|in data)\b|"
        r"assente dall'ufficio|(?:rientrero|rientreremo|saro di ritorno|saro nuovamente|tornero|ritornero|riprendero servizio)|"
        r"(?:rientro|ritorno) (?:in ufficio|in sede|previsto|il|lunedi|martedi|mercoledi|giovedi|venerdi)|di nuovo in ufficio|"
        r"(?:al|dopo il) (?:mio|nostro) rientro|(?:durante la|nella|in) (?:mia|nostra) assenza|"
        r"(?:accesso|connessione) (?:limitat[oa]|ridott[oa]) (?:alla|alle) (?:posta|email|mail|e-mail)|senza accesso (?:alla|alle) (?:posta|email|mail|e-mail)|"
        r"non (?:avro|avremo) accesso (?:alla|alle) (?:posta|email|mail|e-mail)|"
        r"(?:ufficio|uffici|azienda|sede) (?:\w+ )?(?:chius[oia]|rimarra chius|rimarranno chius|resteranno chius|restera chius)\w*|"
        r"chiusura (?:aziendale|per ferie|estiva|natalizia|per festivita)|festivita natalizie|ferie estive",
    ),
    "auto": (
        r"risposta automatica|messaggio automatico|messaggio generato automaticamente|e-?mail automatica|mail automatica|"
        r"(?:questa|questo) e (?:una|un) (?:risposta|messaggio|mail|email|e-mail) automatic[oa]|generat[oa] automaticamente|"
        r"(?:si prega di |si prega |prego |per favore )?non rispondere (?:a|al) (?:questa|questo|presente)|no-?reply|"
        r"(?:casella|indirizzo|account|mail|email) (?:\w+ )?non (?:e |risulta |viene )?(?:monitorat[ao]|presidiat[ao]|abilitat[ao] alla ricezione|lett[ao])|"
        r"(?:ticket|richiesta|segnalazione|pratica|caso) (?:n\.?|nr\.?|numero|#|id)\s*\d|numero (?:di |del )?ticket|"
        r"(?:ticket|richiesta|segnalazione|pratica) (?:e stat[oa]|e|sono stat[ei]) (?:correttamente )?(?:creat|registrat|apert|pres[oa] in carico|inoltrat|ricevut)\w*",
    ),
    "auto_weak": (
        r"(?:abbiamo|ho) ricevuto (?:correttamente )?(?:la sua|la vostra|il suo|il vostro|la tua|il tuo) (?:email|e-mail|mail|messaggio|richiesta|comunicazione)|"
        r"grazie per (?:la sua |la vostra |il suo |il vostro |averci contattato|avermi contattato|aver scritto|averci scritto)(?:email|e-mail|mail|messaggio|comunicazione)?|"
        r"(?:le|vi|ti) (?:risponderemo|rispondero|ricontatteremo|ricontattero|contatteremo|contattero|daremo riscontro|daro riscontro|faremo sapere|faro sapere)" + _w(3) +
        r"(?:al piu presto|a breve|prima possibile|il prima possibile|appena possibile|quanto prima|entro|al mio rientro|al nostro rientro|nel piu breve tempo)",
    ),
    "deputy": (
        r"(?:durante la|nella|in) (?:mia|nostra) assenza|per (?:questioni|richieste|pratiche|comunicazioni|problemi|casi|necessita|argomenti) (?:urgenti|importanti|amministrative)|"
        r"in caso di (?:urgenza|necessita|emergenza)|per (?:urgenze|emergenze)|se urgente|in casi urgenti|"
        r"(?:potete|puo|potra|potrete|si prega di|prego|vi prego di|la prego di) (?:\w+ )?(?:contattare|rivolgersi|rivolgervi|scrivere|fare riferimento)|"
        r"contattare (?:il |la )?(?:mio |mia |nostro |nostra )?(?:collega|sostitut[oa]|ufficio|sig|dott|signor|signora|centralino|reparto)|"
        r"(?:rivolgersi|rivolgervi|fare riferimento) (?:a|al|alla|all')",
    ),
    "promise": (
        # "vendredi sans faute": a commitment word with a date is a promise
        r"senza fallo|senza meno",
        r"(?:con )?data (?:di )?(?:valuta|esecuzione|addebito)\b",
        r"(?:pagheremo|paghero|pagheranno|paghera|salderemo|saldero|salderanno|saldera|verseremo|versero|"
        r"bonificheremo|bonifichero|regolarizzeremo|regolarizzero|liquideremo|liquidero|onoreremo|rimborseremo)\b",
        r"(?:provvederemo|provvedero|provvedera|provvederanno|procederemo|procedero|procedera|procederanno)" + _w(2) +
        r"(?:al|a|con il|con|ad|col|alla)" + _w(2) + r"(?:pagamento|saldo|bonifico|pagar\w*|saldar\w*|versamento|"
        r"regolarizz\w+|liquidar\w*|liquidazione|disporre|effettuare|bonificar\w*)",
        r"(?:effettueremo|effettuero|faremo|faro|disporremo|disporro|invieremo|inviero|manderemo|mandero|emetteremo|"
        r"eseguiremo|eseguiro|daremo|daro|predisporremo|autorizzeremo|programmeremo|inoltreremo|lanceremo|metteremo)" + _w(3) + _PAYOBJ_STRICT,
        r"(?:sara|saranno|verra|verranno|potra essere|potranno essere|dovrebbe essere|dovrebbero essere|deve essere|devono essere|"
        r"andra|andranno) (?:\w+ )?(?:pagat|saldat|bonificat|versat|effettuat|dispost|eseguit|inviat|liquidat|regolarizzat|"
        r"programmat|pianificat|accreditat|addebitat|autorizzat|emess|onorat|evas|messo in pagamento|mess[oa] in pagamento|inserit|"
        r"lavorat|processat|partit)[oaie]?\b",
        r"(?:pagamento|pagamenti|bonifico|bonifici|saldo|versamento|rimessa|fattura|fatture|importo)" + _w(3) +
        r"(?:e |sono |e stato |e stata |sono stati |sono state |risulta |risultano |viene |vengono )?"
        r"(?:previst[oaie]|programmat[oaie]|pianificat[oaie]|calendarizzat[oaie]|schedulat[oaie]|fissat[oaie]|in programma|"
        r"in calendario|in pagamento|in approvazione|inserit[oaie] (?:nel|in|nella)|messo in pagamento|mess[oaie] in pagamento|"
        r"in partenza|in uscita|in distinta)",
        r"(?:abbiamo|ho) (?:gia )?(?:programmato|pianificato|calendarizzato|schedulato|fissato|previsto|messo in pagamento|inserito in distinta|"
        r"messo in distinta|inserito nel (?:prossimo )?(?:pagamento|giro))|(?:previsto|programmato|pianificato|fissato) (?:per|il|in data|entro|con)\b|"
        r"(?:prossim[oa]|nel prossimo|con il prossimo|nella prossima|con la prossima) (?:giro|ciclo|distinta|tornata|run|lotto|data|pagamento)"
        r"(?: di| dei| delle)? ?(?:pagament\w*|bonific\w*|fornitori)?|distinta (?:di|dei) (?:pagamento|pagamenti|bonifici)|"
        r"giro (?:pagamenti|bonifici|fornitori)|pagamento fornitori",
        r"(?:contiamo|prevediamo|intendiamo|pensiamo|speriamo|cercheremo|ci impegniamo|ci impegnamo|vogliamo|desideriamo|"
        r"riusciremo|potremo|saremo in grado|siamo in grado|abbiamo intenzione|e nostra intenzione|ci riserviamo|"
        r"mi impegno|conto|prevedo|intendo|penso|spero|cerchero|riusciro|potro|saro in grado|sono in grado|ho intenzione|"
        r"faremo in modo|faro in modo|dovremmo|dovrei|dovremo)" + _w(3) + r"(?:di |a |ad )?" + _PAYINF,
        r"(?:paghiamo|saldiamo|bonifichiamo|versiamo|liquidiamo|regolarizziamo|procediamo|provvediamo|"
        r"(?:facciamo|faccio|mandiamo|disponiamo|effettuiamo|inviamo|diamo) (?:il|un|l') ?(?:bonifico|pagamento|saldo|versamento))"
        r"(?: \w+)?(?: \w+)? " + _WHEN + r"\b",
        r"(?:riceverete|ricevera|vedrete|vedra|avrete|avra) (?:\w+ )?(?:il |un |l'|nostro |vostro |i )?(?:pagamento|bonifico|saldo|versamento|"
        r"accredito|importo|soldi|fondi|somma)|(?:aspettatevi|attendetevi|potete contare su)" + _w(2) + _PAYOBJ,
        r"(?:(?<=ma )|(?<=pero )|(?<=tuttavia ))(?:lo |la |li |le )?(?:faremo|faro|salderemo|pagheremo|provvederemo)\b",
    ),
    "promise_ask": (
        r"(?:possiamo|posso|potremmo|potrei|e possibile|sarebbe possibile|si puo|si potrebbe|va bene se|andrebbe bene se|"
        r"e un problema se|sarebbe un problema se|vi va bene se|le va bene se|accettate|accettereste|e accettabile|sarebbe accettabile|"
        r"vi andrebbe bene|vi sta bene se|ci consentite di|ci permettete di|ci autorizzate a)" + _w(3) +
        r"(?:pagar\w*|saldar\w*|versar\w*|bonificar\w*|paghiamo|saldiamo|paghi|saldi|"
        r"(?:effettuare|fare|disporre|effettuiamo|facciamo|disponiamo) (?:il |un |l')?(?:pagamento|bonifico|saldo|versamento)|"
        r"regolarizzar\w*|avere tempo|avere fino|il pagamento)\b(?! (?:con|tramite|via|mediante|col|a mezzo|in contanti|online|con carta|per bonifico)\b)",
        r"(?:concedeteci|concederci|ci concedete|ci concedereste|ci potete concedere|ci potreste concedere|ci date|darci|dateci|ci dareste|"
        r"ci potete dare|ci potreste dare|mi concede|concedermi|ci lasciate|lasciateci|mi date|darmi|attendere|aspettare|pazientare)" + _w(3) + r"(?:fino|sino)\b|"
        r"(?:fino|sino) (?:a|al|alla|all')" + _w(4) + r"(?:per (?:pagare|saldare|il pagamento|il saldo|regolarizzare|effettuare il pagamento))|"
        r"^\W*(?:per voi )?(?:va|andrebbe|andra|puo andare|potrebbe andare|e ok|e possibile|sarebbe possibile|vi va) (?:bene )?(?:se (?:fosse |e )?)?"
        r"(?:il|per il|entro|entro il|a fine|fine|domani|lunedi|martedi|mercoledi|giovedi|venerdi|la prossima|il prossimo)\b|"
        r"(?:pagar\w*|saldar\w*) (?:\w+ )?(?:piu avanti|in un secondo momento|successivamente|piu tardi|in seguito|con calma|con qualche giorno di ritardo)",
    ),
    "pay_word": (
        r"pag\w+|bonific\w*|salda\w*|saldo|saldiamo|versament\w*|versa\w*|verser\w*|rimess\w*|accredit\w*|riba|ri\.ba|"
        r"addebit\w*|liquid(?:a|ia|e|i)\w*|regolarizz\w*|assegno|quietanz\w*|sdd|sepa|rid",
    ),
    "claimed": (
        r"(?:abbiamo|ho|hanno|ha|avevamo|avevo)" + _w(3) + _SETTLED + r"\b",
        r"(?:abbiamo|ho|hanno|ha|avevamo|avevo)" + _w(2) + _DONE + _w(2) + r"(?:il |un |lo |la |l'|i |gli |le |nostro |vostro |relativo |regolare )?"
        r"(?:" + _PAYOBJ_STRICT + r"|saldo|pagamento)\b",
        r"(?:abbiamo|ho|hanno|ha) (?:gia|gia da tempo|regolarmente) provveduto\b|(?:l'|lo |la )(?:abbiamo|ho|hanno|ha) (?:gia |regolarmente )?(?:pagat|saldat|dispost|effettuat|fatt|inviat|eseguit|bonificat|versat|liquidat|regolarizzat)[oa]\b|(?:abbiamo|ho|hanno|ha) (?:\w+ )?provveduto" + _w(3) + r"(?:pagamento|saldo|saldar\w*|pagar\w*|bonific\w*|versament\w*|"
        r"regolarizz\w+|liquidar\w*|liquidazione|disporre|effettuare)",
        r"(?:e|sono|e stato|e stata|sono stati|sono state|risulta|risultano|era|erano|era stato|era stata|venne|vennero|fu|furono|"
        r"gia|e gia|sono gia|risulta gia|correttamente|regolarmente|interamente|integralmente)"
        # "e verra pagata" is a future: the gap never holds a future auxiliary
        r"\s+(?:(?!(?:verra|verranno|sara|saranno|dovra|dovranno)\s)[a-z']+\s+){0,2}?" + _SETTLED + r"\b",
        r"(?:" + _PAYOBJ_STRICT + r"|saldo|pagamento)" + _w(5) + r"(?:e|sono|e stato|e stata|sono stati|sono state|risulta|risultano|e gia|sono gia|"
        r"gia|era|erano|fu|venne)" + _w(2) + _DONE + r"\b",
        r"(?:" + _PAYOBJ_STRICT + r"|saldo)\s+(?:gia\s+|regolarmente\s+|correttamente\s+)?(?:" + _DONE + r"|" + _SETTLED + r")\b"
        r"(?! (?:entro|il prossimo|la prossima|domani|appena)\b)",
        r"(?:fattur[ae]|importo|somma|dovuto|debito|posizione) (?:(?:e|e stata|e stato|risulta|sono|sono state|risultano) )?(?:gia |regolarmente |interamente |integralmente )?" + _SETTLED + r"\b"
        r"(?! (?:entro|il prossimo|la prossima|domani|appena)\b)",
        r"(?:in allegato|allegat[oaie]|allego|alleghiamo|vi allego|vi alleghiamo|le allego|si allega|trasmettiamo|vi trasmetto|vi trasmettiamo|"
        r"vi inoltro|vi inoltriamo|vi invio|vi inviamo|le invio|trovate|troverete|trova|qui sotto|di seguito)" + _w(4) +
        r"(?:(?:la |il |l')?contabile|ricevuta (?:di|del|dell'|della) (?:pagamento|bonifico|versamento|avvenuto|operazione)|"
        r"distinta (?:del|di|dell') ?(?:bonifico|pagamento|operazione)|copia (?:del|dell') ?(?:bonifico|pagamento|ordine di bonifico|disposizione)|"
        r"attestazione (?:di|del|dell') ?(?:pagamento|bonifico|avvenuto)|quietanza|prova (?:di|del|dell') ?(?:pagamento|bonifico|avvenuto)|"
        r"conferma (?:di|del|dell') ?(?:pagamento|bonifico|avvenuto|esecuzione)|cro|trn|esito (?:del )?bonifico|ricevuta bancaria|"
        r"evidenza (?:del|di) (?:pagamento|bonifico)|screenshot (?:del|di) (?:pagamento|bonifico))",
        r"(?:contabile|ricevuta|distinta|copia|attestazione|quietanza|prova|conferma|evidenza) (?:\w+ )?(?:del |di |dell')?(?:bonifico|pagamento|versamento|avvenuto pagamento)"
        r" (?:\w+ )?(?:in allegato|allegat[oaie])|contabile (?:bancaria|del bonifico|di pagamento|dell'operazione)|"
        r"(?:numero |codice |con |n\.? )?cro\b|avvenuto (?:pagamento|bonifico|versamento|saldo)",
        r"^\W*(?:gia |tutto |e |fattura )?(?:pagat[oa]|saldat[oa]|bonificat[oa]|fatto|regolarizzat[oa]|pagate|saldate)\b"
        r"(?! (?:entro|il prossimo|la prossima|domani|appena|lunedi|martedi|mercoledi|giovedi|venerdi)\b)",
        r"(?:pagamento|bonifico|versamento|saldo) (?:e |risulta )?(?:andato a buon fine|gia in viaggio|in viaggio|in arrivo|gia partito|in lavorazione|in corso di esecuzione)|"
        r"(?:abbiamo|ho) (?:gia )?dato (?:disposizione|ordine|mandato|istruzioni)\b|"
        r"(?:addebitat[oaie]|uscit[oaie]|prelevat[oaie]) (?:\w+ )?(?:sul|dal|nel) (?:nostro )?conto|"
        r"(?:avete|hai|ha) ricevuto (?:il |la |l')?(?:nostro |nostra )?(?:pagamento|bonifico|versamento|saldo|assegno|rimessa)|"
        r"(?:vi |ci )?(?:confermate|conferma|confermare|confermarci|confermateci) (?:la |l')?(?:ricezione|ricevuta|avvenuta ricezione|incasso) (?:del|dell'|della) (?:\w+ )?(?:pagamento|bonifico|versamento|saldo|importo)",
    ),
    "arrival": (
        r"(?:lo |la |li |le |l')?(?:riceverete|ricevera|riceverai|vedrete|vedra|avrete|avra|ritroverete)" + _w(3) +
        r"(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domani|dopodomani|entro|il|in giornata|nei prossimi|tra|fra|"
        r"sul (?:vostro |suo )?conto|accreditat\w*|in banca|a fine|per)\b",
        r"(?:arrivera|arriveranno|giungera|giungeranno|sara accreditat|saranno accreditat|verra accreditat|verranno accreditat|"
        r"risultera|risulteranno|sara visibile|saranno visibili|sara disponibile|dovrebbe arrivare|dovrebbero arrivare|"
        r"dovrebbe essere accreditat|dovrebbero essere accreditat|dovreste riceverl|dovreste ricevere|dovreste vederl|dovreste vedere|"
        r"dovrebbe risultare|dovrebbe comparire)\w*",
        r"tempi (?:tecnici|bancari|di accredito|interbancari)|valuta (?:beneficiario|fissa)|giorni (?:lavorativi|bancari) per (?:l'accredito|la ricezione)|"
        r"(?:ci vogliono|servono|occorrono|impiega|richiede) (?:\d|uno|due|tre|qualche|alcuni|pochi) (?:giorni|giorno)",
    ),
    "info_copy": (
        r"(?:copia|copie|duplicato|pdf|ristampa|scansione|originale|file|versione)" + _w(2) + r"(?:della |delle |di |dell'|del |in )?"
        r"(?:(?:vostra |suddetta |relativa |nostra )?fattur[ae]|nota di credito|note di credito|fattura elettronica|xml|documento|documenti|ddt)",
        r"(?:reinviar\w*|rinviar\w*|rimandar\w*|inviarci|inviarmi|mandarci|mandarmi|inoltrarci|inoltrarmi|trasmetterci|trasmettermi|girarci|"
        r"girarmi|spedirci|spedirmi|inviatemi|inviateci|mandatemi|mandateci|rimandatemi|rimandateci|rinviatemi|rinviateci|inoltratemi|"
        r"inoltrateci|farci avere|farmi avere|(?:potete|potreste|puo|potrebbe) (?:re)?(?:inviare|mandare|inoltrare|trasmettere|girare|spedire)|"
        r"reinvio|rinvio|(?:ri)?mandi|(?:re)?invii)" + _w(3) + r"(?:(?:la |le |una |il |l')?(?:fattur\w*|pdf|nota di credito|documento|copia|xml|"
        r"fattura elettronica|ddt)|(?:la|le|lo|li)\b)",
        r"(?:manca|mancava|mancano|senza|privo di|priva di) (?:l'|il |la )?(?:allegato|pdf|fattura allegata|fattura in allegato)|"
        r"(?:ci serve|mi serve|ci servirebbe|mi servirebbe|abbiamo bisogno|ho bisogno|avremmo bisogno|necessitiamo|attendiamo ancora|aspettiamo ancora)"
        r" (?:di |della |delle |dell'|del |la |le |il )?(?:fattur[ae]|fattura elettronica|xml|nota di credito|copia)\b|"
        r"(?:allegato|pdf|file) (?:e |era |risulta )?(?:vuot[oa]|illeggibile|corrott[oa]|danneggiat[oa]|mancante|non leggibile|non apribile)|"
        r"(?:non (?:riusciamo|riesco) a (?:trovare|aprire|scaricare|leggere)|non (?:troviamo|trovo)) (?:la |il |l')?(?:fattura|allegato|pdf|documento)|"
        r"fattura (?:non (?:e )?(?:pervenuta sul|presente nel|presente sul|caricata su)|non (?:arrivata|ricevuta) (?:allo|sullo|sul) (?:sdi|cassetto fiscale))",
    ),
    "info_statement": (
        r"estratt[oi] (?:conto|conti|contabil[ei]|del conto|della posizione)|e/c|partitario|scheda contabile|schede contabili|"
        r"situazione (?:contabile|debitoria|creditoria|aggiornata|delle fatture|dei pagamenti|delle partite|amministrativa)|"
        r"(?:elenco|lista|riepilogo|prospetto|dettaglio|riassunto|situazione) (?:\w+ )?(?:delle |dei |degli |di )?(?:fatture|partite|insoluti|documenti|"
        r"scadenze|posizioni|importi|pagamenti)(?: aperte| aperti| in sospeso| scadute| insolute| da pagare| non pagate)?|"
        r"partite (?:aperte|insolute|in sospeso)|fatture (?:aperte|in sospeso|insolute|non pagate|da pagare)|"
        r"riconciliazione|riconciliare|quadratura|saldo (?:aggiornato|complessivo|contabile)|posizione (?:debitoria|contabile|aggiornata|complessiva)|"
        r"quali (?:fatture|documenti|partite|importi) (?:sono|risultano|restano)",
    ),
    "info_bank": (
        r"coordinate (?:bancarie|di pagamento|per il (?:bonifico|pagamento))|dati bancari|estremi (?:bancari|per il (?:bonifico|pagamento)|di pagamento|del conto)|"
        r"(?:codice )?iban|swift|bic|(?:numero|n\.?) (?:di |del )?conto(?: corrente)?|conto (?:corrente|bancario) (?:su cui|dove|per|da usare|da utilizzare)|"
        r"(?:su|a) quale (?:conto|iban|banca)|(?:su|a) che (?:conto|iban)|presso quale banca|"
        r"come (?:possiamo|posso|dobbiamo|devo|si puo|potremmo|potrei) (?:\w+ )?(?:pagare|saldare|effettuare il pagamento|fare il bonifico|versare)|"
        r"(?:modalita|metodi|metodo|forme|forma|strumenti) di pagamento|"
        r"pagare (?:con|tramite|via|mediante|col|a mezzo) (?:la |il )?(?:carta|paypal|assegno|bollettino|pagopa|satispay|riba|rid|sdd|contanti|bonifico)|"
        r"pagamento (?:con|tramite|via|mediante) (?:carta|paypal|pagopa|satispay)|link (?:di|per il) pagamento|"
        r"(?:a chi|a quale (?:beneficiario|intestatario)|intestatario del conto|intestazione del conto|beneficiario)",
    ),
    "info_other": (
        r"numero (?:d'ordine|di ordine|dell'ordine|ordine|del vostro ordine|d'acquisto|di acquisto|di commessa|di riferimento|ddt|di bolla|di pratica|di protocollo)|"
        r"ordine (?:d'acquisto|di acquisto)|n\.? ordine|\boda\b|codice (?:cig|cup|destinatario|univoco|sdi|fornitore|cliente)|\bcig\b|\bcup\b|"
        r"\bddt\b|documento di trasporto|bolla (?:di consegna|di accompagnamento)|prova (?:di|dell'avvenuta) consegna|ricevuta di consegna|"
        r"(?:maggiori|ulteriori|piu|altri) (?:dettagli|informazioni|chiarimenti|spiegazioni|delucidazioni|precisazioni|documenti|elementi)|"
        r"dettaglio (?:della fattura|delle voci|dei costi|dell'importo|delle ore|degli addebiti|dei servizi)|dettagli|"
        r"a cosa (?:si riferisce|si riferiscono|corrisponde|corrispondono|fa riferimento|fanno riferimento|e dovut[oa]|sono dovut[ie])|"
        r"a (?:quale|quali|che) (?:ordine|fornitura|servizio|fattura|prestazione|consegna|lavoro|contratto|progetto) (?:si riferisce|si riferiscono|fa riferimento|corrisponde)|"
        r"di cosa si tratta|(?:di|a) (?:quale|quali|che) (?:fattur[ae]|ordine|ordini|importo|importi|servizio|fornitura|pratica|documento|somma|addebito) (?:si tratta|si riferisce|si riferiscono|parlate|state parlando)|(?:per|a fronte di) (?:cosa|che cosa)|(?:spiegar\w*|chiarir\w*|giustificar\w*|motivar\w*|chiariment\w*|spiegazion\w*|delucidazion\w*|precisazion\w*)|"
        r"come (?:e|sono) stat[oaie] (?:calcolat|determinat|conteggiat)[oaie]|"
        r"(?:contratto|preventivo|offerta|conferma d'ordine|ordine firmato|timesheet|rapportini|rapportino|report delle ore)|"
        r"partita iva|p\.?\s?iva|codice fiscale|(?:data di )?scadenza (?:della|delle) fattur[ae]|termini di pagamento|quando scade|quando scadono",
    ),
    "request": (
        r"per (?:favore|cortesia|piacere)|cortesemente|gentilmente|vi prego|la prego|ti prego|vi preghiamo|la preghiamo|si prega|"
        r"potete|potreste|puo|potrebbe|potresti|puoi|vorrei|vorremmo|avremmo bisogno|abbiamo bisogno|ho bisogno|avrei bisogno|"
        r"necessitiamo|necessito|ci serve|ci servono|mi serve|mi servono|ci servirebbe|mi servirebbe|chiediamo|chiedo|richiediamo|richiedo|"
        r"inviateci|mandateci|inviatemi|mandatemi|inoltrateci|fateci sapere|fatemi sapere|mi fa sapere|ci fa sapere|mi fate sapere|ci fate sapere|"
        r"sarebbe possibile|e possibile|saremmo grati|vi saremmo grati|vi sarei grat[oa]|gradiremmo|gradirei|attendiamo|resto in attesa|restiamo in attesa|"
        r"(?:dove|quale|quali|come|cosa|quando|perche|a chi|qual)" + _w(2) + r"(?:posso|possiamo|si|e|sono|trovo|troviamo|dobbiamo|devo|"
        r"va|vanno|risulta|risultano|restano|rimangono|manca|mancano)\b",
        r"[a-z0-9']+\?",  # a question (the word before the mark, so that "aperte?" matches)
    ),
    "ack": (
        r"^\s*(?:ok|okay|va bene|ricevuto|ricevuta|preso nota|prendo nota|grazie|grazie mille|d'accordo|perfetto|certo|si|no|capito|"
        r"bene|ottimo|benissimo|chiaro|tutto chiaro|grazie per l'informazione|grazie della segnalazione)\W*$|"
        r"(?:preso nota|prendo nota|prendiamo nota|abbiamo preso nota|ho preso nota|presa visione)|"
        r"(?:inoltro|inoltrato|inoltrata|inoltrero|inoltreremo|ho girato|giro|girato|girata|passo|ho passato|abbiamo passato|trasmesso|"
        r"trasmetto|ho inoltrato|abbiamo inoltrato|abbiamo girato|giriamo|inoltriamo)" + _w(3) +
        r"(?:a|al|alla|all'|ai|agli|alle|all|amministrazione|contabilita|ufficio|collega|collegh[ie]|responsabile|reparto)\b|"
        r"(?:verifico|verifichiamo|verifichero|verificheremo|controllo|controlliamo|controllero|controlleremo|ci guardo|ci guardiamo|"
        r"vi faro sapere|vi faremo sapere|le faro sapere|le faremo sapere|vi aggiorno|vi aggiorneremo|vi aggiornero|ci informiamo|mi informo|"
        r"vi ricontatto|vi ricontatteremo|analizzeremo|esamineremo|valuteremo|approfondiamo|approfondiremo|faccio le opportune verifiche|"
        r"facciamo le (?:opportune |dovute )?verifiche|ne parlo|ne parliamo|sentiro|sentiamo)",
    ),
    "vague_time": (
        r"presto|a breve|al piu presto|il prima possibile|prima possibile|appena possibile|non appena|quanto prima|"
        r"nei prossimi giorni|nelle prossime settimane|nei prossimi tempi|la prossima settimana|la settimana prossima|settimana prossima|prossima settimana|"
        r"il mese prossimo|mese prossimo|prossimo mese|(?:all')?inizio (?:del |della )?(?:mese|mese prossimo|prossimo mese|prossima settimana|settimana prossima|settimana|anno)|"
        r"(?:ai|nei) primi (?:del mese|di \w+|giorni|del prossimo mese|del mese prossimo)|(?:a|verso) meta (?:mese|del mese|settimana|\w+)|"
        r"in settimana|entro la settimana|questa settimana|questo mese|entro breve|in tempi brevi|a stretto giro|"
        r"(?:tra|fra) (?:qualche|pochi|alcuni) (?:giorni|settimane)|a giorni|"
        r"(?:quando|appena|non appena|dopo che) (?:possibile|avremo|riceveremo|incasseremo|possiamo|potremo|ci sara|ci saranno|ci pagheranno|"
        r"ricevuto|incassato|la situazione|il cliente|i clienti)|al piu tardi|dopo le (?:feste|ferie|vacanze)|dopo natale|dopo l'estate",
    ),
    "partial": (
        r"\bmeta\b|la meta|(?:una )?parte (?:dell'importo|del dovuto|della somma|del saldo|della fattura|del debito|di quanto dovuto)|"
        r"una parte|in parte|parzial\w*|acconto|(?<!in )anticipo|prima rata|primo (?:versamento|pagamento|acconto)|"
        r"\d+ ?%|\d+ per ?cento|(?:un|il) terzo|(?:un|il) quarto",
    ),
    "full": (
        r"(?:l')?intero importo|(?:l')?importo (?:totale|intero|completo|complessivo|pieno)|importo totale|totale dovuto|tutto (?:l'importo|il dovuto|quanto dovuto)|"
        r"per intero|integralmente|interamente|in (?:un'unica|una unica|unica) soluzione|unica soluzione|in toto|il saldo|saldo (?:totale|completo|integrale)|"
        r"tutte le fatture|l'intera (?:somma|fattura|cifra)",
    ),
    "not_before": (
        r"non (?:\w+ )?(?:\w+ )?prima (?:del|di|della|dell'|dello)|non prima|al piu presto (?:il|dal|a partire|da)|non oltre|non piu tardi (?:del|di|della)|"
        r"solo (?:dopo|a partire|dal)|soltanto (?:dopo|a partire|dal)|non (?:\w+ )?(?:\w+ )?(?:fino al|fino a|sino al)",
    ),
    "injection": (
        r"(?:nota|messaggio|istruzion[ei]|avviso) (?:per|all\'|al|alla|a) ?(?:l\'|il |la )?(?:assistente|ia|intelligenza artificiale|sistema|bot|modello|agente)\b[^\n]*|(?:^|\n)\s*(?:sistema|assistente|ia)\s*:[^\n]*",
        r"(?:ignora|ignorate|ignorare|ignori|dimentica|dimenticate|dimenticare|trascura|trascurate|non considerare|non considerate|"
        r"non tenere conto|non tenete conto|scavalca|sovrascrivi)" + _w(3) +
        r"(?:tutte |le |tutte le |ogni |qualsiasi |qualunque |precedenti |tue |vostre |le tue |le vostre )*(?:istruzioni|indicazioni|regole|prompt|"
        r"direttive|comandi|impostazioni)[^\n.!?]*",
        r"(?:segna|segnate|segnare|contrassegna|contrassegnate|registra|registrate|imposta|impostate|chiudi|chiudete|cancella|cancellate|"
        r"elimina|eliminate|archivia|archiviate|annulla|annullate|marca|marcate)" + _w(4) +
        r"(?:come )?(?:pagat[aoie]|saldat[aoie]|chius[aoie]|risolt[aoie]|annullat[aoie]|cancellat[aoie]|eliminat[aoie]|archiviat[aoie]|estint[aoie])\b",
        r"(?:chiudi|chiudete|cancella|cancellate|elimina|eliminate|annulla|annullate|archivia|archiviate)" + _w(2) +
        r"(?:la |il |questa |questo |la nostra |il nostro |ogni |tutti i |tutte le )?(?:pratica|posizione|ticket|debito|account|sollecit[oi]|"
        r"promemoria|procedura|credito|record)\b",
        r"(?:tu )?(?:sei|ora sei|adesso sei|da ora sei) (?:un |una |l')?(?:ia|intelligenza artificiale|assistente|modello|bot|chatbot)\b|"
        r"nuove istruzioni:?[^\n.!?]*|(?:interrompi|interrompete|sospendi|sospendete|ferma|fermate|blocca|bloccate) (?:tutti )?(?:i )?(?:solleciti|promemoria|recupero crediti|invii)",
    ),
}

VOCAB = """
acconto accreditato accredito allegata allegati allegato appena assente assenza attualmente
automatica automatico bancari bancarie bonifici bonifico consegna contabile contestazione
contestiamo coordinate copia danneggiata danneggiati danneggiato dettaglio dicembre difettosa
difettosi difettoso difficolta dilazione disposta disposto domani domenica dopodomani duplicato
effettuare effettuata effettuato effettueremo errata errato eseguito estratto fattura fatture
febbraio ferie gennaio giovedi ignorate importo impossibilitati incompleta incompleto indirizzo
inoltrato inoltro insoddisfatti intendiamo intero istruzioni liquidita lunedi mancante mancanti
martedi mercoledi momentaneamente nota novembre numero ordinato ordine pagamenti pagamento pagare
pagata pagate pagati pagato pagheremo possiamo possibile posticipare precedenti preso presto
previsto procederemo programmato proroga prorogare prossima prossimo provvederemo rateale
rateizzare rateizzazione reclamo referente responsabile ricevere riceverete ricevuta ricevuto
richiamare richiamarmi rientrero rientro rifiutiamo rimessa riusciamo sabato saldare saldata
saldato sbagliata sbagliato scadenza settimana soddisfatti telefonata telefonicamente telefono
totale urgenza urgenze vacanza venerdi versamento
"""

# real words of the language, protected from typo correction towards other languages' cue words
KNOWN = """
abbiamo abbonamento abbuono accesso accettabile accettate accettereste accettiamo accompagnamento
accordi accordo accreditata acquisti acquisto addebitata addebitato addebiti addebito addetto
adesso adiremo adiro affatto aggiornare aggiornata aggiornate aggiornato aggiorneremo aggiornero
aggiorni aggiorno aggiuntivo agli alcuna alcunche alcune alcuni aliquota alla alle allega allegate
alleghiamo allego allo allora allungare alto altra altre altri altro amministrativa amministrative
amministrativo amministrazione ammontare ammortamento anagrafica analizzeremo anche ancora andare
andato andra andranno andrebbe anni anno annulla annullate annullato anomalia anticipo anziche
aperte aperti aperto appare applicato approfondiamo approfondiremo approvazione appunto apribile
aprire archivi archivia archiviate argomenti arrivare arrivata arrivato arrivera arriveranno arrivo
arte articoli artificiale aspettando aspettare aspettatevi aspettiamo assegno assistente assistenza
assolutamente attendendo attendere attendetevi attendiamo attesa attestazione attraversando
automaticamente autorizzare autorizzate autorizzeremo avanti averci avere averlo avermi avesse
aveste avete avevamo avevate avevo avra avrei avremmo avremo avrete avro avuto avvenuta avvenuto
avverra avvocato azienda aziendale bagnato banca bancaria bancario banche basta bene beneficiario
benissimo bisogno blocca bloccate bolla bollettino bonifco bonificato bonificheremo bonifichero
bonifichiamo breve brevi buonasera buongiorno calcolato calcolo calendario calendarizzato calma
cambiare cambiate cambiato cancella cancellate cancellato capiamo capito caricata carico carta
casella casi caso cassa cassetto categoricamente causa cauzionale cellulare centesimo cento
centralino cercheremo cerchero certamente certo cessate chiamaci chiamami chiamarci chiamare
chiamarmi chiamarvi chiamate chiamateci chiamatemi chiamerebbe chiamereste chiami chiaramente
chiarimenti chiarimento chiarire chiaro chiediamo chiedo chiudere chiudete chiudi chiusa chiuso
chiusura ciao ciascuno ciclo cifra cinque cliente clienti codice coincide coincidono collabora
collaboro collega colleghi colli collo colpo comandi come commerciale commercialista commessa
comparire compete competenza complessiva complessivo completa completamento completo complicata
complicato componenti compreso comunicazione comunicazioni comunichiamo comunico comunque concede
concederci concedere concedereste concedermi concedete concedeteci concordare concordato condizione
condizioni conferma confermarci confermare confermate confermateci confermiamo confermo conforme
conformi confrontarci congedo connessione conosco consegnata consegnate consegnati consegnato
consegne consentite considerare considerate consulenza contabili contabilita contanti contare
contattarci contattare contattarmi contattate contattato contattera contatteremo contattero
contatti contatto conteggi conteggiato conteggio contestare contestata contestate contestati
contestato contestazioni contesto conti contiamo conto contrassegna contrassegnate contratti
contratto controllate controlleremo controllero controlliamo controllo copertura copie coprire
cordiali cordialmente correggere correggete corrente corretta correttamente corrette corretti
corretto correzione corrisponde corrispondenza corrispondono corso cortesemente cortesia cosa costi
crediti credito creditoria crisi critica critico dalla danneggiate darci dare daremo dareste darmi
daro data date dateci dati dato debito debitoria deciso definitivamente degli della delle dello
delucidazioni denaro deposito desidera desiderate desideriamo destinatario detta dettagli deve devo
devono diamo dieci difetti difetto difettose differenza difficile dilazionare dimentica dimenticare
dimenticate dipendente direttamente direttive diretto direttore direttrice disconosciamo
discrepanza discutere discuterne disdettato disdetto dispongo disponiamo disponibile disponibilita
disporre disporremo disporro disposizione disposte disposti disservizi disservizio distinta
distinti disturbarci ditta diversi diverso dividere dobbiamo documenti documento dodici domanda
domande dominio dopo doppia doppio doppione dove dovesse dovessero dovessi dovete dovrebbe
dovrebbero dovrei dovremmo dovremo dovreste dovute dovuto dubbi dunque durante economica economici
effetto effettuate effettuati effettuero effettuiamo egregi egregio elementi elenco elettronica
elimina eliminate emergenza emergenze emettere emetteremo emetterete emettete emissione entro erano
errate errati erroneamente errore errori esamineremo esecuzione eseguire eseguiremo eseguiro
eseguita eseguite eseguiti esempio esitare esitate esiti esito essere estate estendere estinzione
estiva estive estratti estremi euro eventuali eventualmente evidenza fabbricazione faccia facciamo
faccio fanno farci fare faremo farmi faro fase fate fateci fatemi fatto fatturate fatturato
fatturazione favore ferma fermate feste festivita finanziari finanziaria finanziarie finche fine
fino fintanto firmato fiscale fissa fissato flusso fondi forma formato formazione forme fornitore
fornitori fornitura forniture forza fosse fossero foto frazionamento frazionare frazionato fronte
funziona funzionano funzionare fuori furono future futuro garanzia generato gentile gentili
gentilmente gestira gestisce gestisco giornata giorni giorno girarci girare girarmi girata girato
giriamo giro giungera giungeranno gradirei gradiremmo grado grati grazie gruppo guardiamo guardo
guasta guasti guasto hanno ieri ignora ignorare ignori illeggibile immediato impegnamo impegniamo
impegno impiega imponibile importanti importi importunarci impossibile imposta impostate
impostazioni impresa inadeguato incarico incassato incasseremo incassi incasso incongruenza
indicarcelo indicarmi indicazioni indietro indirizzare indirizzate infatti info informazione
informazioni informiamo informo inizio innanzi inoltrarci inoltrare inoltrarmi inoltrata inoltrate
inoltrateci inoltratemi inoltre inoltreremo inoltrero inoltriamo inserita inserito insistete
insolute insoluti installazione insufficienti integrale integralmente integrazione intelligenza
intendo intenzione intera interamente interbancari interlocutore internamente interno interrompete
interrompi interventi intervento intestata intestatario intestazione inutilizzabile invece inviamo
inviarci inviare inviarmi inviata inviate inviateci inviatemi inviati inviato invieremo invierete
inviero invii invio lanceremo lasciate lasciateci lasciato lavora lavorano lavorativi lavorazione
lavori lavoro legale legali leggere leggibile limitato liquidata liquidato liquidazione liquideremo
liquidero liquidiamo lista listino loro lotto maggiore maggiori malattia male manca mancano
mancanza mancava mancavano mandarci mandare mandarmi mandate mandateci mandatemi mandato manderemo
mandero mandi mandiamo mando manutenzione marca marcate margine materiale maternita mattina
mattinata mediante meglio mensile mensili mensilita mensilmente mentre merce merci merito mese mesi
messaggio messo meta metade metodi metodo metteremo mezzi mezzo milano mille modalita modello
modificare modificate modifichi modo molto momento monitorata montaggio natale natalizia natalizie
neanche necessario necessita necessitiamo necessito neghiamo negli nella nelle nemmeno neppure
nessuna nessuno niente nome norma nostra nostre nostri nostro note nulla nuova nuovamente nuove
nuovi nuovo occorre occorrenza occorresse occorrono occupa occupera occupo odierna offerta offerte
office oggetto oggi ogni oltre onoreremo operatore operazione opportune oppure ordinata ordinazione
ordini originale ottimo ovviamente paga pagamneto pagarla pagarle pagarli pagarlo pagarvi pagero
paghera pagheranno pagheremmo paghero paghi paghiamo pago pagopa paolo parcella parlando parlare
parlarle parlarne parlarvi parlate parliamo parliamone parlo parte partenza parti partira partire
partita partitario partite partito parziale parziali passato passo paternita pattuito pazientare
pazienza peggio pensiamo pensione penso perche perdere perfetto periodo permettete pero persona
pertanto pervenuta pervenuto pessima pessimo pezzi piacere pianificato piano pieno pochi pochino
poco pomeriggio portate posizione posizioni possibilita posso posta posto potete potra potranno
potrebbe potrei potremmo potremo potreste potresti potrete potro pratica pratiche precisazioni
predisporre predisporremo preferiamo preferirei preferisce preferite preferito prega preghiamo
prego premio prendiamo prendo prenotazione presa presentato presente presso prestazione prestazioni
presumibilmente prevediamo prevedo preventivi preventivo prevista previste previsti prezzi prezzo
prima primi primo priva privo problema problemi procedera procederanno procedere procedero
procediamo procedura prodotti prodotto progetto programma programmare programmata programmeremo
prolungare promemoria promesso proponiamo proprio prorogarci prorogato prospetto prossime prossimi
protocollo prova provvedera provvederanno provvedere provvedero provvediamo provveduto pulizia
punto puoi purtroppo quadratura qualche qualcosa qualcuno quale quali qualita qualora qualsiasi
qualunque quando quantita quanto quarto quattro quella quelle quelli quello questa queste questi
questione questioni questo quietanza quindi quindici quota raggiungerci raggiungere raggiungermi
raggiungibile rapportini rapportino rata rate rateazione rateizzata rateizzato recapiti recapito
reclamazione reclami recupero registra registrate registri regola regolare regolarizzare
regolarizzata regolarizzato regolarizzeremo regolarizzero regolarizziamo regolarmente regole
reinviare reinvio relativa relative relativi relativo reparto reperibile resa residuo reso
respingere respingiamo respiro resta restano restante restera resteranno restero restiamo
restituito resto rettificata revocato riaccredito riapriremo riassunto riba ribasso ricambi
ricevera riceverai riceveremo riceviamo ricevute ricevuti ricezione richiamarci richiede
richiediamo richiedo richiesta richieste richiesto riconciliare riconciliazione riconosciamo
ricontattato ricontatteremo ricontattero ricontatto ricopre ricopro rientreremo riepilogo riesco
riferimento riferisce riferiscono rifiuto riguardo rimandare rimandateci rimandatemi rimanente
rimanenza rimango rimangono rimaniamo rimarra rimarranno rimasto rimborseremo rimborso ringraziamo
ringrazio rinviateci rinviatemi rinvio riparazione riparazioni ripartire riporta riportare
riprendero riscontro riserviamo risolto risoluzione risorse rispedita rispetto rispondera
rispondere risponderemo rispondero risposta risposte ristampa risulta risultano risultare risultera
risulteranno ritardo ritelefonarmi ritenete ritiene ritornero ritorno ritroverete riusciremo
riusciro rivedremo rivolgeremo rivolgero rivolgersi rivolgervi roma rotta rotte rotti rotto rubrica
ruolo saldarla saldarlo saldate saldati saldera salderanno salderemo saldero saldi saldiamo saldo
saluti salve sapere sara saranno sarebbe sarei saremmo saremo saro sbagliate sbagliati sbaglio
scade scadente scadenze scadono scaduta scadute scaduto scaglionamento scaglionare scaglionato
scansione scaricare scarsa scavalca scelto scheda schede schedulato sconti sconto scorsa scorso
scritto scrivera scriverci scrivere scriverete scrivete scrivo scusa scusate scusi scusiamo secco
seconda secondo sede segna segnalazione segnaliamo segnare segnate segreteria segue seguente
seguenti seguira seguito seguo sembra sempre sentiamo sentirci sentiro sentirvi senza sera serve
servirebbe servisse servissero servizi servizio servono settimanali settimanalmente settimane siamo
signora signori sino situazione smesso smettete smettetela smettila societa solamente soldi soldo
solleciti sollecito solo soltanto soluzione soluzioni somma somme sono sospendete sospendi sospesa
sospeso sostituzione sotto sovrascrivi spedirci spedire spedirmi spedizione speriamo spero spetta
spettabile spettano spezzare spiegarci spiegazione spiegazioni sporto spostare squillo stabilito
stamattina stasera stata state stati stato stessa stesso stiamo storno stretto strumenti studio
subentrera subito successivamente successore suddetta suddividere suddivisione sulla sullo
supplementare svolto tale tanto tardi tariffa tecnici tecnico telefonaci telefonami telefonarci
telefonarmi telefonate telefonateci telefonatemi telefoni telefonico tempi tempo temporaneamente
tenere tenete tensione tensioni tenuti tenuto termine termini terza terzo titolare tolleranza torna
tornano tornata tornero traccia tramite tranche trascura trascurate trasferta trasmesso
trasmetterci trasmettere trasmettermi trasmettete trasmettiamo trasmetto trasporto tratta trattasi
tribunale trimestrali troppo trova trovare trovate troverete troviamo trovo tuttavia tutte tutti
tutto uffici ufficio ulteriore ulteriori unica univoco urgente urgenti usare usate uscita
utilizzare utilizzate vacanze valuta valuteremo vanno vano variare variate varie vedere vediamo
vedra vedrete vengono venne vennero verificando verificate verifiche verificheremo verifichero
verifichiamo verifico verra verranno versamenti versare versarvi versata versato verseremo versero
versiamo versione verso viaggio viene visibile visibili visione voce voci vogliamo voglio vogliono
volete volta volte vorrei vorremmo vostra vostre vostri vostro vuole
"""
