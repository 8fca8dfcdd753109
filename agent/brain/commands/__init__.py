"""Member commands: what finance staff ask in a task's thread, as tool calls.

The offline brain's equivalent of LLM tool calling. A member writes, in one of the seven
languages, "pause this account until 15 December", "le nouveau contact est ap@acme.example",
"Kontoauszug schicken"; ``interpret`` maps the message to the same tool calls an LLM would make
(see ``TOOLS``), in the order asked, or — when it does not understand, or an argument is missing
or unusable — to no call and a clarifying question in the member's language. It never guesses
an action and never invents an address, a date or an amount.

How it reads a message:
1. the text is folded (lower case, no accents, keyword typos corrected), e-mail addresses are
   masked so that nothing inside them reads as a keyword;
2. a message that is only a yes/no ("oui", "mach das", "não") is a ``confirm``; only "done",
   "erledigt", "klaar"... is ``close_task``;
3. otherwise keyword triggers (``lexicon``) are found; overlapping ones keep the longest; a note
   ("note: ...") swallows the rest of the message; noun-only triggers (a statement, a formal
   notice) need a sending verb in their sentence; negated triggers ("don't pause") and
   questions about the past ("did you send the statement?") do not act;
4. each trigger reads its arguments in its region: its sentence, cut at the clause separator
   (", ", "and", "et", "und"...) between it and its neighbours (``args``);
5. the language is voted by the triggers' languages, the words of the message and the hint.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from agent.brain.commands import args as A
from agent.brain.commands.lexicon import (
    BARE_WORDS,
    CLOSE_WORDS,
    FILLERS,
    HINT_WORDS,
    LANG_NAME_RE,
    LANGUAGE_NAMES,
    NEEDS_SEND_VERB,
    NO,
    PRIORITY,
    SEND_VERB_RE,
    TRIGGERS,
    YES,
)
from agent.brain.commands.messages import question
from agent.brain.commands.text import (
    Folded,
    fold_text,
    is_negated,
    is_question,
    sentence_bounds,
    separators,
)
from agent.guards.language import MESSAGE_LANGUAGES, language_scores

__all__ = ["ToolCall", "Interpretation", "TOOLS", "interpret"]


@dataclass(frozen=True)
class ToolCall:
    name: str
    args: dict[str, Any]  # JSON primitives: ISO date strings, decimal strings, str, bool, None


@dataclass(frozen=True)
class Interpretation:
    calls: tuple[ToolCall, ...]  # in the order the member asked; empty when unclear
    question: str | None  # clarifying question (member's language) when calls is empty
    language: str  # the language the member wrote in


def _tool(description: str, *args: str) -> Mapping[str, Any]:
    return MappingProxyType({"description": description, "args": tuple(args)})


TOOLS: Mapping[str, Mapping[str, Any]] = MappingProxyType({
    "pause_account": _tool("Pause automatic follow-ups of the account until a date (ISO) or, "
                           "with until=None, until further notice.", "until", "reason"),
    "resume_account": _tool("Resume automatic follow-ups of a paused account."),
    "set_contact_email": _tool("Make `email` the account's contact address, replacing the "
                               "address `replace` (or the primary contact when None).",
                               "email", "replace"),
    "add_contact": _tool("Add a contact to the account.", "email", "name", "language"),
    "set_contact_language": _tool("Write to the contact `email` (or the primary contact when "
                                  "None) in `language` (ISO 639-1).", "language", "email"),
    "record_promise": _tool("Record the customer's promise to pay on `date` (ISO), `amount` "
                            "(decimal string) or the whole balance when None.", "date", "amount"),
    "resolve_dispute": _tool("Mark the account's open dispute resolved, with an optional note.",
                             "note"),
    "send_statement": _tool("Send the customer a statement of account."),
    "send_invoice_copy": _tool("Send the customer a copy of invoice `number` (all open "
                               "invoices when None).", "number"),
    "send_formal_notice": _tool("Send the customer a formal notice (letter before action)."),
    "add_note": _tool("Add an internal note to the account.", "text"),
    "close_task": _tool("Close the task: done."),
    "cancel_task": _tool("Cancel the task: not needed."),
    "confirm": _tool("Answer the agent's pending confirmation question.", "answer"),
})


@dataclass
class _Trigger:
    tool: str
    langs: tuple[str, ...]
    start: int
    end: int


# ------------------------------------------------------------------------------- helpers
def _supported(code: str | None) -> str | None:
    base = (code or "").strip().lower().replace("_", "-").split("-")[0]
    return base if base in MESSAGE_LANGUAGES else None


def _tokens(f: Folded) -> list[str]:
    return [t for t in (w.strip(".,;:!?…()[]\"*~") for w in f.masked.split()) if t]


def _whole_message(f: Folded) -> tuple[str, str] | None:
    """('yes'|'no'|'close', languages) when the whole message is one of those words."""
    toks = _tokens(f)
    if not toks or len(toks) > 8:
        return None
    kinds: set[str] = set()
    langs: list[str] = []
    i = 0
    while i < len(toks):
        for n in (4, 3, 2, 1):
            phrase = " ".join(toks[i:i + n])
            if len(toks[i:i + n]) < n:
                continue
            hit = next(((k, t[phrase]) for k, t in (("yes", YES), ("no", NO),
                                                     ("close", CLOSE_WORDS)) if phrase in t),
                       None)
            if hit:
                kinds.add(hit[0])
                langs.append(hit[1])
                i += n
                break
        else:
            if toks[i] in FILLERS:
                i += 1
                continue
            return None
    if len(kinds) != 1:
        return None
    return kinds.pop(), " ".join(langs)


def _find_triggers(f: Folded) -> list[_Trigger]:
    found = []
    for tool, langs, rx in TRIGGERS:
        for m in rx.finditer(f.masked):
            if m.end() > m.start():
                found.append(_Trigger(tool, langs, m.start(), m.end()))
    found.sort(key=lambda t: (-(t.end - t.start), -PRIORITY[t.tool], t.start))
    kept: list[_Trigger] = []
    by_span: dict[tuple[str, int, int], _Trigger] = {}
    taken = bytearray(len(f.masked) + 1)
    for t in found:
        same = by_span.get((t.tool, t.start, t.end))
        if same is not None:  # one word of several languages: all of them vote
            same.langs = tuple(dict.fromkeys(same.langs + t.langs))
        elif not any(taken[t.start:t.end]):
            kept.append(t)
            by_span[(t.tool, t.start, t.end)] = t
            taken[t.start:t.end] = b"\x01" * (t.end - t.start)
    kept.sort(key=lambda t: t.start)
    for i, t in enumerate(kept):  # a note swallows the rest of the message
        if t.tool == "add_note":
            return kept[:i + 1]
    return kept


def _sentence_of(bounds: tuple[tuple[int, int], ...], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(bounds, (pos, float("inf"))) - 1
    return bounds[max(i, 0)]


def _language(f: Folded, triggers: list[_Trigger], extra: str, hint: str | None) -> str:
    scores = dict.fromkeys(MESSAGE_LANGUAGES, 0.0)
    for t in triggers:
        for lang in t.langs:
            scores[lang] += 2.0 / len(t.langs)
    langs = extra.split()
    for lang in langs:
        if lang in scores:
            scores[lang] += 2.0 / len(langs)
    for lang, v in language_scores(f.original).items():
        scores[lang] += v
    for tok in _tokens(f):
        hit = HINT_WORDS.get(tok)
        if hit:
            for lang in hit:
                scores[lang] += 1.0 / len(hit)
    for m in LANG_NAME_RE.finditer(f.masked):
        hit = LANGUAGE_NAMES.get(m.group(1))
        if hit:
            scores[hit[1]] += 1.0
    if hint:
        scores[hint] += 0.75
    best = max(scores.values())
    if best <= 0:
        return hint or "en"
    top = [lang for lang in MESSAGE_LANGUAGES if scores[lang] == best]
    return hint if hint in top else top[0]


def _ask(key: str, lang: str, **values: str) -> Interpretation:
    return Interpretation((), question(key, lang, **values), lang)


# --------------------------------------------------------------------------------- main
def interpret(text: str, *, today: date, language_hint: str | None = None) -> Interpretation:
    """The tool calls a member's message asks for, or a clarifying question."""
    hint = _supported(language_hint)
    f = fold_text(text or "")
    whole = _whole_message(f)
    if whole is not None:
        kind, langs = whole
        lang = _language(f, [], langs, hint)
        if kind == "close":
            return Interpretation((ToolCall("close_task", {}),), None, lang)
        return Interpretation((ToolCall("confirm", {"answer": kind == "yes"}),), None, lang)

    triggers = _find_triggers(f)
    lang = _language(f, triggers, "", hint)
    bounds = sentence_bounds(f.masked)

    usable: list[_Trigger] = []
    for t in triggers:
        s, e = _sentence_of(bounds, t.start)
        sentence = f.masked[s:e] + f.masked[e:e + 1]
        if t.tool != "add_note" and is_question(sentence):
            continue
        if t.tool in NEEDS_SEND_VERB and not _bare_request(f, t) and not (
            SEND_VERB_RE.search(f.masked, s, e)
            or any(o.tool == "send_invoice_copy" and s <= o.start < e for o in triggers)
        ):
            continue
        usable.append(t)
    usable = _merge(f, usable, lang)
    if not usable:
        return _ask("unclear", lang)

    calls: list[ToolCall] = []
    for i, t in enumerate(usable):
        prev_t = usable[i - 1] if i else None
        next_t = usable[i + 1] if i + 1 < len(usable) else None
        sp, clause = _region(f, bounds, t, prev_t, next_t, lang)
        if t.tool != "add_note" and is_negated(f.masked, clause[0], t.start, t.end, clause[1]):
            continue
        then = next((c.args.get("date") or c.args.get("until") for c in reversed(calls)
                     if c.name in ("record_promise", "pause_account")), None)
        result = _arguments(f, t, sp, today, then)
        if isinstance(result, A.Need):
            return _ask(result.key, lang, **dict(result.values))
        if result and result[0].name == "set_contact_language" and calls and \
                calls[-1].name == "add_contact" and result[0].args["email"] is None and \
                calls[-1].args["language"] is None and prev_t is not None and \
                _sentence_of(bounds, prev_t.start) == _sentence_of(bounds, t.start):
            # "add jane@x.example, she speaks Italian": the new contact's language
            calls[-1] = ToolCall("add_contact", {**calls[-1].args, **{
                "language": result[0].args["language"]}})
            continue
        calls.extend(c for c in result if c not in calls)  # said twice: done once
    if not calls:
        return _ask("unclear", lang)
    return Interpretation(tuple(calls), None, lang)


