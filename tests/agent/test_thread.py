"""The task thread end to end: a member writes in a task's thread, the agent applies what they
ask with its tools on a real store (SQLite and PostgreSQL) and answers in their language, in the
thread and by email.

Offline brain for every kind of request in each of the seven languages; an LLM brain pointed at
the scripted OpenAI-compatible server (tests/support/fake_openai.py) for a subset; the formal
notice confirmation round trip across a simulated process restart; organization isolation."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from agent.brain.llm import LLMBrain
from agent.brain.offline import OfflineBrain
from agent.checkpoints import checkpointer_for
from agent.thread import ThreadError, handle_member_reply, post_member_message
from agent.tools.outbound import Outbound
from agent.tools.tasks import open_task
from channels.outbox import OutboxEmailTransport, OutboxLetterTransport
from store.db import make_engine, session_factory, transaction
from store.models import (
    Account,
    Communication,
    Contact,
    Document,
    Event,
    Organization,
    Promise,
    Task,
    TaskMessage,
)
from store.orgs import add_member, create_organization
from tests.support.fake_openai import FakeOpenAI, Scripted

TODAY = date(2026, 11, 16)  # a Monday
assert TODAY.weekday() == 0
FRIDAY = date(2026, 11, 20)
DEC15 = date(2026, 12, 15)
NOV30 = date(2026, 11, 30)
BALANCE = Decimal("980.00")
OLD_EMAIL = "petra@hofmann.example"
LANGS = ("en", "fr", "de", "es", "it", "nl", "pt")

# what only an answer in that language contains
SIGNATURE = {"en": "Your collections agent", "fr": "Votre agent de recouvrement",
             "de": "Ihr Forderungsmanagement-Agent", "es": "Su agente de cobros",
             "it": "Il vostro agente di recupero crediti", "nl": "Uw incasso-agent",
             "pt": "O seu agente de cobranças"}
DONE = {"en": "Done for Hofmann Bau KG:", "fr": "C'est fait pour Hofmann Bau KG :",
        "de": "Erledigt für Hofmann Bau KG:", "es": "Hecho para Hofmann Bau KG:",
        "it": "Fatto per Hofmann Bau KG:", "nl": "Gedaan voor Hofmann Bau KG:",
        "pt": "Feito para Hofmann Bau KG:"}
UNCLEAR = {"en": "Sorry, I did not understand.", "fr": "Je n'ai pas compris.",
           "de": "Das habe ich nicht verstanden.", "es": "No lo he entendido.",
           "it": "Non ho capito.", "nl": "Dat heb ik niet begrepen.", "pt": "Não percebi."}
CONFIRM_Q = {"en": "Shall I send it?", "fr": "Dois-je l'envoyer ?", "de": "Soll ich sie senden?",
             "es": "¿Lo envío?", "it": "La invio?", "nl": "Zal ik die versturen?",
             "pt": "Devo enviá-la?"}


def new_email(lang: str) -> str:
    return f"ap-{lang}@hofmann.example"


def jane(lang: str) -> str:
    return f"jane-{lang}@hofmann.example"


# ------------------------------------------------------------------------------- the world


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    return tmp_path / "outbox"


@pytest.fixture
def outbound(outbox: Path) -> Outbound:
    return Outbound(email=OutboxEmailTransport(outbox), letters=OutboxLetterTransport(outbox))


@dataclass(frozen=True)
class World:
    org_id: int
    account_id: int
    member_id: int
    member_email: str
    other_org_id: int
    other_account_id: int
    other_member_id: int
    other_task_id: int


def build_world(engine: Engine, *, member_language: str | None = None) -> World:
    """Org A: a member, an account with one contact and an overdue invoice. Org B: the same
    shape, for isolation."""
    ids: dict[str, int] = {}
    with transaction(engine) as s:
        for prefix, name in (("", "Nordlicht GmbH"), ("other_", "Südwind AG")):
            org = create_organization(s, name, sender_email=f"ar@{prefix or 'a'}org.example",
                                      iban="DE89370400440532013000")
            member = add_member(s, org, f"{prefix}ann@{prefix or 'a'}org.example", "Ann",
                                member_language if not prefix else None)
            acc = Account(organization_id=org.id, external_id="K1", name="Hofmann Bau KG",
                          country="DE", currency="EUR")
            s.add(acc)
            s.flush()
            s.add(Contact(account_id=acc.id, name="Petra", email=OLD_EMAIL, is_primary=True))
            s.add(Document(organization_id=org.id, account_id=acc.id, kind="invoice",
                           number="INV-1", issue_date=date(2026, 9, 1),
                           due_date=date(2026, 10, 1), amount=BALANCE, currency="EUR"))
            s.flush()
            ids[f"{prefix}org_id"], ids[f"{prefix}account_id"] = org.id, acc.id
            ids[f"{prefix}member_id"] = member.id
            if prefix:
                task, _ = open_task(s, org=org, account=acc, reason="no_response",
                                    subject="No answer", agent_message="Four reminders.",
                                    key="other:task", today=TODAY, outbound=None)
                ids["other_task_id"] = task.id
    return World(member_email="ann@aorg.example", **ids)


def new_task(engine: Engine, w: World, key: str, reason: str = "no_response") -> int:
    with transaction(engine) as s:
        org = s.get(Organization, w.org_id)
        account = s.get(Account, w.account_id)
        task, created = open_task(s, org=org, account=account, reason=reason,
                                  subject=f"Hofmann Bau KG: {reason}",
                                  agent_message="Please decide how this case goes on.",
                                  key=key, today=TODAY, outbound=None)
        assert created
        return task.id


def post(engine: Engine, w: World, task_id: int, text: str, outbound: Outbound, *,
         brain: Any = None, today: date = TODAY) -> dict[str, Any]:
    return post_member_message(engine, w.org_id, task_id, w.member_id, text, today,
                               outbound=outbound, brain=brain or OfflineBrain())


# ------------------------------------------------------------------------------ reading


def account(engine: Engine, w: World) -> Account:
    with session_factory(engine)() as s:
        acc = s.get(Account, w.account_id)
        s.expunge(acc)
        return acc


def contacts(engine: Engine, w: World) -> list[tuple[str | None, str | None, str | None, bool]]:
    with session_factory(engine)() as s:
        return [(c.email, c.name, c.language, c.is_primary) for c in s.scalars(
            select(Contact).where(Contact.account_id == w.account_id).order_by(Contact.id))]


def task_status(engine: Engine, task_id: int) -> str:
    with session_factory(engine)() as s:
        return s.get(Task, task_id).status


def promises(engine: Engine, w: World) -> list[tuple[Decimal, date, str]]:
    with session_factory(engine)() as s:
        return [(p.amount, p.promised_date, p.status) for p in s.scalars(
            select(Promise).where(Promise.account_id == w.account_id).order_by(Promise.id))]


def customer_comms(engine: Engine, w: World) -> list[Communication]:
    """What went to the customer (not the agent's answers to members)."""
    with session_factory(engine)() as s:
        rows = list(s.scalars(select(Communication).where(
            Communication.account_id == w.account_id,
            Communication.kind.not_in(("thread_reply", "member_notification")))
            .order_by(Communication.id)))
        for r in rows:
            s.expunge(r)
        return rows


def thread(engine: Engine, task_id: int) -> list[tuple[str, str]]:
    with session_factory(engine)() as s:
        return [(m.author, m.body) for m in s.scalars(
            select(TaskMessage).where(TaskMessage.task_id == task_id).order_by(TaskMessage.id))]


def replies(engine: Engine, task_id: int) -> list[Communication]:
    with session_factory(engine)() as s:
        rows = list(s.scalars(select(Communication).where(
            Communication.task_id == task_id, Communication.kind == "thread_reply")
            .order_by(Communication.id)))
        for r in rows:
            s.expunge(r)
        return rows


def snapshot(engine: Engine, w: World) -> dict[str, Any]:
    """Everything a request could change, answers to members aside."""
    acc = account(engine, w)
    with session_factory(engine)() as s:
        tasks = [(t.id, t.status) for t in s.scalars(select(Task).order_by(Task.id))]
        notes = s.scalar(select(func.count()).select_from(TaskMessage).where(
            TaskMessage.body.like("Note:%")))
        events = sorted(e.kind for e in s.scalars(select(Event).where(
            Event.kind != "member_message")))
    return {"pause": (acc.paused_until, acc.paused_indefinitely, acc.pause_reason),
            "contacts": contacts(engine, w), "promises": promises(engine, w),
            "sent": [(c.kind, c.recipient) for c in customer_comms(engine, w)],
            "tasks": tasks, "notes": notes, "events": events}


def assert_answered(engine: Engine, w: World, task_id: int, text: str, lang: str, *,
                    done: bool = True, outbox: Path | None = None) -> str:
    """The member's message is in the thread, followed by the agent's answer in `lang`; the
    same answer went to the member by email. Returns the answer."""
    messages = thread(engine, task_id)
    mine = max(i for i, (author, body) in enumerate(messages)
               if author == "member" and body == text)
    answers = [body for author, body in messages[mine + 1:] if author == "agent"
               and not body.startswith("Note:")]
    assert answers, (text, messages)
    answer = answers[-1]
    assert SIGNATURE[lang] in answer, (lang, text, answer)
    assert (DONE[lang] in answer) is done, (lang, text, answer)
    for other in LANGS:
        if other != lang:
            assert SIGNATURE[other] not in answer
    mail = replies(engine, task_id)[-1]
    assert (mail.recipient, mail.member_id, mail.language, mail.status, mail.channel) == (
        w.member_email, w.member_id, lang, "sent", "email")
    assert mail.body == answer
    if outbox is not None:
        eml = next(p for p in (outbox / "mail").glob("*.eml")
                   if mail.message_id and mail.message_id in p.read_text(errors="replace"))
        msg = message_from_bytes(eml.read_bytes(), policy=default_policy)
        assert msg["To"] == w.member_email
        assert SIGNATURE[lang] in msg.get_content()
    return answer


# ------------------------------------------------------------------ requests, per language
#
# (kind, text); each is posted in a new task of the account, in this order, and its effect on
# the store is checked by CHECKS[kind]. The account carries over from one request to the next.

REQUESTS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("pause_until", "Pause this account until 15 December"),
        ("pause_indefinitely", "pause indefinitely"),
        ("resume", "resume follow-ups"),
        ("new_email", f"the new contact is {new_email('en')}"),
        ("add_contact", f"add {jane('en')} (Jane Doe) as a contact"),
        ("contact_language", "write to them in French"),
        ("promise", "they promised to pay 500 € on Friday"),
        ("resolve_dispute", "the dispute is resolved"),
        ("statement", "send them a statement"),
        ("note", "note: customer will call back Tuesday"),
        ("close", "close the task"),
        ("cancel", "cancel this task"),
        ("unclear", "what's the weather like today?"),
    ],
    "fr": [
        ("pause_until", "mets ce compte en pause jusqu'au 15 décembre"),
        ("pause_indefinitely", "mets en pause jusqu'à nouvel ordre"),
        ("resume", "reprendre les relances"),
        ("new_email", f"le nouveau contact est {new_email('fr')}"),
        ("add_contact", f"ajoute {jane('fr')} (Jane Doe) comme contact"),
        ("contact_language", "écris-leur en allemand"),
        ("promise", "ils paieront 500 € le 30"),
        ("resolve_dispute", "litige réglé"),
        ("statement", "envoie un relevé"),
        ("note", "remarque : le client rappellera mardi"),
        ("close", "clôture la tâche"),
        ("cancel", "annule la tâche"),
        ("unclear", "quel temps fait-il aujourd'hui ?"),
    ],
    "de": [
        ("pause_until", "Bitte Konto bis 15. Dezember pausieren"),
        ("pause_indefinitely", "Konto bis auf Weiteres pausieren"),
        ("resume", "Mahnungen wieder aufnehmen"),
        ("new_email", f"neuer Kontakt: {new_email('de')}"),
        ("add_contact", f"füge {jane('de')} (Jane Doe) als Kontakt hinzu"),
        ("contact_language", "auf Englisch schreiben"),
        ("promise", "Kunde zahlt 500 am 30.11."),
        ("resolve_dispute", "Reklamation erledigt"),
        ("statement", "Kontoauszug schicken"),
        ("note", "Notiz: Kunde ruft Dienstag zurück"),
        ("close", "erledigt"),
        ("cancel", "Aufgabe abbrechen"),
        ("unclear", "Wie ist das Wetter heute bei euch?"),
    ],
    "es": [
        ("pause_until", "pausar hasta el 15 de diciembre"),
        ("pause_indefinitely", "pausa la cuenta hasta nuevo aviso"),
        ("resume", "reanudar los recordatorios"),
        ("new_email", f"el nuevo contacto es {new_email('es')}"),
        ("add_contact", f"añade {jane('es')} (Jane Doe) como contacto"),
        ("contact_language", "escríbeles en inglés"),
        ("promise", "pagarán 500 € el viernes"),
        ("resolve_dispute", "disputa resuelta"),
        ("statement", "envía un extracto"),
        ("note", "nota: el cliente llamará el martes"),
        ("close", "cierra la tarea"),
        ("cancel", "cancela la tarea"),
        ("unclear", "¿qué tiempo hace hoy en la oficina?"),
    ],
    "it": [
        ("pause_until", "sospendi fino al 15 dicembre"),
        ("pause_indefinitely", "sospendi i solleciti fino a nuovo ordine"),
        ("resume", "riprendi i solleciti"),
        ("new_email", f"il nuovo contatto è {new_email('it')}"),
        ("add_contact", f"aggiungi {jane('it')} (Jane Doe) come contatto"),
        ("contact_language", "scrivi loro in inglese"),
        ("promise", "pagherà venerdì 500 €"),
        ("resolve_dispute", "contestazione risolta"),
        ("statement", "invia un estratto conto"),
        ("note", "aggiungi una nota: il cliente richiamerà martedì"),
        ("close", "chiudi il task"),
        ("cancel", "annulla l'attività"),
        ("unclear", "che tempo fa oggi in ufficio?"),
    ],
    "nl": [
        ("pause_until", "pauzeer tot 15 december"),
        ("pause_indefinitely", "pauzeer de herinneringen tot nader order"),
        ("resume", "hervat de herinneringen"),
        ("new_email", f"het nieuwe contact is {new_email('nl')}"),
        ("add_contact", f"voeg {jane('nl')} (Jane Doe) toe als contact"),
        ("contact_language", "schrijf ze in het Engels"),
        ("promise", "de klant betaalt vrijdag"),
        ("resolve_dispute", "geschil opgelost"),
        ("statement", "stuur een rekeningoverzicht"),
        ("note", "notitie: klant belt dinsdag terug"),
        ("close", "sluit de taak"),
        ("cancel", "annuleer de taak"),
        ("unclear", "hoe is het weer vandaag op kantoor?"),
    ],
    "pt": [
        ("pause_until", "pausar até 15 de dezembro"),
        ("pause_indefinitely", "suspender as cobranças até novo aviso"),
        ("resume", "retomar as cobranças"),
        ("new_email", f"o novo contacto é {new_email('pt')}"),
        ("add_contact", f"adiciona {jane('pt')} (Jane Doe) como contacto"),
        ("contact_language", "escreve-lhes em inglês"),
        ("promise", "o cliente vai pagar na sexta-feira"),
        ("resolve_dispute", "litígio resolvido"),
        ("statement", "envia um extrato"),
        ("note", "nota: o cliente liga na terça"),
        ("close", "fecha a tarefa"),
        ("cancel", "cancela a tarefa"),
        ("unclear", "como está o tempo hoje no escritório?"),
    ],
}
# the language each request sets for the contact, and the promise it records
CONTACT_LANGUAGE = {"en": "fr", "fr": "de", "de": "en", "es": "en", "it": "en", "nl": "en",
                    "pt": "en"}
