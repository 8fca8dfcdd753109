"""The transports configured for this installation: SMTP when `DUNNING_SMTP_HOST` is set,
else the local outbox folder (the embedded default)."""

from __future__ import annotations

from channels.base import EmailTransport, LetterTransport
from channels.outbox import OutboxEmailTransport, OutboxLetterTransport
from channels.smtp import SmtpSettings, SmtpTransport


def email_transport() -> EmailTransport:
    settings = SmtpSettings.from_env()
    return SmtpTransport(settings) if settings else OutboxEmailTransport()


def letter_transport() -> LetterTransport:
    return OutboxLetterTransport()
