"""Small pieces every REST module shares: error answers, paging, the admin check."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import HTTPException, Query
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from api.deps import Caller
from store.models import Account, Member

MAX_LIMIT = 500


def invalid(field: str, message: str, where: str = "body") -> HTTPException:
    """A 422 shaped like FastAPI's own validation errors, naming the field."""
    return HTTPException(422, [{"loc": [where, field], "msg": message, "type": "value_error"}])


def conflict(message: str) -> HTTPException:
    return HTTPException(409, message)


def require_admin(caller: Caller) -> None:
    if caller.member.role != "admin":
        raise HTTPException(403, "only an administrator of the organization can do this")


def paging(limit: int = Query(50, ge=1, le=MAX_LIMIT, description="items per page"),
           offset: int = Query(0, ge=0, description="items to skip")) -> tuple[int, int]:
    return limit, offset


def page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"items": items[offset:offset + limit], "total": len(items), "limit": limit,
            "offset": offset}


def sql_page(session: Session, query: Select, limit: int, offset: int) -> tuple[list[Any], int]:
    """One page of `query`'s rows, and how many rows match in all: large lists are paged by
    the database, not in memory."""
    total = session.scalar(select(func.count()).select_from(
        query.order_by(None).subquery())) or 0
    return list(session.execute(query.limit(limit).offset(offset)).all()), total


def is_paused(account: Account, today: date) -> bool:
    """The stop rule's reading of a member's pause: `paused_until` is the last paused day."""
    return account.paused_indefinitely or (
        account.paused_until is not None and today <= account.paused_until)


def member_ref(member: Member) -> dict[str, Any]:
    return {"id": member.id, "name": member.name, "email": member.email}


# the answer documented for routes that take an id: another organization's id is "not found"
NOT_FOUND = {404: {"description": "no such id in your organization"}}