PROMISE = {"en": (Decimal("500.00"), FRIDAY), "fr": (Decimal("500.00"), NOV30),
           "de": (Decimal("500.00"), NOV30), "es": (Decimal("500.00"), FRIDAY),
           "it": (Decimal("500.00"), FRIDAY), "nl": (BALANCE, FRIDAY), "pt": (BALANCE, FRIDAY)}
NOTE = {"en": "customer will call back Tuesday", "fr": "le client rappellera mardi",
        "de": "Kunde ruft Dienstag zurück", "es": "el cliente llamará el martes",
        "it": "il cliente richiamerà martedì", "nl": "klant belt dinsdag terug",
        "pt": "o cliente liga na terça"}


@dataclass
class Step:
    engine: Engine
    w: World
    lang: str
    task_id: int
    before: dict[str, Any]
    extra: dict[str, int]


def _check_pause_until(st: Step) -> None:
    acc = account(st.engine, st.w)
    assert (acc.paused_until, acc.paused_indefinitely) == (DEC15, False)
    # the member said how the case goes on: the task is done
    assert task_status(st.engine, st.task_id) == "closed"


def _check_pause_indefinitely(st: Step) -> None:
    acc = account(st.engine, st.w)
    assert (acc.paused_until, acc.paused_indefinitely) == (None, True)
    assert task_status(st.engine, st.task_id) == "closed"


