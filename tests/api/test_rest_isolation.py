"""REST: who may call, and organizations never see nor touch each other's data.

The isolation tests walk every route of the app's OpenAPI schema under /api/v1, so a route
added later is covered (or makes the test fail until it is)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from api.app import create_app
from store.db import transaction
from store.models import ApiToken, Base, Contact, Document, Payment
from tests.api.conftest import TODAY, World, bearer, build_world, sign_in

API = "/api/v1"

# What each organization's responses may never contain from the other one.
SECRETS = {
    "us": ["Hofmann", "Quixel", "Ana Silva", "Bob Stone", "ana@us.example", "bob@us.example",
           "hofmann-bau.example", "quixel.example", "Us Ltd", "C1-INV", "C2-INV"],
    "them": ["Secret Customer", "Them GmbH", "Eve Black", "eve@them.example",
             "secret.example", "T1-INV", "T1-CN"],
}

# A body that would succeed on the caller's own object: a refusal then proves the scoping,
# not a validation error.
BODIES = {
    ("patch", "/api/v1/accounts/{account_id}"): {"name": "Taken over"},
    ("delete", "/api/v1/accounts/{account_id}"): None,
    ("get", "/api/v1/accounts/{account_id}"): None,
    ("post", "/api/v1/accounts/{account_id}/pause"): {"until": None, "reason": "x"},
    ("post", "/api/v1/accounts/{account_id}/resume"): None,
    ("put", "/api/v1/accounts/{account_id}/referents"): {"member_ids": []},
    ("get", "/api/v1/accounts/{account_id}/contacts"): None,
    ("post", "/api/v1/accounts/{account_id}/contacts"): {"email": "spy@evil.example"},
    ("patch", "/api/v1/accounts/{account_id}/contacts/{contact_id}"): {"name": "Taken"},
    ("delete", "/api/v1/accounts/{account_id}/contacts/{contact_id}"): None,
    ("get", "/api/v1/documents/{document_id}"): None,
    ("get", "/api/v1/payments/{payment_id}"): None,
    ("get", "/api/v1/communications/{communication_id}"): None,
    ("patch", "/api/v1/communications/{communication_id}"): {"body": "Pay to my account"},
    ("post", "/api/v1/communications/{communication_id}/cancel"): {"reason": "x"},
    ("get", "/api/v1/tasks/{task_id}"): None,
    ("post", "/api/v1/tasks/{task_id}/messages"): {"body": "resume follow-ups"},
    ("post", "/api/v1/tasks/{task_id}/status"): {"status": "closed"},
    ("patch", "/api/v1/members/{member_id}"): {"language": "en"},
    ("delete", "/api/v1/tokens/{token_id}"): None,
}


def ids_of(engine: Engine, world: World, slug: str) -> dict[str, int]:
    """One id of each kind belonging to organization `slug`."""
    account = world.account["C1" if slug == "us" else "T1"]
    member = world.member["ana@us.example" if slug == "us" else "eve@them.example"]
    bearer(engine, member)  # the victim has a token of their own to aim at
    with transaction(engine) as s:
        return {
            "account_id": account,
            "contact_id": s.scalar(select(Contact.id).where(Contact.account_id == account)),
            "document_id": s.scalar(select(Document.id).where(Document.account_id == account)),
            "payment_id": s.scalar(select(Payment.id).where(Payment.account_id == account)),
            "communication_id": world.communication[
                ("C1" if slug == "us" else "T1") + ":scheduled"],
            "task_id": world.task[slug],
            "member_id": member,
            "token_id": s.scalar(select(ApiToken.id).where(ApiToken.member_id == member)),
        }


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    with engine.connect() as connection:
        return {t.name: sorted(tuple(map(repr, row)) for row in connection.execute(select(t)))
                for t in Base.metadata.sorted_tables}


def api_routes(app) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    schema = app.openapi()
    return [(method, path) for path, operations in schema["paths"].items()
            if path.startswith(API) for method in operations]


def query_params(app, path: str) -> set[str]:  # type: ignore[no-untyped-def]
    operation = app.openapi()["paths"][path]["get"]
    return {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}


def assert_no_leak(text: str, owner: str, where: str) -> None:
    for secret in SECRETS[owner]:
        assert secret not in text, f"{where} shows {secret!r} of organization {owner!r}"


def walk(app, engine: Engine, world: World, caller: TestClient, victim: str) -> None:  # type: ignore[no-untyped-def]
    """`caller` tries every route on `victim`'s ids: each answers 404 (or 403), nothing of
    the victim shows, and nothing at all is written."""
    theirs = ids_of(engine, world, victim)
    caller.get(f"{API}/me")  # the token's first use is recorded; later uses within a minute not
    before = snapshot(engine)
    covered = 0
    for method, path in api_routes(app):
        params = re.findall(r"{(\w+)}", path)
        if params:
            assert (method, path) in BODIES, f"{method.upper()} {path}: add it to BODIES"
            url = path.format(**{p: theirs[p] for p in params})
            body = BODIES[(method, path)]
            response = caller.request(method.upper(), url,
                                      **({"json": body} if body is not None else {}))
            assert response.status_code in (403, 404), (method, url, response.status_code,
                                                         response.text)
            covered += 1
        elif method == "get":
            # lists and reports: filtered by the victim's account id they must still be empty
            # of the victim's data
            query = {"account_id": theirs["account_id"]} if "account_id" in query_params(
                app, path) else {}
            if path == f"{API}/tasks":
                query |= {"assignee": "any", "status": "all"}
            response = caller.get(path, params=query)
            url = f"{path}?{query}"
            assert response.status_code == 200, (url, response.text)
            unfiltered = caller.get(path)
            assert unfiltered.status_code == 200, (path, unfiltered.text)
            assert_no_leak(unfiltered.text, victim, f"GET {path}")
        else:
            continue
        assert_no_leak(response.text, victim, f"{method.upper()} {path}")
    assert covered == len(BODIES)
    assert snapshot(engine) == before


def test_eve_cannot_reach_anything_of_us(app, world, web_engine, eve_api):
    walk(app, web_engine, world, eve_api, "us")


def test_ana_cannot_reach_anything_of_them(app, world, web_engine, ana_api):
    walk(app, web_engine, world, ana_api, "them")


def test_isolation_on_sqlite_and_postgres(engine: Engine, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DUNNING_OUTBOX_DIR", str(tmp_path / "outbox"))
    world = build_world(engine)
    app = create_app(engine, today=TODAY)
    eve = TestClient(app)
    eve.headers.update(bearer(engine, world.member["eve@them.example"]))
    walk(app, engine, world, eve, "us")
    # and the lists of the caller's own organization are whole
    accounts = eve.get(f"{API}/accounts").json()["items"]
    assert [a["name"] for a in accounts] == ["Secret Customer SA"]


def test_own_objects_through_the_same_routes_succeed(ana_api, world, web_engine):
    """The control for the walk: the same calls on one's own ids are accepted, so the
    refusals above come from the scoping and not from the requests."""
    mine = ids_of(web_engine, world, "us")
    for (method, path), body in BODIES.items():
        if method == "delete" or path.endswith("/resume"):
            continue  # destructive or trivially accepted
        params = re.findall(r"{(\w+)}", path)
        url = path.format(**{p: mine[p] for p in params})
        response = ana_api.request(method.upper(), url,
                                   **({"json": body} if body is not None else {}))
        assert response.status_code in (200, 201), (method, url, response.text)


# ------------------------------------------------------------------------ authentication


def test_unauthenticated_requests_get_401(app, world):
    client = TestClient(app)
    for method, path in [("get", "/api/v1/accounts"), ("get", "/api/v1/me"),
                         ("post", "/api/v1/tokens"), ("get", "/api/v1/plan")]:
        response = client.request(method.upper(), path, json={"name": "x"})
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"
        bad = client.request(method.upper(), path, json={"name": "x"},
                             headers={"Authorization": "Bearer dun_not-a-token"})
        assert bad.status_code == 401
        assert "Us Ltd" not in bad.text and "Hofmann" not in bad.text


def test_every_api_route_needs_a_caller(app, world):
    client = TestClient(app)
    for method, path in api_routes(app):
        url = re.sub(r"{\w+}", "1", path)
        response = client.request(method.upper(), url)
        assert response.status_code == 401, (method, path, response.status_code)


def test_a_cookie_needs_the_csrf_header_on_unsafe_methods(app, world, web_engine):
    browser = TestClient(app)
    csrf = sign_in(browser, "ana@us.example")
    account = world.account["C1"]
    # reads need no token
    assert browser.get(f"{API}/accounts/{account}").status_code == 200
    url = f"{API}/accounts/{account}/pause"
    r = browser.post(url, json={"until": "2026-12-01"})
    assert r.status_code == 403 and "X-CSRF-Token" in r.json()["detail"]
    r = browser.post(url, json={"until": "2026-12-01"}, headers={"X-CSRF-Token": "guess"})
    assert r.status_code == 403
    assert browser.get(f"{API}/accounts/{account}").json()["paused"] is False
    r = browser.post(url, json={"until": "2026-12-01"}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200 and r.json()["paused_until"] == "2026-12-01"
    r = browser.patch(f"{API}/organization", json={"phone": "1"})
    assert r.status_code == 403


def test_the_openapi_schema_documents_every_route(app):
    schema = app.openapi()
    for method, path in api_routes(app):
        operation = schema["paths"][path][method]
        assert operation.get("summary") and operation.get("description"), (method, path)
        if method == "delete":
            continue
        ok = operation["responses"].get("200") or operation["responses"].get("201")
        assert ok and "$ref" in str(ok["content"]["application/json"]["schema"]), (
            method, path)
