"""Quote stripping: the customer's new text apart from quoted history, footers and signatures."""

from __future__ import annotations

import pytest

from inbox.quotes import split_reply, strip_signature

REMINDER = "Invoice QX-5521 for £640.00 was due on 1 October 2026. Please pay by 20 November."

# (client style, body, expected new text); the quoted part must hold the reminder
TOP_POSTED = [
    ("gmail-en", "We'll pay on the 20th.\n\nCheers,\nDan\n\n"
     "On Mon, 9 Nov 2026 at 10:02, Accounts <ar@quixel.example> wrote:\n> " + REMINDER,
     "We'll pay on the 20th.\n\nCheers,\nDan"),
    ("gmail-en-wrapped", "We'll pay on the 20th.\n\n"
     "On Mon, 9 Nov 2026 at 10:02, Accounts Receivable Department <\n"
     "ar@quixel.example> wrote:\n\n> " + REMINDER,
     "We'll pay on the 20th."),
    ("apple-en", "Paid yesterday.\n\nSent from my iPhone\n\n"
     "> On 9 Nov 2026, at 10:02, Accounts <ar@quixel.example> wrote:\n>\n> " + REMINDER,
     "Paid yesterday."),
    ("thunderbird-en", "Paid yesterday.\n\nOn 09/11/2026 10:02, Accounts wrote:\n> " + REMINDER,
     "Paid yesterday."),
    ("gmail-fr", "Nous payons vendredi.\n\nLe lun. 9 nov. 2026 à 10:02, Comptabilité "
     "<ar@x.example> a écrit :\n> " + REMINDER, "Nous payons vendredi."),
    ("apple-fr-wrapped", "Nous payons vendredi.\n\nLe 9 nov. 2026 à 10:02, Comptabilité "
     "<ar@x.example> a\nécrit :\n\n> " + REMINDER, "Nous payons vendredi."),
    ("gmail-de", "Wir zahlen am Freitag.\n\nAm Mo., 9. Nov. 2026 um 10:02 Uhr schrieb "
     "Buchhaltung <ar@x.example>:\n> " + REMINDER, "Wir zahlen am Freitag."),
    ("thunderbird-de", "Wir zahlen am Freitag.\n\nAm 09.11.26 um 10:02 schrieb Buchhaltung:\n> "
     + REMINDER, "Wir zahlen am Freitag."),
    ("gmail-es", "Pagamos el viernes.\n\nEl lun, 9 nov 2026 a las 10:02, Contabilidad "
     "(<ar@x.example>) escribió:\n> " + REMINDER, "Pagamos el viernes."),
    ("gmail-it", "Paghiamo venerdì.\n\nIl giorno lun 9 nov 2026 alle ore 10:02 Contabilità "
     "<ar@x.example> ha scritto:\n> " + REMINDER, "Paghiamo venerdì."),
    ("thunderbird-it", "Paghiamo venerdì.\n\nIl 09/11/2026 10:02, Contabilità ha scritto:\n> "
     + REMINDER, "Paghiamo venerdì."),
    ("gmail-nl", "We betalen vrijdag.\n\nOp ma 9 nov 2026 om 10:02 schreef Boekhouding "
     "<ar@x.example>:\n> " + REMINDER, "We betalen vrijdag."),
    ("apple-nl", "We betalen vrijdag.\n\nOp 9 nov. 2026 om 10:02 heeft Boekhouding "
     "<ar@x.example> het volgende geschreven:\n\n> " + REMINDER, "We betalen vrijdag."),
    ("apple-pt", "Pagamos na sexta.\n\nNo dia 9 de nov. de 2026, às 10:02, Contabilidade "
     "<ar@x.example> escreveu:\n\n> " + REMINDER, "Pagamos na sexta."),
    ("apple-es", "Pagamos el viernes.\n\nEl 9 nov 2026, a las 10:02, Contabilidad "
     "<ar@x.example> escribió:\n\n> " + REMINDER, "Pagamos el viernes."),
    ("apple-it", "Paghiamo venerdì.\n\nIl giorno 9 nov 2026, alle ore 10:02, Contabilità "
     "<ar@x.example> ha scritto:\n\n> " + REMINDER, "Paghiamo venerdì."),
    ("outlook-inline-headers", "Paid yesterday.\n\nFrom: Accounts <ar@x.example> Sent: "
     "Monday, November 9, 2026 10:02 AM To: Dan Subject: Overdue\n" + REMINDER,
     "Paid yesterday."),
    ("gmail-pt", "Pagamos na sexta.\n\nEm seg., 9 de nov. de 2026 às 10:02, Contabilidade "
     "<ar@x.example> escreveu:\n> " + REMINDER, "Pagamos na sexta."),
    ("gmail-pt-wrapped-unquoted", "Pagamos na sexta.\n\nEm seg., 9 de nov. de 2026 às 10:02, "
     "Contabilidade <ar@x.example>\nescreveu:\n" + REMINDER, "Pagamos na sexta."),
    ("outlook-en", "Paid yesterday.\n\n-----Original Message-----\nFrom: Accounts "
     "<ar@x.example>\nSent: Monday, November 9, 2026 10:02 AM\nTo: Dan\nSubject: Overdue\n\n"
     + REMINDER, "Paid yesterday."),
    ("outlook-fr", "Réglé hier.\n\n-----Message d'origine-----\nDe : Comptabilité\n"
     "Envoyé : lundi 9 novembre 2026 10:02\nÀ : Sophie\nObjet : Relance\n\n" + REMINDER,
     "Réglé hier."),
    ("outlook-de", "Gestern bezahlt.\n\n-----Ursprüngliche Nachricht-----\nVon: Buchhaltung\n"
     "Gesendet: Montag, 9. November 2026 10:02\nAn: Jan\nBetreff: Mahnung\n\n" + REMINDER,
     "Gestern bezahlt."),
    ("outlook-es", "Pagado ayer.\n\n-----Mensaje original-----\nDe: Contabilidad\n"
     "Enviado el: lunes, 9 de noviembre de 2026 10:02\nPara: Javier\nAsunto: Recordatorio\n\n"
     + REMINDER, "Pagado ayer."),
    ("outlook-it", "Pagato ieri.\n\n-----Messaggio originale-----\nDa: Contabilità\n"
     "Inviato: lunedì 9 novembre 2026 10:02\nA: Marco\nOggetto: Sollecito\n\n" + REMINDER,
     "Pagato ieri."),
    ("outlook-nl", "Gisteren betaald.\n\n-----Oorspronkelijk bericht-----\nVan: Boekhouding\n"
     "Verzonden: maandag 9 november 2026 10:02\nAan: Joost\nOnderwerp: Herinnering\n\n"
     + REMINDER, "Gisteren betaald."),
    ("outlook-pt", "Pago ontem.\n\n-----Mensagem original-----\nDe: Contabilidade\n"
     "Enviada: segunda-feira, 9 de novembro de 2026 10:02\nPara: Rui\nAssunto: Lembrete\n\n"
     + REMINDER, "Pago ontem."),
    ("outlook-html-underscores-en", "Paid yesterday.\n\n________________________________\n"
     "From: Accounts <ar@x.example>\nSent: 09 November 2026 10:02\nTo: Dan\n"
     "Subject: Overdue\n\n" + REMINDER, "Paid yesterday."),
    ("outlook-html-underscores-it", "Grazie\n________________________________\n"
     "Da: Contabilità <ar@x.it>\nInviato: lunedì 9 novembre 2026 10:02\nA: Marco\n"
     "Oggetto: Sollecito\n\n" + REMINDER, "Grazie"),
    ("outlook-header-no-separator-fr", "Nous réglons lundi.\n\nDe : Comptabilité "
     "<ar@x.example>\nEnvoyé : lundi 9 novembre 2026 10:02\nÀ : Sophie\nObjet : Relance\n\n"
     + REMINDER, "Nous réglons lundi."),
    ("outlook-bold-headers-es", "Pagamos el lunes.\n\n*De:* Contabilidad <ar@x.example>\n"
     "*Enviado el:* lunes, 9 de noviembre de 2026\n*Para:* Javier\n*Asunto:* Recordatorio\n\n"
     + REMINDER, "Pagamos el lunes."),
    ("outlook-header-de-no-separator", "Zahlung folgt.\n\nVon: Buchhaltung <ar@x.de>\n"
     "Gesendet: Montag, 9. November 2026 10:02\nAn: Jan\nBetreff: Mahnung\n\n" + REMINDER,
     "Zahlung folgt."),
    ("outlook-header-nl-no-separator", "Betaling volgt.\n\nVan: Boekhouding <ar@x.nl>\n"
     "Verzonden: maandag 9 november 2026 10:02\nAan: Joost\nOnderwerp: Herinnering\n\n"
     + REMINDER, "Betaling volgt."),
    ("outlook-header-pt-no-separator", "Pagamento segue.\n\nDe: Contabilidade <ar@x.pt>\n"
     "Enviada: segunda-feira, 9 de novembro de 2026 10:02\nPara: Rui\nAssunto: Lembrete\n\n"
     + REMINDER, "Pagamento segue."),
    ("gmail-forward", "FYI, please pay this one.\n\n---------- Forwarded message ---------\n"
     "From: Accounts <ar@x.example>\nDate: Mon, 9 Nov 2026\n\n" + REMINDER,
     "FYI, please pay this one."),
    ("thunderbird-original-fr", "Payé.\n\n-------- Message original --------\nSujet: Relance\n"
     + REMINDER, "Payé."),
]

