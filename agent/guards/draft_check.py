"""The last check on every outgoing draft, whichever brain wrote it.

A draft may only cite what the store knows (invoice numbers, amounts, bank details), must be in
the target language, must not threaten or claim legal consequences the policy does not allow,
and must not carry the customer's own words or markup back to them. A failed check makes the
caller fall back to the template draft, so each problem is a short string for the audit log.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from agent.guards.language import detect_language

__all__ = [
    "LANGUAGE_CHECK_MIN_CONFIDENCE",
    "DraftCheck",
    "DraftFacts",
    "check_draft",
    "extract_amounts",
    "legal_terms",
    "unknown_references",
]

# Below this detector confidence a mismatch is more likely noise (a short draft made mostly of
# names, numbers and a table) than a draft in the wrong language.
LANGUAGE_CHECK_MIN_CONFIDENCE = 0.3

_ECHO_WORDS = 8


@dataclass(frozen=True)
class DraftFacts:
    """What the store says; the draft may only repeat these."""

    language: str
    invoice_numbers: frozenset[str]
    amounts: frozenset[Decimal]
    # Customer text this draft answers, quoted history removed by the caller (our own previous
    # reminder quoted under a reply would otherwise count as the customer's words).
    customer_texts: tuple[str, ...] = ()
    allow_legal_wording: bool = False
    # Number-like tokens that are allowed although not invoices: our reference, the
    # organization's IBAN (required for any IBAN the draft quotes), phone numbers...
    known_references: frozenset[str] = frozenset()


@dataclass(frozen=True)
class DraftCheck:
    ok: bool
    problems: tuple[str, ...]


def check_draft(subject: str, body: str, facts: DraftFacts) -> DraftCheck:
    text = f"{subject}\n{body}"
    problems: list[str] = []
    problems += [f"unknown invoice number {tok!r}" for tok in unknown_references(text, facts)]
    problems += [f"unknown IBAN {iban!r}" for iban in _unknown_ibans(text, facts)]
    problems += [
        f"amount {written} not in the statement"
        for written, value in extract_amounts(text)
        if value not in facts.amounts
    ]
    problems += _language_problems(body, facts.language)
    if not facts.allow_legal_wording:
        problems += [f"legal or threatening wording {term!r}" for term in legal_terms(text)]
    problems += _echo_problems(text, facts.customer_texts)
    return DraftCheck(ok=not problems, problems=tuple(_dedupe(problems)))


def _dedupe(items: Iterable[str]) -> Iterator[str]:
    seen: set[str] = set()
    for item in items:
        if item not in seen:
            seen.add(item)
            yield item


# --------------------------------------------------------------------------- amounts

_SPACES = " \u00a0\u202f\u2009"
_GROUP_SEPS = _SPACES + ".,'’"
_CURRENCY = (
    r"(?:US\$|\$US|\$\s?US|CA\$|A\$|R\$|£GB|GB£|[€£$¥￥]|"
    # ISO codes are often glued to the number ("USD1,250.00"), so no \b on that side.
    r"(?<![^\W\d_])(?:EUR|GBP|USD|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|RON|BGN|JPY|CNY|"
    r"BRL|MXN|ZAR|AED|ILS|TRY|SGD|HKD|INR)(?![^\W\d_])|"
    r"\bFr\.|\b(?:euros?|Euro|dollars?|pounds?|francs?)\b)"
)
_NUMBER = (
    rf"(?:\d{{1,3}}(?:[{_GROUP_SEPS}]\d{{3}})+|\d+)"  # integer part, grouped or not
    r"(?:[.,]\d{1,2}(?!\d))?"  # decimals
    r"(?:[.,][-–—])?"  # "1.250,-" / "CHF 1250.–": whole amount
)
_MONEY_RE = re.compile(
    # A sign may sit between the currency and the number ("EUR-150.00", "€ -150,00"): credits
    # are printed negative, and amounts are compared without their sign.
    rf"(?<![\w.,])(?P<pre>{_CURRENCY})[{_SPACES}]?[-−]?[{_SPACES}]?(?P<n1>{_NUMBER})(?![\w]|[.,]\d)"
    rf"|(?<![\w.,'’/])(?<!\w-)(?P<n2>{_NUMBER})[{_SPACES}]?(?P<post>{_CURRENCY})"
    # Bare numbers only when they cannot be anything but money: grouped thousands with
    # decimals, or three+ digits with two decimals (not "12.11", a German date).
    rf"|(?<![\w.,'’/-])(?P<n3>\d{{1,3}}(?:[{_GROUP_SEPS}]\d{{3}})+[.,]\d{{2}}|\d{{3,}}[.,]\d{{2}})"
    r"(?![\w]|[.,]\d|[-/]\d)",
    re.IGNORECASE,
)


def _parse_number(raw: str) -> Decimal | None:
    s = re.sub(r"[.,][-–—]$", "", raw.strip())
    for ch in _SPACES + "'’":
        s = s.replace(ch, "")
    last = max(s.rfind("."), s.rfind(","))
    if last >= 0 and 1 <= len(s) - last - 1 <= 2:
        integer, decimals = s[:last], s[last + 1 :]
    else:
        integer, decimals = s, ""
    integer = integer.replace(".", "").replace(",", "")
    try:
        return Decimal(f"{integer}.{decimals}" if decimals else integer)
    except InvalidOperation:
        return None


def extract_amounts(text: str) -> list[tuple[str, Decimal]]:
    """Money amounts written in the text, as (number as written, value without sign)."""
    found: list[tuple[str, Decimal]] = []
    for m in _MONEY_RE.finditer(text):
        raw = m.group("n1") or m.group("n2") or m.group("n3")
        value = _parse_number(raw)
        if value is not None:
            found.append((re.sub(f"[{_SPACES}]", " ", raw.strip()), value))
    return found


# --------------------------------------------------------------------------- references

_IBAN_RE = re.compile(
    r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,4})?\b"
)
_MASKS = (
    re.compile(r"\S+@\S+\.\w+"),  # e-mail addresses
    re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE),
    re.compile(r"\b[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b"),  # BIC
    re.compile(r"\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b"),  # dates
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"),  # UK postcode
    re.compile(r"\b\d{4}\s?[A-Z]{2}\b"),  # Dutch postcode
    re.compile(r"\+\d[\d\s().-]{6,}\d"),  # international phone numbers
)
_TOKEN_RE = re.compile(r"[^\W_]+(?:(?:[-/_]|(?<=\d)\.(?=\d))[^\W_]+)*")
_NOT_A_REFERENCE = re.compile(
    r"""^\d{1,4}(?:st|nd|rd|th|er|re|e|ère|ème|eme|è|º|ª|°|o|a|te|ste|de|ten|sten|sde)$  # ordinals
    |^\d{1,2}[hH]\d{0,2}$|^\d{1,2}(?:am|pm)$                                    # times
    |^\d+(?:x|j|d|h|min|kg|km|cm|mm|m|g|l|ml|t|pcs|pc|stk|uds|ud|pz)$|^x\d+$   # units
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A number right after the word "invoice" is an invoice number whatever its shape. French
# "avoir" (credit note) is left out: it is also the verb "to have".
_INVOICE_CONTEXT = re.compile(
    r"(?<![^\W_])(?:invoices?|inv|factures?|rechnung(?:en)?|rechnungsnummer|"
    r"factu(?:u|r)r?(?:en)?|fattur[ae]|facturas?|faturas?|credit\s+notes?|gutschrift(?:en)?|"
    r"creditnota)"
    r"\s*(?:(?:no|n°|nº|n\.º|nr|num|núm|número|numero|numéro|nummer|number)\.?\s*)?[:#]?\s*$",
    re.IGNORECASE,
)


