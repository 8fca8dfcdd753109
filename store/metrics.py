"""Portfolio figures for one organization on one day: what the dashboard and the metrics API show.

Read-only. Balances, open amounts and overdue days come from `store.queries.portfolio` (the
ledger's rules: credit applied to the oldest unpaid invoices first, statuses derived), so the
dashboard can never disagree with an account's page. Everything else is an aggregate query
scoped to the organization. Amounts are kept per currency and never added across currencies.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from store.ledger import ZERO, money
from store.models import (
    Account,
    Communication,
    Contact,
    Document,
    Payment,
    Promise,
    Task,
    task_assignees,
)
from store.queries import PortfolioRow, portfolio

# (key, label, lowest days overdue, highest days overdue or None)
AGING_BUCKETS: tuple[tuple[str, str, int, int | None], ...] = (
    ("not_due", "Not yet due", 0, 0),
    ("d1_30", "1–30 days overdue", 1, 30),
    ("d31_60", "31–60 days overdue", 31, 60),
    ("d61_90", "61–90 days overdue", 61, 90),
    ("over_90", "Over 90 days overdue", 91, None),
)
# how far back countback DSO looks for sales; a balance older than this is reported as capped
DSO_LOOKBACK_MONTHS = 24
COLLECTED_MONTHS = 6
PROMISE_WINDOW_DAYS = 90
PROMISES_DUE_DAYS = 7
LARGEST_OVERDUE = 5
LARGEST_PER_BUCKET = 3
# a message counts as sent once it left, whatever happened to it afterwards
SENT_STATUSES = ("sent", "delivered", "bounced")
# messages to our own members (task notifications, the agent's answers in a thread) are not
# collection activity towards customers
MEMBER_KINDS = ("member_notification", "thread_reply")


# -- countback DSO ---------------------------------------------------------------------------

def countback_dso(balance: Decimal, periods: Iterable[tuple[int, Decimal]]) -> Decimal:
    """Days sales outstanding by the countback method.

    `periods` are (days in the period, sales invoiced in it), newest first. Walking back, each
    period whose sales the remaining balance exceeds is counted whole and its sales taken off;
    the period that exhausts the balance counts for the fraction of its days the rest
    represents. A period without sales counts whole (nothing of the balance can come from it).
    When the periods run out first, the answer is every day they cover: the balance is at least
    that old, and the caller can tell by comparing the balance with the total sales.
    """
    remaining = Decimal(balance)
    if remaining <= 0:
        return Decimal(0)
    days_total = Decimal(0)
    for days, sales in periods:
        sales = Decimal(sales)
        if sales > 0 and remaining <= sales:
            return days_total + Decimal(days) * remaining / sales
        remaining -= max(sales, Decimal(0))
        days_total += days
    return days_total


def month_start(day: date) -> date:
    return day.replace(day=1)


def months_back(day: date, n: int) -> date:
    """The first day of the month `n` months before `day`'s month."""
    index = day.year * 12 + day.month - 1 - n
    return date(index // 12, index % 12 + 1, 1)


def _month_end(first: date) -> date:
    return months_back(first, -1) - timedelta(days=1)


def dso_periods(sales_by_day: dict[date, Decimal], today: date,
                months: int = DSO_LOOKBACK_MONTHS) -> list[tuple[int, Decimal]]:
    """(days, sales) per calendar month, newest first: this month up to `today`, then whole
    months."""
    out = []
    for n in range(months):
        first = months_back(today, n)
        last = today if n == 0 else _month_end(first)
        sales = sum((v for d, v in sales_by_day.items() if first <= d <= last), ZERO)
        out.append(((last - first).days + 1, sales))
    return out


# -- the figures ----------------------------------------------------------------------------

@dataclass(frozen=True)
class AccountAmount:
    account_id: int
    name: str
    amount: Decimal


@dataclass(frozen=True)
class AgingBucket:
    key: str
    label: str
    amount: Decimal
    count: int  # open invoices in the bucket
    largest: tuple[AccountAmount, ...]  # the accounts owing most in it, largest first


@dataclass(frozen=True)
class MonthAmount:
    month: date  # first day of the month
    amount: Decimal


@dataclass(frozen=True)
class OverdueAccount:
    account_id: int
    name: str
    overdue: Decimal
    balance: Decimal
    oldest_overdue_days: int


@dataclass(frozen=True)
class CurrencyFigures:
    currency: str
    outstanding: Decimal  # positive balances, credit netted
    overdue: Decimal
    accounts_with_balance: int
    aging: tuple[AgingBucket, ...]
    dso_days: Decimal  # countback, one decimal
    dso_capped: bool  # the balance is older than the sales history looked at
    collected_this_month: Decimal
    collected_last_month: Decimal
    collected_by_month: tuple[MonthAmount, ...]  # oldest first, this month last
    promises_open: int
    promises_open_amount: Decimal
    largest_overdue: tuple[OverdueAccount, ...]


@dataclass(frozen=True)
class PromiseFigures:
    kept_this_month: int
    broken_this_month: int
    kept_90_days: int
    broken_90_days: int
    open: int


@dataclass(frozen=True)
class DuePromise:
    promise_id: int
    account_id: int
    account_name: str
    amount: Decimal
    currency: str
    promised_date: date


@dataclass(frozen=True)
class TaskFigures:
    waiting: int  # action_required
    by_reason: tuple[tuple[str, int], ...]  # most first
    waiting_for_member: int | None  # None when no member was asked about


@dataclass(frozen=True)
class MessageFigures:
    sent_by_channel: tuple[tuple[str, int], ...]
    sent: int
    replies_received: int
    bounced_contacts: int


@dataclass(frozen=True)
class DashboardMetrics:
    today: date
    month: date  # first day of today's month
    currencies: tuple[CurrencyFigures, ...]
    accounts_with_balance: int  # in any currency
    accounts_paused: int
    promises: PromiseFigures
    promises_due: tuple[DuePromise, ...]  # open, due today or in the next days, soonest first
    tasks: TaskFigures
    messages: MessageFigures

    def currency(self, code: str) -> CurrencyFigures | None:
        return next((c for c in self.currencies if c.currency == code), None)


def _bucket_key(days_overdue: int, status: str) -> str:
    if status != "overdue":
        return "not_due"
    for key, _label, low, high in AGING_BUCKETS[1:]:
        if days_overdue >= low and (high is None or days_overdue <= high):
            return key
    raise AssertionError(f"no bucket for {days_overdue} days")  # buckets cover every day


def _ledger_figures(rows: Sequence[PortfolioRow]) -> dict[str, dict]:
    by_currency: dict[str, dict] = defaultdict(lambda: {
        "outstanding": ZERO, "overdue": ZERO, "accounts": 0,
        "buckets": {key: [ZERO, 0, defaultdict(lambda: ZERO)] for key, *_ in AGING_BUCKETS},
        "overdue_accounts": [],
    })
    for row in rows:
        for currency, pos in row.positions.items():
            fig = by_currency[currency]
            if pos.balance > 0:
                fig["outstanding"] += pos.balance
                fig["accounts"] += 1
            overdue = sum((i.open_amount for i in pos.overdue_invoices), ZERO)
            fig["overdue"] += overdue
            if overdue > 0:
                fig["overdue_accounts"].append(OverdueAccount(
                    row.account.id, row.account.name, overdue, pos.balance,
                    pos.oldest_overdue_days))
            for inv in pos.open_invoices:
                bucket = fig["buckets"][_bucket_key(inv.days_overdue, inv.status)]
                bucket[0] += inv.open_amount
                bucket[1] += 1
                bucket[2][(row.account.id, row.account.name)] += inv.open_amount
    return by_currency


def _aging(buckets: dict) -> tuple[AgingBucket, ...]:
    out = []
    for key, label, *_ in AGING_BUCKETS:
        amount, count, per_account = buckets[key]
        largest = sorted(per_account.items(), key=lambda kv: (-kv[1], kv[0][1], kv[0][0]))
        out.append(AgingBucket(key, label, money(amount), count, tuple(
            AccountAmount(acc_id, name, money(v))
            for (acc_id, name), v in largest[:LARGEST_PER_BUCKET])))
    return tuple(out)


def _by_day(session: Session, stmt) -> dict[str, dict[date, Decimal]]:  # type: ignore[no-untyped-def]
    out: dict[str, dict[date, Decimal]] = defaultdict(dict)
    for currency, day, amount in session.execute(stmt):
        out[currency][day] = Decimal(amount)
    return out


def _sum_between(by_day: dict[date, Decimal], first: date, last: date) -> Decimal:
    return money(sum((v for d, v in by_day.items() if first <= d <= last), ZERO))


def dashboard_metrics(session: Session, organization_id: int, today: date,
                      member_id: int | None = None) -> DashboardMetrics:
    """The organization's figures on `today`; `member_id` adds the tasks waiting for them."""
    this_month = month_start(today)
    rows = portfolio(session, organization_id, today)
    ledger = _ledger_figures(rows)

    # sales and collections are summed per day in SQL (portable across SQLite and PostgreSQL,
    # unlike month truncation) and folded into months here
    dso_from = months_back(today, DSO_LOOKBACK_MONTHS - 1)
    sales = _by_day(session, select(Document.currency, Document.issue_date,
                                    func.sum(Document.amount))
                    .where(Document.organization_id == organization_id,
                           Document.kind == "invoice", Document.issue_date >= dso_from,
                           Document.issue_date <= today)
                    .group_by(Document.currency, Document.issue_date))
    collected_from = months_back(today, COLLECTED_MONTHS - 1)
    # a payment dated later than today has not been collected yet, even within this month
    collected = _by_day(session, select(Payment.currency, Payment.value_date,
                                        func.sum(Payment.amount))
                        .where(Payment.organization_id == organization_id,
                               Payment.value_date >= collected_from,
                               Payment.value_date <= today)
                        .group_by(Payment.currency, Payment.value_date))

    org_promises = (select(Promise).join(Account, Account.id == Promise.account_id)
                    .where(Account.organization_id == organization_id))
    open_promises = {
        currency: (count, Decimal(amount))
        for currency, count, amount in session.execute(
            select(Promise.currency, func.count(Promise.id), func.sum(Promise.amount))
            .join(Account, Account.id == Promise.account_id)
            .where(Account.organization_id == organization_id, Promise.status == "open")
            .group_by(Promise.currency))
    }

    currencies = sorted(set(ledger) | set(collected) | set(open_promises))
    figures = []
    for currency in currencies:
        led = ledger[currency]
        balance = money(led["outstanding"])
        periods = dso_periods(sales.get(currency, {}), today)
        dso = countback_dso(balance, periods)
        by_month = tuple(
            MonthAmount(first, _sum_between(collected.get(currency, {}), first,
                                            min(_month_end(first), today)))
            for first in (months_back(today, n) for n in range(COLLECTED_MONTHS - 1, -1, -1)))
        count, amount = open_promises.get(currency, (0, ZERO))
        largest = sorted(led["overdue_accounts"], key=lambda o: (-o.overdue, o.name, o.account_id))
        figures.append(CurrencyFigures(
            currency=currency,
            outstanding=balance,
            overdue=money(led["overdue"]),
            accounts_with_balance=led["accounts"],
            aging=_aging(led["buckets"]),
            dso_days=dso.quantize(Decimal("0.1")),
            dso_capped=balance > sum((s for _, s in periods), ZERO),
            collected_this_month=by_month[-1].amount,
            collected_last_month=by_month[-2].amount,
            collected_by_month=by_month,
            promises_open=count,
            promises_open_amount=money(amount),
            largest_overdue=tuple(
                OverdueAccount(o.account_id, o.name, money(o.overdue), o.balance,
                               o.oldest_overdue_days) for o in largest[:LARGEST_OVERDUE]),
        ))

    resolved: dict[tuple[str, bool], int] = defaultdict(int)
    for status, resolved_on, count in session.execute(
            select(Promise.status, Promise.resolved_on, func.count(Promise.id))
            .join(Account, Account.id == Promise.account_id)
            .where(Account.organization_id == organization_id,
                   Promise.status.in_(("kept", "broken")),
                   Promise.resolved_on > today - timedelta(days=PROMISE_WINDOW_DAYS),
                   Promise.resolved_on <= today)
            .group_by(Promise.status, Promise.resolved_on)):
        resolved[(status, resolved_on >= this_month)] += count
    promises = PromiseFigures(
        kept_this_month=resolved[("kept", True)],
        broken_this_month=resolved[("broken", True)],
        kept_90_days=resolved[("kept", True)] + resolved[("kept", False)],
        broken_90_days=resolved[("broken", True)] + resolved[("broken", False)],
        open=sum(c for c, _ in open_promises.values()),
    )
    due = session.execute(
        org_promises.add_columns(Account.name)
        .where(Promise.status == "open", Promise.promised_date >= today,
               Promise.promised_date <= today + timedelta(days=PROMISES_DUE_DAYS))
        .order_by(Promise.promised_date, Account.name, Promise.id)).all()
    promises_due = tuple(
        DuePromise(p.id, p.account_id, name, money(p.amount), p.currency, p.promised_date)
        for p, name in due)

    waiting = (Task.organization_id == organization_id, Task.status == "action_required")
    by_reason = tuple(
        (reason, count) for reason, count in session.execute(
            select(Task.reason, func.count(Task.id)).where(*waiting).group_by(Task.reason)
            .order_by(func.count(Task.id).desc(), Task.reason)))
    mine = None
    if member_id is not None:
        mine = session.scalar(
            select(func.count(func.distinct(Task.id)))
            .join(task_assignees, task_assignees.c.task_id == Task.id)
            .where(*waiting, task_assignees.c.member_id == member_id)) or 0
    tasks = TaskFigures(sum(c for _, c in by_reason), by_reason, mine)

    in_month = (Communication.organization_id == organization_id,
                Communication.on_date >= this_month, Communication.on_date <= today)
    sent_by_channel = tuple(
        (channel, count) for channel, count in session.execute(
            select(Communication.channel, func.count(Communication.id))
            .where(*in_month, Communication.direction == "out",
                   Communication.status.in_(SENT_STATUSES),
                   Communication.kind.not_in(MEMBER_KINDS))
            .group_by(Communication.channel).order_by(Communication.channel)))
    replies = session.scalar(
        select(func.count(Communication.id))
        .where(*in_month, Communication.direction == "in", Communication.kind == "reply",
               Communication.auto_submitted.is_(False))) or 0
    bounced = session.scalar(
        select(func.count(Contact.id)).join(Account, Account.id == Contact.account_id)
        .where(Account.organization_id == organization_id,
               Contact.email_status == "bounced")) or 0
    messages = MessageFigures(sent_by_channel, sum(c for _, c in sent_by_channel), replies,
                              bounced)

    paused = session.scalar(
        select(func.count(Account.id)).where(
            Account.organization_id == organization_id,
            # the same reading as the stop rule: paused_until is the last paused day
            or_(Account.paused_indefinitely.is_(True),
                and_(Account.paused_until.is_not(None), Account.paused_until >= today)))) or 0

    return DashboardMetrics(
        today=today,
        month=this_month,
        currencies=tuple(figures),
        accounts_with_balance=sum(1 for r in rows if any(
            p.balance > 0 for p in r.positions.values())),
        accounts_paused=paused,
        promises=promises,
        promises_due=promises_due,
        tasks=tasks,
        messages=messages,
    )

