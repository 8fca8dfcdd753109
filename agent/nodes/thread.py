"""Nodes of the task-thread graph: a member writes in a task's thread, the agent applies what
they ask with its tools and answers in their language. `agent/graph.py` wires them.

interpret → plan → (ask_confirmation → confirm) → act → respond

Actions that send something irreversible to a customer wait for the member's confirmation:
`confirm` calls `interrupt()`, and the member's next message in the thread resumes it, even
after a restart (the graph is checkpointed per task).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from email_validator import EmailNotValidError, validate_email
from langgraph.graph import END
from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt
from sqlalchemy import select

from agent.brain.offline import OfflineBrain
from agent.context import load_context
from agent.guards.draft_check import DraftFacts
from agent.guards.draft_check import check_draft as run_draft_check
from agent.guards.language import MESSAGE_LANGUAGES, member_language
from agent.guards.tasks import OPEN_STATUSES
from agent.nodes.followup import _allowed_amounts
from agent.runtime import RunContext
from agent.templates import render
from agent.tools import account as tools
from agent.tools.outbound import deliver, queue
from agent.tools.tasks import close_open_tasks
from store.models import Account, Member, Promise, Task, TaskMessage
from store.queries import record_event

State = dict

# sends something to the customer that cannot be taken back: the member confirms first
NEEDS_CONFIRMATION = frozenset({"send_formal_notice"})
KNOWN_TOOLS = frozenset({
    "pause_account", "resume_account", "set_contact_email", "add_contact",
    "set_contact_language", "record_promise", "resolve_dispute", "send_statement",
    "send_invoice_copy", "send_formal_notice", "add_note", "close_task", "cancel_task",
})
# once a member has said how the case goes on, the task that held the account is done
SETTLING = frozenset({"pause_account", "resume_account", "set_contact_email", "add_contact",
                      "record_promise", "resolve_dispute"})

CONFIRM_QUESTIONS = {
    "en": "This will send a formal notice to the customer. Shall I send it? (yes / no)",
    "fr": "Cela enverra une mise en demeure au client. Dois-je l'envoyer ? (oui / non)",
    "de": "Damit geht eine förmliche Mahnung an den Kunden. Soll ich sie senden? (ja / nein)",
    "es": "Esto enviará un requerimiento formal al cliente. ¿Lo envío? (sí / no)",
    "it": "Questo invierà una messa in mora al cliente. La invio? (sì / no)",
    "nl": "Hiermee gaat een ingebrekestelling naar de klant. Zal ik die versturen? (ja / nee)",
    "pt": "Isto enviará uma interpelação ao cliente. Devo enviá-la? (sim / não)",
}


def _task(runtime: Runtime[RunContext], state: State) -> Task:
    task = runtime.context.session.get(Task, state["task_id"])
    assert task is not None
    return task


def interpret(state: State, runtime: Runtime[RunContext]) -> Command[
        Literal["plan", "respond"]]:
    rc = runtime.context
    message = rc.session.get(TaskMessage, state["message_id"])
    member = rc.session.get(Member, state["member_id"])
    assert message is not None and member is not None
    got = rc.brain.interpret_member(message.body, today=rc.today,
                                    language_hint=member.language)
    language = member_language(member.language) if member.language else (
        got.language if got.language in MESSAGE_LANGUAGES else "en")
    calls = [{"name": c.name, "args": dict(c.args)} for c in got.calls
             if c.name != "confirm"]
    if not calls:
        return Command(goto="respond", update={
            "language": language, "calls": [], "question": got.question})
    return Command(goto="plan", update={"language": language, "calls": calls,
                                        "question": None})


def _check(call: dict[str, Any], today: date) -> str | None:
    """What is wrong with a proposed call, in plain words; None when it may run."""
    name, args = call["name"], call.get("args") or {}
    if name not in KNOWN_TOOLS:
        return f"unknown action {name}"
    for key in ("until", "date"):
        if args.get(key):
            try:
                when = date.fromisoformat(str(args[key]))
            except ValueError:
                return f"{args[key]!r} is not a date"
            if when < today:
                return f"{when.isoformat()} is in the past"
    for key in ("email", "replace"):
        if args.get(key):
            try:
                validate_email(str(args[key]), check_deliverability=False)
            except EmailNotValidError:
                return f"{args[key]!r} is not a valid email address"
    if name in ("set_contact_email", "add_contact") and not args.get("email"):
        return "no email address given"
    if name == "record_promise" and not args.get("date"):
        return "no payment date given"
    if args.get("amount") is not None:
        try:
            Decimal(str(args["amount"]))
        except InvalidOperation:
            return f"{args['amount']!r} is not an amount"
    if name == "set_contact_language" and args.get("language") not in MESSAGE_LANGUAGES:
        return f"{args.get('language')!r} is not a language I write"
    return None


def plan(state: State, runtime: Runtime[RunContext]) -> Command[
        Literal["ask_confirmation", "act", "respond"]]:
    today = runtime.context.today
    failures = []
    calls = []
    for call in state["calls"]:
        problem = _check(call, today)
        if problem:
            failures.append(problem)
        else:
            calls.append(call)
    if not calls:
        return Command(goto="respond", update={"calls": [], "failures": failures})
    if any(c["name"] in NEEDS_CONFIRMATION for c in calls):
        return Command(goto="ask_confirmation", update={"calls": calls, "failures": failures,
                                                        "declined": False})
    return Command(goto="act", update={"calls": calls, "failures": failures})


def _post(runtime: Runtime[RunContext], state: State, *, actions: list[dict[str, Any]],
          failures: list[str], question: str | None, key: str) -> None:
    """The agent's answer: in the thread, and by email to the member who wrote."""
    rc = runtime.context
    task = _task(runtime, state)
    member = rc.session.get(Member, state["member_id"])
    account = rc.session.get(Account, task.account_id) if task.account_id else None
    rendered = render("thread_reply", language=state["language"], ctx={
        "member": {"name": member.name if member else None},
        "account_name": account.name if account else "-",
        "task_subject": task.subject, "actions": actions, "failures": failures,
        "question": question,
    })
    rc.session.add(TaskMessage(task_id=task.id, author="agent", body=rendered.body))
    if member is None:
        return
    org = account.organization if account else None
    if org is None:
        from store.models import Organization

        org = rc.session.get(Organization, task.organization_id)
    comm, created = queue(
        rc.session, key=key, org=org, account_id=task.account_id, task_id=task.id,
        member_id=member.id, channel="email", kind="thread_reply", language=state["language"],
        recipient=member.email, subject=rendered.subject, body=rendered.body,
        on_date=rc.today)
    if created:
        deliver(rc.session, comm, org, rc.outbound, on_date=rc.today)


