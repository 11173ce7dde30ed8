"""A scan's one word OCR misread with confidence in a long field, set right by the words real
letters write (``data/cap_tu_hanh_chinh.tsv``, letters no held-out set holds), and a citation's
shape (issue 15: held_out_38's Quảng Ngãi 47, held_out_11's Thông báo 1894 and Kế hoạch 1105);
only on pages read by OCR."""

from __future__ import annotations

import pytest

from ntm_docgen.importer.ownwords import own_words
from ntm_docgen.importer.pdflayout import Page, Word
from ntm_docgen.importer.scanwords import LEAST, mend_words, written


def _mended(line: str, above: tuple[str, ...] = ()) -> str:
    lines = [*(a.split() for a in above), line.split()]
    return " ".join(mend_words(lines)[-1])


@pytest.mark.parametrize(("read", "printed"), [
    ("Điều 1. Bồ trí 10.522,6 triệu đồng từ nguồn dự phòng",
     "Điều 1. Bố trí 10.522,6 triệu đồng từ nguồn dự phòng"),
    ("- Văn phòng Sở (Bồ trí kinh phí);", "- Văn phòng Sở (Bố trí kinh phí);"),
    ("về việc giao đự toán thu ngân sách", "về việc giao dự toán thu ngân sách"),
    ("ý kiến thống nhất cúa Thành viên UBND tỉnh", "ý kiến thống nhất của Thành viên UBND tỉnh"),
    ("sử dụng vật liệu nổ công ghiệp", "sử dụng vật liệu nổ công nghiệp"),
], ids=["mark-line-start", "mark-after-bracket", "stroke-on-d", "mark-both-sides",
        "letter-lost"])
def test_a_syllable_real_letters_settle_is_set_right(read: str, printed: str) -> None:
    assert _mended(read) == printed


@pytest.mark.parametrize("line", [
    "nuôi chim bồ câu",            # a word of the list as read
    "Ủy ban nhân dân tỉnh Thanh Hóa",  # a name, and a syllable letters write
    "tổ chức dỡ bỏ toàn bộ",       # ``tổ chức đó``: a phrase, no word, is no evidence
    "quy định mục 3.2 và",         # ``mục``: a syllable letters write
    "các cặp số liệu",             # ``các cấp``: no word of the commoner list the letters write
    "thủ tục cấp thay đổi G iấy chứng nhận",  # a word OCR parted (Cục Thuế 2191): not ``G giấy``
], ids=["word-as-read", "name", "phrase-no-word", "written-syllable", "no-evidence",
        "word-parted"])
def test_a_syllable_nothing_settles_stays(line: str) -> None:
    assert _mended(line) == line


@pytest.mark.parametrize(("read", "printed"), [
    ("sửa đổi khoản I Điều 3 Quy định", "sửa đổi khoản 1 Điều 3 Quy định"),
    ("Khoản l, khoản 2 Điều 5", "Khoản 1, khoản 2 Điều 5"),
    ("theo Quyết định số 79/QĐ-UBND) ngày 19/02/2021",
     "theo Quyết định số 79/QĐ-UBND ngày 19/02/2021"),
    ("Thông báo số 1594-TB/TU ngày, 11/01/2025 về",
     "Thông báo số 1594-TB/TU ngày 11/01/2025 về"),
], ids=["clause-stroke", "clause-ell", "stray-bracket", "comma-before-date"])
def test_a_citation_in_the_shape_letters_write(read: str, printed: str) -> None:
    assert _mended(read) == printed


@pytest.mark.parametrize(("line", "above"), [
    ("(Quyết định số 79/QĐ-UBND) ngày 19/02/2021", ()),
    ("số 79/QĐ-UBND) ngày 19/02/2021", ("(ban hành kèm theo Quyết định",)),
    ("Quyết định số 79/QĐ-UBND) và", ()),
    ("Mục I Điều 3", ()),
], ids=["opened", "opened-above", "no-date-after", "section"])
def test_a_citation_as_printed_stays(line: str, above: tuple[str, ...]) -> None:
    assert _mended(line, above) == line


def test_only_pages_read_by_ocr_are_mended() -> None:
    """A text layer is read as written: ``Bồ trí`` stays on a page that is no scan."""
    def page(ocr: bool) -> Page:
        words = [Word(t, 10 * i, 10 * i + 8, 0, 10, 10, line=0)
                 for i, t in enumerate(["Điều", "1.", "Bồ", "trí", "kinh", "phí"])]
        return Page(1, 600, 800, words, ocr=ocr)

    assert [w.text for w in own_words([page(True)])[0].words][2] == "Bố"
    assert [w.text for w in own_words([page(False)])[0].words][2] == "Bồ"


def test_the_letters_words_are_read_from_the_shipped_list() -> None:
    """The list counts the letters that write each syllable, pair and triple; a misreading
    is in none of them."""
    assert written()[("bố", "trí")] >= LEAST
    assert written().get(("bồ", "trí"), 0) == 0
