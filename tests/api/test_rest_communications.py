"""REST: communications; a scheduled message can be edited or cancelled, a sent one not."""

from __future__ import annotations

from sqlalchemy import select

from store.db import transaction
from store.models import Communication, Event, utcnow

API = "/api/v1"


def test_list_newest_first_without_bodies(ana_api, world):
    r = ana_api.get(f"{API}/communications")
    assert r.status_code == 200
    items = r.json()["items"]
    assert r.json()["total"] == 6
    dates = [c["on_date"] for c in items]
    assert dates == sorted(dates, reverse=True)
    assert all("body" not in c and "raw" not in c for c in items)
    assert {c["account_name"] for c in items} == {"Hofmann Bau KG", "Quixel Parts Inc"}


def test_filters(ana_api, world):
    def ids(query: str) -> set[int]:
        r = ana_api.get(f"{API}/communications?{query}")
        assert r.status_code == 200, r.text
        return {c["id"] for c in r.json()["items"]}

    c = world.communication
    assert ids(f"account_id={world.account['C1']}") == {c["C1:sent"], c["C1:scheduled"],
                                                        c["C1:received"]}
    assert ids("status=scheduled") == {c["C1:scheduled"], c["C2:scheduled"]}
    assert ids("direction=in") == {c["C1:received"], c["C2:received"]}
    assert ids("channel=letter") == set()
    assert ids("kind=reply&account_id=" + str(world.account["C2"])) == {c["C2:received"]}
    assert ids("from=2026-11-03&to=2026-11-10") == {c["C1:received"], c["C2:received"]}
    assert ids("limit=1&offset=0") == {c["C2:scheduled"]}
    page = ana_api.get(f"{API}/communications?direction=out&limit=3&offset=3").json()
    assert page["total"] == 4 and len(page["items"]) == 1
    for bad in ("status=lost", "direction=up", "channel=fax", "from=2026-13-01",
                "from=2026-11-10&to=2026-11-01"):
        r = ana_api.get(f"{API}/communications?{bad}")
        assert r.status_code == 422, bad
        assert r.json()["detail"][0]["loc"][:2] == ["query", bad.split("=")[0]]


def test_get_one_with_body_and_never_raw(ana_api, world, web_engine):
    received = world.communication["C1:received"]
    with transaction(web_engine) as s:
        s.get(Communication, received).raw = b"Received: from mx\r\nX-Secret: raw-mime\r\n\r\n"
    r = ana_api.get(f"{API}/communications/{received}")
    assert r.status_code == 200
    body = r.json()
    assert body["body"] == "<script>alert('x')</script> The delivery was incomplete."
    assert body["intent"] == "dispute" and body["direction"] == "in"
    assert "raw" not in body and "raw-mime" not in r.text
    assert r.headers["content-type"].startswith("application/json")
    assert ana_api.get(f"{API}/communications/777777").status_code == 404


def test_edit_a_scheduled_message(ana_api, world, web_engine):
    scheduled = world.communication["C1:scheduled"]
    r = ana_api.patch(f"{API}/communications/{scheduled}",
                      json={"subject": "Second reminder (corrected)",
                            "body": "Dear Ms Weiss, please pay 2050.00 EUR."})
    assert r.status_code == 200, r.text
    assert r.json()["subject"] == "Second reminder (corrected)"
    assert r.json()["body"] == "Dear Ms Weiss, please pay 2050.00 EUR."
    assert r.json()["status"] == "scheduled"
    with transaction(web_engine) as s:
        event = s.scalar(select(Event).where(Event.kind == "communication_edited"))
        assert event.actor == "member:ana@us.example"
        assert event.data["changed"] == ["subject", "body"]
    assert ana_api.patch(f"{API}/communications/{scheduled}", json={}).status_code == 422
    r = ana_api.patch(f"{API}/communications/{scheduled}", json={"subject": "  "})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "subject"]


def test_a_sent_or_received_message_cannot_be_edited_or_cancelled(ana_api, world, web_engine):
    for key in ("C1:sent", "C1:received"):
        comm = world.communication[key]
        r = ana_api.patch(f"{API}/communications/{comm}", json={"body": "changed"})
        assert r.status_code == 409, key
        assert "only a scheduled message" in r.json()["detail"]
        assert ana_api.post(f"{API}/communications/{comm}/cancel").status_code == 409
    # an attempt under way: the transport may have it already
    scheduled = world.communication["C2:scheduled"]
    with transaction(web_engine) as s:
        s.get(Communication, scheduled).attempted_at = utcnow()
    r = ana_api.patch(f"{API}/communications/{scheduled}", json={"body": "changed"})
    assert r.status_code == 409 and "being delivered" in r.json()["detail"]
    with transaction(web_engine) as s:
        assert s.get(Communication, world.communication["C1:sent"]).body.startswith("Dear")


def test_cancel_a_scheduled_message(ana_api, world, web_engine):
    scheduled = world.communication["C1:scheduled"]
    r = ana_api.post(f"{API}/communications/{scheduled}/cancel",
                     json={"reason": "the customer called"})
    assert r.status_code == 200 and r.json()["status"] == "cancelled"
    with transaction(web_engine) as s:
        event = s.scalar(select(Event).where(Event.kind == "communication_cancelled"))
        assert "the customer called" in event.reason
        assert event.actor == "member:ana@us.example"
    # cancelled is final
    assert ana_api.post(f"{API}/communications/{scheduled}/cancel").status_code == 409
    r = ana_api.patch(f"{API}/communications/{scheduled}", json={"body": "x"})
    assert r.status_code == 409
