"""FastAPI dependencies: the store session and who is calling.

Two ways in: a browser session cookie (pages, and the API from those pages with the
`X-CSRF-Token` header on anything that changes data) or `Authorization: Bearer <API token>`
(REST clients; no cookie, so no CSRF). Either way every query is scoped to the caller's
organization through `Caller.organization_id`."""

from __future__ import annotations

import hmac
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TypeVar
from urllib.parse import quote

from fastapi import Depends, Header, HTTPException, Request
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from api.auth import SESSION_COOKIE, csrf_ok, session_member, token_member
from store.db import session_factory
from store.models import Account, Member, Organization, WebSession

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

T = TypeVar("T")


def get_engine(request: Request) -> Engine:
    return request.app.state.engine


def get_today(request: Request) -> date:
    """The business date of the request: today, unless the app was created for a fixed day
    (tests, replays)."""
    fixed = getattr(request.app.state, "today", None)
    return fixed or date.today()


def get_session(engine: Engine = Depends(get_engine)) -> Iterator[Session]:
    """One session per request. Routes commit what they change themselves; whatever is left
    uncommitted when the request ends is rolled back."""
    with session_factory(engine)() as session:
        yield session


@dataclass
class Caller:
    member: Member
    via: str  # "session" | "token"
    web: WebSession | None = None

    @property
    def organization_id(self) -> int:
        return self.member.organization_id

    @property
    def actor(self) -> str:
        return f"member:{self.member.email}"


class SignInRequired(Exception):
    """Raised by page dependencies; the app turns it into a redirect to the sign-in page."""

    def __init__(self, next_url: str) -> None:
        self.next_url = next_url


def api_caller(request: Request, session: Session = Depends(get_session),
               authorization: str | None = Header(default=None),
               x_csrf_token: str | None = Header(default=None)) -> Caller:
    if authorization:
        scheme, _, secret = authorization.partition(" ")
        member = token_member(session, secret.strip()) if scheme.lower() == "bearer" else None
        if member is None:
            raise HTTPException(401, "bad or revoked API token",
                                headers={"WWW-Authenticate": "Bearer"})
        session.commit()
        return Caller(member, "token")
    found = session_member(session, request.cookies.get(SESSION_COOKIE))
    if found is None:
        session.commit()
        raise HTTPException(401, "sign in or send an API token",
                            headers={"WWW-Authenticate": "Bearer"})
    member, web = found
    if request.method not in SAFE_METHODS and not csrf_ok(web, x_csrf_token):
        raise HTTPException(403, "missing or wrong X-CSRF-Token header")
    session.commit()
    return Caller(member, "session", web)


def page_caller(request: Request, session: Session = Depends(get_session)) -> Caller:
    found = session_member(session, request.cookies.get(SESSION_COOKIE))
    session.commit()
    if found is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise SignInRequired(quote(target, safe="/?=&"))
    member, web = found
    return Caller(member, "session", web)


async def checked_form(request: Request, caller: Caller = Depends(page_caller)) -> dict[str, str]:
    """The posted form of a page, after its CSRF token was checked."""
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    if caller.web is None or not csrf_ok(caller.web, fields.get("csrf_token")):
        raise HTTPException(403, "the form expired or did not come from this site; reload "
                                 "the page and try again")
    return fields


def owned(session: Session, model: type[T], object_id: int, caller: Caller,
          what: str | None = None) -> T:
    """The row `object_id` of `model` when it belongs to the caller's organization; 404
    otherwise, the same answer as for a row that does not exist, so ids leak nothing."""
    row = session.get(model, object_id)
    org_id = getattr(row, "organization_id", None)
    if org_id is None and row is not None and hasattr(row, "account_id"):
        account = session.get(Account, row.account_id)  # type: ignore[attr-defined]
        org_id = account.organization_id if account else None
    if row is None or org_id != caller.organization_id:
        raise HTTPException(404, f"no {what or model.__name__.lower()} {object_id}")
    return row


def inbound_organization(slug: str, authorization: str | None = Header(default=None),
                         engine: Engine = Depends(get_engine)) -> Organization:
    """An inbound-mail webhook call: `Authorization: Bearer <DUNNING_INBOUND_TOKEN>`, for the
    organization named in the path. Its session is closed before the message is handled:
    no transaction stays open across the handling."""
    token = os.environ.get("DUNNING_INBOUND_TOKEN")
    if not token:
        raise HTTPException(503, "inbound webhook disabled: DUNNING_INBOUND_TOKEN is not set")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "bad or missing bearer token")
    with session_factory(engine)() as session:
        org = session.scalar(select(Organization).where(Organization.slug == slug))
    if org is None:
        raise HTTPException(404, f"no organization {slug!r}")
    return org
