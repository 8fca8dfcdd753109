from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inbox.mime import Attachment, ParsedMessage, addresses, html_to_text, parse_message


def crlf(raw: bytes) -> bytes:
    """Messages on the wire use CRLF; the tests are written with LF."""
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def b64(data: bytes) -> bytes:
    encoded = base64.b64encode(data)
    return b"\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76))


CET = timezone(timedelta(hours=1))

# --------------------------------------------------------------------------- Gmail

GMAIL = crlf(
    b"""Delivered-To: ar+c-7f3a9e@billing.example.com
Received: by 2002:a05:6a10:8c0e:b0:4a5:1234:abcd with SMTP id x14csp123456pxb;
        Tue, 5 Mar 2024 02:14:11 -0800 (PST)
Return-Path: <marie.dupont@gmail.com>
MIME-Version: 1.0
References: <dunning.41.2@billing.example.com>
 <dunning.41.3@billing.example.com>
In-Reply-To: <dunning.41.3@billing.example.com>
From: Marie Dupont <Marie.Dupont@gmail.com>
Date: Tue, 5 Mar 2024 11:14:02 +0100
Message-ID: <CAJ8x=Qm5n8VvQf3hZ1rD_k0@mail.gmail.com>
Subject: Re: Facture FA-2024-0042 : relance
To: "Acme Billing" <ar@billing.example.com>
Cc: compta@dupont-conseil.fr
Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f60718"

--000000000000a1b2c3d4e5f60718
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Le virement de 1 250,00 =E2=82=AC a =C3=A9t=C3=A9 effectu=C3=A9 ce matin.
Cordialement,
=C3=89lodie

Le lun. 4 mars 2024 =C3=A0 09:00, Acme Billing <ar@billing.example.com> a =
=C3=A9crit :

> Bonjour,
> La facture FA-2024-0042 est en retard.
>

--000000000000a1b2c3d4e5f60718
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Bonjour,</div><div><br></div><div>Le virement de 1 25=
0,00 =E2=82=AC a =C3=A9t=C3=A9 effectu=C3=A9 ce matin.</div><div>Cordialeme=
nt,</div><div>=C3=89lodie</div></div><br><div class=3D"gmail_quote"><div di=
r=3D"ltr" class=3D"gmail_attr">Le lun. 4 mars 2024 =C3=A0 09:00, Acme Billi=
ng &lt;<a href=3D"mailto:ar@billing.example.com">ar@billing.example.com</a>=
&gt; a =C3=A9crit=C2=A0:<br></div><blockquote class=3D"gmail_quote" style=
=3D"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding=
-left:1ex">Bonjour,<br>La facture FA-2024-0042 est en retard.<br></blockquo=
te></div>

--000000000000a1b2c3d4e5f60718--
"""
)


def test_gmail_multipart_alternative_reply() -> None:
    msg = parse_message(GMAIL)
    assert msg.message_id == "<CAJ8x=Qm5n8VvQf3hZ1rD_k0@mail.gmail.com>"
    assert msg.in_reply_to == ("<dunning.41.3@billing.example.com>",)
    assert msg.references == (
        "<dunning.41.2@billing.example.com>",
        "<dunning.41.3@billing.example.com>",
    )
    assert msg.from_address == "marie.dupont@gmail.com"
    assert msg.from_name == "Marie Dupont"
    assert msg.reply_to == ()
    assert msg.to == ("ar@billing.example.com", "compta@dupont-conseil.fr")
    assert msg.delivered_to == ("ar+c-7f3a9e@billing.example.com",)
    assert msg.subject == "Re: Facture FA-2024-0042 : relance"
    assert msg.date == datetime(2024, 3, 5, 11, 14, 2, tzinfo=CET)
    assert msg.date.utcoffset() == timedelta(hours=1)
    assert msg.text == (
        "Bonjour,\n"
        "\n"
        "Le virement de 1 250,00 € a été effectué ce matin.\n"
        "Cordialement,\n"
        "Élodie\n"
        "\n"
        "Le lun. 4 mars 2024 à 09:00, Acme Billing <ar@billing.example.com> a écrit :\n"
        "\n"
        "> Bonjour,\n"
        "> La facture FA-2024-0042 est en retard.\n"
        ">"
    )
    assert msg.html is not None and msg.html.startswith('<div dir="ltr"><div>Bonjour,</div>')
    assert html_to_text(msg.html) == (
        "Bonjour,\n"
        "\n"
        "Le virement de 1 250,00 € a été effectué ce matin.\n"
        "Cordialement,\n"
        "Élodie\n"
        "\n"
        "Le lun. 4 mars 2024 à 09:00, Acme Billing <ar@billing.example.com> a écrit :\n"
        "\n"
        "> Bonjour,\n"
        "> La facture FA-2024-0042 est en retard."
    )
    assert msg.attachments == ()
    assert msg.defects == ()
    assert msg.headers["return-path"] == "<marie.dupont@gmail.com>"
    assert msg.headers["delivered-to"] == "ar+c-7f3a9e@billing.example.com"
    assert msg.headers["references"] == (
        "<dunning.41.2@billing.example.com> <dunning.41.3@billing.example.com>"
    )
    assert "received" in msg.headers


def test_crlf_and_lf_parse_the_same() -> None:
    assert parse_message(GMAIL) == parse_message(GMAIL.replace(b"\r\n", b"\n"))


# --------------------------------------------------------------------------- Outlook

