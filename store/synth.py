"""A synthetic portfolio at any size: for the planning benchmark, load tests and demos of scale.

Deterministic for a seed and an as-of date: the same arguments give the same rows (ids
included, when the database starts empty). Realistic in the ways the planner cares about:

- accounts across eleven countries and their currencies, segments, postal addresses, some
  paused (until a date or indefinitely), a few invoiced in a second currency;
- invoices over two years: most paid (reported paid by the accounting system, or by payment
  rows), a long tail overdue that depends on how the customer pays, some not yet due; partial
  payments, a few overpayments, credit notes (never more than the invoice they credit),
  payments on account matched to no invoice;
- contacts with and without email, some bounced or complained, some do-not-contact, the
  language sometimes set and often not, postal addresses for letters;
- for accounts in arrears: the reminders already sent (so cadence positions vary), customer
  replies, open tasks (dispute, callback, ...) and open promises.

Rows are written in chunks with explicit ids (no RETURNING round trips): SQLAlchemy Core
executemany on SQLite, `COPY` on PostgreSQL. Memory stays bounded by the chunk size.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, Table, func, select, text

from store.models import Base, Member, Organization
from store.orgs import create_organization

CENT = Decimal("0.01")
# bumped whenever the generator changes: benchmarks reuse a portfolio only of the same version
VERSION = 3

# (country, currency, weight, language written there, company suffixes)
COUNTRIES: tuple[tuple[str, str, int, str, tuple[str, ...]], ...] = (
    ("FR", "EUR", 16, "fr", ("SARL", "SAS", "SA")),
    ("DE", "EUR", 16, "de", ("GmbH", "AG", "KG")),
    ("ES", "EUR", 9, "es", ("S.L.", "S.A.")),
    ("IT", "EUR", 9, "it", ("S.r.l.", "S.p.A.")),
    ("NL", "EUR", 7, "nl", ("B.V.", "N.V.")),
    ("PT", "EUR", 4, "pt", ("Lda", "S.A.")),
    ("GB", "GBP", 10, "en", ("Ltd", "PLC")),
    ("US", "USD", 12, "en", ("Inc", "LLC", "Corp")),
    ("BE", "EUR", 6, "nl", ("BV", "SRL", "NV")),
    ("CH", "CHF", 5, "de", ("AG", "GmbH", "SA")),
    ("AT", "EUR", 6, "de", ("GmbH", "KG")),
)
SEGMENTS: tuple[tuple[str | None, int], ...] = (
    ("smb", 60), ("enterprise", 15), ("public", 10), (None, 15))
# how an account pays: (share, mean days late before an overdue invoice is paid)
PAYERS: tuple[tuple[str, int, float], ...] = (
    ("prompt", 62, 6.0), ("slow", 26, 35.0), ("poor", 12, 240.0))
TERMS = (14, 30, 30, 30, 30, 45, 60)
OPEN_TASK_REASONS = ("dispute", "callback_request", "payment_plan_request", "refusal",
                     "no_response", "information_request")
REPLY_INTENTS = ("payment_promise", "information_request", "dispute", "auto_reply",
                 "callback_request", "payment_claimed")
TONES = ("courteous", "professional", "firm", "firm")
SYLLABLES = ("ber", "tal", "mon", "ric", "vel", "sol", "dan", "kor", "lin", "mar", "nor",
             "pel", "quin", "ros", "sten", "tor", "val", "wen", "zel", "ar", "bel", "cor")
FIRST = ("Anna", "Luca", "Marie", "Jonas", "Sofia", "Pedro", "Emma", "Lars", "Clara", "Tom",
         "Inès", "Jan", "Giulia", "Hugo", "Eva", "Noah", "Léa", "Paul", "Sara", "Ben")
LAST = ("Martin", "Müller", "García", "Rossi", "de Vries", "Silva", "Smith", "Janssens",
        "Meier", "Gruber", "Bernard", "Schmidt", "López", "Bianchi", "Bakker", "Costa")
STREETS = ("Main Street", "Rue de la Gare", "Hauptstraße", "Calle Mayor", "Via Roma",
           "Kerkstraat", "Rua Direita", "Bahnhofstrasse")


@dataclass
class SynthReport:
    organization_id: int
    slug: str
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def lines(self) -> list[str]:
        rate = sum(self.rows.values()) / self.seconds if self.seconds else 0
        return [f"{name}: {count:,}" for name, count in self.rows.items()] + [
            f"{sum(self.rows.values()):,} rows in {self.seconds:.1f} s ({rate:,.0f} rows/s)"]


def _money(value: float) -> Decimal:
    return Decimal(str(round(value, 2))).quantize(CENT)


def _weighted(rng: random.Random, items: Iterable[tuple[Any, int]]) -> Any:
    pairs = list(items)
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def invoice_counts(rng: random.Random, accounts: int, invoices: int) -> list[int]:
    """Invoices per account, skewed (a few large customers, many small ones), summing to
    exactly `invoices`."""
    weights = [rng.lognormvariate(0.0, 0.9) for _ in range(accounts)]
    total = sum(weights)
    counts = [int(invoices * w / total) for w in weights]
    for i in rng.sample(range(accounts), invoices - sum(counts)):
        counts[i] += 1
    return counts


class _Writer:
    """Buffers rows per table and writes them in chunks, in foreign-key order."""

    ORDER = ("accounts", "contacts", "documents", "payments", "communications", "tasks",
             "promises")

    def __init__(self, engine: Engine, chunk_rows: int) -> None:
        self.engine = engine
        self.postgres = engine.dialect.name == "postgresql"
        self.chunk_rows = chunk_rows
        self.buffers: dict[str, list[dict[str, Any]]] = {name: [] for name in self.ORDER}
        self.counts: dict[str, int] = {name: 0 for name in self.ORDER}
        self.tables: dict[str, Table] = {name: Base.metadata.tables[name]
                                         for name in self.ORDER}

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.buffers[table].append(row)

    def pending(self) -> int:
        return sum(len(rows) for rows in self.buffers.values())

    def flush(self) -> None:
        with self.engine.begin() as conn:
            for name in self.ORDER:
                rows = self.buffers[name]
                if not rows:
                    continue
                if self.postgres:
                    self._copy(conn, name, rows)
                else:
                    conn.execute(self.tables[name].insert(), rows)
                self.counts[name] += len(rows)
                rows.clear()

    def _copy(self, conn: Any, name: str, rows: list[dict[str, Any]]) -> None:
        columns = list(rows[0])
        json_columns = {c.name for c in self.tables[name].columns
                        if c.type.__class__.__name__ == "JSON"}
        cursor = conn.connection.driver_connection.cursor()
        with cursor.copy(f"COPY {name} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(tuple(
                    json.dumps(row[c]) if c in json_columns and row[c] is not None else row[c]
                    for c in columns))

    def fix_sequences(self) -> None:
        if not self.postgres:
            return
        with self.engine.begin() as conn:
            for name in self.ORDER:
                conn.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"))


def _next_ids(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {name: (conn.scalar(select(func.max(Base.metadata.tables[name].c.id))) or 0) + 1
                for name in _Writer.ORDER}


def _organization(engine: Engine, slug: str) -> int:
    from store.db import transaction

    with transaction(engine) as session:
        org = session.scalar(select(Organization).where(Organization.slug == slug))
        if org is None:
            org = create_organization(
                session, f"{slug.title()} Supplies", slug=slug, country="FR",
                sender_email=f"ar@{slug}.example", sender_name="Accounts receivable",
                iban="FR7630006000011234567890189", bic="AGRIFRPP",
                postal_address="12 rue des Entrepreneurs\n75015 Paris")
            for email, name, language in ((f"claire@{slug}.example", "Claire", "fr"),
                                          (f"mark@{slug}.example", "Mark", None)):
                session.add(Member(organization_id=org.id, email=email, name=name,
                                   language=language, role="admin"))
        return org.id


class _Portfolio:
    """Generates one account at a time with all its rows, from one seeded generator."""

    def __init__(self, rng: random.Random, org_id: int, today: date, ids: dict[str, int],
                 writer: _Writer) -> None:
        self.rng, self.org_id, self.today, self.ids, self.w = rng, org_id, today, ids, writer
        self.stamp = datetime.combine(today, datetime.min.time(), UTC)

    def _id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] += 1
        return value

    def account(self, n_invoices: int) -> None:
        rng, today = self.rng, self.today
        country, currency, _, language, suffixes = _weighted(
            rng, ((c, c[2]) for c in COUNTRIES))
        account_id = self._id("accounts")
        name = (rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + rng.choice(SYLLABLES)).title()
        name = f"{name} {rng.choice(('Bau', 'Trading', 'Logistics', 'Foods', 'Tech', 'Parts'))} " \
               f"{rng.choice(suffixes)}"
        paused_roll = rng.random()
        address = (f"{rng.randint(1, 200)} {rng.choice(STREETS)}\n{rng.randint(10000, 99999)} "
                   f"{name.split()[0]}ville\n{country}") if rng.random() < 0.85 else None
        self.w.add("accounts", {
            "id": account_id, "organization_id": self.org_id,
            "external_id": f"SYN-{account_id:07d}", "name": name, "country": country,
            "currency": currency, "postal_address": address,
            "segment": _weighted(rng, SEGMENTS), "timezone": None,
            "token": f"{account_id:x}{rng.getrandbits(40):010x}",
            "paused_until": today + timedelta(days=rng.randint(0, 60))
            if paused_roll < 0.015 else None,
            "paused_indefinitely": 0.015 <= paused_roll < 0.02,
            "pause_reason": "agreed with the customer" if paused_roll < 0.02 else None,
            "created_at": self.stamp,
        })
        contacts = self._contacts(account_id, country, language, name)
        payer, _, lateness = _weighted(rng, ((p, p[1]) for p in PAYERS))
        second = ("USD" if currency != "USD" else "EUR") if rng.random() < 0.03 else None
        open_overdue: list[tuple[date, Decimal]] = []
        invoices: list[tuple[int, Decimal, str, bool]] = []
        for _ in range(n_invoices):
            doc = self._invoice(account_id, currency, second, lateness, open_overdue)
            invoices.append(doc)
        if invoices and rng.random() < 0.04:
            self._credit_note(account_id, invoices)
        if invoices and rng.random() < 0.005:
            doc_id, amount, cur, _ = rng.choice(invoices)
            self.w.add("payments", self._payment(account_id, None, _money(
                float(amount) * rng.uniform(0.1, 0.9)), cur, today - timedelta(
                    days=rng.randint(1, 60)), f"on account {account_id}"))
        if open_overdue:
            self._arrears(account_id, contacts, min(d for d, _ in open_overdue),
                          sum((a for _, a in open_overdue), Decimal("0.00")), currency)

    def _contacts(self, account_id: int, country: str, language: str,
                  company: str) -> list[dict[str, Any]]:
        rng = self.rng
        made = []
        domain = company.split()[0].lower() + ".example"
        for k in range(_weighted(rng, ((0, 3), (1, 60), (2, 30), (3, 7)))):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            has_email = rng.random() < 0.85
            status = _weighted(rng, (("valid", 95), ("bounced", 4), ("complained", 1)))
            lang_roll = rng.random()
            row = {
                "id": self._id("contacts"), "account_id": account_id,
                "external_id": f"C{k + 1}", "name": f"{first} {last}",
                "email": f"{first.lower()}.{k + 1}@{domain}" if has_email else None,
                "email_status": status if has_email else "valid",
                "language": None if lang_roll < 0.6 else (
                    language if lang_roll < 0.85 else rng.choice(("en", "fr", "de"))),
                "role": rng.choice(("accounts payable", "finance", "owner", None)),
                "phone": None, "notes": None, "is_primary": k == 0,
                "postal_address": (f"{first} {last}\n{rng.randint(1, 99)} "
                                   f"{rng.choice(STREETS)}\n{country}")
                if rng.random() < 0.08 else None,
                "do_not_contact": rng.random() < 0.02,
                "created_at": self.stamp,
            }
            self.w.add("contacts", row)
            made.append(row)
        return made

    def _invoice(self, account_id: int, currency: str, second: str | None, lateness: float,
                 open_overdue: list[tuple[date, Decimal]]) -> tuple[int, Decimal, str, bool]:
        rng, today = self.rng, self.today
        doc_id = self._id("documents")
        issue = today - timedelta(days=rng.randint(0, 730))
        due = issue + timedelta(days=rng.choice(TERMS))
        amount = max(_money(rng.lognormvariate(6.7, 1.0)), Decimal("20.00"))
        cur = second if second and rng.random() < 0.25 else currency
        late = (today - due).days
        if late > 0:
            is_paid = late > rng.expovariate(1 / lateness)
        else:
            is_paid = rng.random() < 0.12  # a few pay before the due date
        paid_amount = Decimal("0.00")
        if is_paid:
            settle_on = min(today, due + timedelta(days=int(rng.expovariate(1 / lateness))))
            if rng.random() < 0.003:
                amount_paid = amount + _money(rng.uniform(1, 50))  # overpaid: becomes credit
            else:
                amount_paid = amount
            if rng.random() < 0.85:
                paid_amount = amount_paid
            else:
                self.w.add("payments", self._payment(account_id, doc_id, amount_paid, cur,
                                                     settle_on, f"SI{doc_id}"))
        elif rng.random() < 0.08:
            part = _money(float(amount) * rng.uniform(0.1, 0.8))
            if rng.random() < 0.5:
                paid_amount = part
            else:
                self.w.add("payments", self._payment(
                    account_id, doc_id, part, cur, today - timedelta(days=rng.randint(0, 40)),
                    f"SI{doc_id} part"))
        if not is_paid and late > 0 and cur == currency:
            open_overdue.append((due, amount))
        self.w.add("documents", {
            "id": doc_id, "organization_id": self.org_id, "account_id": account_id,
            "kind": "invoice", "number": f"SI{doc_id:08d}", "issue_date": issue,
            "due_date": due, "amount": amount, "currency": cur, "paid_amount": paid_amount,
            "pdf_path": None, "created_at": self.stamp,
        })
        return doc_id, amount, cur, is_paid

    def _credit_note(self, account_id: int, invoices: list[tuple[int, Decimal, str, bool]]
                     ) -> None:
        rng = self.rng
        _, amount, cur, _ = rng.choice(invoices)
        # a credit note credits (part of) one invoice: never more than that invoice
        credited = min(amount, max(_money(float(amount) * rng.uniform(0.05, 1.0)), CENT))
        doc_id = self._id("documents")
        self.w.add("documents", {
            "id": doc_id, "organization_id": self.org_id, "account_id": account_id,
            "kind": "credit_note", "number": f"SC{doc_id:08d}",
            "issue_date": self.today - timedelta(days=rng.randint(0, 300)), "due_date": None,
            "amount": credited, "currency": cur,
            # some credit is refunded to the customer rather than left as credit
            "paid_amount": credited if rng.random() < 0.2 else Decimal("0.00"),
            "pdf_path": None, "created_at": self.stamp,
        })

    def _payment(self, account_id: int, doc_id: int | None, amount: Decimal, currency: str,
                 value_date: date, reference: str) -> dict[str, Any]:
        payment_id = self._id("payments")
        return {"id": payment_id, "organization_id": self.org_id, "account_id": account_id,
                "document_id": doc_id, "external_id": f"SP{payment_id:08d}", "amount": amount,
                "currency": currency, "value_date": value_date, "reference": reference,
                "created_at": self.stamp}

    def _arrears(self, account_id: int, contacts: list[dict[str, Any]], oldest_due: date,
                 overdue_total: Decimal, currency: str) -> None:
        """The case so far: reminders already sent, replies, tasks and promises."""
        rng, today = self.rng, self.today
        age = (today - oldest_due).days
        reachable = [c for c in contacts if c["email"] and c["email_status"] == "valid"
                     and not c["do_not_contact"]]
        possible = min(4, 1 + age // 14) if age >= 2 else 0
        steps = possible if rng.random() < 0.7 else rng.randint(0, possible)
        # walk back from the latest reminder, 7 to 21 days apart, never before the due date
        dates: list[date] = []
        on = today - timedelta(days=rng.randint(1, 20))
        for _ in range(steps):
            if on <= oldest_due:
                break
            dates.append(on)
            on -= timedelta(days=rng.randint(7, 21))
        dates.reverse()
        last_sent = None
        for step, on in enumerate(dates, start=1):
            target = reachable[0] if reachable else None
            self.w.add("communications", self._comm(
                account_id, target["id"] if target else None, "email" if target else "letter",
                "out", "sent", "followup", on, step=step, tone=TONES[step - 1],
                recipient=target["email"] if target else "postal address",
                amount=overdue_total, currency=currency))
            last_sent = on
        if last_sent is not None and rng.random() < 0.08:
            replied = min(today, last_sent + timedelta(days=rng.randint(0, 6)))
            intent = rng.choice(REPLY_INTENTS)
            reply = self._comm(
                account_id, reachable[0]["id"] if reachable else None, "email", "in",
                "received", "reply", replied, intent=intent,
                auto_submitted=intent == "auto_reply",
                recipient=f"ar+{account_id}@synth.example")
            self.w.add("communications", reply)
            if intent == "payment_claimed" and (today - replied).days > 4:
                # "we paid" and no payment came: the agent handed it to a person already
                self._task(account_id, "payment_unmatched", "action_required",
                           replied + timedelta(days=4),
                           key=f"task:payment_unmatched:{reply['id']}")
        roll = rng.random()
        # the agent hands a case to a person once the last reminder stays unanswered
        spent = len(dates) == 4 and last_sent is not None and (today - last_sent).days > 5
        if spent or roll < 0.035:
            reason = "no_response" if spent else rng.choice(OPEN_TASK_REASONS)
            self._task(account_id, reason,
                       rng.choice(("action_required", "action_required", "in_progress")),
                       today - timedelta(days=rng.randint(0, 30)))
        elif roll < 0.06:
            promise_id = self._id("promises")
            self.w.add("promises", {
                "id": promise_id, "account_id": account_id,
                "amount": max(_money(float(overdue_total) * rng.uniform(0.3, 1.0)), CENT),
                "currency": currency,
                # a promise whose date passed yesterday: today's run finds it kept or broken
                "promised_date": today + timedelta(days=rng.randint(-1, 20)),
                "status": "open", "source_communication_id": None,
                "created_on": today - timedelta(days=rng.randint(6, 15)), "resolved_on": None,
                "idempotency_key": f"synth-promise:{promise_id}", "created_at": self.stamp})

    def _task(self, account_id: int, reason: str, status: str, created_on: date,
              key: str | None = None) -> None:
        task_id = self._id("tasks")
        self.w.add("tasks", {
            "id": task_id, "organization_id": self.org_id, "account_id": account_id,
            "contact_id": None, "communication_id": None, "reason": reason, "status": status,
            "subject": f"{reason.replace('_', ' ')} on account {account_id}",
            "agent_message": "(synthetic)", "suggested_next_step": None,
            "created_on": created_on, "closed_on": None,
            "idempotency_key": key or f"synth-task:{task_id}", "created_at": self.stamp,
            "updated_at": self.stamp})

    def _comm(self, account_id: int, contact_id: int | None, channel: str, direction: str,
              status: str, kind: str, on: date, *, step: int | None = None,
              tone: str | None = None, recipient: str | None = None, intent: str | None = None,
              auto_submitted: bool = False, amount: Decimal | None = None,
              currency: str | None = None) -> dict[str, Any]:
        comm_id = self._id("communications")
        stamp = datetime.combine(on, datetime.min.time(), UTC) + timedelta(hours=9)
        return {
            "id": comm_id, "organization_id": self.org_id, "account_id": account_id,
            "contact_id": contact_id, "member_id": None, "task_id": None, "channel": channel,
            "direction": direction, "status": status, "kind": kind, "plan_step": step,
            "tone": tone, "language": None, "sender": None, "recipient": recipient,
            "subject": f"({kind})", "body": "(synthetic)", "message_id": None,
            "in_reply_to": None, "thread_key": None, "intent": intent,
            "auto_submitted": auto_submitted, "flagged": None, "raw": None,
            "invoice_numbers": None, "amount": amount, "currency": currency, "on_date": on,
            "idempotency_key": f"synth-comm:{comm_id}", "created_at": stamp,
            "sent_at": stamp if direction == "out" else None, "transport_ref": None,
            "attempted_at": None, "attempts": 1 if direction == "out" else 0,
            "next_attempt_at": None, "last_error": None,
        }


def synthesize(engine: Engine, *, accounts: int, invoices: int, seed: int = 0,
               slug: str = "synth", today: date | None = None,
               chunk_rows: int = 50_000) -> SynthReport:
    """Write a synthetic portfolio of `accounts` accounts and `invoices` invoices into the
    organization `slug` (created when missing), as of `today`."""
    if accounts < 1 or invoices < 0:
        raise ValueError("--accounts must be at least 1 and --invoices at least 0")
    started = time.perf_counter()
    today = today or date.today()
    rng = random.Random(seed)
    org_id = _organization(engine, slug)
    writer = _Writer(engine, chunk_rows)
    portfolio = _Portfolio(rng, org_id, today, _next_ids(engine), writer)
    for n in invoice_counts(rng, accounts, invoices):
        portfolio.account(n)
        if writer.pending() >= chunk_rows:
            writer.flush()
    writer.flush()
    writer.fix_sequences()
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    else:
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    return SynthReport(org_id, slug, dict(writer.counts), time.perf_counter() - started)
