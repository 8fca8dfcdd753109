"""The list and detail pages load what they show in a fixed number of queries: ten times the
rows must not mean ten times the queries (no N+1)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal

from sqlalchemy import event, select

from store.db import transaction
from store.models import Account, Communication, Contact, Document, Member, Task, TaskMessage


@contextmanager
def _counting(engine) -> Iterator[list[str]]:  # type: ignore[no-untyped-def]
    statements: list[str] = []

    def count(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def _grow(engine, world, n: int, tag: str) -> None:  # type: ignore[no-untyped-def]
    """`n` more accounts of "us", each with a contact, invoices, messages and a task thread."""
    with transaction(engine) as s:
        members = list(s.scalars(select(Member).where(Member.organization_id == world.org["us"])))
        for i in (f"{tag}{k}" for k in range(n)):
            acc = Account(organization_id=world.org["us"], external_id=f"G{i}",
                          name=f"Grown {i} GmbH", country="DE", currency="EUR")
            s.add(acc)
            s.flush()
            contact = Contact(account_id=acc.id, email=f"ap{i}@grown.example", is_primary=True)
            s.add(contact)
            s.flush()
            for k in range(3):
                s.add(Document(organization_id=world.org["us"], account_id=acc.id,
                               kind="invoice", number=f"G{i}-INV-{k}",
                               issue_date=date(2026, 9, 1), due_date=date(2026, 10, 1),
                               amount=Decimal("100.00"), currency="EUR"))
            inbound = Communication(
                organization_id=world.org["us"], account_id=acc.id, contact_id=contact.id,
                channel="email", direction="in", status="received", kind="reply",
                sender=contact.email, subject=f"Re: reminder G{i}", body="We dispute it.",
                on_date=date(2026, 11, 10), idempotency_key=f"G{i}:in")
            s.add_all([inbound, Communication(
                organization_id=world.org["us"], account_id=acc.id, contact_id=contact.id,
                channel="email", direction="out", status="sent", kind="followup",
                recipient=contact.email, subject=f"Reminder G{i}", body="Please pay.",
                on_date=date(2026, 11, 9), idempotency_key=f"G{i}:out")])
            s.flush()
            task = Task(organization_id=world.org["us"], account_id=acc.id,
                        communication_id=inbound.id, reason="dispute",
                        status="action_required", subject=f"Grown {i} disputes",
                        created_on=date(2026, 11, 10), idempotency_key=f"G{i}:task")
            task.assignees = members
            s.add(task)
            s.flush()
            s.add_all([TaskMessage(task_id=task.id, author="agent", body="A dispute."),
                       TaskMessage(task_id=task.id, author="member", member_id=members[len(i) % 2].id,
                                   body="Looking into it."),
                       TaskMessage(task_id=task.id, author="customer",
                                   communication_id=inbound.id, body="We dispute it.")])


def _queries(client, engine, urls: list[str]) -> dict[str, int]:  # type: ignore[no-untyped-def]
    counts = {}
    for url in urls:
        with _counting(engine) as statements:
            assert client.get(url).status_code == 200, url
        counts[url] = len(statements)
    return counts


def test_pages_do_not_query_per_row(ana, world, web_engine):
    def urls() -> list[str]:
        with transaction(web_engine) as s:
            last_task = s.scalar(select(Task.id).where(Task.organization_id == world.org["us"])
                                 .order_by(Task.id.desc()))
        return ["/tasks?status=all&assignee=anyone", f"/tasks/{last_task}", "/communications",
                "/communications?status=all", f"/communications/{world.communication['C1:sent']}",
                "/accounts", "/accounts?sort=balance", f"/accounts/{world.account['C1']}",
                "/invoices"]

    _grow(web_engine, world, 2, "a")
    small = _queries(ana, web_engine, urls())
    _grow(web_engine, world, 20, "b")
    large = _queries(ana, web_engine, urls())
    assert list(small.values()) == list(large.values()), (small, large)
    assert max(large.values()) <= 15, large


def test_stored_words_read_as_english_labels():
    from api.web import label

    assert label("payment_plan_request") == "Payment plan request"
    assert label("followup") == "Follow-up"
    assert label("followup_sent") == "Follow-up sent"
    assert label(None) == "" and label("") == ""