def ask_confirmation(state: State, runtime: Runtime[RunContext]) -> Command[Literal["confirm"]]:
    question = CONFIRM_QUESTIONS[state["language"]]
    _post(runtime, state, actions=[], failures=state.get("failures") or [], question=question,
          key=f"thread:{state['message_id']}:confirm")
    return Command(goto="confirm", update={"question": question})


def confirm(state: State, runtime: Runtime[RunContext]) -> Command[
        Literal["act", "plan", "respond", "ask_confirmation"]]:
    """Waits for the member's next message (across restarts: the graph is checkpointed)."""
    reply = interrupt({"question": state["question"], "task_id": state["task_id"]})
    rc = runtime.context
    message = rc.session.get(TaskMessage, reply["message_id"])
    assert message is not None
    got = rc.brain.interpret_member(message.body, today=rc.today,
                                    language_hint=state["language"])
    answers = [c.args.get("answer") for c in got.calls if c.name == "confirm"]
    update: dict[str, Any] = {"message_id": reply["message_id"], "question": None}
    if answers and answers[0] is True:
        return Command(goto="act", update=update)
    if answers and answers[0] is False:
        calls = [c for c in state["calls"] if c["name"] not in NEEDS_CONFIRMATION]
        return Command(goto="act", update={**update, "calls": calls, "declined": True})
    others = [{"name": c.name, "args": dict(c.args)} for c in got.calls if c.name != "confirm"]
    if others:
        # not an answer but a new request ("actually, pause until Friday"): it is what the
        # member wants now; the unconfirmed action is dropped, nothing is sent
        return Command(goto="plan", update={**update, "calls": others, "declined": True,
                                            "failures": []})
    return Command(goto="ask_confirmation", update=update)