def _shape(token: str) -> str:
    shape = re.sub(r"\d+", lambda m: "9" * len(m.group()), token)
    return re.sub(r"[^\W\d_]+", "A", shape)


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    parts = [re.escape(p) for p in phrase.split()]
    return re.compile(
        r"(?<![^\W_])(?<![^\W_][-/_])"
        + r"[\s\u00a0\u202f]*".join(parts)
        + r"(?![^\W_]|[-/_][^\W_])",
        re.IGNORECASE,
    )


def _mask(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


def unknown_references(text: str, facts: DraftFacts) -> list[str]:
    """Tokens that look like invoice numbers but are not among the account's or known ones."""
    allowed = {ref.casefold() for ref in facts.invoice_numbers | facts.known_references}
    known_shapes = {_shape(n) for n in facts.invoice_numbers}
    masked = text
    for ref in sorted(facts.invoice_numbers | facts.known_references, key=len, reverse=True):
        if ref.strip():
            masked = _mask(masked, _phrase_pattern(ref))
    masked = _mask(masked, _MONEY_RE)
    for m in _ibans(masked):
        masked = masked[: m.start()] + " " * len(m.group()) + masked[m.end() :]
    for pattern in _MASKS:
        masked = _mask(masked, pattern)

    unknown: list[str] = []
    for m in _TOKEN_RE.finditer(masked):
        token = m.group()
        if token.casefold() in allowed or not any(c.isdigit() for c in token):
            continue
        if _looks_like_reference(token, known_shapes) or _INVOICE_CONTEXT.search(
            masked[max(0, m.start() - 40) : m.start()]
        ):
            if token not in unknown:
                unknown.append(token)
    return unknown


def _looks_like_reference(token: str, known_shapes: set[str]) -> bool:
    shape = _shape(token)
    if shape in known_shapes and ("A" in shape or re.search(r"[-/_.]", shape)):
        return True
    letters = re.findall(r"[^\W\d_]+", token)
    digits = sum(c.isdigit() for c in token)
    if not letters or digits < 2 or _NOT_A_REFERENCE.match(token):
        return False
    # "30-day", "14-tägig": words joined to a number, not a reference.
    if all(part.islower() and len(part) >= 3 for part in letters):
        return False
    return True


def _ibans(text: str) -> list[re.Match[str]]:
    # 15 characters is the shortest IBAN (Norway); shorter look-alikes are VAT numbers
    # ("FR12345678901"), which must then be known references like any other number.
    return [m for m in _IBAN_RE.finditer(text) if 15 <= len(re.sub(r"\s", "", m.group())) <= 34]


def _unknown_ibans(text: str, facts: DraftFacts) -> list[str]:
    known = {re.sub(r"\s", "", ref).upper() for ref in facts.known_references}
    found: list[str] = []
    for m in _ibans(text):
        iban = re.sub(r"\s", "", m.group()).upper()
        if iban not in known and m.group() not in found:
            found.append(m.group())
    return found


# --------------------------------------------------------------------------- language


def _language_problems(body: str, target: str) -> list[str]:
    lang, confidence = detect_language(body)
    if lang is None or lang == target or confidence < LANGUAGE_CHECK_MIN_CONFIDENCE:
        return []
    return [f"draft is in {lang!r}, expected {target!r}"]


# --------------------------------------------------------------------------- legal wording

# Matched case-insensitively on word boundaries. Each entry is a regular expression; phrases
# allow any whitespace between words. Deliberately absent: words that are harmless in ordinary
# dunning mail ("recouvrement" alone names a collections department in French, Dutch "incasso"
# alone is a direct debit, German "Mahnung" is the reminder itself), and the names of a formal
# notice ("mise en demeure", "messa in mora"...): sending one is a member's decision and its
# template must pass this check.
_LEGAL_TERMS: dict[str, tuple[str, ...]] = {
    "en": (
        r"lawyers?",
        r"attorneys?",
        r"solicitors?",
        r"courts?",
        r"tribunals?",
        r"legal (?:action|proceedings?|steps|measures|department|team|remed(?:y|ies))",
        r"proceedings",
        r"lawsuits?",
        r"litigation",
        r"sue(?:d)? you",
        r"take you to court",
        r"bailiffs?",
        r"enforcement agents?",
        r"debt collect(?:or|ors|ion)(?: agency| agencies)?",
        r"collections? agenc(?:y|ies)",
        r"credit (?:reference |rating )?agenc(?:y|ies)",
        r"credit bureaus?",
        r"(?:late[- ]payment|statutory|default|penalty) interest",
        r"interest on late payments?",
        r"interest charges?",
        r"charge interest",
        r"penalt(?:y|ies)",
        r"late (?:payment )?fees?",
        r"surcharges?",
        r"(?:debt )?recovery costs",
    ),
    "fr": (
        r"avocats?",
        r"tribunal",
        r"tribunaux",
        r"action en justice",
        r"en justice",
        r"poursuites? judiciaires?",
        r"(?:engager|entamer|engagerons|engagerions) des poursuites",
        r"proc[ée]dures? judiciaires?",
        r"contentieux",
        r"huissiers?",
        r"commissaires? de justice",
        r"(?:soci[ée]t[ée]|agence|cabinet|organisme) de recouvrement",
        r"recouvrement (?:forc[ée]|judiciaire|contentieux)",
        r"injonction de payer",
        r"int[ée]r[êe]ts? (?:de retard|moratoires?|l[ée]gaux)",
        r"p[ée]nalit[ée]s?",
        r"indemnit[ée] forfaitaire",
        r"frais de recouvrement",
        r"fichiers? (?:bancaires?|des incidents)",
    ),
    "de": (
        r"(?:rechts)?anw[äa]lt(?:e|in|innen|s)?",
        r"gerichte?",
        r"gerichtlich(?:e|en|er|es)?",
        r"klage",
        r"verklagen",
        r"rechtliche(?:n)? schritte",
        r"rechtsweg",
        r"(?:gerichtliche(?:s|n)? )?mahnverfahren",
        r"mahnbescheid",
        r"gerichtsvollzieher",
        r"inkasso(?:büro|buero|unternehmen|verfahren|kosten)?",
        r"schufa",
        r"auskunfteien?",
        r"verzugszins(?:en)?",
        r"(?:vertrags)?strafen?",
        r"mahngebühr(?:en)?",
        r"verzugspauschale",
        r"zwangsvollstreckung",
    ),
    "es": (
        r"abogad[oa]s?",
        r"tribunal(?:es)?",
        r"juzgados?",
        r"demanda(?: judicial)?",
        r"acci(?:ón|ones) (?:legal|legales|judicial|judiciales)",
        r"medidas legales",
        r"v[íi]a judicial",
        r"procedimiento judicial",
        r"reclamaci[óo]n judicial",
        r"(?:agencia|empresa) de (?:cobros?|recobro)",
        r"recobro",
        r"ficheros? de morosos",
        r"asnef",
        r"intereses de demora",
        r"penalizaci(?:ón|ones)",
        r"recargos?",
        r"(?<!sin\s)embargos?",
    ),
    "it": (
        r"avvocat[oi]",
        r"tribunale",
        r"vie legali",
        r"azion[ei] legal[ei]",
        r"(?:procedura|azione) giudiziari[ae]",
        r"decreto ingiuntivo",
        r"ufficiale giudiziario",
        r"(?:agenzia|societ[àa]) di recupero crediti",
        r"recupero (?:forzoso|giudiziale)",
        r"interessi (?:di mora|moratori)",
        r"penal[ei]",
        r"centrale rischi",
        r"crif",
    ),
    "nl": (
        r"advoca(?:at|ten)",
        r"rechter",
        r"rechtbank",
        r"gerechtelijke?",
        r"juridische stappen",
        r"rechtszaak",
        r"deurwaarders?",
        r"incasso(?:bureau|bedrijf|kosten|traject)",
        r"bkr",
        r"(?:wettelijke|vertragings)rente",
        r"wettelijke rente",
        r"boetes?",
    ),
    "pt": (
        r"advogad[oa]s?",
        r"tribuna(?:l|is)",
        r"a[çc][ãa]o judicial",
        r"processo judicial",
        r"medidas legais",
        r"vias? legais",
        r"agente de execu[çc][ãa]o",
        r"oficial de justi[çc]a",
        r"cobran[çc]a (?:judicial|coerciva)",
        r"(?:empresa|ag[êe]ncia) de cobran[çc]as?",
        r"juros de mora",
        r"multas?",
        r"penaliza[çc](?:ão|ões)",
        r"injun[çc][ãa]o",
    ),
}

_LEGAL_RE = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(t.replace(" ", r"\s+") for terms in _LEGAL_TERMS.values() for t in terms)
    + r")(?![^\W_])",
    re.IGNORECASE,
)