def _check_resume(st: Step) -> None:
    acc = account(st.engine, st.w)
    assert (acc.paused_until, acc.paused_indefinitely, acc.pause_reason) == (None, False, None)
    assert task_status(st.engine, st.task_id) == "closed"


def _check_new_email(st: Step) -> None:
    # the primary contact got the new address (the old one is gone), valid again
    assert contacts(st.engine, st.w) == [(new_email(st.lang), "Petra", None, True)]


def _check_add_contact(st: Step) -> None:
    assert contacts(st.engine, st.w) == [(new_email(st.lang), "Petra", None, True),
                                         (jane(st.lang), "Jane Doe", None, False)]


def _check_contact_language(st: Step) -> None:
    # the primary contact (no address named): Jane keeps hers
    assert contacts(st.engine, st.w) == [
        (new_email(st.lang), "Petra", CONTACT_LANGUAGE[st.lang], True),
        (jane(st.lang), "Jane Doe", None, False)]


def _check_promise(st: Step) -> None:
    amount, when = PROMISE[st.lang]
    assert promises(st.engine, st.w) == [(amount, when, "open")]


def _check_resolve_dispute(st: Step) -> None:
    # the account's open dispute (its own task) is resolved, and so is the task written in
    assert task_status(st.engine, st.extra["dispute_task"]) == "closed"
    assert task_status(st.engine, st.task_id) == "closed"


