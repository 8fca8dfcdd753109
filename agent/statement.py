"""The template context of a message: who writes, to whom, and the account's statement."""

from __future__ import annotations

from datetime import date
from typing import Any

from store.ledger import CurrencyPosition
from store.models import Account, Contact, Organization


def organization_ctx(org: Organization) -> dict[str, Any]:
    bank = {"iban": org.iban, "bic": org.bic, "bank_name": org.bank_name} if org.iban else None
    return {"name": org.name, "sender_name": org.sender_name, "email": org.sender_email,
            "phone": org.phone, "postal_address": org.postal_address, "bank": bank}


def statement_ctx(org: Organization, account: Account, contact: Contact | None,
                  position: CurrencyPosition, today: date, *, scope: str = "overdue",
                  **extra: Any) -> dict[str, Any]:
    """`scope` "overdue": a reminder asks for what is overdue, not for invoices still within
    their terms (when nothing is overdue yet, it lists what is open); "open": a statement of
    every open invoice."""
    # each open invoice shows what is unpaid on it; credit applied to those invoices is one
    # line of its own, so that sum(lines) - credits == total, as a credit controller writes it
    open_lines = position.open_invoices
    if scope == "overdue" and position.overdue_invoices:
        open_lines = position.overdue_invoices
    lines = [
        {"number": p.doc.number, "issue_date": p.doc.issue_date, "due_date": p.doc.due_date,
         "days_overdue": p.days_overdue, "amount": p.doc.amount,
         "open_amount": p.open_amount + p.credit_applied}
        for p in open_lines
    ]
    credits = sum((p.credit_applied for p in open_lines), position.credit_unapplied)
    return {
        "organization": organization_ctx(org),
        "account": {"name": account.name, "reference": account.external_id,
                    "postal_address": (contact.postal_address if contact and
                                       contact.postal_address else account.postal_address)},
        "contact": {"name": contact.name} if contact is not None else None,
        "lines": lines,
        "credits": credits,
        "total": sum((line["open_amount"] for line in lines), -credits),
        "currency": position.currency,
        "today": today,
        "legal_wording": False,
        **extra,
    }
