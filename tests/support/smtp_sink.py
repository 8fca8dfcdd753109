"""A real SMTP server for the tests (aiosmtpd), run as its own process so a fixture can stop
it by PID: every accepted message is written to a folder; chosen recipients are refused.

    python -m tests.support.smtp_sink --port 2525 --dir /tmp/mails \\
        --reject bad@x.example=550 --reject full@x.example=452
"""

from __future__ import annotations

import argparse
import signal
import threading
import time
from pathlib import Path

from aiosmtpd.controller import Controller

REPLIES = {
    "550": "550 5.1.1 <{0}>: Recipient address rejected: User unknown in virtual mailbox table",
    "452": "452 4.2.2 <{0}>: Mailbox full, try again later",
    "451": "451 4.7.1 <{0}>: Greylisted, please try again later",
}


class Sink:
    def __init__(self, folder: Path, reject: dict[str, str]):
        self.folder = folder
        self.reject = reject
        self.count = len(list(folder.glob("*.eml")))

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        code = self.reject.get(address.lower())
        if code:
            return REPLIES[code].format(address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.count += 1
        path = self.folder / f"{time.time_ns()}-{self.count:05d}.eml"
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(envelope.original_content or envelope.content)
        tmp.rename(path)
        return "250 2.0.0 Ok: queued"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--reject", action="append", default=[])
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    reject = dict(item.lower().split("=", 1) for item in args.reject)
    controller = Controller(Sink(args.dir, reject), hostname="127.0.0.1", port=args.port)
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    print("ready", flush=True)
    while not stop.wait(0.2):  # short waits: a blocking wait would not see SIGTERM
        pass
    controller.stop()


if __name__ == "__main__":
    main()
