"""Raw inbound mail -> plain, trustworthy data.

`parse_message` turns the bytes of one RFC 5322 message into a `ParsedMessage`: decoded
headers, addresses, thread ids, a date, one plain-text rendering of the body and the list of
attachments. MIME itself is parsed by the standard library (`email` with `policy.default`);
this module only decides what to read and how to decode what the sender got wrong. It never
raises: whatever cannot be read is left empty and named in `defects`.

The body text (`ParsedMessage.text`):
- multipart/alternative: the text/plain alternative when it has any text, else the HTML one
  converted with `html_to_text`;
- multipart/mixed (and any other multipart): the inline text parts in order; a text part with
  a file name or `Content-Disposition: attachment` is an attachment, not body;
- multipart/related: the root part is body, the rest (inline images) are attachments;
- message/rfc822 (a forwarded mail): listed as an attachment and rendered after all of the
  outer text, under a Gmail-style "---------- Forwarded message ---------" header block;
- multipart/report (delivery/read reports): only the human-readable first part is body; the
  returned message is an attachment, never rendered as if someone had forwarded it;
- text/plain with format=flowed (RFC 3676) is unwrapped; a text/plain part that is really an
  HTML document is converted;
- line endings become "\\n", runs of blank lines become one, NULs/control and zero-width
  characters are dropped.

Charsets: the declared one first, with two corrections: a single-byte declaration (us-ascii,
iso-8859-*, windows-125x, ...) over bytes that are valid UTF-8 is read as UTF-8, and
iso-8859-1/us-ascii are read as windows-1252 (as browsers do: Outlook declares latin-1 and
sends curly quotes and the euro sign). An unknown or wrong declaration falls back to UTF-8
(with replacement characters when the bytes are mostly UTF-8), then windows-1252 with latin-1
for its five undefined bytes, which never fails. 8-bit header bytes get the same treatment.

`html_to_text` is a small converter on `html.parser`: block elements and <br> break lines,
list items get "- " / "1. ", table rows become lines with " | " between cells, <blockquote>
content is prefixed with "> " per level (so the quote stripper sees it as quoted), <hr> is the
Outlook separator line, entities are decoded, script/style/title and elements hidden with
display:none/visibility:hidden/hidden are dropped, links and images contribute their text only.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from html import unescape
from html.parser import HTMLParser

__all__ = [
    "Attachment",
    "ParsedMessage",
    "addresses",
    "html_to_text",
    "parse_message",
]

_POLICY = policy.default
_MAX_DEPTH = 12  # MIME nesting we follow; deeper parts are ignored (and reported)


@dataclass(frozen=True)
class Attachment:
    filename: str | None
    content_type: str
    size: int  # decoded bytes


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str | None  # "<id@host>"
    in_reply_to: tuple[str, ...]  # "<id@host>", ...
    references: tuple[str, ...]
    from_address: str | None  # lower-cased addr-spec
    from_name: str | None
    reply_to: tuple[str, ...]
    to: tuple[str, ...]  # To + Cc addr-specs, lower-cased, de-duplicated
    delivered_to: tuple[str, ...]  # Delivered-To, X-Original-To, Envelope-To, X-Envelope-To
    subject: str  # decoded, whitespace-normalised; "" when missing
    date: datetime | None  # timezone-aware; a date without zone (or -0000) is taken as UTC
    headers: dict[str, str]  # lower-cased name -> decoded value of the first occurrence
    text: str
    html: str | None
    attachments: tuple[Attachment, ...]
    defects: tuple[str, ...]


# --------------------------------------------------------------------------- charsets


def _latin1_for_undefined(exc: UnicodeError) -> tuple[str, int]:
    # windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined: read them as latin-1.
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


_CP1252_LENIENT = "dunning-cp1252-latin1"
codecs.register_error(_CP1252_LENIENT, _latin1_for_undefined)

# Labels seen in mail that Python does not know, or knows as something narrower.
_CHARSET_ALIASES = {
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "x-sjis": "shift_jis",
    "x-euc-jp": "euc_jp",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "windows-874": "cp874",
    "iso-8859-8-i": "iso8859_8",
    "iso-8859-6-i": "iso8859_6",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "unicode-1-1-utf-7": "utf_7",
    "x-unknown": "",
    "unknown-8bit": "",
    "x-user-defined": "",
    "default": "",
    "none": "",
}
_NOT_CHARSETS = {"undefined", "unicode_escape", "raw_unicode_escape", "idna", "punycode"}
_LATIN1_LIKE = {"ascii", "iso8859_1"}  # read as windows-1252 (a superset in the printable range)


def _codec(label: str | None) -> str | None:
    """Python codec name for a charset label; '' for no label, None for an unknown one."""
    if not label:
        return ""
    label = label.strip().strip("\"'").lower()
    if not label:
        return ""
    label = _CHARSET_ALIASES.get(label, label)
    if not label:
        return ""
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError, TypeError):
        return None
    name = info.name.replace("-", "_")
    if not getattr(info, "_is_text_encoding", True) or name in _NOT_CHARSETS:
        return None  # base64, rot13, zlib, ... are codecs but not charsets
    return name


def _single_byte(codec: str) -> bool:
    return codec in _LATIN1_LIKE or codec.startswith(
        ("iso8859", "cp12", "cp874", "koi8", "mac_", "cp437", "cp850", "cp852", "cp866")
    )


def _decode_bytes(data: bytes, label: str | None, defects: list[str], where: str = "body") -> str:
    """Decode text bytes, trusting the declared charset only as far as the bytes agree."""
    if not data:
        return ""
    codec = _codec(label)
    if codec is None:
        defects.append(f"{where}: unknown charset {label!r}")
        codec = ""
    if data.isascii() and (not codec or _single_byte(codec) or codec == "utf_8"):
        return data.decode("ascii")
    if codec and codec not in ("utf_8", "utf_8_sig"):
        if _single_byte(codec):
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                defects.append(f"{where}: declared {label!r} but the bytes are UTF-8")
                return text
            if codec == "ascii":
                defects.append(f"{where}: declared {label!r} but the bytes are 8-bit")
            if codec in _LATIN1_LIKE:
                return data.decode("cp1252", _CP1252_LENIENT)
        try:
            return data.decode(codec)
        except (UnicodeError, LookupError, ValueError, TypeError):
            defects.append(f"{where}: bytes are not valid {label!r}")
    elif codec:
        try:
            return data.decode("utf-8-sig" if codec == "utf_8_sig" else "utf-8")
        except UnicodeDecodeError:
            defects.append(f"{where}: bytes are not valid {label!r}")
    else:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            defects.append(f"{where}: 8-bit text without a charset")
    return _guess(data)


def _guess(data: bytes) -> str:
    """Bytes of unknown encoding: UTF-8 when mostly UTF-8, else windows-1252 / latin-1."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", "replace")
    bad = lenient.count("\ufffd")
    good = sum(1 for ch in lenient if ord(ch) > 127 and ch != "\ufffd")
    if good >= 2 * bad:
        return lenient
    return data.decode("cp1252", _CP1252_LENIENT)


