"""Inbox throughput: parse + classify + apply, message by message, as the worker does.

    python bench/inbox_throughput.py [--messages 10000] [--accounts 1000] [--database URL]

Builds an organization with `--accounts` customer accounts (two overdue invoices each),
runs one real follow-up day so every account has a reminder with a Message-ID, then feeds
`--messages` customer replies (the seven languages, every intent, quoted reminders under most
of them, threaded to the reminder by In-Reply-To) through `inbox.handler.receive`, the single
entry point the IMAP poller and the webhook use: raw message stored, parsed, matched,
understood, effects applied (promises, pauses, tasks, acknowledgements and member
notifications written to a local outbox). Prints messages per second and per-message
latency percentiles. The default database is a fresh SQLite file in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RUN_DAY = date(2026, 11, 16)  # a Monday: a business day in every country of the mix
COUNTRIES = [("FR", "EUR"), ("DE", "EUR"), ("ES", "EUR"), ("IT", "EUR"), ("NL", "EUR"),
             ("PT", "EUR"), ("GB", "GBP"), ("US", "USD")]


def build(engine, accounts: int) -> tuple[int, list[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    """The organization and its accounts; returns (org id, [(contact email, reminder
    Message-ID)]) after one real follow-up run."""
    from sqlalchemy import select

    from agent.scheduler import run_day
    from store.db import transaction
    from store.models import Account, Communication, Contact, Document
    from store.orgs import add_member, create_organization

    with transaction(engine) as s:
        org = create_organization(s, "Bench Creditor Ltd", slug="bench",
                                  sender_email="ar@bench-creditor.example", country="GB",
                                  iban="GB33BUKB20201555555555", bic="BUKBGB22")
        add_member(s, org, "controller@bench-creditor.example", "Controller", None,
                   role="admin")
        for i in range(accounts):
            country, currency = COUNTRIES[i % len(COUNTRIES)]
            acc = Account(organization_id=org.id, external_id=f"A{i:06d}",
                          name=f"Customer {i} Ltd", country=country, currency=currency,
                          postal_address=f"Customer {i} Ltd\n{i} Main Street\nTown")
            s.add(acc)
            s.flush()
            s.add(Contact(account_id=acc.id, email=f"ap@customer{i}.example",
                          name=f"Payables {i}", is_primary=True))
            for n, days in enumerate((45, 20)):
                s.add(Document(organization_id=org.id, account_id=acc.id, kind="invoice",
                               number=f"INV-{i:06d}-{n}",
                               issue_date=RUN_DAY - timedelta(days=days + 30),
                               due_date=RUN_DAY - timedelta(days=days),
                               amount=Decimal("640.00") + n, currency=currency))
        org_id = org.id
    run_day(engine, org_id, RUN_DAY)
    with transaction(engine) as s:
        rows = s.execute(select(Contact.email, Communication.message_id).join(
            Communication, Communication.contact_id == Contact.id).where(
            Communication.direction == "out", Communication.kind == "followup")).all()
    return org_id, [(e, m) for e, m in rows if e and m]


def messages(threads: list[tuple[str, str]], count: int, seed: int = 11) -> list[bytes]:
    from bench.classify_throughput import synthetic

    rng = random.Random(seed)
    replies = synthetic(count, seed=seed)
    out = []
    for i, reply in enumerate(replies):
        sender, reminder_id = rng.choice(threads)
        msg = EmailMessage(policy=default_policy)
        msg["From"] = sender
        msg["To"] = "ar@bench-creditor.example"
        msg["Subject"] = str(reply["subject"])
        msg["Message-ID"] = f"<bench-{i}@{sender.split('@')[1]}>"
        msg["In-Reply-To"] = reminder_id
        msg["References"] = reminder_id
        msg["Date"] = format_datetime(datetime(2026, 11, 17, 9, 0, tzinfo=UTC)
                                      + timedelta(seconds=i))
        msg.set_content(str(reply["body"]))
        out.append(msg.as_bytes())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--accounts", type=int, default=1_000)
    parser.add_argument("--database", help="SQLAlchemy URL (default: a fresh SQLite file)")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="dunning-bench-inbox-")
    os.environ["DUNNING_OUTBOX_DIR"] = str(Path(tmp.name) / "outbox")
    os.environ.setdefault("DUNNING_BRAIN", "offline")
    url = args.database or f"sqlite:///{Path(tmp.name) / 'bench.db'}"
    os.environ["DUNNING_DATABASE_URL"] = url
    from agent.scheduler import default_outbound
    from inbox.handler import receive
    from store.db import make_engine, upgrade

    upgrade(url)
    engine = make_engine(url)
    t0 = time.perf_counter()
    org_id, threads = build(engine, args.accounts)
    print(f"setup: {args.accounts} accounts, {len(threads)} reminders sent, "
          f"{time.perf_counter() - t0:.1f} s")
    raws = messages(threads, args.messages)
    outbound = default_outbound()
    today = RUN_DAY + timedelta(days=1)
    latencies = []
    outcomes: Counter[str] = Counter()
    intents: Counter[str] = Counter()
    start = time.perf_counter()
    for raw in raws:
        t = time.perf_counter()
        got = receive(engine, org_id, raw, today, outbound=outbound)
        latencies.append(time.perf_counter() - t)
        outcomes[got.outcome] += 1
        intents[got.intent or "-"] += 1
    total = time.perf_counter() - start
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    print(f"database: {engine.url.get_backend_name()}")
    print(f"messages: {len(raws)} in {total:.1f} s = {len(raws) / total:.0f} messages/s")
    print(f"latency ms: p50 {p(0.50):.1f}  p95 {p(0.95):.1f}  p99 {p(0.99):.1f}  "
          f"mean {statistics.fmean(latencies) * 1000:.1f}")
    print("outcomes: " + ", ".join(f"{k} {v}" for k, v in outcomes.most_common()))
    print("intents: " + ", ".join(f"{k} {v}" for k, v in intents.most_common()))
    tmp.cleanup()


if __name__ == "__main__":
    main()
