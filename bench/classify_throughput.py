"""Offline classification throughput: quote stripping + understanding, on one core.

    python bench/classify_throughput.py [FILE.jsonl] [--repeat N]

Without a file it uses the labelled development set in evals/replies/. Prints the number of
replies, the time, and replies per second (the target is at least 200 per second)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?", default=str(ROOT / "evals" / "replies" / "dev.jsonl"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    try:  # one core, as promised
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass
    from agent.brain.understand import ReplyInput, understand
    from inbox.quotes import split_reply

    records = [json.loads(line) for line in Path(args.file).read_text().splitlines() if line]
    inputs = []
    for r in records:
        inputs.append((r.get("body") or "", r.get("subject") or "", r.get("language"),
                       date.fromisoformat(r["today"])))
    # warm up: compiled patterns and caches, as in a running worker
    for body, subject, language, today in inputs[:20]:
        understand(ReplyInput(text=split_reply(body)[0], today=today, subject=subject,
                              language=language, amount_due=Decimal("100.00")))
    start = time.perf_counter()
    n = 0
    for _ in range(args.repeat):
        for body, subject, language, today in inputs:
            new_text, _ = split_reply(body)
            understand(ReplyInput(text=new_text, today=today, subject=subject,
                                  language=language, amount_due=Decimal("100.00")))
            n += 1
    elapsed = time.perf_counter() - start
    print(f"offline classification: {n} replies in {elapsed:.2f} s = {n / elapsed:.0f} replies/s "
          "(one core)")


if __name__ == "__main__":
    main()
