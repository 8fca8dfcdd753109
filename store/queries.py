"""Reads and small writes the rest of the product shares: positions, the audit log, lookups."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from store.ledger import ZERO, CurrencyPosition, Doc, account_position
from store.models import Account, Document, Event, Organization, Payment


def record_event(
    session: Session,
    organization_id: int | None,
    kind: str,
    reason: str | None = None,
    *,
    account_id: int | None = None,
    on_date: date | None = None,
    actor: str = "agent",
    data: dict[str, Any] | None = None,
) -> Event:
    event = Event(
        organization_id=organization_id,
        account_id=account_id,
        kind=kind,
        reason=reason,
        on_date=on_date,
        actor=actor,
        data=data or {},
    )
    session.add(event)
    return event


def organization_by_slug(session: Session, slug: str | None) -> Organization:
    """The organization named by `slug`, or the only one there is."""
    if slug:
        org = session.scalar(select(Organization).where(Organization.slug == slug))
        if org is None:
            raise LookupError(f"no organization '{slug}'")
        return org
    orgs = session.scalars(select(Organization).order_by(Organization.id).limit(2)).all()
    if not orgs:
        raise LookupError("no organization yet: run `dunning init` or `dunning demo`")
    if len(orgs) > 1:
        raise LookupError("several organizations: name one with --org")
    return orgs[0]


def _docs_from_rows(documents: list[Document], paid_by_doc: dict[int, Decimal],
                    unallocated: list[Payment]) -> list[Doc]:
    docs = [
        Doc(
            id=d.id,
            number=d.number,
            kind=d.kind,
            issue_date=d.issue_date,
            due_date=d.due_date,
            amount=d.amount,
            paid=d.paid_amount + paid_by_doc.get(d.id, ZERO),
            currency=d.currency,
        )
        for d in documents
    ]
    # a payment on account, matched to no invoice, is credit like a credit note
    docs += [
        Doc(number=f"payment:{p.external_id}", kind="credit_note", issue_date=p.value_date,
            due_date=None, amount=p.amount, paid=ZERO, currency=p.currency)
        for p in unallocated
    ]
    return docs


def account_docs(session: Session, account_id: int) -> list[Doc]:
    documents = list(
        session.scalars(select(Document).where(Document.account_id == account_id)).all()
    )
    paid = dict(
        session.execute(
            select(Payment.document_id, func.sum(Payment.amount))
            .where(Payment.account_id == account_id, Payment.document_id.is_not(None))
            .group_by(Payment.document_id)
        ).all()
    )
    unallocated = list(
        session.scalars(
            select(Payment).where(Payment.account_id == account_id,
                                  Payment.document_id.is_(None))
        ).all()
    )
    return _docs_from_rows(documents, paid, unallocated)


def positions(session: Session, account_id: int, today: date) -> dict[str, CurrencyPosition]:
    return account_position(account_docs(session, account_id), today)


@dataclass(frozen=True)
class PortfolioRow:
    account: Account
    positions: dict[str, CurrencyPosition]

    @property
    def balances(self) -> dict[str, Decimal]:
        return {c: p.balance for c, p in self.positions.items() if p.balance != 0}

    @property
    def overdue_count(self) -> int:
        return sum(len(p.overdue_invoices) for p in self.positions.values())

    @property
    def oldest_overdue_days(self) -> int:
        return max((p.oldest_overdue_days for p in self.positions.values()), default=0)


def portfolio(session: Session, organization_id: int, today: date) -> list[PortfolioRow]:
    """Every account of the organization with its position, in three queries."""
    accounts = session.scalars(
        select(Account).where(Account.organization_id == organization_id).order_by(Account.name)
    ).all()
    documents: dict[int, list[Document]] = defaultdict(list)
    for d in session.scalars(
        select(Document).where(Document.organization_id == organization_id)
    ):
        documents[d.account_id].append(d)
    paid: dict[int, Decimal] = {}
    unallocated: dict[int, list[Payment]] = defaultdict(list)
    for p in session.scalars(select(Payment).where(Payment.organization_id == organization_id)):
        if p.document_id is None:
            unallocated[p.account_id].append(p)
        else:
            paid[p.document_id] = paid.get(p.document_id, ZERO) + p.amount
    return [
        PortfolioRow(
            account=a,
            positions=account_position(
                _docs_from_rows(documents[a.id], paid, unallocated[a.id]), today
            ),
        )
        for a in accounts
    ]
