"""Several workers on one organization's day: account leases, crash takeover, one outbox pass.

- The day's work list: the first worker to open a day writes its `SchedulerRun` (unfinished)
  and one `RunLease` row per selected account, in one transaction; the others find it.
- Claims: a worker takes a few free rows at a time (no holder, an expired lease, or its own),
  with `FOR UPDATE SKIP LOCKED` on PostgreSQL so that two workers never wait for, nor take,
  the same rows; on SQLite, where writers are serialised, the same conditional UPDATE does it.
  A worker that dies leaves its rows to expire (`DUNNING_LEASE_SECONDS`); one on this host
  whose process is gone is taken over at once.
- Locks: while a worker actually handles an account (or delivers its pending messages), it
  holds that account's lock, which dies with the process: a PostgreSQL advisory lock on a
  connection of its own, or a byte-range lock on a file beside a SQLite database. A lease
  says who should work on an account; the lock makes sure that no two processes send for it
  at the same time, even when a slow worker outlived its lease.
- A row is marked done in the transaction that ends the account's decision: no worker
  decides it again that day. The worker that marks the last one finishes the `SchedulerRun`.
"""

from __future__ import annotations

import fcntl
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta

from sqlalchemy import Engine, and_, case, false, func, or_, select, text, update
from sqlalchemy.orm import Session

from agent.hold import Released, release_held
from agent.tools.outbound import Delivery, Outbound, retry_pending
from store.db import session_factory
from store.models import Communication, Organization, RunLease, SchedulerRun, utcnow

ACCOUNT, OUTBOX = 1, 2  # lock namespaces: one account; an organization's outbox pass
CLAIM_BATCH = 8  # rows per claim: few round trips, and workers end the day close together
LOCK_WAIT_SECONDS = 30.0


def worker_id() -> str:
    """`DUNNING_WORKER_ID`, else hostname:pid (which lets a worker on the same host see that
    a lease's holder is gone)."""
    return os.environ.get("DUNNING_WORKER_ID") or f"{socket.gethostname()}:{os.getpid()}"


def lease_seconds() -> float:
    raw = os.environ.get("DUNNING_LEASE_SECONDS", "300")
    try:
        seconds = float(raw)
    except ValueError:
        raise ValueError(f"DUNNING_LEASE_SECONDS: '{raw}' is not a number") from None
    if seconds <= 0:
        raise ValueError("DUNNING_LEASE_SECONDS must be positive")
    return seconds


def _postgres(engine: Engine) -> bool:
    return engine.url.get_backend_name() == "postgresql"


class Locks:
    """Locks that die with the process holding them (see the module's docstring). On an
    in-memory SQLite database only this process exists: every lock is granted."""

    def __init__(self, engine: Engine):
        self._conn = None
        self._fd: int | None = None
        if _postgres(engine):
            self._conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        elif engine.url.get_backend_name() == "sqlite" and engine.url.database \
                and engine.url.database != ":memory:":
            self._fd = os.open(engine.url.database + ".locks", os.O_RDWR | os.O_CREAT, 0o600)

    def try_lock(self, space: int, key: int) -> bool:
        if self._conn is not None:
            return bool(self._conn.scalar(text(
                "SELECT pg_try_advisory_lock(CAST(:s AS integer), CAST(:k AS integer))"),
                                          {"s": space, "k": key}))
        if self._fd is not None:
            try:
                fcntl.lockf(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, (space << 32) | key)
            except OSError:
                return False
        return True

    def unlock(self, space: int, key: int) -> None:
        if self._conn is not None:
            self._conn.scalar(text(
                "SELECT pg_advisory_unlock(CAST(:s AS integer), CAST(:k AS integer))"), {"s": space, "k": key})
        elif self._fd is not None:
            fcntl.lockf(self._fd, fcntl.LOCK_UN, 1, (space << 32) | key)

    def wait_lock(self, space: int, key: int, seconds: float = LOCK_WAIT_SECONDS) -> bool:
        """The lock, waiting a while for a short holder (an outbox pass) to let go."""
        deadline = time.monotonic() + seconds
        delay = 0.01
        while not self.try_lock(space, key):
            if time.monotonic() >= deadline:
                return False
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
        return True

    @contextmanager
    def held(self, space: int, key: int) -> Iterator[bool]:
        got = self.try_lock(space, key)
        try:
            yield got
        finally:
            if got:
                self.unlock(space, key)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def day_run(session: Session, organization_id: int, day: date) -> SchedulerRun | None:
    return session.scalar(select(SchedulerRun).where(
        SchedulerRun.organization_id == organization_id, SchedulerRun.run_date == day))