def _unescape_surrogates(value: str) -> str:
    """Header text from BytesParser carries raw 8-bit bytes as lone surrogates: decode them."""
    if not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    data = value.encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _guess(data)


# --------------------------------------------------------------------------- text clean-up

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\u200c\u2060\ufeff\u00ad\ud800-\udfff]")
_CRLF = re.compile(r"\r\n?")
_NEWLINES = re.compile(r"\r\n?|[\x0c\x85\u2028\u2029]")
_BLANKS = re.compile(r"\n{3,}")
_WS = re.compile(r"\s+")


def _clean_text(text: str) -> str:
    text = _NEWLINES.sub("\n", text)
    text = _CONTROL.sub("", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", text).strip("\n")


def _clean_line(text: str) -> str:
    """A header value: one line, single spaces, no controls."""
    return _WS.sub(" ", _CONTROL.sub("", text)).strip()


def _unflow(text: str, delsp: bool) -> str:
    """RFC 3676 format=flowed: join soft-broken lines, keep quote depth as '> ' prefixes."""
    out: list[str] = []
    pending: list | None = None  # [depth, content]
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]  # space-stuffing
        flowed = content.endswith(" ") and content != "-- "
        if flowed and delsp:
            content = content[:-1]
        if pending is not None and pending[0] == depth:
            pending[1] += content
        else:
            if pending is not None:
                out.append(_quoted(pending[0], pending[1]))
            pending = [depth, content]
        if not flowed:
            out.append(_quoted(pending[0], pending[1]))
            pending = None
    if pending is not None:
        out.append(_quoted(pending[0], pending[1]))
    return "\n".join(out)


