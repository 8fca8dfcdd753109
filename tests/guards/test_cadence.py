"""The follow-up cadence against the bounds the scenarios assume (A1–A3), over many countries
and dates, by simulating the daily scheduler's decisions with the pure guards alone."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.guards.cadence import contact_gap_ok, courtesy_due, followup_due, no_response_due
from agent.guards.calendar import is_business_day
from agent.guards.policy import Policy, load_policies

POLICY = load_policies(None).default
COUNTRIES = ["FR", "DE", "ES", "IT", "NL", "PT", "GB", "US", "BE", "CH", "JP", "AE"]


def simulate(due: date, country: str, policy: Policy = POLICY, days: int = 200):
    """Daily runs from the due date on; returns the follow-up dates and the no-response day."""
    sent: list[date] = []
    no_response = None
    for offset in range(days):
        today = due + timedelta(days=offset)
        if len(sent) >= policy.max_followups:
            if no_response_due(today=today, country=country, policy=policy,
                               oldest_due_date=due, followups_sent=len(sent),
                               last_followup_on=sent[-1], answered_since_last=False):
                no_response = today
                break
            continue
        d = followup_due(today=today, country=country, policy=policy, oldest_due_date=due,
                         followups_sent=len(sent), last_followup_on=sent[-1] if sent else None)
        if d.due and contact_gap_ok(today, sent[-1] if sent else None, policy):
            assert d.step == len(sent) + 1
            sent.append(today)
    return sent, no_response


@settings(max_examples=250, deadline=None)
@given(due=st.dates(date(2025, 1, 1), date(2031, 12, 31)), country=st.sampled_from(COUNTRIES))
def test_plan_respects_the_scenario_bounds(due, country):
    sent, no_response = simulate(due, country)
    assert len(sent) == POLICY.max_followups  # A1: four, then nothing
    assert (sent[0] - due).days <= 21  # A2
    for earlier, later in zip(sent, sent[1:], strict=False):
        assert 5 <= (later - earlier).days <= 21  # A2
    assert all(is_business_day(d, country) for d in sent)
    assert no_response is not None and (no_response - sent[-1]).days <= 14  # A3


def test_first_follow_up_the_day_after_due_when_that_is_a_business_day():
    sent, _ = simulate(date(2026, 9, 1), "FR")
    assert sent == [date(2026, 9, 2), date(2026, 9, 16), date(2026, 9, 30), date(2026, 10, 7)]


def test_due_follow_up_waits_for_the_next_business_day():
    # due Thursday 24 Dec 2026 in DE: 25/26 Dec holidays, 27 Sunday: first run Monday 28th
    sent, _ = simulate(date(2026, 12, 24), "DE")
    assert sent[0] == date(2026, 12, 28)


def test_nothing_before_due_and_nothing_after_the_plan():
    d = followup_due(today=date(2026, 9, 1), country="FR", policy=POLICY,
                     oldest_due_date=date(2026, 9, 1), followups_sent=0, last_followup_on=None)
    assert not d.due and d.reason == "nothing overdue yet"
    d = followup_due(today=date(2026, 12, 1), country="FR", policy=POLICY,
                     oldest_due_date=date(2026, 9, 1), followups_sent=4,
                     last_followup_on=date(2026, 10, 7))
    assert not d.due and "all 4" in d.reason


def test_broken_promise_makes_the_next_follow_up_due_at_once():
    args = dict(country="FR", policy=POLICY, oldest_due_date=date(2026, 10, 20),
                followups_sent=2, last_followup_on=date(2026, 11, 2))
    assert not followup_due(today=date(2026, 11, 5), **args).due
    assert followup_due(today=date(2026, 11, 5), broken_promise=True, **args).due
    # but still only on a business day
    assert not followup_due(today=date(2026, 11, 7), broken_promise=True, **args).due


def test_auto_reply_return_date_delays_the_next_send():
    args = dict(country="FR", policy=POLICY, oldest_due_date=date(2026, 9, 1),
                followups_sent=1, last_followup_on=date(2026, 9, 2))
    assert followup_due(today=date(2026, 9, 18), **args).due
    held = followup_due(today=date(2026, 9, 18), resume_after=date(2026, 9, 21), **args)
    assert not held.due and "away until 2026-09-21" in held.reason
    assert followup_due(today=date(2026, 9, 22), resume_after=date(2026, 9, 21), **args).due


def test_interval_follows_the_age_band():
    base = dict(country="FR", policy=POLICY, followups_sent=1,
                last_followup_on=date(2026, 11, 2))  # a Monday
    young = date(2026, 10, 20)  # 13 days overdue on the last send
    old = date(2026, 8, 1)  # 90+ days overdue: every 3 business days
    assert not followup_due(today=date(2026, 11, 5), oldest_due_date=young, **base).due
    assert followup_due(today=date(2026, 11, 5), oldest_due_date=old, **base).due


def test_min_gap_per_contact():
    assert contact_gap_ok(date(2026, 11, 10), None, POLICY)
    assert not contact_gap_ok(date(2026, 11, 10), date(2026, 11, 6), POLICY)
    assert contact_gap_ok(date(2026, 11, 10), date(2026, 11, 5), POLICY)


def test_no_response_not_when_answered():
    assert not no_response_due(today=date(2026, 12, 31), country="FR", policy=POLICY,
                               oldest_due_date=date(2026, 9, 1), followups_sent=4,
                               last_followup_on=date(2026, 10, 7), answered_since_last=True)


def test_courtesy_notice_only_when_enabled_and_within_three_business_days():
    on = load_policies({"default": {"courtesy_notice": True}}).default
    due = date(2026, 11, 20)  # a Friday
    assert not courtesy_due(today=date(2026, 11, 16), country="FR", policy=on, due_date=due)
    assert courtesy_due(today=date(2026, 11, 17), country="FR", policy=on, due_date=due)
    assert not courtesy_due(today=date(2026, 11, 17), country="FR", policy=POLICY, due_date=due)
    assert not courtesy_due(today=due, country="FR", policy=on, due_date=due)
