"""All languages' cues, merged and compiled: one regular expression per signal.

Every reply is matched against the cues of all seven languages: customers mix languages, and
language detection on a two-line reply can be wrong.
"""

from __future__ import annotations

import re
from types import MappingProxyType, ModuleType

from agent.brain.understand import (
    lexicon_de,
    lexicon_en,
    lexicon_es,
    lexicon_fr,
    lexicon_it,
    lexicon_nl,
    lexicon_pt,
)
from agent.brain.understand.lexicon_common import SIGNALS
from agent.brain.understand.normalize import CORRECTOR

__all__ = ["PATTERNS", "LANGUAGE_MODULES"]

LANGUAGE_MODULES: dict[str, ModuleType] = {
    "en": lexicon_en,
    "fr": lexicon_fr,
    "de": lexicon_de,
    "es": lexicon_es,
    "it": lexicon_it,
    "nl": lexicon_nl,
    "pt": lexicon_pt,
}


def _compile() -> MappingProxyType[str, re.Pattern[str]]:
    out: dict[str, re.Pattern[str]] = {}
    for signal in SIGNALS:
        parts: list[str] = []
        for module in LANGUAGE_MODULES.values():
            parts.extend(module.CUES.get(signal, ()))
        if not parts:
            continue
        body = "|".join(f"(?:{p})" for p in parts)
        out[signal] = re.compile(r"(?<![a-z0-9])(?:" + body + r")(?![a-z0-9])")
    return MappingProxyType(out)


_CUE_WORD_RE = re.compile(r"(?<![a-z\\])([a-z]{6,})(?:\[([a-z]+)\])?(?![a-z(\\])")


def _feed_corrector() -> None:
    words: set[str] = set()
    for module in LANGUAGE_MODULES.values():
        words.update(module.VOCAB.split())
    CORRECTOR.add(words)
    from agent.guards.language import _WORDS  # the detector's function words are real words

    known: set[str] = set()
    for text in _WORDS.values():
        known.update(text.split())
    for module in LANGUAGE_MODULES.values():  # real words that typos are not corrected towards
        known.update(getattr(module, "KNOWN", "").split())
        # every word a cue spells out is a real word: never "correct" it into another one
        for patterns in module.CUES.values():
            for p in patterns:
                for m in _CUE_WORD_RE.finditer(p):
                    known.update(m.group(1) + e for e in (m.group(2) or [""]))
    from agent.brain.understand.normalize import fold

    CORRECTOR.add_known({fold(w) for w in known})


PATTERNS = _compile()
_feed_corrector()