def _check_statement(st: Step) -> None:
    [statement] = [c for c in customer_comms(st.engine, st.w) if c.kind == "statement"]
    assert (statement.recipient, statement.status, statement.channel, statement.language) == (
        new_email(st.lang), "sent", "email", CONTACT_LANGUAGE[st.lang])
    assert statement.invoice_numbers == ["INV-1"] and statement.amount == BALANCE
    assert "INV-1" in statement.body


def _check_note(st: Step) -> None:
    assert ("agent", f"Note: {NOTE[st.lang]}") in thread(st.engine, st.task_id)
    assert task_status(st.engine, st.task_id) == "action_required"  # a note settles nothing


def _check_close(st: Step) -> None:
    assert task_status(st.engine, st.task_id) == "closed"


def _check_cancel(st: Step) -> None:
    assert task_status(st.engine, st.task_id) == "cancelled"


def _check_unclear(st: Step) -> None:
    assert snapshot(st.engine, st.w) == st.before
    assert task_status(st.engine, st.task_id) == "action_required"


CHECKS: dict[str, Callable[[Step], None]] = {
    "pause_until": _check_pause_until, "pause_indefinitely": _check_pause_indefinitely,
    "resume": _check_resume, "new_email": _check_new_email, "add_contact": _check_add_contact,
    "contact_language": _check_contact_language, "promise": _check_promise,
    "resolve_dispute": _check_resolve_dispute, "statement": _check_statement,
    "note": _check_note, "close": _check_close, "cancel": _check_cancel,
    "unclear": _check_unclear,
}