OUTLOOK = crlf(
    b"""Received: from AM0PR02MB5011.eurprd02.prod.outlook.com ([fe80::1]) by
 AM0PR02MB5011.eurprd02.prod.outlook.com ([fe80::1%5]) with mapi id 15.20.7362.019;
 Wed, 6 Mar 2024 08:31:55 +0000
From: "Janssen, Pieter" <P.Janssen@Bakkerij-Janssen.NL>
To: Acme Billing <ar@billing.example.com>
Subject: RE: Herinnering factuur 2024-118
Thread-Topic: Herinnering factuur 2024-118
Thread-Index: AQHabx8Qp2m3Yk0WZkK0d1J4hY5x3A==
Date: Wed, 6 Mar 2024 08:31:55 +0000
Message-ID:
 <AM0PR02MB50114F1E2B3C4D5E6F708192A3B4C@AM0PR02MB5011.eurprd02.prod.outlook.com>
References: <dunning.77.1@billing.example.com>
In-Reply-To: <dunning.77.1@billing.example.com>
Accept-Language: nl-NL, en-US
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office"><head><meta http-equiv=3D"Content-Type" content=3D=
"text/html; charset=3Diso-8859-1"><meta name=3D"Generator" content=3D"Micro=
soft Word 15 (filtered medium)"><style><!--
/* Font Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext=3D"edit" spidmax=3D"1026" />
</xml><![endif]--></head><body lang=3D"NL" link=3D"#0563C1" vlink=3D"#954F7=
2" style=3D"word-wrap:break-word"><div class=3D"WordSection1"><p class=3D"M=
soNormal">Goedemiddag,<o:p></o:p></p><p class=3D"MsoNormal"><o:p>&nbsp;</o:=
p></p><p class=3D"MsoNormal">Wij betalen factuur 2024-118 (&euro; 2.400,00)=
 op 15 maart.<o:p></o:p></p><p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p><p =
class=3D"MsoNormal">Met vriendelijke groet,<o:p></o:p></p><p class=3D"MsoNo=
rmal"><b>Pieter Janssen</b> | Bakkerij Janssen B.V.<o:p></o:p></p><p class=
=3D"MsoNormal"><o:p>&nbsp;</o:p></p><div style=3D"border:none;border-top:s=
olid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class=3D"MsoNormal"><b>Van=
:</b> Acme Billing &lt;ar@billing.example.com&gt; <br><b>Verzonden:</b> maand=
ag 4 maart 2024 10:00<br><b>Aan:</b> Janssen, Pieter &lt;P.Janssen@bakkerij=
-janssen.nl&gt;<br><b>Onderwerp:</b> Herinnering factuur 2024-118<o:p></o:p=
></p></div><p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p><p class=3D"MsoNorm=
al">Geachte heer Janssen,<o:p></o:p></p><p class=3D"MsoNormal">Factuur 2024=
-118 staat nog open.<o:p></o:p></p></div></body></html>
"""
)


def test_outlook_html_only_reply() -> None:
    msg = parse_message(OUTLOOK)
    assert msg.message_id == (
        "<AM0PR02MB50114F1E2B3C4D5E6F708192A3B4C@AM0PR02MB5011.eurprd02.prod.outlook.com>"
    )
    assert msg.in_reply_to == ("<dunning.77.1@billing.example.com>",)
    assert msg.references == ("<dunning.77.1@billing.example.com>",)
    assert msg.from_address == "p.janssen@bakkerij-janssen.nl"
    assert msg.from_name == "Janssen, Pieter"
    assert msg.to == ("ar@billing.example.com",)
    assert msg.subject == "RE: Herinnering factuur 2024-118"
    assert msg.date == datetime(2024, 3, 6, 8, 31, 55, tzinfo=UTC)
    assert msg.text == (
        "Goedemiddag,\n"
        "\n"
        "Wij betalen factuur 2024-118 (€ 2.400,00) op 15 maart.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Pieter Janssen | Bakkerij Janssen B.V.\n"
        "\n"
        "Van: Acme Billing <ar@billing.example.com>\n"
        "Verzonden: maandag 4 maart 2024 10:00\n"
        "Aan: Janssen, Pieter <P.Janssen@bakkerij-janssen.nl>\n"
        "Onderwerp: Herinnering factuur 2024-118\n"
        "\n"
        "Geachte heer Janssen,\n"
        "Factuur 2024-118 staat nog open."
    )
    assert msg.html is not None and msg.html.startswith("<html xmlns:v=")
    assert msg.headers["x-auto-response-suppress"] == "DR, RN, NRN, OOF, AutoReply"
    assert msg.headers["thread-topic"] == "Herinnering factuur 2024-118"
    assert msg.headers["x-ms-has-attach"] == ""
    assert msg.attachments == ()
    assert msg.defects == ()


# --------------------------------------------------------------------------- Apple Mail

APPLE_HTML = (
    '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
    '<body style="overflow-wrap: break-word;"><div>Hi Sam,</div><div><br></div>'
    "<div>We never received invoice INV-2024-311. Could you send it again?</div><div><br></div>"
    '<div>Tom</div><div><br><blockquote type="cite"><div>On 4 Mar 2024, at 10:00, Acme Billing '
    '&lt;ar@billing.example.com&gt; wrote:</div><br class="Apple-interchange-newline">'
    "<div><div>Dear Tom,</div><div>Invoice INV-2024-311 (USD&nbsp;980.00) is now overdue."
    "</div></div></blockquote></div><br></body></html>"
)

