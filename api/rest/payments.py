"""/api/v1/payments: the money received, matched to an invoice or on account."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.deps import Caller, api_caller, get_session, owned
from api.rest.common import NOT_FOUND, invalid, paging, sql_page
from api.rest.schemas import Page, PaymentOut
from store.models import Account, Document, Payment

router = APIRouter(prefix="/api/v1", tags=["payments"], responses=NOT_FOUND)


def payment_out(p: Payment, account_name: str, invoice_number: str | None) -> dict[str, Any]:
    return {"id": p.id, "external_id": p.external_id, "account_id": p.account_id,
            "account_name": account_name, "document_id": p.document_id,
            "invoice_number": invoice_number, "amount": p.amount, "currency": p.currency,
            "value_date": p.value_date, "reference": p.reference}


@router.get("/payments", response_model=Page[PaymentOut],
            summary="List payments")
def list_payments(
    account_id: int | None = Query(None),
    from_: date | None = Query(None, alias="from", description="value date on or after"),
    to: date | None = Query(None, description="value date on or before"),
    pages: tuple[int, int] = Depends(paging),
    caller: Caller = Depends(api_caller), session: Session = Depends(get_session),
) -> dict[str, Any]:
    """Newest value date first. A payment without an invoice is credit on the account."""
    if from_ and to and from_ > to:
        raise invalid("from", "is after 'to'", "query")
    query = (select(Payment, Account.name, Document.number)
             .join(Account, Account.id == Payment.account_id)
             .outerjoin(Document, Document.id == Payment.document_id)
             .where(Payment.organization_id == caller.organization_id))
    if account_id is not None:
        query = query.where(Payment.account_id == account_id)
    if from_:
        query = query.where(Payment.value_date >= from_)
    if to:
        query = query.where(Payment.value_date <= to)
    limit, offset = pages
    rows, total = sql_page(session, query.order_by(Payment.value_date.desc(),
                                                   Payment.id.desc()), limit, offset)
    return {"items": [payment_out(p, name, number) for p, name, number in rows],
            "total": total, "limit": limit, "offset": offset}


@router.get("/payments/{payment_id}", response_model=PaymentOut,
            summary="Get a payment")
def getpayment_out(payment_id: int, caller: Caller = Depends(api_caller),
                session: Session = Depends(get_session)) -> dict[str, Any]:
    """With the invoice it pays, if any."""
    payment = owned(session, Payment, payment_id, caller, "payment")
    account = session.get(Account, payment.account_id)
    doc = session.get(Document, payment.document_id) if payment.document_id else None
    return payment_out(payment, account.name if account else "", doc.number if doc else None)