def _quoted(depth: int, content: str) -> str:
    return ("> " * depth + content).rstrip() if depth else content


# --------------------------------------------------------------------------- HTML -> text

_VOID = frozenset(
    "area base basefont bgsound br col embed frame hr img input keygen link meta param source "
    "track wbr".split()
)
_SKIP = frozenset("script style title template xml svg".split())
_BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup html li main menu "
    "nav ol p pre section summary table tbody tfoot thead tr ul".split()
)
_PARAGRAPH = frozenset("p h1 h2 h3 h4 h5 h6 blockquote pre dl".split())
_CLOSES_P = _BLOCK | {"hr"}
_SCOPE = frozenset("td th table caption button template object applet html".split())
_PRE = frozenset("pre textarea listing xmp plaintext".split())
_SPACES = re.compile(r" {2,}")
_HTML_WS = re.compile(r"[ \t\n\r\f]+")
_ZERO = re.compile(r"[-+]?(?:0+\.?0*|\.0+)(?:[a-z]{1,3}|%)?(?:!important)?")
_RULE = "_" * 32
_MAX_HTML_DEPTH = 512


@dataclass
class _Frame:
    tag: str
    hidden: bool
    quote: int
    pre: bool
    lists: int
    counter: int = 0  # <ol>: last item number; <tr>: cells seen
    ordered: bool = False
    paragraph: bool = False


def _tight(style: str | None) -> bool:
    """True when an inline style gives a paragraph no vertical margin."""
    if not style:
        return False
    decl: dict[str, str] = {}
    for item in style.lower().split(";"):
        key, sep, value = item.partition(":")
        if sep:
            decl[key.strip()] = value.strip()

    def zero(value: str | None) -> bool:
        return value is not None and all(_ZERO.fullmatch(v) for v in value.split()[:3:2] or ["x"])

    return zero(decl.get("margin")) or (
        zero(decl.get("margin-top")) and zero(decl.get("margin-bottom"))
    )


def _is_hidden(attrs: list[tuple[str, str | None]]) -> bool:
    for name, value in attrs:
        if name == "hidden":
            return True
        if name == "style" and value:
            style = value.replace(" ", "").lower()
            if "display:none" in style or "visibility:hidden" in style:
                return True
    return False


