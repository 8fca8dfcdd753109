"""Answers about an account's follow-up state that pages, the CLI and evals all ask."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from agent.context import load_context
from agent.guards.policy import PolicySet
from agent.guards.stop_rules import StopFacts, stops

# the quiet days after a customer reply hold the next reminder back, but do not pause the
# account: the plan goes on by itself afterwards
TEMPORARY_STOPS = frozenset({"conversation"})


def pause_reasons(session: Session, account_id: int, today: date,
                  policies: PolicySet) -> list[str]:
    """Why the product will not send automatic follow-ups to the account from now on, until
    something changes (a payment, a member's decision, a promise date passing). Empty when
    follow-ups continue per plan."""
    ctx = load_context(session, account_id, today)
    policy = policies.for_segment(ctx.account.segment)
    found = stops(StopFacts(
        today=today, country=ctx.account.country, balance=ctx.balance,
        min_balance=policy.min_balance, paused_until=ctx.account.paused_until,
        paused_indefinitely=ctx.account.paused_indefinitely,
        pause_reason=ctx.account.pause_reason, open_tasks=ctx.task_views,
        open_promise_date=max((p.promised_date for p in ctx.open_promises), default=None),
        last_customer_reply_on=ctx.last_reply_on,
    ))
    reasons = [s.reason for s in found if s.code not in TEMPORARY_STOPS]
    if not reasons and ctx.steps_sent >= policy.max_followups:
        reasons.append(f"all {policy.max_followups} follow-ups of the plan were sent")
    return reasons
