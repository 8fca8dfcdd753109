from datetime import date
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from api.app import create_app
from store.db import transaction
from store.models import Account, Communication, Contact, Document
from store.orgs import create_organization

RAW = (b"From: Petra <buchhaltung@hofmann-bau.example>\r\nTo: ar@us.example\r\n"
       b"Subject: AW: Zahlungserinnerung\r\nMessage-ID: <w1@hofmann-bau.example>\r\n"
       b"Date: Mon, 16 Nov 2026 10:00:00 +0000\r\n\r\nBitte rufen Sie mich an.\r\n")


@pytest.fixture
def client(engine, monkeypatch, tmp_path):
    monkeypatch.setenv("DUNNING_INBOUND_TOKEN", "s3cret")
    monkeypatch.setenv("DUNNING_OUTBOX_DIR", str(tmp_path / "out"))
    with transaction(engine) as s:
        org = create_organization(s, "Us Ltd", slug="us", sender_email="ar@us.example")
        acc = Account(organization_id=org.id, external_id="K1", name="Hofmann Bau KG",
                      country="DE", currency="EUR")
        s.add(acc)
        s.flush()
        s.add(Contact(account_id=acc.id, email="buchhaltung@hofmann-bau.example"))
        s.add(Document(organization_id=org.id, account_id=acc.id, kind="invoice", number="N-1",
                       issue_date=date(2026, 9, 1), due_date=date(2026, 10, 1),
                       amount=Decimal("10.00"), currency="EUR"))
    return TestClient(create_app(engine))


def test_raw_message_is_received_once(client, engine):
    headers = {"Authorization": "Bearer s3cret", "Content-Type": "message/rfc822"}
    first = client.post("/inbound/us/raw", content=RAW, headers=headers)
    assert first.status_code == 202, first.text
    assert first.json()["outcome"] == "reply" and not first.json()["duplicate"]
    again = client.post("/inbound/us/raw", content=RAW, headers=headers)
    assert again.json()["duplicate"] is True
    with transaction(engine) as s:
        assert s.scalar(select(func.count()).select_from(Communication).where(
            Communication.direction == "in")) == 1


@pytest.mark.parametrize("headers, status", [
    ({}, 401), ({"Authorization": "Bearer wrong"}, 401)])
def test_the_webhook_needs_the_token(client, headers, status):
    assert client.post("/inbound/us/raw", content=RAW, headers=headers).status_code == status


def test_unknown_organization_and_empty_body(client):
    auth = {"Authorization": "Bearer s3cret"}
    assert client.post("/inbound/nope/raw", content=RAW, headers=auth).status_code == 404
    assert client.post("/inbound/us/raw", content=b"  ", headers=auth).status_code == 400
