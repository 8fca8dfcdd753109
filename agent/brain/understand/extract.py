"""What a reply says besides its intent: promise date and amount, return date, new address,
the documents asked for."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from agent.brain.understand.amounts import CENTS, find_amounts, find_bare_numbers, parse_number
from agent.brain.understand.analysis import Analysis
from agent.brain.understand.dates import DateMention
from agent.brain.understand.normalize import is_negated

__all__ = ["promise_date", "promise_amount", "return_date", "new_email", "requests",
           "usable_dates"]

# a date introduced as a due date or an invoice date is not when the customer will pay
_NOT_PAYMENT_DATE_RE = re.compile(
    r"(?:due|overdue|dated|issued|invoice date|expired|expiry|echeance|echue|echu|datee|emise|"
    r"fallig|faellig|datiert|vom|ausgestellt|vencid[ao]s?|vencimiento|vence|fecha de factura|"
    r"emitida|scadenza|scaduta|scaduto|emessa|datata|del giorno|vervaldatum|vervallen|verviel|"
    r"gedateerd|vencimento|venceu|vencia|since|depuis|seit|desde|dal|sinds|(?<!be )(?<!get )sent|envoyee|"
    r"gesendet|enviado|inviato|verzonden|reminder|relance|mahnung|recordatorio|sollecito|"
    r"herinnering|lembrete|since)\W+(?:\S+\W+){0,2}$"
)
# an out-of-office date given as the last day away ("until the 20th inclusive")
_INCLUSIVE_RE = re.compile(
    r"(?:inclus|inclusive|einschliesslich|inklusive|incluido|incluso|compreso|incluso|t/m|"
    r"tot en met|inclusief|inclusive|through|thru)"
)
_RETURN_RE = re.compile(
    r"(?:back|return|returning|retour|de retour|rentre|zuruck|wieder (?:im|da|erreichbar)|"
    r"ab dem|ab|de vuelta|regreso|vuelvo|rientro|rientrero|di ritorno|terug|weer aanwezig|"
    r"vanaf|regresso|de volta|volto|a partir d)\W+(?:\S+\W+){0,3}$"
)
_AWAY_FROM_RE = re.compile(r"\b(?:from|starting|beginning)\s+(?:\w+,?\s+)?$")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HALF_RE = re.compile(r"(?<![a-z])(?<!mid-)(?:half|la moitie|moitie|die halfte|halfte|la mitad|mitad|"
                      r"meta|la meta|de helft|helft|a metade|metade)(?![a-z])"
                      # "verso metà del mese", "a mitad de mes", "half next month": a time
                      r"(?!\s+(?:(?:del|di|de|du|of the|of|van de|do|da|des)\s+)?(?:next |prossim\w+ |"
                      r"proxim\w+ )?(?:mese|mois|month|maand|mes|monats|settimana|semaine|week|semana))")
_PCT_RE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d+)?)\s?(?:%|per ?cent|pour ?cent|prozent|"
                     r"por ?ciento|per ?cento|procent|por ?cento)")
_PAY_BEFORE_NUMBER_RE = re.compile(
    r"(?:pay|paying|transfer|wire|send|settle|payer|verser|virer|regler|zahlen|uberweisen|"
    r"begleichen|pagar|pagaremos|pagare|pagheremo|versare|bonificare|betalen|overmaken|"
    r"transferir|pagamos|paghiamo|betalen we|zahlen wir|payons|pagamos|verserons|"
    r"virerons|reglerons)\s+(?:you\s+|vous\s+|ihnen\s+|le\s+|les\s+|u\s+|lhe\s+|vi\s+|"
    r"les\s+|only\s+|seulement\s+|nur\s+|solo\s+|solo\s+|alleen\s+|apenas\s+)?$"
)


def usable_dates(a: Analysis, index: int, today: date) -> list[DateMention]:
    """Dates of sentence `index` that can be a payment date: not past, not negated, not a due
    date."""
    out = []
    bounds = []  # "not before Friday": a bound, used when no date is stated positively
    s0, _ = a.sentences[index]
    sent = a.sentence_text(index)
    for d in a.dates_in(index):
        if d.past or d.date < today:
            continue
        rel_s, rel_e = d.start - s0, d.end - s0
        if _NOT_PAYMENT_DATE_RE.search(sent[max(0, rel_s - 40) : rel_s]):
            continue
        if is_negated(sent, rel_s, rel_e, inside=False):
            if _not_before(a, index):
                bounds.append(d)
            continue
        out.append(d)
    return out + bounds


def _not_before(a: Analysis, index: int) -> bool:
    return bool(a.in_sentence("not_before", index))


def promise_date(a: Analysis, preferred: list[int], secondary: list[int],
                 today: date, anchors: dict[int, list[int]] | None = None,
                 ) -> tuple[date | None, int | None]:
    """The first usable date of the preferred sentences, else of the secondary ones; in a
    sentence with several dates, the one nearest to the promise cue (`anchors`: cue offsets
    per sentence), so that "away from tomorrow, but payment is planned for the 15th" keeps the
    15th."""
    for group in (preferred, secondary):
        for idx in sorted(set(group)):
            found = usable_dates(a, idx, today)
            if found:
                # "320 € on Thursday, the rest at the end of the month": the rest's date is
                # not the promise's
                rest = [h.start for h in a.in_sentence("split_rest", idx)]
                cues = list((anchors or {}).get(idx, ()))
                if rest:
                    found = [d for d in found if d.start < min(rest)] or found
                    cues = [c for c in cues if c < min(rest)] or cues
                if cues and len(found) > 1:
                    found = sorted(found, key=lambda d: min(abs(d.start - c) for c in cues))
                return found[0].date, idx
    # "la Ri.Ba. è in scadenza il 31 luglio e verrà pagata": with no other date, a *future*
    # due date the customer names in the promise itself is when the money goes (the overdue
    # invoices' own due dates are all past)
    for idx in sorted(set(preferred)):
        s0, sent = a.sentences[idx][0], a.sentence_text(idx)
        for d in a.dates_in(idx):
            if not d.past and d.date > today and not is_negated(
                    sent, d.start - s0, d.end - s0, inside=False):
                return d.date, idx
    return None, None


def _amounts_in(a: Analysis, index: int, invoice_digits: set[str]) -> list[Decimal]:
    s0, e0 = a.sentences[index]
    sent = a.text[s0:e0]
    found = [m.value for m in find_amounts(sent)]
    if found:
        return found
    date_spans = [(d.start - s0, d.end - s0) for d in a.dates_in(index)]
    for m in find_bare_numbers(sent):
        if any(ds <= m.start < de for ds, de in date_spans):
            continue
        raw = sent[m.start : m.end]
        if raw.replace(".", "").replace(",", "") in invoice_digits:
            continue
        if _PAY_BEFORE_NUMBER_RE.search(sent[max(0, m.start - 40) : m.start]):
            nxt = sent[m.end : m.end + 12]
            if re.match(r"\s*(?:days?|jours?|tage|dias?|giorni|dagen|weeks?|mois|months?|"
                        r"invoices?|factures?|rechnungen|facturas|fatture|facturen|faturas|x\b)",
                        nxt):
                continue
            found.append(m.value)
    return found


def promise_amount(a: Analysis, sentences_: list[int], amount_due: Decimal | None,
                   invoice_numbers: tuple[str, ...]) -> Decimal | None:
    digits = {re.sub(r"\D", "", n) for n in invoice_numbers if re.sub(r"\D", "", n)}
    for idx in sentences_:
        values = _amounts_in(a, idx, digits)
        if values:
            if amount_due is not None and len(values) > 1:
                others = [v for v in values if v != amount_due]
                if others:
                    return others[0]
            return values[0]
    for idx in sentences_:
        sent = a.sentence_text(idx)
        if amount_due is not None:
            pct = _PCT_RE.search(sent)
            if pct:
                p = parse_number(pct.group(1))
                if p is not None and 0 < p < 100:
                    return (amount_due * p / 100).quantize(CENTS)
            if _HALF_RE.search(sent):
                return (amount_due / 2).quantize(CENTS)
    return amount_due


def return_date(a: Analysis, today: date) -> date | None:
    best: date | None = None
    for d in a.dates:
        if d.date < today:
            continue
        before = a.text[max(0, d.start - 40) : d.start]
        after = a.text[d.end : d.end + 20]
        if _RETURN_RE.search(before):
            return d.date
        if _AWAY_FROM_RE.search(before):
            continue  # "on leave from 16 November to 27 November": the first day away
        if best is None:
            best = d.date + timedelta(days=1) if _INCLUSIVE_RE.search(before + " " + after) else d.date
    return best


def new_email(raw: str, a: Analysis, sentences_: list[int]) -> str | None:
    for idx in sentences_:
        m = _EMAIL_RE.search(a.sentence_text(idx))
        if m:
            return m.group(0).strip(".")
    m = _EMAIL_RE.search(a.text)
    return m.group(0).strip(".") if m else None


def requests(a: Analysis, sentences_: set[int]) -> tuple[str, ...]:
    out = []
    for signal, label in (("info_copy", "invoice_copy"), ("info_statement", "statement"),
                          ("info_bank", "bank_details"), ("info_other", "other")):
        if any(h.sentence in sentences_ for h in a.get(signal)):
            out.append(label)
    return tuple(out) or ("other",)
