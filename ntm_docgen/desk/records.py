"""The desk's tables and the records read from them: drafts, issuer profiles, accounts and
sessions, as SQLAlchemy tables and as frozen dataclasses."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Engine,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    exc,
    inspect,
    text,
)

META = MetaData()
DRAFTS = Table(
    "desk_draft", META,
    Column("id", String(36), primary_key=True),
    Column("owner", String(100), nullable=False, index=True),
    Column("title", Text, nullable=False, default=""),
    Column("data", Text, nullable=False),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("updated", DateTime(timezone=True), nullable=False),
    # how many times it was saved, and by whom last: a page sends the version it loaded with
    # each save, and a save on a draft changed since is refused (two clerks, two tabs)
    Column("version", Integer, nullable=False, server_default="0"),
    Column("saved_by", String(100), nullable=True),
)
#: The columns a desk's drafts table gained after its first release, with their SQL: added
#: to a desk that already has drafts when it starts (``create_all`` makes new tables only).
ADDED = {"version": "INTEGER NOT NULL DEFAULT 0", "saved_by": "VARCHAR(100)"}


def add_columns(engine: Engine) -> None:
    """Give an older desk's drafts table the columns of :data:`ADDED` it lacks (its drafts
    at version 0, saved by no one known). Two desks starting at once may both try: the
    column the other added is taken as added."""
    for name, sql in ADDED.items():
        if name in {c["name"] for c in inspect(engine).get_columns(DRAFTS.name)}:
            continue
        try:
            with engine.begin() as conn:
                conn.execute(text(f"ALTER TABLE {DRAFTS.name} ADD COLUMN {name} {sql}"))
        except exc.DBAPIError:
            if name not in {c["name"] for c in inspect(engine).get_columns(DRAFTS.name)}:
                raise


#: What the desk knows of a draft besides its data: the number it was issued with (then it is
#: read-only: the letter is the register's and the kept file's), or the issued letter it was
#: started from (a new draft without number and date).
MARKS = Table(
    "desk_draft_mark", META,
    Column("draft", String(36), primary_key=True),
    Column("so_hieu", Text, nullable=True),  # issued as (05/KH-SNV)
    Column("nam", Integer, nullable=True),  # the register's year of that line
    Column("dong", Integer, nullable=True),  # the register line's id
    Column("tu", Text, nullable=True),  # started from the issued letter of this number
)
#: What reading an upload (import, derive) left to check in a draft, as the editor shows it
#: (``views/readnotes.py``): JSON, its sentences and, for a scan, the fields read by OCR and
#: the words OCR was unsure of; kept until the clerk hides them or the draft is issued.
NOTES = Table(
    "desk_draft_note", META,
    Column("draft", String(36), primary_key=True),
    Column("notes", Text, nullable=False),
)
#: The letter from above a draft was derived from, as the desk read it (its number, date,
#: issuer, trích yếu and text, JSON): shown beside the draft's pages for the clerk to hold the
#: one against the other (``views/guidance.py``); kept as long as the draft.
SOURCES = Table(
    "desk_draft_source", META,
    Column("draft", String(36), primary_key=True),
    Column("source", Text, nullable=False),
)
#: Scan readings an office desk keeps across a restart (one computer: ``doc/`` of its data
#: folder, ``desk/kept.py``): the reading's record as JSON, the file it made (a copy).
READINGS = Table(
    "desk_reading", META,
    Column("id", String(36), primary_key=True),
    Column("record", Text, nullable=False),
    Column("made", LargeBinary, nullable=True),
    Column("updated", DateTime(timezone=True), nullable=False),
)
PROFILES = Table(
    "desk_profile", META,
    Column("id", String(36), primary_key=True),
    Column("owner", String(100), nullable=False, index=True),
    Column("name", Text, nullable=False, default=""),
    Column("data", Text, nullable=False),  # contract §5 as JSON
    Column("updated", DateTime(timezone=True), nullable=False),
)
USERS = Table(
    "desk_user", META,
    Column("name", String(100), primary_key=True),
    Column("full_name", Text, nullable=False, default=""),
    Column("roles", Text, nullable=False),
    Column("password", Text, nullable=False),  # an argon2 hash
)
SESSIONS = Table(
    "desk_session", META,
    Column("token", String(64), primary_key=True),  # sha256 of the cookie's value
    Column("user", String(100), nullable=True),
    Column("csrf", String(64), nullable=False),
    Column("seen", DateTime(timezone=True), nullable=False),
)
#: A session unused this long is over (the clerk logs in again).
SESSION_AGE = timedelta(hours=12)
#: How often a session's last use is written down.
SEEN_EVERY = timedelta(minutes=5)
LOCAL_USER = "may-nay"


def now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class Issued:
    """The register line a draft was issued with: its number (``05/KH-SNV``), the register's
    year, and the line's id (None while the register cannot be read)."""

    so_hieu: str
    nam: int
    dong: int | None = None


