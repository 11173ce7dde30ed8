"""The desk's state behind one module: drafts, accounts and sessions, on SQLAlchemy.

One computer: a SQLite file in the user's data folder. An office: the PostgreSQL database of
``--db`` (the register's own tables live beside these). Every write is one short transaction,
so a draft saved as the clerk types survives a closed tab, a restart or a crash.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Engine,
    cast,
    create_engine,
    delete,
    exc,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import make_url

from ntm_docgen.desk.config import DatabaseUnreachableError
from ntm_docgen.desk.records import (
    DRAFTS,
    LOCAL_USER,
    MARKS,
    META,
    NOTES,
    PROFILES,
    SEEN_EVERY,
    SESSION_AGE,
    SESSIONS,
    SOURCES,
    USERS,
    Draft,
    DraftLine,
    Issued,
    SavedProfile,
    Session,
    User,
    _aware,
    add_columns,
    now,
    profile_of,
    storable,
    title_of,
    user_of,
)
from ntm_docgen.desk.records import draft_of as _draft  # a draft read from its row

__all__ = ["LOCAL_USER", "Draft", "DraftLine", "Issued", "SavedProfile", "Session", "State",
           "User"]

class State:
    """Drafts, accounts and sessions in one database."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url)
        shown = parsed.render_as_string(hide_password=True)  # as given, its password hidden
        if parsed.get_backend_name() == "sqlite":
            if parsed.database:
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            self.engine: Engine = create_engine(parsed, connect_args={"timeout": 30})
        else:
            if parsed.get_backend_name() in ("postgresql", "postgres"):
                parsed = parsed.set(drivername="postgresql+psycopg")
            self.engine = create_engine(parsed, pool_pre_ping=True)
        try:
            META.create_all(self.engine)
            add_columns(self.engine)
        except exc.DBAPIError as e:  # said as one message, not as an internal error
            self.engine.dispose()
            raise DatabaseUnreachableError.of(shown, e.orig or e, url) from e

    def close(self) -> None:
        self.engine.dispose()

    # --- drafts ---------------------------------------------------------------------------

    def new_draft(self, owner: str, data: dict[str, Any]) -> Draft:
        stamp = now()
        data = storable(data)
        draft = Draft(str(uuid.uuid4()), owner, title_of(data), data, stamp, stamp)
        with self.engine.begin() as conn:
            conn.execute(insert(DRAFTS).values(
                id=draft.id, owner=owner, title=draft.title, created=stamp, updated=stamp,
                data=_json(data)))
        return draft

    def save_draft(self, draft_id: str, data: dict[str, Any], by: str = "",
                   seen: int | None = None) -> int | None:
        """``data`` saved by the account ``by``: its new version; None, nothing saved, when
        it is no longer ``seen``, the version the page saving it loaded (one statement)."""
        data = storable(data)
        query = update(DRAFTS).where(DRAFTS.c.id == draft_id)
        if seen is not None:
            query = query.where(DRAFTS.c.version == seen)
        with self.engine.begin() as conn:
            row = conn.execute(query.values(
                data=_json(data), title=title_of(data), updated=now(), saved_by=by or None,
                version=DRAFTS.c.version + 1).returning(DRAFTS.c.version)).first()
        return None if row is None else int(row.version)

    def touch_draft(self, draft_id: str) -> None:
        """Mark the draft asked for (no longer fresh), its data and version as they are."""
        with self.engine.begin() as conn:
            conn.execute(update(DRAFTS).where(DRAFTS.c.id == draft_id).values(updated=now()))

    def draft(self, draft_id: str) -> Draft | None:
        """The draft with what the desk knows of it: issued with a number, or started from
        an issued letter."""
        query = select(DRAFTS, MARKS.c.so_hieu, MARKS.c.nam, MARKS.c.dong, MARKS.c.tu) \
            .outerjoin(MARKS, MARKS.c.draft == DRAFTS.c.id).where(DRAFTS.c.id == draft_id)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return _draft(row) if row else None

    def mark_issued(self, draft_id: str, issued: Issued) -> None:
        """Write down that the draft was issued with ``issued``'s register line (what reading
        its upload left to check goes: the letter is sent)."""
        self._mark(draft_id, so_hieu=issued.so_hieu, nam=issued.nam, dong=issued.dong)
        self.drop_notes(draft_id)

    def keep_notes(self, draft_id: str, notes: dict[str, Any]) -> None:
        """Keep what reading the draft's upload left to check, until :meth:`drop_notes`."""
        with self.engine.begin() as conn:
            conn.execute(delete(NOTES).where(NOTES.c.draft == draft_id))
            conn.execute(insert(NOTES).values(draft=draft_id, notes=_json(storable(notes))))

    def notes(self, draft_id: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            kept = conn.execute(select(NOTES.c.notes).where(NOTES.c.draft == draft_id)).scalar()
        return dict(json.loads(kept)) if kept else {}

    def drop_notes(self, draft_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(NOTES).where(NOTES.c.draft == draft_id))

    def keep_source(self, draft_id: str, source: dict[str, Any]) -> None:
        """Keep the letter from above the draft was derived from, as long as the draft."""
        with self.engine.begin() as conn:
            conn.execute(delete(SOURCES).where(SOURCES.c.draft == draft_id))
            conn.execute(insert(SOURCES).values(draft=draft_id, source=_json(storable(source))))

    def source(self, draft_id: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            kept = conn.execute(select(SOURCES.c.source).where(SOURCES.c.draft == draft_id)
                                ).scalar()
        return dict(json.loads(kept)) if kept else {}

    def mark_started_from(self, draft_id: str, so_hieu: str) -> None:
        """Write down that the draft was started from the issued letter ``so_hieu``."""
        self._mark(draft_id, tu=so_hieu)

    def _mark(self, draft_id: str, **values: Any) -> None:
        with self.engine.begin() as conn:
            changed = conn.execute(update(MARKS).where(MARKS.c.draft == draft_id)
                                   .values(**values))
            if not changed.rowcount:
                conn.execute(insert(MARKS).values(draft=draft_id, **values))

    def drafts(self, owner: str | None = None, limit: int = 200,
               issued: bool = False) -> list[DraftLine]:
        """The latest drafts first, as a list shows them; ``owner`` None: everyone's;
        ``issued``: the owner's and every letter issued. Only the type is read from a draft's
        data, by the database: a list of many long letters reads and parses none of them."""
        data = DRAFTS.c.data
        loai = func.json_extract(data, "$.loai") if self.engine.dialect.name == "sqlite" \
            else cast(data, JSONB)["loai"].astext
        query = select(DRAFTS.c.id, DRAFTS.c.owner, DRAFTS.c.title, loai.label("loai"),
                       DRAFTS.c.updated, MARKS.c.so_hieu, MARKS.c.dong) \
            .outerjoin(MARKS, MARKS.c.draft == DRAFTS.c.id) \
            .order_by(DRAFTS.c.updated.desc()).limit(limit)
        if owner is not None:
            query = query.where(or_(DRAFTS.c.owner == owner, MARKS.c.so_hieu.is_not(None))
                                if issued else DRAFTS.c.owner == owner)
        with self.engine.connect() as conn:
            return [DraftLine(row.id, row.owner, row.title, str(row.loai or ""),
                              _aware(row.updated), row.so_hieu or "", row.dong)
                    for row in conn.execute(query)]

    def delete_draft(self, draft_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(DRAFTS).where(DRAFTS.c.id == draft_id))
            conn.execute(delete(MARKS).where(MARKS.c.draft == draft_id))
            conn.execute(delete(NOTES).where(NOTES.c.draft == draft_id))
            conn.execute(delete(SOURCES).where(SOURCES.c.draft == draft_id))

    # --- issuer profiles ------------------------------------------------------------------

    def save_profile(self, owner: str, data: dict[str, Any], profile_id: str | None = None) -> str:
        """Keep ``data`` as ``owner``'s profile (a new one without ``profile_id``); its id."""
        data = storable(data)
        values = dict(owner=owner, name=str(data.get("ten_goi") or ""), updated=now(),
                      data=_json(data))
        with self.engine.begin() as conn:
            if profile_id is None:
                profile_id = str(uuid.uuid4())
                conn.execute(insert(PROFILES).values(id=profile_id, **values))
            else:
                conn.execute(update(PROFILES).where(PROFILES.c.id == profile_id).values(**values))
        return profile_id

    def profile(self, profile_id: str) -> SavedProfile | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(PROFILES).where(PROFILES.c.id == profile_id)).first()
        return profile_of(row) if row else None

    def profiles(self, owner: str) -> list[SavedProfile]:
        """``owner``'s profiles, by name."""
        query = select(PROFILES).where(PROFILES.c.owner == owner).order_by(PROFILES.c.name)
        with self.engine.connect() as conn:
            return [profile_of(row) for row in conn.execute(query)]

    def delete_profile(self, profile_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(PROFILES).where(PROFILES.c.id == profile_id))

    # --- accounts -------------------------------------------------------------------------

    def add_user(self, name: str, full_name: str, roles: tuple[str, ...], hashed: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(USERS).where(USERS.c.name == name))
            conn.execute(insert(USERS).values(name=name, full_name=full_name,
                                              roles=",".join(roles), password=hashed))

    def set_password(self, name: str, hashed: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(USERS).where(USERS.c.name == name).values(password=hashed))

    def remove_user(self, name: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(USERS).where(USERS.c.name == name))
            conn.execute(delete(SESSIONS).where(SESSIONS.c.user == name))

    def user(self, name: str) -> User | None:
        found = self.user_with_hash(name)
        return found[0] if found else None

    def user_with_hash(self, name: str) -> tuple[User, str] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(USERS).where(USERS.c.name == name)).first()
        if row is None:
            return None
        return user_of(row), row.password

    def users(self) -> list[User]:
        with self.engine.connect() as conn:
            return [user_of(row) for row in conn.execute(select(USERS).order_by(USERS.c.name))]

    # --- sessions -------------------------------------------------------------------------

    def new_session(self, user: str | None) -> tuple[str, Session]:
        """A new session: the cookie's value (kept only by the browser) and the session."""
        secret = secrets.token_urlsafe(32)
        session = Session(_digest(secret), user, secrets.token_urlsafe(32))
        with self.engine.begin() as conn:
            conn.execute(insert(SESSIONS).values(token=session.token, user=user,
                                                 csrf=session.csrf, seen=now()))
        return secret, session

    def session(self, secret: str) -> Session | None:
        token = _digest(secret)
        with self.engine.connect() as conn:
            row = conn.execute(select(SESSIONS).where(SESSIONS.c.token == token)).first()
        if row is None:
            return None
        idle = now() - _aware(row.seen)
        if idle > SESSION_AGE:
            self.end_session(token)
            return None
        if idle > SEEN_EVERY:  # a write now and then, not on every request
            with self.engine.begin() as conn:
                conn.execute(update(SESSIONS).where(SESSIONS.c.token == token)
                             .values(seen=now()))
        return Session(row.token, row.user, row.csrf)

    def end_session(self, token: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(SESSIONS).where(SESSIONS.c.token == token))


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, default=str)