def act(state: State, runtime: Runtime[RunContext]) -> Command[Literal["respond"]]:
    rc = runtime.context
    task = _task(runtime, state)
    member = rc.session.get(Member, state["member_id"])
    actor = f"member:{member.email}" if member else "member"
    account = rc.session.get(Account, task.account_id) if task.account_id else None
    actions: list[dict[str, Any]] = []
    failures = list(state.get("failures") or [])
    settled = False
    for call in state["calls"]:
        name, args = call["name"], call.get("args") or {}
        try:
            if account is None and name not in ("add_note", "close_task", "cancel_task"):
                raise tools.ToolError("this task has no account")
            done = _apply(rc, task, account, name, args, actor)
        except tools.ToolError as e:
            failures.append(str(e))
            continue
        shown = _display_args(args)
        if name == "record_promise" and not args.get("amount"):
            # "the whole balance": the answer says how much that is
            promise = rc.session.scalar(select(Promise).where(
                Promise.idempotency_key == _promise_key(task, args)))
            shown["amount"] = str(promise.amount) if promise is not None else None
        actions.append({"tool": name, "args": shown, "result": done})
        settled = settled or name in SETTLING
    if state.get("declined"):
        actions.append({"tool": "declined", "args": {}})
    if settled and task.status in ("action_required", "awaiting_response", "in_progress"):
        tools.finish_task(rc.session, task, rc.today, "closed",
                          "the member decided how the case goes on", actor=actor)
    return Command(goto="respond", update={"actions": actions, "failures": failures})


def _display_args(args: dict[str, Any]) -> dict[str, Any]:
    shown = dict(args)
    for key in ("until", "date"):
        if shown.get(key):
            shown[key] = date.fromisoformat(str(shown[key]))
    return shown


def _promise_key(task: Task, args: dict[str, Any]) -> str:
    return f"promise:member:{task.id}:{args['date']}"


def _apply(rc: RunContext, task: Task, account: Account | None, name: str,
           args: dict[str, Any], actor: str) -> str:
    s, today = rc.session, rc.today
    if name == "pause_account":
        until = date.fromisoformat(args["until"]) if args.get("until") else None
        return tools.pause_account(s, account, today, until=until, reason=args.get("reason"),
                                   actor=actor)
    if name == "resume_account":
        result = tools.resume_account(s, account, today, actor=actor)
        # resuming means: follow up again, so the tasks that held the account are done
        close_open_tasks(s, account.id, today, "follow-ups resumed by a member", actor=actor)
        return result
    if name == "set_contact_email":
        return tools.set_contact_email(s, account, today, email=args["email"],
                                       replace=args.get("replace"), actor=actor)
    if name == "add_contact":
        return tools.add_contact(s, account, today, email=args["email"], name=args.get("name"),
                                 language=args.get("language"), actor=actor)
    if name == "set_contact_language":
        return tools.set_contact_language(s, account, today, language=args["language"],
                                          email=args.get("email"), actor=actor)
    if name == "record_promise":
        ctx = load_context(s, account.id, today)
        currency = ctx.position.currency if ctx.position else account.currency
        return tools.record_member_promise(
            s, account, today, on=date.fromisoformat(args["date"]),
            amount=Decimal(str(args["amount"])) if args.get("amount") else None,
            currency=currency, balance=ctx.balance,
            key=_promise_key(task, args), actor=actor)
    if name == "resolve_dispute":
        tools.add_note(s, task, args.get("note") or "dispute resolved", actor=actor)
        # the account's open dispute is its open dispute task(s), whichever thread the member
        # writes in: while one stays open it keeps holding the account's follow-ups
        disputes = list(s.scalars(select(Task).where(
            Task.account_id == account.id, Task.reason == "dispute",
            Task.status.in_(OPEN_STATUSES))))
        for dispute in disputes:
            tools.finish_task(s, dispute, today, "closed", "dispute resolved by a member",
                              actor=actor)
        return "dispute resolved" if disputes else "note added"
    if name == "add_note":
        return tools.add_note(s, task, args.get("text") or "", actor=actor)
    if name in ("close_task", "cancel_task"):
        status = "closed" if name == "close_task" else "cancelled"
        return tools.finish_task(s, task, today, status, "asked by a member", actor=actor)
    if name in ("send_statement", "send_invoice_copy", "send_formal_notice"):
        return _send_to_customer(rc, task, account, name, args)
    raise tools.ToolError(f"unknown action {name}")


