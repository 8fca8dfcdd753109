"""The Tasks pages: the working list, a task's panel, and talking to the agent in its thread."""

from __future__ import annotations

import re
from datetime import date

from fastapi.testclient import TestClient
from sqlalchemy import select

from store.db import transaction
from store.models import Account, Event, Member, Task, TaskMessage
from tests.api.conftest import TODAY

OTHER_ORG = ("Them GmbH", "Secret Customer SA", "Eve Black")


def _clean(html: str) -> None:
    for name in OTHER_ORG:
        assert name not in html


def _subjects(html: str) -> list[str]:
    table = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0] if "<tbody>" in html else ""
    return re.findall(r'<a href="/tasks/\d+\?[^"]*"[^>]*>([^<]+)</a>', table)


def _bob_only_task(engine, world) -> int:  # type: ignore[no-untyped-def]
    with transaction(engine) as s:
        task = Task(organization_id=world.org["us"], account_id=world.account["C2"],
                    reason="callback_request", status="action_required",
                    subject="Quixel asks for a call", created_on=date(2026, 11, 10),
                    idempotency_key="test:bob-only")
        task.assignees = [s.get(Member, world.member["bob@us.example"])]
        s.add(task)
        s.flush()
        return task.id


def test_default_list_is_my_tasks_needing_action(ana, world, web_engine):
    bob_task = _bob_only_task(web_engine, world)
    response = ana.get("/tasks")
    assert response.status_code == 200
    html = response.text
    assert "<h1>Tasks</h1>" in html
    assert _subjects(html) == ["Hofmann Bau KG disputes the balance"]
    assert "1 task" in html
    # the row keeps the filter in its link, so the list stays as it was around the panel
    assert f'href="/tasks/{world.task["us"]}?status=action_required&amp;assignee=me"' in html
    assert '<option value="action_required" selected>' in html
    _clean(html)
    anyone = ana.get("/tasks?assignee=anyone").text
    assert sorted(_subjects(anyone)) == ["Hofmann Bau KG disputes the balance",
                                         "Quixel asks for a call"]
    assert f"/tasks/{bob_task}?" in anyone
    _clean(anyone)


def test_status_filter(ana, world, web_engine):
    assert _subjects(ana.get("/tasks?status=closed").text) == []
    with transaction(web_engine) as s:
        s.get(Task, world.task["us"]).status = "in_progress"
    assert _subjects(ana.get("/tasks").text) == []
    assert _subjects(ana.get("/tasks?status=in_progress").text) == [
        "Hofmann Bau KG disputes the balance"]
    everything = ana.get("/tasks?status=all&assignee=anyone").text
    assert _subjects(everything) == ["Hofmann Bau KG disputes the balance"]
    _clean(everything)


def test_task_panel_shows_the_case_with_customer_text_escaped(ana, world):
    html = ana.get(f"/tasks/{world.task['us']}").text
    panel = html.split('<aside aria-label="Task"', 1)[1].split("</aside>", 1)[0]
    assert "<h2>Hofmann Bau KG disputes the balance</h2>" in panel
    assert f'<a href="/accounts/{world.account["C1"]}">Hofmann Bau KG</a>' in panel
    assert "Dispute" in panel and "Action required" in panel
    assert "Ana Silva" in panel and "Bob Stone" in panel
    assert "The customer says the delivery was incomplete." in panel
    assert "Check the delivery note." in panel
    assert f'href="/communications/{world.communication["C1:received"]}"' in panel
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in panel
    assert "<script>alert" not in html
    assert '<ol class="thread"' in panel and '<li class="agent">' in panel
    assert '<label for="reply">Reply to the agent</label>' in panel
    assert '<textarea id="reply" name="body"' in panel
    assert "Close task" in panel and "Cancel task" in panel
    _clean(html)


def test_the_thread_does_not_repeat_what_the_panel_shows_above_it(ana, world, web_engine):
    with transaction(web_engine) as s:
        task = s.get(Task, world.task["us"])
        s.add(TaskMessage(task_id=task.id, author="agent", body=task.agent_message))
        s.add(TaskMessage(task_id=task.id, author="customer",
                          communication_id=task.communication_id, body="the customer's mail"))
    panel = ana.get(f"/tasks/{world.task['us']}").text
    thread = panel.split('<ol class="thread"', 1)[1].split("</ol>", 1)[0]
    assert "The customer says the delivery was incomplete." not in thread
    assert "the customer&#39;s mail" not in thread
    # what the panel does not show above stays in the thread
    assert "The customer disputes the balance." in thread


