"""Planning at scale: which accounts need a decision today, their contexts read in batches,
and a dry-run plan decided without a graph per account.

- `accounts_to_decide`: a set-based pre-filter, a handful of aggregate queries for the whole
  organization. An account reaches a decision when something may be due (a positive balance
  in a currency with an open invoice overdue or inside a courtesy-notice window) or when the
  run has case work to do on it (an open promise whose date passed, open tasks or promises on
  a settled account, a recent "we paid" to check, a case to close). Every other account would
  end as "nothing owed" or "not due / skipped" without a message, a task or a state change:
  those are counted, not decided one by one.
- `load_contexts`: the `AccountContext` of a chunk of accounts in eight queries, derived by
  the same `build_context` as the per-account `load_context`.
- `plan_chunk`: the dry-run decision of each account through the pure functions of
  `agent.decide`, the ones the graph's nodes call. An account whose decision involves a side
  effect the graph performs (a task, a promise to settle, a review hold, a message already
  stored under its key) is handed back to the caller, which runs the graph for it.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select, text, union_all
from sqlalchemy.orm import Session

from agent import decide
from agent.context import AccountContext, build_context
from agent.guards.policy import PolicySet
from agent.guards.tasks import OPEN_STATUSES
from store.ledger import account_position
from store.models import (
    Account,
    Communication,
    Contact,
    Document,
    Event,
    Organization,
    Payment,
    Promise,
    Task,
)
from store.queries import UNSETTLED, among, docs_by_account, paid_per_document

CHUNK = 2000
# amounts are compared in SQL, where SQLite sums money as floating point: half a cent keeps
# "positive" exact to the cent on both databases
HALF_CENT = Decimal("0.005")
# a "we already paid" is checked for one cadence interval; older claims were settled already
CLAIM_LOOKBACK_DAYS = 90
# what `settle_if_paid` counts as case activity, to close a settled case once
CASE_ACTIVITY = ("followup_sent", "task_created", "promise_recorded")


@dataclass(frozen=True)
class Selection:
    ids: list[int]  # accounts that reach a decision, by id
    total: int  # accounts of the organization

    @property
    def nothing_due(self) -> int:
        return self.total - len(self.ids)


def courtesy_horizon(policies: PolicySet, today: date) -> date | None:
    """The last due date a courtesy notice could be for today, in calendar days: generous
    (weekends and holidays stretch business days), the exact rule runs per account."""
    days = [p.courtesy_days_before for p in (policies.default, *policies.segments.values())
            if p.courtesy_notice]
    return today + timedelta(days=2 * max(days) + 10) if days else None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Reading and deciding a chunk allocates a few hundred thousand short-lived objects
    (rows, amounts, positions, contexts) that reference counting frees; each allocation burst
    would also start the cyclic collector, which walks every live object of the process: that
    was a third of a plan's time. It runs once, after the chunk, instead."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def accounts_to_decide(session: Session, organization_id: int, today: date,
                       policies: PolicySet) -> Selection:
    if session.get_bind().dialect.name == "postgresql":
        # one aggregate over the organization's unsettled documents: its estimated cost
        # crosses the JIT threshold, compiling it costs more than running it
        session.execute(text("SET LOCAL jit = off"))
    with _collector_paused():
        return _accounts_to_decide(session, organization_id, today, policies)


def _accounts_to_decide(session: Session, organization_id: int, today: date,
                        policies: PolicySet) -> Selection:
    d, p, a = Document.__table__, Payment.__table__, Account.__table__
    org = organization_id
    paid_docs = select(p.c.document_id).where(p.c.organization_id == org,
                                              p.c.document_id.is_not(None))
    paid_on, source, _ = paid_per_document(session, p.c.organization_id == org)
    unpaid = d.c.amount - d.c.paid_amount - func.coalesce(paid_on, 0)
    is_invoice = d.c.kind == "invoice"
    open_invoice = and_(is_invoice, unpaid > HALF_CENT)
    # the ledger's balance: open invoices less credit (credit notes not refunded, overpaid
    # invoices, payments on account), per currency
    owed = case((is_invoice, unpaid), else_=-case((unpaid > 0, unpaid), else_=0))
    horizon = courtesy_horizon(policies, today)
    soon = (and_(open_invoice, d.c.due_date >= today, d.c.due_date <= horizon)
            if horizon else literal(False))
    flag = case((and_(open_invoice, d.c.due_date < today), 1), (soon, 1), else_=0)
    # an invoice paid exactly by what was imported, with no payment since, owes nothing and
    # is due for nothing: most documents; they are left out before anything is computed
    # (`UNSETTLED` keeps the others, the payments' documents are added back)
    docs = (select(d.c.account_id, d.c.currency, owed.label("owed"), flag.label("due"))
            .select_from(source)
            .where(d.c.organization_id == org,
                   or_(UNSETTLED, d.c.id.in_(paid_docs))))
    on_account = (select(p.c.account_id, p.c.currency,
                         (-case((p.c.amount > 0, p.c.amount), else_=0)).label("owed"),
                         literal(0).label("due"))
                  .where(p.c.organization_id == org, p.c.document_id.is_(None)))
    rows = union_all(docs, on_account).subquery()
    positive: set[int] = set()
    due: set[int] = set()
    for account_id, flagged in session.execute(
            select(rows.c.account_id, func.max(rows.c.due))
            .group_by(rows.c.account_id, rows.c.currency)
            .having(func.sum(rows.c.owed) > HALF_CENT)).all():
        positive.add(account_id)
        if flagged:
            due.add(account_id)
    in_org = select(a.c.id).where(a.c.organization_id == org)
    promises_passed = set(session.scalars(select(Promise.account_id).where(
        Promise.account_id.in_(in_org), Promise.status == "open",
        Promise.promised_date < today)))
    pending = set(session.scalars(select(Task.account_id).where(
        Task.organization_id == org, Task.status.in_(OPEN_STATUSES),
        Task.account_id.is_not(None)))) | set(session.scalars(select(Promise.account_id).where(
            Promise.account_id.in_(in_org), Promise.status == "open")))
    claims = set(session.scalars(select(Communication.account_id).where(
        Communication.organization_id == org, Communication.direction == "in",
        Communication.intent == "payment_claimed",
        Communication.on_date >= today - timedelta(days=CLAIM_LOOKBACK_DAYS),
        Communication.account_id.is_not(None))))
    closed = (select(Event.account_id, func.max(Event.id).label("last"))
              .where(Event.organization_id == org, Event.kind == "case_closed")
              .group_by(Event.account_id).subquery())
    active = set(session.scalars(
        select(Event.account_id)
        .outerjoin(closed, closed.c.account_id == Event.account_id)
        .where(Event.organization_id == org, Event.kind.in_(CASE_ACTIVITY),
               Event.account_id.is_not(None))
        .group_by(Event.account_id)
        .having(func.max(Event.id) > func.coalesce(func.max(closed.c.last), 0))))
    chosen = due | promises_passed | ((pending | active) - positive) | (claims & positive)
    total = session.scalar(select(func.count()).select_from(a).where(a.c.organization_id == org))
    return Selection(sorted(chosen), total or 0)


def prepare_session(session: Session) -> None:
    """Settings of a planning transaction on PostgreSQL, for its own queries only (`LOCAL`).

    - jit off: a few dozen short queries whose estimated costs cross the JIT threshold;
      compiling them costs more than running them;
    - random_page_cost 1.1: each query reads a chunk's rows through indexes from pages a
      daily run keeps cached; at the default (4, a spinning disk) the planner scans the whole
      documents table to find a few thousand of them by primary key;
    - no parallel workers: the queries last milliseconds, starting workers takes longer."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL jit = off"))
        session.execute(text("SET LOCAL random_page_cost = 1.1"))
        session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))


