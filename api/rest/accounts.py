"""/api/v1/accounts: customer accounts with their positions, contacts and referents."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Response
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from agent.scheduler import org_policies
from agent.status import pause_reasons
from agent.tools.account import (
    ToolError,
    add_contact,
    pause_account,
    resume_account,
    set_contact_email,
)
from api.deps import Caller, api_caller, get_session, get_today, owned
from api.rest.common import (
    NOT_FOUND,
    conflict,
    invalid,
    is_paused,
    member_ref,
    page,
    paging,
)
from api.rest.schemas import (
    AccountDetail,
    AccountIn,
    AccountPatch,
    AccountSummary,
    ContactIn,
    ContactOut,
    ContactPatch,
    Page,
    PauseIn,
    ReferentsIn,
)
from store.ledger import ZERO, CurrencyPosition
from store.models import (
    Account,
    Communication,
    Contact,
    Document,
    Event,
    Member,
    Organization,
    Payment,
    Promise,
    Task,
    account_referents,
)
from store.orgs import set_referents as store_referents
from store.queries import PortfolioRow, portfolio, positions, record_event

router = APIRouter(prefix="/api/v1", tags=["accounts"], responses=NOT_FOUND)


# ------------------------------------------------------------------------ output


def _summary(row: PortfolioRow, today: date) -> dict[str, Any]:
    a = row.account
    return {
        "id": a.id, "external_id": a.external_id, "name": a.name, "country": a.country,
        "currency": a.currency, "segment": a.segment, "balances": row.balances,
        "overdue_count": row.overdue_count, "oldest_overdue_days": row.oldest_overdue_days,
        "paused": is_paused(a, today), "paused_until": a.paused_until,
        "paused_indefinitely": a.paused_indefinitely, "pause_reason": a.pause_reason,
    }


def _contact(c: Contact) -> dict[str, Any]:
    return {k: getattr(c, k) for k in ContactOut.model_fields}


def _position(p: CurrencyPosition) -> dict[str, Any]:
    return {
        "currency": p.currency, "balance": p.balance,
        "open_total": sum((i.open_amount for i in p.open_invoices), ZERO),
        "credit_total": p.credit_total, "credit_applied": p.credit_applied,
        "credit_unapplied": p.credit_unapplied, "overdue_count": len(p.overdue_invoices),
        "oldest_overdue_days": p.oldest_overdue_days,
        "open_invoices": [{
            "id": i.doc.id, "number": i.doc.number, "issue_date": i.doc.issue_date,
            "due_date": i.doc.due_date, "amount": i.doc.amount, "paid": i.doc.paid,
            "credit_applied": i.credit_applied, "open_amount": i.open_amount,
            "status": i.status, "payment_status": i.payment_status,
            "days_overdue": i.days_overdue} for i in p.open_invoices],
    }


def _detail(session: Session, account: Account, today: date) -> dict[str, Any]:
    session.flush()
    pos = positions(session, account.id, today)
    org = session.get(Organization, account.organization_id)
    row = PortfolioRow(account, pos)
    contacts = session.scalars(select(Contact).where(Contact.account_id == account.id)
                               .order_by(Contact.is_primary.desc(), Contact.id))
    referents = session.scalars(
        select(Member).join(account_referents, account_referents.c.member_id == Member.id)
        .where(account_referents.c.account_id == account.id)
        .order_by(account_referents.c.position, Member.id))
    return {
        **_summary(row, today),
        "postal_address": account.postal_address, "timezone": account.timezone,
        "created_at": account.created_at,
        "contacts": [_contact(c) for c in contacts],
        "referents": [member_ref(m) for m in referents],
        "positions": [_position(p) for p in pos.values()],
        "followup_holds": pause_reasons(session, account.id, today,
                                        org_policies(org.settings if org else None)),
    }


# ------------------------------------------------------------------------ accounts


@router.get("/accounts", response_model=Page[AccountSummary], summary="List accounts")
def list_accounts(
    q: str | None = Query(None, max_length=200, description="part of the name or external id"),
    country: str | None = Query(None, min_length=2, max_length=2,
                                description="ISO 3166-1 alpha-2"),
    paused: bool | None = Query(None, description="only paused (true) or unpaused (false)"),
    overdue: bool | None = Query(None, description="only accounts with (true) or without "
                                                   "(false) an overdue invoice"),
    pages: tuple[int, int] = Depends(paging),
    caller: Caller = Depends(api_caller), session: Session = Depends(get_session),
    today: date = Depends(get_today),
) -> dict[str, Any]:
    """Accounts by name with their balance per currency (credit netted), the number of
    overdue invoices, the age in days of the oldest one, and whether a member paused them."""
    rows = portfolio(session, caller.organization_id, today)
    if q:
        needle = q.strip().casefold()
        rows = [r for r in rows if needle in r.account.name.casefold()
                or needle in r.account.external_id.casefold()]
    if country:
        rows = [r for r in rows if r.account.country == country.upper()]
    if paused is not None:
        rows = [r for r in rows if is_paused(r.account, today) == paused]
    if overdue is not None:
        rows = [r for r in rows if (r.overdue_count > 0) == overdue]
    return page([_summary(r, today) for r in rows], *pages)


@router.get("/accounts/{account_id}", response_model=AccountDetail, summary="Get an account")
def get_account(account_id: int, caller: Caller = Depends(api_caller),
                session: Session = Depends(get_session),
                today: date = Depends(get_today)) -> dict[str, Any]:
    """The account with its contacts (primary first), referents (primary first), its
    position per currency (open invoices, credit, balance) and what holds follow-ups."""
    return _detail(session, owned(session, Account, account_id, caller), today)


@router.post("/accounts", response_model=AccountDetail, status_code=201,
             summary="Create an account", responses={409: {"description": "external id taken"}})
def create_account(body: AccountIn, caller: Caller = Depends(api_caller),
                   session: Session = Depends(get_session),
                   today: date = Depends(get_today)) -> dict[str, Any]:
    """Fields are checked as an import checks them (ISO 3166 country, ISO 4217 currency,
    IANA time zone). The external id is the key imports match on: it must be new."""
    taken = session.scalar(select(Account.id).where(
        Account.organization_id == caller.organization_id,
        Account.external_id == body.external_id))
    if taken is not None:
        raise conflict(f"an account with external id '{body.external_id}' exists already")
    account = Account(organization_id=caller.organization_id, **body.model_dump())
    session.add(account)
    session.flush()
    record_event(session, caller.organization_id, "account_created",
                 f"account {account.external_id} {account.name} created",
                 account_id=account.id, on_date=today, actor=caller.actor)
    out = _detail(session, account, today)
    session.commit()
    return out


@router.patch("/accounts/{account_id}", response_model=AccountDetail,
              summary="Update an account")
def update_account(account_id: int, body: AccountPatch, caller: Caller = Depends(api_caller),
                   session: Session = Depends(get_session),
                   today: date = Depends(get_today)) -> dict[str, Any]:
    """Only the fields sent change; `null` clears an optional one (postal address, segment,
    time zone). Name, country and currency cannot be cleared."""
    account = owned(session, Account, account_id, caller)
    changes = body.model_dump(exclude_unset=True)
    for field in ("name", "country", "currency"):
        if field in changes and changes[field] is None:
            raise invalid(field, "cannot be cleared")
    changed = {k: v for k, v in changes.items() if getattr(account, k) != v}
    for key, value in changed.items():
        setattr(account, key, value)
    if changed:
        record_event(session, caller.organization_id, "account_updated",
                     f"account {account.external_id} updated: {', '.join(sorted(changed))}",
                     account_id=account.id, on_date=today, actor=caller.actor,
                     data={"changed": sorted(changed)})
    out = _detail(session, account, today)
    session.commit()
    return out


@router.delete("/accounts/{account_id}", status_code=204, summary="Delete an account",
               responses={409: {"description": "the account has history"}})
def delete_account(account_id: int, caller: Caller = Depends(api_caller),
                   session: Session = Depends(get_session),
                   today: date = Depends(get_today)) -> Response:
    """Only an account without history can go: documents, payments, promises,
    communications and tasks are the audit trail of what was asked and done, and deleting
    them would break it. Contacts and referents go with the account; audit events stay."""
    account = owned(session, Account, account_id, caller)
    history = []
    for label, model in (("documents", Document), ("payments", Payment),
                         ("promises", Promise), ("communications", Communication),
                         ("tasks", Task)):
        count = session.scalar(select(func.count()).select_from(model)
                               .where(model.account_id == account.id)) or 0
        if count:
            history.append(f"{count} {label}")
    if history:
        raise conflict(f"account {account.external_id} has {', '.join(history)}: deleting "
                       "them would break the audit trail; the account cannot be deleted")
    # the audit log outlives the account: its events keep the account's id in their data
    for event in session.scalars(select(Event).where(Event.account_id == account.id)):
        event.data = {**(event.data or {}), "account_id": account.id}
    session.execute(update(Event).where(Event.account_id == account.id).values(account_id=None))
    session.execute(delete(Contact).where(Contact.account_id == account.id))
    session.execute(delete(account_referents).where(
        account_referents.c.account_id == account.id))
    record_event(session, caller.organization_id, "account_deleted",
                 f"account {account.external_id} {account.name} deleted", on_date=today,
                 actor=caller.actor, data={"account_id": account.id,
                                           "external_id": account.external_id,
                                           "name": account.name})
    session.delete(account)
    session.commit()
    return Response(status_code=204)


@router.post("/accounts/{account_id}/pause", response_model=AccountDetail,
             summary="Pause follow-ups of an account")
def pause(account_id: int, body: PauseIn, caller: Caller = Depends(api_caller),
          session: Session = Depends(get_session),
          today: date = Depends(get_today)) -> dict[str, Any]:
    """No automatic follow-up through `until` (inclusive), or until resumed when `until` is
    null. A date in the past is refused."""
    account = owned(session, Account, account_id, caller)
    try:
        pause_account(session, account, today, until=body.until, reason=body.reason,
                      actor=caller.actor)
    except ToolError as e:
        raise invalid("until", str(e)) from None
    out = _detail(session, account, today)
    session.commit()
    return out


@router.post("/accounts/{account_id}/resume", response_model=AccountDetail,
             summary="Resume follow-ups of an account")
def resume(account_id: int, caller: Caller = Depends(api_caller),
           session: Session = Depends(get_session),
           today: date = Depends(get_today)) -> dict[str, Any]:
    """Ends a member's pause; the plan goes on from where it was."""
    account = owned(session, Account, account_id, caller)
    resume_account(session, account, today, actor=caller.actor)
    out = _detail(session, account, today)
    session.commit()
    return out


