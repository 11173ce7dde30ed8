"""What held_out_39's letters (docs/accuracy.md) showed the importer reading wrong on a text
layer: a footnote whose mark is printed small and raised before it (the Sở Nội vụ Bình Thuận's
Tờ trình 514, and 478 of held_out_38) was read into the body, its mark taken for a call."""

from __future__ import annotations

from ntm_docgen.importer.pageorder import order_page
from ntm_docgen.importer.pdflayout import Page, Word

BODY, NOTE, MARK = 13.9, 10.1, 6.5


def _words(text: str, x: float, top: float, size: float) -> list[Word]:
    out = []
    for part in text.split():
        width = 0.5 * size * len(part)
        out.append(Word(part, x, x + width, top, top + size, size))
        x += width + 0.3 * size
    return out


def _page(mark: str | None) -> Page:
    """Page 1 of a Tờ trình: two body lines, the first with a call raised against the decree's
    symbol, and a note at the foot, its mark (``mark``) raised before it."""
    words = _words("Sau khi rà soát hồ sơ và căn cứ Nghị định số 126/2024/NĐ-CP,", 82, 300, BODY)
    call = words[-1]
    words.append(Word("1", call.x1 + 0.5, call.x1 + 4, 301.5, 301.5 + MARK, MARK))
    words += _words("- Tổng thư ký: Ông Huỳnh Quốc Tịnh.", 118, 701, BODY)
    note = _words("Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ.", 88, 775, NOTE)
    if mark is not None:
        words.append(Word(mark, 82, 85.5, 773, 773 + MARK, MARK))
    return Page(1, 595.0, 841.9, words + note)


def test_a_raised_mark_before_a_note_sets_the_note_apart() -> None:
    """Without its mark the note would open with no mark and stay in the body."""
    lines, apart = order_page(_page("1"), set())
    texts = [x.text for x in lines]
    assert ("footnote", 1, "1 Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ.") \
        in apart
    assert not any("08/10/2024" in t for t in texts)
    assert texts[0].endswith("126/2024/NĐ-CP,")  # the call in the text is still no word


def test_no_mark_no_note() -> None:
    """A small line at the foot with no mark before it is not taken for a note."""
    lines, apart = order_page(_page(None), set())
    assert not [a for a in apart if a[0] == "footnote"]
    assert any("08/10/2024" in x.text for x in lines)
