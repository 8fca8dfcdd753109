"""Dutch cues (normalized text: lower case, accents removed: "geïncasseerd" -> "geincasseerd",
"één" -> "een"; the corrector turns the frequent "betaalt" into "betaald").

Dutch, like German, writes compounds as one word ("betalingsregeling", "deellevering",
"creditnota"): many cues match a word part through ``\\w*``.
"""

from __future__ import annotations

from agent.brain.understand.lexicon_common import g


def _g(n: int) -> str:
    """A gap of 0..n words, a comma after the word before it allowed ("bereid, om ...")."""
    return ",?" + g(n)


_PAYV = (r"(?:betalen|voldoen|overmaken|overboeken|storten|vereffenen|afrekenen|overschrijven|"
         r"in orde maken|aflossen|betaalbaar stellen|vrijgeven|"
         r"over (?:te )?maken|in gang zetten)")
_PAYED = (r"(?:betaald|overgemaakt|voldaan|overgeboekt|gestort|afgeschreven|geincasseerd|"
          r"vereffend|afgerekend|verstuurd|verzonden|uitgevoerd|geregeld|gedaan|vrijgegeven|"
          r"ingediend|geautoriseerd|goedgekeurd|verwerkt|ingeboekt|afgeboekt|overgeschreven|"
          r"in gang gezet|de deur uit)")
_PAYOBJ = (r"(?:\w*betaling\w*|\w*overboeking\w*|overschrijving\w*|bedrag|bedragen|saldo|"
           r"factuur|facturen|geld|som|totaalbedrag|restbedrag|openstaande bedrag|nota)")
_GOODS = (r"(?:goederen|levering\w*|\w*levering|bestelling\w*|zending|pakket|pakketten|artikelen|"
          r"artikel|onderdelen|producten|product|materiaal|materialen|apparaat|apparatuur|machine|"
          r"machines|pallets?|dozen|doos|spullen|order|bestelde|onderdeel)")
_INVOICE = r"(?:\w*factuur|\w*facturen|nota|creditnota)"
# "over" closing a separable verb ("wij maken het bedrag vrijdag over"), not the preposition
_OVER = (r"over(?=\s*(?:[.,!?;]|$|en\b|zodra|zodat|als\b|wanneer|nadat|dan\b|is\b|naar\b|"
         # the particle before the date: "we maken het over op 6-1", "over uiterlijk vrijdag"
         r"op\b|per\b|uiterlijk\b|morgen\b|vandaag\b|voor\b))")
# a gap of up to 8 words that does not turn into a question ("wij willen weten hoe we betalen")
_GX = r",?(?:\s+(?!(?:hoe|waar|waarheen|welk\w*|of|wanneer|waarom|wat)\b)\S+){0,8}?\s+"
_NEG = r"(?:nooit|niet|nog niet|nog steeds niet|tot op heden niet|tot nu toe niet|geen|nimmer)"
_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_LATER = (r"(?:later|volgende|komende|eind|einde|begin|op|voor|in|na|over|binnen|zodra|daarna|"
          r"dan|morgen|uiterlijk|medio|half)\b")

