"""Text preparation for the offline reply classifier.

Everything downstream works on *folded* text: lower case, accents removed (``é`` -> ``e``,
``ß`` -> ``ss``), typographic quotes and spaces made plain, English contractions expanded
(``won't`` -> ``will not``) and common typos of the cue vocabulary corrected, so that one cue
pattern covers "recu", "reçu", "Reçu" and "recieved"/"received".
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

__all__ = [
    "Sentence",
    "fold",
    "normalize",
    "sentences",
    "is_negated",
    "NEGATORS",
]

_TRANSLATE = str.maketrans(
    {
        "\u2019": "'", "\u2018": "'", "\u00b4": "'", "`": "'", "\u02bc": "'", "\u2032": "'",
        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200b": "",
        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
        "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"',
        "\u00df": "ss", "\u1e9e": "ss", "\u0153": "oe", "\u0152": "oe", "\u00e6": "ae",
        "\u00c6": "ae", "\u00f8": "o", "\u00d8": "o", "\u0131": "i", "\t": " ", "\r": "",
        "\u00ba": "o", "\u00aa": "a",
    }
)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower case, accents stripped, quotes/spaces/dashes made ASCII-like. Length may change."""
    text = text.translate(_TRANSLATE)
    if not text.isascii():
        text = "".join(_fold_char(c) if ord(c) > 127 else c for c in text)
    return text.lower()


# ----------------------------------------------------------------------- English contractions
_CONTRACTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"\bwon'?t\b", "will not"),
        (r"\bcan'?t\b", "can not"),
        (r"\bcannot\b", "can not"),
        (r"\bshan'?t\b", "shall not"),
        (r"\bain'?t\b", "is not"),
        (r"\b(do|does|did|has|have|had|is|are|was|were|could|would|should|must|need)n'?t\b",
         r"\1 not"),
        (r"\b(i|we|you|they|he|she|it|that|there|this)'ll\b", r"\1 will"),
        (r"\b(i|we|you|they)'?ve\b", r"\1 have"),
        (r"\b(we|you|they)'re\b", r"\1 are"),
        (r"\bi'm\b", "i am"),
        (r"\bim\b(?= (?:out|away|on|off|not|back|afraid|sorry|currently|in|going|unable|looking))",
         "i am"),
        (r"\b(i|we|you|they|he|she)'d\b", r"\1 would"),
        (r"\b(it|that|there|here|what|who|he|she|where)'s\b", r"\1 is"),
        (r"\blet's\b", "let us"),
        (r"\bwe ll\b", "we will"),
        (r"\bi ll\b", "i will"),
    )
)

# Frequent misspellings that edit-distance correction cannot safely reach (short words, or
# words that are real words of another language).
_TYPOS = {
    "payed": "paid", "paied": "paid", "piad": "paid", "pyaed": "paid", "pay'd": "paid",
    "recived": "received", "recieved": "received", "receved": "received",
    "tommorow": "tomorrow", "tomorow": "tomorrow", "tommorrow": "tomorrow", "tmrw": "tomorrow",
    "tmr": "tomorrow", "2morrow": "tomorrow", "tomorrw": "tomorrow",
    "wensday": "wednesday", "wendsday": "wednesday", "wedensday": "wednesday",
    "thrusday": "thursday", "thurday": "thursday", "firday": "friday", "fridya": "friday",
    "tuseday": "tuesday", "teusday": "tuesday", "moday": "monday",
    "febuary": "february", "feburary": "february", "agust": "august",
    "weds": "wednesday", "thurs": "thursday", "tues": "tuesday", "yday": "yesterday",
    "yest": "yesterday", "pfa": "please find attached", "pmt": "payment", "pymt": "payment", "pmnt": "payment", "inv": "invoice", "acct": "account",
    "pls": "please", "plz": "please", "plse": "please", "thx": "thanks", "thks": "thanks",
    "asap": "as soon as possible", "eom": "end of the month", "eow": "end of the week",
    "invoive": "invoice", "invocie": "invoice", "inovice": "invoice", "invoce": "invoice",
    "paymnet": "payment", "paymet": "payment", "payement": "payment", "pyment": "payment",
    "instalement": "instalment", "instalements": "instalments",
    "reglé": "regle", "virment": "virement", "factur": "facture",
    "uberwiesung": "uberweisung", "uberweissung": "uberweisung", "ueberweisung": "uberweisung",
    "ueberwiesen": "uberwiesen", "uberwiessen": "uberwiesen", "naechste": "nachste",
    "naechsten": "nachsten", "naechster": "nachster", "zurueck": "zuruck",
    "buero": "buro", "maerz": "marz", "koennen": "konnen", "koennten": "konnten",
    "moechten": "mochten", "fuer": "fur", "gruesse": "grusse", "gruessen": "grussen",
    "ruckruf": "ruckruf", "rueckruf": "ruckruf", "zurueckrufen": "zuruckrufen",
    "ueber": "uber", "uebermorgen": "ubermorgen", "muessen": "mussen", "haelfte": "halfte",
    "taetigen": "tatigen", "ausgefuehrt": "ausgefuhrt", "beschaedigt": "beschadigt",
    "manana": "manana", "mañana": "manana",
    "trasferencia": "transferencia", "tranferencia": "transferencia",
    "transferecia": "transferencia", "pagao": "pagado",
    "bonifco": "bonifico", "bonfico": "bonifico",
    "betaalt": "betaald",
}

