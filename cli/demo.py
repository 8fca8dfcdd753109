"""The demo: a creditor with a dozen customers in eight countries, imported through the same
CSV import a finance team uses, with invoice ages relative to the demo date."""

from __future__ import annotations

import csv
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path

from rich.console import Console
from sqlalchemy import Engine, select

from agent.scheduler import default_outbound, run_day
from api.auth import set_password
from channels.outbox import outbox_dir
from cli.report import print_decisions, print_portfolio
from inbox.handler import receive
from store.db import transaction
from store.importer import import_files
from store.models import Communication, Promise, Task
from store.orgs import add_member, create_organization

# (external_id, name, country, currency, postal address, segment)
ACCOUNTS = [
    ("C-1001", "Atelier Dubois SARL", "FR", "EUR", "12 rue des Tanneurs | 69002 Lyon | France", None),
    ("C-1002", "Hofmann Bau KG", "DE", "EUR", "Lindenstraße 4 | 90402 Nürnberg | Deutschland", None),
    ("C-1003", "Construcciones Ebro S.L.", "ES", "EUR", "Calle Alfonso I 17 | 50003 Zaragoza | España", None),
    ("C-1004", "Ferramenta Lombarda S.r.l.", "IT", "EUR", "Via Cesare Correnti 8 | 20123 Milano MI | Italia", None),
    ("C-1005", "Van Dijk Installaties B.V.", "NL", "EUR", "Oudegracht 122 | 3511 AW Utrecht | Nederland", None),
    ("C-1006", "Lusoflex Lda.", "PT", "EUR", "Rua de Santa Catarina 45 | 4000-447 Porto | Portugal", None),
    ("C-1007", "Quixel Parts Ltd", "GB", "GBP", "4 Canal Street | Manchester M1 3HE | United Kingdom", None),
    ("C-1008", "Redwood Supply Inc.", "US", "USD", "820 Market Street | San Francisco, CA 94102 | USA", "key_accounts"),
    ("C-1009", "Boulangerie Martin", "FR", "EUR", "3 place du Marché | 21000 Dijon | France", None),
    ("C-1010", "Nordwind Logistik GmbH", "DE", "EUR", "Am Sandtorkai 50 | 20457 Hamburg | Deutschland", None),
    ("C-1011", "Costa Azul Hotéis S.A.", "PT", "EUR", "Avenida da Liberdade 110 | 1250-146 Lisboa | Portugal", None),
    ("C-1012", "Lakeside Dental LLC", "US", "USD", "15 Lake Shore Drive | Chicago, IL 60611 | USA", None),
]

# (account, name, email, language, role, primary)
CONTACTS = [
    ("C-1001", "Claire Dubois", "compta@atelier-dubois.example", "", "Comptabilité", "yes"),
    ("C-1002", "Petra Hofmann", "buchhaltung@hofmann-bau.example", "", "Buchhaltung", "yes"),
    ("C-1003", "Javier Romero", "administracion@construcciones-ebro.example", "es", "Administración", "yes"),
    ("C-1004", "Marco Bianchi", "amministrazione@ferramenta-lombarda.example", "", "Amministrazione", "yes"),
    ("C-1005", "Sanne de Vries", "crediteuren@vandijk-installaties.example", "nl", "Crediteuren", "yes"),
    ("C-1006", "Ana Ferreira", "contabilidade@lusoflex.example", "pt", "Contabilidade", "yes"),
    ("C-1007", "Dan Whitaker", "accounts@quixel-parts.example", "en", "Accounts payable", "yes"),
    ("C-1008", "Maria Lopez", "ap@redwood-supply.example", "es", "Accounts payable", "yes"),
    ("C-1010", "Jens Petersen", "kreditoren@nordwind-logistik.example", "de", "Kreditoren", "yes"),
    ("C-1011", "Rui Costa", "financeiro@costa-azul.example", "pt", "Financeiro", "yes"),
    ("C-1012", "Emily Park", "billing@lakeside-dental.example", "en", "Office manager", "yes"),
]

