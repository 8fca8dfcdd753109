"""FastAPI dependencies: the store session and who is calling."""

from __future__ import annotations

import hmac
import os
from collections.abc import Iterator

from fastapi import Depends, Header, HTTPException, Request
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from store.db import session_factory
from store.models import Organization


def get_engine(request: Request) -> Engine:
    return request.app.state.engine


def get_session(engine: Engine = Depends(get_engine)) -> Iterator[Session]:
    with session_factory(engine)() as session:
        yield session


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
