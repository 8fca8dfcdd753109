"""REST: invoices and credit notes with their derived statuses, and payments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from store.db import transaction
from store.models import Document, Payment

API = "/api/v1"


def numbers(client, query: str = "") -> list[str]:
    r = client.get(f"{API}/documents?limit=500&{query}")
    assert r.status_code == 200, r.text
    return sorted(d["number"] for d in r.json()["items"])


def test_documents_carry_derived_statuses(ana_api, world):
    docs = {d["number"]: d for d in ana_api.get(f"{API}/documents").json()["items"]}
    assert set(docs) == {f"C{a}-{n}" for a in (1, 2)
                         for n in ("INV-1", "INV-2", "INV-3", "CN-1")}
    first = docs["C1-INV-1"]
    # the credit note is applied to the oldest unpaid invoice first
    assert first["status"] == "overdue" and first["payment_status"] == "partially_paid"
    assert first["paid"] == "200.00" and first["credit_applied"] == "50.00"
    assert first["open_amount"] == "950.00"
    assert first["days_overdue"] == (date(2026, 11, 16) - date(2026, 8, 31)).days
    assert docs["C1-INV-2"]["open_amount"] == "800.00" and docs["C1-INV-2"]["days_overdue"] == 16
    assert docs["C1-INV-3"]["status"] == "issued" and docs["C1-INV-3"]["days_overdue"] == 0
    credit = docs["C1-CN-1"]
    assert credit["kind"] == "credit_note" and credit["status"] is None
    assert credit["amount"] == "50.00" and credit["account_name"] == "Hofmann Bau KG"


def test_document_filters(ana_api, world, web_engine):
    c1 = world.account["C1"]
    assert numbers(ana_api, "kind=credit_note") == ["C1-CN-1", "C2-CN-1"]
    assert numbers(ana_api, f"account_id={c1}&status=overdue") == ["C1-INV-1", "C1-INV-2"]
    assert numbers(ana_api, "status=issued") == ["C1-INV-3", "C2-INV-3"]
    assert numbers(ana_api, "status=paid") == []
    assert numbers(ana_api, "payment_status=partially_paid") == ["C1-INV-1", "C2-INV-1"]
    assert numbers(ana_api, "currency=usd&payment_status=unpaid") == ["C2-INV-2", "C2-INV-3"]
    assert numbers(ana_api, "min_age_days=30") == ["C1-INV-1", "C2-INV-1"]
    assert numbers(ana_api, "max_age_days=30") == ["C1-INV-2", "C2-INV-2"]
    assert numbers(ana_api, "min_age_days=10&max_age_days=20") == ["C1-INV-2", "C2-INV-2"]
    # paying the second invoice in full makes it paid, not overdue
    with transaction(web_engine) as s:
        doc = s.query(Document).filter_by(number="C1-INV-2").one()
        s.add(Payment(organization_id=doc.organization_id, account_id=c1, document_id=doc.id,
                      external_id="X-1", amount=Decimal("800.00"), currency="EUR",
                      value_date=date(2026, 11, 12)))
    assert numbers(ana_api, "status=paid") == ["C1-INV-2"]
    assert numbers(ana_api, "payment_status=paid") == ["C1-INV-2"]
    for bad in ("status=late", "kind=receipt", "payment_status=some",
                "min_age_days=-1", "min_age_days=20&max_age_days=10"):
        r = ana_api.get(f"{API}/documents?{bad}")
        assert r.status_code == 422, bad
        assert r.json()["detail"][0]["loc"][:2] == ["query", bad.split("=")[0]]


def test_get_document_with_payments(ana_api, world):
    doc = next(d for d in ana_api.get(f"{API}/documents").json()["items"]
               if d["number"] == "C1-INV-1")
    r = ana_api.get(f"{API}/documents/{doc['id']}")
    assert r.status_code == 200
    body = r.json()
    assert body["open_amount"] == "950.00" and body["status"] == "overdue"
    (payment,) = body["payments"]
    assert payment["amount"] == "200.00" and payment["invoice_number"] == "C1-INV-1"
    assert ana_api.get(f"{API}/documents/987654").status_code == 404


def test_pagination_of_documents(ana_api, world):
    everything = ana_api.get(f"{API}/documents").json()
    assert everything["total"] == 8
    pages = [ana_api.get(f"{API}/documents?limit=3&offset={o}").json() for o in (0, 3, 6)]
    assert [len(p["items"]) for p in pages] == [3, 3, 2]
    assert [d["id"] for p in pages for d in p["items"]] == [d["id"] for d in everything["items"]]


def test_payments_list_filters_and_get(ana_api, world, web_engine):
    c2 = world.account["C2"]
    with transaction(web_engine) as s:
        s.add(Payment(organization_id=world.org["us"], account_id=c2, external_id="ON-ACC",
                      amount=Decimal("75.50"), currency="USD", value_date=date(2026, 11, 10),
                      reference="wire 42"))
    r = ana_api.get(f"{API}/payments")
    assert r.status_code == 200
    items = r.json()["items"]
    assert [p["external_id"] for p in items][0] == "ON-ACC"  # newest value date first
    assert items[0]["invoice_number"] is None and items[0]["amount"] == "75.50"
    r = ana_api.get(f"{API}/payments?account_id={c2}&from=2026-10-01")
    assert [p["external_id"] for p in r.json()["items"]] == ["ON-ACC"]
    r = ana_api.get(f"{API}/payments?to=2026-10-01")
    assert sorted(p["external_id"] for p in r.json()["items"]) == ["C1-P0", "C2-P0"]
    r = ana_api.get(f"{API}/payments?from=2026-11-01&to=2026-10-01")
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "from"]
    assert ana_api.get(f"{API}/payments?from=yesterday").status_code == 422
    one = ana_api.get(f"{API}/payments/{items[0]['id']}")
    assert one.status_code == 200 and one.json()["reference"] == "wire 42"
    assert ana_api.get(f"{API}/payments/55555").status_code == 404
    # the on-account payment is credit: the account's balance went down by it
    account = ana_api.get(f"{API}/accounts/{c2}").json()
    assert account["balances"] == {"USD": "1974.50"}
