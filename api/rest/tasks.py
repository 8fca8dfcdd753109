"""/api/v1/tasks: the cases handed to a person, and their threads with the agent."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, selectinload

from agent.guards.tasks import TASK_STATUSES
from agent.scheduler import default_outbound
from agent.thread import ThreadError, post_member_message
from agent.tools.tasks import set_status
from api.deps import Caller, api_caller, get_engine, get_session, get_today, owned
from api.rest.common import NOT_FOUND, invalid, member_ref, paging, sql_page
from api.rest.schemas import Page, TaskDetail, TaskMessageIn, TaskOut, TaskStatusIn
from store.models import Account, Member, Task, TaskMessage, task_assignees

router = APIRouter(prefix="/api/v1", tags=["tasks"], responses=NOT_FOUND)


def _summary(task: Task, account_name: str | None) -> dict[str, Any]:
    return {
        "id": task.id, "subject": task.subject, "reason": task.reason, "status": task.status,
        "account_id": task.account_id, "account_name": account_name,
        "assignees": [member_ref(m) for m in sorted(task.assignees, key=lambda m: m.id)],
        "suggested_next_step": task.suggested_next_step, "created_on": task.created_on,
        "closed_on": task.closed_on,
    }


def _detail(session: Session, task: Task) -> dict[str, Any]:
    account = session.get(Account, task.account_id) if task.account_id else None
    messages = list(session.scalars(select(TaskMessage).where(TaskMessage.task_id == task.id)
                                    .order_by(TaskMessage.id)))
    authors = {m.id: m for m in session.scalars(select(Member).where(
        Member.id.in_({m.member_id for m in messages if m.member_id is not None})))}
    return _summary(task, account.name if account else None) | {
        "agent_message": task.agent_message, "communication_id": task.communication_id,
        "contact_id": task.contact_id,
        "messages": [{
            "id": m.id, "author": m.author, "body": m.body, "created_at": m.created_at,
            "communication_id": m.communication_id,
            "member": member_ref(authors[m.member_id]) if m.member_id in authors else None,
        } for m in messages],
    }


@router.get("/tasks", response_model=Page[TaskOut], summary="List tasks")
def list_tasks(
    status: list[str] = Query(["action_required"], description=(
        "one or several of " + ", ".join(TASK_STATUSES) + "; or `all`")),
    assignee: str = Query("me", description="`me`, `any`, or a member id"),
    account_id: int | None = Query(None),
    reason: str | None = Query(None, max_length=32, description="dispute, no_response, ..."),
    pages: tuple[int, int] = Depends(paging),
    caller: Caller = Depends(api_caller), session: Session = Depends(get_session),
) -> dict[str, Any]:
    """By default the tasks assigned to you that need an action; newest first."""
    statuses = {s.strip() for value in status for s in value.split(",") if s.strip()}
    unknown = sorted(statuses - set(TASK_STATUSES) - {"all"})
    if unknown:
        raise invalid("status", f"unknown status {', '.join(unknown)} (one of "
                                f"{', '.join(TASK_STATUSES)}, or all)", "query")
    query = (select(Task, Account.name).outerjoin(Account, Account.id == Task.account_id)
             .where(Task.organization_id == caller.organization_id))
    if "all" not in statuses:
        query = query.where(Task.status.in_(statuses))
    if assignee != "any":
        if assignee == "me":
            member_id = caller.member.id
        elif assignee.isdigit():
            member_id = int(assignee)
        else:
            raise invalid("assignee", "expected me, any, or a member id", "query")
        query = query.where(Task.id.in_(select(task_assignees.c.task_id).where(
            task_assignees.c.member_id == member_id)))
    if account_id is not None:
        query = query.where(Task.account_id == account_id)
    if reason:
        query = query.where(Task.reason == reason)
    limit, offset = pages
    rows, total = sql_page(session, query.order_by(Task.created_on.desc(), Task.id.desc())
                           .options(selectinload(Task.assignees)), limit, offset)
    return {"items": [_summary(t, name) for t, name in rows], "total": total,
            "limit": limit, "offset": offset}


@router.get("/tasks/{task_id}", response_model=TaskDetail, summary="Get a task and its thread")
def get_task(task_id: int, caller: Caller = Depends(api_caller),
             session: Session = Depends(get_session)) -> dict[str, Any]:
    """Subject, account, the agent's message, the suggested next step, assignees, and the
    thread in order (agent, members, customer)."""
    return _detail(session, owned(session, Task, task_id, caller))


@router.post("/tasks/{task_id}/messages", response_model=TaskDetail,
             summary="Write in a task's thread")
def post_message(task_id: int, body: TaskMessageIn, caller: Caller = Depends(api_caller),
                 session: Session = Depends(get_session), engine: Engine = Depends(get_engine),
                 today: date = Depends(get_today)) -> dict[str, Any]:
    """Your message is stored in the thread and the agent acts on it: "pause until 15
    December", "the new contact is ap@acme.example", "send them a statement", ... It answers
    in the thread, in your language, saying what it did or asking when it did not
    understand. The answer is the thread after the agent's turn."""
    owned(session, Task, task_id, caller)
    # the thread agent works in its own transactions; nothing of this request's may be open
    session.rollback()
    try:
        post_member_message(engine, caller.organization_id, task_id, caller.member.id,
                            body.body, today, outbound=default_outbound())
    except ThreadError as e:
        raise HTTPException(404, str(e)) from None
    session.expire_all()
    return _detail(session, owned(session, Task, task_id, caller))


@router.post("/tasks/{task_id}/status", response_model=TaskDetail,
             summary="Change a task's status")
def change_status(task_id: int, body: TaskStatusIn, caller: Caller = Depends(api_caller),
                  session: Session = Depends(get_session),
                  today: date = Depends(get_today)) -> dict[str, Any]:
    """The change and its note go into the thread and the audit log. Setting the status it
    already has changes nothing."""
    task = owned(session, Task, task_id, caller)
    set_status(session, task, body.status, today, body.note or "set by a member",
               actor=caller.actor)
    if body.status not in ("closed", "cancelled"):
        task.closed_on = None
    session.flush()
    out = _detail(session, task)
    session.commit()
    return out
