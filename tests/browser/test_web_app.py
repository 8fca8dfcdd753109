"""A member's day in the web app, in a real browser against the real server and the demo
organization after its simulated month. Role and label locators double as a check of the
pages' accessible names."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from playwright.sync_api import Page, expect

from cli.demo import DEMO_PASSWORD
from tests.browser.conftest import DEMO_DATE, DEMO_MEMBER, sign_in

Shot = Callable[[str], Path]

NAV = [("Dashboard", "/"), ("Tasks", "/tasks"), ("Communications", "/communications"),
       ("Accounts", "/accounts"), ("Invoices", "/invoices")]


def _pause_date() -> date:
    """Three weeks after the demo month (18 December 2026). `dunning serve` runs on the real
    date, so once that has passed, three weeks after today: a pause must lie ahead."""
    until = DEMO_DATE + timedelta(days=21)
    return until if until > date.today() + timedelta(days=1) else date.today() + timedelta(
        days=21)


def test_sign_in_rejects_a_wrong_password_then_lands_on_the_dashboard(page: Page,
                                                                       screenshot: Shot) -> None:
    sign_in(page, DEMO_MEMBER, DEMO_PASSWORD + "-wrong")
    expect(page.get_by_role("alert")).to_have_text(
        "That email and password do not match a member.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")
    # the address stays filled in, the password does not
    expect(page.get_by_label("Email")).to_have_value(DEMO_MEMBER)
    expect(page.get_by_label("Password")).to_have_value("")
    screenshot("login-error")

    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    # one aging chart per currency the demo bills in, never added across currencies
    charts = page.get_by_role("img", name=re.compile(r"^Aging"))
    expect(charts).to_have_count(3)
    for currency in ("EUR", "GBP", "USD"):
        chart = page.get_by_role("img", name=re.compile(rf"^Aging of open invoices in {currency}"))
        expect(chart).to_be_visible()
        assert chart.evaluate("el => el.tagName.toLowerCase()") == "svg"
        box = chart.bounding_box()
        assert box is not None and box["width"] > 100 and box["height"] > 50, box
    nav = page.get_by_role("navigation", name="Main")
    for name, href in NAV:
        expect(nav.get_by_role("link", name=name, exact=True)).to_have_attribute("href", href)
    expect(nav.get_by_role("link", name="Dashboard")).to_have_attribute("aria-current", "page")
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    screenshot("dashboard")


def test_reply_in_a_task_pauses_the_account_and_the_member_resumes_it(
        signed_in_page: Page, screenshot: Shot) -> None:
    page = signed_in_page
    until = _pause_date()
    written = f"{until.day} {until:%B %Y}"  # 18 December 2026

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Tasks").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tasks")
    tasks = page.get_by_role("table", name="Tasks")
    expect(tasks.get_by_role("row")).not_to_have_count(1)  # header only would be empty
    screenshot("tasks")

    tasks.get_by_role("link", name="Hofmann Bau KG disputes the amount due").click()
    expect(page).to_have_url(re.compile(r"/tasks/\d+"))
    panel = page.get_by_role("complementary", name="Task")
    expect(panel.get_by_role("heading", level=2)).to_have_text(
        "Hofmann Bau KG disputes the amount due")
    thread = panel.locator("ol.thread")
    # the customer's German reply is on the panel, as they wrote it, once
    expect(panel.locator("pre.body.quoted")).to_contain_text("zwei Sensoren fehlen")
    expect(thread.locator("li.customer")).to_have_count(0)
    replies_before = thread.locator("li.agent").count()
    screenshot("task")

    reply = panel.get_by_label("Reply to the agent")
    expect(reply).to_have_attribute("name", "body")
    reply.fill(f"pause until {written}")
    panel.get_by_role("button", name="Send").click()

    expect(page).to_have_url(re.compile(r"/tasks/\d+"))
    panel = page.get_by_role("complementary", name="Task")
    thread = panel.locator("ol.thread")
    expect(thread.locator("li.member").filter(has_text=f"pause until {written}")).to_have_count(1)
    expect(thread.locator("li.agent")).to_have_count(replies_before + 1)
    expect(thread.locator("li.agent").last).to_contain_text(
        f"follow-ups paused until {written}")
    # the form is empty again after the page reloaded
    expect(panel.get_by_label("Reply to the agent")).to_have_value("")
    screenshot("task-answered")

    panel.get_by_role("link", name="Hofmann Bau KG").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hofmann Bau KG")
    banner = page.locator("div.banner.warn[role=status]")
    # the page writes dates in the British medium form: 18 Dec 2026 (Sept for September)
    expect(banner).to_contain_text(re.compile(
        rf"Follow-ups paused until {until.day} {until:%b}\w* {until.year}"))
    screenshot("account-paused")

    banner.get_by_role("button", name="Resume follow-ups").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hofmann Bau KG")
    expect(page.locator("div.banner.warn")).to_have_count(0)
    expect(page.get_by_text("Follow-ups paused until")).to_have_count(0)
    expect(page.get_by_role("button", name="Pause follow-ups")).to_be_visible()
    screenshot("account-resumed")


def test_communications_are_grouped_by_account_and_a_reminder_shows_its_body(
        signed_in_page: Page, screenshot: Shot) -> None:
    page = signed_in_page
    page.get_by_role("navigation", name="Main").get_by_role("link",
                                                            name="Communications").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Communications")
    # every message, whatever the real date says is recent
    page.get_by_label("Status").select_option("all")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"status=all"))

    groups = page.locator("main section.comm-group")
    headings = groups.locator("h2").all_inner_texts()
    # one section per account, each account once
    assert len(headings) >= 10, headings
    assert len(headings) == len(set(headings)), headings
    assert {"Hofmann Bau KG", "Quixel Parts Ltd", "Ferramenta Lombarda S.r.l."} <= set(headings)
    quixel = page.get_by_role("region", name="Quixel Parts Ltd")
    # the replies of one account stay inside its own section
    expect(quixel.get_by_role("link", name="Re: Payment reminder", exact=True)).to_have_count(1)
    expect(page.get_by_role("region", name="Hofmann Bau KG").get_by_role(
        "link", name="Re: Payment reminder", exact=True)).to_have_count(0)
    screenshot("communications")

    quixel.get_by_role("link", name="Payment reminder: 2 invoices, account C-1007",
                       exact=True).click()
    expect(page).to_have_url(re.compile(r"/communications/\d+$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Payment reminder: 2 invoices, account C-1007")
    body = page.locator("pre.body")
    expect(body).to_contain_text("Dear Dan Whitaker,")
    expect(body).to_contain_text("QX-5521")
    expect(body).to_contain_text("IBAN: GB33BUKB20201555555555")
    facts = page.locator("dl.facts")
    expect(facts).to_contain_text("accounts@quixel-parts.example")
    expect(facts).to_contain_text("Sent")
    expect(facts).to_contain_text("QX-5521, QX-5580")
    screenshot("communication")


def test_accounts_and_invoices_list_the_demo_portfolio(signed_in_page: Page,
                                                      screenshot: Shot) -> None:
    page = signed_in_page
    nav = page.get_by_role("navigation", name="Main")
    nav.get_by_role("link", name="Accounts").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Accounts")
    accounts = page.get_by_role("table")
    # twelve customers, one row each, plus the header row
    expect(accounts.get_by_role("row")).to_have_count(13)
    redwood = accounts.get_by_role("row").filter(has_text="Redwood Supply Inc.")
    expect(redwood).to_contain_text("US$12,500.00")
    expect(accounts.get_by_role("link", name="Hofmann Bau KG")).to_have_attribute(
        "href", re.compile(r"^/accounts/\d+$"))
    screenshot("accounts")

    nav.get_by_role("link", name="Invoices").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Invoices")
    invoices = page.get_by_role("table")
    # the demo imported twenty documents: 18 invoices and 2 credit notes
    expect(page.locator("#invoice-count")).to_contain_text("of 20 documents")
    expect(invoices.get_by_role("row").filter(has_text="EB-26-0141")).to_contain_text(
        "Construcciones Ebro S.L.")
    expect(invoices.get_by_role("row").filter(has_text="VD-26-C017")).to_contain_text("−")
    screenshot("invoices")


def test_skip_link_is_the_first_stop_of_the_keyboard(signed_in_page: Page,
                                                     screenshot: Shot) -> None:
    page = signed_in_page
    page.goto("/accounts")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()  # hidden until focused, then shown to sighted keyboard users
    screenshot("accounts-skip-link")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/accounts#main$"))


def test_sign_out_returns_to_sign_in_and_pages_need_it_again(signed_in_page: Page,
                                                             screenshot: Shot) -> None:
    page = signed_in_page
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/login$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")
    expect(page.get_by_role("button", name="Sign out")).to_have_count(0)
    screenshot("signed-out")

    page.goto("/tasks")
    expect(page).to_have_url(re.compile(r"/login\?next=/tasks$"))
    expect(page.get_by_role("button", name="Sign in")).to_be_visible()
    screenshot("tasks-redirect")
