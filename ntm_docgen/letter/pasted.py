"""A name pasted from a spreadsheet: a signer, an addressee or a Nơi nhận item that starts
with a sign a spreadsheet takes for a formula (``+Lê Văn Bình``, ``=Nguyễn A``, ``@UBND``).

Such a cell is almost always a paste from Excel, whose sign came along; the letter prints it
as typed. The sổ's exports already keep such a cell as text (``files/spreadsheet.py``); the
letter says it once per field, naming the field and the sign, so that the clerk deletes it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ntm_docgen.i18n import N_, said, shortened
from ntm_docgen.letter.spec import Spec

#: The signs a spreadsheet reads as a formula at a cell's start (``files.spreadsheet``), but
#: for the dash, which opens the decree's own Nơi nhận lines (``- Như trên;``), and the tab
#: and carriage return, which a field never keeps at its start.
SIGNS = ("=", "+", "@")

PASTED = N_("{path}: “{text}” starts with “{sign}”, as a cell copied from a spreadsheet "
            "(Excel) does, and the letter prints the “{sign}”: delete it unless it is part of "
            "the text")


def pasted_signs(spec: Spec) -> list[str]:
    """One warning per field (signer, Kính gửi, Nơi nhận, the copy's) whose text starts with
    a spreadsheet's formula sign.

    >>> from ntm_docgen.letter.spec import parse_spec
    >>> spec = parse_spec({"loai": "CV", "co_quan": {"ten": "UBND XÃ A"}, "dia_danh": "A",
    ...     "trich_yeu": "V/v X", "kinh_gui": ["=UBND huyện"], "noi_nhan": ["Như trên", "@VP"],
    ...     "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "+Lê Văn Bình"}})
    >>> [w.split(":")[0] for w in pasted_signs(spec)]
    ['ky.ho_ten', 'kinh_gui[0]', 'noi_nhan[1]']
    """
    return [said(PASTED, path=path, text=shortened(text), sign=text[0])
            for path, text in _fields(spec) if text.startswith(SIGNS)]


def _fields(spec: Spec) -> Iterator[tuple[str, str]]:
    """The names a letter prints that a clerk may paste from a list, with their paths."""
    yield "ky.ho_ten", spec.ky.ho_ten or ""
    for i, item in enumerate(spec.kinh_gui):
        yield f"kinh_gui[{i}]", item
    for i, item in enumerate(spec.noi_nhan):
        if not item.startswith("+ "):  # a part of the item above (``+ CVP``, spec_blocks)
            yield f"noi_nhan[{i}]", item
    if spec.ban_sao is not None:
        yield "ban_sao.ky.ho_ten", spec.ban_sao.ky.ho_ten or ""
        for i, item in enumerate(spec.ban_sao.noi_nhan):
            if not item.startswith("+ "):
                yield f"ban_sao.noi_nhan[{i}]", item