class _TextBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Frame] = []
        self.open: dict[str, int] = {}  # open elements by tag, to skip hopeless stack scans
        self.lines: list[tuple[int, str]] = []
        self.cur: list[str] = []
        self.cur_depth = 0
        self.cur_pre = False
        self.lead = ""  # list marker for the next line that gets text
        self.blank = False  # a blank line is due before the next line
        self.space = False  # a collapsible space is due before the next word
        self.cell_sep = False  # " | " is due before the next text on this line

    # ---- state

    @property
    def _top(self) -> _Frame | None:
        return self.stack[-1] if self.stack else None

    def _hidden(self) -> bool:
        return bool(self.stack) and self.stack[-1].hidden

    # ---- output

    def _finish_line(self) -> None:
        content = "".join(self.cur).replace("\xa0", " ")
        content = content.rstrip() if self.cur_pre else _SPACES.sub(" ", content.strip())
        if content:
            if self.blank and self.lines:
                self.lines.append((min(self.lines[-1][0], self.cur_depth), ""))
            self.lines.append((self.cur_depth, self.lead + content))
            self.lead = ""
            self.blank = False
        elif self.cur and self.lines:
            self.blank = True  # a line of only (non-breaking) spaces: Outlook's empty paragraph
        self.cur = []
        self.space = False
        self.cell_sep = False

    def _break(self, blank: bool = False) -> None:
        if self.cur:
            self._finish_line()
        if blank and self.lines:
            self.blank = True

    def _newline(self) -> None:
        """<br> or a newline in <pre>: end the line; on an empty line, a blank line."""
        if self.cur:
            self._finish_line()
        elif self.lines:
            self.blank = True

    def _append(self, text: str) -> None:
        if not self.cur:
            top = self._top
            self.cur_depth = top.quote if top else 0
            self.cur_pre = bool(top and top.pre)
        elif self.cell_sep:
            self.cur.append(" | ")
            self.space = False
        elif self.space:
            self.cur.append(" ")
        self.cell_sep = False
        self.space = False
        self.cur.append(text)

    # ---- tree

    def _close_to(self, index: int) -> None:
        while len(self.stack) > index:
            frame = self.stack.pop()
            self.open[frame.tag] -= 1
            self._on_close(frame)

    def _find(self, tags: Iterable[str], stop: frozenset[str] | set[str]) -> int | None:
        wanted = {tag for tag in tags if self.open.get(tag)}
        if not wanted:
            return None
        for i in range(len(self.stack) - 1, -1, -1):
            tag = self.stack[i].tag
            if tag in wanted:
                return i
            if tag in stop:
                return None
        return None

    def _implicit_closes(self, tag: str) -> None:
        if tag in _CLOSES_P:
            i = self._find(["p"], _SCOPE)
            if i is not None:
                self._close_to(i)
        if tag == "li":
            i = self._find(["li"], _SCOPE | {"ul", "ol"})
            if i is not None:
                self._close_to(i)
        elif tag in ("dt", "dd"):
            i = self._find(["dt", "dd"], _SCOPE | {"dl"})
            if i is not None:
                self._close_to(i)
        elif tag in ("td", "th"):
            i = self._find(["td", "th"], {"tr", "table"})
            if i is not None:
                self._close_to(i)
        elif tag == "tr":
            i = self._find(["tr"], {"table"})
            if i is not None:
                self._close_to(i)
        elif tag == "body":
            self._close_to(0)  # whatever the <head> left open

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if self._hidden() or _is_hidden(attrs):
                return
            if tag == "br":
                self._newline()
            elif tag == "hr":
                self._break()
                self._append(_RULE)
                self._break()
            return
        self._implicit_closes(tag)
        if len(self.stack) >= _MAX_HTML_DEPTH:
            return  # pathological nesting: deeper elements are read as inline
        parent = self._top
        hidden = bool(parent and parent.hidden) or tag in _SKIP or _is_hidden(attrs)
        frame = _Frame(
            tag=tag,
            hidden=hidden,
            quote=(parent.quote if parent else 0) + (tag == "blockquote"),
            pre=bool(parent and parent.pre) or tag in _PRE,
            lists=(parent.lists if parent else 0) + (tag in ("ul", "ol")),
        )
        if tag == "ol":
            frame.ordered = True
            start = dict(attrs).get("start")
            frame.counter = int(start) - 1 if start and start.strip().isdigit() else 0
        if not hidden:
            self._on_open(frame, attrs)
        self.stack.append(frame)
        self.open[tag] = self.open.get(tag, 0) + 1

    def _on_open(self, frame: _Frame, attrs: list[tuple[str, str | None]]) -> None:
        tag = frame.tag
        if tag == "p":
            cls = (dict(attrs).get("class") or "").lower()
            # Outlook writes every line as <p class=MsoNormal> with no margin: those are lines,
            # not paragraphs (its empty lines are <p>&nbsp;</p>).
            frame.paragraph = "mso" not in cls and not _tight(dict(attrs).get("style"))
        elif tag in _PARAGRAPH or (tag in ("ul", "ol") and frame.lists == 1):
            frame.paragraph = True
        if tag in _BLOCK:
            self._break(frame.paragraph)
        if tag == "li":
            lst = self._find(["ul", "ol"], _SCOPE)
            indent = "  " * max(frame.lists - 1, 0)
            if lst is not None and self.stack[lst].ordered:
                self.stack[lst].counter += 1
                self.lead = f"{indent}{self.stack[lst].counter}. "
            else:
                self.lead = f"{indent}- "
        elif tag in ("td", "th"):
            row = self._find(["tr"], {"table"})
            if row is not None:
                if self.stack[row].counter and self.cur:
                    self.cell_sep = True
                self.stack[row].counter += 1

    def _on_close(self, frame: _Frame) -> None:
        if frame.hidden:
            return
        if frame.tag in _BLOCK:
            self._break(frame.paragraph)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            if tag == "br" and not self._hidden():
                self._newline()  # browsers read </br> as <br>
            return
        if tag in ("td", "th", "tr", "tbody", "thead", "tfoot", "caption"):
            stop: set[str] | frozenset[str] = {"table"}
        elif tag == "table":
            stop = set()
        else:
            stop = _SCOPE
        i = self._find([tag], stop)
        if i is not None:
            self._close_to(i)
        elif tag == "p" and not self._hidden():
            self._break(True)  # a stray </p> is an empty paragraph

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self._hidden() or not data:
            return
        top = self._top
        if top and top.pre:
            for i, piece in enumerate(_NEWLINES.sub("\n", data).split("\n")):
                if i:
                    self._newline()
                if piece:
                    self._append(piece)
            return
        text = _HTML_WS.sub(" ", data)
        if text == " ":
            if self.cur:
                self.space = True
            return
        if text.startswith(" ") and self.cur:
            self.space = True
        self._append(text.strip(" "))
        self.space = text.endswith(" ")

    def result(self) -> str:
        self._close_to(0)
        self._break()
        out = []
        for depth, line in self.lines:
            out.append(("> " * depth + line).rstrip() if depth else line)
        return _clean_text("\n".join(out))


