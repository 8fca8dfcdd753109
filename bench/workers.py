"""Workers benchmark: the daily run with one worker and with two side by side, on PostgreSQL.

    python bench/workers.py [--accounts 100000] [--invoices 1000000]
                            [--real-accounts 6000] [--real-invoices 60000] [--seed 7]
                            [--postgres URL] [--workers 1,2] [--skip-real] [--skip-plan]

Builds synthetic portfolios (`store.synth`) once each in a template database (on the URL's
cluster, else a throwaway cluster started like the test suite's), vacuumed and analysed as a
database in service would be: a large one for the plan, a smaller one for the real run (the
graph per account is some 20 ms: 6,000 accounts select about 1,350, some 25 s for one
worker). Then for each worker count it measures, each time on a fresh copy of the template
(`CREATE DATABASE ... TEMPLATE`):

- real: the day's real run (`agent.scheduler.run_day`, the graph per account) against the
  local outbox transport, N processes side by side sharing the accounts through leases;
- plan: the dry-run plan (`run_day(..., dry_run=True, shard=(i, N))`), N processes each
  planning its share of the chunks.

Prints wall time (first process started to last one done) per worker count and the speed-up
of each against one worker. Every process is checked: the real runs together must have
decided every selected account exactly once.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DAY = date(2026, 11, 16)


def _admin(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://").rsplit("/", 1)[0] + "/postgres"


def _sql(url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(_admin(url), autocommit=True) as conn:
        conn.execute(statement)


def _db(url: str, name: str) -> str:
    return url.rsplit("/", 1)[0] + f"/{name}"


def build_template(url: str, name: str, accounts: int, invoices: int, seed: int) -> int:
    from store.db import make_engine, upgrade
    from store.synth import synthesize

    _sql(url, f'DROP DATABASE IF EXISTS "{name}"')
    _sql(url, f'CREATE DATABASE "{name}"')
    target = _db(url, name)
    upgrade(target)
    engine = make_engine(target)
    report = synthesize(engine, accounts=accounts, invoices=invoices, seed=seed, slug="bench",
                        today=DAY)
    engine.dispose()
    import psycopg

    with psycopg.connect(target.replace("postgresql+psycopg://", "postgresql://"),
                         autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE)")
    print(f"portfolio: {accounts:,} accounts, {invoices:,} invoices, built in "
          f"{report.seconds:.1f} s", flush=True)
    return report.organization_id


def copy_of(url: str, template: str, name: str) -> str:
    _sql(url, f'DROP DATABASE IF EXISTS "{name}"')
    _sql(url, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return _db(url, name)


# --------------------------------------------------------------- one worker process
def measure(kind: str, url: str, org_id: int, index: int, count: int, outbox: str) -> dict:
    from agent.scheduler import run_day
    from agent.tools.outbound import Outbound
    from channels.outbox import OutboxEmailTransport, OutboxLetterTransport
    from store.db import make_engine

    engine = make_engine(url)
    started = time.perf_counter()
    if kind == "real":
        os.environ["DUNNING_WORKER_ID"] = f"bench-{index}"
        out = Path(outbox)
        decisions = run_day(engine, org_id, DAY, outbound=Outbound(
            email=OutboxEmailTransport(out), letters=OutboxLetterTransport(out)))
    else:
        decisions = run_day(engine, org_id, DAY, dry_run=True, shard=(index, count))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "decided": len(decisions),
            "accounts": sorted(d.account_id for d in decisions)}


def run_workers(kind: str, url: str, org_id: int, count: int, outbox: Path) -> dict:
    started = time.perf_counter()
    procs = [subprocess.Popen(
        [sys.executable, __file__, "--measure", kind, url, str(org_id), str(i), str(count),
         str(outbox)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for i in range(count)]
    results = []
    for p in procs:
        out, err = p.communicate()
        if p.returncode != 0:
            raise RuntimeError(f"{kind} worker failed: {err[-3000:]}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    wall = time.perf_counter() - started
    accounts = [a for r in results for a in r["accounts"]]
    if len(accounts) != len(set(accounts)):
        raise RuntimeError(f"{kind}: an account was decided by two workers")
    return {"wall": wall, "decided": len(accounts), "per_worker": [r["decided"] for r in results]}


def selected_accounts(url: str, org_id: int) -> int:
    from sqlalchemy import func, select

    from store.db import make_engine
    from store.models import RunLease

    engine = make_engine(url)
    with engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(RunLease).where(
            RunLease.organization_id == org_id, RunLease.done_at.is_not(None)))
    engine.dispose()
    return int(total or 0)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--measure":
        kind, url, org_id, index, count, outbox = sys.argv[2:8]
        print(json.dumps(measure(kind, url, int(org_id), int(index), int(count), outbox)))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=100_000, help="plan's portfolio")
    parser.add_argument("--invoices", type=int, default=1_000_000)
    parser.add_argument("--real-accounts", type=int, default=6_000, help="real run's portfolio")
    parser.add_argument("--real-invoices", type=int, default=60_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--postgres", metavar="URL", help="a PostgreSQL cluster to use")
    parser.add_argument("--workers", default="1,2", help="worker counts, e.g. 1,2")
    parser.add_argument("--skip-real", action="store_true")
    parser.add_argument("--skip-plan", action="store_true")
    args = parser.parse_args()
    counts = [int(c) for c in args.workers.split(",")]
    server = None
    url = args.postgres
    if url is None:
        from tests.support.servers import start_postgres

        server = start_postgres()
        url = server.url
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    rows = []
    try:
        for kind in ("plan", "real"):
            if (kind == "plan" and args.skip_plan) or (kind == "real" and args.skip_real):
                continue
            accounts, invoices = ((args.accounts, args.invoices) if kind == "plan"
                                  else (args.real_accounts, args.real_invoices))
            template = f"bench_workers_{accounts}_{invoices}_{args.seed}"
            org_id = build_template(url, template, accounts, invoices, args.seed)
            base = None
            for count in counts:
                target = copy_of(url, template, f"{template}_{kind}_{count}")
                with tempfile.TemporaryDirectory() as outbox:
                    result = run_workers(kind, target, org_id, count, Path(outbox))
                if kind == "real":
                    done = selected_accounts(target, org_id)
                    if done != result["decided"]:
                        raise RuntimeError(f"real run: {done} accounts done, "
                                           f"{result['decided']} decided")
                _sql(url, f'DROP DATABASE IF EXISTS "{template}_{kind}_{count}"')
                base = base or result["wall"]
                rows.append((kind, accounts, count, result, base / result["wall"]))
                print(f"[{kind}] {count} worker(s): {result['wall']:.2f} s, "
                      f"{result['decided']:,} accounts decided {result['per_worker']}, "
                      f"speed-up {base / result['wall']:.2f}x", flush=True)
    finally:
        if server is not None:
            server.stop()
    print()
    print(f"seed {args.seed}, as of {DAY.isoformat()}, {os.cpu_count()} CPU(s), "
          f"load average (1 min) at the end: {os.getloadavg()[0]:.2f}")
    print(f"{'run':<6} {'accounts':>9} {'workers':>7} {'wall s':>8} {'decided':>8} "
          f"{'speed-up':>9}")
    for kind, accounts, count, result, speedup in rows:
        print(f"{kind:<6} {accounts:>9,} {count:>7} {result['wall']:>8.2f} "
              f"{result['decided']:>8,} {speedup:>8.2f}x")


if __name__ == "__main__":
    main()
