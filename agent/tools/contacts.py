"""Contact changes driven by delivery results and members: bounced, complained, replaced."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agent.tools.outbound import Outbound
from agent.tools.tasks import open_task
from store.models import Account, Communication, Contact, Organization
from store.queries import record_event


def contacts_for_bounce(session: Session, org: Organization, recipients: tuple[str, ...],
                        original_message_id: str | None) -> list[Contact]:
    """The contacts a delivery report is about: the one our bounced message went to, else
    every contact of the organization with a failed address."""
    if original_message_id:
        comm = session.scalar(select(Communication).where(
            Communication.organization_id == org.id,
            Communication.message_id == original_message_id))
        if comm is not None and comm.contact_id is not None:
            contact = session.get(Contact, comm.contact_id)
            if contact is not None and (not recipients or (contact.email or "").lower()
                                        in recipients):
                return [contact]
    if not recipients:
        return []
    return list(session.scalars(
        select(Contact).join(Account).where(Account.organization_id == org.id,
                                            func.lower(Contact.email).in_(recipients))))


def mark_bounced(session: Session, org: Organization, contact: Contact, today: date,
                 outbound: Outbound | None, *, status: str | None, diagnostic: str | None,
                 communication_id: int | None = None) -> None:
    """Hard bounce: the address is invalid; follow-ups to it stop (other contacts continue)
    and a person is asked for a valid contact."""
    account = session.get(Account, contact.account_id)
    assert account is not None
    if contact.email_status != "bounced":
        contact.email_status = "bounced"
        record_event(session, org.id, "contact_bounced",
                     f"{contact.email}: hard bounce {status or ''} {diagnostic or ''}".strip(),
                     account_id=account.id, on_date=today,
                     data={"contact_id": contact.id, "status": status})
    open_task(
        session, org=org, account=account, reason="invalid_contact",
        subject=f"{account.name}: {contact.email} does not receive mail",
        agent_message=(f"Mail to {contact.email} ({contact.name or 'no name'}) bounced "
                       f"permanently ({status or 'no status'}: {diagnostic or 'no details'}). "
                       "Follow-ups to this address have stopped; other contacts continue. "
                       "Give a valid contact in this thread."),
        key=f"task:invalid_contact:{contact.id}:{contact.email}", today=today,
        outbound=outbound, contact_id=contact.id, communication_id=communication_id)


def mark_complained(session: Session, org: Organization, contact: Contact,
                    today: date) -> None:
    """A spam complaint: never write to this contact again without a person's decision."""
    if contact.email_status == "complained" and contact.do_not_contact:
        return
    contact.email_status = "complained"
    contact.do_not_contact = True
    record_event(session, org.id, "contact_complained",
                 f"{contact.email} reported our message as spam: do not contact",
                 account_id=contact.account_id, on_date=today, data={"contact_id": contact.id})
