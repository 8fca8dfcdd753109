"""Derived statuses and balances: pure functions over plain data.

Nothing here is stored. An invoice's status and payment status, the credit applied to it and an
account's balance all follow from the documents and payments, so they can never disagree with
them:

- a credit note's available credit is its amount less what was refunded (its paid amount);
- an overpayment's excess joins the account's credit, like a credit note;
- credit is applied to the account's unpaid invoices of the same currency, oldest first
  (by due date, then issue date, then number); what is left stays as credit;
- invoice status: ``paid`` when nothing is open, else ``overdue`` after its due date, else
  ``issued``;
- payment status: ``unpaid``, ``partially_paid``, ``paid`` or ``overpaid`` from what settled it
  (payments and applied credit).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

ZERO = Decimal("0.00")
CENT = Decimal("0.01")

INVOICE_STATUSES = ("issued", "overdue", "paid")
PAYMENT_STATUSES = ("unpaid", "partially_paid", "paid", "overpaid")


def money(value: Decimal | int | str) -> Decimal:
    return Decimal(value).quantize(CENT)


@dataclass(frozen=True)
class Doc:
    """A document as the ledger needs it. `paid` is everything paid against it so far."""

    number: str
    kind: str  # invoice | credit_note
    issue_date: date
    due_date: date | None
    amount: Decimal
    paid: Decimal
    currency: str
    id: int | None = None


@dataclass(frozen=True)
class InvoicePosition:
    doc: Doc
    credit_applied: Decimal
    open_amount: Decimal
    status: str
    payment_status: str
    days_overdue: int


@dataclass(frozen=True)
class CurrencyPosition:
    currency: str
    invoices: tuple[InvoicePosition, ...]
    credit_total: Decimal
    credit_unapplied: Decimal
    balance: Decimal

    @property
    def open_invoices(self) -> tuple[InvoicePosition, ...]:
        return tuple(i for i in self.invoices if i.open_amount > 0)

    @property
    def overdue_invoices(self) -> tuple[InvoicePosition, ...]:
        return tuple(i for i in self.invoices if i.status == "overdue")

    @property
    def credit_applied(self) -> Decimal:
        return sum((i.credit_applied for i in self.invoices), ZERO)

    @property
    def oldest_overdue_days(self) -> int:
        return max((i.days_overdue for i in self.overdue_invoices), default=0)


def payment_status(amount: Decimal, settled: Decimal) -> str:
    if settled <= 0:
        return "unpaid"
    if settled < amount:
        return "partially_paid"
    if settled > amount:
        return "overpaid"
    return "paid"


def invoice_status(open_amount: Decimal, due_date: date | None, today: date) -> str:
    if open_amount <= 0:
        return "paid"
    if due_date is not None and today > due_date:
        return "overdue"
    return "issued"


def _age_key(doc: Doc) -> tuple[date, date, str]:
    return (doc.due_date or doc.issue_date, doc.issue_date, doc.number)


def currency_position(docs: Iterable[Doc], currency: str, today: date) -> CurrencyPosition:
    docs = [d for d in docs if d.currency == currency]
    invoices = sorted((d for d in docs if d.kind == "invoice"), key=_age_key)
    credit = sum(
        (max(d.amount - d.paid, ZERO) for d in docs if d.kind == "credit_note"), ZERO
    )
    credit += sum((max(d.paid - d.amount, ZERO) for d in invoices), ZERO)
    remaining = credit
    positions = []
    for inv in invoices:
        unpaid = max(inv.amount - inv.paid, ZERO)
        applied = min(unpaid, remaining)
        remaining -= applied
        open_amount = unpaid - applied
        status = invoice_status(open_amount, inv.due_date, today)
        overdue_days = (today - inv.due_date).days if status == "overdue" and inv.due_date else 0
        positions.append(
            InvoicePosition(
                doc=inv,
                credit_applied=money(applied),
                open_amount=money(open_amount),
                status=status,
                payment_status=payment_status(inv.amount, inv.paid + applied),
                days_overdue=overdue_days,
            )
        )
    open_total = sum((p.open_amount for p in positions), ZERO)
    return CurrencyPosition(
        currency=currency,
        invoices=tuple(positions),
        credit_total=money(credit),
        credit_unapplied=money(remaining),
        balance=money(open_total - remaining),
    )


def account_position(docs: Iterable[Doc], today: date) -> dict[str, CurrencyPosition]:
    """Position per currency: credit never crosses currencies."""
    docs = list(docs)
    currencies = sorted({d.currency for d in docs})
    return {c: currency_position(docs, c, today) for c in currencies}


def outstanding(positions: dict[str, CurrencyPosition]) -> dict[str, Decimal]:
    """Positive balances per currency: what the account owes and is followed up for."""
    return {c: p.balance for c, p in positions.items() if p.balance > 0}