# (number, account, kind, age of issue date in days, days until due (negative = overdue),
#  amount, paid)
DOCUMENTS = [
    ("FA-2026-0412", "C-1001", "invoice", 70, -40, "2400.00", "0.00"),
    ("FA-2026-0488", "C-1001", "invoice", 40, -10, "860.50", "0.00"),
    ("NM-2026-0877", "C-1002", "invoice", 50, -20, "1980.00", "500.00"),
    ("EB-26-0141", "C-1003", "invoice", 100, -70, "5320.00", "0.00"),
    ("EB-26-0177", "C-1003", "invoice", 60, -30, "1210.00", "0.00"),
    ("FL-2026-0093", "C-1004", "invoice", 35, -5, "740.00", "0.00"),
    ("FL-2026-0120", "C-1004", "invoice", 10, 20, "1260.00", "0.00"),
    ("VD-26-3002", "C-1005", "invoice", 65, -35, "3150.00", "0.00"),
    ("VD-26-C017", "C-1005", "credit_note", 20, None, "450.00", "0.00"),
    ("LX-2026-058", "C-1006", "invoice", 45, -15, "980.00", "0.00"),
    ("QX-5521", "C-1007", "invoice", 55, -25, "640.00", "0.00"),
    ("QX-5580", "C-1007", "invoice", 33, -3, "1840.00", "0.00"),
    ("RS-10442", "C-1008", "invoice", 80, -50, "12500.00", "0.00"),
    ("BM-2026-031", "C-1009", "invoice", 42, -12, "315.80", "0.00"),
    ("NW-2026-201", "C-1010", "invoice", 60, -30, "700.00", "0.00"),
    ("NW-2026-214", "C-1010", "invoice", 45, -15, "300.00", "0.00"),
    ("NW-2026-G05", "C-1010", "credit_note", 5, None, "1000.00", "0.00"),
    ("CA-2026-311", "C-1011", "invoice", 50, -20, "2200.00", "2200.00"),
    ("CA-2026-340", "C-1011", "invoice", 8, 22, "1450.00", "0.00"),
    ("LD-7781", "C-1012", "invoice", 40, -10, "890.00", "950.00"),
]

# the demo's members sign in to the web app with this password; a real organization's members
# choose their own (`dunning member add`)
DEMO_PASSWORD = "demo-password"
MEMBERS = [
    ("lena.kraus@demo-creditor.example", "Lena Kraus", "de"),
    ("julien.morel@demo-creditor.example", "Julien Morel", "fr"),
    ("sam.taylor@demo-creditor.example", "Sam Taylor", None),
]


def write_demo_files(folder: Path, today: date) -> list[Path]:
    def write(name: str, header: list[str], rows: list[list[str]]) -> Path:
        path = folder / name
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)
        return path

    accounts = write("accounts.csv", ["external_id", "name", "country", "currency",
                                      "postal_address", "segment"],
                     [[a, n, c, cur, addr, seg or ""] for a, n, c, cur, addr, seg in ACCOUNTS])
    contacts = write("contacts.csv", ["account", "name", "email", "language", "role",
                                      "is_primary"], [list(c) for c in CONTACTS])
    currency = {a[0]: a[3] for a in ACCOUNTS}
    documents = write(
        "invoices.csv",
        ["number", "account", "kind", "issue_date", "due_date", "amount", "currency",
         "paid_amount"],
        [[num, acc, kind, (today - timedelta(days=age)).isoformat(),
          "" if due is None else (today + timedelta(days=due)).isoformat(), amount,
          currency[acc], paid]
         for num, acc, kind, age, due, amount, paid in DOCUMENTS],
    )
    return [accounts, contacts, documents]


def build_demo(engine: Engine, today: date, *, console: Console, days: int = 30) -> None:
    """Import the portfolio as it stood `days` days ago, then run the agent once a day up to
    `today`, as the worker would, and show what it did."""
    start = today - timedelta(days=days)
    with transaction(engine) as session:
        org = create_organization(
            session, "Demo Creditor Ltd", slug="demo",
            sender_name="Accounts receivable — Demo Creditor",
            sender_email="ar@demo-creditor.example", country="GB",
            postal_address="1 Demo Way\nLondon EC1A 1AA\nUnited Kingdom",
            iban="GB33BUKB20201555555555", bic="BUKBGB22", bank_name="Demo Bank plc",
            phone="+44 20 7946 0000",
        )
        for email, name, language in MEMBERS:
            member = add_member(session, org, email, name, language, role="admin")
            set_password(session, member, DEMO_PASSWORD)
        with tempfile.TemporaryDirectory(prefix="dunning-demo-") as tmp:
            paths = write_demo_files(Path(tmp), start)
            report = import_files(session, org, paths, today=start)
        org_id = org.id
    console.print(f"[bold]Demo Creditor Ltd[/bold]: imported on {start.isoformat()}: "
                  + "; ".join(report.lines()))
    with transaction(engine) as session:
        print_portfolio(console, session, org_id, start)
    if days > 0:
        simulate(engine, org_id, start, today, console)
        with transaction(engine) as session:
            print_portfolio(console, session, org_id, today)
        tomorrow = today + timedelta(days=1)
        console.rule(f"Tomorrow's plan ({tomorrow.isoformat()}, dry run)")
        print_decisions(console, run_day(engine, org_id, tomorrow, dry_run=True), tomorrow,
                        True)
    console.print(f"Messages are in {outbox_dir()}/ (.eml files and letters).")
    console.print(f"Web app sign-in: {MEMBERS[2][0]} (or any demo member), "
                  f"password {DEMO_PASSWORD}")


