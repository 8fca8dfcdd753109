"""Queue and deliver customer and member messages, exactly once per idempotency key.

A message is first stored as a `scheduled` communication under its key, then handed to the
transport and marked `sent`. A rerun after a crash finds the key: a sent message is never sent
again, a scheduled one is delivered (transports are idempotent on the Message-ID / reference).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from channels.base import (
    EmailTransport,
    LetterTransport,
    OutgoingEmail,
    OutgoingLetter,
    PermanentFailure,
    UncertainDelivery,
)
from channels.letters import document_from_text
from store.models import Account, Communication, Contact, Organization, utcnow
from store.queries import record_event


@dataclass
class Outbound:
    """The transports a run uses (real, outbox files, or recording for dry runs). `durable`:
    commit around each hand-over (off for dry runs, which must write nothing)."""

    email: EmailTransport
    letters: LetterTransport
    durable: bool = True


def sender_domain(org: Organization) -> str:
    if org.sender_email and "@" in org.sender_email:
        return org.sender_email.rsplit("@", 1)[1]
    return f"{org.slug}.dunning.invalid"


def message_id_for(key: str, org: Organization) -> str:
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    return f"<{digest}@{sender_domain(org)}>"


def reply_to_for(org: Organization, token: str) -> str:
    """Replies carry the account's token in a plus-address, so they find their account even
    from a forwarded or re-typed address."""
    local = org.sender_email.rsplit("@", 1)[0] if org.sender_email else "ar"
    return f"{local}+{token}@{sender_domain(org)}"


def queue(session: Session, *, key: str, org: Organization, **fields: Any) -> tuple[
        Communication, bool]:
    """The communication stored under `key`, created `scheduled` when new."""
    existing = session.scalar(select(Communication).where(Communication.idempotency_key == key))
    if existing is not None:
        return existing, False
    comm = Communication(
        organization_id=org.id, idempotency_key=key, direction="out", status="scheduled",
        message_id=message_id_for(key, org), **fields,
    )
    session.add(comm)
    session.flush()
    return comm, True


FAILPOINT_ENV = "DUNNING_FAILPOINT"


def failpoint(stage: str) -> None:
    """Crash here when DUNNING_FAILPOINT names this stage: how the tests kill a worker at each
    stage of a send, to prove a rerun neither duplicates nor loses a message."""
    if os.environ.get(FAILPOINT_ENV) == stage:
        os._exit(137)


@dataclass(frozen=True)
class Delivery:
    outcome: str  # sent | failed | retry | uncertain | skipped
    error: str | None = None
    refused: tuple[str, ...] = ()  # recipients refused for good (hard bounce)


def backoff(attempts: int) -> timedelta:
    """5 minutes, doubling, at most 6 hours."""
    return min(timedelta(minutes=5) * 2 ** max(attempts - 1, 0), timedelta(hours=6))


def _confirm_key(comm: Communication) -> str:
    return (comm.message_id or "") if comm.channel == "email" else comm.idempotency_key


def deliver(session: Session, comm: Communication, org: Organization, outbound: Outbound, *,
            on_date: date | None = None, attachments: tuple[Path, ...] = (),
            statement: Mapping[str, Any] | None = None) -> Delivery:
    """Hand a scheduled communication to its transport, exactly once.

    With a durable outbound, the attempt is committed before the transport is called and the outcome
    right after, so a crash at any point leaves a row that says what to do on the next run:
    an attempt with no outcome is checked with the transport (`confirm`) and, when the
    transport cannot tell, flagged for a person instead of being resent."""
    if comm.status != "scheduled":
        return Delivery("skipped")
    durable = outbound.durable
    if durable:
        failpoint("start")
    now = utcnow()
    if comm.next_attempt_at is not None and comm.next_attempt_at > now:
        return Delivery("skipped", "waiting to retry")
    transport = outbound.email if comm.channel == "email" else outbound.letters
    if comm.attempted_at is not None:
        verdict = transport.confirm(_confirm_key(comm))
        if verdict is True:
            comm.status, comm.sent_at = "sent", now
            comm.transport_ref = "confirmed by the transport after an interrupted attempt"
            record_event(session, org.id, "send_confirmed", f"{comm.kind} to {comm.recipient}:"
                         " delivered before the interruption", account_id=comm.account_id,
                         on_date=on_date, data={"communication_id": comm.id})
            if durable:
                session.commit()
            return Delivery("sent")
        if verdict is None:
            if not comm.flagged:
                comm.flagged = ("uncertain delivery: an attempt was interrupted and the "
                                "transport cannot tell whether it went; not resent")
                record_event(session, org.id, "send_uncertain", f"{comm.kind} to "
                             f"{comm.recipient}: {comm.flagged}", account_id=comm.account_id,
                             on_date=on_date, data={"communication_id": comm.id})
                if durable:
                    session.commit()
            return Delivery("uncertain", comm.flagged)
    reached: list[bool] = []

    def commit_point() -> None:
        reached.append(True)
        comm.attempted_at = now
        comm.attempts = (comm.attempts or 0) + 1
        if durable:
            session.commit()
            failpoint("attempt")

    sender = f"{org.sender_name or org.name} <{org.sender_email or 'ar@' + sender_domain(org)}>"
    account = session.get(Account, comm.account_id) if comm.account_id else None
    contact = session.get(Contact, comm.contact_id) if comm.contact_id else None
    # replies to a customer message find their account through the token in Reply-To
    reply_to = reply_to_for(org, account.token) if account and comm.kind != \
        "member_notification" else None
    try:
        if comm.channel == "email":
            ref = outbound.email.send(OutgoingEmail(
                message_id=comm.message_id or message_id_for(comm.idempotency_key, org),
                sender=sender,
                recipients=tuple(r.strip() for r in (comm.recipient or "").split(",") if r),
                subject=comm.subject or "",
                body=comm.body or "",
                reply_to=reply_to,
                in_reply_to=comm.in_reply_to,
                references=(comm.in_reply_to,) if comm.in_reply_to else (),
                attachments=attachments,
                # no Auto-Submitted header: out-of-office replies (and their return dates)
                # are wanted, and RFC 3834 responders stay silent to auto-generated mail
                headers={"X-Dunning-Kind": comm.kind},
            ), commit_point=commit_point)
        else:
            letter = OutgoingLetter(
                reference=comm.idempotency_key,
                sender_address="\n".join(filter(None, [org.name, org.postal_address])),
                recipient_name=(contact.name if contact and contact.name
                                else account.name if account else comm.recipient or ""),
                recipient_address=(contact.postal_address if contact and contact.postal_address
                                   else account.postal_address if account else "") or "",
                language=comm.language or "en",
                subject=comm.subject or "",
                body=comm.body or "",
            )
            # the statement as data lets a PDF letter draw a real table
            document = document_from_text(
                letter, statement=statement, country=account.country if account else None,
                tone=comm.tone)
            # the reader's reference: short and quotable, not our idempotency key
            document = replace(document, reference=(
                f"{account.external_id}/{comm.id}" if account else str(comm.id)))
            letter = replace(letter, document=document)
            ref = outbound.letters.send(letter, commit_point=commit_point)
    except PermanentFailure as exc:
        comm.status, comm.attempted_at, comm.last_error = "failed", None, str(exc)
        if exc.recipients:
            comm.status = "bounced"
        record_event(session, org.id, "send_failed", f"{comm.channel} to {comm.recipient}: "
                     f"refused for good: {exc}", account_id=comm.account_id,
                     on_date=on_date, data={"communication_id": comm.id})
        return Delivery("failed", str(exc), exc.recipients)
    except UncertainDelivery as exc:
        comm.flagged = f"uncertain delivery: {exc}; not resent"
        comm.last_error = str(exc)
        record_event(session, org.id, "send_uncertain", f"{comm.kind} to {comm.recipient}: "
                     f"{exc}", account_id=comm.account_id, on_date=on_date,
                     data={"communication_id": comm.id})
        return Delivery("uncertain", str(exc))
    except Exception as exc:  # noqa: BLE001 - temporary or unknown: nothing was handed over
        comm.attempted_at = None
        if not reached:
            comm.attempts = (comm.attempts or 0) + 1
        comm.last_error = f"{type(exc).__name__}: {exc}"
        comm.next_attempt_at = now + backoff(comm.attempts)
        record_event(session, org.id, "send_retry", f"{comm.channel} to {comm.recipient}: "
                     f"{comm.last_error}; retry at {comm.next_attempt_at:%Y-%m-%d %H:%M} UTC",
                     account_id=comm.account_id, on_date=on_date,
                     data={"communication_id": comm.id, "attempts": comm.attempts})
        return Delivery("retry", comm.last_error)
    if durable:
        failpoint("sent")
    comm.status = "sent"
    comm.sent_at = utcnow()
    comm.transport_ref = ref
    comm.next_attempt_at = None
    if durable:
        session.commit()
        failpoint("recorded")
    return Delivery("sent")


def is_held(comm: Communication) -> bool:
    """A message waiting out its review hold: never attempted, with a time to go."""
    return (comm.status == "scheduled" and not comm.attempts and comm.attempted_at is None
            and comm.next_attempt_at is not None)


def retry_pending(session: Session, org: Organization, outbound: Outbound,
                  on_date: date | None = None, *,
                  only_accounts: Collection[int] | None = None) -> list[Delivery]:
    """Deliver what is still scheduled: retries whose time has come, and attempts a crash
    interrupted (each checked with its transport before anything is resent).
    `only_accounts`: the accounts this worker holds (`agent.leases`), with the messages of no
    account; another worker may be sending the others' right now."""
    now = utcnow()
    query = select(Communication).where(
        Communication.organization_id == org.id, Communication.direction == "out",
        Communication.status == "scheduled").order_by(Communication.id)
    if only_accounts is not None:
        query = query.where(Communication.account_id.in_(list(only_accounts))
                            | Communication.account_id.is_(None))
    pending = list(session.scalars(query))
    results = []
    for comm in pending:
        if comm.next_attempt_at is not None and comm.next_attempt_at > now:
            continue
        if comm.flagged and comm.attempted_at is not None:
            continue  # uncertain: waits for a person, never resent blindly
        if is_held(comm):
            continue  # held for review: released by the agent, after the stop rules
        results.append(deliver(session, comm, org, outbound, on_date=on_date))
    return results