def test_every_language_has_ten_kinds_of_request() -> None:
    for lang in LANGS:
        kinds = [k for k, _ in REQUESTS[lang]]
        assert len(set(kinds) - {"unclear"}) >= 10 and "unclear" in kinds, lang
        assert set(kinds) == set(CHECKS)


@pytest.mark.parametrize("lang", LANGS)
def test_member_requests_in_each_language(engine: Engine, outbound: Outbound, outbox: Path,
                                          lang: str) -> None:
    w = build_world(engine)
    for kind, text in REQUESTS[lang]:
        extra: dict[str, int] = {}
        if kind == "resolve_dispute":  # the account has an open dispute task
            extra["dispute_task"] = new_task(engine, w, f"{lang}:dispute", reason="dispute")
        task_id = new_task(engine, w, f"{lang}:{kind}")
        before = snapshot(engine, w)
        state = post(engine, w, task_id, text, outbound)
        assert state["outcome"] == "answered", (kind, state)
        assert state["language"] == lang, (kind, text)
        assert state.get("failures") == [] or kind == "unclear", (kind, state.get("failures"))
        answer = assert_answered(engine, w, task_id, text, lang, done=kind != "unclear",
                                 outbox=outbox if kind == "statement" else None)
        if kind == "unclear":
            assert UNCLEAR[lang] in answer
        CHECKS[kind](Step(engine, w, lang, task_id, before, extra))
    # only the statement went to the customer: nothing else was sent on the member's word
    assert [c.kind for c in customer_comms(engine, w)] == ["statement"]


def test_several_requests_in_one_message_in_order(engine: Engine, outbound: Outbound) -> None:
    w = build_world(engine)
    task_id = new_task(engine, w, "several")
    text = (f"the new contact is {new_email('en')}; send them a statement, then pause for "
            "two weeks and add a note: promised by phone")
    state = post(engine, w, task_id, text, outbound)
    assert [a["tool"] for a in state["actions"]] == [
        "set_contact_email", "send_statement", "pause_account", "add_note"]
    answer = assert_answered(engine, w, task_id, text, "en")
    assert answer.index(new_email("en")) < answer.index("statement sent") \
        < answer.index("paused until 30 November 2026") < answer.index("note added")
    assert account(engine, w).paused_until == NOV30
    [statement] = customer_comms(engine, w)
    assert statement.recipient == new_email("en")  # the new address, set first


def test_the_members_own_language_wins(engine: Engine, outbound: Outbound) -> None:
    w = build_world(engine, member_language="de")
    task_id = new_task(engine, w, "de-member")
    post(engine, w, task_id, "Pause this account until 15 December", outbound)
    answer = assert_answered(engine, w, task_id, "Pause this account until 15 December", "de")
    assert "15. Dezember 2026" in answer
    assert account(engine, w).paused_until == DEC15


@pytest.mark.parametrize("text", [
    "pause until 2025-01-10",  # a past date: asked again, nothing done
    "the new contact is ap@@hofmann.example",
    "they promised to pay",
    "don't pause the account",
    "send a statement and pause until later",  # one unusable part blocks the whole message
])
def test_unusable_requests_ask_and_change_nothing(engine: Engine, outbound: Outbound,
                                                  text: str) -> None:
    w = build_world(engine)
    task_id = new_task(engine, w, "unusable")
    before = snapshot(engine, w)
    state = post(engine, w, task_id, text, outbound)
    assert state["calls"] == [] and state["question"]
    answer = assert_answered(engine, w, task_id, text, "en", done=False)
    assert state["question"] in answer
    assert snapshot(engine, w) == before


def test_a_tool_error_is_reported_not_raised(engine: Engine, outbound: Outbound) -> None:
    w = build_world(engine)
    task_id = new_task(engine, w, "too-much")
    text = "they promised to pay 5000 € on Friday"  # more than the balance
    before = snapshot(engine, w)
    state = post(engine, w, task_id, text, outbound)
    assert state["actions"] == [] and len(state["failures"]) == 1
    answer = assert_answered(engine, w, task_id, text, "en", done=False)
    assert "I could not do this:" in answer and "5000" in answer
    assert promises(engine, w) == []
    assert snapshot(engine, w)["tasks"] == before["tasks"]


def test_a_promise_for_the_whole_balance_shows_the_amount(engine: Engine,
                                                          outbound: Outbound) -> None:
    w = build_world(engine)
    task_id = new_task(engine, w, "whole")
    post(engine, w, task_id, "they'll pay on the 25th", outbound)
    assert promises(engine, w) == [(BALANCE, date(2026, 11, 25), "open")]
    answer = assert_answered(engine, w, task_id, "they'll pay on the 25th", "en")
    assert "None" not in answer
    assert "980.00" in answer and "25 November 2026" in answer


