"""GET /api/v1/metrics: the dashboard's figures for an integration or a spreadsheet."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, PlainSerializer
from sqlalchemy.orm import Session

from api.deps import Caller, api_caller, get_session, get_today
from store.metrics import CurrencyFigures, DashboardMetrics, dashboard_metrics

router = APIRouter(prefix="/api/v1", tags=["metrics"])

# money leaves as a decimal string: a JSON number would go through a float on most clients
Money = Annotated[Decimal, PlainSerializer(lambda v: str(v), return_type=str)]


class AccountAmountOut(BaseModel):
    account_id: int
    name: str
    amount: Money


class AgingBucketOut(BaseModel):
    key: str
    label: str
    amount: Money
    count: int
    largest: list[AccountAmountOut]


class MonthAmountOut(BaseModel):
    month: dt.date
    amount: Money


class OverdueAccountOut(BaseModel):
    account_id: int
    name: str
    overdue: Money
    balance: Money
    oldest_overdue_days: int


class CurrencyFiguresOut(BaseModel):
    currency: str
    outstanding: Money
    overdue: Money
    accounts_with_balance: int
    aging: list[AgingBucketOut]
    dso_days: Money
    dso_capped: bool
    collected_this_month: Money
    collected_last_month: Money
    collected_by_month: list[MonthAmountOut]
    promises_open: int
    promises_open_amount: Money
    largest_overdue: list[OverdueAccountOut]


class PromiseFiguresOut(BaseModel):
    kept_this_month: int
    broken_this_month: int
    kept_90_days: int
    broken_90_days: int
    open: int


class DuePromiseOut(BaseModel):
    promise_id: int
    account_id: int
    account_name: str
    amount: Money
    currency: str
    promised_date: dt.date


class TaskFiguresOut(BaseModel):
    waiting: int
    by_reason: dict[str, int]
    waiting_for_me: int


class MessageFiguresOut(BaseModel):
    sent: int
    sent_by_channel: dict[str, int]
    replies_received: int
    bounced_contacts: int


class MetricsOut(BaseModel):
    date: dt.date
    currencies: list[CurrencyFiguresOut]
    accounts_with_balance: int
    accounts_paused: int
    promises: PromiseFiguresOut
    promises_due: list[DuePromiseOut]
    tasks: TaskFiguresOut
    messages: MessageFiguresOut


def _currency(c: CurrencyFigures) -> CurrencyFiguresOut:
    return CurrencyFiguresOut(
        currency=c.currency, outstanding=c.outstanding, overdue=c.overdue,
        accounts_with_balance=c.accounts_with_balance,
        aging=[AgingBucketOut(key=b.key, label=b.label, amount=b.amount, count=b.count,
                              largest=[AccountAmountOut(account_id=a.account_id, name=a.name,
                                                        amount=a.amount) for a in b.largest])
               for b in c.aging],
        dso_days=c.dso_days, dso_capped=c.dso_capped,
        collected_this_month=c.collected_this_month,
        collected_last_month=c.collected_last_month,
        collected_by_month=[MonthAmountOut(month=m.month, amount=m.amount)
                            for m in c.collected_by_month],
        promises_open=c.promises_open, promises_open_amount=c.promises_open_amount,
        largest_overdue=[OverdueAccountOut(
            account_id=o.account_id, name=o.name, overdue=o.overdue, balance=o.balance,
            oldest_overdue_days=o.oldest_overdue_days) for o in c.largest_overdue],
    )


def metrics_out(m: DashboardMetrics) -> MetricsOut:
    return MetricsOut(
        date=m.today,
        currencies=[_currency(c) for c in m.currencies],
        accounts_with_balance=m.accounts_with_balance,
        accounts_paused=m.accounts_paused,
        promises=PromiseFiguresOut(
            kept_this_month=m.promises.kept_this_month,
            broken_this_month=m.promises.broken_this_month,
            kept_90_days=m.promises.kept_90_days, broken_90_days=m.promises.broken_90_days,
            open=m.promises.open),
        promises_due=[DuePromiseOut(
            promise_id=p.promise_id, account_id=p.account_id, account_name=p.account_name,
            amount=p.amount, currency=p.currency, promised_date=p.promised_date)
            for p in m.promises_due],
        tasks=TaskFiguresOut(waiting=m.tasks.waiting, by_reason=dict(m.tasks.by_reason),
                             waiting_for_me=m.tasks.waiting_for_member or 0),
        messages=MessageFiguresOut(
            sent=m.messages.sent, sent_by_channel=dict(m.messages.sent_by_channel),
            replies_received=m.messages.replies_received,
            bounced_contacts=m.messages.bounced_contacts),
    )


@router.get("/metrics", response_model=MetricsOut,
            summary="Portfolio figures on a day, per currency")
def get_metrics(on: dt.date | None = Query(None, alias="date",
                                           description="the business date (default: today)"),
                caller: Caller = Depends(api_caller), session: Session = Depends(get_session),
                today: dt.date = Depends(get_today)) -> MetricsOut:
    """Outstanding and overdue, aging buckets, countback DSO, collections for the last six
    months, promises, tasks waiting and this month's messages, for the caller's organization.
    Amounts are decimal strings and are never added across currencies."""
    return metrics_out(dashboard_metrics(session, caller.organization_id, on or today,
                                         member_id=caller.member.id))
