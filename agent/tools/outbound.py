"""Queue and deliver customer and member messages, exactly once per idempotency key.

A message is first stored as a `scheduled` communication under its key, then handed to the
transport and marked `sent`. A rerun after a crash finds the key: a sent message is never sent
again, a scheduled one is delivered (transports are idempotent on the Message-ID / reference).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from channels.base import EmailTransport, LetterTransport, OutgoingEmail, OutgoingLetter
from store.models import Communication, Organization, utcnow
from store.queries import record_event


@dataclass
class Outbound:
    """The transports a run uses (real, outbox files, or recording for dry runs)."""

    email: EmailTransport
    letters: LetterTransport


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


def deliver(session: Session, comm: Communication, org: Organization, outbound: Outbound, *,
            reply_to: str | None = None, recipient_name: str | None = None,
            postal_address: str | None = None, on_date: date | None = None,
            attachments: tuple[Path, ...] = ()) -> bool:
    """Hand a scheduled communication to its transport. True when it was sent now."""
    if comm.status != "scheduled":
        return False
    sender = f"{org.sender_name or org.name} <{org.sender_email or 'ar@' + sender_domain(org)}>"
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
            ))
        else:
            ref = outbound.letters.send(OutgoingLetter(
                reference=comm.idempotency_key,
                sender_address="\n".join(filter(None, [org.name, org.postal_address])),
                recipient_name=recipient_name or comm.recipient or "",
                recipient_address=postal_address or "",
                language=comm.language or "en",
                subject=comm.subject or "",
                body=comm.body or "",
            ))
    except Exception as exc:  # noqa: BLE001 - any transport failure is recorded, not raised
        comm.status = "failed"
        record_event(session, org.id, "send_failed", f"{comm.channel} to {comm.recipient}: "
                     f"{exc}", account_id=comm.account_id, on_date=on_date,
                     data={"communication_id": comm.id})
        return False
    comm.status = "sent"
    comm.sent_at = utcnow()
    comm.transport_ref = ref
    return True
