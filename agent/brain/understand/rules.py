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
    auto_ctx = auto_cue or auto_submitted or subject_auto
    auto_sents = {h.sentence for s in ("ooo", "auto", "deputy", "auto_weak") for h in a.get(s)}

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
    strong = human("promise")
    asks = human("promise_ask")
    ask_timed = [h for h in asks if dated(h.sentence) or a.in_sentence("vague_time", h.sentence)]
    refusals = human("refusal")
    refusal_dated = [h for h in refusals if dated(h.sentence)]
    # "we cannot pay before the 30th": the bound is when they will pay
    refusal_dated += [h for h in human("cant_pay")
                      if a.in_sentence("not_before", h.sentence) and dated(h.sentence)]
    refusal_plain = [h for h in refusals if not dated(h.sentence)
                     and not ((claimed or a.has("ack") or a.has("contact_change"))
                              and _STOP_RE.match(h.text))]
    more_time = human("more_time")
    more_time_dated = [h for h in more_time if dated(h.sentence)]
    weak = [h for h in human("pay_word")
            if h.sentence not in claimed_sents and dated(h.sentence)]
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

    if promise_hits:
        d = Decision("payment_promise", 0.85 if strong else 0.7,
                     f"promise cue {_quote(promise_hits[0])}")
        preferred = sents(strong + ask_timed + refusal_dated + more_time_dated + arrival)
        secondary = sents(weak) + [i + 1 for i in preferred if i + 1 < len(a.sentences)
                                   and i + 1 not in claimed_sents]
        d.promise_date, date_idx = extract.promise_date(a, preferred, secondary, today)
        order: list[int] = []
        for idx in ([date_idx] if date_idx is not None else []) + preferred + sents(weak):
            if idx not in order and (idx not in claimed_sents or idx in preferred):
                order.append(idx)
        d.promise_amount = extract.promise_amount(a, order, amount_due, invoice_numbers)
        return d

    if claimed:
        return Decision("payment_claimed", 0.85, f"claimed cue {_quote(claimed[0])}")

    if not auto_ctx:
        info_sents: set[int] = set()
        first: Hit | None = None
        for signal in ("info_copy", "info_statement", "info_bank", "info_other"):
            for h in human(signal):
                if a.in_sentence("request", h.sentence):
                    info_sents.add(h.sentence)
                    first = first or h
        if first is not None:
            d = Decision("information_request", 0.8, f"asks for {_quote(first)}")
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
_STOP_RE = re.compile(r"(?:stop|cease|arret|cessez|horen|hoeren|deje|dejen|smett|stop met|"
                      r"parem|pare)")
_NOW_RE = re.compile(r"(?<![a-z])(?:now|today|immediately|maintenant|aujourd'hui|sofort|heute|"
                     r"jetzt|ahora|hoy|ora|subito|oggi|nu|vandaag|meteen|agora|hoje|de suite)"
                     r"(?![a-z])")


def _has_amount_or_now(a: Analysis, idx: int) -> bool:
    sent = a.sentence_text(idx)
    return bool(re.search(r"\d", sent) or _NOW_RE.search(sent) or extract.usable_dates(a, idx, date.min))
