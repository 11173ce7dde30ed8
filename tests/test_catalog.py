"""The message catalogs: every message in the code has its Vietnamese text, with the same
placeholders, and the compiled .mo that ships is current."""

from __future__ import annotations

import io
import re
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "ntm_docgen" / "locale"
PO = LOCALE / "vi" / "LC_MESSAGES" / "ntm_docgen.po"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def source_messages() -> dict[str, str]:
    """msgid -> where it is, for every message the code marks."""
    method_map = [("**.py", "python"), ("desk/templates/**.html", "jinja2")]
    found = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
            ROOT / "ntm_docgen", method_map, keywords=KEYWORDS):
        msgid = message[0] if isinstance(message, tuple) else message
        found[msgid] = f"{filename}:{lineno}"
    return found


def catalog():
    with PO.open("rb") as handle:
        return read_po(handle, locale="vi")


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_message_has_its_vietnamese_text():
    cat = catalog()
    missing = []
    for msgid, where in sorted(source_messages().items()):
        entry = cat.get(msgid)
        strings = (entry.string if isinstance(entry.string, tuple) else (entry.string,)) \
            if entry else ("",)
        if entry is None or entry.fuzzy or not all(strings):
            missing.append(f"{where}: {msgid!r}")
    assert missing == [], "run python tools/catalog.py and translate:\n" + "\n".join(missing)


def test_no_stale_message_in_the_catalog():
    known = set(source_messages())
    stale = [m.id for m in catalog() if m.id and (m.id[0] if isinstance(m.id, tuple)
                                                   else m.id) not in known]
    assert stale == [], "run python tools/catalog.py"


def test_placeholders_agree():
    """A translation has the source's placeholders. Vietnamese has one plural form, which
    serves both English forms: it may use any placeholder of either, and needs those of both."""
    wrong = []
    for message in catalog():
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        every = set().union(*(fields(i) for i in ids))
        shared = set.intersection(*(fields(i) for i in ids))
        for text in strings:
            if text and not shared <= fields(text) <= every:
                wrong.append(f"{ids[0]!r}: {sorted(fields(text))} != {sorted(every)}")
    assert wrong == []


def test_compiled_catalog_is_current():
    out = io.BytesIO()
    write_mo(out, catalog())
    assert (PO.with_suffix(".mo")).read_bytes() == out.getvalue(), "run python tools/catalog.py"


@pytest.mark.parametrize("text", ["{a} and {b}", "no field", "{count} thư"])
def test_fields(text):
    assert fields(text) == set(re.findall(r"\{(\w+)\}", text))