@dataclass(frozen=True)
class Draft:
    """A letter being written: its spec data as the form holds it (possibly invalid)."""

    id: str
    owner: str
    title: str
    data: dict[str, Any]
    updated: datetime
    created: datetime | None = None
    #: issued with this register line: read-only from then on
    issued: Issued | None = None
    #: started from the issued letter of this number
    tu: str = ""
    #: saved this many times; the account that saved it last ("" before the desk kept it)
    version: int = 0
    saved_by: str = ""

    @property
    def fresh(self) -> bool:
        """Not saved since it was made: nothing typed in it yet, nothing asked of it."""
        return self.created == self.updated


@dataclass(frozen=True)
class DraftLine:
    """A draft as the lists show it (its summary, type and time), its data left unread."""

    id: str
    owner: str
    title: str
    loai: str
    updated: datetime
    issued: str = ""
    dong: int | None = None  # the register line it was issued with
    cancelled: bool = False  # that line's number cancelled since (``drafts.marked``)


@dataclass(frozen=True)
class SavedProfile:
    """A clerk's own issuer profile (contract §5): the issuer, its place and its signer."""

    id: str
    owner: str
    name: str
    data: dict[str, Any]


def apart(saved: list[SavedProfile]) -> dict[str, str]:
    """Each saved issuer's line in a picker (by its id): its name, and for two of one name
    what sets them apart (level, signer, place), so that no two lines read the same.

    >>> one = {"cap": "xã", "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "A"}, "dia_danh": "X"}
    >>> apart([SavedProfile("1", "u", "UBND xã X", one),
    ...        SavedProfile("2", "u", "UBND xã X", {**one, "cap": "thị trấn"}),
    ...        SavedProfile("3", "u", "UBND xã Y", one)])["2"]
    'UBND xã X – thị trấn'
    >>> list(apart([SavedProfile(str(n), "u", "UBND xã X", one) for n in range(3)]).values())
    ['UBND xã X (1)', 'UBND xã X (2)', 'UBND xã X (3)']
    """
    shown: dict[str, str] = {}
    for p in saved:
        same = [o for o in saved if o.name == p.name]
        if len(same) == 1:
            shown[p.id] = p.name
            continue
        parts = [_said(p, path) for path in _APART
                 if len({_said(o, path) for o in same}) > 1 and _said(p, path)]
        shown[p.id] = " – ".join([p.name, ", ".join(parts)]) if parts else p.name
    seen: dict[str, int] = {}
    lines = list(shown.values())  # counted before any is numbered
    for key, line in shown.items():  # the same in every part: told by their order
        seen[line] = seen.get(line, 0) + 1
        if lines.count(line) > 1:
            shown[key] = f"{line} ({seen[line]})"
    return shown


#: What may tell two saved issuers of one name apart, in the order a picker says it.
_APART = ("cap", "ky.chuc_vu", "ky.ho_ten", "dia_danh", "don_vi")


def _said(profile: SavedProfile, path: str) -> str:
    value: Any = profile.data
    for key in path.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return str(value or "").strip()


@dataclass(frozen=True)
class User:
    """An office account: login name, full name, roles (van_thu, chuyen_vien, quan_tri)."""

    name: str
    full_name: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Session:
    """A signed-in browser: its user (None before login) and its CSRF token."""

    token: str
    user: str | None
    csrf: str


def storable(value: Any) -> Any:
    """The data without NUL characters, which a letter never prints and PostgreSQL keeps in
    neither text nor jsonb (a letter opened from a text file may carry them).

    >>> storable({"trich_yeu": "tổng kết\\x00 phong trào", "noi_nhan": ["Sở\\x00"]})
    {'trich_yeu': 'tổng kết phong trào', 'noi_nhan': ['Sở']}
    """
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {storable(k): storable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [storable(v) for v in value]
    return value


def profile_of(row: Any) -> SavedProfile:
    return SavedProfile(row.id, row.owner, row.name, json.loads(row.data))


def user_of(row: Any) -> User:
    return User(row.name, row.full_name, tuple(r for r in row.roles.split(",") if r))


def title_of(data: dict[str, Any]) -> str:
    """A draft's title in the lists: its trích yếu on one line."""
    text = data.get("trich_yeu") if isinstance(data, dict) else None
    return " ".join(str(text or "").split())[:200]


def draft_of(row: Any) -> Draft:
    issued = Issued(row.so_hieu, row.nam, row.dong) if row.so_hieu else None
    return Draft(row.id, row.owner, row.title, json.loads(row.data), _aware(row.updated),
                 _aware(row.created), issued, row.tu or "", row.version, row.saved_by or "")
