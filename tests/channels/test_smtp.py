"""The SMTP transport against a real SMTP server (aiosmtpd in its own process)."""

from email import message_from_bytes
from email.policy import default as default_policy

import pytest

from channels.base import OutgoingEmail, PermanentFailure, TemporaryFailure
from channels.smtp import SmtpSettings, SmtpTransport
from tests.support.servers import free_port, start_smtp_sink


@pytest.fixture
def sink(tmp_path):
    server = start_smtp_sink(tmp_path / "received", {"gone@acme.example": "550",
                                                     "full@acme.example": "452"})
    yield server
    server.stop()


def transport(sink) -> SmtpTransport:
    return SmtpTransport(SmtpSettings(host=sink.host, port=sink.port, security="none",
                                      timeout=5))


def email(*recipients: str) -> OutgoingEmail:
    return OutgoingEmail(message_id="<m1@us.example>", sender="Us Ltd <ar@us.example>",
                         recipients=recipients, subject="Relance : facture FA-1",
                         body="Bonjour,\n\nLa facture FA-1 de 1 250,00 € est échue.\n",
                         reply_to="ar+abc123@us.example")


def test_delivers_with_headers_intact(sink):
    ref = transport(sink).send(email("ap@acme.example"))
    assert "250" in ref
    (raw,) = sink.messages()
    msg = message_from_bytes(raw, policy=default_policy)
    assert msg["Message-ID"] == "<m1@us.example>"
    assert msg["Reply-To"] == "ar+abc123@us.example"
    assert "1 250,00 €" in msg.get_content()


def test_unknown_user_is_a_permanent_failure_naming_the_recipient(sink):
    with pytest.raises(PermanentFailure) as refused:
        transport(sink).send(email("gone@acme.example"))
    assert refused.value.recipients == ("gone@acme.example",)
    assert refused.value.code == 550
    assert sink.messages() == []


def test_full_mailbox_is_temporary(sink):
    with pytest.raises(TemporaryFailure):
        transport(sink).send(email("full@acme.example"))
    assert sink.messages() == []


def test_one_refused_recipient_sends_nothing_to_the_others(sink):
    with pytest.raises(PermanentFailure) as refused:
        transport(sink).send(email("ap@acme.example", "gone@acme.example"))
    assert refused.value.recipients == ("gone@acme.example",)
    assert sink.messages() == []


def test_no_server_is_temporary():
    t = SmtpTransport(SmtpSettings(host="127.0.0.1", port=free_port(), security="none",
                                   timeout=2))
    with pytest.raises(TemporaryFailure):
        t.send(email("ap@acme.example"))


def test_settings_from_environment(monkeypatch):
    monkeypatch.delenv("DUNNING_SMTP_HOST", raising=False)
    assert SmtpSettings.from_env() is None
    monkeypatch.setenv("DUNNING_SMTP_HOST", "smtp.us.example")
    monkeypatch.setenv("DUNNING_SMTP_SECURITY", "tls")
    s = SmtpSettings.from_env()
    assert (s.host, s.port, s.security) == ("smtp.us.example", 465, "tls")
    monkeypatch.setenv("DUNNING_SMTP_SECURITY", "ssl3")
    with pytest.raises(ValueError, match="ssl3"):
        SmtpSettings.from_env()
