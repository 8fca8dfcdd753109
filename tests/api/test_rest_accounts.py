"""REST: accounts, their contacts and referents."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from store.db import transaction
from store.models import Account, Contact, Event, account_referents

API = "/api/v1"


def events(engine, kind: str) -> list[Event]:
    with transaction(engine) as s:
        return list(s.scalars(select(Event).where(Event.kind == kind).order_by(Event.id)))


# ------------------------------------------------------------------------ list and get


def test_list_accounts_with_balances_overdue_and_pause(ana_api, world):
    r = ana_api.get(f"{API}/accounts")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 2 and [a["external_id"] for a in body["items"]] == ["C1", "C2"]
    c1 = body["items"][0]
    # 1200 - 200 paid - 50 credit (oldest first) + 800 + 300
    assert c1["balances"] == {"EUR": "2050.00"}
    assert c1["overdue_count"] == 2
    assert c1["oldest_overdue_days"] == (date(2026, 11, 16) - date(2026, 8, 31)).days
    assert c1["paused"] is False


def test_list_filters_and_pagination(ana_api, world):
    def ids(query: str) -> list[str]:
        r = ana_api.get(f"{API}/accounts?{query}")
        assert r.status_code == 200, r.text
        return [a["external_id"] for a in r.json()["items"]]

    assert ids("q=quixel") == ["C2"]
    assert ids("q=c1") == ["C1"]
    assert ids("country=de") == ["C1"]
    assert ids("overdue=true") == ["C1", "C2"]
    assert ids("overdue=false") == []
    assert ids("paused=true") == []
    ana_api.post(f"{API}/accounts/{world.account['C2']}/pause", json={"until": None})
    assert ids("paused=true") == ["C2"]
    assert ids("paused=false") == ["C1"]
    r = ana_api.get(f"{API}/accounts?limit=1&offset=1")
    assert r.json()["total"] == 2 and [a["external_id"] for a in r.json()["items"]] == ["C2"]
    assert ana_api.get(f"{API}/accounts?limit=0").status_code == 422


def test_get_account_with_contacts_referents_and_positions(ana_api, world):
    c1 = world.account["C1"]
    ana_api.put(f"{API}/accounts/{c1}/referents",
                json={"member_ids": [world.member["bob@us.example"],
                                     world.member["ana@us.example"]]})
    r = ana_api.get(f"{API}/accounts/{c1}")
    assert r.status_code == 200
    body = r.json()
    assert body["contacts"][0]["email"] == "buchhaltung@hofmann-bau.example"
    assert [m["email"] for m in body["referents"]] == ["bob@us.example", "ana@us.example"]
    (eur,) = body["positions"]
    assert eur["currency"] == "EUR" and eur["balance"] == "2050.00"
    assert eur["credit_total"] == "50.00" and eur["credit_unapplied"] == "0.00"
    first = eur["open_invoices"][0]
    assert first["number"] == "C1-INV-1" and first["open_amount"] == "950.00"
    assert first["credit_applied"] == "50.00" and first["status"] == "overdue"
    assert first["payment_status"] == "partially_paid"
    assert any("dispute" in h for h in body["followup_holds"])
    assert ana_api.get(f"{API}/accounts/999999").status_code == 404


# ------------------------------------------------------------------------ create, update


def test_create_account_validates_like_the_importer(ana_api, world, web_engine):
    good = {"external_id": "C9", "name": "Nuevo SL", "country": "es", "currency": "eur",
            "postal_address": "Nuevo SL | Calle 1 | Madrid", "segment": "key",
            "timezone": "Europe/Madrid"}
    r = ana_api.post(f"{API}/accounts", json=good)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["country"] == "ES" and body["currency"] == "EUR"
    assert body["postal_address"] == "Nuevo SL\nCalle 1\nMadrid"
    assert body["balances"] == {} and body["positions"] == []
    assert events(web_engine, "account_created")[-1].actor == "member:ana@us.example"

    assert ana_api.post(f"{API}/accounts", json=good).status_code == 409
    for field, value, words in [("country", "XX", "ISO 3166"), ("currency", "EUX", "ISO 4217"),
                                ("timezone", "Mars/Olympus", "IANA"),
                                ("name", "   ", "blank")]:
        r = ana_api.post(f"{API}/accounts", json=good | {"external_id": "C10", field: value})
        assert r.status_code == 422, (field, r.text)
        (error,) = r.json()["detail"]
        assert error["loc"][-1] == field and words in error["msg"]
    r = ana_api.post(f"{API}/accounts", json={"name": "x", "country": "DE", "currency": "EUR"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "external_id"]
    r = ana_api.post(f"{API}/accounts", json=good | {"external_id": "C11", "colour": "red"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "colour"]


def test_update_account(ana_api, world, web_engine):
    c1 = world.account["C1"]
    r = ana_api.patch(f"{API}/accounts/{c1}", json={"name": "Hofmann Bau GmbH",
                                                    "segment": "key", "timezone": None})
    assert r.status_code == 200, r.text
    assert r.json()["name"] == "Hofmann Bau GmbH" and r.json()["segment"] == "key"
    assert r.json()["country"] == "DE"
    (event,) = events(web_engine, "account_updated")
    assert event.data["changed"] == ["name", "segment"] and event.actor.startswith("member:")
    r = ana_api.patch(f"{API}/accounts/{c1}", json={"currency": "ZZZ"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "currency"]
    r = ana_api.patch(f"{API}/accounts/{c1}", json={"name": None})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "name"]
    r = ana_api.patch(f"{API}/accounts/{c1}", json={"segment": None})
    assert r.status_code == 200 and r.json()["segment"] is None


# ------------------------------------------------------------------------ delete


def test_an_account_with_history_cannot_be_deleted(ana_api, world, web_engine):
    r = ana_api.delete(f"{API}/accounts/{world.account['C1']}")
    assert r.status_code == 409
    assert "documents" in r.json()["detail"] and "audit trail" in r.json()["detail"]
    with transaction(web_engine) as s:
        assert s.get(Account, world.account["C1"]) is not None


def test_an_account_without_history_is_deleted_with_its_contacts(ana_api, world, web_engine):
    r = ana_api.post(f"{API}/accounts", json={"external_id": "N1", "name": "Brand New",
                                              "country": "FR", "currency": "EUR"})
    new = r.json()["id"]
    assert ana_api.post(f"{API}/accounts/{new}/contacts",
                        json={"email": "a@new.example"}).status_code == 201
    assert ana_api.put(f"{API}/accounts/{new}/referents",
                       json={"member_ids": [world.member["ana@us.example"]]}).status_code == 200
    assert ana_api.delete(f"{API}/accounts/{new}").status_code == 204
    assert ana_api.get(f"{API}/accounts/{new}").status_code == 404
    with transaction(web_engine) as s:
        assert s.scalar(select(func.count()).select_from(Contact)
                        .where(Contact.account_id == new)) == 0
        assert s.scalar(select(func.count()).select_from(account_referents)
                        .where(account_referents.c.account_id == new)) == 0
        created = s.scalar(select(Event).where(Event.kind == "account_created"))
        # the audit trail keeps the account's events
        assert created.account_id is None and created.data["account_id"] == new
        deleted = s.scalar(select(Event).where(Event.kind == "account_deleted"))
        assert deleted.data["external_id"] == "N1" and deleted.actor == "member:ana@us.example"


# ------------------------------------------------------------------------ pause, resume


def test_pause_and_resume(ana_api, world, web_engine):
    c1 = world.account["C1"]
    r = ana_api.post(f"{API}/accounts/{c1}/pause",
                     json={"until": "2026-12-15", "reason": "waiting for the credit note"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["paused"] is True and body["paused_until"] == "2026-12-15"
    assert body["pause_reason"] == "waiting for the credit note"
    assert any("paused until 2026-12-15" in h for h in body["followup_holds"])
    assert events(web_engine, "account_paused")[-1].actor == "member:ana@us.example"
    r = ana_api.post(f"{API}/accounts/{c1}/pause", json={"until": "2026-11-01"})
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["body", "until"]
    assert "in the past" in r.json()["detail"][0]["msg"]
    r = ana_api.post(f"{API}/accounts/{c1}/pause", json={"until": None})
    assert r.json()["paused_indefinitely"] is True and r.json()["paused"] is True
    r = ana_api.post(f"{API}/accounts/{c1}/resume")
    assert r.status_code == 200
    assert r.json()["paused"] is False and r.json()["paused_until"] is None
    assert len(events(web_engine, "account_resumed")) == 1
    r = ana_api.post(f"{API}/accounts/{c1}/pause", json={"until": "15/12/2026"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "until"]


# ------------------------------------------------------------------------ contacts


def test_contacts_create_list_update_delete(ana_api, world, web_engine):
    c1 = world.account["C1"]
    url = f"{API}/accounts/{c1}/contacts"
    r = ana_api.post(url, json={"name": "Petra Weiss", "email": "Petra@Hofmann-Bau.example",
                                "language": "DE", "role": "AP clerk", "phone": "+49 30 1",
                                "is_primary": True, "notes": "mornings only"})
    assert r.status_code == 201, r.text
    petra = r.json()
    assert petra["language"] == "de" and petra["is_primary"] is True
    assert petra["email"].lower() == "petra@hofmann-bau.example"
    listed = ana_api.get(url).json()
    # only one primary per account, and it comes first
    assert [c["is_primary"] for c in listed] == [True, False]
    assert listed[0]["id"] == petra["id"]
    assert ana_api.post(url, json={"email": "petra@hofmann-bau.example"}).status_code == 409
    assert ana_api.post(url, json={"role": "nobody"}).status_code == 422
    for field, value in [("email", "not-an-address"), ("language", "xx"),
                         ("language", "english")]:
        r = ana_api.post(url, json={"name": "X", field: value})
        assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", field], r.text
    # any ISO 639-1 code, as in imports
    assert ana_api.post(url, json={"name": "Sven", "language": "sv"}).status_code == 201

    r = ana_api.patch(f"{url}/{petra['id']}", json={"phone": None, "do_not_contact": True})
    assert r.status_code == 200 and r.json()["phone"] is None
    assert r.json()["do_not_contact"] is True
    other = listed[1]["id"]
    r = ana_api.patch(f"{url}/{other}", json={"is_primary": True})
    assert r.json()["is_primary"] is True
    primaries = [c["id"] for c in ana_api.get(url).json() if c["is_primary"]]
    assert primaries == [other]
    r = ana_api.patch(f"{url}/{petra['id']}", json={"email": "buchhaltung@hofmann-bau.example"})
    assert r.status_code == 409

    # Petra has no history: she can go; the original contact was written to: it stays
    assert ana_api.delete(f"{url}/{petra['id']}").status_code == 204
    r = ana_api.delete(f"{url}/{other}")
    assert r.status_code == 409 and "communications" in r.json()["detail"]
    assert ana_api.delete(f"{url}/{petra['id']}").status_code == 404
    kinds = {e.kind for e in events(web_engine, "contact_added")
             + events(web_engine, "contact_updated") + events(web_engine, "contact_deleted")}
    assert kinds == {"contact_added", "contact_updated", "contact_deleted"}


def test_a_new_email_on_a_bounced_contact_is_valid_again(ana_api, world, web_engine):
    c1 = world.account["C1"]
    with transaction(web_engine) as s:
        contact = s.scalar(select(Contact).where(Contact.account_id == c1))
        contact.email_status = "bounced"
        contact_id = contact.id
        extra = Contact(account_id=c1, email="second@hofmann-bau.example", is_primary=False)
        s.add(extra)
        s.flush()
        extra_id = extra.id
    # the second contact is not the primary one: changing its address keeps it so
    r = ana_api.patch(f"{API}/accounts/{c1}/contacts/{extra_id}",
                      json={"email": "third@hofmann-bau.example"})
    assert r.status_code == 200 and r.json()["is_primary"] is False
    r = ana_api.patch(f"{API}/accounts/{c1}/contacts/{contact_id}",
                      json={"email": "new-ap@hofmann-bau.example"})
    assert r.status_code == 200, r.text
    assert r.json()["email"] == "new-ap@hofmann-bau.example"
    assert r.json()["email_status"] == "valid" and r.json()["is_primary"] is True
    changed = events(web_engine, "contact_changed")
    assert changed[-1].actor == "member:ana@us.example"
    assert "new-ap@hofmann-bau.example" in changed[-1].reason


def test_contacts_of_another_account_or_missing_are_404(ana_api, world):
    c1, c2 = world.account["C1"], world.account["C2"]
    contact = ana_api.get(f"{API}/accounts/{c2}/contacts").json()[0]["id"]
    assert ana_api.patch(f"{API}/accounts/{c1}/contacts/{contact}",
                         json={"name": "x"}).status_code == 404
    assert ana_api.delete(f"{API}/accounts/{c1}/contacts/{contact}").status_code == 404
    assert ana_api.get(f"{API}/accounts/424242/contacts").status_code == 404


# ------------------------------------------------------------------------ referents


def test_referents_in_order_and_only_own_members(ana_api, world, web_engine):
    c1 = world.account["C1"]
    ana, bob = world.member["ana@us.example"], world.member["bob@us.example"]
    url = f"{API}/accounts/{c1}/referents"
    r = ana_api.put(url, json={"member_ids": [bob, ana]})
    assert r.status_code == 200
    assert [m["id"] for m in r.json()["referents"]] == [bob, ana]
    with transaction(web_engine) as s:
        rows = s.execute(select(account_referents.c.member_id, account_referents.c.position)
                         .where(account_referents.c.account_id == c1)
                         .order_by(account_referents.c.position)).all()
        assert [tuple(x) for x in rows] == [(bob, 0), (ana, 1)]
        assert [m.id for m in s.get(Account, c1).referents] == [bob, ana]
    r = ana_api.put(url, json={"member_ids": [ana, bob]})
    assert [m["id"] for m in r.json()["referents"]] == [ana, bob]
    eve = world.member["eve@them.example"]
    r = ana_api.put(url, json={"member_ids": [ana, eve]})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "member_ids"]
    assert "Eve" not in r.text
    assert ana_api.put(url, json={"member_ids": [ana, ana]}).status_code == 422
    r = ana_api.put(url, json={"member_ids": []})
    assert r.status_code == 200 and r.json()["referents"] == []
    assert len(events(web_engine, "referents_set")) == 3
