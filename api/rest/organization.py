"""/api/v1/me, /organization, /members, /policies and /tokens: who you are and how your
organization is set up. Changes to the organization, its members and its policies need the
admin role; API tokens are each member's own."""

from __future__ import annotations

import dataclasses
import os
from datetime import date
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agent.guards.policy import Policy, PolicyError, PolicySet, load_policies
from agent.scheduler import org_policies
from api.auth import PasswordTooShort, create_api_token, set_password
from api.deps import Caller, api_caller, get_session, get_today, owned
from api.rest.common import NOT_FOUND, conflict, invalid, require_admin
from api.rest.schemas import (
    MemberIn,
    MemberOut,
    MemberPatch,
    MeOut,
    NewTokenOut,
    OrganizationOut,
    OrganizationPatch,
    PoliciesIn,
    PoliciesOut,
    TokenIn,
    TokenOut,
)
from store.models import ApiToken, Member, Organization, utcnow
from store.queries import record_event

router = APIRouter(prefix="/api/v1", tags=["organization"])

ADMIN_ONLY = {403: {"description": "you are not an administrator"}}


def _org(session: Session, caller: Caller) -> Organization:
    org = session.get(Organization, caller.organization_id)
    assert org is not None  # a member always belongs to an organization
    return org


def _organization(org: Organization) -> dict[str, Any]:
    return {k: getattr(org, k) for k in OrganizationOut.model_fields}


def _member(m: Member) -> dict[str, Any]:
    return {k: getattr(m, k) for k in MemberOut.model_fields}


def _token(t: ApiToken) -> dict[str, Any]:
    return {"id": t.id, "name": t.name, "prefix": t.prefix, "created_at": t.created_at,
            "last_used_at": t.last_used_at, "revoked_at": t.revoked_at,
            "revoked": t.revoked_at is not None}


# ------------------------------------------------------------------------ me, organization


@router.get("/me", response_model=MeOut, summary="Who is calling")
def me(caller: Caller = Depends(api_caller),
       session: Session = Depends(get_session)) -> dict[str, Any]:
    """The member behind the token or session, and their organization."""
    m, org = caller.member, _org(session, caller)
    return {"member_id": m.id, "email": m.email, "name": m.name, "language": m.language,
            "role": m.role, "organization_slug": org.slug, "organization_name": org.name}


@router.get("/organization", response_model=OrganizationOut,
            summary="Your organization's settings")
def get_organization(caller: Caller = Depends(api_caller),
                     session: Session = Depends(get_session)) -> dict[str, Any]:
    """Sender identity, bank details shown in reminders, and the sending window (local time
    of the account's zone)."""
    return _organization(_org(session, caller))


@router.patch("/organization", response_model=OrganizationOut, responses=ADMIN_ONLY,
              summary="Change your organization's settings")
def update_organization(body: OrganizationPatch, caller: Caller = Depends(api_caller),
                        session: Session = Depends(get_session),
                        today: date = Depends(get_today)) -> dict[str, Any]:
    """Only the fields sent change; `null` clears an optional one. The IBAN's check digits
    are verified; the sending window is HH:MM to HH:MM, start before end."""
    require_admin(caller)
    org = _org(session, caller)
    changes = body.model_dump(exclude_unset=True)
    for field in ("name", "sending_window_start", "sending_window_end"):
        if field in changes and changes[field] is None:
            raise invalid(field, "cannot be cleared")
    start = changes.get("sending_window_start", org.sending_window_start)
    end = changes.get("sending_window_end", org.sending_window_end)
    if start >= end:  # zero-padded HH:MM strings order like the times they name
        field = "sending_window_end" if "sending_window_end" in changes \
            else "sending_window_start"
        raise invalid(field, f"the sending window must start before it ends ({start} to "
                             f"{end})")
    changed = sorted(k for k, v in changes.items() if getattr(org, k) != v)
    for key in changed:
        setattr(org, key, changes[key])
    if changed:
        record_event(session, org.id, "organization_updated",
                     f"organization settings changed: {', '.join(changed)}", on_date=today,
                     actor=caller.actor, data={"changed": changed})
    session.commit()
    return _organization(org)


