"""A reply taken apart: normalized text, sentences, the cues found in each, the dates.

Cues whose meaning flips under negation ("we have not paid", "please don't call") are dropped
when negated in their clause; cues that carry their own negation ("never received the
invoice", "we will not pay") are kept as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from agent.brain.understand.dates import DateMention, find_dates
from agent.brain.understand.lexicon import PATTERNS
from agent.brain.understand.normalize import is_negated, normalize, sentences

__all__ = ["Analysis", "Hit", "analyse"]

# signals dropped when negated (looking before the cue and inside it)
_NEGATABLE_INSIDE = frozenset({"promise", "claimed", "callback", "plan", "more_time", "info_copy",
                               "info_statement", "info_bank", "info_other", "arrival",
                               "promise_ask", "pay_word"})
# signals dropped when negated before the cue only (the cue may contain a negation itself)
_NEGATABLE_BEFORE = frozenset({"dispute"})
# "we will not pay for goods that arrived damaged": the negation belongs to the payment, not to
# the dispute cue after it
_PAY_NEGATION_RE = re.compile(
    r"\b(?:not|never|no)\s+(?:\w+\s+){0,3}?(?:pay|paying|paid|settle|settling|accept|accepting|"
    r"honou?r|honou?ring|owe)\b"
)
# "I'll check whether this has been paid": a question about a payment, not a claim of one
_UNSURE_BEFORE_RE = re.compile(r"\b(?:whether|if)(?:\s+\S+){0,2}\s*$")
# "je n'ai jamais reçu le bon de livraison (, pouvez-vous me l'envoyer ?)": a document not
# received is the reason to ask for it, not a negated request
_NOT_RECEIVED_BEFORE_RE = re.compile(
    r"\b(?:never|not|nie|nicht|noch nicht|jamais|pas|nunca|no|mai|non|nooit|niet|nao)\s+"
    r"(?:\S+\s+){0,2}?(?:received|got|gotten|had|seen|recu|recus|recue|erhalten|bekommen|"
    r"recibido|recibimos|ricevuto|ricevuta|ricevuti|ontvangen|gehad|recebemos|recebido|recebida)"
    r"\s+(?:\S+\s+){0,2}$"
)
# the same with the negation after the document ("den Lieferschein nie erhalten")
_NOT_RECEIVED_AFTER_RE = re.compile(
    r"^\s+(?:\S+\s+){0,3}?(?:nie|nicht|noch nicht|niet|nooit|nog niet)\s+(?:\S+\s+){0,1}?"
    r"(?:erhalten|bekommen|ontvangen|gekregen|gezien)\b"
)
# "did you not receive our payment?" asks about a payment made: not a negation of it
_QUESTION_RE = re.compile(r"(?:did|have|has|hast|avez|haben|han|hanno|hebben|heeft|hebt|receberam)\b")


@dataclass(frozen=True)
class Hit:
    signal: str
    sentence: int
    start: int  # offsets in the normalized text
    end: int
    text: str


@dataclass
class Analysis:
    text: str
    sentences: list[tuple[int, int]]
    hits: dict[str, list[Hit]] = field(default_factory=dict)
    dates: list[DateMention] = field(default_factory=list)
    date_sentence: list[int] = field(default_factory=list)

    def has(self, signal: str) -> bool:
        return bool(self.hits.get(signal))

    def get(self, signal: str) -> list[Hit]:
        return self.hits.get(signal, [])

    def in_sentence(self, signal: str, index: int) -> list[Hit]:
        return [h for h in self.hits.get(signal, ()) if h.sentence == index]

    def sentence_text(self, index: int) -> str:
        s, e = self.sentences[index]
        return self.text[s:e]

    def sentence_signals(self, index: int) -> set[str]:
        return {name for name, hits in self.hits.items() if any(h.sentence == index for h in hits)}

    def dates_in(self, index: int) -> list[DateMention]:
        return [d for d, i in zip(self.dates, self.date_sentence, strict=True) if i == index]


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


# legal footers ("This e-mail is confidential ... intended recipient ..."): never the reply
_DISCLAIMER_RE = re.compile(
    r"confidential|intended (?:recipient|solely)|privileged|disclaimer|unauthori[sz]ed|"
    r"confidentiel|destinataire|vertraulich|empfanger|bestimmt|confidencial|destinatario|"
    r"riservat|destinatari|vertrouwelijk|geadresseerde|bestemd|sigilo|environment|"
    r"before printing|avant d'imprimer|vor dem ausdrucken|antes de imprimir|prima di stampare"
)
_PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n[^\n]+)*")
# replies are read from the top, as a person reads them; a runaway body is cut
MAX_CHARS = 4000


def _blank_disclaimers(text: str) -> str:
    for m in list(_PARAGRAPH_RE.finditer(text)):
        para = m.group(0)
        if len(para) < 80:
            continue
        markers = {x.group(0) for x in _DISCLAIMER_RE.finditer(para)}
        if len(markers) >= 2 or (markers and len(para) > 200):
            text = _blank(text, m.start(), m.end())
    return text


def analyse(raw: str, today: date, *, us: bool = False) -> Analysis:
    text = normalize(raw[:MAX_CHARS])
    if len(text) >= 80:
        text = _blank_disclaimers(text)
    # injected instructions are not the customer's business content: blank them out
    inj = PATTERNS.get("injection")
    if inj is not None:
        for m in list(inj.finditer(text)):
            text = _blank(text, m.start(), m.end())
    spans = [(s.start, s.end) for s in sentences(text)]
    a = Analysis(text=text, sentences=spans)
    for idx, (s, e) in enumerate(spans):
        sent = text[s:e]
        sent_for_dispute = _PAY_NEGATION_RE.sub(lambda m: " " * len(m.group(0)), sent)
        for signal, pattern in PATTERNS.items():
            if signal == "injection":
                continue
            for m in pattern.finditer(sent):
                if m.end() == m.start():
                    continue
                if signal in _NEGATABLE_INSIDE:
                    inside = not (signal == "claimed" and _QUESTION_RE.match(m.group(0)))
                    if is_negated(sent, m.start(), m.end(), inside=inside) and not (
                            signal.startswith("info_")
                            and (_NOT_RECEIVED_BEFORE_RE.search(sent, max(0, m.start() - 60),
                                                                m.start())
                                 or _NOT_RECEIVED_AFTER_RE.match(sent[m.end():m.end() + 60]))):
                        continue
                    if signal == "claimed" and _UNSURE_BEFORE_RE.search(sent, 0, m.start()):
                        continue
                elif signal in _NEGATABLE_BEFORE and is_negated(sent_for_dispute, m.start(),
                                                                m.end(), inside=False):
                    continue
                a.hits.setdefault(signal, []).append(
                    Hit(signal, idx, s + m.start(), s + m.end(), m.group(0)))
    a.dates = find_dates(text, today, us=us)
    starts = [s for s, _ in spans]
    for d in a.dates:
        idx = 0
        for i, s in enumerate(starts):
            if s <= d.start:
                idx = i
        a.date_sentence.append(idx)
    return a
