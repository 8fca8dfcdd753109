"""Bounces (delivery status notifications) and spam complaints in raw inbound mail.

`detect(raw)` tells what an inbound message is, for the contact it is about:

- ``hard``: the address or its domain does not exist (unknown user, no such mailbox, disabled
  account, unknown or unroutable domain, null MX). Only then is a contact invalidated.
- ``soft``: any other delivery failure or delay: mailbox full, greylisting and every temporary
  (4.x.x) error, spam / policy / reputation / DMARC / SPF blocks, message too big, loops, time
  expired, system errors, and failures whose reason cannot be read. Nothing is invalidated.
- ``complaint``: an ARF spam complaint (RFC 5965 feedback report).
- ``none``: anything else: a human reply (even one quoting an error), an auto-reply, a newsletter,
  a read receipt (MDN), a success DSN (delivered / relayed / expanded).

When in doubt between hard and soft the answer is soft: a wrong invalidation costs more than a
retry. When recipients of one report differ, a hard verdict lists only the addresses that failed
for good (those are the ones to invalidate); the others are retried like any soft bounce.

How: (1) RFC 3464 ``message/delivery-status`` parts, per recipient (Original-Recipient before
Final-Recipient, Action, Status, Diagnostic-Code); (2) RFC 5965 feedback reports; (3) everything
else through flufl.bounce's heuristic detectors (qmail, Exim, Postfix without DSN, Exchange,
Yahoo, Lotus Notes, GroupWise, SMTP32, ...) for the recipients, and the SMTP reply codes and the
wording (multilingual) of the notification for the verdict. A message without a report structure
counts only when it comes from a mailer-daemon / postmaster style sender, has a null return path
or reads as a non-delivery report in its subject — never just because its text says
"undeliverable".
"""

from __future__ import annotations

import email
import html
import os
import quopri
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr
from pathlib import Path

__all__ = ["Bounce", "bounce_check", "detect"]


@dataclass(frozen=True)
class Bounce:
    kind: str  # "hard" | "soft" | "complaint" | "none"
    recipients: tuple[str, ...]  # failed (or complained-about) addresses, lower-cased
    status: str | None  # the RFC 3463 enhanced status code when found, e.g. "5.1.1"
    diagnostic: str | None  # short diagnostic text (SMTP reply) when found
    original_message_id: str | None  # Message-ID of our message that bounced ("<id@host>")


NOT_A_BOUNCE = Bounce("none", (), None, None, None)

_MAX_TEXT = 200_000  # characters of notification text looked at


def detect(raw: bytes) -> Bounce:
    """What `raw` (a whole RFC 5322 message, as received) is; never raises."""
    try:
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        if not isinstance(raw, bytes | bytearray) or not raw.strip():
            return NOT_A_BOUNCE
        return _detect(email.message_from_bytes(bytes(raw)))
    except Exception:  # noqa: BLE001 - any input, however broken, is "not a bounce"
        return NOT_A_BOUNCE


def bounce_check(paths: Iterable[str | os.PathLike[str]]) -> Iterator[dict]:
    """One result per raw email file, for `dunning bounce-check FILE...`:
    ``{"file", "bounce": "hard"|"soft"|"none", "recipients": [...]}``.

    The interface knows only hard, soft and none: a spam complaint is not a delivery failure,
    so it is reported as ``"none"`` with no recipients (the inbound handler, which calls
    `detect`, still sees it as a complaint). An unreadable file is ``"none"`` too.
    """
    for path in paths:
        try:
            raw = Path(path).read_bytes()
        except OSError:
            result = NOT_A_BOUNCE
        else:
            result = detect(raw)
        kind = result.kind if result.kind in ("hard", "soft") else "none"
        yield {"file": str(path), "bounce": kind,
               "recipients": list(result.recipients) if kind != "none" else []}


# --------------------------------------------------------------------------------------------
# Verdict: hard or soft, from status codes and wording
# --------------------------------------------------------------------------------------------

def _norm(text: str) -> str:
    """Lower case, accents stripped, whitespace collapsed: what the patterns are written for."""
    kept: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(char) and kept and kept[-1] < "\u0250":
            continue  # an accent on a Latin letter (Cyrillic and kana keep theirs)
        kept.append(char)
    text = unicodedata.normalize("NFC", "".join(kept))
    return re.sub(r"\s+", " ", text.replace("\u00df", "ss")).lower()


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


