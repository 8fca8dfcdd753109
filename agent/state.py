"""Graph states: small and JSON-primitive (ids, dates as ISO strings, labels), never whole
emails or ORM objects. What a node needs beyond that it reads from the store."""

from __future__ import annotations

from typing import TypedDict


class FollowupState(TypedDict, total=False):
    account_id: int
    today: str  # ISO date
    kind: str  # followup | courtesy
    step: int  # follow-up number in the plan (1-based)
    stops: list[str]  # reasons the account is not followed up today
    channel: str  # email | letter
    recipients: list[int]  # contact ids (0 = the account's own postal address)
    tone: str | None
    communication_ids: list[int]
    outcome: str  # sent | skipped | task | nothing
    detail: str


class ReplyState(TypedDict, total=False):
    communication_id: int  # the inbound message, stored by the inbox
    account_id: int
    today: str
    intent: str | None
    promise_date: str | None
    promise_amount: str | None  # decimal string
    return_date: str | None
    new_email: str | None
    requests: list[str]
    answer_kind: str | None  # promise_ack | remittance_request | statement | bank_details
    attachments: list[str]  # file paths of invoice copies to send
    promise_id: int | None
    answer_id: int | None
    task_id: int | None
    outcome: str | None


def reply_input(communication_id: int, account_id: int, today: str) -> ReplyState:
    """A full input: every key set, so nothing of an earlier message in the same checkpointed
    conversation carries over."""
    return ReplyState(
        communication_id=communication_id, account_id=account_id, today=today, intent=None,
        promise_date=None, promise_amount=None, return_date=None, new_email=None,
        requests=[], answer_kind=None, attachments=[], promise_id=None, answer_id=None,
        task_id=None, outcome=None)


class ThreadState(TypedDict, total=False):
    task_id: int
    member_id: int
    message_id: int  # the member's TaskMessage being answered
    today: str
    language: str  # the member's language: answers are in it
    calls: list[dict]  # [{"name": tool, "args": {...}}] with JSON-primitive args
    question: str | None
    actions: list[dict]
    failures: list[str]
    declined: bool
    outcome: str | None


def thread_input(task_id: int, member_id: int, message_id: int, today: str) -> ThreadState:
    return ThreadState(task_id=task_id, member_id=member_id, message_id=message_id,
                       today=today, language="en", calls=[], question=None, actions=[],
                       failures=[], declined=False, outcome=None)