APPLE = crlf(
    b"""From: Tom Becker <tom@becker-studio.com>
Content-Type: multipart/alternative;
\tboundary="Apple-Mail=_5A1B7C9D-3E2F-4A6B-8C0D-1E2F3A4B5C6D"
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.400.31\\))
Subject: Re: Invoice INV-2024-311 overdue
Date: Mon, 4 Mar 2024 18:22:10 -0500
In-Reply-To: <dunning.90.1@billing.example.com>
To: Acme Billing <ar@billing.example.com>
References: <dunning.90.1@billing.example.com>
Message-Id: <5C3D1A2B-7E8F-4A9B-B0C1-D2E3F4A5B6C7@becker-studio.com>
X-Mailer: Apple Mail (2.3774.400.31)

--Apple-Mail=_5A1B7C9D-3E2F-4A6B-8C0D-1E2F3A4B5C6D
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain;
\tcharset=utf-8

Hi Sam,

We never received invoice INV-2024-311. Could you send it again?

Tom

> On 4 Mar 2024, at 10:00, Acme Billing <ar@billing.example.com> wrote:
>=20
> Dear Tom,
> Invoice INV-2024-311 (USD=C2=A0980.00) is now overdue.

--Apple-Mail=_5A1B7C9D-3E2F-4A6B-8C0D-1E2F3A4B5C6D
Content-Transfer-Encoding: base64
Content-Type: text/html;
\tcharset=utf-8

"""
    + b64(APPLE_HTML.encode())
    + b"""

--Apple-Mail=_5A1B7C9D-3E2F-4A6B-8C0D-1E2F3A4B5C6D--
"""
)


def test_apple_mail_blockquote_cite() -> None:
    msg = parse_message(APPLE)
    assert msg.message_id == "<5C3D1A2B-7E8F-4A9B-B0C1-D2E3F4A5B6C7@becker-studio.com>"
    assert msg.from_address == "tom@becker-studio.com"
    assert msg.date == datetime(2024, 3, 4, 18, 22, 10, tzinfo=timezone(timedelta(hours=-5)))
    assert msg.text == (
        "Hi Sam,\n"
        "\n"
        "We never received invoice INV-2024-311. Could you send it again?\n"
        "\n"
        "Tom\n"
        "\n"
        "> On 4 Mar 2024, at 10:00, Acme Billing <ar@billing.example.com> wrote:\n"
        ">\n"
        "> Dear Tom,\n"
        "> Invoice INV-2024-311 (USD\xa0980.00) is now overdue."
    )
    assert msg.html == APPLE_HTML
    assert html_to_text(APPLE_HTML) == (
        "Hi Sam,\n"
        "\n"
        "We never received invoice INV-2024-311. Could you send it again?\n"
        "\n"
        "Tom\n"
        "\n"
        "> On 4 Mar 2024, at 10:00, Acme Billing <ar@billing.example.com> wrote:\n"
        ">\n"
        "> Dear Tom,\n"
        "> Invoice INV-2024-311 (USD 980.00) is now overdue."
    )
    assert msg.headers["mime-version"] == "1.0 (Mac OS X Mail 16.0 \\(3774.400.31\\))"
    assert msg.defects == ()


# --------------------------------------------------------------------------- Thunderbird

THUNDERBIRD_HTML = crlf(
    b"""Message-ID: <8d0c1e2f-3a4b-5c6d-7e8f-9a0b1c2d3e4f@weber-logistik.de>
Date: Thu, 7 Mar 2024 09:05:44 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: Zahlungserinnerung RE-2024-0173
Content-Language: de-DE
To: Acme Billing <ar@billing.example.com>
References: <dunning.12.2@billing.example.com>
From: Weber Logistik Buchhaltung <buchhaltung@weber-logistik.de>
In-Reply-To: <dunning.12.2@billing.example.com>
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
  </head>
  <body>
    <p>Guten Tag,</p>
    <p>die Rechnung wurde am 01.03. \xc3\xbcberwiesen, siehe Anlage.<br>
      Mit freundlichen Gr\xc3\xbc\xc3\x9fen<br>
      Anna Weber</p>
    <div class="moz-cite-prefix">Am 06.03.24 um 10:00 schrieb Acme Billing:<br>
    </div>
    <blockquote type="cite"
      cite="mid:dunning.12.2@billing.example.com">
      <p>Sehr geehrte Damen und Herren,</p>
      <p>die Rechnung RE-2024-0173 &uuml;ber 3.150,00&nbsp;&euro; ist f&auml;llig.</p>
    </blockquote>
  </body>
</html>
"""
)


def test_thunderbird_html_moz_cite_prefix() -> None:
    msg = parse_message(THUNDERBIRD_HTML)
    assert msg.from_address == "buchhaltung@weber-logistik.de"
    assert msg.from_name == "Weber Logistik Buchhaltung"
    assert msg.text == (
        "Guten Tag,\n"
        "\n"
        "die Rechnung wurde am 01.03. überwiesen, siehe Anlage.\n"
        "Mit freundlichen Grüßen\n"
        "Anna Weber\n"
        "\n"
        "Am 06.03.24 um 10:00 schrieb Acme Billing:\n"
        "\n"
        "> Sehr geehrte Damen und Herren,\n"
        ">\n"
        "> die Rechnung RE-2024-0173 über 3.150,00 € ist fällig."
    )
    assert msg.defects == ()


