"""The desk's tables and the records read from them: drafts, issuer profiles, accounts and
sessions, as SQLAlchemy tables and as frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Column, DateTime, Integer, LargeBinary, MetaData, String, Table, Text

META = MetaData()
DRAFTS = Table(
    "desk_draft", META,
    Column("id", String(36), primary_key=True),
    Column("owner", String(100), nullable=False, index=True),
    Column("title", Text, nullable=False, default=""),
    Column("data", Text, nullable=False),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("updated", DateTime(timezone=True), nullable=False),
)
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


@dataclass(frozen=True)
class SavedProfile:
    """A clerk's own issuer profile (contract §5): the issuer, its place and its signer."""

    id: str
    owner: str
    name: str
    data: dict[str, Any]


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