def _grouped(result: Any) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = defaultdict(list)
    for row in result.all():  # one fetchall: row-by-row iteration costs twice as much
        out[row.account_id].append(row)
    return out


def load_contexts(session: Session, org: Organization, account_ids: list[int],
                  today: date, *, settled: bool = True) -> list[AccountContext]:
    """The contexts of `account_ids` (a chunk: the ids are bound in IN lists), in id order;
    equal, account by account, to what `load_context` reads. `settled=False` leaves out the
    invoices that are exactly paid (see `docs_by_account`): the decision never looks at
    them, and they are most of the rows."""
    a, c = Account.__table__, Contact.__table__
    m, t, pr, e = (Communication.__table__, Task.__table__, Promise.__table__,
                   Event.__table__)
    accounts = list(session.execute(select(a).where(among(session, a.c.id, account_ids))
                                    .order_by(a.c.id)))
    contacts = _grouped(session.execute(
        select(c).where(among(session, c.c.account_id, account_ids))
        .order_by(c.c.account_id, c.c.is_primary.desc(), c.c.id)))
    comms = _grouped(session.execute(
        select(m.c.id, m.c.account_id, m.c.contact_id, m.c.channel, m.c.direction, m.c.status,
               m.c.kind, m.c.plan_step, m.c.tone, m.c.language, m.c.sender, m.c.intent,
               m.c.auto_submitted, m.c.on_date)
        .where(among(session, m.c.account_id, account_ids), m.c.on_date <= today)
        .order_by(m.c.account_id, m.c.on_date, m.c.id)))
    tasks = _grouped(session.execute(
        select(t.c.id, t.c.account_id, t.c.reason, t.c.status)
        .where(among(session, t.c.account_id, account_ids), t.c.status.in_(OPEN_STATUSES))
        .order_by(t.c.id)))
    promises = _grouped(session.execute(
        select(pr.c.id, pr.c.account_id, pr.c.amount, pr.c.currency, pr.c.promised_date,
               pr.c.status, pr.c.created_on, pr.c.resolved_on)
        .where(among(session, pr.c.account_id, account_ids)).order_by(pr.c.id)))
    closed: dict[int, date] = {}
    away: dict[int, dict[str, Any]] = {}
    for row in session.execute(
            select(e.c.account_id, e.c.kind, e.c.on_date, e.c.data)
            .where(among(session, e.c.account_id, account_ids), e.c.on_date <= today,
                   e.c.kind.in_(("case_closed", "auto_reply")))
            .order_by(e.c.id)).all():
        # ascending ids: the last one seen per account is the latest
        if row.kind == "case_closed":
            closed[row.account_id] = row.on_date
        else:
            away[row.account_id] = row.data
    docs = docs_by_account(session, account_ids, settled=settled)
    return [
        build_context(
            org, account, today, account_position(docs[account.id], today),
            contacts=contacts.get(account.id, []), closed=closed.get(account.id),
            comms=comms.get(account.id, []), open_tasks=tasks.get(account.id, []),
            promises=promises.get(account.id, []), auto_reply=away.get(account.id))
        for account in accounts
    ]


