"""Bounce and complaint detection on realistic raw messages, one per MTA style.

Our reminders go out From ar@acme-billing.example with Message-IDs like OUR_ID; each sample is
what comes back to that address.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inbox.bounces import Bounce, bounce_check, detect

OUR_ID = "<reminder.7f3a9c.42@acme-billing.example>"

ORIGINAL_HEADERS = f"""\
Return-Path: <ar@acme-billing.example>
Received: from mail.acme-billing.example (mail.acme-billing.example [203.0.113.10])
\tby mx.customer.example (Postfix) with ESMTPS id 4Q8kzX1T2Bz9w
\tfor <jane.doe@customer.example>; Mon,  4 Mar 2024 09:12:03 +0100 (CET)
From: Acme Accounts Receivable <ar@acme-billing.example>
To: Jane Doe <jane.doe@customer.example>
Subject: Invoice INV-2024-0042 is overdue
Date: Mon, 04 Mar 2024 09:12:01 +0100
Message-ID: {OUR_ID}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
"""

ORIGINAL_MESSAGE = ORIGINAL_HEADERS + """
Dear Jane,

Our records show that invoice INV-2024-0042 (EUR 1,250.00) is now 14 days overdue.

Kind regards,
Acme Accounts Receivable
"""


def raw(text: str, crlf: bool = False) -> bytes:
    data = text.encode("utf-8")
    return data.replace(b"\n", b"\r\n") if crlf else data


# ---------------------------------------------------------------------------------------------
# RFC 3464 delivery status notifications
# ---------------------------------------------------------------------------------------------

POSTFIX_DSN = """\
Return-Path: <>
Received: by mail.acme-billing.example (Postfix) id 9E1B6C0A3F; Mon,  4 Mar 2024 09:12:05 +0100
Date: Mon,  4 Mar 2024 09:12:05 +0100 (CET)
From: MAILER-DAEMON@mail.acme-billing.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: ar@acme-billing.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="9E1B6C0A3F.1709539925/mail.acme-billing.example"
Message-Id: <20240304081205.9E1B6C0A3F@mail.acme-billing.example>

This is a MIME-encapsulated message.

--9E1B6C0A3F.1709539925/mail.acme-billing.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.acme-billing.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jane.doe@customer.example>: host mx.customer.example[198.51.100.25] said:
    {diag_text} (in reply to RCPT TO command)

--9E1B6C0A3F.1709539925/mail.acme-billing.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.acme-billing.example
X-Postfix-Queue-ID: 9E1B6C0A3F
X-Postfix-Sender: rfc822; ar@acme-billing.example
Arrival-Date: Mon,  4 Mar 2024 09:12:03 +0100 (CET)

Final-Recipient: rfc822; jane.doe@customer.example
Original-Recipient: rfc822;jane.doe@customer.example
Action: {action}
Status: {status}
Remote-MTA: dns; mx.customer.example
Diagnostic-Code: smtp; {diag_code}

