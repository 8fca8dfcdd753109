"""REST: the plan of a day is a dry run: it says what would happen and writes nothing."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, select

from store.models import Base

API = "/api/v1"


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every table: equal snapshots mean nothing was written."""
    with engine.connect() as connection:
        return {table.name: sorted(tuple(map(repr, row)) for row in
                                    connection.execute(select(table)))
                for table in Base.metadata.sorted_tables}


def outbox_files() -> list[Path]:
    folder = Path(os.environ["DUNNING_OUTBOX_DIR"])
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_the_plan_says_what_would_go_out_and_writes_nothing(ana_api, world, web_engine):
    # the dispute is settled and the pending reminder was withdrawn: a new one is due
    ana_api.post(f"{API}/tasks/{world.task['us']}/status", json={"status": "closed"})
    ana_api.post(f"{API}/communications/{world.communication['C1:scheduled']}/cancel")
    before, files = snapshot(web_engine), outbox_files()
    r = ana_api.get(f"{API}/plan?date=2026-11-17")
    assert r.status_code == 200, r.text
    plan = r.json()
    assert plan["date"] == "2026-11-17"
    decisions = {d["account"]: d for d in plan["decisions"]}
    assert set(decisions) == {"Hofmann Bau KG", "Quixel Parts Inc"}  # never "them"'s
    hofmann = decisions["Hofmann Bau KG"]
    assert hofmann["outcome"] == "sent"
    (line,) = hofmann["messages"]
    assert line.startswith("email to buchhaltung@hofmann-bau.example: followup")
    assert "C1-INV-1, C1-INV-2" in line
    quixel = decisions["Quixel Parts Inc"]
    assert quixel["outcome"] == "skipped" and "promised for 2026-11-20" in quixel["detail"]
    assert snapshot(web_engine) == before
    assert outbox_files() == files


def test_the_default_day_is_tomorrow(ana_api, world, web_engine):
    ana_api.get(f"{API}/me")  # the token's first use is recorded; then it is quiet a minute
    before = snapshot(web_engine)
    r = ana_api.get(f"{API}/plan")
    assert r.status_code == 200 and r.json()["date"] == "2026-11-17"
    assert {d["outcome"] for d in r.json()["decisions"]} == {"skipped"}
    assert snapshot(web_engine) == before
    r = ana_api.get(f"{API}/plan?date=17/11/2026")
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "date"]
