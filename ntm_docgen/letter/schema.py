"""A small checker for nested spec data that reports every problem with its path at once."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from ntm_docgen.errors import Problem
from ntm_docgen.files.limits import LIST_LINES
from ntm_docgen.i18n import N_, _, number, said, shortened
from ntm_docgen.letter.fieldlabels import known_keys, labelled, missing
from ntm_docgen.letter.spec_items import not_text
from ntm_docgen.vietnamese.text import clean_control, close_matches, nfc
from ntm_docgen.vietnamese.typeddate import FIRST_YEAR, YearError, parse_date, year_in_full

#: A date's shape in either form a spec may use; ``parse_date`` then checks the calendar.
_DATE_SHAPE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2}")


def describe(value: Any) -> str:
    """Say what a value is, for a message: ``a list``, ``the number 12``, ``'abc'``."""
    if value is None:
        return _("nothing")
    if isinstance(value, bool):
        return _("{value} (a yes/no value)").format(value=str(value).lower())
    if isinstance(value, (int, float)):
        return _("the number {value}").format(value=value)
    if isinstance(value, str):
        return repr(shortened(value))
    if isinstance(value, Mapping):
        return _("a mapping (key: value lines)")
    if isinstance(value, list):
        return _("a list")
    return type(value).__name__


class Checker:
    """Collects problems while pulling typed values out of plain data."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: str, expected: str, found: str = "") -> None:
        """A value of the wrong shape or out of its range, named by its field's label as a
        field to fill is (``Signature (ky): expected a mapping of keys``)."""
        self.problems.append(Problem(path, expected, found, named_as=labelled(path)))

    def missing(self, path: str, found: str = "", write: str | None = None) -> None:
        """A field she must fill, named by its label and told what to write in it (``write``:
        said so for this letter)."""
        self.problems.append(Problem(path, write or missing(path), found,
                                     named_as=labelled(path)))

    def mapping(self, data: Any, path: str, allowed: set[str], required: set[str]) -> dict:
        """Check a mapping's keys; return it (or {} when it is not a mapping)."""
        if not isinstance(data, Mapping):
            self.fail(path, _("expected a mapping of keys"), describe(data))
            return {}
        for key in data:
            if key not in allowed:
                close = close_matches(str(key), allowed)
                known = known_keys(allowed, path)
                if close:
                    message = _("unknown key; remove it (did you mean {close}?). Known keys: "
                                "{known}").format(close=known_keys(close, path, sort=False),
                                                  known=known)
                else:
                    message = _("unknown key; remove it. Known keys: {known}").format(known=known)
                self.problems.append(Problem(_join(path, shortened(key)), message,
                                             close=tuple(close)))
        for key in sorted(required):
            value = data.get(key)
            if value is None or (isinstance(value, str) and not clean_control(value).strip()):
                self.missing(_join(path, key), _("only spaces or line breaks")
                             if isinstance(value, str) and value else "")
        return dict(data)

    def text(self, data: Mapping, key: str, path: str, lines: bool = False) -> str | None:
        """A text value, NFC-normalised, without control characters and stripped (quote a
        number to use it as text); line breaks kept only with ``lines``, else one space."""
        value = data.get(key)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            number = isinstance(value, (int, float)) and not isinstance(value, bool)
            self.fail(_join(path, key), _("expected text (put it in quotes if it is meant as "
                                          "text)") if number else _("expected text"),
                      describe(value))
            return None
        out = clean_control(nfc(str(value)), lines).strip()
        return out or None

    def integer(self, data: Mapping, key: str, path: str, *, minimum: int = 1) -> int | None:
        value = data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(_join(path, key), _("expected a whole number"), describe(value))
            return None
        if value < minimum:
            self.fail(_join(path, key), _("expected a number from {minimum} up")
                      .format(minimum=minimum), str(value))
            return None
        return value

    def year(self, data: Mapping, key: str, path: str) -> int | None:
        """A year of four digits; one typed short (``26``) or before 1945 told as ``ngay``'s."""
        value = self.integer(data, key, path, minimum=0)
        if value is not None and value < FIRST_YEAR:
            self._short_year(path, key, value, str(value))
            return None
        return value

    def iso_date(self, data: Mapping, key: str, path: str) -> date | None:
        """A date written as YAML's own (``2026-01-05``), or as clerks write it
        (``05/01/2026``, ``5/1/2026``); the same two forms the command line takes."""
        value = data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, date):
            if value.year < FIRST_YEAR:  # YAML reads 0026-12-05 as a date of the year 26
                self._short_year(path, key, value.year, value.isoformat())
                return None
            return value
        text = str(value).strip()
        if not _DATE_SHAPE.fullmatch(text):
            self.fail(_join(path, key), _("expected a date as DD/MM/YYYY (05/01/2026) or "
                                          "YYYY-MM-DD (2026-01-05)"), describe(value))
            return None
        try:
            return parse_date(text)
        except YearError as e:
            self._short_year(path, key, e.year, text)
        except ValueError:
            self.fail(_join(path, key), _("that date does not exist; check day and month"),
                      describe(text))
        return None

    def _short_year(self, path: str, key: str, year: int, text: str) -> None:
        self.fail(_join(path, key), early_year(year), describe(text))

    def text_list(self, data: Mapping, key: str, path: str) -> tuple[str, ...]:
        """A list of text lines (``- item`` per line, or ``[a, b]``)."""
        value = data.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            if isinstance(value, str):
                message = _("expected a list of text lines; write it as a list: `{key}: "
                            "[{value}]` or `- {value}` on the next line").format(key=key,
                                                                                 value=value)
            else:
                message = _("expected a list of text lines")
            self.fail(_join(path, key), message, describe(value))
            return ()
        if len(value) > LIST_LINES.value():
            self.fail(_join(path, key), said(N_(
                "lists of {limit} lines at most; put a longer list in a spreadsheet sent with "
                "the letter, or raise the limit with the environment variable {env}"),
                limit=number(LIST_LINES.value()), env=LIST_LINES.env),
                _("{count} lines").format(count=number(len(value))))
            return ()
        out = []
        for index, item in enumerate(value):
            where = f"{_join(path, key)}[{index}]"
            if not isinstance(item, str):
                told = not_text(key, item)
                if told is None:
                    self.fail(where, _("expected text"), describe(item))
                else:
                    self.problems.append(Problem(where, told, named_as=labelled(where)))
                continue
            line = clean_control(nfc(item), lines=False).strip()
            if not line:
                self.fail(where, _("an empty line; remove it"), "''")
                continue
            out.append(line)
        return tuple(out)

    def choice(self, data: Mapping, key: str, path: str, choices: tuple[str, ...],
               normalise: Callable[[str], str] = lambda s: s) -> str | None:
        value = self.text(data, key, path)
        if value is None:
            return None
        fixed = normalise(value)
        if fixed not in choices:
            self.fail(_join(path, key), _("expected one of {choices}")
                      .format(choices=" | ".join(choices)), describe(value))
            return None
        return fixed


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def early_year(year: int) -> str:
    """What to do with a date of ``year``, before ``FIRST_YEAR``."""
    meant = year_in_full(year)
    if meant is None:
        return _("the year {year} is before {first}: check the year").format(
            year=year, first=FIRST_YEAR)
    return _("the year {year} is written short: write it with its four digits, e.g. "
             "{meant}").format(year=year, meant=meant)