@router.put("/accounts/{account_id}/referents", response_model=AccountDetail,
            summary="Set the referents of an account")
def set_referents(account_id: int, body: ReferentsIn, caller: Caller = Depends(api_caller),
                  session: Session = Depends(get_session),
                  today: date = Depends(get_today)) -> dict[str, Any]:
    """The members who get the account's tasks and notifications, in order: the first is the
    primary referent. An empty list removes them all (tasks then go to every member)."""
    account = owned(session, Account, account_id, caller)
    if len(set(body.member_ids)) != len(body.member_ids):
        raise invalid("member_ids", "a member is listed twice")
    members = {m.id: m for m in session.scalars(select(Member).where(
        Member.organization_id == caller.organization_id, Member.id.in_(body.member_ids)))}
    for i, member_id in enumerate(body.member_ids):
        if member_id not in members:
            raise invalid("member_ids", f"member_ids[{i}]: no member {member_id} in your "
                                        "organization")
        if not members[member_id].active:
            raise invalid("member_ids", f"member {member_id} is deactivated")
    store_referents(session, account, body.member_ids)
    record_event(session, caller.organization_id, "referents_set",
                 "referents: " + (", ".join(members[m].email for m in body.member_ids)
                                  or "none"),
                 account_id=account.id, on_date=today, actor=caller.actor,
                 data={"member_ids": body.member_ids})
    out = _detail(session, account, today)
    session.commit()
    return out


