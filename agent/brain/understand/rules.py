"""The decision: which intent a reply carries, and what goes with it.

Each intent is looked for on its own; when several apply, the first in the priority order of
DESIGN.md wins. A few interactions are resolved before that, the way a credit controller reads:
- a refusal or a request for time that names a date is a promise for that date ("we will not
  pay before the 30th", "give us until Friday");
- an inability to pay is a payment-plan request when temporary ("at the moment", "this month"),
  a refusal otherwise, and neither when the same reply commits to paying;
- a date next to a payment word is a promise only in a sentence that does not say the payment
  was already made ("we paid on Monday"); "it will reach you Monday" after a claimed payment
  is the claim's arrival, not a promise;
- in an automatic reply (out of office, ticket, RFC 3834 headers) a deputy's address or phone
  number is not a contact change or a callback request; a permanent change still is.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from agent.brain.understand import extract
from agent.brain.understand.analysis import Analysis, Hit
from agent.brain.understand.normalize import fold

__all__ = ["Decision", "decide", "subject_is_automatic"]

_AUTO_SUBJECT_RE = re.compile(
    r"^\W*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|out of (?:the )?office|"
    r"ooo\b|abwesenheit|abwesend|automatische antwort|reponse automatique|absence|absent|"
    r"respuesta automatica|fuera de (?:la )?oficina|ausente|ausencia|risposta automatica|"
    r"fuori (?:sede|ufficio)|assente|automatisch antwoord|afwezig|out of office|"
    r"resposta automatica|fora do escritorio|ausencia)"
)


def subject_is_automatic(subject: str) -> bool:
    return bool(_AUTO_SUBJECT_RE.match(fold(subject)))


class Decision:
    __slots__ = ("intent", "confidence", "reason", "promise_date", "promise_amount",
                 "return_date", "new_email", "requests")

    def __init__(self, intent: str, confidence: float, reason: str) -> None:
        self.intent = intent
        self.confidence = confidence
        self.reason = reason
        self.promise_date: date | None = None
        self.promise_amount: Decimal | None = None
        self.return_date: date | None = None
        self.new_email: str | None = None
        self.requests: tuple[str, ...] = ()


def _quote(hit: Hit) -> str:
    text = " ".join(hit.text.split())
    return f'"{text[:60]}"'


def decide(a: Analysis, *, today: date, subject: str, auto_submitted: bool,
           amount_due: Decimal | None, invoice_numbers: tuple[str, ...],
           raw: str) -> Decision:
    auto_cue = a.has("ooo") or a.has("auto") or len(a.get("auto_weak")) >= 2
    subject_auto = subject_is_automatic(subject)
    auto_sents = {h.sentence for s in ("ooo", "auto", "deputy", "auto_weak") for h in a.get(s)}
    if auto_cue and not (subject_auto or auto_submitted or a.has("auto")) and any(
            extract.usable_dates(a, h.sentence, today) for h in a.get("promise")):
        # a person's reply that mentions an absence ("we're closed over Christmas, it will be
        # paid on 5 January when we reopen") is no out-of-office notice: its dated commitment
        # stands
        auto_cue = False
    auto_ctx = auto_cue or auto_submitted or subject_auto

    def human(signal: str) -> list[Hit]:
        hits = a.get(signal)
        if auto_cue:
            hits = [h for h in hits if h.sentence not in auto_sents]
        return hits

    def sents(hits: list[Hit]) -> list[int]:
        return sorted({h.sentence for h in hits})

    claimed = human("claimed")
    claimed_sents = set(sents(claimed))

    def dated(idx: int) -> bool:
        return bool(extract.usable_dates(a, idx, today))

    # ------------------------------------------------------------------ promise evidence
    refusal_spans = [(h.start, h.end) for h in human("refusal")]

    def inside_refusal(h: Hit) -> bool:
        # "ci rifiutiamo di pagare": the verb inside a refusal is no commitment (Spanish
        # "pagaré" folds to the Italian infinitive "pagare")
        return any(s <= h.start and h.end <= e for s, e in refusal_spans)

    def pay_context(h: Hit) -> bool:
        # "qualquer contacto deve ser feito através do advogado": a future passive is a
        # commitment to pay only next to a payment word, an amount or a time
        def about_paying(i: int) -> bool:
            return bool(a.in_sentence("pay_word", i) or a.dates_in(i)
                        or a.in_sentence("vague_time", i) or _DIGIT_RE.search(a.sentence_text(i)))

        i = h.sentence
        return about_paying(i) or (i > 0 and not a.in_sentence("claimed", i - 1)
                                   and not a.in_sentence("refusal", i - 1) and about_paying(i - 1))

    strong = [h for h in human("promise") if not inside_refusal(h) and pay_context(h)]
    def bank_credit(h: Hit) -> bool:
        # "ya está pagado; el banco lo abonará el lunes": the bank crediting a payment made
        return bool(claimed) and bool(_BANK_SUBJECT_RE.search(a.sentence_text(h.sentence)))

    strong = [h for h in strong if not bank_credit(h)]
    asks = human("promise_ask")
    ask_timed = [h for h in asks if dated(h.sentence) or a.in_sentence("vague_time", h.sentence)]
    refusals = human("refusal")
    refusal_dated = [h for h in refusals if dated(h.sentence)]
    # "we cannot pay before the 30th": the bound is when they will pay
    refusal_dated += [h for h in human("cant_pay")
                      if a.in_sentence("not_before", h.sentence) and dated(h.sentence)]
    info_sents, info_first = _info_request(a, human) if not auto_ctx else (set(), None)
    refusal_plain = [h for h in refusals if not dated(h.sentence)
                     and not ((claimed or a.has("ack") or a.has("contact_change"))
                              and _STOP_RE.match(h.text))
                     # "accounts won't release payment without it (the PO number)": a
                     # condition on what is asked for, not a refusal
                     and not (info_first is not None
                              and _CONDITION_RE.search(a.sentence_text(h.sentence)))]
    more_time = human("more_time")
    more_time_dated = [h for h in more_time if dated(h.sentence)]
    weak = [h for h in human("pay_word")
            if h.sentence not in claimed_sents and dated(h.sentence) and not bank_credit(h)]
    arrival = [h for h in human("arrival") if dated(h.sentence)] if not claimed else []
    # "wir zahlen demnächst", "wij betalen binnenkort": a present-tense pay verb with a time
    weak_vague = [h for h in human("pay_word")
                  if h.sentence not in claimed_sents and a.in_sentence("vague_time", h.sentence)
                  and not a.in_sentence("request", h.sentence)
                  and not a.in_sentence("arrival", h.sentence)]
    promise_hits = strong + ask_timed + refusal_dated + weak + arrival + weak_vague
    if more_time and not more_time_dated and promise_hits:
        # "we need more time" with a date elsewhere in the reply: the date answers the request
        if any(dated(h.sentence) for h in promise_hits):
            more_time_dated = more_time
    promise_hits += more_time_dated

    # ------------------------------------------------------------------ candidates in order
    dispute = human("dispute")
    if dispute:
        return Decision("dispute", 0.9, f"dispute cue {_quote(dispute[0])}")

    cant = [h for h in human("cant_pay") if h not in refusal_dated]
    cant_temp = [h for h in cant
                 if a.in_sentence("hardship", h.sentence) or a.dates_in(h.sentence)
                 or a.in_sentence("vague_time", h.sentence)]
    cant_plain = [h for h in cant if h not in cant_temp]
    if refusal_plain and not promise_hits:
        return Decision("refusal", 0.85, f"refusal cue {_quote(refusal_plain[0])}")
    if cant_plain and not promise_hits and not cant_temp and not human("plan") \
            and not more_time:
        return Decision("refusal", 0.7, f"cannot pay, no reason {_quote(cant_plain[0])}")

    plan = human("plan")
    if plan:
        return Decision("payment_plan_request", 0.9, f"plan cue {_quote(plan[0])}")
    split = human("split_rest")
    # "half on 15 March and the rest on 15 April": instalments with their dates are a plan
    split_dated = [h for h in split
                   if any(d.start >= h.start for d in extract.usable_dates(a, h.sentence, today))]
    all_dates = {d.date for i in range(len(a.sentences)) for d in extract.usable_dates(a, i, today)}
    asked = any(a.in_sentence("promise_ask", h.sentence) or a.in_sentence("request", h.sentence)
                or "?" in a.sentence_text(h.sentence) for h in split_dated)
    paid_now = any(d.kind == "now" for d in a.dates)
    # a part paid now and the rest later is a promise of that part ("50% now, 50% in 30 days?")
    if split_dated and asked and not paid_now and not claimed and len(all_dates) >= 2:
        return Decision("payment_plan_request", 0.75, f"instalments {_quote(split_dated[0])}")
    # "half (320 €) on Friday, we'll come back to you about the rest": a dated commitment
    # for part of the money is a promise of that part, not a request for a plan
    dated_promise = any(dated(h.sentence) for h in promise_hits)
    if split and not claimed and not dated_promise and (
            a.has("partial") or _has_amount_or_now(a, split[0].sentence)):
        return Decision("payment_plan_request", 0.75, f"split payment {_quote(split[0])}")
    if more_time and not more_time_dated:
        return Decision("payment_plan_request", 0.8, f"asks for time {_quote(more_time[0])}")
    untimed_asks = [h for h in asks if h not in ask_timed]
    if untimed_asks and not promise_hits:
        return Decision("payment_plan_request", 0.6, f"asks to pay later "
                                                       f"{_quote(untimed_asks[0])}")
    if cant_temp and not promise_hits:
        return Decision("payment_plan_request", 0.7, f"cannot pay for now "
                                                      f"{_quote(cant_temp[0])}")

    if not auto_cue:
        calls = [h for h in human("callback") if not a.in_sentence("conditional", h.sentence)]
        if calls:
            return Decision("callback_request", 0.85, f"callback cue {_quote(calls[0])}")

    changes = a.get("contact_change")
    if changes and (not auto_cue or a.has("permanent") or not a.has("deputy")):
        d = Decision("contact_change", 0.85, f"contact change {_quote(changes[0])}")
        d.new_email = extract.new_email(raw, a, sents(changes))
        return d

    if promise_hits and info_first is not None and not any(
            dated(h.sentence) or a.in_sentence("vague_time", h.sentence) for h in promise_hits):
        # "what is your IBAN? we want to be sure we transfer to the right account": the
        # question is the point, the undated payment is its reason
        d = Decision("information_request", 0.7, f"asks for {_quote(info_first)}")
        d.requests = extract.requests(a, info_sents)
        return d

    if promise_hits:
        d = Decision("payment_promise", 0.85 if strong else 0.7,
                     f"promise cue {_quote(promise_hits[0])}")
        preferred = sents(strong + ask_timed + refusal_dated + more_time_dated + arrival)
        secondary = sents(weak) + [i + 1 for i in preferred if i + 1 < len(a.sentences)
                                   and i + 1 not in claimed_sents]
        anchors: dict[int, list[int]] = {}
        for h in promise_hits:
            anchors.setdefault(h.sentence, []).append(h.start)
        d.promise_date, date_idx = extract.promise_date(a, preferred, secondary, today, anchors)
        order: list[int] = []
        for idx in ([date_idx] if date_idx is not None else []) + preferred + sents(weak) \
                + sents(weak_vague):
            if idx not in order and (idx not in claimed_sents or idx in preferred):
                order.append(idx)
        d.promise_amount = extract.promise_amount(a, order, amount_due, invoice_numbers)
        return d

    # "pagamos no dia 2 de novembro", "pagamos el 2 de noviembre": the pay verb reads as
    # present or past; with a named day already gone, and no future date, it is a payment made
    paid_on_past_day = [h for h in human("pay_word")
                        if not dated(h.sentence) and not a.in_sentence("request", h.sentence)
                        and any(d.kind == "explicit" and d.date < today
                                for d in a.dates_in(h.sentence))]
    if claimed or paid_on_past_day:
        hit = (claimed or paid_on_past_day)[0]
        return Decision("payment_claimed", 0.85 if claimed else 0.65,
                        f"claimed cue {_quote(hit)}")

    if info_first is not None:
        d = Decision("information_request", 0.8, f"asks for {_quote(info_first)}")
        d.requests = extract.requests(a, info_sents)
        return d

    if auto_ctx:
        why = ("automatic headers" if auto_submitted else
               "automatic subject" if subject_auto else "out-of-office / automatic text")
        d = Decision("auto_reply", 0.9, why)
        d.return_date = extract.return_date(a, today)
        return d

    acks = a.get("ack")
    reason = f"no decisive cue ({_quote(acks[0])})" if acks else "no decisive cue"
    return Decision("ambiguous", 0.4, reason)


# "stop sending reminders" after "we paid", "it's being dealt with" or "write to ap@ instead" is
# annoyance or redirection, not a refusal to pay
_DIGIT_RE = re.compile(r"\d")
_CONDITION_RE = re.compile(r"(?<![a-z])(?:without (?:it|this|that|them|the|a|an|which)|unless|until (?:we|you|i)|"
                           r"sans (?:le|la|les|cela|ca|ce|celui|celle)|ohne (?:die|den|das|diese|sie|ihn)|"
                           r"solange|sin (?:el|la|los|las|eso|esto|ello)|senza (?:il|la|lo|i|le|quest)|"
                           r"zonder (?:de|het|dit|dat|die)|sem (?:o|a|os|as|isso|isto|esse|essa))(?![a-z])")
_BANK_SUBJECT_RE = re.compile(r"(?<![a-z])(?<!in )(?<!at )(?<!en )(?<!a )(?<!bij )(?<!na )(?<!no )"
                              r"(?<!presso )(?<!auf )(?<!bei )(?:the bank|your bank|la banque|votre banque|die bank|ihre bank|"
                              r"el banco|su banco|la banca|la vostra banca|de bank|uw bank|o banco|"
                              r"o vosso banco|o seu banco)(?![a-z])")
_STOP_RE = re.compile(r"(?:stop|cease|arret|cessez|horen|hoeren|deje|dejen|smett|stop met|"
                      r"parem|pare)")
_NOW_RE = re.compile(r"(?<![a-z])(?:now|today|immediately|maintenant|aujourd'hui|sofort|heute|"
                     r"jetzt|ahora|hoy|ora|subito|oggi|nu|vandaag|meteen|agora|hoje|de suite)"
                     r"(?![a-z])")


def _info_request(a: Analysis, human) -> tuple[set[int], Hit | None]:
    """Sentences that ask for a document or a detail, and the first such cue. The request may
    follow in the next sentence ("I never got the delivery note. Could you send it?")."""
    info_sents: set[int] = set()
    first: Hit | None = None
    for signal in ("info_copy", "info_statement", "info_bank", "info_other"):
        for h in human(signal):
            if a.in_sentence("request", h.sentence) or a.in_sentence("request", h.sentence + 1):
                info_sents.add(h.sentence)
                first = first or h
    return info_sents, first


def _has_amount_or_now(a: Analysis, idx: int) -> bool:
    sent = a.sentence_text(idx)
    return bool(re.search(r"\d", sent) or _NOW_RE.search(sent) or extract.usable_dates(a, idx, date.min))
