"""The Accounts pages: the portfolio table, one account's statement and case, pause/resume."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from fastapi.testclient import TestClient
from sqlalchemy import select

from store.db import transaction
from store.models import Account, Contact, Document, Event

OTHER_ORG = ("Them GmbH", "Secret Customer SA", "secret.example")


def _clean(html: str) -> None:
    for name in OTHER_ORG:
        assert name not in html


def _names(html: str) -> list[str]:
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r'<a href="/accounts/\d+">([^<]+)</a>', body)


def _add_accounts(engine, world) -> None:  # type: ignore[no-untyped-def]
    """An account with nothing owed, and one with a small, recent overdue balance."""
    with transaction(engine) as s:
        s.add(Account(organization_id=world.org["us"], external_id="C3", name="Aardvark Ltd",
                      country="GB", currency="GBP"))
        small = Account(organization_id=world.org["us"], external_id="C4", name="Zephyr SARL",
                        country="FR", currency="EUR", paused_until=date(2026, 11, 30),
                        pause_reason="Waiting for their audit")
        s.add(small)
        s.flush()
        s.add(Contact(account_id=small.id, email="ap@zephyr.example", language="es",
                      is_primary=True, email_status="bounced"))
        s.add(Document(organization_id=world.org["us"], account_id=small.id, kind="invoice",
                       number="C4-INV-1", issue_date=date(2026, 10, 1),
                       due_date=date(2026, 11, 6), amount=Decimal("100.00"), currency="EUR"))


def test_accounts_table(ana, world, web_engine):
    _add_accounts(web_engine, world)
    response = ana.get("/accounts")
    assert response.status_code == 200
    html = response.text
    assert "<h1>Accounts</h1>" in html
    assert _names(html) == ["Aardvark Ltd", "Hofmann Bau KG", "Quixel Parts Inc",
                            "Zephyr SARL"]
    # C1 owes 1200 - 200 + 800 + 300 - 50 (the credit note) in EUR; C2 the same in USD
    assert "€2,050.00" in html and "US$2,050.00" in html
    row = html.split(">Hofmann Bau KG</a>", 1)[1].split("</tr>", 1)[0]
    assert ">2<" in row  # two overdue invoices
    assert f"{(date(2026, 11, 16) - date(2026, 8, 31)).days} days" in row
    assert "<td>DE</td>" in row
    zephyr = html.split(">Zephyr SARL</a>", 1)[1].split("</tr>", 1)[0]
    assert "Paused" in zephyr and "<td>ES</td>" in zephyr and "10 days" in zephyr
    assert "Paused" not in row
    _clean(html)


def test_sort_search_and_balance_filter(ana, world, web_engine):
    _add_accounts(web_engine, world)
    by_balance = _names(ana.get("/accounts?sort=balance").text)
    assert by_balance[-2:] == ["Zephyr SARL", "Aardvark Ltd"]
    by_age = _names(ana.get("/accounts?sort=overdue").text)
    assert by_age[2:] == ["Zephyr SARL", "Aardvark Ltd"]
    assert _names(ana.get("/accounts?with_balance=1").text) == [
        "Hofmann Bau KG", "Quixel Parts Inc", "Zephyr SARL"]
    assert _names(ana.get("/accounts?q=quix").text) == ["Quixel Parts Inc"]
    assert "No account matches" in ana.get("/accounts?q=Secret").text
    sorted_page = ana.get("/accounts?sort=balance&q=a&with_balance=1").text
    assert 'aria-sort="descending"><a href="/accounts?q=a&amp;with_balance=1&amp;sort=balance"' \
        in sorted_page


def test_account_page_statement_and_case(ana, world):
    response = ana.get(f"/accounts/{world.account['C1']}")
    assert response.status_code == 200
    html = response.text
    assert "<h1>Hofmann Bau KG</h1>" in html
    statement = html.split("Open invoices in EUR", 1)[1].split("</table>", 1)[0]
    # the 50.00 credit note settles the oldest invoice first
    first = statement.split("C1-INV-1", 1)[1].split("</tr>", 1)[0]
    assert "€1,200.00" in first and "€950.00" in first and "Partially paid" in first
    assert "€250.00" in first  # 200.00 paid + 50.00 credit
    assert "Overdue" in first and ">77<" in first
    third = statement.split("C1-INV-3", 1)[1].split("</tr>", 1)[0]
    assert "Issued" in third and "€300.00" in third
    assert "Credit note C1-CN-1" in statement and "€50.00" in statement
    assert "Total due" in statement and "€2,050.00" in statement
    assert "buchhaltung@hofmann-bau.example" in html
    assert f'href="/tasks/{world.task["us"]}?' in html
    assert f'href="/communications/{world.communication["C1:received"]}"' in html
    assert "Pause follow-ups" in html and 'class="banner warn"' not in html
    _clean(html)
    quixel = ana.get(f"/accounts/{world.account['C2']}").text
    assert "US$800.00 by 20 Nov 2026" in quixel  # the open promise


def test_pause_and_resume_from_the_account_page(ana, world, web_engine):
    account_id = world.account["C1"]
    response = ana.post(f"/accounts/{account_id}/pause",
                        data={"csrf_token": ana.csrf, "until": "2026-12-01",
                              "reason": "Waiting for the <credit> note"},
                        follow_redirects=False)
    assert response.status_code == 303
    html = ana.get(response.headers["location"]).text
    banner = html.split('<div class="banner warn" role="status">', 1)[1].split("</form>")[0]
    assert "Follow-ups paused until 1 Dec 2026" in banner
    assert "Waiting for the &lt;credit&gt; note" in banner
    assert "Resume follow-ups" in banner
    audit = html.split('id="audit-heading"', 1)[1]
    assert "Account paused" in audit and "ana@us.example" in audit
    with transaction(web_engine) as s:
        account = s.get(Account, account_id)
        assert account.paused_until == date(2026, 12, 1)
        assert account.pause_reason == "Waiting for the <credit> note"

    html = ana.post(f"/accounts/{account_id}/resume", data={"csrf_token": ana.csrf}).text
    assert 'class="banner warn"' not in html
    assert '<p class="notice" role="status">Follow-ups resumed.</p>' in html

    ana.post(f"/accounts/{account_id}/pause", data={"csrf_token": ana.csrf, "until": "",
                                                     "reason": ""})
    html = ana.get(f"/accounts/{account_id}").text
    assert "Follow-ups paused until further notice" in html
    assert "Paused" in ana.get("/accounts").text
    with transaction(web_engine) as s:
        kinds = [e.actor for e in s.scalars(select(Event).where(
            Event.account_id == account_id, Event.kind.in_(
                ["account_paused", "account_resumed"])))]
        assert kinds == ["member:ana@us.example"] * 3


def test_a_bad_pause_date_is_refused_with_a_message(ana, world, web_engine):
    account_id = world.account["C1"]
    past = ana.post(f"/accounts/{account_id}/pause",
                    data={"csrf_token": ana.csrf, "until": "2026-11-01", "reason": ""})
    assert past.status_code == 422 and "in the past" in past.text
    garbled = ana.post(f"/accounts/{account_id}/pause",
                       data={"csrf_token": ana.csrf, "until": "15/12/2026", "reason": ""})
    assert garbled.status_code == 422 and "is not a date" in garbled.text
    with transaction(web_engine) as s:
        account = s.get(Account, account_id)
        assert account.paused_until is None and not account.paused_indefinitely


def test_contact_status_badges(ana, world, web_engine):
    with transaction(web_engine) as s:
        contact = s.scalar(select(Contact).where(Contact.account_id == world.account["C1"]))
        contact.email_status = "complained"
        contact.do_not_contact = True
    html = ana.get(f"/accounts/{world.account['C1']}").text
    assert '<span class="badge bad">Complained</span>' in html
    assert '<span class="badge bad">Do not contact</span>' in html


def test_forms_need_the_csrf_token(ana, world, web_engine):
    account_id = world.account["C1"]
    for data in ({"until": ""}, {"until": "", "csrf_token": "forged"}):
        assert ana.post(f"/accounts/{account_id}/pause", data=data).status_code == 403
    with transaction(web_engine) as s:
        s.get(Account, account_id).paused_indefinitely = True
    assert ana.post(f"/accounts/{account_id}/resume",
                    data={"csrf_token": "forged"}).status_code == 403
    with transaction(web_engine) as s:
        assert s.get(Account, account_id).paused_indefinitely


def test_another_organizations_account_is_not_found(ana, world, web_engine):
    theirs = world.account["T1"]
    assert ana.get(f"/accounts/{theirs}").status_code == 404
    assert ana.post(f"/accounts/{theirs}/pause",
                    data={"csrf_token": ana.csrf, "until": ""}).status_code == 404
    assert ana.post(f"/accounts/{theirs}/resume",
                    data={"csrf_token": ana.csrf}).status_code == 404
    with transaction(web_engine) as s:
        assert not s.get(Account, theirs).paused_indefinitely


def test_signed_out_goes_to_sign_in(app, world):
    client = TestClient(app)
    response = client.get(f"/accounts/{world.account['C1']}", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=/accounts/")