def test_another_organizations_task_is_not_found(ana, world):
    them = world.task["them"]
    assert ana.get(f"/tasks/{them}").status_code == 404
    assert ana.get("/tasks/999999").status_code == 404
    response = ana.post(f"/tasks/{them}/reply", data={"csrf_token": ana.csrf, "body": "close"})
    assert response.status_code == 404
    response = ana.post(f"/tasks/{them}/status",
                        data={"csrf_token": ana.csrf, "new_status": "closed"})
    assert response.status_code == 404


def test_signed_out_goes_to_sign_in(app, world):
    client = TestClient(app)
    response = client.get(f"/tasks/{world.task['us']}?status=all", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith(f"/login?next=/tasks/{world.task['us']}")


def test_a_reply_goes_through_the_thread_agent_and_pauses_the_account(ana, world, web_engine):
    task_id = world.task["us"]
    response = ana.post(f"/tasks/{task_id}/reply?status=action_required&assignee=me",
                        data={"csrf_token": ana.csrf, "body": "pause until 15 December"},
                        follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == (
        f"/tasks/{task_id}?status=action_required&assignee=me")
    html = ana.get(response.headers["location"]).text
    thread = html.split('<ol class="thread"', 1)[1].split("</ol>", 1)[0]
    items = re.findall(r'<li class="(agent|member|customer)">', thread)
    mine = thread.index("pause until 15 December")
    assert "Ana Silva" in thread[:mine].rsplit('<li class="member">', 1)[1]
    # the agent answered after the member's message (ana writes Portuguese)
    assert "agent" in items[items.index("member") + 1:]
    assert "15 de dezembro" in thread[mine:]
    with transaction(web_engine) as s:
        assert s.get(Account, world.account["C1"]).paused_until == date(2026, 12, 15)

    account = ana.get(f"/accounts/{world.account['C1']}").text
    banner = account.split('<div class="banner warn" role="status">', 1)[1].split("</div>")[0]
    assert "Follow-ups paused until 15 Dec 2026" in banner
    resumed = ana.post(f"/accounts/{world.account['C1']}/resume",
                       data={"csrf_token": ana.csrf})
    assert resumed.status_code == 200
    assert 'class="banner warn"' not in resumed.text
    assert "Follow-ups paused until" not in resumed.text


def test_an_empty_reply_shows_the_page_again_with_an_error(ana, world, web_engine):
    with transaction(web_engine) as s:
        before = len(s.scalars(select(TaskMessage)).all())
    response = ana.post(f"/tasks/{world.task['us']}/reply",
                        data={"csrf_token": ana.csrf, "body": "   "})
    assert response.status_code == 422
    assert 'role="alert"' in response.text and "Write a message" in response.text
    assert '<aside aria-label="Task"' in response.text
    with transaction(web_engine) as s:
        assert len(s.scalars(select(TaskMessage)).all()) == before


def test_forms_need_the_csrf_token(ana, world, web_engine):
    task_id = world.task["us"]
    for data in ({"body": "close this task"}, {"body": "close this task", "csrf_token": "x"}):
        assert ana.post(f"/tasks/{task_id}/reply", data=data).status_code == 403
    for data in ({"new_status": "closed"}, {"new_status": "closed", "csrf_token": "nope"}):
        assert ana.post(f"/tasks/{task_id}/status", data=data).status_code == 403
    with transaction(web_engine) as s:
        assert s.get(Task, task_id).status == "action_required"
        assert s.scalars(select(TaskMessage).where(TaskMessage.author == "member")).all() == []


def test_status_buttons_change_the_status_and_are_audited(ana, world, web_engine):
    task_id = world.task["us"]
    response = ana.post(f"/tasks/{task_id}/status?status=all&assignee=anyone",
                        data={"csrf_token": ana.csrf, "new_status": "in_progress"},
                        follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/tasks/{task_id}?status=all&assignee=anyone"
    html = ana.get(response.headers["location"]).text
    assert "Mark in progress" not in html and "Close task" in html
    ana.post(f"/tasks/{task_id}/status", data={"csrf_token": ana.csrf, "new_status": "closed"})
    with transaction(web_engine) as s:
        task = s.get(Task, task_id)
        assert task.status == "closed" and task.closed_on == TODAY
        events = s.scalars(select(Event).where(Event.kind == "task_status")
                           .order_by(Event.id)).all()
        assert [(e.data["to"], e.actor) for e in events] == [
            ("in_progress", "member:ana@us.example"), ("closed", "member:ana@us.example")]
    assert ana.post(f"/tasks/{task_id}/status",
                    data={"csrf_token": ana.csrf, "new_status": "deleted"}).status_code == 422
