"""The IMAP poller against a real Dovecot: order, exactly-once across restarts, UIDVALIDITY,
failures, IDLE, and reconnection."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from sqlalchemy import Engine, select

from inbox.imap import (
    FAILED_KEYWORD,
    PROCESSED_KEYWORD,
    HandlerUnavailable,
    ImapPoller,
    ImapSettings,
)
from store.db import make_engine, session_factory, transaction, upgrade
from store.models import Event, InboxCheckpoint, Organization
from tests.support.dovecot import (  # noqa: F401  (the fixtures)
    DovecotAccount,
    DovecotServer,
    append,
    connect,
    dovecot_fixture,
    dovecot_server_fixture,
    own_dovecot_fixture,
)

TODAY = date(2025, 3, 14)


def message(n: int, subject: str | None = None) -> bytes:
    return (
        f"From: Customer {n} <ap{n}@customer.example>\r\n"
        f"To: ar@supplier.example\r\n"
        f"Subject: {subject or f'Re: invoice INV-{n:04d}'}\r\n"
        f"Message-ID: <msg-{n}@customer.example>\r\n"
        f"Date: Fri, 14 Mar 2025 10:{n % 60:02d}:00 +0100\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        f"Message number {n}. We will pay on Friday.\r\n"
    ).encode()


_MID = re.compile(rb"^Message-ID:\s*(<[^>]+>)", re.IGNORECASE | re.MULTILINE)


class Recorder:
    """A stand-in for the inbox handler: keeps each raw message first (by Message-ID, so a
    re-delivery is a no-op), then 'processes' it; `fail` makes processing raise for some
    messages after they were kept, `down` makes it raise before keeping anything."""

    def __init__(self) -> None:
        self.calls: list[bytes] = []
        self.kept: dict[bytes, bytes] = {}
        self.fail: Callable[[bytes], bool] = lambda raw: False
        self.down: Callable[[bytes], bool] = lambda raw: False

    def __call__(self, raw: bytes) -> None:
        self.calls.append(raw)
        if self.down(raw):
            raise ConnectionError("database is down")
        found = _MID.search(raw)
        assert found, raw
        self.kept.setdefault(found.group(1), raw)
        if self.fail(raw):
            raise ValueError("cannot parse this one")

    def is_kept(self, raw: bytes) -> bool:
        found = _MID.search(raw)
        return bool(found) and found.group(1) in self.kept

    @property
    def unique(self) -> list[bytes]:
        return list(self.kept.values())


@pytest.fixture
def store(tmp_path) -> Iterator[tuple[Engine, int]]:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'dunning.db'}"
    upgrade(url)
    engine = make_engine(url)
    with transaction(engine) as session:
        org = Organization(slug="acme", name="Acme Supplies")
        session.add(org)
        session.flush()
        org_id = org.id
    try:
        yield engine, org_id
    finally:
        engine.dispose()


def poller(settings: ImapSettings, store: tuple[Engine, int], recorder: Recorder,
           **kwargs: object) -> ImapPoller:
    engine, org_id = store
    return ImapPoller(settings, engine, org_id, recorder, clock=lambda: TODAY,
                      kept=recorder.is_kept, **kwargs)  # type: ignore[arg-type]


def checkpoint(store: tuple[Engine, int], settings: ImapSettings) -> InboxCheckpoint | None:
    engine, org_id = store
    with session_factory(engine)() as session:
        return session.scalar(select(InboxCheckpoint).where(
            InboxCheckpoint.organization_id == org_id,
            InboxCheckpoint.mailbox == settings.checkpoint_key))


def events(store: tuple[Engine, int], kind: str) -> list[Event]:
    engine, _ = store
    with session_factory(engine)() as session:
        return list(session.scalars(select(Event).where(Event.kind == kind)))


def folder(settings: ImapSettings, name: str) -> dict[int, dict[bytes, object]]:
    """UID -> {FLAGS, BODY[]} of every message in a folder, read without marking anything."""
    client = connect(settings)
    try:
        client.select_folder(name, readonly=True)
        return client.fetch(client.search(["ALL"]), ["FLAGS", "BODY.PEEK[]"])
    finally:
        client.logout()


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


# -- poll_once ------------------------------------------------------------------------------


def test_poll_once_hands_each_message_once_in_uid_order_then_moves_it(dovecot: DovecotAccount,
                                                                      store) -> None:
    settings = dovecot.settings()
    sent = [message(n) for n in (1, 2, 3)]
    for raw in sent:
        append(settings, raw)
    recorder = Recorder()
    p = poller(settings, store, recorder)
    try:
        assert p.poll_once() == 3
        assert recorder.calls == sent  # the exact bytes, in UID order
        assert p.poll_once() == 0
        assert recorder.calls == sent
    finally:
        p.close()

    assert folder(settings, "INBOX") == {}
    processed = folder(settings, "Processed")
    assert [m[b"BODY[]"] for m in processed.values()] == sent
    # BODY.PEEK[]: the poller never marks a message read
    assert all(b"\\Seen" not in m[b"FLAGS"] for m in processed.values())
    row = checkpoint(store, settings)
    assert row is not None and row.last_uid == 3
    client = connect(settings)
    try:
        uidvalidity = client.select_folder("INBOX")[b"UIDVALIDITY"]
    finally:
        client.logout()
    assert row.uidvalidity == uidvalidity


def test_processed_folder_none_flags_seen_and_keyword_and_leaves_messages(
        dovecot: DovecotAccount, store) -> None:
    settings = dovecot.settings(processed_folder=None)
    append(settings, message(1))
    append(settings, message(2))
    recorder = Recorder()
    p = poller(settings, store, recorder)
    try:
        assert p.poll_once() == 2
        assert p.poll_once() == 0
    finally:
        p.close()
    inbox = folder(settings, "INBOX")
    assert len(inbox) == 2
    for m in inbox.values():
        assert b"\\Seen" in m[b"FLAGS"]
        assert PROCESSED_KEYWORD.encode() in m[b"FLAGS"]
    client = connect(settings)
    try:
        assert not client.folder_exists("Processed")
    finally:
        client.logout()
    assert len(recorder.calls) == 2


def test_a_restarted_poller_handles_nothing_twice_and_picks_up_only_new_mail(
        dovecot: DovecotAccount, store) -> None:
    # flag mode: handled messages stay in INBOX, so only the stored checkpoint prevents a
    # second delivery
    settings = dovecot.settings(processed_folder=None)
    append(settings, message(1))
    append(settings, message(2))
    first = Recorder()
    p1 = poller(settings, store, first)
    assert p1.poll_once() == 2
    p1.close()

    append(settings, message(3))
    second = Recorder()  # a new process: nothing in memory survives
    p2 = poller(settings, store, second)
    try:
        assert p2.poll_once() == 1
        assert second.calls == [message(3)]
    finally:
        p2.close()
    assert first.calls == [message(1), message(2)]
    row = checkpoint(store, settings)
    assert row is not None and row.last_uid == 3


def test_messages_handled_before_a_crash_cut_the_move_short_are_moved_on_the_next_poll(
        dovecot: DovecotAccount, store) -> None:
    settings = dovecot.settings()
    append(settings, message(1))
    append(settings, message(2))
    client = connect(settings)
    try:
        uidvalidity = client.select_folder("INBOX")[b"UIDVALIDITY"]
    finally:
        client.logout()
    engine, org_id = store
    with transaction(engine) as session:  # handled and checkpointed, then the crash
        session.add(InboxCheckpoint(organization_id=org_id, mailbox=settings.checkpoint_key,
                                    uidvalidity=uidvalidity, last_uid=2))
    recorder = Recorder()
    p = poller(settings, store, recorder)
    try:
        assert p.poll_once() == 0
    finally:
        p.close()
    assert recorder.calls == []
    assert folder(settings, "INBOX") == {}
    assert len(folder(settings, "Processed")) == 2


# -- UIDVALIDITY ----------------------------------------------------------------------------


def test_a_changed_uidvalidity_rescans_the_mailbox_and_duplicates_are_no_ops(
        dovecot: DovecotAccount, store) -> None:
    settings = dovecot.settings(processed_folder=None)
    append(settings, message(1))
    append(settings, message(2))
    recorder = Recorder()
    p = poller(settings, store, recorder)
    try:
        assert p.poll_once() == 2
        engine, _ = store
        with transaction(engine) as session:  # as if the server had renumbered the mailbox
            row = session.scalar(select(InboxCheckpoint))
            assert row is not None
            row.uidvalidity = (row.uidvalidity or 0) + 1
        append(settings, message(3))
        assert p.poll_once() == 3  # the whole mailbox again
    finally:
        p.close()
    assert recorder.calls == [message(1), message(2), message(1), message(2), message(3)]
    assert recorder.unique == [message(1), message(2), message(3)]
    assert len(events(store, "inbox_uidvalidity_changed")) == 1


def test_a_recreated_mailbox_gets_a_new_uidvalidity_and_is_rescanned(
        dovecot: DovecotAccount, store) -> None:
    settings = dovecot.settings(mailbox="Invoices", processed_folder=None)
    client = connect(settings)
    client.create_folder("Invoices")
    client.logout()
    append(settings, message(1))
    append(settings, message(2))
    recorder = Recorder()
    p = poller(settings, store, recorder)
    try:
        assert p.poll_once() == 2
        before = checkpoint(store, settings)
        assert before is not None and before.last_uid == 2
        p.close()

        client = connect(settings)
        client.delete_folder("Invoices")
        client.create_folder("Invoices")
        client.logout()
        # restored from a backup, plus one new message: UIDs start again at 1
        append(settings, message(1))
        append(settings, message(2))
        append(settings, message(3))
        assert p.poll_once() == 3
    finally:
        p.close()
    after = checkpoint(store, settings)
    assert after is not None and after.uidvalidity != before.uidvalidity
    assert after.last_uid == 3
    assert recorder.unique == [message(1), message(2), message(3)]
    assert recorder.calls[2:] == [message(1), message(2), message(3)]


# -- failures -------------------------------------------------------------------------------


def test_a_message_whose_handling_fails_is_kept_flagged_and_does_not_block_the_others(
        dovecot: DovecotAccount, store) -> None:
    settings = dovecot.settings()
    for n in (1, 2, 3):
        append(settings, message(n))
    recorder = Recorder()
    recorder.fail = lambda raw: b"<msg-2@" in raw
    p = poller(settings, store, recorder)
    try:
        assert p.poll_once() == 3
        assert p.poll_once() == 0
    finally:
        p.close()
    assert recorder.calls == [message(1), message(2), message(3)]
    assert recorder.unique == [message(1), message(2), message(3)]  # the failed one is kept
    row = checkpoint(store, settings)
    assert row is not None and row.last_uid == 3
    # the failed message stays in the mailbox for a person, tagged; the others are moved
    inbox = folder(settings, "INBOX")
    assert [m[b"BODY[]"] for m in inbox.values()] == [message(2)]
    assert FAILED_KEYWORD.encode() in next(iter(inbox.values()))[b"FLAGS"]
    assert [m[b"BODY[]"] for m in folder(settings, "Processed").values()] == [
        message(1), message(3)]
    failed = events(store, "inbox_handle_failed")
    assert len(failed) == 1
    assert failed[0].data["uid"] == 2 and "cannot parse" in failed[0].data["error"]
    assert failed[0].on_date == TODAY


def test_a_handler_that_could_not_keep_the_message_stops_the_batch_without_advancing(
        dovecot: DovecotAccount, store) -> None:
    settings = dovecot.settings()
    for n in (1, 2, 3):
        append(settings, message(n))
    recorder = Recorder()
    recorder.down = lambda raw: b"<msg-2@" in raw
    p = poller(settings, store, recorder)
    try:
        with pytest.raises(HandlerUnavailable) as raised:
            p.poll_once()
        assert raised.value.uid == 2
        row = checkpoint(store, settings)
        assert row is not None and row.last_uid == 1
        assert len(folder(settings, "INBOX")) == 2  # 2 and 3 wait for the retry
        recorder.down = lambda raw: False  # the database is back
        assert p.poll_once() == 2
    finally:
        p.close()
    assert recorder.unique == [message(1), message(2), message(3)]
    row = checkpoint(store, settings)
    assert row is not None and row.last_uid == 3
    assert folder(settings, "INBOX") == {}


def test_the_default_kept_check_looks_for_the_handlers_raw_message_key(store) -> None:
    handler = pytest.importorskip("inbox.handler")
    from inbox.imap import stored_by_handler

    engine, org_id = store
    kept = stored_by_handler(engine, org_id)
    assert not kept(message(1))
    with transaction(engine) as session:
        handler.store_raw(session, org_id, message(1), TODAY)
    assert kept(message(1))
    assert not kept(message(2))


# -- run: IDLE, polling, reconnection, stop ----------------------------------------------------


def _start(p: ImapPoller) -> tuple[threading.Thread, threading.Event]:
    stop = threading.Event()
    thread = threading.Thread(target=p.run, args=(stop,), daemon=True)
    thread.start()
    return thread, stop


def _stop(thread: threading.Thread, stop: threading.Event, within: float = 5.0) -> float:
    started = time.monotonic()
    stop.set()
    thread.join(within + 5)
    assert not thread.is_alive(), "run() did not return after stop"
    return time.monotonic() - started


def test_run_idles_picks_up_a_new_message_within_seconds_and_stops_promptly(
        dovecot: DovecotAccount, store) -> None:
    settings = dovecot.settings()
    append(settings, message(1))
    recorder = Recorder()
    thread, stop = _start(poller(settings, store, recorder))
    try:
        assert wait_for(lambda: len(recorder.calls) == 1, 10)
        time.sleep(0.5)  # the poller is in IDLE now
        appended = time.monotonic()
        append(settings, message(2))
        assert wait_for(lambda: len(recorder.calls) == 2, 5)
        assert time.monotonic() - appended < 5
    finally:
        took = _stop(thread, stop)
    assert took < 5
    assert recorder.calls == [message(1), message(2)]


def test_run_polls_every_poll_seconds_when_the_server_lacks_idle(
        dovecot: DovecotAccount, store, monkeypatch: pytest.MonkeyPatch) -> None:
    from imapclient import IMAPClient

    real = IMAPClient.has_capability
    monkeypatch.setattr(IMAPClient, "has_capability",
                        lambda self, cap: cap.upper() != "IDLE" and real(self, cap))
    monkeypatch.setattr(IMAPClient, "idle", lambda self: pytest.fail("IDLE without capability"))
    settings = dovecot.settings(poll_seconds=1)
    recorder = Recorder()
    thread, stop = _start(poller(settings, store, recorder))
    try:
        time.sleep(0.3)
        append(settings, message(1))
        assert wait_for(lambda: len(recorder.calls) == 1, 5)
    finally:
        took = _stop(thread, stop)
    assert took < 3


@pytest.mark.parametrize("how", ["stop", "kill"])
def test_run_reconnects_with_backoff_when_the_server_goes_away_and_comes_back(
        own_dovecot: DovecotServer, store, how: str) -> None:
    dovecot = own_dovecot
    settings = dovecot.add_user().settings()
    recorder = Recorder()
    # a short socket timeout: a connection accepted by a server on its way down may never
    # get a greeting
    p = poller(settings, store, recorder, backoff_initial=0.1, backoff_max=0.5,
               idle_check_seconds=0.5, timeout=2.0)
    connects: list[float] = []
    failures: list[int] = []
    connect_, backoff = p._connect, p.backoff
    p._connect = lambda: (connects.append(time.monotonic()), connect_())[1]  # type: ignore[method-assign]
    p.backoff = lambda attempt: (failures.append(attempt), backoff(attempt))[1]  # type: ignore[method-assign]
    thread, stop = _start(p)
    try:
        append(settings, message(1))
        assert wait_for(lambda: len(recorder.calls) == 1, 10)
        time.sleep(0.3)  # in IDLE
        # "stop": a clean shutdown (BYE); "kill": a crash, the socket just closes
        dovecot.stop() if how == "stop" else dovecot.kill()
        # a few failed reconnects, however slowly a loaded machine notices the drop
        assert wait_for(lambda: len(failures) >= 3, 10), failures
        dovecot.start()
        append(settings, message(2))
        assert wait_for(lambda: len(recorder.calls) == 2, 10), dovecot.log()[-2000:]
        # and it is back in IDLE, not just lucky: a third message arrives quickly too
        time.sleep(0.5)
        append(settings, message(3))
        assert wait_for(lambda: len(recorder.calls) == 3, 5)
    finally:
        took = _stop(thread, stop)
    assert took < 5
    assert recorder.calls == [message(1), message(2), message(3)]
    # it did lose the connection, retried with growing delays, and connected again
    assert len(connects) >= 3
    assert failures[:3] == [0, 1, 2]


def test_run_keeps_retrying_while_the_server_is_down_and_stops_promptly(store) -> None:
    from tests.support.servers import free_port

    settings = ImapSettings(host="127.0.0.1", port=free_port(), username="u", password="p",
                            ssl=False)
    recorder = Recorder()
    p = poller(settings, store, recorder, backoff_initial=0.05, backoff_max=0.2)
    attempts: list[int] = []
    original = p.backoff
    p.backoff = lambda attempt: (attempts.append(attempt), original(attempt))[1]  # type: ignore[method-assign]
    thread, stop = _start(p)
    try:
        assert wait_for(lambda: len(attempts) >= 4, 5)
    finally:
        took = _stop(thread, stop)
    assert took < 2
    assert attempts[:4] == [0, 1, 2, 3]


# -- settings and backoff ---------------------------------------------------------------------


def test_backoff_doubles_from_the_initial_delay_up_to_the_cap_with_jitter(store) -> None:
    engine, org_id = store
    p = ImapPoller(ImapSettings("h", 993, "u", "p"), engine, org_id, lambda raw: None)
    for attempt, full in [(0, 1), (1, 2), (2, 4), (5, 32), (8, 256), (9, 300), (50, 300)]:
        delays = [p.backoff(attempt) for _ in range(50)]
        assert all(full / 2 <= d <= full for d in delays), (attempt, delays)
        assert len(set(delays)) > 1


def test_settings_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HOST", "PORT", "USER", "PASSWORD", "MAILBOX", "SSL", "STARTTLS",
                 "PROCESSED_FOLDER", "IDLE_SECONDS", "POLL_SECONDS"):
        monkeypatch.delenv(f"DUNNING_IMAP_{name}", raising=False)
    assert ImapSettings.from_env() is None

    monkeypatch.setenv("DUNNING_IMAP_HOST", "imap.example.com")
    monkeypatch.setenv("DUNNING_IMAP_USER", "ar@example.com")
    monkeypatch.setenv("DUNNING_IMAP_PASSWORD", "hunter2")
    s = ImapSettings.from_env()
    assert s == ImapSettings(host="imap.example.com", port=993, username="ar@example.com",
                             password="hunter2")
    assert "hunter2" not in repr(s)
    assert s.checkpoint_key == "ar@example.com@imap.example.com/INBOX"

    monkeypatch.setenv("DUNNING_IMAP_STARTTLS", "true")
    monkeypatch.setenv("DUNNING_IMAP_MAILBOX", "AR")
    monkeypatch.setenv("DUNNING_IMAP_PROCESSED_FOLDER", "")
    s = ImapSettings.from_env()
    assert s is not None
    assert (s.port, s.ssl, s.starttls, s.mailbox, s.processed_folder) == (
        143, False, True, "AR", None)

    monkeypatch.setenv("DUNNING_IMAP_STARTTLS", "no")
    monkeypatch.setenv("DUNNING_IMAP_SSL", "false")
    monkeypatch.setenv("DUNNING_IMAP_PORT", "1143")
    monkeypatch.setenv("DUNNING_IMAP_PROCESSED_FOLDER", "Done/Dunning")
    s = ImapSettings.from_env()
    assert s is not None
    assert (s.port, s.ssl, s.starttls, s.processed_folder) == (1143, False, False, "Done/Dunning")

    monkeypatch.setenv("DUNNING_IMAP_SSL", "maybe")
    with pytest.raises(ValueError):
        ImapSettings.from_env()


def test_settings_refuse_moving_messages_into_the_mailbox_they_come_from() -> None:
    with pytest.raises(ValueError):
        ImapSettings("h", 993, "u", "p", mailbox="AR", processed_folder="AR")
    with pytest.raises(ValueError):
        ImapSettings("h", 993, "u", "p", idle_seconds=0)


def test_run_stops_between_messages_of_a_long_batch(dovecot: DovecotAccount, store) -> None:
    settings = dovecot.settings()
    for n in range(1, 6):
        append(settings, message(n))
    stop = threading.Event()
    recorder = Recorder()

    def slow(raw: bytes) -> None:
        recorder(raw)
        if len(recorder.calls) == 2:
            stop.set()  # asked to stop while the third message waits

    engine, org_id = store
    p = ImapPoller(settings, engine, org_id, slow, kept=recorder.is_kept)
    p.run(stop)
    assert recorder.calls == [message(1), message(2)]
    row = checkpoint(store, settings)
    assert row is not None and row.last_uid == 2
    assert len(folder(settings, "INBOX")) == 3
    # the next run carries on where this one stopped
    again = ImapPoller(settings, engine, org_id, recorder, kept=recorder.is_kept)
    assert again.poll_once() == 3
    again.close()
    assert recorder.unique == [message(n) for n in range(1, 6)]
