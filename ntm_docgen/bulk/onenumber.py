"""Bulk letters that are different documents under the spec's one number: a warning."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ntm_docgen.bulk.fill import clean_value, field_of, placeholders
from ntm_docgen.files.resources import load_data
from ntm_docgen.files.textpaths import strings
from ntm_docgen.i18n import N_, said

if TYPE_CHECKING:
    from ntm_docgen.bulk.recipients import RecipientList


def one_number(data: Any, people: RecipientList) -> list[str]:
    """A warning when the spec gives every letter its ``so`` while a placeholder makes a field
    the register records of a document (the trích yếu, the signer, the date:
    ``van_ban_khac`` in ``data/bulk.yaml``) differ from letter to letter: those letters are
    different documents, and a number with its ký hiệu is given once a year."""
    if not isinstance(data, dict) or data.get("so") in (None, ""):
        return []
    own = [field_of(name, people.fields) for name in placeholders(str(data["so"]))]
    if any(column is not None and _differs(column, people) for column in own):
        return []  # "{{ so }}" from a column of numbers: each letter has its own
    recorded = load_data("bulk.yaml")["van_ban_khac"]
    fields: list[str] = []
    columns: list[str] = []
    for path, text in strings(data):
        if re.split(r"[.\[]", path)[0] not in recorded:
            continue
        for name in placeholders(text):
            column = field_of(name, people.fields)
            if column is None or not _differs(column, people):
                continue
            if path not in fields:
                fields.append(path)
            if column not in columns:
                columns.append(column)
    if not fields:
        return []
    return [said(N_("so: every letter carries the spec's number {so}, but what the register "
                    "records of them differs from letter to letter ({fields}, filled from "
                    "column {columns}): they are different documents, and a number with its ký "
                    "hiệu is given once a year; give each letter its own number from the "
                    "register (--so-rieng)"),
                 so=data["so"], fields=", ".join(fields), columns=", ".join(columns))]


def _differs(column: str, people: RecipientList) -> bool:
    """Whether the rows hold two values or more in ``column``."""
    seen: set[str] = set()
    for person in people.recipients:
        seen.add(clean_value(person.fields.get(column) or ""))
        if len(seen) > 1:
            return True
    return False
