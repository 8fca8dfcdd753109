"""The brain's protocol. Two implementations: offline (embedded default) and llm."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from datetime import date

    from agent.brain.commands import Interpretation
    from agent.brain.understand import ReplyInput, Understanding


@dataclass(frozen=True)
class DraftRequest:
    kind: str  # a message kind of agent.templates.MESSAGE_KINDS
    language: str
    channel: str
    tone: str | None
    ctx: Mapping[str, Any]
    country: str | None = None


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str
    source: str  # "template" | "llm"


class Brain(Protocol):
    name: str

    def draft(self, request: DraftRequest) -> Draft:
        """A message for the customer or a member. Every draft passes guards.draft_check."""

    def understand(self, reply: ReplyInput) -> Understanding:
        """Intent, promise date and amount, return date... of a customer's reply. The
        result is checked by guards.understanding before anything acts on it."""

    def interpret_member(self, text: str, *, today: date,
                         language_hint: str | None = None) -> Interpretation:
        """A member's message in a task thread as tool calls, or a clarifying question."""