CUES: dict[str, tuple[str, ...]] = {
    "dispute": (
        # no record of it: "deze factuur komt in onze administratie niet voor"
        _INVOICE + r" (?:komt|komen)" + _g(4) + r"niet voor\b",
        # already credited: "u heeft al een creditnota gestuurd"
        r"al" + _g(3) + r"creditnota" + _g(2) + r"(?:gestuurd|verstuurd|ontvangen|opgemaakt|uitgereikt|gemaakt)",
        r"nooit (?:afgenomen|besteld|ontvangen|geleverd|gekregen|opdracht gegeven)|(?:niet|nooit) (?:bij u |bij jullie )?(?:besteld|afgenomen)\b",
        # damaged / defective goods
        r"\w*beschadig\w*|kapot\w*|defect\w*|gebroken|gescheurd|krassen|kras|deuken|deuk|scheuren|vlekken|roest|verroest|gebrekkig\w*|ondeugdelijk\w*|onbruikbaar|"
        r"(?:is|zijn|was|waren|ging|gingen)" + _g(2) + r"stuk(?=\s*(?:[.,!;]|$|en\b|gegaan|aangekomen|geleverd|bij\b))|transportschade|\w*schade aan|gebreken|mankement\w*|"
        r"(?:werkt|werken|werkte|werkten|functioneert|functioneren|functioneerde|doet het|doen het)"
        r"(?: (?!hier\b|daar\b|bij\b|er\b|nu\b)\w+){0,4}? niet(?! voor| zo\b| meer| langer)|"
        r"(?:slechte|matige|ondermaatse|gebrekkige) (?:kwaliteit|afwerking|uitvoering|service|dienstverlening)|"
        r"niet (?:zoals|conform|volgens) (?:besteld|afgesproken|de bestelling|de afspraak|de offerte|overeengekomen|beschreven)|"
        r"voldoe\w* niet aan (?:de )?(?:bestelling|afspraak|afspraken|specificaties|offerte|eisen)",
        # wrong / missing items, incomplete delivery
        r"(?:verkeerde|foute|ontbrekende|verkeerd) (?:artikelen|artikel|goederen|producten|onderdelen|levering|aantallen|aantal|"
        r"maten|maat|kleur|kleuren|modellen|model|hoeveelheid|zending)|verkeerd geleverd|"
        r"onvolledig\w*|niet (?:volledig|compleet) (?:geleverd|ontvangen|aangekomen)|niet compleet|incompleet|\w*deellevering\w*|"
        r"gedeeltelijk (?:geleverd|ontvangen|uitgevoerd)|"
        r"(?:ontbreken|ontbreekt|ontbraken|ontbrak|missen|mist|misten|miste)" + _g(3) + r"(?:artikelen|onderdelen|dozen|pakketten|pallets?|"
        r"producten|goederen|stuks|items|delen|onderdeel)|"
        r"(?:artikelen|onderdelen|dozen|pakketten|pallets?|producten|goederen|stuks|items) (?:ontbreken|ontbraken|missen|misten)|"
        r"(?:slechts|maar|alleen) \d+ (?:van (?:de )?|in plaats van )\d+" + _g(3) + r"(?:ontvangen|geleverd|gekregen)",
        # goods never arrived
        _GOODS + _g(5) + _NEG + _g(2) + r"(?:aangekomen|geleverd|ontvangen|bezorgd|gekregen|afgeleverd|binnengekomen)\b",
        _NEG + _g(3) + _GOODS + _g(3) + r"(?:aangekomen|geleverd|ontvangen|bezorgd|gekregen|afgeleverd|binnengekomen)\b|"
        r"(?:nooit|niet|nog niet) (?:geleverd|bezorgd|afgeleverd)",
        # invoice never received
        _INVOICE + _g(5) + _NEG + _g(2) + r"(?:ontvangen|gekregen|gezien|binnengekomen|aangekomen|bereikt)\b",
        _NEG + _g(3) + _INVOICE + _g(4) + r"(?:ontvangen|gekregen|gezien|binnengekomen|aangekomen)\b|"
        r"(?:kennen|herkennen) (?:wij |we |ik )?(?:deze|die|de|uw)" + _g(1) + r"(?:factuur|facturen|vordering|bedrag) niet|"
        r"(?:niet|nooit) (?:aan ons|voor ons|op ons) (?:gericht|geadresseerd|bestemd)|verkeerde (?:klant|geadresseerde|ontvanger|bedrijf|debiteur)",
        # the invoice / amount is wrong
        r"(?:\w*factuur|\w*facturen|nota|\w*bedrag|bedragen|prijs|prijzen|tarief|tarieven|berekening|aantal|aantallen|btw|uren|"
        r"kosten|totaal|som|hoeveelheid|korting|specificatie)" + _g(4) + r"(?:(?:klopt|kloppen|klopte|klopten)(?: \w+){0,2} niet|"
        r"onjuist|foutief|incorrect|verkeerd|niet correct|niet juist|te hoog|hoger dan (?:afgesproken|afgesproken|overeengekomen|geoffreerd|de offerte)|"
        r"niet conform|niet overeen|wijkt af|wijken af|dubbel|onterecht|niet terecht|niet akkoord|niet afgesproken|"
        r"niet overeengekomen|niet in orde|fout)\b",
        r"(?:verkeerde|onjuiste|foutieve|incorrecte|dubbele|onterechte|te hoge|betwiste)" + _g(1) + r"(?:factuur|facturen|bedrag|bedragen|"
        r"prijs|prijzen|berekening|aantal|aantallen|btw|tarief|tarieven|uren|facturatie|kosten)|"
        r"dubbel (?:gefactureerd|berekend|in rekening gebracht|gefactureerd|aangerekend)|twee keer (?:gefactureerd|berekend|in rekening gebracht)|"
        r"te veel (?:gefactureerd|berekend|in rekening gebracht|aangerekend)|al (?:eerder )?(?:gefactureerd|in rekening gebracht)|"
        r"(?:fout|fouten|vergissing|onjuistheid|onjuistheden|discrepantie)" + _g(2) + r"(?:in|op|bij)" + _g(2) + r"(?:factuur|berekening|bedrag|nota|prijs)",
        # credit note / discount not applied
        r"\w*creditnota\w*" + _g(4) + r"(?:ontbreekt|ontbreken|nog niet|niet|nooit|toegezegd|afgesproken|beloofd|uitblijft)|"
        r"(?:wachten|wacht|verwachten|nodig|missen|ontbrekende|toegezegde|afgesproken|beloofde|ontvangen graag|graag|vragen om|verzoeken om)" + _g(4) +
        r"(?:\w*creditnota\w*|creditfactuur|gecorrigeerde factuur|correctiefactuur|nieuwe factuur|terugbetaling|restitutie)",
        r"(?:korting|creditering|aanbetaling|voorschot|creditnota|bonus|retour)" + _g(4) + r"(?:niet|nooit)" + _g(2) + r"(?:verrekend|verwerkt|afgetrokken|meegenomen|toegepast|gecrediteerd)",
        # service not performed
        r"(?:werkzaamheden|werk|dienst|diensten|dienstverlening|installatie|montage|reparatie|onderhoud|project|opdracht|training|advies|schoonmaak|levering)"
        + _g(5) + r"(?:niet|nooit|nog niet|maar half|slechts gedeeltelijk|onvolledig|niet volledig|niet naar behoren)" + _g(2) +
        r"(?:uitgevoerd|geleverd|afgerond|voltooid|verricht|gedaan|opgeleverd|afgemaakt|naar behoren)",
        # complaint, contesting, not ordered, returned, cancelled
        r"klacht\w*|reclamatie\w*|\w*reclameren|ontevreden|niet tevreden|bezwaar (?:tegen|gemaakt|maken)|"
        r"(?:betwisten|betwist|betwiste)\b|(?:gaan|ga) niet akkoord|niet akkoord met|zijn het (?:niet|absoluut niet) eens|"
        r"(?:niet|nooit|niets|niks|nooit iets) (?:besteld|opdracht gegeven|getekend|ondertekend|afgesproken|aangevraagd|goedgekeurd|akkoord gegeven)|"
        r"(?:geen|nooit een) (?:bestelling|opdracht|order)" + _g(4) + r"(?:geplaatst|gegeven|gedaan|verstrekt)|"
        r"(?:willen|vragen om|verzoeken om|eisen|graag|wachten op|verwachten)" + _g(2) + r"(?:vervanging|omruiling|omruilen|nalevering|herstel|reparatie|prijsvermindering)\b|"
        r"(?:prijs|stukprijs|bedrag|tarief|uurtarief|totaalbedrag|factuurbedrag)\w*" + _g(4) + r"(?:zou|zouden|moest|moet|had moeten|hoorde|was)" + _g(4) +
        r"(?:zijn|bedragen|kosten|liggen|wezen|zijn geweest)\b" + _g(2) + r"(?:niet|in plaats van)|"
        r"garantie\w*|"
        r"(?:hebben|heb|zijn|is|werd|werden)" + _g(4) + r"(?:retour gestuurd|teruggestuurd|geretourneerd|teruggezonden|geannuleerd|opgezegd|ontbonden)|"
        r"retourzending\w*|retourneren|retouren|retour (?:gestuurd|gezonden|gegeven|sturen|zenden)|geannuleerd|annulering|opgezegd|ontbonden",
        r"(?:pas na|pas als|pas wanneer|zodra|zolang|totdat)" + _g(6) + r"(?:creditnota|gecorrigeerd\w*|correctie|opgelost|hersteld|"
        r"vervangen|gerepareerd|nageleverd|nalevering|rechtgezet|uitgezocht|opgehelderd|volledig geleverd)",
        r"(?:niets|niks) verschuldigd" + _g(5) + r"(?:omdat|want|aangezien)",
        r"(?:gefactureerd|berekend|in rekening gebracht|aangerekend|gerekend)" + _g(6) + r"(?:terwijl|hoewel|in plaats van|maar slechts|"
        r"slechts|echter maar|er maar|eigenlijk maar)|"
        r"(?:graag|gelieve|verzoek|verzoeken)"
        r"(?:\s+(?!\S*(?:adres|mail|contactpersoon|telefoonnummer)\b)\S+){0,4}?\s+(?:correctie|corrigeren|te corrigeren|crediteren|te crediteren|aanpassen)\b|"
        r"(?:factuur|facturen|nota)" + _g(2) + r"(?:bevat|heeft|vertoont)" + _g(2) + r"(?:fout|fouten|onjuistheden|een fout)|"
        r"(?:korting|creditnota|aanbetaling|voorschot|bonus|afgesproken prijs)" + _g(3) + r"(?:ontbreekt|ontbreken|ontbrak)\b|"
        r"(?:ontbreekt|ontbreken|ontbrak|mist|missen)" + _g(3) + r"(?:korting|creditnota|aanbetaling|voorschot)",
    ),
    "refusal": (
        # formal: "dat zij niet tot betaling zal overgaan", "er vindt geen betaling plaats"
        r"niet tot betaling (?:zal |zullen |wordt |worden )?overga\w*|(?:gaat|gaan|zal|zullen) niet (?:over )?tot betaling|"
        r"geen betaling (?:zal |zullen )?(?:plaatsvinden|plaatsvindt|worden gedaan|verricht|verrichten)|er vindt geen betaling plaats",
        r"(?:besloten|besluit|beslist|gekozen)" + _g(3) + r"niet" + _g(1) + r"(?:te )?(?:betalen|voldoen|overmaken)\b",
        r"(?:zullen|zal|gaan|ga|willen|wil)" + _g(4) + r"(?:niet|nooit|geen cent|geen euro|in geen geval|absoluut niet|helemaal niets|niets|"
        r"onder geen beding|onder geen enkele voorwaarde)" + _g(4) + r"(?:betalen|voldoen|overmaken)\b",
        r"(?:betalen|betaal|voldoen|voldoe),?(?:\s+(?!(?:lukt|lukken|lukte|gaat|kan|kunnen|zal|zullen|wordt)\b)\S+){0,3}?\s+"
        r"(?:niet|niets|niks|nooit|geen cent|geen euro|in geen geval)\b",
        r"niet (?:voor|eerder dan|vóór)" + _g(4) + r"(?:betalen|voldoen|overmaken|" + _OVER + r")",
        r"weiger\w*" + _g(3) + r"(?:te betalen|betaling|te voldoen|de factuur|deze factuur)|"
        r"(?:betaling|factuur|vordering)" + _g(3) + r"(?:geweigerd|afgewezen)|"
        r"(?:geen|niet de) (?:intentie|bedoeling|plannen|reden|aanleiding|verplichting)" + _g(4) + r"(?:om )?(?:te )?(?:betalen|voldoen)|"
        r"niet (?:van plan|bereid|voornemens)" + _g(4) + r"(?:om )?(?:te )?(?:betalen|voldoen|overmaken)|"
        r"(?:wijzen|wijs)" + _g(3) + r"(?:factuur|vordering|betaling|aanmaning) af|"
        r"geen (?:cent|euro|stuiver)|(?:krijgt|krijgen|ziet) (?:u|jullie) (?:van ons )?geen geld|onder geen beding|(?:zijn|ben) (?:u )?(?:helemaal )?(?:niets|niks) verschuldigd|"
        r"(?:stop|stopt|houd op|hou op) (?:met )?(?:mailen|sturen|mailtjes|herinneringen|aanmaningen|lastigvallen|bellen)|"
        r"(?:niet|geenszins) (?:ons|mijn) (?:probleem|schuld|zaak)|(?:zie|zien) (?:u|je|elkaar) in de rechtszaal|stap maar naar de rechter",
    ),
    "cant_pay": (
        r"(?:kunnen|kan|konden|kon|zijn|ben|is)" + _g(4) + r"(?:niet|geen)" + _g(3) + r"(?:betalen|voldoen|overmaken|in staat|de betaling doen|nakomen)\b",
        r"(?:betalen|betaling|overmaken)" + _g(1) + r"(?:lukt|gaat|lukte)" + _g(2) + r"niet|lukt (?:het )?(?:ons |mij |me )?niet om" + _g(3) + r"(?:betalen|voldoen)|"
        r"niet in staat|(?:geen|onvoldoende|te weinig|niet genoeg) (?:geld|middelen|liquide middelen|saldo|budget|financiele ruimte)|"
        r"failliet\w*|faillissement|surseance|(?:niet|nauwelijks) (?:kunnen|kan) (?:betalen|voldoen)|"
        r"onmogelijk" + _g(3) + r"(?:te )?(?:betalen|voldoen)",
    ),
    "hardship": (
        r"momenteel|op dit moment|op het moment|nu even|even niet|even geen|tijdelijk|deze maand|deze week|nog niet|voorlopig|"
        r"\w*liquiditeit\w*|krap|cashflow|financiele (?:problemen|moeilijkheden|situatie|zorgen|krapte)|"
        r"(?:lastige|moeilijke|zware|slechte) (?:periode|tijd|tijden|situatie)|betalingsproblemen|betalingsmoeilijkheden|"
        r"(?:onze|onze eigen) (?:klanten?|opdrachtgevers?) (?:betalen|betaald|heeft|hebben)|tot|voor|"
        r"pas (?:op|na|vanaf|als|wanneer|over|morgen|volgende|komende|eind|begin|aan het|nadat|zodra|later|in|medio|half|de)\b",
    ),
    "plan": (
        r"(?:maandelijkse|wekelijkse)? ?(?:aflossing|aflossingen|afbetaling|afbetalingen|afbetalingsregeling)\b|(?:per maand|maandelijks) (?:€ ?)?\d+|(?:€ ?)?\d+[\d.,]* (?:per maand|maandelijks)",
        r"\w*betalingsregeling\w*|\w*afbetalingsregeling\w*|(?:een )?regeling (?:treffen|afspreken|maken|voorstellen)|"
        r"\w*termijnbetaling\w*|in (?:\w+ )?(?:maandelijkse |wekelijkse |gelijke |kleinere )?termijnen|"
        r"in (?:\d+|twee|drie|vier|vijf|zes|meerdere) (?:maandelijkse |gelijke |kleinere )?(?:termijnen|deelbetalingen|delen|keer|stukken|betalingen|stappen)\b|"
        r"(?:\d+|twee|drie|vier|vijf|zes|meerdere) (?:maandelijkse |gelijke |kleinere )?(?:termijnen|deelbetalingen)\b|"
        r"deelbetalingen|in delen|in gedeelten|in stappen|gespreid\w*|spreiden|te spreiden|uitsmeren|opsplitsen|op te splitsen|"
        r"verdelen over|verdeeld over|(?:af )?te lossen|aflossen|afbetalen|af te betalen|"
        r"(?:maandelijks|per maand|elke maand|iedere maand|wekelijks|per week)" + _g(3) + r"(?:betalen|voldoen|overmaken|aflossen|afbetalen|\d+)|"
        r"(?:betalen|voldoen|overmaken|aflossen|afbetalen)" + _g(3) + r"(?:maandelijks|per maand|elke maand|iedere maand|wekelijks|per week)\b",
    ),
    "more_time": (
        r"uitstel\w*|(?:meer|extra|wat meer|iets meer|nog wat|nog even|nog wat meer|een beetje meer) (?:tijd|respijt)|respijt|"
        r"(?:betalingstermijn|termijn|betaaltermijn|vervaldatum|deadline)" + _g(3) + r"(?:verlengen|verlengd|verlenging|opschuiven|verschuiven|oprekken)|"
        r"verlenging" + _g(3) + r"(?:betalingstermijn|termijn|betaaltermijn)|"
        r"opschorten|uitstellen|(?:even |wat |nog wat |nog even )geduld|(?:geef|gun|geeft|gunt) (?:ons|mij|me)" + _g(3) + r"(?:tijd|dagen|weken|respijt|uitstel)|"
        r"(?:hebben|heb) (?:nog )?(?:wat|een paar|enkele|meer)" + _g(1) + r"(?:tijd|dagen|weken) nodig|"
        r"(?:een paar|enkele) (?:dagen|weken) (?:extra|meer|langer|uitstel)|(?:de )?(?:tijd|uitstel|respijt) (?:geven|gunnen|krijgen|verlenen)",
    ),
    "split_rest": (
        r"(?:en|,|daarna|vervolgens|dan)\s+(?:het |de )?(?:rest|restant|restbedrag|resterende\w*|overige\w*|andere helft|tweede helft|"
        r"tweede termijn|tweede deel|tweede betaling)\b" + _g(5) + _LATER,
        r"(?:de rest|het restant|de andere helft|de tweede helft|de tweede termijn|de tweede betaling)\b" + _g(5) + _LATER,
    ),
    "callback": (
        r"(?:kunnen|zullen|kan|zal) (?:we|wij|ik|u) (?:morgen |vandaag |straks |vanmiddag |binnenkort |even |kort )*(?:even )?(?:bellen|telefoneren|bellen met elkaar)\b|telefonisch (?:benaderd|gebeld|teruggebeld)\b|(?:word|worden) (?:graag )?(?:telefonisch )?(?:benaderd|gebeld|teruggebeld)",
        r"(?:afspraak|overleg|gesprek|meeting|belafspraak|videocall)" + _g(3) + r"(?:maken|plannen|inplannen|inschieten|regelen)\b|(?:maken|plannen|inplannen) (?:van )?(?:een )?(?:afspraak|overleg|gesprek)\b",
        r"(?:bel|belt|bellen)\s+(?:u |jij |je )?(?:mij|me|ons)" + _g(4) + r"(?:terug|op|even|aub|alstublieft|graag)\b|"
        r"(?:belt|bel)\s+(?:u\s+)?(?:alstublieft\s+|aub\s+|even\s+)?(?:mijn|onze|de) (?:collega|leidinggevende|manager|boekhouder|directeur)|"
        r"\w*terugbellen|terug te bellen|terugbelverzoek|(?:kunt|kan|wilt|zou|wil|kunnen) (?:u|jij|je|jullie) (?:mij|me|ons)" + _g(3) + r"(?:bellen|opbellen|terugbellen|telefonisch)|"
        r"(?:mij|me|ons) (?:even |graag |svp |aub )?(?:bellen|opbellen)|bel (?:mij|me|ons)\b|(?:een |maken |plannen |inplannen )belafspraak|"
        r"(?:u|jij|je|jullie) (?:kunt|kan|mag|mogen|kunnen) (?:mij|me|ons)" + _g(3) + r"(?:bellen|opbellen|bereiken|telefonisch)|"
        r"(?<!na )(?<!zoals )(?<!volgens )(?<!tijdens )(?<!ons )(?<!het )(?<!uw )telefonisch\w*" + _g(4) + r"(?:contact|bespreken|overleggen|bereikbaar|toelichten|doornemen|afstemmen|spreken|bereiken)|"
        r"(?:bespreken|overleggen|doornemen|afstemmen|spreken)" + _g(4) + r"(?:telefonisch|per telefoon|aan de telefoon|via de telefoon)|"
        r"(?:spreken|overleggen) (?:met )?(?:iemand|een medewerker|een persoon|een mens|u|uw collega|de verantwoordelijke)|"
        r"(?:voor|op|om) een (?:kort |kortje )?(?:telefoontje|belletje|telefoongesprek)|(?:even )?een belletje|"
        r"met (?:iemand|een medewerker|een persoon|een mens|u|uw collega|de verantwoordelijke)" + _g(4) + r"(?:spreken|overleggen|bellen)\b|"
        r"(?:mijn|ons) (?:telefoonnummer|nummer|mobiele nummer|mobiel nummer|06-nummer) (?:is|luidt)|"
        r"(?:bereikbaar|bel mij|bel me|bereik mij|bereik me)" + _g(3) + r"(?:op|via|onder) (?:\+|0)\d[\d /.-]{4,}\d",
    ),
    "conditional": (
        r"^\s*(?:mocht|indien|mochten)\b|(?:mocht|mochten|als|indien) (?:u|je|jullie|er) (?:nog )?(?:vragen|opmerkingen|onduidelijkheden)|"
        r"(?:bij|voor|met) (?:eventuele |verdere |nog )?(?:vragen|onduidelijkheden)|aarzel niet|schroom niet|"
        r"neem gerust contact|indien (?:nodig|gewenst)|(?:ben|zijn|staan|sta) (?:ik |wij |we )?(?:graag |altijd )?(?:bereikbaar|beschikbaar) voor (?:vragen|u)",
    ),
    "contact_change": (
        r"(?:facturen|herinneringen|aanmaningen|correspondentie|e-?mails|post)" + _g(3) + r"naar [\w.+-]+@[\w-]+|(?:i\.p\.v\.|in plaats van) (?:dit|het huidige|mijn|het oude) (?:e-?mail)?adres",
        r"(?:is|wordt|zijn|worden) (?:nu |voortaan |sinds kort |vanaf nu |per direct )?(?:uitbesteed|overgedragen|overgegaan|ondergebracht) (?:aan|naar|bij)\b|(?:wordt|worden) (?:nu |voortaan |vanaf nu )(?:verzorgd|gedaan|afgehandeld|beheerd|behandeld) door\b",
        r"(?:niet meer|niet langer)" + _g(3) + r"(?:werkzaam|in dienst|actief|verantwoordelijk|bij (?:ons|het bedrijf|\w+ bv|\w+ b\.v\.|\w+ nv)|"
        r"de contactpersoon|het aanspreekpunt|het juiste|de juiste|in gebruik|gebruikt|gelezen|bereikbaar op dit|betrokken|"
        r"belast met|over|voor (?:de|uw|deze))|werk\w* hier niet meer|(?:is|ben) uit dienst|uit dienst (?:getreden|gegaan)",
        r"(?:heeft|hebben|heb)" + _g(3) + r"(?:het bedrijf|de organisatie|ons|onze organisatie|het team|de afdeling) verlaten|met pensioen",
        r"(?:niet|nooit) (?:de|het) (?:juiste|goede|correcte|verantwoordelijke)\w* (?:persoon|contactpersoon|adres|afdeling|aanspreekpunt|ontvanger)|"
        r"(?:ben|is|zijn) (?:hier |daar |hiervoor |daarvoor )?niet (?:verantwoordelijk|de juiste|de aangewezen|bevoegd)|"
        r"(?:verkeerde|foute) (?:persoon|contactpersoon|adres|e-?mailadres|ontvanger|afdeling)",
        r"(?:nieuwe|nieuw|gewijzigde|gewijzigd|ander|andere|juiste|correcte) (?:e-?mailadres|e-?mail|mailadres|adres|factuuradres|contactpersoon|"
        r"contactgegevens|aanspreekpunt|postadres|emailadres)",
        r"(?:voortaan|vanaf nu|vanaf heden|in het vervolg|in de toekomst|vanaf vandaag)" + _g(8) + r"(?:sturen|mailen|richten|zenden|versturen|"
        r"contact|wenden|naar|aan|verantwoordelijk|aanspreekpunt|contactpersoon)\b|"
        r"(?:sturen|mailen|richten|zenden|versturen|stuur|stuurt)" + _g(8) + r"(?:voortaan|vanaf nu|in het vervolg|in de toekomst)",
        r"(?:pas|past|wijzig|wijzigt|werk|werkt)" + _g(2) + r"(?:uw|de|jullie)" + _g(1) + r"(?:gegevens|administratie|bestand|adresgegevens|contactgegevens|"
        r"e-?mailadres|adres|systeem|mailinglijst|verzendlijst)" + _g(1) + r"(?:aan|bij)\b",
        r"(?:stuur|stuurt|richt|mail|zend|adresseer|sturen)" + _g(3) + r"(?:alle |toekomstige |uw |de )?(?:facturen|herinneringen|aanmaningen|correspondentie|"
        r"e-?mails|post|betalingsherinneringen)" + _g(4) + r"naar\b",
        r"(?:heeft|hebben)" + _g(2) + r"overgenomen|(?:mijn|zijn|haar) opvolger|vervangen door|"
        r"(?:neemt|nemen)" + _g(5) + r"(?:\w*administratie|taken|werkzaamheden|functie|rol|boekhouding|crediteuren\w*|debiteuren\w*|uw dossier|"
        r"uw account|facturatie|financien)" + _g(1) + r"over\b|"
        r"(?:mail|mailt|schrijf|schrijft|stuur|stuurt)" + _g(3) + r"naar [\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
        r"(?:e-?mailadres|adres|contactgegevens|emailadres|mailadres)" + _g(2) + r"(?:is|zijn) (?:gewijzigd|veranderd)|"
        r"(?:verantwoordelijke?|aanspreekpunt|contactpersoon)" + _g(4) + r"(?:is|zijn|wordt) (?:nu|voortaan|vanaf nu|sinds kort)|"
        r"(?:haal|verwijder|haalt|verwijdert) (?:mij|me|ons)" + _g(1) + r"(?:van|uit) (?:de|uw|jullie|alle)" + _g(1) + r"(?:mailinglijst|verzendlijst|distributielijst|lijst|mailing)|"
        r"(?:nu|voortaan|vanaf nu) (?:verantwoordelijk|het aanspreekpunt|de contactpersoon)|"
        r"(?:is|wordt|zijn|worden)" + _g(3) + r"(?:uw|jullie|het|de|ons) (?:nieuwe )?(?:aanspreekpunt|contactpersoon)",
    ),
    "permanent": (
        r"niet meer|niet langer|uit dienst|verlaten|voortaan|vanaf nu|vanaf heden|in het vervolg|in de toekomst|permanent|"
        r"definitief|opvolger|overgenomen|pensioen|gewijzigd|vervangen door|werk\w* hier niet meer",
    ),
    "ooo": (
        r"afwezig|afwezigheid|niet (?:op kantoor|op de zaak)|buiten kantoor|"
        r"(?:met|op) (?:vakantie|verlof|reis|zakenreis|studiereis)|(?:zwangerschaps|ouderschaps|zieken|studie)verlof|met ziekteverlof|"
        r"(?:ben|is) (?:\w+ )?ziek\b|(?:ben|is|zijn) (?:\w+ )?vrij (?:tot|t/m|tot en met|van|vanaf|vandaag|morgen|deze|op)\b|"
        r"(?:ik ben|ben ik|wij zijn|we zijn|zijn wij|zijn we)" + _g(5) + r"niet (?:op kantoor|aanwezig|op de zaak|bereikbaar|beschikbaar)|"
        r"weer (?:aanwezig|op kantoor|bereikbaar|beschikbaar|terug|aan het werk)|(?:ben|zijn) (?:vanaf|op)" + _g(3) + r"(?:weer|terug)|"
        r"na mijn terugkeer|bij mijn terugkeer|(?:beperkt|geen|beperkte) (?:toegang|bereikbaar|tot beperkt)|beperkt bereikbaar|"
        r"(?:kantoor|bedrijf|administratie|afdeling)" + _g(2) + r"(?:gesloten|dicht)|"
        r"(?:wij zijn|we zijn|zijn wij|zijn we)" + _g(4) + r"(?:gesloten|dicht)\b|bedrijfsvakantie|collectieve vakantie|bouwvak|"
        r"(?:lees|lezen|bekijk) (?:geen|beperkt|slechts beperkt|sporadisch|niet) (?:e-?mails?|mails?|mijn mail|berichten)|"
        r"(?:ben|zijn)" + _g(4) + r"op (?:een |de )?(?:beurs|cursus|training|congres|conferentie|seminar)\b",
    ),
    "auto": (
        r"automatisch\w* (?:antwoord|bericht|reactie|melding|bevestiging|e-?mail|gegenereerd|verzonden|verstuurd)|dit is een automatisch\w*|"
        r"afwezigheidsmelding|afwezigheidsbericht|"
        r"(?:reageer|antwoord) niet op (?:deze|dit) (?:e-?mail|bericht|mail)|(?:deze|dit) (?:e-?mail|bericht|mail) (?:niet )?(?:te )?beantwoorden|"
        r"(?:deze|dit) (?:mailbox|e-?mailadres|adres|postbus) (?:wordt )?niet (?:gelezen|gecontroleerd|bewaakt|beheerd)|"
        r"(?:ticket|melding|aanvraag)(?:nummer|nr|-nummer|-id)|uw (?:referentienummer|dossiernummer|zaaknummer|registratienummer)|"
        r"(?:uw|je) (?:melding|aanvraag|verzoek|vraag|bericht|ticket)" + _g(1) + r"(?:is|werd)" + _g(2) + r"(?:ontvangen en )?(?:geregistreerd|aangemaakt|aangenomen|doorgestuurd|in behandeling genomen)|"
        r"ontvangstbevestiging",
    ),
    "auto_weak": (
        r"(?:wij|we|ik) (?:hebben|heb) (?:uw|je|jouw) (?:e-?mail|bericht|mail|verzoek|vraag|aanvraag)" + _g(1) + r"(?:ontvangen|goed ontvangen)|"
        r"(?:uw|je|jouw) (?:e-?mail|bericht|mail|verzoek|vraag|aanvraag) (?:is|werd)" + _g(3) + r"(?:ontvangen|binnengekomen|aangekomen)|"
        r"(?:hartelijk |vriendelijk )?(?:bedankt|dank) voor (?:uw|je|jouw) (?:e-?mail|bericht|mail|vraag|verzoek)|"
        r"(?:nemen|neem)" + _g(4) + r"contact" + _g(4) + r"(?:zo spoedig mogelijk|zo snel mogelijk|zo spoedig|binnen|zsm|na mijn terugkeer|"
        r"bij terugkeer|op korte termijn)|"
        r"(?:reageren|reageer|antwoorden|antwoord|beantwoorden|beantwoord|terugkomen|bij u terug|contact met u op)" + _g(4) +
        r"(?:zo spoedig mogelijk|zo snel mogelijk|zo spoedig|binnen|zsm|na mijn terugkeer|bij terugkeer|op korte termijn)|"
        r"(?:zo spoedig mogelijk|zo snel mogelijk|na mijn terugkeer|bij terugkeer|op korte termijn)" + _g(3) + r"(?:reageren|beantwoorden|antwoorden|contact|terugkomen|terug)",
    ),
    "deputy": (
        r"in (?:dringende|spoedeisende) (?:gevallen|zaken)|(?:voor|bij|met) (?:dringende|spoedeisende) (?:zaken|vragen|kwesties|gevallen)|"
        r"(?:tijdens|in) mijn afwezigheid|(?:kunt|kan) (?:u|je)" + _g(2) + r"(?:contact opnemen|terecht|mailen|bellen|zich wenden)|"
        r"(?:neem|neemt) (?:contact op met|u contact op met) (?:mijn|onze) (?:collega|vervanger|vervangster)|mijn (?:collega|vervanger|vervangster|waarnemer)|"
        r"als het dringend is|indien (?:het )?dringend|bij spoed",
    ),
    "promise": (
        # "vendredi sans faute": a commitment word with a date is a promise
        r"zonder mankeren|zonder uitstel",
        r"(?:met )?(?:valutadatum|uitvoeringsdatum|rentedatum)\b",
        r"(?:zullen|zal|zult|gaan|ga|gaat|willen|wil|proberen|probeer|streven|plannen|van plan|bereid|zijn voornemens)" + _GX + r"(?:te |om te )?" + _PAYV + r"\b",
        r"(?:zullen|zal|gaan|ga|willen|wil)" + _g(6) + r"(?:" + _OVER + r"|overmaken|overboeken)|"
        r"(?:zullen|zal|gaan|ga|willen|wil)" + _g(4) + r"(?:de |het )?(?:betaling|factuur|bedrag|saldo|nota)" + _g(4) + r"(?:regelen|in orde brengen)\b|"
        r"(?:de |het )?(?:betaling|overboeking|overschrijving|bedrag|geld)" + _g(3) + r"(?:zal|wordt|zullen|gaat)" + _g(4) + r"(?:betaald|overgemaakt|voldaan|"
        r"overgeboekt|uitgevoerd|verwerkt|verstuurd|gestort|ingepland|de deur uit|plaatsvinden|plaats|eraan|komen)\b",
        r"(?:wordt|worden|zal|zullen)" + _g(6) + r"(?:betaald|overgemaakt|voldaan|overgeboekt|gestort|vereffend|uitgevoerd|ingepland|vrijgegeven|"
        r"afgeschreven|geincasseerd|voldaan worden|betaald worden|overgemaakt worden)\b",
        # present with a time: "wij betalen op vrijdag", "wij maken het bedrag maandag over"
        r"(?:wij|we|ik) (?:betalen|betaal|voldoen|voldoe|storten|stort|boeken|boek)" + _g(5) + r"(?:op(?! tijd)|voor|uiterlijk|morgen|overmorgen|vandaag|volgende|"
        r"komende|aanstaande|deze (?:week|maand|\w+dag)|eind|einde|begin|binnen|over|in(?! geen)|na|vanaf|meteen|direct|per)\b|"
        r"(?:wij|we|ik) (?:maken|maak|boeken|boek|schrijven|schrijf)" + _g(6) + _OVER + r"|"
        r"(?:maken|maak|boeken|schrijven) (?:wij|we|ik)" + _g(4) + _OVER + r"|"
        r"(?:betalen|betaal|voldoen|voldoe|storten) (?:wij|we|ik)\b",
        # scheduled
        r"(?:staat|staan|is|zijn|werd|hebben|heb)" + _g(5) + r"(?:gepland|ingepland|klaargezet|klaar gezet|geagendeerd|ingeroosterd|ingeboekt)\b|"
        r"(?:gepland|ingepland|klaargezet|voorzien) (?:voor|op)\b|\w*betaalrun\w*|\w*betalingsrun\w*|\w*betaalbatch\w*|betaalronde|"
        r"(?:volgende|eerstvolgende|komende) (?:betaaldag|betalingsronde|betaalronde|betaalmoment)",
        r"(?:u|jullie) (?:ontvangt|ontvangen|krijgt|krijgen|zult|zal)" + _g(3) + r"(?:betaling|geld|bedrag|overboeking|uw geld)|"
        r"(?:betaling|overboeking|bedrag|geld|overschrijving) (?:volgt|volgen|komt|komen)\b|"
        r"(?:betaling|overboeking|overschrijving) (?:vindt|zal)" + _g(4) + r"plaats|(?:vindt|vinden) (?:de )?(?:betaling|overboeking|overschrijving)|"
        r"(?:wij|we|ik) (?:zorgen|zorg) (?:ervoor|dat|voor)" + _g(5) + r"(?:betaald|betaling|voldaan|overgemaakt)",
    ),
    "promise_ask": (
        r"(?:^\W*|[,:]\s*|\b(?:en|of|dus|daarom|graag)\s+)(?:kunnen|kan|mogen|mag|zouden|zou)\s+(?:wij|we|ik)" + _g(6) +
        r"(?:betalen|voldoen|overmaken|" + _OVER + r"|betaling|overboeken)\b",
        r"(?:is|zou|zal) (?:het|dat) (?:goed|ok|oke|akkoord|mogelijk|een probleem|acceptabel|in orde|prima|bezwaarlijk)(?: zijn)?" + _g(8) +
        r"(?:betalen|voldoen|overmaken|" + _OVER + r"|betaling|voldaan|betaald)\b|(?:gaat|zou) u (?:ermee )?akkoord" + _g(6) + r"(?:betalen|betaling|voldoen)|"
        r"(?:geef|geeft|gun|gunt) (?:ons|mij|me)" + _g(3) + r"(?:tot|nog tot)\b|(?:hebben|krijgen|heb|krijg) (?:wij|we|ik) (?:nog )?tot\b|"
        r"(?:hebben|heb|zouden|zou)" + _g(3) + r"(?:nodig|willen) tot\b|tot" + _g(4) + r"(?:de tijd|uitstel|respijt)\b|"
        r"(?:later|op een later moment|op een later tijdstip|wat later)" + _g(3) + r"(?:betalen|voldoen|overmaken)|"
        r"(?:betalen|voldoen|overmaken)" + _g(3) + r"(?:later|op een later moment|op een later tijdstip)",
    ),
    "pay_word": (
        r"\w*betal\w*|betaald|\w*overmak\w*|overgemaakt|\w*overboek\w*|voldoen|voldaan|voldoe|\w*geld|storten|gestort|"
        r"incasso|sepa|overschrijving|overschrijven",
    ),
    "claimed": (
        r"(?:betaling|overboeking|overschrijving|bedrag|factuur) is" + _g(6) + r"(?:uitgevoerd|voldaan|overgemaakt|betaald|verwerkt|verstuurd)\b(?! (?:worden|zal|zullen|op|per|voor))",
        r"(?:[a-z]+,?\s+)?(?:hebben|heb|hebt|heeft|hadden|had|is|zijn|werd|werden|was|waren|reeds|al|zojuist|net|gisteren|eergisteren|vorige week|vanochtend|"
        r"vanmorgen|vandaag)" + _g(5) + r"(?:betaald|overgemaakt|voldaan|overgeboekt|gestort|afgeschreven|geincasseerd|vereffend|afgerekend|"
        r"overgeschreven|geregeld)\b",
        _PAYOBJ + _g(4) + r"(?:is|zijn|werd|werden|was|waren|hebben|heeft|reeds|al)" + _g(4) + _PAYED + r"\b|"
        r"(?:[a-z]+,?\s+)?(?:hebben|heb|hebt|heeft|hadden|had|werd|werden|reeds|al)" + _g(3) + _PAYOBJ + _g(4) + _PAYED + r"\b",
        r"(?:wij|we|ik) (?:betaalden|betaalde|maakten|maakte|stortten|stortte|voldeden|voldeed)\b|(?:betaalden|maakten|stortten|voldeden) (?:wij|we|ik)\b",
        r"^\W*(?:reeds |al |is |werd |gisteren )?(?:betaald|overgemaakt|voldaan|afgeschreven)\b(?! (?:op|voor|uiterlijk|morgen|volgende))",
        r"(?:\w*betaling|\w*overboeking|geld|bedrag|overschrijving)\w*" + _g(3) + r"(?:is|zijn|ging|gingen|was|waren)" + _g(2) + r"(?:onderweg|verstuurd|de deur uit|verzonden|weg)\b|"
        r"(?:van|af van) (?:onze|mijn|de) (?:rekening|bankrekening) (?:afgeschreven|gegaan|af)|is (?:al |reeds )?afgeschreven|"
        r"(?:heeft|hebben) (?:onze|de) (?:rekening|bank) verlaten",
        r"(?:betalingsbewijs|bewijs van betaling|betaalbewijs|transactiebewijs|bankafschrift|rekeningafschrift|afschrift|screenshot|swift\w*|"
        r"betalingsbevestiging|betaalbevestiging|bevestiging van de bank|bevestiging van (?:de )?betaling|overboekingsbewijs|mt103|kwitantie)" + _g(4) +
        r"(?:in de bijlage|bijgevoegd|toegevoegd|als bijlage|bijgaand|meegestuurd|in bijlage|hierbij)|"
        r"(?:bijgaand|in de bijlage|bijgevoegd|in bijlage|hierbij|als bijlage|zie bijlage)" + _g(4) + r"(?:\w*bewijs|\w*afschrift|\w*bevestiging|screenshot|swift\w*|mt103|kwitantie)",
        r"(?:heeft|hebt|hebben) (?:u|jullie)" + _g(3) + r"(?:\w*betaling|\w*overboeking|geld|bedrag|overschrijving)" + _g(3) + r"(?:niet )?(?:ontvangen|gezien|binnen|gekregen|verwerkt)|"
        r"(?:is|zijn) (?:onze|de|mijn|het)" + _g(1) + r"(?:\w*betaling|\w*overboeking|geld|bedrag)" + _g(3) + r"(?:ontvangen|binnengekomen|aangekomen)|"
        r"(?:bevestig|bevestigt|bevestigen)" + _g(3) + r"(?:ontvangst|ontvangen)" + _g(3) + r"(?:\w*betaling|\w*overboeking|geld|bedrag)",
    ),
    "arrival": (
        r"(?:zou|zal|moet|moeten|zouden|zullen|kan|kunnen)" + _g(6) + r"(?:binnen zijn|binnenkomen|bijgeschreven|zichtbaar|aankomen|binnen moeten zijn|"
        r"op uw rekening staan|op uw rekening zijn|bij u zijn|bij u binnen)\b|"
        r"(?:op|bij) (?:uw|jullie) (?:rekening|bankrekening)" + _g(3) + r"(?:staan|staat|zijn|is|binnen|bijgeschreven)\b|"
        r"(?:staat|is)" + _g(3) + r"op (?:uw|jullie) (?:rekening|bankrekening)|verwerkingstijd|doorlooptijd|duurt" + _g(3) + r"(?:dagen|werkdagen|dag)",
    ),
    "info_copy": (
        r"\w*factuurkopie|(?:kopie|kopieen|duplicaat|pdf|scan|origineel|exemplaar)" + _g(3) + r"(?:\w*factuur|facturen|creditnota|nota)|"
        r"(?:\w*factuur|facturen|pdf)" + _g(3) + r"(?:nogmaals|opnieuw|nog een keer|nog eens|als pdf|per e-?mail)|"
        r"(?:stuur|stuurt|zend|zendt|mail|mailt|verstuur|verstuurt|bezorg) (?:u |jij |je )?(?:ons|mij|me)" + _g(3) + r"(?:\w*factuur|facturen|pdf|kopie|creditnota|nota)|"
        r"(?:stuur|stuurt|zend|zendt|mail|mailt|verstuur|verstuurt) (?:u |jij |je )?(?:aub |alstublieft |even |graag )?(?:de|deze|die|een) (?:factuur|creditnota|nota)\b|"
        r"(?:opnieuw|nogmaals|nog een keer|nog eens)" + _g(2) + r"(?:toesturen|sturen|versturen|mailen|toezenden|zenden|doorsturen)|"
        r"(?:\w*factuur|facturen|nota)" + _g(3) + r"(?:toesturen|toezenden|doorsturen|sturen|mailen)|"
        r"bijlage" + _g(2) + r"(?:ontbreekt|mist|ontbrak|is leeg|beschadigd|onleesbaar)|zonder bijlage",
    ),
    "info_statement": (
        r"\w*rekeningoverzicht|\w*klantoverzicht|debiteurenoverzicht|openstaande posten|openpostenlijst|saldo-?overzicht|saldobevestiging|"
        r"(?:overzicht|lijst|specificatie|opgave)" + _g(3) + r"(?:openstaande|uitstaande|onbetaalde|facturen|posten|saldo|betalingen|transacties)|"
        r"rekeningafschrift|afschrift|afstemming|welke facturen" + _g(3) + r"(?:open|openstaan|openstaand|onbetaald)",
    ),
    "info_bank": (
        r"bankgegevens|bankrekening\w*|rekeningnummer|iban|bic|swift|betaalgegevens|betalingsgegevens|"
        r"(?:naar|op) welk (?:rekeningnummer|nummer)|(?:naar|op) welke (?:rekening|bankrekening)|welk rekeningnummer|"
        r"hoe (?:kunnen|kan|moeten|moet|mogen) (?:we|wij|ik)" + _g(2) + r"(?:betalen|voldoen|overmaken)|"
        r"(?:hoe|waar|waarheen) (?:we|wij|ik)" + _g(3) + r"(?:betalen|voldoen|overmaken)|waar (?:kunnen|kan|moeten|moet) (?:we|wij|ik)" + _g(2) + r"(?:betalen|overmaken)|"
        r"betaallink|betaalverzoek|betaalmogelijkhe\w*|betaalwijze|betaalmethode\w*|betalingswijze|(?:via|met|per) ideal|ideal-?(?:link|betaling)|tikkie|machtiging",
    ),
    "info_other": (
        r"\w*inkoopordernummer|inkooporder|ordernummer|bestelnummer|bestelbonnummer|po-nummer|(?<!un )\bpo\b(?!')|referentie\w*|kenmerk|"
        r"pakbon|afleverbon|leverbon|bewijs van levering|afleverbewijs|ontvangstbewijs|urenstaat|urenstaten|urenoverzicht|"
        r"specificatie|uitsplitsing|(?:nadere|meer|verdere|extra|aanvullende) (?:toelichting|informatie|uitleg|details|gegevens|onderbouwing)|"
        r"toelichting|uitleg|verduidelijking|onderbouwing|waarvoor|waar (?:is|gaat|betreft)" + _g(3) + r"(?:voor|over|om)|"
        r"waar" + _g(3) + r"(?:over|voor|om) (?:gaat|is|betreft)|waarover|"
        r"welke (?:factuur|levering|dienst|bestelling|order|werkzaamheden)|wat (?:is|betreft) (?:dit|deze|het)|btw-?nummer|kvk-?nummer|"
        r"vervaldatum|betalingstermijn|betalingsvoorwaarden|contract|offerte|orderbevestiging|opdrachtbevestiging|details",
    ),
    "request": (
        r"\bgraag\b|gelieve|\ba\.?u\.?b\b|alstublieft|alsjeblieft|svp|(?:kunt|kan|zou|zoudt|wilt|wil|kunnen|kun|zouden|willen) (?:u|jij|je|jullie)|"
        r"(?:stuur|stuurt|zend|zendt|mail|mailt|bezorg|geef|geeft|laat|verstrek|verstrekt) (?:u |jij |je )?(?:ons|mij|me)|"
        r"(?:wij|we|ik) (?:hebben|heb|zouden|zou) (?:graag|nodig)|(?:wij|we|ik) (?:hebben|heb)" + _g(4) + r"nodig\b|(?:wij|we|ik) (?:willen|wil|vragen|verzoeken|verzoek|vraag|ontvangen graag|ontvang graag|missen|mis)|"
        r"verzoeke|laat (?:ons|mij|me) (?:even )?weten|waar (?:kan|kunnen|vind|vinden)|"
        r"(?:wat|welke|welk|hoe|wanneer|waarom|waar|waarvoor) (?:is|zijn|was|kan|kunnen|moet|moeten|staat|betreft|gaat)|bij voorbaat dank",
    ),
    "ack": (
        r"^\s*(?:ok|oke|prima|bedankt|dank u|dank je|dankjewel|dank u wel|top|goed|akkoord|begrepen|genoteerd|ontvangen|helder|duidelijk|"
        r"ja|nee|in orde|helemaal goed|super)\W*$|genoteerd|(?:ik|wij|we) (?:stuur|sturen|geef|geven|zet|zetten) (?:het|dit|deze|uw \w+|je \w+)?" + _g(3) + r"door\b|"
        r"doorgestuurd|doorgezet|(?:ik|wij|we)" + _g(1) + r"(?:kijk|kijken|bekijk|bekijken|zoek|zoeken|check|checken|controleer|controleren|onderzoek|onderzoeken)\b|"
        r"(?:kom|komen) (?:er|hier|daar)\w*" + _g(2) + r"terug|(?:nemen|neem) het mee|in behandeling|pakken (?:het|dit) op",
    ),
    "vague_time": (
        r"binnenkort|spoedig|zo snel mogelijk|\bzsm\b|z\.s\.m\.|zo spoedig mogelijk|zo vlug mogelijk|zo gauw mogelijk|op korte termijn|"
        r"in de (?:komende|volgende) (?:dagen|weken)|over (?:een paar|enkele|een aantal) (?:dagen|weken)|(?:volgende|komende) (?:week|maand)|"
        r"(?:begin|half|medio|midden) (?:van |deze |volgende |komende |" + _MONTHS + r")|medio|deze week|deze maand|in de loop van|zodra|wanneer (?:wij|we|het geld|onze klant)|ooit|"
        r"op zijn vroegst",
    ),
    "partial": (
        r"\w*helft|de halve|\w*deelbetaling|gedeeltelijk\w*|deelbedrag|een deel|een gedeelte|\w*aanbetaling|voorschot|eerste termijn|"
        r"eerste (?:deel|betaling|storting|deelbetaling)|\d+ ?%|\d+ procent",
    ),
    "full": (
        r"volledig\w*|het (?:volledige|gehele|hele|totale|openstaande|resterende) (?:bedrag|saldo|factuurbedrag)|het saldo|het restant|"
        r"in zijn geheel|alles|alle (?:openstaande )?facturen|restbedrag|totaalbedrag",
    ),
    "not_before": (
        r"niet (?:voor|eerder dan)|op zijn vroegst|niet eerder|pas (?:op|na|vanaf|aan het|eind|begin|volgende|komende|de|in|over)",
    ),
    "injection": (
        r"(?:notitie|bericht|instructies?|opmerking) (?:voor|aan) (?:de |het )?(?:ai|assistent|systeem|bot|model|agent)\b[^\n]*|(?:^|\n)\s*(?:systeem|assistent|ai)\s*:[^\n]*",
        r"(?:negeer|negeren|vergeet|ignoreer|ignoreren)" + _g(3) + r"(?:alle|eerdere|vorige|voorgaande|bovenstaande|je|jouw|uw)" + _g(1) +
        r"(?:instructies|instructie|opdrachten|regels|prompts?|aanwijzingen)[^\n]*|nieuwe instructies?:?[^\n]*|"
        r"(?:markeer|zet|boek|registreer|sluit|verwijder|annuleer|markeren)" + _g(4) + r"als (?:betaald|voldaan|gesloten|afgehandeld|verwijderd|geannuleerd)|"
        r"(?:verwijder|sluit|annuleer)" + _g(3) + r"(?:het |de |dit |deze |ons |onze )?(?:dossier|ticket|account|vordering|zaak|herinneringen|incasso|klantaccount)\b|"
        r"je bent (?:nu |vanaf nu )?(?:een|de) (?:ai|assistent|model|bot|taalmodel)|stop (?:alle |de )?(?:herinneringen|aanmaningen|incasso)",
    ),
}

