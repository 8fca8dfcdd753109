"""German cues (normalized text: lower case, umlauts folded "ä" -> "a", "ß" -> "ss").

Patterns are written here with the umlauts and "ß" as a German writes them; `_de` turns them
into what normalization leaves of both spellings ("ü" -> "u" and the "ue" of keyboards without
umlauts), so "Rückruf", "Rueckruf" and "Ruckruf" all match ``r(?:u|ue)ckruf``. German glues
words together: many cues match a word part inside a compound ("Ratenzahlung",
"Teillieferung", "Zahlungsaufschub") through ``\\w*`` on either side.
"""

from __future__ import annotations

from agent.brain.understand.lexicon_common import g

_FOLD = {"ä": "(?:a|ae)", "ö": "(?:o|oe)", "ü": "(?:u|ue)", "ß": "ss"}


def _g(n: int) -> str:
    """A gap of 0..n words, a comma after the word before it allowed ("Absicht, diesen ...")."""
    return ",?" + g(n)


def _de(pattern: str) -> str:
    for k, v in _FOLD.items():
        pattern = pattern.replace(k, v)
    return pattern


# paying, infinitive / present ("wir werden ... überweisen", "wir zahlen am ...")
_PAYV = (r"(?:zahlen|zahle|bezahlen|bezahle|begleichen|begleiche|überweisen|überweise|"
         r"anweisen|ausgleichen|einzahlen|tätigen|leisten|veranlassen|veranlasse|freigeben|"
         r"durchführen|ausführen|vornehmen|erledigen|abbuchen|einziehen|auszahlen|anstoßen|"
         r"in auftrag geben|in die wege leiten)")
# paid, participles ("wir haben ... überwiesen", "wurde ... beglichen")
_PAYED = (r"(?:bezahlt|gezahlt|beglichen|überwiesen|ausgeglichen|angewiesen|eingezahlt|"
          r"getätigt|geleistet|veranlasst|ausgeführt|durchgeführt|freigegeben|abgebucht|"
          r"abgeschickt|rausgeschickt|versandt|versendet|erledigt|erfolgt|vorgenommen|"
          r"beauftragt|angestoßen|eingezogen|rausgegangen|herausgegangen|in auftrag gegeben|"
          r"losgeschickt|eingereicht|abgewickelt|ausgelöst|auf den weg gebracht)")
_PAYOBJ = (r"(?:\w*zahlung\w*|\w*überweisung\w*|betrag|beträge|restbetrag|gesamtbetrag|"
           r"rechnung\w*|geld|summe|saldo|forderung|begleichung|ausgleich|überweisungsauftrag)")
_GOODS = (r"(?:ware|lieferung\w*|\w*lieferung|bestellung|sendung|paket|pakete|artikel|"
          r"teile|teil|produkt|produkte|material|materialien|gerät|geräte|maschine|maschinen|"
          r"palette|paletten|positionen|position|ersatzteile|komponenten|lieferumfang|"
          r"auftrag|bauteile|muster|karton|kartons|einzelteile|zubehör)")
_INVOICE = r"(?:rechnung\w*|\w*rechnung|faktura|gutschrift|abrechnung)"
_LATER = (r"(?:später|nächste\w*|kommende\w*|folgt|folgen|folgenden|ende|am|bis|im|in|nach|innerhalb|"
          r"sobald|anfang|mitte|danach|dann|morgen|übermorgen|zum)\b")
# a gap of up to 8 words that does not turn into a question ("wir möchten wissen, wie wir zahlen")
_GX = r",?(?:\s+(?!(?:wie|wo|wohin|welche\w*|ob|wann|warum|wieso|was)\b)\S+){0,8}?\s+"
_NEG = r"(?:nie|niemals|nicht|bis heute nicht|noch nicht|immer noch nicht|noch immer nicht|nie mehr|keine|keinen|keinerlei)"

