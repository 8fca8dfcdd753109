"""Who is calling: passwords, browser sessions with CSRF tokens, and API tokens.

Passwords are hashed with Argon2id (argon2-cffi). Session cookies and API tokens are random
secrets of which only a SHA-256 is stored."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from store.models import ApiToken, Member, WebSession, utcnow

SESSION_COOKIE = "dunning_session"
SESSION_LIFETIME = timedelta(days=14)
# a session unused for this long ends, whatever its lifetime says
SESSION_IDLE = timedelta(hours=12)
TOKEN_PREFIX = "dun_"
MIN_PASSWORD_LENGTH = 8

_hasher = PasswordHasher()
# verifying against this when the email is unknown keeps the timing of a failed sign-in the
# same whether or not the address belongs to a member
_DUMMY_HASH = _hasher.hash("not a password of anyone")


class PasswordTooShort(ValueError):
    pass


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordTooShort(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    return _hasher.hash(password)


def set_password(session: Session, member: Member, password: str) -> None:
    member.password_hash = hash_password(password)
    # a new password signs out every browser that knew the old one
    for web in session.scalars(select(WebSession).where(WebSession.member_id == member.id)):
        session.delete(web)


def authenticate(session: Session, email: str, password: str) -> Member | None:
    """The active member with this email and password, or None. Emails are unique per
    organization, not globally: the password decides between same-address members."""
    candidates = list(session.scalars(select(Member).where(
        func.lower(Member.email) == email.strip().lower(), Member.active.is_(True),
        Member.password_hash.is_not(None))))
    if not candidates:
        _verify(_DUMMY_HASH, password)
        return None
    for member in candidates:
        if _verify(member.password_hash or "", password):
            if _hasher.check_needs_rehash(member.password_hash or ""):
                member.password_hash = _hasher.hash(password)
            return member
    return None


def _verify(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def start_session(session: Session, member: Member) -> tuple[str, WebSession]:
    """A new browser session; returns the cookie value (shown once, never stored)."""
    secret = secrets.token_urlsafe(32)
    now = utcnow()
    web = WebSession(member_id=member.id, token_hash=_digest(secret),
                     csrf_token=secrets.token_urlsafe(32), created_at=now,
                     last_seen_at=now, expires_at=now + SESSION_LIFETIME)
    session.add(web)
    session.flush()
    return secret, web


def session_member(session: Session, secret: str | None,
                   now: datetime | None = None) -> tuple[Member, WebSession] | None:
    if not secret:
        return None
    now = now or utcnow()
    web = session.scalar(select(WebSession).where(WebSession.token_hash == _digest(secret)))
    if web is None:
        return None
    if web.expires_at <= now or web.last_seen_at + SESSION_IDLE <= now:
        session.delete(web)
        session.flush()
        return None
    member = session.get(Member, web.member_id)
    if member is None or not member.active:
        return None
    # written at most once a minute: a page view should not always be a write
    if now - web.last_seen_at > timedelta(minutes=1):
        web.last_seen_at = now
    return member, web


def end_session(session: Session, secret: str | None) -> None:
    if secret:
        web = session.scalar(select(WebSession).where(WebSession.token_hash == _digest(secret)))
        if web is not None:
            session.delete(web)


def csrf_ok(web: WebSession, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(web.csrf_token.encode(), (given or "").encode())


def create_api_token(session: Session, member: Member, name: str) -> tuple[str, ApiToken]:
    """A new API token for `member`; returns the secret, which is shown only this once."""
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(member_id=member.id, name=name, prefix=secret[:12],
                     token_hash=_digest(secret))
    session.add(token)
    session.flush()
    return secret, token


def token_member(session: Session, secret: str | None) -> Member | None:
    if not secret:
        return None
    token = session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(secret),
                                                  ApiToken.revoked_at.is_(None)))
    if token is None:
        return None
    member = session.get(Member, token.member_id)
    if member is None or not member.active:
        return None
    now = utcnow()
    if token.last_used_at is None or now - token.last_used_at > timedelta(minutes=1):
        token.last_used_at = now
    return member
