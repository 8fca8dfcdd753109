from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.guards.calendar import business_days_between
from agent.guards.stop_rules import BLOCKING_TASK_REASONS, OpenTask, StopFacts, stops

TODAY = date(2026, 11, 18)  # a Wednesday
BASE = StopFacts(today=TODAY, country="FR", balance=Decimal("100.00"),
                 min_balance=Decimal("0.01"))


def codes(**changes):
    return [s.code for s in stops(StopFacts(**{**BASE.__dict__, **changes}))]


def test_nothing_holds_for_a_plain_overdue_account():
    assert codes() == []


@pytest.mark.parametrize("balance", ["0.00", "-50.00"])
def test_paid_or_credited(balance):
    assert codes(balance=Decimal(balance)) == ["settled"]


def test_below_policy_minimum():
    assert codes(balance=Decimal("4.99"), min_balance=Decimal("5.00")) == ["below_minimum"]


def test_pause_until_a_date_is_inclusive():
    assert codes(paused_until=TODAY) == ["paused"]
    assert codes(paused_until=TODAY - timedelta(days=1)) == []
    assert codes(paused_indefinitely=True) == ["paused"]


@pytest.mark.parametrize("reason", sorted(BLOCKING_TASK_REASONS))
@pytest.mark.parametrize("status", ["action_required", "awaiting_response", "in_progress"])
def test_every_blocking_task_reason_stops_while_open(reason, status):
    assert codes(open_tasks=(OpenTask(1, reason, status),)) == ["open_task"]


@pytest.mark.parametrize("status", ["closed", "cancelled"])
def test_closed_tasks_do_not_stop(status):
    assert codes(open_tasks=(OpenTask(1, "dispute", status),)) == []


def test_informational_task_stops_only_when_a_member_handles_it():
    assert codes(open_tasks=(OpenTask(1, "invalid_contact", "action_required"),)) == []
    assert codes(open_tasks=(OpenTask(1, "invalid_contact", "in_progress"),)) == ["manual"]


def test_promise_holds_through_its_date():
    assert codes(open_promise_date=TODAY) == ["promise"]
    assert codes(open_promise_date=TODAY - timedelta(days=1)) == []


def test_conversation_quiet_for_two_business_days():
    # reply on Monday 16th: quiet Tue 17 and Wed 18, free on Thursday 19
    monday = date(2026, 11, 16)
    assert codes(last_customer_reply_on=monday, today=date(2026, 11, 18)) == ["conversation"]
    assert codes(last_customer_reply_on=monday, today=date(2026, 11, 19)) == []
    # reply on a Friday: the weekend does not count
    friday = date(2026, 11, 13)
    assert codes(last_customer_reply_on=friday, today=date(2026, 11, 17)) == ["conversation"]
    assert codes(last_customer_reply_on=friday, today=date(2026, 11, 18)) == []
    assert codes(awaiting_our_answer=True) == ["conversation"]


def test_every_reason_is_reported_not_only_the_first():
    found = codes(balance=Decimal("0"), paused_indefinitely=True, open_promise_date=TODAY,
                  open_tasks=(OpenTask(3, "dispute", "action_required"),))
    assert found == ["settled", "paused", "open_task", "promise"]


@settings(max_examples=200, deadline=None)
@given(reply=st.dates(date(2026, 1, 1), date(2027, 12, 31)),
       later=st.integers(0, 20), country=st.sampled_from(["FR", "DE", "US", "GB", "NL"]))
def test_conversation_rule_matches_the_business_day_count(reply, later, country):
    today = reply + timedelta(days=later)
    quiet = "conversation" in codes(last_customer_reply_on=reply, today=today, country=country)
    assert quiet == (business_days_between(reply, today, country) <= 2)
