"""Text plumbing for the command grammar: folding with a map back to the original text,
e-mail masking, cheap typo correction, clause separators, negation and questions."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from agent.brain.commands.lexicon import TYPO_VOCABULARY

__all__ = ["Folded", "fold_text", "EMAIL_RE", "sentence_bounds", "separators",
           "is_negated", "is_question", "words"]

_TRANSLATE = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u00b4": "'", "`": "'", "\u02bc": "'",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200b": "", "\ufeff": "",
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u00df": "ss", "\u1e9e": "ss", "\u0153": "oe", "\u0152": "oe", "\u00e6": "ae",
    "\u00c6": "ae", "\u00f8": "o", "\u00d8": "o", "\u0131": "i", "\t": " ", "\r": "",
    "\u00ba": "o", "\u00aa": "a",
})


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    t = ch.translate(_TRANSLATE)
    if not t.isascii():
        t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    return t.lower()


@dataclass(frozen=True)
class Folded:
    """Folded text, the same with e-mail addresses masked, and a map to the original."""

    original: str
    text: str  # folded: lower case, no accents, typos of keywords corrected
    masked: str  # `text` with e-mail addresses replaced by '_' (same length)
    index: tuple[int, ...]  # index[i] = position in `original` of folded char i (+ sentinel)
    emails: tuple[tuple[int, int], ...]  # spans of e-mail candidates in folded text

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            p = self.index[min(start, len(self.index) - 1)]
            return p, p
        return self.index[start], self.index[end - 1] + 1

    def orig(self, start: int, end: int) -> str:
        s, e = self.orig_span(start, end)
        return self.original[s:e]


# -------------------------------------------------------------------------------- typos
_KNOWN = frozenset("""contract contracts contrat contrato contratto contrats release
    statements invoiced pauses poser pauser""".split())
_DELETES: dict[str, set[str]] = {}
for _w in TYPO_VOCABULARY:
    for _i in range(len(_w)):
        _DELETES.setdefault(_w[:_i] + _w[_i + 1:], set()).add(_w)


@lru_cache(maxsize=8192)
def _correct(token: str) -> str:
    if token in TYPO_VOCABULARY or token in _KNOWN or len(token) < 5:
        return token
    cands: set[str] = set()
    if len(token) >= 6:
        cands |= _DELETES.get(token, set())  # a letter missing
        for i in range(len(token)):
            d = token[:i] + token[i + 1:]
            if d in TYPO_VOCABULARY:  # a letter too many
                cands.add(d)
            cands |= _DELETES.get(d, set())  # a letter wrong
    for i in range(len(token) - 1):  # two letters swapped
        t = token[:i] + token[i + 1] + token[i] + token[i + 2:]
        if t in TYPO_VOCABULARY:
            cands.add(t)
    cands = {w for w in cands
             if w[:2] == token[:2] and w[-1] == token[-1]
             and not w.startswith(token[:-1]) and not token.startswith(w[:-1])}
    return cands.pop() if len(cands) == 1 else token


_TOKEN_RE = re.compile(r"(?<![\w@.\-])[a-z]{5,}(?![\w@]|\.\w)")
EMAIL_RE = re.compile(r"[^\s<>()\[\]{},;:\"'`|]*@[^\s<>()\[\]{},;:\"'`|]*")
_EMAIL_TRAIL = ".!?-_'*"


def fold_text(text: str) -> Folded:
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        chars.append(f)
        index.extend([i] * len(f))
    folded = "".join(chars)
    # typo correction (replacements differ by at most one character in length)
    out: list[str] = []
    new_index: list[int] = []
    pos = 0
    for m in _TOKEN_RE.finditer(folded):
        fixed = _correct(m.group(0))
        if fixed == m.group(0):
            continue
        out.append(folded[pos:m.start()])
        new_index.extend(index[pos:m.start()])
        out.append(fixed)
        span = index[m.start():m.end()]
        new_index.extend(span[min(k, len(span) - 1)] for k in range(len(fixed)))
        pos = m.end()
    out.append(folded[pos:])
    new_index.extend(index[pos:])
    folded = "".join(out)
    new_index.append(len(text))
    emails = []
    masked = folded
    for m in EMAIL_RE.finditer(folded):
        s, e = m.start(), m.end()
        while e > s and folded[e - 1] in _EMAIL_TRAIL:
            e -= 1
        if "@" not in folded[s:e] or e - s < 2:
            continue
        emails.append((s, e))
        masked = masked[:s] + "_" * (e - s) + masked[e:]
    return Folded(text, folded, masked, tuple(new_index), tuple(emails))


# --------------------------------------------------------------------------- segmentation
_SENTENCE_RE = re.compile(r"[;!?\n]+|(?<=[a-z0-9)\]\"'_%])\.+(?=\s|$)(?<!\d\.)")
_CONJ = (r"and|then|also|plus|et|puis|ensuite|und|dann|sowie|ausserdem|y|luego|ademas|e|poi|"
         r"inoltre|anche|dan|daarna|ook|depois|tambem|&|\+")
_SEP_RE = re.compile(r",\s*(?:(?:" + _CONJ + r")\s+)*|\s(?:(?:" + _CONJ + r")\s+)+")
_SEP_NL_RE = re.compile(r",\s*(?:(?:" + _CONJ + r"|en)\s+)*|\s(?:(?:" + _CONJ + r"|en)\s+)+")


_DAY_END_RE = re.compile(r"(?:^|\W)\d{1,2}$")


@lru_cache(maxsize=32)
def sentence_bounds(masked: str) -> tuple[tuple[int, int], ...]:
    """Spans of the sentences of `masked` (a period after a day number is not an end)."""
    out, pos = [], 0
    for m in _SENTENCE_RE.finditer(masked):
        if m.group(0).startswith(".") and _DAY_END_RE.search(masked[max(0, m.start() - 3):
                                                                     m.start()]):
            continue  # "15. Dezember", "am 30.11."
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(masked)))
    return tuple(out)


def separators(masked: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """Clause separators (", ", " and ", sentence ends...) inside masked[start:end]."""
    rx = _SEP_NL_RE if language == "nl" else _SEP_RE
    found = [(m.start(), m.end()) for m in rx.finditer(masked, start, end)]
    for _s, e in sentence_bounds(masked):
        if start <= e < end:
            found.append((e, min(e + 1, end)))
    return sorted(found)


# ------------------------------------------------------------------------------ negation
_NEG_BEFORE = re.compile(r"\b(?:not|don't|dont|doesn't|never|ne|n'|pas|nicht|nie|kein\w*|nunca|"
                         r"non|no|niet|geen|nooit|nao|jamais|ni|without|sans|ohne|sin|senza|zonder|"
                         r"sem)(?![\w'])|n't\b")
_NEG_LAST = re.compile(r"\bno\s*$")
_NEG_AFTER = re.compile(r"^\s*(?:\S+\s+){0,2}?(?:nicht|niet)\b")
_WORD_RE = re.compile(r"[\w'@.-]+")


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def is_negated(masked: str, clause_start: int, start: int, end: int, clause_end: int) -> bool:
    before = masked[clause_start:start]
    toks = before.split()[-3:]
    if _NEG_BEFORE.search(" ".join(toks)) or _NEG_LAST.search(before):
        return True
    return bool(_NEG_AFTER.match(masked[end:clause_end]))


_QUESTION_WORDS = frozenset("""did does do has have had was were is are why when what who how
    which est-ce pourquoi quand qui quoi avez as-tu a-t-il a-t-elle ont-ils hast habt haben
    hat wurde wurden ist sind warum wann wer wie welche has han ha se cuando por porque que
    quien hai avete e sono perche quando chi come heb hebben heeft hebt is zijn waarom
    wanneer wie hoe foi ja quem como""".split())


def is_question(sentence: str) -> bool:
    """A question about the past or the state ("did you send...?"), not a polite request."""
    s = sentence.strip()
    if not s.endswith("?"):
        return False
    first = s.split(maxsplit=1)[0].strip("¿?¡!,.") if s.split() else ""
    return first in _QUESTION_WORDS
