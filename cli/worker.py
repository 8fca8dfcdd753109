"""`dunning worker`: the agent as a long-running process (or one pass, for cron).

Three duties: the inbox (IMAP, IDLE with a polling fallback, in its own thread), the daily
follow-up run once the organization's local run time has passed (once per day), and the
outbox (retries of messages a temporary failure held back). SIGTERM and SIGINT stop it
cleanly: the current message or account finishes, then the process exits.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select

from agent.guards.calendar import country_timezone
from agent.leases import Locks, release_outbox, retry_outbox
from agent.scheduler import default_outbound, run_day
from agent.tools.outbound import Outbound
from inbox.handler import receive
from inbox.imap import ImapPoller, ImapSettings
from store.db import session_factory
from store.models import Organization, SchedulerRun

log = logging.getLogger("dunning.worker")


@dataclass(frozen=True)
class WorkerSettings:
    run_at: time = time(8, 30)  # local time of the organization (its country's zone)
    tick_seconds: float = 30.0

    @classmethod
    def from_env(cls) -> WorkerSettings:
        """DUNNING_RUN_AT (HH:MM, default 08:30), DUNNING_WORKER_TICK (seconds, default 30)."""
        raw = os.environ.get("DUNNING_RUN_AT", "08:30")
        try:
            run_at = time.fromisoformat(raw)
        except ValueError:
            raise ValueError(f"DUNNING_RUN_AT: '{raw}' is not a time (HH:MM)") from None
        return cls(run_at=run_at, tick_seconds=float(os.environ.get("DUNNING_WORKER_TICK", 30)))


class Worker:
    def __init__(self, engine: Engine, organization_id: int, *,
                 settings: WorkerSettings | None = None,
                 imap: ImapSettings | None = None, outbound: Outbound | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self.engine = engine
        self.organization_id = organization_id
        self.settings = settings or WorkerSettings.from_env()
        self.imap = imap
        self.outbound = outbound or default_outbound()
        self.clock = clock
        with session_factory(engine)() as session:
            org = session.get(Organization, organization_id)
            if org is None:
                raise LookupError(f"no organization {organization_id}")
            self.zone = ZoneInfo(country_timezone(org.country) if org.country else "UTC")

    def local_today(self) -> date:
        return self.clock().astimezone(self.zone).date()

    def handle(self, raw: bytes) -> object:
        return receive(self.engine, self.organization_id, raw, self.local_today(),
                       outbound=self.outbound)

    def poller(self) -> ImapPoller | None:
        if self.imap is None:
            return None
        return ImapPoller(self.imap, self.engine, self.organization_id, self.handle,
                          clock=self.local_today)

    def daily_run_due(self) -> bool:
        now = self.clock().astimezone(self.zone)
        if now.time() < self.settings.run_at:
            return False
        with session_factory(self.engine)() as session:
            # an unfinished run is a day other workers are on, or one a dead worker left:
            # this worker joins it (and takes over expired leases)
            done = session.scalar(select(SchedulerRun.id).where(
                SchedulerRun.organization_id == self.organization_id,
                SchedulerRun.run_date == now.date(), SchedulerRun.finished_at.is_not(None)))
        return done is None

    def tick(self) -> dict[str, int]:
        """One pass over the outbox and, when due, the daily run. Returns what it did."""
        did = {"retried": 0, "released": 0, "accounts": 0}
        # other workers may run beside this one: the outbox passes go through leases.Locks
        locks = Locks(self.engine)
        try:
            did["retried"] = sum(1 for d in retry_outbox(
                self.engine, self.organization_id, self.local_today(), self.outbound, locks)
                if d.outcome == "sent")
            did["released"] = sum(1 for r in release_outbox(
                self.engine, self.organization_id, self.local_today(), self.outbound, locks,
                now=self.clock()) if r.outcome == "sent")
        finally:
            locks.close()
        if self.daily_run_due():
            decisions = run_day(self.engine, self.organization_id, self.local_today(),
                                outbound=self.outbound, now=self.clock())
            did["accounts"] = len(decisions)
            log.info("daily run %s: %d accounts", self.local_today(), len(decisions))
        return did

    def once(self) -> dict[str, int]:
        """`dunning worker --once`: read the inbox once, then tick."""
        poller = self.poller()
        read = 0
        if poller is not None:
            try:
                read = poller.poll_once()
            finally:
                poller.close()
        return {"read": read, **self.tick()}

    def run(self, stop: threading.Event) -> None:
        poller = self.poller()
        inbox = None
        if poller is not None:
            inbox = threading.Thread(target=poller.run, args=(stop,), name="inbox", daemon=True)
            inbox.start()
        try:
            while not stop.is_set():
                try:
                    self.tick()
                except Exception:  # noqa: BLE001 - a bad tick must not kill the worker
                    log.exception("worker tick failed")
                stop.wait(self.settings.tick_seconds)
        finally:
            if inbox is not None:
                inbox.join(timeout=30)
            if poller is not None:
                poller.close()


def install_signal_handlers(stop: threading.Event) -> None:
    def request_stop(signum: int, _frame: object) -> None:
        log.info("signal %s: stopping", signum)
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
