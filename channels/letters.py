"""Postal letters as PDF: A4, laid out for a window envelope (DIN 5008 form B, DL / C5 / C6).

`render_pdf(LetterDocument)` draws one letter: letterhead, a return line and the recipient's
address in the window field (20 mm from the left, 45 mm from the top, 85 x 45 mm), the
reference block with place and date, the subject in bold, the text, the statement as a table
whose header repeats on every page, the bank details in a box, the closing and signature, page
numbers and a footer with the organization's details; fold marks at 105 and 210 mm and a
hole-punch mark at 148.5 mm on the left edge. Fonts are the DejaVu TTFs shipped in
`channels/fonts`, embedded, so every Latin script character renders on any machine.

`PdfLetterTransport` is the letter transport of the local outbox: it writes `<reference>.pdf`
once, atomically, and one `manifest.jsonl` line per letter for the print-and-post step.

A letter arrives as an `OutgoingLetter`. When it carries a `document` (a `LetterDocument`
built by the sender with `document_from_text(letter, statement=template_ctx, ...)`), that is
what is drawn; otherwise the document is read from the letter's text body alone, and its
fixed-width statement is shown as it was written, in a monospaced block.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel import Locale, localedata
from babel.dates import format_date
from babel.numbers import format_currency
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from channels.base import CommitPoint, OutgoingLetter
from channels.outbox import outbox_dir

try:  # POSIX: serialize manifest appends between processes
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "ADDRESS_FIELD",
    "FONT_DIR",
    "LABELS",
    "LetterDocument",
    "LetterLine",
    "PdfLetterTransport",
    "address_window_box",
    "date_line",
    "document_from_text",
    "letter_locale",
    "render_pdf",
]

log = logging.getLogger(__name__)

FONT_DIR = Path(__file__).resolve().parent / "fonts"


# --------------------------------------------------------------------------- the document


@dataclass(frozen=True)
class LetterLine:
    number: str
    issue_date: date
    due_date: date | None
    days_overdue: int
    open_amount: Decimal


@dataclass(frozen=True)
class LetterDocument:
    """Everything the PDF shows, already decided by the caller.

    Paragraphs are plain text; a line break inside a paragraph is kept. Lines indented by two
    spaces or more that read "label: value" (the templates' bank block) are drawn as a box of
    label/value rows, titled "Bank details" when one of them is the IBAN. When `iban` is set and
    no paragraph shows it, a bank details box is drawn after the statement.
    """

    language: str
    country: str | None
    tone: str | None
    sender_name: str
    sender_address: str  # multi-line
    sender_phone: str | None
    sender_email: str | None
    recipient_name: str
    recipient_address: str  # multi-line
    place: str | None
    date: date
    reference: str  # ours: the letter's reference
    subject: str
    paragraphs_before: tuple[str, ...]  # salutation + text before the statement
    lines: tuple[LetterLine, ...]
    credits: Decimal
    total: Decimal
    currency: str
    paragraphs_after: tuple[str, ...]  # payment request, closing, signature lines
    iban: str | None
    bic: str | None
    bank_name: str | None
    customer_reference: str | None = None  # the account's reference ("your customer number")
    payment_reference: str | None = None  # for the fallback bank box only
    statement_text: str | None = None  # a fixed-width statement, drawn when `lines` is empty


# --------------------------------------------------------------------------- labels, locale

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "invoice": "Invoice", "issue_date": "Issue date", "due_date": "Due date",
        "days_overdue": "Days overdue", "open_amount": "Open amount",
        "credits": "Credits applied", "total": "Total due", "page": "Page",
        "our_reference": "Our reference", "customer_reference": "Your customer reference",
        "bank_details": "Bank details", "beneficiary": "Beneficiary", "bank": "Bank",
        "payment_reference": "Payment reference", "phone": "Tel.", "subject": "",
    },
    "fr": {
        "invoice": "Facture", "issue_date": "Date", "due_date": "Échéance",
        "days_overdue": "Jours de retard", "open_amount": "Reste dû",
        "credits": "Avoirs imputés", "total": "Total dû", "page": "Page",
        "our_reference": "Notre référence", "customer_reference": "Votre référence client",
        "bank_details": "Coordonnées bancaires", "beneficiary": "Bénéficiaire",
        "bank": "Banque", "payment_reference": "Référence à indiquer", "phone": "Tél.",
        "subject": "Objet : ",
    },
    "de": {
        "invoice": "Rechnung", "issue_date": "Datum", "due_date": "Fällig am",
        "days_overdue": "Tage überfällig", "open_amount": "Offener Betrag",
        "credits": "Verrechnete Gutschriften", "total": "Offener Gesamtbetrag",
        "page": "Seite", "our_reference": "Unser Zeichen",
        "customer_reference": "Ihre Kundennummer", "bank_details": "Bankverbindung",
        "beneficiary": "Empfänger", "bank": "Bank", "payment_reference": "Verwendungszweck",
        "phone": "Tel.", "subject": "",
    },
    "es": {
        "invoice": "Factura", "issue_date": "Fecha", "due_date": "Vencimiento",
        "days_overdue": "Días de retraso", "open_amount": "Pendiente",
        "credits": "Abonos aplicados", "total": "Total pendiente", "page": "Página",
        "our_reference": "Nuestra referencia",
        "customer_reference": "Su referencia de cliente", "bank_details": "Datos bancarios",
        "beneficiary": "Beneficiario", "bank": "Banco", "payment_reference": "Concepto",
        "phone": "Tel.", "subject": "Asunto: ",
    },
    "it": {
        "invoice": "Fattura", "issue_date": "Data", "due_date": "Scadenza",
        "days_overdue": "Giorni di ritardo", "open_amount": "Importo residuo",
        "credits": "Note di credito applicate", "total": "Totale dovuto", "page": "Pagina",
        "our_reference": "Nostro riferimento", "customer_reference": "Vostro codice cliente",
        "bank_details": "Coordinate bancarie", "beneficiary": "Beneficiario",
        "bank": "Banca", "payment_reference": "Causale", "phone": "Tel.",
        "subject": "Oggetto: ",
    },
    "nl": {
        "invoice": "Factuur", "issue_date": "Datum", "due_date": "Vervaldatum",
        "days_overdue": "Dagen te laat", "open_amount": "Openstaand",
        "credits": "Verrekende creditnota's", "total": "Totaal openstaand",
        "page": "Pagina", "our_reference": "Ons kenmerk", "customer_reference": "Uw klantnummer",
        "bank_details": "Bankgegevens", "beneficiary": "Begunstigde", "bank": "Bank",
        "payment_reference": "Omschrijving", "phone": "Tel.", "subject": "Betreft: ",
    },
    "pt": {
        "invoice": "Fatura", "issue_date": "Data", "due_date": "Vencimento",
        "days_overdue": "Dias de atraso", "open_amount": "Em dívida",
        "credits": "Notas de crédito aplicadas", "total": "Total em dívida",
        "page": "Página", "our_reference": "A nossa referência",
        "customer_reference": "A sua referência de cliente", "bank_details": "Dados bancários",
        "beneficiary": "Beneficiário", "bank": "Banco",
        "payment_reference": "Referência a indicar", "phone": "Tel.", "subject": "Assunto: ",
    },
}

# the same defaults as agent/templates, so that the PDF formats money and dates as the text does
_DEFAULT_LOCALES = {"en": "en_GB", "fr": "fr_FR", "de": "de_DE", "es": "es_ES", "it": "it_IT",
                    "nl": "nl_NL", "pt": "pt_PT"}


def _language(tag: str) -> str:
    return re.split(r"[-_]", (tag or "en").strip())[0].lower() or "en"


@lru_cache(maxsize=128)
def letter_locale(language: str, country: str | None = None) -> str:
    """language_COUNTRY when babel has it (fr_BE, de_CH ...), else the language's default
    locale (the one the message templates use), else the bare language, else en_GB."""
    parts = re.split(r"[-_]", (language or "en").strip())
    lang = parts[0].lower() or "en"
    region = (country or (parts[1] if len(parts) > 1 else "") or "").strip().upper()
    if re.fullmatch(r"[A-Z]{2}", region) and localedata.exists(f"{lang}_{region}"):
        return f"{lang}_{region}"
    if lang in _DEFAULT_LOCALES:
        return _DEFAULT_LOCALES[lang]
    return lang if localedata.exists(lang) else "en_GB"


def _labels(language: str) -> dict[str, str]:
    return LABELS.get(_language(language), LABELS["en"])


@lru_cache(maxsize=64)
def _numeric_pattern(locale: str) -> str:
    """The locale's short date pattern with zero-padded day/month and a four-digit year (as
    the text statement writes dates)."""
    pattern = Locale.parse(locale).date_formats["short"].pattern
    pattern = re.sub(r"(?<![dMy])y{1,2}(?!y)", "y", pattern)
    pattern = re.sub(r"(?<!d)d(?!d)", "dd", pattern)
    return re.sub(r"(?<!M)M(?!M)", "MM", pattern)


def _numeric_date(value: date | None, locale: str) -> str:
    return format_date(value, format=_numeric_pattern(locale), locale=locale) if value else "–"


def _long_date(value: date, locale: str) -> str:
    text = format_date(value, format="long", locale=locale)
    if value.day == 1 and re.match(r"1\s", text):
        if locale.startswith("fr"):
            text = "1er" + text[1:]
        elif locale.startswith("it"):
            text = "1°" + text[1:]
    return text


def _money(value: Decimal, currency: str, locale: str) -> str:
    if isinstance(value, float):
        raise TypeError("money must be Decimal, never float")
    return format_currency(Decimal(value), currency, locale=locale)


def date_line(doc: LetterDocument) -> str:
    """"Paris, le 12 mars 2026" / "Berlin, 12. März 2026" / "12 March 2026"."""
    locale = letter_locale(doc.language, doc.country)
    when = _long_date(doc.date, locale)
    if _language(doc.language) == "fr":
        return f"{doc.place}, le {when}" if doc.place else f"Le {when}"
    return f"{doc.place}, {when}" if doc.place else when


# --------------------------------------------------------------------------- layout

PAGE_W, PAGE_H = 210.0, 297.0
LEFT, RIGHT = 25.0, 20.0
WIDTH = PAGE_W - LEFT - RIGHT  # 165 mm
ADDRESS_FIELD = (20.0, 45.0, 85.0, 45.0)  # x, y, w, h: the envelope window (DIN 5008 form B)
INFO_X, INFO_Y, INFO_W = 125.0, 50.0, PAGE_W - RIGHT - 125.0
SUBJECT_Y = 96.0
BOTTOM = 28.0  # the text stops 28 mm above the bottom edge: page number and footer below
FOLD_MARKS = (105.0, 210.0)
PUNCH_MARK = 148.5

ACCENT = (31, 58, 95)
INK = (33, 33, 33)
MUTED = (105, 110, 118)
RULE = (196, 202, 210)
HEAD_FILL = (233, 238, 245)
BOX_FILL = (246, 248, 251)

BODY_PT, BODY_LH = 9.5, 4.6
TABLE_PT = 9.0
PARA_GAP = 2.5
SIGNATURE_GAP = 10.0

_KV = re.compile(r"^\s{2,}(?P<label>[^:\n]{1,40}?)\s*:\s*(?P<value>.+?)\s*$")


def _compact(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "").upper()


def _split_box(paragraph: str) -> tuple[list[str], list[tuple[str, str]], list[str]]:
    """A paragraph as (lines before, label/value rows, lines after): the rows are the first
    run of indented "label: value" lines (at least two of them)."""
    lines = paragraph.split("\n")
    start = next((i for i, line in enumerate(lines) if _KV.match(line)), None)
    if start is None:
        return lines, [], []
    end = start
    while end < len(lines) and _KV.match(lines[end]):
        end += 1
    if end - start < 2:
        return lines, [], []
    rows = []
    for line in lines[start:end]:
        m = _KV.match(line)
        assert m is not None
        rows.append((m["label"].strip(), m["value"]))
    return lines[:start], rows, lines[end:]


def _mentions_iban(paragraph: str, iban: str | None) -> bool:
    return bool(iban) and _compact(iban) in _compact(paragraph)


def _is_signature(paragraph: str) -> bool:
    lines = paragraph.split("\n")
    return 1 <= len(lines) <= 4 and all(len(line) <= 60 for line in lines)


class _LetterPdf(FPDF):
    def __init__(self, doc: LetterDocument, total_pages: int | None):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.doc = doc
        self.total_pages = total_pages
        self.L = _labels(doc.language)
        self.locale = letter_locale(doc.language, doc.country)
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVuMono", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
        self.set_margins(LEFT, 25.0, RIGHT)
        self.set_auto_page_break(True, margin=BOTTOM)
        self.set_creation_date(datetime.combine(doc.date, time(9, 0), tzinfo=UTC))
        self.set_title(doc.subject)
        self.set_author(doc.sender_name)
        self.set_subject(doc.subject)
        self.set_creator("dunning-agent")
        self.set_lang(_language(doc.language))
        self.set_text_color(*INK)
        self.c_margin = 0.0  # text starts exactly at the margins; tables set their own
        # where the address field's text landed, for checks: (x, y, w, h)
        self.address_box: tuple[float, float, float, float] | None = None

    # ----------------------------------------------------------------- helpers

    def font(self, size: float, bold: bool = False, mono: bool = False,
             color: tuple[int, int, int] = INK) -> None:
        self.set_font("DejaVuMono" if mono else "DejaVu", "B" if bold and not mono else "",
                      size)
        self.set_text_color(*color)

    def text_at(self, x: float, y: float, w: float, h: float, text: str,
                align: str = "L") -> None:
        self.set_xy(x, y)
        self.cell(w, h, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def room(self) -> float:
        return self.page_break_trigger - self.get_y()

    def ensure(self, height: float) -> None:
        if height > self.room():
            self.add_page()

    def lines_height(self, text: str, w: float, lh: float) -> float:
        return len(self.multi_cell(w, lh, text, dry_run=True, output="LINES")) * lh

    # ----------------------------------------------------------------- page furniture

    def header(self) -> None:
        doc = self.doc
        self.set_draw_color(*MUTED)
        self.set_line_width(0.2)
        for y in FOLD_MARKS:
            self.line(4.0, y, 9.0, y)
        self.line(4.0, PUNCH_MARK, 12.0, PUNCH_MARK)
        if self.page_no() == 1:
            size, room = 16.0, INFO_X - LEFT - 6.0
            self.font(size, bold=True, color=ACCENT)
            while self.get_string_width(doc.sender_name) > room and size > 12.0:
                size -= 0.5
                self.font(size, bold=True, color=ACCENT)
            self.set_xy(LEFT, 14.0)
            self.multi_cell(room, size * 0.45, doc.sender_name, align="L")
            y = 14.5
            self.font(8, color=MUTED)
            for line in self.sender_contact_lines():
                self.text_at(INFO_X, y, INFO_W, 3.7, line)
                y += 3.7
            self.set_draw_color(*ACCENT)
            self.set_line_width(0.5)
            self.line(LEFT, 38.5, PAGE_W - RIGHT, 38.5)
            return
        self.font(9, bold=True, color=ACCENT)
        self.text_at(LEFT, 11.0, WIDTH / 2, 5.0, doc.sender_name)
        self.font(8, color=MUTED)
        right = f"{self.L['our_reference']}: {doc.reference} · {date_line(doc)}"
        self.text_at(LEFT + WIDTH / 3, 11.0, WIDTH * 2 / 3, 5.0,
                     self.fit(right, WIDTH * 2 / 3), align="R")
        self.set_draw_color(*RULE)
        self.set_line_width(0.3)
        self.line(LEFT, 17.5, PAGE_W - RIGHT, 17.5)
        self.set_xy(LEFT, 24.0)

    def sender_contact_lines(self) -> list[str]:
        doc = self.doc
        lines = [line.strip() for line in doc.sender_address.split("\n") if line.strip()]
        if doc.sender_phone:
            lines.append(f"{self.L['phone']} {doc.sender_phone}")
        if doc.sender_email:
            lines.append(doc.sender_email)
        return lines

    def footer(self) -> None:
        doc = self.doc
        total = self.total_pages or self.page_no()
        self.font(8, color=MUTED)
        self.text_at(LEFT, PAGE_H - 26.0, WIDTH, 4.0,
                     f"{self.L['page']} {self.page_no()}/{total}", align="R")
        self.set_draw_color(*RULE)
        self.set_line_width(0.3)
        self.line(LEFT, PAGE_H - 22.0, PAGE_W - RIGHT, PAGE_H - 22.0)
        address = [line.strip() for line in doc.sender_address.split("\n") if line.strip()]
        contact = []
        if doc.sender_phone:
            contact.append(f"{self.L['phone']} {doc.sender_phone}")
        if doc.sender_email:
            contact.append(doc.sender_email)
        bank = []
        if doc.iban:
            if doc.bank_name:
                bank.append(doc.bank_name)
            bank.append(f"IBAN {doc.iban}")
            if doc.bic:
                bank.append(f"BIC {doc.bic}")
        columns = [[doc.sender_name, *address], contact, bank]
        width = WIDTH / 3
        for i, column in enumerate(columns):
            y = PAGE_H - 20.0
            for j, line in enumerate(column[:5]):
                self.font(7, bold=(i == 0 and j == 0), color=MUTED)
                self.text_at(LEFT + i * width, y, width - 2, 3.2, line)
                y += 3.2

    # ----------------------------------------------------------------- first page

    def front(self) -> None:
        doc = self.doc
        fx, fy, fw, _fh = ADDRESS_FIELD
        inner_x, inner_w = fx + 5.0, fw - 5.0
        # return line (small, underlined), at the top of the window field
        ret = " · ".join([doc.sender_name, *[ln.strip() for ln in doc.sender_address.split(
            "\n") if ln.strip()]])
        size = 7.0
        self.font(size, color=MUTED)
        while self.get_string_width(ret) > inner_w and size > 5.5:
            size -= 0.5
            self.font(size, color=MUTED)
        self.text_at(inner_x, fy + 2.5, inner_w, 3.5, ret)
        self.set_draw_color(*MUTED)
        self.set_line_width(0.15)
        self.line(inner_x, fy + 6.3, inner_x + min(inner_w, self.get_string_width(ret)), fy + 6.3)
        # the recipient, in the window
        lines = [doc.recipient_name.strip()] + [
            ln.strip() for ln in doc.recipient_address.split("\n") if ln.strip()]
        lines = [ln for ln in lines if ln]
        size, lh, top = 10.0, 4.4, fy + 11.0
        if len(lines) > 7:
            size, lh, top = 9.0, 3.8, fy + 9.0
        bottom = fy + ADDRESS_FIELD[3] - 1.0
        self.font(size)
        while size > 8.0 and max(self.get_string_width(ln) for ln in lines) > inner_w - 1.0:
            size -= 0.5  # a long line: smaller type rather than a wrapped address line
            self.font(size)
        widest = 0.0
        y = top
        for line in lines[: int((bottom - top) // lh)]:
            fitted = self.fit(line, inner_w - 1.0)
            widest = max(widest, self.get_string_width(fitted))
            self.text_at(inner_x, y, inner_w, lh, fitted)
            y += lh
        self.address_box = (inner_x, top, widest, y - top)
        # reference block and date
        y = INFO_Y
        refs = [(self.L["our_reference"], doc.reference)]
        if doc.customer_reference:
            refs.append((self.L["customer_reference"], doc.customer_reference))
        for label, value in refs:
            self.font(7.5, color=MUTED)
            self.text_at(INFO_X, y, INFO_W, 3.6, label)
            self.font(9.5)
            self.set_xy(INFO_X, y + 3.6)
            self.multi_cell(INFO_W, 4.4, value, align="L", new_x=XPos.LMARGIN,
                            new_y=YPos.NEXT)
            y = self.get_y() + 2.2
        self.font(9.5)
        self.set_xy(INFO_X, max(y + 2.0, 78.0))
        self.multi_cell(INFO_W, 4.4, date_line(doc), align="L", new_x=XPos.LMARGIN,
                        new_y=YPos.NEXT)
        # subject
        self.font(11, bold=True)
        self.set_xy(LEFT, max(SUBJECT_Y, self.get_y() + 6.0))
        self.multi_cell(WIDTH, 5.6, self.L["subject"] + doc.subject, align="L",
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_y(self.get_y() + 5.0)

    def fit(self, text: str, width: float) -> str:
        if self.get_string_width(text) <= width:
            return text
        while text and self.get_string_width(text + "…") > width:
            text = text[:-1]
        return text + "…"

    # ----------------------------------------------------------------- text

    def paragraph(self, text: str, *, keep_with_next: float = 0.0) -> None:
        before, rows, after = _split_box(text)
        if rows:
            if any(line.strip() for line in before):
                self.text_lines(before, keep=self.box_height(rows) + 2.0)
                self.set_y(self.get_y() + 1.5)
            self.box(rows)
            if any(line.strip() for line in after):
                self.set_y(self.get_y() + 1.5)
                self.text_lines(after)
        else:
            self.text_lines(before, keep=keep_with_next)
        self.set_y(self.get_y() + PARA_GAP)

    def text_lines(self, lines: Sequence[str], keep: float = 0.0) -> None:
        self.font(BODY_PT)
        text = "\n".join(lines)
        height = self.lines_height(text, WIDTH, BODY_LH)
        if height <= 4 * BODY_LH or keep:
            # a short paragraph is not split; one that introduces a box stays with it
            if height + keep <= self.page_break_trigger - self.t_margin:
                self.ensure(height + keep)
        for line in lines:
            indent = len(line) - len(line.lstrip(" "))
            x = LEFT + min(indent, 8) * 1.2
            self.set_x(x)
            self.multi_cell(PAGE_W - RIGHT - x, BODY_LH, line.strip() or " ", align="L",
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    # ----------------------------------------------------------------- bank box

    def box_height(self, rows: Sequence[tuple[str, str]], titled: bool = True) -> float:
        return 3.0 + (5.6 if titled else 0.0) + 4.5 * len(rows) + 2.5

    def box(self, rows: Sequence[tuple[str, str]], title: str | None = None) -> None:
        iban = _compact(self.doc.iban)
        is_bank = any(label.upper() == "IBAN" or (iban and _compact(value) == iban)
                      for label, value in rows)
        if title is None and is_bank:
            title = self.L["bank_details"]
        height = self.box_height(rows, titled=bool(title))
        self.ensure(height + 1.0)
        x, y = LEFT, self.get_y()
        self.set_fill_color(*BOX_FILL)
        self.set_draw_color(*RULE)
        self.set_line_width(0.3)
        self.rect(x, y, WIDTH, height, style="DF")
        self.set_fill_color(*ACCENT)
        self.rect(x, y, 1.2, height, style="F")
        cy = y + 2.5
        if title:
            self.font(9.5, bold=True, color=ACCENT)
            self.text_at(x + 5.0, cy, WIDTH - 10.0, 5.0, title)
            cy += 5.6
        self.font(8.5, color=MUTED)
        label_w = max(self.get_string_width(label) for label, _ in rows) + 5.0
        label_w = min(label_w, 60.0)
        for label, value in rows:
            self.font(8.5, color=MUTED)
            self.text_at(x + 5.0, cy, label_w, 4.5, self.fit(label, label_w - 2.0))
            bold = label.upper() == "IBAN"
            self.font(9.5, bold=bold)
            value_w = WIDTH - 10.0 - label_w
            self.text_at(x + 5.0 + label_w, cy, value_w, 4.5, self.fit(value, value_w))
            cy += 4.5
        self.set_xy(LEFT, y + height)

    def fallback_bank_box(self) -> None:
        doc = self.doc
        rows = [(self.L["beneficiary"], doc.sender_name), ("IBAN", doc.iban or "")]
        if doc.bic:
            rows.append(("BIC", doc.bic))
        if doc.bank_name:
            rows.append((self.L["bank"], doc.bank_name))
        if doc.payment_reference:
            rows.append((self.L["payment_reference"], doc.payment_reference))
        self.box(rows, title=self.L["bank_details"])
        self.set_y(self.get_y() + PARA_GAP + 1.0)

    # ----------------------------------------------------------------- statement

    def statement_table(self) -> None:
        doc, L, locale = self.doc, self.L, self.locale
        headers = [L["invoice"], L["issue_date"], L["due_date"], L["days_overdue"],
                   L["open_amount"]]
        aligns = ["L", "L", "L", "R", "R"]
        rows = [[line.number, _numeric_date(line.issue_date, locale),
                 _numeric_date(line.due_date, locale),
                 str(line.days_overdue) if line.days_overdue > 0 else "–",
                 _money(line.open_amount, doc.currency, locale)] for line in doc.lines]
        footer: list[tuple[str, str, bool]] = []
        if doc.credits:
            footer.append((L["credits"], _money(-abs(Decimal(doc.credits)), doc.currency,
                                                locale), False))
        footer.append((L["total"], _money(doc.total, doc.currency, locale), True))

        size = TABLE_PT
        while True:
            widths = self.column_widths(headers, rows, footer, size)
            if sum(widths) <= WIDTH or size <= 6.5:
                break
            size -= 0.5
        extra = max(0.0, WIDTH - sum(widths))
        widths = [w + extra / len(widths) for w in widths]
        head_h, row_h = 6.6, 5.6
        self.c_margin = 1.5

        def draw_header() -> None:
            self.set_fill_color(*HEAD_FILL)
            self.set_draw_color(*ACCENT)
            self.set_line_width(0.3)
            y = self.get_y()
            self.rect(LEFT, y, WIDTH, head_h, style="F")
            self.font(size, bold=True, color=ACCENT)
            x = LEFT
            for text, w, align in zip(headers, widths, aligns, strict=True):
                self.set_xy(x, y)
                self.cell(w, head_h, self.fit(text, w - 2.0), align=align)
                x += w
            self.line(LEFT, y + head_h, LEFT + WIDTH, y + head_h)
            self.set_xy(LEFT, y + head_h)

        footer_h = 2.0 + row_h * len(footer)
        self.ensure(head_h + row_h * min(2, len(rows)) + (footer_h if len(rows) <= 2 else 0))
        draw_header()
        for i, row in enumerate(rows):
            need = row_h + (footer_h if i == len(rows) - 1 else 0.0)
            if need > self.room():
                self.add_page()
                draw_header()
            y = self.get_y()
            self.font(size)
            x = LEFT
            for text, w, align in zip(row, widths, aligns, strict=True):
                self.set_xy(x, y)
                self.cell(w, row_h, self.fit(text, w - 2.0), align=align)
                x += w
            self.set_draw_color(*RULE)
            self.set_line_width(0.15)
            self.line(LEFT, y + row_h, LEFT + WIDTH, y + row_h)
            self.set_xy(LEFT, y + row_h)
        if not rows and footer_h > self.room():
            self.add_page()
            draw_header()
        self.set_y(self.get_y() + 1.0)
        label_w = sum(widths[:-1])
        for label, value, bold in footer:
            y = self.get_y()
            if bold:
                self.set_fill_color(*HEAD_FILL)
                self.rect(LEFT, y, WIDTH, row_h + 0.6, style="F")
                self.set_draw_color(*ACCENT)
                self.set_line_width(0.5)
                self.line(LEFT, y, LEFT + WIDTH, y)
            self.font(size, bold=bold, color=INK)
            self.set_xy(LEFT, y + (0.3 if bold else 0.0))
            self.cell(label_w, row_h, label, align="R")
            self.cell(widths[-1], row_h, value, align="R")
            self.set_xy(LEFT, y + row_h + (0.6 if bold else 0.0))
        self.c_margin = 0.0
        self.set_y(self.get_y() + PARA_GAP + 1.5)

    def column_widths(self, headers: Sequence[str], rows: Sequence[Sequence[str]],
                      footer: Sequence[tuple[str, str, bool]], size: float) -> list[float]:
        pad = 3.0 + 1.5
        self.font(size, bold=True)
        widths = [self.get_string_width(h) + pad for h in headers]
        self.font(size)
        for row in rows:
            for i, text in enumerate(row):
                widths[i] = max(widths[i], self.get_string_width(text) + pad)
        self.font(size, bold=True)
        for label, value, _bold in footer:
            widths[-1] = max(widths[-1], self.get_string_width(value) + pad)
            need = self.get_string_width(label) + pad
            if need > sum(widths[:-1]):
                widths[0] += need - sum(widths[:-1])
        return widths

    def statement_block(self, text: str) -> None:
        """A fixed-width statement as written in the text body; its header lines repeat on a
        new page."""
        lines = text.split("\n")
        head = lines[:2] if len(lines) > 2 and re.fullmatch(r"[-\s]+", lines[1]) else []
        size = 8.5
        self.font(size, mono=True)
        while size > 6.0 and max(self.get_string_width(ln) for ln in lines) > WIDTH:
            size -= 0.5
            self.font(size, mono=True)
        lh = size * 0.48
        self.ensure(lh * min(len(lines), 6))
        for i, line in enumerate(lines):
            if lh > self.room():
                self.add_page()
                self.font(size, mono=True)
                if i >= len(head):
                    for h in head:
                        self.text_at(LEFT, self.get_y(), WIDTH, lh, h)
            self.text_at(LEFT, self.get_y(), WIDTH, lh, line)
        self.set_y(self.get_y() + PARA_GAP + 1.0)

    # ----------------------------------------------------------------- the letter

    def letter(self) -> None:
        doc = self.doc
        self.add_page()
        self.front()
        before, after = list(doc.paragraphs_before), list(doc.paragraphs_after)
        has_table = bool(doc.lines or doc.statement_text)
        # the signature closes the last group of paragraphs; room is left above it to sign
        tail = after if (after or has_table) else before
        signature = None
        if len(before) + len(after) > 1 and tail and _is_signature(tail[-1]):
            signature = tail.pop()
        everything = (*doc.paragraphs_before, *doc.paragraphs_after)
        bank_box = bool(doc.iban) and not any(_mentions_iban(p, doc.iban) for p in everything)
        if tail is before:  # no statement, one group: the bank box goes before the closing
            closing = before[-1:] if signature is not None else []
            self.flow(before[: len(before) - len(closing)], None)
            if bank_box:
                self.fallback_bank_box()
            self.flow(closing, signature)
            return
        self.flow(before, None)
        if doc.lines:
            self.statement_table()
        elif doc.statement_text:
            self.statement_block(doc.statement_text)
        if bank_box:
            self.fallback_bank_box()
        self.flow(after, signature)

    def flow(self, paragraphs: Sequence[str], signature: str | None) -> None:
        for i, paragraph in enumerate(paragraphs):
            keep = 0.0
            if signature is not None and i == len(paragraphs) - 1:
                self.font(BODY_PT)  # the closing stays on the signature's page
                keep = SIGNATURE_GAP + self.lines_height(signature, WIDTH, BODY_LH)
            self.paragraph(paragraph, keep_with_next=keep)
        if signature is not None:
            self.set_y(self.get_y() + SIGNATURE_GAP - PARA_GAP)
            self.paragraph(signature)


def _render(doc: LetterDocument) -> tuple[bytes, int]:
    first = _LetterPdf(doc, None)
    first.letter()
    pages = first.page_no()
    pdf = _LetterPdf(doc, pages)  # again, now that "page n/N" is known
    pdf.letter()
    return bytes(pdf.output()), pdf.page_no()


def render_pdf(doc: LetterDocument) -> bytes:
    """The letter as an A4 PDF (deterministic: the same document gives the same bytes)."""
    return _render(doc)[0]


def address_window_box(doc: LetterDocument) -> tuple[float, float, float, float]:
    """Where the recipient's address is printed on page 1, in mm from the top-left corner:
    (x, y, width, height). It lies inside ADDRESS_FIELD, the envelope's window."""
    pdf = _LetterPdf(doc, 1)
    pdf.add_page()
    pdf.front()
    assert pdf.address_box is not None
    return pdf.address_box


