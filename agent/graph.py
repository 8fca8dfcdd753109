"""Wiring of the agent's LangGraph graphs. Nodes live in `agent/nodes/`, one function each;
routing is decided inside nodes with `Command(goto=...)`, so this file only declares them."""

from __future__ import annotations

from functools import lru_cache

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from agent.nodes import followup, reply, thread
from agent.runtime import RunContext
from agent.state import FollowupState, ReplyState, ThreadState

# a follow-up run visits each node at most once; anything deeper is a bug, not a long case
FOLLOWUP_RECURSION_LIMIT = 20
REPLY_RECURSION_LIMIT = 20
# a confirmation may be asked again when the answer is unclear; each ask is one pass
THREAD_RECURSION_LIMIT = 30


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


# compiled once per checkpointer (itself one per database): compiling costs more than a run
@lru_cache(maxsize=16)
def reply_graph(checkpointer: BaseCheckpointSaver | None = None) -> CompiledStateGraph:
    """One run per inbound customer message; the thread is the account's conversation."""
    g = StateGraph(ReplyState, context_schema=RunContext)
    g.add_node("classify", reply.classify)
    g.add_node("auto_reply", reply.auto_reply)
    g.add_node("open_case", reply.open_case)
    g.add_node("record_promise", reply.record_promise)
    g.add_node("payment_claim", reply.payment_claim)
    g.add_node("information", reply.information)
    g.add_node("draft_answer", reply.draft_answer)
    g.add_node("check_answer", reply.check_answer)
    g.add_node("send_answer", reply.send_answer)
    g.add_edge(START, "classify")
    return g.compile(name="reply", checkpointer=checkpointer)


@lru_cache(maxsize=16)
def thread_graph(checkpointer: BaseCheckpointSaver | None = None) -> CompiledStateGraph:
    """One run per member message in a task thread; the thread is the task. A pending
    confirmation (interrupt) is resumed by the member's next message."""
    g = StateGraph(ThreadState, context_schema=RunContext)
    g.add_node("interpret", thread.interpret)
    g.add_node("plan", thread.plan)
    g.add_node("ask_confirmation", thread.ask_confirmation)
    g.add_node("confirm", thread.confirm)
    g.add_node("act", thread.act)
    g.add_node("respond", thread.respond)
    g.add_edge(START, "interpret")
    return g.compile(name="thread", checkpointer=checkpointer)
