"""The Communications pages: the list grouped by account, a message in full, and changing or
stopping a scheduled message before it leaves."""

from __future__ import annotations

import re
from datetime import date

from fastapi.testclient import TestClient
from sqlalchemy import select

from store.db import transaction
from store.models import Communication, Event

OTHER_ORG = ("Them GmbH", "Secret Customer SA", "secret.example", "reminder T1")


def _clean(html: str) -> None:
    for name in OTHER_ORG:
        assert name not in html


def _subjects(html: str) -> list[str]:
    return re.findall(r'<a href="/communications/\d+">([^<]+)</a>', html)


def _groups(html: str) -> list[str]:
    return re.findall(r'<h2 id="g-\d+"><a href="/accounts/\d+">([^<]+)</a></h2>', html)


def test_default_list_is_recent_outbound_and_scheduled_grouped_by_account(ana, world,
                                                                          web_engine):
    with transaction(web_engine) as s:
        old = s.get(Communication, world.communication["C1:sent"])
        s.add(Communication(
            organization_id=old.organization_id, account_id=old.account_id, channel="letter",
            direction="out", status="sent", kind="followup", subject="Old letter C1",
            body="...", on_date=date(2026, 8, 1), idempotency_key="test:old-letter"))
    response = ana.get("/communications")
    assert response.status_code == 200
    html = response.text
    assert "<h1>Communications</h1>" in html
    assert _groups(html) == ["Hofmann Bau KG", "Quixel Parts Inc"]
    assert _subjects(html) == ["Second reminder C1", "Payment reminder C1",
                               "Second reminder C2", "Payment reminder C2"]
    assert f'<a href="/accounts/{world.account["C1"]}">Hofmann Bau KG</a>' in html
    assert "buchhaltung@hofmann-bau.example" in html and "Courteous" in html
    assert '<span class="badge warn">Scheduled</span>' in html
    _clean(html)
    everything = ana.get("/communications?status=all").text
    assert "Old letter C1" in everything and "Re: Payment reminder C1" in everything
    _clean(everything)


def test_status_filter_and_search(ana, world):
    received = ana.get("/communications?status=received").text
    assert _subjects(received) == ["Re: Payment reminder C1", "Re: Payment reminder C2"]
    assert "Received from" in received
    _clean(received)
    scheduled = ana.get("/communications?status=scheduled").text
    assert _subjects(scheduled) == ["Second reminder C1", "Second reminder C2"]
    by_account = ana.get("/communications?status=all&q=quixel").text
    assert _groups(by_account) == ["Quixel Parts Inc"]
    assert len(_subjects(by_account)) == 3
    by_subject = ana.get("/communications?status=all&q=second+reminder").text
    assert _subjects(by_subject) == ["Second reminder C1", "Second reminder C2"]
    # the other organization's subjects never match, even searched for by name
    assert _subjects(ana.get("/communications?status=all&q=T1").text) == []
    assert _subjects(ana.get("/communications?status=all&q=%25").text) == []


def test_a_received_message_is_readable_and_escaped(ana, world):
    html = ana.get(f"/communications/{world.communication['C1:received']}").text
    body = html.split('<pre class="body">', 1)[1].split("</pre>", 1)[0]
    assert body == ("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; The delivery was "
                    "incomplete.")
    assert "<script>alert" not in html
    assert "Understood as" in html and "Dispute" in html
    assert "buchhaltung@hofmann-bau.example" in html
    assert f'href="/tasks/{world.task["us"]}"' in html
    assert "Save changes" not in html and "Cancel this message" not in html
    _clean(html)


