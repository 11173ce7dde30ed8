"""What ``render`` tells of a spec, told once by a bulk run: the first letter's warnings on the
fields no row of the list changes (a name typed in capitals, a trích yếu in capitals, a Lưu
line without VT); those a row fills are told with their rows (``listnotes``)."""

from __future__ import annotations

import re

from ntm_docgen.bulk.letters import LetterMaker
from ntm_docgen.i18n import N_, said
from ntm_docgen.letter.spec import Spec
from ntm_docgen.letter.table_notes import NOTES

#: The spec's key a warning of ``spec_warnings`` begins with (``ky`` of ``ky.ho_ten: …``).
_KEY = re.compile(r"[a-z_]+")
#: A Nơi nhận item naming every unit of a kind (``UBND các xã, phường``, ``Các sở, ngành``).
_ALL_OF = re.compile(r"\bcác (?:xã|phường|thị trấn|huyện|thôn|sở|đơn vị|cơ quan)\b", re.IGNORECASE)


def spec_notes(maker: LetterMaker, letter: Spec | None) -> list[str]:
    """``render``'s warnings of ``letter`` (a bulk run's first letter) on the spec's own
    fields: the same in every letter, told once; none for a run with no letter."""
    from ntm_docgen.letter.spec_warnings import spec_warnings

    if letter is None:
        return []
    notes = once_to_all(maker, letter) + kinh_gui_replaced(maker)
    for warning in spec_warnings(letter):
        key = _KEY.match(warning)
        # a table's rows are the spec's own lines, whatever a row of the list fills in them
        if key is None or key.group(0) not in maker.varying \
                or getattr(warning, "msgid", None) in NOTES:
            notes.append(warning)
    return notes


def once_to_all(maker: LetterMaker, letter: Spec) -> list[str]:
    """A letter of a type with no Kính gửi line (a Kế hoạch, a Quyết định) with no placeholder:
    each recipient's letter is the same one, its addressee only added to its Nơi nhận; and a
    Nơi nhận item that names them all already."""
    if maker.kinh_gui_line or maker.filled_keys:
        return []
    once = said(N_("nothing in the letter is filled from the list, and a {type} has no Kính "
                   "gửi line: every letter is the same {type}, only its Nơi nhận differs; a "
                   "{type} is issued once, with one number, its Nơi nhận listing whom it goes "
                   "to: make it as one letter (or give the letters their own content with "
                   "placeholders)"), type=letter.loai.ten.lower())
    notes: list[str] = [once]
    covering = next((item for item in letter.noi_nhan if _ALL_OF.search(item)), None)
    if covering is not None:
        notes.append(said(N_("noi_nhan: “{item}” names every recipient already: each letter "
                             "would list its own addressee above it"), item=covering))
    return notes


def kinh_gui_replaced(maker: LetterMaker) -> list[str]:
    """The spec's own Kính gửi, typed without a placeholder, which each letter prints with its
    row's recipient instead (contract13 #3, #9): said once, quoting it; with several lines, the
    others named there get no letter of the run."""
    data = maker.data
    own = data.get("kinh_gui") if isinstance(data, dict) else None
    lines = [own] if isinstance(own, str) else own if isinstance(own, list) else []
    lines = [str(line).strip() for line in lines if str(line).strip()]
    if not maker.kinh_gui_line or not lines or "kinh_gui" in maker.filled_keys:
        return []
    quoted = "; ".join(f"“{line}”" for line in lines)
    if len(lines) == 1:
        return [said(N_("kinh_gui: each letter is addressed to its own recipient from the list "
                        "in place of the letter's Kính gửi {line}; check that the body speaks "
                        "to that recipient"), line=quoted)]
    return [said(N_("kinh_gui: the letter is addressed to {count} lines ({lines}), and each "
                    "letter of the list is addressed to its own recipient alone: those lines "
                    "get no letter of this run, and each recipient reads a body written to "
                    "all; send it to them as one letter, or write the letter to one recipient"),
                 count=len(lines), lines=quoted)]


def replaced_numbers(data: object) -> list[str]:
    """What ``--so-rieng`` replaces: the spec's ``so`` and its ``ban_sao.so``.

    >>> replaced_numbers({"so": 12, "ban_sao": {"so": 3}})[0][:7], replaced_numbers({})
    ('so: 12 ', [])
    """
    if not isinstance(data, dict):
        return []
    notes: list[str] = []
    if data.get("so") not in (None, ""):
        notes.append(said(N_("so: {so} in the spec is replaced by each letter's own number from "
                             "the register"), so=data["so"]))
    copy = data.get("ban_sao")
    if isinstance(copy, dict) and copy.get("so") not in (None, ""):
        notes.append(said(N_("ban_sao.so: {so} in the spec is replaced by each copy's own number "
                             "from the register"), so=copy["so"]))
    return notes