THUNDERBIRD_FLOWED = crlf(
    b"""Message-ID: <0a1b2c3d-flowed@weber-logistik.de>
Date: Thu, 7 Mar 2024 09:05:44 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: Zahlungserinnerung RE-2024-0173
To: ar@billing.example.com
From: buchhaltung@weber-logistik.de
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Guten Tag,

wir werden den offenen Betrag von 3.150,00 \xe2\x82\xac bis Ende n\xc3\xa4chster Woche=20
begleichen.

--=20
Anna Weber

Am 06.03.24 um 10:00 schrieb Acme Billing:
> Sehr geehrte Damen und Herren, die Rechnung RE-2024-0173 ist seit 30=20
> Tagen f\xc3\xa4llig.
""".replace(b"=20", b" ")
)


def test_thunderbird_format_flowed_is_unwrapped() -> None:
    msg = parse_message(THUNDERBIRD_FLOWED)
    assert msg.from_address == "buchhaltung@weber-logistik.de"
    assert msg.from_name is None
    assert msg.text == (
        "Guten Tag,\n"
        "\n"
        "wir werden den offenen Betrag von 3.150,00 € bis Ende nächster Woche begleichen.\n"
        "\n"
        "--\n"
        "Anna Weber\n"
        "\n"
        "Am 06.03.24 um 10:00 schrieb Acme Billing:\n"
        "> Sehr geehrte Damen und Herren, die Rechnung RE-2024-0173 ist seit 30 Tagen fällig."
    )


# --------------------------------------------------------------------------- charsets

LATIN1_FRENCH = crlf(
    b"""From: =?iso-8859-1?Q?Fran=E7ois_B=E9rard?= <f.berard@menuiserie-berard.fr>
To: relances@billing.example.com
Subject: =?iso-8859-1?Q?R=E9ponse_=E0_votre_relance?=
Date: Fri, 8 Mar 2024 16:40:00 +0100
Message-ID: <20240308164000.1234@menuiserie-berard.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: 8bit

Bonjour,

Nous r\xe9glerons la facture F-0099 d'un montant de 480,00 \x80 le 20 mars.
Merci de votre compr\xe9hension \x96 \xe0 bient\xf4t.

Fran\xe7ois B\xe9rard
"""
)


def test_latin1_french_reply_with_accents() -> None:
    msg = parse_message(LATIN1_FRENCH)
    assert msg.from_name == "François Bérard"
    assert msg.from_address == "f.berard@menuiserie-berard.fr"
    assert msg.subject == "Réponse à votre relance"
    # iso-8859-1 is read as windows-1252, as browsers do: Outlook's euro sign and dashes survive
    assert msg.text == (
        "Bonjour,\n"
        "\n"
        "Nous réglerons la facture F-0099 d'un montant de 480,00 € le 20 mars.\n"
        "Merci de votre compréhension – à bientôt.\n"
        "\n"
        "François Bérard"
    )
    assert msg.defects == ()


def _plain(body: bytes, content_type: bytes | None, cte: bytes = b"8bit") -> bytes:
    head = b"From: a@example.com\nSubject: t\n"
    if content_type is not None:
        head += b"Content-Type: " + content_type + b"\nContent-Transfer-Encoding: " + cte + b"\n"
    return crlf(head + b"\n" + body)


@pytest.mark.parametrize(
    ("body", "content_type", "text", "defect"),
    [
        # declared latin-1, really UTF-8 (a webmail that forgot to update the header)
        (
            "Paiement prévu le 15 décembre".encode(),
            b"text/plain; charset=iso-8859-1",
            "Paiement prévu le 15 décembre",
            "text/plain: declared 'iso-8859-1' but the bytes are UTF-8",
        ),
        # declared UTF-8, really windows-1252
        (
            "Zahlung erfolgt am Montag – Grüße".encode("cp1252"),
            b"text/plain; charset=utf-8",
            "Zahlung erfolgt am Montag – Grüße",
            "text/plain: bytes are not valid 'utf-8'",
        ),
        # a charset nobody knows
        (
            "Pagaremo entro venerdì".encode(),
            b'text/plain; charset="x-unknown-charset"',
            "Pagaremo entro venerdì",
            "text/plain: unknown charset 'x-unknown-charset'",
        ),
        # declared us-ascii, 8-bit windows-1252 inside
        (
            "Betaling volgt – € 1.200,00".encode("cp1252"),
            b"text/plain; charset=us-ascii",
            "Betaling volgt – € 1.200,00",
            "text/plain: declared 'us-ascii' but the bytes are 8-bit",
        ),
        # no Content-Type at all, 8-bit UTF-8
        (
            "Pagaremos a fatura até sexta-feira".encode(),
            None,
            "Pagaremos a fatura até sexta-feira",
            None,
        ),
        # no Content-Type at all, 8-bit latin-1
        (
            "Pagaremos la factura el próximo lunes".encode("latin-1"),
            None,
            "Pagaremos la factura el próximo lunes",
            "text/plain: 8-bit text without a charset",
        ),
        # charset given without quotes and in upper case, iso-8859-15 (euro at 0xA4)
        (
            "Virement de 99 € effectué".encode("iso-8859-15"),
            b"text/plain; charset=ISO-8859-15",
            "Virement de 99 € effectué",
            None,
        ),
        # koi8-r is read as declared
        (
            "Оплата будет в пятницу".encode("koi8-r"),
            b"text/plain; charset=koi8-r",
            "Оплата будет в пятницу",
            None,
        ),
        # codecs that are not charsets are unknown charsets
        (
            "Überweisung erfolgt".encode(),
            b"text/plain; charset=undefined",
            "Überweisung erfolgt",
            "text/plain: unknown charset 'undefined'",
        ),
        (
            "Überweisung erfolgt".encode(),
            b"text/plain; charset=base64",
            "Überweisung erfolgt",
            "text/plain: unknown charset 'base64'",
        ),
        (
            b"V2lyIHphaGxlbi4=",
            b"text/plain; charset=rot13",
            "V2lyIHphaGxlbi4=",
            "text/plain: unknown charset 'rot13'",
        ),
        # windows-1252 byte that is undefined there (0x81) must not break decoding
        (
            b"Facture r\xe9gl\xe9e \x81 merci",
            b"text/plain; charset=windows-1252",
            "Facture réglée \x81 merci",
            "text/plain: bytes are not valid 'windows-1252'",
        ),
    ],
)
def test_charsets(body: bytes, content_type: bytes | None, text: str, defect: str | None) -> None:
    msg = parse_message(_plain(body, content_type))
    assert msg.text == text
    if defect is None:
        assert msg.defects == ()
    else:
        assert defect in msg.defects


