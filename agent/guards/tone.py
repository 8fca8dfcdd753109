"""Tone ladder of follow-ups: it only ever goes up within a case."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent.guards.policy import Policy

__all__ = ["TONES", "firmer", "next_tone", "tone_rank"]

TONES: tuple[str, ...] = ("courteous", "professional", "firm")


def tone_rank(tone: str) -> int:
    try:
        return TONES.index(tone)
    except ValueError:
        raise ValueError(f"unknown tone {tone!r} (expected one of {', '.join(TONES)})") from None


def firmer(a: str, b: str) -> str:
    return a if tone_rank(a) >= tone_rank(b) else b


def _one_step_up(tone: str) -> str:
    return TONES[min(tone_rank(tone) + 1, len(TONES) - 1)]


def next_tone(policy: Policy, step: int, last_tone: str | None, broken_promise: bool) -> str:
    """Tone of follow-up number `step` (1-based) given the last tone sent within the case.

    With no earlier message in the case a broken promise has nothing to be firmer than, so the
    policy's tone for the step applies.
    """
    # Imported here because policy validates tones against TONES from this module.
    from agent.guards.policy import tone_for_step

    tone = tone_for_step(policy, step)
    if last_tone is None:
        return tone
    tone = firmer(tone, last_tone)
    if broken_promise:
        tone = firmer(tone, _one_step_up(last_tone))
    return tone
