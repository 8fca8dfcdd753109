from __future__ import annotations

import itertools

import pytest

from agent.guards.policy import Policy, tone_for_step
from agent.guards.tone import TONES, firmer, next_tone, tone_rank

DEFAULT = Policy()
GENTLE = Policy(
    max_followups=5, tones=("courteous", "courteous", "courteous", "professional", "firm")
)
STRICT = Policy(max_followups=2, tones=("firm", "firm"))
POLICIES = [DEFAULT, GENTLE, STRICT]


def test_tones_order() -> None:
    assert TONES == ("courteous", "professional", "firm")
    assert [tone_rank(t) for t in TONES] == [0, 1, 2]


def test_tone_rank_rejects_unknown() -> None:
    with pytest.raises(ValueError, match="unknown tone 'rude'"):
        tone_rank("rude")


@pytest.mark.parametrize(("a", "b"), list(itertools.product(TONES, repeat=2)))
def test_firmer_is_max(a: str, b: str) -> None:
    result = firmer(a, b)
    assert result in (a, b)
    assert tone_rank(result) == max(tone_rank(a), tone_rank(b))
    assert firmer(b, a) == result


def test_default_plan_without_history() -> None:
    assert [next_tone(DEFAULT, s, None, False) for s in range(1, 6)] == [
        "courteous",
        "professional",
        "firm",
        "firm",
        "firm",
    ]


def test_examples() -> None:
    # Tone never goes down: a member sent a firm message before step 2.
    assert next_tone(DEFAULT, 2, "firm", False) == "firm"
    # Broken promise after a courteous message: professional at least.
    assert next_tone(DEFAULT, 1, "courteous", True) == "professional"
    # Broken promise after a professional message at step 2: firm.
    assert next_tone(DEFAULT, 2, "professional", True) == "firm"
    # Capped at firm.
    assert next_tone(DEFAULT, 4, "firm", True) == "firm"
    # No message before: the broken promise has nothing to be firmer than.
    assert next_tone(DEFAULT, 1, None, True) == "courteous"


@pytest.mark.parametrize("policy", POLICIES, ids=["default", "gentle", "strict"])
@pytest.mark.parametrize("step", range(1, 8))
@pytest.mark.parametrize("last_tone", [None, *TONES])
@pytest.mark.parametrize("broken_promise", [False, True])
def test_all_combinations(
    policy: Policy, step: int, last_tone: str | None, broken_promise: bool
) -> None:
    tone = next_tone(policy, step, last_tone, broken_promise)
    planned = tone_for_step(policy, step)
    assert tone in TONES
    # Never below the plan, never below what was already sent.
    assert tone_rank(tone) >= tone_rank(planned)
    if last_tone is not None:
        assert tone_rank(tone) >= tone_rank(last_tone)
    if broken_promise and last_tone is not None:
        expected_min = min(tone_rank(last_tone) + 1, len(TONES) - 1)
        assert tone_rank(tone) >= expected_min
        if last_tone != "firm":
            assert tone_rank(tone) > tone_rank(last_tone)
    # And nothing firmer than needed: it is exactly the max of the constraints.
    constraints = [tone_rank(planned)]
    if last_tone is not None:
        constraints.append(tone_rank(last_tone))
        if broken_promise:
            constraints.append(min(tone_rank(last_tone) + 1, len(TONES) - 1))
    assert tone_rank(tone) == max(constraints)


def test_unknown_last_tone_is_rejected() -> None:
    with pytest.raises(ValueError):
        next_tone(DEFAULT, 1, "angry", False)


def test_step_must_be_positive() -> None:
    with pytest.raises(ValueError):
        next_tone(DEFAULT, 0, None, False)