def test_base64_body_with_declared_charset() -> None:
    body = b64("Wir zahlen nächste Woche.".encode("iso-8859-1"))
    msg = parse_message(_plain(body, b"text/plain; charset=iso-8859-1", b"base64"))
    assert msg.text == "Wir zahlen nächste Woche."


# --------------------------------------------------------------------------- headers

GERMAN_SUBJECT = crlf(
    b"""From: =?iso-8859-1?Q?J=FCrgen_M=FCller?= <j.mueller@mueller-bau.de>
To: =?UTF-8?B?UmVjaG51bmdzw7xiZXJzaWNodA==?= <ar@billing.example.com>,
 "Buchhaltung, Acme" <buchhaltung@billing.example.com>
Subject: =?UTF-8?B?QVc6IFphaGx1bmdzZXJpbm5lcnVuZyBmw7xyIFJlY2hudW5nIA==?=
 =?UTF-8?B?UkUtMjAyNC0wMTczIOKAkyDDnGJlcndlaXN1bmcgdmVyYW5sYXNzdA==?=
Date: Mon, 11 Mar 2024 07:59:01 +0100 (CET)
Message-ID: <4711.0815@mueller-bau.de>
Reply-To: Buchhaltung =?utf-8?q?M=C3=BCller?= <Rechnungen@Mueller-Bau.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Guten Morgen, die Ueberweisung ist veranlasst.
"""
)


def test_encoded_word_subject_and_names_german() -> None:
    msg = parse_message(GERMAN_SUBJECT)
    assert (
        msg.subject == "AW: Zahlungserinnerung für Rechnung RE-2024-0173 – Überweisung veranlasst"
    )
    assert msg.from_name == "Jürgen Müller"
    assert msg.from_address == "j.mueller@mueller-bau.de"
    assert msg.to == ("ar@billing.example.com", "buchhaltung@billing.example.com")
    assert msg.reply_to == ("rechnungen@mueller-bau.de",)
    assert msg.date == datetime(2024, 3, 11, 6, 59, 1, tzinfo=UTC)
    assert msg.headers["from"] == "Jürgen Müller <j.mueller@mueller-bau.de>"
    assert msg.headers["subject"] == msg.subject
    assert msg.text == "Guten Morgen, die Ueberweisung ist veranlasst."
    assert msg.defects == ()


def test_raw_utf8_headers_and_folding() -> None:
    raw = crlf(
        "From: Zoë Lefèvre <zoe@example.fr>\n"
        "To: ar@billing.example.com\n"
        "Subject: Re: facture\n"
        "  n°\t 2024-17   payée\n"
        "\n"
        "ok\n".encode()
    )
    msg = parse_message(raw)
    assert msg.from_name == "Zoë Lefèvre"
    assert msg.subject == "Re: facture n° 2024-17 payée"


def test_mojibake_in_header_is_repaired() -> None:
    # UTF-8 bytes labelled latin-1 in an encoded-word
    raw = crlf(b"From: a@example.com\nSubject: =?iso-8859-1?Q?R=C3=A9ponse?=\n\nx\n")
    assert parse_message(raw).subject == "Réponse"


def test_envelope_headers_kept_separately() -> None:
    raw = crlf(
        b"Delivered-To: ar@billing.example.com\n"
        b"X-Original-To: AR+C-7F3A9E@billing.example.com\n"
        b"Envelope-To: ar+c-7f3a9e@billing.example.com\n"
        b"Delivered-To: ar+c-7f3a9e@billing.example.com\n"
        b"From: x@customer.example\n"
        b"To: Undisclosed recipients:;\n"
        b"Subject: x\n\nbody\n"
    )
    msg = parse_message(raw)
    assert msg.to == ()
    assert msg.delivered_to == ("ar@billing.example.com", "ar+c-7f3a9e@billing.example.com")
    assert msg.headers["delivered-to"] == "ar@billing.example.com"  # first occurrence


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "<a@x>, <b@x>",
            ("<a@x>", "<b@x>"),
        ),
        ("<a@x> (Message from Jane of Mon)", ("<a@x>",)),
        ("a@x", ("<a@x>",)),
        ("<a@x>\r\n <a@x>", ("<a@x>",)),
        ("< spaced@id >", ("<spaced@id>",)),
        ("garbage", ()),
    ],
)
def test_message_id_lists(value: str, expected: tuple[str, ...]) -> None:
    raw = crlf(f"From: a@example.com\nIn-Reply-To: {value}\nSubject: x\n\nb\n".encode())
    assert parse_message(raw).in_reply_to == expected


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("Tue, 5 Mar 2024 11:14:02 +0100", datetime(2024, 3, 5, 10, 14, 2, tzinfo=UTC)),
        ("5 Mar 2024 11:14:02 GMT", datetime(2024, 3, 5, 11, 14, 2, tzinfo=UTC)),
        ("Tue, 5 Mar 2024 11:14:02 -0000", datetime(2024, 3, 5, 11, 14, 2, tzinfo=UTC)),
        ("Tue, 5 Mar 2024 11:14:02", datetime(2024, 3, 5, 11, 14, 2, tzinfo=UTC)),
        ("not a date", None),
        ("Tue, 99 Foo 2024 99:99:99 +9999", None),
        ("", None),
    ],
)
def test_dates(date: str, expected: datetime | None) -> None:
    raw = crlf(f"From: a@example.com\nDate: {date}\nSubject: x\n\nb\n".encode())
    msg = parse_message(raw)
    assert msg.date == expected
    if msg.date is not None:
        assert msg.date.tzinfo is not None