class NotEditable(ValueError):
    """The message has left, is being handed over, or was never ours to send."""


def _editable(comm: Communication) -> None:
    if comm.direction != "out" or comm.status != "scheduled":
        raise NotEditable(f"message #{comm.id} is {comm.status}: only a scheduled message "
                          "can be changed")
    if comm.attempted_at is not None:
        # an attempt was started: the transport may have it, so changing it now could make
        # what we show differ from what the customer received
        raise NotEditable(f"message #{comm.id} is being delivered and can no longer be changed")


def edit_scheduled(session: Session, comm: Communication, *, actor: str, today: date,
                   subject: str | None = None, body: str | None = None) -> None:
    """A member rewrites a message before it goes. Their words are theirs: the draft check,
    which guards the agent's drafts, does not replace them."""
    _editable(comm)
    changed = []
    if subject is not None and subject.strip() and subject != comm.subject:
        comm.subject = subject.strip()
        changed.append("subject")
    if body is not None and body.strip() and body != comm.body:
        comm.body = body
        changed.append("body")
    if changed:
        record_event(session, comm.organization_id, "communication_edited",
                     f"{actor} edited the {' and '.join(changed)} of scheduled message "
                     f"#{comm.id}", account_id=comm.account_id, on_date=today, actor=actor,
                     data={"communication_id": comm.id, "changed": changed})


def cancel_scheduled(session: Session, comm: Communication, *, actor: str, today: date,
                     why: str | None = None) -> None:
    """A member stops a message before it goes. It stays in the history as `cancelled`."""
    _editable(comm)
    comm.status = "cancelled"
    comm.next_attempt_at = None
    record_event(session, comm.organization_id, "communication_cancelled",
                 f"{actor} cancelled scheduled message #{comm.id}"
                 + (f": {why}" if why else ""), account_id=comm.account_id, on_date=today,
                 actor=actor, data={"communication_id": comm.id})