# Words the typo corrector must know: every word of the cues above, and the common words of
# Dutch business mail, so that they are never "corrected" into another language's cue word.
_WORDS = """
aangekomen aangeleverd aanmaning aanmaningen aanwezig achterstand administratie adres afdeling
afgeschreven afgesproken afspraak afwezig akkoord bedrag bedragen bedrijf begrepen behandeling
bekijken bellen beschadigd besteld bestelling betaald betaalde betaalden betalen betaling
betalingen betalingsbewijs betalingsregeling betalingstermijn bevestiging bijlage boekhouding
collega contact contactpersoon controleren creditnota crediteurenadministratie december
dinsdag donderdag doorgestuurd duidelijk factuur facturen factuurnummer februari financiele
geleverd genoteerd geregeld helaas herinnering herinneringen informatie januari klacht klopt
kopie leverancier levering liquiditeit maandag maart momenteel november oktober ontbreekt
ontvangen onvolledig openstaande openstaand opdracht overgemaakt overmaken overzicht
rekening rekeningnummer rekeningoverzicht saldo september spoedig telefonisch termijnen
uiterlijk uitstel vakantie verantwoordelijk verschuldigd voldaan voldoen volgende vriendelijke
vrijdag woensdag zaterdag zondag zodra
weigeren weigert weiger weigerde weigerden geweigerd betaal betaalt betaald betalen betaling
overmaken overgemaakt maken maakt maakte maakten voldoen voldoet voldeed voldeden voldaan
storten stort stortte stortten gestort ontvangen ontving ontvingen ontvangt leveren levert
leverde leverden geleverd sturen stuurt stuurde stuurden gestuurd bellen belt belde gebeld
terugbellen klopt klopte kloppen werkt werkte werken gewerkt ontbreken ontbreekt ontbrak
ontbraken missen mist miste misten gemist wachten wacht wachtte gewacht afgesproken
gebeurt gebeurde gebeurd bezorgen bezorgt bezorgd bezorgde gepland ingepland verstuurd verzonden uitgevoerd afgeschreven geincasseerd overgeboekt
aandacht aangegeven aangezien aanvraag afhandelen afgehandeld alvast anders beantwoorden
bedankt begin behalve bekend beste betreft binnenkort boekhouder buiten collegas
correct daarom daarna debiteuren direct doorgeven doorsturen eerder eerste eigenlijk
excuses financien gebeurd gecontroleerd gedaan gegevens gehad gekregen gelieve gemaakt
genoeg geprobeerd gesproken gestuurd geweest graag groeten hartelijk hebben helemaal
hierbij hiervan hoeveel inmiddels intern jullie kunnen laatste leveren maken meerdere
mogelijk moeten namens nemen nodig onderwerp onderzoek onderzoeken onze opnieuw opgelost
organisatie probleem proberen project reactie regelen reeds sturen tijdens toegestuurd
uiteraard vandaag verder vergeten verstuurd verzonden volgens voorstel vragen waarschijnlijk
welke werkdagen willen worden zullen zouden
"""


