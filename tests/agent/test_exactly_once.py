"""A worker killed at every stage of a send: the next run neither duplicates nor loses a
message. Real processes (`dunning run`), a real SMTP server, a real SQLite file."""

import os
import subprocess
import sys
from collections import Counter
from email import message_from_bytes
from pathlib import Path

import pytest
from sqlalchemy import select

from store.db import make_engine, session_factory
from store.models import Communication, Event
from tests.support.portfolios import overdue_accounts
from tests.support.servers import start_smtp_sink

ROOT = Path(__file__).resolve().parents[2]
STAGES = ["start", "attempt", "sent", "recorded"]


def run(env: dict, stage: str | None = None) -> int:
    env = {**os.environ, **env}
    env.pop("DUNNING_FAILPOINT", None)
    if stage:
        env["DUNNING_FAILPOINT"] = stage
    return subprocess.run([sys.executable, "-m", "cli.main", "run", "--date", "2026-10-02"],
                          cwd=ROOT, env=env, capture_output=True).returncode


def followups(url: str) -> list[Communication]:
    engine = make_engine(url)
    with session_factory(engine)() as s:
        rows = list(s.scalars(select(Communication).where(Communication.kind == "followup")))
        uncertain = {e.data["communication_id"] for e in s.scalars(
            select(Event).where(Event.kind == "send_uncertain"))}
    engine.dispose()
    for r in rows:
        r.uncertain_logged = r.id in uncertain
    return rows


@pytest.mark.parametrize("stage", STAGES)
def test_killed_worker_over_smtp(stage, tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    overdue_accounts(url, 3)
    sink = start_smtp_sink(tmp_path / "smtp")
    try:
        env = {"DUNNING_DATABASE_URL": url, "DUNNING_SMTP_HOST": sink.host,
               "DUNNING_SMTP_PORT": str(sink.port), "DUNNING_SMTP_SECURITY": "none"}
        assert run(env, stage) == 137  # killed at that stage of the first message
        assert run(env) == 0
        assert run(env) == 0  # and once more: a settled run changes nothing
        delivered = Counter(message_from_bytes(m)["Message-ID"] for m in sink.messages())
    finally:
        sink.stop()
    rows = followups(url)
    assert len(rows) == 3
    assert all(n == 1 for n in delivered.values()), f"duplicates: {delivered}"
    for row in rows:
        if row.message_id in delivered:
            continue
        # never delivered: only acceptable when its fate was uncertain, flagged and logged
        assert row.status == "scheduled" and row.flagged and row.uncertain_logged, (
            f"lost: {row.recipient} {row.status}")
    lost_or_uncertain = [r for r in rows if r.message_id not in delivered]
    if stage in ("start", "recorded"):
        assert lost_or_uncertain == []  # the crash left no doubt: all delivered exactly once
    else:
        assert len(lost_or_uncertain) <= 1


@pytest.mark.parametrize("stage", STAGES)
def test_killed_worker_with_the_outbox_resolves_every_doubt(stage, tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    overdue_accounts(url, 3)
    env = {"DUNNING_DATABASE_URL": url, "DUNNING_OUTBOX_DIR": str(tmp_path / "outbox")}
    assert run(env, stage) == 137
    assert run(env) == 0
    rows = followups(url)
    files = list((tmp_path / "outbox" / "mail").glob("*.eml"))
    assert len(files) == 3 and {r.status for r in rows} == {"sent"}
