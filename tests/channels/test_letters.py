"""PDF letters: content in seven languages, the window envelope layout, page flow, and the
outbox transport (write once, atomically, one manifest line)."""

from __future__ import annotations

import io
import json
import os
import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from babel.numbers import format_currency
from pypdf import PdfReader

from agent.templates import render
from channels import letters as letters_mod
from channels.base import OutgoingLetter
from channels.letters import (
    ADDRESS_FIELD,
    FONT_DIR,
    LABELS,
    LetterDocument,
    LetterLine,
    PdfLetterTransport,
    address_window_box,
    document_from_text,
    letter_locale,
    render_pdf,
)

LANGUAGES = ("en", "fr", "de", "es", "it", "nl", "pt")
COUNTRY = {"en": "GB", "fr": "FR", "de": "DE", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}
SPECIAL = ("€", "ß", "ç", "ñ", "ã", "ő", "õ", "œ", "ü", "Å")
IBAN = "FR76 3000 6000 0112 3456 7890 189"
PT_PER_MM = 72 / 25.4

SENDER = "Façonnage Lœwe & Peña SAS"
SENDER_ADDRESS = "12 rue de la Gaîté\n75014 Paris"
RECIPIENT = "Müller & Söhne GmbH"
RECIPIENT_ADDRESS = "z. Hd. Jürgen Groß\nCamões-Straße 5\nÅsa Erdős Haus\n10115 Berlin"

GREETING = {
    "en": "Dear Sir or Madam,", "fr": "Madame, Monsieur,",
    "de": "Sehr geehrte Damen und Herren,", "es": "Estimados señores:",
    "it": "Spettabile azienda,", "nl": "Geachte heer, mevrouw,", "pt": "Exmos. Senhores,",
}


def _lines(n: int) -> tuple[LetterLine, ...]:
    start = date(2026, 1, 2)
    return tuple(
        LetterLine(number=f"FA-{1000 + i}", issue_date=start + timedelta(days=i),
                   due_date=start + timedelta(days=30 + i), days_overdue=40 - i,
                   open_amount=Decimal("100.50") + i)
        for i in range(n))


def make_doc(language: str = "fr", n_lines: int = 3, **changes) -> LetterDocument:
    lines = _lines(n_lines)
    credits = Decimal("150.00")
    total = sum((line.open_amount for line in lines), -credits)
    doc = LetterDocument(
        language=language, country=COUNTRY[language], tone="professional",
        sender_name=SENDER, sender_address=SENDER_ADDRESS,
        sender_phone="+33 1 42 00 00 00", sender_email="compta@faconnage.example",
        recipient_name=RECIPIENT, recipient_address=RECIPIENT_ADDRESS,
        place="Paris", date=date(2026, 3, 12), reference="followup:7:first:2:3",
        subject="Relance – São João, Kovács Ödön", customer_reference="C-1042",
        paragraphs_before=(GREETING[language],
                           "Œuvre ñandú ção – les factures suivantes restent impayées :"),
        lines=lines, credits=credits, total=total, currency="EUR",
        paragraphs_after=("Merci de régler le total dû.", "Cordialement,",
                          "Hélène Dupré\n" + SENDER),
        iban=IBAN, bic="AGRIFRPP", bank_name="Crédit Agricole", payment_reference="C-1042",
    )
    return replace(doc, **changes)


def flat(text: str) -> str:
    """Whitespace-insensitive (wrapped lines, no-break spaces) for searching."""
    return " ".join(text.split())


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def positioned(data: bytes, page: int = 0) -> list[tuple[str, float, float]]:
    """(text, x mm from the left, baseline y mm from the top) of every text run."""
    runs: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((text.strip(), tm[4] / PT_PER_MM, 297 - tm[5] / PT_PER_MM))

    PdfReader(io.BytesIO(data)).pages[page].extract_text(visitor_text=visit)
    return runs


# --------------------------------------------------------------------------- content