_WORD_RE = re.compile(r"[a-z][a-z']*[a-z]|[a-z]")
_EMAIL_TOKEN_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


class _Corrector:
    """Damerau-1 correction of tokens towards the cue vocabulary (SymSpell-style deletes).

    Only words of at least 6 letters are corrected, never into a word that merely differs by
    its ending (an inflection, not a typo), and never when two vocabulary words compete."""

    def __init__(self) -> None:
        self.known: set[str] = set()
        self.vocab: set[str] = set()
        self.deletes: dict[str, set[str]] = {}

    def add(self, words: set[str] | frozenset[str] | list[str]) -> None:
        """Cue words that typos are corrected towards."""
        for w in words:
            self.known.add(w)
            if len(w) < 6 or not w.isalpha():
                continue
            self.vocab.add(w)
            for i in range(len(w)):
                self.deletes.setdefault(w[:i] + w[i + 1 :], set()).add(w)

    def add_known(self, words: set[str]) -> None:
        self.known.update(words)

    def correct(self, token: str) -> str:
        return _correct(self, token)


@lru_cache(maxsize=65536)
def _correct(c: _Corrector, token: str) -> str:
    if len(token) < 6 or token in c.known or not token.isalpha():
        return token
    candidates: set[str] = set(c.deletes.get(token, ()))  # token misses one letter
    for i in range(len(token)):
        d = token[:i] + token[i + 1 :]
        if d in c.vocab:  # token has one extra letter
            candidates.add(d)
        candidates.update(c.deletes.get(d, ()))  # substitution or transposition
    candidates = {
        w for w in candidates
        if w[:2] == token[:2] and w[-1] == token[-1]
        and not w.startswith(token[:-1]) and not token.startswith(w[:-1])
    }
    if len(candidates) == 1:
        return candidates.pop()
    return token


CORRECTOR = _Corrector()


