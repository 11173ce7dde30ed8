"""What the clerk is told of her list before the letters are made: what was read in a way she
may not expect (a legacy font, a title, a total, a sheet passed over, merged cells, a phone
number's lost 0, a hidden column), and the cells and addressees to look at again."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from ntm_docgen.bulk.listmarks import marked_cells
from ntm_docgen.bulk.sheets import KINH_GUI
from ntm_docgen.errors import row_ranges
from ntm_docgen.i18n import N_, _, said, said_n, shortened

if TYPE_CHECKING:
    from ntm_docgen.bulk.recipients import RecipientList


def legacy_note(people: RecipientList) -> list[str]:
    """A warning when the list was typed in a legacy font and read in Unicode: the clerk
    looks at the names once more in the letters."""
    from ntm_docgen.vietnamese.legacy import NAMES

    if people.legacy is None:
        return []
    return [said(N_("{path}: the list is typed in the old {encoding} fonts; its text was "
                    "converted to Unicode for the letters: check the names in the first "
                    "letters against the list"), path=people.source,
                 encoding=NAMES[people.legacy])]


def list_notes(people: RecipientList, data: Any, numbered: bool = False) -> list[str]:
    """What the clerk is told of the list before the letters: the legacy fonts converted, the
    title and total rows left out, what the sheet's layout made the reading assume, the rows
    whose cell a placeholder prints is empty, and an addressee given twice (``numbered``: each
    letter takes a number of the register)."""
    from ntm_docgen.bulk.fill import field_of, may_be_empty, placeholders

    notes = legacy_note(people) + repeated_notes(people, numbered)
    notes += [said(N_("{path}: row {row} (“{text}”) stands above the column names: it is taken "
                      "as the list's title, no recipient"), path=people.source, row=row,
                   text=shortened(text)) for row, text in people.titles]
    from ntm_docgen.bulk.fill import field_alias
    from ntm_docgen.bulk.recipients import block_line  # recipients reads its notes from here

    printed = {field_alias(field_of(name, people.fields) or name) for name in placeholders(data)}
    notes += [note for column, note in people.notes
              if not column or field_alias(column) in printed | {KINH_GUI}]
    notes += [said(N_("{path}: row {row} (“{text}”) is a line of a Nơi nhận block, it is no "
                      "recipient: no letter is made for it"), path=people.source, row=row,
                   text=text) if block_line(text) else
              said(N_("{path}: row {row} (“{text}”) totals the list, it is no recipient: no "
                      "letter is made for it"), path=people.source, row=row, text=text)
              for row, text in people.totals]
    from ntm_docgen.vietnamese.donvi import HAI_CAP

    day = letter_day(data)
    if day is None or day >= HAI_CAP:  # before: a letter to the communes of then
        notes += _misspelt_units(people)
    if day is not None and day >= HAI_CAP:
        notes += _districts(people, day)
    notes += _shared_letters(people) + signers_in_capitals(people, data) + _pasted(people)
    notes += marked_cells(people)  # ``{{ ten }}``, ``<b>``: printed as typed
    for name, paths in placeholders(data).items():
        column = field_of(name, people.fields)
        placeholder = "{{ " + name + " }}"  # as typed in the template
        hidden = people.hidden.get(column or "")
        if hidden:
            notes.append(said(N_("{path}: column {letter} (“{column}”) is hidden in the sheet, "
                                 "but {placeholder} is filled from it: check what it holds "
                                 "before the letters go out"), path=people.source,
                              letter=hidden, column=column, placeholder=placeholder))
        empty = [p.row for p in people.recipients
                 if column is not None and p.fields.get(column) == ""
                 and all(may_be_empty(path) for path in paths)]  # else the row is refused
        if empty:
            notes.append(said_n("{path}: {placeholder} is filled from column {column}, whose "
                                "cell is empty in row {rows}: that letter prints nothing "
                                "there; fill the cell, or check the letter",
                                "{path}: {placeholder} is filled from column {column}, whose "
                                "cell is empty in rows {rows}: those letters print nothing "
                                "there; fill the cells, or check those letters",
                                len(empty), path=people.source,
                                placeholder=placeholder, column=column,
                                rows=row_ranges(empty)))
    return notes


#: The msgids of an addressee given twice: the desk shows it in its table's rows instead.
REPEATED = (N_("{path}: rows {rows} are all addressed to “{name}”: {count} letters go to it; "
               "delete the row given twice, or check the rows"),
            N_("{path}: rows {rows} are all addressed to “{name}”: {count} letters go to it, "
               "and each takes a number of the register; delete the row given twice, or check "
               "the rows"))


def addressee_key(text: str) -> str:
    """An addressee as compared with the others: case, spaces, the ending's marks and the
    abbreviation UBND aside.

    >>> addressee_key(" UBND  xã Tân Thành;") == addressee_key("Ủy ban nhân dân xã Tân Thành")
    True
    """
    from ntm_docgen.vietnamese.text import nfc

    key = " ".join(nfc(text).casefold().replace("uỷ", "ủy").split()).strip(" .;,-–")
    return re.sub(r"\bubnd\b", "ủy ban nhân dân", key)


def repeated(people: RecipientList) -> list[list[int]]:
    """The rows given the same addressee, each group in the list's order (a row pasted twice)."""
    rows: dict[str, list[int]] = {}
    for person in people.recipients:
        rows.setdefault(addressee_key(person.kinh_gui), []).append(person.row)
    return [group for group in rows.values() if len(group) > 1]