def _send_to_customer(rc: RunContext, task: Task, account: Account, name: str,
                      args: dict[str, Any]) -> str:
    from agent.brain.base import DraftRequest
    from agent.guards.language import customer_language
    from agent.statement import statement_ctx
    from store.models import Contact

    s, today = rc.session, rc.today
    ctx = load_context(s, account.id, today)
    if ctx.position is None or ctx.balance <= 0:
        raise tools.ToolError(f"{account.name} owes nothing")
    contacts = [c for c in ctx.contacts if c.email and c.email_status == "valid"
                and not c.do_not_contact]
    contact: Contact | None = contacts[0] if contacts else None
    kind = {"send_statement": "statement", "send_invoice_copy": "statement",
            "send_formal_notice": "formal_notice"}[name]
    channel = "email" if contact else "letter"
    if channel == "letter" and kind == "statement":
        raise tools.ToolError(f"{account.name} has no email contact for a statement")
    language = customer_language(contact.language if contact else None, account.country)
    template_ctx = statement_ctx(ctx.org, account, contact, ctx.position, today,
                                 scope="open" if kind == "statement" else "overdue")
    request = DraftRequest(kind=kind, language=language, channel=channel,
                           tone="firm" if kind == "formal_notice" else None,
                           ctx=template_ctx, country=account.country)
    made = rc.brain.draft(request)
    # every draft, from either brain, is checked against the store before it leaves; one that
    # fails is replaced by the template draft (a formal notice is the legal step: its wording
    # is allowed, the member confirmed it)
    org = ctx.org
    facts = DraftFacts(
        language=language,
        invoice_numbers=frozenset(p.doc.number for p in ctx.position.invoices),
        amounts=_allowed_amounts(ctx),
        allow_legal_wording=kind == "formal_notice" or rc.policies.for_segment(
            account.segment).allow_legal_wording,
        known_references=frozenset(r for r in (account.external_id, org.iban, org.bic,
                                               org.phone) if r),
    )
    checked = run_draft_check(made.subject, made.body, facts)
    if not checked.ok:
        record_event(s, org.id, "draft_rejected", "; ".join(checked.problems),
                     account_id=account.id, on_date=today, data={"task_id": task.id})
        made = OfflineBrain().draft(request)
    comm, _ = queue(
        s, key=f"thread:{task.id}:{name}:{today.isoformat()}", org=ctx.org,
        account_id=account.id, contact_id=contact.id if contact else None, task_id=task.id,
        channel=channel, kind=kind, tone="firm" if kind == "formal_notice" else None,
        language=language, recipient=contact.email if contact else account.name,
        subject=made.subject, body=made.body, on_date=today,
        invoice_numbers=[line["number"] for line in template_ctx["lines"]],
        amount=template_ctx["total"], currency=ctx.position.currency)
    result = deliver(s, comm, ctx.org, rc.outbound, on_date=today,
                     statement=template_ctx if channel == "letter" else None)
    if result.outcome not in ("sent", "skipped"):
        raise tools.ToolError(f"{kind} not sent: {result.error}")
    return f"{kind} sent by {channel}"


def respond(state: State, runtime: Runtime[RunContext]) -> Command[Literal["__end__"]]:
    _post(runtime, state, actions=state.get("actions") or [],
          failures=state.get("failures") or [], question=state.get("question"),
          key=f"thread:{state['message_id']}:answer")
    return Command(goto=END, update={"outcome": "answered"})