def test_the_same_message_replayed_does_not_act_twice(engine: Engine, outbound: Outbound) -> None:
    w = build_world(engine)
    task_id = new_task(engine, w, "replay")
    for _ in range(2):
        post(engine, w, task_id, "send them a statement", outbound)
        post(engine, w, task_id, "they promised to pay 500 € on Friday", outbound)
    assert [c.kind for c in customer_comms(engine, w)] == ["statement"]
    assert promises(engine, w) == [(Decimal("500.00"), FRIDAY, "open")]


def test_a_scenario_replay_reaches_the_accounts_latest_task(engine: Engine,
                                                            outbound: Outbound) -> None:
    w = build_world(engine)
    new_task(engine, w, "first")
    latest = new_task(engine, w, "latest")
    handle_member_reply(engine, w.org_id, w.account_id, TODAY,
                        {"from": "ANN@aorg.example", "body": "pause indefinitely"}, outbound)
    assert account(engine, w).paused_indefinitely is True
    assert task_status(engine, latest) == "closed"
    with pytest.raises(ThreadError):
        handle_member_reply(engine, w.org_id, w.account_id, TODAY,
                            {"from": "stranger@elsewhere.example", "body": "resume"}, outbound)


# ------------------------------------------------------------- formal notice confirmation


def restart(engine: Engine) -> Engine:
    """A new process: no engine, no cached checkpointer connection; the same database."""
    url = engine.url.render_as_string(hide_password=False)
    engine.dispose()
    checkpointer_for.cache_clear()
    return make_engine(url)


@pytest.fixture
def fresh_process(engine: Engine) -> Iterator[list[Engine]]:
    engines = [engine]
    yield engines
    for e in engines[1:]:
        e.dispose()
    checkpointer_for.cache_clear()


@pytest.mark.parametrize(("lang", "ask", "answer", "sent"), [
    ("en", "send a formal notice", "yes", True),
    ("fr", "envoie une mise en demeure", "oui", True),
    ("de", "Letzte Mahnung schicken", "ja", True),
    ("en", "send a formal notice", "no", False),
    ("nl", "stuur een ingebrekestelling", "nee", False),
])
def test_formal_notice_waits_for_confirmation_across_a_restart(
        engine: Engine, outbound: Outbound, fresh_process: list[Engine], lang: str, ask: str,
        answer: str, sent: bool) -> None:
    w = build_world(engine)
    task_id = new_task(engine, w, "formal")
    state = post(engine, w, task_id, ask, outbound)
    assert state["question"] and CONFIRM_Q[lang] in state["question"]
    assert customer_comms(engine, w) == []  # nothing sent before the member says yes
    question = assert_answered(engine, w, task_id, ask, lang, done=False)
    assert CONFIRM_Q[lang] in question
    assert task_status(engine, task_id) == "action_required"

    engine2 = restart(engine)
    fresh_process.append(engine2)
    post(engine2, w, task_id, answer, outbound)
    notices = [c for c in customer_comms(engine2, w) if c.kind == "formal_notice"]
    if sent:
        [notice] = notices
        assert (notice.recipient, notice.status, notice.channel, notice.tone) == (
            OLD_EMAIL, "sent", "email", "firm")
        assert "INV-1" in notice.body
        reply = assert_answered(engine2, w, task_id, answer, lang)
    else:
        assert notices == []
        reply = assert_answered(engine2, w, task_id, answer, lang)  # "nothing sent, as asked"
    assert [c.id for c in customer_comms(engine2, w)] == [c.id for c in notices]
    # the conversation is over: a later "yes" sends nothing more
    post(engine2, w, task_id, answer, outbound)
    assert [c.kind for c in customer_comms(engine2, w)] == ["formal_notice"] * sent
    assert reply


def test_an_unclear_answer_asks_again_then_yes_sends_once(engine: Engine,
                                                          outbound: Outbound) -> None:
    w = build_world(engine)
    task_id = new_task(engine, w, "formal-unclear")
    post(engine, w, task_id, "send a formal notice", outbound)
    post(engine, w, task_id, "hmm, what do you think?", outbound)
    assert customer_comms(engine, w) == []
    asked = assert_answered(engine, w, task_id, "hmm, what do you think?", "en", done=False)
    assert CONFIRM_Q["en"] in asked
    post(engine, w, task_id, "yes", outbound)
    assert [c.kind for c in customer_comms(engine, w)] == ["formal_notice"]


def test_a_new_request_instead_of_an_answer_is_applied(engine: Engine,
                                                       outbound: Outbound) -> None:
    w = build_world(engine)
    task_id = new_task(engine, w, "formal-other")
    post(engine, w, task_id, "send a formal notice", outbound)
    text = "actually, pause until 15 December"
    post(engine, w, task_id, text, outbound)
    assert account(engine, w).paused_until == DEC15
    assert customer_comms(engine, w) == []  # the formal notice was not confirmed
    answer = assert_answered(engine, w, task_id, text, "en")
    assert "paused until 15 December 2026" in answer
    post(engine, w, task_id, "yes", outbound)  # the question is no longer pending
    assert customer_comms(engine, w) == []


# ----------------------------------------------------------------------------- isolation


