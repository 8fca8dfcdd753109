"""Server-rendered pages: Jinja2 templates (autoescaped: customer text is always escaped),
plain forms with CSRF tokens, charts as inline SVG, no build step."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import HTMLResponse

from api.deps import Caller

TEMPLATES = Path(__file__).parent / "templates"
# the pages are in English for now; money and dates follow this locale
UI_LOCALE = "en_GB"

templates = Jinja2Templates(directory=TEMPLATES)


def money(amount: Decimal | int | str | None, currency: str | None = None) -> str:
    if amount is None:
        return "—"
    if currency:
        return format_currency(Decimal(amount), currency, locale=UI_LOCALE)
    return format_decimal(Decimal(amount), format="#,##0.00", locale=UI_LOCALE)


def day(value: date | datetime | None, fmt: str = "medium") -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        value = value.date()
    return format_date(value, format=fmt, locale=UI_LOCALE)


def when(value: datetime | None) -> str:
    if value is None:
        return "—"
    return value.strftime("%d %b %Y %H:%M UTC")


# stored words that do not read as English once their underscores are spaces
WORDING = {"followup": "follow-up"}


def label(value: str | None) -> str:
    """`payment_plan_request` → `Payment plan request`, `followup` → `Follow-up`."""
    if not value:
        return ""
    text = " ".join(WORDING.get(word, word) for word in value.split("_"))
    return text[:1].upper() + text[1:]


templates.env.filters.update(money=money, day=day, when=when, label=label)


def render(request: Request, name: str, caller: Caller | None, status_code: int = 200,
           **context: Any) -> HTMLResponse:
    """A page, with what every page needs: who is signed in and the CSRF token for forms."""
    context.update(
        member=caller.member if caller else None,
        csrf_token=caller.web.csrf_token if caller and caller.web else "",
        path=request.url.path,
    )
    return templates.TemplateResponse(request, name, context, status_code=status_code)
