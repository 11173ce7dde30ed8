"""A syllable a scan's OCR read with a wrong mark, set right by the words the letter itself
reads elsewhere (issue 15, held_out_25-26: ``Sở Y tê``, ``cá nhận liên quan``); only on pages
read by OCR."""

from __future__ import annotations

import pytest

from ntm_docgen.importer.ownwords import own_words, set_right
from ntm_docgen.importer.pdflayout import Page, Word

LETTER = [
    "Căn cứ Nghị định số 63/2010/NĐ-CP của Chính phủ về kiểm soát thủ tục hành chính",
    "Điều 1. Công bố thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Y tê tỉnh",
    "Điều 2. Thủ tục thực hiện theo cơ chế một cửa liên thông tại Sở Y tế",
    "Điều 3. Các tổ chức và cá nhận liên quan chịu trách nhiệm thi hành",
    "cấp cho cá nhân đủ điều kiện",
]


def test_a_syllable_the_letter_reads_right_elsewhere_is_set_right() -> None:
    mended = [" ".join(line) for line in set_right([line.split() for line in LETTER])]
    assert mended[1].endswith("của Sở Y tế tỉnh")
    assert "các tổ chức và cá nhân liên quan" in mended[3].lower()


@pytest.mark.parametrize("line", [
    "Điều 3. Các tổ chức và cá nhận liên quan chịu trách nhiệm thi hành",
    "người tiêu biểu, có quan hệ với cơ quan",
    "quy định tại khoản 3 Điều 5 và tại khoản 4",
], ids=["no-word-elsewhere", "neighbour-taken", "read-alone-more"])
def test_a_syllable_the_letter_does_not_settle_stays(line: str) -> None:
    others = ["tài khoản số 123 tại ngân hàng", "các cơ quan"]
    lines = [line.split(), *(o.split() for o in others)]
    assert set_right(lines)[0] == line.split()


def test_only_pages_read_by_ocr_are_set_right() -> None:
    """A page of a text layer (a Word file's PDF, a signed PDF) is read as written; a scanned
    page is set right by the words of every scanned page of the letter."""
    def page(number: int, text: str, ocr: bool) -> Page:
        words = [Word(t, 10 * i, 10 * i + 8, 0, 10, 10, line=0)
                 for i, t in enumerate(text.split())]
        return Page(number, 600, 800, words, ocr=ocr)

    pages = own_words([page(1, "của Sở Y tê tỉnh", True), page(2, "tại Sở Y tế", True),
                       page(3, "của Sở Y tê tỉnh", False)])
    assert [w.text for w in pages[0].words][3] == "tế"
    assert [w.text for w in pages[2].words][3] == "tê"


def test_a_code_read_without_its_stroke_is_the_letters_own() -> None:
    """The Tây Đô decision bonhiem (held_out_22): its Nơi nhận item ``- HĐT;`` read ``- HDT;``
    in small type, where its number and its căn cứ print ``CTHĐT`` and ``BBH-HĐT``; a code the
    letter prints with ``D`` elsewhere, or of two letters (``BD`` Bình Dương, ``BĐ`` Bình Định),
    stays as read."""
    def page(lines: list[str]) -> Page:
        words = [Word(t, 10 * i, 10 * i + 8, 0, 10, 10, line=n)
                 for n, text in enumerate(lines) for i, t in enumerate(text.split())]
        return Page(1, 600, 800, words, ocr=True)

    read = ["Số: 62 /QĐ-CTHĐT-ĐHTĐ", "Căn cứ Biên bản họp số 27/BBH-HĐT ngày 23", "- HDT;",
            "tỉnh BD và tỉnh BĐ"]
    texts = [w.text for w in own_words([page(read)])[0].words]
    assert "HĐT;" in texts and "HDT;" not in texts
    assert "BD" in texts
    twice = [w.text for w in own_words([page([*read, "Hội đồng HDT"])])[0].words]
    assert twice.count("HDT") == 1 and "HDT;" in twice
    # the Nơi nhận column's line given as one word, as the column's reading gives it
    one = Page(1, 600, 800, [*page(read[:2]).words, Word("- HDT;", 0, 50, 30, 40, 10, line=5)],
               ocr=True)
    assert own_words([one])[0].words[-1].text == "- HĐT;"
