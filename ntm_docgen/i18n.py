"""The message catalogs: every text a user reads goes through ``_()``.

Messages are written in English in the code, as whole sentences with named placeholders::

    raise InputFileError(path, _("the output folder {folder} does not exist").format(folder=...))

and ``locale/vi/LC_MESSAGES/ntm_docgen.po`` gives each in Vietnamese. A message another
surface says in words of its own (the desk, for one worded for the command line) is said with
``said(N_("..."), name=...)``, which keeps its catalog id and values (:class:`Said`).
Vietnamese is the default; English is used when ``--lang en``, ``NTM_DOCGEN_LANG=en`` or the
locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) asks for it. Field paths, codes and file names
stay as they are.

The catalogs are edited with Babel: ``python tools/catalog.py`` extracts the messages, updates
the .po files and compiles them (the .mo files ship in the wheel; a test keeps them current).
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

# A message kept with its id and values has a module of its own; its names are i18n's too.
from ntm_docgen.said import Said as Said
from ntm_docgen.said import said as said
from ntm_docgen.said import said_as_json as said_as_json
from ntm_docgen.said import said_from_json as said_from_json
from ntm_docgen.said import said_n as said_n

DOMAIN = "ntm_docgen"
#: The languages the tool speaks, the first the default.
LANGUAGES = ("vi", "en")
DEFAULT = LANGUAGES[0]
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_current: ContextVar[str | None] = ContextVar("ntm_docgen_language", default=None)


def language_from(environ: Mapping[str, str]) -> str:
    """The language asked for by the environment: NTM_DOCGEN_LANG, then the POSIX locale
    variables in gettext's order; Vietnamese unless English is asked for.

    >>> language_from({"LANG": "en_US.UTF-8"}), language_from({"LANG": "C.UTF-8"})
    ('en', 'vi')
    >>> language_from({"LANGUAGE": "vi:en", "LANG": "en_GB.UTF-8"})
    'vi'
    """
    for name in ("NTM_DOCGEN_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        for choice in value.split(":"):
            code = choice.split(".")[0].split("_")[0].split("-")[0].lower()
            if code in LANGUAGES:
                return code
    return DEFAULT


def set_language(code: str | None) -> None:
    """Speak ``code`` (``vi`` or ``en``) from now on in this context; None: the environment's."""
    if code is not None and code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; use one of {', '.join(LANGUAGES)}")
    _current.set(code)


def language() -> str:
    """The language messages are given in now."""
    return _current.get() or language_from(os.environ)


@cache
def _catalog(code: str) -> gettext.NullTranslations:
    if code == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[code], fallback=True)


