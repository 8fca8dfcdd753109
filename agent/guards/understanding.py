"""Checks on what a brain understood from a reply, before anything acts on it.

The LLM proposes; these rules decide whether the proposal is usable. The same checks run on
the offline brain's output, so both paths obey one contract."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

INTENTS = ("dispute", "refusal", "payment_plan_request", "callback_request", "contact_change",
           "payment_promise", "payment_claimed", "information_request", "auto_reply",
           "ambiguous")
MAX_PROMISE_DAYS = 180


@dataclass(frozen=True)
class Proposal:
    intent: str
    promise_date: date | None
    promise_amount: Decimal | None


def problems(p: Proposal, *, today: date, balance: Decimal | None) -> list[str]:
    """Everything wrong with a proposal; empty when it may be acted on."""
    found = []
    if p.intent not in INTENTS:
        found.append(f"unknown intent {p.intent!r}")
    if p.promise_date is not None:
        if p.intent != "payment_promise":
            found.append(f"a promise date for intent {p.intent}")
        if p.promise_date < today:
            found.append(f"promise date {p.promise_date} before the message date {today}")
        elif p.promise_date > today + timedelta(days=MAX_PROMISE_DAYS):
            found.append(f"promise date {p.promise_date} more than {MAX_PROMISE_DAYS} days "
                         "ahead")
    if p.promise_amount is not None:
        if p.promise_amount <= 0:
            found.append(f"promise amount {p.promise_amount} not positive")
        elif balance is not None and balance > 0 and p.promise_amount > balance:
            found.append(f"promise amount {p.promise_amount} above the balance {balance}")
    return found