_TAG = re.compile(r"<[^>]*>")
_DROP = re.compile(r"<(script|style|title)\b.*?</\1\s*>", re.I | re.S)


def html_to_text(html: str) -> str:
    """Readable plain text of an HTML mail body (see the module docstring for the rules)."""
    if not html:
        return ""
    builder = _TextBuilder()
    try:
        builder.feed(html)
        builder.close()
        return builder.result()
    except Exception:  # noqa: BLE001 - the parser must never take the message down
        text = _TAG.sub(" ", _DROP.sub(" ", html))
        return _clean_text(_HTML_WS.sub(" ", unescape(text)).replace("\xa0", " "))


# --------------------------------------------------------------------------- headers

_FOLD = re.compile(r"\r\n|\r|\n")
_MSGID = re.compile(r"<([^<>]*)>")


def _raw_headers(msg: Message) -> list[tuple[str, str]]:
    try:
        items = list(msg.raw_items()) if hasattr(msg, "raw_items") else list(msg.items())
    except Exception:  # noqa: BLE001
        return []
    out = []
    for name, value in items:
        name = _clean_line(_unescape_surrogates(str(name))).lower()
        if name:
            out.append((name, _FOLD.sub("", _unescape_surrogates(str(value)))))
    return out


def _header_object(  # type: ignore[no-untyped-def]
    name: str, value: str, defects: list[str], parse_as: str | None = None
):
    """The policy's header object for a value (parsed as `parse_as` when given), or None."""
    try:
        header = _POLICY.header_factory(parse_as or name, value)
        str(header)  # some malformed values only fail when rendered
    except Exception as exc:  # noqa: BLE001
        defects.append(f"{name}: unparseable header ({type(exc).__name__})")
        return None
    for defect in getattr(header, "defects", ()):
        defects.append(f"{name}: {_defect_text(defect)}")
    return header


def _decode_words(value: str) -> str:
    """RFC 2047 encoded-words the structured parser left alone (or could not read)."""
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except Exception:  # noqa: BLE001
        return value


_MOJIBAKE = re.compile("[\u00c2\u00c3\u00c5][\u0080-\u00bf\u0152-\u0178\u02c6-\u203a\u20ac\u2122]")


def _unmojibake(text: str) -> str:
    """UTF-8 read as windows-1252/latin-1 ("RÃ©ponse"): undo it when that is exactly what happened."""
    if not _MOJIBAKE.search(text):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return text


def _decode_value(name: str, raw: str, defects: list[str]) -> str:
    """A header value as text: encoded-words decoded, otherwise as the sender wrote it.

    Parsed as unstructured on purpose: re-rendering a structured header (an address list, a
    date) would normalise it, and lose whatever the parser could not make sense of.
    """
    header = _header_object(name, raw, defects, parse_as="x-unstructured")
    text = raw if header is None else str(header)
    if "=?" in text and "?=" in text:
        text = _decode_words(text)
    return _clean_line(_unmojibake(_unescape_surrogates(text)))


def _mailboxes(
    value: str | None, defects: list[str] | None = None, name: str = "to"
) -> list[tuple[str, str]]:
    """(addr-spec lower-cased, display name) for each mailbox that has a domain."""
    if not value:
        return []
    sink: list[str] = [] if defects is None else defects
    value = _FOLD.sub("", _unescape_surrogates(value))
    found: list[tuple[str, str]] = []
    header = _header_object(name, value, sink, parse_as="to")
    pairs: list[tuple[str, str]] = []
    if header is not None and hasattr(header, "addresses"):
        try:
            for address in header.addresses:
                spec = address.addr_spec if address.domain else ""
                pairs.append((address.display_name or "", spec))
        except Exception:  # noqa: BLE001
            pairs = []
    if not pairs:
        with contextlib.suppress(Exception):
            pairs = [(n, a) for n, a in getaddresses([value]) if a]
    seen = set()
    for name, spec in pairs:
        spec = _clean_line(spec).strip("<>").lower()
        if "@" not in spec or spec.startswith("@") or spec.endswith("@") or spec in seen:
            continue
        seen.add(spec)
        found.append((spec, _display_name(name)))
    return found