# Anything that says the failure is not about the address itself. Checked first, on the
# recipient's own diagnostic, and it wins over every "unknown user" wording and hard status.
_SOFT = _rx(
    # mailbox full, quota (en, fr, de, es, it, nl, pt)
    r"mail ?box (is |was )?(full|over ?quota)|mail ?folder is full|in ?box is full|full mail ?box",
    r"\bquota\b|over ?quota|overquota|cuota|\bcota\b",
    r"insufficient (system )?storage|not enough (disk |storage )?space|space (has been )?used up",
    r"space not enough|storage (space|allocation|limit)|disk ?space|disk full|too much mail",
    r"too many messages (on|in) |mailbox (size|would exceed|has exceeded|exceeds)",
    r"exceeds? (the )?(allowed|maximum|max) (size|storage)|exceeding (their|its|the) ",
    r"boite (aux lettres |de reception |du destinataire )?(est )?pleine|boite pleine",
    r"postfach (ist )?(voll|uberfullt|ueberfuellt)|speicher(platz)? (ist )?(voll|erschopft)",
    r"buzon (de correo )?(esta )?(lleno|completo)|casella (di posta )?(e |risulta )?piena",
    r"spazio (insufficiente|esaurito)|(mail)?box (is )?vol\b|brievenbus (is )?vol|postvak vol",
    r"caixa (postal |de correio )?(esta )?(cheia|lotada)",
    r"переполнен|превыш\w* (квот|лимит|размер)|容量.{0,6}(超過|不足|オーバー)|"
    r"メールボックス.{0,6}(満杯|いっぱい)|邮箱(已满|空间不足|容量)|空间不足|信箱已满",
    # temporary conditions, greylisting, rate limits, delays
    r"try(ing)? again later|try again in |please try later|, try again|try later",
    r"temporar|transient|greylist|graylist|grey-list|deferr|postponed|warning only",
    r"will (be )?(re)?tr(y|ied)|retry (timeout|time)|will continue (to )?(try|attempt)",
    r"delivery attempts will continue|still (being )?(re)?tr(y|ied)|has been delayed|\bdelayed\b",
    r"not yet been delivered|not yet delivered|rate ?limit|too many (messages|connections|"
    r"recipients|concurrent|emails|mails|sessions|errors)|receiving mail at a rate|throttl",
    r"resources (are )?temporarily|come back later|later again",
    # spam, policy, reputation, authentication, content
    r"spam|unsolicited|junk|bulk mail|blocked|block ?list|black ?list|deny ?list|\brbl\b",
    r"dnsbl|spamhaus|spamcop|barracuda|reputation|(?<!not )\blisted (in|at|on|by) |\bpolicy\b",
    r"policies",
    r"dmarc|\bspf\b|dkim|authenticat|not authori[sz]ed|unauthori[sz]ed|(?<!recipient address "
    r"rejected: )access denied|permission denied|forbidden|prohibited|banned|content (rejected|"
    r"filter)|message content|virus|malware|infected|phishing|suspicious|filtered|"
    r"not accepting (mail|messages|e-?mail) from|does not accept (mail|messages) from",
    r"refused (by|due|to accept)|rejected (by|due to|for) (policy|the recipient(?! domain)|"
    r"content|security)|administrative(ly)? prohibited|relay(ing)? (not permitted|denied|access|not "
    r"allowed|prohibited)|unable to relay|not permitted to relay|we do not relay|"
    r"relaying (is )?denied|not a gateway|no relay",
    # our own sender being refused is never the recipient's fault
    r"sender (address|domain|verif|rejected|denied|blocked|is not|not (allowed|authori|"
    r"permitted|verified|accepted))|(unknown|invalid|rejected|bad|unverified|unauthorized) sender"
    r"|envelope sender|domain of sender|sender's domain|spoof|impersonat|reverse dns|"
    r"no reverse|\bptr\b.{0,30}(record|missing|lookup|required|not)|(helo|ehlo)\b.{0,40}"
    r"(rejected|invalid|not (allowed|accepted)|required|denied)|(invalid|bad|rejected) "
    r"(helo|ehlo)|\btls\b.{0,20}(required|negotiation|handshake|failed|error)|starttls|"
    r"certificate|encryption (required|needed)",
    # size, loops, time-outs, network, system errors
    r"message (size|is too (big|large|long)|too (big|large|long))|too (big|large)\b|size limit",
    r"exceeds? (the )?(maximum|max|size|allowed)|exceeded (the )?maximum|maximum (incoming |"
    r"inbound )?message size|message length exceeds|loop|too many hops|hop count",
    r"timed? ?out|time-out|timeout|expired|in the queue too long|not (been )?collected",
    r"not reachable|unreachable|no answer|not responding|did not respond|(could|can)(no|')?t "
    r"(establish|connect)|unable to connect|failed to connect|connection (refused|reset|failed|"
    r"timed|lost|dropped|closed|to mail exchanger failed)|mail exchanger failed|lost connection|"
    r"broken pipe|network (error|problem|is unreachable)|no route to host|(establish|open|"
    r"make) an? smtp connection|smtp connection (failed|lost|refused|timed out)",
    r"delivery attempts|\d+ attempts|system (error|problem|failure|is not accepting|not "
    r"accepting|busy)|internal (server )?error|server (error|busy|is busy|unavailable|too busy)|"
    r"service (is )?(unavailable|not available)|command died|command output|configuration "
    r"error|processing error|mailer error|out of memory|local delivery failed|i/o error|"
    r"protocol error|syntax error|encountered an error while being processed|please try to resend",
)

# The address (or its domain) does not exist. Only counted when nothing above matched.
_HARD = _rx(
    r"user ?unknown|unknown user|unknown (recipient|mailbox|account|local ?-?part|address|"
    r"e-?mail|addressee|alias|virtual user|or illegal user)|addressee unknown|address unknown",
    r"(recipient|addressee|address|mailbox|user|account|e-?mail|user ?name|user ?id)\S{0,3} "
    r"(\S+ ){0,4}(is )?(unknown|not (found|known|listed|recognized|recognised|valid|registered|"
    r"present|exist\w*|an? (valid|known|local|active) \w+)|(does|do|did)(n't| not) exist|"
    r"doesn'?t exist|no longer (exists|valid|active|available|in use|accepts? mail)|"
    r"(has been |was |is )?(disabled|deactivated|deleted|removed|closed|discontinued|"
    r"terminated|cancell?ed)|(could|can)(no|')?t be found|was not found|wasn'?t found)",
    r"no such (user|mailbox|recipient|address|account|person|local user|domain|host|e-?mail)",
    r"(invalid|illegal|bad|non-?existent|nonexistent|inexistent|unrecognized) (recipient|"
    r"address|mailbox|user|e-?mail|destination|account|domain|host|local ?part|userid|"
    r"final delivery)",
    r"not a (valid|known|local) (user|recipient|mailbox|address|e-?mail|account)|is not a known "
    r"user|no (mailbox|account|one) (here |at this |by that |for this |available|found)|"
    r"no mailbox here|mailbox (unavailable|unavaiable|not available|is unavailable|does not exist|"
    r"not found|not present|invalid|is disabled|disabled)",
    r"recipient address rejected|(recipient|address) rejected|recipient not (ok|accepted)|"
    r"recipient is not (local|accepted)|recipients? (was|were) undeliverable",
    r"(user|recipient|address|mailbox|account|person|name) (not found|not known)|"
    r"not (listed|found|present) in (the )?(domino|directory|address book|public name|name "
    r"directory|name and address)|recipient name is not recognized|not our customer|"
    r"unroutable|unrouteable|recip(ient)? ?not ?found|resolver\.adr",
    r"host unknown|unknown host|host (or domain name )?not found|domain (name )?not found|"
    r"unknown domain|no such domain|domain (does not exist|doesn't exist|is not valid|must exist|"
    r"is not reachable)|no (valid )?mx\b|null mx|nxdomain|name or service not known|"
    r"non-?existent domain|could not resolve|mail domain .{0,30}unknown|"
    r"no matches to nameserver query|did not exactly match|does not have a final (e-?mail )?"
    r"delivery point|wrong or no longer valid|no longer (valid|active|in use|accepts mail)|"
    r"doesn'?t have an? .{0,40}account|does not have an? .{0,40}account|has no account|"
    r"there is no one at this address|no longer with|disabled or discontinued|"
    r"email account that you tried to reach (does not exist|is disabled)|"
    r"address couldn'?t be found|address (was )?not found|is not a valid mailbox|"
    r"destination addresses? (were|was) unknown|bad destination mailbox",
    # fr, de, es, it, nl, pt (accents stripped)
    r"utilisateur (inconnu|inexistant|introuvable|non (reconnu|recense))|destinataire (inconnu|"
    r"inexistant|introuvable|invalide)|adresse (email |e-mail |de messagerie )?(introuvable|"
    r"inconnue|invalide|inexistante|erronee)|n'?existe (pas|plus)|compte (desactive|inexistant|"
    r"supprime|ferme)|boite (aux lettres )?(inexistante|inconnue)",
    r"benutzer (\S+ )?(unbekannt|existiert nicht|nicht gefunden|ungultig)|unbekannte?r? "
    r"(empf(a|ae)nger|benutzer|adresse|user|mailbox|postfach)|empf(a|ae)nger (\S+ )?"
    r"(unbekannt|existiert nicht|nicht gefunden|ungultig)|adresse (\S+ )?(unbekannt|existiert "
    r"nicht|ungultig)|existiert nicht|gibt es nicht|ungultige (e-?mail-?)?(adresse|empf)|"
    r"postfach (existiert nicht|unbekannt|nicht vorhanden)",
    r"usuario (desconocido|inexistente|no existe|no encontrado|no valido)|destinatario "
    r"(desconocido|inexistente|no existe|no valido)|direccion (de correo )?(no valida|"
    r"inexistente|desconocida|no existe)|no existe (dicha|ese|el|la|esa)|cuenta (inexistente|"
    r"desactivada|no existe)",
    r"utente (sconosciuto|inesistente|non esiste|non trovato)|destinatario (sconosciuto|"
    r"inesistente)|indirizzo (email )?(inesistente|non valido|sconosciuto|non esiste)|"
    r"nessun utente|casella (inesistente|non esiste)",
    r"onbekende (gebruiker|ontvanger|geadresseerde)|(gebruiker|ontvanger|adres|mailbox) "
    r"(is )?(onbekend|bestaat niet)|bestaat niet",
    r"пользовател\w* (\S+ )?(не найден|не существует|неизвестен)|(адрес\w*|ящик\w*|"
    r"получател\w*) (\S+ )?(не найден|не существует|неизвестен)|нет такого (пользователя|"
    r"адреса|ящика)|存在しません|存在しない|見つかりません|宛先不明|ユーザー?(が)?不明|"
    r"用户不存在|收件人不存在|地址不存在|帐号不存在|账号不存在|不存在的用户",
    r"(utilizador|usuario|destinatario) (desconhecido|inexistente|nao existe|invalido)|"
    r"endereco (de e-?mail )?(invalido|inexistente|desconhecido|nao existe)|caixa (postal )?"
    r"(inexistente|nao existe)|conta (inexistente|desativada)",
)

