"""The `dunning` command."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from cli.report import print_decisions, print_portfolio
from store.db import database_url, make_engine, transaction, upgrade
from store.importer import ImportFailed, import_files
from store.queries import organization_by_slug, portfolio

app = typer.Typer(
    help="dunning-agent: an AI accounts-receivable collections agent.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# piped output (logs, CI, tests) gets a wide page rather than 80 columns of wrapped names
console = Console(width=None if sys.stdout.isatty() else 140)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 140)

OrgOption = Annotated[str | None, typer.Option("--org", help="organization slug (default: the only one)")]
DateOption = Annotated[str | None, typer.Option("--date", help="the business date, YYYY-MM-DD (default: today)")]


def parse_date(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        err.print(f"[red]--date: '{value}' is not a date (expected YYYY-MM-DD)[/red]")
        raise typer.Exit(2) from None


def _engine():  # type: ignore[no-untyped-def]
    url = database_url()
    engine = make_engine(url)
    upgrade(url, engine=engine if url.startswith("sqlite:///:memory:") else None)
    return engine


@app.command()
def init(
    name: Annotated[str, typer.Option("--name", help="your company's name")],
    slug: Annotated[str | None, typer.Option(help="short id (default: from the name)")] = None,
    sender_email: Annotated[str | None, typer.Option(help="From address of reminders")] = None,
    sender_name: Annotated[str | None, typer.Option(help="signature name")] = None,
    country: Annotated[str | None, typer.Option(help="your country, ISO 3166 alpha-2")] = None,
    iban: Annotated[str | None, typer.Option(help="bank account customers pay to")] = None,
    bic: Annotated[str | None, typer.Option()] = None,
    member: Annotated[list[str] | None, typer.Option(
        help="a finance member as EMAIL[:NAME[:LANGUAGE]]; repeat for several")] = None,
) -> None:
    """Create the database schema and your organization."""
    from store.orgs import add_member, create_organization

    engine = _engine()
    try:
        with transaction(engine) as session:
            org = create_organization(
                session, name, slug=slug, sender_email=sender_email, sender_name=sender_name,
                country=country.upper() if country else None, iban=iban, bic=bic)
            for spec in member or []:
                email, _, rest = spec.partition(":")
                person, _, language = rest.partition(":")
                add_member(session, org, email, person or email.split("@")[0],
                           language.lower() or None, role="admin")
            console.print(f"Organization [bold]{org.name}[/bold] ({org.slug}) ready in "
                          f"{engine.url.render_as_string(hide_password=True)}")
    except ValueError as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(1) from None


@app.command("import")
def import_(
    files: Annotated[list[Path], typer.Argument(help="CSV or JSON files")],
    org: OrgOption = None,
    type_: Annotated[str | None, typer.Option("--type", help=(
        "accounts | contacts | documents | payments (default: from each file's name "
        "or columns)"))] = None,
) -> None:
    """Import accounts, contacts, invoices and credit notes, payments. All or nothing."""
    engine = _engine()
    try:
        with transaction(engine) as session:
            organization = organization_by_slug(session, org)
            report = import_files(session, organization, files, kind=type_)
    except LookupError as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(1) from None
    except ImportFailed as e:
        for line in e.errors:
            print(line, file=sys.stderr)
        print(f"import failed: {len(e.errors)} error(s); nothing was written", file=sys.stderr)
        raise typer.Exit(1) from None
    for line in report.lines():
        console.print(line)
    console.print(f"{report.changes} change(s)")


@app.command()
def accounts(org: OrgOption = None, date_: DateOption = None,
             as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Each account's balance, overdue count and oldest overdue age."""
    today = parse_date(date_)
    engine = _engine()
    with transaction(engine) as session:
        try:
            organization = organization_by_slug(session, org)
        except LookupError as e:
            err.print(f"[red]{e}[/red]")
            raise typer.Exit(1) from None
        if as_json:
            rows = portfolio(session, organization.id, today)
            print(json.dumps([
                {"account": r.account.external_id, "name": r.account.name,
                 "balances": {c: str(v) for c, v in r.balances.items()},
                 "overdue_count": r.overdue_count,
                 "oldest_overdue_days": r.oldest_overdue_days} for r in rows
            ], indent=2))
        else:
            print_portfolio(console, session, organization.id, today)


@app.command()
def run(
    org: OrgOption = None,
    date_: DateOption = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=(
        "print what would be sent and what is skipped, and why; send and write nothing"))] = False,
) -> None:
    """Run the agent's daily follow-ups for every account."""
    from datetime import UTC, datetime

    from agent.scheduler import run_day

    today = parse_date(date_)
    engine = _engine()
    with transaction(engine) as session:
        try:
            organization = organization_by_slug(session, org)
        except LookupError as e:
            err.print(f"[red]{e}[/red]")
            raise typer.Exit(1) from None
    # a run for an explicit date is a catch-up or a simulation: no wall clock, no window
    now = datetime.now(UTC) if date_ is None else None
    processes = 1
    if dry_run:
        from agent.parallel import default_processes

        # a dry run writes nothing: it may plan on every core (DUNNING_PLAN_PROCESSES)
        processes = default_processes()
    decisions = run_day(engine, organization.id, today, dry_run=dry_run, now=now,
                        processes=processes)
    print_decisions(console, decisions, today, dry_run)