def test_addresses() -> None:
    assert addresses(None) == ()
    assert addresses("") == ()
    assert addresses('"Doe, Jane" <Jane.Doe@Example.COM>, bob@example.com') == (
        "jane.doe@example.com",
        "bob@example.com",
    )
    assert addresses("=?utf-8?q?J=C3=BCrgen?= <j@x.de>, j@X.de") == ("j@x.de",)
    assert addresses("Team: a@x.org, b@x.org;, c@x.org") == ("a@x.org", "b@x.org", "c@x.org")
    assert addresses("undisclosed-recipients:;") == ()
    assert addresses("just-a-name") == ()
    assert addresses('<<<>>> @@ ,,, "unterminated') == ()


# --------------------------------------------------------------------------- attachments

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

WITH_PDF = crlf(
    b"""From: "Comptabilit\xc3\xa9" <compta@dupont-conseil.fr>
To: ar@billing.example.com
Subject: Avis de paiement
Date: Tue, 12 Mar 2024 10:00:00 +0100
Message-ID: <avis.1@dupont-conseil.fr>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_1_1234567890.1710234000000"

------=_Part_1_1234567890.1710234000000
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Veuillez trouver ci-joint l'avis de virement.

------=_Part_1_1234567890.1710234000000
Content-Type: application/pdf; name="avis_virement.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment;
 filename*0*=UTF-8''Avis%20de%20virement%20%E2%80%93%20fac;
 filename*1*=ture%20n%C2%B0%2042.pdf

"""
    + b64(PDF)
    + b"""

------=_Part_1_1234567890.1710234000000
Content-Type: text/plain; charset=utf-8; name="notes.txt"
Content-Disposition: attachment; filename="notes.txt"

not body text
------=_Part_1_1234567890.1710234000000
Content-Type: image/png
Content-Disposition: inline; filename*=iso-8859-1''logo%E9.png
Content-Transfer-Encoding: base64

iVBORw0KGgo=
------=_Part_1_1234567890.1710234000000
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;
 name="=?utf-8?B?UmVjaG51bmdzw7xiZXJzaWNodA==?=.xlsx"
Content-Transfer-Encoding: base64

UEsDBA==
------=_Part_1_1234567890.1710234000000--
"""
)


def test_pdf_attachment_with_rfc2231_filename() -> None:
    msg = parse_message(WITH_PDF)
    assert msg.from_name == "Comptabilité"
    assert msg.text == "Veuillez trouver ci-joint l'avis de virement."
    assert msg.html is None
    assert msg.attachments == (
        Attachment("Avis de virement – facture n° 42.pdf", "application/pdf", len(PDF)),
        Attachment("notes.txt", "text/plain", len(b"not body text")),
        Attachment("logoé.png", "image/png", 8),
        Attachment(
            "Rechnungsübersicht.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            4,
        ),
    )


def test_related_inline_images_are_attachments_not_body() -> None:
    raw = crlf(
        b"""From: a@example.com
Subject: logo
Content-Type: multipart/alternative; boundary=ALT

--ALT
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=20=20=20
=C2=A0

--ALT
Content-Type: multipart/related; boundary=REL

--REL
Content-Type: text/html; charset=utf-8

<p>Paid today.</p><img src="cid:logo@x">
--REL
Content-Type: image/gif
Content-ID: <logo@x>
Content-Transfer-Encoding: base64

R0lGODlhAQABAAAAACw=
--REL--
--ALT--
"""
    )
    msg = parse_message(raw)
    # the plain alternative is blank: the HTML one is used
    assert msg.text == "Paid today."
    assert msg.html == '<p>Paid today.</p><img src="cid:logo@x">'
    assert msg.attachments == (Attachment(None, "image/gif", 14),)


# --------------------------------------------------------------------------- forwarded

FORWARDED = crlf(
    b"""From: Lena Vogel <lena.vogel@vogel-gmbh.de>
To: ar@billing.example.com
Subject: WG: Rechnung RE-2024-0200
Date: Wed, 13 Mar 2024 14:00:00 +0100
Message-ID: <fwd.1@vogel-gmbh.de>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: text/plain; charset=utf-8

Bitte an unsere Kreditorenbuchhaltung wenden: kreditoren@vogel-gmbh.de

--outer
Content-Type: message/rfc822
Content-Disposition: attachment; filename="Rechnung RE-2024-0200.eml"

From: Acme Billing <ar@billing.example.com>
To: lena.vogel@vogel-gmbh.de
Subject: =?utf-8?q?Rechnung_RE-2024-0200_f=C3=A4llig?=
Date: Mon, 11 Mar 2024 09:00:00 +0100
Message-ID: <dunning.55.1@billing.example.com>
Content-Type: multipart/mixed; boundary="inner"

--inner
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Die Rechnung RE-2024-0200 ist f=C3=A4llig.
--inner
Content-Type: application/pdf; name="RE-2024-0200.pdf"
Content-Disposition: attachment; filename="RE-2024-0200.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--inner--

--outer--
"""
)


