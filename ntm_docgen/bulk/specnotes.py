"""What ``render`` tells of a spec, told once by a bulk run: the first letter's warnings on the
fields no row of the list changes (a name typed in capitals, a trích yếu in capitals, a Lưu
line without VT); those a row fills are told with their rows (``listnotes``)."""

from __future__ import annotations

import re

from ntm_docgen.bulk.letters import LetterMaker
from ntm_docgen.letter.spec import Spec

#: The spec's key a warning of ``spec_warnings`` begins with (``ky`` of ``ky.ho_ten: …``).
_KEY = re.compile(r"[a-z_]+")


def spec_notes(maker: LetterMaker, letter: Spec | None) -> list[str]:
    """``render``'s warnings of ``letter`` (a bulk run's first letter) on the spec's own
    fields: the same in every letter, told once; none for a run with no letter."""
    from ntm_docgen.letter.spec_warnings import spec_warnings

    if letter is None:
        return []
    notes = []
    for warning in spec_warnings(letter):
        key = _KEY.match(warning)
        if key is None or key.group(0) not in maker.varying:
            notes.append(warning)
    return notes
