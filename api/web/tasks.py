"""Tasks: the list a member works through, and one task's panel with its thread, where the
member talks to the agent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, selectinload

from agent.guards.tasks import OPEN_STATUSES, TASK_STATUSES
from agent.scheduler import default_outbound
from agent.thread import ThreadError, post_member_message
from agent.tools.tasks import set_status
from api.deps import Caller, checked_form, get_engine, get_session, get_today, owned, page_caller
from api.web import render
from store.models import Account, Communication, Member, Task, TaskMessage

router = APIRouter(include_in_schema=False)

# the list stays a working list, not an archive dump; the count still says how many match
LIST_LIMIT = 500

STATUS_CHOICES = [(s, s.replace("_", " ").capitalize()) for s in TASK_STATUSES] + [("all", "All")]
ASSIGNEE_CHOICES = [("me", "Assigned to me"), ("anyone", "Anyone")]

# status → (button text) for the member's status buttons, in the order they are offered
STATUS_ACTIONS = {
    "in_progress": "Mark in progress",
    "awaiting_response": "Mark awaiting response",
    "action_required": "Reopen: action required",
    "closed": "Close task",
    "cancelled": "Cancel task",
}


@dataclass(frozen=True)
class TaskFilter:
    status: str
    assignee: str

    @classmethod
    def parse(cls, status: str | None, assignee: str | None, mine: str | None) -> TaskFilter:
        # DESIGN's default list: assigned to me + action required
        status = status if status in dict(STATUS_CHOICES) else "action_required"
        if assignee not in dict(ASSIGNEE_CHOICES):
            assignee = "anyone" if mine == "0" else "me"
        return cls(status, assignee)

    @property
    def query(self) -> str:
        return urlencode({"status": self.status, "assignee": self.assignee})


@dataclass(frozen=True)
class ThreadEntry:
    author: str  # agent | member | customer
    name: str
    message: TaskMessage


def _task_list(session: Session, caller: Caller, flt: TaskFilter) -> tuple[list[Task], int,
                                                                             dict[int, Account]]:
    stmt = select(Task).where(Task.organization_id == caller.organization_id)
    if flt.status != "all":
        stmt = stmt.where(Task.status == flt.status)
    if flt.assignee == "me":
        stmt = stmt.where(Task.assignees.any(Member.id == caller.member.id))
    tasks = list(session.scalars(
        stmt.options(selectinload(Task.assignees))
        .order_by(Task.created_on.desc(), Task.id.desc()).limit(LIST_LIMIT + 1)))
    count = len(tasks)
    tasks = tasks[:LIST_LIMIT]
    account_ids = {t.account_id for t in tasks if t.account_id is not None}
    accounts = {a.id: a for a in session.scalars(
        select(Account).where(Account.id.in_(account_ids),
                              Account.organization_id == caller.organization_id))} \
        if account_ids else {}
    return tasks, count, accounts


def _thread(session: Session, task: Task) -> list[ThreadEntry]:
    messages = list(session.scalars(
        select(TaskMessage).where(TaskMessage.task_id == task.id).order_by(TaskMessage.id)))
    member_ids = {m.member_id for m in messages if m.member_id is not None}
    names = dict(session.execute(
        select(Member.id, Member.name).where(Member.id.in_(member_ids),
                                             Member.organization_id == task.organization_id)
    ).all()) if member_ids else {}
    comm_ids = {m.communication_id for m in messages if m.communication_id is not None}
    senders = dict(session.execute(
        select(Communication.id, Communication.sender).where(
            Communication.id.in_(comm_ids),
            Communication.organization_id == task.organization_id)).all()) if comm_ids else {}
    entries = []
    for m in messages:
        if m.author == "member":
            # a member message with no member is a status change recorded for a member
            name = names.get(m.member_id, "A member") if m.member_id else "Status update"
        elif m.author == "customer":
            name = senders.get(m.communication_id) or "Customer"
        else:
            name = "Agent"
        entries.append(ThreadEntry(m.author, name, m))
    return entries


def _page(request: Request, caller: Caller, session: Session, flt: TaskFilter,
          task: Task | None = None, *, error: str | None = None, draft: str = "",
          status_code: int = 200) -> Response:
    tasks, count, accounts = _task_list(session, caller, flt)
    context: dict = {}
    if task is not None:
        account = session.get(Account, task.account_id) if task.account_id else None
        origin = None
        if task.communication_id is not None:
            origin = session.get(Communication, task.communication_id)
            if origin is not None and origin.organization_id != caller.organization_id:
                origin = None
        # the panel shows the agent's first message and the customer's message above the
        # thread: the thread goes on from there instead of repeating them
        thread = [e for e in _thread(session, task)
                  if not (e.author == "agent" and e.message.body == task.agent_message)
                  and not (origin is not None and e.message.communication_id == origin.id)]
        context = dict(account=account, origin=origin, thread=thread,
                       actions=[(s, text) for s, text in STATUS_ACTIONS.items()
                                if s != task.status
                                and (s != "action_required" or task.status not in OPEN_STATUSES)])
    return render(request, "tasks.html", caller, status_code=status_code, tasks=tasks,
                  count=count, limit=LIST_LIMIT, accounts=accounts, flt=flt, task=task,
                  status_choices=STATUS_CHOICES, assignee_choices=ASSIGNEE_CHOICES,
                  error=error, draft=draft, **context)


@router.get("/tasks")
def task_list(request: Request, status: str | None = None, assignee: str | None = None,
              mine: str | None = None, caller: Caller = Depends(page_caller),
              session: Session = Depends(get_session)) -> Response:
    return _page(request, caller, session, TaskFilter.parse(status, assignee, mine))


@router.get("/tasks/{task_id}")
def task_detail(request: Request, task_id: int, status: str | None = None,
                assignee: str | None = None, mine: str | None = None,
                caller: Caller = Depends(page_caller),
                session: Session = Depends(get_session)) -> Response:
    task = owned(session, Task, task_id, caller, "task")
    return _page(request, caller, session, TaskFilter.parse(status, assignee, mine), task)


def _back(task_id: int, request: Request) -> RedirectResponse:
    query = request.url.query
    return RedirectResponse(f"/tasks/{task_id}" + (f"?{query}" if query else ""),
                            status_code=303)


@router.post("/tasks/{task_id}/reply")
def task_reply(request: Request, task_id: int, status: str | None = None,
               assignee: str | None = None, form: dict[str, str] = Depends(checked_form),
               caller: Caller = Depends(page_caller), session: Session = Depends(get_session),
               engine: Engine = Depends(get_engine),
               today: date = Depends(get_today)) -> Response:
    task = owned(session, Task, task_id, caller, "task")
    body = form.get("body", "").strip()
    if not body:
        return _page(request, caller, session, TaskFilter.parse(status, assignee, None), task,
                     error="Write a message to the agent before sending.", status_code=422)
    # the thread agent works in its own session; ours must hold no transaction meanwhile
    session.rollback()
    try:
        post_member_message(engine, caller.organization_id, task_id, caller.member.id, body,
                            today, outbound=default_outbound())
    except ThreadError as exc:
        raise HTTPException(404, f"no task {task_id}") from exc
    return _back(task_id, request)


@router.post("/tasks/{task_id}/status")
def task_status(request: Request, task_id: int, status: str | None = None,
                assignee: str | None = None, form: dict[str, str] = Depends(checked_form),
                caller: Caller = Depends(page_caller), session: Session = Depends(get_session),
                today: date = Depends(get_today)) -> Response:
    task = owned(session, Task, task_id, caller, "task")
    new = form.get("new_status", "")
    if new not in TASK_STATUSES:
        return _page(request, caller, session, TaskFilter.parse(status, assignee, None), task,
                     error="Choose one of the status buttons.", status_code=422)
    set_status(session, task, new, today, f"set by {caller.member.name}", actor=caller.actor)
    session.commit()
    return _back(task_id, request)