def test_a_member_cannot_act_on_another_organizations_task(engine: Engine,
                                                           outbound: Outbound) -> None:
    w = build_world(engine)
    before = snapshot(engine, w)
    with session_factory(engine)() as s:
        other_before = (s.get(Account, w.other_account_id).paused_indefinitely,
                        s.scalar(select(func.count()).select_from(TaskMessage)),
                        s.scalar(select(func.count()).select_from(Communication)),
                        s.scalar(select(func.count()).select_from(Event)))
    attempts = [
        # A's member, A's organization id, B's task
        (w.org_id, w.other_task_id, w.member_id),
        # A's member claiming B's organization
        (w.other_org_id, w.other_task_id, w.member_id),
        # B's member on B's task, but through A's organization
        (w.org_id, w.other_task_id, w.other_member_id),
        # a task that does not exist
        (w.org_id, 10_000, w.member_id),
    ]
    for org_id, task_id, member_id in attempts:
        with pytest.raises(ThreadError):
            post_member_message(engine, org_id, task_id, member_id, "pause indefinitely",
                                TODAY, outbound=outbound, brain=OfflineBrain())
    assert snapshot(engine, w) == before
    with session_factory(engine)() as s:
        assert (s.get(Account, w.other_account_id).paused_indefinitely,
                s.scalar(select(func.count()).select_from(TaskMessage)),
                s.scalar(select(func.count()).select_from(Communication)),
                s.scalar(select(func.count()).select_from(Event))) == other_before
        assert s.get(Task, w.other_task_id).status == "action_required"
    # B's own member can
    post_member_message(engine, w.other_org_id, w.other_task_id, w.other_member_id,
                        "pause indefinitely", TODAY, outbound=outbound, brain=OfflineBrain())
    with session_factory(engine)() as s:
        assert s.get(Account, w.other_account_id).paused_indefinitely is True
        assert s.get(Account, w.account_id).paused_indefinitely is False


# ------------------------------------------------------------------- through an LLM brain


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture
def llm(server: FakeOpenAI) -> LLMBrain:
    return LLMBrain(model="test-model", base_url=server.base_url, api_key="sk-test",
                    timeout=2.0, max_tokens=300)