def _display_name(name: str) -> str:
    name = _clean_line(_unmojibake(_decode_words(_unescape_surrogates(name or ""))))
    if len(name) >= 2 and name[0] == name[-1] and name[0] in "'\"":
        name = name[1:-1].strip()  # Outlook's 'Jane Doe'
    return name


def addresses(header_value: str | None) -> tuple[str, ...]:
    """Lower-cased addr-specs of an address header value, in order, without duplicates.

    Groups are flattened; entries without a domain ("undisclosed-recipients:;", bare local
    parts) are dropped. Encoded-words and 8-bit bytes in display names do not matter.
    """
    try:
        return tuple(spec for spec, _ in _mailboxes(header_value))
    except Exception:  # noqa: BLE001
        return ()


def _msg_ids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    ids: list[str] = []
    tokens = _MSGID.findall(value)
    if tokens:
        candidates = [_WS.sub("", tok) for tok in tokens]
    else:  # some agents drop the angle brackets: keep what looks like an id
        candidates = [tok for tok in value.split() if "@" in tok]
    for tok in candidates:
        tok = _CONTROL.sub("", tok).strip("<>")
        if tok:
            tok = f"<{tok}>"
            if tok not in ids:
                ids.append(tok)
    return tuple(ids)


def _parse_date(value: str | None, defects: list[str]) -> datetime | None:
    if not value or not value.strip():
        return None
    try:
        parsed = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        defects.append(f"date: unparseable {value.strip()[:60]!r}")
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


# --------------------------------------------------------------------------- bodies


@dataclass
class _Rendered:
    texts: list[str]
    htmls: list[str]
    forwards: list[str]
    from_plain: bool = False

    @property
    def text(self) -> str:
        return "\n\n".join(t for t in self.texts if t.strip())


