"""REST: /me, the organization's settings, members, policies and API tokens."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from api.auth import authenticate
from api.rest.schemas import iban_ok
from store.db import transaction
from store.models import Event, Member, Organization
from tests.api.conftest import bearer

API = "/api/v1"


def demote_bob(web_engine, world) -> dict[str, str]:
    """Bob as a plain member; the headers of his own token."""
    with transaction(web_engine) as s:
        s.get(Member, world.member["bob@us.example"]).role = "member"
    return bearer(web_engine, world.member["bob@us.example"])


def test_me(ana_api, eve_api):
    me = ana_api.get(f"{API}/me").json()
    assert me["email"] == "ana@us.example" and me["name"] == "Ana Silva"
    assert me["language"] == "pt" and me["role"] == "admin"
    assert me["organization_slug"] == "us" and me["organization_name"] == "Us Ltd"
    assert eve_api.get(f"{API}/me").json()["organization_slug"] == "them"


def test_organization_get_and_patch(ana_api, world, web_engine):
    assert ana_api.get(f"{API}/organization").json()["name"] == "Us Ltd"
    r = ana_api.patch(f"{API}/organization", json={
        "sender_name": "Us Ltd — Accounts", "sender_email": "Accounts@Us.example",
        "iban": "DE89 3704 0044 0532 0130 00", "bic": "cobadeffxxx", "bank_name": "Commerz",
        "sending_window_start": "07:30", "sending_window_end": "19:00", "country": "ie",
        "phone": "+353 1 000", "postal_address": "1 Quay | Dublin"})
    assert r.status_code == 200, r.text
    org = r.json()
    assert org["iban"] == "DE89370400440532013000" and org["bic"] == "COBADEFFXXX"
    assert org["sender_email"] == "Accounts@us.example" and org["country"] == "IE"
    assert org["postal_address"] == "1 Quay\nDublin"
    assert org["sending_window_start"] == "07:30"
    with transaction(web_engine) as s:
        event = s.scalar(select(Event).where(Event.kind == "organization_updated"))
        assert event.actor == "member:ana@us.example" and "iban" in event.data["changed"]
    for field, value, words in [
            ("iban", "DE89370400440532013001", "check digits"),
            ("iban", "hello", "IBAN"), ("bic", "COBA", "BIC"),
            ("sender_email", "nobody", "valid email"), ("country", "XY", "ISO 3166"),
            ("sending_window_start", "25:00", "HH:MM"), ("sending_window_end", "9am", "HH:MM"),
            ("sending_window_end", "07:00", "start before it ends"),
            ("name", None, "cannot be cleared")]:
        r = ana_api.patch(f"{API}/organization", json={field: value})
        assert r.status_code == 422, (field, value)
        (error,) = r.json()["detail"]
        assert error["loc"] == ["body", field] and words in error["msg"], error
    r = ana_api.patch(f"{API}/organization", json={"sending_window_start": "20:00"})
    assert r.status_code == 422 and "start before it ends" in r.text
    r = ana_api.patch(f"{API}/organization", json={"bic": None})
    assert r.status_code == 200 and r.json()["bic"] is None


def test_iban_checksum():
    assert iban_ok("GB33BUKB20201555555555") and iban_ok("FR1420041010050500013M02606")
    assert not iban_ok("GB34BUKB20201555555555") and not iban_ok("GB33")


def test_only_an_admin_changes_the_organization(app, world, web_engine):
    bob = TestClient(app)
    bob.headers.update(demote_bob(web_engine, world))
    assert bob.get(f"{API}/organization").status_code == 200
    assert bob.patch(f"{API}/organization", json={"name": "Mine"}).status_code == 403
    assert bob.put(f"{API}/policies", json={"policies": None}).status_code == 403
    assert bob.post(f"{API}/members", json={"email": "x@us.example", "name": "X",
                                            "password": "long enough"}).status_code == 403
    assert bob.patch(f"{API}/members/{world.member['ana@us.example']}",
                     json={"role": "member"}).status_code == 403
    with transaction(web_engine) as s:
        assert s.get(Organization, world.org["us"]).name == "Us Ltd"


def test_members_add_and_change(ana_api, world, web_engine):
    r = ana_api.post(f"{API}/members", json={"email": "Cleo@us.example", "name": "Cleo Ray",
                                             "language": "fr", "role": "member",
                                             "password": "a long password"})
    assert r.status_code == 201, r.text
    cleo = r.json()
    assert cleo["email"] == "cleo@us.example" and cleo["language"] == "fr"
    assert "password" not in r.text and "hash" not in r.text
    with transaction(web_engine) as s:
        assert authenticate(s, "cleo@us.example", "a long password").id == cleo["id"]
    assert {m["email"] for m in ana_api.get(f"{API}/members").json()} == {
        "ana@us.example", "bob@us.example", "cleo@us.example"}
    again = {"email": "cleo@us.example", "name": "C", "password": "a long password"}
    assert ana_api.post(f"{API}/members", json=again).status_code == 409
    for field, value in [("password", "short"), ("email", "cleo"), ("language", "xx"),
                         ("role", "owner")]:
        r = ana_api.post(f"{API}/members", json={"email": "dan@us.example", "name": "Dan",
                                                 "password": "a long password", field: value})
        assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", field]
    r = ana_api.patch(f"{API}/members/{cleo['id']}", json={"language": "de", "role": "admin"})
    assert r.status_code == 200 and r.json()["role"] == "admin"
    r = ana_api.patch(f"{API}/members/{cleo['id']}", json={"active": False})
    assert r.json()["active"] is False
    with transaction(web_engine) as s:
        assert authenticate(s, "cleo@us.example", "a long password") is None
        actors = {e.actor for e in s.scalars(select(Event).where(
            Event.kind.in_(["member_added", "member_updated"]), Event.organization_id ==
            world.org["us"], Event.actor != "cli"))}
    assert actors == {"member:ana@us.example"}


def test_an_admin_cannot_lock_themselves_or_everyone_out(ana_api, world, web_engine):
    me = world.member["ana@us.example"]
    r = ana_api.patch(f"{API}/members/{me}", json={"active": False})
    assert r.status_code == 409 and "yourself" in r.json()["detail"]
    # Bob steps down: Ana is the last admin and cannot step down as well
    bob = world.member["bob@us.example"]
    assert ana_api.patch(f"{API}/members/{bob}", json={"role": "member"}).status_code == 200
    r = ana_api.patch(f"{API}/members/{me}", json={"role": "member"})
    assert r.status_code == 409 and "administrator" in r.json()["detail"]
    assert ana_api.patch(f"{API}/members/{me}", json={"language": "en"}).status_code == 200
    assert ana_api.patch(f"{API}/members/989898", json={"language": "en"}).status_code == 404


def test_policies_get_put_and_validation(ana_api, world, web_engine):
    r = ana_api.get(f"{API}/policies")
    assert r.status_code == 200
    assert r.json()["source"] == "default" and r.json()["policies"] is None
    default = r.json()["effective"]["default"]
    assert default["max_followups"] == 4 and default["min_balance"] == "0.01"
    assert default["bands"][1] == {"from_days": 30, "interval": 5}
    own = {"default": {"courtesy_notice": True},
           "segments": {"key_accounts": {"first_followup_after_days": 7,
                                         "bands": [{"from_days": 0, "interval": 15},
                                                   {"from_days": 45, "interval": 7}],
                                         "min_balance": "500.00"}}}
    r = ana_api.put(f"{API}/policies", json={"policies": own})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["source"] == "organization" and body["policies"] == own
    key = body["effective"]["segments"]["key_accounts"]
    assert key["min_balance"] == "500.00" and key["courtesy_notice"] is True
    with transaction(web_engine) as s:
        assert s.get(Organization, world.org["us"]).settings["policies"] == own
    for bad, words in [
            ({"default": {"max_followup": 3}}, "unknown key(s): max_followup"),
            ({"segments": {"vip": {"tones": ["firm", "courteous", "firm", "firm"]}}},
             "segment 'vip': tones: tone goes down"),
            ({"default": {"min_balance": 500.5}}, "quoted string"),
            ({"default": {"bands": [{"from_days": 5, "interval": 3}]}}, "from_days 0"),
            ({"plans": {}}, "unknown top-level key(s): plans")]:
        r = ana_api.put(f"{API}/policies", json={"policies": bad})
        assert r.status_code == 422, bad
        (error,) = r.json()["detail"]
        assert error["loc"] == ["body", "policies"] and words in error["msg"], error
    assert ana_api.get(f"{API}/policies").json()["policies"] == own  # unchanged by refusals
    r = ana_api.put(f"{API}/policies", json={"policies": None})
    assert r.status_code == 200 and r.json()["source"] == "default"


def test_organization_policies_drive_the_plan(ana_api, world):
    # a minimum balance above every account's balance: nobody is followed up
    ana_api.post(f"{API}/tasks/{world.task['us']}/status", json={"status": "closed"})
    ana_api.post(f"{API}/communications/{world.communication['C1:scheduled']}/cancel")
    assert ana_api.put(f"{API}/policies", json={"policies": {
        "default": {"min_balance": "99999.00"}}}).status_code == 200
    plan = ana_api.get(f"{API}/plan").json()
    hofmann = next(d for d in plan["decisions"] if d["account"] == "Hofmann Bau KG")
    assert hofmann["outcome"] != "sent" and hofmann["messages"] == []


def test_tokens_mine_only(ana_api, app, world, web_engine):
    r = ana_api.post(f"{API}/tokens", json={"name": "spreadsheet"})
    assert r.status_code == 201
    new = r.json()
    assert new["secret"].startswith("dun_") and new["prefix"] == new["secret"][:12]
    listed = ana_api.get(f"{API}/tokens").json()
    assert {t["name"] for t in listed} == {"tests", "spreadsheet"}
    assert all("secret" not in t for t in listed)
    client = TestClient(app)
    client.headers["Authorization"] = f"Bearer {new['secret']}"
    assert client.get(f"{API}/me").json()["email"] == "ana@us.example"
    # Bob sees only his own and cannot revoke Ana's
    bob = TestClient(app)
    bob.headers.update(bearer(web_engine, world.member["bob@us.example"]))
    assert {t["id"] for t in bob.get(f"{API}/tokens").json()}.isdisjoint({new["id"]})
    assert bob.delete(f"{API}/tokens/{new['id']}").status_code == 404
    assert client.get(f"{API}/me").status_code == 200
    assert ana_api.delete(f"{API}/tokens/{new['id']}").status_code == 204
    assert client.get(f"{API}/me").status_code == 401
    revoked = next(t for t in ana_api.get(f"{API}/tokens").json() if t["id"] == new["id"])
    assert revoked["revoked"] is True and revoked["last_used_at"] is not None
    assert ana_api.post(f"{API}/tokens", json={"name": ""}).status_code == 422
    with transaction(web_engine) as s:
        kinds = [e.kind for e in s.scalars(select(Event).where(
            Event.actor == "member:ana@us.example").order_by(Event.id))]
    assert kinds == ["token_created", "token_revoked"]
