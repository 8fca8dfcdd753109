"""The agent in a real mailbox: a follow-up leaves by SMTP, the customer's answer lands in a
real Dovecot inbox, the worker picks it up through IDLE, and the promise appears, with its
acknowledgement sent by SMTP in the thread."""

import threading
import time as clock
from datetime import UTC, date, datetime, time
from decimal import Decimal
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime

from sqlalchemy import select

from agent.scheduler import run_day
from agent.tools.outbound import Outbound
from channels.outbox import OutboxLetterTransport
from channels.smtp import SmtpSettings, SmtpTransport
from cli.worker import Worker, WorkerSettings
from store.db import make_engine, session_factory, transaction, upgrade
from store.models import Account, Communication, Contact, Document, Promise
from store.orgs import add_member, create_organization
from tests.support.dovecot import (  # noqa: F401  (the fixtures)
    append,
    dovecot_fixture,
    dovecot_server_fixture,
)
from tests.support.servers import start_smtp_sink

TODAY = date(2026, 11, 16)


def test_follow_up_out_by_smtp_reply_in_by_imap_idle_promise_recorded(tmp_path, dovecot):
    url = f"sqlite:///{tmp_path / 'dunning.db'}"
    upgrade(url)
    engine = make_engine(url)
    with transaction(engine) as s:
        org = create_organization(s, "Nordlicht GmbH", sender_email="ar@nordlicht.example",
                                  country="DE", iban="DE89370400440532013000")
        add_member(s, org, "lena@nordlicht.example", "Lena", "de")
        acc = Account(organization_id=org.id, external_id="K1", name="Hofmann Bau KG",
                      country="DE", currency="EUR")
        s.add(acc)
        s.flush()
        s.add(Contact(account_id=acc.id, name="Petra Hofmann",
                      email="buchhaltung@hofmann-bau.example", is_primary=True))
        s.add(Document(organization_id=org.id, account_id=acc.id, kind="invoice",
                       number="NL-2026-0877", issue_date=date(2026, 9, 15),
                       due_date=date(2026, 10, 15), amount=Decimal("980.00"), currency="EUR"))
        org_id = org.id
    sink = start_smtp_sink(tmp_path / "smtp")
    stop = threading.Event()
    try:
        outbound = Outbound(
            email=SmtpTransport(SmtpSettings(host=sink.host, port=sink.port, security="none",
                                             timeout=5)),
            letters=OutboxLetterTransport(tmp_path / "out"))
        run_day(engine, org_id, TODAY, outbound=outbound, strict=True)
        (reminder,) = [message_from_bytes(m, policy=default_policy) for m in sink.messages()]
        assert "NL-2026-0877" in reminder.get_content()

        worker = Worker(engine, org_id, settings=WorkerSettings(tick_seconds=0.5),
                        imap=dovecot.settings(idle_seconds=60, poll_seconds=2),
                        outbound=outbound,
                        clock=lambda: datetime.combine(TODAY, time(11, 0), UTC))
        thread = threading.Thread(target=worker.run, args=(stop,))
        thread.start()
        clock.sleep(1.0)  # the poller is connected and idling

        reply = EmailMessage(policy=default_policy)
        reply["From"] = "Petra Hofmann <buchhaltung@hofmann-bau.example>"
        reply["To"] = reminder["Reply-To"]
        reply["Subject"] = "AW: " + reminder["Subject"]
        reply["Date"] = format_datetime(datetime.combine(TODAY, time(10, 45), UTC))
        reply["Message-ID"] = "<petra-1@hofmann-bau.example>"
        reply["In-Reply-To"] = reminder["Message-ID"]
        reply["References"] = reminder["Message-ID"]
        reply.set_content(
            "Guten Tag,\n\nwir überweisen den offenen Betrag am 27.11.2026.\n\n"
            "Mit freundlichen Grüßen\nPetra Hofmann\n\n"
            f"Am 16.11.2026 um 09:00 schrieb {reminder['From']}:\n"
            "> Die Rechnung NL-2026-0877 über 980,00 € ist seit dem 15.10.2026 fällig.\n")
        append(dovecot.settings(), bytes(reply))

        deadline = clock.monotonic() + 30
        promise = None
        while clock.monotonic() < deadline and promise is None:
            clock.sleep(0.3)
            with session_factory(engine)() as s:
                promise = s.scalar(select(Promise))
        assert promise is not None, "the worker did not pick the reply up"
        assert (promise.promised_date, promise.amount) == (date(2026, 11, 27),
                                                          Decimal("980.00"))
        deadline = clock.monotonic() + 10
        while clock.monotonic() < deadline and len(sink.messages()) < 2:
            clock.sleep(0.2)
        ack = message_from_bytes(sink.messages()[1], policy=default_policy)
        assert ack["In-Reply-To"] == "<petra-1@hofmann-bau.example>"
        assert ack["To"] == "buchhaltung@hofmann-bau.example"
        with session_factory(engine)() as s:
            inbound = s.scalar(select(Communication).where(Communication.direction == "in"))
            assert (inbound.intent, inbound.kind) == ("payment_promise", "reply")
    finally:
        stop.set()
        sink.stop()
    thread.join(timeout=30)
    assert not thread.is_alive()
