"""What the tests over a labelled reply set (`evals/replies/<set>.jsonl` and its labels)
share: reading it and checking that it is well formed."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from agent.brain.understand import INTENTS

SETS = Path(__file__).resolve().parents[2] / "evals" / "replies"
LANGUAGES = ("en", "fr", "de", "es", "it", "nl", "pt")


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def assert_well_formed(replies_path: Path, labels_path: Path, *, total: int,
                       per_language: int) -> None:
    """Replies and labels in the same order, ids unique, at least `total` replies and
    `per_language` in each language covering every intent; only promises carry a date and
    an amount, the amount positive, the date not before the message's day."""
    replies, labels = rows(replies_path), rows(labels_path)
    assert [r["id"] for r in replies] == [x["id"] for x in labels]
    assert len({r["id"] for r in replies}) == len(replies) >= total
    for lang in LANGUAGES:
        mine = [x for r, x in zip(replies, labels, strict=True) if r["language"] == lang]
        assert len(mine) >= per_language, lang
        assert {x["intent"] for x in mine} == set(INTENTS), lang
    for r, x in zip(replies, labels, strict=True):
        if x["intent"] != "payment_promise":
            assert x["promise_date"] is None and x["promise_amount"] is None, x["id"]
            continue
        assert Decimal(x["promise_amount"]) > 0, x["id"]
        if x["promise_date"] is not None:
            assert date.fromisoformat(x["promise_date"]) >= date.fromisoformat(r["today"]), x["id"]