--9E1B6C0A3F.1709539925/mail.acme-billing.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{headers}
--9E1B6C0A3F.1709539925/mail.acme-billing.example--
"""


def postfix(action: str, status: str, diagnostic: str) -> bytes:
    folded = diagnostic if len(diagnostic) < 60 else diagnostic[:60] + "\n    " + diagnostic[60:]
    return raw(POSTFIX_DSN.format(action=action, status=status, diag_code=folded,
                                  diag_text=folded, headers=ORIGINAL_HEADERS))


@pytest.mark.parametrize(
    ("action", "status", "diagnostic", "kind"),
    [
        ("failed", "5.1.1", "550 5.1.1 <jane.doe@customer.example>: Recipient address "
         "rejected: User unknown in virtual mailbox table", "hard"),
        ("failed", "5.1.2", "550 5.1.2 Host unknown: customer.example", "hard"),
        ("failed", "5.1.10", "556 5.1.10 Recipient address has null MX", "hard"),
        ("failed", "5.4.4", "550 5.4.4 Unable to route: no mail hosts for domain", "hard"),
        ("failed", "5.2.1", "550 5.2.1 The email account that you tried to reach is disabled.",
         "hard"),
        ("failed", "5.0.0", "550 Requested action not taken: mailbox unavailable", "hard"),
        ("failed", "5.0.0", "550 <jane.doe@customer.example>... No such user", "hard"),
        ("failed", "5.2.2", "552 5.2.2 <jane.doe@customer.example>: Mailbox full", "soft"),
        ("failed", "5.0.0", "552 Requested mail action aborted: exceeded storage allocation",
         "soft"),
        ("failed", "5.7.1", "554 5.7.1 Service unavailable; Client host [203.0.113.10] blocked "
         "using zen.spamhaus.org", "soft"),
        ("failed", "5.7.1", "550 5.7.1 <jane.doe@customer.example>: Relay access denied", "soft"),
        ("failed", "5.3.4", "552 5.3.4 Message size exceeds fixed maximum message size",
         "soft"),
        ("failed", "5.4.7", "554 5.4.7 Delivery time expired", "soft"),
        ("failed", "5.1.8", "553 5.1.8 <ar@acme-billing.example>: Sender address rejected: "
         "Domain not found", "soft"),
        ("failed", "5.1.1", "550 5.1.1 <jane.doe@customer.example> user over quota", "soft"),
        ("failed", "4.2.0", "450 4.2.0 <jane.doe@customer.example>: Recipient address rejected: "
         "Greylisted, see http://postgrey.schweikert.ch/help/customer.example.html", "soft"),
        ("delayed", "4.4.1", "421 4.4.1 Connection timed out", "soft"),
    ],
)
def test_postfix_dsn_hard_and_soft(action: str, status: str, diagnostic: str,
                                   kind: str) -> None:
    result = detect(postfix(action, status, diagnostic))
    assert result.kind == kind
    assert result.recipients == ("jane.doe@customer.example",)
    assert result.status == status
    assert result.original_message_id == OUR_ID
    assert result.diagnostic and result.diagnostic.startswith(diagnostic[:20])


def test_success_dsn_is_not_a_bounce() -> None:
    # "Delivery Status Notification (Relay)": a DSN, but nothing failed.
    message = postfix("relayed", "2.0.0", "250 2.0.0 Ok: queued as 4Q8kzX1T2Bz9w")
    assert detect(message).kind == "none"
    message = postfix("delivered", "2.0.0", "250 2.0.0 Ok")
    assert detect(message) == Bounce("none", (), None, None, None)


GMAIL_ADDRESS_NOT_FOUND = f"""\
Delivered-To: ar@acme-billing.example
Return-Path: <>
Received: by mail-sor-f69.google.com with SMTP id 4fb4d7f45d1cf-563f33b4c1bso10292705a12.0
        for <ar@acme-billing.example>; Mon, 04 Mar 2024 00:12:06 -0800 (PST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: ar@acme-billing.example
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: {OUR_ID}
In-Reply-To: {OUR_ID}
X-Failed-Recipients: jane.doe@gmail.example
Message-ID: <65e5827e.050a0220.2b4d1.1a2bSMTPIN_ADDED_BROKEN@mx.google.com>
Date: Mon, 04 Mar 2024 00:12:06 -0800 (PST)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000aa5b3d0612d1f8e2"; report-type=delivery-status

--000000000000aa5b3d0612d1f8e2
Content-Type: multipart/related; boundary="000000000000aa6a010612d1f8e6"

--000000000000aa6a010612d1f8e6
Content-Type: multipart/alternative; boundary="000000000000aa6a050612d1f8e7"

--000000000000aa6a050612d1f8e7
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to jane.doe@gmail.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser

--000000000000aa6a050612d1f8e7
Content-Type: text/html; charset="UTF-8"

<html><head></head><body><h1>Address not found</h1>
<p>Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>jane.doe@gmail.example</b></a> because the address couldn't be found, or is unable to receive mail.</p>
</body></html>

--000000000000aa6a050612d1f8e7--
--000000000000aa6a010612d1f8e6--
--000000000000aa5b3d0612d1f8e2
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; ar@acme-billing.example
Arrival-Date: Mon, 04 Mar 2024 00:12:05 -0800 (PST)
X-Original-Message-ID: {OUR_ID}

Final-Recipient: rfc822; jane.doe@gmail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (2a00:1450:400c:c0b::1b, the server for the
 domain gmail.example.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
 Please try
 550-5.1.1 double-checking the recipient's email address for typos or
 550-5.1.1 unnecessary spaces. For more information, go to
 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a9-20020a1709064a0900b00a44e4c2c1c1si3046121ejv.612 - gsmtp
Last-Attempt-Date: Mon, 04 Mar 2024 00:12:06 -0800 (PST)

--000000000000aa5b3d0612d1f8e2
Content-Type: message/rfc822

{ORIGINAL_MESSAGE}
--000000000000aa5b3d0612d1f8e2--
"""


def test_gmail_address_not_found_is_hard() -> None:
    result = detect(raw(GMAIL_ADDRESS_NOT_FOUND))
    assert result.kind == "hard"
    assert result.recipients == ("jane.doe@gmail.example",)
    assert result.status == "5.1.1"
    assert result.original_message_id == OUR_ID
    assert result.diagnostic is not None and "does not exist" in result.diagnostic


def test_gmail_spam_block_is_soft() -> None:
    message = GMAIL_ADDRESS_NOT_FOUND.replace("Status: 5.1.1", "Status: 5.7.1").replace(
        """Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
 Please try
 550-5.1.1 double-checking the recipient's email address for typos or
 550-5.1.1 unnecessary spaces. For more information, go to
 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser""",
        """Diagnostic-Code: smtp; 550-5.7.1 [203.0.113.10      12] Our system has detected that this
 message is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,
 550-5.7.1 this message has been blocked. For more information, go to
 550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError""")
    result = detect(raw(message))
    assert result.kind == "soft"
    assert result.recipients == ("jane.doe@gmail.example",)
    assert result.status == "5.7.1"


OFFICE365_NDR = f"""\
Received: from AM0PR02MB5555.eurprd02.prod.outlook.com (2603:10a6:208:15b::20) by
 AM0PR02MB4444.eurprd02.prod.outlook.com with HTTPS; Mon, 4 Mar 2024 08:12:09 +0000
From: postmaster@customer.onmicrosoft.example
To: <ar@acme-billing.example>
Date: Mon, 4 Mar 2024 08:12:09 +0000
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="29ef9f9c-5c5d-4a8e-8aa0-6d31a4e3e8c1"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <9c1c0d8e-7a2b-4d2f-bd75-2a3e0c8b8a11@AM0PR02MB5555.eurprd02.prod.outlook.com>
In-Reply-To: {OUR_ID}
References: {OUR_ID}
Subject: Undeliverable: Invoice INV-2024-0042 is overdue
Auto-Submitted: auto-replied
MIME-Version: 1.0

--29ef9f9c-5c5d-4a8e-8aa0-6d31a4e3e8c1
Content-Type: multipart/alternative; differences=Content-Type;
\tboundary="0b4f4b1d-6a7e-4b9e-9d3c-2b8f5a7c6d5e"

--0b4f4b1d-6a7e-4b9e-9d3c-2b8f5a7c6d5e
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to {{rcpt}} couldn't be delivered.
{{human}}
Action Required                                     Recipient
{{action}}

How to Fix It
{{fix}}

--0b4f4b1d-6a7e-4b9e-9d3c-2b8f5a7c6d5e
Content-Type: text/html; charset="us-ascii"

<html><body><p>Your message to {{rcpt}} couldn't be delivered.</p><p>{{human}}</p></body></html>

--0b4f4b1d-6a7e-4b9e-9d3c-2b8f5a7c6d5e--

--29ef9f9c-5c5d-4a8e-8aa0-6d31a4e3e8c1
Content-Type: message/delivery-status

Reporting-MTA: dns;AM0PR02MB5555.eurprd02.prod.outlook.com
Received-From-MTA: dns;mail.acme-billing.example
Arrival-Date: Mon, 4 Mar 2024 08:12:08 +0000

Final-Recipient: rfc822;{{rcpt}}
Action: failed
Status: {{status}}
Diagnostic-Code: smtp;{{diagnostic}}

--29ef9f9c-5c5d-4a8e-8aa0-6d31a4e3e8c1
Content-Type: message/rfc822-headers

{ORIGINAL_HEADERS}
--29ef9f9c-5c5d-4a8e-8aa0-6d31a4e3e8c1--
"""


@pytest.mark.parametrize(
    ("status", "diagnostic", "human", "kind"),
    [
        ("5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ap@customer.example "
         "not found by SMTP address lookup",
         "ap wasn't found at customer.example.", "hard"),
        ("5.4.1", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) "
         "[DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]",
         "The email address wasn't found at the destination domain.", "hard"),
        ("5.2.2", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
         "MapiExceptionShutoffQuotaExceeded", "The recipient's mailbox is full.", "soft"),
        ("5.7.509", "550 5.7.509 Access denied, sending domain acme-billing.example does not "
         "pass DMARC verification and has a DMARC policy of reject.",
         "Your message wasn't delivered due to the sender domain's DMARC policy.", "soft"),
        ("5.7.1", "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required",
         "The group only accepts messages from people in its organization.", "soft"),
    ],
)
def test_office365_ndr(status: str, diagnostic: str, human: str, kind: str) -> None:
    message = OFFICE365_NDR.replace("{rcpt}", "ap@customer.example").replace(
        "{status}", status).replace("{diagnostic}", diagnostic).replace("{human}", human).replace(
        "{action}", "Unknown To address").replace("{fix}", "Check the address and resend.")
    result = detect(raw(message, crlf=True))
    assert result.kind == kind
    assert result.recipients == ("ap@customer.example",)
    assert result.status == status
    assert result.original_message_id == OUR_ID


SENDMAIL_DSN = f"""\
Return-Path: <MAILER-DAEMON@mx.customer.example>
From: Mail Delivery Subsystem <MAILER-DAEMON@mx.customer.example>
To: <ar@acme-billing.example>
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)
Date: Mon, 4 Mar 2024 09:12:04 +0100
Message-Id: <202403040812.4248C4Ax012345@mx.customer.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="4248C4Ax012345.1709539924/mx.customer.example"

This is a MIME-encapsulated message

--4248C4Ax012345.1709539924/mx.customer.example

The original message was received at Mon, 4 Mar 2024 09:12:03 +0100
from mail.acme-billing.example [203.0.113.10]

   ----- The following addresses had permanent fatal errors -----
<accounts@customer.example>
    (reason: 550 5.1.1 <accounts@customer.example>... User unknown)
<billing@gone.example>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
... while talking to mx.customer.example.:
>>> RCPT To:<accounts@customer.example>
<<< 550 5.1.1 <accounts@customer.example>... User unknown
550 5.1.1 <accounts@customer.example>... User unknown
550 5.1.2 <billing@gone.example>... Host unknown (Name server: gone.example: host not found)

--4248C4Ax012345.1709539924/mx.customer.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.customer.example
Received-From-MTA: DNS; mail.acme-billing.example
Arrival-Date: Mon, 4 Mar 2024 09:12:03 +0100

Final-Recipient: RFC822; accounts@customer.example
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mx.customer.example
Diagnostic-Code: SMTP; 550 5.1.1 <accounts@customer.example>... User unknown
Last-Attempt-Date: Mon, 4 Mar 2024 09:12:04 +0100

Final-Recipient: RFC822; billing@gone.example
Action: failed
Status: 5.1.2
Last-Attempt-Date: Mon, 4 Mar 2024 09:12:04 +0100

--4248C4Ax012345.1709539924/mx.customer.example
Content-Type: message/rfc822

{ORIGINAL_MESSAGE}
--4248C4Ax012345.1709539924/mx.customer.example--
"""


def test_sendmail_dsn_two_hard_recipients() -> None:
    result = detect(raw(SENDMAIL_DSN))
    assert result.kind == "hard"
    assert result.recipients == ("accounts@customer.example", "billing@gone.example")
    assert result.status == "5.1.1"
    assert result.diagnostic == "550 5.1.1 <accounts@customer.example>... User unknown"
    assert result.original_message_id == OUR_ID


def test_mixed_recipients_hard_lists_only_the_invalid_address() -> None:
    message = SENDMAIL_DSN.replace(
        "Final-Recipient: RFC822; billing@gone.example\nAction: failed\nStatus: 5.1.2",
        "Final-Recipient: RFC822; billing@gone.example\nAction: failed\nStatus: 5.2.2\n"
        "Diagnostic-Code: SMTP; 552 5.2.2 Mailbox full")
    result = detect(raw(message))
    assert result.kind == "hard"
    assert result.recipients == ("accounts@customer.example",)


def test_delayed_dsn_is_soft_even_with_user_unknown_wording() -> None:
    message = SENDMAIL_DSN.replace("Action: failed", "Action: delayed").replace(
        "Status: 5.1.1", "Status: 4.4.1").replace("Status: 5.1.2", "Status: 4.4.7")
    result = detect(raw(message))
    assert result.kind == "soft"
    assert result.recipients == ("accounts@customer.example", "billing@gone.example")
    assert result.status == "4.4.1"


def test_dsn_without_diagnostic_reads_the_notification() -> None:
    # Status 5.0.0 says nothing; the human-readable part does.
    message = f"""\
Return-Path: <>
From: Mailer Daemon <MAILER-DAEMON@mx.customer.example>
To: ar@acme-billing.example
Subject: Delivery status notification: error
Content-Type: multipart/mixed; boundary="9950749020440539406/mx.customer.example"

--9950749020440539406/mx.customer.example
Content-Type: text/plain; charset=us-ascii

    This is the MAILER-DAEMON, please DO NOT REPLY to this email.

    An error has occurred while attempting to deliver a message for
    the following list of recipients:

jane.doe@customer.example: Domain does not exist

    Below is a copy of the original message:

--9950749020440539406/mx.customer.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.customer.example

Final-Recipient: rfc822; jane.doe@customer.example
Action: error
Status: 5.0.0

--9950749020440539406/mx.customer.example
Content-Type: text/rfc822-headers

{ORIGINAL_HEADERS}
--9950749020440539406/mx.customer.example--
"""
    result = detect(raw(message))
    assert result == Bounce("hard", ("jane.doe@customer.example",), "5.0.0",
                            "jane.doe@customer.example: Domain does not exist", OUR_ID)


def test_original_recipient_is_preferred_to_final_recipient() -> None:
    message = postfix("failed", "5.1.1", "550 5.1.1 User unknown").replace(
        b"Final-Recipient: rfc822; jane.doe@customer.example",
        b"Final-Recipient: rfc822; jdoe@mailstore7.customer.example").replace(
        b"Original-Recipient: rfc822;jane.doe@customer.example",
        b"Original-Recipient: rfc822;Jane.Doe@Customer.example")
    assert detect(message).recipients == ("jane.doe@customer.example",)


# ---------------------------------------------------------------------------------------------
# Non-standard bounces
# ---------------------------------------------------------------------------------------------

QMAIL = """\
Return-Path: <>
Received: (qmail 12345 invoked for bounce); 4 Mar 2024 08:12:04 -0000
Date: 4 Mar 2024 08:12:04 -0000
From: MAILER-DAEMON@mail.customer.example
To: ar@acme-billing.example
Subject: failure notice

Hi. This is the qmail-send program at mail.customer.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<jane.doe@customer.example>:
{reason}

--- Below this line is a copy of the message.

""" + ORIGINAL_MESSAGE


@pytest.mark.parametrize(
    ("reason", "kind", "status"),
    [
        ("Sorry, no mailbox here by that name. (#5.1.1)", "hard", "5.1.1"),
        ("198.51.100.25 does not like recipient.\nRemote host said: 550 5.1.1 "
         "<jane.doe@customer.example>: Recipient address rejected: User unknown", "hard", "5.1.1"),
        ("user is over quota", "soft", None),
        ("The users mailfolder is over the allowed quota (size). (#5.2.2)", "soft", "5.2.2"),
        ("Sorry, I couldn't find any host named customer.example. (#5.1.2)", "hard", "5.1.2"),
        ("Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\nI'm not going to try "
         "again; this message has been in the queue too long.", "soft", "4.4.1"),
        ("198.51.100.25 failed after I sent the message.\nRemote host said: 554 5.7.1 This "
         "message has been blocked because it contains spam", "soft", "5.7.1"),
    ],
)
def test_qmail(reason: str, kind: str, status: str | None) -> None:
    result = detect(raw(QMAIL.format(reason=reason)))
    assert result.kind == kind
    assert result.recipients == ("jane.doe@customer.example",)
    assert result.status == status
    assert result.original_message_id == OUR_ID


EXIM = """\
Return-path: <>
Envelope-to: ar@acme-billing.example
Received: from mail by mx.hosting.example with local (Exim 4.96)
\tid 1rh3Yb-0004Zk-2Q
\tfor ar@acme-billing.example; Mon, 04 Mar 2024 09:12:05 +0100
X-Failed-Recipients: jane.doe@customer.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx.hosting.example>
To: ar@acme-billing.example
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1rh3Yb-0004Zk-2Q@mx.hosting.example>
Date: Mon, 04 Mar 2024 09:12:05 +0100

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  jane.doe@customer.example
    {reason}

------ This is a copy of the message, including all the headers. ------

""" + ORIGINAL_MESSAGE


@pytest.mark.parametrize(
    ("reason", "kind", "status"),
    [
        ("host mx.customer.example [198.51.100.25]\n    SMTP error from remote mail server "
         "after RCPT TO:<jane.doe@customer.example>:\n    550 5.1.1 <jane.doe@customer.example>: "
         "Recipient address rejected: User unknown in local recipient table", "hard", "5.1.1"),
        ("Unrouteable address", "hard", None),
        ("all relevant MX records point to non-existent hosts", "hard", None),
        ("host mx.customer.example [198.51.100.25]\n    SMTP error from remote mail server "
         "after RCPT TO:<jane.doe@customer.example>:\n    552 5.2.2 Mailbox quota exceeded",
         "soft", "5.2.2"),
        ("retry timeout exceeded", "soft", None),
        ("host mx.customer.example [198.51.100.25]\n    SMTP error from remote mail server "
         "after end of data:\n    550 5.7.1 Message rejected due to content restrictions",
         "soft", "5.7.1"),
    ],
)
def test_exim(reason: str, kind: str, status: str | None) -> None:
    result = detect(raw(EXIM.format(reason=reason)))
    assert result.kind == kind
    assert result.recipients == ("jane.doe@customer.example",)
    assert result.status == status
    assert result.original_message_id == OUR_ID


def test_exim_delay_warning_is_soft() -> None:
    message = """\
Return-path: <>
X-Failed-Recipients: jane.doe@customer.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx.hosting.example>
To: ar@acme-billing.example
Subject: Warning: message 1rh3Yb-0004Zk-2Q delayed 24 hours

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mx.hosting.example.

The message identifier is:     1rh3Yb-0004Zk-2Q
The subject of the message is: Invoice INV-2024-0042 is overdue

The address to which the message has not yet been delivered is:

  jane.doe@customer.example
    host mx.customer.example [198.51.100.25]
    Delay reason: SMTP error from remote mail server after RCPT TO:<jane.doe@customer.example>:
    451 4.7.1 Greylisting in action, please come back later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""
    result = detect(raw(message))
    assert result.kind == "soft"
    assert result.recipients == ("jane.doe@customer.example",)
    assert result.status == "4.7.1"


def test_postfix_without_dsn_part() -> None:
    message = """\
Return-Path: <>
From: MAILER-DAEMON@mail.hosting.example (Mail Delivery System)
To: ar@acme-billing.example
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/mixed; boundary="1EDF14081.983899798/mail.hosting.example"

This is a MIME-encapsulated message.

--1EDF14081.983899798/mail.hosting.example
Content-Description: Notification
Content-Type: text/plain

This is the Postfix program at host mail.hosting.example.

I'm sorry to have to inform you that the message returned
below could not be delivered to one or more destinations.

                        The Postfix program

<jane.doe@customer.example>: host mx.customer.example[198.51.100.25] said: 550
    5.1.1 <jane.doe@customer.example>... User unknown (in reply to RCPT TO command)

--1EDF14081.983899798/mail.hosting.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

""" + ORIGINAL_MESSAGE + """
--1EDF14081.983899798/mail.hosting.example--
"""
    result = detect(raw(message))
    assert result.kind == "hard"
    assert result.recipients == ("jane.doe@customer.example",)
    assert result.status == "5.1.1"
    assert result.original_message_id == OUR_ID


EXCHANGE_2003 = """\
From: System Administrator <postmaster@customer.example>
To: ar@acme-billing.example
Subject: Undeliverable: Invoice INV-2024-0042 is overdue
Date: Mon, 4 Mar 2024 09:12:04 +0100
MIME-Version: 1.0
X-MS-Embedded-Report:
Content-Type: multipart/mixed; boundary="----_=_NextPart_000_01C5AC12.1E9C7B10"

This message is in MIME format. Since your mail reader does not understand
this format, some or all of this message may not be legible.

------_=_NextPart_000_01C5AC12.1E9C7B10
Content-Type: text/plain; charset="iso-8859-1"

Your message

  To:      Jane Doe
  Subject: Invoice INV-2024-0042 is overdue
  Sent:    Mon, 4 Mar 2024 09:12:01 +0100

did not reach the following recipient(s):

jane.doe@customer.example on Mon, 4 Mar 2024 09:12:04 +0100
    {reason}

------_=_NextPart_000_01C5AC12.1E9C7B10
Content-Type: message/rfc822

""" + ORIGINAL_MESSAGE + """
------_=_NextPart_000_01C5AC12.1E9C7B10--
"""


def test_exchange_2003_unknown_recipient() -> None:
    reason = ("The e-mail account does not exist at the organization this message was sent to."
              "  Check the e-mail address, or contact the recipient directly to find out the "
              "correct address.\n    <mx.customer.example #5.1.1>")
    result = detect(raw(EXCHANGE_2003.format(reason=reason)))
    assert result.kind == "hard"
    assert result.recipients == ("jane.doe@customer.example",)
    assert result.status == "5.1.1"
    assert result.original_message_id == OUR_ID


def test_exchange_2003_mailbox_full() -> None:
    reason = ("The recipient's mailbox is full and can't accept messages now.\n"
              "    <mx.customer.example #5.2.2>")
    result = detect(raw(EXCHANGE_2003.format(reason=reason)))
    assert result.kind == "soft"
    assert result.recipients == ("jane.doe@customer.example",)
    assert result.status == "5.2.2"


def test_yahoo_text_bounces() -> None:
    template = """\
Return-Path: <>
From: MAILER-DAEMON@yahoo.com
To: ar@acme-billing.example
Subject: Failure Notice

Sorry, we were unable to deliver your message to the following address.

<jane.doe@yahoo.example>:
{reason}

--- Below this line is a copy of the message.

""" + ORIGINAL_MESSAGE
    hard = detect(raw(template.format(
        reason="554: delivery error: dd This user doesn't have a yahoo.com account "
               "(jane.doe@yahoo.example) [0] - mta1234.mail.ir2.yahoo.com")))
    assert (hard.kind, hard.recipients, hard.status) == ("hard", ("jane.doe@yahoo.example",),
                                                         None)
    assert hard.original_message_id == OUR_ID
    disabled = detect(raw(template.format(
        reason="554: delivery error: dd Sorry your message to jane.doe@yahoo.example cannot "
               "be delivered. This mailbox is disabled (554.30). - mta4.mail.ir2.yahoo.com")))
    assert disabled.kind == "hard"
    full = detect(raw(template.format(
        reason="552 1 Requested mail action aborted, mailbox not found? no: mailbox is full")))
    assert full.kind == "soft"


def test_lotus_notes_domino() -> None:
    message = """\
Return-Path: <>
From: Postmaster@customer.example
To: ar@acme-billing.example
Subject: DELIVERY FAILURE: User Jane Doe (jane.doe@customer.example) not listed in Domino
 Directory
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="0__=4EBBF7C8DFC3E2BE8f9e8a93df938690918c4EBB"

--0__=4EBBF7C8DFC3E2BE8f9e8a93df938690918c4EBB
Content-type: text/plain; charset=US-ASCII

Your message

  Subject: Invoice INV-2024-0042 is overdue

was not delivered to:

  jane.doe@customer.example

because:

  User Jane Doe (jane.doe@customer.example) not listed in Domino Directory

--0__=4EBBF7C8DFC3E2BE8f9e8a93df938690918c4EBB
Content-type: message/rfc822

""" + ORIGINAL_MESSAGE + """
--0__=4EBBF7C8DFC3E2BE8f9e8a93df938690918c4EBB--
"""
    result = detect(raw(message))
    assert result.kind == "hard"
    assert result.recipients == ("jane.doe@customer.example",)
    assert result.original_message_id == OUR_ID


def test_novell_groupwise() -> None:
    message = """\
From: Mail Delivery System <postmaster@customer.example>
To: ar@acme-billing.example
Subject: Message status - undeliverable
X-Mailer: Novell GroupWise Internet Agent 8.0.3
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=__Part4A3B2C1D.0__="

--=__Part4A3B2C1D.0__=
Content-Type: text/plain; charset=US-ASCII

The message that you sent was undeliverable to the following:
jane.doe@customer.example (user not found)

Possible alternatives:
        Jane Dobbs

--=__Part4A3B2C1D.0__=
Content-Type: message/rfc822

""" + ORIGINAL_MESSAGE + """
--=__Part4A3B2C1D.0__=--
"""
    result = detect(raw(message))
    assert result.kind == "hard"
    assert result.recipients == ("jane.doe@customer.example",)


def test_sendmail_host_unknown_without_dsn() -> None:
    message = """\
Return-Path: <MAILER-DAEMON@relay.hosting.example>
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.hosting.example>
To: ar@acme-billing.example
Subject: Returned mail: Host unknown (Name server: customr.example: host not found)
Auto-Submitted: auto-generated (failure)

The original message was received at Mon, 4 Mar 2024 09:12:03 +0100
from mail.acme-billing.example [203.0.113.10]

   ----- The following addresses had permanent fatal errors -----
jane.doe@customr.example

   ----- Transcript of session follows -----
550 5.1.2 jane.doe@customr.example... Host unknown (Name server: customr.example: host not found)

   ----- Original message follows -----
""" + ORIGINAL_MESSAGE
    result = detect(raw(message))
    assert result.kind == "hard"
    assert result.recipients == ("jane.doe@customr.example",)
    assert result.status == "5.1.2"
    assert result.original_message_id == OUR_ID


# Mailbox full / user unknown in the languages our customers' servers answer in.
LOCALISED_TEMPLATE = """\
Return-Path: <>
From: {sender} <MAILER-DAEMON@mail.customer.example>
To: ar@acme-billing.example
Subject: {subject}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{intro}

<jane.doe@customer.example>:
{reason}

--- Below this line is a copy of the message.

""" + ORIGINAL_MESSAGE


@pytest.mark.parametrize(
    ("sender", "subject", "intro", "reason", "kind"),
    [
        ("Système de messagerie", "Message non remis",
         "Votre message n'a pas pu être remis au destinataire suivant :",
         "Utilisateur inconnu : cette adresse n'existe pas.", "hard"),
        ("Système de messagerie", "Message non remis",
         "Votre message n'a pas pu être remis au destinataire suivant :",
         "La boîte aux lettres du destinataire est pleine.", "soft"),
        ("Mail Delivery System", "Unzustellbar: Rechnung INV-2024-0042",
         "Ihre Nachricht konnte nicht zugestellt werden an:",
         "Benutzer unbekannt - unbekannter Empfänger.", "hard"),
        ("Mail Delivery System", "Unzustellbar: Rechnung INV-2024-0042",
         "Ihre Nachricht konnte nicht zugestellt werden an:",
         "Das Postfach ist voll.", "soft"),
        ("Sistema de correo", "No se pudo entregar: Factura INV-2024-0042",
         "Su mensaje no pudo ser entregado al siguiente destinatario:",
         "Usuario desconocido.", "hard"),
        ("Sistema de correo", "No se pudo entregar: Factura INV-2024-0042",
         "Su mensaje no pudo ser entregado al siguiente destinatario:",
         "El buzón está lleno.", "soft"),
        ("Sistema di posta", "Mancata consegna: Fattura INV-2024-0042",
         "Non è stato possibile recapitare il messaggio al destinatario:",
         "Utente sconosciuto.", "hard"),
        ("Sistema di posta", "Mancata consegna: Fattura INV-2024-0042",
         "Non è stato possibile recapitare il messaggio al destinatario:",
         "La casella di posta è piena.", "soft"),
        ("Mailsysteem", "Onbestelbaar: Factuur INV-2024-0042",
         "Uw bericht kon niet worden bezorgd bij:", "Onbekende gebruiker.", "hard"),
        ("Mailsysteem", "Onbestelbaar: Factuur INV-2024-0042",
         "Uw bericht kon niet worden bezorgd bij:", "De mailbox is vol.", "soft"),
        ("Sistema de correio", "Não entregue: Fatura INV-2024-0042",
         "Não foi possível entregar a sua mensagem a:", "Utilizador desconhecido.", "hard"),
        ("Sistema de correio", "Não entregue: Fatura INV-2024-0042",
         "Não foi possível entregar a sua mensagem a:", "A caixa postal está cheia.", "soft"),
    ],
)
def test_localised_reports(sender: str, subject: str, intro: str, reason: str,
                           kind: str) -> None:
    message = LOCALISED_TEMPLATE.format(sender=sender, subject=subject, intro=intro,
                                        reason=reason)
    result = detect(raw(message))
    assert result.kind == kind
    assert result.recipients == ("jane.doe@customer.example",)
    assert result.original_message_id == OUR_ID


def test_dovecot_quota_rejection_mdn_is_soft() -> None:
    message = f"""\
Return-Path: <>
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.customer.example>
To: <ar@acme-billing.example>
Subject: Automatically rejected mail
Auto-Submitted: auto-replied (rejected)
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="15778/mail.customer.example"

--15778/mail.customer.example
Content-Type: text/plain; charset=utf-8

Your message to <jane.doe@customer.example> was automatically rejected:
Quota exceeded (mailbox for user is full)
--15778/mail.customer.example
Content-Type: message/disposition-notification

Reporting-UA: mail.customer.example; Dovecot Mail Delivery Agent
Final-Recipient: rfc822; jane.doe@customer.example
Original-Message-ID: {OUR_ID}
Disposition: automatic-action/MDN-sent-automatically; deleted

--15778/mail.customer.example--
"""
    result = detect(raw(message))
    assert result.kind == "soft"
    assert result.recipients == ("jane.doe@customer.example",)
    assert result.original_message_id == OUR_ID


# ---------------------------------------------------------------------------------------------
# Complaints
# ---------------------------------------------------------------------------------------------

ARF = f"""\
Return-Path: <fbl@feedback.mailprovider.example>
From: Mail Provider Feedback Loop <fbl@feedback.mailprovider.example>
To: abuse@acme-billing.example
Subject: FW: Invoice INV-2024-0042 is overdue
Date: Mon, 4 Mar 2024 10:00:00 +0000
Message-ID: <fbl-20240304-1@feedback.mailprovider.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report;
\tboundary="part1_13d.2e68ed54_boundary"

--part1_13d.2e68ed54_boundary
Content-Type: text/plain; charset="US-ASCII"
Content-Transfer-Encoding: 7bit

This is an email abuse report for an email message received from IP 203.0.113.10 on
Mon, 4 Mar 2024 08:12:03 +0000.
For more information about this format please see http://www.mipassoc.org/arf/.

--part1_13d.2e68ed54_boundary
Content-Type: message/feedback-report

Feedback-Type: {{feedback_type}}
User-Agent: MailProviderFBL/1.0
Version: 1
Original-Mail-From: <ar@acme-billing.example>
Original-Rcpt-To: <Jane.Doe@mailprovider.example>
Arrival-Date: Mon, 4 Mar 2024 08:12:03 +0000
Reporting-MTA: dns; mail.mailprovider.example
Source-IP: 203.0.113.10
Reported-Domain: acme-billing.example

--part1_13d.2e68ed54_boundary
Content-Type: message/rfc822
Content-Disposition: inline

{ORIGINAL_MESSAGE.replace("jane.doe@customer.example", "Jane.Doe@mailprovider.example")}
--part1_13d.2e68ed54_boundary--
"""


def test_arf_abuse_complaint() -> None:
    result = detect(raw(ARF.replace("{feedback_type}", "abuse")))
    assert result.kind == "complaint"
    assert result.recipients == ("jane.doe@mailprovider.example",)
    assert result.status is None
    assert result.original_message_id == OUR_ID


def test_arf_report_that_is_not_a_complaint() -> None:
    assert detect(raw(ARF.replace("{feedback_type}", "not-spam"))).kind == "none"
    assert detect(raw(ARF.replace("{feedback_type}", "auth-failure"))).kind == "none"


def test_arf_without_original_rcpt_to_uses_the_returned_to() -> None:
    message = ARF.replace("{feedback_type}", "abuse").replace(
        "Original-Rcpt-To: <Jane.Doe@mailprovider.example>\n", "")
    result = detect(raw(message))
    assert result.kind == "complaint"
    assert result.recipients == ("jane.doe@mailprovider.example",)


def test_microsoft_jmrp_complaint() -> None:
    message = f"""\
Return-Path: <staff@hotmail.example>
From: staff@hotmail.example
To: abuse@acme-billing.example
Subject: complaint about message from 203.0.113.10
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="F0000EEE2-0000-2111-AAB0-000000000000"

--F0000EEE2-0000-2111-AAB0-000000000000
Content-Type: message/rfc822
Content-Disposition: inline

X-HmXmrOriginalRecipient: jane.doe@hotmail.example
X-Reporter-IP: 192.0.2.22
{ORIGINAL_MESSAGE}
--F0000EEE2-0000-2111-AAB0-000000000000--
"""
    result = detect(raw(message))
    assert result.kind == "complaint"
    assert result.recipients == ("jane.doe@hotmail.example",)
    assert result.original_message_id == OUR_ID


def test_bounce_check_reports_complaints_as_none(tmp_path) -> None:  # type: ignore[no-untyped-def]
    files = {
        "complaint.eml": raw(ARF.replace("{feedback_type}", "abuse")),
        "hard.eml": raw(SENDMAIL_DSN),
        "soft.eml": postfix("failed", "5.2.2", "552 5.2.2 Mailbox full"),
        "garbage.eml": b"\x00\xff\xfe not an email at all",
    }
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    paths = [tmp_path / name for name in files] + [tmp_path / "missing.eml"]
    results = list(bounce_check(paths))
    json.dumps(results)  # the CLI prints them as JSON lines
    assert [(r["bounce"], r["recipients"]) for r in results] == [
        ("none", []),
        ("hard", ["accounts@customer.example", "billing@gone.example"]),
        ("soft", ["jane.doe@customer.example"]),
        ("none", []),
        ("none", []),
    ]
    assert results[0]["file"] == str(tmp_path / "complaint.eml")


# ---------------------------------------------------------------------------------------------
# Not bounces
# ---------------------------------------------------------------------------------------------

def test_out_of_office_is_not_a_bounce() -> None:
    message = f"""\
Return-Path: <>
From: Jane Doe <jane.doe@customer.example>
To: Acme Accounts Receivable <ar@acme-billing.example>
Subject: Automatic reply: Invoice INV-2024-0042 is overdue
Date: Mon, 4 Mar 2024 08:12:09 +0000
Message-ID: <ooo-123@customer.example>
In-Reply-To: {OUR_ID}
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="us-ascii"

I am out of the office until 18 March with no access to email. Your message will not be
delivered to anyone else; for urgent matters please contact accounts@customer.example.
"""
    assert detect(raw(message)) == Bounce("none", (), None, None, None)


def test_vacation_autoreply_without_threading_headers() -> None:
    message = """\
Return-Path: <jane.doe@customer.example>
From: "Jane Doe" <jane.doe@customer.example>
To: ar@acme-billing.example
Subject: Auto reply
Precedence: auto_reply
Content-Type: text/plain; charset=utf-8

Thank you for your message. I am away until Monday; mail is not delivered to a deputy.
"""
    assert detect(raw(message)).kind == "none"


def test_read_receipt_mdn_is_not_a_bounce() -> None:
    message = f"""\
From: Jane Doe <jane.doe@customer.example>
To: ar@acme-billing.example
Subject: Read: Invoice INV-2024-0042 is overdue
Date: Mon, 4 Mar 2024 10:03:00 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_NextPart_000_0001_01DA6E0A.12345670"

------=_NextPart_000_0001_01DA6E0A.12345670
Content-Type: text/plain; charset="utf-8"

Your message

  To: Jane Doe
  Subject: Invoice INV-2024-0042 is overdue
  Sent: Monday, 4 March 2024 09:12

was read on Monday, 4 March 2024 10:03.

------=_NextPart_000_0001_01DA6E0A.12345670
Content-Type: message/disposition-notification

Reporting-UA: customer.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;jane.doe@customer.example
Original-Message-ID: {OUR_ID}
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0001_01DA6E0A.12345670--
"""
    assert detect(raw(message)).kind == "none"


def test_human_reply_quoting_an_error_is_not_a_bounce() -> None:
    message = f"""\
From: Jane Doe <jane.doe@customer.example>
To: Acme Accounts Receivable <ar@acme-billing.example>
Subject: Re: Invoice INV-2024-0042 is overdue
Date: Mon, 4 Mar 2024 11:00:00 +0100
Message-ID: <CAJ7x2=human-reply@mail.customer.example>
In-Reply-To: {OUR_ID}
References: {OUR_ID}
Content-Type: text/plain; charset=utf-8

Hello,

we paid last week. I tried to send you the remittance advice but got this back:

> Delivery to the following recipient failed permanently:
>
>      remittance@acme-billing.example
>
> Technical details of permanent failure:
> 550 5.1.1 <remittance@acme-billing.example>: Recipient address rejected: User unknown
>
> This message was created automatically by mail delivery software.

Which address should I use instead?

Jane
"""
    assert detect(raw(message)).kind == "none"


def test_person_forwarding_a_bounce_is_not_a_bounce() -> None:
    message = f"""\
From: Jane Doe <jane.doe@customer.example>
To: Acme Accounts Receivable <ar@acme-billing.example>
Subject: Fwd: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="fwd-boundary"

--fwd-boundary
Content-Type: text/plain; charset=utf-8

Your remittance address bounces, see below.

--fwd-boundary
Content-Type: message/rfc822

{POSTFIX_DSN.format(action="failed", status="5.1.1", diag_code="550 5.1.1 User unknown",
                    diag_text="550 5.1.1 User unknown", headers=ORIGINAL_HEADERS)}
--fwd-boundary--
"""
    assert detect(raw(message)).kind == "none"


def test_newsletter_is_not_a_bounce() -> None:
    message = """\
Return-Path: <bounces+12345@news.parcelservice.example>
From: ParcelService <news@parcelservice.example>
To: ar@acme-billing.example
Subject: Delivery notification: your parcel could not be delivered
List-Unsubscribe: <https://news.parcelservice.example/unsubscribe?u=12345>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><body><h1>We missed you!</h1>
<p>Your parcel could not be delivered today. The recipient was not at home.</p>
<p>Undeliverable parcels are returned to sender after 7 days.</p></body></html>
"""
    assert detect(raw(message)).kind == "none"


def test_plain_customer_mail_mentioning_undeliverable_is_not_a_bounce() -> None:
    message = """\
From: Jane Doe <jane.doe@customer.example>
To: ar@acme-billing.example
Subject: Undeliverable invoice address
Content-Type: text/plain; charset=utf-8

Hi, the postal address on invoice INV-2024-0042 is undeliverable: our office moved.
The letter could not be delivered. Please use 12 New Street instead.
"""
    assert detect(raw(message)).kind == "none"


# ---------------------------------------------------------------------------------------------
# Robustness
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b"\r\n", b"garbage", b"From: x\n\n" + b"\xff" * 1000,
                                  b"Content-Type: multipart/report\n\n--x\n",
                                  b"Content-Type: multipart/mixed; boundary=a\n\n" * 50])
