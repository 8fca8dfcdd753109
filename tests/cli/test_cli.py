import json
import re

from typer.testing import CliRunner

from cli.main import app

runner = CliRunner()


def run(url, *args):
    return runner.invoke(app, list(args), env={"DUNNING_DATABASE_URL": url})


def test_init_import_accounts(sqlite_url, tmp_path):
    assert run(sqlite_url, "init", "--name", "Nordlicht GmbH",
               "--member", "lena@nordlicht.example:Lena Kraus:de").exit_code == 0
    (tmp_path / "accounts.csv").write_text(
        "external_id,name,country,currency\nK1,Hofmann Bau KG,DE,EUR\n")
    (tmp_path / "invoices.csv").write_text(
        "number,account,issue_date,due_date,amount,paid_amount\n"
        "NL-1,K1,2026-09-15,2026-10-15,980.00,0\nNL-2,K1,2026-10-15,2026-12-15,20.00,0\n")
    result = run(sqlite_url, "import", str(tmp_path / "accounts.csv"),
                 str(tmp_path / "invoices.csv"))
    assert result.exit_code == 0, result.output
    assert "3 change(s)" in result.output
    again = run(sqlite_url, "import", str(tmp_path / "accounts.csv"),
                str(tmp_path / "invoices.csv"))
    assert "0 change(s)" in again.output

    result = run(sqlite_url, "accounts", "--date", "2026-11-16", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{
        "account": "K1", "name": "Hofmann Bau KG", "balances": {"EUR": "1000.00"},
        "overdue_count": 1, "oldest_overdue_days": 32}]


def test_import_errors_go_to_stderr_with_nonzero_exit(sqlite_url, tmp_path):
    run(sqlite_url, "init", "--name", "Us")
    bad = tmp_path / "accounts.csv"
    bad.write_text("external_id,name,country,currency\nK1,Hofmann,DE,EURO\nK2,,DE,EUR\n")
    result = run(sqlite_url, "import", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:2: currency: 'EURO' is not an ISO 4217 currency code" in result.output
    assert f"{bad}:3: name: required" in result.output
    assert "nothing was written" in result.output


def test_demo_builds_the_portfolio(sqlite_url):
    result = run(sqlite_url, "demo", "--date", "2026-11-28", "--days", "0")
    assert result.exit_code == 0, result.output
    assert "Hofmann Bau KG" in result.output
    assert "Total outstanding" in result.output
    listing = json.loads(run(sqlite_url, "accounts", "--date", "2026-11-28", "--json").output)
    assert len(listing) == 12
    countries = {row["name"]: row for row in listing}
    assert countries["Nordwind Logistik GmbH"]["balances"] == {}


def test_demo_simulates_a_month_and_dry_run_explains_every_account(sqlite_url, tmp_path):
    env = {"DUNNING_DATABASE_URL": sqlite_url, "DUNNING_OUTBOX_DIR": str(tmp_path / "out")}
    result = runner.invoke(app, ["demo", "--date", "2026-11-28", "--days", "30"], env=env)
    assert result.exit_code == 0, result.output
    assert "The agent at work, 2026-10-29 → 2026-11-28" in result.output
    assert "(fr, courteous)" in result.output and "letter to Boulangerie Martin" in result.output
    assert list((tmp_path / "out" / "mail").glob("*.eml"))
    dry = runner.invoke(app, ["run", "--dry-run", "--date", "2026-11-30"], env=env)
    assert dry.exit_code == 0, dry.output
    lines = [line for line in dry.output.splitlines() if line[:4] in
             ("send", "skip", "wait", "task", "none")]
    # one line per account that reaches a decision, each with its reason; the planner's
    # pre-filter counts the accounts with nothing due in the closing line
    counted = re.search(r"(\d+) with nothing due", dry.output)
    assert len(lines) + (int(counted.group(1)) if counted else 0) == 12
    assert all(": " in line for line in lines)
    eml_count = len(list((tmp_path / "out" / "mail").glob("*.eml")))
    again = runner.invoke(app, ["run", "--dry-run", "--date", "2026-11-30"], env=env)
    assert again.output == dry.output  # nothing was written by the first dry run
    assert len(list((tmp_path / "out" / "mail").glob("*.eml"))) == eml_count
