"""Payments, settlement and promises: what happens to a case when money arrives (or not)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agent.tools.tasks import close_open_tasks
from store.ledger import ZERO
from store.models import Account, Document, Event, Payment, Promise
from store.queries import positions, record_event


def owed(session: Session, account_id: int, today: date) -> Decimal:
    return sum((p.balance for p in positions(session, account_id, today).values()
                if p.balance > 0), ZERO)


def record_payment(session: Session, *, document: Document, amount: Decimal, value_date: date,
                   today: date, external_id: str | None = None,
                   reference: str | None = None) -> Payment:
    """Record a payment against an invoice (idempotent on `external_id`), then settle the
    account if nothing is owed any more."""
    external_id = external_id or f"{document.number}:{value_date.isoformat()}:{amount}"
    payment = session.scalar(select(Payment).where(
        Payment.organization_id == document.organization_id,
        Payment.external_id == external_id))
    if payment is None:
        payment = Payment(organization_id=document.organization_id,
                          account_id=document.account_id, document_id=document.id,
                          external_id=external_id, amount=amount, currency=document.currency,
                          value_date=value_date, reference=reference)
        session.add(payment)
        session.flush()
        record_event(session, document.organization_id, "payment_recorded",
                     f"{amount} {document.currency} on {document.number}",
                     account_id=document.account_id, on_date=today,
                     data={"payment_id": payment.id, "document": document.number})
    account = session.get(Account, document.account_id)
    assert account is not None
    settle_if_paid(session, account, today)
    return payment


def settle_if_paid(session: Session, account: Account, today: date) -> bool:
    """Paying or crediting the balance closes the case: open tasks closed, open promises kept,
    the follow-up plan starts afresh if the account falls behind again."""
    if owed(session, account.id, today) > 0:
        return False
    closed = close_open_tasks(session, account.id, today, "the balance is paid or credited")
    for promise in session.scalars(select(Promise).where(Promise.account_id == account.id,
                                                         Promise.status == "open")):
        promise.status = "kept"
        promise.resolved_on = today
        record_event(session, account.organization_id, "promise_kept",
                     f"promise of {promise.amount} for {promise.promised_date} kept",
                     account_id=account.id, on_date=today)
    last_close = session.scalar(select(func.max(Event.id)).where(
        Event.account_id == account.id, Event.kind == "case_closed"))
    activity = session.scalar(select(func.max(Event.id)).where(
        Event.account_id == account.id,
        Event.kind.in_(("followup_sent", "task_created", "promise_recorded"))))
    if activity is not None and (last_close is None or activity > last_close):
        record_event(session, account.organization_id, "case_closed",
                     "nothing owed: case closed" + (f", {len(closed)} task(s) closed"
                                                    if closed else ""),
                     account_id=account.id, on_date=today)
    return True


def paid_between(session: Session, account_id: int, start: date, end: date) -> Decimal:
    return session.scalar(select(func.coalesce(func.sum(Payment.amount), 0)).where(
        Payment.account_id == account_id, Payment.value_date >= start,
        Payment.value_date <= end)) or ZERO


def check_promises(session: Session, account: Account, today: date) -> list[Promise]:
    """Open promises whose date has passed: kept when the promised amount (or the whole
    balance) came in, else broken. Returns the promises broken today."""
    broken = []
    for promise in session.scalars(select(Promise).where(Promise.account_id == account.id,
                                                         Promise.status == "open")):
        if today <= promise.promised_date:
            continue
        received = paid_between(session, account.id, promise.created_on, today)
        if received >= promise.amount or owed(session, account.id, today) <= 0:
            promise.status = "kept"
            kind = "promise_kept"
        else:
            promise.status = "broken"
            broken.append(promise)
            kind = "promise_broken"
        promise.resolved_on = today
        record_event(session, account.organization_id, kind,
                     f"promise of {promise.amount} {promise.currency} for "
                     f"{promise.promised_date} {promise.status}", account_id=account.id,
                     on_date=today, data={"promise_id": promise.id})
    return broken
