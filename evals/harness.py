"""Scenario replay (`dunning eval`): the format of ../shared/SCENARIO_FORMAT.md.

Each scenario runs on a fresh database through the product's own entry points: the daily
scheduler for `advance_to`, the payment tool for `payment`, the inbox's message handling for
`inbound` and `bounce`, the task thread for `member_reply`. A step whose capability the product
does not have yet fails honestly with what is missing; nothing is faked here.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from agent.context import CUSTOMER_KINDS
from agent.scheduler import org_policies, run_day
from agent.status import pause_reasons
from agent.tools.outbound import Outbound
from agent.tools.payments import record_payment
from channels.outbox import OutboxEmailTransport, OutboxLetterTransport
from store.db import make_engine, session_factory, transaction, upgrade
from store.models import (
    Account,
    Communication,
    Contact,
    Document,
    Organization,
    Promise,
    Task,
)
from store.orgs import add_member, create_organization

EVENTS = ("inbound", "bounce", "member_reply", "payment", "advance_to")


class CapabilityMissing(Exception):
    """The product has no entry point for this kind of step yet."""


class ScenarioError(Exception):
    """The scenario file itself is malformed."""


@dataclass
class Failure:
    step: int
    key: str
    expected: Any
    actual: Any

    def as_dict(self) -> dict[str, Any]:
        return {"step": self.step, "key": self.key, "expected": self.expected,
                "actual": self.actual}


@dataclass
class Result:
    id: str
    failures: list[Failure] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "passed": self.passed,
                "failures": [f.as_dict() for f in self.failures]}


def _date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


@dataclass
class StepOutcome:
    """What happened during one step, read back from the store."""

    customer_messages: list[Communication]
    notifications: list[Communication]
    new_tasks: list[Task]
    inbound: Communication | None = None
    promise: Promise | None = None


class Replay:
    def __init__(self, scenario: dict[str, Any], engine: Engine, outbox: Path):
        self.s = scenario
        self.engine = engine
        self.factory = session_factory(engine)
        self.outbound = Outbound(email=OutboxEmailTransport(outbox),
                                 letters=OutboxLetterTransport(outbox))
        self.today = _date(scenario["today"])
        self.next_run = self.today
        self.sequence = 0

    # ------------------------------------------------------------ initial state
    def load(self) -> None:
        s = self.s
        with transaction(self.engine) as session:
            org_spec = s.get("organization") or {}
            org = create_organization(
                session, org_spec.get("name") or "Creditor", slug=str(s["id"])[:64],
                sender_email="ar@creditor.example", sender_name=org_spec.get("name"),
                iban="DE89370400440532013000", bic="COBADEFFXXX")
            for m in org_spec.get("members") or []:
                add_member(session, org, m["email"], m.get("name") or m["email"],
                           m.get("language"))
            docs = s.get("invoices") or []
            acc_spec = s.get("account") or {}
            account = Account(
                organization_id=org.id, external_id="ACC-1", name=acc_spec.get("name", "?"),
                country=str(acc_spec.get("country") or "GB").upper(),
                currency=(docs[0]["currency"] if docs else "EUR"),
                segment=acc_spec.get("segment"),
                postal_address=None,
            )
            session.add(account)
            session.flush()
            contacts = []
            for i, c in enumerate(s.get("contacts") or []):
                contact = Contact(account_id=account.id, name=c.get("name"),
                                  email=(c.get("email") or None), language=c.get("language"),
                                  postal_address=c.get("postal_address"), is_primary=(i == 0))
                session.add(contact)
                contacts.append(contact)
            for d in docs:
                session.add(Document(
                    organization_id=org.id, account_id=account.id, kind=d.get("kind", "invoice"),
                    number=str(d["number"]), issue_date=_date(d["issue_date"]),
                    due_date=_date(d["due_date"]) if d.get("due_date") else None,
                    amount=Decimal(str(d["amount"])), currency=d["currency"],
                    paid_amount=Decimal(str(d.get("paid_amount") or "0"))))
            session.flush()
            for step, h in enumerate(s.get("history") or [], start=1):
                on = _date(h["date"])
                targets: list[Contact | None] = (
                    [c for c in contacts if c.email] if h.get("channel", "email") == "email"
                    else [contacts[0] if contacts else None])
                for contact in targets or [None]:
                    session.add(Communication(
                        organization_id=org.id, account_id=account.id,
                        contact_id=contact.id if contact else None,
                        channel=h.get("channel", "email"), direction="out", status="sent",
                        kind="followup", plan_step=step, tone=h.get("tone"),
                        recipient=contact.email if contact else account.name,
                        subject="(history)", body="(history)", on_date=on,
                        idempotency_key=f"history:{step}:{contact.id if contact else 0}"))
                if h.get("answered"):
                    session.add(Communication(
                        organization_id=org.id, account_id=account.id,
                        contact_id=contacts[0].id if contacts else None, channel="email",
                        direction="in", status="received", kind="reply", on_date=on,
                        subject="(history reply)", body="(history reply)",
                        idempotency_key=f"history-reply:{step}"))
            self.org_id, self.account_id = org.id, account.id

    # ------------------------------------------------------------ steps
    def advance_to(self, target: date) -> None:
        day = self.next_run
        while day <= target:
            run_day(self.engine, self.org_id, day, outbound=self.outbound, strict=True)
            day += timedelta(days=1)
        self.next_run = max(self.next_run, target + timedelta(days=1))
        self.today = target

    def payment(self, spec: dict[str, Any]) -> None:
        with transaction(self.engine) as session:
            doc = session.scalar(select(Document).where(
                Document.account_id == self.account_id, Document.number == str(spec["invoice"])))
            if doc is None:
                raise ScenarioError(f"payment: unknown invoice {spec['invoice']}")
            record_payment(session, document=doc, amount=Decimal(str(spec["amount"])),
                           value_date=_date(spec.get("date") or self.today), today=self.today)

    def _receive(self, raw: bytes) -> None:
        try:
            from inbox.handler import receive
        except ImportError as e:
            raise CapabilityMissing(f"the inbox cannot read mail yet ({e})") from e
        receive(self.engine, self.org_id, raw, self.today, outbound=self.outbound)

    def inbound(self, spec: dict[str, Any]) -> None:
        """The customer's email, as it would arrive: an RFC 5322 message to our address."""
        msg = EmailMessage(policy=default_policy)
        msg["From"] = spec["from"]
        msg["To"] = "ar@creditor.example"
        msg["Subject"] = spec.get("subject") or ""
        msg["Date"] = format_datetime(datetime.combine(self.today, time(10, 0), UTC))
        self.sequence += 1
        msg["Message-ID"] = f"<scenario-{self.sequence}@{spec['from'].rsplit('@', 1)[-1]}>"
        for name, value in (spec.get("headers") or {}).items():
            msg[name] = str(value)
        msg.set_content(spec.get("body") or "")
        self._receive(bytes(msg))

    def bounce(self, spec: dict[str, Any]) -> None:
        """A delivery status notification (RFC 3464) for the latest message to the contact,
        as the recipient's mail server would send it back."""
        address = str(spec["contact_email"]).lower()
        with self.factory() as session:
            original = session.scalar(select(Communication).where(
                Communication.organization_id == self.org_id,
                Communication.direction == "out",
                func.lower(Communication.recipient) == address)
                .order_by(Communication.id.desc()).limit(1))
            original_id = original.message_id if original else None
        hard = spec.get("kind", "hard") == "hard"
        status = "5.1.1" if hard else "4.2.2"
        diagnostic = ("smtp; 550 5.1.1 <{0}>: Recipient address rejected: User unknown"
                      if hard else "smtp; 452 4.2.2 <{0}>: Mailbox full, try again later"
                      ).format(address)
        domain = address.rsplit("@", 1)[-1]
        self.sequence += 1
        date_header = format_datetime(datetime.combine(self.today, time(10, 0), UTC))
        subject = ("Undelivered Mail Returned to Sender" if hard
                   else "Delayed Mail (still being retried)")
        # written out by hand: the email package cannot generate message/delivery-status
        raw = (
            f"From: Mail Delivery System <MAILER-DAEMON@mx.{domain}>\r\n"
            f"To: ar@creditor.example\r\nSubject: {subject}\r\nDate: {date_header}\r\n"
            f"Message-ID: <dsn-{self.sequence}@mx.{domain}>\r\n"
            "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="DSN"\r\n'
            "\r\n--DSN\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
            f"This is the mail system at host mx.{domain}.\r\n\r\nI'm sorry to have to "
            "inform you that your message could not be delivered to one or more "
            f"recipients.\r\n\r\n<{address}>: {diagnostic.split('; ', 1)[1]}\r\n"
            "\r\n--DSN\r\nContent-Type: message/delivery-status\r\n\r\n"
            f"Reporting-MTA: dns; mx.{domain}\r\n\r\n"
            f"Final-Recipient: rfc822; {address}\r\n"
            f"Action: {'failed' if hard else 'delayed'}\r\nStatus: {status}\r\n"
            f"Diagnostic-Code: {diagnostic}\r\n"
            "\r\n--DSN\r\nContent-Type: text/rfc822-headers\r\n\r\n"
            f"From: ar@creditor.example\r\nTo: {address}\r\n"
            f"Message-ID: {original_id or '<unknown@creditor.example>'}\r\n"
            "Subject: Payment reminder\r\n\r\n--DSN--\r\n")
        self._receive(raw.encode("ascii", "replace"))

    def member_reply(self, spec: dict[str, Any]) -> None:
        try:
            from agent.thread import handle_member_reply  # type: ignore[attr-defined]
        except ImportError as e:
            raise CapabilityMissing("task threads (member replies) are not built yet") from e
        handle_member_reply(self.engine, self.org_id, self.account_id, self.today, spec,
                            self.outbound)

    # ------------------------------------------------------------ checking
    def marks(self, session: Session) -> tuple[int, int, int]:
        return (session.scalar(select(func.coalesce(func.max(Communication.id), 0))) or 0,
                session.scalar(select(func.coalesce(func.max(Task.id), 0))) or 0,
                session.scalar(select(func.coalesce(func.max(Promise.id), 0))) or 0)

    def outcome(self, session: Session, before: tuple[int, int, int]) -> StepOutcome:
        comms = list(session.scalars(select(Communication).where(
            Communication.id > before[0], Communication.organization_id == self.org_id)
            .order_by(Communication.id)))
        sent = [c for c in comms if c.direction == "out" and c.kind in CUSTOMER_KINDS
                and c.status in ("sent", "delivered")]
        notes = [c for c in comms if c.direction == "out"
                 and c.kind in ("member_notification", "thread_reply")
                 and c.status in ("sent", "delivered")]
        inbound = next((c for c in reversed(comms) if c.direction == "in"), None)
        tasks = list(session.scalars(select(Task).where(Task.id > before[1],
                                                        Task.organization_id == self.org_id)))
        promise = session.scalar(select(Promise).where(
            Promise.id > before[2], Promise.account_id == self.account_id)
            .order_by(Promise.id.desc()).limit(1))
        return StepOutcome(sent, notes, tasks, inbound, promise)

    def check(self, n: int, expect: dict[str, Any], out: StepOutcome,
              session: Session) -> list[Failure]:
        failures: list[Failure] = []

        def compare(key: str, expected: Any, actual: Any, ok: bool | None = None) -> None:
            if ok is None:
                ok = expected == actual
            if not ok:
                failures.append(Failure(n, key, expected, actual))

        for key, expected in expect.items():
            if key == "intent":
                compare(key, expected, out.inbound.intent if out.inbound else None)
            elif key == "promise_date":
                actual = out.promise.promised_date.isoformat() if out.promise else None
                compare(key, _date(expected).isoformat() if expected else None, actual)
            elif key == "task_created":
                compare(key, bool(expected), bool(out.new_tasks))
            elif key == "task_status":
                task = session.scalar(select(Task).where(Task.account_id == self.account_id)
                                      .order_by(Task.id.desc()).limit(1))
                compare(key, expected, task.status if task else None)
            elif key == "followups_paused":
                org = session.get(Organization, self.org_id)
                reasons = pause_reasons(session, self.account_id, self.today,
                                        org_policies(org.settings if org else None))
                compare(key, bool(expected), bool(reasons))
            elif key == "contact_invalid":
                contact = session.scalar(select(Contact).where(
                    Contact.account_id == self.account_id,
                    func.lower(Contact.email) == str(expected).lower()))
                invalid = contact is not None and (contact.email_status != "valid"
                                                   or contact.do_not_contact)
                compare(key, expected, expected if invalid else
                        (f"{contact.email} is {contact.email_status}" if contact else "unknown"),
                        invalid)
            elif key == "sent_count":
                count = len(out.customer_messages)
                if isinstance(expected, str) and expected.startswith(">="):
                    compare(key, expected, count, count >= int(expected[2:]))
                else:
                    compare(key, int(expected), count)
            elif key in ("sent_language", "sent_tone", "sent_channel"):
                attr = {"sent_language": "language", "sent_tone": "tone",
                        "sent_channel": "channel"}[key]
                pool = out.customer_messages
                if key == "sent_tone":
                    pool = [c for c in pool if c.kind == "followup"]
                values = sorted({getattr(c, attr) for c in pool})
                compare(key, expected, values, all(v == expected for v in values))
            elif key == "no_send_on":
                days = {_date(d) for d in expected}
                bad = sorted({c.on_date.isoformat() for c in out.customer_messages
                              if c.on_date in days})
                compare(key, [d.isoformat() for d in sorted(days)], bad, not bad)
            elif key == "member_notification_language":
                values = sorted({c.language for c in out.notifications})
                compare(key, expected, values or None,
                        bool(values) and all(v == expected for v in values))
            else:
                failures.append(Failure(n, key, expected, "unknown expect key"))
        return failures

    def play(self) -> list[Failure]:
        self.load()
        failures: list[Failure] = []
        for n, step in enumerate(self.s.get("steps") or [], start=1):
            events = [k for k in step if k in EVENTS]
            if len(events) != 1:
                raise ScenarioError(f"step {n}: exactly one of {', '.join(EVENTS)} expected")
            event = events[0]
            with self.factory() as session:
                before = self.marks(session)
            handler: Callable[[Any], None] = {
                "advance_to": lambda v: self.advance_to(_date(v)),
                "payment": self.payment, "inbound": self.inbound, "bounce": self.bounce,
                "member_reply": self.member_reply}[event]
            try:
                handler(step[event])
            except CapabilityMissing as e:
                failures.append(Failure(n, event, "supported", f"capability missing: {e}"))
                return failures
            with self.factory() as session:
                failures += self.check(n, step.get("expect") or {},
                                       self.outcome(session, before), session)
        return failures


def load_scenario(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "id" not in data:
        raise ScenarioError(f"{path}: not a scenario (no id)")
    return data


def run_scenario(path: Path) -> Result:
    scenario = load_scenario(path)
    result = Result(str(scenario["id"]))
    with tempfile.TemporaryDirectory(prefix="dunning-eval-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'eval.db'}"
        upgrade(url)
        engine = make_engine(url)
        try:
            result.failures = Replay(scenario, engine, Path(tmp) / "outbox").play()
        except ScenarioError as e:
            result.failures = [Failure(0, "scenario", "valid scenario", str(e))]
        finally:
            engine.dispose()
    return result


def scenario_paths(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found += sorted(p.glob("*.yaml")) + sorted(p.glob("*.yml"))
        else:
            found.append(p)
    return found
