"""Signing in, sessions, CSRF and API tokens."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from api.auth import authenticate, hash_password, session_member, start_session
from store.db import transaction
from store.models import ApiToken, Member, WebSession
from tests.api.conftest import PASSWORD, sign_in


def test_passwords_are_hashed_with_argon2(web_engine, world):
    with transaction(web_engine) as s:
        m = s.get(Member, world.member["ana@us.example"])
        assert m.password_hash.startswith("$argon2id$")
        assert PASSWORD not in m.password_hash
        assert authenticate(s, "ANA@us.example ", PASSWORD).id == m.id
        assert authenticate(s, "ana@us.example", "wrong password") is None
        assert authenticate(s, "nobody@us.example", PASSWORD) is None


def test_a_short_password_is_refused():
    import pytest

    from api.auth import PasswordTooShort

    with pytest.raises(PasswordTooShort):
        hash_password("short")


def test_sign_in_sets_an_httponly_cookie_and_stores_only_a_digest(app, web_engine):
    client = TestClient(app)
    response = client.post("/login", data={"email": "ana@us.example", "password": PASSWORD,
                                           "next": "/tasks"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/tasks"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie
    secret = client.cookies["dunning_session"]
    with transaction(web_engine) as s:
        stored = [w.token_hash for w in s.scalars(select(WebSession))]
    assert stored and secret not in stored


def test_a_wrong_password_is_refused_without_a_cookie(app):
    client = TestClient(app)
    response = client.post("/login", data={"email": "ana@us.example", "password": "nope nope",
                                           "next": "/"}, follow_redirects=False)
    assert response.status_code == 401
    assert "dunning_session" not in client.cookies
    assert "do not match" in response.text


def test_sign_in_never_redirects_off_site(app):
    client = TestClient(app)
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        response = client.post("/login", data={"email": "ana@us.example", "password": PASSWORD,
                                               "next": target}, follow_redirects=False)
        assert response.headers["location"] == "/"


def test_sign_out_needs_the_csrf_token_and_ends_the_session(app, web_engine):
    client = TestClient(app)
    csrf = sign_in(client, "ana@us.example")
    assert client.post("/logout", data={}, follow_redirects=False).status_code == 403
    assert client.post("/logout", data={"csrf_token": csrf},
                       follow_redirects=False).status_code == 303
    with transaction(web_engine) as s:
        assert s.scalars(select(WebSession)).all() == []


def test_expired_and_idle_sessions_end(web_engine, world):
    from datetime import timedelta

    from store.models import utcnow

    with transaction(web_engine) as s:
        m = s.get(Member, world.member["ana@us.example"])
        secret, _ = start_session(s, m)
        assert session_member(s, secret) is not None
        assert session_member(s, secret, now=utcnow() + timedelta(hours=13)) is None
        assert session_member(s, secret) is None  # the idle session was deleted


def test_api_tokens_are_stored_hashed_and_can_be_revoked(ana_api, web_engine, world):
    from store.models import utcnow

    secret = ana_api.headers["Authorization"].removeprefix("Bearer ")
    assert secret.startswith("dun_")
    with transaction(web_engine) as s:
        token = s.scalar(select(ApiToken))
        assert token.token_hash != secret and token.prefix == secret[:12]
    from api.auth import token_member

    with transaction(web_engine) as s:
        assert token_member(s, secret).id == world.member["ana@us.example"]
        s.scalar(select(ApiToken)).revoked_at = utcnow()
    with transaction(web_engine) as s:
        assert token_member(s, secret) is None


def test_pages_redirect_to_sign_in_and_come_back(app):
    client = TestClient(app)
    response = client.get("/tasks?mine=1", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=/tasks")


def test_security_headers_on_every_response(app):
    response = TestClient(app).get("/login")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
