"""Invoices: every document with its derived status and payment status, filtered and paged.

Statuses come from `store.ledger` through `store.queries.portfolio`, exactly as the agent
sees them: credit notes are applied to each account's unpaid invoices oldest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.deps import Caller, get_session, get_today, page_caller
from api.web import render
from store.ledger import INVOICE_STATUSES, PAYMENT_STATUSES, ZERO, Doc
from store.models import Account, Document
from store.queries import portfolio

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 100
KINDS = {"invoice": "Invoice", "credit_note": "Credit note"}
# overdue age bands, in days past the due date (inclusive bounds)
BANDS = {
    "not_due": ("Open, not yet due", None, None),
    "1-30": ("1–30 days", 1, 30),
    "31-60": ("31–60 days", 31, 60),
    "61-90": ("61–90 days", 61, 90),
    "90+": ("Over 90 days", 91, None),
}


@dataclass(frozen=True)
class Row:
    account: Account
    doc: Doc | Document
    open_amount: Decimal | None  # None for credit notes: they are not owed, they settle
    status: str | None
    payment_status: str | None
    days_overdue: int


def _rows(session: Session, organization_id: int, today: date) -> list[Row]:
    """Every document of the organization: the portfolio's three queries and one more."""
    rows: list[Row] = []
    accounts: dict[int, Account] = {}
    for entry in portfolio(session, organization_id, today):
        accounts[entry.account.id] = entry.account
        for position in entry.positions.values():
            rows.extend(Row(entry.account, inv.doc, inv.open_amount, inv.status,
                            inv.payment_status, inv.days_overdue)
                        for inv in position.invoices)
    # the ledger pools credit per account and currency, so a credit note has no status of
    # its own: it is listed with its amount, and its effect shows on the invoices it settles
    rows.extend(Row(accounts[d.account_id], d, None, None, None, 0) for d in session.scalars(
        select(Document).where(Document.organization_id == organization_id,
                               Document.kind == "credit_note")) if d.account_id in accounts)
    return rows


def _in_band(row: Row, band: str) -> bool:
    if band == "not_due":
        return row.status == "issued"
    _, low, high = BANDS[band]
    return row.status == "overdue" and row.days_overdue >= low and (
        high is None or row.days_overdue <= high)


@router.get("/invoices")
def invoice_list(request: Request, status: str = "", payment: str = "", kind: str = "",
                 q: str = "", age: str = "", page: int = 1,
                 caller: Caller = Depends(page_caller),
                 session: Session = Depends(get_session),
                 today: date = Depends(get_today)) -> Response:
    status = status if status in INVOICE_STATUSES else ""
    payment = payment if payment in PAYMENT_STATUSES else ""
    kind = kind if kind in KINDS else ""
    age = age if age in BANDS else ""
    q = q.strip()
    rows = _rows(session, caller.organization_id, today)
    if q:
        needle = q.casefold()
        rows = [r for r in rows if needle in r.account.name.casefold()
                or needle in r.doc.number.casefold()]
    if kind:
        rows = [r for r in rows if r.doc.kind == kind]
    if status:
        rows = [r for r in rows if r.status == status]
    if payment:
        rows = [r for r in rows if r.payment_status == payment]
    if age:
        rows = [r for r in rows if r.doc.kind == "invoice" and _in_band(r, age)]
    rows.sort(key=lambda r: (r.doc.issue_date, r.doc.number), reverse=True)
    totals: dict[str, Decimal] = {}
    for r in rows:
        if r.open_amount is not None:
            totals[r.doc.currency] = totals.get(r.doc.currency, ZERO) + r.open_amount
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    page = min(max(page, 1), pages)
    shown = rows[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    filters = {"status": status, "payment": payment, "kind": kind, "q": q, "age": age}
    base = {k: v for k, v in filters.items() if v}

    def page_link(n: int) -> str:
        return "/invoices?" + urlencode(base | {"page": n})

    return render(request, "invoices.html", caller, rows=shown, total=len(rows),
                  first=(page - 1) * PAGE_SIZE + 1 if rows else 0,
                  last=(page - 1) * PAGE_SIZE + len(shown), page=page, pages=pages,
                  prev_link=page_link(page - 1) if page > 1 else None,
                  next_link=page_link(page + 1) if page < pages else None,
                  totals=dict(sorted(totals.items())), f=filters, kinds=KINDS, bands=BANDS,
                  statuses=INVOICE_STATUSES, payments=PAYMENT_STATUSES)
