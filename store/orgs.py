"""Creating organizations and members."""

from __future__ import annotations

import re

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from store.models import Account, Member, Organization, account_referents
from store.queries import record_event


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug[:64] or "org"


def create_organization(session: Session, name: str, *, slug: str | None = None,
                        **fields: object) -> Organization:
    slug = slug or slugify(name)
    if session.scalar(select(Organization).where(Organization.slug == slug)) is not None:
        raise ValueError(f"an organization '{slug}' exists already")
    org = Organization(name=name, slug=slug, settings={}, **fields)
    session.add(org)
    session.flush()
    record_event(session, org.id, "organization_created", f"organization {name} created",
                 actor="cli")
    return org


def add_member(session: Session, org: Organization, email: str, name: str,
               language: str | None = None, role: str = "member") -> Member:
    member = Member(organization_id=org.id, email=email.lower(), name=name,
                    language=language, role=role)
    session.add(member)
    session.flush()
    record_event(session, org.id, "member_added", f"member {email} added", actor="cli")
    return member


def set_referents(session: Session, account: Account, member_ids: list[int]) -> None:
    """The account's referents in this order (the first is the primary). Written row by row
    with their positions: assigning the relationship alone would store no order."""
    session.execute(delete(account_referents).where(
        account_referents.c.account_id == account.id))
    if member_ids:
        session.execute(insert(account_referents), [
            {"account_id": account.id, "member_id": m, "position": i}
            for i, m in enumerate(member_ids)])
    session.expire(account, ["referents"])
