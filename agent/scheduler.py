"""The daily run: the follow-up graph once for every account of an organization."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from agent import decide
from agent.brain import Brain, get_brain
from agent.graph import FOLLOWUP_RECURSION_LIMIT, followup_graph
from agent.guards.policy import PolicySet, load_policies
from agent.parallel import in_processes, share
from agent.runtime import RunContext
from agent.tools.outbound import Outbound, retry_pending
from channels.factory import email_transport, letter_transport
from channels.outbox import RecordingTransport
from store.db import session_factory
from store.models import Account, Communication, SchedulerRun, utcnow
from store.queries import record_event


@dataclass(frozen=True)
class Decision:
    account_id: int
    account: str
    outcome: str  # sent | skipped | not_due | task | nothing
    detail: str
    messages: tuple[str, ...] = ()  # one line per message (dry runs)


def default_outbound() -> Outbound:
    return Outbound(email=email_transport(), letters=letter_transport())


def org_policies(org_settings: dict | None) -> PolicySet:
    """Policies: the organization's own (settings["policies"]), else `DUNNING_POLICY_FILE`,
    else the built-in default policy."""
    if org_settings and org_settings.get("policies"):
        return load_policies(org_settings["policies"])
    path = os.environ.get("DUNNING_POLICY_FILE")
    return load_policies(Path(path) if path else None)


def run_account(session: Session, account_id: int, day: date, *, outbound: Outbound,
                brain: Brain, policies: PolicySet, dry_run: bool = False,
                now: datetime | None = None) -> dict:
    context = RunContext(session=session, today=day, outbound=outbound, brain=brain,
                         policies=policies, dry_run=dry_run, now=now)
    return followup_graph().invoke(
        {"account_id": account_id, "today": day.isoformat()},
        context=context, config={"recursion_limit": FOLLOWUP_RECURSION_LIMIT},
    )


class DayPlan(list[Decision]):
    """The decisions of a day, and how many accounts had nothing due: those are counted by
    the pre-filter (`agent.planner.accounts_to_decide`), not decided one by one."""

    nothing_due: int = 0


def _graph_decision(factory: sessionmaker[Session], organization_id: int, account_id: int,
                    day: date, *, outbound: Outbound | None, brain: Brain,
                    policies: PolicySet, dry_run: bool, now: datetime | None,
                    strict: bool,
                    finish: Callable[[Session, Decision], object] | None = None) -> Decision:
    """One account through the follow-up graph in its own transaction. `finish` writes in
    that transaction, before its commit (a worker's lease marked done)."""
    recorder = RecordingTransport()
    used = Outbound(email=recorder, letters=recorder, durable=False) if dry_run else (
        outbound or default_outbound())
    with factory() as session:
        # no `with session.begin()`: a send commits its attempt and outcome mid-run
        try:
            state = run_account(session, account_id, day, outbound=used, brain=brain,
                                policies=policies, dry_run=dry_run, now=now)
            account = session.get(Account, account_id)
            lines: tuple[str, ...] = ()
            if dry_run:
                comms = [session.get(Communication, i)
                         for i in state.get("communication_ids", [])]
                lines = tuple(decide.message_line(c) for c in comms if c is not None)
            decision = Decision(account_id, account.name if account else "?",
                                state.get("outcome", "nothing"), state.get("detail", ""),
                                lines)
        except Exception as exc:
            session.rollback()
            if strict:
                raise
            failed = Decision(account_id, str(account_id), "error",
                              f"{type(exc).__name__}: {exc}")
            if not dry_run:
                with factory() as log_session, log_session.begin():
                    record_event(log_session, organization_id, "account_failed",
                                 f"{type(exc).__name__}: {exc}", account_id=account_id,
                                 on_date=day)
                    if finish is not None:
                        finish(log_session, failed)
            return failed
        if dry_run:
            session.rollback()
        else:
            if finish is not None:
                finish(session, decision)
            session.commit()
    return decision


def run_day(engine: Engine, organization_id: int, day: date, *,
            outbound: Outbound | None = None, brain: Brain | None = None,
            dry_run: bool = False, now: datetime | None = None,
            account_ids: list[int] | None = None, strict: bool = False,
            prefilter: bool = True, fast: bool | None = None,
            shard: tuple[int, int] | None = None, processes: int = 1) -> DayPlan:
    """Decide every account that may need it, one transaction per account so that one
    account's failure never undoes another's sends. A real run of the whole day goes through
    account leases (`_leased_day`): several workers may run it side by side. A failing
    account is rolled back, logged and reported (`strict` re-raises instead, for tests and
    evals). A dry run does the same work against recording transports and rolls every
    transaction back.

    `prefilter`: without explicit `account_ids`, only the accounts the set-based pre-filter
    selects are decided; the others (nothing owed, nothing due) are counted in
    `DayPlan.nothing_due` and, on a real run, in one `followup_nothing_due` event. `fast`
    (default: on for dry runs): decide through `agent.decide` on contexts read in batches,
    without a graph per account, except for the accounts whose decision the graph must make.
    `shard` (i, n), fast dry runs only: plan the i-th of n equal shares of the selected
    accounts, so that n processes plan the day side by side (a dry run writes nothing, not
    even leases: the shares are fixed instead). `processes`, fast dry runs only: plan the
    selected accounts in that many processes of this one (`agent.parallel`).
    """
    from agent.planner import CHUNK, plan_chunk, prepare_session
    from store.models import Organization

    brain = brain or get_brain()
    fast = dry_run if fast is None else (fast and dry_run)
    factory = session_factory(engine)
    if not dry_run and not account_ids:
        return _leased_day(engine, organization_id, day, outbound=outbound, brain=brain,
                           now=now, strict=strict, prefilter=prefilter)
    decisions = DayPlan()
    with factory() as session:
        org = session.get(Organization, organization_id)
        if org is None:
            raise LookupError(f"no organization {organization_id}")
        policies = org_policies(org.settings)
        if account_ids:
            ids = list(account_ids)
        else:
            ids, decisions.nothing_due = _day_selection(session, organization_id, day,
                                                        policies, prefilter)
        already = session.scalar(select(SchedulerRun).where(
            SchedulerRun.organization_id == organization_id, SchedulerRun.run_date == day))
    if not dry_run:
        # what an earlier run left scheduled (retries, interrupted attempts) goes first
        with factory() as session:
            org = session.get(Organization, organization_id)
            retry_pending(session, org, outbound or default_outbound(), on_date=day)
            session.commit()

    def graph(account_id: int) -> Decision:
        return _graph_decision(factory, organization_id, account_id, day, outbound=outbound,
                               brain=brain, policies=policies, dry_run=dry_run, now=now,
                               strict=strict)

    if fast:
        if shard is not None:
            ids = share(ids, *shard)

        def plan(part: list[int]) -> list[Decision]:
            planned_share: list[Decision] = []
            with factory() as session:
                org = session.get(Organization, organization_id)
                assert org is not None
                prepare_session(session)
                for i in range(0, len(part), CHUNK):
                    planned_share.extend(
                        p if isinstance(p, Decision) else Decision(
                            p.account_id, p.account, p.outcome, p.detail, p.messages)
                        for p in plan_chunk(session, org, part[i:i + CHUNK], day, policies,
                                            now, graph))
                    # the chunk's contexts are done with: memory stays flat
                    session.expunge_all()
                session.rollback()
            return planned_share

        decisions.extend(in_processes(engine, plan, ids, processes, minimum=2 * CHUNK))
    else:
        decisions.extend(graph(account_id) for account_id in ids)
    if not dry_run:
        with factory() as session, session.begin():
            summary: dict[str, int] = {}
            for d in decisions:
                summary[d.outcome] = summary.get(d.outcome, 0) + 1
            if decisions.nothing_due:
                summary["nothing_due"] = decisions.nothing_due
                record_event(session, organization_id, "followup_nothing_due",
                             f"{decisions.nothing_due} account(s) with nothing due today: "
                             "nothing owed, or nothing overdue and no courtesy notice due",
                             on_date=day, data={"accounts": decisions.nothing_due,
                                                "decided": len(ids)})
            if already is None:
                session.add(SchedulerRun(organization_id=organization_id, run_date=day,
                                         finished_at=utcnow(), summary=summary))
            else:
                run = session.get(SchedulerRun, already.id)
                if run is not None:
                    run.finished_at = utcnow()
                    run.summary = summary
    return decisions


def _day_selection(session: Session, organization_id: int, day: date, policies: PolicySet,
                   prefilter: bool) -> tuple[list[int], int]:
    """The accounts the day decides, in id order, and how many have nothing due: the
    pre-filter's choice, or (`prefilter=False`) every account of the organization."""
    if prefilter:
        from agent.planner import accounts_to_decide

        selection = accounts_to_decide(session, organization_id, day, policies)
        return selection.ids, selection.nothing_due
    return list(session.scalars(select(Account.id).where(
        Account.organization_id == organization_id).order_by(Account.id))), 0


def _leased_day(engine: Engine, organization_id: int, day: date, *, outbound: Outbound | None,
                brain: Brain, now: datetime | None, strict: bool, prefilter: bool) -> DayPlan:
    """This worker's share of the day's real run: the accounts it could lease, each decided
    once and marked done in the transaction that ends its decision. Returns when no free
    account is left; the day is finished (its `SchedulerRun`, the nothing-due event) by the
    worker that marks the last account done, and a worker that finds it finished does
    nothing. Accounts leased by a live worker are left to it; a dead worker's are taken over
    once its leases expire."""
    from agent import leases
    from store.models import Organization

    factory = session_factory(engine)
    outbound = outbound or default_outbound()
    holder, seconds = leases.worker_id(), leases.lease_seconds()
    decisions = DayPlan()
    with factory() as session:
        org = session.get(Organization, organization_id)
        if org is None:
            raise LookupError(f"no organization {organization_id}")
        policies = org_policies(org.settings)
        run = leases.day_run(session, organization_id, day)
        if run is not None and run.finished_at is not None:
            return decisions  # the day is done: nothing is decided, nothing sent twice
        if run is None:
            ids, nothing_due = _day_selection(session, organization_id, day, policies,
                                              prefilter)
    if run is None:
        leases.open_day(engine, organization_id, day, ids, nothing_due)
    with factory() as session:
        run = leases.day_run(session, organization_id, day)
        assert run is not None
        decisions.nothing_due = int((run.summary or {}).get("nothing_due", 0))
    locks = leases.Locks(engine)
    try:
        # what an earlier run left scheduled (retries, interrupted attempts) goes first
        leases.retry_outbox(engine, organization_id, day, outbound, locks)
        leases.free_dead_local_holders(engine, organization_id, day, utcnow())

        def done(session: Session, decision: Decision) -> None:
            leases.mark_done(session, organization_id, day, decision.account_id, holder,
                             decision.outcome)

        own = True
        while batch := leases.claim(engine, organization_id, day, holder, seconds=seconds,
                                    own=own):
            own = False
            for account_id in batch:
                # the lock first, then the lease: a slow worker that outlived its lease may
                # still be sending for this account; once it lets go, the row says "done"
                if not locks.wait_lock(leases.ACCOUNT, account_id):
                    continue
                try:
                    if not leases.renew(engine, organization_id, day, account_id, holder,
                                        seconds=seconds):
                        continue
                    decisions.append(_graph_decision(
                        factory, organization_id, account_id, day, outbound=outbound,
                        brain=brain, policies=policies, dry_run=False, now=now, strict=strict,
                        finish=done))
                finally:
                    locks.unlock(leases.ACCOUNT, account_id)
        # attempts a dead worker left on accounts taken over here: the graph re-decides an
        # account, but only the outbox pass resolves an interrupted send (confirm, or flag)
        leases.retry_outbox(engine, organization_id, day, outbound, locks)
    finally:
        locks.close()
    with factory() as session, session.begin():
        finished = leases.finish_day(session, organization_id, day)
        nothing_due = int((finished.summary or {}).get("nothing_due", 0)) if finished else 0
        if finished is not None and nothing_due:
            record_event(session, organization_id, "followup_nothing_due",
                         f"{nothing_due} account(s) with nothing due today: "
                         "nothing owed, or nothing overdue and no courtesy notice due",
                         on_date=day, data={"accounts": nothing_due,
                                            "decided": finished.summary.get("selected", 0)})
    return decisions
