"""Portfolio metrics: worked examples on a hand-built portfolio (SQLite and PostgreSQL), and the
countback DSO method on its own, with worked examples and properties."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.db import session_factory, transaction
from store.metrics import countback_dso, dashboard_metrics, dso_periods, months_back
from store.models import (
    Account,
    Communication,
    Contact,
    Document,
    Payment,
    Promise,
    Task,
)
from store.orgs import add_member, create_organization

D = Decimal
TODAY = date(2026, 11, 16)
_keys = itertools.count()


# -- countback DSO: worked examples ------------------------------------------------------------

def test_textbook_countback():
    # 10,000 owed; March (31 days) invoiced 6,000, February (28 days) 5,000: March is used up
    # whole, the remaining 4,000 is 4/5 of February's sales, so 31 + 0.8 x 28 = 53.4 days
    assert countback_dso(D("10000"), [(31, D("6000")), (28, D("5000"))]) == D("53.4")


def test_balance_within_the_current_month():
    # 16 days into the month, 800 invoiced so far, 200 owed: a quarter of those 16 days
    assert countback_dso(D("200"), [(16, D("800")), (31, D("5000"))]) == D("4")


def test_balance_equal_to_a_month_of_sales_counts_that_month_exactly():
    assert countback_dso(D("800"), [(16, D("800")), (31, D("5000"))]) == D("16")
    assert countback_dso(D("5800"), [(16, D("800")), (31, D("5000"))]) == D("47")


def test_month_without_sales_counts_whole():
    # nothing of the balance can come from a month with no sales: all its days count
    assert countback_dso(D("500"), [(30, D("0")), (31, D("1000"))]) == D("45.5")


def test_balance_older_than_the_history_counts_every_day_covered():
    assert countback_dso(D("9000"), [(30, D("1000")), (31, D("2000"))]) == D("61")


def test_nothing_owed_is_zero_days():
    assert countback_dso(D("0"), [(30, D("1000"))]) == 0
    assert countback_dso(D("-50"), [(30, D("1000"))]) == 0
    assert countback_dso(D("100"), []) == 0


def test_portfolio_example_by_hand():
    # the EUR side of the portfolio below: 1,500 owed; November so far 250, October 500,
    # September 500, August 600 -> 16 + 31 + 30 days and 250/600 of August's 31
    got = countback_dso(D("1500"), [(16, D("250")), (31, D("500")), (30, D("500")),
                                    (31, D("600")), (31, D("0")), (30, D("1000"))])
    assert got.quantize(D("0.0001")) == D("89.9167")


# -- countback DSO: properties ----------------------------------------------------------------

amounts = st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False,
                      allow_infinity=False)
periods_st = st.lists(st.tuples(st.integers(1, 31), amounts), max_size=30)


@settings(max_examples=300, deadline=None)
@given(amounts, periods_st)
def test_dso_is_never_negative(balance, periods):
    assert countback_dso(balance, periods) >= 0


@settings(max_examples=300, deadline=None)
@given(amounts, periods_st)
def test_dso_within_the_days_covered(balance, periods):
    total_days = sum(d for d, _ in periods)
    total_sales = sum((s for _, s in periods), D(0))
    dso = countback_dso(balance, periods)
    assert dso <= total_days
    if balance > total_sales:
        # the balance is older than the history: every day covered counts
        assert dso == total_days


@settings(max_examples=300, deadline=None)
@given(amounts, amounts, periods_st)
def test_dso_is_monotonic_in_the_balance(a, b, periods):
    low, high = sorted((a, b))
    assert countback_dso(low, periods) <= countback_dso(high, periods)


@settings(max_examples=200, deadline=None)
@given(periods_st)
def test_zero_balance_is_zero_days(periods):
    assert countback_dso(D("0.00"), periods) == 0


@settings(max_examples=200, deadline=None)
@given(amounts, st.integers(1, 31), amounts.filter(lambda s: s > 0), periods_st)
def test_balance_covered_by_the_newest_period_stays_in_it(balance, days, sales, rest):
    dso = countback_dso(min(balance, sales), [(days, sales), *rest])
    assert dso <= days
    assert dso == days * min(balance, sales) / sales


def test_periods_are_calendar_months_newest_first_across_a_year_end():
    sales = {date(2026, 1, 5): D("100"), date(2025, 12, 31): D("40"),
             date(2025, 12, 1): D("2"), date(2025, 11, 30): D("7"), date(2026, 1, 11): D("9")}
    assert dso_periods(sales, date(2026, 1, 10), months=3) == [
        (10, D("100")), (31, D("42")), (30, D("7"))]
    assert months_back(date(2026, 1, 31), 1) == date(2025, 12, 1)
    assert months_back(date(2026, 3, 31), 13) == date(2025, 2, 1)


# -- a hand-built portfolio ---------------------------------------------------------------------

@dataclass
class Built:
    org: int
    other: int
    lena: int
    tom: int
    account: dict[str, int]


def _doc(s, org, acc, number, issued, due, amount, *, kind="invoice", currency="EUR",
         paid="0.00"):
    doc = Document(organization_id=org, account_id=acc, kind=kind, number=number,
                   issue_date=issued, due_date=due, amount=D(amount), currency=currency,
                   paid_amount=D(paid))
    s.add(doc)
    s.flush()
    return doc


def _pay(s, org, acc, amount, value_date, doc=None, currency="EUR"):
    s.add(Payment(organization_id=org, account_id=acc, document_id=doc.id if doc else None,
                  external_id=f"P{next(_keys)}", amount=D(amount), currency=currency,
                  value_date=value_date))


def _promise(s, acc, amount, promised, status, resolved=None, currency="EUR"):
    s.add(Promise(account_id=acc, amount=D(amount), currency=currency, promised_date=promised,
                  status=status, created_on=date(2026, 6, 1), resolved_on=resolved,
                  idempotency_key=f"promise:{next(_keys)}"))


def _task(s, org, acc, reason, status, assignees):
    task = Task(organization_id=org, account_id=acc, reason=reason, status=status,
                subject=f"{reason} task", created_on=date(2026, 11, 1),
                idempotency_key=f"task:{next(_keys)}")
    task.assignees = assignees
    s.add(task)


def _comm(s, org, acc, direction, status, on, *, channel="email", kind=None, auto=False):
    s.add(Communication(organization_id=org, account_id=acc, channel=channel,
                        direction=direction, status=status,
                        kind=kind or ("followup" if direction == "out" else "reply"),
                        auto_submitted=auto, on_date=on,
                        idempotency_key=f"comm:{next(_keys)}"))


def build(engine) -> Built:
    with transaction(engine) as s:
        org = create_organization(s, "Acme Ltd", slug="acme")
        lena = add_member(s, org, "lena@acme.example", "Lena", "de")
        tom = add_member(s, org, "tom@acme.example", "Tom", None)
        o = org.id
        acc = {}
        for ext, name, currency in [("A1", "Alpha GmbH", "EUR"), ("A2", "Beta SARL", "EUR"),
                                    ("A3", "Gamma Inc", "USD"), ("A4", "Delta BV", "EUR")]:
            a = Account(organization_id=o, external_id=ext, name=name, country="DE",
                        currency=currency)
            s.add(a)
            s.flush()
            acc[ext] = a.id
        a1, a2, a3, a4 = (acc[k] for k in ("A1", "A2", "A3", "A4"))
        s.get(Account, a2).paused_until = date(2026, 11, 30)
        s.get(Account, a3).paused_indefinitely = True
        s.get(Account, a4).paused_until = date(2026, 11, 15)  # ended yesterday

        # Alpha: 1,000 due 1 July (138 days late) less a 300 credit note applied to it first;
        # 500 due 1 October (46 days late) less a 200 payment
        _doc(s, o, a1, "A1-1", date(2026, 6, 1), date(2026, 7, 1), "1000.00")
        a1_2 = _doc(s, o, a1, "A1-2", date(2026, 9, 20), date(2026, 10, 1), "500.00")
        _doc(s, o, a1, "A1-CN", date(2026, 10, 10), None, "300.00", kind="credit_note")
        _pay(s, o, a1, "200.00", date(2026, 11, 3), a1_2)
        # Beta: an old invoice paid in the accounting system, 400 due 10 November less a
        # 150 payment on account, 250 not yet due
        _doc(s, o, a2, "A2-3", date(2026, 8, 10), date(2026, 8, 20), "600.00", paid="600.00")
        _doc(s, o, a2, "A2-1", date(2026, 10, 20), date(2026, 11, 10), "400.00")
        _doc(s, o, a2, "A2-2", date(2026, 11, 5), date(2026, 12, 5), "250.00")
        _pay(s, o, a2, "150.00", date(2026, 10, 14))
        # Gamma (USD): 2,000 due 16 September (61 days late) less 500 paid; a EUR credit note
        # that must not reduce the USD balance
        a3_1 = _doc(s, o, a3, "A3-1", date(2026, 9, 1), date(2026, 9, 16), "2000.00",
                    currency="USD")
        _pay(s, o, a3, "500.00", date(2026, 11, 10), a3_1, currency="USD")
        _doc(s, o, a3, "A3-CN", date(2026, 10, 1), None, "100.00", kind="credit_note")
        # Delta: credited beyond its invoice; a payment dated in the future and one from May
        _doc(s, o, a4, "A4-1", date(2026, 10, 1), date(2026, 10, 31), "100.00")
        _doc(s, o, a4, "A4-CN", date(2026, 10, 2), None, "150.00", kind="credit_note")
        _pay(s, o, a4, "77.00", date(2026, 11, 20))
        _pay(s, o, a4, "40.00", date(2026, 5, 20))

        _promise(s, a1, "300.00", date(2026, 11, 18), "open")
        _promise(s, a3, "700.00", date(2026, 11, 30), "open", currency="USD")
        _promise(s, a2, "50.00", TODAY, "open")
        _promise(s, a2, "100.00", date(2026, 11, 4), "kept", date(2026, 11, 5))
        _promise(s, a3, "100.00", date(2026, 11, 15), "kept", TODAY, currency="USD")
        _promise(s, a2, "100.00", date(2026, 10, 19), "broken", date(2026, 10, 20))
        _promise(s, a1, "100.00", date(2026, 6, 30), "broken", date(2026, 7, 1))  # > 90 days

        _task(s, o, a1, "dispute", "action_required", [lena])
        _task(s, o, a2, "missing_contact", "action_required", [lena, tom])
        _task(s, o, a3, "dispute", "action_required", [tom])
        _task(s, o, a1, "callback_request", "closed", [lena])
        _task(s, o, a3, "no_response", "in_progress", [lena])

        for direction, status, on, extra in [
                ("out", "sent", date(2026, 11, 2), {}),
                ("out", "delivered", date(2026, 11, 5), {}),
                ("out", "sent", date(2026, 11, 9), {"channel": "letter"}),
                ("out", "bounced", date(2026, 11, 10), {}),
                ("out", "scheduled", TODAY, {}),
                ("out", "cancelled", date(2026, 11, 3), {}),
                ("out", "failed", date(2026, 11, 4), {}),
                ("out", "sent", date(2026, 10, 30), {}),
                ("out", "sent", date(2026, 11, 6), {"kind": "member_notification"}),
                ("out", "sent", date(2026, 11, 7), {"kind": "thread_reply"}),
                ("in", "received", date(2026, 11, 4), {}),
                ("in", "received", date(2026, 11, 5), {"auto": True}),
                ("in", "received", date(2026, 11, 10), {"kind": "bounce"}),
                ("in", "received", date(2026, 10, 28), {}),
                ("in", "received", date(2026, 11, 6), {"kind": "unmatched"})]:
            _comm(s, o, a1, direction, status, on, **extra)
        for account, status in [(a1, "bounced"), (a2, "valid"), (a3, "bounced"),
                                (a3, "complained")]:
            s.add(Contact(account_id=account, email=f"c{next(_keys)}@x.example",
                          email_status=status))

        # another organization with large, recognisable figures in the same months
        other = create_organization(s, "Other Corp", slug="other")
        eve = add_member(s, other, "eve@other.example", "Eve", None)
        x = Account(organization_id=other.id, external_id="X1", name="Other Customer",
                    country="FR", currency="EUR", paused_indefinitely=True)
        s.add(x)
        s.flush()
        xd = _doc(s, other.id, x.id, "X-1", date(2026, 1, 5), date(2026, 2, 5), "90000.00")
        _doc(s, other.id, x.id, "X-2", date(2026, 11, 2), date(2026, 12, 2), "7777.00",
             currency="USD")
        _pay(s, other.id, x.id, "12345.00", date(2026, 11, 5), xd)
        _promise(s, x.id, "999.00", date(2026, 11, 17), "open")
        _promise(s, x.id, "999.00", date(2026, 11, 1), "kept", date(2026, 11, 2))
        _task(s, other.id, x.id, "dispute", "action_required", [eve])
        _comm(s, other.id, x.id, "out", "sent", date(2026, 11, 2), channel="letter")
        _comm(s, other.id, x.id, "in", "received", date(2026, 11, 3))
        s.add(Contact(account_id=x.id, email="x@other.example", email_status="bounced"))
        return Built(o, other.id, lena.id, tom.id, acc)


@pytest.fixture
def built(engine) -> Built:
    return build(engine)


@pytest.fixture
def metrics(engine, built):
    with session_factory(engine)() as s:
        return dashboard_metrics(s, built.org, TODAY, member_id=built.lena)


def _aging(figures):
    return {b.key: (b.amount, b.count) for b in figures.aging}


def test_outstanding_and_overdue_per_currency(metrics):
    assert [c.currency for c in metrics.currencies] == ["EUR", "USD"]
    eur, usd = metrics.currencies
    assert (eur.outstanding, eur.overdue, eur.accounts_with_balance) == (
        D("1500.00"), D("1250.00"), 2)
    # Gamma's EUR credit note stays on the EUR side: it reduces nothing in USD
    assert (usd.outstanding, usd.overdue, usd.accounts_with_balance) == (
        D("1500.00"), D("1500.00"), 1)
    assert metrics.accounts_with_balance == 3
    assert metrics.accounts_paused == 2


def test_aging_buckets_follow_the_ledger(metrics):
    eur, usd = metrics.currencies
    assert _aging(eur) == {
        "not_due": (D("250.00"), 1),
        "d1_30": (D("250.00"), 1),  # 400 less the 150 payment on account
        "d31_60": (D("300.00"), 1),  # 500 less the 200 paid
        "d61_90": (D("0.00"), 0),
        "over_90": (D("700.00"), 1),  # the credit note went to the oldest invoice
    }
    assert _aging(usd) == {"not_due": (D("0.00"), 0), "d1_30": (D("0.00"), 0),
                           "d31_60": (D("0.00"), 0), "d61_90": (D("1500.00"), 1),
                           "over_90": (D("0.00"), 0)}
    assert sum(b.amount for b in eur.aging) == eur.outstanding
    over_90 = eur.aging[-1]
    assert [(a.name, a.amount) for a in over_90.largest] == [("Alpha GmbH", D("700.00"))]


def test_aging_boundaries(engine, built):
    # 30 days late is 1-30, 31 is 31-60, 90 is 61-90, 91 is over 90; due today is not yet due
    with transaction(engine) as s:
        acc = Account(organization_id=built.org, external_id="B", name="Bounds", country="DE",
                      currency="CHF")
        s.add(acc)
        s.flush()
        for n, late in enumerate([0, 1, 30, 31, 60, 61, 90, 91]):
            due = date.fromordinal(TODAY.toordinal() - late)
            _doc(s, built.org, acc.id, f"B-{n}", date(2026, 1, 1), due, f"{10 ** n}.00",
                 currency="CHF")
    with session_factory(engine)() as s:
        chf = dashboard_metrics(s, built.org, TODAY).currency("CHF")
    assert _aging(chf) == {
        "not_due": (D("1.00"), 1),
        "d1_30": (D("110.00"), 2),
        "d31_60": (D("11000.00"), 2),
        "d61_90": (D("1100000.00"), 2),
        "over_90": (D("10000000.00"), 1),
    }


def test_countback_dso_per_currency(metrics):
    eur, usd = metrics.currencies
    # EUR: see test_portfolio_example_by_hand (sales include paid and credited invoices)
    assert (eur.dso_days, eur.dso_capped) == (D("89.9"), False)
    # USD: nothing invoiced in November or October, 2,000 in September: 16 + 31 + 30 x 3/4
    assert (usd.dso_days, usd.dso_capped) == (D("69.5"), False)


def test_collections_by_month(metrics):
    eur, usd = metrics.currencies
    # the payment dated 20 November has not come in yet; May is older than six months
    assert (eur.collected_this_month, eur.collected_last_month) == (D("200.00"), D("150.00"))
    assert [(m.month, m.amount) for m in eur.collected_by_month] == [
        (date(2026, 6, 1), D("0.00")), (date(2026, 7, 1), D("0.00")),
        (date(2026, 8, 1), D("0.00")), (date(2026, 9, 1), D("0.00")),
        (date(2026, 10, 1), D("150.00")), (date(2026, 11, 1), D("200.00"))]
    assert (usd.collected_this_month, usd.collected_last_month) == (D("500.00"), D("0.00"))


def test_promises(metrics):
    p = metrics.promises
    assert (p.kept_this_month, p.broken_this_month) == (2, 0)
    assert (p.kept_90_days, p.broken_90_days, p.open) == (2, 1, 3)
    eur, usd = metrics.currencies
    assert (eur.promises_open, eur.promises_open_amount) == (2, D("350.00"))
    assert (usd.promises_open, usd.promises_open_amount) == (1, D("700.00"))
    assert [(d.account_name, d.promised_date, d.amount, d.currency)
            for d in metrics.promises_due] == [
        ("Beta SARL", TODAY, D("50.00"), "EUR"),
        ("Alpha GmbH", date(2026, 11, 18), D("300.00"), "EUR")]


def test_tasks_waiting(engine, built, metrics):
    t = metrics.tasks
    assert (t.waiting, t.by_reason, t.waiting_for_member) == (
        3, (("dispute", 2), ("missing_contact", 1)), 2)
    with session_factory(engine)() as s:
        assert dashboard_metrics(s, built.org, TODAY, built.tom).tasks.waiting_for_member == 2
        assert dashboard_metrics(s, built.org, TODAY).tasks.waiting_for_member is None


def test_messages(metrics):
    m = metrics.messages
    # sent, delivered and bounced messages left; member notifications are not collections
    assert (m.sent_by_channel, m.sent) == ((("email", 3), ("letter", 1)), 4)
    # automatic replies, bounces and unmatched mail are not customer replies
    assert m.replies_received == 1
    assert m.bounced_contacts == 2


def test_largest_overdue(metrics):
    eur, usd = metrics.currencies
    assert [(o.name, o.overdue, o.balance, o.oldest_overdue_days)
            for o in eur.largest_overdue] == [
        ("Alpha GmbH", D("1000.00"), D("1000.00"), 138),
        ("Beta SARL", D("250.00"), D("500.00"), 6)]
    assert [o.name for o in usd.largest_overdue] == ["Gamma Inc"]


def test_the_other_organization_sees_only_its_own(engine, built):
    with session_factory(engine)() as s:
        theirs = dashboard_metrics(s, built.other, TODAY)
    assert [(c.currency, c.outstanding) for c in theirs.currencies] == [
        ("EUR", D("77655.00")), ("USD", D("7777.00"))]
    eur = theirs.currency("EUR")
    assert eur.collected_this_month == D("12345.00")
    assert _aging(eur)["over_90"] == (D("77655.00"), 1)
    assert (theirs.promises.open, theirs.promises.kept_this_month) == (1, 1)
    assert (theirs.tasks.waiting, theirs.messages.sent, theirs.messages.replies_received,
            theirs.messages.bounced_contacts, theirs.accounts_paused) == (1, 1, 1, 1, 1)
    assert [d.account_name for d in theirs.promises_due] == ["Other Customer"]


def test_an_empty_organization(engine, built):
    with transaction(engine) as s:
        empty = create_organization(s, "Empty", slug="empty").id
    with session_factory(engine)() as s:
        m = dashboard_metrics(s, empty, TODAY)
    assert (m.currencies, m.accounts_with_balance, m.promises_due, m.tasks.waiting) == (
        (), 0, (), 0)


def test_months_move_with_the_date(engine, built):
    # on 1 December November is last month, whole: the payment dated 20 November counts now
    with session_factory(engine)() as s:
        m = dashboard_metrics(s, built.org, date(2026, 12, 1))
    eur = m.currency("EUR")
    assert (eur.collected_this_month, eur.collected_last_month) == (D("0.00"), D("277.00"))
    assert (m.promises.kept_this_month, m.promises.kept_90_days) == (0, 2)
    # Beta's 250 fell due on 5 December: still not due on the 1st
    assert _aging(eur)["not_due"] == (D("250.00"), 1)