# ------------------------------------------------------------------------ members


@router.get("/members", response_model=list[MemberOut], summary="Members of your organization")
def list_members(caller: Caller = Depends(api_caller),
                 session: Session = Depends(get_session)) -> list[dict[str, Any]]:
    """Everyone of your organization, active or not, by name."""
    return [_member(m) for m in session.scalars(select(Member).where(
        Member.organization_id == caller.organization_id).order_by(Member.name, Member.id))]


@router.post("/members", response_model=MemberOut, status_code=201,
             responses=ADMIN_ONLY | {409: {"description": "the email is a member already"}},
             summary="Add a member")
def create_member(body: MemberIn, caller: Caller = Depends(api_caller),
                  session: Session = Depends(get_session),
                  today: date = Depends(get_today)) -> dict[str, Any]:
    """The member signs in with this email and password (at least 8 characters)."""
    require_admin(caller)
    email = body.email.lower()
    if session.scalar(select(Member.id).where(Member.organization_id == caller.organization_id,
                                              func.lower(Member.email) == email)):
        raise conflict(f"{email} is a member already")
    member = Member(organization_id=caller.organization_id, email=email, name=body.name,
                    language=body.language, role=body.role, active=True)
    session.add(member)
    session.flush()
    try:
        set_password(session, member, body.password)
    except PasswordTooShort as e:
        raise invalid("password", str(e)) from None
    record_event(session, caller.organization_id, "member_added",
                 f"member {email} added ({body.role})", on_date=today, actor=caller.actor,
                 data={"member_id": member.id})
    session.commit()
    return _member(member)


@router.patch("/members/{member_id}", response_model=MemberOut,
              responses=ADMIN_ONLY | NOT_FOUND | {409: {"description": "you cannot lock "
                                                                      "yourself out"}},
              summary="Change a member's language, role or access")
def update_member(member_id: int, body: MemberPatch, caller: Caller = Depends(api_caller),
                  session: Session = Depends(get_session),
                  today: date = Depends(get_today)) -> dict[str, Any]:
    """`active: false` stops the member's sign-ins and API tokens; the history keeps their
    name. An administrator cannot deactivate themselves, and the organization always keeps
    one active administrator."""
    require_admin(caller)
    member = owned(session, Member, member_id, caller, "member")
    changes = body.model_dump(exclude_unset=True)
    for field in ("role", "active"):
        if field in changes and changes[field] is None:
            raise invalid(field, "cannot be cleared")
    if changes.get("active") is False and member.id == caller.member.id:
        raise conflict("you cannot deactivate yourself; ask another administrator")
    loses_admin = member.role == "admin" and member.active and (
        changes.get("role", "admin") != "admin" or changes.get("active") is False)
    if loses_admin:
        admins = session.scalar(select(func.count()).select_from(Member).where(
            Member.organization_id == caller.organization_id, Member.role == "admin",
            Member.active.is_(True))) or 0
        if admins <= 1:
            raise conflict("the organization needs at least one active administrator")
    changed = sorted(k for k, v in changes.items() if getattr(member, k) != v)
    for key in changed:
        setattr(member, key, changes[key])
    if changed:
        record_event(session, caller.organization_id, "member_updated",
                     f"member {member.email}: {', '.join(changed)} changed", on_date=today,
                     actor=caller.actor, data={"member_id": member.id,
                                               **{k: changes[k] for k in changed}})
    session.commit()
    return _member(member)


# ------------------------------------------------------------------------ policies


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _policy(p: Policy) -> dict[str, Any]:
    return _plain(dataclasses.asdict(p))


def _policies(org: Organization) -> dict[str, Any]:
    own = (org.settings or {}).get("policies") or None
    try:
        effective: PolicySet = org_policies(org.settings)
    except PolicyError as e:
        raise HTTPException(500, f"the policies in force do not load: {e}") from None
    source = "organization" if own else (
        "file" if os.environ.get("DUNNING_POLICY_FILE") else "default")
    return {"source": source, "policies": own, "effective": {
        "default": _policy(effective.default),
        "segments": {k: _policy(v) for k, v in effective.segments.items()}}}


