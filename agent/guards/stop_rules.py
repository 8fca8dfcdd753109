"""Stop rules: while any holds, no automatic follow-up goes to the account.

Each rule that holds yields a `Stop` with a code and a reason a person can read; every skip is
written to the audit log with it. Pure: the caller gathers the facts from the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from agent.guards.calendar import business_days_between

OPEN_TASK_STATUSES = frozenset({"action_required", "awaiting_response", "in_progress"})

# Tasks that pause the account's follow-ups while open. A person is deciding what happens next,
# or the customer is waiting for our answer: an automatic reminder would talk over them.
BLOCKING_TASK_REASONS = frozenset({
    "dispute", "refusal", "payment_plan_request", "callback_request", "contact_change",
    "ambiguous", "no_response", "broken_promise", "payment_unmatched", "information_request",
    "unmatched_message",
})


@dataclass(frozen=True)
class OpenTask:
    id: int
    reason: str
    status: str


@dataclass(frozen=True)
class StopFacts:
    today: date
    country: str
    balance: Decimal
    min_balance: Decimal
    paused_until: date | None = None
    paused_indefinitely: bool = False
    pause_reason: str | None = None
    open_tasks: tuple[OpenTask, ...] = ()
    open_promise_date: date | None = None
    last_customer_reply_on: date | None = None  # the last reply that was not automatic
    awaiting_our_answer: bool = False
    quiet_business_days: int = 2
    claim_check_until: date | None = None  # the customer says they paid: we check until then


@dataclass(frozen=True)
class Stop:
    code: str
    reason: str


def stops(f: StopFacts) -> list[Stop]:
    found: list[Stop] = []
    if f.balance <= 0:
        found.append(Stop("settled", "nothing is owed: paid or covered by credit"))
    elif f.balance < f.min_balance:
        found.append(Stop("below_minimum",
                          f"balance {f.balance} below the policy minimum {f.min_balance}"))
    if f.paused_indefinitely:
        found.append(Stop("paused", "account paused until further notice"
                          + (f" ({f.pause_reason})" if f.pause_reason else "")))
    elif f.paused_until is not None and f.today <= f.paused_until:
        found.append(Stop("paused", f"account paused until {f.paused_until.isoformat()}"
                          + (f" ({f.pause_reason})" if f.pause_reason else "")))
    for task in f.open_tasks:
        if task.status not in OPEN_TASK_STATUSES:
            continue
        if task.reason in BLOCKING_TASK_REASONS:
            found.append(Stop("open_task", f"open {task.reason} task #{task.id}"))
        elif task.status == "in_progress":
            found.append(Stop("manual", f"a member is handling task #{task.id}"))
    if f.open_promise_date is not None and f.today <= f.open_promise_date:
        found.append(Stop("promise",
                          f"payment promised for {f.open_promise_date.isoformat()}"))
    if f.last_customer_reply_on is not None and business_days_between(
            f.last_customer_reply_on, f.today, f.country) <= f.quiet_business_days:
        found.append(Stop("conversation", "the customer replied on "
                          f"{f.last_customer_reply_on.isoformat()}: conversation active"))
    if f.claim_check_until is not None and f.today <= f.claim_check_until:
        found.append(Stop("claim_check", "the customer says they paid: checking payments until "
                          f"{f.claim_check_until.isoformat()}"))
    if f.awaiting_our_answer:
        found.append(Stop("conversation", "a customer question is waiting for our answer"))
    return found
