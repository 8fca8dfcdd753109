import hashlib
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from store.db import make_engine, transaction, upgrade
from store.importer import ImportFailed, import_files
from store.models import Account, Contact, Document, Event, Payment
from store.orgs import add_member, create_organization
from store.queries import positions

ACCOUNTS = """external_id,name,country,currency,postal_address,segment,referents
A1,Atelier Dubois SARL,FR,EUR,12 rue des Tanneurs | 69002 Lyon,,lena@us.example
A2,Hofmann Bau KG,de,EUR,,,
"""
CONTACTS = """account,name,email,language,is_primary
A1,Claire Dubois,compta@dubois.example,fr,yes
A2,Petra Hofmann,buchhaltung@hofmann.example,,true
"""
INVOICES = """number,account,kind,issue_date,due_date,amount,paid_amount
F-1,A1,invoice,2026-09-01,2026-10-01,1000.00,250.00
F-2,A1,invoice,2026-10-01,2026-10-31,500.00,0
AV-1,A1,credit_note,2026-11-02,,300.00,0
H-1,A2,invoice,2026-10-15,2026-11-15,980.00,0
"""
PAYMENTS = """external_id,invoice,amount,date,reference
P-1,H-1,480.00,2026-11-20,transfer 123
"""


def write(tmp: Path, name: str, text: str) -> Path:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def org(session):
    org = create_organization(session, "Us Ltd")
    add_member(session, org, "lena@us.example", "Lena", "de")
    session.commit()
    return org


def good_files(tmp_path):
    return [write(tmp_path, "invoices.csv", INVOICES), write(tmp_path, "contacts.csv", CONTACTS),
            write(tmp_path, "payments.csv", PAYMENTS), write(tmp_path, "accounts.csv", ACCOUNTS)]


def test_import_then_reimport_changes_nothing(session, org, tmp_path):
    files = good_files(tmp_path)
    report = import_files(session, org, files)
    session.commit()
    assert report.created == {"accounts": 2, "contacts": 2, "documents": 4, "payments": 1}
    a1 = session.scalar(select(Account).where(Account.external_id == "A1"))
    assert a1.postal_address == "12 rue des Tanneurs\n69002 Lyon"
    assert [m.email for m in a1.referents] == ["lena@us.example"]
    a2 = session.scalar(select(Account).where(Account.external_id == "A2"))
    assert a2.country == "DE"
    pos = positions(session, a1.id, date(2026, 11, 28))["EUR"]
    # 750 + 500 open, 300 credit applied to F-1 first
    assert pos.balance == Decimal("950.00")
    assert positions(session, a2.id, date(2026, 11, 28))["EUR"].balance == Decimal("500.00")

    again = import_files(session, org, files)
    session.commit()
    assert again.changes == 0
    assert again.unchanged == {"accounts": 2, "contacts": 2, "documents": 4, "payments": 1}
    assert session.scalar(select(func.count()).select_from(Document)) == 4
    assert session.scalar(select(func.count()).select_from(Event).where(
        Event.kind == "import")) == 2


def test_changed_row_is_updated(session, org, tmp_path):
    import_files(session, org, good_files(tmp_path))
    session.commit()
    changed = write(tmp_path, "invoices2.csv", INVOICES.replace("500.00,0", "500.00,500.00"))
    report = import_files(session, org, [changed])
    session.commit()
    assert report.updated["documents"] == 1 and report.unchanged["documents"] == 3
    f2 = session.scalar(select(Document).where(Document.number == "F-2"))
    assert f2.paid_amount == Decimal("500.00")


def test_json_bundle_with_line_numbers(session, org, tmp_path):
    bundle = {
        "accounts": [{"external_id": "J1", "name": "Lusoflex", "country": "PT",
                      "currency": "EUR"}],
        "contacts": [{"account": "J1", "email": "conta@lusoflex.example", "language": "pt"}],
        "invoices": [
            {"number": "LX-1", "account": "J1", "issue_date": "2026-10-01",
             "due_date": "2026-10-31", "amount": "980.00"},
            {"number": "LX-2", "account": "J1", "issue_date": "2026-10-01",
             "due_date": "2026-10-31", "amount": "12,50"},
        ],
    }
    path = write(tmp_path, "bundle.json", json.dumps(bundle, indent=2))
    with pytest.raises(ImportFailed) as failed:
        import_files(session, org, [path])
    (error,) = failed.value.errors
    text = path.read_text().splitlines()
    line = int(error.split(":")[1])
    assert '"number": "LX-2"' in "\n".join(text[line - 1:line + 2])
    assert error.endswith("amount: '12,50' is not an amount (expected digits with a '.' "
                          "decimal point, e.g. 1250.00)")
    bundle["invoices"][1]["amount"] = "12.50"
    path.write_text(json.dumps(bundle, indent=2))
    report = import_files(session, org, [path])
    assert report.created == {"accounts": 1, "contacts": 1, "documents": 2, "payments": 0}


