"""The dashboard page, its charts and the metrics endpoint, on the shared two-organization
world (test day 16 November 2026)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from api.web import money
from store.db import transaction
from store.models import Account, Document, Payment
from tests.api.conftest import TODAY, sign_in

SVG = "{http://www.w3.org/2000/svg}"
NASTY = "Hofmann & Söhne <script>alert(1)</script>"


def svgs(html: str) -> list[ET.Element]:
    return [ET.fromstring(m) for m in re.findall(r"<svg\b.*?</svg>", html, flags=re.S)]


def metric(html: str, name: str) -> str:
    found = re.search(rf'data-metric="{re.escape(name)}"[^>]*>([^<]*)<', html)
    assert found, name
    return found.group(1).strip()


@pytest.fixture
def rich_world(web_engine, world):  # type: ignore[no-untyped-def]
    """The shared world plus a customer name that needs escaping and, in the other
    organization, amounts that would be recognised anywhere."""
    with transaction(web_engine) as s:
        s.get(Account, world.account["C1"]).name = NASTY
        t1 = world.account["T1"]
        them = world.org["them"]
        s.add(Document(organization_id=them, account_id=t1, kind="invoice", number="T1-BIG",
                       issue_date=date(2026, 11, 2), due_date=date(2026, 11, 9),
                       amount=Decimal("98765.43"), currency="EUR"))
        s.add(Payment(organization_id=them, account_id=t1, external_id="T1-NOV",
                      amount=Decimal("4321.09"), currency="EUR", value_date=date(2026, 11, 3)))
    return world


def test_signed_out_goes_to_sign_in(app):
    response = TestClient(app).get("/", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=/")


def test_dashboard_figures_for_ana(ana):
    response = ana.get("/")
    assert response.status_code == 200
    html = response.text
    assert "<h1>Dashboard</h1>" in html
    # C1 (EUR) and C2 (USD) each owe 2,050: 1,200 less 200 paid less the 50 credit note,
    # plus 800 and 300; the two currencies are never added up
    assert metric(html, "outstanding-EUR") == money(Decimal("2050.00"), "EUR")
    assert metric(html, "overdue-EUR") == money(Decimal("1750.00"), "EUR")
    assert metric(html, "outstanding-USD") == money(Decimal("2050.00"), "USD")
    assert money(Decimal("4100.00"), "EUR") not in html
    # countback: November so far 300, October 800, September nothing, then 950 of August's
    # 1,200: 16 + 31 + 30 + 31 x 950/1200 = 101.5 days
    assert metric(html, "dso-EUR") == "101.5 days"
    assert metric(html, "collected-EUR") == money(Decimal("0"), "EUR")
    assert metric(html, "tasks-waiting") == "1"
    assert metric(html, "tasks-mine") == "1"
    assert metric(html, "promises-open") == "1"
    assert metric(html, "messages-sent") == "2"
    assert metric(html, "replies") == "2"
    assert metric(html, "accounts-with-balance") == "2"
    assert 'href="/tasks"' in html
    # Quixel's promise is due on the 20th, within the next 7 days
    assert "Quixel Parts Inc" in html and "20 Nov 2026" in html


def test_links_to_accounts(ana, world):
    html = ana.get("/").text
    for ext in ("C1", "C2"):
        assert f'href="/accounts/{world.account[ext]}"' in html
    assert f'href="/accounts/{world.account["T1"]}"' not in html


def test_charts_are_well_formed_accessible_svg(ana):
    html = ana.get("/").text
    charts = svgs(html)
    assert len(charts) == 4  # aging and collections, for EUR and USD
    aging = [c for c in charts if c.get("aria-label", "").startswith("Aging")]
    assert len(aging) == 2
    for chart in charts:
        assert chart.get("role") == "img"
        assert chart.find(f"{SVG}title") is not None
        rects = chart.findall(f".//{SVG}rect")
        assert rects and all(r.find(f"{SVG}title") is not None for r in rects)
        assert not any("style" in el.attrib for el in chart.iter())
    eur = next(c for c in aging if "EUR" in c.get("aria-label"))
    titles = [r.find(f"{SVG}title").text for r in eur.iter(f"{SVG}rect")]
    assert titles[0].startswith(f"Not yet due: {money(Decimal('300.00'), 'EUR')} (1 invoice)")
    assert titles[3].startswith(
        f"61–90 days overdue: {money(Decimal('950.00'), 'EUR')} (1 invoice)")
    # the bars are drawn to scale: 950 is the tallest, 800 in proportion, the empty ones flat
    heights = [float(r.get("height")) for r in eur.iter(f"{SVG}rect")]
    assert heights[3] == max(heights)
    assert heights[1] == pytest.approx(heights[3] * 800 / 950, abs=0.2)
    assert heights[2] == heights[4] == 0
    collected = next(c for c in charts if c.get("aria-label", "").startswith(
        "Collected per month in EUR"))
    month_titles = [r.find(f"{SVG}title").text for r in collected.iter(f"{SVG}rect")]
    assert month_titles[3] == f"September 2026: {money(Decimal('200.00'), 'EUR')} collected"
    assert len(month_titles) == 6


def test_aging_table_gives_the_same_figures(ana):
    html = ana.get("/").text
    table = re.search(r'<table class="aging-table">.*?</table>', html, flags=re.S).group(0)
    rows = re.findall(r'<th scope="row">([^<]*)</th>\s*<td class="num">(\d+)</td>\s*'
                      r'<td class="num">([^<]*)</td>', table)
    assert rows == [
        ("Not yet due", "1", money(Decimal("300"), "EUR")),
        ("1–30 days overdue", "1", money(Decimal("800"), "EUR")),
        ("31–60 days overdue", "0", money(Decimal("0"), "EUR")),
        ("61–90 days overdue", "1", money(Decimal("950"), "EUR")),
        ("Over 90 days overdue", "0", money(Decimal("0"), "EUR")),
        ("Open", "3", money(Decimal("2050"), "EUR")),
    ]


def test_customer_names_are_escaped_in_tables_and_svg(rich_world, app):
    client = TestClient(app)
    sign_in(client, "ana@us.example")
    html = client.get("/").text
    assert "<script>alert(1)</script>" not in html
    assert "Hofmann &amp; Söhne &lt;script&gt;alert(1)&lt;/script&gt;" in html
    charts = svgs(html)  # still parses: the name did not break the XML
    names = [r.find(f"{SVG}title").text for c in charts for r in c.iter(f"{SVG}rect")]
    assert any(NASTY in t for t in names)  # the parser gives the original text back
    svg_text = "".join(re.findall(r"<svg\b.*?</svg>", html, flags=re.S))
    assert "Hofmann &amp; Söhne &lt;script&gt;" in svg_text


def test_other_organization_amounts_never_appear(rich_world, app, ana_api):
    client = TestClient(app)
    sign_in(client, "ana@us.example")
    html = client.get("/").text
    body = ana_api.get("/api/v1/metrics").text
    for text in (html, body):
        assert "98765" not in text and "98,765" not in text
        assert "4321" not in text and "4,321" not in text
        assert "Secret Customer" not in text
    assert metric(html, "outstanding-EUR") == money(Decimal("2050.00"), "EUR")


def test_metrics_endpoint_matches_the_page(ana, ana_api):
    html = ana.get("/").text
    response = ana_api.get("/api/v1/metrics")
    assert response.status_code == 200
    data = response.json()
    assert data["date"] == TODAY.isoformat()
    by = {c["currency"]: c for c in data["currencies"]}
    assert set(by) == {"EUR", "USD"}
    for cur, c in by.items():
        assert isinstance(c["outstanding"], str)
        assert metric(html, f"outstanding-{cur}") == money(Decimal(c["outstanding"]), cur)
        assert metric(html, f"overdue-{cur}") == money(Decimal(c["overdue"]), cur)
        assert metric(html, f"dso-{cur}") == f"{c['dso_days']} days"
        assert metric(html, f"collected-{cur}") == money(Decimal(c["collected_this_month"]),
                                                         cur)
    assert by["EUR"]["outstanding"] == "2050.00"
    assert [b["amount"] for b in by["EUR"]["aging"]] == [
        "300.00", "800.00", "0.00", "950.00", "0.00"]
    assert by["USD"]["promises_open_amount"] == "800.00"
    assert metric(html, "tasks-waiting") == str(data["tasks"]["waiting"])
    assert metric(html, "tasks-mine") == str(data["tasks"]["waiting_for_me"])
    assert data["tasks"]["by_reason"] == {"dispute": 1}
    assert metric(html, "messages-sent") == str(data["messages"]["sent"])
    assert data["messages"]["sent_by_channel"] == {"email": 2}
    assert metric(html, "promises-open") == str(data["promises"]["open"])
    assert [(p["account_name"], p["promised_date"]) for p in data["promises_due"]] == [
        ("Quixel Parts Inc", "2026-11-20")]


def test_metrics_endpoint_for_another_day_and_organization(ana_api, eve_api):
    later = ana_api.get("/api/v1/metrics", params={"date": "2026-12-15"}).json()
    eur = next(c for c in later["currencies"] if c["currency"] == "EUR")
    # on 15 December the 300 invoice due on the 10th is overdue too
    assert (eur["overdue"], eur["aging"][0]["amount"]) == ("2050.00", "0.00")
    theirs = eve_api.get("/api/v1/metrics").json()
    assert [c["currency"] for c in theirs["currencies"]] == ["EUR"]
    assert theirs["tasks"]["waiting"] == 1 and theirs["promises"]["open"] == 0
    assert ana_api.get("/api/v1/metrics", params={"date": "not-a-date"}).status_code == 422


def test_metrics_endpoint_needs_a_caller(app):
    assert TestClient(app).get("/api/v1/metrics").status_code == 401
    bad = TestClient(app).get("/api/v1/metrics", headers={"Authorization": "Bearer dun_nope"})
    assert bad.status_code == 401


def test_metrics_in_the_openapi_schema(ana_api):
    schema = ana_api.get("/openapi.json").json()
    op = schema["paths"]["/api/v1/metrics"]["get"]
    assert op["tags"] == ["metrics"]
    ref = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    name = ref.rsplit("/", 1)[1]
    outstanding = schema["components"]["schemas"]["CurrencyFiguresOut"]["properties"][
        "outstanding"]
    assert name.startswith("MetricsOut")
    assert outstanding["type"] == "string"
