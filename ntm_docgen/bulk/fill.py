"""Fill ``{{ field }}`` placeholders in a spec's plain data from one recipient, never evaluating.

Substitution is one regular-expression pass per string, so an inserted value is never scanned
again: a recipient called ``{{ 7*7 }}`` prints as ``{{ 7*7 }}``. Values are cleaned for a
single line of text (line breaks and control characters become spaces). In body markup
(``noi_dung``) each value is put between markup's value marks, so the body's lines are read
as the letter's own text (a value ``---`` is three dashes, ``I. ...`` no heading), and the
characters inline markup would read (``*``, and ``|`` on a table line) are escaped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Mapping
from functools import lru_cache
from typing import Any

from ntm_docgen.files.resources import load_data
from ntm_docgen.files.textpaths import strings
from ntm_docgen.letter.markup import VALUE_END, VALUE_START
from ntm_docgen.vietnamese.text import nfc, strip_diacritics

#: ``{{ ten }}``, and a column named as its header is (``{{ Tên đơn vị }}``, ``{{ han-nop }}``,
#: ``{{ Số điện thoại (di động) }}``): words, spaces, and ``.``, ``-``, ``/`` and brackets
#: between them; ``{{ a + b }}`` or ``{{ ten|upper }}`` is none.
PLACEHOLDER = re.compile(r"\{\{\s*(\w(?:[\w.()/\- ]*[\w.)])?)\s*\}\}")

#: Line breaks as str.splitlines knows them.
_BREAKS = re.compile(r"[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
#: Control characters XML cannot hold (and tabs) become spaces; non-characters go.
_SPACES: dict[int, str | None] = {c: " " for c in range(0x20)}
_SPACES.update({c: " " for c in range(0x7F, 0xA0)})
_SPACES.update({0xFFFE: None, 0xFFFF: None})
_SPACES.update({c: None for c in range(0xFDD0, 0xFDF0)})  # noncharacters (markup's value marks)
#: Lone surrogates (from a broken file) cannot be written as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")


class Missing(Exception):
    """Raised inside filling when a placeholder has no value in the recipient's row."""

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name)
        self.name = name
        self.path = path


class Failed(Missing):
    """Raised inside filling when a placeholder's cell shows a spreadsheet's error (``#REF!``,
    ``#N/A``, LibreOffice's ``Err:502``): its formula failed, and the letter would print it."""

    def __init__(self, name: str, path: str, shown: str) -> None:
        super().__init__(name, path)
        self.shown = shown


#: What a spreadsheet shows in a cell whose formula failed: Excel's errors (openpyxl's list,
#: and those of newer versions) and LibreOffice's ``Err:`` with its number.
_FAILED = re.compile(r"#(?:NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A|SPILL!|CALC!|FIELD!"
                     r"|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)|Err:\d{3}")


def failed(value: str) -> bool:
    """Whether ``value`` is what a spreadsheet shows for a formula that failed.

    >>> failed(" #REF! "), failed("#N/A"), failed("Err:502"), failed("#1"), failed("N/A")
    (True, True, True, False, False)
    """
    return _FAILED.fullmatch(value.strip()) is not None


class Empty(Missing):
    """Raised inside filling when a placeholder's cell is empty in a field the letter may not
    print without it (the trích yếu, Kính gửi, the signer: ``may_be_empty``)."""


@lru_cache(maxsize=256)
def may_be_empty(path: str) -> bool:
    """Whether a placeholder of the field at ``path`` may be filled from an empty cell with a
    warning only: a sentence of the body (``o_trong_chi_canh_bao`` in ``data/bulk.yaml``).

    >>> may_be_empty("noi_dung"), may_be_empty("phu_luc[1].noi_dung"), may_be_empty("can_cu[0]")
    (True, True, True)
    >>> may_be_empty("trich_yeu"), may_be_empty("ky.ho_ten"), may_be_empty("noi_nhan[0]")
    (False, False, False)
    """
    return re.sub(r"\[\d+\]", "", path) in load_data("bulk.yaml")["o_trong_chi_canh_bao"]