def script(server: FakeOpenAI, *calls: tuple[str, dict[str, Any]]) -> None:
    """One answer with these tool calls, in order."""
    server.push(Scripted(200, {
        "id": "chatcmpl-fake", "object": "chat.completion", "created": 0,
        "model": "fake-model",
        "choices": [{"index": 0, "finish_reason": "tool_calls", "logprobs": None, "message": {
            "role": "assistant", "content": None, "tool_calls": [
                {"id": f"call_{i}", "type": "function",
                 "function": {"name": name, "arguments": json.dumps(args)}}
                for i, (name, args) in enumerate(calls)]}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}},
        label="tool_calls"))


# a statement for the German customer, as an LLM would rewrite it: every fact from the store
GOOD_DRAFT = {
    "subject": "Ihr Kontoauszug – Hofmann Bau KG",
    "body": "Sehr geehrte Damen und Herren,\n\nwie besprochen erhalten Sie hier Ihren aktuellen "
            "Kontoauszug. Offen ist die Rechnung INV-1 über 980,00 €, fällig seit dem "
            "1. Oktober 2026.\n\nWir danken Ihnen für die baldige Überweisung.\n\n"
            "Mit freundlichen Grüßen\nNordlicht GmbH\n",
}

# (lang, text, scripted calls, check); the texts are ones the offline grammar would not read
# the same way, so the store shows the LLM's calls were applied
LLM_CASES: list[tuple[str, str, list[tuple[str, dict[str, Any]]], str]] = [
    ("en", "Customer called: they're good for it next Friday, hold everything till then",
     [("record_promise", {"date": "2026-11-27", "amount": None}),
      ("pause_account", {"until": "2026-11-27", "reason": "promise by phone"})],
     "promise_and_pause"),
    ("fr", "Marie est partie, écrivez désormais à compta@hofmann.example s'il vous plaît",
     [("set_contact_email", {"email": "compta@hofmann.example", "replace": None})],
     "new_email"),
    ("de", "Die Buchhaltung dort spricht eigentlich Französisch, bitte so korrespondieren",
     [("set_contact_language", {"language": "fr", "email": None})], "contact_language"),
    ("es", "Ya está todo hablado con ellos, puedes dar esto por terminado",
     [("close_task", {})], "close"),
    ("it", "Manda pure al cliente il riepilogo di quanto ci deve",
     [("send_statement", {})], "statement"),
    ("nl", "Laat ze maar even met rust, geen herinneringen meer voorlopig",
     [("pause_account", {"until": None, "reason": None})], "pause_indefinitely"),
    ("pt", "Hmm, talvez, não sei bem ainda",
     [("ask_question", {"question": "O que devo fazer com esta conta?"})], "question"),
]


@pytest.mark.parametrize(("lang", "text", "calls", "kind"), LLM_CASES,
                         ids=[c[3] for c in LLM_CASES])
def test_requests_through_a_scripted_llm(engine: Engine, outbound: Outbound,
                                         server: FakeOpenAI, llm: LLMBrain, lang: str,
                                         text: str, calls: list[tuple[str, dict[str, Any]]],
                                         kind: str) -> None:
    w = build_world(engine)
    task_id = new_task(engine, w, f"llm:{kind}")
    before = snapshot(engine, w)
    script(server, *calls)
    if kind == "statement":
        server.tool_call("DraftText", GOOD_DRAFT)
    state = post(engine, w, task_id, text, outbound, brain=llm)
    assert llm.last_fallback is None and llm.fallbacks == []
    assert len(server.bodies) == (2 if kind == "statement" else 1)
    assert state["language"] == lang
    answer = assert_answered(engine, w, task_id, text, lang, done=kind != "question")
    acc = account(engine, w)
    if kind == "promise_and_pause":
        assert promises(engine, w) == [(BALANCE, date(2026, 11, 27), "open")]
        assert (acc.paused_until, acc.pause_reason) == (date(2026, 11, 27), "promise by phone")
        assert answer.index("promise recorded") < answer.index("follow-ups paused")
    elif kind == "new_email":
        assert contacts(engine, w) == [("compta@hofmann.example", "Petra", None, True)]
    elif kind == "contact_language":
        assert contacts(engine, w) == [(OLD_EMAIL, "Petra", "fr", True)]
    elif kind == "close":
        assert task_status(engine, task_id) == "closed"
    elif kind == "statement":
        [statement] = customer_comms(engine, w)
        assert (statement.kind, statement.recipient, statement.language) == (
            "statement", OLD_EMAIL, "de")
        assert statement.body == GOOD_DRAFT["body"]  # the LLM's draft passed the checks
    elif kind == "pause_indefinitely":
        assert (acc.paused_until, acc.paused_indefinitely) == (None, True)
    else:
        assert "O que devo fazer com esta conta?" in answer
        assert snapshot(engine, w) == before


def test_an_invalid_llm_answer_falls_back_to_the_offline_grammar(
        engine: Engine, outbound: Outbound, server: FakeOpenAI, llm: LLMBrain) -> None:
    w = build_world(engine)
    task_id = new_task(engine, w, "llm:past")
    # a date in the past: the LLM's answer is not used, the offline grammar reads the message
    script(server, ("pause_account", {"until": "2026-01-15", "reason": None}))
    post(engine, w, task_id, "Pause this account until 15 December", outbound, brain=llm)
    assert llm.last_fallback is not None and "in the past" in llm.last_fallback
    assert account(engine, w).paused_until == DEC15
    assert_answered(engine, w, task_id, "Pause this account until 15 December", "en")


def test_formal_notice_confirmation_through_a_scripted_llm(
        engine: Engine, outbound: Outbound, fresh_process: list[Engine], server: FakeOpenAI,
        llm: LLMBrain) -> None:
    w = build_world(engine)
    task_id = new_task(engine, w, "llm:formal")
    script(server, ("send_formal_notice", {}))
    post(engine, w, task_id, "Time to get formal with them, send the official letter",
         outbound, brain=llm)
    assert customer_comms(engine, w) == []
    engine2 = restart(engine)
    fresh_process.append(engine2)
    script(server, ("confirm", {"answer": True}))
    # the LLM's formal notice invents an amount: the draft check replaces it by the template
    server.tool_call("DraftText", {"subject": "Förmliche Mahnung",
                                   "body": "Zahlen Sie sofort 9.800,00 € für INV-1."})
    post(engine2, w, task_id, "Yep, go for it", outbound, brain=llm)
    [notice] = customer_comms(engine2, w)
    assert notice.kind == "formal_notice" and notice.status == "sent"
    assert "9.800,00" not in notice.body and "INV-1" in notice.body and "980,00" in notice.body
    with session_factory(engine2)() as s:
        [rejected] = s.scalars(select(Event).where(Event.kind == "draft_rejected"))
        assert "9.800,00" in (rejected.reason or "")
    assert llm.fallbacks == []
    assert [b["tool_choice"] for b in server.bodies] == ["required", "required", "required"]
    assert [b["tools"][0]["function"]["name"] for b in server.bodies] == [
        "pause_account", "pause_account", "DraftText"]


def test_isolation_is_checked_before_the_llm_is_asked(engine: Engine, outbound: Outbound,
                                                     server: FakeOpenAI, llm: LLMBrain) -> None:
    w = build_world(engine)
    with pytest.raises(ThreadError):
        post_member_message(engine, w.org_id, w.other_task_id, w.member_id,
                            "pause indefinitely", TODAY, outbound=outbound, brain=llm)
    assert server.bodies == []  # refused before anything is read


def test_days_pass_between_the_question_and_the_answer(engine: Engine, outbound: Outbound,
                                                       fresh_process: list[Engine]) -> None:
    w = build_world(engine)
    task_id = new_task(engine, w, "formal-later")
    post(engine, w, task_id, "send a formal notice", outbound)
    engine2 = restart(engine)
    fresh_process.append(engine2)
    later = TODAY + timedelta(days=3)
    post(engine2, w, task_id, "yes", outbound, today=later)
    [notice] = customer_comms(engine2, w)
    assert (notice.kind, notice.on_date) == ("formal_notice", later)