# --------------------------------------------------------------------------- from the text


def _get(obj: Any, key: str, default: Any = None) -> Any:
    if obj is None:
        return default
    if isinstance(obj, Mapping):
        return obj.get(key, default)
    return getattr(obj, key, default)


def _paragraphs(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n[ \t]*\n", text.strip("\n"))
    return ["\n".join(line.rstrip() for line in b.split("\n")) for b in blocks if b.strip()]


def _is_table(paragraph: str) -> bool:
    lines = paragraph.split("\n")
    return len(lines) >= 3 and "-" in lines[1] and re.fullmatch(r"[-\s]+", lines[1]) is not None


_EMAIL = re.compile(r"^[^\s@]+@[^\s@]+\.[^\s@]+$")
_PHONE = re.compile(r"^[^\d+]{0,12}?\s*(?P<number>\+?\d[\d\s./()\-]{5,})$")


@lru_cache(maxsize=32)
def _month_names(locale: str) -> dict[str, int]:
    loc = Locale.parse(locale)
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in loc.months[context][width].items():
                names[name.lower().rstrip(".")] = number
    return names


def _parse_date(text: str, locale: str) -> date | None:
    """The long date of a "place, date" line, in the letter's language."""
    low = text.lower()
    year = re.search(r"\b(\d{4})\b", low)
    if not year:
        return None
    month = None
    for name, number in sorted(_month_names(locale).items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", low):
            month = number
            break
    day = re.search(r"(?<!\d)(\d{1,2})(?!\d)", low[: year.start()] + " " + low[year.end():])
    if month is None or day is None:
        return None
    try:
        return date(int(year.group(1)), month, int(day.group(1)))
    except ValueError:
        return None


def _lines_from(statement: Mapping[str, Any]) -> tuple[LetterLine, ...]:
    out = []
    for line in statement.get("lines") or ():
        out.append(LetterLine(
            number=str(_get(line, "number")),
            issue_date=_get(line, "issue_date"),
            due_date=_get(line, "due_date"),
            days_overdue=int(_get(line, "days_overdue", 0) or 0),
            open_amount=Decimal(_get(line, "open_amount")),
        ))
    return tuple(out)


def _table_agrees(table: str, lines: Sequence[LetterLine], total: Decimal, currency: str,
                  locale: str) -> bool:
    """The structured statement says what the text's fixed-width table says: the same
    invoices, each with its open amount and days overdue on its row, and the same total."""
    rows = table.split("\n")[2:]
    numbered = [row for row in rows if row.strip() and not re.fullmatch(r"[-\s]+", row)]
    if len(lines) != sum(1 for row in numbered if row.split()[0] in {
            line.number for line in lines}):
        return False
    for line in lines:
        row = next((r for r in numbered if r.split()[0] == line.number), None)
        if row is None:
            return False
        days = str(line.days_overdue) if line.days_overdue > 0 else "–"
        cells = re.split(r"\s{2,}", row.strip())
        if _money(line.open_amount, currency, locale) not in cells or days not in cells:
            return False
    return _money(total, currency, locale) in table


def document_from_text(
    letter: OutgoingLetter,
    *,
    statement: Mapping[str, Any] | None = None,
    country: str | None = None,
    tone: str | None = None,
    on_date: date | None = None,
) -> LetterDocument:
    """The `LetterDocument` of a letter whose body is the text the templates (or the LLM)
    wrote: sender block, recipient block, "place, date", subject line and reference line,
    then the text. The text stays as it was checked; what is read from it:

    - the recipient block for the window (when it ends with the letter's postal address;
      otherwise `recipient_name` + `recipient_address`), place and date, the customer
      reference, the paragraphs before and after the statement, the bank block;
    - `statement` (optional) is the template context the body was drafted from: "lines",
      "credits", "total", "currency", "today", "organization" (phone, email, city, bank),
      "account" (reference). Its lines replace the fixed-width table by a real one, but only
      when they agree with that table (every invoice number and the total appear in it);
      otherwise the fixed-width table is kept, in a monospaced block.
    """
    language = letter.language or "en"
    locale = letter_locale(language, country)
    paras = _paragraphs(letter.body)
    subject = " ".join(letter.subject.split())
    s = None
    if subject:
        for i, p in enumerate(paras[:8]):
            if subject in " ".join(p.split("\n")[0].split()):
                s = i
                break
    sender_block: list[str] = []
    recipient_block: list[str] = []
    date_text = ""
    customer_reference = None
    if s is not None and s >= 2:
        sender_block = paras[0].split("\n")
        head = paras[1:s]
        if re.search(r"\d{4}", head[-1]) and len(head[-1].split("\n")) == 1 and len(head) > 1:
            date_text = head[-1]
            head = head[:-1]
        recipient_block = [ln.strip() for p in head for ln in p.split("\n") if ln.strip()]
        for line in paras[s].split("\n")[1:]:
            if ":" in line:
                customer_reference = line.rsplit(":", 1)[1].strip() or None
        body = paras[s + 1:]
    elif s is not None:
        body = paras[s + 1:]
    else:
        body = paras

    org = _get(statement, "organization")
    sender_lines = [ln.strip() for ln in letter.sender_address.split("\n") if ln.strip()]
    if not sender_lines:
        sender_lines = [ln.strip() for ln in sender_block if ln.strip()]
    sender_name = _get(org, "name") or (sender_lines[0] if sender_lines else "")
    address_lines = sender_lines[1:]
    phone, email = _get(org, "phone"), _get(org, "email")
    for line in sender_block[1:]:
        line = line.strip()
        if _EMAIL.match(line):
            email = email or line
        elif (m := _PHONE.match(line)) and line not in address_lines:
            phone = phone or m["number"].strip()
        elif not letter.sender_address.strip() and line:
            address_lines.append(line)
    if org is not None and _get(org, "postal_address"):
        address_lines = [ln.strip() for ln in str(_get(org, "postal_address")).split("\n")
                         if ln.strip()]

    wanted = [ln.strip() for ln in letter.recipient_address.split("\n") if ln.strip()]
    if recipient_block and (not wanted or recipient_block[-len(wanted):] == wanted):
        recipient_name, recipient_address = recipient_block[0], "\n".join(recipient_block[1:])
    else:
        recipient_name, recipient_address = letter.recipient_name, "\n".join(wanted)

    # the date the text was written on: its own date line first (a letter delivered on a
    # later run keeps the date its text shows), else the statement's day, else today
    when = on_date or (_parse_date(date_text, locale) if date_text else None)
    when = when or _get(statement, "today") or date.today()
    place = _get(org, "city")
    if place is None and date_text and "," in date_text:
        candidate = date_text.split(",", 1)[0].strip()
        if candidate and not re.search(r"\d", candidate):
            place = candidate
    account = _get(statement, "account")
    if _get(account, "reference"):
        customer_reference = str(_get(account, "reference"))

    t = next((i for i, p in enumerate(body) if _is_table(p)), None)
    before, after = (body, []) if t is None else (body[:t], body[t + 1:])
    table_text = body[t] if t is not None else None

    bank = _get(org, "bank")
    iban, bic, bank_name = _get(bank, "iban"), _get(bank, "bic"), _get(bank, "bank_name")
    if not iban:
        for p in body:
            for label, value in _split_box(p)[1]:
                key = label.lower()
                if key == "iban":
                    iban = value
                elif key in ("bic", "bic/swift", "swift", "swift/bic"):
                    bic = value
                elif key in ("bank", "banque", "banco", "banca"):
                    bank_name = value

    lines: tuple[LetterLine, ...] = ()
    credits, total, currency = Decimal(0), Decimal(0), ""
    if statement is not None:
        currency = str(statement.get("currency") or "")
        credits = Decimal(statement.get("credits") or 0)
        total = Decimal(statement.get("total") or 0)
        lines = _lines_from(statement)
        if lines and table_text is not None:
            if _table_agrees(table_text, lines, total, currency, locale):
                table_text = None
            else:
                log.warning("letter %s: the statement does not match the text's table; "
                            "printing the text's table", letter.reference)
                lines = ()
        elif table_text is None:
            lines = ()  # the text has no statement: the letter says what it says

    payment_reference = None
    if lines:
        payment_reference = lines[0].number if len(lines) == 1 else customer_reference

    return LetterDocument(
        language=language, country=country, tone=tone,
        sender_name=sender_name, sender_address="\n".join(address_lines),
        sender_phone=phone, sender_email=email,
        recipient_name=recipient_name, recipient_address=recipient_address,
        place=place, date=when, reference=letter.reference, subject=subject,
        paragraphs_before=tuple(before), lines=lines, credits=credits, total=total,
        currency=currency, paragraphs_after=tuple(after),
        iban=iban, bic=bic, bank_name=bank_name,
        customer_reference=customer_reference, payment_reference=payment_reference,
        statement_text=table_text,
    )


# --------------------------------------------------------------------------- transport


def _safe_name(reference: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in reference)


def _page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def _write_new(path: Path, data: bytes) -> bool:
    """Write `data` to `path` atomically and only if `path` does not exist yet: the bytes go
    to a temporary file in the same folder, are flushed to disk, then linked into place (a
    link never replaces an existing file). True when this call created the file."""
    if path.exists():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = str(path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp")
    # os.open with 0o666, not mkstemp (0o600): the file gets the umask's usual permissions,
    # readable by the print-and-post step
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError:  # no hard links on this file system
            if path.exists():
                return False
            os.replace(tmp, path)
            tmp = ""
        return True
    finally:
        if tmp:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)


class PdfLetterTransport:
    """Letters as PDF files in `<outbox>/letters/` (default outbox: $DUNNING_OUTBOX_DIR or
    var/outbox, like OutboxLetterTransport), each listed once in `manifest.jsonl` with status
    "queued": the print-and-post step works from the manifest, so a letter counts as handed
    over once its line is there (the PDF is always in place before its line)."""

    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder or outbox_dir()) / "letters"
        self.manifest = self.folder / "manifest.jsonl"

    def _path(self, reference: str) -> Path:
        return self.folder / f"{_safe_name(reference)}.pdf"

    def confirm(self, message_id: str) -> bool | None:
        """True when the letter with this reference is queued (its PDF and its manifest
        line are there); False otherwise: sending it again completes what is missing."""
        if not self._path(message_id).exists() or not self.manifest.exists():
            return False
        with self.manifest.open(encoding="utf-8", errors="replace") as manifest:
            return any(_manifest_reference(raw) == message_id for raw in manifest)

    def send(self, letter: OutgoingLetter, commit_point: CommitPoint | None = None) -> str:
        """Render, then (after `commit_point`) put the PDF in place once and list it once.
        A rendering error raises before anything is handed over."""
        path = self._path(letter.reference)
        data, pages = None, None
        if not path.exists():
            doc = getattr(letter, "document", None) or document_from_text(letter)
            data, pages = _render(doc)
        if commit_point is not None:
            commit_point()
        if data is not None:
            _write_new(path, data)
        self._record(letter, path, pages)
        return str(path)

    def _record(self, letter: OutgoingLetter, path: Path, pages: int | None) -> None:
        """One manifest line per reference, also when a crash came between the PDF and its
        line."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with self.manifest.open("a+b") as manifest:
            if fcntl is not None:
                fcntl.flock(manifest.fileno(), fcntl.LOCK_EX)
            manifest.seek(0)
            existing = manifest.read()
            if any(_manifest_reference(raw) == letter.reference
                   for raw in existing.decode("utf-8", "replace").splitlines()):
                return
            if pages is None:
                pages = _page_count(path.read_bytes())
            line = json.dumps({
                "reference": letter.reference, "file": path.name,
                "recipient": letter.recipient_name, "address": letter.recipient_address,
                "language": letter.language, "subject": letter.subject, "pages": pages,
                "status": "queued",
            }, ensure_ascii=False) + "\n"
            if existing and not existing.endswith(b"\n"):
                line = "\n" + line  # a line torn by a crash stays on its own
            manifest.write(line.encode("utf-8"))
            manifest.flush()
            os.fsync(manifest.fileno())


def _manifest_reference(raw: str) -> str | None:
    try:
        entry = json.loads(raw)
    except ValueError:
        return None  # a line torn by a crash: not a letter
    return entry.get("reference") if isinstance(entry, dict) else None
