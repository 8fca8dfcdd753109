"""Arguments of member commands, read from the text around a trigger.

Nothing is invented: dates come from the date grammar of ``understand.dates`` resolved against
`today`, e-mail addresses, names and invoice numbers are substrings of the member's message,
amounts are amounts the member wrote. When an argument a tool needs is missing or unusable,
the extractor returns a question key (see ``messages``) instead of a value.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from email_validator import EmailNotValidError, validate_email

from agent.brain.commands.lexicon import LANG_NAME_RE, LANGUAGE_NAMES
from agent.brain.commands.text import Folded, fold_text, words
from agent.brain.understand.amounts import find_amounts, parse_number
from agent.brain.understand.dates import find_dates

__all__ = ["Need", "Span", "pause_args", "promise_args", "contact_email_args", "add_contact_args",
           "language_args", "invoice_numbers", "note_text", "dispute_note", "valid_email",
           "CONTACT_WORD_RE"]


@dataclass(frozen=True)
class Need:
    """A missing or unusable argument: ask `key` (with `values`) instead of acting."""

    key: str
    values: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Span:
    start: int  # region, folded coordinates
    end: int
    t_start: int  # the trigger inside it
    t_end: int


# ----------------------------------------------------------------------------------- dates
_NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "ein": 1, "eine": 1, "einen": 1, "uno": 1,
    "una": 1, "een": 1, "um": 1, "uma": 1, "two": 2, "deux": 2, "zwei": 2, "dos": 2, "due": 2,
    "twee": 2, "dois": 2, "duas": 2, "three": 3, "trois": 3, "drei": 3, "tres": 3, "tre": 3,
    "drie": 3, "four": 4, "quatre": 4, "vier": 4, "cuatro": 4, "quattro": 4, "quatro": 4,
    "five": 5, "cinq": 5, "funf": 5, "cinco": 5, "cinque": 5, "vijf": 5, "six": 6, "sechs": 6,
    "seis": 6, "sei": 6, "zes": 6, "seven": 7, "sept": 7, "sieben": 7, "siete": 7, "sette": 7,
    "zeven": 7, "sete": 7, "eight": 8, "huit": 8, "acht": 8, "ocho": 8, "otto": 8, "oito": 8,
    "ten": 10, "dix": 10, "zehn": 10, "diez": 10, "dieci": 10, "tien": 10, "dez": 10,
    "fifteen": 15, "quinze": 15, "quince": 15, "quindici": 15, "vijftien": 15,
}
_DURATION_RE = re.compile(
    r"\b(?:(?:for|during|pendant|durant|fur|wahrend|durante|por|per|voor|gedurende)\s+)?"
    r"(?:(?:the|les|den|die|los|las|i|le|de|os|as)\s+)?"
    r"(?:next\s+|prochaines?\s+|nachsten\s+|proxim[oa]s?\s+|prossim[ei]\s+|komende\s+|"
    r"volgende\s+)?(\d{1,3}|" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + r")\s+"
    r"(days?|jours?|tagen?|dias?|giorni|giorno|dagen?|weeks?|semaines?|wochen?|semanas?|"
    r"settimane|settimana|weken|week|months?|mois|monaten?|monate|meses|mes|mesi|mese|maanden|"
    r"maand)\b"
)
_INDEFINITE_RE = re.compile(
    r"\b(?:indefinitely|until further notice|for now|for the time being|for the moment|"
    r"until i say otherwise|until we say otherwise|permanently|with no end date|"
    r"jusqu'a nouvel ordre|indefiniment|pour l'instant|pour le moment|sans date|"
    r"bis auf weiteres|auf unbestimmte zeit|vorerst|vorlaufig|erstmal|erst mal|bis auf widerruf|"
    r"unbefristet|indefinidamente|hasta nuevo aviso|por ahora|por el momento|sin fecha|"
    r"por tiempo indefinido|fino a nuovo avviso|a tempo indeterminato|per ora|per il momento|"
    r"fino a nuovo ordine|senza data|tot nader order|tot nader bericht|voorlopig|"
    r"voor onbepaalde tijd|voor nu|por enquanto|ate novo aviso|por tempo indeterminado|"
    r"por agora|sem data)\b"
)
_UNTIL_RE = re.compile(
    r"\b(?:until|till|til|through|thru|up to|jusqu'?\w*|bis|hasta|fino|sino|finche|tot|totdat|"
    r"ate|after|apres|nach|despues|dopo|depois|na afloop)\b"
)
_VAGUE_RE = re.compile(
    r"\b(?:later|soon|a while|some time|a bit|christmas|easter|holidays?|vacations?|plus tard|"
    r"bientot|quelque temps|un moment|noel|paques|vacances|fetes|spater|bald|eine weile|"
    r"einige zeit|weihnachten|ostern|ferien|feiertage|urlaub|mas tarde|pronto|un tiempo|un rato|"
    r"navidad|pascua|vacaciones|fiestas|piu tardi|presto|un po|qualche tempo|natale|pasqua|"
    r"vacanze|feste|ferie|binnenkort|een tijdje|kerst|pasen|vakantie|feestdagen|mais tarde|"
    r"em breve|algum tempo|natal|pascoa|ferias|festas)\b"
)
_HAS_YEAR_RE = re.compile(r"\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")


@dataclass(frozen=True)
class _When:
    start: int
    end: int
    day: date
    past: bool


def _add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _whens(f: Folded, sp: Span, today: date) -> list[_When]:
    text = f.masked[sp.start:sp.end]
    out: list[_When] = []
    taken: list[tuple[int, int]] = []
    for m in _DURATION_RE.finditer(text):
        n = int(m.group(1)) if m.group(1).isdigit() else _NUM_WORDS[m.group(1)]
        unit = m.group(2)
        if not 0 < n <= 400:
            continue
        if unit.startswith(("week", "semaine", "woche", "semana", "settiman", "weken")):
            day = today + timedelta(days=7 * n)
        elif unit.startswith(("month", "mois", "monat", "mes", "maand")):
            day = _add_months(today, n)
        else:
            day = today + timedelta(days=n)
        out.append(_When(sp.start + m.start(), sp.start + m.end(), day, False))
        taken.append((m.start(), m.end()))
    for dm in find_dates(text, today):
        if dm.kind == "now" or any(s < dm.end and dm.start < e for s, e in taken):
            continue
        day, past = dm.date, dm.past or dm.date < today
        if past and dm.kind == "explicit" and not _HAS_YEAR_RE.search(text[dm.start:dm.end]):
            # a day and month without a year: its next occurrence
            while day < today:
                try:
                    day = day.replace(year=day.year + 1)
                except ValueError:  # 29 February
                    day = day.replace(year=day.year + 1, day=28)
            past = False
        out.append(_When(sp.start + dm.start, sp.start + dm.end, day, past))
    out.sort(key=lambda w: w.start)
    return out


def _pick(f: Folded, whens: list[_When]) -> _When | None:
    """The date introduced by 'until'-like words, else the first one."""
    for w in whens:
        if _UNTIL_RE.search(" ".join(f.masked[:w.start].split()[-2:])) or \
                _UNTIL_RE.match(f.masked, w.start):
            return w
    return whens[0] if whens else None


_REASON_RE = re.compile(
    r"\b(?:because(?: of)?|due to|reason\s*:|car|parce qu'?e?|en raison d(?:e|u|es|')|"
    r"a cause d(?:e|u|es|')|motif\s*:|raison\s*:|weil|wegen|aufgrund|grund\s*:|porque|"
    r"debido a|motivo\s*:|razon\s*:|perche|poiche|a causa d\w*|omdat|vanwege|wegens|"
    r"reden\s*:|pois|devido a|razao\s*:)\s*"
)
_TRIM = " \t\n,;:.!?-\"'()"


def _reason(f: Folded, sp: Span, whens: list[_When]) -> str | None:
    m = _REASON_RE.search(f.masked, sp.start, sp.end)
    if not m:
        return None
    end = sp.end
    for w in whens:
        if w.start >= m.end():
            end = min(end, w.start)
    if sp.t_start >= m.end():
        end = min(end, sp.t_start)
    ind = _INDEFINITE_RE.search(f.masked, m.end(), end)
    if ind:
        end = ind.start()
    frag = f.masked[m.end():end]
    frag = re.sub(r"(?:\s+(?:until|till|jusqu'?\w*|bis|hasta|fino a?l?|tot|ate|and|et|und|y|e|"
                  r"en|for|pour|fur|por|per|voor))+\s*$", "", frag)
    text = f.orig(m.end(), m.end() + len(frag)).strip(_TRIM)
    return text or None


_THEN_RE = re.compile(r"\b(?:until then|till then|jusque-? ?la|bis dahin|hasta entonces|"
                      r"fino ad allora|fino a quel giorno|tot dan|tot die datum|ate la|ate entao|"
                      r"ate essa data|until that date|jusqu'a cette date|bis zu diesem datum|"
                      r"hasta esa fecha|fino a quella data)\b")


def pause_args(f: Folded, sp: Span, today: date, then: str | None = None
               ) -> dict[str, Any] | Need:
    """`then`: a date named earlier in the message ("... pays on the 3rd, pause until then")."""
    whens = _whens(f, sp, today)
    chosen = _pick(f, whens)
    reason = _reason(f, sp, whens)
    if chosen is None and then and _THEN_RE.search(f.masked, sp.start, sp.end):
        return {"until": then, "reason": reason}
    if chosen is not None:
        if chosen.past:
            return Need("pause_past")
        return {"until": chosen.day.isoformat(), "reason": reason}
    region = f.masked[sp.start:sp.end]
    if _INDEFINITE_RE.search(region):
        return {"until": None, "reason": reason}
    rest = region[:sp.t_start - sp.start] + " " + region[sp.t_end - sp.start:]
    if _UNTIL_RE.search(rest) or _VAGUE_RE.search(rest):
        return Need("pause_until")
    return {"until": None, "reason": reason}


# ---------------------------------------------------------------------------------- promise
_PAY_NUM_RE = re.compile(
    r"\b(?:pay|pays|paying|settle|transfer|wire|payer|paiera|paieront|payera|regler|reglera|"
    r"virer|zahlt|zahlen|bezahlen|uberweist|uberweisen|pagar|pagara|pagaran|pagarao|paghera|"
    r"pagheranno|pagare|betaalt|betalen|liquidar|transferir|abonara|saldera|versera)\s+"
    r"(\d{1,3}(?:[ .,']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?![\w.,/:]|\s?%)"
)


def promise_args(f: Folded, sp: Span, today: date) -> dict[str, Any] | Need:
    whens = _whens(f, sp, today)
    future = [w for w in whens if not w.past]
    if not future:
        return Need("promise_past" if whens else "promise_date")
    chosen = _pick(f, future) or future[0]
    text = f.masked[sp.start:sp.end]
    amount = None
    for am in find_amounts(text):
        s, e = sp.start + am.start, sp.start + am.end
        if not any(w.start < e and s < w.end for w in whens):
            amount = am.value
            break
    if amount is None:
        for m in _PAY_NUM_RE.finditer(text):
            s = sp.start + m.start(1)
            e = sp.start + m.end(1)
            if any(w.start < e and s < w.end for w in whens):
                continue
            value = parse_number(m.group(1))
            if value is not None and value > 0:
                amount = value
                break
    return {"date": chosen.day.isoformat(),
            "amount": None if amount is None else str(amount)}


# ----------------------------------------------------------------------------------- e-mail
def valid_email(address: str) -> bool:
    try:
        validate_email(address, check_deliverability=False)
    except (EmailNotValidError, ValueError, UnicodeError):
        return False
    return True


def _emails(f: Folded, sp: Span) -> list[tuple[int, int, str]]:
    return [(s, e, f.orig(s, e)) for s, e in f.emails if sp.start <= s and e <= sp.end]


def _check(found: list[tuple[int, int, str]]) -> Need | None:
    for _, _, addr in found:
        if not valid_email(addr):
            return Need("email_invalid", (("email", addr),))
    return None


_INSTEAD_RE = re.compile(r"\b(?:instead of|in place of|rather than|au lieu de|a la place de|"
                         r"statt|anstatt|anstelle von|en lugar de|en vez de|invece di|al posto di|"
                         r"in plaats van|em vez de|em lugar de|not)\b")
_WAS_RE = re.compile(r"\b(?:was|previously|formerly|old|ancien\w*|avant|auparavant|vorher|"
                     r"bisher|alt\w*|antes|anteriormente|antigu\w*|antig\w*|prima|precedente|"
                     r"vecchi\w*|voorheen|eerder|oud\w*|anterior)\b")
_WITH_RE = re.compile(r"\b(?:with|by|par|avec|durch|mit|por|con|door|pela|pelo|per)\b")
_FROM_TO_RE = re.compile(r"\b(?:to|a|zu|auf|naar|para|in|into|en|op)\b")
_IS_NOW_RE = re.compile(r"\b(?:is now|becomes|est maintenant|devient|ist jetzt|ist nun|wird|"
                        r"es ahora|ahora es|ora e|diventa|is nu|wordt|agora e|passa a ser)\b|->|=>")


def contact_email_args(f: Folded, sp: Span) -> dict[str, Any] | Need:
    found = _emails(f, sp)
    if not found:
        return Need("email_missing")
    bad = _check(found)
    if bad:
        return bad
    if len(found) == 1:
        return {"email": found[0][2], "replace": None}
    if len(found) > 2:
        return Need("email_which")
    (s1, e1, a1), (s2, e2, a2) = found
    between = f.masked[e1:s2]
    before = f.masked[sp.start:s1]
    if _INSTEAD_RE.search(between) or _WAS_RE.search(between):
        return {"email": a1, "replace": a2}
    if _IS_NOW_RE.search(between):
        return {"email": a2, "replace": a1}
    if re.search(r"\b(?:replac|remplac|ersetz|reemplaz|sustitu|sostitu|vervang|substitu)\w*",
                 before) and _WITH_RE.search(between):
        return {"email": a2, "replace": a1}
    if re.search(r"\b(?:from|de|von|van|da|di|des)\s*$", before) and _FROM_TO_RE.search(between):
        return {"email": a2, "replace": a1}
    return Need("email_which")


CONTACT_WORD_RE = re.compile(r"\b(?:contacts?|kontakt\w*|contacto|contato|contatto|e-?mail|"
                             r"adresse|address|courriel|correo|indirizzo|adres|endereco|"
                             r"ansprechpartner|interlocuteur|referente|contactpersoon)\b")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_NAME_BEFORE_RE = re.compile(r"((?:" + _NAME_WORD + r"\s+){0,3}" + _NAME_WORD + r")\s*[<(]\s*$")
_NAMED_RE = re.compile(r"\b(?:named|called|name\s*:|nomm[ée]e?|appel[ée]e?|nom\s*:|namens|"
                       r"name\s*:|llamad[oa]|nombre\s*:|chiamat[oa]|di nome|nome\s*:|genaamd|"
                       r"naam\s*:|chamad[oa])\s*((?:" + _NAME_WORD + r"\s+){0,3}" + _NAME_WORD +
                       r")", re.IGNORECASE)
_NOT_NAME = frozenset("""as a an the contact kontakt contacto contato contatto als come como
    comme en em de""".split())


def _plausible_name(s: str) -> bool:
    s = s.strip()
    if not s or len(s) > 60 or any(c.isdigit() or c in "@<>/\\{}[]" for c in s):
        return False
    toks = s.split()
    return 1 <= len(toks) <= 5 and not all(t.lower() in _NOT_NAME for t in toks) and \
        toks[0][:1].isupper()


def _language_of(word: str) -> str | None:
    hit = LANGUAGE_NAMES.get(word.lower().strip())
    return hit[0] if hit else None


def add_contact_args(f: Folded, sp: Span) -> list[dict[str, Any]] | Need | None:
    """One call per address; None when the region has no address and no contact word."""
    found = _emails(f, sp)
    if not found:
        region = f.masked[sp.start:sp.end]
        return Need("email_missing") if CONTACT_WORD_RE.search(region) else None
    bad = _check(found)
    if bad:
        return bad
    lang = None
    for m in LANG_NAME_RE.finditer(f.masked, sp.start, sp.end):
        hit = LANGUAGE_NAMES.get(m.group(1))
        if hit:
            lang = hit[0]
    if len(found) > 1:
        return [{"email": a, "name": None, "language": lang} for _, _, a in found]
    s, e, addr = found[0]
    o_start, o_end = f.orig_span(s, e)
    o_region_start, o_region_end = f.orig_span(sp.start, sp.end)
    orig = f.original
    name = None
    after = re.match(r"\s*>?\s*\(([^()]{1,80})\)", orig[o_end:o_region_end])
    if after:
        for part in re.split(r"[,;/]| - ", after.group(1)):
            code = _language_of(part)
            if code:
                lang = lang or code
            elif name is None and _plausible_name(part):
                name = part.strip()
    if name is None:
        t_end = f.orig_span(sp.t_start, sp.t_end)[1]
        lo = t_end if t_end <= o_start else o_region_start
        m = _NAME_BEFORE_RE.search(orig[lo:o_start])
        if m and _plausible_name(m.group(1)):
            name = m.group(1)
    if name is None:
        m = _NAMED_RE.search(orig, o_region_start, o_region_end)
        if m and _plausible_name(m.group(1)):
            name = m.group(1)
    return [{"email": addr, "name": name, "language": lang}]


def language_args(f: Folded, sp: Span) -> dict[str, Any] | Need:
    code = None
    for m in LANG_NAME_RE.finditer(f.masked, sp.t_start, sp.t_end):
        code = LANGUAGE_NAMES[m.group(1)][0] if m.group(1) in LANGUAGE_NAMES else "?"
    if code is None or code == "?":
        return Need("language")
    found = _emails(f, sp)
    bad = _check(found)
    if bad:
        return bad
    return {"language": code, "email": found[0][2] if len(found) == 1 else None}


# ---------------------------------------------------------------------- invoices and notes
_INVOICE_NOUN = (r"(?:invoices?|factures?|rechnung(?:en)?|rechnungs\w*|facturas?|fattur[ae]|"
                 r"factu(?:u)?r(?:en)?|faturas?)")
_AFTER_NOUN_RE = re.compile(_INVOICE_NOUN + r"\s*(?:(?:n[o°r]?|nr|no|number|numero|nummer|num|"
                            r"n\.o)\.?\s*)?(?:#\s*)?:?\s*([a-z0-9][a-z0-9/_.-]*[0-9][a-z0-9/_-]*|"
                            r"\d+|[a-z]{1,5} \d[\d/_-]*)")
_CODE_RE = re.compile(r"(?<![\w@/.-])(?:#\s*\d+|[a-z]{1,6}(?:[-/]\d+|\d{2,})(?:[-/]\d+)*)"
                      r"(?![\w@/-])")


def invoice_numbers(f: Folded, sp: Span, today: date) -> list[str]:
    text = f.masked[sp.start:sp.end]
    dates = [(sp.start + d.start, sp.start + d.end) for d in find_dates(text, today)]
    spans: list[tuple[int, int]] = []
    for m in _AFTER_NOUN_RE.finditer(text):
        s, e = sp.start + m.start(1), sp.start + m.end(1)
        if " " in m.group(1) and not f.orig(s, e).split()[0].isupper():
            continue  # "FT 2026/17" is a number, "de 2026" is not
        spans.append((s, e))
    for m in _CODE_RE.finditer(text):
        spans.append((sp.start + m.start(), sp.start + m.end()))
    out: list[str] = []
    seen: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        while e > s and f.masked[e - 1] in "._-/":
            e -= 1
        if e <= s or any(a < e and s < b for a, b in seen + dates):
            continue
        seen.append((s, e))
        number = f.orig(s, e).lstrip("#").strip()
        if number:
            out.append(number)
    return out


def note_text(f: Folded, t_end: int) -> str | None:
    text = f.orig(t_end, len(f.text)).strip(" \t\n:-\"'")
    return text or None


_STOP = frozenset("""the a an is was has been have now it this that please thanks thank you
    le la les l' est a ete ce cet cette maintenant merci der die das ist wurde wurden jetzt nun
    bitte danke el la los las esta ha sido ya gracias il lo e stato stata ora grazie de het is
    nu bedankt o a os as foi esta ja obrigado obrigada""".split())


def dispute_note(f: Folded, sp: Span) -> str | None:
    before = (sp.start, sp.t_start)
    after = (sp.t_end, sp.end)
    best = None
    for s, e in (before, after):
        frag = f.orig(s, e).strip(_TRIM)
        content = [w.strip(".-'") for w in words(fold_text(frag).masked)]
        content = [w for w in content if w and w not in _STOP]
        if len(content) >= 2 and (best is None or len(frag) > len(best)):
            best = frag
    return best
