"""Account-level actions a member asks for in a task thread. Each is scoped to one account,
validated, idempotent (doing it twice leaves the same state) and logged."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agent.tools.tasks import set_status
from store.models import Account, Contact, Promise, Task, TaskMessage
from store.queries import record_event


class ToolError(ValueError):
    """A request that cannot be applied as asked; the message says why, for the member."""


def pause_account(session: Session, account: Account, today: date, *, until: date | None,
                  reason: str | None, actor: str) -> str:
    if until is not None and until < today:
        raise ToolError(f"{until.isoformat()} is in the past")
    account.paused_until = until
    account.paused_indefinitely = until is None
    account.pause_reason = reason
    what = f"paused until {until.isoformat()}" if until else "paused until further notice"
    record_event(session, account.organization_id, "account_paused", what
                 + (f" ({reason})" if reason else ""), account_id=account.id, on_date=today,
                 actor=actor, data={"until": until.isoformat() if until else None})
    return what


def resume_account(session: Session, account: Account, today: date, *, actor: str) -> str:
    account.paused_until = None
    account.paused_indefinitely = False
    account.pause_reason = None
    record_event(session, account.organization_id, "account_resumed", "follow-ups resumed",
                 account_id=account.id, on_date=today, actor=actor)
    return "follow-ups resumed"


def _contact_by_email(session: Session, account: Account, email: str) -> Contact | None:
    return session.scalar(select(Contact).where(Contact.account_id == account.id,
                                                func.lower(Contact.email) == email.lower()))


def set_contact_email(session: Session, account: Account, today: date, *, email: str,
                      replace: str | None, actor: str) -> str:
    """The account's contact is now `email`: the replaced (or primary) contact gets the new
    address, valid again; an address already on the account becomes the primary contact."""
    existing = _contact_by_email(session, account, email)
    if existing is not None:
        target = existing
    else:
        target = _contact_by_email(session, account, replace) if replace else None
        if target is None:
            contacts = list(session.scalars(select(Contact).where(
                Contact.account_id == account.id).order_by(Contact.is_primary.desc(),
                                                           Contact.id)))
            target = contacts[0] if contacts else Contact(account_id=account.id)
            if target.id is None:
                session.add(target)
    old = target.email
    target.email = email.lower()
    target.email_status = "valid"
    target.do_not_contact = False
    for other in session.scalars(select(Contact).where(Contact.account_id == account.id)):
        other.is_primary = other is target
    session.flush()
    record_event(session, account.organization_id, "contact_changed",
                 f"contact email {old or '(none)'} → {email}", account_id=account.id,
                 on_date=today, actor=actor, data={"contact_id": target.id})
    return f"contact is now {email}"


def add_contact(session: Session, account: Account, today: date, *, email: str,
                name: str | None, language: str | None, actor: str) -> str:
    if _contact_by_email(session, account, email) is not None:
        return f"{email} is already a contact"
    contact = Contact(account_id=account.id, email=email.lower(), name=name, language=language)
    session.add(contact)
    session.flush()
    record_event(session, account.organization_id, "contact_added", f"contact {email} added",
                 account_id=account.id, on_date=today, actor=actor,
                 data={"contact_id": contact.id})
    return f"{email} added as a contact"


def set_contact_language(session: Session, account: Account, today: date, *, language: str,
                         email: str | None, actor: str) -> str:
    """The contact `email` (or, when None, the primary contact -- not every contact: the
    others keep their own language) is written to in `language`."""
    contacts = list(session.scalars(select(Contact).where(Contact.account_id == account.id)
                                    .order_by(Contact.is_primary.desc(), Contact.id)))
    if email:
        contacts = [c for c in contacts if (c.email or "").lower() == email.lower()]
        if not contacts:
            raise ToolError(f"{email} is not a contact of {account.name}")
    if not contacts:
        raise ToolError(f"{account.name} has no contact")
    target = contacts[0]
    target.language = language
    record_event(session, account.organization_id, "contact_language",
                 f"contact {target.email or target.name or target.id} language set to "
                 f"{language}", account_id=account.id, on_date=today, actor=actor,
                 data={"contact_id": target.id})
    return f"messages will be in {language}"


def record_member_promise(session: Session, account: Account, today: date, *, on: date,
                          amount: Decimal | None, currency: str, balance: Decimal,
                          key: str, actor: str) -> str:
    if on < today:
        raise ToolError(f"{on.isoformat()} is in the past")
    amount = amount if amount is not None else balance
    if amount <= 0 or (balance > 0 and amount > balance):
        raise ToolError(f"{amount} is not between 0 and the balance {balance}")
    promise = session.scalar(select(Promise).where(Promise.idempotency_key == key))
    if promise is None:
        promise = Promise(account_id=account.id, amount=amount, currency=currency,
                          promised_date=on, status="open", created_on=today,
                          idempotency_key=key)
        session.add(promise)
        session.flush()
        record_event(session, account.organization_id, "promise_recorded",
                     f"{amount} {currency} promised for {on.isoformat()} (told by a member)",
                     account_id=account.id, on_date=today, actor=actor,
                     data={"promise_id": promise.id})
    return f"promise of {amount} {currency} for {on.isoformat()} recorded"


def add_note(session: Session, task: Task, text: str, *, actor: str) -> str:
    session.add(TaskMessage(task_id=task.id, author="agent", body=f"Note: {text}"))
    record_event(session, task.organization_id, "note_added", text, account_id=task.account_id,
                 actor=actor, data={"task_id": task.id})
    return "note added"


def finish_task(session: Session, task: Task, today: date, status: str, why: str, *,
                actor: str) -> str:
    set_status(session, task, status, today, why, actor=actor)
    return f"task {status}"