@pytest.mark.parametrize("language", LANGUAGES)
def test_letter_shows_address_statement_total_iban_and_unicode(language):
    doc = make_doc(language)
    data = render_pdf(doc)
    assert data.startswith(b"%PDF-")
    text = "\n".join(pdf_text(data))
    locale = letter_locale(language, COUNTRY[language])
    for line in [RECIPIENT, *RECIPIENT_ADDRESS.split("\n")]:
        assert line in text
    for line in doc.lines:
        assert line.number in text
    assert format_currency(doc.total, "EUR", locale=locale) in text
    assert format_currency(-doc.credits, "EUR", locale=locale) in text
    assert IBAN in text
    for char in SPECIAL:
        assert char in text, char
    labels = LABELS[language]
    for key in ("invoice", "due_date", "days_overdue", "open_amount", "credits", "total",
                "our_reference", "customer_reference", "bank_details"):
        assert labels[key] in text, (language, key)
    assert f"{labels['page']} 1/1" in text
    assert "C-1042" in text and "followup:7:first:2:3" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_template_letter_becomes_a_structured_pdf(language):
    """The followup letter as the templates write it, in every language: the text's
    statement becomes a real table, the bank block a box, the frame the window layout."""
    ctx = {
        "organization": {
            "name": SENDER, "sender_name": "Hélène Dupré", "email": "ar@faconnage.example",
            "phone": "+33 1 42 00 00 00", "postal_address": SENDER_ADDRESS,
            "bank": {"iban": IBAN, "bic": "AGRIFRPP", "bank_name": "Crédit Agricole"},
        },
        "account": {"name": "São João Ltda", "reference": "C-1042",
                    "postal_address": "Calle Núñez 7\n28001 Madrid\nESPAÑA"},
        "contact": {"name": "Åsa Erdős"},
        "lines": [
            {"number": "FA-118", "issue_date": date(2026, 1, 5), "due_date": date(2026, 2, 4),
             "days_overdue": 36, "amount": Decimal("1200.00"),
             "open_amount": Decimal("1200.00")},
            {"number": "FA-131", "issue_date": date(2026, 1, 20),
             "due_date": date(2026, 2, 19), "days_overdue": 21, "amount": Decimal("480.50"),
             "open_amount": Decimal("480.50")},
        ],
        "credits": Decimal("150.00"), "total": Decimal("1530.50"), "currency": "EUR",
        "today": date(2026, 3, 12), "step": 2,
    }
    country = COUNTRY[language]
    made = render("followup", language=language, channel="letter", tone="firm", ctx=ctx,
                  country=country)
    letter = OutgoingLetter(
        reference="followup:9:first:2:0", sender_address=f"{SENDER}\n{SENDER_ADDRESS}",
        recipient_name="Åsa Erdős", recipient_address=ctx["account"]["postal_address"],
        language=language, subject=made.subject, body=made.body)
    locale = letter_locale(language, country)
    total = format_currency(Decimal("1530.50"), "EUR", locale=locale)

    doc = document_from_text(letter, statement=ctx, country=country, tone="firm")
    assert [line.number for line in doc.lines] == ["FA-118", "FA-131"]
    assert doc.statement_text is None
    assert doc.customer_reference == "C-1042" and doc.date == date(2026, 3, 12)
    assert doc.recipient_address.endswith("Calle Núñez 7\n28001 Madrid\nESPAÑA")
    assert "Åsa Erdős" in doc.recipient_address
    assert doc.paragraphs_after[-1].endswith(SENDER)  # the signature closes the letter
    text = flat("\n".join(pdf_text(render_pdf(doc))))
    for needle in ("São João Ltda", "Calle Núñez 7", "28001 Madrid", "FA-118", "FA-131",
                   total, IBAN, "Hélène Dupré", made.subject):
        assert flat(needle) in text, needle
    assert LABELS[language]["total"] in text
    assert "----------" not in text  # the fixed-width table is gone

    # from the text alone: the same letter, the statement as it was written
    plain = document_from_text(letter)
    assert plain.lines == () and plain.statement_text and "FA-131" in plain.statement_text
    assert plain.sender_phone == "+33 1 42 00 00 00"
    assert plain.sender_email == "ar@faconnage.example"
    assert plain.iban == IBAN
    assert plain.date == date(2026, 3, 12)  # read back from the text's date line
    assert plain.customer_reference == "C-1042"

    # delivered on a later run: the days overdue moved on, the text's table is kept as written
    later = dict(ctx, today=date(2026, 3, 16),
                 lines=[dict(line, days_overdue=line["days_overdue"] + 4)
                        for line in ctx["lines"]])
    stale = document_from_text(letter, statement=later, country=country)
    assert stale.lines == () and stale.statement_text == plain.statement_text
    assert stale.date == date(2026, 3, 12)
    text = flat("\n".join(pdf_text(render_pdf(plain))))
    for needle in ("São João Ltda", "Calle Núñez 7", "FA-118", "FA-131", total, IBAN):
        assert flat(needle) in text, needle