def test_forwarded_message_rfc822_outer_text_first() -> None:
    msg = parse_message(FORWARDED)
    assert msg.message_id == "<fwd.1@vogel-gmbh.de>"
    assert msg.subject == "WG: Rechnung RE-2024-0200"
    assert msg.text == (
        "Bitte an unsere Kreditorenbuchhaltung wenden: kreditoren@vogel-gmbh.de\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Acme Billing <ar@billing.example.com>\n"
        "Date: Mon, 11 Mar 2024 09:00:00 +0100\n"
        "Subject: Rechnung RE-2024-0200 fällig\n"
        "To: lena.vogel@vogel-gmbh.de\n"
        "\n"
        "Die Rechnung RE-2024-0200 ist fällig."
    )
    assert [(a.filename, a.content_type) for a in msg.attachments] == [
        ("Rechnung RE-2024-0200.eml", "message/rfc822"),
        ("RE-2024-0200.pdf", "application/pdf"),
    ]
    assert msg.attachments[0].size > 300
    assert msg.attachments[1].size == 9
    # the forwarded message's ids are not the outer message's thread
    assert msg.in_reply_to == () and msg.references == ()


def test_delivery_report_does_not_render_returned_message() -> None:
    raw = crlf(
        b"""From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: ar@billing.example.com
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status; boundary="R"

--R
Content-Type: text/plain

I'm sorry to have to inform you that your message could not be delivered.

--R
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; nobody@customer.example
Action: failed
Status: 5.1.1

--R
Content-Type: message/rfc822

From: ar@billing.example.com
Subject: Reminder

Please pay invoice 1.
--R--
"""
    )
    msg = parse_message(raw)
    assert msg.text == "I'm sorry to have to inform you that your message could not be delivered."
    assert [a.content_type for a in msg.attachments] == [
        "message/delivery-status",
        "message/rfc822",
    ]
    assert msg.headers["auto-submitted"] == "auto-replied"


# --------------------------------------------------------------------------- bad input


def test_empty_message() -> None:
    msg = parse_message(b"")
    assert msg == ParsedMessage(
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
        defects=("empty message",),
    )
    assert parse_message(b"\r\n\r\n").defects == ("empty message",)


def test_garbage_bytes() -> None:
    garbage = bytes(range(256)) * 4 + b"\x00\xff\xfe" * 100
    msg = parse_message(garbage)
    assert msg.message_id is None
    assert msg.from_address is None
    assert msg.to == ()
    assert msg.subject == ""
    assert msg.date is None
    assert msg.attachments == ()
    assert msg.defects  # named, not raised
    assert "\x00" not in msg.text


def test_headers_only_and_body_only() -> None:
    msg = parse_message(b"Subject: only headers\r\nFrom: a@b.example\r\n")
    assert msg.subject == "only headers"
    assert msg.from_address == "a@b.example"
    assert msg.text == ""
    body_only = parse_message(b"\r\nJust a body line.\r\n")
    assert body_only.text == "Just a body line."
    assert body_only.headers == {}


def test_missing_boundary_and_broken_base64() -> None:
    raw = crlf(
        b"From: a@example.com\nSubject: x\nContent-Type: multipart/mixed\n\n"
        b"We will pay on Friday.\n"
    )
    msg = parse_message(raw)
    assert msg.text == "We will pay on Friday."
    assert any("boundary" in d.lower() for d in msg.defects)

    broken = crlf(
        b"From: a@example.com\nSubject: x\nContent-Type: text/plain; charset=utf-8\n"
        b"Content-Transfer-Encoding: base64\n\nV2Ugd2lsbCBwYXk=!!!*\n"
    )
    assert parse_message(broken).text.startswith("We will pay")


def test_very_long_lines_and_html_in_text_plain() -> None:
    long_line = ("Zahlung folgt. " * 20000).strip()
    msg = parse_message(_plain(long_line.encode(), b"text/plain; charset=utf-8"))
    assert msg.text == long_line

    html_as_plain = _plain(
        b"<!DOCTYPE html><html><body><p>We paid.</p><p>Bye</p></body></html>",
        b"text/plain; charset=utf-8",
    )
    assert parse_message(html_as_plain).text == "We paid.\n\nBye"


def test_control_characters_and_zero_width_are_dropped() -> None:
    msg = parse_message(
        _plain("Pay\x00ment\u200b done\x07\r\nok\ufeff".encode(), b"text/plain; charset=utf-8")
    )
    assert msg.text == "Payment done\nok"


def test_multiple_inline_text_parts_are_joined() -> None:
    raw = crlf(
        b"""From: a@example.com
Subject: x
Content-Type: multipart/mixed; boundary=M

--M
Content-Type: text/plain; charset=utf-8

Part one.
--M
Content-Type: image/jpeg; name=photo.jpg
Content-Disposition: inline; filename=photo.jpg
Content-Transfer-Encoding: base64

/9j/4AAQ
--M
Content-Type: text/plain; charset=utf-8

Part two.
--M--
"""
    )
    msg = parse_message(raw)
    assert msg.text == "Part one.\n\nPart two."
    assert msg.attachments == (Attachment("photo.jpg", "image/jpeg", 6),)