@dataclass(frozen=True)
class Planned:
    """A dry-run decision: the fields of `agent.scheduler.Decision`; the idempotency keys its
    messages would be stored under; the tasks it needs to exist (`needs`: reconcile's
    escalations, else only the graph can tell) or opens (`opens`: reason and key)."""

    account_id: int
    account: str
    outcome: str
    detail: str
    messages: tuple[str, ...] = ()
    keys: tuple[str, ...] = field(default=(), compare=False)
    needs: tuple[str, ...] = field(default=(), compare=False)
    opens: tuple[str, str] | None = field(default=None, compare=False)


def decide_account(ctx: AccountContext, policies: PolicySet, today: date,
                   now: datetime | None) -> Planned | None:
    """The dry-run decision for one account, or None when only the graph can tell (its
    reconcile step settles a promise whose date passed, or a message is held for review). Stored
    messages and tasks are the caller's to look up (`keys`, `needs`, `opens`)."""
    policy = policies.for_segment(ctx.account.segment)
    graph_only, ctx, needs = decide.reconcile_work(ctx, policy, today)
    if graph_only:
        return None
    account_id, name = ctx.account.id, ctx.account.name
    halt = decide.before_due(ctx, policy, now)
    if halt is not None:
        return Planned(account_id, name, halt.outcome, halt.detail, needs=needs)
    due = decide.due_today(ctx, policy, today)
    if due.action == "no_response":
        return Planned(account_id, name, "task", "", needs=needs,
                       opens=("no_response", decide.task_key("no_response", ctx)))
    if due.halt is not None:
        return Planned(account_id, name, due.halt.outcome, due.halt.detail, needs=needs)
    kind, step = ("courtesy", 0) if due.action == "courtesy" else ("followup", due.step)
    chosen = decide.recipients(ctx, policy, today, kind)
    if chosen.halt is not None:
        return Planned(account_id, name, chosen.halt.outcome, chosen.halt.detail, needs=needs)
    if chosen.action == "missing_contact":
        return Planned(account_id, name, "task", "", needs=needs,
                       opens=("missing_contact", decide.task_key("missing_contact", ctx)))
    if kind == "followup" and policy.review_hold_hours:
        return None
    messages = decide.planned_messages(
        ctx, today, kind=kind, step=step, tone=decide.tone(ctx, policy, kind, step),
        channel=chosen.action, recipient_ids=chosen.ids)
    return Planned(account_id, name, "sent",
                   ", ".join(decide.message_label(msg) for msg in messages),
                   tuple(decide.message_line(msg) for msg in messages),
                   keys=tuple(msg.key for msg in messages), needs=needs)


