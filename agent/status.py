"""Answers about an account's follow-up state that pages, the CLI and evals all ask."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from agent.context import load_context, stop_facts
from agent.guards.policy import PolicySet
from agent.guards.stop_rules import stops

# the quiet days after a customer reply hold the next reminder back, but do not pause the
# account: the plan goes on by itself afterwards
TEMPORARY_STOPS = frozenset({"conversation", "claim_check"})


def pause_reasons(session: Session, account_id: int, today: date,
                  policies: PolicySet) -> list[str]:
    """Why the product will not send automatic follow-ups to the account from now on, until
    something changes (a payment, a member's decision, a promise date passing). Empty when
    follow-ups continue per plan."""
    ctx = load_context(session, account_id, today)
    policy = policies.for_segment(ctx.account.segment)
    found = stops(stop_facts(ctx, policy))
    reasons = [s.reason for s in found if s.code not in TEMPORARY_STOPS]
    if not reasons and ctx.steps_sent >= policy.max_followups:
        reasons.append(f"all {policy.max_followups} follow-ups of the plan were sent")
    return reasons