@app.command("eval")
def eval_(
    paths: Annotated[list[Path], typer.Argument(help="scenario files or folders")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Replay scenario files, each on a fresh database."""
    from evals.harness import run_scenario, scenario_paths

    results = [run_scenario(p) for p in scenario_paths(paths)]
    passed = sum(r.passed for r in results)
    if as_json:
        print(json.dumps({"passed": passed, "failed": len(results) - passed,
                          "scenarios": [r.as_dict() for r in results]}, ensure_ascii=False,
                         default=str))
    else:
        for r in results:
            console.print(("[green]PASS[/green] " if r.passed else "[red]FAIL[/red] ") + r.id,
                          highlight=False)
            for f in r.failures:
                console.print(f"     step {f.step} {f.key}: expected {f.expected!r}, "
                              f"got {f.actual!r}", highlight=False)
        console.print(f"{passed} passed, {len(results) - passed} failed")
    if passed != len(results):
        raise typer.Exit(1)


@app.command()
def classify(
    file: Annotated[Path, typer.Argument(help="replies, one JSON object per line")],
) -> None:
    """Understand each reply of a JSONL file; print one JSON line per reply:
    {"id", "intent", "promise_date", "promise_amount"}."""
    from evals.classify import ReplySetError, classify_file, dumps

    try:
        for line in dumps(classify_file(file)):
            print(line, flush=False)
    except (ReplySetError, FileNotFoundError) as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(1) from None


@app.command("classify-report")
def classify_report(
    file: Annotated[Path, typer.Argument(help="replies, one JSON object per line")],
    labels: Annotated[Path, typer.Argument(help="the expected answers, same ids")],
    errors: Annotated[bool, typer.Option("--errors", help="list every miss")] = False,
) -> None:
    """Measure the brain on a labelled reply set: precision and recall per intent, accuracy
    per language, promise date and amount exactness."""
    from evals.classify import ReplySetError, evaluate

    try:
        report = evaluate(file, labels)
    except (ReplySetError, FileNotFoundError) as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(1) from None
    for line in report.lines(with_errors=errors):
        print(line)


@app.command("bounce-check")
def bounce_check(
    files: Annotated[list[Path], typer.Argument(help="raw email files (.eml)")],
) -> None:
    """Tell delivery failures apart: one JSON line per file, {"file", "bounce":
    "hard"|"soft"|"none", "recipients": [...]}."""
    from inbox.bounces import bounce_check as check

    for row in check(files):
        print(json.dumps(row, ensure_ascii=False))


@app.command()
def worker(
    org: OrgOption = None,
    once: Annotated[bool, typer.Option("--once", help=(
        "one pass (inbox, outbox, the daily run if due) and exit: for cron"))] = False,
    worker_id: Annotated[str | None, typer.Option("--worker-id", help=(
        "this worker's name in account leases (default: DUNNING_WORKER_ID, else "
        "hostname:pid)"))] = None,
) -> None:
    """Run the agent: the inbox (IMAP IDLE), the daily follow-ups at DUNNING_RUN_AT, the
    outbox. Stops cleanly on SIGTERM. Several workers may run side by side on PostgreSQL:
    they share the day's accounts through leases (DUNNING_LEASE_SECONDS, default 300)."""
    import logging
    import threading

    if worker_id:
        os.environ["DUNNING_WORKER_ID"] = worker_id

    from cli.worker import Worker, install_signal_handlers
    from inbox.imap import ImapSettings

    logging.basicConfig(level=os.environ.get("DUNNING_LOG_LEVEL", "INFO"),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    engine = _engine()
    with transaction(engine) as session:
        try:
            organization = organization_by_slug(session, org)
        except LookupError as e:
            err.print(f"[red]{e}[/red]")
            raise typer.Exit(1) from None
    try:
        w = Worker(engine, organization.id, imap=ImapSettings.from_env())
    except ValueError as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(2) from None
    if once:
        did = w.once()
        console.print(", ".join(f"{k}: {v}" for k, v in did.items()))
        return
    stop = threading.Event()
    install_signal_handlers(stop)
    w.run(stop)


@app.command()
def demo(
    date_: DateOption = None,
    days: Annotated[int, typer.Option(help="days of daily runs to simulate")] = 30,
) -> None:
    """Build the demo organization and portfolio from scratch and show it."""
    from cli.demo import build_demo

    today = parse_date(date_)
    engine = _engine()
    build_demo(engine, today, console=console, days=days)


@app.command()
def synth(
    accounts: Annotated[int, typer.Option("--accounts", help="how many customer accounts")],
    invoices: Annotated[int, typer.Option("--invoices", help="how many invoices in all")],
    seed: Annotated[int, typer.Option("--seed", help="same seed, same portfolio")] = 0,
    org: Annotated[str, typer.Option("--org", help="organization slug (created if missing)")]
    = "synth",
    date_: DateOption = None,
) -> None:
    """Write a realistic synthetic portfolio into the database (for load tests and the
    planning benchmark): countries, currencies, contacts, paid and overdue invoices, credit
    notes, reminders already sent, tasks and promises."""
    from store.synth import synthesize

    engine = _engine()
    try:
        report = synthesize(engine, accounts=accounts, invoices=invoices, seed=seed, slug=org,
                            today=parse_date(date_))
    except ValueError as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(2) from None
    console.print(f"Synthetic portfolio in organization [bold]{report.slug}[/bold] as of "
                  f"{parse_date(date_).isoformat()}:")
    for line in report.lines():
        console.print(f"  {line}", highlight=False)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
) -> None:
    """Serve the web app and the REST API (OpenAPI at /docs)."""
    import uvicorn

    from api.app import create_app

    engine = _engine()
    console.print(f"Serving on http://{host}:{port}  (API documentation: /docs; Ctrl-C stops)")
    uvicorn.run(create_app(engine), host=host, port=port, log_level="warning")


member_app = typer.Typer(help="Members of your organization: who signs in to the web app.",
                         no_args_is_help=True)
app.add_typer(member_app, name="member")


def _member(session, org: str | None, email: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from store.models import Member

    organization = organization_by_slug(session, org)
    found = session.scalar(select(Member).where(
        Member.organization_id == organization.id, func.lower(Member.email) == email.lower()))
    return organization, found


def _read_password(password_stdin: bool) -> str:
    if password_stdin:
        return sys.stdin.readline().rstrip("\n")
    return typer.prompt("Password", hide_input=True, confirmation_prompt=True)


@member_app.command("add")
def member_add(
    email: Annotated[str, typer.Argument(help="the member's email address")],
    name: Annotated[str | None, typer.Option(help="full name (default: from the email)")] = None,
    language: Annotated[str | None, typer.Option(help="ISO 639-1 language of notifications")] = None,
    role: Annotated[str, typer.Option(help="admin | member")] = "member",
    password_stdin: Annotated[bool, typer.Option(
        "--password-stdin", help="read the password from standard input")] = False,
    org: OrgOption = None,
) -> None:
    """Add a member who can sign in (asks for a password)."""
    from api.auth import PasswordTooShort, set_password
    from store.orgs import add_member

    if role not in ("admin", "member"):
        err.print("[red]--role: admin or member[/red]")
        raise typer.Exit(2)
    engine = _engine()
    try:
        with transaction(engine) as session:
            organization, found = _member(session, org, email)
            if found is not None:
                raise ValueError(f"{email} is already a member of {organization.slug}")
            member = add_member(session, organization, email, name or email.split("@")[0],
                                language.lower() if language else None, role=role)
            set_password(session, member, _read_password(password_stdin))
            console.print(f"{member.email} can sign in to {organization.name}.")
    except (ValueError, LookupError, PasswordTooShort) as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(1) from None


@member_app.command("password")
def member_password(
    email: Annotated[str, typer.Argument(help="the member's email address")],
    password_stdin: Annotated[bool, typer.Option(
        "--password-stdin", help="read the password from standard input")] = False,
    org: OrgOption = None,
) -> None:
    """Set a member's password (signs them out everywhere)."""
    from api.auth import PasswordTooShort, set_password

    engine = _engine()
    try:
        with transaction(engine) as session:
            _, found = _member(session, org, email)
            if found is None:
                raise LookupError(f"no member {email}")
            set_password(session, found, _read_password(password_stdin))
            console.print(f"Password set for {found.email}.")
    except (LookupError, PasswordTooShort) as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(1) from None


token_app = typer.Typer(help="API tokens for the REST API.", no_args_is_help=True)
app.add_typer(token_app, name="token")


@token_app.command("create")
def token_create(
    email: Annotated[str, typer.Argument(help="the member the token acts as")],
    name: Annotated[str, typer.Option(help="what the token is for")] = "api",
    org: OrgOption = None,
) -> None:
    """Create an API token; it is printed once and never shown again."""
    from api.auth import create_api_token

    engine = _engine()
    try:
        with transaction(engine) as session:
            _, found = _member(session, org, email)
            if found is None:
                raise LookupError(f"no member {email}")
            secret, _ = create_api_token(session, found, name)
    except LookupError as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(1) from None
    print(secret)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