def open_day(engine: Engine, organization_id: int, day: date, ids: list[int],
             nothing_due: int) -> bool:
    """Write the day's work list unless another worker did first. True when this one did."""
    table = SchedulerRun.__table__
    if _postgres(engine):
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    with session_factory(engine)() as session, session.begin():
        # a concurrent opener's insert makes this one wait for its commit, then do nothing
        run_id = session.scalar(insert(table).values(
            organization_id=organization_id, run_date=day, started_at=utcnow(),
            summary={"selected": len(ids), "nothing_due": nothing_due},
        ).on_conflict_do_nothing(index_elements=["organization_id", "run_date"])
            .returning(table.c.id))
        if run_id is None:
            return False
        for i in range(0, len(ids), 5000):
            session.execute(RunLease.__table__.insert(), [
                {"organization_id": organization_id, "run_date": day, "account_id": a,
                 "takeovers": 0} for a in ids[i:i + 5000]])
    return True


def _open_rows(organization_id: int, day: date):  # type: ignore[no-untyped-def]
    t = RunLease.__table__
    return and_(t.c.organization_id == organization_id, t.c.run_date == day,
                t.c.done_at.is_(None))


def free_dead_local_holders(engine: Engine, organization_id: int, day: date,
                            now: datetime) -> int:
    """Expire at once the leases of processes of this host that are gone (a crashed run
    restarted by hand need not wait for the expiry)."""
    t = RunLease.__table__
    prefix = f"{socket.gethostname()}:"
    with engine.begin() as conn:
        holders = conn.scalars(select(t.c.holder).distinct().where(
            _open_rows(organization_id, day), t.c.expires_at > now,
            t.c.holder.startswith(prefix, autoescape=True))).all()
        dead = []
        for holder in holders:
            pid = holder[len(prefix):]
            if not pid.isdigit() or int(pid) == os.getpid():
                continue
            try:
                os.kill(int(pid), 0)
            except ProcessLookupError:
                dead.append(holder)
            except PermissionError:
                pass  # alive, another user's
        if dead:
            conn.execute(update(t).where(_open_rows(organization_id, day),
                                         t.c.holder.in_(dead)).values(expires_at=now))
    return len(dead)


def claim(engine: Engine, organization_id: int, day: date, holder: str, *,
          seconds: float, limit: int = CLAIM_BATCH, own: bool = False) -> list[int]:
    """Take up to `limit` free accounts of the day; their ids, in order. `own`: with the
    rows still leased under this worker's id (a worker restarted under the same id resumes
    at once; later claims of a run leave them, or an account it gave up on would come back
    at once)."""
    t = RunLease.__table__
    now = utcnow()
    free = and_(_open_rows(organization_id, day),
                or_(t.c.holder.is_(None), t.c.expires_at < now,
                    t.c.holder == holder if own else false()))
    pick = select(t.c.id).where(free).order_by(t.c.id).limit(limit)
    if _postgres(engine):
        pick = pick.with_for_update(skip_locked=True)
    with engine.begin() as conn:
        # two statements in one transaction: the picked rows stay locked until the commit
        ids = conn.scalars(pick).all()
        if not ids:
            return []
        return sorted(conn.scalars(update(t).where(t.c.id.in_(ids), free).values(
            holder=holder, expires_at=now + timedelta(seconds=seconds),
            takeovers=t.c.takeovers + case(
                (or_(t.c.holder.is_(None), t.c.holder == holder), 0), else_=1))
            .returning(t.c.account_id)).all())


