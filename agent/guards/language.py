"""Languages: which one to write in, and which one a text is written in.

Messages exist in seven languages. Customers get their contact's language, else the country's
main language, else English; members get theirs, else English. `detect_language` is a small
offline detector for exactly these seven languages, made for business mail: it checks that a
draft is in the target language and guesses the language of an inbound reply.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType

from babel.languages import get_official_languages

__all__ = [
    "MESSAGE_LANGUAGES",
    "country_language",
    "customer_language",
    "detect_language",
    "language_scores",
    "member_language",
    "notification_language",
]

MESSAGE_LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "es", "it", "nl", "pt")

# Where the first supported official language in CLDR's order is not what a credit controller
# would pick for a company whose address is the only clue:
# - BE: CLDR already lists nl first; Flanders holds the majority of companies, so nl is kept
#   explicitly (a contact language, when known, overrides it anyway).
# - CH: the German-speaking part is the largest; CLDR puts Swiss German (gsw) second, which we
#   do not write, so the answer must not depend on that order.
# - LU: French is the language of business correspondence there.
# - CA: English-speaking majority outside Quebec.
# - IE, IN, MT, SG, ...: English, which CLDR ranks after the national language.
_COUNTRY_OVERRIDES: Mapping[str, str] = MappingProxyType(
    {
        "BE": "nl",
        "CH": "de",
        "LU": "fr",
        "CA": "en",
        "IE": "en",
        "MT": "en",
        "IN": "en",
        "SG": "en",
        "PH": "en",
        "ZA": "en",
        "NZ": "en",
        "AD": "es",
    }
)


def _base_language(code: str | None) -> str | None:
    """ISO 639-1 part of a tag: 'pt-BR' -> 'pt', 'fr_CA' -> 'fr'; None for blanks."""
    if not code:
        return None
    base = re.split(r"[-_]", code.strip(), maxsplit=1)[0].lower()
    return base or None


def _supported(code: str | None) -> str | None:
    base = _base_language(code)
    return base if base in MESSAGE_LANGUAGES else None


@lru_cache(maxsize=512)
def country_language(country: str) -> str | None:
    """Main language of the country among MESSAGE_LANGUAGES, or None."""
    code = (country or "").strip().upper()
    if not code:
        return None
    if code in _COUNTRY_OVERRIDES:
        return _COUNTRY_OVERRIDES[code]
    try:
        official = get_official_languages(code, de_facto=True)
    except Exception:  # babel raises on malformed territory codes; treat as unknown
        return None
    for lang in official:
        supported = _supported(lang)
        if supported:
            return supported
    return None


def customer_language(contact_language: str | None, country: str | None) -> str:
    return _supported(contact_language) or (country_language(country) if country else None) or "en"


def member_language(language: str | None) -> str:
    return _supported(language) or "en"


def notification_language(member_languages: Sequence[str | None]) -> str:
    """One language for a notification read by several members.

    Unanimity wins, then a unique plurality; a tie falls back to English, the one language a
    mixed finance team is assumed to share.
    """
    effective = [member_language(lang) for lang in member_languages]
    if not effective:
        return "en"
    counts = Counter(effective).most_common()
    top_lang, top_count = counts[0]
    if len(counts) > 1 and counts[1][1] == top_count:
        return "en"
    return top_lang


# --------------------------------------------------------------------------- detection

# Function words, salutations, dates and the vocabulary of invoices and payments. Words shared
# by several languages are weighted down automatically (1 / number of languages listing them),
# so lists can stay natural instead of being pruned by hand.
_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "en": """
            the a an and or but to of in on at for from with by about as into is are was were
            be been being am will would shall should can could may might must have has had do
            does did not no yes this that these those it its we us our ours you your yours i me
            my he she they them their his her there here which who whom what when where why how
            if then than so because please kindly thank thanks regards dear sincerely best kind
            invoice invoices payment payments paid pay paying amount amounts due overdue
            outstanding balance reminder account statement transfer bank attached attachment
            copy received receive send sent soon week weeks month months today tomorrow
            yesterday monday tuesday wednesday thursday friday saturday sunday january february
            march april june july august september october november december still already just
            only any some all each every also again let know hear look forward settle settled
            remittance details question questions query team customer order delivery goods
            service confirm confirmation arrange end next last following within days day sorry
            unfortunately however regarding record records find below above note hope well
            sure wire processed scheduled until after before out office return back contact
            would like hello hi cheers need get got make made check made per via
            sir madam good morning afternoon more less always between according therefore
            apologies once herewith enclosed credit message
            """,
        "fr": """
            le la les un une des du de et ou à au aux en dans pour par avec sans sur sous ne pas
            plus que qui quoi dont ce cet cette ces il elle ils elles nous vous votre vos notre
            nos leur leurs son sa ses mon ma mes je est sont être été avoir avons avez ont a
            sera serait merci cordialement salutations madame monsieur bonjour veuillez facture
            factures paiement paiements règlement montant somme solde échéance échue échues
            retard relance rappel virement banque compte relevé joint jointe copie reçu reçue
            recevoir envoyer envoyé effectuer effectué réglé régler payer payé semaine mois
            jour jours demain hier lundi mardi mercredi jeudi vendredi samedi dimanche janvier
            février mars avril mai juin juillet août septembre octobre novembre décembre
            question questions disposition restons souhaitez pouvez pourriez prochain
            prochaine très bien client commande livraison prestation marchandise date délai
            possible confirmer confirmons informons remercions sommes société service
            comptabilité encore déjà aussi toujours avant après lors afin si mais car donc comme
            tout tous toute toutes cela ceci votre vos ci nous avons ferons fera sera chez
            concernant suite reste restant impayé impayée impayées bonne journée soir
            messieurs mesdames bonsoir plusieurs moi moins puis entre selon ainsi alors
            cependant toutefois pouvons souhaiterions voudrions excuses désolé désolés seront
            dès voici
            """,
        "de": """
            der die das den dem des ein eine einen einem einer eines und oder aber zu zum zur
            von vom im in am an auf aus bei mit nach für über unter bis seit ohne gegen durch
            nicht kein keine ist sind war waren sein wird werden wurde wurden haben hat hatten
            habe kann können könnten möchten müssen sollte bitte danke vielen dank freundlichen
            grüßen grüße sehr geehrte geehrter geehrten damen herren liebe lieber hallo rechnung
            rechnungen zahlung zahlungen betrag beträge summe saldo fälligkeit fällig überfällig
            offen offene offenen rückstand verzug mahnung erinnerung zahlungserinnerung
            überweisung überwiesen bank konto kontoauszug anhang anbei kopie erhalten senden
            gesendet schicken bezahlt bezahlen begleichen beglichen woche monat tag tage tagen
            heute morgen gestern montag dienstag mittwoch donnerstag freitag samstag sonntag
            januar februar märz april mai juni juli august september oktober november dezember
            fragen frage verfügung gerne nächste nächsten noch schon bereits auch wir uns unser
            unsere unseren unserer ihr ihre ihren ihrer ihnen sie ich mir mich es er dass wenn
            ob als wie so da hier kunde kunden bestellung lieferung leistung ware datum frist
            möglich bestätigen bestätigung informieren teilen firma buchhaltung abteilung
            zahlungseingang ausgleich ausgleichen umgehend gruß viele werden würden diese
            dieser dieses diesen leider jedoch bezüglich wieder zurück
            guten herr frau mein meine meiner mehr weniger dann vorher immer zwischen laut gemäß
            daher deshalb entschuldigung sobald nur einschließlich hiermit beigefügt gutschrift
            """,
        "es": """
            no sí es son está están también ya hasta tras usted ustedes gracias saludos
            atentamente estimado estimada estimados querido factura facturas pago pagos importe
            cantidad monto en el la los las lo al del un una unos unas que de y para por con sin
            pero o se su sus nuestro nuestra nuestros nuestras este esta esto ese esa eso fue
            ser tener tiene tenemos hay vamos va voy será semana mes día días hoy mañana ayer
            lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo
            junio julio agosto septiembre setiembre octubre noviembre diciembre transferencia
            banco cuenta extracto saldo vencimiento vencida vencidas vencido retraso pendiente
            recordatorio rogamos agradecemos realizar realizado realizaremos pagado pagar
            pagaremos enviar enviado enviamos recibir recibido recibimos copia adjunto adjunta
            adjuntamos cualquier duda pregunta favor caso todavía aún próxima próximo muy bien
            cliente pedido entrega servicio mercancía regularizar liquidar fecha plazo posible
            confirmar confirmamos informamos le les nos estamos empresa departamento
            contabilidad hemos han ha le quedamos disposición les cordial cordiales
            lamentablemente sin embargo respecto sobre cuando donde como porque
            señor señora señores buenos buenas tardes nosotros yo mi mis más menos después antes
            siempre desde entre hacia según mismo misma podrían podemos gustaría agradeceríamos
            disculpe disculpen lamentamos llegó llegaron
            """,
        "it": """
            non sono è anche già fino dopo lei voi grazie saluti cordiali distinti gentile
            gentili spettabile egregio fattura fatture pagamento pagamenti importo somma in il lo
            la i gli le al allo alla ai agli alle del dello della dei degli delle nel nella nei
            nelle sul sulla dal dalla un uno una che di e ed per con senza ma o oppure se si suo
            sua suoi sue nostro nostra nostri nostre vostro vostra questo questa quello quella
            stato stata essere avere ha hanno abbiamo avete settimana mese giorno giorni oggi
            domani ieri lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio
            febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre
            dicembre bonifico banca conto estratto saldo scadenza scaduta scadute scaduto
            ritardo sospeso promemoria sollecito preghiamo chiediamo ringraziamo effettuare
            effettuato effettueremo pagato pagare pagheremo inviare inviato inviamo ricevuto
            ricevere copia allegato allegata allegati qualsiasi dubbio domanda cortesia caso
            ancora prossima prossimo molto bene cliente ordine consegna servizio merce
            regolarizzare saldare data termine possibile confermare confermiamo informiamo vi ci
            siamo azienda ufficio amministrazione contabilità cordialmente restiamo
            disposizione attesa riscontro chiarimenti purtroppo tuttavia riguardo quando dove
            come perché entro presente
            signori signor signora buongiorno buonasera noi io mio mia più meno poi prima sempre
            tra fra presso secondo quindi però così potreste possiamo vorremmo ringrazio
            scusiamo sarà saranno verrà sarebbe ecco
            """,
        "nl": """
            de het een en of maar te tot van in op aan met voor door bij uit over onder naar om
            sinds zonder niet geen is zijn was waren wordt worden werd hebben heeft had hadden
            kan kunnen zou zouden willen moeten graag alstublieft bedankt dank vriendelijke
            groet groeten geachte beste heer mevrouw hallo factuur facturen betaling betalingen
            bedrag bedragen saldo vervaldatum vervallen openstaand openstaande achterstand
            herinnering betalingsherinnering aanmaning overschrijving overgemaakt overmaken bank
            rekening rekeningnummer rekeningoverzicht bijlage kopie ontvangen sturen verzonden
            gestuurd betaald betalen voldoen voldaan week maand dag dagen vandaag morgen
            gisteren maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari
            februari maart april mei juni juli augustus september oktober november december
            vragen vraag beschikking volgende nog al reeds ook wij we ons onze u uw jullie ik
            mij mijn dat die deze dit als wanneer hoe zo er hier daar klant bestelling levering
            dienst goederen datum termijn mogelijk bevestigen bevestiging informeren laten weten
            bedrijf administratie boekhouding afdeling spoedig verzoeken verzoek gelieve helaas
            echter betreffende wat wie waar omdat nadat voordat binnen tijd uiterlijk
            goedemorgen goedemiddag meneer meer minder dan daarna altijd tussen volgens dus
            daarom kunt wilt excuses zodra hierbij alleen bijgevoegd creditnota bericht
            """,
        "pt": """
            não são está estão é também já até após você vocês obrigado obrigada cumprimentos
            atenciosamente prezado prezada prezados caro cara fatura faturas pagamento
            pagamentos valor montante em no na nos nas do da dos das ao aos à às um uma uns umas
            o os a as que de e para por pelo pela com sem mas ou se seu sua seus suas nosso nossa
            nossos nossas este esta isto esse essa isso foi ser ter tem temos têm há vamos vai
            vou irá será semana mês dia dias hoje amanhã ontem segunda terça quarta quinta
            sexta feira sábado domingo janeiro fevereiro março abril maio junho julho agosto
            setembro outubro novembro dezembro transferência banco conta extrato saldo
            vencimento vencida vencidas vencido atraso pendente lembrete pedimos agradecemos
            efetuar efetuado efetuámos efetuamos pago paga pagar enviar enviado enviámos receber
            recebemos recebido cópia anexo anexa segue qualquer dúvida questão favor caso ainda
            próxima próximo muito bem cliente encomenda entrega serviço mercadoria regularizar
            regularização liquidação data prazo possível confirmar confirmamos informamos lhe
            lhes estamos pagaremos pagámos empresa departamento contabilidade infelizmente
            contudo relativamente quando onde como porque disposição qualquer
            assim mais depois antes sobre sempre nós eu vos vosso vossa vossos vossas dele dela
            num numa neste nesta deste desta desse dessa deverá poderá poderiam gostaríamos
            agradecíamos solicitamos senhor senhora senhores exmos exmo exma bom boa tarde
            """,
    }
)

# Elided articles and pronouns ("l'importo", "d'un", "qu'il") and English contractions: they
# carry the language in the apostrophe form itself.
_ELISIONS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "l": ("fr", "it"),
        "d": ("fr",),
        "qu": ("fr",),
        "j": ("fr",),
        "n": ("fr",),
        "c": ("fr",),
        "s": ("fr",),
        "m": ("fr",),
        "t": ("fr",),
        "jusqu": ("fr",),
        "lorsqu": ("fr",),
        "aujourd": ("fr",),
        "dell": ("it",),
        "all": ("it",),
        "nell": ("it",),
        "dall": ("it",),
        "sull": ("it",),
        "un": ("it",),
        "quest": ("it",),
        "c'è": ("it",),
    }
)
_CONTRACTIONS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "t": ("en",),
        "s": ("en",),
        "re": ("en",),
        "ll": ("en",),
        "ve": ("en",),
        "m": ("en",),
        "d": ("en",),
    }
)

_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ções", ("pt",)),
    ("ção", ("pt",)),
    ("ciones", ("es",)),
    ("ción", ("es",)),
    ("zioni", ("it",)),
    ("zione", ("it",)),
    ("ità", ("it",)),
    ("iamo", ("it",)),
    ("ungen", ("de",)),
    ("ung", ("de",)),
    ("keit", ("de",)),
    ("heit", ("de",)),
    ("lich", ("de",)),
    ("schaft", ("de",)),
    ("heid", ("nl",)),
    ("lijk", ("nl",)),
    ("lijke", ("nl",)),
    ("tje", ("nl",)),
    ("ing", ("en", "nl")),
    ("ly", ("en",)),
    ("ness", ("en",)),
    ("ement", ("fr", "en")),
    ("euse", ("fr",)),
    ("eux", ("fr",)),
    ("ée", ("fr",)),
    ("ées", ("fr",)),
    ("ez", ("fr",)),
    ("ado", ("es", "pt")),
    ("ada", ("es", "pt")),
    ("idad", ("es",)),
    ("idade", ("pt",)),
    ("mente", ("es", "pt", "it")),
)

# Letters that only some of the languages use; weights reflect how telling each one is.
_CHAR_HINTS: Mapping[str, tuple[float, tuple[str, ...]]] = MappingProxyType(
    {
        "ß": (2.0, ("de",)),
        "ä": (1.0, ("de",)),
        "ö": (1.0, ("de",)),
        "ü": (1.0, ("de",)),
        "ñ": (2.0, ("es",)),
        "¿": (2.0, ("es",)),
        "¡": (2.0, ("es",)),
        "ã": (2.0, ("pt",)),
        "õ": (2.0, ("pt",)),
        "ç": (1.0, ("fr", "pt")),
        "œ": (2.0, ("fr",)),
        "î": (1.0, ("fr",)),
        "û": (1.0, ("fr",)),
        "ë": (0.6, ("nl", "fr")),
        "ï": (0.6, ("nl", "fr")),
        "ê": (0.6, ("fr", "pt")),
        "â": (0.6, ("fr", "pt")),
        "ô": (0.6, ("fr", "pt")),
        "è": (0.6, ("fr", "it")),
        "ù": (0.6, ("fr", "it")),
        "à": (0.4, ("fr", "it", "pt")),
        "ì": (1.0, ("it",)),
        "ò": (1.0, ("it",)),
        "á": (0.6, ("es", "pt")),
        "í": (0.6, ("es", "pt")),
        "ó": (0.6, ("es", "pt")),
        "ú": (0.6, ("es", "pt")),
    }
)

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_MIN_WORDS = 3
# Scores at which the evidence counts as complete: about three unambiguous function words.
_FULL_EVIDENCE = 3.0


def _word_table() -> Mapping[str, tuple[tuple[str, float], ...]]:
    langs_by_word: dict[str, set[str]] = {}
    for lang, words in _WORDS.items():
        for word in words.split():
            langs_by_word.setdefault(word, set()).add(lang)
    return MappingProxyType(
        {
            word: tuple((lang, 1.0 / len(langs)) for lang in sorted(langs))
            for word, langs in langs_by_word.items()
        }
    )


_WORD_TABLE = _word_table()


def _add(scores: dict[str, float], langs: Sequence[str], weight: float) -> None:
    share = weight / len(langs)
    for lang in langs:
        scores[lang] += share


def _score_token(token: str, scores: dict[str, float]) -> None:
    for lang, weight in _WORD_TABLE.get(token, ()):
        scores[lang] += weight
    if len(token) >= 5:
        for suffix, langs in _SUFFIXES:
            if token.endswith(suffix):
                _add(scores, langs, 0.5)
                break
    if "ij" in token:
        _add(scores, ("nl",), 0.8)


def language_scores(text: str) -> dict[str, float]:
    """Raw evidence per language (higher = more likely); all zeros for text with no words."""
    scores = dict.fromkeys(MESSAGE_LANGUAGES, 0.0)
    lowered = text.casefold()
    for raw in _TOKEN_RE.findall(lowered):
        token = raw.replace("’", "'")
        if "'" in token:
            head, _, tail = token.partition("'")
            last = token.rsplit("'", 1)[1]
            if token in _ELISIONS:
                _add(scores, _ELISIONS[token], 1.0)
            elif last in _CONTRACTIONS and head not in _ELISIONS:
                _add(scores, _CONTRACTIONS[last], 1.0)
                _score_token(head, scores)
            else:
                if head in _ELISIONS:
                    _add(scores, _ELISIONS[head], 1.0)
                _score_token(tail.split("'")[-1], scores)
            continue
        _score_token(token, scores)
    for char, (weight, langs) in _CHAR_HINTS.items():
        count = lowered.count(char)
        if count:
            _add(scores, langs, weight * min(count, 6))
    return scores


def detect_language(text: str) -> tuple[str | None, float]:
    """(language, confidence 0..1) among MESSAGE_LANGUAGES, or (None, 0.0) when undecidable.

    Confidence combines the margin over the runner-up with how much evidence there is, so a
    short or mixed text gets a low value rather than a confident wrong answer.
    """
    if len(_TOKEN_RE.findall(text)) < _MIN_WORDS:
        return None, 0.0
    scores = language_scores(text)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, best_score), (_, second_score) = ranked[0], ranked[1]
    if best_score <= 0 or best_score == second_score:
        return None, 0.0
    margin = (best_score - second_score) / best_score
    evidence = min(1.0, best_score / _FULL_EVIDENCE)
    return best, round(margin * evidence, 3)
