"""Reply-set replays: `dunning classify` (one JSON line out per reply in) and the report that
measures it against labels (per-intent precision and recall, per-language accuracy, promise
date and amount exactness).

Each reply goes through what the product does with a real message: the new text is separated
from the quoted reminder, then the configured brain understands it, and the guards check the
result."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from agent.brain import Brain, get_brain
from agent.brain.understand import INTENTS, ReplyInput
from agent.guards.understanding import Proposal, problems
from inbox.quotes import split_reply


class ReplySetError(Exception):
    pass


def parse_amount_due(value: Any) -> Decimal | None:
    if value in (None, ""):
        return None
    text = str(value).replace("\u00a0", " ").replace("\u202f", " ").strip()
    from agent.brain.understand.amounts import parse_amount

    try:
        return Decimal(text).quantize(Decimal("0.01"))
    except InvalidOperation:
        parsed = parse_amount(text)
        return parsed.quantize(Decimal("0.01")) if parsed is not None else None


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as e:
                raise ReplySetError(f"{path}:{n}: not JSON: {e.msg}") from e


def classify_one(record: dict[str, Any], brain: Brain) -> dict[str, Any]:
    today = date.fromisoformat(record["today"])
    due = parse_amount_due(record.get("amount_due"))
    new_text, _quoted = split_reply(record.get("body") or "")
    understood = brain.understand(ReplyInput(
        text=new_text, today=today, subject=record.get("subject") or "",
        language=record.get("language"), amount_due=due, currency=record.get("currency"),
        invoice_numbers=tuple(record.get("invoice_numbers") or ()),
    ))
    promise_date, promise_amount = understood.promise_date, understood.promise_amount
    found = problems(Proposal(understood.intent, promise_date, promise_amount), today=today,
                     balance=due)
    if any("date" in p for p in found):
        promise_date = None
    if any("amount" in p for p in found):
        promise_amount = due
    if understood.intent != "payment_promise":
        promise_date = promise_amount = None
    return {
        "id": record.get("id"),
        "intent": understood.intent,
        "promise_date": promise_date.isoformat() if promise_date else None,
        "promise_amount": f"{promise_amount:.2f}" if promise_amount is not None else None,
    }


def classify_file(path: Path, brain: Brain | None = None) -> Iterator[dict[str, Any]]:
    brain = brain or get_brain()
    for n, record in read_jsonl(path):
        for key in ("id", "today", "body"):
            if key not in record:
                raise ReplySetError(f"{path}:{n}: {key}: missing")
        yield classify_one(record, brain)


@dataclass
class Report:
    total: int = 0
    correct: int = 0
    by_language: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    confusion: Counter = field(default_factory=Counter)
    dates: list[int] = field(default_factory=lambda: [0, 0])
    amounts: list[int] = field(default_factory=lambda: [0, 0])
    errors: list[str] = field(default_factory=list)

    def add(self, record: dict[str, Any], got: dict[str, Any], want: dict[str, Any]) -> None:
        self.total += 1
        lang = record.get("language") or "?"
        ok = got["intent"] == want["intent"]
        self.correct += ok
        self.by_language[lang][0] += ok
        self.by_language[lang][1] += 1
        self.confusion[(want["intent"], got["intent"])] += 1
        if not ok:
            self.errors.append(f"{record['id']}: {want['intent']} → {got['intent']}")
        if want["intent"] == "payment_promise":
            if want.get("promise_date"):
                self.dates[1] += 1
                hit = got["promise_date"] == want["promise_date"]
                self.dates[0] += hit
                if not hit:
                    self.errors.append(f"{record['id']}: date {want['promise_date']} → "
                                       f"{got['promise_date']}")
            if want.get("promise_amount"):
                self.amounts[1] += 1
                hit = got["promise_amount"] == want["promise_amount"]
                self.amounts[0] += hit
                if not hit:
                    self.errors.append(f"{record['id']}: amount {want['promise_amount']} → "
                                       f"{got['promise_amount']}")

    def lines(self, with_errors: bool = False) -> list[str]:
        def ratio(a: int, b: int) -> str:
            return f"{a / b:.3f} ({a}/{b})" if b else "-"

        out = [f"intent accuracy: {ratio(self.correct, self.total)}"]
        out.append("per intent (precision, recall):")
        for intent in INTENTS:
            tp = self.confusion[(intent, intent)]
            predicted = sum(v for (w, g), v in self.confusion.items() if g == intent)
            actual = sum(v for (w, g), v in self.confusion.items() if w == intent)
            out.append(f"  {intent:<22} P {ratio(tp, predicted):<18} R {ratio(tp, actual)}")
        out.append("per language (accuracy):")
        for lang, (ok, n) in sorted(self.by_language.items()):
            out.append(f"  {lang}: {ratio(ok, n)}")
        out.append(f"promise date exact: {ratio(*self.dates)}")
        out.append(f"promise amount exact: {ratio(*self.amounts)}")
        if with_errors:
            out.append("errors:")
            out += [f"  {e}" for e in self.errors]
        return out


def evaluate(replies: Path, labels: Path, brain: Brain | None = None) -> Report:
    brain = brain or get_brain()
    wanted = {r["id"]: r for _, r in read_jsonl(labels)}
    report = Report()
    for _, record in read_jsonl(replies):
        if record["id"] not in wanted:
            raise ReplySetError(f"{labels}: no label for {record['id']}")
        report.add(record, classify_one(record, brain), wanted[record["id"]])
    return report


def dumps(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False)
