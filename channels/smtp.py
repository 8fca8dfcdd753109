"""Email out through any SMTP server.

The SMTP dialogue is driven step by step rather than with `sendmail`, because where it fails
decides what happens next: a refusal before DATA means "not sent" (5xx: the recipient is
invalid, a hard bounce; 4xx: try later), while a connection lost during DATA means the
message may have gone, and must not be resent blindly.
"""

from __future__ import annotations

import os
import smtplib
import socket
import ssl
from dataclasses import dataclass
from email.policy import default as default_policy

from channels.base import (
    CommitPoint,
    OutgoingEmail,
    PermanentFailure,
    TemporaryFailure,
    UncertainDelivery,
)
from channels.outbox import build_email

SMTP_POLICY = default_policy.clone(linesep="\r\n")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: str = "starttls"  # starttls | tls | none
    username: str | None = None
    password: str | None = None
    timeout: float = 30.0
    local_hostname: str | None = None

    @classmethod
    def from_env(cls) -> SmtpSettings | None:
        """DUNNING_SMTP_HOST (unset: no SMTP, the local outbox is used), DUNNING_SMTP_PORT,
        DUNNING_SMTP_SECURITY (starttls | tls | none), DUNNING_SMTP_USER,
        DUNNING_SMTP_PASSWORD, DUNNING_SMTP_TIMEOUT."""
        host = os.environ.get("DUNNING_SMTP_HOST")
        if not host:
            return None
        security = os.environ.get("DUNNING_SMTP_SECURITY", "starttls").lower()
        if security not in ("starttls", "tls", "none"):
            raise ValueError(f"DUNNING_SMTP_SECURITY: '{security}' is not starttls, tls or none")
        default_port = {"starttls": 587, "tls": 465, "none": 25}[security]
        return cls(
            host=host, port=int(os.environ.get("DUNNING_SMTP_PORT", default_port)),
            security=security, username=os.environ.get("DUNNING_SMTP_USER") or None,
            password=os.environ.get("DUNNING_SMTP_PASSWORD") or None,
            timeout=float(os.environ.get("DUNNING_SMTP_TIMEOUT", "30")),
            local_hostname=os.environ.get("DUNNING_SMTP_HELO") or None,
        )


def _address(value: str) -> str:
    from email.utils import parseaddr

    return parseaddr(value)[1] or value


class SmtpTransport:
    def __init__(self, settings: SmtpSettings):
        self.settings = settings

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        # smtplib would otherwise resolve this host's FQDN through DNS on every connection,
        # which stalls for a long time where DNS is slow or absent
        helo = s.local_hostname or socket.gethostname()
        context = ssl.create_default_context()
        try:
            if s.security == "tls":
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.host, s.port, timeout=s.timeout, context=context,
                    local_hostname=helo)
            else:
                client = smtplib.SMTP(s.host, s.port, timeout=s.timeout,
                                      local_hostname=helo)
                if s.security == "starttls":
                    client.starttls(context=context)
            client.ehlo_or_helo_if_needed()
            if s.username:
                client.login(s.username, s.password or "")
        except smtplib.SMTPAuthenticationError as e:
            raise TemporaryFailure(f"SMTP login refused: {e.smtp_code} {e.smtp_error!r}") from e
        except (OSError, smtplib.SMTPException) as e:
            raise TemporaryFailure(f"cannot connect to {s.host}:{s.port}: {e}") from e
        return client

    def send(self, message: OutgoingEmail, commit_point: CommitPoint | None = None) -> str:
        # SMTP wants CRLF line ends; smtplib passes bytes through unchanged
        data = build_email(message).as_bytes(policy=SMTP_POLICY)
        client = self._connect()
        try:
            try:
                code, reply = client.mail(_address(message.sender))
                if code >= 500:
                    raise PermanentFailure(f"sender refused: {code} {reply!r}", (), code)
                if code >= 400:
                    raise TemporaryFailure(f"sender refused for now: {code} {reply!r}")
                refused: dict[str, tuple[int, bytes]] = {}
                temporary: dict[str, tuple[int, bytes]] = {}
                for rcpt in message.recipients:
                    code, reply = client.rcpt(_address(rcpt))
                    if code >= 500:
                        refused[rcpt] = (code, reply)
                    elif code >= 400:
                        temporary[rcpt] = (code, reply)
                if refused or temporary:
                    # send nothing while any recipient fails, so a retry delivers one copy to
                    # everybody rather than a second copy to some
                    client.rset()
                if refused:
                    raise PermanentFailure(
                        "; ".join(f"{r}: {c} {m.decode(errors='replace')}"
                                  for r, (c, m) in refused.items()),
                        tuple(_address(r).lower() for r in refused),
                        next(iter(refused.values()))[0])
                if temporary:
                    raise TemporaryFailure("; ".join(
                        f"{r}: {c} {m.decode(errors='replace')}"
                        for r, (c, m) in temporary.items()))
            except (smtplib.SMTPServerDisconnected, OSError) as e:
                raise TemporaryFailure(f"connection lost before the message was sent: {e}"
                                       ) from e
            if commit_point:
                commit_point()
            try:
                code, reply = client.data(data)
            except smtplib.SMTPDataError as e:
                if e.smtp_code >= 500:
                    raise PermanentFailure(f"message refused: {e.smtp_code} {e.smtp_error!r}",
                                           tuple(_address(r).lower()
                                                 for r in message.recipients),
                                           e.smtp_code) from e
                raise TemporaryFailure(f"message refused for now: {e.smtp_code} "
                                       f"{e.smtp_error!r}") from e
            except (TimeoutError, smtplib.SMTPServerDisconnected, OSError) as e:
                raise UncertainDelivery(f"connection lost while sending the message: {e}"
                                        ) from e
            # smtplib raises only when DATA itself is refused; the verdict on the message
            # comes back as a plain reply
            if code >= 500:
                raise PermanentFailure(f"message refused: {code} {reply!r}",
                                       tuple(_address(r).lower() for r in message.recipients),
                                       code)
            if code >= 400:
                raise TemporaryFailure(f"message refused for now: {code} {reply!r}")
            return f"smtp {self.settings.host}: {code} {reply.decode(errors='replace')}"
        finally:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()

    def confirm(self, message_id: str) -> bool | None:
        """An SMTP server cannot be asked whether it took a message: unknown."""
        return None
