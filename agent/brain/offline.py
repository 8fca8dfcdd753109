"""The embedded default brain: deterministic, offline, no model.

Drafts come from the Jinja2 templates of `agent/templates` (language x tone x channel);
replies are understood by the multilingual rules of `agent/brain/understand`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent.brain.base import Draft, DraftRequest

if TYPE_CHECKING:
    from datetime import date

    from agent.brain.commands import Interpretation
    from agent.brain.understand import ReplyInput, Understanding
from agent.templates import render


class OfflineBrain:
    name = "offline"

    def draft(self, request: DraftRequest) -> Draft:
        rendered = render(request.kind, language=request.language, channel=request.channel,
                          tone=request.tone, ctx=request.ctx, country=request.country)
        return Draft(subject=rendered.subject, body=rendered.body, source="template")

    def understand(self, reply: ReplyInput) -> Understanding:
        from agent.brain.understand import understand

        return understand(reply)

    def interpret_member(self, text: str, *, today: date,
                         language_hint: str | None = None) -> Interpretation:
        from agent.brain.commands import interpret

        return interpret(text, today=today, language_hint=language_hint)
