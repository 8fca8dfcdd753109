"""Signing in and out."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from api.auth import SESSION_COOKIE, SESSION_LIFETIME, authenticate, end_session, start_session
from api.deps import checked_form, get_session
from api.web import render
from store.queries import record_event

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    # only paths on this site: an open redirect would let a phishing link borrow our name
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/login")
def login_page(request: Request, next: str | None = None) -> Response:
    return render(request, "login.html", None, next=_safe_next(next), error=None, email="")


@router.post("/login")
def login(request: Request, email: str = Form(""), password: str = Form(""),
          next: str = Form("/"), session: Session = Depends(get_session)) -> Response:
    member = authenticate(session, email, password)
    if member is None:
        session.commit()
        return render(request, "login.html", None, status_code=401, next=_safe_next(next),
                      error="That email and password do not match a member.", email=email)
    secret, _ = start_session(session, member)
    record_event(session, member.organization_id, "member_signed_in",
                 f"{member.email} signed in", actor=f"member:{member.email}")
    session.commit()
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(SESSION_COOKIE, secret, max_age=int(SESSION_LIFETIME.total_seconds()),
                        httponly=True, samesite="lax", path="/",
                        secure=request.url.scheme == "https")
    return response


@router.post("/logout")
def logout(request: Request, _form: dict[str, str] = Depends(checked_form),
           session: Session = Depends(get_session)) -> Response:
    end_session(session, request.cookies.get(SESSION_COOKIE))
    session.commit()
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
