"""Several `dunning worker` processes on one day: every account decided once, every follow-up
sent once, even when workers are killed at random moments and restarted. Real processes (the
worker's own tick, with a fixed clock so the business day is known), a real PostgreSQL
cluster, a real SMTP server that keeps every message it receives (a duplicate would show)."""

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from email import message_from_bytes
from pathlib import Path

import pytest
from sqlalchemy import func, select

from store.db import make_engine, session_factory
from store.models import (
    Account,
    Communication,
    Event,
    RunLease,
    SchedulerRun,
)
from tests.support.portfolios import overdue_accounts
from tests.support.servers import create_database, start_smtp_sink

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2026, 10, 2)
# one tick of the real Worker at 09:00 UTC on DAY: outbox passes, then the daily run
WORKER = """
import sys
from datetime import UTC, datetime
from cli.worker import Worker, WorkerSettings
from store.db import make_engine
from store.models import Organization
from sqlalchemy import select
engine = make_engine(sys.argv[1])
with engine.connect() as c:
    org_id = c.scalar(select(Organization.id))
w = Worker(engine, org_id, settings=WorkerSettings(),
           clock=lambda: datetime(2026, 10, 2, 9, 0, tzinfo=UTC))
print(w.tick())
"""


def start_worker(url: str, env: dict, worker_id: str,
                 stage: str | None = None) -> subprocess.Popen:
    env = {**os.environ, **env, "DUNNING_WORKER_ID": worker_id}
    env.pop("DUNNING_FAILPOINT", None)
    env.pop("DUNNING_IMAP_HOST", None)
    if stage:
        env["DUNNING_FAILPOINT"] = stage
    return subprocess.Popen([sys.executable, "-c", WORKER, url], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def smtp_env(sink, lease: float) -> dict:
    return {"DUNNING_SMTP_HOST": sink.host, "DUNNING_SMTP_PORT": str(sink.port),
            "DUNNING_SMTP_SECURITY": "none", "DUNNING_LEASE_SECONDS": str(lease)}


def state(url: str) -> dict:
    engine = make_engine(url)
    with session_factory(engine)() as s:
        run = s.scalar(select(SchedulerRun))
        out = {
            "finished": run is not None and run.finished_at is not None,
            "summary": run.summary if run else None,
            "followups": list(s.scalars(select(Communication).where(
                Communication.kind == "followup"))),
            "sent_events": Counter(s.scalars(select(Event.account_id).where(
                Event.kind == "followup_sent"))),
            "leases": list(s.scalars(select(RunLease))),
            "uncertain": {e.data["communication_id"] for e in s.scalars(
                select(Event).where(Event.kind == "send_uncertain"))},
            "accounts": s.scalar(select(func.count()).select_from(Account)),
            "nothing_due_events": s.scalar(select(func.count()).select_from(Event).where(
                Event.kind == "followup_nothing_due")),
        }
    engine.dispose()
    return out


@pytest.fixture
def pg_url(postgres_server, request) -> str:
    return create_database(postgres_server, f"workers_{request.node.name[:40].lower()}"
                           f"_{os.getpid()}_{random.randrange(10**6)}")


def test_two_workers_share_the_day_and_send_each_follow_up_once(pg_url, tmp_path):
    accounts = 120
    overdue_accounts(pg_url, accounts)
    sink = start_smtp_sink(tmp_path / "smtp")
    try:
        env = smtp_env(sink, 60)
        procs = [start_worker(pg_url, env, f"w{n}") for n in (1, 2)]
        for p in procs:
            _, err = p.communicate(timeout=120)
            assert p.returncode == 0, err.decode()[-3000:]
        delivered = Counter(message_from_bytes(m)["Message-ID"] for m in sink.messages())
    finally:
        sink.stop()
    st = state(pg_url)
    assert st["finished"], "the day is complete once every account is done"
    followups = st["followups"]
    assert len(followups) == accounts
    assert len({f.account_id for f in followups}) == accounts
    assert len({f.idempotency_key for f in followups}) == accounts
    assert {f.status for f in followups} == {"sent"}
    assert len(delivered) == accounts and set(delivered.values()) == {1}
    assert {f.message_id for f in followups} == set(delivered)
    # each account decided by exactly one worker, once
    assert len(st["leases"]) == accounts
    assert all(le.done_at is not None and le.outcome == "sent" for le in st["leases"])
    assert set(st["sent_events"].values()) == {1} and len(st["sent_events"]) == accounts
    by_worker = Counter(le.holder for le in st["leases"])
    assert set(by_worker) == {"w1", "w2"}, by_worker  # both took part
    assert st["summary"]["sent"] == accounts
    # a second worker pass on the finished day decides and sends nothing
    sink = start_smtp_sink(tmp_path / "smtp2")
    try:
        p = start_worker(pg_url, smtp_env(sink, 60), "w3")
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err.decode()[-3000:]
        assert sink.messages() == []
    finally:
        sink.stop()
    assert "'accounts': 0" in out.decode()


def test_workers_killed_at_random_never_send_twice_nor_lose_a_message(pg_url, tmp_path):
    accounts = 60
    overdue_accounts(pg_url, accounts)
    rng = random.Random(int(os.environ.get("DUNNING_TEST_SEED", "0")) or None)
    stages = [None, None, "start", "attempt", "sent", "recorded"]
    sink = start_smtp_sink(tmp_path / "smtp")
    lease = 1.5
    killed = 0
    generation = 0
    deadline = time.monotonic() + 50
    try:
        env = smtp_env(sink, lease)
        while not state(pg_url)["finished"]:
            assert time.monotonic() < deadline, "the day never completed"
            generation += 1
            # two workers at once; each may crash at a send stage or be SIGKILLed at random
            if generation == 1:
                # first a lone worker dies at its first send, holding the leases it claimed:
                # whatever the random kills below hit (a process killed before its first
                # claim leaves nothing behind), there is something to take over
                first = start_worker(pg_url, env, "w0", rng.choice(stages[2:]))
                first.wait(timeout=60)
                assert first.returncode in (137, -signal.SIGKILL), \
                    first.stderr.read().decode()[-3000:]
                killed += 1
            procs = [start_worker(pg_url, env, f"w{slot}-{generation}",
                                  rng.choice(stages) if generation < 6 else None)
                     for slot in (1, 2)]
            if generation < 6:
                time.sleep(rng.uniform(0.8, 2.5))
                for p in procs:
                    if p.poll() is None and rng.random() < 0.6:
                        p.send_signal(signal.SIGKILL)
            for p in procs:
                p.wait(timeout=60)
                killed += p.returncode in (137, -signal.SIGKILL)
                if p.returncode not in (0, 137, -signal.SIGKILL):
                    raise AssertionError(p.stderr.read().decode()[-3000:])
            if generation >= 6:
                time.sleep(lease)  # the leases the dead left behind expire: take them over
        # the day is done; a live worker's next tick settles what the dead left in the outbox
        p = start_worker(pg_url, env, "settle")
        _, err = p.communicate(timeout=60)
        assert p.returncode == 0, err.decode()[-3000:]
        delivered = Counter(message_from_bytes(m)["Message-ID"] for m in sink.messages())
    finally:
        sink.stop()
    st = state(pg_url)
    assert killed > 0, "no worker was killed: the test proved nothing"
    duplicates = {k: n for k, n in delivered.items() if n > 1}
    assert not duplicates, f"sent twice: {duplicates}"
    followups = st["followups"]
    assert len(followups) == accounts and len({f.account_id for f in followups}) == accounts
    for f in followups:
        if f.message_id in delivered:
            continue
        # never delivered: only when an interrupted SMTP attempt left it uncertain, flagged
        assert f.status == "scheduled" and f.flagged and f.id in st["uncertain"], (
            f"lost: {f.recipient} {f.status} attempts={f.attempts} at={f.attempted_at} "
            f"next={f.next_attempt_at} error={f.last_error} leases="
            f"{[(le.holder, le.outcome) for le in st['leases'] if le.account_id == f.account_id]}")
    assert all(le.done_at is not None for le in st["leases"])
    assert len(st["leases"]) == accounts
    assert all(n == 1 for n in st["sent_events"].values()), st["sent_events"]
    # dead workers' leases were taken over by others after they expired
    assert sum(le.takeovers for le in st["leases"]) > 0
    assert st["nothing_due_events"] <= 1


def test_sqlite_one_worker_and_a_crash_rerun(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    overdue_accounts(url, 5)
    sink = start_smtp_sink(tmp_path / "smtp")
    try:
        env = smtp_env(sink, 300)
        # killed at its first send; the rerun on this host sees the holder's process gone and
        # takes its leases at once, without waiting for them to expire
        p = start_worker(url, env, "", stage="recorded")
        p.wait(timeout=60)
        assert p.returncode == 137
        p = start_worker(url, env, "")
        _, err = p.communicate(timeout=60)
        assert p.returncode == 0, err.decode()[-3000:]
        delivered = Counter(message_from_bytes(m)["Message-ID"] for m in sink.messages())
    finally:
        sink.stop()
    st = state(url)
    assert st["finished"]
    assert len(delivered) == 5 and set(delivered.values()) == {1}
    assert {f.status for f in st["followups"]} == {"sent"}
    assert all(le.done_at is not None for le in st["leases"])
