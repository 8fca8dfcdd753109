"""Communications: what was sent, what is scheduled to go, what came back, grouped by
account; one message readable in full, and a scheduled one editable before it leaves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from agent.tools.outbound import NotEditable, cancel_scheduled, edit_scheduled
from api.deps import Caller, checked_form, get_session, get_today, owned, page_caller
from api.web import render
from store.models import Account, Communication, Organization, Task

router = APIRouter(include_in_schema=False)

RECENT_DAYS = 60
LIST_LIMIT = 500
STATUS_CHOICES = [
    ("", f"Sent and scheduled (last {RECENT_DAYS} days)"),
    ("scheduled", "Scheduled"),
    ("sent", "Sent"),
    ("delivered", "Delivered"),
    ("received", "Received"),
    ("bounced", "Bounced"),
    ("failed", "Failed"),
    ("cancelled", "Cancelled"),
    ("all", "All"),
]


@dataclass
class Group:
    account: Account | None
    messages: list[Communication] = field(default_factory=list)


def _search(text: str) -> str:
    # the user's words are matched literally: % and _ are not wildcards for them
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@router.get("/communications")
def communication_list(request: Request, status: str = "", q: str = "",
                       caller: Caller = Depends(page_caller),
                       session: Session = Depends(get_session),
                       today: date = Depends(get_today)) -> Response:
    status = status if status in dict(STATUS_CHOICES) else ""
    q = q.strip()
    stmt = (select(Communication, Account)
            .outerjoin(Account, and_(Account.id == Communication.account_id,
                                     Account.organization_id == caller.organization_id))
            .where(Communication.organization_id == caller.organization_id))
    if status == "":
        stmt = stmt.where(Communication.direction == "out", or_(
            Communication.status == "scheduled",
            Communication.on_date >= today - timedelta(days=RECENT_DAYS)))
    elif status != "all":
        stmt = stmt.where(Communication.status == status)
    if q:
        pattern = _search(q)
        stmt = stmt.where(or_(Account.name.ilike(pattern, escape="\\"),
                              Communication.subject.ilike(pattern, escape="\\")))
    rows = session.execute(
        stmt.order_by(Account.name, Account.id, Communication.on_date.desc(),
                      Communication.id.desc())
        .limit(LIST_LIMIT + 1)).all()
    count = len(rows)
    groups: list[Group] = []
    for comm, account in rows[:LIST_LIMIT]:
        if not groups or (groups[-1].account.id if groups[-1].account else None) \
                != (account.id if account else None):
            groups.append(Group(account))
        groups[-1].messages.append(comm)
    return render(request, "communications.html", caller, groups=groups, count=count,
                  limit=LIST_LIMIT, status=status, q=q, status_choices=STATUS_CHOICES,
                  query=urlencode({"status": status, "q": q}))


def _detail(request: Request, caller: Caller, session: Session, comm: Communication, *,
            error: str | None = None, notice: str | None = None,
            status_code: int = 200, draft: dict[str, str] | None = None) -> Response:
    account = session.get(Account, comm.account_id) if comm.account_id else None
    tasks = list(session.scalars(select(Task).where(
        Task.organization_id == caller.organization_id, Task.communication_id == comm.id)))
    org = session.get(Organization, caller.organization_id)
    ours = (f"{org.sender_name or org.name} <{org.sender_email}>" if org and org.sender_email
            else org.name if org else "")
    return render(request, "communication.html", caller, status_code=status_code, comm=comm,
                  account=account, ours=ours, tasks=tasks, error=error, notice=notice,
                  draft=draft or {"subject": comm.subject or "", "body": comm.body or ""})


NOTICES = {"saved": "Changes saved. The message will go out as edited.",
           "cancelled": "The message was cancelled; it will not be sent."}


@router.get("/communications/{comm_id}")
def communication_detail(request: Request, comm_id: int, done: str | None = None,
                         caller: Caller = Depends(page_caller),
                         session: Session = Depends(get_session)) -> Response:
    comm = owned(session, Communication, comm_id, caller, "communication")
    return _detail(request, caller, session, comm, notice=NOTICES.get(done or ""))


@router.post("/communications/{comm_id}/edit")
def communication_edit(request: Request, comm_id: int,
                       form: dict[str, str] = Depends(checked_form),
                       caller: Caller = Depends(page_caller),
                       session: Session = Depends(get_session),
                       today: date = Depends(get_today)) -> Response:
    comm = owned(session, Communication, comm_id, caller, "communication")
    subject, body = form.get("subject", ""), form.get("body", "")
    if not subject.strip() or not body.strip():
        return _detail(request, caller, session, comm, status_code=422,
                       error="A message needs a subject and a body.",
                       draft={"subject": subject, "body": body})
    try:
        edit_scheduled(session, comm, actor=caller.actor, today=today, subject=subject,
                       body=body)
    except NotEditable as exc:
        session.rollback()
        return _detail(request, caller, session, comm, error=str(exc), status_code=409)
    session.commit()
    return RedirectResponse(f"/communications/{comm_id}?done=saved", status_code=303)


@router.post("/communications/{comm_id}/cancel")
def communication_cancel(request: Request, comm_id: int,
                         form: dict[str, str] = Depends(checked_form),
                         caller: Caller = Depends(page_caller),
                         session: Session = Depends(get_session),
                         today: date = Depends(get_today)) -> Response:
    comm = owned(session, Communication, comm_id, caller, "communication")
    try:
        cancel_scheduled(session, comm, actor=caller.actor, today=today,
                         why=form.get("why", "").strip() or None)
    except NotEditable as exc:
        session.rollback()
        return _detail(request, caller, session, comm, error=str(exc), status_code=409)
    session.commit()
    return RedirectResponse(f"/communications/{comm_id}?done=cancelled", status_code=303)
