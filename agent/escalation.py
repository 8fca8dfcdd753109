"""Escalation with context: when a case goes to a person, the task carries the case's history
in brief and a suggested next step informed by how similar cases of the same organization
were resolved (a chromadb collection of closed tasks, searched with the offline embedding)."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent.context import load_context
from agent.tools.tasks import open_task
from store.models import Communication, Promise, Task, TaskMessage

log = logging.getLogger("dunning.escalation")

MAX_SIMILAR = 3


def history_brief(session: Session, account_id: int, today: date, *, said: str = "") -> str:
    """The case in a few lines: what is owed, what was sent, what the customer said (a
    reply the task's own message `said` quotes already is not quoted again)."""
    already = " ".join(said.split())
    ctx = load_context(session, account_id, today)
    lines = []
    if ctx.position is not None and ctx.balance > 0:
        p = ctx.position
        lines.append(f"Owed: {p.balance} {p.currency} on {len(p.open_invoices)} open "
                     f"invoice(s), the oldest {p.oldest_overdue_days} days overdue.")
    sent = [c for c in ctx.followups]
    if sent:
        steps = ", ".join(f"{c.on_date.isoformat()} ({c.tone}, {c.channel})" for c in sent
                          if c.plan_step)
        lines.append(f"Reminders this case: {steps}.")
    replies = list(session.scalars(
        select(Communication).where(Communication.account_id == account_id,
                                    Communication.direction == "in",
                                    Communication.kind == "reply")
        .order_by(Communication.id.desc()).limit(3)))
    for r in reversed(replies):
        text = " ".join((r.body or "").split())
        if text and text[:80] in already:
            continue
        lines.append(f"Reply {r.on_date.isoformat()} ({(r.intent or '?').replace('_', ' ')}): "
                     f"“{text[:160]}{'…' if len(text) > 160 else ''}”")
    promises = list(session.scalars(select(Promise).where(Promise.account_id == account_id)
                                    .order_by(Promise.id)))
    for pr in promises[-2:]:
        lines.append(f"Promise: {pr.amount} {pr.currency} for "
                     f"{pr.promised_date.isoformat()} — {pr.status}.")
    return "\n".join(lines)


@dataclass(frozen=True)
class PastCase:
    task_id: int
    reason: str
    summary: str
    outcome: str
    distance: float


def _case_text(task: Task) -> str:
    return f"{task.reason.replace('_', ' ')}. {task.subject}. {task.agent_message or ''}"


def _outcome(session: Session, task: Task) -> str:
    """How a closed case ended: the members' last words in its thread, else its status."""
    said = list(session.scalars(
        select(TaskMessage.body).where(TaskMessage.task_id == task.id,
                                       TaskMessage.author == "member")
        .order_by(TaskMessage.id.desc()).limit(2)))
    if said:
        return " / ".join(" ".join(s.split())[:200] for s in reversed(said))
    return f"{task.status} on {task.closed_on.isoformat() if task.closed_on else '?'}"


def similar_cases(session: Session, organization_id: int, text: str, *,
                  exclude_task_id: int | None = None, k: int = MAX_SIMILAR,
                  client: Any = None) -> list[PastCase]:
    """Closed tasks of this organization most like `text`, nearest first."""
    closed = list(session.scalars(
        select(Task).where(Task.organization_id == organization_id, Task.status == "closed")
        .order_by(Task.id.desc()).limit(2000)))
    closed = [t for t in closed if t.id != exclude_task_id]
    if not closed:
        return []
    import chromadb

    from agent.brain.examples import chroma_settings, hashing_embedding_function

    client = client or chromadb.EphemeralClient(settings=chroma_settings())
    # built from the store each time, so it can never disagree with it (and never mixes
    # organizations or databases); a few thousand closed tasks embed in milliseconds
    name = f"cases-{organization_id}-{uuid.uuid4().hex[:12]}"
    collection = client.create_collection(
        name, embedding_function=hashing_embedding_function(),
        configuration={"hnsw": {"space": "cosine"}})
    try:
        return _query(collection, session, closed, text, k)
    finally:
        client.delete_collection(name)


def _query(collection: Any, session: Session, closed: list[Task], text: str,
           k: int) -> list[PastCase]:
    collection.add(
        ids=[str(t.id) for t in closed],
        documents=[_case_text(t) for t in closed],
        metadatas=[{"reason": t.reason, "outcome": _outcome(session, t)} for t in closed])
    found = collection.query(query_texts=[text], n_results=min(k, len(closed)))
    cases = []
    for id_, doc, meta, dist in zip(found["ids"][0], found["documents"][0],
                                    found["metadatas"][0], found["distances"][0], strict=True):
        cases.append(PastCase(int(id_), str(meta["reason"]), doc, str(meta["outcome"]),
                              float(dist)))
    return cases


def suggestion(base: str | None, cases: list[PastCase]) -> str | None:
    """The suggested next step, with what worked in the nearest past cases."""
    if not cases:
        return base
    seen = "; ".join(f"#{c.task_id} ({c.reason.replace('_', ' ')}): {c.outcome}"
                     for c in cases)
    return f"{base + ' ' if base else ''}Similar past cases were resolved so: {seen}"


def enrich(session: Session, task: Task, today: date) -> None:
    """Add the case history and the suggestion from similar cases to a new task."""
    if task.account_id is None:
        return
    brief = history_brief(session, task.account_id, today, said=task.agent_message or "")
    if brief:
        task.agent_message = f"{task.agent_message}\n\n{brief}" if task.agent_message else brief
    try:
        cases = similar_cases(session, task.organization_id, _case_text(task),
                              exclude_task_id=task.id)
    except Exception:  # noqa: BLE001 - a suggestion is a help, never a reason to fail
        log.exception("similar cases unavailable")
        cases = []
    task.suggested_next_step = suggestion(task.suggested_next_step, cases)


def open_escalation(session: Session, *, today: date, **kwargs: Any) -> tuple[Task, bool]:
    """`open_task` for a case handed to a person: the task carries the history and a
    suggestion drawn from similar closed cases."""
    return open_task(session, today=today, prepare=lambda task: enrich(session, task, today),
                     **kwargs)
