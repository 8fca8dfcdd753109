"""Everything the follow-up rules need to know about one account on one day, read from the
store in a handful of queries and handed to the pure guards as plain values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent.guards.calendar import add_business_days
from agent.guards.policy import Policy, interval_for
from agent.guards.stop_rules import OpenTask, StopFacts
from agent.guards.tasks import OPEN_STATUSES
from store.ledger import ZERO, CurrencyPosition
from store.models import Account, Communication, Contact, Event, Organization, Promise, Task
from store.queries import positions

CUSTOMER_KINDS = ("followup", "courtesy", "promise_ack", "remittance_request", "statement",
                  "bank_details", "formal_notice", "answer")


@dataclass
class AccountContext:
    org: Organization
    account: Account
    today: date
    position: CurrencyPosition | None
    contacts: list[Contact]
    case_started_after: date | None
    followups: list[Communication]  # follow-ups of the current case, oldest first
    open_tasks: list[Task]
    open_promises: list[Promise]
    broken_promise_since_last: bool
    last_reply_on: date | None  # last non-automatic customer reply
    answered_since_last_followup: bool
    resume_after: date | None  # an auto-reply's return date
    last_claim: Communication | None  # the latest "we already paid" of the case
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def balance(self) -> Decimal:
        return self.position.balance if self.position else ZERO

    @property
    def steps_sent(self) -> int:
        return len({c.plan_step for c in self.followups})

    @property
    def last_followup_on(self) -> date | None:
        return max((c.on_date for c in self.followups), default=None)

    @property
    def last_tone(self) -> str | None:
        return self.followups[-1].tone if self.followups else None

    def last_sent_to(self, contact_id: int) -> date | None:
        return max((c.on_date for c in self.followups if c.contact_id == contact_id),
                   default=None)

    @property
    def oldest_due_date(self) -> date | None:
        if self.position is None:
            return None
        dues = [p.doc.due_date for p in self.position.open_invoices if p.doc.due_date]
        return min(dues, default=None)

    @property
    def task_views(self) -> tuple[OpenTask, ...]:
        return tuple(OpenTask(t.id, t.reason, t.status) for t in self.open_tasks)


def main_position(all_positions: dict[str, CurrencyPosition],
                  account: Account) -> CurrencyPosition | None:
    """The position the account is followed up in: its own currency when something is owed
    there, else the currency with the largest positive balance."""
    own = all_positions.get(account.currency)
    if own is not None and own.balance > 0:
        return own
    owed = [p for p in all_positions.values() if p.balance > 0]
    if owed:
        return max(owed, key=lambda p: p.balance)
    return own or next(iter(all_positions.values()), None)


def load_context(session: Session, account_id: int, today: date) -> AccountContext:
    account = session.get(Account, account_id)
    if account is None:
        raise LookupError(f"no account {account_id}")
    org = session.get(Organization, account.organization_id)
    assert org is not None
    contacts = list(session.scalars(
        select(Contact).where(Contact.account_id == account_id)
        .order_by(Contact.is_primary.desc(), Contact.id)))
    closed = session.scalar(
        select(Event.on_date).where(Event.account_id == account_id,
                                    Event.kind == "case_closed", Event.on_date <= today)
        .order_by(Event.id.desc()).limit(1))
    comms = list(session.scalars(
        select(Communication).where(Communication.account_id == account_id,
                                    Communication.on_date <= today)
        .order_by(Communication.on_date, Communication.id)))
    open_tasks = list(session.scalars(
        select(Task).where(Task.account_id == account_id, Task.status.in_(OPEN_STATUSES))
        .order_by(Task.id)))
    promises = list(session.scalars(
        select(Promise).where(Promise.account_id == account_id).order_by(Promise.id)))
    resume = session.scalar(
        select(Event).where(Event.account_id == account_id, Event.kind == "auto_reply",
                            Event.on_date <= today)
        .order_by(Event.id.desc()).limit(1))
    return build_context(
        org, account, today, positions(session, account_id, today), contacts=contacts,
        closed=closed, comms=comms, open_tasks=open_tasks, promises=promises,
        auto_reply=resume.data if resume is not None else None)


def build_context(org: Organization, account: Any, today: date,
                  all_positions: dict[str, CurrencyPosition], *, contacts: list[Any],
                  closed: date | None, comms: list[Any], open_tasks: list[Any],
                  promises: list[Any], auto_reply: dict[str, Any] | None) -> AccountContext:
    """The context from what was read: `load_context` reads one account, the planner reads
    many at once (`agent.planner.load_contexts`); both derive the case here. Rows may be ORM
    objects or plain rows with the same attribute names; `comms` are the account's
    communications up to today in (on_date, id) order, `promises` all of its promises by id,
    `auto_reply` the data of its latest auto-reply event up to today."""
    position = main_position(all_positions, account)
    followups = [
        c for c in comms
        if c.kind == "followup" and c.direction == "out"
        and c.status in ("scheduled", "sent", "delivered")
        and (closed is None or c.on_date > closed)
    ]
    last_followup_on = max((c.on_date for c in followups), default=None)
    # customer replies only: bounces, complaints and members' mails are not a conversation
    replies = [c for c in comms if c.direction == "in" and c.kind == "reply"]
    human = [c for c in replies if c.intent != "auto_reply" and not c.auto_submitted]
    last_reply_on = max((c.on_date for c in human), default=None)
    claims = [c for c in human if c.intent == "payment_claimed"
              and (closed is None or c.on_date > closed)]
    answered = bool(last_followup_on and any(c.on_date >= last_followup_on for c in human))
    open_promises = [p for p in promises if p.status == "open"]
    broken_since = any(
        p.status == "broken" and p.resolved_on is not None
        and (last_followup_on is None or p.resolved_on >= last_followup_on)
        for p in promises
    )
    resume_after = None
    if auto_reply and auto_reply.get("return_date"):
        returning = date.fromisoformat(auto_reply["return_date"])
        if returning >= today:
            resume_after = returning
    return AccountContext(
        org=org, account=account, today=today, position=position, contacts=contacts,
        case_started_after=closed, followups=followups, open_tasks=open_tasks,
        open_promises=open_promises, broken_promise_since_last=broken_since,
        last_reply_on=last_reply_on, answered_since_last_followup=answered,
        resume_after=resume_after, last_claim=claims[-1] if claims else None,
        extra={"positions": all_positions},
    )


def claim_check_until(ctx: AccountContext, policy: Policy) -> date | None:
    """After "we already paid", one cadence interval to see the money before a person looks."""
    if ctx.last_claim is None:
        return None
    oldest = ctx.oldest_due_date
    age = (ctx.last_claim.on_date - oldest).days if oldest else 0
    return add_business_days(ctx.last_claim.on_date, interval_for(policy, age),
                             ctx.account.country)


def stop_facts(ctx: AccountContext, policy: Policy) -> StopFacts:
    return StopFacts(
        today=ctx.today, country=ctx.account.country, balance=ctx.balance,
        min_balance=policy.min_balance, paused_until=ctx.account.paused_until,
        paused_indefinitely=ctx.account.paused_indefinitely,
        pause_reason=ctx.account.pause_reason, open_tasks=ctx.task_views,
        open_promise_date=max((p.promised_date for p in ctx.open_promises), default=None),
        last_customer_reply_on=ctx.last_reply_on,
        quiet_business_days=policy.conversation_quiet_business_days,
        claim_check_until=claim_check_until(ctx, policy),
    )
