"""Planning benchmark: the daily dry run over a large synthetic portfolio, against "the floor".

    python bench/planning.py [--accounts 100000] [--invoices 1000000] [--seed 7]
                             [--small] [--postgres URL | --no-postgres] [--date YYYY-MM-DD]

Builds the portfolio with `store.synth` (or reuses it: the SQLite file and the organization
slug are keyed by size and seed), on SQLite and on PostgreSQL (the URL given, else a
throwaway cluster started like the test suite's, when PostgreSQL is installed). Then, per
database, each in a fresh process so that earlier steps pollute neither time nor memory:

- the floor: one bare SELECT of the open invoices' columns the planner needs, fully fetched
  (best of three);
- the plan: `run_day(..., dry_run=True)`, what `dunning run --dry-run` computes before
  printing, in one process and in as many as the machine has cores (`--processes`; the
  command's default, `agent.parallel`): wall time and peak memory (the process's ru_maxrss
  plus its children's largest, an upper bound of what the processes held together);
- the command: `dunning run --dry-run` itself, output to /dev/null, wall time and peak memory
  (start-up, migrations check and printing included).

Prints a table: floor s, plan s, ratio, peak MiB, accounts planned, sends, skips. The target
is a ratio of at most 5 with peak memory under 1 GiB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DAY = date(2026, 11, 16)  # a Monday; the portfolio is built as of this day


def _engine(url: str):  # type: ignore[no-untyped-def]
    from store.db import make_engine, upgrade

    upgrade(url)
    return make_engine(url)


def _org_id(engine, slug: str) -> int | None:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from store.models import Account, Organization

    with engine.connect() as conn:
        org_id = conn.scalar(select(Organization.id).where(Organization.slug == slug))
        if org_id is None:
            return None
        count = conn.scalar(select(func.count()).select_from(Account).where(
            Account.organization_id == org_id))
    return org_id if count else None


def ensure_portfolio(url: str, slug: str, accounts: int, invoices: int, seed: int,
                     day: date) -> tuple[int, str]:
    from store.synth import synthesize

    engine = _engine(url)
    org_id = _org_id(engine, slug)
    if org_id is not None:
        return org_id, "reused"
    report = synthesize(engine, accounts=accounts, invoices=invoices, seed=seed, slug=slug,
                        today=day)
    engine.dispose()
    return report.organization_id, (f"built in {report.seconds:.1f} s "
                                    f"({sum(report.rows.values()):,} rows)")


# ----------------------------------------------------------------------- measured steps
# each runs in a fresh process: `python bench/planning.py --measure STEP URL ORG DAY`

def measure_floor(url: str, org_id: int, day: date) -> dict:
    from sqlalchemy import select

    from store.db import make_engine
    from store.models import Document

    engine = make_engine(url)
    d = Document.__table__
    query = select(d.c.account_id, d.c.id, d.c.number, d.c.currency, d.c.issue_date,
                   d.c.due_date, d.c.amount, d.c.paid_amount).where(
        d.c.organization_id == org_id, d.c.kind == "invoice", d.c.amount > d.c.paid_amount)
    best, rows = float("inf"), 0
    for _ in range(3):
        started = time.perf_counter()
        with engine.connect() as conn:
            rows = len(conn.execute(query).all())
        best = min(best, time.perf_counter() - started)
    return {"seconds": best, "rows": rows}


def measure_plan(url: str, org_id: int, day: date, processes: int) -> dict:
    from agent.scheduler import run_day
    from store.db import make_engine

    engine = make_engine(url)
    started = time.perf_counter()
    decisions = run_day(engine, org_id, day, dry_run=True, processes=processes)
    seconds = time.perf_counter() - started
    outcomes: dict[str, int] = {}
    for d in decisions:
        outcomes[d.outcome] = outcomes.get(d.outcome, 0) + 1
    return {"seconds": seconds, "planned": len(decisions), "nothing_due": decisions.nothing_due,
            "outcomes": outcomes, "messages": sum(len(d.messages) for d in decisions),
            "processes": processes,
            "peak_mib": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                         + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024}


def _fresh(step: str, url: str, org_id: int, day: date, processes: int = 1) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", step, url, str(org_id), day.isoformat(),
         str(processes)],
        check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_command(url: str, slug: str, day: date) -> dict:
    """`dunning run --dry-run` as a user runs it; peak memory of that child alone."""
    env = dict(os.environ, DUNNING_DATABASE_URL=url)
    dunning = Path(sys.executable).with_name("dunning")
    started = time.perf_counter()
    with open(os.devnull, "w") as sink:
        proc = subprocess.Popen([str(dunning), "run", "--dry-run", "--org", slug, "--date",
                                 day.isoformat()], stdout=sink, stderr=subprocess.PIPE,
                                env=env, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        raise RuntimeError(f"dunning run --dry-run failed: {proc.stderr.read().decode()}")
    return {"seconds": seconds, "peak_mib": usage.ru_maxrss / 1024}


def bench(name: str, url: str, slug: str, args: argparse.Namespace) -> dict:
    org_id, how = ensure_portfolio(url, slug, args.accounts, args.invoices, args.seed, args.date)
    print(f"[{name}] portfolio {slug}: {how}", flush=True)
    floor = _fresh("floor", url, org_id, args.date)
    print(f"[{name}] floor {floor['seconds']:.2f} s ({floor['rows']:,} open invoices)",
          flush=True)
    plans = []
    for processes in sorted({1, args.processes}):
        plan = _fresh("plan", url, org_id, args.date, processes)
        print(f"[{name}] plan in {processes} process(es) {plan['seconds']:.2f} s, "
              f"peak {plan['peak_mib']:.0f} MiB", flush=True)
        plans.append(plan)
    command = measure_command(url, slug, args.date) if not args.no_command else None
    if command:
        print(f"[{name}] dunning run --dry-run {command['seconds']:.2f} s, "
              f"peak {command['peak_mib']:.0f} MiB", flush=True)
    return {"db": name, "floor": floor, "plans": plans, "command": command}


def print_table(results: list[dict]) -> None:
    head = (f"{'db':<10} {'procs':>5} {'floor s':>8} {'plan s':>8} {'ratio':>6} "
            f"{'peak MiB':>9} "
            f"{'planned':>8} {'sends':>7} {'skips':>7} {'tasks':>6} {'no due':>8} "
            f"{'cmd s':>7} {'cmd MiB':>8}")
    print(head)
    print("-" * len(head))
    for r, p in ((res, plan) for res in results for plan in res["plans"]):
        f, c = r["floor"], r["command"]
        o = p["outcomes"]
        skips = o.get("skipped", 0) + o.get("not_due", 0) + o.get("nothing", 0)
        print(f"{r['db']:<10} {p['processes']:>5} {f['seconds']:>8.2f} {p['seconds']:>8.2f} "
              f"{p['seconds'] / f['seconds']:>6.1f} {p['peak_mib']:>9.0f} {p['planned']:>8,} "
              f"{o.get('sent', 0):>7,} {skips:>7,} {o.get('task', 0):>6,} "
              f"{p['nothing_due']:>8,} "
              + (f"{c['seconds']:>7.2f} {c['peak_mib']:>8.0f}" if c else f"{'-':>7} {'-':>8}"))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--measure":
        step, url, org_id, day = sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
        on = date.fromisoformat(day)
        print(json.dumps(measure_floor(url, org_id, on) if step == "floor"
                         else measure_plan(url, org_id, on, int(sys.argv[6]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--invoices", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--small", action="store_true", help="2,000 accounts, 20,000 invoices")
    parser.add_argument("--postgres", metavar="URL", help="a PostgreSQL database to use")
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    parser.add_argument("--no-command", action="store_true",
                        help="skip timing the `dunning run --dry-run` command itself")
    parser.add_argument("--date", type=date.fromisoformat, default=DAY)
    parser.add_argument("--processes", type=int, default=None,
                        help="planning processes besides one (default: the machine's cores)")
    parser.add_argument("--work-dir", type=Path, default=ROOT / "var" / "bench")
    args = parser.parse_args()
    if args.processes is None:
        from agent.parallel import default_processes

        args.processes = default_processes()
    if args.small:
        args.accounts, args.invoices = 2_000, 20_000
    from store.synth import VERSION

    slug = f"bench-{args.accounts}-{args.invoices}-{args.seed}-v{VERSION}"
    args.work_dir.mkdir(parents=True, exist_ok=True)
    results = [bench("sqlite", f"sqlite:///{args.work_dir / (slug + '.db')}", slug, args)]
    server = None
    if not args.no_postgres:
        url = args.postgres
        if url is None:
            try:
                from tests.support.servers import start_postgres

                server = start_postgres()
                url = server.url
            except (RuntimeError, OSError, subprocess.CalledProcessError) as exc:
                print(f"[postgres] not measured: {exc}", flush=True)
        if url is not None:
            if url.startswith(("postgresql://", "postgres://")):
                url = "postgresql+psycopg://" + url.split("://", 1)[1]
            try:
                results.append(bench("postgres", url, slug, args))
            finally:
                if server is not None:
                    server.stop()
    print()
    print(f"{args.accounts:,} accounts, {args.invoices:,} invoices, seed {args.seed}, "
          f"as of {args.date.isoformat()}")
    print_table(results)


if __name__ == "__main__":
    main()
