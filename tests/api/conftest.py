"""Fixtures for the API and the pages: two organizations with members, a small portfolio,
signed-in clients and API tokens. Organization "them" exists to prove isolation: nothing of
it may ever show up for a member of "us"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from api.app import create_app
from api.auth import SESSION_COOKIE, _digest, create_api_token, set_password
from store.db import make_engine, transaction, upgrade
from store.models import (
    Account,
    Communication,
    Contact,
    Document,
    Member,
    Payment,
    Promise,
    Task,
    TaskMessage,
    WebSession,
)
from store.orgs import add_member, create_organization

PASSWORD = "correct horse battery"
TODAY = date(2026, 11, 16)


@dataclass
class World:
    """Ids of what `build_world` made, per organization slug."""

    org: dict[str, int]
    member: dict[str, int]  # by email
    account: dict[str, int]  # by external id (unique across both organizations here)
    task: dict[str, int]  # by organization slug: its open dispute task
    communication: dict[str, int]  # by a short name


def build_world(engine: Engine) -> World:
    w = World({}, {}, {}, {}, {})
    with transaction(engine) as s:
        for slug, name, people, accounts in [
            ("us", "Us Ltd", [("ana@us.example", "Ana Silva", "pt"),
                              ("bob@us.example", "Bob Stone", None)],
             [("C1", "Hofmann Bau KG", "DE", "EUR", "buchhaltung@hofmann-bau.example"),
              ("C2", "Quixel Parts Inc", "US", "USD", "ap@quixel.example")]),
            ("them", "Them GmbH", [("eve@them.example", "Eve Black", "de")],
             [("T1", "Secret Customer SA", "FR", "EUR", "compta@secret.example")]),
        ]:
            org = create_organization(s, name, slug=slug, sender_email=f"ar@{slug}.example",
                                      country="GB", iban="GB33BUKB20201555555555")
            w.org[slug] = org.id
            for email, person, language in people:
                m = add_member(s, org, email, person, language, role="admin")
                set_password(s, m, PASSWORD)
                w.member[email] = m.id
            for ext, acc_name, country, currency, email in accounts:
                acc = Account(organization_id=org.id, external_id=ext, name=acc_name,
                              country=country, currency=currency,
                              postal_address=f"{acc_name}\n1 Street\nCity")
                s.add(acc)
                s.flush()
                w.account[ext] = acc.id
                contact = Contact(account_id=acc.id, email=email, name="Accounts",
                                  is_primary=True)
                s.add(contact)
                s.flush()
                for n, (issued, due, amount, paid) in enumerate([
                        (date(2026, 8, 1), date(2026, 8, 31), "1200.00", "200.00"),
                        (date(2026, 10, 1), date(2026, 10, 31), "800.00", "0.00"),
                        (date(2026, 11, 10), date(2026, 12, 10), "300.00", "0.00")]):
                    doc = Document(organization_id=org.id, account_id=acc.id, kind="invoice",
                                   number=f"{ext}-INV-{n + 1}", issue_date=issued,
                                   due_date=due, amount=Decimal(amount), currency=currency)
                    s.add(doc)
                    s.flush()
                    if Decimal(paid):
                        s.add(Payment(organization_id=org.id, account_id=acc.id,
                                      document_id=doc.id, external_id=f"{ext}-P{n}",
                                      amount=Decimal(paid), currency=currency,
                                      value_date=date(2026, 9, 15)))
                s.add(Document(organization_id=org.id, account_id=acc.id, kind="credit_note",
                               number=f"{ext}-CN-1", issue_date=date(2026, 10, 5),
                               due_date=None, amount=Decimal("50.00"), currency=currency))
                sent = Communication(
                    organization_id=org.id, account_id=acc.id, contact_id=contact.id,
                    channel="email", direction="out", status="sent", kind="followup",
                    plan_step=1, tone="courteous", language="en", recipient=email,
                    subject=f"Payment reminder {ext}", body=f"Dear customer of {ext}, ...",
                    on_date=date(2026, 11, 2), idempotency_key=f"{ext}:followup:1",
                    message_id=f"<{ext}-1@{slug}.example>")
                scheduled = Communication(
                    organization_id=org.id, account_id=acc.id, contact_id=contact.id,
                    channel="email", direction="out", status="scheduled", kind="followup",
                    plan_step=2, tone="professional", language="en", recipient=email,
                    subject=f"Second reminder {ext}", body="Please pay.",
                    on_date=TODAY, idempotency_key=f"{ext}:followup:2")
                received = Communication(
                    organization_id=org.id, account_id=acc.id, contact_id=contact.id,
                    channel="email", direction="in", status="received", kind="reply",
                    intent="dispute", sender=email, subject=f"Re: Payment reminder {ext}",
                    body="<script>alert('x')</script> The delivery was incomplete.",
                    on_date=date(2026, 11, 4), idempotency_key=f"{ext}:in:1")
                s.add_all([sent, scheduled, received])
                s.flush()
                w.communication[f"{ext}:sent"] = sent.id
                w.communication[f"{ext}:scheduled"] = scheduled.id
                w.communication[f"{ext}:received"] = received.id
                if ext in ("C1", "T1"):
                    task = Task(organization_id=org.id, account_id=acc.id,
                                communication_id=received.id, reason="dispute",
                                status="action_required",
                                subject=f"{acc_name} disputes the balance",
                                agent_message="The customer says the delivery was "
                                              "incomplete.",
                                suggested_next_step="Check the delivery note.",
                                created_on=date(2026, 11, 4),
                                idempotency_key=f"{ext}:task:dispute")
                    task.assignees = list(s.scalars(select(Member).where(
                        Member.organization_id == org.id)))
                    s.add(task)
                    s.flush()
                    s.add(TaskMessage(task_id=task.id, author="agent",
                                      body="The customer disputes the balance."))
                    w.task[slug] = task.id
                if ext == "C2":
                    s.add(Promise(account_id=acc.id, amount=Decimal("800.00"),
                                  currency=currency, promised_date=date(2026, 11, 20),
                                  status="open", created_on=date(2026, 11, 6),
                                  idempotency_key=f"{ext}:promise:1"))
    return w


@pytest.fixture
def web_engine(tmp_path, monkeypatch) -> Engine:
    monkeypatch.setenv("DUNNING_OUTBOX_DIR", str(tmp_path / "outbox"))
    url = f"sqlite:///{tmp_path / 'web.db'}"
    upgrade(url)
    return make_engine(url)


@pytest.fixture
def world(web_engine) -> World:
    return build_world(web_engine)


@pytest.fixture
def app(web_engine, world):  # type: ignore[no-untyped-def]
    return create_app(web_engine, today=TODAY)


def sign_in(client: TestClient, email: str, password: str = PASSWORD) -> str:
    """Sign `client` in through the form; returns the session's CSRF token."""
    response = client.post("/login", data={"email": email, "password": password, "next": "/"},
                           follow_redirects=False)
    assert response.status_code == 303, response.text
    engine = client.app.state.engine  # type: ignore[attr-defined]
    with transaction(engine) as s:
        web = s.scalar(select(WebSession).where(
            WebSession.token_hash == _digest(client.cookies[SESSION_COOKIE])))
        assert web is not None
        return web.csrf_token


def bearer(engine: Engine, member_id: int) -> dict[str, str]:
    with transaction(engine) as s:
        secret, _ = create_api_token(s, s.get(Member, member_id), "tests")
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture
def ana(app, world):  # type: ignore[no-untyped-def]
    """A browser signed in as ana@us.example; `.csrf` holds the form token."""
    client = TestClient(app)
    client.csrf = sign_in(client, "ana@us.example")  # type: ignore[attr-defined]
    return client


@pytest.fixture
def ana_api(app, world, web_engine):  # type: ignore[no-untyped-def]
    """A REST client with ana@us.example's API token."""
    client = TestClient(app)
    client.headers.update(bearer(web_engine, world.member["ana@us.example"]))
    return client


@pytest.fixture
def eve_api(app, world, web_engine):  # type: ignore[no-untyped-def]
    """A REST client of the other organization."""
    client = TestClient(app)
    client.headers.update(bearer(web_engine, world.member["eve@them.example"]))
    return client
