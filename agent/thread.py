"""The entry point for a member's message in a task thread, from the web app, a reply to a
notification email, or a replay: store it, then run (or resume) the task's thread graph."""

from __future__ import annotations

from datetime import date
from typing import Any

from langgraph.types import Command
from sqlalchemy import Engine, func, select

from agent.brain import Brain, get_brain
from agent.checkpoints import checkpointer_for
from agent.graph import THREAD_RECURSION_LIMIT, thread_graph
from agent.runtime import RunContext
from agent.scheduler import org_policies
from agent.state import thread_input
from agent.tools.outbound import Outbound
from store.db import session_factory
from store.models import Member, Organization, Task, TaskMessage
from store.queries import record_event


class ThreadError(LookupError):
    pass


def post_member_message(engine: Engine, organization_id: int, task_id: int, member_id: int,
                        text: str, today: date, *, outbound: Outbound,
                        brain: Brain | None = None) -> dict[str, Any]:
    """Store the member's message in the task's thread and let the agent act on it."""
    brain = brain or get_brain()
    url = engine.url.render_as_string(hide_password=False)
    # before any transaction: the Postgres saver's first setup waits for open transactions
    graph = thread_graph(checkpointer_for(url))
    config = {"recursion_limit": THREAD_RECURSION_LIMIT,
              "configurable": {"thread_id": f"task:{task_id}"}}
    with session_factory(engine)() as session:
        task = session.get(Task, task_id)
        member = session.get(Member, member_id)
        # scoping: a member acts only on their own organization's tasks
        if task is None or member is None or task.organization_id != organization_id \
                or member.organization_id != organization_id:
            raise ThreadError("no such task for this member")
        message = TaskMessage(task_id=task.id, author="member", member_id=member.id,
                              body=text)
        session.add(message)
        session.flush()
        record_event(session, organization_id, "member_message",
                     f"{member.email} wrote in task #{task.id}", account_id=task.account_id,
                     on_date=today, actor=f"member:{member.email}",
                     data={"task_id": task.id, "message_id": message.id})
        session.commit()
        org = session.get(Organization, organization_id)
        context = RunContext(session=session, today=today, outbound=outbound, brain=brain,
                             policies=org_policies(org.settings if org else None))
        pending = graph.get_state(config)
        if pending.next and "confirm" in pending.next:
            state = graph.invoke(Command(resume={"message_id": message.id}), config=config,
                                 context=context)
        else:
            state = graph.invoke(thread_input(task.id, member.id, message.id,
                                              today.isoformat()), config=config,
                                 context=context)
        session.commit()
        return state


def handle_member_reply(engine: Engine, organization_id: int, account_id: int, today: date,
                        spec: dict[str, Any], outbound: Outbound) -> dict[str, Any]:
    """A member writes in the thread of the account's most recent task (scenario replays)."""
    with session_factory(engine)() as session:
        member = session.scalar(select(Member).where(
            Member.organization_id == organization_id,
            func.lower(Member.email) == str(spec["from"]).lower()))
        task = session.scalar(select(Task).where(Task.account_id == account_id)
                              .order_by(Task.id.desc()).limit(1))
        if member is None:
            raise ThreadError(f"{spec['from']} is not a member")
        if task is None:
            raise ThreadError("the account has no task")
        member_id, task_id = member.id, task.id
    return post_member_message(engine, organization_id, task_id, member_id,
                               str(spec.get("body") or ""), today, outbound=outbound)
