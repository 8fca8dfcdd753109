from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from store.ledger import Doc, account_position, currency_position, outstanding, payment_status

TODAY = date(2026, 11, 28)
D = Decimal


def inv(number, amount, paid="0", due=TODAY - timedelta(days=10), issue=None, currency="EUR"):
    return Doc(number=number, kind="invoice", issue_date=issue or due - timedelta(days=30),
               due_date=due, amount=D(amount), paid=D(paid), currency=currency)


def credit(number, amount, refunded="0", currency="EUR"):
    return Doc(number=number, kind="credit_note", issue_date=TODAY - timedelta(days=2),
               due_date=None, amount=D(amount), paid=D(refunded), currency=currency)


def test_partial_payment():
    pos = currency_position([inv("A", "1000.00", "400.00")], "EUR", TODAY)
    (a,) = pos.invoices
    assert (a.status, a.payment_status, a.open_amount) == ("overdue", "partially_paid", D("600.00"))
    assert pos.balance == D("600.00")
    assert a.days_overdue == 10


def test_overpayment_becomes_credit_for_the_next_invoice():
    pos = currency_position(
        [inv("A", "500.00", "650.00", due=TODAY - timedelta(days=40)),
         inv("B", "300.00", due=TODAY - timedelta(days=5))], "EUR", TODAY)
    a, b = pos.invoices
    assert (a.status, a.payment_status, a.open_amount) == ("paid", "overpaid", D("0.00"))
    assert (b.status, b.payment_status, b.credit_applied, b.open_amount) == (
        "overdue", "partially_paid", D("150.00"), D("150.00"))
    assert pos.balance == D("150.00")


def test_credit_note_covering_two_invoices_oldest_first_rest_stays_credit():
    pos = currency_position(
        [inv("NEW", "700.00", due=TODAY + timedelta(days=10)),
         inv("OLD", "300.00", due=TODAY - timedelta(days=30)),
         inv("MID", "200.00", due=TODAY - timedelta(days=3)),
         credit("CN1", "600.00")], "EUR", TODAY)
    by = {p.doc.number: p for p in pos.invoices}
    assert [p.doc.number for p in pos.invoices] == ["OLD", "MID", "NEW"]
    assert (by["OLD"].status, by["OLD"].payment_status) == ("paid", "paid")
    assert (by["MID"].status, by["MID"].payment_status) == ("paid", "paid")
    assert (by["NEW"].status, by["NEW"].payment_status, by["NEW"].open_amount) == (
        "issued", "partially_paid", D("600.00"))
    assert pos.credit_unapplied == D("0.00")
    assert pos.balance == D("600.00")
    assert pos.overdue_invoices == ()


def test_credit_larger_than_everything_leaves_negative_balance():
    pos = currency_position([inv("A", "100.00"), credit("CN", "250.00")], "EUR", TODAY)
    assert pos.invoices[0].status == "paid"
    assert pos.credit_unapplied == D("150.00")
    assert pos.balance == D("-150.00")
    assert outstanding({"EUR": pos}) == {}


def test_refunded_credit_note_gives_no_credit():
    pos = currency_position([inv("A", "100.00"), credit("CN", "100.00", "100.00")], "EUR", TODAY)
    assert pos.balance == D("100.00")


def test_issued_not_yet_due_and_due_today_is_not_overdue():
    pos = currency_position([inv("A", "100.00", due=TODAY)], "EUR", TODAY)
    assert pos.invoices[0].status == "issued"
    assert pos.invoices[0].payment_status == "unpaid"


def test_credit_never_crosses_currencies():
    positions = account_position([inv("A", "100.00"), credit("CN", "100.00", currency="GBP")],
                                 TODAY)
    assert positions["EUR"].balance == D("100.00")
    assert positions["GBP"].balance == D("-100.00")


def test_payment_status_table():
    assert payment_status(D("10"), D("0")) == "unpaid"
    assert payment_status(D("10"), D("5")) == "partially_paid"
    assert payment_status(D("10"), D("10")) == "paid"
    assert payment_status(D("10"), D("11")) == "overpaid"


amounts = st.decimals(min_value=D("0.01"), max_value=D("100000"), places=2)


@st.composite
def portfolios(draw):
    docs = []
    for i in range(draw(st.integers(0, 8))):
        amount = draw(amounts)
        paid = draw(st.sampled_from([D("0"), amount, draw(amounts)]))
        due = TODAY + timedelta(days=draw(st.integers(-200, 60)))
        docs.append(inv(f"I{i}", amount, paid, due=due))
    for i in range(draw(st.integers(0, 3))):
        docs.append(credit(f"C{i}", draw(amounts)))
    return docs


@settings(max_examples=300, deadline=None)
@given(portfolios())
def test_balance_is_invoices_less_payments_less_credits(docs):
    pos = currency_position(docs, "EUR", TODAY)
    invoiced = sum((d.amount for d in docs if d.kind == "invoice"), D("0"))
    paid = sum((d.paid for d in docs if d.kind == "invoice"), D("0"))
    credited = sum((d.amount - d.paid for d in docs if d.kind == "credit_note"), D("0"))
    assert pos.balance == invoiced - paid - credited
    for p in pos.invoices:
        assert D("0") <= p.open_amount <= p.doc.amount
        assert (p.status == "paid") == (p.open_amount == 0)
    # oldest first: once an invoice keeps an open amount, no younger one received credit
    seen_open = False
    for p in pos.invoices:
        if seen_open:
            assert p.credit_applied == 0
        if p.open_amount > 0:
            seen_open = True
