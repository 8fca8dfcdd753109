"""What a transport is: something that delivers one message and says how it went."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from channels.letters import LetterDocument

# Called by a transport right before the step that cannot be taken back (SMTP DATA, writing
# the file): the caller records the attempt durably there, so that any failure before it is
# a clean "not sent" and only a crash after it leaves an uncertain fate.
CommitPoint = Callable[[], None]


@dataclass(frozen=True)
class OutgoingEmail:
    message_id: str  # "<...@domain>", unique per communication
    sender: str  # "Name <address>"
    recipients: tuple[str, ...]
    subject: str
    body: str
    reply_to: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    attachments: tuple[Path, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class OutgoingLetter:
    reference: str  # unique per communication: the file name and the manifest key
    sender_address: str  # multi-line
    recipient_name: str
    recipient_address: str  # multi-line
    language: str
    subject: str
    body: str
    document: LetterDocument | None = None  # laid out for PDF transports; None: from the body


class DeliveryError(Exception):
    """A transport could not deliver a message."""


class PermanentFailure(DeliveryError):
    """The receiving side refused for good (SMTP 5xx): for these recipients, a hard bounce."""

    def __init__(self, message: str, recipients: tuple[str, ...] = (), code: int | None = None):
        super().__init__(message)
        self.recipients = recipients
        self.code = code


class TemporaryFailure(DeliveryError):
    """Not delivered, try again later (SMTP 4xx, connection refused or lost before the
    message was handed over)."""


class UncertainDelivery(DeliveryError):
    """The connection failed while the message was being handed over: it may or may not have
    been delivered. Never resend such a message blindly."""


class EmailTransport(Protocol):
    def send(self, message: OutgoingEmail, commit_point: CommitPoint | None = None) -> str:
        """Deliver the message; return a transport reference. Raise a DeliveryError on
        failure. Call `commit_point` right before the irreversible step."""

    def confirm(self, message_id: str) -> bool | None:
        """After an attempt whose outcome was lost: True if the message was delivered, False
        if certainly not, None when the transport cannot tell."""


class LetterTransport(Protocol):
    def send(self, letter: OutgoingLetter, commit_point: CommitPoint | None = None) -> str:
        """Hand the letter over for printing and posting; return a reference. Idempotent on
        the letter's reference. Call `commit_point` right before the irreversible step."""

    def confirm(self, message_id: str) -> bool | None:
        """As for email, keyed by the letter's reference."""
