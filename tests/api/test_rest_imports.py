"""REST: imports are the CLI's, all or nothing, with the CLI's messages."""

from __future__ import annotations

import json
import tempfile

from sqlalchemy import func, select

from store.db import transaction
from store.models import Account, Contact, Document, Event, Payment

API = "/api/v1"

ACCOUNTS = ("external_id,name,country,currency,postal_address,referents\n"
            "N1,Nordwind AG,DE,EUR,Nordwind AG | Hafen 1 | Kiel,bob@us.example\n"
            "N2,Sul Lda,PT,EUR,,\n")
INVOICES = ("number,account,issue_date,due_date,amount\n"
            "N1-1,N1,2026-10-01,2026-10-31,1000.00\n"
            "N2-1,N2,2026-10-01,2026-10-31,250.00\n")
BAD_INVOICES = ("number,account,issue_date,due_date,amount\n"
                "N1-1,N1,2026-10-01,2026-10-31,1000.00\n"
                "N2-1,N2,2026-10-01,2026-10-31,12.345\n")


def counts(engine) -> tuple[int, ...]:
    with transaction(engine) as s:
        return tuple(s.scalar(select(func.count()).select_from(m))
                     for m in (Account, Contact, Document, Payment, Event))


def upload(client, files: dict[str, str], **data: str):
    return client.post(f"{API}/imports", data=data,
                       files=[("files", (name, text.encode(), "text/csv"))
                              for name, text in files.items()])


def test_an_import_writes_and_reports(ana_api, world, web_engine, tmp_path, monkeypatch):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    r = upload(ana_api, {"accounts.csv": ACCOUNTS, "invoices.csv": INVOICES})
    assert r.status_code == 200, r.text
    report = r.json()
    assert report["files"] == ["accounts.csv", "invoices.csv"]
    assert report["created"]["accounts"] == 2 and report["created"]["documents"] == 2
    assert report["changes"] == 4
    assert "accounts: 2 created, 0 updated, 0 unchanged" in report["lines"]
    accounts = {a["external_id"]: a for a in ana_api.get(f"{API}/accounts").json()["items"]}
    assert accounts["N1"]["balances"] == {"EUR": "1000.00"}
    detail = ana_api.get(f"{API}/accounts/{accounts['N1']['id']}").json()
    assert [m["email"] for m in detail["referents"]] == ["bob@us.example"]
    with transaction(web_engine) as s:
        event = s.scalar(select(Event).where(Event.kind == "import"))
        assert event.actor == "member:ana@us.example"
        assert event.data["files"] == ["accounts.csv", "invoices.csv"]
        assert str(scratch) not in event.reason
    # the uploaded files lived in a temporary directory that is gone
    assert list(scratch.iterdir()) == []
    # the same files again change nothing
    again = upload(ana_api, {"accounts.csv": ACCOUNTS, "invoices.csv": INVOICES}).json()
    assert again["changes"] == 0 and again["unchanged"]["documents"] == 2


def test_one_bad_row_writes_nothing_and_names_file_line_field(ana_api, world, web_engine,
                                                             tmp_path, monkeypatch):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    before = counts(web_engine)
    r = upload(ana_api, {"accounts.csv": ACCOUNTS, "invoices.csv": BAD_INVOICES})
    assert r.status_code == 422
    body = r.json()
    assert body["errors"] == ["invoices.csv:3: amount: '12.345' has more than 2 decimals"]
    assert "nothing was written" in body["detail"]
    assert counts(web_engine) == before
    assert ana_api.get(f"{API}/accounts?q=Nordwind").json()["total"] == 0
    assert list(scratch.iterdir()) == []


def test_type_like_the_cli_and_json_files(ana_api, world, web_engine):
    # a file whose name says nothing: --type decides
    r = upload(ana_api, {"export.csv": ACCOUNTS}, type="accounts")
    assert r.status_code == 200, r.text
    assert r.json()["created"]["accounts"] == 2
    r = upload(ana_api, {"export.csv": ACCOUNTS}, type="receipts")
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "type"]
    doc = {"payments": [{"external_id": "PJ-1", "invoice": "C1-INV-2", "amount": "800.00",
                         "date": "2026-11-12"},
                        {"external_id": "PJ-2", "invoice": "NOPE-1", "amount": "5.00",
                         "date": "2026-11-12"}]}
    r = upload(ana_api, {"bank.json": json.dumps(doc, indent=1)})
    assert r.status_code == 422
    assert r.json()["errors"] == ["bank.json:9: invoice: unknown invoice 'NOPE-1'"]
    doc["payments"].pop()
    r = upload(ana_api, {"bank.json": json.dumps(doc)})
    assert r.status_code == 200 and r.json()["created"]["payments"] == 1


def test_import_refuses_what_it_cannot_read(ana_api, world):
    assert ana_api.post(f"{API}/imports").status_code == 422
    r = upload(ana_api, {"a.csv": ACCOUNTS, "sub/a.csv": ACCOUNTS})
    assert r.status_code == 422 and "same name" in r.text
    r = upload(ana_api, {"notes.csv": "hello;world\n1;2\n"})
    assert r.status_code == 422
    assert r.json()["errors"][0].startswith("notes.csv:1: header: cannot tell")
    # another organization's account ids are unknown here
    r = upload(ana_api, {"contacts.csv": "account,email\nT1,spy@them.example\n"})
    assert r.status_code == 422
    assert r.json()["errors"] == ["contacts.csv:2: account: unknown account 'T1'"]
