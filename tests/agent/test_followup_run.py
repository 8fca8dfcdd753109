"""The daily follow-up run end to end: store → graph → outbox files → store."""

from datetime import date, timedelta
from decimal import Decimal
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agent.scheduler import run_day
from agent.tools.outbound import Outbound
from agent.tools.payments import record_payment
from channels.outbox import OutboxEmailTransport, OutboxLetterTransport
from store.db import session_factory, transaction
from store.models import Account, Communication, Contact, Document, Event, Task
from store.orgs import add_member, create_organization


@pytest.fixture
def outbox(tmp_path) -> Path:
    return tmp_path / "outbox"


@pytest.fixture
def outbound(outbox) -> Outbound:
    return Outbound(email=OutboxEmailTransport(outbox), letters=OutboxLetterTransport(outbox))


def make_account(engine, *, country="DE", contacts=(("Petra", "petra@hofmann.example", None),),
                 invoices=(("NL-1", "980.00", date(2026, 10, 15)),), members=(("de", "lena"),),
                 postal_address=None):
    with transaction(engine) as s:
        org = create_organization(s, "Nordlicht GmbH", sender_email="ar@nordlicht.example",
                                  iban="DE89370400440532013000")
        for lang, name in members:
            add_member(s, org, f"{name}@nordlicht.example", name.title(), lang)
        acc = Account(organization_id=org.id, external_id="K1", name="Hofmann Bau KG",
                      country=country, currency="EUR", postal_address=postal_address)
        s.add(acc)
        s.flush()
        for i, (name, email, lang) in enumerate(contacts):
            s.add(Contact(account_id=acc.id, name=name, email=email, language=lang,
                          is_primary=i == 0))
        for number, amount, due in invoices:
            s.add(Document(organization_id=org.id, account_id=acc.id, kind="invoice",
                           number=number, issue_date=due - timedelta(days=30), due_date=due,
                           amount=Decimal(amount), currency="EUR"))
        return org.id, acc.id


def run(engine, org_id, start, end, outbound):
    day = start
    while day <= end:
        run_day(engine, org_id, day, outbound=outbound, strict=True)
        day += timedelta(days=1)


def customer_messages(engine):
    with session_factory(engine)() as s:
        return list(s.scalars(select(Communication).where(
            Communication.kind != "member_notification").order_by(Communication.id)))


def test_first_follow_up_is_one_consolidated_email_in_the_country_language(
        engine, outbound, outbox):
    org_id, _ = make_account(engine, invoices=(("NL-1", "980.00", date(2026, 10, 15)),
                                               ("NL-2", "120.50", date(2026, 10, 20))))
    run(engine, org_id, date(2026, 10, 16), date(2026, 10, 30), outbound)
    sent = customer_messages(engine)
    # 10 business days later the second one, firmer
    assert [(c.on_date, c.plan_step, c.tone, c.language, c.channel) for c in sent] == [
        (date(2026, 10, 16), 1, "courteous", "de", "email"),
        (date(2026, 10, 30), 2, "professional", "de", "email")]
    emls = sorted((outbox / "mail").glob("*.eml"), key=lambda p: p.stat().st_mtime_ns)
    msg = message_from_bytes(emls[0].read_bytes(), policy=default_policy)
    assert msg["To"] == "petra@hofmann.example"
    assert msg["Message-ID"] == sent[0].message_id
    with session_factory(engine)() as s:
        token = s.scalar(select(Account.token))
    assert msg["Reply-To"] == f"ar+{token}@nordlicht.example"
    body = msg.get_content()
    assert "NL-1" in body
    assert "NL-2" not in body  # within its terms on the 16th: not asked for yet
    assert sent[0].invoice_numbers == ["NL-1"] and sent[0].amount == Decimal("980.00")
    assert sent[1].invoice_numbers == ["NL-1", "NL-2"]  # both overdue by the 30th
    assert sent[1].amount == Decimal("1100.50")


def test_same_day_twice_sends_nothing_new(engine, outbound, outbox):
    org_id, _ = make_account(engine)
    run_day(engine, org_id, date(2026, 10, 16), outbound=outbound, strict=True)
    run_day(engine, org_id, date(2026, 10, 16), outbound=outbound, strict=True)
    assert len(customer_messages(engine)) == 1
    assert len(list((outbox / "mail").glob("*.eml"))) == 1


def test_dry_run_writes_nothing(engine, outbound, outbox):
    org_id, _ = make_account(engine)
    with session_factory(engine)() as s:
        events_before = s.scalar(select(func.count()).select_from(Event))
    decisions = run_day(engine, org_id, date(2026, 10, 16), dry_run=True, strict=True)
    (d,) = decisions
    assert d.outcome == "sent"
    assert d.messages and "petra@hofmann.example" in d.messages[0]
    assert "courteous" in d.messages[0] and "NL-1" in d.messages[0]
    with session_factory(engine)() as s:
        assert s.scalar(select(func.count()).select_from(Communication)) == 0
        assert s.scalar(select(func.count()).select_from(Event)) == events_before
    assert not outbox.exists()


