"""Portfolio tables for the terminal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from sqlalchemy.orm import Session

from agent.scheduler import Decision
from store.queries import portfolio


def print_portfolio(console: Console, session: Session, org_id: int, today: date) -> None:
    rows = portfolio(session, org_id, today)
    table = Table(title=f"Portfolio on {today.isoformat()}", title_justify="left")
    table.add_column("Account")
    table.add_column("Country")
    table.add_column("Balance", justify="right")
    table.add_column("Overdue", justify="right")
    table.add_column("Oldest overdue", justify="right")
    table.add_column("Status")
    totals: dict[str, Decimal] = {}
    for row in rows:
        balances = row.balances
        for currency, amount in balances.items():
            if amount > 0:
                totals[currency] = totals.get(currency, Decimal(0)) + amount
        a = row.account
        status = []
        if a.paused_indefinitely or (a.paused_until and a.paused_until >= today):
            status.append("paused" + (f" until {a.paused_until}" if a.paused_until else ""))
        total = sum(balances.values())
        if not balances:
            status.append("settled")
        elif total < 0:
            status.append("in credit")
        table.add_row(
            a.name,
            a.country,
            "\n".join(f"{amount:,.2f} {c}" for c, amount in balances.items()) or "0.00",
            str(row.overdue_count),
            f"{row.oldest_overdue_days} days" if row.oldest_overdue_days else "-",
            ", ".join(status),
        )
    console.print(table)
    console.print("Total outstanding: " + (", ".join(
        f"{amount:,.2f} {c}" for c, amount in sorted(totals.items())) or "nothing"))


def print_decisions(console: Console, decisions: list[Decision], today: date,
                    dry_run: bool) -> None:
    label = {"sent": "[green]send[/green]" if dry_run else "[green]sent[/green]",
             "task": "[yellow]task[/yellow]", "held": "[cyan]hold[/cyan]", "skipped": "[dim]skip[/dim]",
             "not_due": "[dim]wait[/dim]", "nothing": "[dim]none[/dim]"}
    console.print(f"[bold]{'Dry run' if dry_run else 'Run'} for {today.isoformat()}[/bold]")
    # printed a thousand lines at a time (one print per line costs more than the plan itself
    # on a large portfolio); names and details are data, never markup
    lines: list[str] = []
    for d in decisions:
        lines.append(f"{label.get(d.outcome, escape(d.outcome))}  {escape(d.account)}: "
                     f"{escape(d.detail)}")
        lines.extend(f"      {escape(line)}" for line in d.messages)
    for i in range(0, len(lines), 1000):
        console.print("\n".join(lines[i:i + 1000]), highlight=False)
    counts: dict[str, int] = {}
    for d in decisions:
        counts[d.outcome] = counts.get(d.outcome, 0) + 1
    if getattr(decisions, "nothing_due", 0):
        # counted by the planner's pre-filter, not decided one by one
        counts["with nothing due"] = decisions.nothing_due  # type: ignore[attr-defined]
    console.print(", ".join(f"{v} {k}" for k, v in sorted(counts.items())) or "no accounts")