# Unmistakable "this address does not exist": trusted even under a 5.7.x code that some
# servers use for everything they refuse at RCPT.
_HARD_STRONG = _rx(
    r"user ?unknown|unknown (user|recipient|mailbox|address)|addressee unknown",
    r"no such (user|mailbox|recipient|address|account)|no mailbox here",
    r"non-?existent (user|recipient|mailbox|address|account)|(user|recipient|mailbox|address|"
    r"account) (does not|doesn'?t|not) exist|(user|recipient|mailbox) not found",
    r"invalid (recipient|mailbox)|recipient address rejected: (invalid|unknown) user",
)

_ENHANCED = re.compile(r"(?<![\w.])([245])\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)")
_REPLY = re.compile(r"(?<![\w.:/#=+-])([245]\d\d)(?=[\s:,;-]|$)")

# Enhanced codes about the address or the domain themselves (RFC 3463 / RFC 7505).
_HARD_CODES = {"5.1.1", "5.1.2", "5.1.3", "5.1.6", "5.1.10", "5.4.4", "5.2.1",
               "5.7.17", "5.7.18"}  # mailbox / domain owner has changed (RFC 8098 registry)
# Enhanced codes that never invalidate an address.
_SOFT_CODES = {"5.2.2", "5.2.3", "5.2.4", "5.3.1", "5.3.2", "5.3.4", "5.4.3", "5.4.5", "5.4.6",
               "5.4.7", "5.5.3", "5.5.4", "5.5.5", "5.1.7", "5.1.8", "5.1.9"}


def _codes(text: str) -> tuple[list[str], list[int]]:
    enhanced = [".".join(m.groups()) for m in _ENHANCED.finditer(text)]
    replies = [int(m.group(1)) for m in _REPLY.finditer(text)]
    return enhanced, replies


def _best_code(codes: list[str]) -> str | None:
    """The most specific failure code: 5.1.1 over 5.0.0; failure classes before 2.x.x."""
    failing = [c for c in codes if c[0] in "45"]
    for code in failing:
        if not code.endswith(".0.0"):
            return code
    return failing[0] if failing else (codes[0] if codes else None)


def _verdict(codes: list[str], replies: list[int], text: str, permanent: bool) -> str:
    """``hard`` or ``soft`` for one failed recipient, from every code and the wording about it.

    `permanent`: the report itself says the failure is final (Action: failed, a 5xx, "permanent
    error"); without it, wording alone never makes a hard bounce.
    """
    norm = _norm(text)
    if any(c.startswith("4.") for c in codes) or any(400 <= r < 500 for r in replies):
        return "soft"
    if _SOFT.search(norm):
        return "soft"
    specific = [c for c in codes if c.startswith("5.")]
    if any(c in _SOFT_CODES or c.startswith("5.6.") for c in specific):
        return "soft"
    if any(c in _HARD_CODES for c in specific):
        return "hard"
    if any(c.startswith("5.7.") for c in specific):
        return "hard" if _HARD_STRONG.search(norm) else "soft"
    failing = bool(specific) or any(500 <= r < 600 for r in replies) or permanent
    if failing and _HARD.search(norm):
        return "hard"
    return "soft"


def _has_signal(text: str) -> bool:
    """Whether `text` says anything about why delivery failed."""
    norm = _norm(text)
    enhanced, replies = _codes(text)
    return bool(_SOFT.search(norm) or _HARD.search(norm)
                or any(c[0] in "45" for c in enhanced) or any(r >= 400 for r in replies))