def test_no_email_contact_goes_by_letter_to_the_postal_address(engine, outbound, outbox):
    org_id, _ = make_account(engine, country="FR", contacts=(("Jean", None, None),),
                             postal_address="3 place du Marché\n21000 Dijon")
    run(engine, org_id, date(2026, 10, 16), date(2026, 10, 16), outbound)
    (letter,) = customer_messages(engine)
    assert (letter.channel, letter.language, letter.tone) == ("letter", "fr", "courteous")
    (text,) = (outbox / "letters").glob("*.txt")
    assert "21000 Dijon" in text.read_text()
    assert (outbox / "letters" / "manifest.jsonl").read_text().count("\n") == 1


def test_no_contact_at_all_opens_one_missing_contact_task_and_notifies(engine, outbound):
    org_id, _ = make_account(engine, contacts=(), members=(("de", "lena"), (None, "tom")))
    run(engine, org_id, date(2026, 10, 16), date(2026, 10, 30), outbound)
    with session_factory(engine)() as s:
        tasks = list(s.scalars(select(Task)))
        assert [(t.reason, t.status) for t in tasks] == [("missing_contact", "action_required")]
        assert sorted(m.email for m in tasks[0].assignees) == [
            "lena@nordlicht.example", "tom@nordlicht.example"]
        notes = list(s.scalars(select(Communication).where(
            Communication.kind == "member_notification")))
    # members de + unknown (en): no common language, no majority → English
    assert [(n.language, n.recipient) for n in notes] == [
        ("en", "lena@nordlicht.example, tom@nordlicht.example")]
    assert [c for c in customer_messages(engine)] == []


def test_bounced_contact_is_skipped_others_continue(engine, outbound):
    org_id, acc_id = make_account(engine, contacts=(
        ("Petra", "petra@hofmann.example", None), ("Jens", "jens@hofmann.example", "en")))
    with transaction(engine) as s:
        s.scalar(select(Contact).where(Contact.email == "petra@hofmann.example")
                 ).email_status = "bounced"
    run(engine, org_id, date(2026, 10, 16), date(2026, 10, 16), outbound)
    assert [(c.recipient, c.language) for c in customer_messages(engine)] == [
        ("jens@hofmann.example", "en")]


def test_payment_closes_tasks_and_stops_follow_ups(engine, outbound):
    org_id, acc_id = make_account(engine)
    run(engine, org_id, date(2026, 10, 16), date(2026, 12, 31), outbound)
    with session_factory(engine)() as s:
        assert s.scalar(select(Task.status)) == "action_required"  # no_response
        assert len({c.plan_step for c in s.scalars(select(Communication).where(
            Communication.kind == "followup"))}) == 4
    with transaction(engine) as s:
        doc = s.scalar(select(Document))
        record_payment(s, document=doc, amount=Decimal("980.00"), value_date=date(2027, 1, 4),
                       today=date(2027, 1, 4))
    with session_factory(engine)() as s:
        assert s.scalar(select(Task.status)) == "closed"
    before = len(customer_messages(engine))
    run(engine, org_id, date(2027, 1, 4), date(2027, 2, 28), outbound)
    assert len(customer_messages(engine)) == before


def test_skips_are_logged_with_their_reason(engine, outbound):
    org_id, acc_id = make_account(engine)
    with transaction(engine) as s:
        acc = s.get(Account, acc_id)
        acc.paused_until = date(2026, 12, 15)
        acc.pause_reason = "agreed with the customer"
    run(engine, org_id, date(2026, 10, 16), date(2026, 10, 16), outbound)
    with session_factory(engine)() as s:
        reasons = list(s.scalars(select(Event.reason).where(Event.kind == "followup_skipped")))
    assert reasons == ["account paused until 2026-12-15 (agreed with the customer)"]
    assert customer_messages(engine) == []


def test_tasks_go_to_the_account_referents_when_it_has_them(engine, outbound):
    org_id, acc_id = make_account(engine, contacts=(),
                                  members=(("de", "lena"), ("fr", "julien"), (None, "tom")))
    with transaction(engine) as s:
        from store.models import Member
        acc = s.get(Account, acc_id)
        julien = s.scalar(select(Member).where(Member.email == "julien@nordlicht.example"))
        acc.referents = [julien]
    run(engine, org_id, date(2026, 10, 16), date(2026, 10, 16), outbound)
    with session_factory(engine)() as s:
        task = s.scalar(select(Task))
        assert [m.email for m in task.assignees] == ["julien@nordlicht.example"]
        note = s.scalar(select(Communication).where(
            Communication.kind == "member_notification"))
        assert (note.language, note.recipient) == ("fr", "julien@nordlicht.example")


