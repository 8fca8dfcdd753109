"""When is the next follow-up due, and when has a case gone unanswered long enough for a person.

Pure functions over dates and the policy. The stop rules (`stop_rules.py`) decide whether the
account may be followed up at all; this module decides whether today is the day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from agent.guards.calendar import add_business_days, business_days_between, is_business_day
from agent.guards.policy import Policy, interval_for


@dataclass(frozen=True)
class Due:
    due: bool
    step: int  # the follow-up number this would be (1-based)
    reason: str


def followup_due(
    *,
    today: date,
    country: str,
    policy: Policy,
    oldest_due_date: date | None,
    followups_sent: int,
    last_followup_on: date | None,
    broken_promise: bool = False,
    resume_after: date | None = None,
) -> Due:
    """Whether the next follow-up of the case goes out today.

    - the first one once the oldest open invoice is `first_followup_after_days` past due;
    - the next ones once the cadence interval (business days, by the age of the oldest overdue
      invoice today) has passed since the last one, or `max_interval_days` calendar days,
      whichever comes first, so that long holiday stretches never stretch a gap unboundedly;
    - right away after a broken promise (the promise already paused the plan);
    - never on a non-business day of the account's country: a due follow-up waits for the
      first business-day run;
    - `resume_after`: an auto-reply's return date delays the next send past it.
    """
    step = followups_sent + 1
    if followups_sent >= policy.max_followups:
        return Due(False, step, f"all {policy.max_followups} follow-ups of the plan were sent")
    if oldest_due_date is None or today <= oldest_due_date:
        return Due(False, step, "nothing overdue yet")
    if resume_after is not None and today <= resume_after:
        return Due(False, step, f"the contact is away until {resume_after.isoformat()}")
    days_overdue = (today - oldest_due_date).days
    if last_followup_on is None:
        if days_overdue < policy.first_followup_after_days:
            first = oldest_due_date + timedelta(days=policy.first_followup_after_days)
            return Due(False, step, f"first follow-up due on {first.isoformat()}")
        why = f"oldest invoice {days_overdue} days overdue"
    elif broken_promise:
        why = "the payment promise was broken"
    else:
        interval = interval_for(policy, days_overdue)
        elapsed = business_days_between(last_followup_on, today, country)
        calendar_days = (today - last_followup_on).days
        if elapsed < interval and calendar_days < policy.max_interval_days:
            nxt = min(add_business_days(last_followup_on, interval, country),
                      last_followup_on + timedelta(days=policy.max_interval_days))
            return Due(False, step, f"next follow-up due on {nxt.isoformat()} (every "
                                    f"{interval} business days at {days_overdue} days overdue)")
        why = f"{elapsed} business days since the last follow-up (interval {interval})"
    if not is_business_day(today, country):
        return Due(False, step, f"follow-up due ({why}) but {today.isoformat()} is not a "
                                f"business day in {country}")
    return Due(True, step, why)


def contact_gap_ok(today: date, last_sent_to_contact: date | None, policy: Policy) -> bool:
    """Never two follow-ups to one contact less than `min_gap_days` calendar days apart."""
    return last_sent_to_contact is None or (today - last_sent_to_contact).days >= policy.min_gap_days


def no_response_due(
    *,
    today: date,
    country: str,
    policy: Policy,
    oldest_due_date: date,
    followups_sent: int,
    last_followup_on: date | None,
    answered_since_last: bool,
) -> bool:
    """The last follow-up of the plan stayed unanswered for one cadence interval (capped at
    `no_response_max_days` calendar days): a person must decide what comes next."""
    if followups_sent < policy.max_followups or last_followup_on is None or answered_since_last:
        return False
    interval = interval_for(policy, (last_followup_on - oldest_due_date).days)
    return (
        business_days_between(last_followup_on, today, country) >= interval
        or (today - last_followup_on).days >= policy.no_response_max_days
    )


def courtesy_due(*, today: date, country: str, policy: Policy, due_date: date) -> bool:
    """The optional courtesy notice: `courtesy_days_before` business days before a due date,
    sent on the first business day on or after that point and before the due date."""
    if not policy.courtesy_notice or today >= due_date or not is_business_day(today, country):
        return False
    return business_days_between(today, due_date, country) <= policy.courtesy_days_before
