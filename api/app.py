"""The FastAPI application: the REST API under /api/v1, the pages, and the inbound webhook."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine

from agent.scheduler import default_outbound
from api.deps import SignInRequired, get_engine, inbound_organization
from store.db import make_engine, upgrade
from store.models import Organization

MAX_MESSAGE_BYTES = 25 * 1024 * 1024
STATIC = Path(__file__).parent / "web" / "static"

# Pages are server-rendered and use no inline script, so the policy can forbid every script
# that is not ours: customer text that slipped past escaping still could not run.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                               "script-src 'self'; frame-ancestors 'none'; form-action 'self'; "
                               "base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def create_app(engine: Engine | None = None, *, today: date | None = None) -> FastAPI:
    """The app over `engine` (default: DUNNING_DATABASE_URL). `today` fixes the business date
    (tests and replays); by default it is the real date of each request."""
    app = FastAPI(
        title="dunning-agent", version="0.1.0",
        description="An AI accounts-receivable collections agent. REST clients authenticate "
                    "with `Authorization: Bearer <token>` (create one with `dunning token "
                    "create`); pages use a session cookie.",
        openapi_tags=[
            {"name": "accounts", "description": "Customer accounts, contacts and referents"},
            {"name": "documents", "description": "Invoices and credit notes"},
            {"name": "payments", "description": "Payments received"},
            {"name": "imports", "description": "CSV and JSON imports, validated like the CLI"},
            {"name": "communications", "description": "Messages sent, scheduled and received"},
            {"name": "tasks", "description": "Tasks for people and their threads"},
            {"name": "plan", "description": "What the agent would do on a day (dry run)"},
            {"name": "organization", "description": "Settings, members, policies, tokens"},
            {"name": "metrics", "description": "Portfolio figures for the dashboard"},
            {"name": "inbound", "description": "Mail providers' inbound webhooks"},
        ],
    )
    if engine is None:
        engine = make_engine()
        upgrade(engine.url.render_as_string(hide_password=False))
    app.state.engine = engine
    app.state.today = today

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response: Response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(SignInRequired)
    async def to_sign_in(request: Request, exc: SignInRequired) -> RedirectResponse:
        return RedirectResponse(f"/login?next={exc.next_url}", status_code=303)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    # -- routers: one module per resource (REST) and per page ------------------------------
    from api.web import auth_pages
    app.include_router(auth_pages.router)
    from api.web import dashboard
    app.include_router(dashboard.router)
    from api.rest import metrics
    app.include_router(metrics.router)
    from api.rest import routes as rest_routes
    app.include_router(rest_routes.router)
    from api.web import accounts as account_pages
    from api.web import communications as communication_pages
    from api.web import invoices as invoice_pages
    from api.web import tasks as task_pages
    for pages in (task_pages, communication_pages, account_pages, invoice_pages):
        app.include_router(pages.router)
    # -- end of routers --------------------------------------------------------------------

    @app.post("/inbound/{slug}/raw", status_code=202, tags=["inbound"],
              summary="Receive one raw MIME message (for mail providers' inbound webhooks)")
    async def inbound_raw(request: Request, org: Organization = Depends(inbound_organization),
                          engine: Engine = Depends(get_engine)) -> dict:
        """The body is the message exactly as received (`message/rfc822`). It goes through
        the same handling as mail read over IMAP, and is stored raw before anything else, so
        a provider's retry of the same message is recognised and handled once."""
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
