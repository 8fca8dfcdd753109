"""Offline understanding of customer replies to payment reminders (no model, deterministic).

`understand(ReplyInput) -> Understanding` labels a reply with one of `INTENTS` (the first in
that priority order wins when several apply) and extracts what goes with it: the promised
date and amount, the return date of an out-of-office, a new contact address, the documents
asked for. It reads the seven message languages (en, fr, de, es, it, nl, pt), also mixed,
without accents, with typos, and never follows instructions written in the reply.

The text given must be the customer's new text only: run `inbox.quotes.split_reply` first, so
that the quoted reminder never lends its dates or amounts to the reply.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

__all__ = ["INTENTS", "ReplyInput", "Understanding", "understand"]

INTENTS = ("dispute", "refusal", "payment_plan_request", "callback_request", "contact_change",
           "payment_promise", "payment_claimed", "information_request", "auto_reply",
           "ambiguous")  # priority order


@dataclass(frozen=True)
class ReplyInput:
    text: str                  # the customer's new text (already separated from quotes by split_reply)
    today: date                # the message date: relative dates resolve against it
    subject: str = ""
    language: str | None = None   # hint (contact language), may be None or wrong
    amount_due: Decimal | None = None
    currency: str | None = None
    invoice_numbers: tuple[str, ...] = ()
    auto_submitted: bool = False   # RFC 3834 headers said it's automatic (decided by the inbox)
    country: str | None = None     # account country (mm/dd only for US senders)


@dataclass(frozen=True)
class Understanding:
    intent: str
    confidence: float              # 0..1
    language: str | None           # detected language of the text
    promise_date: date | None      # payment_promise only
    promise_amount: Decimal | None  # payment_promise only
    return_date: date | None       # auto_reply: the first day the person is back
    new_email: str | None          # contact_change: the new address given
    requests: tuple[str, ...]      # information_request: invoice_copy, statement, bank_details, other
    reason: str                    # short human explanation (which cue decided)


def _language(text: str, hint: str | None) -> str | None:
    from agent.guards.language import MESSAGE_LANGUAGES, detect_language

    lang, confidence = detect_language(text)
    hint = (hint or "").split("-")[0].split("_")[0].lower() or None
    if hint not in MESSAGE_LANGUAGES:
        hint = None
    if lang is None or (hint is not None and confidence < 0.2):
        return hint or lang
    return lang


def understand(reply: ReplyInput) -> Understanding:
    from agent.brain.understand.analysis import analyse
    from agent.brain.understand.rules import decide

    text = reply.text or ""
    us = (reply.country or "").strip().upper() == "US"
    analysis = analyse(text, reply.today, us=us)
    d = decide(analysis, today=reply.today, subject=reply.subject or "",
               auto_submitted=reply.auto_submitted, amount_due=reply.amount_due,
               invoice_numbers=tuple(reply.invoice_numbers), raw=text)
    return Understanding(
        intent=d.intent,
        confidence=d.confidence,
        language=_language(text[:1500], reply.language),
        promise_date=d.promise_date if d.intent == "payment_promise" else None,
        promise_amount=d.promise_amount if d.intent == "payment_promise" else None,
        return_date=d.return_date if d.intent == "auto_reply" else None,
        new_email=d.new_email if d.intent == "contact_change" else None,
        requests=d.requests if d.intent == "information_request" else (),
        reason=d.reason,
    )
