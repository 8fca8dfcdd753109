"""Small portfolios the process-level tests (workers, exactly-once sends) build in a database
their subprocesses then open by URL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from store.db import make_engine, transaction, upgrade
from store.models import Account, Contact, Document
from store.orgs import create_organization


def overdue_accounts(url: str, accounts: int) -> int:
    """`accounts` French customers, each with an email contact and one invoice overdue since
    1 October 2026 (amounts 100.00, 101.00, ...); the organization's id."""
    upgrade(url)
    engine = make_engine(url)
    with transaction(engine) as s:
        org = create_organization(s, "Us Ltd", sender_email="ar@us.example")
        for i in range(accounts):
            acc = Account(organization_id=org.id, external_id=f"A{i}", name=f"Customer {i}",
                          country="FR", currency="EUR")
            s.add(acc)
            s.flush()
            s.add(Contact(account_id=acc.id, email=f"ap{i}@customer{i}.example"))
            s.add(Document(organization_id=org.id, account_id=acc.id, kind="invoice",
                           number=f"F-{i}", issue_date=date(2026, 9, 1),
                           due_date=date(2026, 10, 1), amount=Decimal("100.00") + i,
                           currency="EUR"))
        org_id = org.id
    engine.dispose()
    return org_id