@lru_cache(maxsize=4096)  # many rows share a value (the province, the kind of unit)
def clean_value(value: str) -> str:
    """A cell's text as one line: NFC, breaks and control characters as spaces, ends trimmed.

    >>> clean_value("  A&B <x>\\r\\n  dòng hai\\x00")
    'A&B <x> dòng hai'
    >>> clean_value("Ủy ban nhân dân xã Tân Thành") == nfc("Ủy ban nhân dân xã Tân Thành")
    True
    """
    # each break with the blanks around it is one space (split, not a pattern that starts
    # with blanks: that would rescan a long run of spaces from each of them)
    text = " ".join(part.strip(" \t") for part in _BREAKS.split(nfc(value))).translate(_SPACES)
    if _SURROGATE.search(text):
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text.strip()


def visible(text: str) -> bool:
    """Whether the text shows anything: not only spaces and invisible format characters.

    >>> visible(" x "), visible("\u200b \u00a0\u2060"), visible("")
    (True, False, False)
    """
    return any(not c.isspace() and unicodedata.category(c) not in ("Cf", "Cc", "Mn")
               for c in text)


def is_markup(path: str) -> bool:
    """Whether the field at ``path`` is body markup (contract §2).

    >>> is_markup("noi_dung"), is_markup("phu_luc[0].noi_dung"), is_markup("trich_yeu")
    (True, True, False)
    """
    return path == "noi_dung" or path.endswith(".noi_dung")



@lru_cache(maxsize=1024)  # looked up for every recipient of a bulk run
def field_alias(name: str) -> str:
    """The placeholder name that also reaches a column whose header is not one word.

    >>> field_alias("Họ tên"), field_alias("Số điện thoại (di động)"), field_alias("ten")
    ('ho_ten', 'so_dien_thoai_di_dong', 'ten')
    """
    return "_".join(re.findall(r"[a-z0-9]+", strip_diacritics(name).casefold()))


def placeholder_name(found: str) -> str:
    """A placeholder's name as written between the braces: NFC, its spaces collapsed.

    >>> placeholder_name("Tên  đơn vị"), placeholder_name("ten")
    ('Tên đơn vị', 'ten')
    """
    return " ".join(nfc(found).split())


def field_of(name: str, fields: Container[str]) -> str | None:
    """The key of ``fields`` a placeholder's ``name`` reaches: the column of that name, or the
    one of the same words without marks, case and punctuation (``{{ ten_don_vi }}``, ``{{ TÊN
    ĐƠN VỊ }}`` for the column "Tên đơn vị"); None when no column has it.

    >>> fields = {"Tên đơn vị": "x", "ten_don_vi": "x", "han-nop": "y", "han_nop": "y"}
    >>> field_of("TÊN ĐƠN VỊ", fields), field_of("han-nop", fields), field_of("ma", fields)
    ('ten_don_vi', 'han-nop', None)
    """
    if name in fields:
        return name
    alias = field_alias(name)
    return alias if alias in fields else None


def placeholders(data: Any) -> dict[str, list[str]]:
    """Each placeholder name used in the data, with the paths of the fields that use it.

    >>> placeholders({"noi_dung": "Gửi {{ ten }} ({{ma}})", "can_cu": ["{{ ten }}"]})
    {'ten': ['noi_dung', 'can_cu[0]'], 'ma': ['noi_dung']}
    """
    found: dict[str, list[str]] = {}
    for path, text in strings(data):
        for match in PLACEHOLDER.finditer(text):
            paths = found.setdefault(placeholder_name(match.group(1)), [])
            if path not in paths:
                paths.append(path)
    return found


#: Template syntax a clerk may try: ``{{ ten|upper }}``, ``{{ a + b }}``, ``{% if ... %}``.
_LOOKALIKE = re.compile(r"\{\{[^{}]*\}\}|\{%[^%]*%\}")  # linear: no run crosses a brace