class _Walk:
    def __init__(self) -> None:
        self.attachments: list[Attachment] = []
        self.defects: list[str] = []

    def defect(self, text: str) -> None:
        self.defects.append(text)

    # ---- leaves

    def _payload(self, part: Message) -> bytes:
        try:
            payload = part.get_payload(decode=True)
        except Exception as exc:  # noqa: BLE001
            self.defect(f"{_content_type(part)}: undecodable payload ({type(exc).__name__})")
            return b""
        if payload is None:
            return b""
        if isinstance(payload, str):
            return payload.encode("utf-8", "surrogateescape")
        return bytes(payload)

    def _filename(self, part: Message) -> str | None:
        try:
            name = part.get_filename()
        except Exception:  # noqa: BLE001
            self.defect("attachment: unreadable file name")
            return None
        if not name:
            return None
        name = _clean_line(_decode_words(_unescape_surrogates(str(name))))
        return name or None

    def _attach(self, part: Message, size: int | None = None) -> None:
        if size is None:
            size = len(self._payload(part))
        self.attachments.append(Attachment(self._filename(part), _content_type(part), size))

    def _text_of(self, part: Message, subtype: str) -> _Rendered:
        data = self._payload(part)
        label = _param(part, "charset")
        if subtype == "html" and not label:
            sniffed = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", data[:4096], re.I)
            if sniffed:
                label = sniffed.group(1).decode("ascii")
        text = _decode_bytes(data, label, self.defects, where=f"text/{subtype}")
        if subtype == "plain":
            head = text.lstrip()[:15].lower()
            if head.startswith(("<!doctype html", "<html")):
                subtype = "html"
        if subtype == "html":
            text = _CRLF.sub("\n", text)
            return _Rendered([html_to_text(text)], [text], [], from_plain=False)
        text = _NEWLINES.sub("\n", text)
        if (_param(part, "format") or "").lower() == "flowed":
            text = _unflow(text, (_param(part, "delsp") or "").lower() == "yes")
        return _Rendered([_clean_text(text)], [], [], from_plain=True)

    # ---- tree

    def render(self, part: Message, depth: int = 0, root: bool = False) -> _Rendered:
        if depth > _MAX_DEPTH:
            self.defect("MIME nesting too deep; inner parts ignored")
            return _Rendered([], [], [])
        ctype = _content_type(part)
        maintype, _, subtype = ctype.partition("/")
        if ctype in ("message/rfc822", "message/global"):
            inner = _children(part)
            if inner and isinstance(inner[0], Message):
                self.attachments.append(Attachment(self._filename(part), ctype, _size_of(inner[0])))
                return _Rendered([], [], [self._forward(inner[0], depth + 1)])
        if part.is_multipart():
            children = [c for c in _children(part) if isinstance(c, Message)]
            if subtype == "alternative":
                return self._alternative(children, depth)
            if subtype == "related" and children:
                rendered = self.render(children[0], depth + 1)
                for child in children[1:]:
                    self._as_attachments(child, depth + 1)
                return rendered
            if subtype == "report" and children:
                rendered = self.render(children[0], depth + 1)
                for child in children[1:]:
                    self._as_attachments(child, depth + 1)
                return rendered
            out = _Rendered([], [], [])
            for child in children:
                sub = self.render(child, depth + 1)
                out.texts.extend(sub.texts)
                out.htmls.extend(sub.htmls)
                out.forwards.extend(sub.forwards)
                out.from_plain = out.from_plain or (sub.from_plain and bool(sub.text))
            return out
        if maintype == "multipart":
            # declared multipart but no usable boundary: the email package kept it as text
            self.defect(f"{ctype} without a usable boundary, read as text")
            return self._text_of(part, "plain")
        if maintype == "text" and subtype in ("plain", "html"):
            disposition = _disposition(part)
            if root or (disposition != "attachment" and self._filename(part) is None):
                return self._text_of(part, subtype)
        self._attach(part)
        return _Rendered([], [], [])

    def _alternative(self, children: list[Message], depth: int) -> _Rendered:
        rendered = [self.render(child, depth + 1) for child in children]
        htmls = [h for r in rendered for h in r.htmls]
        chosen = next((r for r in rendered if r.from_plain and r.text), None)
        if chosen is None:
            chosen = next((r for r in rendered if r.htmls and r.text), None)
        if chosen is None:
            chosen = next((r for r in rendered if r.text or r.forwards), None)
        if chosen is None:
            return _Rendered([], htmls, [])
        return _Rendered(chosen.texts, htmls, chosen.forwards, chosen.from_plain)

    def _as_attachments(self, part: Message, depth: int) -> None:
        """Parts that are never body text (related resources, returned messages in reports)."""
        if depth > _MAX_DEPTH:
            return
        ctype = _content_type(part)
        if ctype.startswith("message/"):
            inner = [c for c in _children(part) if isinstance(c, Message)]
            if inner:  # message/rfc822 holds one message, message/delivery-status header blocks
                size = sum(_size_of(block) for block in inner)
                self.attachments.append(Attachment(self._filename(part), ctype, size))
                return
        if part.is_multipart():
            for child in _children(part):
                if isinstance(child, Message):
                    self._as_attachments(child, depth + 1)
            return
        self._attach(part)

    def _forward(self, inner: Message, depth: int) -> str:
        sink: list[str] = []
        raw = dict(reversed(_raw_headers(inner)))  # first occurrence wins
        lines = ["---------- Forwarded message ---------"]
        for name, label in (
            ("from", "From"),
            ("date", "Date"),
            ("subject", "Subject"),
            ("to", "To"),
            ("cc", "Cc"),
        ):
            if name in raw:
                value = _decode_value(name, raw[name], sink)
                if value:
                    lines.append(f"{label}: {value}")
        body = self.render(inner, depth, root=True)
        parts = ["\n".join(lines), body.text, *body.forwards]
        return "\n\n".join(p for p in parts if p.strip())


def _children(part: Message) -> list:
    try:
        payload = part.get_payload()
    except Exception:  # noqa: BLE001
        return []
    return payload if isinstance(payload, list) else []


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:  # noqa: BLE001
        return "application/octet-stream"


def _disposition(part: Message) -> str | None:
    try:
        return part.get_content_disposition()
    except Exception:  # noqa: BLE001
        return None


def _param(part: Message, name: str) -> str | None:
    try:
        value = part.get_param(name)
    except Exception:  # noqa: BLE001
        return None
    if isinstance(value, tuple):  # RFC 2231 (charset, language, value)
        value = value[2]
    if value is None:
        return None
    return _unescape_surrogates(str(value)).strip() or None


