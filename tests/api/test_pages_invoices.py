"""The Invoices page: derived statuses, filters and pages.

Expected values are worked out here from the fixture's figures (conftest.build_world): per
account, invoices 1200 (200 paid), 800 and 300, due 31 Aug, 31 Oct and 10 Dec 2026, and a
50.00 credit note, which settles the oldest invoice first. Today is 16 Nov 2026."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from fastapi.testclient import TestClient

from store.db import transaction
from store.models import Document, Payment
from tests.api.conftest import TODAY

INV1_OPEN = Decimal("1200.00") - Decimal("200.00") - Decimal("50.00")
INV1_DAYS = (TODAY - date(2026, 8, 31)).days  # 77
INV2_DAYS = (TODAY - date(2026, 10, 31)).days  # 16


def _rows(html: str) -> dict[str, str]:
    """Document number → its table row."""
    if "<tbody>" not in html:
        return {}
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return {re.search(r"<td>([^<]+)</td>", row).group(1): row
            for row in body.split("</tr>")[:-1]}


def _numbers(html: str) -> set[str]:
    return set(_rows(html))


def test_every_document_with_its_derived_status(ana, world):
    response = ana.get("/invoices")
    assert response.status_code == 200
    html = response.text
    assert "<h1>Invoices</h1>" in html
    rows = _rows(html)
    assert set(rows) == {f"{a}-{d}" for a in ("C1", "C2")
                         for d in ("INV-1", "INV-2", "INV-3", "CN-1")}
    first = rows["C1-INV-1"]
    assert f"€{INV1_OPEN:,}" in first and "€1,200.00" in first
    assert "Overdue" in first and "Partially paid" in first
    assert f"({INV1_DAYS} days overdue)" in first
    assert f'href="/accounts/{world.account["C1"]}">Hofmann Bau KG' in first
    assert "Unpaid" in rows["C2-INV-2"] and f"({INV2_DAYS} days overdue)" in rows["C2-INV-2"]
    assert "Issued" in rows["C1-INV-3"] and "overdue" not in rows["C1-INV-3"]
    assert "Credit note" in rows["C1-CN-1"] and "−€50.00" in rows["C1-CN-1"]
    assert "US$" in rows["C2-INV-1"]
    # open amounts per currency, never added across currencies
    open_total = INV1_OPEN + Decimal("800.00") + Decimal("300.00")
    assert f"open €{open_total:,}, US${open_total:,}" in html
    for name in ("Them GmbH", "Secret Customer SA", "T1-INV", "T1-CN"):
        assert name not in html


def test_filters(ana, world):
    both = ("C1", "C2")
    assert _numbers(ana.get("/invoices?status=overdue").text) == {
        f"{a}-INV-{n}" for a in both for n in (1, 2)}
    assert _numbers(ana.get("/invoices?status=issued").text) == {f"{a}-INV-3" for a in both}
    assert _numbers(ana.get("/invoices?status=paid").text) == set()
    assert _numbers(ana.get("/invoices?payment=partially_paid").text) == {
        f"{a}-INV-1" for a in both}
    assert _numbers(ana.get("/invoices?payment=unpaid").text) == {
        f"{a}-INV-{n}" for a in both for n in (2, 3)}
    assert _numbers(ana.get("/invoices?kind=credit_note").text) == {f"{a}-CN-1" for a in both}
    assert _numbers(ana.get("/invoices?q=hofmann").text) == {
        "C1-INV-1", "C1-INV-2", "C1-INV-3", "C1-CN-1"}
    assert _numbers(ana.get("/invoices?q=secret").text) == set()
    assert _numbers(ana.get("/invoices?age=1-30").text) == {f"{a}-INV-2" for a in both}
    assert _numbers(ana.get("/invoices?age=61-90").text) == {f"{a}-INV-1" for a in both}
    assert _numbers(ana.get("/invoices?age=90%2B").text) == set()
    assert _numbers(ana.get("/invoices?age=not_due").text) == {f"{a}-INV-3" for a in both}
    assert _numbers(ana.get("/invoices?q=quixel&status=overdue&payment=unpaid").text) == {
        "C2-INV-2"}
    html = ana.get("/invoices?status=overdue").text
    assert '<option value="overdue" selected>' in html


def test_payments_change_the_statuses(ana, world, web_engine):
    with transaction(web_engine) as s:
        inv2 = s.query(Document).filter_by(number="C1-INV-2").one()
        inv3 = s.query(Document).filter_by(number="C1-INV-3").one()
        for n, (doc, amount) in enumerate([(inv2, "800.00"), (inv3, "350.00")]):
            s.add(Payment(organization_id=world.org["us"], account_id=doc.account_id,
                          document_id=doc.id, external_id=f"test-pay-{n}",
                          amount=Decimal(amount), currency="EUR", value_date=TODAY))
    paid = _rows(ana.get("/invoices?status=paid").text)
    assert set(paid) == {"C1-INV-2", "C1-INV-3"}
    assert "badge good\">Paid" in paid["C1-INV-2"]
    assert _numbers(ana.get("/invoices?payment=overpaid").text) == {"C1-INV-3"}
    # INV-3's 50.00 overpayment joins the credit, applied to INV-1 (the oldest open one)
    first = _rows(ana.get("/invoices?q=C1-INV-1").text)["C1-INV-1"]
    assert f"€{INV1_OPEN - Decimal('50.00'):,}" in first


def test_pages_of_a_hundred(ana, world, web_engine):
    extra = 150
    with transaction(web_engine) as s:
        for n in range(extra):
            s.add(Document(organization_id=world.org["us"], account_id=world.account["C2"],
                           kind="invoice", number=f"C2-BULK-{n:03}",
                           issue_date=date(2026, 1, 1), due_date=date(2026, 12, 31),
                           amount=Decimal("10.00"), currency="USD"))
    total = extra + 8
    first = ana.get("/invoices").text
    assert len(_rows(first)) == 100
    assert f"Showing 1–100 of {total} documents" in first
    assert 'href="/invoices?page=2" rel="next"' in first
    second = ana.get("/invoices?page=2").text
    assert len(_rows(second)) == total - 100
    assert f"Showing 101–{total} of {total}" in second
    assert set(_rows(first)).isdisjoint(_rows(second))
    assert len(set(_rows(first)) | set(_rows(second))) == total
    filtered = ana.get("/invoices?q=bulk&page=2").text
    assert len(_rows(filtered)) == extra - 100
    assert 'href="/invoices?q=bulk&amp;page=1" rel="prev"' in filtered


def test_signed_out_goes_to_sign_in(app, world):
    response = TestClient(app).get("/invoices?status=overdue", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=/invoices")
