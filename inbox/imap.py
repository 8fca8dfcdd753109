"""The IMAP poller: brings each inbound message to the handler exactly once, across restarts.

How it stays exactly-once without losing anything:

- The checkpoint (`InboxCheckpoint`: organization, mailbox key, UIDVALIDITY, last UID) lives
  in the store. Messages are fetched in UID order with `BODY.PEEK[]` (nothing is marked read
  before it is handled), handed to `handle`, and only *after* `handle` returned is the
  checkpoint advanced to that UID; then the message is moved to the processed folder (or
  flagged). A crash between `handle` and the checkpoint re-delivers the same bytes, which the
  handler recognises by its raw-message key: a no-op.
- When `handle` raises, the poller asks whether the raw message was kept (`kept`, by default:
  is it stored under the handler's raw-message key). The inbox handler stores the raw bytes in
  their own transaction *before* any processing and flags the message when processing fails,
  so a message that is kept is not lost even though its processing failed: a person sees it
  flagged, and the checkpoint moves past it so one poisonous message cannot block the inbox.
  The poller logs it, records an `inbox_handle_failed` event, tags it `$DunningFailed` and
  leaves it in the mailbox. When the message was *not* kept (the database is down, say), the
  batch stops without advancing and is retried later with backoff: nothing is skipped.
- UIDVALIDITY is stored with the checkpoint. When the server's changes, the stored UID means
  nothing any more: the whole mailbox is re-scanned, and the handler's raw-message key turns
  every message already handled into a no-op.
- A crash between the checkpoint and the move leaves a handled message in the mailbox below
  the checkpoint; each poll first tidies those (moves or flags them), so they do not pile up.

`run()` keeps a connection open and waits with IDLE when the server has it (re-issued before
the 29-minute server limit, checked in short slices so `stop` is honoured within seconds),
polls every `poll_seconds` otherwise, and reconnects with exponential backoff and jitter.
"""

from __future__ import annotations

import hashlib
import imaplib
import logging
import os
import random
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import LoginError
from imapclient.imapclient import SocketTimeout
from sqlalchemy import Engine, select

from store.db import session_factory, transaction
from store.models import Communication, InboxCheckpoint
from store.queries import record_event

log = logging.getLogger(__name__)

PROCESSED_KEYWORD = "$DunningProcessed"
FAILED_KEYWORD = "$DunningFailed"
SEEN = b"\\Seen"


class HandlerUnavailable(Exception):
    """`handle` raised before the message was kept: the batch stopped without advancing."""

    def __init__(self, uid: int, cause: BaseException) -> None:
        super().__init__(f"message UID {uid} was not kept: {type(cause).__name__}: {cause}")
        self.uid = uid
        self.cause = cause


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{name} must be true or false, not {value!r}")


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    username: str
    password: str = field(repr=False)
    mailbox: str = "INBOX"
    ssl: bool = True
    starttls: bool = False
    # move there after handling (created when missing); None: flag \Seen + $DunningProcessed
    processed_folder: str | None = "Processed"
    idle_seconds: int = 25 * 60  # re-issue IDLE before the 29-minute server limit
    poll_seconds: int = 60  # polling fallback when the server lacks IDLE

    def __post_init__(self) -> None:
        if self.processed_folder is not None and (
                self.processed_folder.strip() == "" or self.processed_folder == self.mailbox):
            # moving a message into the mailbox it came from gives it a new UID: endless loop
            raise ValueError(f"processed_folder {self.processed_folder!r} must be another "
                             f"folder than the mailbox {self.mailbox!r}, or None")
        if self.idle_seconds <= 0 or self.poll_seconds <= 0:
            raise ValueError("idle_seconds and poll_seconds must be positive")

    @classmethod
    def from_env(cls) -> ImapSettings | None:
        """From DUNNING_IMAP_HOST, _PORT, _USER, _PASSWORD, _MAILBOX, _SSL, _STARTTLS,
        _PROCESSED_FOLDER (empty or `none`: flag instead of moving), _IDLE_SECONDS and
        _POLL_SECONDS; None when DUNNING_IMAP_HOST is unset."""
        env = os.environ
        host = env.get("DUNNING_IMAP_HOST", "").strip()
        if not host:
            return None
        starttls = _env_bool("DUNNING_IMAP_STARTTLS", False)
        use_ssl = _env_bool("DUNNING_IMAP_SSL", not starttls)
        if use_ssl and starttls:
            raise ValueError("DUNNING_IMAP_SSL and DUNNING_IMAP_STARTTLS exclude each other")
        username = env.get("DUNNING_IMAP_USER", "")
        if not username:
            raise ValueError("DUNNING_IMAP_HOST is set but DUNNING_IMAP_USER is not")
        processed: str | None = env.get("DUNNING_IMAP_PROCESSED_FOLDER", "Processed")
        if processed is not None and processed.strip().lower() in ("", "none"):
            processed = None
        return cls(
            host=host,
            port=int(env.get("DUNNING_IMAP_PORT") or (993 if use_ssl else 143)),
            username=username,
            password=env.get("DUNNING_IMAP_PASSWORD", ""),
            mailbox=env.get("DUNNING_IMAP_MAILBOX") or "INBOX",
            ssl=use_ssl,
            starttls=starttls,
            processed_folder=processed,
            idle_seconds=int(env.get("DUNNING_IMAP_IDLE_SECONDS") or 25 * 60),
            poll_seconds=int(env.get("DUNNING_IMAP_POLL_SECONDS") or 60),
        )

    @property
    def checkpoint_key(self) -> str:
        """`InboxCheckpoint.mailbox`: the account and the mailbox, so that pointing the agent at
        another account never reuses a UID from the old one (UIDVALIDITY values are small
        integers on many servers and may coincide). The port is left out: moving from 993 to
        STARTTLS on 143 is the same mailbox."""
        key = f"{self.username}@{self.host}/{self.mailbox}"
        if len(key) > 200:
            key = key[:150] + "#" + hashlib.sha256(key.encode()).hexdigest()[:40]
        return key


