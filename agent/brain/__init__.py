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
    if name == "llm":
        # imported here: langchain-openai (and chromadb, for few-shot examples) load only
        # when the LLM brain is chosen
        from agent.brain.llm import LLMBrain

        return LLMBrain.from_env()
    raise ValueError(f"DUNNING_BRAIN: unknown brain '{name}' (known: offline, llm)")