@router.get("/policies", response_model=PoliciesOut, summary="Follow-up policies")
def get_policies(caller: Caller = Depends(api_caller),
                 session: Session = Depends(get_session)) -> dict[str, Any]:
    """The organization's own policy set (`settings.policies`) and every key of the
    policies in force, by default and per segment. Without its own, the organization uses
    `DUNNING_POLICY_FILE`, else the built-in default (agent/guards/default_policy.yaml)."""
    return _policies(_org(session, caller))


@router.put("/policies", response_model=PoliciesOut, responses=ADMIN_ONLY,
            summary="Replace the organization's follow-up policies")
def put_policies(body: PoliciesIn, caller: Caller = Depends(api_caller),
                 session: Session = Depends(get_session),
                 today: date = Depends(get_today)) -> dict[str, Any]:
    """Checked by the same loader the agent uses: unknown keys, tones that go down, bands
    that do not start at 0, money as a float, ... are refused with the segment and key
    named. Money is a quoted decimal string (`"500.00"`)."""
    require_admin(caller)
    if body.policies is not None:
        try:
            load_policies(body.policies)
        except PolicyError as e:
            raise invalid("policies", str(e)) from None
    org = _org(session, caller)
    settings = dict(org.settings or {})
    if body.policies:
        settings["policies"] = body.policies
    else:
        settings.pop("policies", None)
    # a new dict: the JSON column notices a replaced value, not an edit in place
    org.settings = settings
    record_event(session, org.id, "policies_changed",
                 "follow-up policies replaced" if body.policies
                 else "own follow-up policies removed", on_date=today, actor=caller.actor,
                 data={"policies": body.policies})
    session.commit()
    return _policies(org)


# ------------------------------------------------------------------------ tokens


@router.get("/tokens", response_model=list[TokenOut], summary="Your API tokens")
def list_tokens(caller: Caller = Depends(api_caller),
                session: Session = Depends(get_session)) -> list[dict[str, Any]]:
    """Name, prefix, creation, last use and revocation of each of your tokens; never the
    token itself (only its digest is stored)."""
    return [_token(t) for t in session.scalars(select(ApiToken).where(
        ApiToken.member_id == caller.member.id).order_by(ApiToken.id))]


@router.post("/tokens", response_model=NewTokenOut, status_code=201,
             summary="Create an API token")
def create_token(body: TokenIn, caller: Caller = Depends(api_caller),
                 session: Session = Depends(get_session),
                 today: date = Depends(get_today)) -> dict[str, Any]:
    """The answer holds the token (`secret`) this once: keep it, it cannot be shown again.
    Send it as `Authorization: Bearer <token>`."""
    secret, token = create_api_token(session, caller.member, body.name)
    record_event(session, caller.organization_id, "token_created",
                 f"API token {token.prefix}… ({body.name}) created", on_date=today,
                 actor=caller.actor, data={"token_id": token.id})
    session.commit()
    return _token(token) | {"secret": secret}


@router.delete("/tokens/{token_id}", status_code=204, responses=NOT_FOUND,
               summary="Revoke one of your API tokens")
def revoke_token(token_id: int, caller: Caller = Depends(api_caller),
                 session: Session = Depends(get_session),
                 today: date = Depends(get_today)) -> Response:
    """The token stops working at once; it stays listed as revoked. Only your own tokens."""
    token = session.get(ApiToken, token_id)
    if token is None or token.member_id != caller.member.id:
        raise HTTPException(404, f"no token {token_id}")
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        record_event(session, caller.organization_id, "token_revoked",
                     f"API token {token.prefix}… ({token.name}) revoked", on_date=today,
                     actor=caller.actor, data={"token_id": token.id})
    session.commit()
    return Response(status_code=204)
