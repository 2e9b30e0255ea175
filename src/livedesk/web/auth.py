"""Who may do what: users with roles, expiring sessions, CSRF tokens, rate-limited sign-in.

Sessions are random tokens in an HttpOnly, SameSite=Strict cookie; the store keeps only their
SHA-256. Each session has its own CSRF token, which every write must echo in X-CSRF-Token.
"""
from __future__ import annotations

import hmac
import secrets
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import HTTPException, Request

from livedesk.store import Store

ROLES = ("viewer", "analyst", "admin")
COOKIE = "livedesk_session"
# Sign-in refuses a name or an address after this many failures within the window.
MAX_FAILURES = 5
FAILURE_WINDOW_MINUTES = 15

_hasher = PasswordHasher()
# Verifying against this when the user does not exist keeps the timing the same.
_DUMMY_HASH = _hasher.hash("not a password anyone has")


def add_user(store: Store, name: str, password: str, role: str = "analyst") -> int:
    """Create a user (or reset an existing one's password and role). Returns the user id."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    name = name.strip()
    if not name or len(name) > 120:
        raise ValueError("a user name is 1 to 120 characters")
    if len(password) < 8:
        raise ValueError("a password has at least 8 characters")
    return store.add_user(name, _hasher.hash(password), role)


def sign_in(store: Store, name: str, password: str, client: str,
            minutes: int) -> tuple[str, dict[str, Any]]:
    """Check a password and open a session: (cookie token, user). Raises HTTPException."""
    keys = (f"name:{name.strip().lower()}", f"addr:{client}")
    if any(store.signin_failures(k, FAILURE_WINDOW_MINUTES) >= MAX_FAILURES for k in keys):
        raise HTTPException(429, "too many failed sign-ins; wait a few minutes")
    user = store.get_user(name.strip())
    try:
        _hasher.verify(user["password_hash"] if user else _DUMMY_HASH, password)
        ok = user is not None
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok:
        for k in keys:
            store.signin_failed(k)
        raise HTTPException(401, "wrong name or password")
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
    store.create_session(user["id"], token, csrf, minutes)
    return token, {"id": user["id"], "name": user["name"], "role": user["role"], "csrf": csrf}


def current_user(request: Request) -> dict[str, Any] | None:
    token = request.cookies.get(COOKIE)
    if not token:
        return None
    return request.app.state.desk.store.session_user(token)


def require_write(request: Request, role: str = "analyst") -> dict[str, Any]:
    """The signed-in user for a write: right role, valid CSRF token, same-origin request."""
    _same_origin(request)
    user = current_user(request)
    if user is None:
        raise HTTPException(401, "sign in first")
    if ROLES.index(user["role"]) < ROLES.index(role):
        raise HTTPException(403, f"this needs the {role} role")
    sent = request.headers.get("x-csrf-token", "")
    if not hmac.compare_digest(sent.encode(), user["csrf"].encode()):
        raise HTTPException(403, "missing or wrong CSRF token")
    return user


def _same_origin(request: Request) -> None:
    # Browsers send Origin on cross-site POSTs; a different one is refused outright.
    origin = request.headers.get("origin")
    if origin and origin != "null":
        host = request.headers.get("host", "")
        if origin.split("://", 1)[-1] != host:
            raise HTTPException(403, "cross-origin write refused")
    elif origin == "null":
        raise HTTPException(403, "cross-origin write refused")
