from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent.guards.understanding import INTENTS, Proposal, problems

TODAY = date(2026, 11, 10)


def test_a_sound_promise_passes():
    assert problems(Proposal("payment_promise", date(2026, 11, 20), Decimal("640.00")),
                    today=TODAY, balance=Decimal("640.00")) == []


@pytest.mark.parametrize("proposal, expected", [
    (Proposal("pay_me", None, None), "unknown intent 'pay_me'"),
    (Proposal("payment_promise", date(2026, 11, 9), None), "before the message date"),
    (Proposal("payment_promise", date(2027, 6, 1), None), "more than 180 days ahead"),
    (Proposal("payment_promise", None, Decimal("700.00")), "above the balance"),
    (Proposal("payment_promise", None, Decimal("0")), "not positive"),
    (Proposal("dispute", date(2026, 11, 20), None), "a promise date for intent dispute"),
])
def test_each_fault_is_named(proposal, expected):
    (problem,) = problems(proposal, today=TODAY, balance=Decimal("640.00"))
    assert expected in problem


@given(offset=st.integers(-400, 400), intent=st.sampled_from(INTENTS))
def test_dates_accepted_exactly_within_the_window(offset, intent):
    from datetime import timedelta
    p = Proposal("payment_promise", TODAY + timedelta(days=offset), None)
    assert (problems(p, today=TODAY, balance=None) == []) == (0 <= offset <= 180)
