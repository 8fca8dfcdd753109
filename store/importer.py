"""Import accounts, contacts, invoices and credit notes, and payments from CSV or JSON.

All or nothing: every row of every file is validated first, against the database and against
the other files of the same import; when anything is wrong, every error is reported as
``file:line: field: message`` and nothing at all is written. A valid import upserts by external
id (accounts, payments, contacts) or number (documents), so importing the same data twice
changes nothing, and is recorded as one audit event.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from babel import Locale
from babel.numbers import list_currencies
from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select
from sqlalchemy.orm import Session

from store.models import Account, Contact, Document, Member, Organization, Payment
from store.orgs import set_referents
from store.queries import record_event

KINDS = ("accounts", "contacts", "documents", "payments")
ORDER = {k: i for i, k in enumerate(KINDS)}

COLUMNS: dict[str, dict[str, bool]] = {
    # column -> required
    "accounts": {"external_id": True, "name": True, "country": True, "currency": True,
                 "postal_address": False, "segment": False, "timezone": False,
                 "referents": False},
    "contacts": {"account": True, "external_id": False, "name": False, "email": False,
                 "language": False, "role": False, "phone": False, "is_primary": False,
                 "postal_address": False, "do_not_contact": False, "notes": False},
    "documents": {"number": True, "account": True, "kind": False, "issue_date": True,
                  "due_date": False, "amount": True, "currency": False, "paid_amount": False,
                  "pdf": False},
    "payments": {"external_id": True, "account": False, "invoice": False, "amount": True,
                 "currency": False, "date": True, "reference": False},
}
ALIASES = {
    "id": "external_id", "account_id": "account", "account_external_id": "account",
    "invoice_number": "invoice", "value_date": "date", "type": "kind", "paid": "paid_amount",
}

_EN = Locale("en")
COUNTRIES = frozenset(
    k for k in _EN.territories if len(k) == 2 and k.isalpha() and k not in {"ZZ", "EU", "EZ",
                                                                             "QO", "UN"}
)
LANGUAGES = frozenset(k for k in _EN.languages if len(k) == 2 and k.isalpha())
CURRENCIES = frozenset(list_currencies())
TRUE = {"true", "yes", "1", "y", "oui", "ja", "si", "sí", "sim"}
FALSE = {"false", "no", "0", "n", "non", "nein", "nee", "não", "nao", ""}


class ImportFailed(Exception):
    def __init__(self, errors: list[str]):
        super().__init__(f"{len(errors)} error(s)")
        self.errors = errors


@dataclass
class Row:
    file: str
    line: int
    kind: str
    values: dict[str, Any]

    def where(self, column: str) -> str:
        return f"{self.file}:{self.line}: {column}"


@dataclass
class ImportReport:
    created: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    unchanged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))

    @property
    def changes(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())

    def lines(self) -> list[str]:
        return [
            f"{k}: {self.created[k]} created, {self.updated[k]} updated, "
            f"{self.unchanged[k]} unchanged"
            for k in KINDS
            if self.created[k] or self.updated[k] or self.unchanged[k]
        ]


# ---------------------------------------------------------------- reading files


def _kind_from_name(path: Path) -> str | None:
    stem = path.stem.lower()
    for word, kind in (("account", "accounts"), ("customer", "accounts"),
                       ("contact", "contacts"), ("invoice", "documents"),
                       ("credit", "documents"), ("document", "documents"),
                       ("payment", "payments")):
        if word in stem:
            return kind
    return None


def _kind_from_columns(columns: Iterable[str]) -> str | None:
    cols = {_canonical(c) for c in columns}
    if "number" in cols:
        return "documents"
    if "date" in cols and "amount" in cols:
        return "payments"
    if "country" in cols and "name" in cols:
        return "accounts"
    if "account" in cols:
        return "contacts"
    return None


def _canonical(column: str) -> str:
    c = column.strip().lower().replace(" ", "_").replace("-", "_")
    return ALIASES.get(c, c)


def _read_csv(path: Path, text: str, kind: str | None) -> tuple[list[Row], list[str]]:
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except StopIteration:
        return [], [f"{path}:1: header: the file is empty"]
    kind = kind or _kind_from_name(path) or _kind_from_columns(header)
    if kind is None:
        return [], [f"{path}:1: header: cannot tell what this file holds; "
                    "name it accounts/contacts/invoices/payments or pass --type"]
    columns = [_canonical(h) for h in header]
    errors = _check_header(path, 1, kind, columns)
    rows: list[Row] = []
    for record in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(columns):
            errors.append(f"{path}:{line}: row: {len(record)} fields, the header has "
                          f"{len(columns)}")
            continue
        rows.append(Row(str(path), line, kind,
                        {c: v.strip() for c, v in zip(columns, record, strict=True)}))
    return rows, errors


def _check_header(path: Path, line: int, kind: str, columns: list[str]) -> list[str]:
    errors = []
    known = COLUMNS[kind]
    for c in columns:
        if c not in known:
            errors.append(f"{path}:{line}: {c}: unknown column for {kind} "
                          f"(known: {', '.join(known)})")
    for c, required in known.items():
        if required and c not in columns:
            errors.append(f"{path}:{line}: {c}: required column missing")
    seen = set()
    for c in columns:
        if c in seen:
            errors.append(f"{path}:{line}: {c}: column given twice")
        seen.add(c)
    return errors


def _json_values(
    text: str, start: int, decoder: json.JSONDecoder
) -> Iterable[tuple[int, int, Any]]:
    """Yield (offset, end, value) for the items of the JSON array that starts at `start`."""
    i = start + 1
    while True:
        while i < len(text) and text[i] in " \t\r\n,":
            i += 1
        if i >= len(text):
            raise ValueError("unterminated array")
        if text[i] == "]":
            return
        value, end = decoder.raw_decode(text, i)
        yield i, end, value
        i = end


def _read_json(path: Path, text: str, kind: str | None) -> tuple[list[Row], list[str]]:
    """A JSON import is either an array of records of one kind, or an object whose keys are
    kinds (accounts, contacts, documents/invoices, payments) holding arrays. Line numbers
    point at the start of each record."""
    decoder = json.JSONDecoder(parse_float=Decimal)
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        return [], [f"{path}:{e.lineno}: json: {e.msg}"]

    def line_of(offset: int) -> int:
        return text.count("\n", 0, offset) + 1

    rows: list[Row] = []
    errors: list[str] = []
    stripped = len(text) - len(text.lstrip())
    sections: list[tuple[str | None, int]] = []
    if text[stripped] == "[":
        sections.append((kind or _kind_from_name(path), stripped))
    elif text[stripped] == "{":
        i = stripped + 1
        while True:
            while i < len(text) and text[i] in " \t\r\n,":
                i += 1
            if text[i] == "}":
                break
            key, i = decoder.raw_decode(text, i)
            while text[i] in " \t\r\n:":
                i += 1
            section = {"invoices": "documents", "credit_notes": "documents"}.get(key, key)
            if section not in KINDS:
                errors.append(f"{path}:{line_of(i)}: {key}: unknown section "
                              f"(known: {', '.join(KINDS)})")
                _, i = decoder.raw_decode(text, i)
                continue
            if text[i] != "[":
                errors.append(f"{path}:{line_of(i)}: {key}: expected an array of records")
                _, i = decoder.raw_decode(text, i)
                continue
            sections.append((section, i))
            _, i = decoder.raw_decode(text, i)
    else:
        return [], [f"{path}:1: json: expected an array of records or an object of arrays"]
    for section, start in sections:
        for offset, _end, value in _json_values(text, start, decoder):
            line = line_of(offset)
            if not isinstance(value, dict):
                errors.append(f"{path}:{line}: record: expected an object")
                continue
            values = {_canonical(k): v for k, v in value.items()}
            record_kind = section or _kind_from_columns(values)
            if record_kind is None:
                errors.append(f"{path}:{line}: record: cannot tell what this record is; "
                              "pass --type")
                continue
            for c in values:
                if c not in COLUMNS[record_kind]:
                    errors.append(f"{path}:{line}: {c}: unknown field for {record_kind}")
            values = {
                k: ("" if v is None else v if isinstance(v, bool | list) else str(v).strip())
                for k, v in values.items()
            }
            rows.append(Row(str(path), line, record_kind, values))
    return rows, errors


def read_files(paths: list[Path], kind: str | None = None) -> tuple[list[Row], list[str]]:
    rows: list[Row] = []
    errors: list[str] = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            errors.append(f"{path}:0: file: not found")
            continue
        except UnicodeDecodeError as e:
            errors.append(f"{path}:0: file: not UTF-8 ({e.reason})")
            continue
        if not text.strip():
            errors.append(f"{path}:1: file: empty")
            continue
        reader = _read_json if path.suffix.lower() == ".json" else _read_csv
        r, e = reader(path, text, kind)
        rows += r
        errors += e
    rows.sort(key=lambda r: ORDER[r.kind])
    return rows, errors


# ---------------------------------------------------------------- validating


class _Checker:
    def __init__(self, row: Row, errors: list[str]):
        self.row = row
        self.errors = errors

    def fail(self, column: str, message: str) -> None:
        self.errors.append(f"{self.row.where(column)}: {message}")

    def text(self, column: str, *, required: bool = False, max_len: int = 200) -> str | None:
        value = self.row.values.get(column, "")
        if isinstance(value, bool | list):
            value = str(value)
        value = (value or "").strip()
        if not value:
            if required:
                self.fail(column, "required")
            return None
        if len(value) > max_len:
            self.fail(column, f"longer than {max_len} characters")
            return None
        return value

    def date(self, column: str, *, required: bool = False) -> date | None:
        value = self.text(column, required=required)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(column, f"'{value}' is not a date (expected YYYY-MM-DD)")
            return None

    def amount(self, column: str, *, required: bool = False, positive: bool = False
               ) -> Decimal | None:
        value = self.text(column, required=required)
        if value is None:
            return None
        try:
            amount = Decimal(value)
        except InvalidOperation:
            self.fail(column, f"'{value}' is not an amount (expected digits with a '.' "
                              "decimal point, e.g. 1250.00)")
            return None
        if not amount.is_finite():
            self.fail(column, f"'{value}' is not an amount")
            return None
        if amount.as_tuple().exponent < -2:  # type: ignore[operator]
            self.fail(column, f"'{value}' has more than 2 decimals")
            return None
        if amount < 0 or (positive and amount == 0):
            self.fail(column, f"'{value}' must be {'positive' if positive else '>= 0'}")
            return None
        return amount.quantize(Decimal("0.01"))

    def code(self, column: str, allowed: frozenset[str], what: str, *, upper: bool,
             required: bool = False) -> str | None:
        value = self.text(column, required=required)
        if value is None:
            return None
        norm = value.upper() if upper else value.lower()
        if norm not in allowed:
            self.fail(column, f"'{value}' is not {what}")
            return None
        return norm

    def email(self, column: str) -> str | None:
        value = self.text(column, max_len=320)
        if value is None:
            return None
        try:
            return validate_email(value, check_deliverability=False).normalized
        except EmailNotValidError as e:
            self.fail(column, f"'{value}' is not a valid email address ({e})")
            return None

    def boolean(self, column: str) -> bool:
        value = self.row.values.get(column, "")
        if isinstance(value, bool):
            return value
        norm = str(value).strip().lower()
        if norm in TRUE:
            return True
        if norm not in FALSE:
            self.fail(column, f"'{value}' is not a yes/no value (true/false)")
        return False

    def multiline(self, column: str) -> str | None:
        value = self.text(column, max_len=1000)
        # CSV cells carry line breaks of an address as " | " or literal "\n"
        return value.replace("\\n", "\n").replace(" | ", "\n") if value else None


@dataclass
class Plan:
    accounts: list[tuple[Row, dict[str, Any]]] = field(default_factory=list)
    contacts: list[tuple[Row, dict[str, Any]]] = field(default_factory=list)
    documents: list[tuple[Row, dict[str, Any]]] = field(default_factory=list)
    payments: list[tuple[Row, dict[str, Any]]] = field(default_factory=list)


def validate(session: Session, org: Organization, rows: list[Row],
             errors: list[str]) -> Plan:
    plan = Plan()
    existing_accounts = {
        a.external_id: a for a in session.scalars(
            select(Account).where(Account.organization_id == org.id))
    }
    members = {
        m.email.lower(): m for m in session.scalars(
            select(Member).where(Member.organization_id == org.id))
    }
    new_accounts: dict[str, tuple[Row, str]] = {}  # external_id -> (row, currency)
    seen_numbers: dict[tuple[str, str], Row] = {}
    seen_payments: dict[str, Row] = {}
    seen_contacts: dict[tuple[str, str], Row] = {}

    def account_currency(ext: str) -> str | None:
        if ext in new_accounts:
            return new_accounts[ext][1]
        if ext in existing_accounts:
            return existing_accounts[ext].currency
        return None

    for row in rows:
        c = _Checker(row, errors)
        before = len(errors)
        if row.kind == "accounts":
            values = {
                "external_id": c.text("external_id", required=True, max_len=100),
                "name": c.text("name", required=True),
                "country": c.code("country", COUNTRIES, "an ISO 3166-1 alpha-2 country code",
                                  upper=True, required=True),
                "currency": c.code("currency", CURRENCIES, "an ISO 4217 currency code",
                                   upper=True, required=True),
                "postal_address": c.multiline("postal_address"),
                "segment": c.text("segment", max_len=64),
                "timezone": c.text("timezone", max_len=64),
            }
            if values["timezone"]:
                from zoneinfo import available_timezones
                if values["timezone"] not in available_timezones():
                    c.fail("timezone", f"'{values['timezone']}' is not an IANA time zone")
            referents = []
            raw = row.values.get("referents") or ""
            items = raw if isinstance(raw, list) else str(raw).replace(",", ";").split(";")
            for email in (str(e).strip().lower() for e in items):
                if not email:
                    continue
                if email not in members:
                    c.fail("referents", f"'{email}' is not a member of {org.name}")
                else:
                    referents.append(members[email].id)
            values["referents"] = referents
            ext = values["external_id"]
            if ext and ext in new_accounts:
                c.fail("external_id", f"duplicate account '{ext}' (also on line "
                                      f"{new_accounts[ext][0].line})")
            elif ext and len(errors) == before:
                new_accounts[ext] = (row, values["currency"] or "")
                plan.accounts.append((row, values))
        elif row.kind == "contacts":
            values = {
                "account": c.text("account", required=True, max_len=100),
                "external_id": c.text("external_id", max_len=100),
                "name": c.text("name"),
                "email": c.email("email"),
                "language": c.code("language", LANGUAGES, "an ISO 639-1 language code",
                                   upper=False),
                "role": c.text("role", max_len=100),
                "phone": c.text("phone", max_len=64),
                "is_primary": c.boolean("is_primary"),
                "postal_address": c.multiline("postal_address"),
                "do_not_contact": c.boolean("do_not_contact"),
                "notes": c.text("notes", max_len=4000),
            }
            if values["account"] and account_currency(values["account"]) is None:
                c.fail("account", f"unknown account '{values['account']}'")
            if not (values["email"] or values["name"] or values["postal_address"]):
                c.fail("email", "a contact needs at least an email, a name or an address")
            key = (values["account"] or "",
                   values["external_id"] or (values["email"] or values["name"] or "").lower())
            if key in seen_contacts:
                c.fail("email" if not values["external_id"] else "external_id",
                       f"duplicate contact (also on line {seen_contacts[key].line})")
            if len(errors) == before:
                seen_contacts[key] = row
                plan.contacts.append((row, values))
        elif row.kind == "documents":
            kind = (c.text("kind") or "invoice").lower().replace(" ", "_").replace("-", "_")
            if kind in {"credit", "creditnote", "credit_note", "avoir", "gutschrift"}:
                kind = "credit_note"
            elif kind != "invoice":
                c.fail("kind", f"'{row.values.get('kind')}' is not invoice or credit_note")
            values = {
                "kind": kind,
                "number": c.text("number", required=True, max_len=100),
                "account": c.text("account", required=True, max_len=100),
                "issue_date": c.date("issue_date", required=True),
                "due_date": c.date("due_date", required=(kind == "invoice")),
                "amount": c.amount("amount", required=True, positive=True),
                "currency": c.code("currency", CURRENCIES, "an ISO 4217 currency code",
                                   upper=True),
                "paid_amount": c.amount("paid_amount") or Decimal("0.00"),
                "pdf_path": c.text("pdf", max_len=1000),
            }
            if values["account"]:
                currency = account_currency(values["account"])
                if currency is None:
                    c.fail("account", f"unknown account '{values['account']}'")
                elif not values["currency"]:
                    values["currency"] = currency
            if (values["issue_date"] and values["due_date"]
                    and values["due_date"] < values["issue_date"]):
                c.fail("due_date", f"{values['due_date']} is before the issue date "
                                   f"{values['issue_date']}")
            number = values["number"]
            if number:
                key = (kind, number)
                if key in seen_numbers:
                    c.fail("number", f"duplicate number '{number}' (also on line "
                                     f"{seen_numbers[key].line})")
                else:
                    seen_numbers[key] = row
                    existing = session.scalar(select(Document).where(
                        Document.organization_id == org.id, Document.kind == kind,
                        Document.number == number))
                    if existing is not None and values["account"]:
                        owner = session.get(Account, existing.account_id)
                        if owner is not None and owner.external_id != values["account"]:
                            c.fail("number", f"'{number}' already belongs to account "
                                             f"'{owner.external_id}'")
            if len(errors) == before:
                plan.documents.append((row, values))
        elif row.kind == "payments":
            values = {
                "external_id": c.text("external_id", required=True, max_len=100),
                "account": c.text("account", max_len=100),
                "invoice": c.text("invoice", max_len=100),
                "amount": c.amount("amount", required=True, positive=True),
                "currency": c.code("currency", CURRENCIES, "an ISO 4217 currency code",
                                   upper=True),
                "value_date": c.date("date", required=True),
                "reference": c.text("reference", max_len=1000),
            }
            if not values["account"] and not values["invoice"]:
                c.fail("invoice", "a payment needs an invoice number or an account")
            if values["invoice"]:
                key = ("invoice", values["invoice"])
                inv_account = None
                if key in seen_numbers:
                    inv_account = seen_numbers[key].values.get("account")
                else:
                    doc = session.scalar(select(Document).where(
                        Document.organization_id == org.id, Document.kind == "invoice",
                        Document.number == values["invoice"]))
                    if doc is not None:
                        owner = session.get(Account, doc.account_id)
                        inv_account = owner.external_id if owner else None
                if inv_account is None:
                    c.fail("invoice", f"unknown invoice '{values['invoice']}'")
                elif values["account"] and values["account"] != inv_account:
                    c.fail("account", f"invoice '{values['invoice']}' belongs to account "
                                      f"'{inv_account}', not '{values['account']}'")
                else:
                    values["account"] = inv_account
            elif values["account"] and account_currency(values["account"]) is None:
                c.fail("account", f"unknown account '{values['account']}'")
            if values["account"] and not values["currency"]:
                values["currency"] = account_currency(values["account"])
            ext = values["external_id"]
            if ext and ext in seen_payments:
                c.fail("external_id", f"duplicate payment '{ext}' (also on line "
                                      f"{seen_payments[ext].line})")
            elif ext:
                seen_payments[ext] = row
            if len(errors) == before:
                plan.payments.append((row, values))
    return plan


# ---------------------------------------------------------------- writing


def _upsert(obj: Any, values: dict[str, Any]) -> bool:
    changed = False
    for key, value in values.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)
            changed = True
    return changed


def apply(session: Session, org: Organization, plan: Plan, report: ImportReport) -> None:
    accounts = {
        a.external_id: a for a in session.scalars(
            select(Account).where(Account.organization_id == org.id))
    }
    for _row, v in plan.accounts:
        referent_ids = v.pop("referents")
        account = accounts.get(v["external_id"])
        if account is None:
            account = Account(organization_id=org.id, **v)
            session.add(account)
            session.flush()
            accounts[account.external_id] = account
            report.created["accounts"] += 1
            changed = None
        else:
            changed = _upsert(account, v)
        if referent_ids and [m.id for m in account.referents] != referent_ids:
            session.flush()
            set_referents(session, account, referent_ids)
            if changed is not None:  # a new account counts once, as created
                changed = True
        if changed:
            report.updated["accounts"] += 1
        elif changed is False:
            report.unchanged["accounts"] += 1
    session.flush()

    for _row, v in plan.contacts:
        account = accounts[v.pop("account")]
        contact = None
        for existing in session.scalars(select(Contact).where(Contact.account_id == account.id)):
            if v["external_id"] and existing.external_id == v["external_id"]:
                contact = existing
                break
            if not v["external_id"] and (
                (v["email"] and (existing.email or "").lower() == v["email"].lower())
                or (not v["email"] and v["name"] and existing.name == v["name"]
                    and not existing.email)
            ):
                contact = existing
                break
        if contact is None:
            session.add(Contact(account_id=account.id, **v))
            report.created["contacts"] += 1
        elif _upsert(contact, v):
            report.updated["contacts"] += 1
        else:
            report.unchanged["contacts"] += 1
        session.flush()

    for _row, v in plan.documents:
        account = accounts[v.pop("account")]
        doc = session.scalar(select(Document).where(
            Document.organization_id == org.id, Document.kind == v["kind"],
            Document.number == v["number"]))
        if doc is None:
            session.add(Document(organization_id=org.id, account_id=account.id, **v))
            report.created["documents"] += 1
        elif _upsert(doc, v):
            report.updated["documents"] += 1
        else:
            report.unchanged["documents"] += 1
    session.flush()

    for _row, v in plan.payments:
        account = accounts[v.pop("account")]
        invoice = v.pop("invoice")
        doc_id = None
        if invoice:
            doc_id = session.scalar(select(Document.id).where(
                Document.organization_id == org.id, Document.kind == "invoice",
                Document.number == invoice))
        payment = session.scalar(select(Payment).where(
            Payment.organization_id == org.id, Payment.external_id == v["external_id"]))
        values = {**v, "account_id": account.id, "document_id": doc_id}
        if payment is None:
            session.add(Payment(organization_id=org.id, **values))
            report.created["payments"] += 1
        elif _upsert(payment, values):
            report.updated["payments"] += 1
        else:
            report.unchanged["payments"] += 1
    session.flush()


def import_files(session: Session, org: Organization, paths: list[Path],
                 kind: str | None = None, today: date | None = None) -> ImportReport:
    """Validate everything, then write everything in the caller's transaction, or raise
    ImportFailed with every error and write nothing."""
    if kind is not None and kind not in KINDS:
        raise ImportFailed([f"--type: '{kind}' is not one of {', '.join(KINDS)}"])
    rows, errors = read_files(paths, kind)
    plan = validate(session, org, rows, errors)
    if errors:
        raise ImportFailed(errors)
    report = ImportReport()
    apply(session, org, plan, report)
    record_event(
        session, org.id, "import",
        f"imported {', '.join(str(p) for p in paths)}: {report.changes} change(s)",
        on_date=today, actor="import",
        data={"files": [str(p) for p in paths], "created": report.created,
              "updated": report.updated, "unchanged": report.unchanged},
    )
    return report