def test_a_statement_that_disagrees_with_the_text_is_not_printed():
    ctx_lines = [{"number": "FA-1", "issue_date": date(2026, 1, 1),
                  "due_date": date(2026, 1, 31), "days_overdue": 10,
                  "open_amount": Decimal("10.00")}]
    body = ("ACME\n\nClient SA\n1 rue X\n75001 Paris\n\nLe 12 mars 2026\n\n"
            "Objet : Relance\nRéférence client : C-1\n\nMadame, Monsieur,\n\n"
            "Facture  Reste dû\n-------  --------\nFA-2     20,00 €\n\nCordialement,\n\nACME")
    letter = OutgoingLetter(reference="r1", sender_address="ACME", recipient_name="Client SA",
                            recipient_address="1 rue X\n75001 Paris", language="fr",
                            subject="Relance", body=body)
    doc = document_from_text(letter, statement={"lines": ctx_lines, "credits": 0,
                                                "total": Decimal("10.00"), "currency": "EUR"})
    assert doc.lines == ()
    assert doc.statement_text and "FA-2" in doc.statement_text
    assert doc.date == date(2026, 3, 12) and doc.place is None
    text = pdf_text(render_pdf(doc))[0]
    assert "FA-2" in text and "FA-1 " not in text


def test_fonts_are_shipped_with_their_license():
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf", "LICENSE"):
        assert (FONT_DIR / name).is_file(), name
    assert "Bitstream" in (FONT_DIR / "LICENSE").read_text()
    data = render_pdf(make_doc())
    assert b"DejaVuSans" in data  # embedded, not a standard font


def test_rendering_is_deterministic():
    assert render_pdf(make_doc("de")) == render_pdf(make_doc("de"))


def test_long_paragraphs_wrap_inside_the_margins():
    words = " ".join(f"Zahlungserinnerung{i}" for i in range(150))
    data = render_pdf(make_doc("de", n_lines=1, paragraphs_before=(words,)))
    text = "\n".join(pdf_text(data))
    assert all(f"Zahlungserinnerung{i}" in text for i in range(150))
    runs = [r for page in range(len(PdfReader(io.BytesIO(data)).pages))
            for r in positioned(data, page) if "Zahlungserinnerung" in r[0]]
    assert len(runs) > 10  # many lines, each starting at the left margin
    assert all(abs(x - 25.0) < 0.5 for _, x, _ in runs)


# --------------------------------------------------------------------------- layout


def test_address_block_lies_in_the_envelope_window():
    doc = make_doc("de")
    fx, fy, fw, fh = ADDRESS_FIELD
    assert (fx, fy, fw, fh) == (20.0, 45.0, 85.0, 45.0)
    x, y, w, h = address_window_box(doc)
    assert fx <= x and x + w <= fx + fw and fy <= y and y + h <= fy + fh

    runs = positioned(render_pdf(doc))
    address = [RECIPIENT, *RECIPIENT_ADDRESS.split("\n")]
    found = [r for r in runs if r[0] in address]
    assert [r[0] for r in found] == address  # in order, one run per line
    for _, x, baseline in found:
        assert fx <= x <= fx + fw
        assert fy + 3 <= baseline <= fy + fh
    (ret,) = [r for r in runs if r[0].startswith(SENDER + " · ")]  # the return line
    assert fy <= ret[2] < found[0][2] and fx <= ret[1]
    subject = next(r for r in runs if r[0].startswith("Relance"))
    assert subject[2] > fy + fh  # below the window


def test_many_address_lines_still_fit_the_window():
    address = "\n".join(f"Zeile {i} Straße" for i in range(9))
    doc = make_doc("de", recipient_address=address)
    x, y, w, h = address_window_box(doc)
    fx, fy, fw, fh = ADDRESS_FIELD
    assert fx <= x and x + w <= fx + fw and fy <= y and y + h <= fy + fh


def test_fold_and_punch_marks_on_the_left_edge():
    data = render_pdf(make_doc())
    content = PdfReader(io.BytesIO(data)).pages[0].get_contents().get_data().decode("latin-1")
    marks = [(float(x1) / PT_PER_MM, 297 - float(y1) / PT_PER_MM, float(x2) / PT_PER_MM)
             for x1, y1, x2, y2 in re.findall(
                 r"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l", content) if y1 == y2]
    edge = [(round(y, 1), x2 - x1) for x1, y, x2 in marks if x1 < 10 and x2 < 15]
    assert sorted(y for y, _ in edge) == [105.0, 148.5, 210.0]
    punch = dict(edge)[148.5]
    assert punch > dict(edge)[105.0]  # the punch mark is the longer one