def renew(engine: Engine, organization_id: int, day: date, account_id: int, holder: str, *,
          seconds: float) -> bool:
    """Extend this worker's lease on an account it is about to handle. False when the lease
    was lost (expired and taken) or the account is done."""
    t = RunLease.__table__
    with engine.begin() as conn:
        return conn.execute(update(t).where(
            _open_rows(organization_id, day), t.c.account_id == account_id,
            t.c.holder == holder).values(
            expires_at=utcnow() + timedelta(seconds=seconds))).rowcount == 1


def mark_done(session: Session, organization_id: int, day: date, account_id: int,
              holder: str, outcome: str) -> bool:
    """In the session whose commit ends the account's decision."""
    t = RunLease.__table__
    return session.execute(update(t).where(
        _open_rows(organization_id, day), t.c.account_id == account_id,
        t.c.holder == holder).values(done_at=utcnow(), outcome=outcome[:32])).rowcount == 1


def release(engine: Engine, organization_id: int, day: date, account_ids: list[int],
            holder: str) -> None:
    """Give back claimed accounts this worker will not handle (stopping early)."""
    if not account_ids:
        return
    t = RunLease.__table__
    with engine.begin() as conn:
        conn.execute(update(t).where(_open_rows(organization_id, day),
                                     t.c.account_id.in_(account_ids), t.c.holder == holder)
                     .values(holder=None, expires_at=None))


def remaining(session: Session, organization_id: int, day: date) -> int:
    return session.scalar(select(func.count()).select_from(RunLease).where(
        _open_rows(organization_id, day))) or 0


def outcomes(session: Session, organization_id: int, day: date) -> dict[str, int]:
    t = RunLease.__table__
    rows = session.execute(select(t.c.outcome, func.count()).where(
        t.c.organization_id == organization_id, t.c.run_date == day,
        t.c.done_at.is_not(None)).group_by(t.c.outcome)).all()
    return {outcome or "nothing": count for outcome, count in rows}


def finish_day(session: Session, organization_id: int, day: date) -> SchedulerRun | None:
    """Mark the day's run finished when no account is left; the run only for the one worker
    whose update finished it (it writes the day's summary event)."""
    if remaining(session, organization_id, day):
        return None
    t = SchedulerRun.__table__
    run = day_run(session, organization_id, day)
    if run is None:
        return None
    summary = dict(run.summary or {})
    summary.update(outcomes(session, organization_id, day))
    won = session.execute(update(t).where(t.c.id == run.id, t.c.finished_at.is_(None)).values(
        finished_at=utcnow(), summary=summary)).rowcount == 1
    if not won:
        return None
    session.refresh(run)
    return run


def outbox_accounts(session: Session, organization_id: int) -> list[int]:
    """Accounts with messages still scheduled: what an outbox pass may deliver."""
    return sorted(a for a in session.scalars(select(Communication.account_id).distinct().where(
        Communication.organization_id == organization_id, Communication.direction == "out",
        Communication.status == "scheduled", Communication.account_id.is_not(None)))
        if a is not None)


def retry_outbox(engine: Engine, organization_id: int, day: date, outbound: Outbound,
                 locks: Locks) -> list[Delivery]:
    """The outbox pass of one worker among several: one pass at a time per organization, and
    only for the accounts no other process is handling right now (the others wait for a
    later pass)."""
    with locks.held(OUTBOX, organization_id) as mine:
        if not mine:
            return []
        with session_factory(engine)() as session:
            held = [a for a in outbox_accounts(session, organization_id)
                    if locks.try_lock(ACCOUNT, a)]
            try:
                org = session.get(Organization, organization_id)
                if org is None:
                    raise LookupError(f"no organization {organization_id}")
                results = retry_pending(session, org, outbound, on_date=day,
                                        only_accounts=held)
                session.commit()
            finally:
                for a in held:
                    locks.unlock(ACCOUNT, a)
    return results


def release_outbox(engine: Engine, organization_id: int, day: date, outbound: Outbound,
                   locks: Locks, now: datetime | None = None) -> list[Released]:
    """Held follow-ups whose hold ended, by one worker at a time (the graph never sends a
    held message: only this pass does)."""
    with locks.held(OUTBOX, organization_id) as mine:
        if not mine:
            return []
        return release_held(engine, organization_id, day, outbound=outbound, now=now)