def legal_terms(text: str) -> list[str]:
    """Threatening or legal wording found in the text, as written, in order of appearance."""
    found: list[str] = []
    for m in _LEGAL_RE.finditer(text):
        term = " ".join(m.group().split())
        if term.casefold() not in (f.casefold() for f in found):
            found.append(term)
    return found


# --------------------------------------------------------------------------- echo

_WORD_RE = re.compile(r"[^\W_]+(?:['’.\-/][^\W_]+)*")
_TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]*>")
_ALWAYS_FORBIDDEN = re.compile(
    r"<\s*(?:script|iframe|object|embed)\b|javascript\s*:", re.IGNORECASE
)
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')]+", re.IGNORECASE)


def _customer_words(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def _echo_problems(draft: str, customer_texts: tuple[str, ...]) -> list[str]:
    problems: list[str] = []
    if _ALWAYS_FORBIDDEN.search(draft):
        problems.append("script or active markup in the draft")
    draft_words = [w.casefold() for w in _WORD_RE.findall(draft)]
    draft_grams = {
        tuple(draft_words[i : i + _ECHO_WORDS]) for i in range(len(draft_words) - _ECHO_WORDS + 1)
    }
    lowered_draft = draft.casefold()
    for raw in customer_texts:
        text = _customer_words(raw)
        words = [w.casefold() for w in _WORD_RE.findall(text)]
        for i in range(len(words) - _ECHO_WORDS + 1):
            gram = tuple(words[i : i + _ECHO_WORDS])
            if gram in draft_grams:
                problems.append(f"echoes the customer's words: {' '.join(gram)!r}")
                break
        for tag in _TAG_RE.findall(text):
            if tag.casefold() in lowered_draft:
                problems.append(f"echoes customer markup {tag!r}")
        for url in _URL_RE.findall(text):
            if url.casefold().rstrip(".,;") in lowered_draft:
                problems.append(f"echoes a customer link {url!r}")
    return problems