def test_a_sent_message_has_no_edit_form_and_refuses_edits(ana, world, web_engine):
    sent = world.communication["C1:sent"]
    html = ana.get(f"/communications/{sent}").text
    assert "Dear customer of C1, ..." in html
    assert "Save changes" not in html and f"/communications/{sent}/edit" not in html
    response = ana.post(f"/communications/{sent}/edit",
                        data={"csrf_token": ana.csrf, "subject": "Changed", "body": "Changed"})
    assert response.status_code == 409
    assert "only a scheduled message can be changed" in response.text
    assert ana.post(f"/communications/{sent}/cancel",
                    data={"csrf_token": ana.csrf}).status_code == 409
    with transaction(web_engine) as s:
        comm = s.get(Communication, sent)
        assert comm.subject == "Payment reminder C1" and comm.status == "sent"


def test_edit_and_cancel_a_scheduled_message(ana, world, web_engine):
    scheduled = world.communication["C1:scheduled"]
    html = ana.get(f"/communications/{scheduled}").text
    assert '<label for="subject">Subject</label>' in html
    assert '<label for="body">Body</label>' in html
    assert "Save changes" in html and "Cancel this message" in html
    response = ana.post(f"/communications/{scheduled}/edit",
                        data={"csrf_token": ana.csrf, "subject": "About your balance",
                              "body": "Dear Hofmann team,\nplease settle <b>now</b>."},
                        follow_redirects=False)
    assert response.status_code == 303
    page = ana.get(response.headers["location"]).text
    assert "Changes saved" in page and 'role="status"' in page
    assert "please settle &lt;b&gt;now&lt;/b&gt;." in page
    with transaction(web_engine) as s:
        comm = s.get(Communication, scheduled)
        assert comm.subject == "About your balance" and comm.status == "scheduled"
        assert comm.body == "Dear Hofmann team,\nplease settle <b>now</b>."
        edited = s.scalar(select(Event).where(Event.kind == "communication_edited"))
        assert edited.actor == "member:ana@us.example"

    empty = ana.post(f"/communications/{scheduled}/edit",
                     data={"csrf_token": ana.csrf, "subject": "x", "body": "  "})
    assert empty.status_code == 422

    response = ana.post(f"/communications/{scheduled}/cancel", data={"csrf_token": ana.csrf})
    assert response.status_code == 200
    assert "The message was cancelled" in response.text
    assert "Save changes" not in response.text
    assert '<span class="badge">Cancelled</span>' in response.text
    with transaction(web_engine) as s:
        assert s.get(Communication, scheduled).status == "cancelled"
        cancelled = s.scalar(select(Event).where(Event.kind == "communication_cancelled"))
        assert cancelled.actor == "member:ana@us.example"
    assert "About your balance" in ana.get("/communications?status=cancelled").text


def test_forms_need_the_csrf_token(ana, world, web_engine):
    scheduled = world.communication["C1:scheduled"]
    for data in ({}, {"csrf_token": "forged"}):
        assert ana.post(f"/communications/{scheduled}/cancel", data=data).status_code == 403
        assert ana.post(f"/communications/{scheduled}/edit",
                        data=data | {"subject": "x", "body": "y"}).status_code == 403
    with transaction(web_engine) as s:
        comm = s.get(Communication, scheduled)
        assert comm.status == "scheduled" and comm.subject == "Second reminder C1"


def test_another_organizations_message_is_not_found(ana, world, web_engine):
    for name in ("T1:sent", "T1:scheduled", "T1:received"):
        assert ana.get(f"/communications/{world.communication[name]}").status_code == 404
    theirs = world.communication["T1:scheduled"]
    assert ana.post(f"/communications/{theirs}/cancel",
                    data={"csrf_token": ana.csrf}).status_code == 404
    assert ana.post(f"/communications/{theirs}/edit",
                    data={"csrf_token": ana.csrf, "subject": "x", "body": "y"}).status_code == 404
    assert ana.get("/communications/999999").status_code == 404
    with transaction(web_engine) as s:
        assert s.get(Communication, theirs).status == "scheduled"


def test_signed_out_goes_to_sign_in(app, world):
    client = TestClient(app)
    for url in ("/communications", f"/communications/{world.communication['C1:sent']}"):
        response = client.get(url, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login?next=/communications")
