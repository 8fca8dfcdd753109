"""The embedded default transports: files in a local outbox folder instead of a mail server
or a print-and-mail service. `.eml` files open in any mail client."""

from __future__ import annotations

import hashlib
import json
import mimetypes
import os
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import formatdate
from pathlib import Path

from channels.base import OutgoingEmail, OutgoingLetter


def outbox_dir() -> Path:
    return Path(os.environ.get("DUNNING_OUTBOX_DIR", "var/outbox"))


def build_email(message: OutgoingEmail) -> EmailMessage:
    msg = EmailMessage(policy=default_policy)
    msg["Message-ID"] = message.message_id
    msg["Date"] = formatdate(localtime=False)
    msg["From"] = message.sender
    msg["To"] = ", ".join(message.recipients)
    msg["Subject"] = message.subject
    if message.reply_to:
        msg["Reply-To"] = message.reply_to
    if message.in_reply_to:
        msg["In-Reply-To"] = message.in_reply_to
    if message.references:
        msg["References"] = " ".join(message.references)
    for name, value in message.headers.items():
        msg[name] = value
    msg.set_content(message.body)
    for path in message.attachments:
        ctype, _ = mimetypes.guess_type(path.name)
        maintype, subtype = (ctype or "application/octet-stream").split("/", 1)
        msg.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype,
                           filename=path.name)
    return msg


def _write_once(path: Path, data: bytes) -> None:
    """Write atomically, and never over an existing file: a rerun delivers nothing twice."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


class OutboxEmailTransport:
    def __init__(self, folder: Path | None = None):
        self.folder = (folder or outbox_dir()) / "mail"

    def send(self, message: OutgoingEmail) -> str:
        name = hashlib.sha256(message.message_id.encode()).hexdigest()[:24] + ".eml"
        path = self.folder / name
        _write_once(path, bytes(build_email(message)))
        return str(path)


class OutboxLetterTransport:
    def __init__(self, folder: Path | None = None):
        self.folder = (folder or outbox_dir()) / "letters"

    def send(self, letter: OutgoingLetter) -> str:
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in letter.reference)
        path = self.folder / f"{safe}.txt"
        text = (f"{letter.sender_address}\n\n{letter.recipient_name}\n"
                f"{letter.recipient_address}\n\n{letter.body}\n")
        existed = path.exists()
        _write_once(path, text.encode("utf-8"))
        if not existed:
            with (self.folder / "manifest.jsonl").open("a", encoding="utf-8") as manifest:
                manifest.write(json.dumps({
                    "reference": letter.reference, "file": path.name,
                    "recipient": letter.recipient_name, "address": letter.recipient_address,
                    "language": letter.language, "subject": letter.subject,
                }, ensure_ascii=False) + "\n")
        return str(path)


class RecordingTransport:
    """Delivers nothing, remembers everything: for dry runs."""

    def __init__(self) -> None:
        self.sent: list[OutgoingEmail | OutgoingLetter] = []

    def send(self, message: OutgoingEmail | OutgoingLetter) -> str:  # type: ignore[override]
        self.sent.append(message)
        return "dry-run"