def _(message: str) -> str:
    """``message`` in the current language."""
    return _catalog(language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form for ``count``, in the current language (Vietnamese has one
    form: ``{count} thư``)."""
    return _catalog(language()).ngettext(singular, plural, count)


def number(value: int) -> str:
    """A whole number grouped by thousands as the current language writes it (Babel's
    locale data): a dot in Vietnamese, whose comma is the decimal sign, a comma in English.

    >>> set_language("vi"); number(104_857_600); set_language(None)
    '104.857.600'
    """
    from babel.numbers import format_decimal  # only a message with a large number needs it

    return format_decimal(value, locale=language())


def size(value: int) -> str:
    """A size in bytes as a clerk reads it beside her files: in GB, MB or kB (each 1024 of the
    next, as a file manager counts), one decimal at most, as the language writes numbers.

    >>> set_language("vi"); size(1_572_864_167), size(100 << 20), size(12); set_language(None)
    ('1,5 GB', '100 MB', '12 byte')
    """
    from babel.units import format_unit

    for unit, scale in (("digital-gigabyte", 1 << 30), ("digital-megabyte", 1 << 20),
                        ("digital-kilobyte", 1 << 10)):
        if value >= scale:
            return format_unit(value / scale, unit, length="short", format="#,##0.#",
                               locale=language())
    return format_unit(value, "digital-byte", length="short", locale=language())


#: The characters of a value a message quotes: past them the value is cut and ends in "…",
#: so that a value of 100,000 characters (a spec's, a list's, a register's) is no message of
#: that size.
QUOTED = 60


def shortened(value: object, limit: int = QUOTED, at_word: bool = False) -> str:
    """``value`` as a message quotes it: whole up to ``limit`` characters, else its first
    ``limit - 1`` and "…" (the one rule for every message that quotes data; ``at_word``: its
    last whole word there, for text a clerk reads, a trích yếu in a list).

    >>> shortened("Sở Nội vụ"), shortened("x" * 70)[-2:], len(shortened("x" * 70))
    ('Sở Nội vụ', 'x…', 60)
    >>> shortened("Kế hoạch tổ chức hội nghị sơ kết phong trào", 30, at_word=True)
    'Kế hoạch tổ chức hội nghị sơ…'
    """
    text = str(value)
    if len(text) <= limit:
        return text
    head = text[:limit - 1]
    if at_word and " " in head[limit // 2:] and text[limit - 1] != " ":
        head = head[:head.rindex(" ")]
    return head.rstrip(" ,;:") + "…" if at_word else head + "…"


def N_(message: str) -> str:
    """Mark ``message`` for the catalog without translating it now (help texts, tables built
    at import time); translate it with ``_()`` where it is shown."""
    return message


#: The language the messages are written in, in the code (the catalogs' msgid).
SOURCE = "en"
#: A text longer than this is not said again (a record keeps a few hundred characters).
RETOLD_MOST = 2000


def retold(text: str, code: str) -> str:
    """``text``, a message said in the current language, said again in ``code`` through the
    catalogs: for a record kept in one language (the register's ghi chú is Vietnamese) of a
    failure the user read in hers. The message it is is found by its words between the
    placeholders; a placeholder's value that is a message itself is said again in turn, and
    what no message matches (a file name, the system's own words) is kept as it is.

    >>> with language_kept():
    ...     set_language("en")
    ...     retold("x.docx: the disk is full", "vi")
    ...     retold("2 problems in kh.yaml:\\n  - dia_danh: required; add it", "vi")
    'x.docx: ổ đĩa đã đầy'
    '2 lỗi trong kh.yaml:\\n  - dia_danh: bắt buộc; hãy thêm vào'
    """
    if language() == code or language() != SOURCE or len(text) > RETOLD_MOST:
        return text
    lines = []
    for line in text.split("\n"):  # a list of problems: its head, then a problem a line
        body = line.lstrip(" -")
        lines.append(line[:len(line) - len(body)] + _retold(body, code, depth=3))
    return "\n".join(lines)


def _retold(text: str, code: str, depth: int) -> str:
    whole = _messages(code)[0].get(text)
    if whole is not None:
        return whole
    best: tuple[int, str, dict[str, object]] | None = None
    for size, parts, target in _messages(code)[1]:
        if best is not None and size <= best[0]:
            continue
        values = _values(parts, text)
        if values is not None:
            best = (size, target, values)
    if best is None:
        return text
    _size, target, values = best
    if depth > 1:
        values = {k: _retold(v, code, depth - 1) if isinstance(v, str) else v
                  for k, v in values.items()}
    try:
        return target.format(**values)
    except (KeyError, IndexError, ValueError, TypeError):
        return text


#: A message's pieces: each literal text and the placeholder after it (None after the last),
#: with the placeholder's conversion (``r`` for ``{name!r}``).
Parts = tuple[tuple[str, str | None, str | None], ...]


def _values(parts: Parts, text: str) -> dict[str, object] | None:
    """The placeholders' values if ``text`` is the message of ``parts``, else None: each value
    runs to the first place where the literal after it follows (a left-to-right scan, linear
    in the text)."""
    import ast

    position, field = 0, None
    values: dict[str, object] = {}
    for literal, next_field, _conversion in parts:
        if field is None:
            if not text.startswith(literal, position):
                return None
            position += len(literal)
        else:
            end = text.find(literal, position + 1) if literal else -1
            if end < 0:
                return None
            values[field] = text[position:end]
            position = end + len(literal)
        field = next_field
    if field is not None:
        if position >= len(text):
            return None
        values[field] = text[position:]
    elif position != len(text):
        return None
    for _literal, name, conversion in parts:
        if name and conversion == "r":  # {name!r}: the value as written, without its quotes
            try:
                values[name] = ast.literal_eval(str(values[name]))
            except (ValueError, SyntaxError, KeyError):
                return None
    return values


@cache
def _messages(code: str) -> tuple[dict[str, str], list[tuple[int, Parts, str]]]:
    """The catalog of ``code`` read for :func:`retold`: the messages without placeholders by
    their source text, and the others' pieces with the number of literal characters (the
    message that matches with the most words of its own is the one meant)."""
    import struct
    from string import Formatter

    from babel.messages.mofile import read_mo

    path = LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:  # no catalog to read says nothing again: the record keeps the text as it was said
        with path.open("rb") as handle:
            catalog = read_mo(handle)
    except (OSError, ValueError, struct.error):
        return {}, []
    whole: dict[str, str] = {}
    templates = []
    for message in catalog:
        ids = message.id if isinstance(message.id, (list, tuple)) else (message.id,)
        said = message.string if isinstance(message.string, str) else \
            (message.string or ("",))[0]
        for source in ids:
            if not source or not said:
                continue
            try:
                parts = tuple((literal, field, conversion) for literal, field, _spec, conversion
                              in Formatter().parse(source))
            except ValueError:
                continue
            if all(field is None for _literal, field, _conversion in parts):
                whole[source] = said
            elif all(field and field.isidentifier() for _literal, field, _conversion in parts
                      if field is not None):
                templates.append((sum(len(literal) for literal, _f, _c in parts), parts, said))
    return whole, templates


@contextmanager
def written_in(code: str) -> Iterator[None]:
    """Messages in ``code`` inside the block, whatever language the user reads: for text a
    record keeps (the register's ghi chú is Vietnamese, as the sổ of Phụ lục IV is)."""
    with language_kept():
        set_language(code)
        yield


@contextmanager
def language_kept() -> Iterator[None]:
    """Give back the language of before on leaving: a ``--lang`` given to one command line
    does not outlast it (the desk and the tests run many in one process)."""
    token = _current.set(_current.get())
    try:
        yield
    finally:
        _current.reset(token)