def _reason_line(text: str) -> str | None:
    """The line of `text` that gives the reason: a failure reply code or a known wording
    (with its indented continuation lines)."""
    lines: list[str] = []
    previous_indent = 0
    for raw in text.expandtabs(8).splitlines():
        indent = len(raw) - len(raw.lstrip(" "))
        if (lines and raw.strip() and indent >= 2 and indent > previous_indent
                and not re.fullmatch(r"\s*<?[^\s<>@]+@[^\s<>@]+>?\s*:?\s*", raw)):
            lines[-1] += " " + raw.strip()
            continue
        lines.append(raw.strip(" \t*>|-"))
        previous_indent = indent
    lines = [ln for ln in lines if ln]
    for ln in lines:
        enhanced, replies = _codes(ln)
        if (any(c[0] in "45" for c in enhanced) or any(r >= 400 for r in replies)
                ) and re.search(r"[a-zA-Z]{3}", ln):
            first = min((m.start() for rx in (_REPLY, _ENHANCED) for m in rx.finditer(ln)
                         if m.group(1)[0] in "45"), default=0)
            return _short(ln[first:] if len(ln) > 160 and first > 60 else ln)
    for ln in lines:
        norm = _norm(ln)
        if _SOFT.search(norm) or _HARD.search(norm):
            return _short(ln)
    return None


def _short(text: str, limit: int = 300) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


# --------------------------------------------------------------------------------------------
# Message helpers
# --------------------------------------------------------------------------------------------

_FIELD_PARTS = {"message/delivery-status", "message/global-delivery-status",
                "text/delivery-status", "message/feedback-report",
                "message/disposition-notification", "message/global-disposition-notification"}
_RETURNED_PARTS = {"message/rfc822", "message/global", "text/rfc822-headers",
                   "message/rfc822-headers", "message/global-headers", "message/partial",
                   "message/external-body"}


def _header(msg: Message, name: str) -> str:
    value = msg.get(name)
    if value is None:
        return ""
    try:
        return str(make_header(decode_header(str(value))))
    except Exception:  # noqa: BLE001 - undecodable header: use it raw
        return str(value)


def _ctype(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:  # noqa: BLE001
        return "text/plain"


def _parts(msg: Message) -> Iterator[Message]:
    """Every part of `msg`, not looking inside embedded messages (they are yielded whole)."""
    stack = [msg]
    seen = 0
    while stack and seen < 500:
        part = stack.pop(0)
        seen += 1
        yield part
        ctype = _ctype(part)
        if ctype.startswith("multipart/") and part.is_multipart():
            stack[0:0] = [p for p in part.get_payload() if isinstance(p, Message)]


def _decoded(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001
        payload = None
    if payload is None:
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    if not isinstance(payload, bytes):
        return str(payload)
    charset = None
    try:
        charset = part.get_content_charset()
    except Exception:  # noqa: BLE001
        charset = None
    for codec in (charset, "utf-8"):
        if not codec:
            continue
        try:
            return payload.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1")


def _html_to_text(text: str) -> str:
    text = text[: 2 * _MAX_TEXT]
    text = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>", " ", text)
    text = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d|table)\s*>", "\n", text)
    text = re.sub(r"(?s)<[^>]*>", " ", text)
    return html.unescape(text)


def _field_text(part: Message) -> str:
    """The text of a field part (delivery-status, feedback-report, disposition-notification),
    however the parser split it up."""
    if part.is_multipart():
        blocks = []
        for sub in part.get_payload():
            if not isinstance(sub, Message):
                continue
            lines = [f"{k}: {v}" for k, v in sub.items()]
            body = sub.get_payload()
            if isinstance(body, str) and body.strip():
                lines.append("")
                lines.append(body)
            blocks.append("\n".join(lines))
        text = "\n\n".join(blocks)
        cte = str(part.get("content-transfer-encoding", "")).strip().lower()
        if cte == "quoted-printable" and "=" in text:
            text = quopri.decodestring(text.encode("utf-8", "replace")).decode("utf-8", "replace")
        return text
    return _decoded(part)


def _field_blocks(text: str) -> list[dict[str, list[str]]]:
    """RFC 822 style field blocks separated by blank lines, unfolded; names lower-cased."""
    blocks: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] = {}
    last: str | None = None
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            if current:
                blocks.append(current)
            current, last = {}, None
            continue
        if line[:1] in (" ", "\t") and last is not None:
            current[last][-1] += " " + line.strip()
            continue
        name, sep, value = line.partition(":")
        if not sep or not re.fullmatch(r"[A-Za-z][A-Za-z0-9-]*", name.strip()):
            last = None
            continue
        last = name.strip().lower()
        current.setdefault(last, []).append(value.strip())
    if current:
        blocks.append(current)
    return blocks


_ADDRESS = re.compile(r"[^\s<>()\[\]\",;:@]+@[^\s<>()\[\]\",;:@]+")


def _clean_address(value: str) -> str | None:
    value = value.strip().strip("<>\"' ").strip()
    match = _ADDRESS.search(value)
    if not match:
        return None
    address = match.group(0).strip(".'\"").lower()
    address = re.sub(r"(=20|=0d|=0a)+$", "", address)
    local, _, domain = address.rpartition("@")
    if not local or not domain or "." not in domain and not domain.isalnum():
        return None
    return address


def _typed_address(value: str) -> str | None:
    """An address from a DSN recipient field: "rfc822; a@b", "<a@b>" or "a@b" (not x400)."""
    kind, sep, rest = value.partition(";")
    if sep:
        if kind.strip().lower() not in ("rfc822", "utf-8", "unknown", "smtp", "internet", ""):
            return None
        value = rest
    return _clean_address(value)