def stored_by_handler(engine: Engine, organization_id: int) -> Callable[[bytes], bool]:
    """Whether `inbox.handler.receive` kept a raw message: a Communication under its key."""

    def kept(raw: bytes) -> bool:
        from inbox.handler import inbound_key

        key = inbound_key(raw)
        with session_factory(engine)() as session:
            found = session.scalar(select(Communication.id).where(
                Communication.organization_id == organization_id,
                Communication.idempotency_key == key))
        return found is not None

    return kept


def _announced(client: IMAPClient) -> bool:
    """Whether the server announced new mail (an untagged EXISTS) since the last call.

    imapclient leaves the untagged responses that come with a command's answer in imaplib's
    `untagged_responses`; a server announces a message that arrived during a SEARCH there, once,
    and not again at IDLE. Without looking, such a message would wait for the next IDLE
    renewal (25 minutes)."""
    pending = getattr(getattr(client, "_imap", None), "untagged_responses", None)
    if not isinstance(pending, dict):
        return False
    pending.pop("RECENT", None)
    return pending.pop("EXISTS", None) is not None


def _wakes(response: Any) -> bool:
    """An IDLE response that means: look at the mailbox (new mail) or reconnect (BYE)."""
    if not isinstance(response, tuple) or not response:
        return False
    if response[0] == b"BYE":
        return True
    return len(response) > 1 and response[1] in (b"EXISTS", b"RECENT")


