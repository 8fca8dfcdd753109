"""Open, close and notify tasks: the hand-over to a person, idempotent on a key."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent.guards.language import notification_language
from agent.guards.tasks import NEXT_STEPS, OPEN_STATUSES, assignees
from agent.templates import render
from agent.tools.outbound import Outbound, deliver, queue
from store.models import Account, Member, Organization, Task, TaskMessage
from store.queries import record_event


def task_url(task: Task) -> str:
    return f"/tasks/{task.id}"


def open_task(
    session: Session,
    *,
    org: Organization,
    account: Account | None,
    reason: str,
    subject: str,
    agent_message: str,
    key: str,
    today: date,
    outbound: Outbound | None,
    contact_id: int | None = None,
    communication_id: int | None = None,
    suggested_next_step: str | None = None,
    prepare: Callable[[Task], None] | None = None,
) -> tuple[Task, bool]:
    """The task stored under `key`, created (assigned, logged, members notified) when new."""
    existing = session.scalar(select(Task).where(Task.idempotency_key == key))
    if existing is not None:
        return existing, False
    members = list(session.scalars(
        select(Member).where(Member.organization_id == org.id, Member.active.is_(True))
        .order_by(Member.id)))
    referents = list(account.referents) if account is not None else []
    by_id = {m.id: m for m in members} | {m.id: m for m in referents}
    chosen = [by_id[i] for i in assignees([m.id for m in referents], [m.id for m in members])]
    task = Task(
        organization_id=org.id, account_id=account.id if account else None,
        contact_id=contact_id, communication_id=communication_id, reason=reason,
        status="action_required", subject=subject, agent_message=agent_message,
        suggested_next_step=suggested_next_step or NEXT_STEPS.get(reason), created_on=today,
        idempotency_key=key,
    )
    task.assignees = chosen
    session.add(task)
    session.flush()
    if prepare is not None:
        prepare(task)  # e.g. the case history and similar past cases, before anyone reads it
    session.add(TaskMessage(task_id=task.id, author="agent", body=task.agent_message or ""))
    record_event(session, org.id, "task_created", f"{reason}: {subject}",
                 account_id=task.account_id, on_date=today,
                 data={"task_id": task.id, "assignees": [m.email for m in chosen]})
    if outbound is not None and chosen:
        notify_members(session, org, task, chosen, today, outbound)
    return task, True


def notify_members(session: Session, org: Organization, task: Task, members: list[Member],
                   today: date, outbound: Outbound) -> None:
    """One email to the task's assignees, in their common (else majority, else English)
    language."""
    language = notification_language([m.language for m in members])
    account = session.get(Account, task.account_id) if task.account_id else None
    rendered = render("member_notification", language=language, channel="email", ctx={
        "organization": {"name": org.name},
        "task": {"reason": task.reason, "subject": task.subject,
                 "account_name": account.name if account else "-",
                 "agent_message": task.agent_message or "",
                 "suggested_next_step": task.suggested_next_step,
                 "url": task_url(task)},
        "member": {"name": members[0].name if len(members) == 1 else None},
        "today": today,
    })
    comm, created = queue(
        session, key=f"notify:task:{task.id}", org=org, account_id=task.account_id,
        task_id=task.id, channel="email", kind="member_notification", language=language,
        recipient=", ".join(m.email for m in members), subject=rendered.subject,
        body=rendered.body, on_date=today,
    )
    if created:
        deliver(session, comm, org, outbound, on_date=today)


def close_open_tasks(session: Session, account_id: int, today: date, why: str,
                     actor: str = "agent") -> list[Task]:
    tasks = list(session.scalars(
        select(Task).where(Task.account_id == account_id, Task.status.in_(OPEN_STATUSES))))
    for task in tasks:
        set_status(session, task, "closed", today, why, actor=actor)
    return tasks


def set_status(session: Session, task: Task, status: str, today: date, why: str,
               actor: str = "agent") -> None:
    if task.status == status:
        return
    previous = task.status
    task.status = status
    if status in ("closed", "cancelled"):
        task.closed_on = today
    session.add(TaskMessage(task_id=task.id, author="agent" if actor == "agent" else "member",
                            body=f"Status {previous} → {status}: {why}"))
    record_event(session, task.organization_id, "task_status",
                 f"task #{task.id} {previous} → {status}: {why}", account_id=task.account_id,
                 on_date=today, actor=actor, data={"task_id": task.id, "from": previous,
                                                    "to": status})
