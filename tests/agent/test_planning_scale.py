"""Planning at scale: the pre-filter and the fast dry-run plan decide exactly what the graph
decides, on a synthetic portfolio of a few hundred accounts; batched reads equal
per-account reads."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from agent.context import load_context
from agent.planner import load_contexts
from agent.scheduler import run_day
from store.db import session_factory, transaction
from store.models import (
    Account,
    Event,
    Organization,
    Payment,
    Promise,
    SchedulerRun,
    Task,
)
from store.queries import account_docs, docs_by_account, positions, record_event
from store.synth import synthesize

TODAY = date(2026, 11, 16)


@pytest.fixture
def portfolio(engine):  # type: ignore[no-untyped-def]
    report = synthesize(engine, accounts=250, invoices=2500, seed=11, today=TODAY)
    with transaction(engine) as s:
        open_tasks = list(s.scalars(select(Task).where(Task.status != "closed")
                                    .order_by(Task.id)))
        assert len(open_tasks) >= 2
        settled, promised = open_tasks[0].account_id, open_tasks[1].account_id
        # promises: one on the account about to be paid in full, one whose date passed
        # yesterday on an account that still owes (the run keeps or breaks it)
        for account_id, on in ((settled, TODAY + timedelta(days=9)),
                               (promised, TODAY - timedelta(days=1))):
            s.add(Promise(account_id=account_id, amount=Decimal("100.00"), currency="EUR",
                          promised_date=on, created_on=TODAY - timedelta(days=7),
                          idempotency_key=f"test-promise-{account_id}"))
        # paid in full while a task and a promise are open: the run settles the case
        for currency, position in positions(s, settled, TODAY).items():
            if position.balance > 0:
                s.add(Payment(organization_id=report.organization_id, account_id=settled,
                              external_id=f"settle-{settled}-{currency}",
                              amount=position.balance, currency=currency, value_date=TODAY))
    return report.organization_id


def _same(engine, graph, planned) -> bool:  # type: ignore[no-untyped-def]
    """Equal decisions. A task the graph opens inside a dry run is rolled back with it, and
    so is its id (a "new task" in the plan); ids of tasks that exist must match."""
    with session_factory(engine)() as s:
        real = set(s.scalars(select(Task.id)))

    def norm(d):  # type: ignore[no-untyped-def]
        return replace(d, detail=re.sub(
            r"task #(\d+)", lambda m: m.group(0) if int(m.group(1)) in real else "new task",
            d.detail))

    return norm(graph) == norm(planned)


@pytest.mark.parametrize("day", [TODAY, date(2026, 11, 21)])  # a Monday and a Saturday
def test_prefilter_and_fast_plan_decide_like_the_graph(engine, portfolio, day):
    full = run_day(engine, portfolio, day, dry_run=True, strict=True, prefilter=False,
                   fast=False)
    filtered = run_day(engine, portfolio, day, dry_run=True, strict=True, fast=False)
    fast = run_day(engine, portfolio, day, dry_run=True, strict=True)
    by_account = {d.account_id: d for d in full}
    assert len(full) == 250
    assert [d.account_id for d in filtered] == [d.account_id for d in fast]
    assert filtered.nothing_due == fast.nothing_due == 250 - len(fast) > 0
    for d in filtered:
        assert _same(engine, by_account[d.account_id], d)
    for d in fast:
        assert _same(engine, by_account[d.account_id], d), (by_account[d.account_id], d)
    # nothing the graph would send or escalate is left out
    kept = {d.account_id for d in fast}
    for d in full:
        if d.account_id not in kept:
            assert d.outcome in ("nothing", "not_due", "skipped") and not d.messages, d
    sends = {(d.account_id, m) for d in full for m in d.messages}
    assert sends == {(d.account_id, m) for d in fast for m in d.messages}
    assert bool(sends) == (day.weekday() < 5)  # nothing goes out on a Saturday


def test_courtesy_notices_pass_the_prefilter(engine, portfolio):
    with transaction(engine) as s:
        org = s.get(Organization, portfolio)
        org.settings = {"policies": {"default": {"courtesy_notice": True}}}
    full = run_day(engine, portfolio, TODAY, dry_run=True, strict=True, prefilter=False,
                   fast=False)
    fast = run_day(engine, portfolio, TODAY, dry_run=True, strict=True)
    courtesy = {(d.account_id, m) for d in full for m in d.messages if ": courtesy" in m}
    assert courtesy
    assert courtesy == {(d.account_id, m) for d in fast for m in d.messages
                        if ": courtesy" in m}


def test_a_real_run_counts_the_accounts_with_nothing_due_in_one_event(engine, portfolio,
                                                                        tmp_path):
    from agent.tools.outbound import Outbound
    from channels.outbox import OutboxEmailTransport, OutboxLetterTransport

    plan = run_day(engine, portfolio, TODAY, dry_run=True, strict=True)
    outbound = Outbound(email=OutboxEmailTransport(tmp_path),
                        letters=OutboxLetterTransport(tmp_path))
    done = run_day(engine, portfolio, TODAY, outbound=outbound, strict=True)
    assert {(d.account_id, d.outcome) for d in done if d.outcome == "sent"} == {
        (d.account_id, d.outcome) for d in plan if d.outcome == "sent"}
    with session_factory(engine)() as s:
        (event,) = s.scalars(select(Event).where(Event.kind == "followup_nothing_due"))
        assert event.data == {"accounts": plan.nothing_due, "decided": len(plan)}
        run = s.scalar(select(SchedulerRun))
        assert run.summary["nothing_due"] == plan.nothing_due


def test_batched_reads_equal_per_account_reads(engine, portfolio):
    with session_factory(engine)() as s:
        ids = list(s.scalars(select(Account.id).order_by(Account.id)))
        # a closed case and an auto-reply's return date, which the context reads from events
        record_event(s, portfolio, "case_closed", "closed", account_id=ids[0], on_date=TODAY)
        record_event(s, portfolio, "auto_reply", "away", account_id=ids[1], on_date=TODAY,
                     data={"return_date": "2026-11-20"})
        s.commit()
        batched_docs = docs_by_account(s, ids)
        for account_id in ids:
            key = (lambda d: (d.kind, d.number))  # noqa: E731
            assert sorted(batched_docs[account_id], key=key) == sorted(
                account_docs(s, account_id), key=key)
        org = s.get(Organization, portfolio)
        for ctx in load_contexts(s, org, ids, TODAY):
            one = load_context(s, ctx.account.id, TODAY)
            assert ctx.position == one.position
            assert ctx.extra["positions"] == one.extra["positions"]
            assert [c.id for c in ctx.contacts] == [c.id for c in one.contacts]
            assert [c.id for c in ctx.followups] == [c.id for c in one.followups]
            assert [t.id for t in ctx.open_tasks] == [t.id for t in one.open_tasks]
            assert [p.id for p in ctx.open_promises] == [p.id for p in one.open_promises]
            assert (ctx.case_started_after, ctx.broken_promise_since_last, ctx.last_reply_on,
                    ctx.answered_since_last_followup, ctx.resume_after, ctx.steps_sent,
                    ctx.last_tone) == (
                one.case_started_after, one.broken_promise_since_last, one.last_reply_on,
                one.answered_since_last_followup, one.resume_after, one.steps_sent,
                one.last_tone)
            assert (ctx.last_claim.id if ctx.last_claim else None) == (
                one.last_claim.id if one.last_claim else None)
        assert load_contexts(s, org, [ids[1]], TODAY)[0].resume_after == date(2026, 11, 20)
        assert load_contexts(s, org, [ids[0]], TODAY)[0].case_started_after == TODAY


def test_business_days_between_counts_like_walking_the_calendar():
    import random
    from datetime import timedelta

    from agent.guards.calendar import business_days_between, is_business_day

    rng = random.Random(3)
    for _ in range(300):
        country = rng.choice(("FR", "DE", "GB", "US", "CH", "BE", "AE"))
        start = date(2024, 1, 1) + timedelta(days=rng.randint(0, 1200))
        end = start + timedelta(days=rng.randint(-5, 800))
        walked = sum(is_business_day(start + timedelta(days=i), country)
                     for i in range(1, (end - start).days + 1))
        assert business_days_between(start, end, country) == walked


def test_a_plan_in_several_processes_equals_the_plan_in_one(engine, portfolio, monkeypatch):
    import agent.planner

    one = run_day(engine, portfolio, TODAY, dry_run=True, strict=True)
    # small chunks: the 250 accounts' selection is split over three processes
    monkeypatch.setattr(agent.planner, "CHUNK", 5)
    three = run_day(engine, portfolio, TODAY, dry_run=True, strict=True, processes=3)
    assert len(one) >= 50
    # a task the graph opens inside a dry run gets a new id each time (sequences on PostgreSQL)
    assert len(three) == len(one)
    assert all(_same(engine, a, b) for a, b in zip(one, three, strict=True))
    assert three.nothing_due == one.nothing_due


def test_planning_processes_read_on_their_own_connections_and_keep_the_order(engine,
                                                                             portfolio):
    import os

    from agent.parallel import in_processes

    def work(ids: list[int]) -> list[tuple[int, int, str]]:
        with session_factory(engine)() as s:
            return [(os.getpid(), i, s.get(Account, i).name) for i in ids]

    with session_factory(engine)() as s:
        ids = list(s.scalars(select(Account.id).order_by(Account.id)))
        names = {i: s.get(Account, i).name for i in ids}
    out = in_processes(engine, work, ids, 3, minimum=50)
    assert [i for _, i, _ in out] == ids
    assert all(name == names[i] for _, i, name in out)
    pids = [pid for pid, _, _ in out]
    assert len(set(pids)) == 3 and pids[0] == os.getpid()
    # 120 ids make two shares of at least 50, not three
    assert len({pid for pid, _, _ in in_processes(engine, work, ids[:120], 3, minimum=50)}) == 2


def test_a_failing_planning_process_fails_the_plan(engine, portfolio):
    from agent.parallel import in_processes

    def work(ids: list[int]) -> list[int]:
        if ids[0] != 1:
            raise ValueError(f"cannot plan {ids[0]}")
        return ids

    with pytest.raises(RuntimeError, match="cannot plan"):
        in_processes(engine, work, list(range(1, 101)), 2, minimum=10)


def test_plan_processes_setting(monkeypatch):
    from agent.parallel import default_processes

    monkeypatch.setenv("DUNNING_PLAN_PROCESSES", "3")
    assert default_processes() == 3
    for bad in ("0", "two"):
        monkeypatch.setenv("DUNNING_PLAN_PROCESSES", bad)
        with pytest.raises(ValueError, match="DUNNING_PLAN_PROCESSES"):
            default_processes()
    monkeypatch.delenv("DUNNING_PLAN_PROCESSES")
    assert default_processes() >= 1
