"""Which account (and contact) an inbound message belongs to.

In order of trust: our own Message-IDs in In-Reply-To/References; the account token in the
plus-address the reply was sent to; the sender's address among the contacts; the sender's
domain when exactly one account uses it; invoice numbers quoted in the subject or text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inbox.mime import ParsedMessage
from store.models import Account, Communication, Contact, Document

# addresses at these domains say nothing about which company wrote
PUBLIC_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.fr", "live.com",
    "msn.com", "yahoo.com", "yahoo.fr", "yahoo.de", "yahoo.es", "yahoo.it", "icloud.com",
    "me.com", "aol.com", "gmx.de", "gmx.net", "web.de", "t-online.de", "orange.fr", "free.fr",
    "laposte.net", "wanadoo.fr", "sfr.fr", "libero.it", "virgilio.it", "tiscali.it",
    "ziggo.nl", "kpnmail.nl", "telefonica.net", "sapo.pt", "proton.me", "protonmail.com",
})
TOKEN_RE = re.compile(r"\+([0-9a-f]{8,32})@", re.IGNORECASE)
REFERENCE_RE = re.compile(r"[A-Z0-9][A-Z0-9/_.-]{2,}[0-9]", re.IGNORECASE)


@dataclass(frozen=True)
class Match:
    account_id: int | None
    contact_id: int | None
    method: str  # thread | token | sender | domain | invoice | none
    replied_to_id: int | None = None  # our communication the message answers


def _contact_for(session: Session, account_id: int, address: str | None) -> int | None:
    if not address:
        return None
    return session.scalar(select(Contact.id).where(
        Contact.account_id == account_id, func.lower(Contact.email) == address.lower()))


def match_message(session: Session, organization_id: int, msg: ParsedMessage,
                  text: str) -> Match:
    sender = msg.from_address
    ids = [i for i in (*msg.in_reply_to, *reversed(msg.references)) if i]
    if ids:
        ours = session.scalar(select(Communication).where(
            Communication.organization_id == organization_id,
            Communication.direction == "out", Communication.message_id.in_(ids))
            .order_by(Communication.id.desc()).limit(1))
        if ours is not None and ours.account_id is not None:
            return Match(ours.account_id, _contact_for(session, ours.account_id, sender)
                         or ours.contact_id, "thread", ours.id)
    for address in (*msg.to, *msg.delivered_to):
        token = TOKEN_RE.search(address)
        if token:
            account_id = session.scalar(select(Account.id).where(
                Account.organization_id == organization_id,
                Account.token == token.group(1).lower()))
            if account_id is not None:
                return Match(account_id, _contact_for(session, account_id, sender), "token")
    if sender:
        rows = session.execute(
            select(Contact.id, Contact.account_id).join(Account)
            .where(Account.organization_id == organization_id,
                   func.lower(Contact.email) == sender.lower())).all()
        if len({r.account_id for r in rows}) == 1:
            return Match(rows[0].account_id, rows[0].id, "sender")
        domain = sender.rsplit("@", 1)[-1].lower()
        if domain not in PUBLIC_DOMAINS and not rows:
            accounts = set(session.scalars(
                select(Contact.account_id).join(Account)
                .where(Account.organization_id == organization_id,
                       func.lower(Contact.email).like(f"%@{domain}"))))
            if len(accounts) == 1:
                return Match(accounts.pop(), None, "domain")
    candidates = {m.group(0).strip(".-/_") for m in REFERENCE_RE.finditer(
        f"{msg.subject}\n{text}")}
    if candidates:
        accounts = set(session.scalars(select(Document.account_id).where(
            Document.organization_id == organization_id, Document.number.in_(candidates))))
        if len(accounts) == 1:
            account_id = accounts.pop()
            return Match(account_id, _contact_for(session, account_id, sender), "invoice")
    return Match(None, None, "none")