def test_long_statement_flows_onto_a_second_page_with_the_header_repeated():
    doc = make_doc("en", n_lines=40)
    data = render_pdf(doc)
    pages = pdf_text(data)
    assert len(pages) == 2
    for i, page in enumerate(pages, start=1):
        assert "Days overdue" in page and "Open amount" in page
        assert f"Page {i}/2" in page
    text = "\n".join(pages)
    assert all(line.number in text for line in doc.lines)
    assert "FA-1000" in pages[0] and "FA-1039" in pages[1]
    assert format_currency(doc.total, "EUR", locale="en_GB") in pages[1]
    # the page-2 table starts below the small running header, not on top of it
    header = [r for r in positioned(data, 1) if r[0].startswith("Invoice")]
    assert header and 20 < header[0][2] < 40


def test_text_statement_flows_onto_a_second_page_with_its_header_repeated():
    rows = "\n".join(f"FA-{i:04d}   05/01/2026  04/02/2026   36   1 200,00 €" for i in range(70))
    table = f"Facture   Date        Échéance     Jours   Reste dû\n{'-' * 50}\n{rows}"
    doc = make_doc("fr", lines=(), statement_text=table)
    pages = pdf_text(render_pdf(doc))
    assert len(pages) >= 2
    assert all("Jours" in page for page in pages[:2])
    assert "FA-0000" in pages[0] and "FA-0069" in "\n".join(pages[1:])


def test_bank_box_is_drawn_when_the_text_does_not_show_the_iban():
    text = "\n".join(pdf_text(render_pdf(make_doc("es"))))
    assert "Datos bancarios" in text and "IBAN" in text and "AGRIFRPP" in text
    no_bank = make_doc("es", iban=None, bic=None, bank_name=None)
    assert "Datos bancarios" not in "\n".join(pdf_text(render_pdf(no_bank)))


# --------------------------------------------------------------------------- transport


def _letter(reference: str = "followup:7:first:2:3", body: str | None = None) -> OutgoingLetter:
    made = render("followup", language="de", channel="letter", tone="courteous", country="DE",
                  ctx={"organization": {"name": SENDER, "postal_address": SENDER_ADDRESS},
                       "account": {"name": RECIPIENT, "reference": "K-7",
                                   "postal_address": "Große Straße 5\n10115 Berlin"},
                       "lines": [{"number": "RE-2026-1", "issue_date": date(2026, 1, 5),
                                  "due_date": date(2026, 2, 4), "days_overdue": 12,
                                  "amount": Decimal("99.90"),
                                  "open_amount": Decimal("99.90")}],
                       "credits": Decimal(0), "total": Decimal("99.90"), "currency": "EUR",
                       "today": date(2026, 2, 16), "step": 1})
    return OutgoingLetter(reference=reference, sender_address=f"{SENDER}\n{SENDER_ADDRESS}",
                          recipient_name=RECIPIENT,
                          recipient_address="Große Straße 5\n10115 Berlin", language="de",
                          subject=made.subject, body=body or made.body)


def _manifest(folder: Path) -> list[dict]:
    path = folder / "letters" / "manifest.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_transport_writes_the_pdf_once_and_one_manifest_line(tmp_path):
    transport = PdfLetterTransport(tmp_path)
    letter = _letter()
    path = Path(transport.send(letter))
    assert path == tmp_path / "letters" / "followup_7_first_2_3.pdf"
    data = path.read_bytes()
    text = pdf_text(data)[0]
    assert "RE-2026-1" in text and "Große Straße 5" in text and "99,90" in text
    assert transport.confirm(letter.reference) is True
    assert transport.confirm("other") is False
    plain = tmp_path / "plain"
    plain.write_bytes(b"")  # the umask's usual permissions, not a private temporary file's
    assert path.stat().st_mode & 0o777 == plain.stat().st_mode & 0o777

    (entry,) = _manifest(tmp_path)
    assert entry == {"reference": letter.reference, "file": path.name,
                     "recipient": RECIPIENT, "address": "Große Straße 5\n10115 Berlin",
                     "language": "de", "subject": letter.subject, "pages": 1,
                     "status": "queued"}

    # the same reference again, even with another text: nothing new is written
    mtime = path.stat().st_mtime_ns
    again = transport.send(replace(letter, body=letter.body.replace("RE-2026-1", "XX")))
    assert again == str(path)
    assert path.read_bytes() == data and path.stat().st_mtime_ns == mtime
    assert len(_manifest(tmp_path)) == 1
    assert sorted(p.name for p in (tmp_path / "letters").iterdir()) == [
        "followup_7_first_2_3.pdf", "manifest.jsonl"]

    transport.send(_letter("followup:7:first:3:3"))
    assert [e["reference"] for e in _manifest(tmp_path)] == [
        "followup:7:first:2:3", "followup:7:first:3:3"]