def _size_of(part: Message) -> int:
    try:
        return len(part.as_bytes(policy=_POLICY))
    except Exception:  # noqa: BLE001
        try:
            return len(str(part).encode("utf-8", "surrogateescape"))
        except Exception:  # noqa: BLE001
            return 0


def _defect_text(defect: object) -> str:
    detail = str(defect).strip()
    name = type(defect).__name__
    return f"{name}: {detail}" if detail else name


def _all_defects(msg: Message, depth: int = 0) -> Iterable[str]:
    for defect in getattr(msg, "defects", ()):
        yield _defect_text(defect)
    if depth < _MAX_DEPTH:
        for child in _children(msg):
            if isinstance(child, Message):
                yield from _all_defects(child, depth + 1)


# --------------------------------------------------------------------------- entry point


def _empty(defects: list[str]) -> ParsedMessage:
    return ParsedMessage(
        message_id=None,
        in_reply_to=(),
        references=(),
        from_address=None,
        from_name=None,
        reply_to=(),
        to=(),
        delivered_to=(),
        subject="",
        date=None,
        headers={},
        text="",
        html=None,
        attachments=(),
        defects=tuple(dict.fromkeys(defects)),
    )


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse one raw message. Never raises; what cannot be read is named in `defects`."""
    defects: list[str] = []
    try:
        if not isinstance(raw, bytes | bytearray | memoryview):
            raw = str(raw).encode("utf-8", "surrogateescape")
        data = bytes(raw)
        if not data.strip():
            return _empty(["empty message"])
        msg = BytesParser(policy=_POLICY).parsebytes(data)
        return _parse(msg, defects)
    except RecursionError:
        defects.append("message too deeply nested to parse")
    except Exception as exc:  # noqa: BLE001 - never raise on inbound mail
        defects.append(f"unparseable message ({type(exc).__name__})")
    return _empty(defects)


_FIELD_HEADERS = frozenset(
    "subject date message-id in-reply-to references from to cc reply-to delivered-to "
    "x-original-to envelope-to x-envelope-to content-type content-transfer-encoding "
    "content-disposition".split()
)


def _parse(msg: Message, defects: list[str]) -> ParsedMessage:
    with contextlib.suppress(Exception):
        defects.extend(_all_defects(msg))
    raw_headers = _raw_headers(msg)
    if not raw_headers:
        defects.append("no headers")

    def raw_first(name: str) -> str | None:
        return next((v for n, v in raw_headers if n == name), None)

    def raw_all(*names: str) -> list[str]:
        return [v for n, v in raw_headers if n in names]

    headers: dict[str, str] = {}
    ignored: list[str] = []
    for name, value in raw_headers:
        if name not in headers:
            # Only the headers this module reads can report defects: a quirk in a Received or
            # DKIM header is no reason to flag the message.
            sink = defects if name in _FIELD_HEADERS else ignored
            headers[name] = _decode_value(name, value, sink)

    sender = _mailboxes(raw_first("from"), defects, "from")
    from_address, from_name = (sender[0][0], sender[0][1] or None) if sender else (None, None)

    def addr_list(*names: str) -> tuple[str, ...]:
        out: list[str] = []
        for value in raw_all(*names):
            for spec, _ in _mailboxes(value, defects, names[0]):
                if spec not in out:
                    out.append(spec)
        return tuple(out)

    ids = _msg_ids(raw_first("message-id"))
    walk = _Walk()
    try:
        body = walk.render(msg, root=True)
        text = _clean_text("\n\n".join(p for p in [body.text, *body.forwards] if p.strip()))
        html = "\n".join(body.htmls) if body.htmls else None
    except RecursionError:
        walk.defect("message too deeply nested to render")
        text, html = "", None

    return ParsedMessage(
        message_id=ids[0] if ids else None,
        in_reply_to=_msg_ids(" ".join(raw_all("in-reply-to"))),
        references=_msg_ids(" ".join(raw_all("references"))),
        from_address=from_address,
        from_name=from_name,
        reply_to=addr_list("reply-to"),
        to=addr_list("to", "cc"),
        delivered_to=addr_list("delivered-to", "x-original-to", "envelope-to", "x-envelope-to"),
        subject=headers.get("subject", ""),
        date=_parse_date(raw_first("date"), defects),
        headers=headers,
        text=text,
        html=html,
        attachments=tuple(walk.attachments),
        defects=tuple(dict.fromkeys(defects + walk.defects)),
    )
