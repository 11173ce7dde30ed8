"""held_out_43's first measurement (docs/accuracy.md), mended by rules of real letters, each
tested on the letter that showed it: a bracket left before ``Nơi nhận:`` (the ward's Kế hoạch
71), a ``Thực hiện ...;`` between two ``Căn cứ`` paragraphs (its Tờ trình 155), a name written
by its initials with commas and no spaces (``BT,HT,TĐC``), and a Quyết định whose first page
and the plan's after it both open with the decree's header (Hà Nội's 2280: the issuer and the
motto were set apart as running headers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.i18n import language_kept, set_language
from ntm_docgen.importer import import_letter
from ntm_docgen.importer.cleanlines import clean_lines
from ntm_docgen.importer.pageorder import running_headers
from ntm_docgen.importer.pdflayout import Page, Word
from ntm_docgen.importer.runtogether import COMMA, comma_space

SET = Path(__file__).parent / "data" / "letters" / "held_out_43"


def _spec(name: str) -> dict:
    return import_letter(SET / f"{name}.txt").spec


def test_a_bracket_before_the_noi_nhan_label_is_no_part_of_it() -> None:
    """Kế hoạch 71's text box gives ``[Nơi nhận:``: its Nơi nhận, Lưu and the signer's title
    were read into the body, whose last paragraph became the replaced name."""
    spec = _spec("kh_2026_tohieu_71")
    assert spec["noi_nhan"][0] == "Thường trực Đảng uỷ phường (b/c)"
    assert len(spec["noi_nhan"]) == 5
    assert spec["luu"] == "VT, KTHT&ĐT, [người soạn] (10b)"
    assert spec["ky"]["chuc_vu"] == "CHỦ TỊCH"
    assert spec["noi_dung"].rstrip().endswith("cho phù hợp./.")


@pytest.mark.parametrize(("line", "read"), [
    ("[Nơi nhận:", "Nơi nhận:"), ("(Nơi nhận:", "Nơi nhận:"),
    ("[Nơi nhận các văn bản", "[Nơi nhận các văn bản"),
], ids=["bracket", "round-bracket", "no-label"])
def test_the_label_without_its_stray_sign(line: str, read: str) -> None:
    assert clean_lines([line]) == [read]


def test_a_thuc_hien_between_can_cu_paragraphs_stays_a_ground() -> None:
    """Tờ trình 155 cites a Thông báo of the province's office ("Thực hiện ...;", two notices
    and a list of projects after a colon) between its Căn cứ lines, the plan under it."""
    spec = _spec("ttr_2026_tohieu_155")
    assert len(spec["can_cu"]) == 10
    assert spec["can_cu"][8].startswith("Thực hiện Thông báo số 1016/TB-VPUB")
    assert spec["can_cu"][9].startswith("Căn cứ Kế hoạch số 71/KH-UBND")
    assert spec["noi_dung"].startswith("Phòng Kinh tế, Hạ tầng và Đô thị phường kính trình")


def test_a_name_by_its_initials_keeps_its_commas_as_printed() -> None:
    """``Hội đồng BT,HT,TĐC dự án`` (bồi thường, hỗ trợ, tái định cư) is printed without
    spaces; two codes run together (``VP,QLHC``) still get theirs back."""
    assert "Hội đồng BT,HT,TĐC dự án" in _spec("tb_2026_tohieu_94")["noi_nhan"]
    assert "Thành viên Hội đồng BT,HT,TĐC dự án" in _spec("ttr_2026_tohieu_155")["noi_nhan"]
    assert COMMA.sub(comma_space, "Lưu VP,QLHC; phường,thị trấn") == \
        "Lưu VP, QLHC; phường, thị trấn"


def _line(text: str, top: float) -> list[Word]:
    return [Word(w, 60 + 45 * i, 100 + 45 * i, top, top + 12, 13)
            for i, w in enumerate(text.split())]


def _page(number: int, header: bool) -> Page:
    """A page of A4 in points; ``header``: the decree's header in its top band (the issuer
    over the motto, as one column of a PDF is read), else a page of the body."""
    words = _line("Nội dung của trang.", 300)
    if header:
        words += _line("ỦY BAN NHÂN DÂN", 30) + _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 50)
    return Page(number=number, width=595, height=842, words=words)


def test_the_decree_header_of_a_decision_and_its_plan_is_no_running_header() -> None:
    """Hà Nội's 2280: the decision on page 1 and the plan it approves on page 2 each open
    with ``ỦY BAN NHÂN DÂN`` and the motto; set apart as running headers, the issuer was read
    as ``THÀNH PHỐ HÀ NỘI`` alone."""
    pages = [_page(1, True), _page(2, True), _page(3, False), _page(4, False)]
    assert running_headers(pages) == set()


def test_a_line_repeated_at_page_tops_without_the_motto_is_still_a_running_header() -> None:
    pages = [_page(n, False) for n in range(1, 5)]
    for page in pages[:2]:
        page.words.extend(_line("ỦY BAN NHÂN DÂN", 30))
    assert running_headers(pages) == {"ỦY BAN NHÂN DÂN"}


def test_the_portal_stamp_over_the_kinh_gui_is_set_apart_with_a_warning() -> None:
    """The scan of VPCP's 3722: the portal's ĐẾN stamp beside the date, its name read by OCR
    right over ``Kính gửi:`` (``GÔNG THÔNG TIN BIỆN TU CHÍNH PHÙ``), its ĐẾN not read; taken
    for the first paragraph, it took the Kính gửi's two items with it."""
    with language_kept():
        set_language("en")
        result = import_letter(SET / "cv_2026_vpcp_3722.txt")
    assert result.spec["kinh_gui"] == [
        "Các Bộ: Công an, Tư pháp, Tài chính, Xây dựng, Nông nghiệp và Môi trường",
        "Ủy ban nhân dân tỉnh Đồng Nai"]
    assert result.spec["noi_dung"].startswith("Xét đề nghị của Ủy ban nhân dân tỉnh Đồng Nai")
    assert any("“GÔNG THÔNG TIN BIỆN TU CHÍNH PHÙ” over the Kính gửi" in w
               for w in result.warnings)


@pytest.mark.parametrize(("name", "mark", "issuer"), [
    ("cv_2026_vpcp_3722", "TT9I", "VĂN PHÒNG CHÍNH PHỦ"),
    ("qd_2026_ttg_729", "TT:", "THỦ TƯỚNG CHÍNH PHỦ"),
], ids=["3722", "729"])
def test_a_pen_mark_before_the_issuer_is_left_out_with_a_warning(name: str, mark: str,
                                                                   issuer: str) -> None:
    """The two scans carry the receiving office's pen note ``TTĐT`` at the page's top, read
    ``TT9I`` and ``TT:`` and joined to the issuer's line."""
    with language_kept():
        set_language("en")
        result = import_letter(SET / f"{name}.txt")
    assert result.spec["co_quan"]["ten"] == issuer
    assert f"co_quan: “{mark}” before the issuer's name was left out" in " ".join(
        result.warnings)
