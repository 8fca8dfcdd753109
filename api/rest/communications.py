"""/api/v1/communications: messages sent, scheduled and received; a scheduled one can still
be edited or cancelled."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

from agent.tools.outbound import NotEditable, cancel_scheduled, edit_scheduled
from api.deps import Caller, api_caller, get_session, get_today, owned
from api.rest.common import NOT_FOUND, conflict, invalid, paging, sql_page
from api.rest.schemas import (
    CancelIn,
    CommunicationDetail,
    CommunicationOut,
    CommunicationPatch,
    Page,
)
from store.models import Account, Communication

router = APIRouter(prefix="/api/v1", tags=["communications"], responses=NOT_FOUND)

STATUSES = Literal["scheduled", "sent", "delivered", "bounced", "failed", "cancelled",
                   "received"]
NOT_EDITABLE = {409: {"description": "the message is not scheduled any more (sent, being "
                                     "delivered, cancelled, or inbound)"}}


def _summary(c: Communication, account_name: str | None) -> dict[str, Any]:
    out = {k: getattr(c, k) for k in CommunicationOut.model_fields if k != "account_name"}
    return out | {"account_name": account_name}


def _detail(session: Session, c: Communication) -> dict[str, Any]:
    account = session.get(Account, c.account_id) if c.account_id else None
    # the raw MIME is kept for the record but never served: it may hold anything a sender
    # put in it, and the parsed body says what was read
    return _summary(c, account.name if account else None) | {
        "body": c.body, "message_id": c.message_id, "in_reply_to": c.in_reply_to}


@router.get("/communications", response_model=Page[CommunicationOut],
            summary="List communications")
def list_communications(
    account_id: int | None = Query(None),
    status: STATUSES | None = Query(None),  # type: ignore[valid-type]
    direction: Literal["out", "in"] | None = Query(None),
    channel: Literal["email", "letter"] | None = Query(None),
    kind: str | None = Query(None, max_length=32,
                             description="followup, courtesy, promise_ack, reply, ..."),
    from_: date | None = Query(None, alias="from", description="business date on or after"),
    to: date | None = Query(None, description="business date on or before"),
    pages: tuple[int, int] = Depends(paging),
    caller: Caller = Depends(api_caller), session: Session = Depends(get_session),
) -> dict[str, Any]:
    """Newest first, without bodies (get one message for its body)."""
    if from_ and to and from_ > to:
        raise invalid("from", "is after 'to'", "query")
    query = (select(Communication, Account.name)
             .outerjoin(Account, Account.id == Communication.account_id)
             .where(Communication.organization_id == caller.organization_id))
    for column, value in ((Communication.account_id, account_id),
                          (Communication.status, status),
                          (Communication.direction, direction),
                          (Communication.channel, channel), (Communication.kind, kind)):
        if value is not None:
            query = query.where(column == value)
    if from_:
        query = query.where(Communication.on_date >= from_)
    if to:
        query = query.where(Communication.on_date <= to)
    limit, offset = pages
    rows, total = sql_page(session, query.order_by(Communication.on_date.desc(),
                                                   Communication.id.desc()), limit, offset)
    return {"items": [_summary(c, name) for c, name in rows], "total": total,
            "limit": limit, "offset": offset}


@router.get("/communications/{communication_id}", response_model=CommunicationDetail,
            summary="Get a communication")
def get_communication(communication_id: int, caller: Caller = Depends(api_caller),
                      session: Session = Depends(get_session)) -> dict[str, Any]:
    """With its body (the text as sent, or as read from a reply); never the raw MIME."""
    return _detail(session, owned(session, Communication, communication_id, caller,
                                  "communication"))


@router.patch("/communications/{communication_id}", response_model=CommunicationDetail,
              summary="Edit a scheduled message", responses=NOT_EDITABLE)
def edit_communication(communication_id: int, body: CommunicationPatch,
                       caller: Caller = Depends(api_caller),
                       session: Session = Depends(get_session),
                       today: date = Depends(get_today)) -> dict[str, Any]:
    """Rewrite the subject and/or body of a message that has not left yet. Your words are
    sent as written (the draft check guards only the agent's drafts)."""
    if body.subject is None and body.body is None:
        raise invalid("body", "send a subject, a body, or both")
    for field in ("subject", "body"):
        value = getattr(body, field)
        if value is not None and not value.strip():
            raise invalid(field, "must not be blank")
    comm = owned(session, Communication, communication_id, caller, "communication")
    try:
        edit_scheduled(session, comm, actor=caller.actor, today=today, subject=body.subject,
                       body=body.body)
    except NotEditable as e:
        raise conflict(str(e)) from None
    out = _detail(session, comm)
    session.commit()
    return out


@router.post("/communications/{communication_id}/cancel", response_model=CommunicationDetail,
             summary="Cancel a scheduled message", responses=NOT_EDITABLE)
def cancel_communication(communication_id: int, body: CancelIn | None = None,
                         caller: Caller = Depends(api_caller),
                         session: Session = Depends(get_session),
                         today: date = Depends(get_today)) -> dict[str, Any]:
    """The message stays in the history as `cancelled` and is never sent."""
    comm = owned(session, Communication, communication_id, caller, "communication")
    try:
        cancel_scheduled(session, comm, actor=caller.actor, today=today,
                         why=body.reason if body else None)
    except NotEditable as e:
        raise conflict(str(e)) from None
    out = _detail(session, comm)
    session.commit()
    return out