class ImapPoller:
    def __init__(
        self,
        settings: ImapSettings,
        engine: Engine,
        organization_id: int,
        handle: Callable[[bytes], object],
        *,
        clock: Callable[[], date] = date.today,
        kept: Callable[[bytes], bool] | None = None,
        backoff_initial: float = 1.0,
        backoff_max: float = 300.0,
        idle_check_seconds: float = 2.0,
        timeout: float = 60.0,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.organization_id = organization_id
        self.handle = handle
        self.clock = clock
        self.kept = kept or stored_by_handler(engine, organization_id)
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.idle_check_seconds = idle_check_seconds
        self.timeout = timeout
        self._client: IMAPClient | None = None
        self._stop: threading.Event | None = None  # set by run(): checked between messages
        self._keywords = True  # whether the mailbox accepts custom keywords (PERMANENTFLAGS \*)

    # -- connection -----------------------------------------------------------------------

    def _connect(self) -> IMAPClient:
        s = self.settings
        context = ssl.create_default_context() if (s.ssl or s.starttls) else None
        client = IMAPClient(s.host, port=s.port, ssl=s.ssl, ssl_context=context,
                            timeout=SocketTimeout(connect=min(self.timeout, 30.0),
                                                  read=self.timeout))
        try:
            if s.starttls:
                client.starttls(context)
            client.login(s.username, s.password)
            if s.processed_folder:
                self._ensure_folder(client, s.processed_folder)
        except BaseException:
            _close(client)
            raise
        log.info("IMAP connected to %s:%s as %s", s.host, s.port, s.username)
        return client

    @staticmethod
    def _ensure_folder(client: IMAPClient, folder: str) -> None:
        if client.folder_exists(folder):
            return
        try:
            client.create_folder(folder)
        except imaplib.IMAP4.error:
            if not client.folder_exists(folder):  # created meanwhile by someone else is fine
                raise
        try:
            client.subscribe_folder(folder)  # so that mail clients show it
        except imaplib.IMAP4.error:
            pass

    def close(self) -> None:
        """Log out and drop the connection (the next poll reconnects)."""
        client, self._client = self._client, None
        if client is not None:
            _close(client, logout=True)

    def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            _close(client)

    # -- one poll -------------------------------------------------------------------------

    def poll_once(self) -> int:
        """Hand every message above the checkpoint to `handle`, in UID order; returns how many
        were handed over and passed. Raises on connection errors (the connection is dropped
        and the next call reconnects) and `HandlerUnavailable` when a message was not kept."""
        if self._client is None:
            self._client = self._connect()
        client = self._client
        try:
            return self._poll(client)
        except HandlerUnavailable:
            raise
        except BaseException:
            self._drop()
            raise

    def _poll(self, client: IMAPClient) -> int:
        _announced(client)  # stale announcements would skew SELECT's answer
        info = client.select_folder(self.settings.mailbox)
        uidvalidity = int(info[b"UIDVALIDITY"])
        permanent = info.get(b"PERMANENTFLAGS", ())
        self._keywords = b"\\*" in permanent
        last_uid = self._start(uidvalidity)
        self._tidy(client, last_uid)
        handled = 0
        while True:
            _announced(client)
            # `UID n:*` always matches the newest message, even below n: filter
            uids = sorted(u for u in client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid)
            if not uids:
                if _announced(client):
                    # mail arrived while the SEARCH ran: the server announced it with the
                    # SEARCH's answer and will not repeat it at IDLE, so look again
                    continue
                # anything newer than this SEARCH is announced during IDLE: nothing slips
                return handled
            for uid in uids:
                if self._stop is not None and self._stop.is_set():
                    return handled  # each message is complete: stopping in between is safe
                self._one(client, uid, uidvalidity)
                last_uid = uid
                handled += 1

    def _one(self, client: IMAPClient, uid: int, uidvalidity: int) -> None:
        fetched = client.fetch([uid], ["BODY.PEEK[]"]).get(uid, {})
        raw = fetched.get(b"BODY[]")
        if raw is None:  # expunged by someone else since the search: nothing to hand over
            self._advance(uidvalidity, uid)
            return
        failure: str | None = None
        try:
            self.handle(bytes(raw))
        except Exception as exc:
            try:
                kept = self.kept(bytes(raw))
            except Exception as check:
                log.warning("could not check whether UID %s was kept: %s", uid, check)
                kept = False
            if not kept:
                log.warning("IMAP UID %s in %s not kept (%s: %s); will retry", uid,
                            self.settings.mailbox, type(exc).__name__, exc)
                raise HandlerUnavailable(uid, exc) from exc
            failure = f"{type(exc).__name__}: {exc}"
            log.exception("handling IMAP UID %s in %s failed; it is kept and flagged",
                          uid, self.settings.mailbox)
        self._advance(uidvalidity, uid, failure)
        if failure is None:
            self._done(client, [uid])
        elif self._keywords:
            client.add_flags([uid], [FAILED_KEYWORD.encode()], silent=True)

    def _done(self, client: IMAPClient, uids: list[int]) -> None:
        folder = self.settings.processed_folder
        if folder:
            if client.has_capability("MOVE"):
                client.move(uids, folder)
            else:
                client.copy(uids, folder)
                client.add_flags(uids, [b"\\Deleted"], silent=True)
                if client.has_capability("UIDPLUS"):
                    client.uid_expunge(uids)
                else:
                    client.expunge()
        else:
            flags = [SEEN, PROCESSED_KEYWORD.encode()] if self._keywords else [SEEN]
            client.add_flags(uids, flags, silent=True)

    def _tidy(self, client: IMAPClient, last_uid: int) -> None:
        """Move/flag messages handled before a crash cut the move short."""
        if last_uid <= 0:
            return
        criteria: list[Any] = ["UID", f"1:{last_uid}"]
        if self._keywords:
            criteria += ["UNKEYWORD", FAILED_KEYWORD]
        if not self.settings.processed_folder:
            criteria += ["UNKEYWORD", PROCESSED_KEYWORD] if self._keywords else ["UNSEEN"]
        left = sorted(u for u in client.search(criteria) if u <= last_uid)
        if left:
            log.info("IMAP: finishing %d message(s) handled before a restart", len(left))
            self._done(client, left)

    # -- checkpoint -----------------------------------------------------------------------

    def _row(self, session: Any) -> InboxCheckpoint | None:
        return session.scalar(select(InboxCheckpoint).where(
            InboxCheckpoint.organization_id == self.organization_id,
            InboxCheckpoint.mailbox == self.settings.checkpoint_key))

    def _start(self, uidvalidity: int) -> int:
        """The last UID handled under this UIDVALIDITY (0 after a change: re-scan all)."""
        with transaction(self.engine) as session:
            row = self._row(session)
            if row is None:
                row = InboxCheckpoint(organization_id=self.organization_id,
                                      mailbox=self.settings.checkpoint_key,
                                      uidvalidity=uidvalidity, last_uid=0)
                session.add(row)
            elif row.uidvalidity != uidvalidity:
                log.warning("IMAP UIDVALIDITY of %s changed (%s -> %s): re-scanning it",
                            self.settings.checkpoint_key, row.uidvalidity, uidvalidity)
                record_event(session, self.organization_id, "inbox_uidvalidity_changed",
                             f"UIDVALIDITY of {self.settings.mailbox} changed: re-scanning it",
                             on_date=self.clock(),
                             data={"mailbox": self.settings.checkpoint_key,
                                   "old": row.uidvalidity, "new": uidvalidity,
                                   "old_last_uid": row.last_uid})
                row.uidvalidity = uidvalidity
                row.last_uid = 0
            return row.last_uid

    def _advance(self, uidvalidity: int, uid: int, failure: str | None = None) -> None:
        with transaction(self.engine) as session:
            row = self._row(session)
            if row is None:
                row = InboxCheckpoint(organization_id=self.organization_id,
                                      mailbox=self.settings.checkpoint_key, last_uid=0)
                session.add(row)
            if row.uidvalidity != uidvalidity:
                row.uidvalidity, row.last_uid = uidvalidity, 0
            row.last_uid = max(row.last_uid or 0, uid)
            if failure is not None:
                record_event(session, self.organization_id, "inbox_handle_failed",
                             f"handling message UID {uid} of {self.settings.mailbox} failed; "
                             f"the raw message is kept: {failure}"[:2000],
                             on_date=self.clock(),
                             data={"mailbox": self.settings.checkpoint_key, "uid": uid,
                                   "uidvalidity": uidvalidity, "error": failure[:1000]})

    # -- the loop -------------------------------------------------------------------------

    def backoff(self, attempt: int) -> float:
        """Seconds to wait before reconnect attempt `attempt` (0-based): doubling, capped,
        half of it random so that many pollers do not reconnect in step."""
        delay = min(self.backoff_max, self.backoff_initial * (2 ** min(attempt, 32)))
        return delay / 2 + random.uniform(0, delay / 2)

    def run(self, stop: threading.Event) -> None:
        """Poll, wait (IDLE or sleep), poll again, until `stop` is set."""
        attempt = 0
        self._stop = stop
        try:
            while not stop.is_set():
                try:
                    self.poll_once()
                    attempt = 0
                    if stop.is_set():
                        break
                    client = self._client
                    if client is not None and client.has_capability("IDLE"):
                        self._idle(client, stop)
                    else:
                        stop.wait(self.settings.poll_seconds)
                except Exception as exc:
                    delay = self.backoff(attempt)
                    attempt += 1
                    if not isinstance(exc, HandlerUnavailable):
                        self._drop()
                    level = logging.ERROR if isinstance(exc, LoginError) else logging.WARNING
                    log.log(level, "IMAP poller: %s: %s; retrying in %.1f s",
                            type(exc).__name__, exc, delay)
                    stop.wait(delay)
        finally:
            self._stop = None
            self.close()

    def _idle(self, client: IMAPClient, stop: threading.Event) -> None:
        """IDLE until new mail, `idle_seconds`, or `stop`; checked in short slices."""
        deadline = time.monotonic() + self.settings.idle_seconds
        client.idle()
        try:
            while not stop.is_set():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                window = min(self.idle_check_seconds, remaining)
                started = time.monotonic()
                responses = client.idle_check(timeout=window)
                if any(_wakes(r) for r in responses):
                    break
                if not responses and time.monotonic() - started < window / 2:
                    # the socket was readable but held no response: the server closed it
                    # (imapclient swallows the EOF); DONE below tells for sure
                    break
        finally:
            client.idle_done()


def _close(client: IMAPClient, logout: bool = False) -> None:
    try:
        if logout:
            client.logout()
        else:
            client.shutdown()
    except Exception:
        try:
            client.shutdown()
        except Exception:
            pass
