"""/api/v1/documents: invoices and credit notes.

Invoice status, payment status, open amount and days overdue are derived, never stored: they
come from `store.queries.portfolio`, which applies credit notes oldest first exactly as the
follow-ups, the pages and the CLI see it."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.deps import Caller, api_caller, get_session, get_today, owned
from api.rest.common import NOT_FOUND, invalid, page, paging
from api.rest.payments import payment_out
from api.rest.schemas import DocumentDetail, DocumentOut, Page
from store.ledger import InvoicePosition
from store.models import Account, Document, Payment
from store.queries import portfolio, positions

router = APIRouter(prefix="/api/v1", tags=["documents"], responses=NOT_FOUND)


def _document(doc: Document, account_name: str, position: InvoicePosition | None,
              paid: Any) -> dict[str, Any]:
    out = {
        "id": doc.id, "kind": doc.kind, "number": doc.number, "account_id": doc.account_id,
        "account_name": account_name, "issue_date": doc.issue_date, "due_date": doc.due_date,
        "amount": doc.amount, "currency": doc.currency, "paid": paid,
        "has_pdf": bool(doc.pdf_path), "credit_applied": None, "open_amount": None,
        "status": None, "payment_status": None, "days_overdue": None,
    }
    if position is not None:
        out |= {"credit_applied": position.credit_applied, "open_amount": position.open_amount,
                "status": position.status, "payment_status": position.payment_status,
                "days_overdue": position.days_overdue}
    return out


@router.get("/documents", response_model=Page[DocumentOut],
            summary="List invoices and credit notes")
def list_documents(
    kind: Literal["invoice", "credit_note"] | None = Query(None),
    status: Literal["issued", "overdue", "paid"] | None = Query(
        None, description="derived invoice status (credit notes have none)"),
    payment_status: Literal["unpaid", "partially_paid", "paid", "overpaid"] | None = Query(
        None, description="derived payment status of invoices"),
    account_id: int | None = Query(None),
    min_age_days: int | None = Query(None, ge=0, description="at least this many days "
                                                             "overdue"),
    max_age_days: int | None = Query(None, ge=0, description="at most this many days overdue"),
    currency: str | None = Query(None, min_length=3, max_length=3),
    pages: tuple[int, int] = Depends(paging),
    caller: Caller = Depends(api_caller), session: Session = Depends(get_session),
    today: date = Depends(get_today),
) -> dict[str, Any]:
    """Newest first. The age filters count days overdue, so they keep only overdue invoices
    (an invoice not yet due is 0 days overdue and matches `max_age_days` only when it is
    overdue as well)."""
    if min_age_days is not None and max_age_days is not None and min_age_days > max_age_days:
        raise invalid("min_age_days", "is greater than max_age_days", "query")
    derived: dict[int, InvoicePosition] = {}
    names: dict[int, str] = {}
    for row in portfolio(session, caller.organization_id, today):
        names[row.account.id] = row.account.name
        for pos in row.positions.values():
            for inv in pos.invoices:
                if inv.doc.id is not None:
                    derived[inv.doc.id] = inv
    query = select(Document).where(Document.organization_id == caller.organization_id)
    if kind:
        query = query.where(Document.kind == kind)
    if account_id is not None:
        query = query.where(Document.account_id == account_id)
    if currency:
        query = query.where(Document.currency == currency.upper())
    items = []
    for doc in session.scalars(query.order_by(Document.issue_date.desc(), Document.id.desc())):
        position = derived.get(doc.id)
        if status or payment_status or min_age_days is not None or max_age_days is not None:
            if position is None:
                continue
            if status and position.status != status:
                continue
            if payment_status and position.payment_status != payment_status:
                continue
            age_filtered = min_age_days is not None or max_age_days is not None
            if age_filtered and position.status != "overdue":
                continue
            if min_age_days is not None and position.days_overdue < min_age_days:
                continue
            if max_age_days is not None and position.days_overdue > max_age_days:
                continue
        paid = position.doc.paid if position is not None else doc.paid_amount
        items.append(_document(doc, names.get(doc.account_id, ""), position, paid))
    return page(items, *pages)


@router.get("/documents/{document_id}", response_model=DocumentDetail,
            summary="Get an invoice or credit note")
def get_document(document_id: int, caller: Caller = Depends(api_caller),
                 session: Session = Depends(get_session),
                 today: date = Depends(get_today)) -> dict[str, Any]:
    """With its derived status and the payments recorded against it."""
    doc = owned(session, Document, document_id, caller, "document")
    account = session.get(Account, doc.account_id)
    position = None
    for pos in positions(session, doc.account_id, today).values():
        for inv in pos.invoices:
            if inv.doc.id == doc.id:
                position = inv
    paid = position.doc.paid if position is not None else doc.paid_amount
    payments = session.scalars(select(Payment).where(Payment.document_id == doc.id)
                               .order_by(Payment.value_date, Payment.id))
    name = account.name if account else ""
    return {**_document(doc, name, position, paid),
            "payments": [payment_out(p, name, doc.number) for p in payments]}