def test_three_bad_rows_three_precise_errors_and_database_untouched(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    upgrade(url)
    engine = make_engine(url)
    with transaction(engine) as session:
        org = create_organization(session, "Us Ltd")
        add_member(session, org, "lena@us.example", "Lena", "de")
        import_files(session, org, good_files(tmp_path))
    engine.dispose()
    before = hashlib.sha256((tmp_path / "db.sqlite").read_bytes()).hexdigest()

    bad = write(tmp_path, "invoices-bad.csv", """number,account,kind,issue_date,due_date,amount
G-1,A1,invoice,2026-10-01,2026-10-31,100.00
G-2,A9,invoice,2026-10-01,2026-10-31,100.00
G-3,A1,invoice,2026-13-01,2026-10-31,100.00
G-1,A2,invoice,2026-10-01,2026-10-31,100.00
G-4,A2,invoice,2026-10-01,2026-10-31,200.00
""")
    engine = make_engine(url)
    with pytest.raises(ImportFailed) as failed, transaction(engine) as session:
        org = session.scalar(select(Account.organization_id))
        from store.models import Organization
        import_files(session, session.get(Organization, org), [bad])
    engine.dispose()
    assert failed.value.errors == [
        f"{bad}:3: account: unknown account 'A9'",
        f"{bad}:4: issue_date: '2026-13-01' is not a date (expected YYYY-MM-DD)",
        f"{bad}:5: number: duplicate number 'G-1' (also on line 2)",
    ]
    after = hashlib.sha256((tmp_path / "db.sqlite").read_bytes()).hexdigest()
    assert before == after


@pytest.mark.parametrize("row, error", [
    ("A3,X,XX,EUR", "country: 'XX' is not an ISO 3166-1 alpha-2 country code"),
    ("A3,X,FR,EURO", "currency: 'EURO' is not an ISO 4217 currency code"),
    (",X,FR,EUR", "external_id: required"),
])
def test_account_validation(session, org, tmp_path, row, error):
    path = write(tmp_path, "accounts.csv", "external_id,name,country,currency\n" + row + "\n")
    with pytest.raises(ImportFailed) as failed:
        import_files(session, org, [path])
    assert failed.value.errors == [f"{path}:2: {error}"]


@pytest.mark.parametrize("row, error", [
    ("A1,Claire,claire@@x.example,fr", "email: 'claire@@x.example' is not a valid email address"),
    ("A1,Claire,claire@x.example,fra", "language: 'fra' is not an ISO 639-1 language code"),
    ("ZZ9,Claire,claire@x.example,fr", "account: unknown account 'ZZ9'"),
])
def test_contact_validation(session, org, tmp_path, row, error):
    import_files(session, org, [write(tmp_path, "accounts.csv", ACCOUNTS)])
    path = write(tmp_path, "contacts.csv", "account,name,email,language\n" + row + "\n")
    with pytest.raises(ImportFailed) as failed:
        import_files(session, org, [path])
    (got,) = failed.value.errors
    assert got.startswith(f"{path}:2: {error}")


def test_unknown_and_missing_columns_are_named(session, org, tmp_path):
    path = write(tmp_path, "invoices.csv", "number,account,amount,colour\nF-9,A1,10.00,red\n")
    with pytest.raises(ImportFailed) as failed:
        import_files(session, org, [path])
    errors = failed.value.errors
    assert any(e.startswith(f"{path}:1: colour: unknown column") for e in errors)
    assert f"{path}:1: issue_date: required column missing" in errors


def test_payment_links_to_invoice_and_account(session, org, tmp_path):
    import_files(session, org, good_files(tmp_path))
    payment = session.scalar(select(Payment))
    doc = session.get(Document, payment.document_id)
    assert doc.number == "H-1" and payment.currency == "EUR"
    assert session.scalar(select(func.count()).select_from(Contact)) == 2


def test_referents_keep_their_order(session, org, tmp_path):
    add_member(session, org, "ana@us.example", "Ana", "pt")
    session.commit()
    accounts = write(tmp_path, "accounts.csv", "external_id,name,country,currency,referents\n"
                     "A9,Lusoflex Lda.,PT,EUR,ana@us.example; lena@us.example\n")
    import_files(session, org, [accounts])
    session.commit()
    a9 = session.scalar(select(Account).where(Account.external_id == "A9"))
    assert [m.email for m in a9.referents] == ["ana@us.example", "lena@us.example"]
    again = import_files(session, org, [accounts])
    session.commit()
    assert again.changes == 0
    swapped = write(tmp_path, "swapped.csv", "external_id,name,country,currency,referents\n"
                    "A9,Lusoflex Lda.,PT,EUR,lena@us.example;ana@us.example\n")
    assert import_files(session, org, [swapped]).changes == 1
    session.commit()
    session.expire_all()
    a9 = session.scalar(select(Account).where(Account.external_id == "A9"))
    assert [m.email for m in a9.referents] == ["lena@us.example", "ana@us.example"]
