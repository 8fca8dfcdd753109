"""API latency of the task list with many tasks, through the real server.

    python bench/api_latency.py [--tasks 10000] [--requests 300] [--database URL]

Builds an organization with `--tasks` tasks over 2,000 accounts (reasons and statuses mixed,
each assigned to one or two of three members), starts `dunning serve` on a free loopback port
as a separate process, and times sequential requests from one client over HTTP:
the REST task list with its default filter (assigned to me + action required), the REST list
of every task, one task's detail, and the Tasks page of the web app. Prints p50, p95 and p99
in milliseconds for each. The default database is a fresh SQLite file in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REASONS = ["dispute", "refusal", "payment_plan_request", "callback_request", "contact_change",
           "ambiguous", "no_response", "missing_contact", "broken_promise", "payment_unmatched"]
STATUSES = ["action_required"] * 6 + ["awaiting_response", "in_progress", "closed", "cancelled"]
PASSWORD = "bench-password"


def build(url: str, tasks: int, accounts: int = 2000, seed: int = 5) -> str:
    """The portfolio; returns an API token of the first member."""
    from sqlalchemy import insert, select

    from api.auth import create_api_token, set_password
    from store.db import make_engine, transaction, upgrade
    from store.models import Account, Member, Task, TaskMessage, task_assignees
    from store.orgs import add_member, create_organization

    upgrade(url)
    engine = make_engine(url)
    rng = random.Random(seed)
    with transaction(engine) as s:
        org = create_organization(s, "Bench Creditor Ltd", slug="bench",
                                  sender_email="ar@bench.example")
        members = []
        for n in range(3):
            m = add_member(s, org, f"member{n}@bench.example", f"Member {n}", None,
                           role="admin")
            set_password(s, m, PASSWORD)
            members.append(m.id)
        s.execute(insert(Account), [
            {"organization_id": org.id, "external_id": f"A{i:06d}", "name": f"Customer {i}",
             "country": "FR", "currency": "EUR", "token": f"t{i:031d}"}
            for i in range(accounts)])
        account_ids = list(s.scalars(select(Account.id).where(
            Account.organization_id == org.id)))
        start = date(2026, 1, 1)
        rows = [{"organization_id": org.id, "account_id": rng.choice(account_ids),
                 "reason": rng.choice(REASONS), "status": rng.choice(STATUSES),
                 "subject": f"Task {i}: the customer needs a person",
                 "agent_message": "The customer wrote back; a person should decide.",
                 "suggested_next_step": "Call the customer.",
                 "created_on": start + timedelta(days=rng.randrange(330)),
                 "idempotency_key": f"bench:task:{i}"} for i in range(tasks)]
        for chunk in range(0, len(rows), 2000):
            s.execute(insert(Task), rows[chunk:chunk + 2000])
        task_ids = list(s.scalars(select(Task.id).where(Task.organization_id == org.id)))
        links = []
        for tid in task_ids:
            for mid in rng.sample(members, rng.choice((1, 2))):
                links.append({"task_id": tid, "member_id": mid})
        s.execute(insert(task_assignees), links)
        s.execute(insert(TaskMessage), [
            {"task_id": tid, "author": "agent", "body": "Opened: the customer needs a person."}
            for tid in task_ids])
        secret, _ = create_api_token(s, s.get(Member, members[0]), "bench")
    return secret


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentiles(samples: list[float]) -> str:
    samples = sorted(samples)

    def at(q: float) -> float:
        return samples[min(len(samples) - 1, int(q * len(samples)))] * 1000

    return f"p50 {at(0.50):7.1f}  p95 {at(0.95):7.1f}  p99 {at(0.99):7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--database", help="SQLAlchemy URL (default: a fresh SQLite file)")
    args = parser.parse_args()
    import httpx

    tmp = tempfile.TemporaryDirectory(prefix="dunning-bench-api-")
    url = args.database or f"sqlite:///{Path(tmp.name) / 'bench.db'}"
    t0 = time.perf_counter()
    token = build(url, args.tasks)
    print(f"setup: {args.tasks} tasks in {time.perf_counter() - t0:.1f} s")
    port = free_port()
    env = {**os.environ, "DUNNING_DATABASE_URL": url,
           "DUNNING_OUTBOX_DIR": str(Path(tmp.name) / "outbox")}
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "dunning"), "serve", "--host", "127.0.0.1",
         "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/login", timeout=2)
                break
            except httpx.TransportError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("the server did not start:\n"
                                     + (server.stderr.read().decode() if server.stderr else "")
                                     ) from None
                time.sleep(0.2)
        api = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"},
                           timeout=30)
        web = httpx.Client(base_url=base, timeout=30)
        signed = web.post("/login", data={"email": "member0@bench.example",
                                          "password": PASSWORD, "next": "/"})
        assert signed.status_code in (200, 303), signed.text
        some_task = api.get("/api/v1/tasks", params={"status": "all", "assignee": "any",
                                                      "limit": 1}).json()["items"][0]["id"]
        cases = [
            ("GET /api/v1/tasks (mine, action required)", lambda: api.get("/api/v1/tasks")),
            ("GET /api/v1/tasks?status=all&assignee=any", lambda: api.get(
                "/api/v1/tasks", params={"status": "all", "assignee": "any"})),
            (f"GET /api/v1/tasks/{some_task}", lambda: api.get(f"/api/v1/tasks/{some_task}")),
            ("GET /tasks (page)", lambda: web.get("/tasks")),
        ]
        print(f"database: {url.split(':', 1)[0]}, {args.requests} sequential requests each")
        for name, call in cases:
            for _ in range(5):  # warm caches and connections
                call()
            samples = []
            for _ in range(args.requests):
                t = time.perf_counter()
                response = call()
                samples.append(time.perf_counter() - t)
                if response.status_code != 200:
                    raise SystemExit(f"{name}: {response.status_code} {response.text[:300]}")
            total = response.json().get("total") if "api" in name and "tasks/" not in name \
                else None
            print(f"{name:48s} {percentiles(samples)}"
                  + (f"  ({total} matching)" if total is not None else ""))
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        tmp.cleanup()


if __name__ == "__main__":
    main()