_MORE_WORDS = """
aangeven aangezien aankoop aanleiding aanpassen aanpassing aanvullende achteraf adviseren
afgelopen afhandeling afleveren afspreken akkoord algemeen alleen allemaal anderen antwoord
antwoorden ontvangst bedoeling bedrijven begroeting beheer beoordelen bereid beschikbaar
besproken bestaan betreffende bewijs bezig binnenkomen blijft boekjaar bovendien brengen
brief collega's controle daarbij daarmee daarvan daarvoor definitief denken dinsdags
doorgeven eindelijk enige ervan excuus financiele gaarne gebeuren gebruik gedeelte gegeven
gekeken gekomen geleden geliefd gemeld genomen gepland gerust geschreven gesprek gevraagd
gewacht gewoon geworden gezien goedemiddag goedemorgen goedenavond goedendag groet
hiervoor hoofdkantoor hopelijk inderdaad informeren ingevuld inkoop inmiddels juiste
kantoor kijken klant klanten komend komen kosten kunnen laten leiding leverancier
leveranciers lopende maandelijks mailen manager mededeling medewerker medewerkers
meneer mevrouw misschien missen moeilijk nakijken namelijk natuurlijk nergens niemand
nogmaals noodzakelijk normaal nummer omdat onduidelijk ongeveer onlangs ontvang
onverwacht opmerking opnemen opvolging overleg persoonlijk planning precies proberen
procedure rekeningen schrijven snappen spreken staan stoelen stuurde systeem tafels
telefoon terecht toekomst trouwens uitgaan uitleggen vandaar vanwege verbaasd verkocht
verstaan vertellen vertraging verwachten verwerken verzoek volgens voorbeeld voorkomen
vooraf voordat vraagje vriendelijk waarom wachten weekend wellicht werken werkzaam
wijzigen zaterdags zeker zonder zorgen zouden
"""


def _words() -> tuple[str, str]:
    """(VOCAB, KNOWN): the cues' words, which typos are corrected towards, and the other
    words that must never be taken for typos (German cue words are one letter away from
    many Dutch words: "vertellen" / "verteilen", "stoelen" / "stellen")."""
    import re

    from agent.brain.understand.normalize import fold

    def spellings(text: str) -> set[str]:
        return {fold(w) for w in re.findall(r"[a-zë]{3,}", text)}

    cue_words: set[str] = set()
    for ps in CUES.values():
        for p in ps:
            cue_words |= spellings(re.sub(r"\\[a-zA-Z]", " ", p))
    known = spellings(_WORDS + _MORE_WORDS) | cue_words
    # inflections one letter away from a known word must be known too, or the corrector would
    # take them for typos of it
    for w in list(known):
        if len(w) >= 5 and w.endswith("en"):
            stem = w[:-2]
            known.update({stem + "t", stem + "de", stem + "te", stem + "den", stem + "ten"})
        elif len(w) >= 5 and w.endswith(("t", "d")):
            known.update({w + "e", w + "en"})
    return " ".join(sorted(cue_words)), " ".join(sorted(known - cue_words))


VOCAB, KNOWN = _words()