FOOTERS = [
    ("Sent from my iPhone", "en"), ("Sent from my Galaxy", "en"), ("Get Outlook for iOS", "en"),
    ("Envoyé de mon iPhone", "fr"), ("Obtenir Outlook pour Android", "fr"),
    ("Von meinem iPhone gesendet", "de"), ("Gesendet von meinem Samsung Galaxy", "de"),
    ("Enviado desde mi iPhone", "es"), ("Inviato da iPhone", "it"),
    ("Verzonden vanaf mijn iPhone", "nl"), ("Enviado do meu iPhone", "pt"),
]


@pytest.mark.parametrize("style, body, expected", TOP_POSTED, ids=[c[0] for c in TOP_POSTED])
def test_top_posted_reply_is_separated_from_the_quote(style: str, body: str,
                                                       expected: str) -> None:
    new, quoted = split_reply(body)
    assert new == expected
    assert "640" not in new and "20 November" not in new
    assert "QX-5521" in quoted


@pytest.mark.parametrize("footer, lang", FOOTERS, ids=[f[1] + "-" + f[0] for f in FOOTERS])
def test_mobile_footers_are_not_the_customers_text(footer: str, lang: str) -> None:
    new, quoted = split_reply(f"Payment sent today.\n\n{footer}")
    assert new == "Payment sent today."
    assert footer in quoted


