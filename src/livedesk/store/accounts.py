"""Users, sessions and sign-in failures: what the web desk's auth keeps in the store."""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from livedesk.model import utcnow
from livedesk.store.rows import _sha, _utc
from livedesk.store.schema import sessions, signin_failures, users


class Accounts:
    """Mixed into Store: needs its _read() and _write() and log()."""

    def add_user(self, name: str, password_hash: str, role: str) -> int:
        with self._write() as conn:
            old = conn.execute(select(users.c.id).where(users.c.name == name)).scalar()
            if old:
                conn.execute(update(users).where(users.c.id == old)
                             .values(password_hash=password_hash, role=role))
                self.log("admin", "user.updated", f"user:{name}", {"role": role}, conn)
                return old
            res = conn.execute(insert(users).values(name=name, password_hash=password_hash,
                                                    role=role, created_at=utcnow()))
            self.log("admin", "user.added", f"user:{name}", {"role": role}, conn)
            return int(res.inserted_primary_key[0])

    def get_user(self, name: str) -> dict[str, Any] | None:
        with self._read() as conn:
            r = conn.execute(select(users).where(users.c.name == name)).mappings().first()
        return dict(r) if r else None

    def create_session(self, user_id: int, token: str, csrf: str, minutes: int) -> None:
        now = utcnow()
        with self._write() as conn:
            conn.execute(delete(sessions).where(sessions.c.expires_at < now))
            conn.execute(insert(sessions).values(token_hash=_sha(token), user_id=user_id,
                                                 csrf=csrf, created_at=now,
                                                 expires_at=now + timedelta(minutes=minutes)))

    def session_user(self, token: str) -> dict[str, Any] | None:
        """The signed-in user for a session cookie, or None when unknown or expired."""
        with self._read() as conn:
            r = conn.execute(select(users.c.id, users.c.name, users.c.role, sessions.c.csrf,
                                    sessions.c.expires_at)
                             .join(users, users.c.id == sessions.c.user_id)
                             .where(sessions.c.token_hash == _sha(token))).mappings().first()
        if r is None or _utc(r["expires_at"]) <= utcnow():
            return None
        return {"id": r["id"], "name": r["name"], "role": r["role"], "csrf": r["csrf"]}

    def end_session(self, token: str) -> None:
        with self._write() as conn:
            conn.execute(delete(sessions).where(sessions.c.token_hash == _sha(token)))

    def signin_failed(self, key: str, keep_minutes: float = 24 * 60) -> None:
        with self._write() as conn:
            conn.execute(delete(signin_failures).where(
                signin_failures.c.at < utcnow() - timedelta(minutes=keep_minutes)))
            conn.execute(insert(signin_failures).values(key=key, at=utcnow()))

    def signin_failures(self, key: str, minutes: float) -> int:
        since = utcnow() - timedelta(minutes=minutes)
        with self._read() as conn:
            return conn.execute(select(func.count()).select_from(signin_failures).where(
                signin_failures.c.key == key, signin_failures.c.at > since)).scalar_one()