def test_a_credit_note_covering_the_balance_closes_the_case_at_the_next_run(engine, outbound):
    org_id, acc_id = make_account(engine, contacts=())
    run(engine, org_id, date(2026, 10, 16), date(2026, 10, 16), outbound)
    with transaction(engine) as s:
        assert s.scalar(select(Task.status)) == "action_required"  # missing contact
        s.add(Document(organization_id=org_id, account_id=acc_id, kind="credit_note",
                       number="GS-1", issue_date=date(2026, 10, 19), due_date=None,
                       amount=Decimal("980.00"), currency="EUR"))
    run(engine, org_id, date(2026, 10, 19), date(2026, 10, 19), outbound)
    with session_factory(engine)() as s:
        assert s.scalar(select(Task.status)) == "closed"
        assert s.scalar(select(func.count()).select_from(Event).where(
            Event.kind == "case_closed")) == 1


def test_segment_policy_from_the_organization_settings(engine, outbound):
    org_id, acc_id = make_account(engine)
    with transaction(engine) as s:
        from store.models import Organization
        s.get(Account, acc_id).segment = "key_accounts"
        s.get(Organization, org_id).settings = {"policies": {"segments": {"key_accounts": {
            "first_followup_after_days": 7, "bands": [{"from_days": 0, "interval": 15}],
            "max_interval_days": 21}}}}
    run(engine, org_id, date(2026, 10, 16), date(2026, 11, 30), outbound)
    dates = [c.on_date for c in customer_messages(engine)]
    # first a week after the due date (22 Oct), then every 15 business days
    assert dates[:2] == [date(2026, 10, 22), date(2026, 11, 12)]


def test_courtesy_notice_before_the_due_date_when_the_policy_asks(engine, outbound):
    org_id, acc_id = make_account(engine, invoices=(("NL-9", "500.00", date(2026, 11, 20)),))
    with transaction(engine) as s:
        from store.models import Organization
        s.get(Organization, org_id).settings = {"policies": {"default": {
            "courtesy_notice": True}}}
    run(engine, org_id, date(2026, 11, 10), date(2026, 11, 20), outbound)
    sent = customer_messages(engine)
    assert [(c.kind, c.on_date, c.plan_step) for c in sent] == [
        ("courtesy", date(2026, 11, 17), None)]
    assert sent[0].language == "de" and "NL-9" in sent[0].body


def test_escalation_carries_the_history_and_similar_past_cases(engine, outbound):
    org_id, acc_id = make_account(engine)
    with transaction(engine) as s:
        from store.models import Organization, TaskMessage
        # a closed no-response case of another customer, resolved by a phone call
        other = Account(organization_id=org_id, external_id="K2", name="Old Customer",
                        country="DE", currency="EUR")
        s.add(other)
        s.flush()
        past = Task(organization_id=org_id, account_id=other.id, reason="no_response",
                    status="closed", subject="Old Customer: no answer after 4 reminders",
                    agent_message="Old Customer owes 500 EUR. 4 reminders were sent.",
                    created_on=date(2026, 5, 1), closed_on=date(2026, 5, 9),
                    idempotency_key="past-1")
        s.add(past)
        s.flush()
        s.add(TaskMessage(task_id=past.id, author="member",
                          body="Called their CFO, they paid the next day."))
        s.get(Organization, org_id).settings = {"policies": {"default": {
            "high_balance": "900.00"}}}
    run(engine, org_id, date(2026, 10, 16), date(2026, 12, 31), outbound)
    with session_factory(engine)() as s:
        tasks = {t.reason: t for t in s.scalars(select(Task).where(Task.account_id == acc_id))}
    assert set(tasks) == {"high_balance", "no_response"}
    no_response = tasks["no_response"]
    assert "Reminders this case: 2026-10-16 (courteous, email)" in no_response.agent_message
    assert "Owed: 980.00 EUR" in no_response.agent_message
    assert "Called their CFO, they paid the next day." in no_response.suggested_next_step


def test_invoice_pdfs_are_attached_when_the_store_has_them(engine, outbound, outbox, tmp_path):
    org_id, acc_id = make_account(engine)
    pdf = tmp_path / "NL-1.pdf"
    pdf.write_bytes(b"%PDF-1.4 invoice NL-1")
    with transaction(engine) as s:
        s.scalar(select(Document)).pdf_path = str(pdf)
    run(engine, org_id, date(2026, 10, 16), date(2026, 10, 16), outbound)
    (eml,) = (outbox / "mail").glob("*.eml")
    msg = message_from_bytes(eml.read_bytes(), policy=default_policy)
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_filename() == "NL-1.pdf"
    assert attachment.get_content() == b"%PDF-1.4 invoice NL-1"
