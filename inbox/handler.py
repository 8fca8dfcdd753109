"""The one entry point for inbound mail, whatever brought it (IMAP, a webhook, a replay).

The raw message is stored first, before any parsing, under a key derived from its
Message-ID (or its bytes), so each message is handled once even across restarts, and a
message that cannot be processed is kept raw and flagged, never dropped. Then it is parsed,
its new text separated from the quoted history, checked for automatic replies, matched to an
account, and handed to the reply graph.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from agent.brain import Brain, get_brain
from agent.checkpoints import checkpointer_for
from agent.graph import REPLY_RECURSION_LIMIT, reply_graph
from agent.guards.policy import PolicySet
from agent.runtime import RunContext
from agent.scheduler import org_policies
from agent.state import reply_input
from agent.tools.contacts import contacts_for_bounce, mark_bounced, mark_complained
from agent.tools.outbound import Outbound
from agent.tools.tasks import open_task
from inbox.autoreply import auto_reply_headers, auto_reply_subject
from inbox.bounces import Bounce
from inbox.bounces import detect as detect_bounce
from inbox.matching import match_message
from inbox.mime import ParsedMessage, parse_message
from inbox.quotes import split_reply
from store.db import session_factory, transaction
from store.models import Communication, Member, Organization, Task
from store.queries import record_event

_MESSAGE_ID = re.compile(rb"^message-id:\s*(<[^>\r\n]+>)", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Received:
    communication_id: int
    duplicate: bool
    outcome: str  # reply | member | unmatched | bounce | duplicate
    account_id: int | None = None
    intent: str | None = None


def inbound_key(raw: bytes) -> str:
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    found = _MESSAGE_ID.search(head)
    if found:
        return "in:" + found.group(1).decode("ascii", "replace").strip().lower()
    return "in:sha256:" + hashlib.sha256(raw).hexdigest()


def store_raw(session: Session, organization_id: int, raw: bytes, today: date) -> tuple[
        Communication, bool]:
    key = inbound_key(raw)
    existing = session.scalar(select(Communication).where(
        Communication.organization_id == organization_id,
        Communication.idempotency_key == key))
    if existing is not None:
        return existing, False
    comm = Communication(organization_id=organization_id, channel="email", direction="in",
                         status="received", kind="unprocessed", raw=raw, on_date=today,
                         idempotency_key=key)
    session.add(comm)
    session.flush()
    return comm, True


def _fill(comm: Communication, msg: ParsedMessage, new_text: str) -> None:
    comm.sender = msg.from_address
    comm.recipient = ", ".join(msg.to) or None
    comm.subject = msg.subject
    comm.body = new_text
    comm.message_id = msg.message_id
    comm.in_reply_to = msg.in_reply_to[0] if msg.in_reply_to else None
    comm.thread_key = (msg.references[0] if msg.references else comm.in_reply_to
                       or msg.message_id)


def apply_bounce(session: Session, org: Organization, comm: Communication, bounce: Bounce,
                 today: date, outbound: Outbound) -> None:
    contacts = contacts_for_bounce(session, org, bounce.recipients,
                                   bounce.original_message_id)
    if contacts:
        comm.account_id = contacts[0].account_id
    if bounce.original_message_id:
        original = session.scalar(select(Communication).where(
            Communication.organization_id == org.id,
            Communication.message_id == bounce.original_message_id))
        if original is not None and bounce.kind == "hard":
            original.status = "bounced"
    for contact in contacts:
        if bounce.kind == "hard":
            mark_bounced(session, org, contact, today, outbound, status=bounce.status,
                         diagnostic=bounce.diagnostic, communication_id=comm.id)
        elif bounce.kind == "complaint":
            mark_complained(session, org, contact, today)
        else:
            record_event(session, org.id, "soft_bounce",
                         f"{contact.email}: temporary failure {bounce.status or ''} "
                         f"{bounce.diagnostic or ''}; nothing invalidated, delivery retried "
                         "by the next message".strip(), account_id=contact.account_id,
                         on_date=today, data={"contact_id": contact.id})
    if not contacts:
        record_event(session, org.id, "bounce_unmatched",
                     f"{bounce.kind} bounce for {', '.join(bounce.recipients) or 'unknown'}: "
                     "no contact has this address", on_date=today,
                     data={"communication_id": comm.id})


def receive(engine: Engine, organization_id: int, raw: bytes, today: date, *,
            outbound: Outbound, brain: Brain | None = None,
            policies: PolicySet | None = None) -> Received:
    with transaction(engine) as session:
        comm, created = store_raw(session, organization_id, raw, today)
        comm_id = comm.id
        if not created and comm.kind != "unprocessed":
            return Received(comm_id, True, "duplicate", comm.account_id, comm.intent)
    try:
        return _process(engine, organization_id, comm_id, today, outbound=outbound,
                        brain=brain or get_brain(), policies=policies)
    except Exception as exc:
        with transaction(engine) as session:
            stored = session.get(Communication, comm_id)
            assert stored is not None
            stored.flagged = f"processing failed: {type(exc).__name__}: {exc}"
            record_event(session, organization_id, "inbound_failed", stored.flagged,
                         account_id=stored.account_id, on_date=today,
                         data={"communication_id": comm_id})
        raise


def _process(engine: Engine, organization_id: int, comm_id: int, today: date, *,
             outbound: Outbound, brain: Brain, policies: PolicySet | None) -> Received:
    factory = session_factory(engine)
    # set the checkpointer up before any transaction is open: the Postgres saver's setup
    # builds indexes CONCURRENTLY, which waits for every open transaction, ours included
    checkpointer_for(engine.url.render_as_string(hide_password=False))
    # no `with session.begin()`: answers and notifications commit around their hand-over
    with factory() as session:
        received = _handle(session, organization_id, comm_id, today, engine=engine,
                           outbound=outbound, brain=brain, policies=policies)
        session.commit()
        member_post = None
        if received.outcome == "member":
            comm = session.get(Communication, comm_id)
            assert comm is not None
            member_post = (comm.task_id, comm.member_id, comm.body or "")
    if member_post is not None:
        from agent.thread import post_member_message

        task_id, member_id, text = member_post
        post_member_message(engine, organization_id, task_id, member_id, text, today,
                            outbound=outbound, brain=brain)
    return received


_TASK_REF = re.compile(r"\[task #(\d+)\]|/tasks/(\d+)", re.IGNORECASE)


def _member_task(session: Session, organization_id: int, msg: ParsedMessage) -> tuple[
        int | None, int | None]:
    """A member answering one of our notifications: (member id, task id)."""
    if not msg.from_address:
        return None, None
    member_id = session.scalar(select(Member.id).where(
        Member.organization_id == organization_id,
        func.lower(Member.email) == msg.from_address.lower()))
    if member_id is None:
        return None, None
    ids = [i for i in (*msg.in_reply_to, *msg.references) if i]
    if ids:
        task_id = session.scalar(select(Communication.task_id).where(
            Communication.organization_id == organization_id,
            Communication.message_id.in_(ids), Communication.task_id.is_not(None))
            .order_by(Communication.id.desc()).limit(1))
        if task_id is not None:
            return member_id, task_id
    found = _TASK_REF.search(f"{msg.subject}\n{msg.text}")
    if found:
        task_id = int(found.group(1) or found.group(2))
        owned = session.scalar(select(Task.id).where(Task.id == task_id,
                                                     Task.organization_id == organization_id))
        return member_id, owned
    return member_id, None


def _handle(session: Session, organization_id: int, comm_id: int, today: date, *,
            engine: Engine, outbound: Outbound, brain: Brain,
            policies: PolicySet | None) -> Received:
    comm = session.get(Communication, comm_id)
    org = session.get(Organization, organization_id)
    assert comm is not None and org is not None and comm.raw is not None
    msg = parse_message(comm.raw)
    new_text, _quoted = split_reply(msg.text)
    _fill(comm, msg, new_text)
    if msg.defects:
        comm.flagged = "; ".join(msg.defects)[:2000]
    bounce = detect_bounce(comm.raw)
    if bounce.kind != "none":
        comm.kind = "complaint" if bounce.kind == "complaint" else "bounce"
        apply_bounce(session, org, comm, bounce, today, outbound)
        return Received(comm_id, False, "bounce", comm.account_id)
    verdict = auto_reply_headers(msg.headers)
    comm.auto_submitted = verdict.automatic or auto_reply_subject(msg.subject)
    member_id, task_id = _member_task(session, organization_id, msg)
    if member_id is not None and task_id is not None and not comm.auto_submitted:
        # a finance member answering a notification: it goes to the task's thread
        comm.kind, comm.member_id, comm.task_id = "member_reply", member_id, task_id
        return Received(comm_id, False, "member")
    match = match_message(session, organization_id, msg, msg.text)
    if match.account_id is None:
        comm.kind = "unmatched"
        comm.flagged = "no account matches this message"
        task, _ = open_task(
            session, org=org, account=None, reason="unmatched_message",
            subject=f"Unmatched message from {msg.from_address or 'unknown sender'}",
            agent_message=(f"A message from {msg.from_address or 'an unknown sender'} "
                           f"(“{msg.subject}”) matches no account. Read it and tell the "
                           "agent which account it belongs to."),
            key=f"task:unmatched:{comm_id}", today=today, outbound=outbound,
            communication_id=comm_id)
        return Received(comm_id, False, "unmatched")
    comm.kind = "reply"
    comm.account_id = match.account_id
    comm.contact_id = match.contact_id
    record_event(session, organization_id, "inbound_matched",
                 f"message from {msg.from_address} matched by {match.method}",
                 account_id=match.account_id, on_date=today,
                 data={"communication_id": comm_id})
    context = RunContext(session=session, today=today, outbound=outbound, brain=brain,
                         policies=policies or org_policies(org.settings))
    url = engine.url.render_as_string(hide_password=False)
    state = reply_graph(checkpointer_for(url)).invoke(
        reply_input(comm_id, match.account_id, today.isoformat()), context=context,
        config={"recursion_limit": REPLY_RECURSION_LIMIT,
                "configurable": {"thread_id": f"account:{match.account_id}"}})
    return Received(comm_id, False, "reply", match.account_id, state.get("intent"))