def _bare_request(f: Folded, t: _Trigger) -> bool:
    """Only the noun and a few small words: "statement please", "eine letzte Mahnung"."""
    rest = f.masked[:t.start] + " " + f.masked[t.end:]
    return all(tok in BARE_WORDS or tok in FILLERS for tok in _tokens(fold_text(rest)))


def _merge(f: Folded, triggers: list[_Trigger], lang: str) -> list[_Trigger]:
    """Adjacent triggers of one tool with no separator between them are one request
    ("use ap@x.example instead of ...", "stop the reminders, pause ...")."""
    out: list[_Trigger] = []
    for t in triggers:
        if out and out[-1].tool == t.tool and t.tool != "add_note" and \
                not separators(f.masked, out[-1].end, t.start, lang):
            out[-1] = _Trigger(t.tool, out[-1].langs, out[-1].start, t.end)
        else:
            out.append(t)
    return out


def _cut(f: Folded, a: int, b: int, lang: str) -> tuple[int, int] | None:
    seps = separators(f.masked, a, b, lang)
    return seps[0] if seps else None


def _region(f: Folded, bounds: tuple[tuple[int, int], ...], t: _Trigger, prev_t: _Trigger | None,
            next_t: _Trigger | None, lang: str) -> tuple[A.Span, tuple[int, int]]:
    s_start, s_end = _sentence_of(bounds, t.start)
    if t.tool == "add_note":
        s_end = len(f.masked)
    start, end = s_start, s_end
    if prev_t is not None and prev_t.end > start:
        cut = _cut(f, prev_t.end, t.start, lang)
        start = cut[1] if cut else t.start
    if next_t is not None and next_t.start < end:
        cut = _cut(f, t.end, next_t.start, lang)
        end = cut[0] if cut else next_t.start
    start, end = min(start, t.start), max(end, t.end)
    # the clause around the trigger, for negation
    c_start = start
    for _a, b in separators(f.masked, start, t.start, lang):
        c_start = max(c_start, b)
    c_end = end
    for a, _b in separators(f.masked, t.end, end, lang):
        c_end = min(c_end, a)
    return A.Span(start, end, t.start, t.end), (c_start, c_end)


def _arguments(f: Folded, t: _Trigger, sp: A.Span, today: date,
               then: str | None) -> list[ToolCall] | A.Need:
    name = t.tool
    if name == "pause_account":
        r = A.pause_args(f, sp, today, then)
    elif name == "record_promise":
        r = A.promise_args(f, sp, today)
    elif name == "set_contact_email":
        r = A.contact_email_args(f, sp)
    elif name == "set_contact_language":
        r = A.language_args(f, sp)
    elif name == "add_contact":
        added = A.add_contact_args(f, sp)
        if added is None or isinstance(added, A.Need):
            return added if added is not None else []
        return [ToolCall(name, a) for a in added]
    elif name == "send_invoice_copy":
        numbers = A.invoice_numbers(f, sp, today)
        return [ToolCall(name, {"number": n}) for n in numbers] or \
            [ToolCall(name, {"number": None})]
    elif name == "add_note":
        text = A.note_text(f, t.end)
        if text is None:
            return A.Need("note_text")
        r = {"text": text}
    elif name == "resolve_dispute":
        r = {"note": A.dispute_note(f, sp)}
    else:
        r = {}
    if isinstance(r, A.Need):
        return r
    return [ToolCall(name, r)]
