"""The FastAPI application."""

from __future__ import annotations

from datetime import date

from fastapi import Depends, FastAPI, Request
from sqlalchemy import Engine

from agent.scheduler import default_outbound
from api.deps import get_engine, inbound_organization
from store.db import make_engine, upgrade
from store.models import Organization

MAX_MESSAGE_BYTES = 25 * 1024 * 1024


def create_app(engine: Engine | None = None) -> FastAPI:
    app = FastAPI(title="dunning-agent", version="0.1.0",
                  description="An AI accounts-receivable collections agent.")
    if engine is None:
        engine = make_engine()
        upgrade(engine.url.render_as_string(hide_password=False))
    app.state.engine = engine

    @app.post("/inbound/{slug}/raw", status_code=202, tags=["inbound"],
              summary="Receive one raw MIME message (for mail providers' inbound webhooks)")
    async def inbound_raw(request: Request, org: Organization = Depends(inbound_organization),
                          engine: Engine = Depends(get_engine)) -> dict:
        """The body is the message exactly as received (`message/rfc822`). It goes through
        the same handling as mail read over IMAP, and is stored raw before anything else, so
        a provider's retry of the same message is recognised and handled once."""
        from fastapi import HTTPException

        from inbox.handler import receive

        raw = await request.body()
        if not raw.strip():
            raise HTTPException(400, "empty message")
        if len(raw) > MAX_MESSAGE_BYTES:
            raise HTTPException(413, "message larger than 25 MiB")
        got = receive(engine, org.id, raw, date.today(), outbound=default_outbound())
        return {"communication_id": got.communication_id, "duplicate": got.duplicate,
                "outcome": got.outcome, "intent": got.intent}

    return app