def lookalikes(data: Any) -> list[tuple[str, str]]:
    """Each ``{{ ... }}`` that is no placeholder, and each ``{% ... %}``, with its field's path:
    only ``{{ field }}`` is filled (contract §2), so these print as written in every letter.

    >>> lookalikes({"noi_dung": "{{ ten }} {{ ten|upper }}", "can_cu": ["{% if a %}x{% endif %}"]})
    [('noi_dung', '{{ ten|upper }}'), ('can_cu[0]', '{% if a %}'), ('can_cu[0]', '{% endif %}')]
    """
    found: list[tuple[str, str]] = []
    for path, text in strings(data):
        for match in _LOOKALIKE.finditer(text):
            if not PLACEHOLDER.fullmatch(match.group(0)) and (path, match.group(0)) not in found:
                found.append((path, match.group(0)))
    return found


@lru_cache(maxsize=4096)
def _escape_markup(value: str, table_line: bool) -> str:
    """A cleaned value as body markup reads it: between the value marks, its stars (and on a
    table line its bars) escaped."""
    value = value.replace("*", "\\*")
    return VALUE_START + (value.replace("|", "\\|") if table_line else value) + VALUE_END


#: A text cut at its placeholders: its literal pieces, and between them each placeholder's
#: name with whether it stands on a table line of body markup.
_Pieces = tuple[tuple[str, ...], tuple[tuple[str, bool], ...]]


@lru_cache(maxsize=256)  # the spec's few texts with placeholders, cut once for every recipient
def _pieces(text: str, markup: bool) -> _Pieces:
    """``text`` cut at its placeholders; in body markup line by line (a placeholder never spans
    two lines there), elsewhere across the whole text."""
    literal, names = [], []
    pending = ""
    for line in text.splitlines(keepends=True) if markup else [text]:
        table_line = markup and line.lstrip().startswith("|")
        position = 0
        for match in PLACEHOLDER.finditer(line):
            literal.append(pending + line[position:match.start()])
            names.append((placeholder_name(match.group(1)), table_line))
            pending, position = "", match.end()
        pending += line[position:]
    literal.append(pending)
    return tuple(literal), tuple(names)


def fill_text(text: str, fields: Mapping[str, str | None], path: str = "") -> str:
    """``text`` with every placeholder replaced by its field, in one pass.

    >>> fill_text("Kính gửi {{ kinh_gui }}: {{x}}", {"kinh_gui": "{{ x }}", "x": "A&B <y>"})
    'Kính gửi {{ x }}: A&B <y>'
    >>> body = fill_text("| {{ a }} | **{{ a }}** |", {"a": "x|*y*"}, "noi_dung")
    >>> body.replace(VALUE_START, "<").replace(VALUE_END, ">")
    '| <x\\\\|\\\\*y\\\\*> | **<x\\\\|\\\\*y\\\\*>** |'
    """
    if "{{" not in text:
        return text
    markup = is_markup(path)
    literal, names = _pieces(text, markup)
    out = [literal[0]]
    for (name, table_line), after in zip(names, literal[1:], strict=True):
        key = field_of(name, fields)
        found = fields[key] if key is not None else None
        if found is None:
            raise Missing(name, path)
        found = clean_value(found)
        if failed(found):
            raise Failed(name, path, found.strip())
        if not may_be_empty(path) and not (found[:1].isalnum() or visible(found)):
            raise Empty(name, path)
        out += (_escape_markup(found, table_line) if markup else found, after)
    return "".join(out)


def fill(data: Any, fields: Mapping[str, str | None], path: str = "") -> Any:
    """A copy of the plain data with placeholders filled; raises Missing for an absent value,
    Empty for an empty one where the letter may not go without it, Failed for a spreadsheet's
    error."""
    if isinstance(data, str):
        return fill_text(data, fields, path)
    if isinstance(data, Mapping):
        return {key: fill(value, fields, f"{path}.{key}" if path else str(key))
                for key, value in data.items()}
    if isinstance(data, list):
        return [fill(value, fields, f"{path}[{index}]") for index, value in enumerate(data)]
    return data