# Customer replies arriving during the demo month: (days after the start, sender, subject,
# body). They go through the inbox's one entry point, like mail read over IMAP.
REPLIES = [
    (4, "buchhaltung@hofmann-bau.example", "AW: Zahlungserinnerung",
     "Guten Tag,\n\ndie Lieferung war unvollständig, zwei Sensoren fehlen. Bitte senden Sie "
     "uns eine Gutschrift, vorher zahlen wir nicht.\n\nMit freundlichen Grüßen\nPetra Hofmann"),
    (7, "accounts@quixel-parts.example", "Re: Payment reminder",
     "Hi,\n\nSorry about this, we'll pay both invoices on the {promise}.\n\nCheers,\nDan"),
    (8, "crediteuren@vandijk-installaties.example", "Automatisch antwoord: Herinnering",
     "Ik ben afwezig tot en met {away} en heb beperkt toegang tot mijn e-mail."),
    (11, "contabilidade@lusoflex.example", "RE: Lembrete de pagamento",
     "Bom dia,\n\nA transferência já foi efetuada ontem. Segue o comprovativo.\n\n"
     "Cumprimentos,\nAna Ferreira"),
    (15, "amministrazione@ferramenta-lombarda.example", "R: Sollecito di pagamento",
     "Buongiorno,\n\npotrei parlare con qualcuno al telefono? Il mio numero è "
     "02 1234 5678.\n\nGrazie,\nMarco"),
]


def _reply(sender: str, subject: str, body: str, day: date, n: int) -> bytes:
    msg = EmailMessage(policy=default_policy)
    msg["From"] = sender
    msg["To"] = "ar@demo-creditor.example"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.combine(day, time(10, 30), UTC))
    msg["Message-ID"] = f"<demo-reply-{n}@{sender.rsplit('@', 1)[1]}>"
    if "Automatisch" in subject:
        msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(body)
    return bytes(msg)


def simulate(engine: Engine, org_id: int, start: date, end: date, console: Console) -> None:
    """Daily runs from `start` to `end` (inclusive), printing every send and task, and each
    account's skip reason whenever it changes; customer replies arrive on their days."""
    console.rule(f"The agent at work, {start.isoformat()} → {end.isoformat()}")
    last_reason: dict[int, str] = {}
    replies = {start + timedelta(days=d): (d, sender, subject, body)
               for d, sender, subject, body in REPLIES}
    day = start
    while day <= end:
        decisions = run_day(engine, org_id, day)
        lines = []
        if day in replies:
            n, sender, subject, body = replies[day]
            body = body.format(promise=_ordinal(day + timedelta(days=10)),
                               away=(day + timedelta(days=6)).strftime("%d %B").lstrip("0"))
            got = receive(engine, org_id, _reply(sender, subject, body, day, n), day,
                          outbound=default_outbound())
            lines.append(f"  [cyan]read[/cyan] reply from {sender}: [bold]{got.intent}[/bold]"
                         f" → {_effect(engine, got.communication_id)}")
        for d in decisions:
            if d.outcome in ("sent", "task"):
                lines.append(f"  [green]{d.outcome:<4}[/green] {d.account}: {d.detail}")
                last_reason.pop(d.account_id, None)
            elif d.outcome == "skipped":
                # waiting for the next due date is not news; a reason to hold back is
                if last_reason.get(d.account_id) != d.detail:
                    lines.append(f"  [dim]skip[/dim] {d.account}: {d.detail}")
                    last_reason[d.account_id] = d.detail
        if lines:
            console.print(f"[bold]{day.isoformat()} {day.strftime('%a')}[/bold]",
                          highlight=False)
            for line in lines:
                console.print(line, highlight=False)
        day += timedelta(days=1)


def _ordinal(d: date) -> str:
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix}"


def _effect(engine: Engine, communication_id: int) -> str:
    """What the agent did with a reply, in a few words, read back from the store."""
    with transaction(engine) as session:
        comm = session.get(Communication, communication_id)
        task = session.scalar(select(Task).where(Task.communication_id == communication_id))
        promise = session.scalar(select(Promise).where(
            Promise.source_communication_id == communication_id))
        answers = list(session.scalars(select(Communication.kind).where(
            Communication.in_reply_to == comm.message_id, Communication.direction == "out")))
    done = []
    if promise is not None:
        done.append(f"promise recorded for {promise.promised_date.isoformat()}, follow-ups "
                    "paused through it")
    if task is not None:
        done.append(f"task #{task.id} ({task.reason}) for a person, follow-ups paused")
    done += [f"{kind.replace('_', ' ')} sent" for kind in answers]
    return "; ".join(done) or "logged, nothing to do"
