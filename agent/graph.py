"""Wiring of the agent's LangGraph graphs. Nodes live in `agent/nodes/`, one function each;
routing is decided inside nodes with `Command(goto=...)`, so this file only declares them."""

from __future__ import annotations

from functools import lru_cache

from langgraph.graph import START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from agent.nodes import followup
from agent.runtime import RunContext
from agent.state import FollowupState

# a follow-up run visits each node at most once; anything deeper is a bug, not a long case
FOLLOWUP_RECURSION_LIMIT = 20


@lru_cache(maxsize=1)
def followup_graph() -> CompiledStateGraph:
    g = StateGraph(FollowupState, context_schema=RunContext)
    g.add_node("reconcile", followup.reconcile)
    g.add_node("check_stops", followup.check_stops)
    g.add_node("check_due", followup.check_due)
    g.add_node("choose_recipients", followup.choose_recipients)
    g.add_node("choose_tone", followup.choose_tone)
    g.add_node("draft", followup.draft)
    g.add_node("check_draft", followup.check_draft)
    g.add_node("send", followup.send)
    g.add_edge(START, "reconcile")
    return g.compile(name="followup")
