"""The transports configured for this installation: SMTP when `DUNNING_SMTP_HOST` is set,
else the local outbox folder (the embedded default); PDF letters in the letter outbox."""

from __future__ import annotations

from channels.base import EmailTransport, LetterTransport
from channels.letters import PdfLetterTransport
from channels.outbox import OutboxEmailTransport
from channels.smtp import SmtpSettings, SmtpTransport


def email_transport() -> EmailTransport:
    settings = SmtpSettings.from_env()
    return SmtpTransport(settings) if settings else OutboxEmailTransport()


def letter_transport() -> LetterTransport:
    """PDF letters for a window envelope in the letter outbox, with a manifest a
    print-and-mail service (or a person at a printer) works from."""
    return PdfLetterTransport()
