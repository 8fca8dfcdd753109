"""`DUNNING_BRAIN` chooses the brain: `offline` (default) or `llm`."""

from __future__ import annotations

import os

from agent.brain.base import Brain, Draft, DraftRequest
from agent.brain.offline import OfflineBrain

__all__ = ["Brain", "Draft", "DraftRequest", "OfflineBrain", "get_brain"]


def get_brain(name: str | None = None) -> Brain:
    name = (name or os.environ.get("DUNNING_BRAIN") or "offline").lower()
    if name == "offline":
        return OfflineBrain()
    raise ValueError(f"DUNNING_BRAIN: unknown brain '{name}' (known: offline)")
