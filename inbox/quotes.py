"""Quote stripping: the customer's new text apart from the quoted history and signatures.

`split_reply(body) -> (new_text, quoted_rest)` recognises what the common mail clients put
under (or around) a reply, in the seven message languages:

- attribution lines, also when wrapped over two or three lines: "On … wrote:",
  "Le … a écrit :", "Am … schrieb …:", "El … escribió:", "Il (giorno) … ha scritto:",
  "Op … schreef …:", "Em … escreveu:" (Gmail, Apple Mail, Thunderbird);
- separator lines: "-----Original Message-----" and its localisations, Thunderbird's
  "-------- Message original --------", Gmail's "---------- Forwarded message ---------",
  Apple's "Begin forwarded message:";
- Outlook header blocks ("From: / Sent: / To: / Subject:" and localised keys), with or
  without the line of underscores Outlook's HTML-to-text puts before them;
- ">"-quoted lines; text after a ">" block that is not itself quoted (bottom posting,
  interleaved answers) stays in the new text;
- "Sent from my iPhone"-style footers and the "-- " signature delimiter.

After an attribution line followed by unquoted text, a separator or a header block, the rest
of the message is history. Nothing before the first quote marker is ever dropped.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["split_reply", "strip_signature"]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("\u00a0", " ").replace("\u202f", " "))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


# ------------------------------------------------------------------------- attribution lines
_ATTR_START_RE = re.compile(
    r"^(?:on|le|am|el|il giorno|il|in data|op|em|no dia|den|the|at)\b"
)
_ATTR_VERB_RE = re.compile(
    r"\b(?:wrote|has written|a ecrit|ecrit|schrieb|escribio|ha escrito|ha scritto|scrisse|"
    r"schreef|geschreven|escreveu|skrev)\b"
)
# "Max <max@x.de> schrieb am 9. Nov. 2026 um 10:02:" -- the verb may be mid-line (de, nl)
_ATTR_END_RE = re.compile(
    r"(?:wrote|a ecrit|ecrit|escribio|ha escrito|ha scritto|scrisse|escreveu|skrev|"
    r"schrieb|schreef|geschreven)\s*:?\s*$|:\s*$"
)
_ATTR_EVIDENCE_RE = re.compile(r"@|\d")


def _attribution_end(folded: list[str], i: int) -> int | None:
    """Index of the last line of an attribution starting at line i, or None."""
    first = folded[i]
    if not first or first.startswith(">") or len(first) > 400:
        return None
    joined = ""
    for j in range(i, min(i + 3, len(folded))):
        line = folded[j]
        if j > i and (not line or line.startswith(">")):
            return None
        joined = (joined + " " + line).strip()
        if len(joined) > 400:
            return None
        if not _ATTR_END_RE.search(joined) or not _ATTR_VERB_RE.search(joined):
            continue
        if not _ATTR_EVIDENCE_RE.search(joined):
            continue
        if _ATTR_START_RE.match(joined) or "@" in joined or re.search(r"\d:\d\d", joined):
            return j
    return None


# ------------------------------------------------------------------------- separator lines
_SEPARATOR_RE = re.compile(
    r"^[-_=*\s]{2,}\s*(?:original message|message d'origine|message original|"
    r"ursprungliche nachricht|originalnachricht|original-nachricht|mensaje original|"
    r"messaggio originale|messaggio originario|oorspronkelijk bericht|origineel bericht|"
    r"mensagem original|forwarded message|message transfere|weitergeleitete nachricht|"
    r"mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|mensagem encaminhada|"
    r"reply message|antwort|risposta)\s*[-_=*\s]{2,}$"
    r"|^(?:begin forwarded message|debut du message reexpedie|anfang der weitergeleiteten "
    r"nachricht|inicio del mensaje reenviado|inizio messaggio inoltrato|begin doorgestuurd "
    r"bericht|inicio da mensagem reencaminhada|inicio da mensagem encaminhada)\s*:\s*$"
)
_UNDERSCORES_RE = re.compile(r"^\s*_{8,}\s*$")

# ------------------------------------------------------------------------- header blocks
_FROM_KEYS = r"(?:from|de|von|da|van|fra|fran|afzender|absender|remetente|mittente)"
_OTHER_KEYS = (
    r"(?:sent|date|envoye|gesendet|datum|enviado el|enviado em|enviada em|enviado|enviada|fecha|inviato|"
    r"data|verzonden|verstuurd|to|a|aan|an|para|cc|bcc|objet|subject|betreff|asunto|oggetto|"
    r"onderwerp|assunto|reply-to|repondre a|importance|priorite)"
)
_KEY_TAIL = r"\s*\**\s*:"
_FROM_LINE_RE = re.compile(r"^\**\s*" + _FROM_KEYS + _KEY_TAIL + r"\s*\S")
_OTHER_LINE_RE = re.compile(r"^\**\s*" + _OTHER_KEYS + _KEY_TAIL)
_INLINE_HEADER_RE = re.compile(
    r"\b(?:sent|envoye|gesendet|enviado el|enviado em|enviada em|enviado|enviada|inviato|verzonden|"
    r"subject|objet|"
    r"betreff|asunto|oggetto|onderwerp|assunto)\s*\**\s*:"
)


def _header_block(folded: list[str], i: int) -> bool:
    if not _FROM_LINE_RE.match(folded[i]):
        return False
    if _INLINE_HEADER_RE.search(folded[i], 5):
        return True
    seen = 0
    for j in range(i + 1, min(i + 7, len(folded))):
        line = folded[j]
        if not line:
            continue
        if _OTHER_LINE_RE.match(line):
            seen += 1
            if seen >= 1:
                return True
        else:
            return False
    return False


# ------------------------------------------------------------------------- footers, signature
_FOOTER_RE = re.compile(
    r"^(?:sent from|sent with|sent via|sent using|get outlook for|envoye de|envoye depuis|"
    r"envoye a partir de|envoye avec|obtenir outlook pour|telechargez outlook|von meinem|"
    r"gesendet von|gesendet mit|holen sie sich outlook|enviado desde|enviado con|"
    r"obtener outlook para|descarga outlook|inviato da|inviato dal|inviato con|"
    r"scarica outlook|ottieni outlook|verzonden vanaf|verzonden met|verzonden van|"
    r"verstuurd vanaf|verstuurd met|outlook voor|download outlook|enviado do|enviado de|"
    r"enviado a partir do|enviado pelo|obter o outlook|obtenha o outlook)\b"
)
_SIG_RE = re.compile(r"^--\s*$")


def _is_footer(folded: str) -> bool:
    return len(folded) <= 80 and bool(_FOOTER_RE.match(folded))


def _join(lines: list[str]) -> str:
    return "\n".join(lines).strip("\n").rstrip()


def split_reply(body: str) -> tuple[str, str]:
    """(the customer's new text, everything quoted or signature) of a plain-text body."""
    if not body:
        return "", ""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    folded = [_fold(line) for line in lines]
    n = len(lines)
    keep: list[str] = []
    rest: list[str] = []
    i = 0
    while i < n:
        f = folded[i]
        line = lines[i]
        # history that runs to the end of the message
        if _SEPARATOR_RE.match(f) or _header_block(folded, i) or (
            _UNDERSCORES_RE.match(line) and _next_is_header(folded, i)
        ):
            rest.extend(lines[i:])
            break
        if _SIG_RE.match(line) and line.startswith("--"):
            rest.extend(lines[i:])
            break
        if _is_footer(f):
            # a mobile footer ends the new text; whatever follows is history or signature
            rest.extend(lines[i:])
            break
        end = _attribution_end(folded, i)
        if end is not None:
            nxt = _next_nonblank(folded, end + 1)
            if nxt is None or folded[nxt].startswith(">"):
                # attribution over a ">" block: only the block is history
                rest.extend(lines[i : end + 1])
                i = end + 1
                continue
            rest.extend(lines[i:])
            break
        if line.lstrip().startswith(">"):
            rest.append(line)
            i += 1
            continue
        keep.append(line)
        i += 1
    return _join(keep).strip(), _join(rest).strip()


def _next_nonblank(folded: list[str], start: int) -> int | None:
    for j in range(start, len(folded)):
        if folded[j]:
            return j
    return None


def _next_is_header(folded: list[str], i: int) -> bool:
    j = _next_nonblank(folded, i + 1)
    return j is not None and _header_block(folded, j)


def strip_signature(text: str) -> str:
    """The text without its "-- " signature and mobile footers (closing formulas stay)."""
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if (_SIG_RE.match(line) and line.startswith("--")) or _is_footer(_fold(line)):
            break
        out.append(line)
    return _join(out).strip()
