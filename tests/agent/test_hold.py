"""Follow-ups held for review (`review_hold_hours`): scheduled first, editable and
cancellable by a member, checked against the stop rules again, then sent exactly once."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from agent.hold import release_held
from agent.scheduler import run_day
from agent.tools.outbound import cancel_scheduled, edit_scheduled, retry_pending
from agent.tools.payments import record_payment
from store.db import session_factory, transaction
from store.models import Communication, Document, Event, Organization
from tests.agent.test_followup_run import make_account, outbound, outbox  # noqa: F401

MONDAY = date(2026, 10, 19)
MORNING = datetime(2026, 10, 19, 8, 0, tzinfo=UTC)  # 10:00 in Berlin: inside the window


def held_org(engine, hours=4):
    org_id, acc_id = make_account(engine, invoices=(("NL-1", "980.00", date(2026, 10, 15)),))
    with transaction(engine) as s:
        org = s.get(Organization, org_id)
        org.settings = {"policies": {"default": {"review_hold_hours": hours}}}
    return org_id, acc_id


def invoice(s, acc_id):
    return s.scalar(select(Document).where(Document.account_id == acc_id))


def followups(engine):
    with session_factory(engine)() as s:
        return list(s.scalars(select(Communication).where(
            Communication.kind == "followup").order_by(Communication.id)))


def mails(outbox):  # noqa: F811
    return sorted((outbox / "mail").glob("*.eml")) if (outbox / "mail").exists() else []


def test_a_held_follow_up_waits_then_goes_once(engine, outbound, outbox):  # noqa: F811
    org_id, _ = held_org(engine)
    [decision] = run_day(engine, org_id, MONDAY, outbound=outbound, now=MORNING, strict=True)
    assert decision.outcome == "held" and "held for review" in decision.detail
    [comm] = followups(engine)
    assert comm.status == "scheduled" and comm.next_attempt_at == MORNING + timedelta(hours=4)
    assert mails(outbox) == []
    # the outbox retry loop leaves it alone: only the release checks and sends it
    with session_factory(engine)() as s:
        assert retry_pending(s, s.get(Organization, org_id), outbound) == []
    assert release_held(engine, org_id, MONDAY, outbound=outbound,
                        now=MORNING + timedelta(hours=1)) == []
    # a second run the same day neither drafts it again nor sends it
    run_day(engine, org_id, MONDAY, outbound=outbound, now=MORNING, strict=True)
    assert len(followups(engine)) == 1 and mails(outbox) == []
    later = MORNING + timedelta(hours=4, minutes=5)
    [released] = release_held(engine, org_id, MONDAY, outbound=outbound, now=later)
    assert released.outcome == "sent"
    assert release_held(engine, org_id, MONDAY, outbound=outbound, now=later) == []
    assert len(mails(outbox)) == 1
    assert followups(engine)[0].status == "sent"


def test_a_members_edit_is_what_goes(engine, outbound, outbox):  # noqa: F811
    org_id, _ = held_org(engine)
    run_day(engine, org_id, MONDAY, outbound=outbound, now=MORNING, strict=True)
    [comm] = followups(engine)
    with transaction(engine) as s:
        edit_scheduled(s, s.get(Communication, comm.id), actor="member:lena@nordlicht.example",
                       today=MONDAY, body="Sehr geehrte Frau Petra, bitte ... NL-1.")
    release_held(engine, org_id, MONDAY, outbound=outbound, now=MORNING + timedelta(hours=5))
    [eml] = mails(outbox)
    assert "Sehr geehrte Frau Petra, bitte ... NL-1." in eml.read_text()
    with session_factory(engine)() as s:
        assert s.scalar(select(Event).where(Event.kind == "communication_edited")).actor \
            == "member:lena@nordlicht.example"


def test_a_cancelled_follow_up_never_goes(engine, outbound, outbox):  # noqa: F811
    org_id, _ = held_org(engine)
    run_day(engine, org_id, MONDAY, outbound=outbound, now=MORNING, strict=True)
    [comm] = followups(engine)
    with transaction(engine) as s:
        cancel_scheduled(s, s.get(Communication, comm.id), actor="member:lena@nordlicht.example",
                         today=MONDAY, why="customer called")
    assert release_held(engine, org_id, MONDAY, outbound=outbound,
                        now=MORNING + timedelta(hours=5)) == []
    assert mails(outbox) == [] and followups(engine)[0].status == "cancelled"


def test_payment_during_the_hold_cancels_it_with_the_reason(engine, outbound, outbox):  # noqa: F811
    org_id, acc_id = held_org(engine)
    run_day(engine, org_id, MONDAY, outbound=outbound, now=MORNING, strict=True)
    with transaction(engine) as s:
        record_payment(s, document=invoice(s, acc_id), amount=Decimal("980.00"),
                       value_date=MONDAY, today=MONDAY)
    [released] = release_held(engine, org_id, MONDAY, outbound=outbound,
                              now=MORNING + timedelta(hours=5))
    assert released.outcome == "cancelled" and "nothing is owed" in released.detail
    assert mails(outbox) == []
    with session_factory(engine)() as s:
        event = s.scalar(select(Event).where(Event.kind == "communication_cancelled"))
        assert "nothing is owed" in event.reason and event.actor == "agent"


def test_a_partial_payment_during_the_hold_cancels_the_outdated_statement(
        engine, outbound, outbox):  # noqa: F811
    org_id, acc_id = held_org(engine)
    run_day(engine, org_id, MONDAY, outbound=outbound, now=MORNING, strict=True)
    with transaction(engine) as s:
        record_payment(s, document=invoice(s, acc_id), amount=Decimal("100.00"),
                       value_date=MONDAY, today=MONDAY)
    [released] = release_held(engine, org_id, MONDAY, outbound=outbound,
                              now=MORNING + timedelta(hours=5))
    assert released.outcome == "cancelled" and "statement changed" in released.detail
    # the next run drafts it anew with the right amount, held again
    [decision] = run_day(engine, org_id, MONDAY + timedelta(days=1), outbound=outbound,
                         now=MORNING + timedelta(days=1), strict=True)
    assert decision.outcome == "held", decision.detail
    assert followups(engine)[-1].amount == Decimal("880.00")


def test_outside_the_sending_window_it_waits(engine, outbound, outbox):  # noqa: F811
    org_id, _ = held_org(engine, hours=12)
    run_day(engine, org_id, MONDAY, outbound=outbound, now=MORNING, strict=True)
    night = MORNING + timedelta(hours=12, minutes=1)  # 22:01 in Berlin
    [released] = release_held(engine, org_id, MONDAY, outbound=outbound, now=night)
    assert released.outcome == "waiting" and mails(outbox) == []
    next_morning = MORNING + timedelta(days=1)
    [released] = release_held(engine, org_id, MONDAY + timedelta(days=1), outbound=outbound,
                              now=next_morning)
    assert released.outcome == "sent"


@pytest.mark.parametrize("hours", [0])
def test_without_a_hold_nothing_changes(engine, outbound, outbox, hours):  # noqa: F811
    org_id, _ = held_org(engine, hours=hours)
    [decision] = run_day(engine, org_id, MONDAY, outbound=outbound, now=MORNING, strict=True)
    assert decision.outcome == "sent" and len(mails(outbox)) == 1
