"""Nodes of the daily follow-up graph, one function each; `agent/graph.py` wires them.

reconcile → check_stops → check_due → choose_recipients → choose_tone → draft → check_draft
→ send. Every node that decides not to go on says why, and the reason lands in the audit log.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Literal

from langgraph.graph import END
from langgraph.runtime import Runtime
from langgraph.types import Command
from sqlalchemy import select
from sqlalchemy.orm import Session

from agent import decide
from agent.brain.base import DraftRequest
from agent.context import AccountContext, load_context
from agent.escalation import open_escalation
from agent.guards.draft_check import DraftFacts
from agent.guards.draft_check import check_draft as run_draft_check
from agent.guards.policy import Policy
from agent.runtime import RunContext
from agent.statement import statement_ctx
from agent.templates import render
from agent.tools.contacts import mark_bounced
from agent.tools.outbound import deliver, queue
from agent.tools.payments import check_promises, paid_between, settle_if_paid
from agent.tools.tasks import open_task
from store.models import Account, Communication, Contact, Document, utcnow
from store.queries import record_event

State = dict  # the FollowupState TypedDict, as LangGraph hands it over


def _ctx(runtime: Runtime[RunContext], state: State) -> AccountContext:
    rc = runtime.context
    key = f"account:{state['account_id']}"
    if key not in rc.cache:
        rc.cache[key] = load_context(rc.session, state["account_id"], rc.today)
    return rc.cache[key]


def _policy(runtime: Runtime[RunContext], ctx: AccountContext) -> Policy:
    return runtime.context.policies.for_segment(ctx.account.segment)


def _skip(runtime: Runtime[RunContext], ctx: AccountContext, reasons: list[str],
          outcome: str = "skipped") -> Command:
    record_event(runtime.context.session, ctx.org.id, "followup_skipped", "; ".join(reasons),
                 account_id=ctx.account.id, on_date=runtime.context.today)
    return Command(goto=END, update={"outcome": outcome, "stops": reasons,
                                     "detail": "; ".join(reasons)})


def _halt(runtime: Runtime[RunContext], ctx: AccountContext, halt: decide.Halt) -> Command:
    if not halt.log:
        return Command(goto=END, update={"outcome": halt.outcome, "detail": halt.detail})
    return _skip(runtime, ctx, list(halt.reasons), outcome=halt.outcome)


def reconcile(state: State, runtime: Runtime[RunContext]) -> Command[Literal["check_stops"]]:
    """Bring the case up to date before deciding: promises whose date passed are kept or
    broken; a paid or credited balance closes the case and its tasks."""
    rc = runtime.context
    account = rc.session.get(Account, state["account_id"])
    assert account is not None
    broken = check_promises(rc.session, account, rc.today)
    settle_if_paid(rc.session, account, rc.today)
    rc.cache.pop(f"account:{account.id}", None)
    ctx = _ctx(runtime, state)
    policy = _policy(runtime, ctx)
    if broken and ctx.steps_sent >= policy.max_followups:
        # the plan is spent: a broken promise now needs a person, not a fifth reminder
        promise = broken[-1]
        open_escalation(
            rc.session, org=ctx.org, account=account, reason="broken_promise",
            subject=f"{account.name}: payment promised for {promise.promised_date} not received",
            agent_message=(f"{account.name} promised {promise.amount} {promise.currency} for "
                           f"{promise.promised_date.isoformat()}; it has not arrived and all "
                           f"{policy.max_followups} follow-ups were sent."),
            key=f"task:broken_promise:{promise.id}", today=rc.today, outbound=rc.outbound)
        rc.cache.pop(f"account:{account.id}", None)
    if decide.claim_check_due(ctx, policy, rc.today) and (
            paid_between(rc.session, account.id, ctx.last_claim.on_date, rc.today) <= 0):
        claim = ctx.last_claim
        open_escalation(
            rc.session, org=ctx.org, account=account, reason="payment_unmatched",
            subject=f"{account.name} says they paid; no payment found",
            agent_message=(f"On {claim.on_date.isoformat()} {claim.sender or account.name} "
                           f"wrote that the balance was paid; by {rc.today.isoformat()} no "
                           f"payment matches and {ctx.balance} {ctx.position.currency} is "
                           "still open. Check the bank account and the remittance details."),
            key=decide.claim_task_key(claim), today=rc.today, outbound=rc.outbound,
            communication_id=claim.id)
        rc.cache.pop(f"account:{account.id}", None)
    if decide.high_balance_review(ctx, policy):
        # a large overdue balance gets a person's eye once per case; reminders go on
        open_escalation(
            rc.session, org=ctx.org, account=account, reason="high_balance",
            subject=f"{account.name}: {ctx.balance} {ctx.position.currency} overdue",
            agent_message=(f"{account.name} owes {ctx.balance} {ctx.position.currency}, above "
                           f"the policy's review threshold of {policy.high_balance}."),
            key=decide.task_key("high_balance", ctx), today=rc.today, outbound=rc.outbound)
    return Command(goto="check_stops")


def check_stops(state: State, runtime: Runtime[RunContext]) -> Command[
        Literal["check_due", "__end__"]]:
    ctx = _ctx(runtime, state)
    halt = decide.before_due(ctx, _policy(runtime, ctx), runtime.context.now)
    if halt is not None:
        return _halt(runtime, ctx, halt)
    return Command(goto="check_due")


def check_due(state: State, runtime: Runtime[RunContext]) -> Command[
        Literal["choose_recipients", "__end__"]]:
    rc = runtime.context
    ctx = _ctx(runtime, state)
    policy = _policy(runtime, ctx)
    due = decide.due_today(ctx, policy, rc.today)
    if due.action == "no_response":
        last = ctx.last_followup_on
        task, created = open_escalation(
            rc.session, org=ctx.org, account=ctx.account, reason="no_response",
            subject=f"{ctx.account.name}: no answer after {policy.max_followups} reminders",
            agent_message=(
                f"{ctx.account.name} owes {ctx.balance} {ctx.position.currency} "
                f"({len(ctx.position.open_invoices)} open invoice(s), the oldest "
                f"{ctx.position.oldest_overdue_days} days overdue). "
                f"{policy.max_followups} reminders were sent, the last on "
                f"{last.isoformat() if last else '-'}, with no answer. Automatic "
                "follow-ups are paused until you decide."),
            key=decide.task_key("no_response", ctx), today=rc.today, outbound=rc.outbound)
        outcome, detail = decide.task_outcome("no_response", task.id, created)
        return Command(goto=END, update={"outcome": outcome, "detail": detail})
    if due.halt is not None:
        return _halt(runtime, ctx, due.halt)
    if due.action == "courtesy":
        return Command(goto="choose_recipients", update={"kind": "courtesy", "step": 0})
    return Command(goto="choose_recipients", update={"kind": "followup", "step": due.step,
                                                     "detail": due.detail})


def choose_recipients(state: State, runtime: Runtime[RunContext]) -> Command[
        Literal["choose_tone", "__end__"]]:
    """Email to every contactable address; else a letter to the postal address; else a
    person must find a contact."""
    rc = runtime.context
    ctx = _ctx(runtime, state)
    chosen = decide.recipients(ctx, _policy(runtime, ctx), rc.today, state.get("kind") or "")
    if chosen.halt is not None:
        return _halt(runtime, ctx, chosen.halt)
    if chosen.action in ("email", "letter"):
        return Command(goto="choose_tone", update={"channel": chosen.action,
                                                   "recipients": list(chosen.ids)})
    task, created = open_task(
        rc.session, org=ctx.org, account=ctx.account, reason="missing_contact",
        subject=f"{ctx.account.name}: no email contact or postal address",
        agent_message=(f"A follow-up of {ctx.balance} {ctx.position.currency} is due for "
                       f"{ctx.account.name}, but the account has no valid email contact and "
                       "no postal address. Add one and the follow-ups resume."),
        key=decide.task_key("missing_contact", ctx), today=rc.today, outbound=rc.outbound)
    record_event(rc.session, ctx.org.id, "followup_skipped",
                 f"no contact to write to; task #{task.id}", account_id=ctx.account.id,
                 on_date=rc.today)
    outcome, detail = decide.task_outcome("missing_contact", task.id, created)
    return Command(goto=END, update={"outcome": outcome, "detail": detail})


def choose_tone(state: State, runtime: Runtime[RunContext]) -> Command[Literal["draft"]]:
    ctx = _ctx(runtime, state)
    return Command(goto="draft", update={"tone": decide.tone(
        ctx, _policy(runtime, ctx), state.get("kind") or "", state.get("step", 0))})


def draft(state: State, runtime: Runtime[RunContext]) -> Command[Literal["check_draft"]]:
    """One message per recipient, in the recipient's language, stored as scheduled under its
    idempotency key before anything leaves."""
    rc = runtime.context
    ctx = _ctx(runtime, state)
    assert ctx.position is not None
    kind, step, tone = state["kind"], state.get("step", 0), state.get("tone")
    ids = []
    for planned in decide.planned_messages(ctx, rc.today, kind=kind, step=step, tone=tone,
                                           channel=state["channel"],
                                           recipient_ids=state["recipients"]):
        existing, key = _live_key(rc.session, planned.key)
        if existing is not None:
            ids.append(existing)
            continue
        made = rc.brain.draft(DraftRequest(kind=kind, language=planned.language,
                                           channel=state["channel"], tone=tone,
                                           ctx=planned.template_ctx,
                                           country=ctx.account.country))
        if getattr(rc.brain, "last_fallback", None):
            record_event(rc.session, ctx.org.id, "llm_fallback",
                         f"template draft used: {rc.brain.last_fallback}",
                         account_id=ctx.account.id, on_date=rc.today)
        contact = planned.contact
        comm, _ = queue(
            rc.session, key=key, org=ctx.org, account_id=ctx.account.id,
            contact_id=contact.id if contact else None, channel=state["channel"], kind=kind,
            plan_step=planned.plan_step, tone=tone, language=planned.language,
            recipient=planned.recipient, subject=made.subject, body=made.body,
            on_date=rc.today, invoice_numbers=planned.invoice_numbers,
            amount=planned.amount, currency=planned.currency,
        )
        ids.append(comm.id)
    return Command(goto="check_draft", update={"communication_ids": ids})


def _live_key(session: Session, key: str) -> tuple[int | None, str]:
    """The message stored under `key`, skipping past cancelled ones: a follow-up a member (or
    the review hold) cancelled may be drafted again, under `key:again<n>`; a rerun finds that
    one and stays a no-op."""
    base, n = key, 0
    while True:
        found = session.execute(select(Communication.id, Communication.status).where(
            Communication.idempotency_key == key)).first()
        if found is None:
            return None, key
        if found.status != "cancelled":
            return found.id, key
        n += 1
        key = f"{base}:again{n}"


def _allowed_amounts(ctx: AccountContext) -> frozenset[Decimal]:
    assert ctx.position is not None
    amounts = {ctx.position.balance, ctx.position.credit_total, ctx.position.credit_unapplied}
    credits = Decimal("0")
    for p in ctx.position.open_invoices:
        amounts |= {p.doc.amount, p.open_amount, p.open_amount + p.credit_applied,
                    p.credit_applied}
        credits += p.credit_applied
    amounts.add(credits)
    overdue = ctx.position.overdue_invoices
    amounts.add(sum((p.open_amount for p in overdue), Decimal("0")))
    amounts.add(sum((p.credit_applied for p in overdue), Decimal("0")))
    return frozenset(amounts)


def check_draft(state: State, runtime: Runtime[RunContext]) -> Command[Literal["send"]]:
    """Every draft is checked against the store before it leaves; a draft that fails is
    replaced by the template draft, and the failure is logged."""
    rc = runtime.context
    ctx = _ctx(runtime, state)
    assert ctx.position is not None
    org = ctx.org
    references = {ctx.account.external_id, org.iban or "", org.bic or "", org.phone or ""}
    for comm_id in state.get("communication_ids", []):
        comm = rc.session.get(Communication, comm_id)
        if comm is None or comm.status != "scheduled":
            continue
        facts = DraftFacts(
            language=comm.language or "en",
            invoice_numbers=frozenset(p.doc.number for p in ctx.position.invoices),
            amounts=_allowed_amounts(ctx),
            allow_legal_wording=_policy(runtime, ctx).allow_legal_wording,
            known_references=frozenset(r for r in references if r),
        )
        result = run_draft_check(comm.subject or "", comm.body or "", facts)
        if result.ok:
            continue
        record_event(rc.session, org.id, "draft_rejected", "; ".join(result.problems),
                     account_id=ctx.account.id, on_date=rc.today,
                     data={"communication_id": comm.id})
        contact = rc.session.get(Contact, comm.contact_id) if comm.contact_id else None
        fallback = render(comm.kind, language=comm.language or "en", channel=comm.channel,
                          tone=comm.tone, country=ctx.account.country,
                          ctx=statement_ctx(org, ctx.account, contact, ctx.position, rc.today,
                                            step=comm.plan_step or 0))
        comm.subject, comm.body = fallback.subject, fallback.body
    return Command(goto="send")


def invoice_pdfs(session: Session, comm: Communication) -> tuple[Path, ...]:
    """The PDFs of the invoices a reminder lists, when the store has them."""
    if not comm.invoice_numbers or not comm.account_id:
        return ()
    paths = session.scalars(select(Document.pdf_path).where(
        Document.account_id == comm.account_id, Document.number.in_(comm.invoice_numbers),
        Document.pdf_path.is_not(None)))
    return tuple(Path(p) for p in paths if p and Path(p).is_file())


def send(state: State, runtime: Runtime[RunContext]) -> Command[Literal["__end__"]]:
    rc = runtime.context
    ctx = _ctx(runtime, state)
    sent = []
    held = []
    problems = []
    hold = timedelta(hours=_policy(runtime, ctx).review_hold_hours)
    for comm_id in state.get("communication_ids", []):
        comm = rc.session.get(Communication, comm_id)
        if comm is None:
            continue
        if hold and comm.kind == "followup" and comm.status == "scheduled" \
                and comm.attempts == 0:
            if comm.next_attempt_at is None:
                # held for review; `agent.hold.release_held` sends it when the hold ends
                comm.next_attempt_at = (rc.now or utcnow()) + hold
                record_event(rc.session, ctx.org.id, "followup_held",
                             f"{comm.kind} by {comm.channel} to {comm.recipient} held for "
                             f"review until {comm.next_attempt_at:%Y-%m-%d %H:%M} UTC",
                             account_id=ctx.account.id, on_date=rc.today,
                             data={"communication_id": comm.id})
            held.append(comm)
            continue
        contact = rc.session.get(Contact, comm.contact_id) if comm.contact_id else None
        statement = (statement_ctx(ctx.org, ctx.account, contact, ctx.position, rc.today,
                                   step=comm.plan_step or 0)
                     if comm.channel == "letter" and ctx.position is not None else None)
        result = deliver(rc.session, comm, ctx.org, rc.outbound, on_date=rc.today,
                         statement=statement,
                         attachments=invoice_pdfs(rc.session, comm) if comm.channel == "email"
                         else ())
        if result.outcome == "sent":
            sent.append(comm)
            record_event(
                rc.session, ctx.org.id,
                "followup_sent" if comm.kind == "followup" else f"{comm.kind}_sent",
                f"{comm.kind} {('#' + str(comm.plan_step) + ' ') if comm.plan_step else ''}"
                f"by {comm.channel} to {comm.recipient} in {comm.language}"
                + (f", {comm.tone}" if comm.tone else "")
                + f": {', '.join(comm.invoice_numbers or [])}, {comm.amount} {comm.currency}",
                account_id=ctx.account.id, on_date=rc.today,
                data={"communication_id": comm.id, "reason": state.get("detail")})
        elif result.outcome != "skipped":
            problems.append(f"{comm.recipient}: {result.outcome} ({result.error})")
            if result.refused and contact is not None and comm.channel == "email":
                # the receiving server refused the address: a hard bounce, known at once
                mark_bounced(rc.session, ctx.org, contact, rc.today, rc.outbound,
                             status=None, diagnostic=result.error, communication_id=comm.id)
    detail = ", ".join(decide.message_label(c) for c in sent)
    if held:
        detail = "; ".join(filter(None, [detail, "held for review: " + ", ".join(
            decide.message_label(c) for c in held)]))
    if problems:
        detail = "; ".join(filter(None, [detail, *problems]))
    return Command(goto=END, update={"outcome": "sent" if sent else "held" if held else "skipped",
                                     "detail": detail or "nothing left to send"})
