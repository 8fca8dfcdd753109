"""The follow-up decision as pure functions of an account's context: stop, wait, or write to
whom, in which tone and language, about which invoices.

The nodes of the follow-up graph (`agent/nodes/followup.py`) call these and then act (events,
tasks, drafts, sends); the fast dry-run planner (`agent/planner.py`) calls the very same
functions without a graph, so a plan and a run can never disagree on a rule. Nothing here
reads the store or writes anything: `ctx` carries what was read, and its rows may be ORM
objects or plain rows with the same attribute names.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from agent.context import AccountContext, claim_check_until, stop_facts
from agent.guards.cadence import contact_gap_ok, courtesy_due, followup_due, no_response_due
from agent.guards.calendar import in_sending_window
from agent.guards.language import customer_language
from agent.guards.policy import Policy
from agent.guards.stop_rules import stops
from agent.guards.tone import next_tone
from agent.statement import statement_ctx


@dataclass(frozen=True)
class Halt:
    """The run ends here for the account: `outcome` with `reasons` (logged when `log`)."""

    outcome: str  # nothing | skipped | not_due
    reasons: tuple[str, ...]
    log: bool = True

    @property
    def detail(self) -> str:
        return "; ".join(self.reasons)


def case_key(ctx: AccountContext) -> str:
    return ctx.case_started_after.isoformat() if ctx.case_started_after else "first"


def task_key(reason: str, ctx: AccountContext) -> str:
    """The idempotency key of a task the follow-up opens for the account's current case."""
    return f"task:{reason}:{ctx.account.id}:{case_key(ctx)}"


TASK_LABELS = {"no_response": "no response", "missing_contact": "no contact"}


def task_outcome(reason: str, task_id: int | None, created: bool) -> tuple[str, str]:
    """How a run reports the task its follow-up opened (`task_id` None: a plan that does not
    open it). An unanswered plan is a task every time; a missing contact already handed to a
    person is a skip."""
    ref = f"task #{task_id}" if task_id is not None else "new task"
    outcome = "task" if reason == "no_response" or created else "skipped"
    return outcome, f"{TASK_LABELS[reason]}: {ref}"


def before_due(ctx: AccountContext, policy: Policy, now: datetime | None) -> Halt | None:
    """Nothing owed, a stop rule, or outside the sending window: why not to go on, else None."""
    if ctx.balance <= 0 and not ctx.open_tasks:
        # nothing owed, nothing pending: not a decision worth a line in the log every day
        return Halt("nothing", ("nothing owed",), log=False)
    found = stops(stop_facts(ctx, policy))
    if found:
        return Halt("skipped", tuple(s.reason for s in found))
    if now is not None:
        start = time.fromisoformat(ctx.org.sending_window_start)
        end = time.fromisoformat(ctx.org.sending_window_end)
        if not in_sending_window(now, ctx.account.country, start, end,
                                 tz=ctx.account.timezone):
            return Halt("skipped", ("outside the sending window or not a business day "
                                    "in the account's time zone",))
    return None


@dataclass(frozen=True)
class Due:
    """What today holds for an account that may be followed up."""

    action: str  # followup | courtesy | no_response | halt
    step: int = 0
    detail: str = ""
    halt: Halt | None = None


def due_today(ctx: AccountContext, policy: Policy, today: date) -> Due:
    oldest = ctx.oldest_due_date
    overdue = oldest is not None and today > oldest
    if overdue and ctx.steps_sent >= policy.max_followups:
        assert oldest is not None
        if no_response_due(today=today, country=ctx.account.country, policy=policy,
                           oldest_due_date=oldest, followups_sent=ctx.steps_sent,
                           last_followup_on=ctx.last_followup_on,
                           answered_since_last=ctx.answered_since_last_followup):
            return Due("no_response")
        return Due("halt", halt=Halt("skipped", (
            f"all {policy.max_followups} follow-ups sent; waiting one cadence interval for "
            "an answer",)))
    if not overdue and ctx.position is not None:
        coming = [p for p in ctx.position.open_invoices if p.doc.due_date and courtesy_due(
            today=today, country=ctx.account.country, policy=policy,
            due_date=p.doc.due_date)]
        if coming:
            return Due("courtesy", step=0)
    due = followup_due(
        today=today, country=ctx.account.country, policy=policy, oldest_due_date=oldest,
        followups_sent=ctx.steps_sent, last_followup_on=ctx.last_followup_on,
        broken_promise=ctx.broken_promise_since_last, resume_after=ctx.resume_after)
    if not due.due:
        return Due("halt", halt=Halt("not_due", (f"not due: {due.reason}",)))
    return Due("followup", step=due.step, detail=due.reason)


def contactable_email(c: Any) -> bool:
    return bool(c.email) and c.email_status == "valid" and not c.do_not_contact


@dataclass(frozen=True)
class Recipients:
    action: str  # email | letter | halt | missing_contact
    ids: tuple[int, ...] = ()  # contact ids; 0 = the account's own postal address
    halt: Halt | None = None


def recipients(ctx: AccountContext, policy: Policy, today: date, kind: str) -> Recipients:
    """Email to every contactable address; else a letter to the postal address; else a
    person must find a contact."""
    emails = [c for c in ctx.contacts if contactable_email(c)]
    if emails:
        ready = [c for c in emails if kind != "followup"
                 or contact_gap_ok(today, ctx.last_sent_to(c.id), policy)]
        if not ready:
            return Recipients("halt", halt=Halt("skipped", (
                f"every contact had a follow-up less than {policy.min_gap_days} days ago",)))
        return Recipients("email", tuple(c.id for c in ready))
    if kind == "courtesy":
        return Recipients("halt", halt=Halt("skipped", (
            "courtesy notices go by email only: no email contact",)))
    reachable = [c for c in ctx.contacts if not c.do_not_contact]
    with_address = [c for c in reachable if c.postal_address]
    if with_address or (ctx.account.postal_address and
                        not any(c.do_not_contact for c in ctx.contacts)):
        if kind == "followup" and not contact_gap_ok(today, ctx.last_followup_on, policy):
            return Recipients("halt", halt=Halt("skipped", (
                f"a letter went less than {policy.min_gap_days} days ago",)))
        return Recipients("letter", (with_address[0].id if with_address else 0,))
    return Recipients("missing_contact")


