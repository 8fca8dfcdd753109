"""REST: tasks, their threads, and a member's request applied by the real offline agent."""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient
from sqlalchemy import select

from store.db import transaction
from store.models import Account, Event, Member, Task
from tests.api.conftest import bearer

API = "/api/v1"


def add_task(engine, world, *, status: str, reason: str, assignee: str | None,
             account: str = "C2") -> int:
    with transaction(engine) as s:
        task = Task(organization_id=world.org["us"], account_id=world.account[account],
                    reason=reason, status=status, subject=f"{reason} task",
                    agent_message="...", created_on=date(2026, 11, 10),
                    idempotency_key=f"test:{reason}:{status}:{assignee}")
        task.assignees = [s.get(Member, world.member[assignee])] if assignee else []
        s.add(task)
        s.flush()
        return task.id


def ids(client, query: str = "") -> set[int]:
    r = client.get(f"{API}/tasks?{query}")
    assert r.status_code == 200, r.text
    return {t["id"] for t in r.json()["items"]}


def test_default_list_is_mine_and_action_required(ana_api, world, web_engine):
    dispute = world.task["us"]
    mine_waiting = add_task(web_engine, world, status="awaiting_response", reason="callback",
                            assignee="ana@us.example")
    bobs = add_task(web_engine, world, status="action_required", reason="no_response",
                    assignee="bob@us.example")
    assert ids(ana_api) == {dispute}
    assert ids(ana_api, "status=awaiting_response") == {mine_waiting}
    assert ids(ana_api, "status=action_required&status=awaiting_response") == {dispute,
                                                                                mine_waiting}
    assert ids(ana_api, "status=action_required,awaiting_response") == {dispute, mine_waiting}
    assert ids(ana_api, "status=all") == {dispute, mine_waiting}
    assert ids(ana_api, "assignee=any") == {dispute, bobs}
    assert ids(ana_api, f"assignee={world.member['bob@us.example']}") == {dispute, bobs}
    assert ids(ana_api, "assignee=any&reason=no_response") == {bobs}
    assert ids(ana_api, f"assignee=any&account_id={world.account['C1']}") == {dispute}
    paged = ana_api.get(f"{API}/tasks?status=all&assignee=any&limit=2&offset=2").json()
    assert paged["total"] == 3 and len(paged["items"]) == 1
    everything = ana_api.get(f"{API}/tasks?status=all&assignee=any").json()["items"]
    assert paged["items"][0]["id"] == everything[2]["id"]
    for bad in ("status=done", "assignee=someone"):
        r = ana_api.get(f"{API}/tasks?{bad}")
        assert r.status_code == 422
        assert r.json()["detail"][0]["loc"] == ["query", bad.split("=")[0]]


def test_get_task_with_thread(ana_api, world):
    r = ana_api.get(f"{API}/tasks/{world.task['us']}")
    assert r.status_code == 200
    task = r.json()
    assert task["subject"] == "Hofmann Bau KG disputes the balance"
    assert task["account_name"] == "Hofmann Bau KG"
    assert task["agent_message"] == "The customer says the delivery was incomplete."
    assert task["suggested_next_step"] == "Check the delivery note."
    assert {m["email"] for m in task["assignees"]} == {"ana@us.example", "bob@us.example"}
    assert [m["author"] for m in task["messages"]] == ["agent"]
    assert ana_api.get(f"{API}/tasks/123456").status_code == 404


def test_change_status(ana_api, world, web_engine):
    task_id = world.task["us"]
    r = ana_api.post(f"{API}/tasks/{task_id}/status",
                     json={"status": "in_progress", "note": "calling them today"})
    assert r.status_code == 200 and r.json()["status"] == "in_progress"
    last = r.json()["messages"][-1]
    assert last["author"] == "member" and "calling them today" in last["body"]
    assert ids(ana_api) == set() and ids(ana_api, "status=in_progress") == {task_id}
    r = ana_api.post(f"{API}/tasks/{task_id}/status", json={"status": "closed"})
    assert r.json()["status"] == "closed" and r.json()["closed_on"] == "2026-11-16"
    r = ana_api.post(f"{API}/tasks/{task_id}/status", json={"status": "action_required"})
    assert r.json()["status"] == "action_required" and r.json()["closed_on"] is None
    with transaction(web_engine) as s:
        actors = {e.actor for e in s.scalars(select(Event).where(Event.kind == "task_status"))}
    assert actors == {"member:ana@us.example"}
    r = ana_api.post(f"{API}/tasks/{task_id}/status", json={"status": "done"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "status"]


def test_a_reply_in_the_thread_pauses_the_account_and_the_agent_answers(app, world,
                                                                         web_engine):
    bob = TestClient(app)  # Bob has no language: the agent answers him in English
    bob.headers.update(bearer(web_engine, world.member["bob@us.example"]))
    task_id = world.task["us"]
    r = bob.post(f"{API}/tasks/{task_id}/messages", json={"body": "pause until 15 December"})
    assert r.status_code == 200, r.text
    thread = r.json()["messages"]
    mine = next(i for i, m in enumerate(thread) if m["body"] == "pause until 15 December")
    assert thread[mine]["author"] == "member"
    assert thread[mine]["member"]["email"] == "bob@us.example"
    answer = next(m for m in thread[mine + 1:] if m["author"] == "agent")
    assert "Done for Hofmann Bau KG:" in answer["body"]
    assert "paused until 15 December 2026" in answer["body"]
    with transaction(web_engine) as s:
        account = s.get(Account, world.account["C1"])
        assert account.paused_until == date(2026, 12, 15)
    account = bob.get(f"{API}/accounts/{world.account['C1']}").json()
    assert account["paused"] is True and account["paused_until"] == "2026-12-15"


def test_the_agent_answers_ana_in_her_language(ana_api, world):
    r = ana_api.post(f"{API}/tasks/{world.task['us']}/messages",
                     json={"body": "resume follow-ups"})
    assert r.status_code == 200
    assert "Feito para Hofmann Bau KG" in r.json()["messages"][-1]["body"]
    assert ana_api.post(f"{API}/tasks/{world.task['us']}/messages",
                        json={"body": "  "}).status_code == 422
    assert ana_api.post(f"{API}/tasks/999999/messages",
                        json={"body": "pause"}).status_code == 404
