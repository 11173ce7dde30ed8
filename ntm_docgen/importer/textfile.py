"""The text of a letter kept as a .txt file: in whichever encoding Windows saved it, and text
typed in a legacy Vietnamese font (TCVN3 ``.VnTime``, VNI) read as Unicode
(``vietnamese/legacy.decode_legacy``, which reads a recipients .csv too).

A letter reaches a text file in three ways the encoding alone does not tell: saved by Notepad
as UTF-8 or UTF-16 (the usual now), as "ANSI" on a Vietnamese Windows (Windows-1258), or
copied out of an old Word file typed in a TCVN3 or VNI font, whether it was then saved as UTF-8
or as the font's own bytes.
"""

from __future__ import annotations

from pathlib import Path

from ntm_docgen.errors import InputFileError
from ntm_docgen.files.limits import TEXT_BYTES, read_bounded
from ntm_docgen.files.textcodec import encoding_of
from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.legacy import decode_legacy


def read_text_file(path: Path) -> tuple[str, str | None]:
    """The text of the .txt file ``path`` and the legacy encoding it was converted from
    (``tcvn3``, ``vni``) or None. Decoded as a recipient list is (files/textcodec.py); refused,
    naming the file and how to save it again: NUL bytes where no byte-order mark says UTF-16,
    bytes no encoding here reads."""
    raw = read_bounded(path, TEXT_BYTES)
    if encoding_of(raw) is None and b"\x00" in raw:  # UTF-16 without its mark, or no text
        raise InputFileError(path, _("is not text: it holds NUL bytes (a file of another "
                                     "kind, or UTF-16 text without its byte-order mark); "
                                     "save it again as UTF-8 text"))
    return decode_legacy(raw, path, "UTF-8")