def repeated_notes(people: RecipientList, numbered: bool = False) -> list[str]:
    """A warning for each addressee given in two rows or more: it would get a letter a row."""
    first = {p.row: p.kinh_gui for p in people.recipients}
    return [said(REPEATED[numbered], path=people.source, rows=_(" and ").join(
        [", ".join(map(str, group[:-1])), str(group[-1])]), name=first[group[0]],
        count=len(group)) for group in repeated(people)]


#: A commune-level unit named in an addressee: its kind, then its name up to a comma or the end
#: ("Bảo hiểm xã hội tỉnh" names none).
_UNIT = re.compile(r"\b(xã|phường|đặc khu)\s+(?!hội\b)([^\W\d_][^,;()]*)", re.IGNORECASE)


def _units(addressee: str) -> list[tuple[str, str]]:
    """Each unit an addressee names, its kind and its name (blanks after it set aside in code:
    a lazy pattern that did so took seconds on a cell of spaces)."""
    return [(kind, name.rstrip()) for kind, name in _UNIT.findall(addressee)]


#: An aside in brackets in an addressee: the unit's former names, a note.
_ASIDE = re.compile(r"\([^()]*\)")


def letter_day(data: Any) -> date | None:
    """The bulk spec's ``ngay`` as a date (written as clerks or ISO write it), None when it has
    none or none that reads (the spec's check says what is wrong with it)."""
    from ntm_docgen.vietnamese.typeddate import parse_date

    day = data.get("ngay") if isinstance(data, dict) else None
    if isinstance(day, str):
        try:
            return parse_date(day)
        except ValueError:
            return None
    return day if isinstance(day, date) else None


#: The names not in the 2025 list held against it for a near one, at most (7 ms each): a
#: list with more is no list of the 2025 units (a province has 168 at most), and its 20,000
#: rows were read in 140 s.
_LOOKS = 400


def _misspelt_units(people: RecipientList) -> list[str]:
    """A warning for each addressee naming a commune, ward or special zone the 2025 list does
    not have, when one or a few of it have its letters with other marks (``xã Hữu Lủng``) or
    are a letter or two away (``xã Bắc Sơnn``)."""
    from ntm_docgen.vietnamese.donvi import listed_unit, misspelt_unit

    notes: list[str] = []
    looked = 0
    for person in people.recipients:
        for kind, name in _units(person.kinh_gui):
            if not name[0].isupper() or listed_unit(kind.lower(), name):  # "xã hội" is none
                continue
            looked += 1
            if looked > _LOOKS:  # no list of the 2025 units: not each name held against it
                return notes
            meant = "” / “".join(misspelt_unit(kind.lower(), name))
            if meant:
                notes.append(said(N_("{path}: row {row}: {kind} “{name}” is not in the 2025 "
                                     "list; is it {kind} “{meant}”? Check the name in the list"),
                                  path=people.source, row=person.row, kind=kind.lower(),
                                  name=name, meant=meant))
    return notes


def _shared_letters(people: RecipientList) -> list[str]:
    """A warning for each addressee naming two units or more (``Ủy ban nhân dân xã Tân
    Thành, xã Hữu Lũng`` in one cell): one letter goes to them all, where a bulk list makes a
    letter a row."""
    notes: list[str] = []
    for person in people.recipients:
        told = _ASIDE.sub(" ", person.kinh_gui)  # "(trước đây là xã A, xã B)" names no addressee
        units = list(dict.fromkeys(f"{kind.lower()} {name}" for kind, name in _units(told)
                                   if name[0].isupper()))  # Đảng ủy and UBND of one xã: one
        if len(units) >= 2:
            notes.append(said(N_("{path}: row {row}: the addressee names {count} units "
                                 "(“{units}”), and one letter goes to them all; give each unit "
                                 "a row of its own for a letter each"), path=people.source,
                              row=person.row, count=len(units), units="”, “".join(units)))
    return notes