_CUES: dict[str, tuple[str, ...]] = {
    "dispute": (
        # already credited: "Sie haben uns bereits eine Gutschrift geschickt"
        r"bereits" + _g(4) + r"gutschrift\w*" + _g(4) + r"(?:erhalten|ausgestellt|erteilt|geschickt|gesendet|übermittelt|uebermittelt)|"
        r"bereits storniert",
        r"doppelt (?:berechnet|in rechnung gestellt|abgerechnet|fakturiert|belastet)|doppelte (?:rechnung|berechnung|abrechnung)|(?:ist|sind) (?:eine )?dublette",
        r"(?:akzeptieren|anerkennen|erkennen)" + _g(4) + r"(?:rechnung|rechnungsbetrag|betrag|forderung|rechnungssumme|position\w*)" + _g(1) + r"(?:nicht|keinesfalls)\b|(?:leistung|ware|lieferung|arbeit|auftrag)\w*" + _g(3) + r"nur (?:teilweise|zur hälfte|zum teil|unvollständig) (?:erbracht|geliefert|ausgeführt|erledigt)",
        # damaged / defective goods
        r"\w*beschädig\w*|\w*defekt\w*|kaputt\w*|mangelhaft\w*|fehlerhaft\w*|zerbrochen\w*|"
        r"kratzer|(?:eine|einer|mit|viele|zwei|drei|grosse|kleine) dellen?|risse|riss|eingerissen|gerissen|rostig|verrostet|zerkratzt|verkratzt|gebrochen|verbeult|durchnässt|verschmutzt|unbrauchbar\w*|"
        r"nicht funktionsfähig|funktionier\w* (?:immer noch |noch immer |leider |überhaupt |gar )?nicht|"
        r"(?:transport|bruch|wasser|lack|material|qualitäts)schäden|"
        r"(?:transport|bruch|wasser|lack|material|qualitäts)schaden|maengel\w*|mängelrüge|"
        r"mängelanzeige|mangelrüge|(?:qualitäts|sach|material|verarbeitungs|rechts)mängel|"
        r"(?:erhebliche|gravierende|diverse|folgende|zahlreiche|mehrere|einige|massive|"
        r"offensichtliche|technische|sichtbare)n? mängel|"
        r"mängel (?:an|in|bei|der|des|am|festgestellt|aufgetreten|vorhanden|beseitigt|behoben)|"
        r"(?:schlechte|mangelnde|minderwertige|unzureichende|miserable|mangelhafte) (?:qualität|ausführung|verarbeitung|leistung|arbeit)|"
        r"nicht (?:wie|so wie) (?:bestellt|vereinbart|beschrieben|angeboten|besprochen|beauftragt)|"
        r"nicht (?:der|dem) (?:bestellung|vereinbarung|beschreibung|auftrag|angebot) entspr\w*|"
        r"entspricht nicht (?:der|dem|den) (?:bestellung|vereinbarung|beschreibung|auftrag|angebot|vertrag)",
        # wrong / missing items, incomplete delivery
        r"(?:falsch|falsche|falschen|falscher|fehlende|fehlenden)" + _g(1) + r"(?:ware|waren|artikel|teile|produkte|menge|mengen|"
        r"modelle?|größen?|farben?|lieferung|positionen|stückzahl|geräte?)|"
        r"nur (?:\d+|die hälfte|einen teil) (?:von|statt|anstatt|der|anstelle von) (?:\d+|den bestellten|der bestellten)" + _g(3) + r"(?:erhalten|geliefert|bekommen|angekommen)|"
        r"(?:bitte um|bitten um|erwarten|warten auf|fordern|verlangen|bestehen auf)" + _g(2) + r"(?:nachlieferung|ersatzlieferung|nachbesserung|korrektur der rechnung|"
        r"rechnungskorrektur|ersatz|austausch|umtausch|rücknahme|reparatur|minderung|preisminderung)|"
        r"falsch geliefert|falschlieferung|fehllieferung|fehlmenge\w*|minderlieferung|"
        r"unvollständig\w*|nicht vollständig|teillieferung\w*|nur teilweise (?:geliefert|erhalten|ausgeführt|erbracht)|"
        r"(?:zu wenig|weniger als bestellt|nur die hälfte|nur einen teil|nur ein teil)" + _g(3) + r"(?:geliefert|erhalten|bekommen|angekommen)|"
        r"(?:es )?(?:fehlen|fehlt|fehlten)" + _g(3) + r"(?:artikel|teile|positionen|stück|kartons?|pakete?|paletten?|"
        r"produkte|komponenten|zubehör|ware|einzelteile|lieferscheine?|mengen?)|"
        r"(?:artikel|teile|positionen|stück|kartons?|pakete?|paletten?|produkte|komponenten|zubehör|ware) (?:fehlen|fehlt|fehlten)",
        # goods never arrived
        _GOODS + _g(5) + _NEG + _g(2) + r"(?:angekommen|geliefert|erhalten|eingetroffen|zugestellt|bekommen|eingegangen|vollständig)\b",
        _NEG + _g(3) + _GOODS + _g(3) + r"(?:angekommen|geliefert|erhalten|eingetroffen|zugestellt|bekommen|eingegangen)\b|"
        r"(?:nie|nicht|noch nicht) geliefert|nichtlieferung|ausgebliebene\w* lieferung|lieferung (?:ist )?ausgeblieben",
        # invoice never received
        _INVOICE + _g(5) + _NEG + _g(2) + r"(?:erhalten|bekommen|zugegangen|zugestellt|angekommen|gesehen|eingegangen|vorliegen|vorliegt)\b",
        _NEG + _g(3) + _INVOICE + _g(4) + r"(?:erhalten|bekommen|zugegangen|zugestellt|angekommen|gesehen|eingegangen|vorliegen|vorliegt)\b",
        _INVOICE + _g(2) + r"(?:liegt|lag|liegen|lagen)" + _g(2) + _NEG + _g(1) + r"vor\b|"
        r"(?:liegt|lag|liegen) (?:uns|mir)" + _g(1) + r"(?:keine|keinerlei|nie eine|nicht) " + _INVOICE + r"|"
        r"(?:uns|mir) (?:liegt|liegen|lag|lagen) (?:bis heute |leider |noch )?(?:keine|keinerlei|nie eine) " + _INVOICE + r"|"
        r"(?:uns|mir) (?:ist|sind) " + _g(2) + r"(?:rechnung\w*|\w*rechnung) (?:nicht |nie )?bekannt|"
        r"(?:keine|keinerlei) (?:rechnung|unterlagen|belege) (?:bekommen|erhalten|vorliegen)|"
        r"(?:kennen|erkennen) (?:wir |ich )?(?:diese|die|ihre)" + _g(1) + r"(?:rechnung|forderung|position|positionen|betrag) nicht|"
        r"(?:nicht|nie) (?:an uns|für uns|unsere|unser) (?:gerichtet|adressiert|bestimmt)|falsche\w* (?:empfänger|firma|kunde|adressat)",
        # the invoice / amount is wrong
        r"(?:rechnung\w*|\w*rechnung|betrag|beträge|\w*betrag|preis\w*|summe|berechnung|abrechnung|menge|mengen|mwst|"
        r"mehrwertsteuer|umsatzsteuer|ust|stunden\w*|positionen|position|die zahlen|konditionen|rabatt|skonto|"
        r"kosten|gebühren|gebühr|tarif|stundensatz|stundensätze|rechnungsbetrag|gesamtbetrag|endbetrag|"
        r"aufstellung|forderung)" + _g(4) + r"(?:falsch|fehlerhaft|nicht korrekt|nicht richtig|inkorrekt|zu hoch|"
        r"überhöht|(?:stimmt|stimmen|stimmte|stimmten)(?: \w+){0,2} nicht|weicht ab|weichen ab|"
        r"nicht nachvollziehbar|unrichtig|nicht vereinbart|nicht wie vereinbart|passt nicht|passen nicht|"
        r"entspricht nicht|entsprechen nicht|höher als (?:vereinbart|angeboten|besprochen|im angebot)|"
        r"doppelt|unberechtigt|nicht berechtigt|nicht gerechtfertigt|ungerechtfertigt|nicht abgesprochen|"
        r"nicht korrekt berechnet|falsch berechnet|falsch ausgestellt|nicht in ordnung)",
        r"(?:falsch|falsche|falschen|falscher|fehlerhafte|fehlerhaften|überhöhte|überhöhten|doppelte|doppelten|"
        r"unrichtige|strittige|strittigen|unberechtigte|unberechtigten|zu hohe|zu hohen|doppelt gestellte|nicht vereinbarte)" + _g(1) + r"(?:rechnung\w*|betrag|beträge|preis\w*|"
        r"berechnung|abrechnung|menge|mengen|summe|mwst|positionen?|forderung|stunden\w*|kosten|gebühren?|rechnungsstellung)|"
        r"\w*fehlberechnung|falschberechnung|doppelberechnung|doppelfakturierung|doppelt (?:berechnet|abgerechnet|fakturiert|in rechnung gestellt|belastet)|"
        r"zu ?viel (?:berechnet|abgerechnet|in rechnung gestellt|verlangt)|zweimal (?:berechnet|abgerechnet|in rechnung gestellt|fakturiert)|"
        r"bereits (?:berechnet|abgerechnet|fakturiert|in rechnung gestellt)|überberechnet|"
        r"rechnungsfehler|abrechnungsfehler|berechnungsfehler|(?:fehler|irrtum|unstimmigkeit\w*|diskrepanz\w*|differenz\w*)" + _g(2) + r"(?:in|auf|bei|im|in der)" + _g(2) + r"(?:rechnung|berechnung|abrechnung|betrag|preis|summe|aufstellung)",
        # credit note / discount / deposit not applied
        r"gutschrift\w*" + _g(4) + r"(?:fehlt|fehlen|steht aus|aus\b|ausstehend|noch nicht|nicht|nie|zugesagt|vereinbart|versprochen|angekündigt)|"
        r"(?:warten|wartet|warte|erwarten|benötigen|brauchen|fehlt|fehlende|ausstehende|zugesagte|vereinbarte|versprochene|"
        r"angekündigte|noch offene|bitte um|bitten um|um eine|senden sie uns|stellen sie uns)" + _g(4) + r"(?:gutschrift\w*|rechnungskorrektur|korrigierte\w* rechnung|"
        r"berichtigte\w* rechnung|stornorechnung|rückerstattung|erstattung|korrekturrechnung)",
        r"(?:skonto|rabatt|nachlass|preisnachlass|anzahlung|abschlag|abschlagszahlung|vorauszahlung|rückvergütung|bonus|gutschrift)" + _g(4) + r"(?:nicht|nie)" + _g(2) + r"(?:berücksichtigt|abgezogen|verrechnet|angerechnet|eingerechnet|gutgeschrieben)",
        # service not performed
        r"(?:leistung\w*|\w*leistung|arbeiten|arbeit|montage|installation|reparatur|wartung|service|dienstleistung|auftrag|"
        r"projekt|schulung|beratung|einbau|reinigung|lieferung)" + _g(5) + r"(?:nicht|nie|nur teilweise|unvollständig|nicht vollständig|"
        r"nicht ordnungsgemäß|nicht fachgerecht|mangelhaft|noch nicht)" + _g(2) + r"(?:erbracht|ausgeführt|durchgeführt|erledigt|"
        r"abgeschlossen|fertiggestellt|geleistet|beendet|erfolgt|vollendet|abgenommen)",
        r"nicht erbrachte\w* (?:leistung\w*|arbeiten)|(?:nicht|nie) (?:erbracht|abgenommen)|"
        r"(?:arbeiten|arbeit|montage|installation|reparatur|leistung) (?:ist|sind|war|waren) (?:noch )?(?:nicht|nie) (?:fertig|abgeschlossen|beendet)",
        # complaint, contesting, not ordered, returned, cancelled
        r"reklamation\w*|\w*reklamier\w*|beanstand\w*|beschwerde\w*|unzufrieden\w*|nicht zufrieden|"
        r"widerspruch|widersprechen|widerspreche|bestreiten|bestreite|bestritten|anfechten|"
        r"(?:erkennen|akzeptieren)" + _g(3) + r"nicht an|nicht anerkannt|"
        r"(?:nicht|nie|niemals|nichts|nie etwas) (?:bestellt|beauftragt|unterschrieben|unterzeichnet|vereinbart|angefordert|genehmigt|bestätigt)|"
        r"(?:keine|keinen|nie eine|nie einen) (?:bestellung|auftrag)" + _g(4) + r"(?:aufgegeben|erteilt|getätigt|platziert|gemacht|bestellt)|"
        r"(?:garantie|gewährleistung)\w*|kulanz\w*|zurückbehaltung\w*|"
        r"(?:haben|hatten|wurde|wurden|ist|sind|habe)" + _g(4) + r"(?:zurückgeschickt|zurückgesandt|zurückgesendet|retourniert|zurückgegeben|storniert|gekündigt|widerrufen)|"
        r"retoure\w*|rücksendung\w*|storniert\w*|stornierung|gekündigt\w*|widerrufen|rücktritt",
        r"(?:erst nach|erst wenn|erst sobald|sobald|solange|bis)" + _g(6) + r"(?:gutschrift|korrigiert\w*|korrektur|behoben|behebung|"
        r"reparatur|klärung|mängelbeseitigung|austausch|ersatz|fehlerbehebung|"
        r"repariert|ersetzt|ausgetauscht|nachgeliefert|nachlieferung|geklärt|berichtigt|nachgebessert|nachbesserung|"
        r"ersatzlieferung|beseitigt|vollständig geliefert)",
        r"(?:schulden|schulde)" + _g(4) + r"(?:nichts|nicht)" + _g(5) + r"(?:weil|da|denn)|"
        r"(?:berechnet|abgerechnet|in rechnung gestellt|fakturiert|verrechnet|angesetzt)" + _g(6) + r"(?:tatsächlich|obwohl|während|lediglich|"
        r"statt|anstatt|anstelle|richtig wären|korrekt wären|aber nur|jedoch nur|es waren nur|waren es nur)|"
        r"(?:bitte|bitten|wir bitten um|bitte um)" + _g(4) + r"(?:korrigieren|korrektur|berichtigen|berichtigung|stornieren|gutschreiben)|"
        r"korrigieren sie" + _g(2) + r"(?:rechnung|betrag|abrechnung)|"
        r"(?:rechnung\w*|\w*rechnung|abrechnung)" + _g(2) + r"(?:hat|enthält|weist)" + _g(2) + r"(?:fehler|unstimmigkeit\w*|fehlbetrag)|"
        r"(?:rabatt|skonto|nachlass|preisnachlass|gutschrift|anzahlung|bonus|vereinbarte\w* (?:rabatt|preis))" + _g(3) + r"(?:fehlt|fehlen|fehlte)\b|"
        r"(?:fehlt|fehlen|fehlte)" + _g(3) + r"(?:rabatt|skonto|nachlass|preisnachlass|gutschrift|anzahlung)|"
        r"(?:software|system|gerät|maschine|anlage|programm|drucker|lizenz|app|server|produkt|geräte|maschinen|heizung|pumpe)" + _g(5) +
        r"(?:läuft|laufen|lief|funktioniert|funktionieren|startet|geht|gehen|arbeitet)" + _g(4) + r"(?:nicht|nie)\b|"
        r"(?:preis|betrag|angebot)" + _g(3) + r"(?:vereinbart|angeboten|besprochen)" + _g(3) + r"(?:war|ist|lag)" + _g(2) + r"(?:niedriger|geringer|anders|weniger)",
        r"(?:preis|stückpreis|einzelpreis|betrag|summe|stundensatz|tagessatz|rechnungsbetrag|gesamtbetrag)\w*" + _g(4) +
        r"(?:sollte|sollten|müsste|müssten|hätte|hätten|war|lag)" + _g(4) + r"(?:sein|betragen|liegen|kosten|gewesen)\b" + _g(2) + r"(?:nicht|statt|anstatt)",
    ),
    "refusal": (
        # formal: "dass eine Zahlung nicht erfolgen wird", "es werden keine Zahlungen geleistet"
        r"zahlung(?:en)?(?: wird| werden)? nicht (?:erfolgen|geleistet|vorgenommen)|"
        r"(?:wird|werden) keine zahlung(?:en)? (?:erfolgen|geleistet|leisten|vorgenommen)|"
        r"keine zahlung(?:en)? (?:leisten|vornehmen) (?:wird|werden)",
        r"(?:zahlung|überweisung|begleichung|bezahlung) (?:wird|werden) (?:es )?(?:nicht|nie|niemals|keinesfalls) (?:erfolgen|geleistet werden|stattfinden|vorgenommen werden)|(?:lehnen|lehne)" + _g(3) + r"(?:zahlung|forderung|rechnung|begleichung|bezahlung)" + _g(4) + r"ab\b",
        r"(?:entschieden|beschlossen|entschlossen|entscheidung getroffen)" + _g(5) + r"nicht" + _g(1) + r"(?:zu )?(?:zahlen|bezahlen|begleichen|überweisen|ausgleichen)\b",
        r"(?:werden|wird|werde|wollen|möchten)" + _g(4) + r"(?:nicht|nie|niemals|keinesfalls|auf keinen fall|keinen cent|keinen euro|"
        r"unter keinen umständen|in keinem fall)" + _g(4) + r"(?:zahlen|bezahlen|begleichen|überweisen|ausgleichen)\b",
        r"(?:zahlen|bezahlen|begleichen|überweisen|zahle|bezahle|begleiche|überweise)" + _g(3) +
        r"(?:nicht|nichts|nie|niemals|keinen cent|keinen euro|keinesfalls|auf keinen fall|in keinem fall|unter keinen umständen)\b",
        r"nicht (?:vor|früher als|bevor)" + _g(4) + r"(?:zahlen|bezahlen|begleichen|überweisen|ausgleichen)\b",
        r"verweiger\w*" + _g(3) + r"(?:zahlung|begleichung|bezahlung|ausgleich|überweisung)|"
        r"(?:zahlung|begleichung|bezahlung)" + _g(3) + r"verweiger\w*|zahlungsverweigerung|"
        r"(?:keine|keinen|keinerlei|nicht die) (?:absicht|veranlassung|bereitschaft|zahlungspflicht|verpflichtung|grund)" + _g(4) + r"(?:zu )?(?:zahlen|bezahlen|begleichen|zahlung)|"
        r"nicht (?:bereit|gewillt|gewillt|vor)" + _g(4) + r"(?:zu )?(?:zahlen|bezahlen|begleichen|überweisen)|"
        r"(?:lehnen|lehne)" + _g(3) + r"(?:zahlung|forderung|rechnung|begleichung|bezahlung) ab|"
        r"(?:zahlung|forderung|rechnung) (?:wird |ist )?abgelehnt|"
        r"keinen (?:cent|euro|pfennig|franken)|(?:gibt es|bekommen sie|sehen sie) (?:von uns )?kein geld|(?:wir|ich) schulde\w* (?:ihnen )?(?:gar )?nichts|nichts (?:schuldig|offen)|"
        r"(?:vor gericht|verklagen sie|klagen sie)|"
        r"(?:hören|hört) sie auf" + _g(3) + r"(?:schreiben|mahnen|senden|kontaktieren|belästigen|anrufen)|"
        r"(?:unterlassen sie|stellen sie)" + _g(3) + r"(?:mahnungen|schreiben|kontaktaufnahme|belästigung) (?:ein)?|"
        r"nicht (?:unser|mein) (?:problem|schuld|sache|bier)|(?:halten|halte) (?:die |unsere )?zahlung\w* zurück",
    ),
    "cant_pay": (
        r"(?:können|kann|könnten|konnten|konnte|sind|bin|ist|sehen uns|sehe mich)" + _g(4) + r"(?:nicht|keine)" + _g(3) + r"(?:zahlen|bezahlen|begleichen|überweisen|leisten|aufbringen|in der lage|imstande|zahlung leisten)\b",
        r"(?:nicht|kaum) in der lage|außerstande|ausserstande|zahlungsunfähig\w*|insolven\w*|"
        r"(?:kein|keine|keinen) (?:geld|mittel|liquidität|budget|finanziellen mittel)|"
        r"(?:fehlen|fehlt) (?:uns |mir )?(?:derzeit |aktuell |momentan |leider )?(?:die |das )?(?:mittel|gelder|geld|liquidität)|"
        r"nicht genug (?:geld|mittel|liquidität)|(?:nicht|kaum) leisten|unmöglich" + _g(3) + r"(?:zu )?(?:zahlen|bezahlen|begleichen)|"
        r"(?:keine|keinerlei) zahlung" + _g(2) + r"(?:leisten|vornehmen|tätigen|möglich)",
    ),
    "hardship": (
        r"derzeit|zurzeit|zur zeit|momentan|aktuell|im moment|gerade|vorübergehend|vorerst|diesen monat|"
        r"diese woche|noch nicht|\w*liquidität\w*|\w*engpass\w*|\w*engpässe\w*|finanzielle\w* (?:schwierigkeiten|probleme|lage|situation|sorgen)|"
        r"schwierige\w* (?:lage|zeit|situation|phase|wirtschaftliche)|wirtschaftlich\w* (?:schwierig\w*|lage|situation)|"
        r"zahlungsschwierigkeit\w*|knapp|angespannt\w*|kurzarbeit|umsatzeinbr\w*|auftragsflaute|"
        r"(?:unsere|unser) (?:kunden?|auftraggeber) (?:zahlen|zahlt|haben|hat)|bis|vor|erst",
    ),
    "plan": (
        r"\w*ratenzahlung\w*|ratenweise|\w*ratenplan|\w*ratenvereinbarung|monatsrate\w*|"
        r"in (?:\w+ )?(?:monatlichen |wöchentlichen |gleichen |kleinen |kleineren |gleich hohen )?raten\b|"
        r"(?:monatliche|monatlichen|wöchentliche|gleiche|kleine|kleinere|zwei|drei|vier|fünf|sechs|\d+) raten\b|"
        r"(?:in|per|mit) teilzahlungen|teilzahlungen|(?:teilzahlung|abschlagszahlung)\w* (?:möglich|vereinbaren|anbieten|gewähren|einräumen|beantragen|akzeptieren|zulassen)|"
        r"um (?:eine )?(?:teilzahlung|abschlagszahlungen)|zahlungsplan\w*|tilgungsplan\w*|abzahlungsplan|"
        r"\w*abzahlen|abstottern|in (?:teilbeträgen|tranchen|etappen|teilen|raten|stufen|mehreren (?:schritten|zahlungen|teilen|beträgen))|"
        r"(?:aufteilen|aufzuteilen|aufgeteilt|verteilen|zu verteilen|splitten|stückeln|strecken|zu strecken)|"
        r"(?:monatlich|wöchentlich|pro monat|je monat|jeden monat|im monat)" + _g(3) + r"(?:zahlen|bezahlen|überweisen|abzahlen|begleichen|\d+)|"
        r"(?:zahlen|bezahlen|überweisen|begleichen|abzahlen)" + _g(3) + r"(?:monatlich|wöchentlich|pro monat|je monat|jeden monat|im monat)\b|"
        r"(?:\d+|zwei|drei|vier|fünf|sechs|mehrere|mehreren)" + _g(1) + r"(?:monatliche|monatlichen|wöchentliche|gleiche|gleichen|kleinere|kleineren)?\s?"
        r"(?:teilzahlungen|teilbeträge|teilbeträgen|tranchen|monatsraten)\b|"
        r"in (?:\d+|zwei|drei|vier|fünf|sechs|mehreren) (?:monatlichen |wöchentlichen |gleichen |kleineren |gleich hohen )?"
        r"(?:zahlungen|beträgen|teilen|schritten|tranchen|raten|teilbeträgen|überweisungen|monatsraten)\b",
    ),
    "more_time": (
        r"\w*aufschub\w*|stundung\w*|(?:betrag|rechnung|forderung|zahlung|summe)(?: (?:noch|etwas|ein wenig|ein bisschen|kurz|bitte|einige wochen|ein paar wochen))* stunden\b(?! \d)|stunden sie|zu stunden|"
        r"(?:frist|zahlungsziel|zahlungsfrist|zahlungs|ziel)\w*verlängerung|verlängerung" + _g(3) + r"(?:frist|zahlungsziel|zahlungsfrist|ziels)|"
        r"(?:frist|zahlungsziel|zahlungsfrist|ziel)" + _g(3) + r"(?:verlängern|verlängert|hinausschieben|verschieben)|nachfrist|"
        r"(?:mehr|noch etwas|zusätzliche|ein wenig mehr|ein bisschen mehr|etwas mehr|weitere|noch ein wenig|noch ein bisschen) zeit|"
        r"(?:verschieben|verschiebung|zurückstellen|hinauszögern|hinausschieben|aussetzen)|"
        r"(?:um|etwas|noch|bitte|haben sie)\s(?:etwas |noch |ein wenig |ein bisschen |noch etwas )?geduld|gedulden|"
        r"(?:brauchen|benötigen|bräuchten|benötigten|bitten um|erbitten|geben sie uns|gewähren sie uns|räumen sie uns)" + _g(3) + r"(?:tage|wochen|zeit|aufschub|frist)|"
        r"(?:ein paar|einige|wenige) (?:tage|wochen) (?:mehr|länger|zeit|aufschub|geduld)|zuwarten|stillhalten|"
        r"(?:zeit|frist|aufschub|zahlungsaufschub) (?:geben|gewähren|einräumen|lassen|gönnen|bekommen)",
    ),
    "split_rest": (
        r"(?:und|,|sowie|danach|dann|anschließend)\s+(?:den |der |die |das )?(?:rest\w*|restliche\w*|verbleibende\w*|übrige\w*|"
        r"andere hälfte|zweite hälfte|zweite rate|zweite zahlung|zweiten teil|zweite teil)\b" + _g(5) + _LATER,
        r"(?:den|der) rest\b|(?:die )?(?:andere|zweite|restliche) hälfte|(?:die )?zweite (?:rate|zahlung|tranche|teilzahlung)"
        + _g(5) + _LATER,
    ),
    "callback": (
        r"(?:in|bei|mit) (?:einem|einem kurzen|einem kleinen) (?:telefonat|telefongespräch|anruf)" + _g(2) + r"(?:besprechen|klären|abstimmen|durchgehen)",
        r"(?:termin|gesprächstermin|gespräch|telefonat|treffen|meeting|besprechung|call)" + _g(6) + r"(?:vereinbaren|ausmachen|abstimmen|einrichten|ansetzen)\b",
        r"(?:ruf\w*|rufe)\s+(?:sie |du )?(?:mich|uns|mir)" + _g(6) + r"(?:an|zurück)\b|rufen sie" + _g(6) + r"(?:an|zurück)\b|(?:anrufen|zurückrufen|anzurufen|zurückzurufen)|"
        r"\w*rückruf\w*|ruf mich|anruf (?:von ihnen|ihrerseits)|um (?:einen |ihren )?anruf|"
        r"(?:für|um|auf) (?:einen|ein) (?:kurzen |kurzes )?(?:anruf|telefongespräch|gespräch am telefon)|"
        r"telefonisch\w*" + _g(4) + r"(?:erreichbar|besprechen|klären|kontakt\w*|melden|sprechen|in verbindung|abstimmen|erreichen)|"
        r"(?:besprechen|klären|sprechen|reden|unterhalten|abstimmen)" + _g(4) + r"(?:telefonisch|am telefon|per telefon|fernmündlich)|"
        r"(?:für|um|auf) (?:ein|einen) (?:kurzes |kurzen )?telefonat|telefonat (?:vereinbaren|führen|möglich|wäre|bitten)|telefontermin|"
        r"(?:kurz |gerne |gern |sollten |können |könnten )telefonieren|"
        r"(?:mit|bei) (?:jemandem|einem mitarbeiter|einer mitarbeiterin|ihnen|einem menschen|einer person|ihrem|ihrer|dem zuständigen|der zuständigen)" + _g(3) + r"(?:sprechen|reden|telefonieren|besprechen|klären)|"
        r"(?:telefonisch|am telefon|per telefon)" + _g(2) + r"(?:besprechen|klären|sprechen|reden|abstimmen|erläutern)|"
        r"(?:meine|unsere) (?:telefonnummer|handynummer|mobilnummer|durchwahl|nummer|rufnummer) (?:lautet|ist)|"
        r"(?:erreichen sie mich|erreichbar|melden sie sich)" + _g(3) + r"(?:unter|telefonisch|auf meinem handy|(?:\+|0)\d[\d /.-]{4,}\d)",
    ),
    "conditional": (
        r"^\s*(?:falls|sollten|sofern)\b|(?:falls|wenn|sofern|sollten) (?:sie |es )?(?:noch |weitere |irgendwelche )?(?:fragen|rückfragen|unklarheiten)|"
        r"bei (?:weiteren |etwaigen |eventuellen |offenen )?(?:fragen|rückfragen|unklarheiten)|"
        r"für (?:weitere |etwaige |eventuelle )?(?:fragen|rückfragen)|zögern sie nicht|"
        r"stehe\w* (?:ich |wir )?(?:ihnen )?(?:gerne |gern |jederzeit )?(?:zur verfügung)|gerne behilflich|bei bedarf|im bedarfsfall",
    ),
    "contact_change": (
        r"(?:ändern|aktualisieren|korrigieren|anpassen|hinterlegen)" + _g(3) + r"(?:rechnungsadresse|e-mail-adresse|mailadresse|emailadresse|kontaktadresse|kontaktdaten|ansprechpartner|empfängeradresse)\b",
        r"nicht mehr" + _g(3) + r"(?:im unternehmen|in der firma|im hause|im haus|im team|bei (?:uns|der firma|\w+ gmbh|\w+ ag)|"
        r"für (?:sie|ihr|die|diese|dieses)\b|zuständig|tätig|beschäftigt|angestellt|ansprechpartner\w*|aktiv|gültig|"
        r"genutzt|verwendet|besetzt|betreut|gelesen|abgerufen|in (?:gebrauch|betrieb|benutzung)|verantwortlich|"
        r"die richtige|der richtige|die zuständige|der zuständige|mitarbeiter\w*|in dieser (?:position|funktion|abteilung))",
        r"(?:hat|haben|habe)" + _g(3) + r"(?:das unternehmen|die firma|uns|unser haus|unser unternehmen|das team|die abteilung) (?:verlassen|verlassen hat)|"
        r"(?:aus dem unternehmen|aus der firma|bei uns) ausgeschieden|ausgeschieden|in (?:den )?ruhestand|in rente",
        r"(?:nicht|nie) (?:der|die|das) (?:richtige|zuständige|korrekte|passende)\w* (?:ansprechpartner\w*|person|stelle|empfänger\w*|adresse|kontakt|abteilung)|"
        r"(?:bin|ist|sind) (?:dafür |hierfür |für \w+ )?(?:nicht|nicht mehr) (?:zuständig|verantwortlich|der richtige|die richtige)|"
        r"(?:falsche|falscher|falschen) (?:ansprechpartner\w*|empfänger\w*|adresse|e-?mail-?adresse|kontakt|person|adressat)",
        r"(?:neue|neuen|neuer|geänderte|geänderten|aktualisierte|korrekte|korrekten|richtige|richtigen|andere|anderen)"
        r" (?:e-?mail-?adresse|e-?mail|mailadresse|mail-adresse|adresse|anschrift|kontaktdaten|kontakt|ansprechpartner\w*|"
        r"ansprechperson|kontaktperson|rechnungsadresse|rechnungsanschrift|postfach|mailbox)",
        r"(?:künftig|zukünftig|in zukunft|von nun an|fortan|ab jetzt)" + _g(8) + r"(?:senden|schicken|richten|wenden|adressieren|kontaktieren|schreiben|"
        r"verwenden|nutzen|zuständig|übernimmt|übernehmen|erreichen|mailen|an\b)|"
        r"(?:senden|schicken|richten|wenden|adressieren|kontaktieren|schreiben|mailen)" + _g(8) + r"(?:künftig|zukünftig|in zukunft|von nun an|fortan|ab jetzt)",
        r"(?:aktualisieren|ändern|korrigieren|pflegen|passen|berichtigen) sie" + _g(3) + r"(?:daten|stammdaten|kontaktdaten|adresse|adressdaten|verteiler|"
        r"e-?mail|e-?mail-?adresse|datensatz|unterlagen|kontakt|ansprechpartner\w*|system)",
        r"(?:senden|schicken|richten|adressieren|leiten|mailen)" + _g(3) + r"(?:alle |sämtliche |künftige |zukünftige |weitere )?"
        r"(?:rechnungen|mahnungen|zahlungserinnerungen|korrespondenz|e-?mails|schreiben|post|unterlagen|rechnungsstellung|zahlungsaufforderungen)" + _g(4) + r"an\b",
        r"(?:hat|haben)" + _g(2) + r"übernommen|(?:mein|meine|sein|seine|ihr|ihre)\w* nachfolger\w*|ersetzt durch|"
        r"(?:adresse|anschrift|e-?mail-?adresse|mailadresse|e-?mail|kontaktdaten|firmierung|firmenname)" + _g(2) + r"(?:hat sich|haben sich) geändert|"
        r"(?:haben|hat) (?:unsere|seine|ihre|die|meine)" + _g(1) + r"(?:adresse|anschrift|e-?mail-?adresse|mailadresse|e-?mail|kontaktdaten) geändert|umgezogen|"
        r"(?:zuständig|ansprechpartner\w*|verantwortlich|ansprechperson)" + _g(4) + r"(?:ist|sind|wird|werden) (?:jetzt|nun|ab sofort|künftig|zukünftig|ab jetzt)|"
        r"(?:jetzt|nun|ab sofort|künftig|zukünftig) (?:zuständig|verantwortlich)|"
        r"(?:nehmen|streichen|entfernen|löschen) sie (?:mich|uns)" + _g(2) + r"(?:aus|von) (?:dem|der|ihrem|ihrer|allen)" + _g(1) + r"(?:verteiler\w*|liste|mailingliste|e-?mail-?verteiler)|"
        r"ab sofort" + _g(6) + r"(?:zuständig|verantwortlich|ansprechpartner\w*|ansprechperson|übernimmt)|"
        r"(?:übernimmt|übernehmen|übernommen)" + _g(4) + r"(?:\w*buchhaltung|betreuung|zuständigkeit|aufgaben|ihr konto|ihre betreuung|"
        r"kreditoren\w*|debitoren\w*|rechnungsprüfung|rechnungsbearbeitung|funktion|stelle|bereich)|"
        r"(?:schreiben|mailen|senden|wenden|richten) sie" + _g(3) + r"an [\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    ),
    "permanent": (
        r"nicht mehr|verlassen|ausgeschieden|künftig|zukünftig|in zukunft|von nun an|fortan|ab jetzt|dauerhaft|"
        r"nachfolger\w*|übernommen|ruhestand|rente|geändert|aktualisieren|umgezogen|ersetzt durch",
    ),
    "auto": (
        r"automatische\w* (?:antwort|nachricht|benachrichtigung|e-?mail|eingangsbestätigung|mitteilung|rückmeldung)|"
        r"automatisch (?:generiert|erstellt|versandt|verschickt|erzeugt|gesendet|versendet)\w*|abwesenheitsnotiz|abwesenheitsmeldung|"
        r"abwesenheitsassistent|autoresponder|(?:bitte )?(?:antworten sie )?nicht auf diese (?:e-?mail|nachricht|mail) (?:antworten)?|"
        r"diese (?:e-?mail-?adresse|e-?mail|nachricht|adresse|mailbox|postfach) (?:wird )?(?:nicht|nicht mehr) (?:überwacht|gelesen|bearbeitet|betreut)|"
        r"(?:ticket|vorgangs|anfrage|anfragen|fall|bearbeitungs|support)(?:nummer|-nummer|-nr|nr|-id|id)|"
        r"(?:ticket|vorgang|ihre anfrage|ihr anliegen|ihre nachricht)" + _g(1) + r"(?:wurde|ist)" + _g(2) + r"(?:erstellt|angelegt|eröffnet|erfasst|registriert|aufgenommen|weitergeleitet)|"
        r"eingangsbestätigung",
    ),
    "auto_weak": (
        r"(?:wir haben|ich habe) ihre (?:e-?mail|nachricht|anfrage|mail|zuschrift)" + _g(1) + r"(?:erhalten|bekommen)|"
        r"(?:ihre|deine) (?:e-?mail|nachricht|anfrage|mail|zuschrift) (?:ist|wurde)" + _g(3) + r"(?:eingegangen|erhalten|angekommen)|"
        r"(?:vielen |herzlichen |besten )?(?:dank|danke) für ihre (?:e-?mail|nachricht|anfrage|mail|zuschrift)|"
        r"(?:melden|melde|antworten|antworte|beantworten|beantworte|zurückmelden|bearbeiten|bearbeite|kontaktieren|zurückkommen)" + _g(4) +
        r"(?:so schnell wie möglich|schnellstmöglich|zeitnah|baldmöglichst|in kürze|nach meiner rückkehr|schnellstens|nach rückkehr|"
        r"umgehend|innerhalb von)|"
        r"(?:werden|werde)" + _g(4) + r"(?:so schnell wie möglich|schnellstmöglich|zeitnah|baldmöglichst|in kürze|nach meiner rückkehr|"
        r"schnellstens|umgehend)" + _g(3) + r"(?:melden|antworten|beantworten|bearbeiten|zurückmelden|zurückkommen|kontaktieren)",
    ),
    "deputy": (
        r"in (?:dringenden|eiligen) (?:fällen|angelegenheiten|anliegen|fragen)|bei (?:dringenden|eiligen) (?:anliegen|fragen|angelegenheiten|fällen)|"
        r"(?:in|während) (?:meiner|der zeit meiner) abwesenheit|meine vertretung|vertreten (?:durch|von)|vertritt mich|"
        r"wenden sie sich (?:bitte )?(?:an|in dringenden)|(?:können|könnten) sie sich" + _g(2) + r"an" + _g(3) + r"wenden|"
        r"kontaktieren sie (?:bitte )?(?:meine|meinen|unsere|unseren) (?:kollegin|kollegen|vertretung|vertreter\w*)|"
        r"wenn es dringend ist|falls es dringend ist|wenn (?:es )?eilig|ist (?:mein|meine) (?:kollege|kollegin) erreichbar",
    ),
    "ooo": (
        r"im (?:mutterschutz|krankenstand|ruhestand auf zeit)|(?:e-?mails?|nachricht\w*|post) (?:wird|werden)" + _g(2) + r"(?:nicht )?(?:weitergeleitet|gelesen)|"
        r"abwesend|abwesenheit\w*|außer haus|nicht im (?:büro|haus|hause|office|dienst)|im (?:\w+)?urlaub|"
        r"urlaubsbedingt|in (?:den )?(?:urlaub|ferien)|in (?:elternzeit|mutterschutz|karenz)|krankheitsbedingt|"
        r"krankgeschrieben|erkrankt|(?:dienst|geschäfts)reise|auf reisen|"
        r"(?:bin|sind|ist)" + _g(3) + r"(?:nicht erreichbar|nicht verfügbar|nicht im büro|außer haus)|"
        r"wieder (?:im büro|erreichbar|im haus|im hause|zurück|verfügbar|da|für sie da|im dienst)|"
        r"(?:bin|sind) (?:ab|am)" + _g(3) + r"(?:wieder|zurück)|nach meiner rückkehr|bei meiner rückkehr|"
        r"(?:keinen|eingeschränkten|nur eingeschränkten|begrenzten) (?:zugriff|zugang) (?:auf|zu)|eingeschränkt erreichbar|"
        r"(?:büro|geschäftsstelle|unternehmen|firma|buchhaltung)" + _g(2) + r"(?:geschlossen|nicht besetzt)|"
        r"betriebsferien|betriebsurlaub|(?:lese|lesen|bearbeite) (?:keine|nur eingeschränkt|nur sporadisch|unregelmäßig) (?:e-?mails?|mails?|nachrichten)|"
        r"(?:bin|sind)" + _g(4) + r"auf (?:einer |der )?(?:messe|schulung|fortbildung|tagung|konferenz|seminar)",
    ),
    "promise": (
        # "vendredi sans faute": a commitment word with a date is a promise
        r"ohne fehl|ganz sicher",
        r"(?:mit )?(?:valuta|wertstellung|ausführungsdatum|ausführungstermin)\b(?=" + _g(3) + r"\d)",
        # "wir werden ... überweisen", "wir möchten bis Freitag zahlen"
        r"(?:werden|werde|wird|wollen|will|möchten|möchte|planen|plane|beabsichtigen|beabsichtige|gedenken|versuchen|"
        r"versuche|sind bereit|bin bereit|vorhaben)" + _GX + r"(?:zu )?" + _PAYV + r"\b",
        # passive future: "der Betrag wird am Freitag überwiesen"
        r"(?:wird|werden)" + _g(6) + r"(?:bezahlt|gezahlt|beglichen|überwiesen|ausgeglichen|angewiesen|veranlasst|freigegeben|"
        r"ausgeführt|erledigt|abgebucht|eingezogen|getätigt|geleistet|angestoßen|in auftrag gegeben)\b",
        # "die Zahlung erfolgt am ...", "am Freitag erfolgt die Überweisung", "das Geld kommt nächste Woche"
        r"(?:\w*zahlung|\w*überweisung|begleichung|ausgleich|betrag|geld|restbetrag|rechnungsausgleich)\w* (?:erfolgt|erfolgen|folgt|folgen|kommt|kommen|läuft|laufen)\b|"
        r"(?:erfolgt|erfolgen|folgt) (?:dann |voraussichtlich |spätestens |planmäßig )?(?:die |der )?(?:\w*zahlung|\w*überweisung|begleichung|ausgleich)|"
        r"(?:\w*zahlung|\w*überweisung|betrag|geld)\w* (?:geht|gehen)" + _g(3) + r"raus|(?:geht|gehen) (?:die |das |der )?(?:\w*zahlung|\w*überweisung|geld|betrag)" + _g(3) + r"raus",
        # present tense with a time: "wir zahlen am Freitag", "Morgen überweisen wir"
        r"(?:wir|ich) (?:zahlen|zahle|bezahlen|bezahle|begleichen|begleiche|überweisen|überweise|gleichen|gleiche|weisen|weise|"
        r"leisten|tätigen|veranlassen|veranlasse)" + _g(4) + r"(?:am|bis|nächste\w*|kommende\w*|diese\w*|morgen|übermorgen|heute|innerhalb|"
        r"in(?! keinem)|vor|zum|ende|anfang|mitte|spätestens|sofort|umgehend|noch|gleich|nach|binnen|ab)\b|"
        r"(?:zahlen|zahle|bezahlen|bezahle|überweisen|überweise|begleichen|begleiche|gleichen|weisen|leisten|veranlassen) (?:wir|ich)\b",
        # scheduled: "ist für den 30.11. angewiesen / eingeplant", "im nächsten Zahllauf"
        r"(?:\w*zahlung|\w*überweisung|betrag|rechnung|begleichung|ausgleich|sie)\w*" + _g(6) + r"(?:eingeplant|eingetaktet|vorgemerkt|terminiert|"
        r"disponiert|avisiert|vorgesehen|eingestellt|geplant)\b|"
        r"(?:für|auf|zum) (?:den |die |das |kommenden |nächsten |diesen |diese |dieses |kommende |nächste )?"
        r"(?:\d{1,2}\.\S*|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen|ende|anfang|mitte|woche|monat\w*|"
        r"\w*zahllauf|\w*zahlungslauf|zahlungstermin)" + _g(3) + r"(?:angewiesen|veranlasst|freigegeben|beauftragt|eingeplant|"
        r"eingetaktet|vorgemerkt|terminiert|disponiert|avisiert|vorgesehen|geplant|eingestellt|angelegt)|"
        r"\w*zahl(?:ungs)?lauf\w*|zahlungsvorschlag|(?:nächsten|kommenden) zahlungstermin",
        r"sie (?:erhalten|bekommen)" + _g(3) + r"(?:\w*zahlung|\w*überweisung|geld|betrag|restbetrag|ihr geld|den ausgleich)|"
        r"kümmern uns" + _g(4) + r"um (?:die |den )?(?:\w*zahlung|\w*überweisung|begleichung|ausgleich|rechnung|betrag)|"
        r"(?:wir|ich) (?:sorgen|sorge) (?:dafür|für)" + _g(4) + r"(?:zahlung|ausgleich|begleichung|überweisung|bezahlt|beglichen|überwiesen)",
    ),
    "promise_ask": (
        r"(?:^\W*|[,:]\s*|\b(?:und|oder|bitte|daher|deshalb|also|nun|jetzt|frage|fragen)\s+)(?:können|könnten|dürfen|dürften|darf|kann|könnte|"
        r"würde|würden)\s+(?:wir|ich)" + _g(6) + r"(?:zahlen|bezahlen|überweisen|begleichen|ausgleichen|zahlung|überweisung)\b",
        r"(?:wäre|ist|wären|sind sie|wären sie) (?:es )?(?:auch )?(?:möglich|ok|okay|in ordnung|machbar|akzeptabel|recht|denkbar|"
        r"einverstanden|damit einverstanden)" + _g(8) + r"(?:zahlen|bezahlen|überweisen|begleichen|ausgleichen|zahlung|überweisung|ausgleich)\b|"
        r"(?:reicht|genügt|passt|geht) es" + _g(2) + r"(?:wenn|falls)|(?:ginge|geht) es (?:auch )?(?:am|bis|zum|erst)",
        r"(?:geben|gewähren|lassen|räumen) sie (?:uns|mir)" + _g(3) + r"bis\b|(?:brauchen|benötigen|bräuchten|benötigten|bitten um)" + _g(3) + r"(?:zeit )?bis\b|"
        r"bis" + _g(4) + r"(?:zeit|frist|aufschub|zahlungsfrist)\b|"
        r"\bob (?:wir|ich)" + _g(6) + r"(?:zahlen|bezahlen|überweisen|begleichen|ausgleichen) (?:können|dürfen|könnten|dürften)|"
        r"(?:später|zu einem späteren zeitpunkt|etwas später)" + _g(3) + r"(?:zahlen|bezahlen|überweisen|begleichen|ausgleichen)|"
        r"(?:zahlen|bezahlen|überweisen|begleichen|ausgleichen)" + _g(3) + r"(?:später|zu einem späteren zeitpunkt)",
    ),
    "pay_word": (
        r"\w*zahl(?:en|e|st|t|te|ten|ung\w*|bar|lauf\w*)|\w*überweis\w*|überwies\w*|begleich\w*|beglichen|\w*geld|sepa|"
        r"lastschrift\w*|\w*ausgleich\w*|angewiesen|anweisen",
    ),
    "claimed": (
        r"(?:[a-z]+,?\s+)?(?:haben|habe|hat|hatten|hatte|ist|sind|wurde|wurden|war|waren|bereits|schon|gerade|soeben|eben|gestern|vorgestern|"
        r"letzte\w*|heute morgen|heute früh)" + _g(5) + r"(?:bezahlt|gezahlt|beglichen|überwiesen|ausgeglichen|eingezahlt|"
        r"abgebucht|erledigt|rausgegangen|herausgegangen|rausgeschickt|losgeschickt|eingezogen)\b",
        _PAYOBJ + _g(4) + r"(?:ist|sind|wurde|wurden|war|waren|haben|hat|bereits|schon)" + _g(4) + _PAYED + r"\b|"
        r"(?:[a-z]+,?\s+)?(?:haben|habe|hat|hatten|hatte|wurde|wurden|bereits|schon)" + _g(3) + _PAYOBJ + _g(4) + _PAYED + r"\b",
        r"(?:wir|ich|sie|buchhaltung|bank) (?:haben |hat )?(?:bereits |schon |gestern |am \S+ |letzte woche )?(?:zahlten|zahlte|bezahlten|bezahlte|überwiesen|überwies|beglichen|beglich|glichen|wiesen|"
        r"veranlassten|veranlasste|tätigten|tätigte)\b|"
        r"(?:zahlten|bezahlten|überwiesen|überwies|beglichen|beglich|veranlassten|tätigten) (?:wir|ich)\b",
        r"^\W*(?:bereits |schon |ist |wurde |heute |gestern )?(?:bezahlt|überwiesen|beglichen|erledigt|angewiesen|abgebucht|eingezogen)\b(?! (?:bis|morgen|nächste))",
        r"(?:\w*zahlung|\w*überweisung|geld|betrag|gelder)\w*" + _g(3) + r"(?:ist|sind|ging|gingen|war|waren)" + _g(2) + r"(?:raus|unterwegs|auf dem weg|heraus)\b|"
        r"(?:hat|haben) (?:unser|unsere|das) (?:konto|bankkonto|haus) verlassen|"
        r"(?:von|vom|auf) (?:unserem |unseren |dem |unser )?(?:konto|bankkonto|firmenkonto) (?:abgebucht|abgegangen|belastet|abgeflossen)|"
        r"abgebucht worden|bereits (?:erfolgt|ausgeführt|veranlasst|angewiesen|raus)",
        r"(?:zahlungsnachweis|überweisungsnachweis|zahlungsbeleg|überweisungsbeleg|zahlungsbestätigung|überweisungsbestätigung|"
        r"buchungsbestätigung|ausführungsbestätigung|bankbeleg|bankbestätigung|kontoauszug|kontoauszugs|überweisungsträger|"
        r"zahlungsavis|beleg|nachweis|quittung|screenshot|swift\w*|mt103|überweisungsauftrag)\w*" + _g(4) + r"(?:anbei|im anhang|beigefügt|"
        r"angehängt|anliegend|hängt an|hängen an|beiliegend|mitgeschickt|angefügt|als anhang|in der anlage)|"
        r"(?:anbei|im anhang|beigefügt|angehängt|anliegend|beiliegend|in der anlage|als anlage)" + _g(4) + r"(?:\w*nachweis|\w*beleg|"
        r"\w*bestätigung|kontoauszug|überweisungsträger|zahlungsavis|quittung|screenshot|swift\w*|mt103|überweisungsauftrag)",
        r"(?:haben|hätten) sie" + _g(4) + r"(?:\w*zahlung|\w*überweisung|geld|betrag|gelder)\w*" + _g(3) + r"(?:nicht )?(?:erhalten|bekommen|gesehen|verbucht)|"
        r"(?:ist|sind) (?:unsere|die|meine|das|der)" + _g(1) + r"(?:\w*zahlung|\w*überweisung|geld|betrag)" + _g(3) + r"(?:eingegangen|angekommen)|"
        r"bestätigen sie" + _g(3) + r"(?:den |die )?(?:eingang|erhalt)" + _g(2) + r"(?:\w*zahlung|\w*überweisung|geldes|betrages|betrags)",
    ),
    "arrival": (
        r"(?:sollte|sollten|müsste|müssten|dürfte|dürften|wird|werden|wäre|kann|könnte)" + _g(6) + r"(?:eingehen|ankommen|eingegangen sein|"
        r"angekommen sein|gutgeschrieben|sichtbar|verbucht|eintreffen|da sein|vorliegen)\b|"
        r"(?:auf ihrem konto|bei ihnen|auf ihr konto)" + _g(3) + r"(?:sein|eingehen|ankommen|eintreffen|gutgeschrieben|landen)\b|"
        r"(?:bearbeitungszeit|banklaufzeit|laufzeit|buchungszeit|wertstellung)|dauert" + _g(3) + r"(?:tage|werktage|bankarbeitstage|tag)",
    ),
    "info_copy": (
        r"\w*rechnungskopie\w*|rechnungsduplikat|(?:kopie|kopien|duplikat|zweitschrift|pdf|abschrift|scan|original|pdf-datei|datei)"
        + _g(3) + r"(?:rechnung\w*|\w*rechnung|gutschrift\w*|faktura)|"
        r"(?:rechnung\w*|gutschrift\w*)" + _g(3) + r"(?:als pdf|in kopie|im pdf-format|per e-?mail|per mail|nochmals|erneut|noch einmal|nochmal)",
        r"(?:senden|schicken|zusenden|zuschicken|übermitteln|mailen|übersenden|weiterleiten) sie (?:uns|mir)" + _g(3) + r"(?:rechnung\w*|gutschrift|faktura|pdf)|"
        r"(?:senden|schicken|übermitteln|mailen|übersenden) sie (?:bitte )?(?:die|diese|eine) (?:rechnung|gutschrift|faktura)\b|"
        r"(?:senden|schicken|zusenden|zuschicken|übermitteln|mailen|übersenden) sie (?:uns |mir )?(?:diese |die |sie |es )?(?:bitte )?(?:erneut|nochmal|nochmals|noch einmal)|"
        r"(?:rechnung\w*|\w*rechnung)" + _g(3) + r"(?:zusenden|zuschicken|zukommen lassen|übermitteln|übersenden|senden|schicken)|"
        r"(?:zusendung|übersendung|übermittlung|zustellung)" + _g(3) + r"(?:rechnung\w*|gutschrift|faktura)|erneute zusendung|"
        r"(?:rechnung\w*|pdf) (?:fehlt|fehlte) im anhang|anhang" + _g(3) + r"(?:fehlt|fehlte|leer|beschädigt|unleserlich|defekt)|ohne anhang",
    ),
    "info_statement": (
        r"kontoauszug\w*|kontoübersicht|kontenübersicht|kontoblatt|kontenblatt|kontenauszug|\w*saldenbestätigung|saldenliste|saldenabgleich|"
        r"saldo(?:bestätigung|liste|abgleich|aufstellung|mitteilung)|offene\w* posten|op-liste|op liste|offene-posten-liste|"
        r"(?:aufstellung|liste|übersicht|auflistung|zusammenstellung)" + _g(3) + r"(?:offenen|ausstehenden|unbezahlten|rechnungen|posten|forderungen|"
        r"salden|saldo|zahlungen|buchungen)|\w*kontoabstimmung|abgleich|abstimmung|"
        r"welche (?:rechnungen|posten|beträge)" + _g(3) + r"(?:offen|ausstehend|unbezahlt)",
    ),
    "info_bank": (
        r"\w*bankverbindung\w*|bankdaten|kontoverbindung|kontodaten|kontonummer|iban|bic|swift|bankleitzahl|blz|zahlungsinformationen|"
        r"zahlungsdetails|zahlungsweg|zahlungsmöglichkeit\w*|zahlungsart\w*|zahlungsmethode\w*|zahlungsoption\w*|"
        r"wohin (?:sollen|können|soll|kann|müssen|muss) (?:wir|ich)" + _g(2) + r"(?:überweisen|zahlen|senden)|(?:auf|an) welches konto|welches konto|"
        r"wie (?:können|kann|sollen|soll|müssen|muss|dürfen) (?:wir|ich)" + _g(2) + r"(?:zahlen|bezahlen|überweisen|begleichen)|"
        r"(?:wie|wohin|wo) (?:wir|ich)" + _g(3) + r"(?:zahlen|bezahlen|überweisen|begleichen) (?:können|sollen|müssen|dürfen|kann|soll|muss)|"
        r"per (?:kreditkarte|paypal|lastschrift|karte) (?:zahlen|bezahlen)|zahlungslink|lastschriftmandat|sepa-mandat|einzugsermächtigung|bankkonto",
    ),
    "info_other": (
        r"bestellnummer|bestell-nr|bestellnr|auftragsnummer|auftrags-nr|auftragsbestätigung|bestellbestätigung|bestellreferenz|"
        r"(?:unsere|ihre|eine|die) (?:bestell|auftrags)?referenz|(?<!un )\bpo\b(?!')|po-nummer|lieferschein\w*|liefernachweis|ablieferbeleg|"
        r"leistungsnachweis\w*|stundennachweis\w*|stundenzettel|tätigkeitsnachweis\w*|aufschlüsselung|einzelaufstellung|"
        r"einzelnachweis|(?:nähere|weitere|genauere|zusätzliche|detaillierte)\w* (?:informationen|angaben|details|unterlagen|erläuterung\w*|erklärung|auskunft)|"
        r"erläuter\w*|erklär\w*|wofür|worauf (?:bezieht|beziehen)|welche (?:rechnung|leistung|lieferung|bestellung)|um welche|"
        r"was (?:ist|war|sind) (?:das|diese|dieser|dies)|ust-?id\w*|umsatzsteuer-?id\w*|steuernummer|handelsregister\w*|"
        r"vertrag|angebot|kostenvoranschlag|wie (?:kommt|kommen|setzt|setzen|ergibt|ergeben)" + _g(3) + r"(?:zustande|zusammen)|"
        r"fälligkeit\w*|zahlungsbedingungen|zahlungsziel|leistungszeitraum|lieferdatum|details|unterlagen",
    ),
    "request": (
        r"\bbitte\b|\bbitten\b|\bbitt\b|(?:können|könnten|würden|wären|könnt|würdet|kannst|könntest|wollen|möchten) (?:sie|ihr|du)|"
        r"(?:senden|schicken|übermitteln|mailen|geben|nennen|teilen|lassen|stellen|schreiben|sagen) sie (?:uns|mir)|"
        r"(?:wir|ich) (?:benötigen|brauchen|bräuchten|benötige|brauche|bräuchte|hätten gerne|hätte gerne|hätten gern|hätte gern|"
        r"möchten|möchte|wünschen|bitten|ersuchen|ersuche)|teilen sie (?:uns|mir)|wo finde|gibt es|haben sie|"
        r"um (?:zusendung|übersendung|übermittlung|mitteilung|erneute|kopie|info|auskunft)|"
        r"(?:wie|welche|welches|welcher|wofür|was|wann|warum|wieso|weshalb|wo) (?:ist|sind|war|lautet|lauten|können|kann|soll|sollen|"
        r"müssen|muss|bezieht|beziehen|genau)",
    ),
    "ack": (
        r"^\s*(?:ok|okay|danke\w*|vielen dank|besten dank|herzlichen dank|alles klar|verstanden|erhalten|zur kenntnis genommen|notiert|"
        r"in ordnung|gut|passt|ja|nein|prima|super|gerne|gern)\W*$|zur kenntnis|"
        r"(?:leite|leiten|gebe|geben|reiche|reichen)" + _g(4) + r"weiter\b|weitergeleitet|weitergegeben|"
        r"(?:werde|werden|wir|ich)" + _g(3) + r"(?:prüfen|klären|ansehen|anschauen|kümmern|nachsehen|überprüfen|zurückmelden|nachgehen)\b|"
        r"melde mich|melden uns|kümmere mich|kümmern uns|(?:schauen|sehen) (?:uns )?(?:das|es|dies) an",
    ),
    "vague_time": (
        r"bald|baldig\w*|demnächst|in kürze|zeitnah|schnellstmöglich|so schnell wie möglich|so bald wie möglich|baldmöglichst|"
        r"schnellstens|möglichst bald|möglichst schnell|in den (?:nächsten|kommenden) (?:tagen|wochen)|"
        r"in (?:einigen|ein paar|wenigen) (?:tagen|wochen)|(?:nächste|nächster|nächsten|kommende|kommenden) (?:woche|monat)|"
        r"anfang|mitte|im laufe|im lauf|diese woche|dieser woche|diesen monat|diesem monat|sobald|"
        r"wenn (?:wir|das geld|die mittel|unser kunde|unsere kunden)|frühestens|irgendwann|in absehbarer zeit",
    ),
    "partial": (
        r"\w*hälfte|halbe\w* (?:betrag|summe|rechnung)|\w*teilbetrag\w*|\w*teilzahlung|teilsumme|einen teil|ein teil|teilweise|"
        r"\w*anzahlung|abschlag\w*|akonto\w*|a[- ]conto|erste rate|(?:ersten|erste) (?:teil|zahlung|tranche|teilbetrag)|"
        r"\d+ ?%|\d+ prozent",
    ),
    "full": (
        r"vollständig|komplett|gesamte\w* (?:betrag|summe|rechnung|saldo|forderung|rechnungsbetrag)|gesamtbetrag|"
        r"(?:vollen|volle|ganzen) (?:betrag|summe|höhe|rechnungsbetrag)|in voller höhe|restbetrag|restlichen? (?:betrag|saldo|summe)|"
        r"ausstehende\w* (?:betrag|saldo|summe)|offene\w* (?:betrag|saldo|summe|posten)|saldo|alles|alle (?:offenen )?rechnungen",
    ),
    "not_before": (
        r"nicht vor|frühestens|nicht früher als|nicht bevor|erst (?:am|ab|nach|zum|ende|anfang|mitte|im|in|nächste\w*|kommende\w*)",
    ),
    "injection": (
        r"(?:hinweis|nachricht|anweisung|anweisungen|notiz) (?:an|für) (?:den |die |das )?(?:ki|assistenten|assistent|system|bot|ki-assistenten|modell)\b[^\n]*|(?:^|\n)\s*(?:system|ki|assistent)\s*:[^\n]*",
        r"(?:ignoriere|ignorieren sie|ignorier|vergiss|vergessen sie|missachte|missachten sie|überschreibe)" + _g(3) +
        r"(?:alle|vorherige\w*|bisherige\w*|obige\w*|frühere\w*|deine|ihre|sämtliche|vorigen)" + _g(1) +
        r"(?:anweisungen|anweisung|instruktionen|befehle|regeln|vorgaben|prompts?)[^\n]*|"
        r"neue anweisung(?:en)?:?[^\n]*|"
        r"(?:markiere|markieren sie|setze|setzen sie|buche|buchen sie|kennzeichne|kennzeichnen sie|vermerke|vermerken sie|schließe|"
        r"schließen sie|trage|tragen sie)" + _g(4) + r"als (?:bezahlt|beglichen|erledigt|geschlossen|gelöscht|storniert)|"
        r"(?:lösche|löschen sie|schließe|schließen sie|storniere|stornieren sie)" + _g(3) + r"(?:den |die |das |unseren |unsere |unser )?"
        r"(?:fall|ticket|konto|kundenkonto|forderung|akte|vorgang|mahnverfahren|mahnungen|datensatz)\b|"
        r"du bist (?:jetzt |nun |ab sofort )?(?:ein|eine|der|die) (?:ki|assistent|modell|bot|sprachmodell)|"
        r"(?:stoppe|stoppen sie|beende|beenden sie) (?:alle |sämtliche |die )?(?:mahnungen|erinnerungen|mahnverfahren|inkasso)",
    ),
}

CUES: dict[str, tuple[str, ...]] = {k: tuple(_de(p) for p in v) for k, v in _CUES.items()}


# Words the typo corrector must know: every word of the cues above, and the common words of
# German business mail. Known words are never "corrected" into another language's cue word
# ("Reklamation" stays German), and long ones are the targets typos are corrected towards.
_WORDS = """
abbuchung abgebucht abgelehnt abgeschlossen abrechnung absicht abteilung abwesend abwesenheit
akzeptieren allerdings angebot angefordert angekommen angemahnt angepasst angestellt anhang
anliegen anlieferung anmerkung anrufen ansprechpartner ansprechpartnerin anwalt anweisung
anzahlung arbeiten arbeitstage aufgrund aufstellung auftrag auftraggeber aufteilen augenblick
ausgeglichen ausgleich ausgleichen ausstehend ausstehende ausstehenden bankverbindung bearbeiten
bearbeitet bearbeitung bedanken begleichen beglichen behalten bekommen bereits berechnet
berechnung beschadigt beschwerde besprechen bestatigen bestatigt bestatigung bestellt bestellung
bestellnummer betrag betrage betreff bezahlen bezahlt bezahlte bezahlten buchhaltung buchung
dankeschon darüber dezember dienstag donnerstag dringend dringenden eingang eingegangen
eingereicht einverstanden empfangen entschuldigen entschuldigung erhalten erinnerung erledigen
erledigt erreichbar erreichen erstellen erstellt erwarten erwartet fehlerhaft fehlende fehlenden
finanzbuchhaltung forderung forderungen fragen freitag freundlichen fristverlangerung gebeten
gefunden geliefert gemeinsam genommen geprüft gerne geschickt geschlossen gesendet gestern
gewünscht gezahlt gleichen grüßen gutschrift halten hallo herzlichen heute informationen
inzwischen januar juristisch kollege kollegin kommende kommenden konnen konnten kontakt
kontoauszug korrektur korrigieren korrigiert kreditoren kunden kundennummer lastschrift leider
lieferant lieferschein lieferung liquiditat mahnung mahnungen mitarbeiter mitteilen mittwoch
monatlich montag morgen nachricht nachweis nachsten naturlich november oktober ordnung
posteingang prüfen rechnung rechnungen rechnungsnummer reklamation restbetrag ruckmeldung
samstag schicken schnellstmoglich schreiben senden sonntag spatestens stornierung summe
telefonisch uberweisen uberweisung uberweisungen uberwiesen unterlagen unternehmen urlaub
verbleiben vereinbart vereinbarung verfugung vertretung vielen vollstandig wiederholt zahlen
zahlte zahlten zahlung zahlungen zahlungseingang zahlungserinnerung zahlungsziel zuruck
zurückrufen zusammenarbeit zustandig zwischenzeitlich
achtung allgemein anbieten andere anderen angaben anlage anschrift antwort antworten arbeit
aufgaben aufnehmen ausgestellt ausserdem austausch bearbeiter bedauern begrüßen beheben
behoben beigefügt bekannt beleg belegen benötigen beratung bericht beschreibung besonders
besten besuch betreuen bisher bitten bleiben brauchen damit danach daher dankbar darum dauern
deshalb dieser dieses direkt dokument dokumente eigentlich einfach einige einigen einmal
empfehlen endlich entsprechend erfolgen erfolgreich ergebnis erklärung ermöglichen ersten
erwähnt etwas falls fehlen fehler festgestellt firma folgende folgenden fragen freuen führen
ganzen gegeben geändert gehabt geklärt gekommen gelesen gemacht genannt genau gerade
geschäftsführer geschäftsführung gesehen gesprochen getan gewesen glauben gleich grund
handelt hatten hätten hiermit hinweis hoffen höhe ihnen ihrem ihren ihrer immer informieren
innerhalb insgesamt intern irgendwie jedoch jemand jetzt kaufmännisch klären komplett kosten
kunde kurzem laufen leisten letzten lieber liefern machen manchmal material meinen meiner
melden menge mitteilung möchten möglich möglichkeit müssen nachdem nachfrage nächste nehmen
neuen nochmal nochmals nummer obwohl offen offene offenen passiert person personal position
positionen preis preise problem probleme projekt prüfung rahmen rechtzeitig richtig sachen
schaden schnell schon selbst sicher sollen sollten später stehen stelle stellen stimmt
system teilen termin trotzdem unbedingt unsere unserem unseren unserer unten verantwortlich
verfügbar vergessen verlängern versandt verschickt verschieben versucht verstehen vertrag
verwenden vielleicht vorab vorgang vorher vorliegen wahrscheinlich wegen weiter weitere
weiteren weiterhin welche werden wieder wichtig wirklich wissen wochen worden wurde wurden
würden zahlungsfrist zeitnah zuerst zugesagt zukunft zunächst zusammen zusenden zwischen
"""


_MORE_WORDS = """
abgabe abholen abholung abrechnen absage absagen absprache abteilungsleiter achten adresse
aktuelle alternative angabe angefragt angeht angekündigt angenehm anruf ansicht anwesend
arbeitet aufgefallen aufgrund auftrage ausgeben ausnahme aussage aussehen beantworten
bedeutet befinden begonnen behalten beiden beispiel bekannt beliefert benachrichtigen
beraten bereich berechtigt bestehen bestellen betreffend betrieb bewusst bezüglich bislang
bleibt brauche bräuchte buchen büro danken darauf dauert denken dennoch derzeitigen
dringend durchgeführt eigene eingetragen einkauf einkaufsabteilung einzeln empfänger
endgültig entgegen entschieden ergänzen erhalt erinnern erklären erledigen ersten
erwarten fachabteilung fertig festgelegt finden firmen folgen freigabe frühestens
gebracht gedacht gefällt gegenüber geholfen gekauft geklappt geliefert genügend geplant
geschäft geschäftsleitung geschickt gesprochen gestellt gewartet gleichzeitig grüße
gutschreiben handelt hauptsitz herausgegeben hinsichtlich hoffentlich hätte informiert
interne jeweils kaufen kenntnis kollegen kommen kommentar kontrolle kontrollieren
kurzfristig langsam lassen lautet leistung lieferadresse lieferanten liefertermin
mahnstufe mahngebühr mahngebühren meinung mitgeteilt mittlerweile monate montags
nachdem nachfragen nachholen nächsten nächster natürlich normalerweise notwendig
offensichtlich ordentlich organisieren persönlich pünktlich rechnungseingang rechtlich
regelmäßig reicht richtige rückfrage rücksprache sachbearbeiter sachbearbeiterin
schauen scheinbar schicken schriftlich schulden sekretariat sicherlich sobald sofort
solche sonst spätere standort stellen stimmen täglich tatsächlich teilweise telefon
trotz überprüfen übersicht umgehend unklar unterschrift ursprünglich verantwortung
verbindlich verfahren vergangenen verhindern verlassen verlauf vermutlich verspätung
verständnis verstanden versuchen verwaltung verzögerung vollmacht vorgehen vorgesehen
vorschlag vorstellen während warten wegen weiterleiten wenigstens werktags wirklich
wunsch zahlbar zahlungseingang zahlungsverkehr zeitraum zufrieden zugestellt zuständige
zwingend hälfte hälften
"""


def _words() -> tuple[str, str]:
    """(VOCAB, KNOWN): the cues' words, which typos are corrected towards, and the other
    words that must never be taken for typos."""
    import re

    from agent.brain.understand.normalize import fold

    def spellings(text: str) -> set[str]:
        out: set[str] = set()
        for w in re.findall(r"[a-zäöüß]{3,}", text):
            out.add(fold(w))
            if any(c in w for c in "äöü"):  # the spelling of keyboards without umlauts
                out.add(w.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"))
        return out

    cue_words: set[str] = set()
    for ps in _CUES.values():
        for p in ps:
            cue_words |= spellings(re.sub(r"\\[a-zA-Z]", " ", p))
    known = spellings(_WORDS + _MORE_WORDS) | cue_words
    # inflections one letter away from a known word must be known too, or the corrector would
    # take them for typos of it ("korrigierten" -> "korrigieren", "zahlten" -> "zahlen")
    for w in list(known):
        if len(w) >= 5 and w.endswith("en"):
            stem = w[:-2]
            known.update({stem + "ten", stem + "te", stem + "t", stem + "e", stem + "et", stem + "est"})
        elif len(w) >= 5 and w.endswith("t"):
            known.update({w + "e", w + "en", w + "er", w + "es", w + "em"})
    return " ".join(sorted(cue_words)), " ".join(sorted(known - cue_words))


VOCAB, KNOWN = _words()