# ------------------------------------------------------------------------ contacts


def _owned_contact(session: Session, account: Account, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None or contact.account_id != account.id:
        raise HTTPException(404, f"no contact {contact_id} on account {account.id}")
    return contact


def _email_taken(session: Session, account: Account, email: str,
                 but: int | None = None) -> bool:
    query = select(Contact.id).where(Contact.account_id == account.id,
                                     func.lower(Contact.email) == email.lower())
    if but is not None:
        query = query.where(Contact.id != but)
    return session.scalar(query) is not None


def _make_only_primary(session: Session, account: Account, contact: Contact) -> None:
    for other in session.scalars(select(Contact).where(Contact.account_id == account.id)):
        other.is_primary = other.id == contact.id


@router.get("/accounts/{account_id}/contacts", response_model=list[ContactOut],
            summary="List the contacts of an account")
def list_contacts(account_id: int, caller: Caller = Depends(api_caller),
                  session: Session = Depends(get_session)) -> list[dict[str, Any]]:
    """Primary contact first."""
    account = owned(session, Account, account_id, caller)
    return [_contact(c) for c in session.scalars(
        select(Contact).where(Contact.account_id == account.id)
        .order_by(Contact.is_primary.desc(), Contact.id))]


@router.post("/accounts/{account_id}/contacts", response_model=ContactOut, status_code=201,
             summary="Add a contact to an account",
             responses={409: {"description": "the email is already a contact"}})
def create_contact(account_id: int, body: ContactIn, caller: Caller = Depends(api_caller),
                   session: Session = Depends(get_session),
                   today: date = Depends(get_today)) -> dict[str, Any]:
    """A contact needs at least an email, a name or a postal address (as in imports). The
    language is ISO 639-1; without one, messages use the country's language."""
    account = owned(session, Account, account_id, caller)
    if not (body.email or body.name or body.postal_address):
        raise invalid("email", "a contact needs at least an email, a name or an address")
    if body.email and _email_taken(session, account, body.email):
        raise conflict(f"{body.email} is already a contact of this account")
    if body.external_id and session.scalar(select(Contact.id).where(
            Contact.account_id == account.id, Contact.external_id == body.external_id)):
        raise conflict(f"a contact with external id '{body.external_id}' exists already")
    values = body.model_dump()
    if body.email:
        add_contact(session, account, today, email=body.email, name=body.name,
                    language=body.language, actor=caller.actor)
        contact = session.scalar(select(Contact).where(
            Contact.account_id == account.id, func.lower(Contact.email) == body.email.lower()))
        assert contact is not None  # add_contact just stored it
        contact.email = body.email
    else:
        contact = Contact(account_id=account.id)
        session.add(contact)
        session.flush()
        record_event(session, caller.organization_id, "contact_added",
                     f"contact {body.name or 'by post'} added", account_id=account.id,
                     on_date=today, actor=caller.actor, data={"contact_id": contact.id})
    for key, value in values.items():
        if key != "email":
            setattr(contact, key, value)
    if body.is_primary:
        _make_only_primary(session, account, contact)
    session.flush()
    out = _contact(contact)
    session.commit()
    return out


@router.patch("/accounts/{account_id}/contacts/{contact_id}", response_model=ContactOut,
              summary="Update a contact",
              responses={409: {"description": "the email belongs to another contact"}})
def update_contact(account_id: int, contact_id: int, body: ContactPatch,
                   caller: Caller = Depends(api_caller),
                   session: Session = Depends(get_session),
                   today: date = Depends(get_today)) -> dict[str, Any]:
    """Only the fields sent change. A new email address is valid again (a bounced or
    complained status belongs to the old address) and lifts do-not-contact unless
    `do_not_contact` is sent as well; `is_primary: true` makes it the only primary contact."""
    account = owned(session, Account, account_id, caller)
    contact = _owned_contact(session, account, contact_id)
    changes = body.model_dump(exclude_unset=True)
    for field in ("is_primary", "do_not_contact"):
        if field in changes and changes[field] is None:
            raise invalid(field, "must be true or false")
    after = {k: changes.get(k, getattr(contact, k)) for k in ("email", "name", "postal_address")}
    if not any(after.values()):
        raise invalid(next(iter(changes), "email"),
                      "a contact needs at least an email, a name or an address")
    new_email = changes.pop("email", contact.email)
    changed = []
    if new_email and (contact.email or "").lower() != new_email.lower():
        if _email_taken(session, account, new_email, but=contact.id):
            raise conflict(f"{new_email} is already another contact of this account")
        primaries = {c.id: c.is_primary for c in session.scalars(
            select(Contact).where(Contact.account_id == account.id))}
        if contact.email:
            # the agent's own tool: the contact gets the address, valid and contactable again
            set_contact_email(session, account, today, email=new_email, replace=contact.email,
                              actor=caller.actor)
            # ... but an edit of one contact does not move the primary flag by itself
            for other in session.scalars(select(Contact).where(
                    Contact.account_id == account.id)):
                other.is_primary = primaries[other.id]
        else:
            contact.email_status = "valid"
            contact.do_not_contact = False
            record_event(session, caller.organization_id, "contact_changed",
                         f"contact email (none) → {new_email}", account_id=account.id,
                         on_date=today, actor=caller.actor, data={"contact_id": contact.id})
        contact.email = new_email
    elif new_email is None and contact.email is not None:
        contact.email = None
        changed.append("email")
    for key, value in changes.items():
        if getattr(contact, key) != value:
            setattr(contact, key, value)
            changed.append(key)
    if changes.get("is_primary"):
        _make_only_primary(session, account, contact)
    if changed:
        record_event(session, caller.organization_id, "contact_updated",
                     f"contact {contact.email or contact.name or contact.id} updated: "
                     f"{', '.join(sorted(changed))}", account_id=account.id, on_date=today,
                     actor=caller.actor, data={"contact_id": contact.id,
                                               "changed": sorted(changed)})
    session.flush()
    out = _contact(contact)
    session.commit()
    return out


@router.delete("/accounts/{account_id}/contacts/{contact_id}", status_code=204,
               summary="Delete a contact",
               responses={409: {"description": "messages or tasks refer to the contact"}})
def delete_contact(account_id: int, contact_id: int, caller: Caller = Depends(api_caller),
                   session: Session = Depends(get_session),
                   today: date = Depends(get_today)) -> Response:
    """A contact that messages or tasks refer to stays (the history says who was written
    to); mark it do-not-contact instead."""
    account = owned(session, Account, account_id, caller)
    contact = _owned_contact(session, account, contact_id)
    used = [label for label, model in (("communications", Communication), ("tasks", Task))
            if session.scalar(select(func.count()).select_from(model)
                              .where(model.contact_id == contact.id))]
    if used:
        raise conflict(f"{' and '.join(used)} refer to this contact: deleting it would break "
                       "the audit trail; set do_not_contact instead")
    record_event(session, caller.organization_id, "contact_deleted",
                 f"contact {contact.email or contact.name or contact.id} deleted",
                 account_id=account.id, on_date=today, actor=caller.actor,
                 data={"contact_id": contact.id})
    session.delete(contact)
    session.commit()
    return Response(status_code=204)
