"""Reads and small writes the rest of the product shares: positions, the audit log, lookups."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    any_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY
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


def among(session: Session, column: Any, values: list[Any]) -> ColumnElement[bool]:
    """`column IN values` for long lists: one array parameter on PostgreSQL (an IN list of
    thousands of parameters costs more to send and parse than to run), an IN list elsewhere."""
    if session.get_bind().dialect.name == "postgresql":
        kind = String() if values and isinstance(values[0], str) else Integer()
        return column == any_(bindparam(None, values, type_=ARRAY(kind)))
    return column.in_(values)


# the documents that may owe or hold something: every credit note, and the invoices whose
# imported paid amount differs from their amount. An invoice paid exactly and never paid
# since owes nothing and holds no credit; that is most invoices. The partial index
# `ix_documents_unsettled` has this condition; literals, not parameters, so that SQLite can
# match it.
UNSETTLED = or_(Document.__table__.c.kind != literal_column("'invoice'"),
                Document.__table__.c.amount != Document.__table__.c.paid_amount)


def paid_per_document(session: Session, payments: ColumnElement[bool]) -> tuple[Any, Any, Any]:
    """What the `payments` (a condition on the payments table) paid per document, to join to
    the documents table: (the paid column, the documents joined to it, the grouped subquery
    or None).

    On PostgreSQL a hash join with the payments grouped per document; SQLite would
    materialize that grouped subquery without an index, so there each document probes the
    payments' index instead (correlated scalar subquery)."""
    d, p = Document.__table__, Payment.__table__
    if session.get_bind().dialect.name == "postgresql":
        grouped = (select(p.c.document_id, func.sum(p.c.amount).label("paid"))
                   .where(payments, p.c.document_id.is_not(None))
                   .group_by(p.c.document_id).subquery())
        return grouped.c.paid, d.outerjoin(grouped, grouped.c.document_id == d.c.id), grouped
    paid_on = select(func.sum(p.c.amount)).where(p.c.document_id == d.c.id).scalar_subquery()
    return paid_on, d, None


def docs_by_account(session: Session, account_ids: list[int], *,
                    settled: bool = True) -> dict[int, list[Doc]]:
    """`account_docs` for many accounts at once, in two queries: what the planner reads for a
    chunk of accounts instead of three queries per account.

    `settled=False` leaves out the invoices paid exactly (by what the accounting system
    reported and the payments against them): nothing open, no credit, so no balance, open or
    overdue invoice changes; only the list of paid invoices in a position is shorter."""
    d, p = Document.__table__, Payment.__table__
    paid_on, source, grouped = paid_per_document(
        session, among(session, p.c.account_id, account_ids))
    columns = (d.c.id, d.c.account_id, d.c.number, d.c.kind, d.c.issue_date, d.c.due_date,
               d.c.amount, d.c.paid_amount, d.c.currency, paid_on.label("paid"))
    if settled:
        query: Any = (select(*columns).select_from(source)
                      .where(among(session, d.c.account_id, account_ids)).order_by(d.c.id))
    else:
        # half a cent: SQLite adds money as floating point; anything unsettled is a cent off
        unsettled = or_(d.c.kind != "invoice",
                        func.abs(d.c.amount - d.c.paid_amount - func.coalesce(paid_on, 0))
                        > Decimal("0.005"))
        # the documents that may be unsettled (by the partial index), and those settled as
        # imported that have payments since (by the payments' index: a payment is on its
        # document's account)
        if session.get_bind().dialect.name == "postgresql":
            paid_since: Any = d.join(grouped, grouped.c.document_id == d.c.id)
        else:
            paid_since = d.join(select(p.c.document_id).distinct().where(
                among(session, p.c.account_id, account_ids),
                p.c.document_id.is_not(None)).subquery("paid_since"),
                literal_column("paid_since.document_id") == d.c.id)
        candidates = union_all(
            select(*columns).select_from(source)
            .where(among(session, d.c.account_id, account_ids), UNSETTLED, unsettled),
            select(*columns).select_from(paid_since).where(~UNSETTLED, unsettled)).subquery()
        query = select(candidates).order_by(candidates.c.id)
    documents: dict[int, list[Doc]] = defaultdict(list)
    # unpacked: the attribute lookups of a result row cost more than the ledger's work
    for (doc_id, account_id, number, kind, issued, due, amount, paid_amount, currency,
         paid) in session.execute(query).all():
        documents[account_id].append(Doc(
            number, kind, issued, due, amount,
            paid_amount + (ZERO if paid is None else paid), currency, doc_id))
    # a payment on account, matched to no invoice, is credit like a credit note
    for account_id, external_id, amount, currency, value_date in session.execute(
            select(p.c.account_id, p.c.external_id, p.c.amount, p.c.currency, p.c.value_date)
            .where(among(session, p.c.account_id, account_ids), p.c.document_id.is_(None))
            .order_by(p.c.id)).all():
        documents[account_id].append(Doc(f"payment:{external_id}", "credit_note", value_date,
                                         None, amount, ZERO, currency))
    return {a: documents.get(a, []) for a in account_ids}
