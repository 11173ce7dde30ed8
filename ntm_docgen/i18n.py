"""The message catalogs: every text a user reads goes through ``_()``.

Messages are written in English in the code, as whole sentences with named placeholders::

    raise InputFileError(path, _("the output folder {folder} does not exist").format(folder=...))

and ``locale/vi/LC_MESSAGES/ntm_docgen.po`` gives each in Vietnamese. Vietnamese is the default;
English is used when ``--lang en``, ``NTM_DOCGEN_LANG=en`` or the locale (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG) asks for it. Field paths, codes and file names stay as they are.

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


def N_(message: str) -> str:
    """Mark ``message`` for the catalog without translating it now (help texts, tables built
    at import time); translate it with ``_()`` where it is shown."""
    return message


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