def test_odd_input_is_not_a_bounce(data: bytes) -> None:
    assert detect(data).kind == "none"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4000))
def test_detect_never_raises_on_arbitrary_bytes(data: bytes) -> None:
    result = detect(data)
    assert result.kind in ("hard", "soft", "complaint", "none")
    assert all(r == r.lower() for r in result.recipients)


_SAMPLES = [raw(SENDMAIL_DSN), raw(GMAIL_ADDRESS_NOT_FOUND), raw(QMAIL.format(reason="x")),
            raw(ARF.replace("{feedback_type}", "abuse")), raw(EXCHANGE_2003.format(reason="y"))]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_SAMPLES), st.integers(min_value=0, max_value=6000),
       st.binary(max_size=64))
def test_detect_never_raises_on_damaged_bounces(sample: bytes, cut: int, noise: bytes) -> None:
    damaged = sample[:cut] + noise + sample[cut + len(noise):]
    assert detect(damaged).kind in ("hard", "soft", "complaint", "none")


# ---------------------------------------------------------------------------------------------
# The real samples of flufl.bounce's sdist
# ---------------------------------------------------------------------------------------------

def test_flufl_bounce_corpus(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.inbox import bounce_corpus  # noqa: PLC0415 - only this test needs it

    try:
        report = bounce_corpus.run(tmp_path)
    except bounce_corpus.CorpusUnavailable as exc:
        pytest.skip(str(exc))
    summary = report.summary()
    print(summary)
    # Every sample flufl's own tests give recipients for is a bounce with those recipients.
    assert not report.wrong_recipients, summary
    # Never a hard verdict on a soft or non-bounce sample (a wrong invalidation).
    assert not report.false_hard, summary
    assert report.hard_precision >= 0.98, summary
    assert report.hard_recall >= 0.95, summary
    # Our reading of every sample: hard, soft or none.
    assert not report.wrong_kind, summary
    assert not report.unlabelled, f"read and label these samples in bounce_labels.py: {summary}"
    assert report.samples >= 100, summary
