"""The synthetic portfolio: deterministic for a seed, the same on SQLite and PostgreSQL (COPY),
and realistic where the planner looks."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from store.db import make_engine, session_factory, upgrade
from store.models import (
    Account,
    Communication,
    Contact,
    Document,
    Organization,
    Payment,
    Promise,
    Task,
)
from store.queries import portfolio
from store.synth import invoice_counts, synthesize

TODAY = date(2026, 11, 16)
ACCOUNTS, INVOICES = 600, 6000


def dump(engine) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    """Every synthetic row, without wall-clock columns, in id order."""
    out = {}
    for model in (Account, Contact, Document, Payment, Communication, Task, Promise):
        table = model.__table__
        columns = [c for c in table.columns if c.name not in ("created_at", "updated_at")]
        with engine.connect() as conn:
            out[table.name] = [tuple(r) for r in conn.execute(
                select(*columns).order_by(table.c.id))]
    return out


def build(url: str, seed: int = 5):  # type: ignore[no-untyped-def]
    upgrade(url)
    engine = make_engine(url)
    report = synthesize(engine, accounts=ACCOUNTS, invoices=INVOICES, seed=seed, today=TODAY)
    return engine, report


@pytest.fixture(scope="module")
def synth_engine(tmp_path_factory):  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path_factory.mktemp('synth') / 'a.db'}"
    engine, report = build(url)
    yield engine, report
    engine.dispose()


def test_invoice_counts_sum_exactly_and_vary():
    import random

    counts = invoice_counts(random.Random(1), 1000, 12345)
    assert sum(counts) == 12345
    assert max(counts) > 3 * (12345 // 1000) and min(counts) < 12345 // 1000


def test_same_seed_same_rows_different_seed_different(synth_engine, tmp_path):
    engine, report = synth_engine
    again, _ = build(f"sqlite:///{tmp_path / 'b.db'}")
    other, _ = build(f"sqlite:///{tmp_path / 'c.db'}", seed=6)
    assert dump(again) == dump(engine)
    assert dump(other)["documents"] != dump(engine)["documents"]
    assert report.rows["accounts"] == ACCOUNTS


def test_postgres_copy_writes_the_same_portfolio(synth_engine, postgres_server):
    from tests.support.servers import create_database

    engine, _ = synth_engine
    pg, report = build(create_database(postgres_server, "synth_copy"))
    try:
        assert dump(pg) == dump(engine)
        # sequences moved past the explicit ids: ordinary inserts still work
        with session_factory(pg)() as s:
            org = s.scalar(select(Organization))
            s.add(Account(organization_id=org.id, external_id="after", name="After",
                          country="FR", currency="EUR"))
            s.commit()
    finally:
        pg.dispose()


def test_counts_mix_and_invariants(synth_engine):
    engine, report = synth_engine
    with session_factory(engine)() as s:
        accounts = list(s.scalars(select(Account)))
        docs = list(s.scalars(select(Document)))
        contacts = list(s.scalars(select(Contact)))
        invoices = [d for d in docs if d.kind == "invoice"]
        credits = [d for d in docs if d.kind == "credit_note"]
        assert len(accounts) == ACCOUNTS and len(invoices) == INVOICES
        countries = Counter(a.country for a in accounts)
        assert set(countries) >= {"FR", "DE", "ES", "IT", "NL", "PT", "GB", "US", "BE", "CH",
                                  "AT"}
        assert max(countries.values()) < ACCOUNTS / 4  # a mix, not one country
        assert {a.currency for a in accounts} == {"EUR", "GBP", "USD", "CHF"}
        assert len({a.segment for a in accounts}) >= 3
        assert any(a.paused_until for a in accounts) or any(
            a.paused_indefinitely for a in accounts)
        assert sum(a.postal_address is None for a in accounts) > 0
        # contacts: with and without email, bounced, do-not-contact, language set and not
        assert any(c.email is None for c in contacts) and any(c.email for c in contacts)
        assert {c.email_status for c in contacts} >= {"valid", "bounced"}
        assert any(c.do_not_contact for c in contacts)
        assert any(c.language for c in contacts) and any(c.language is None for c in contacts)
        assert any(c.postal_address for c in contacts)
        # money: Decimal to the cent, positive
        for d in docs:
            assert isinstance(d.amount, Decimal) and d.amount == d.amount.quantize(
                Decimal("0.01")) and d.amount > 0
            assert 0 <= d.paid_amount
        # credit notes never credit more than the account was invoiced in their currency
        invoiced: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
        for d in invoices:
            invoiced[d.account_id, d.currency] += d.amount
        assert credits
        for c in credits:
            assert c.amount <= invoiced[c.account_id, c.currency]
        payments = list(s.scalars(select(Payment)))
        assert any(p.document_id is None for p in payments)  # on account
        assert any(p.document_id is not None for p in payments)
        # invoice ages: most paid, a long tail overdue, some not yet due, partial payments
        statuses: Counter[str] = Counter()
        pay: Counter[str] = Counter()
        org_id = accounts[0].organization_id
        for row in portfolio(s, org_id, TODAY):
            for position in row.positions.values():
                for inv in position.invoices:
                    statuses[inv.status] += 1
                    pay[inv.payment_status] += 1
        assert statuses["paid"] > 0.6 * INVOICES
        assert 0.03 * INVOICES < statuses["overdue"] < 0.3 * INVOICES
        assert statuses["issued"] > 0.01 * INVOICES
        assert pay["partially_paid"] > 0 and pay["overpaid"] >= 0
        # the case so far: reminders at different steps, replies, tasks, promises
        comms = list(s.scalars(select(Communication)))
        steps = Counter(c.plan_step for c in comms if c.kind == "followup")
        assert len(steps) == 4
        assert any(c.direction == "in" for c in comms)
        assert s.scalars(select(Task)).first() is not None
        assert s.scalars(select(Promise)).first() is not None


def test_bad_sizes_are_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    upgrade(url)
    with pytest.raises(ValueError):
        synthesize(make_engine(url), accounts=0, invoices=10, today=TODAY)
