"""The embedded default brain: deterministic, offline, no model.

Drafts come from the Jinja2 templates of `agent/templates` (language x tone x channel)."""

from __future__ import annotations

from agent.brain.base import Draft, DraftRequest
from agent.templates import render


class OfflineBrain:
    name = "offline"

    def draft(self, request: DraftRequest) -> Draft:
        rendered = render(request.kind, language=request.language, channel=request.channel,
                          tone=request.tone, ctx=request.ctx, country=request.country)
        return Draft(subject=rendered.subject, body=rendered.body, source="template")