# --------------------------------------------------------------------------- html_to_text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("", ""),
        ("plain &amp; simple &lt;tag&gt; &#8364; &euro; &nbsp;x", "plain & simple <tag> € € x"),
        ("<p>one</p><p>two</p>", "one\n\ntwo"),
        ("<div>one</div><div>two</div>", "one\ntwo"),
        ("a<br>b<br/><br>c", "a\nb\n\nc"),
        ("<p style='margin:0'>one</p><p style='margin: 0px'>two</p>", "one\ntwo"),
        ("Hello   <b>dear</b>\n   <i>customer</i>", "Hello dear customer"),
        ("<ul><li>a<li>b</ul><ol start=3><li>c</li><li>d</li></ol>", "- a\n- b\n\n3. c\n4. d"),
        (
            "<table><tr><th>Invoice</th><th>Amount</th></tr>"
            "<tr><td>INV-1</td><td></td><td>10.00</td></tr></table>",
            "Invoice | Amount\nINV-1 | 10.00",
        ),
        (
            "<blockquote>a<blockquote>b</blockquote>c</blockquote>d",
            "> a\n>\n> > b\n>\n> c\n\nd",
        ),
        ("<script>var x = '<p>no</p>';</script><style>p{}</style>yes", "yes"),
        ("<head><title>Title</title></head><body>body</body>", "body"),
        ("<div style='display: none'>preheader <b>x</b></div>shown", "shown"),
        ("<p hidden>secret</p><span style='visibility:hidden'>s</span>seen", "seen"),
        ("<pre>  indented\n\tcode\n\nmore</pre>", "  indented\n\tcode\n\nmore"),
        ("x<hr>y", "x\n________________________________\ny"),
        ("<a href='https://pay.example/123'>pay here</a> <img src=x alt=logo>", "pay here"),
        ("<p>unclosed<p>paragraphs<div>and a div", "unclosed\n\nparagraphs\n\nand a div"),
        ("<!--[if mso]><p>comment</p><![endif]--><p>real</p>", "real"),
        ("<p>&nbsp;</p><p>a</p><p>&nbsp;</p><p>&nbsp;</p><p>b</p>", "a\n\nb"),
        ("<div>Zero\u200bwidth&zwnj; \u00adsoft</div>", "Zerowidth soft"),
        ("</p></div></blockquote>stray end tags", "stray end tags"),
        ("<<<>>>&&&;;<//>", "<<<>>>&&&;;"),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_html_to_text_deep_nesting_is_fast_and_safe() -> None:
    deep = "<div>" * 20000 + "x" + "</div>" * 20000
    assert html_to_text(deep) == "x"
    quotes = "<blockquote>" * 3 + "deep"
    assert html_to_text(quotes) == "> > > deep"


# --------------------------------------------------------------------------- never raises

SAMPLES = [
    GMAIL,
    OUTLOOK,
    APPLE,
    THUNDERBIRD_HTML,
    THUNDERBIRD_FLOWED,
    LATIN1_FRENCH,
    GERMAN_SUBJECT,
    WITH_PDF,
    FORWARDED,
]

TOKENS = [
    b"=?",
    b"?=",
    b"=?utf-8?B?",
    b"=?x-bad?Q?=FF=",
    b"<",
    b">",
    b'"',
    b"\\",
    b"(",
    b")",
    b"@",
    b":",
    b";",
    b",",
    b"\r\n",
    b"\n ",
    b"\r\n\r\n",
    b"--",
    b"boundary=",
    b"charset=",
    b"filename*0*=",
    b"Content-Type: message/rfc822\r\n\r\n",
    b"Content-Type: multipart/mixed; boundary=Z\r\n\r\n--Z\r\n",
    b"Content-Transfer-Encoding: base64\r\n",
    b"<blockquote>",
    b"</td><td>",
    b"<p",
    b"&#x",
    b"\xff\xfe",
    b"\x00",
]


def _check(msg: ParsedMessage) -> None:
    assert isinstance(msg, ParsedMessage)
    assert isinstance(msg.text, str) and isinstance(msg.subject, str)
    assert all(isinstance(a, str) and "@" in a for a in msg.to + msg.delivered_to + msg.reply_to)
    assert msg.date is None or msg.date.tzinfo is not None
    assert all(isinstance(d, str) for d in msg.defects)
    msg.text.encode("utf-8")  # no lone surrogates anywhere the caller will store
    msg.subject.encode("utf-8")
    for value in msg.headers.values():
        value.encode("utf-8")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_never_raises_on_arbitrary_bytes(raw: bytes) -> None:
    _check(parse_message(raw))


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(1, 12))):
        pos = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["delete", "insert", "token", "flip", "truncate"]))
        if action == "delete":
            del data[pos : pos + draw(st.integers(1, 40))]
        elif action == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=20))
        elif action == "token":
            data[pos:pos] = draw(st.sampled_from(TOKENS))
        elif action == "flip" and pos < len(data):
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif action == "truncate":
            del data[pos:]
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_never_raises_on_mutated_messages(raw: bytes) -> None:
    _check(parse_message(raw))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_html_to_text_never_raises(html: str) -> None:
    text = html_to_text(html)
    assert isinstance(text, str)
    assert "\x00" not in text


def test_quirks_in_unused_headers_are_not_defects() -> None:
    raw = crlf(
        b"From: a@example.com\n"
        b"Subject: ok\n"
        b"X-Weird: =?bogus?Q?=ZZ?= ((( unbalanced\n"
        b"Sender: <<<not an address\n"
        b"\n"
        b"body\n"
    )
    msg = parse_message(raw)
    assert msg.defects == ()
    assert msg.headers["sender"] == "<<<not an address"
