"""Accounts: the portfolio customer by customer, and one account's whole picture — its
statement, contacts, promises, tasks, messages and audit trail — with pause and resume."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from agent.guards.language import customer_language
from agent.guards.tasks import OPEN_STATUSES
from agent.tools.account import ToolError, pause_account, resume_account
from api.deps import Caller, checked_form, get_session, get_today, owned, page_caller
from api.web import render
from store.ledger import ZERO, account_position
from store.models import Account, Communication, Contact, Event, Promise, Task
from store.queries import PortfolioRow, account_docs, portfolio

router = APIRouter(include_in_schema=False)

SORTS = {"name": "Name", "balance": "Balance", "overdue": "Oldest overdue"}
RECENT_MESSAGES = 15
AUDIT_EVENTS = 20


def is_paused(account: Account, today: date) -> bool:
    return account.paused_indefinitely or (
        account.paused_until is not None and today <= account.paused_until)


def _language(account: Account, contacts: list[Contact]) -> str:
    # what the agent would write in: the primary contact's language, else the country's
    primary = next((c for c in contacts if c.is_primary), contacts[0] if contacts else None)
    return customer_language(primary.language if primary else None, account.country)


def _balance_key(row: PortfolioRow) -> tuple[Decimal, Decimal]:
    # balances in different currencies are never added: the account's own currency decides,
    # then its largest balance in any other currency
    own = row.balances.get(row.account.currency, ZERO)
    return own, max(row.balances.values(), default=ZERO)


@router.get("/accounts")
def account_list(request: Request, q: str = "", sort: str = "name", with_balance: str = "",
                 caller: Caller = Depends(page_caller),
                 session: Session = Depends(get_session),
                 today: date = Depends(get_today)) -> Response:
    sort = sort if sort in SORTS else "name"
    q = q.strip()
    rows = portfolio(session, caller.organization_id, today)
    if q:
        needle = q.casefold()
        rows = [r for r in rows if needle in r.account.name.casefold()
                or needle == r.account.external_id.casefold()]
    if with_balance:
        rows = [r for r in rows if any(b > 0 for b in r.balances.values())]
    if sort == "balance":
        rows.sort(key=_balance_key, reverse=True)
    elif sort == "overdue":
        rows.sort(key=lambda r: (r.oldest_overdue_days, r.overdue_count), reverse=True)
    contacts: dict[int, list[Contact]] = {}
    ids = [r.account.id for r in rows]
    if ids:
        for c in session.scalars(select(Contact).where(Contact.account_id.in_(ids))
                                 .order_by(Contact.is_primary.desc(), Contact.id)):
            contacts.setdefault(c.account_id, []).append(c)
    languages = {r.account.id: _language(r.account, contacts.get(r.account.id, []))
                 for r in rows}
    filters = {"q": q, "with_balance": "1" if with_balance else ""}
    sort_links = {key: "/accounts?" + urlencode(filters | {"sort": key}) for key in SORTS}
    return render(request, "accounts.html", caller, rows=rows, q=q, sort=sort, sorts=SORTS,
                  with_balance=bool(with_balance), sort_links=sort_links, languages=languages,
                  paused={r.account.id: is_paused(r.account, today) for r in rows})


def _detail(request: Request, caller: Caller, session: Session, account: Account, today: date,
            *, error: str | None = None, notice: str | None = None,
            status_code: int = 200) -> Response:
    docs = account_docs(session, account.id)
    position = account_position(docs, today)
    credit_notes = {c: [d for d in docs if d.kind == "credit_note" and d.currency == c]
                    for c in position}
    account = session.scalar(select(Account).where(Account.id == account.id).options(
        selectinload(Account.contacts), selectinload(Account.referents)))
    promises = list(session.scalars(select(Promise).where(
        Promise.account_id == account.id, Promise.status == "open")
        .order_by(Promise.promised_date)))
    tasks = list(session.scalars(select(Task).where(
        Task.organization_id == caller.organization_id, Task.account_id == account.id,
        Task.status.in_(OPEN_STATUSES)).order_by(Task.created_on.desc(), Task.id.desc())))
    messages = list(session.scalars(select(Communication).where(
        Communication.organization_id == caller.organization_id,
        Communication.account_id == account.id)
        .order_by(Communication.on_date.desc(), Communication.id.desc())
        .limit(RECENT_MESSAGES)))
    events = list(session.scalars(select(Event).where(
        Event.organization_id == caller.organization_id, Event.account_id == account.id)
        .order_by(Event.id.desc()).limit(AUDIT_EVENTS)))
    return render(request, "account.html", caller, status_code=status_code, account=account,
                  position=position, credit_notes=credit_notes, promises=promises,
                  tasks=tasks, messages=messages, events=events,
                  paused=is_paused(account, today), today=today, error=error, notice=notice,
                  language=_language(account, list(account.contacts)))


NOTICES = {"paused": "Follow-ups are paused.", "resumed": "Follow-ups resumed."}


@router.get("/accounts/{account_id}")
def account_detail(request: Request, account_id: int, done: str | None = None,
                   caller: Caller = Depends(page_caller),
                   session: Session = Depends(get_session),
                   today: date = Depends(get_today)) -> Response:
    account = owned(session, Account, account_id, caller, "account")
    return _detail(request, caller, session, account, today, notice=NOTICES.get(done or ""))


@router.post("/accounts/{account_id}/pause")
def account_pause(request: Request, account_id: int,
                  form: dict[str, str] = Depends(checked_form),
                  caller: Caller = Depends(page_caller),
                  session: Session = Depends(get_session),
                  today: date = Depends(get_today)) -> Response:
    account = owned(session, Account, account_id, caller, "account")
    raw_until = form.get("until", "").strip()
    try:
        until = date.fromisoformat(raw_until) if raw_until else None
        pause_account(session, account, today, until=until,
                      reason=form.get("reason", "").strip() or None, actor=caller.actor)
    except ValueError as exc:  # a malformed date, or ToolError (a date in the past)
        session.rollback()
        message = str(exc) if isinstance(exc, ToolError) else \
            f"“{raw_until}” is not a date (use YYYY-MM-DD)."
        return _detail(request, caller, session, account, today, status_code=422,
                       error=f"Not paused: {message}")
    session.commit()
    return RedirectResponse(f"/accounts/{account_id}?done=paused", status_code=303)


@router.post("/accounts/{account_id}/resume")
def account_resume(request: Request, account_id: int,
                   form: dict[str, str] = Depends(checked_form),
                   caller: Caller = Depends(page_caller),
                   session: Session = Depends(get_session),
                   today: date = Depends(get_today)) -> Response:
    account = owned(session, Account, account_id, caller, "account")
    resume_account(session, account, today, actor=caller.actor)
    session.commit()
    return RedirectResponse(f"/accounts/{account_id}?done=resumed", status_code=303)
