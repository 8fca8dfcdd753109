"""Money amounts written the way people write them, in the seven languages.

"1 500 €", "1.000,50 €", "1,000.50", "€1,840.00", "£1,840.00", "R$ 3.000,00", "EUR 980",
"980 euros", "$12,500", "CHF 1'250.50", "500,- €" -> Decimal with two places.

A separator followed by exactly three digits is a thousands separator ("1.000", "1,000"),
by one or two digits a decimal separator ("980,5", "1,000.50"); with both present the last
one is the decimal separator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = ["AmountMention", "parse_amount", "parse_number", "find_amounts", "CENTS"]

CENTS = Decimal("0.01")

_CUR_BEFORE = (r"(?:us\$|r\$|a\$|c\$|\$|€|£|eur|euros?|usd|gbp|chf|brl|sfr\.?|fr\.|cad|aud|"
               r"sek|nok|dkk|pln)")
_CUR_AFTER = (r"(?:€|eur|euros?|£|gbp|pounds?|livres? sterling|\$|usd|dollars?|dolares|dollari|"
              r"dolares|chf|francs?|franken|fr\.|sfr\.?|brl|reais|real|cad|aud|sek|nok|dkk|pln)")
_NUM = (r"\d{1,3}(?:(?:[ .,']|\s)\d{3})+(?:[.,]\d{1,2})?(?:[.,]-{1,2})?"
        r"|\d+(?:[.,]\d{1,2})?(?:[.,]-{1,2})?")
_AMOUNT_RE = re.compile(
    r"(?<![\w.,])(?:" + _CUR_BEFORE + r")\s?(" + _NUM + r")(?![\w]|[.,]\d)"
    r"|(?<![\w.,'])(" + _NUM + r")\s?(?:" + _CUR_AFTER + r")(?![a-z])"
)
# bare numbers (no currency), used only next to a payment verb
_BARE_RE = re.compile(r"(?<![\w.,/:#'-])(" + _NUM + r")(?![\w/:]|[.,]\d|\s?%)")


@dataclass(frozen=True)
class AmountMention:
    start: int
    end: int
    value: Decimal
    has_currency: bool


def parse_number(raw: str) -> Decimal | None:
    s = raw.strip().rstrip("-").rstrip(".,").replace("'", "").replace(" ", "")
    s = re.sub(r"\s", "", s)
    if not s or not s[0].isdigit():
        return None
    seps = [(i, c) for i, c in enumerate(s) if c in ".,"]
    if seps:
        last_i, last_c = seps[-1]
        tail = len(s) - last_i - 1
        if len(seps) == 1:
            decimal_sep = last_c if tail in (1, 2) else None
        else:
            others = {c for _, c in seps[:-1]}
            decimal_sep = last_c if (last_c not in others and tail in (1, 2)) else None
        if decimal_sep:
            intpart = s[:last_i].replace(".", "").replace(",", "")
            s = intpart + "." + s[last_i + 1:]
        else:
            s = s.replace(".", "").replace(",", "")
    try:
        return Decimal(s).quantize(CENTS)
    except InvalidOperation:
        return None


def parse_amount(text: str) -> Decimal | None:
    """The first amount in `text` (with or without currency), or None."""
    m = _AMOUNT_RE.search(text.lower().replace("\u00a0", " ").replace("\u202f", " ")
                          .replace("\u2019", "'"))
    if m:
        return parse_number(m.group(1) or m.group(2))
    m = _BARE_RE.search(text.replace("\u00a0", " ").replace("\u202f", " "))
    return parse_number(m.group(1)) if m else None


def find_amounts(text: str) -> list[AmountMention]:
    """Amounts with a currency in folded `text`."""
    out = []
    for m in _AMOUNT_RE.finditer(text):
        v = parse_number(m.group(1) or m.group(2))
        if v is not None and v > 0:
            out.append(AmountMention(m.start(), m.end(), v, True))
    return out


def find_bare_numbers(text: str) -> list[AmountMention]:
    out = []
    for m in _BARE_RE.finditer(text):
        v = parse_number(m.group(1))
        if v is not None and v > 0:
            out.append(AmountMention(m.start(1), m.end(1), v, False))
    return out