#: The signatures whose name a bulk letter may take from the list.
_SIGNERS = ("ky.ho_ten", "ban_sao.ky.ho_ten")


def signers_in_capitals(people: RecipientList, data: Any) -> list[str]:
    """The warning ``render`` gives a signer's name typed in capitals, for a name the letters
    take from the list (``{{ Người ký }}``): each name with its rows and the name as the decree
    prints it, to be written so in the list."""
    from ntm_docgen.bulk.fill import Missing, field_of, fill_text, placeholders
    from ntm_docgen.files.textpaths import strings
    from ntm_docgen.vietnamese.text import name_in_capitals

    notes: list[str] = []
    for path, text in strings(data):
        if path not in _SIGNERS or not placeholders(text):
            continue
        rows: dict[str, list[int]] = {}
        for person in people.recipients:
            try:
                name = fill_text(text, person.fields, path)
            except Missing:  # the row is refused, saying why
                continue
            if name_in_capitals(name):
                rows.setdefault(name, []).append(person.row)
        columns = ", ".join(field_of(name, people.fields) or name for name in placeholders(text))
        notes += [said_n("{path}: row {rows}: {field}: “{name}” is in capitals; the decree "
                         "prints the name in lower case with capital initials: write “{wanted}” "
                         "in column {columns}",
                         "{path}: rows {rows}: {field}: “{name}” is in capitals; the decree "
                         "prints the name in lower case with capital initials: write “{wanted}” "
                         "in column {columns}", len(numbers), path=people.source,
                         rows=_some(numbers), field=path, name=shortened(name),
                         wanted=shortened(_initials(name)), columns=columns)
                  for name, numbers in rows.items()]
    return notes


def _pasted(people: RecipientList) -> list[str]:
    """The addressees that start with a spreadsheet's formula sign (``=Ủy ban nhân dân …``),
    which each letter would print after “Kính gửi:” (review11 #6; render says the same of a
    spec's own, ``letter/pasted.py``)."""
    from ntm_docgen.letter.pasted import SIGNS

    rows = [p.row for p in people.recipients if (p.kinh_gui or "").startswith(SIGNS)]
    if not rows:
        return []
    return [said_n("{path}: row {rows}: the addressee starts with a spreadsheet's formula "
                   "sign (=, + or @), which the letter would print: delete it in the list",
                   "{path}: rows {rows}: the addressee starts with a spreadsheet's formula "
                   "sign (=, + or @), which the letter would print: delete it in the list",
                   len(rows), path=people.source, rows=_some(rows))]


#: The rows a warning names one by one before "… (N more)".
ROWS_NAMED = 10


def _some(rows: list[int]) -> str:
    """The first rows written short, the others counted.

    >>> _some([2, 3, 4]), _some(list(range(2, 40, 2)))[-19:]
    ('2-4', '20, … (9 more rows)')
    """
    shown = row_ranges(rows[:ROWS_NAMED])
    more = len(rows) - ROWS_NAMED
    return shown + _(", … ({more} more rows)").format(more=more) if more > 0 else shown


def _initials(name: str) -> str:
    """A name typed in capitals as the decree prints it, each word's first letter a capital.

    >>> _initials("HOÀNG VĂN NAM"), _initials("ĐỖ thị A"), _initials("NGUYỄN Văn ĐỨC")
    ('Hoàng Văn Nam', 'Đỗ thị A', 'Nguyễn Văn Đức')
    """
    return " ".join(word[0] + word[1:].lower() if len(word) > 1 and word.isupper() else word
                    for word in name.split())


def _districts(people: RecipientList, day: date) -> list[str]:
    """The rows whose addressee names a huyện in a letter dated from 1 July 2025, when there
    are none (render tells a Kính gửi typed in the spec so: letter/two_levels.py)."""
    from ntm_docgen.letter.two_levels import names_a_district
    from ntm_docgen.vietnamese.donvi import HAI_CAP
    from ntm_docgen.vietnamese.text import ngay_so

    rows = [p.row for p in people.recipients if names_a_district(p.kinh_gui)]
    if not rows:
        return []
    return [said(N_("{path}: the addressee of rows {rows} names a huyện, but the letter is dated "
                    "{day}: since {since} there are no huyện; address the xã, phường and đặc "
                    "khu"), path=people.source, rows=_some(rows),
                 day=ngay_so(day), since=ngay_so(HAI_CAP))]