def _dedupe(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        if item and item not in seen:
            seen[item] = None
    return tuple(seen)


_DAEMON_TOKENS = {"mailer", "daemon", "mailerdaemon", "maildaemon", "postmaster", "mdaemon",
                  "ndr", "dsn", "mailadm", "mailadmin", "postoffice", "mmdf", "smtp",
                  "deliverysystem", "mailsystem", "mailserver", "mail.delivery.system"}
_DAEMON_NAME = re.compile(
    r"mail delivery|delivery (sub)?system|delivery (status|service|report)|mailer[- ]?daemon|"
    r"postmaster|mail (system|server|administrator|admin)|system administrator|e-?mail "
    r"interconnect|mail ?gateway|smtp (mail )?(service|gateway)|mdaemon|lsmtp|automated response|"
    r"returned mail|mail ?system|mailserver|antivirus|jetmail", re.I)


def _is_daemon_address(address: str) -> bool:
    local = address.partition("@")[0].strip().strip('"').lower()
    if re.fullmatch(r"microsoftexchange[0-9a-f]{32}", local):
        return True
    tokens = set(re.split(r"[._\-+\s\\]+", local))
    return bool(tokens & _DAEMON_TOKENS) or local in _DAEMON_TOKENS


def _daemon_sender(msg: Message) -> bool:
    """Sent by a mail system rather than a person."""
    for name in ("from", "sender"):
        raw = msg.get(name)
        if raw is None:
            continue
        display, address = parseaddr(_header(msg, name))
        raw_text = str(raw)
        if _is_daemon_address(address) or _DAEMON_NAME.search(display or ""):
            return True
        if name == "from" and re.search(r"<\s*>", raw_text):
            return True  # From: Postmaster <>
        if _is_daemon_address(raw_text) and "@" not in raw_text:
            return True
        if re.search(r"\b(mailer[-_]?daemon|postmaster|mdaemon)\b", raw_text, re.I):
            return True
    inner = str(msg.get("return-path", "")).strip().strip("<>").strip()
    return bool(inner) and _is_daemon_address(inner)


def _null_return_path(msg: Message) -> bool:
    value = msg.get("return-path")
    return value is not None and not str(value).strip().strip("<>").strip()


_NDR_SUBJECT = re.compile(
    r"undeliver|undelivered|not delivered|non[- ]?deliver|could not be delivered|delivery "
    r"(status|fail|has failed|problem|report|notification|error|warning|delayed)|returned mail|"
    r"mail delivery|failure notice|failed mail|mail (system )?error|returned to sender|"
    r"mail not delivered|message not delivered|rejected mail|delivery status|"
    r"warning: message|delayed mail|mail could not|delivery notification|"
    r"nicht zustellbar|unzustellbar|non remis|non distribu|no entregado|no se pudo entregar|"
    r"onbestelbaar|niet bezorgd|nao entregue|non consegnat|mancata consegna|"
    r"utilisateur non|unknown user|user unknown", re.I)
_FORWARD_SUBJECT = re.compile(r"^\s*(fwd?|fw|wg|tr|rv|enc|i|doorst|vs|vb|fs)\s*:", re.I)
_REPLY_SUBJECT = re.compile(r"^\s*(re|aw|sv|antw|r|ref|rif|odp|vs)\s*:", re.I)
_AUTO_REPLY_SUBJECT = re.compile(
    r"out of (the )?office|automatic reply|auto(matic)?[- ]?(reply|response|antwort)|"
    r"autoreply|autorespon|abwesenheit|absence|absent|reponse automatique|respuesta automatica|"
    r"fuera de la oficina|risposta automatica|fuori ufficio|automatisch antwoord|afwezig|"
    r"resposta automatica|ausencia|vacation|on leave|away from|\bauto:|congé|conge", re.I)
_NDR_BODY = re.compile(
    r"could ?n[o']t be delivered|can ?n[o']t be delivered|could not deliver|was not delivered|"
    r"wasn'?t delivered|not been delivered|undeliverable|undelivered|delivery (has )?failed|"
    r"delivery to the following|failed permanently|permanent (fatal )?error|did not reach|"
    r"unable to deliver|not able to deliver|delivery failure|message not delivered|"
    r"non[- ]delivery|delivery status notification|mail delivery failed|has been delayed|"
    r"not yet been delivered|could not be sent|returned mail|delivery (problem|error)|"
    r"konnte nicht (zugestellt|ausgeliefert)|nicht zugestellt|unzustellbar|n'a pas pu etre|"
    r"non remis|no (se ha podido|pudo ser) entregad|non e stato (possibile|recapitato)|"
    r"kon niet (worden )?(bezorgd|afgeleverd)|nao (pode|pôde|foi possivel) (ser )?entreg|"
    r"message could not|mail could not|not be delivered|could not be processed", re.I)


# Stricter than _NDR_BODY: for reports from senders that do not look like a mail system.
_MAIL_NOT_DELIVERED = re.compile(
    r"(mail|message|e-?mail|nachricht|courriel|mensaje|messaggio|bericht|mensagem)\b.{0,40}"
    r"(could ?n[o']t|can ?n[o']t|was ?n[o']t|has ?n[o']t been|not been|wasn't) (be )?"
    r"(delivered|sent|zugestellt|remis|entregad|recapitat|bezorgd)|undeliverable (mail|message)"
    r"|delivery status notification|delivery to the following recipients? failed")


# The notification ends where the returned message begins.
_ORIGINAL_MARKERS = re.compile(
    r"^[\s>*|-]*(?:"
    r".*below this line is a copy of the message|.*this is a copy of (the|your) message|"
    r".*original message (follows|attached|below|is attached|as received|headers)|"
    r"-*\s*original message\s*-*\s*$|.*message headers? follows?|.*start of returned message|"
    r".*returned mail follows|-+\s*returned mail\s*-+|.*unsent message below|"
    r".*a copy of the original message|.*header of the original message|"
    r".*included is a copy of the message|.*the header and top \d+ lines|"
    r".*first \d+ lines of your original message|your message reads|"
    r".*summary of the undelivered message|original message details|"
    r".*header of the source mail|here is a copy of the first part|"
    r".*copy of the original message|the original message follows|.*mensaje original|"
    r"old message:|content-type:\s*message/(rfc822|global)|(received|return-path):\s|"
    r".*attachment is a copy of the message|.*forwarded message|"
    r".*(originalnachricht|nachricht im original|message d'origine|messaggio originale|"
    r"mensagem original|oorspronkelijk bericht)|.*below is a copy of the original)", re.I)


def _cut_original(text: str) -> str:
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if index and _ORIGINAL_MARKERS.match(line):
            return "\n".join(lines[:index])
    return text


def _notification_text(msg: Message) -> str:
    """The human-readable part of a report, without the returned message."""
    plain: list[str] = []
    htmls: list[str] = []
    for part in _parts(msg):
        ctype = _ctype(part)
        if ctype in _RETURNED_PARTS or ctype in _FIELD_PARTS or part.is_multipart():
            continue
        if ctype == "text/plain" or (ctype.startswith("text/") and ctype != "text/html"):
            plain.append(_decoded(part))
        elif ctype == "text/html":
            htmls.append(_html_to_text(_decoded(part)))
    text = "\n".join(plain) if any(p.strip() for p in plain) else "\n".join(htmls)
    if "<br" in text.lower() or "</" in text:
        text = _html_to_text(text)
    return _cut_original(text[:_MAX_TEXT])


def _recipient_evidence(text: str, recipient: str, others: Iterable[str]) -> str:
    """The lines of `text` about `recipient`: each line naming it and the lines after it, up
    to the next line naming another failed recipient."""
    lines = text.splitlines()
    low_lines = [ln.lower() for ln in lines]
    others = [o for o in others if o and o != recipient]
    chunks: list[str] = []
    if any(recipient in low for low in low_lines):
        def names_it(low: str) -> bool:
            return recipient in low
    else:
        # Some reports name the mailbox without its domain ("local user jdoe", "jdoe  No
        # matches to nameserver query"); only for a local part too long to be a common word.
        local = recipient.partition("@")[0]
        pattern = re.compile(rf"(?<![\w.+-]){re.escape(local)}(?![\w.+-])")

        def names_it(low: str) -> bool:
            return len(local) >= 5 and "@" not in low and bool(pattern.search(low))
    for index, low in enumerate(low_lines):
        if not names_it(low):
            continue
        chunk = [lines[index]]
        for follow, follow_low in zip(lines[index + 1:index + 9], low_lines[index + 1:index + 9],
                                      strict=False):
            if any(o in follow_low for o in others):
                break
            chunk.append(follow)
        chunks.append("\n".join(chunk))
    return "\n".join(chunks)


def _message_id(value: str | None) -> str | None:
    if not value:
        return None
    match = re.search(r"<([^<>\s]+)>", str(value))
    if match:
        return f"<{match.group(1)}>"
    value = str(value).strip()
    if value and " " not in value and "@" in value:
        return f"<{value.strip('<>')}>"
    return None


def _returned_headers(part: Message) -> Message | None:
    """The headers of the returned message in a message/rfc822 or text/rfc822-headers part."""
    ctype = _ctype(part)
    if ctype in ("message/rfc822", "message/global"):
        payload = part.get_payload()
        if isinstance(payload, list) and payload and isinstance(payload[0], Message):
            return payload[0]
        if isinstance(payload, str):
            return email.message_from_string(payload)
        return None
    if ctype in ("text/rfc822-headers", "message/rfc822-headers", "message/global-headers"):
        if part.is_multipart():
            payload = part.get_payload()
            return payload[0] if payload and isinstance(payload[0], Message) else None
        return email.message_from_string(_decoded(part).lstrip())
    return None


def _is_report(msg: Message) -> bool:
    return any(_ctype(p) in _FIELD_PARTS for p in _parts(msg))


def _original_message_id(msg: Message, own_id: str | None) -> str | None:
    """Message-ID of the message that bounced: from the returned message or headers, else
    quoted in the report's text."""
    for part in _parts(msg):
        returned = _returned_headers(part)
        if returned is None:
            continue
        if _is_report(returned) and returned is not msg:
            inner = _original_message_id(returned, _message_id(returned.get("message-id")))
            if inner:
                return inner
            continue
        found = _message_id(returned.get("message-id"))
        if found and found != own_id:
            return found
    texts = []
    for part in _parts(msg):
        ctype = _ctype(part)
        if ctype.startswith("text/") or ctype in _FIELD_PARTS:
            texts.append(_field_text(part) if ctype in _FIELD_PARTS else _decoded(part))
    for match in re.finditer(r"(?im)^[\s>]*(?:x-)?(?:original-)?message-?id:\s*(<[^<>\s]+>)",
                             "\n".join(texts)[:_MAX_TEXT]):
        if match.group(1) != own_id:
            return match.group(1)
    return None


# --------------------------------------------------------------------------------------------
# The three kinds of report
# --------------------------------------------------------------------------------------------

_COMPLAINT_TYPES = {"abuse", "fraud", "opt-out", "opt-out-list", "complaint"}


def _complaint(msg: Message, own_id: str | None) -> Bounce | None:
    """An ARF feedback report (RFC 5965): None when `msg` is not one."""
    report = None
    for part in _parts(msg):
        if _ctype(part) == "message/feedback-report":
            report = part
            break
    declared = (_ctype(msg) == "multipart/report"
                and str(msg.get_param("report-type", "")).lower() == "feedback-report")
    if report is None and not declared:
        return _jmrp_complaint(msg)
    fields: dict[str, list[str]] = {}
    if report is not None:
        for block in _field_blocks(_field_text(report)):
            for name, values in block.items():
                fields.setdefault(name, []).extend(values)
    feedback_type = (fields.get("feedback-type") or ["abuse"])[0].strip().lower()
    if feedback_type not in _COMPLAINT_TYPES:
        return NOT_A_BOUNCE  # not-spam, auth-failure, virus, ...: nothing to do for a contact
    recipients = [_clean_address(v) for v in fields.get("original-rcpt-to", [])]
    recipients += [_clean_address(v) for v in fields.get("removal-recipient", [])]
    original = None
    for part in _parts(msg):
        original = _returned_headers(part)
        if original is not None:
            break
    if not any(recipients) and original is not None:
        recipients = [_clean_address(a) for _, a in getaddresses(
            [str(v) for v in original.get_all("to", [])])]
    message_id = _message_id(original.get("message-id")) if original is not None else None
    return Bounce("complaint", _dedupe(r for r in recipients if r), None,
                  _short(f"feedback-type: {feedback_type}"),
                  message_id or _original_message_id(msg, own_id))


def _jmrp_complaint(msg: Message) -> Bounce | None:
    """Microsoft's junk mail reporting program sends the reported message whole, marked with
    X-HmXmrOriginalRecipient, rather than an ARF report."""
    if not msg.is_multipart():
        return None
    for part in _parts(msg):
        if _ctype(part) not in ("message/rfc822", "message/global"):
            continue
        original = _returned_headers(part)
        if original is None or not original.get("x-hmxmroriginalrecipient"):
            continue
        recipient = _clean_address(str(original.get("x-hmxmroriginalrecipient")))
        return Bounce("complaint", (recipient,) if recipient else (), None,
                      "feedback-type: abuse (JMRP)",
                      _message_id(original.get("message-id")))
    return None


def _disposition(msg: Message) -> Bounce | None:
    """A message disposition notification (RFC 8098). A read receipt is not a bounce; an
    automatic "deleted" disposition is a mailbox refusing the message (Sieve reject, quota),
    a soft bounce. None when `msg` is no MDN."""
    report = None
    for part in _parts(msg):
        if _ctype(part) in ("message/disposition-notification",
                            "message/global-disposition-notification"):
            report = part
            break
    declared = (_ctype(msg) == "multipart/report"
                and str(msg.get_param("report-type", "")).lower() == "disposition-notification")
    if report is None and not declared:
        return None
    fields: dict[str, list[str]] = {}
    if report is not None:
        for block in _field_blocks(_field_text(report)):
            for name, values in block.items():
                fields.setdefault(name, []).extend(values)
    disposition = _norm(" ".join(fields.get("disposition", [])))
    text = _notification_text(msg)
    refused = (re.search(r"automatic-action", disposition)
               and re.search(r";\s*(deleted|denied|failed|rejected)", disposition)
               and (re.search(r"rejected|refused|reject", _norm(text))
                    or "rejected" in _norm(str(msg.get("auto-submitted", "")))))
    if not refused:
        return NOT_A_BOUNCE
    recipients = _dedupe(_typed_address(v) or "" for v in
                         fields.get("final-recipient", []) + fields.get("original-recipient", []))
    enhanced, _ = _codes(text)
    return Bounce("soft", recipients, _best_code(enhanced), _reason_line(text),
                  _message_id((fields.get("original-message-id") or [""])[0])
                  or _original_message_id(msg, None))


def _delivery_status_parts(msg: Message, look_inside: bool) -> tuple[Message, list[Message]]:
    """The delivery-status parts of `msg` and the message holding them; when `look_inside`,
    also a report forwarded whole as an attachment (some gateways wrap their DSN that way)."""
    found = [p for p in _parts(msg) if _ctype(p) in (
        "message/delivery-status", "message/global-delivery-status", "text/delivery-status")]
    if found or not look_inside:
        return msg, found
    for part in _parts(msg):
        inner = _returned_headers(part) if _ctype(part) in ("message/rfc822",
                                                             "message/global") else None
        if inner is not None:
            inner_found = [p for p in _parts(inner) if _ctype(p) in (
                "message/delivery-status", "message/global-delivery-status")]
            if inner_found:
                return inner, inner_found
    return msg, []


@dataclass
class _Failure:
    recipient: str
    verdict: str
    status: str | None
    diagnostic: str | None


def _summarise(failures: list[_Failure], message_id: str | None) -> Bounce:
    hard = [f for f in failures if f.verdict == "hard"]
    chosen = hard or failures
    first = chosen[0]
    status = first.status or next((f.status for f in chosen if f.status), None)
    diagnostic = first.diagnostic or next((f.diagnostic for f in chosen if f.diagnostic), None)
    return Bounce("hard" if hard else "soft", _dedupe(f.recipient for f in chosen if f.recipient),
                  status, diagnostic, message_id)


def _from_delivery_status(root: Message, parts: list[Message],
                          message_id: str | None) -> Bounce | None:
    """Per-recipient verdicts from RFC 3464 fields. None when the parts name no recipient."""
    text = _notification_text(root)
    entries = []
    for part in parts:
        for block in _field_blocks(_field_text(part)):
            if not any(k in block for k in ("final-recipient", "original-recipient",
                                            "x-actual-recipient", "action")):
                continue
            recipient = None
            for name in ("original-recipient", "final-recipient", "x-actual-recipient"):
                for value in block.get(name, []):
                    recipient = _typed_address(value)
                    if recipient:
                        break
                if recipient:
                    break
            entries.append((recipient, block))
    if not any(recipient for recipient, _ in entries):
        return None
    all_recipients = [r for r, _ in entries if r]
    failures: list[_Failure] = []
    delivered = 0
    for recipient, block in entries:
        if not recipient:
            continue
        action = (block.get("action") or [""])[0].strip().lower()
        status_field = " ".join(block.get("status", []))
        diagnostic = " ".join(block.get("diagnostic-code", []))
        diagnostic = re.sub(r"^\s*(smtp|x-[\w-]+|x400|unix|x-unix)\s*;\s*", "", diagnostic,
                            flags=re.I)
        extra = " ".join(v for k, vs in block.items() if k.startswith("x400-supplementary")
                         or k in ("x-supplementary-info", "x-diagnostic") for v in vs)
        status_codes, status_replies = _codes(status_field)
        diag_codes, diag_replies = _codes(diagnostic + " " + extra)
        status_class = (status_codes[0][0] if status_codes else
                        str(status_replies[0])[0] if status_replies else "")
        if action.startswith(("deliver", "relay", "expand")) or (not action and
                                                                 status_class == "2"):
            delivered += 1
            continue
        temporary = action.startswith("delay") or status_class == "4"
        # Comments after the action or the status say why too:
        # "Action: failed (Bad destination mailbox address)", "Status: 5.0.0 (disk quota)".
        action_comment = re.sub(r"^[\w-]+", "", action)
        status_comment = re.sub(r"^\s*[\d.]+", "", status_field)
        evidence = " ".join([status_comment, action_comment, diagnostic, extra]).strip()
        codes = status_codes + diag_codes
        replies = status_replies + diag_replies
        generic = not codes or all(c.endswith(".0.0") for c in codes)
        if generic and not _has_signal(evidence):
            # Nothing specific in the fields: read what the notification says about them.
            near = _recipient_evidence(text, recipient, all_recipients)
            evidence = " ".join([evidence, near if _has_signal(near) else text])
            more_codes, more_replies = _codes(evidence)
            codes += [c for c in more_codes if c[0] in "45"]
            replies += [r for r in more_replies if r >= 400]
        if temporary:
            verdict = "soft"
        else:
            verdict = _verdict(codes, replies, evidence, permanent=True)
        status = _best_code(status_codes + diag_codes) or _best_code(codes)
        reason = _short(diagnostic) if diagnostic else (
            _short(status_comment.strip(" ()")) if status_comment.strip(" ()") else
            _short(action_comment.strip(" ()")) if action_comment.strip(" ()") else
            _reason_line(evidence))
        failures.append(_Failure(recipient, verdict, status, reason))
    if not failures:
        return NOT_A_BOUNCE if delivered else None
    return _summarise(failures, message_id)


def _flufl_failures(msg: Message) -> tuple[set[str], set[str]]:
    """(temporary, permanent) recipients as flufl.bounce's detectors see them."""
    temporary: set[bytes] = set()
    permanent: set[bytes] = set()
    try:
        from flufl.bounce._scan import _DETECTORS as detectors  # noqa: PLC0415
    except ImportError:  # another layout: the public pipeline, which stops at an error
        from flufl.bounce import all_failures  # noqa: PLC0415
        try:
            found = all_failures(msg)
        except Exception:  # noqa: BLE001
            found = (set(), set())
        temporary, permanent = set(found[0]), set(found[1])
    else:
        for detector in detectors:
            try:
                temp, perm = detector().process(msg)
            except Exception:  # noqa: BLE001 - a detector failing on odd input is no verdict
                continue
            if temp or perm:
                temporary, permanent = set(temp), set(perm)
                break

    def clean(addresses: set[bytes]) -> set[str]:
        out = set()
        for address in addresses:
            text = address.decode("ascii", "replace") if isinstance(address, bytes) else address
            cleaned = _clean_address(text)
            if cleaned:
                out.add(cleaned)
        return out

    return clean(temporary), clean(permanent)


def _own_recipients(msg: Message, text: str) -> list[str]:
    """Failed recipients named the way most non-standard reports do, when flufl finds none."""
    found = []
    for value in msg.get_all("x-failed-recipients", []):
        found += [_clean_address(a) for a in str(value).split(",")]
    for pattern in (r"(?im)^\s*(?:final|original)-recipient:\s*(?:rfc822;)?\s*<?([^\s<>]+@[^\s<>]+)",
                    r"(?im)^\s*<([^\s<>]+@[^\s<>]+)>\s*:",
                    r"(?im)^\s*[\"'<]?([^\s<>\"']+@[^\s<>\"']+)[\"'>]?\s*$",
                    r"(?im)rcpt to:\s*<([^\s<>]+@[^\s<>]+)>"):
        found += [_clean_address(m) for m in re.findall(pattern, text)]
    ours = {_clean_address(a) for _, a in getaddresses(
        [str(v) for h in ("from", "to", "return-path", "sender", "delivered-to")
         for v in msg.get_all(h, [])])}
    return [f for f in found if f and f not in ours and not _is_daemon_address(f)]


def _looks_like_human(msg: Message, subject: str) -> bool:
    """A person's message: a reply, a forward, an auto-reply, a newsletter."""
    if _daemon_sender(msg):
        return False
    if _FORWARD_SUBJECT.search(subject):
        return True
    if msg.get("in-reply-to") or msg.get("references"):
        return True
    if _REPLY_SUBJECT.search(subject) and not _NDR_SUBJECT.search(subject):
        return True
    auto = " ".join(str(msg.get(h, "")) for h in ("x-autoreply", "x-autorespond", "precedence"))
    if (_AUTO_REPLY_SUBJECT.search(subject) or re.search(r"auto[_-]?repl|yes", auto, re.I)
            ) and not _NDR_SUBJECT.search(subject):
        return True
    return bool(msg.get("list-unsubscribe") and not _NDR_SUBJECT.search(subject))


def _heuristic(msg: Message, subject: str, message_id: str | None, structured: bool) -> Bounce:
    """Reports without per-recipient DSN fields: flufl.bounce's detectors for the recipients,
    the notification's SMTP codes and wording for the verdict."""
    daemon = _daemon_sender(msg) or _null_return_path(msg)
    ndr_subject = bool(_NDR_SUBJECT.search(subject))
    failed_header = bool(msg.get("x-failed-recipients"))
    if not (daemon or ndr_subject or failed_header or structured):
        return NOT_A_BOUNCE
    if not structured and _looks_like_human(msg, subject):
        return NOT_A_BOUNCE
    text = _notification_text(msg)
    body = _norm(text)
    temporary, permanent = _flufl_failures(msg)
    if failed_header:
        permanent |= {a for a in (_clean_address(v) for value in msg.get_all(
            "x-failed-recipients", []) for v in str(value).split(",")) if a}
        permanent -= temporary
    ndr_body = bool(_NDR_BODY.search(body) or _NDR_BODY.search(_norm(subject)))
    if not (temporary or permanent):
        # flufl found no recipient: a mail-system report still counts, with what we can read.
        if not ((daemon or structured) and ndr_body
                or ndr_subject and _MAIL_NOT_DELIVERED.search(body)
                and _returns_a_message(msg)):
            return NOT_A_BOUNCE
        recipients = _own_recipients(msg, text)
        if recipients:
            permanent = set(recipients)
        else:
            enhanced, replies = _codes(text)
            verdict = _verdict(enhanced, replies, text + "\n" + subject,
                               permanent=_permanent_wording(text))
            return Bounce(verdict, (), _best_code(enhanced), _reason_line(text), message_id)
    elif not (daemon or structured or failed_header or ndr_body):
        return NOT_A_BOUNCE
    warning = bool(re.search(r"warning: message|\bdelay|not yet been delivered|will continue|"
                             r"no action is required|will be retried|still trying|"
                             r"warning only|this is a warning|has not yet been",
                             _norm(subject) + " " + body[:1500]))
    everyone = sorted(temporary | permanent)
    failures = []
    for recipient in everyone:
        near = _recipient_evidence(text, recipient, everyone)
        evidence = near if _has_signal(near) else text
        enhanced, replies = _codes(evidence)
        if recipient in temporary or warning:
            verdict = "soft"
        else:
            verdict = _verdict(enhanced, replies, evidence, permanent=True)
        failures.append(_Failure(recipient, verdict, _best_code(enhanced),
                                 _reason_line(evidence)))
    # keep flufl's order stable: hard first is decided in _summarise
    return _summarise(failures, message_id)


def _returns_a_message(msg: Message) -> bool:
    """The report carries the message it is about (attached, or its headers quoted)."""
    if any(_ctype(p) in _RETURNED_PARTS for p in _parts(msg)):
        return True
    full = "\n".join(_decoded(p) for p in _parts(msg) if _ctype(p).startswith("text/"))
    return _cut_original(full[:_MAX_TEXT]) != full[:_MAX_TEXT]


def _permanent_wording(text: str) -> bool:
    return bool(re.search(r"permanent|fatal|could not be delivered|not delivered|"
                          r"undeliverable|unable to deliver", _norm(text)))


def _detect(msg: Message) -> Bounce:
    own_id = _message_id(msg.get("message-id"))
    subject = _header(msg, "subject")

    complaint = _complaint(msg, own_id)
    if complaint is not None:
        return complaint

    disposition = _disposition(msg)
    if disposition is not None:
        return disposition

    looks_sent_by_system = (_daemon_sender(msg) or _null_return_path(msg)
                            or bool(_NDR_SUBJECT.search(subject)))
    root, parts = _delivery_status_parts(msg, look_inside=looks_sent_by_system)
    if root is not msg and _looks_like_human(msg, subject):
        return NOT_A_BOUNCE  # a person forwarding a report
    message_id = _original_message_id(root, own_id) or _original_message_id(msg, own_id)
    if parts:
        result = _from_delivery_status(root, parts, message_id)
        if result is not None:
            return result
    structured = bool(parts) or (
        _ctype(msg) == "multipart/report"
        and str(msg.get_param("report-type", "")).lower() == "delivery-status")
    return _heuristic(root, subject, message_id, structured)
