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

from channels.base import CommitPoint, OutgoingEmail, OutgoingLetter


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

    def _path(self, message_id: str) -> Path:
        return self.folder / (hashlib.sha256(message_id.encode()).hexdigest()[:24] + ".eml")

    def send(self, message: OutgoingEmail, commit_point: CommitPoint | None = None) -> str:
        path = self._path(message.message_id)
        data = bytes(build_email(message))
        if commit_point:
            commit_point()
        _write_once(path, data)
        return str(path)

    def confirm(self, message_id: str) -> bool | None:
        return self._path(message_id).exists()


class OutboxLetterTransport:
    def __init__(self, folder: Path | None = None):
        self.folder = (folder or outbox_dir()) / "letters"

    def _path(self, reference: str) -> Path:
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in reference)
        return self.folder / f"{safe}.txt"

    def confirm(self, message_id: str) -> bool | None:
        return self._path(message_id).exists()

    def send(self, letter: OutgoingLetter, commit_point: CommitPoint | None = None) -> str:
        path = self._path(letter.reference)
        if commit_point:
            commit_point()
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

    def send(self, message: OutgoingEmail | OutgoingLetter,  # type: ignore[override]
             commit_point: CommitPoint | None = None) -> str:
        if commit_point:
            commit_point()
        self.sent.append(message)
        return "dry-run"

    def confirm(self, message_id: str) -> bool | None:
        return False
