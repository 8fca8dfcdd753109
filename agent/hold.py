"""Follow-ups held for review (policy `review_hold_hours`): when the hold ends, each one is
checked again before it goes, because the world may have moved while it waited.

A held reminder is cancelled, with the reason in the audit log, when a stop rule now holds
(paid, paused, dispute, promise, a customer reply, ...), when its contact can no longer be
written to, or when the balance it states is no longer the balance; the next daily run then
decides afresh. Otherwise it is delivered, inside the sending window, exactly once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import Engine, select

from agent.context import load_context, stop_facts
from agent.guards.calendar import in_sending_window
from agent.guards.stop_rules import stops
from agent.nodes.followup import invoice_pdfs
from agent.scheduler import org_policies
from agent.statement import statement_ctx
from agent.tools.outbound import Outbound, cancel_scheduled, deliver, is_held
from store.db import session_factory
from store.models import Communication, Contact, Organization, utcnow
from store.queries import record_event

# courtesy notices go on their date: a notice before the due date cannot wait for a review
HELD_KINDS = ("followup",)


@dataclass(frozen=True)
class Released:
    communication_id: int
    outcome: str  # sent | cancelled | waiting | failed | retry | uncertain | skipped
    detail: str = ""


def _reasons_to_cancel(session, comm: Communication, today: date, policies) -> list[str]:  # type: ignore[no-untyped-def]
    ctx = load_context(session, comm.account_id, today)  # type: ignore[arg-type]
    policy = policies.for_segment(ctx.account.segment)
    reasons = [s.reason for s in stops(stop_facts(ctx, policy))]
    contact = session.get(Contact, comm.contact_id) if comm.contact_id else None
    if contact is not None:
        if contact.do_not_contact:
            reasons.append(f"{contact.email or contact.name} is marked do-not-contact")
        if comm.channel == "email" and (contact.email_status != "valid"
                                        or (contact.email or "").lower()
                                        != (comm.recipient or "").lower()):
            reasons.append(f"the address {comm.recipient} is no longer the contact's valid "
                           "address")
    if ctx.position is not None and not reasons:
        # the statement it would carry if drafted now, by the same function that drafted it
        fresh = statement_ctx(ctx.org, ctx.account, contact, ctx.position, today,
                              step=comm.plan_step or 0)
        numbers = [line["number"] for line in fresh["lines"]]
        if (fresh["total"] != comm.amount or ctx.position.currency != comm.currency
                or numbers != list(comm.invoice_numbers or [])):
            reasons.append(f"the statement changed while the message waited ({comm.amount} "
                           f"{comm.currency} then, {fresh['total']} {ctx.position.currency} "
                           "now)")
    return reasons


def release_held(engine: Engine, organization_id: int, today: date, *, outbound: Outbound,
                 now: datetime | None = None) -> list[Released]:
    """Deliver or cancel every held follow-up whose hold has ended."""
    now = now or utcnow()
    factory = session_factory(engine)
    with factory() as session:
        org = session.get(Organization, organization_id)
        if org is None:
            raise LookupError(f"no organization {organization_id}")
        policies = org_policies(org.settings)
        window = (time.fromisoformat(org.sending_window_start),
                  time.fromisoformat(org.sending_window_end))
        due = list(session.scalars(select(Communication.id).where(
            Communication.organization_id == organization_id,
            Communication.direction == "out", Communication.status == "scheduled",
            Communication.kind.in_(HELD_KINDS), Communication.next_attempt_at <= now)
            .order_by(Communication.next_attempt_at, Communication.id)))
    results = []
    for comm_id in due:
        with factory() as session:
            comm = session.get(Communication, comm_id)
            org = session.get(Organization, organization_id)
            if comm is None or org is None or not is_held(comm) or comm.account_id is None:
                continue
            reasons = _reasons_to_cancel(session, comm, today, policies)
            if reasons:
                cancel_scheduled(session, comm, actor="agent", today=today,
                                 why="; ".join(reasons))
                session.commit()
                results.append(Released(comm_id, "cancelled", "; ".join(reasons)))
                continue
            ctx = load_context(session, comm.account_id, today)
            if not in_sending_window(now, ctx.account.country, *window,
                                     tz=ctx.account.timezone):
                results.append(Released(comm_id, "waiting", "outside the sending window"))
                continue
            contact = session.get(Contact, comm.contact_id) if comm.contact_id else None
            statement = (statement_ctx(org, ctx.account, contact, ctx.position, today,
                                       step=comm.plan_step or 0)
                         if comm.channel == "letter" and ctx.position is not None else None)
            result = deliver(session, comm, org, outbound, on_date=today, statement=statement,
                             attachments=invoice_pdfs(session, comm)
                             if comm.channel == "email" else ())
            if result.outcome == "sent":
                record_event(session, org.id,
                             "followup_sent" if comm.kind == "followup" else f"{comm.kind}_sent",
                             f"{comm.kind} "
                             + (f"#{comm.plan_step} " if comm.plan_step else "")
                             + f"by {comm.channel} to {comm.recipient} in {comm.language}"
                             + (f", {comm.tone}" if comm.tone else "")
                             + " after its review hold", account_id=comm.account_id,
                             on_date=today, data={"communication_id": comm.id})
            session.commit()
            results.append(Released(comm_id, result.outcome, result.error or ""))
    return results
