"""What a graph run needs besides its state: the store session, transports, brain, policies.

Passed to LangGraph as the run's context (`Runtime[RunContext]`), one per account and day, so
nodes stay plain functions of (state, runtime)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from agent.brain.base import Brain
from agent.guards.policy import PolicySet
from agent.tools.outbound import Outbound


@dataclass
class RunContext:
    session: Session
    today: date
    outbound: Outbound
    brain: Brain
    policies: PolicySet
    dry_run: bool = False
    now: datetime | None = None  # a real run's clock: the sending window applies
    cache: dict[str, Any] = field(default_factory=dict)
