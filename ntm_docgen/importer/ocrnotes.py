"""The notes of a Nơi nhận item OCR misread on a scanned page (``(b/e)``, ``(để th)``,
``(đề b/c}``), written as data/ocr_sua.yaml ``ghi_chu`` lists them."""

from __future__ import annotations

from functools import cache

from ntm_docgen.files.resources import load_data
from ntm_docgen.importer.ocrmarks import EDGE, word_key
from ntm_docgen.vietnamese.text import nfc

#: Signs OCR reads for a note's last letter: a ``c`` read as a sign of its shape, or an ``e``.
_LOOKS_LIKE = {"c": "©€¢e"}


@cache
def _notes() -> tuple[str, ...]:
    """The notes of a Nơi nhận item of data/ocr_sua.yaml ``ghi_chu``."""
    return tuple(nfc(n) for n in load_data("ocr_sua.yaml")["ghi_chu"])


def noted(texts: list[str]) -> None:
    """The note in brackets, after ``(để`` or alone (``(b/e)``), written as data/ocr_sua.yaml
    ``ghi_chu`` lists it when OCR lost its slash or read its last letter as a sign of that
    shape, and ``Đ/c`` (đồng chí) read with such a sign (``Đ/e``), in place; a brace closing
    the line's last word after a bracket the line opened (``(đề b/c};``) is that bracket's; a
    note ``(Đ/c)`` alone is ``(b/c)``, as ``Đ/c`` (đồng chí) only opens a name."""
    opened = next((i for i, t in enumerate(texts) if "(" in t), None)
    if opened is not None and texts[-1].rstrip(";,.:").endswith("}") \
            and not any(")" in t for t in texts[opened:]) and "{" not in "".join(texts):
        end = texts[-1].rstrip(";,.:")
        texts[-1] = end[:-1] + ")" + texts[-1][len(end):]
    for i, text in enumerate(texts):
        core = text.strip(EDGE)
        if len(core) == 3 and word_key(core[:2]) == "d/" and core[2] in _LOOKS_LIKE["c"]:
            texts[i] = text.replace(core, core[:2] + "c", 1)
    for i, text in enumerate(texts):
        after = i + 1 < len(texts) and text.startswith("(") and word_key(text[1:]) == "de"
        at, skip = (i + 1, 0) if after else (i, 1)
        if not (after or text.startswith("(")):
            continue
        core = texts[at][skip:].rstrip(");,.:")
        if not texts[at][skip + len(core):].startswith(")") or core in _notes():
            continue
        if not after and core in ("Đ/c", "đ/c") and "b/c" in _notes():  # "Đ/c" opens a name,
            texts[at] = texts[at].replace(core, "b/c", 1)  # it is no note: "(b/c)" read so
            continue
        for note in _notes():
            if core == note.replace("/", "") or len(core) == 3 and core[:2] == note[:2] \
                    and core[2] in _LOOKS_LIKE.get(note[2], ""):
                texts[at] = texts[at][:skip] + note + texts[at][skip + len(core):]
                break
