"""A scan's căn cứ citing a text the table knows (data/van_ban_can_cu.yaml), misread by OCR in a
few signs of its number or date, written as the text is numbered and dated, and a body's code
in a ký hiệu read with a letter no code writes, written as the body's initials
(``issuercode``); each mend named in a warning. Only what OCR read: a Word file's or a text
PDF's căn cứ are the clerk's own."""

from __future__ import annotations

from typing import Any

from ntm_docgen.i18n import _
from ntm_docgen.importer.issuercode import codes_mended
from ntm_docgen.vietnamese.cited import citations, read_as, written


def mended(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with each citation OCR misread written as its known text, and each change (the
    citation as read, as written).

    >>> mended("Căn cứ Nghị định số 61//2018/NĐ-CP ngày 23/4/2018 của Chính phủ;")
    ('Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;', \
[('Nghị định số 61//2018/NĐ-CP ngày 23/4/2018', 'Nghị định số 61/2018/NĐ-CP ngày 23/4/2018')])
    >>> mended("Căn cứ Nghị định số 62/2018/NĐ-CP ngày 02/5/2018")[1]  # another text: kept
    []
    """
    changes = []
    for c in reversed(citations(text)):  # from the end: the spans before stay where they are
        known = read_as(text, c)
        if known is None:
            continue
        new = written(text, c, known)
        end = c.when[1] + len(new) - len(text)
        changes.append((text[c.start:c.when[1]], new[c.start:end]))
        text = new
    return text, changes[::-1]


def mend_citations(spec: dict[str, Any]) -> list[str]:
    """Mend the spec's căn cứ in place; the warnings that name each change, and the căn cứ as
    read, whose lines no field holds any more."""
    warnings: list[str] = []
    items = spec.get("can_cu")
    if not isinstance(items, list):
        return warnings
    for i, item in enumerate(items):
        if not isinstance(item, str):
            continue
        items[i], changes = mended(item)  # the căn cứ as read named: no line of it is lost
        warnings += [_("can_cu: in the căn cứ read on the scan “{item}”, “{read}” is written "
                       "“{written}”, as that text is numbered and dated; check it against the "
                       "paper").format(item=item, read=old, written=new) for old, new in changes]
        items[i], codes = codes_mended(items[i])  # 573/TTr-SNỸ of the Sở Nội vụ it names
        warnings += [_("can_cu: in the căn cứ read on the scan “{item}”, the ký hiệu's “{read}” "
                       "is written “{written}”, the initials of the body the căn cứ names "
                       "before it; check it against the paper").format(
                           item=item, read=old, written=new) for old, new in codes]
    return warnings
