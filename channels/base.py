"""What a transport is: something that delivers one message and says how it went."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol


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


class EmailTransport(Protocol):
    def send(self, message: OutgoingEmail) -> str:
        """Deliver the message; return a transport reference. Raise on failure. Sending the
        same message_id twice must not deliver it twice."""


class LetterTransport(Protocol):
    def send(self, letter: OutgoingLetter) -> str:
        """Hand the letter over for printing and posting; return a reference. Idempotent on
        the letter's reference."""