def test_transport_uses_the_letters_document_when_given(tmp_path):
    doc = make_doc("nl", n_lines=2)
    letter = replace(_letter("r-doc"), language="nl")
    object.__setattr__(letter, "document", doc)  # OutgoingLetter.document, once base has it
    path = Path(PdfLetterTransport(tmp_path).send(letter))
    text = pdf_text(path.read_bytes())[0]
    assert "FA-1000" in text and "Totaal openstaand" in text
    assert "RE-2026-1" not in text


def test_transport_write_is_atomic(tmp_path, monkeypatch):
    transport = PdfLetterTransport(tmp_path)
    letter = _letter()
    folder = tmp_path / "letters"

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(letters_mod.os, "link", crash)
    monkeypatch.setattr(letters_mod.os, "replace", crash)
    with pytest.raises(OSError):
        transport.send(letter)
    assert list(folder.iterdir()) == []  # no partial PDF, no temporary file, no manifest line
    assert transport.confirm(letter.reference) is False
    monkeypatch.undo()

    path = Path(transport.send(letter))
    assert PdfReader(path).pages  # complete and readable
    assert sorted(p.name for p in folder.iterdir()) == [path.name, "manifest.jsonl"]


def test_transport_never_overwrites_and_repairs_a_missing_manifest_line(tmp_path):
    transport = PdfLetterTransport(tmp_path)
    letter = _letter()
    path = tmp_path / "letters" / "followup_7_first_2_3.pdf"
    path.parent.mkdir(parents=True)
    original = render_pdf(make_doc("de", n_lines=40))  # a crash came after the PDF
    path.write_bytes(original)
    (path.parent / "manifest.jsonl").write_text('{"reference": "other", "fi')  # torn line
    assert transport.confirm(letter.reference) is False  # not queued: send it again
    assert transport.send(letter) == str(path)
    assert path.read_bytes() == original
    assert transport.confirm(letter.reference) is True
    lines = (path.parent / "manifest.jsonl").read_text().splitlines()
    assert lines[0] == '{"reference": "other", "fi'
    entry = json.loads(lines[1])
    assert entry["reference"] == letter.reference and entry["pages"] == 2


def test_commit_point_comes_after_rendering_and_before_the_hand_over(tmp_path, monkeypatch):
    transport = PdfLetterTransport(tmp_path)
    letter = _letter()
    path = tmp_path / "letters" / "followup_7_first_2_3.pdf"
    seen = []

    def commit_point():
        seen.append((path.exists(), transport.confirm(letter.reference)))

    transport.send(letter, commit_point=commit_point)
    assert seen == [(False, False)] and transport.confirm(letter.reference) is True

    def broken(doc):
        raise ValueError("cannot lay out")

    monkeypatch.setattr(letters_mod, "_render", broken)
    called = []
    with pytest.raises(ValueError):
        transport.send(_letter("followup:8:first:1:0"), commit_point=lambda: called.append(1))
    assert called == []  # nothing was handed over: the caller may retry freely
    assert not (tmp_path / "letters" / "followup_8_first_1_0.pdf").exists()


def test_default_folder_is_the_outbox(tmp_path, monkeypatch):
    monkeypatch.setenv("DUNNING_OUTBOX_DIR", str(tmp_path / "box"))
    assert PdfLetterTransport().folder == tmp_path / "box" / "letters"
    assert os.fspath(PdfLetterTransport(tmp_path).folder) == os.fspath(tmp_path / "letters")


def test_a_letter_without_statement_puts_the_bank_box_before_the_closing():
    doc = make_doc("it", lines=(), paragraphs_after=(), paragraphs_before=(
        "Spettabile azienda,", "Vi scriviamo in merito al vostro conto.", "Distinti saluti,",
        "Mario Rossi\n" + SENDER))
    text = flat(pdf_text(render_pdf(doc))[0])
    order = [text.index(s) for s in ("conto.", "Coordinate bancarie", "Distinti saluti",
                                     "Mario Rossi")]
    assert order == sorted(order)