def tone(ctx: AccountContext, policy: Policy, kind: str, step: int) -> str | None:
    if kind != "followup":
        return None
    return next_tone(policy, step, ctx.last_tone, ctx.broken_promise_since_last)


@dataclass(frozen=True)
class Planned:
    """One message as drafted for a recipient, before any text is written."""

    key: str  # the idempotency key
    contact: Any  # the Contact (or row), None for the account's own postal address
    channel: str
    kind: str
    plan_step: int | None
    tone: str | None
    language: str
    recipient: str
    invoice_numbers: list[str]
    amount: Decimal
    currency: str
    template_ctx: dict[str, Any] = field(repr=False, compare=False)


def planned_messages(ctx: AccountContext, today: date, *, kind: str, step: int,
                     tone: str | None, channel: str, recipient_ids: tuple[int, ...] | list[int],
                     ) -> list[Planned]:
    """One message per recipient, in the recipient's language, with its idempotency key and
    the statement it carries."""
    assert ctx.position is not None
    by_id = {c.id: c for c in ctx.contacts}
    made = []
    for contact_id in recipient_ids:
        contact = by_id.get(contact_id) if contact_id else None
        language = customer_language(contact.language if contact else None,
                                     ctx.account.country)
        if kind == "courtesy":
            key = (f"courtesy:{ctx.account.id}:{contact_id}:"
                   + ",".join(p.doc.number for p in ctx.position.open_invoices))
        else:
            # the address is part of the key: after a bounce and a corrected address the
            # same step goes to the new address; a rerun to the same address stays a no-op
            address = (contact.email or "") if contact and channel == "email" else ""
            key = (f"followup:{ctx.account.id}:{case_key(ctx)}:{step}:{contact_id}"
                   + (f":{address.lower()}" if address else ""))
        template_ctx = statement_ctx(ctx.org, ctx.account, contact, ctx.position, today,
                                     step=step)
        made.append(Planned(
            key=key, contact=contact, channel=channel, kind=kind, plan_step=step or None,
            tone=tone, language=language,
            recipient=(contact.email if channel == "email" and contact
                       else (contact.name if contact and contact.name else ctx.account.name)),
            invoice_numbers=[line["number"] for line in template_ctx["lines"]],
            amount=template_ctx["total"], currency=ctx.position.currency,
            template_ctx=template_ctx))
    return made


def message_label(c: Any) -> str:
    """`email to x@y (fr, firm)`: how a run reports a message it sent or held."""
    return f"{c.channel} to {c.recipient} ({c.language}" + (f", {c.tone}" if c.tone else "") + ")"


def message_line(c: Any) -> str:
    """One line per message of a dry run: channel, recipient, kind and step, tone, language,
    invoices, amount."""
    return (f"{c.channel} to {c.recipient}: {c.kind}"
            + (f" #{c.plan_step}" if c.plan_step else "")
            + f", {c.tone or '-'}, {c.language}, "
              f"{', '.join(c.invoice_numbers or [])}, {c.amount} {c.currency}")


def reconcile_work(ctx: AccountContext, policy: Policy, today: date
                   ) -> tuple[bool, AccountContext, tuple[str, ...]]:
    """What the graph's reconcile step would do for the account today, for a plan that has
    no side effects. Returns (graph_only, ctx, keys):

    - graph_only: a promise whose date passed while something is owed (kept or broken
      depends on the payments since, and a broken one may escalate): only the graph can tell;
    - ctx: the context after reconcile. A settled balance closes the open tasks and keeps the
      open promises (`agent.tools.payments.settle_if_paid`), whatever their dates;
    - keys: the escalation tasks reconcile opens unless they exist already under these keys
      (a payment claim whose check ran out, a high balance for review)."""
    owed = sum((p.balance for p in ctx.extra.get("positions", {}).values() if p.balance > 0),
               Decimal("0"))
    if owed <= 0:
        if ctx.open_tasks or ctx.open_promises:
            ctx = replace(ctx, open_tasks=[], open_promises=[])
        return False, ctx, ()
    if any(today > p.promised_date for p in ctx.open_promises):
        return True, ctx, ()
    keys = []
    if claim_check_due(ctx, policy, today):
        assert ctx.last_claim is not None
        keys.append(claim_task_key(ctx.last_claim))
    if high_balance_review(ctx, policy):
        keys.append(task_key("high_balance", ctx))
    return False, ctx, tuple(keys)


def claim_task_key(claim: Any) -> str:
    return f"task:payment_unmatched:{claim.id}"


def claim_check_due(ctx: AccountContext, policy: Policy, today: date) -> bool:
    """The customer said they paid and the check interval is over: payments are looked at."""
    until = claim_check_until(ctx, policy)
    return until is not None and today > until and ctx.balance > 0 and ctx.last_claim is not None


def high_balance_review(ctx: AccountContext, policy: Policy) -> bool:
    return (policy.high_balance is not None and ctx.balance >= policy.high_balance
            and ctx.position is not None and bool(ctx.position.overdue_invoices))
