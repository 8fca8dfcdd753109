"""The browser tests: the real `dunning demo` builds the demo organization after its simulated
month, the real `dunning serve` serves it on a loopback port, and Debian's Chromium, driven by
Playwright, clicks through the pages as a member would."""

from __future__ import annotations

import os
import re
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright

from cli.demo import DEMO_PASSWORD
from tests.support.servers import free_port, stop_pid

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = ROOT / ".venv" / "bin"
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"

# the business date the demo month is simulated up to; the server itself runs on the real date
DEMO_DATE = date(2026, 11, 27)
DEMO_MEMBER = "sam.taylor@demo-creditor.example"
SERVER_START_TIMEOUT = 60.0

# the suite shares two CPUs with the rest of the tests: a task reply runs the thread agent
# inside the request, so give assertions more than Playwright's default 5 s
expect.set_options(timeout=15_000)


@dataclass(frozen=True)
class DemoServer:
    url: str
    folder: Path
    pid: int
    stderr_log: Path


def _environment(folder: Path) -> dict[str, str]:
    # none of the developer's own settings (an LLM endpoint, SMTP, a policy file) may leak in:
    # the demo runs with the offline brain and the local outbox, everything under `folder`
    env = {k: v for k, v in os.environ.items() if not k.startswith("DUNNING_")}
    env.update(DUNNING_DATABASE_URL=f"sqlite:///{folder / 'demo.db'}",
               DUNNING_OUTBOX_DIR=str(folder / "outbox"), DUNNING_VAR_DIR=str(folder / "var"),
               DUNNING_BRAIN="offline")
    return env


def _wait_until_up(proc: subprocess.Popen, url: str, stderr_log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    last_error = "no answer yet"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"`dunning serve` exited with code {proc.returncode} before "
                               f"answering; its stderr:\n{stderr_log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/login", timeout=2) as response:
                if response.status == 200:
                    return
                last_error = f"HTTP {response.status}"
        except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
            last_error = str(exc)
        time.sleep(0.2)
    stop_pid(proc.pid)
    raise RuntimeError(f"`dunning serve` did not answer {url}/login within "
                       f"{SERVER_START_TIMEOUT:.0f} s ({last_error}); its stderr:\n"
                       f"{stderr_log.read_text(errors='replace')}")


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    folder = tmp_path_factory.mktemp("browser-demo")
    env = _environment(folder)
    built = subprocess.run(
        [str(VENV_BIN / "dunning"), "demo", "--days", "30", "--date", DEMO_DATE.isoformat()],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    if built.returncode != 0:
        raise RuntimeError(f"`dunning demo` failed with code {built.returncode}:\n"
                           f"{built.stdout[-4000:]}\n{built.stderr[-4000:]}")
    port = free_port()
    stderr_log = folder / "serve.stderr.log"
    with stderr_log.open("wb") as stderr:
        proc = subprocess.Popen(
            [str(VENV_BIN / "dunning"), "serve", "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=stderr)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(proc, url, stderr_log)
        yield DemoServer(url, folder, proc.pid, stderr_log)
    finally:
        stop_pid(proc.pid, timeout=10.0)
        proc.poll()  # stop_pid reaped it; tell Popen, or it warns of a process still running


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    pw = sync_playwright().start()
    try:
        yield pw
    finally:
        pw.stop()


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium "
                    "(.ci/system-deps.sh); the browser tests never download one", pytrace=False)
    # Playwright starts Chromium without its sandbox by default, which is what lets it run as
    # root in a container; headless because there is no display
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture
def page(browser: Browser, demo_server: DemoServer) -> Iterator[Page]:
    """A fresh context per test: no cookie or session carries over from another test."""
    context = browser.new_context(base_url=demo_server.url, viewport={"width": 1280,
                                                                        "height": 900})
    context.set_default_timeout(15_000)
    pg = context.new_page()
    try:
        yield pg
    finally:
        context.close()


@pytest.fixture
def screenshot(page: Page, request: pytest.FixtureRequest) -> Callable[[str], Path]:
    """`screenshot("tasks")` saves the whole page as test-artifacts/screenshots/<test>-tasks.png
    (one per page a test visits, for a person to look at when a test fails or a page changes)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    test = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name)

    def take(name: str) -> Path:
        path = SCREENSHOTS / f"{test}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


def sign_in(page: Page, email: str, password: str) -> None:
    """Through the real form, as a person would."""
    page.goto("/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


@pytest.fixture
def signed_in_page(page: Page) -> Page:
    sign_in(page, DEMO_MEMBER, DEMO_PASSWORD)
    page.wait_for_url(re.compile(r"/$"))
    return page