def test_signature_delimiter_cuts_the_signature() -> None:
    body = "We will pay on Friday.\n\n-- \nDan Smith\nQuixel Parts Ltd\nTel +44 20 7946 0000"
    new, quoted = split_reply(body)
    assert new == "We will pay on Friday."
    assert "Tel +44" in quoted


def test_bottom_posted_text_after_a_quote_is_kept() -> None:
    body = ("On Mon, 9 Nov 2026 at 10:02, Accounts <ar@x.example> wrote:\n"
            "> " + REMINDER + "\n> Kind regards\n\nWe transferred the money this morning.\n\nDan")
    new, quoted = split_reply(body)
    assert new == "We transferred the money this morning.\n\nDan"
    assert "QX-5521" in quoted and "wrote:" in quoted


def test_interleaved_answers_keep_every_unquoted_line() -> None:
    body = ("> Invoice QX-5521 for £640.00 was due on 1 October.\n"
            "We never received it.\n"
            "> Please pay by 20 November.\n"
            "We will not pay before we get the invoice.")
    new, quoted = split_reply(body)
    assert new == "We never received it.\nWe will not pay before we get the invoice."
    assert quoted.count(">") == 2


def test_nothing_before_the_quote_is_lost() -> None:
    body = ("Hello,\n\nFirst paragraph about the invoice.\n\nSecond paragraph: we will pay "
            "on the 20th.\n\nBest regards,\nDan\n\n-----Original Message-----\nFrom: x\n"
            "Sent: y\nTo: z\nSubject: w\n\n" + REMINDER)
    new, _ = split_reply(body)
    assert new.startswith("Hello,\n\nFirst paragraph")
    assert new.endswith("Best regards,\nDan")
    assert "we will pay on the 20th" in new


def test_customer_sentence_ending_in_a_colon_is_not_an_attribution() -> None:
    body = "On Friday my colleague wrote:\nwe will pay the invoice next week."
    new, quoted = split_reply(body)
    assert new == body and quoted == ""


def test_a_from_line_alone_is_not_a_header_block() -> None:
    body = "From: Dan\nWe will pay next week."
    assert split_reply(body) == (body, "")


def test_only_quoted_text_gives_an_empty_reply() -> None:
    new, quoted = split_reply("> " + REMINDER)
    assert new == "" and "QX-5521" in quoted


def test_empty_and_windows_line_endings() -> None:
    assert split_reply("") == ("", "")
    new, quoted = split_reply("Paid.\r\n\r\nOn 9 Nov 2026, Accounts <a@x.example> wrote:\r\n> old")
    assert new == "Paid." and quoted.endswith("> old")


def test_strip_signature_keeps_the_closing_formula() -> None:
    text = "We paid.\n\nBest regards,\nDan\n-- \nDan Smith | CFO\nSent from my iPhone"
    assert strip_signature(text) == "We paid.\n\nBest regards,\nDan"
    assert strip_signature("Nous payons lundi.\n\nEnvoyé de mon iPhone") == "Nous payons lundi."
