"""Nodes of the reply graph: a customer's message, already stored and matched to its account
by the inbox, is understood and acted on. `agent/graph.py` wires them.

classify → (auto_reply | open_case | record_promise | payment_claim | information) →
draft_answer → check_answer → send_answer.

The customer's text is data: it can only choose among these fixed effects, each decided by
rules here, never an instruction to follow.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Literal

from langgraph.graph import END
from langgraph.runtime import Runtime
from langgraph.types import Command
from sqlalchemy import select

from agent.brain.base import DraftRequest
from agent.context import load_context
from agent.escalation import open_escalation
from agent.guards.draft_check import DraftFacts
from agent.guards.draft_check import check_draft as run_draft_check
from agent.guards.language import customer_language
from agent.guards.understanding import Proposal, problems
from agent.runtime import RunContext
from agent.statement import statement_ctx
from agent.templates import render
from agent.tools.outbound import deliver, queue
from agent.tools.payments import paid_between
from store.models import Account, Communication, Contact, Document, Promise, TaskMessage
from store.queries import record_event

State = dict

CASE_INTENTS = ("dispute", "refusal", "payment_plan_request", "callback_request",
                "contact_change", "ambiguous")

SUBJECTS = {
    "dispute": "{name} disputes the amount due",
    "refusal": "{name} refuses to pay",
    "payment_plan_request": "{name} asks for a payment plan",
    "callback_request": "{name} asks to be called back",
    "contact_change": "{name} gives a new contact",
    "ambiguous": "{name} replied: please read",
    "information_request": "{name} asks for information we cannot send automatically",
    "payment_promise": "{name} promises to pay, without a date",
}


def _comm(runtime: Runtime[RunContext], state: State) -> Communication:
    comm = runtime.context.session.get(Communication, state["communication_id"])
    assert comm is not None
    return comm


def _excerpt(text: str, limit: int = 600) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def classify(state: State, runtime: Runtime[RunContext]) -> Command[
        Literal["auto_reply", "open_case", "record_promise", "payment_claim", "information"]]:
    rc = runtime.context
    comm = _comm(runtime, state)
    ctx = load_context(rc.session, state["account_id"], rc.today)
    contact = rc.session.get(Contact, comm.contact_id) if comm.contact_id else None
    balance = ctx.balance if ctx.balance > 0 else None
    from agent.brain.understand import ReplyInput

    reply = ReplyInput(
        text=comm.body or "", subject=comm.subject or "",
        language=contact.language if contact else None, today=rc.today,
        amount_due=balance, currency=ctx.position.currency if ctx.position else None,
        invoice_numbers=tuple(p.doc.number for p in ctx.position.open_invoices)
        if ctx.position else (),
        auto_submitted=comm.auto_submitted, country=ctx.account.country,
    )
    understood = rc.brain.understand(reply)
    if getattr(rc.brain, "last_fallback", None):
        record_event(rc.session, ctx.org.id, "llm_fallback",
                     f"reply understood by the offline brain: {rc.brain.last_fallback}",
                     account_id=ctx.account.id, on_date=rc.today,
                     data={"communication_id": comm.id})
    found = problems(Proposal(understood.intent, understood.promise_date,
                              understood.promise_amount), today=rc.today, balance=balance)
    promise_date, promise_amount = understood.promise_date, understood.promise_amount
    if found:
        # keep the label, drop what is unusable: a wrong date must not pause anything
        record_event(rc.session, ctx.org.id, "understanding_corrected", "; ".join(found),
                     account_id=ctx.account.id, on_date=rc.today,
                     data={"communication_id": comm.id})
        if promise_date is not None and any("date" in p for p in found):
            promise_date = None
        if promise_amount is not None and any("amount" in p for p in found):
            promise_amount = balance
    if understood.intent == "payment_promise" and promise_amount is None:
        promise_amount = balance
    comm.intent = understood.intent
    record_event(rc.session, ctx.org.id, "reply_understood",
                 f"{understood.intent} ({understood.confidence:.2f}): {understood.reason}",
                 account_id=ctx.account.id, on_date=rc.today,
                 data={"communication_id": comm.id, "brain": rc.brain.name,
                       "promise_date": promise_date.isoformat() if promise_date else None,
                       "promise_amount": str(promise_amount) if promise_amount else None})
    update = {
        "intent": understood.intent,
        "promise_date": promise_date.isoformat() if promise_date else None,
        "promise_amount": str(promise_amount) if promise_amount is not None else None,
        "return_date": (understood.return_date.isoformat()
                        if understood.return_date else None),
        "requests": list(understood.requests),
        "new_email": understood.new_email,
    }
    intent = understood.intent
    if intent == "auto_reply":
        goto = "auto_reply"
    elif intent == "payment_promise" and promise_date is not None:
        goto = "record_promise"
    elif intent == "payment_claimed":
        goto = "payment_claim"
    elif intent == "information_request":
        goto = "information"
    else:
        goto = "open_case"
    return Command(goto=goto, update=update)


def auto_reply(state: State, runtime: Runtime[RunContext]) -> Command[Literal["__end__"]]:
    """Logged; no pause. A return date holds the next reminder until the person is back."""
    rc = runtime.context
    comm = _comm(runtime, state)
    record_event(rc.session, comm.organization_id, "auto_reply",
                 "automatic reply" + (f", back on {state['return_date']}"
                                      if state.get("return_date") else ""),
                 account_id=state["account_id"], on_date=rc.today,
                 data={"communication_id": comm.id, "return_date": state.get("return_date")})
    return Command(goto=END, update={"outcome": "logged"})


def open_case(state: State, runtime: Runtime[RunContext]) -> Command[Literal["__end__"]]:
    """A person is needed: the task carries the customer's words; follow-ups pause while it
    is open (stop rules)."""
    rc = runtime.context
    comm = _comm(runtime, state)
    account = rc.session.get(Account, state["account_id"])
    assert account is not None
    intent = state["intent"]
    reason = intent if intent in CASE_INTENTS else (
        "information_request" if intent == "information_request" else "ambiguous")
    contact = rc.session.get(Contact, comm.contact_id) if comm.contact_id else None
    who = (contact.name if contact and contact.name else comm.sender) or account.name
    extra = ""
    if state.get("new_email"):
        extra = f" New address given: {state['new_email']}."
    if intent == "payment_promise":
        extra = " No payment date could be read: ask the customer for one."
    task, created = open_escalation(
        rc.session, org=account.organization, account=account, reason=reason,
        subject=SUBJECTS.get(intent, SUBJECTS["ambiguous"]).format(name=account.name),
        agent_message=(f"{who} replied on {rc.today.isoformat()} ({intent.replace('_', ' ')})."
                       f"{extra} Their message: “{_excerpt(comm.body or '')}”"),
        key=f"task:reply:{comm.id}", today=rc.today, outbound=rc.outbound,
        contact_id=comm.contact_id, communication_id=comm.id)
    if created:
        rc.session.add(TaskMessage(task_id=task.id, author="customer",
                                   communication_id=comm.id, body=comm.body or ""))
    return Command(goto=END, update={"outcome": "task", "task_id": task.id})


def record_promise(state: State, runtime: Runtime[RunContext]) -> Command[
        Literal["draft_answer"]]:
    rc = runtime.context
    comm = _comm(runtime, state)
    key = f"promise:{comm.id}"
    promise = rc.session.scalar(select(Promise).where(Promise.idempotency_key == key))
    if promise is None:
        account = rc.session.get(Account, state["account_id"])
        assert account is not None
        promise = Promise(
            account_id=account.id, amount=Decimal(state["promise_amount"] or "0"),
            currency=load_context(rc.session, account.id, rc.today).position.currency
            if state.get("promise_amount") else account.currency,
            promised_date=date.fromisoformat(state["promise_date"]), status="open",
            source_communication_id=comm.id, created_on=rc.today, idempotency_key=key)
        rc.session.add(promise)
        rc.session.flush()
        record_event(rc.session, account.organization_id, "promise_recorded",
                     f"{promise.amount} {promise.currency} promised for "
                     f"{promise.promised_date.isoformat()}; follow-ups paused through it",
                     account_id=account.id, on_date=rc.today,
                     data={"promise_id": promise.id, "communication_id": comm.id})
    return Command(goto="draft_answer", update={
        "answer_kind": "promise_ack", "promise_id": promise.id})


def payment_claim(state: State, runtime: Runtime[RunContext]) -> Command[
        Literal["draft_answer", "__end__"]]:
    """The customer says they paid. A payment received since the last reminder settles the
    question; otherwise we ask for the remittance details (and a person looks if nothing
    matches after one cadence interval: see the follow-up graph's reconcile)."""
    rc = runtime.context
    ctx = load_context(rc.session, state["account_id"], rc.today)
    since = ctx.last_followup_on or rc.today
    if ctx.balance <= 0 or paid_between(rc.session, ctx.account.id, since, rc.today) > 0:
        record_event(rc.session, ctx.org.id, "payment_claim_matched",
                     "a payment arrived since the last reminder", account_id=ctx.account.id,
                     on_date=rc.today)
        return Command(goto=END, update={"outcome": "matched"})
    record_event(rc.session, ctx.org.id, "payment_claim_unmatched",
                 "no payment matches yet: remittance details requested",
                 account_id=ctx.account.id, on_date=rc.today,
                 data={"communication_id": state["communication_id"]})
    return Command(goto="draft_answer", update={"answer_kind": "remittance_request"})


def information(state: State, runtime: Runtime[RunContext]) -> Command[
        Literal["draft_answer", "open_case"]]:
    """Answer from the store what it can answer: a statement, invoice copies we hold, our
    bank details. Anything else goes to a person."""
    rc = runtime.context
    ctx = load_context(rc.session, state["account_id"], rc.today)
    requests = set(state.get("requests") or []) or {"statement"}
    if "other" in requests or ctx.position is None or ctx.balance <= 0:
        return Command(goto="open_case")
    if "bank_details" in requests and not ctx.org.iban:
        return Command(goto="open_case")
    attachments: list[str] = []
    if "invoice_copy" in requests:
        numbers = [p.doc.number for p in ctx.position.open_invoices]
        docs = rc.session.scalars(select(Document).where(
            Document.account_id == ctx.account.id, Document.number.in_(numbers)))
        attachments = [d.pdf_path for d in docs if d.pdf_path]
        if not attachments:
            return Command(goto="open_case")
    kind = "bank_details" if requests == {"bank_details"} else "statement"
    return Command(goto="draft_answer", update={"answer_kind": kind,
                                                "attachments": attachments})


def draft_answer(state: State, runtime: Runtime[RunContext]) -> Command[
        Literal["check_answer"]]:
    rc = runtime.context
    comm = _comm(runtime, state)
    ctx = load_context(rc.session, state["account_id"], rc.today)
    assert ctx.position is not None
    contact = rc.session.get(Contact, comm.contact_id) if comm.contact_id else None
    language = customer_language(contact.language if contact else None, ctx.account.country)
    kind = state["answer_kind"]
    extra: dict = {}
    if kind == "promise_ack":
        promise = rc.session.get(Promise, state["promise_id"])
        extra["promise"] = {"date": promise.promised_date, "amount": promise.amount}
    if state.get("attachments"):
        extra["attachments"] = [a.rsplit("/", 1)[-1] for a in state["attachments"]]
    template_ctx = statement_ctx(ctx.org, ctx.account, contact, ctx.position, rc.today,
                                 scope="open", **extra)
    made = rc.brain.draft(DraftRequest(kind=kind, language=language, channel="email",
                                       tone=None, ctx=template_ctx,
                                       country=ctx.account.country))
    recipient = (contact.email if contact and contact.email else comm.sender)
    answer, _ = queue(
        rc.session, key=f"answer:{comm.id}:{kind}", org=ctx.org, account_id=ctx.account.id,
        contact_id=contact.id if contact else None, channel="email", kind=kind,
        language=language, recipient=recipient, subject=made.subject, body=made.body,
        in_reply_to=comm.message_id, on_date=rc.today,
        invoice_numbers=[line["number"] for line in template_ctx["lines"]],
        amount=template_ctx["total"], currency=ctx.position.currency)
    return Command(goto="check_answer", update={"answer_id": answer.id})


def check_answer(state: State, runtime: Runtime[RunContext]) -> Command[Literal["send_answer"]]:
    rc = runtime.context
    answer = rc.session.get(Communication, state["answer_id"])
    comm = _comm(runtime, state)
    ctx = load_context(rc.session, state["account_id"], rc.today)
    if answer is None or answer.status != "scheduled" or ctx.position is None:
        return Command(goto="send_answer")
    amounts = {ctx.position.balance, ctx.position.credit_unapplied}
    for p in ctx.position.open_invoices:
        amounts |= {p.doc.amount, p.open_amount, p.open_amount + p.credit_applied,
                    p.credit_applied}
    amounts.add(sum((p.credit_applied for p in ctx.position.open_invoices), Decimal("0")))
    if state.get("promise_id"):
        promise = rc.session.get(Promise, state["promise_id"])
        amounts.add(promise.amount)
    org = ctx.org
    facts = DraftFacts(
        language=answer.language or "en",
        invoice_numbers=frozenset(p.doc.number for p in ctx.position.invoices),
        amounts=frozenset(amounts),
        customer_texts=(comm.body or "",),
        known_references=frozenset(r for r in (ctx.account.external_id, org.iban, org.bic,
                                               org.phone) if r),
    )
    result = run_draft_check(answer.subject or "", answer.body or "", facts)
    if not result.ok:
        record_event(rc.session, org.id, "draft_rejected", "; ".join(result.problems),
                     account_id=ctx.account.id, on_date=rc.today,
                     data={"communication_id": answer.id})
        contact = rc.session.get(Contact, answer.contact_id) if answer.contact_id else None
        extra = {}
        if state.get("promise_id"):
            promise = rc.session.get(Promise, state["promise_id"])
            extra["promise"] = {"date": promise.promised_date, "amount": promise.amount}
        fallback = render(answer.kind, language=answer.language or "en", channel="email",
                          ctx=statement_ctx(org, ctx.account, contact, ctx.position, rc.today,
                                            scope="open", **extra),
                          country=ctx.account.country)
        answer.subject, answer.body = fallback.subject, fallback.body
    return Command(goto="send_answer")


def send_answer(state: State, runtime: Runtime[RunContext]) -> Command[Literal["__end__"]]:
    rc = runtime.context
    answer = rc.session.get(Communication, state["answer_id"])
    ctx = load_context(rc.session, state["account_id"], rc.today)
    files = tuple(Path(p) for p in state.get("attachments") or [] if Path(p).is_file())
    if answer is not None and deliver(rc.session, answer, ctx.org, rc.outbound,
                                      on_date=rc.today, attachments=files
                                      ).outcome == "sent":
        record_event(rc.session, ctx.org.id, f"{answer.kind}_sent",
                     f"{answer.kind} to {answer.recipient} in {answer.language}",
                     account_id=ctx.account.id, on_date=rc.today,
                     data={"communication_id": answer.id})
    return Command(goto=END, update={"outcome": "answered"})
