"""GET /api/v1/plan: what the agent would do on a day, without doing it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from fastapi import APIRouter, Depends, Query
from sqlalchemy import Engine

from agent.scheduler import run_day
from api.deps import Caller, api_caller, get_engine, get_today
from api.rest.schemas import PlanOut

router = APIRouter(prefix="/api/v1", tags=["plan"])


@router.get("/plan", response_model=PlanOut, summary="The plan of a day (dry run)")
def get_plan(on: date | None = Query(None, alias="date",
                                     description="YYYY-MM-DD (default: tomorrow)"),
             caller: Caller = Depends(api_caller), engine: Engine = Depends(get_engine),
             today: date = Depends(get_today)) -> dict[str, Any]:
    """The daily run for every account on that day, as a dry run: each account's outcome
    (sent, skipped, not_due, task, nothing) with its reason, and one line per message that
    would go out. Nothing is sent and nothing is written."""
    day = on or today + timedelta(days=1)
    decisions = run_day(engine, caller.organization_id, day, dry_run=True)
    return {"date": day, "decisions": [
        {"account_id": d.account_id, "account": d.account, "outcome": d.outcome,
         "detail": d.detail, "messages": list(d.messages)} for d in decisions]}
