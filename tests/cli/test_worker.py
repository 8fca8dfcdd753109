import os
import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from agent.tools.outbound import Outbound
from channels.outbox import OutboxEmailTransport, OutboxLetterTransport
from cli.worker import Worker, WorkerSettings
from store.db import make_engine, session_factory, transaction, upgrade
from store.models import Account, Communication, Contact, Document, SchedulerRun
from store.orgs import create_organization

ROOT = Path(__file__).resolve().parents[2]


def store(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    upgrade(url)
    engine = make_engine(url)
    with transaction(engine) as s:
        org = create_organization(s, "Us Ltd", sender_email="ar@us.example", country="FR")
        acc = Account(organization_id=org.id, external_id="A", name="Dupont SA", country="FR",
                      currency="EUR")
        s.add(acc)
        s.flush()
        s.add(Contact(account_id=acc.id, email="compta@dupont.example"))
        s.add(Document(organization_id=org.id, account_id=acc.id, kind="invoice", number="F-1",
                       issue_date=date(2026, 9, 1), due_date=date(2026, 10, 1),
                       amount=Decimal("100.00"), currency="EUR"))
        return url, engine, org.id


def test_once_runs_the_day_after_the_run_time_and_only_once(tmp_path):
    url, engine, org_id = store(tmp_path)
    now = [datetime(2026, 10, 2, 6, 0, tzinfo=UTC)]  # 08:00 in Paris: before 08:30
    outbound = Outbound(email=OutboxEmailTransport(tmp_path / "o"),
                        letters=OutboxLetterTransport(tmp_path / "o"))
    w = Worker(engine, org_id, settings=WorkerSettings(), outbound=outbound,
               clock=lambda: now[0])
    assert w.once() == {"read": 0, "retried": 0, "released": 0, "accounts": 0}
    now[0] = datetime(2026, 10, 2, 7, 0, tzinfo=UTC)  # 09:00 in Paris
    assert w.once()["accounts"] == 1
    assert w.once()["accounts"] == 0  # the day is done
    with session_factory(engine)() as s:
        assert s.scalar(select(func.count()).select_from(SchedulerRun)) == 1
        assert s.scalar(select(func.count()).select_from(Communication)) == 1


def test_sigterm_stops_the_worker_cleanly(tmp_path):
    url, engine, _ = store(tmp_path)
    env = {**os.environ, "DUNNING_DATABASE_URL": url, "DUNNING_WORKER_TICK": "0.2",
           "DUNNING_OUTBOX_DIR": str(tmp_path / "o")}
    env.pop("DUNNING_IMAP_HOST", None)
    proc = subprocess.Popen([sys.executable, "-m", "cli.main", "worker"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    time.sleep(3)
    assert proc.poll() is None  # running
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=20)
    assert proc.returncode == 0, out.decode()
    assert b"stopping" in out