def _existing(session: Session, column: Any, keys: list[str], value: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for i in range(0, len(keys), CHUNK):
        found.update(session.execute(select(column, value).where(
            among(session, column, keys[i:i + CHUNK]))).all())
    return found


def plan_chunk(session: Session, org: Organization, account_ids: list[int], today: date,
               policies: PolicySet, now: datetime | None,
               graph: Callable[[int], Any]) -> list[Any]:
    """Dry-run decisions of a chunk of accounts, in id order; `graph(account_id)` decides an
    account the planner hands back, and one whose message is already stored (a rerun, a
    bounce, a cancelled message: the graph knows what that means) or whose reconcile step
    would open an escalation."""
    with _collector_paused():
        # the chunk's contexts are gone when the collector runs again: it has little to walk
        return _plan_chunk(session, org, account_ids, today, policies, now, graph)


def _plan_chunk(session: Session, org: Organization, account_ids: list[int], today: date,
                policies: PolicySet, now: datetime | None,
                graph: Callable[[int], Any]) -> list[Any]:
    contexts = load_contexts(session, org, account_ids, today, settled=False)
    planned = [decide_account(ctx, policies, today, now) for ctx in contexts]
    stored = _existing(session, Communication.idempotency_key,
                       [k for p in planned if p is not None for k in p.keys], Communication.id)
    tasks = _existing(session, Task.idempotency_key,
                      [k for p in planned if p is not None
                       for k in (*p.needs, *([p.opens[1]] if p.opens else []))], Task.id)
    out = []
    for ctx, p in zip(contexts, planned, strict=True):
        if p is None or any(k in stored for k in p.keys) or any(
                k not in tasks for k in p.needs):
            out.append(graph(ctx.account.id))
        elif p.opens is not None:
            reason, key = p.opens
            outcome, detail = decide.task_outcome(reason, tasks.get(key), key not in tasks)
            out.append(replace(p, outcome=outcome, detail=detail))
        else:
            out.append(p)
    return out
