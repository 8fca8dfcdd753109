"""The dashboard: the portfolio at a glance for a credit controller."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from api.deps import Caller, get_session, get_today, page_caller
from api.web import render
from api.web.charts import aging_chart, collected_chart
from store.metrics import PROMISES_DUE_DAYS, dashboard_metrics

router = APIRouter(include_in_schema=False)


@router.get("/")
def dashboard(request: Request, caller: Caller = Depends(page_caller),
              session: Session = Depends(get_session),
              today: date = Depends(get_today)) -> Response:
    metrics = dashboard_metrics(session, caller.organization_id, today,
                                member_id=caller.member.id)
    charts = {
        c.currency: {"aging": aging_chart(c), "collected": collected_chart(c)}
        for c in metrics.currencies
    }
    return render(request, "dashboard.html", caller, metrics=metrics, charts=charts,
                  promises_due_days=PROMISES_DUE_DAYS)