def _fix_typos(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        w = m.group(0)
        t = _TYPOS.get(w)
        if t is not None:
            return t
        return CORRECTOR.correct(w)

    # an e-mail address is copied as written ("crediteuren@..." is no typo of "crediteren")
    out: list[str] = []
    pos = 0
    for m in _EMAIL_TOKEN_RE.finditer(text):
        out.append(_WORD_RE.sub(repl, text[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(_WORD_RE.sub(repl, text[pos:]))
    return "".join(out)


# HTML remnants of a converted mail ("<br>", "r&egrave;glement"): line breaks kept, tags dropped
_HTML_BREAK_RE = re.compile(r"<\s*(?:br|/p|/div|/li|/tr)\s*/?\s*>", re.IGNORECASE)
_HTML_TAG_RE = re.compile(r"<\s*/?\s*(?:p|div|span|b|i|u|em|strong|font|a|li|ul|ol|table|tr|td|html|"
                          r"body|head|meta|style)\b[^<>]*>", re.IGNORECASE)
_HTML_ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


def _unhtml(text: str) -> str:
    if "<" in text:
        text = _HTML_TAG_RE.sub("", _HTML_BREAK_RE.sub("\n", text))
    if "&" in text and _HTML_ENTITY_RE.search(text):
        text = _HTML_ENTITY_RE.sub(lambda m: html.unescape(m.group(0)), text)
    return text


def normalize(text: str) -> str:
    """Folded text with English contractions expanded and known typos corrected."""
    t = fold(_unhtml(text))
    if "'" in t or " ll " in t or "nt " in t or "cannot" in t or "im " in t or "ve " in t:
        for pat, rep in _CONTRACTIONS:
            t = pat.sub(rep, t)
    else:
        t = _CONTRACTIONS[2][0].sub("can not", t)
    t = _fix_typos(t)
    return t


# --------------------------------------------------------------------------------- sentences
class Sentence:
    __slots__ = ("text", "start", "end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Sentence({self.text!r})"


# A sentence ends at ! ? ; or at a period after a letter (not inside "20.11." or "1.000,50"),
# or at a line break when the line looks complete (ends with punctuation or is short, like a
# greeting); long lines broken by hard wrapping are joined back.
_BOUNDARY_RE = re.compile(r"[!?;]+\s*|(?<=[a-z)\"'])\.+(?:\s+|$)|\.(?=\s*\n)|\n")


def sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    n = len(text)
    for m in _BOUNDARY_RE.finditer(text):
        if m.group(0) == "\n":
            line_start = text.rfind("\n", 0, m.start()) + 1
            line = text[line_start : m.start()].strip()
            nxt = text[m.end() : m.end() + 1]
            # join hard-wrapped lines: a long line not ending in punctuation continued in
            # lower case
            if (len(line) > 30 and line[-1:].isalnum() and nxt.isalpha() and nxt.islower()
                    and pos < m.start()):
                continue
        end = m.end()
        seg = text[pos:end]
        if seg.strip():
            out.append(Sentence(seg, pos, end))
        pos = end
    if pos < n and text[pos:].strip():
        out.append(Sentence(text[pos:], pos, n))
    return out


# --------------------------------------------------------------------------------- negation
NEGATORS = frozenset(
    """
    not never no nor neither nothing nobody
    pas jamais aucun aucune rien personne
    nicht kein keine keinen keinem keiner keines nie niemals nichts
    nunca ningun ninguna ninguno nada tampoco
    non mai nessun nessuna nessuno niente nulla
    niet geen nooit niets
    nao nem nenhum nenhuma nada
    """.split()
)
# negators that follow the verb (German and Dutch main clauses, French "ne ... pas")
_POST_NEGATORS = frozenset({"nicht", "niet", "pas", "jamais", "nie", "nooit", "rien", "keine",
                            "geen", "kein", "niets", "nichts", "plus"})
_CLAUSE_BREAK_RE = re.compile(
    r"[,:;()]|\s-\s|\b(?:but|however|although|though|mais|cependant|toutefois|pourtant|aber|"
    r"sondern|jedoch|doch|pero|sino|aunque|sin embargo|ma|pero|pero|tuttavia|anche se|maar|"
    r"echter|hoewel|mas|porem|contudo|embora|que|dass|che|dat|and then|and|et|und|y|e|"
    r"because|since|as|parce que|car|puisque|weil|denn|porque|ya que|perche|poiche|omdat|want|"
    r"doordat|pois|visto que|so|donc|daher|asi que|quindi|dus|entao)\b"
)
_TOKEN_RE = re.compile(r"[a-z0-9']+")
# "no" used as an answer ("No, we paid") or idioms that contain a negator but negate nothing
_FALSE_NEG_RE = re.compile(
    r"\b(?:no|non|nein|nee|nao)\b\s*[,.!]|\bno (?:problem|worries|issue|doubt|later|more than)\b"
    r"|\bpas de (?:probleme|souci|soucis)\b|\bkein problem\b|\bno hay problema\b|\bsin problema\b"
    r"|\bnessun problema\b|\bgeen probleem\b|\bsem problema\b|\bnot only\b|\bnicht nur\b"
    r"|\bno solo\b|\bnon solo\b|\bniet alleen\b|\bnao so\b|\bnon appena\b|\bno mas tarde\b"
    r"|\bniet later dan\b|\bnao mais tarde\b|\bpas plus tard\b|\bnicht spater als\b"
    # Dutch "pas" = "not until" ("pas op de 30e", "pas na ontvangst"), not the French negation
    r"|\bpas (?:op|na|vanaf|als|wanneer|over|morgen|overmorgen|volgende|komende|eind|einde|begin|"
    r"aan het|nadat|zodra|later|in (?:de|het)|medio|half|deze)\b"
    # Portuguese "no" = "em" + "o" ("no dia 30", "no final do mes", "ligar no (11) 9876..."),
    # not a negation
    r"|\bno (?=[(+]|\d{2})|\bno (?:dia|final|fim|inicio|proximo|mes|valor|montante|total|prazo|escritorio|e-?mail|anexo|"
    r"momento|entanto|caso|seguimento|sentido|sistema|nosso|vosso|seu|meu|banco|pix|boleto|site|"
    r"portal|decorrer|mais tardar|periodo|ano|pedido|orcamento|contrato|servico|sabado|domingo|"
    r"ambito|mesmo|maximo|minimo|primeiro|segundo|ultimo|limite|vencimento|departamento|lote|mapa|ciclo|"
    r"processamento|pagamento|extrato|comprovativo|comprovante|cartao|multibanco|balcao|app|"
    r"aplicativo|referido|corrente|passado|fecho|fechamento|seguinte|qual|que|armazem|local|"
    r"endereco|talao|recibo|documento|ficheiro|arquivo|portal|telefone|telemovel|celular)\b"
)


def _clause_before(text: str, pos: int, max_tokens: int = 6) -> list[str]:
    head = text[:pos]
    cut = 0
    for m in _CLAUSE_BREAK_RE.finditer(head):
        cut = m.end()
    head = _FALSE_NEG_RE.sub(" ", head[cut:])
    return _TOKEN_RE.findall(head)[-max_tokens:]


def _clause_after(text: str, pos: int, max_tokens: int = 4) -> list[str]:
    tail = text[pos:]
    m = _CLAUSE_BREAK_RE.search(tail)
    if m:
        tail = tail[: m.start()]
    tail = re.split(r"[.!?\n]", tail, maxsplit=1)[0]
    return _TOKEN_RE.findall(tail)[:max_tokens]


def is_negated(text: str, start: int, end: int, *, inside: bool = True) -> bool:
    """Whether the cue at text[start:end] is negated within its clause.

    Looks at up to six words before the cue (and inside it, when the cue has gaps), and for
    German/Dutch/French post-verbal negation at up to four words after it."""
    before = _clause_before(text, start)
    french_ne = False
    for tok in before:
        if tok in NEGATORS:
            return True
        if tok in ("ne", "n") or tok.startswith("n'"):
            french_ne = True
    if inside:
        # masked in context: "ligar no (11) ..." ends the cue on a "no" that negates nothing
        inner = _FALSE_NEG_RE.sub(lambda m: " " * len(m.group(0)), text[start : end + 12])
        inner = inner[: end - start]
        for tok in _TOKEN_RE.findall(inner):
            if tok in NEGATORS or tok.startswith("n'") or tok == "ne":
                if tok in ("ne",) or tok.startswith("n'"):
                    french_ne = True
                    continue
                return True
    after = _clause_after(text, end)
    for tok in after:
        if tok in ("nicht", "niet", "nie", "nooit", "nichts", "niets"):
            return True
        if french_ne and tok in _POST_NEGATORS:
            return True
    return False
