"""Graph states: small and JSON-primitive (ids, dates as ISO strings, labels), never whole
emails or ORM objects. What a node needs beyond that it reads from the store."""

from __future__ import annotations

from typing import TypedDict


class FollowupState(TypedDict, total=False):
    account_id: int
    today: str  # ISO date
    kind: str  # followup | courtesy
    step: int  # follow-up number in the plan (1-based)
    stops: list[str]  # reasons the account is not followed up today
    channel: str  # email | letter
    recipients: list[int]  # contact ids (0 = the account's own postal address)
    tone: str | None
    communication_ids: list[int]
    outcome: str  # sent | skipped | task | nothing
    detail: str
