"""A scan's short fields and the parts its reading put in a wrong place (issue 15): a Nơi
nhận item mended from what the letter itself gives, a speck OCR read beside an item left out,
the signer's title read under the seal kept out of the Lưu line above it. The lines are those
of the committed transcriptions named (tests/data/letters/held_out_NN, provenance.tsv there)."""

from __future__ import annotations

import pytest

from ntm_docgen.i18n import language_kept, set_language
from ntm_docgen.importer import import_lines
from ntm_docgen.importer.noinhanmend import carrying_out, mend_items
from ntm_docgen.importer.pdflayout import Page, Word, page_lines
from ntm_docgen.importer.signtitles import mend_titles

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
UBND = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n" + MOTTO + "Số: 84/QĐ-UBND\n"
        "Quảng Ngãi, ngày 14 tháng 01 năm 2025\nQUYẾT ĐỊNH\nPhê duyệt Kế hoạch ứng phó\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nQUYẾT ĐỊNH:\n")
#: held_out_24's qd_2025_quangngai_84: its articles, Điều 5 naming who carries it out
ARTICLES = ("Điều 1. Phê duyệt nội dung Kế hoạch Ứng phó sự cố tràn dầu.\n"
            "Điều 2. Công ty TNHH MTV Lại Linh chịu trách nhiệm thực hiện đúng các nội dung.\n"
            "Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
            "Điều 5. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Tài nguyên và Môi trường, Công "
            "Thương và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành "
            "Quyết định này./.\n")
SIGNED = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Phước Hiền\n"


def test_an_article_read_as_letters_is_the_one_naming_who_carries_the_letter_out() -> None:
    """84's ``- Như Điều 5;``, printed clean, read ``- Như Điều bh``: the letter's Điều 5 says
    who carries it out, so the item names it, with a warning."""
    with language_kept():
        set_language("en")
        result = import_lines((UBND + ARTICLES + "Nơi nhận:\n- Như Điều bh\n"
                               "- CT, PCT UBND tỉnh;\n- VPUB: PCVP, TTHC;\n- Cổng TTĐT tỉnh;\n"
                               "- Lưu: VT, KTN.lqv66\n" + SIGNED).splitlines())
    assert result.spec["noi_nhan"][0] == "Như Điều 5"
    assert any("Như Điều bh" in w and "Như Điều 5" in w for w in result.warnings)


@pytest.mark.parametrize(("articles", "item"), [
    # no article says who carries it out: nothing to name
    ("Điều 1. Phê duyệt kế hoạch.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký./.\n",
     "Như Điều bh"),
    # two articles say it: which one the item names is not the letter's to tell
    ("Điều 3. Sở Y tế chịu trách nhiệm thi hành Quyết định này.\n"
     "Điều 4. Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.\n", "Như Điều bh"),
    # a number read is never changed, right or wrong
    (ARTICLES, "Như Điều 3"),
], ids=["no-article", "two-articles", "a-number"])
def test_an_article_is_named_only_where_the_letter_names_one(articles: str, item: str) -> None:
    spec = import_lines((UBND + articles + f"Nơi nhận:\n- {item};\n- Lưu: VT, KTN.\n"
                         + SIGNED).splitlines()).spec
    assert spec["noi_nhan"] == [item]


def test_carrying_out_reads_the_executing_article() -> None:
    paragraphs = ARTICLES.splitlines()
    assert carrying_out(paragraphs) == "5"
    assert carrying_out(paragraphs[:3]) is None


def test_specks_beside_a_nhu_tren_list_are_no_recipients() -> None:
    """held_out_24's ttr_2025_quangngai_09: the scanner's dust right of ``Nơi nhận:`` read as
    ``- sở``, a speck after ``HĐND`` as a closing bracket; the page prints ``- Như trên;`` first
    and ``- Thường trực HĐND tỉnh;``."""
    with language_kept():
        set_language("en")
        result = import_lines((UBND.replace("QUYẾT ĐỊNH:\n", "") + ARTICLES
                               + "Nơi nhận: - sở\n- Như trên; ˆ l\n"
                               "- Thường trực Tỉnh ủy (b/cáo);\n- Thường trực HĐND) tỉnh;\n"
                               "- CT, PCT UBND tỉnh;\n- VPUB: CVP, PCVP (VX), KTTH;\n"
                               "- Lưu: VT, KGVX.th54\n" + SIGNED).splitlines())
    assert result.spec["noi_nhan"] == ["Như trên", "Thường trực Tỉnh ủy (b/cáo)",
                                       "Thường trực HĐND tỉnh", "CT, PCT UBND tỉnh",
                                       "VPUB: CVP, PCVP (VX), KTTH"]
    assert any("“sở”" in w for w in result.warnings)
    assert any("Thường trực HĐND) tỉnh" in w for w in result.warnings)


@pytest.mark.parametrize("items", [
    ["Như trên", "Sở Y tế (để b/c)", "VPUB: CVP, PCVP (VX), KTTH"],
    ["Như trên", "Sở Y tế để b/c)"],          # the opening bracket lost: the note's end kept
    ["sở"],                                   # a list of one: read as it is
    ["Như trên", "các phòng"],                # a word written small further down: not the first
], ids=["printed-right", "opening-lost", "alone", "not-first"])
def test_items_read_right_stay_as_read(items: list[str]) -> None:
    told: list[str] = []
    assert mend_items(items, [], told) == items
    assert told == []


def test_the_title_under_the_seal_is_no_part_of_the_luu_line_above_it() -> None:
    """held_out_21's qd_2024_ttg_1114: ``- Lưu: VT, TCCB(2)`` (a pen's number after it) read
    ``- Lưu: VT, TCCBO@ 6`` with no full stop, ``THỦ TƯỚNG`` under the seal's edge read ``ăn HỦ
    TƯỚNG``: the line written small at first was taken for the Lưu's words wrapped; it is the
    signer's title."""
    head = ("THỦ TƯỚNG CHÍNH PHỦ\n" + MOTTO + "Số: 1114/QĐ-TTg\nHà Nội, ngày 02 tháng 10 năm "
            "2024\nQUYẾT ĐỊNH\nVề việc thi hành kỷ luật\nTHỦ TƯỚNG CHÍNH PHỦ\nQUYẾT ĐỊNH:\n")
    spec = import_lines((head + "Điều 1. Thi hành kỷ luật.\nĐiều 2. Quyết định này có hiệu lực "
                         "kể từ ngày ký.\nĐiều 3. Bộ trưởng Bộ Nội vụ chịu trách nhiệm thi hành "
                         "Quyết định này./.\nNơi nhận:\n- Như Điều 3;\n- VPCP: BTCN, các PCN,\n"
                         "TGĐ Cổng TTĐT; VPBCSĐọại;\n- Lưu: VT, TCCBO@ 6\năn HỦ TƯỚNG\nSN?\n"
                         "NI :\nVN\nPhạm Minh Chính\n").splitlines()).spec
    assert spec["luu"] == "VT, TCCBO@ 6"
    assert spec["ky"]["chuc_vu"] == "THỦ TƯỚNG"


@pytest.mark.parametrize(("read", "right"), [
    (["ăn HỦ TƯỚNG", "Phạm Minh Chính"], ["THỦ TƯỚNG", "Phạm Minh Chính"]),
    # a body's name written before a title is no mark of the ring
    (["Bộ HỦ TƯỚNG", "Phạm Minh Chính"], ["Bộ HỦ TƯỚNG", "Phạm Minh Chính"]),
], ids=["small-marks", "a-word"])
def test_short_words_written_small_before_a_title_are_the_rings_marks(
        read: list[str], right: list[str]) -> None:
    assert mend_titles(read) == right


def test_a_units_head_title_and_the_units_name_mended_from_the_letter() -> None:
    """held_out_18's cv_2026_bgddt_1849: ``VỤ TRƯỞNG VỤ GIÁO DỤC PHỔ THÔNG`` under the seal's
    ring read ``VỤ CRƯ`N^ VỤ CÁO DỤC PHỔ THÔNG``; the letter writes the unit ``Vụ Giáo dục
    Phổ thông`` in its body, and a Vụ's head is the ``VỤ TRƯỞNG`` of data/chuc_danh.yaml."""
    head = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\n" + MOTTO + "Số: 1849/BGDĐT-GDPT\nHà Nội, ngày 10 tháng 4 "
            "năm 2026\nV/v khảo sát phòng học bộ môn\nKính gửi: Các Sở Giáo dục và Đào tạo\n")
    body = ("Bộ Giáo dục và Đào tạo đề nghị các Sở gửi báo cáo về Bộ (qua Vụ Giáo dục Phổ "
            "thông) trước ngày 25/4/2026./.\n")
    with language_kept():
        set_language("en")
        result = import_lines((head + body + "Nơi nhận:\n- Bộ trưởng (để báo cáo);\n"
                               "- Lưu: VT, Vụ GDPT.\nVỤ CRƯ`N^ VỤ CÁO DỤC PHỔ THÔNG\n"
                               "Thái Văn Tài\n").splitlines())
    assert result.spec["ky"]["chuc_vu"] == "VỤ TRƯỞNG VỤ GIÁO DỤC PHỔ THÔNG"
    assert any("VỤ CRƯ`N^" in w for w in result.warnings)
    # the unit named nowhere in the letter: its name stays as read, the head's title is set
    spec = import_lines((head + body.replace("qua Vụ Giáo dục Phổ thông", "qua đơn vị")
                         + "Nơi nhận:\n- Bộ trưởng (để báo cáo);\n- Lưu: VT.\n"
                         "VỤ CRƯ`N^ VỤ CÁO DỤC PHỔ THÔNG\nThái Văn Tài\n").splitlines()).spec
    assert spec["ky"]["chuc_vu"] == "VỤ TRƯỞNG VỤ CÁO DỤC PHỔ THÔNG"


def test_a_line_beside_the_seal_keeps_its_place_among_the_nơi_nhận_items() -> None:
    """held_out_26's qd_2025_quangngai_237, page 2 as Tesseract read it (the words' boxes in
    points): ``- Bộ Y tế;`` shares its line with ``PHÓ X``, the seal's ring and the stroke over
    ``PHÓ CHỦ TỊCH`` read 52 points tall; that line's middle baseline put the item under ``-
    Cục KSTTHC, ...;``, printed under it."""
    rows = [("Nơi nhận:", 87.1, 568.5, 579.6, 8.8, 37),
            ("KT. CHỦ TỊCH", 400.0, 566.1, 585.1, 15.2, 37),
            ("- Như Điều 4;", 87.6, 579.8, 591.8, 8.3, 38),
            ("- Bộ Y tế;", 87.8, 591.6, 606.9, 12.3, 39), ("PHÓ X", 400.0, 585.3, 651.1, 52.6, 39),
            ("- Cục KSTTHC, Văn phòng Chính phủ;", 87.8, 607.6, 618.0, 8.3, 40),
            ("- CT, PCT UBND tỉnh;", 87.8, 620.1, 629.5, 7.5, 41)]
    words = [Word(text, x0, x0 + 6 * len(text), top, bottom, size, line=line)
             for text, x0, top, bottom, size, line in rows]
    lines = [line.text for line in page_lines(Page(2, 595, 842, words, ocr=True))]
    assert [x.split("   ")[0] for x in lines] == [
        "Nơi nhận:", "- Như Điều 4;", "- Bộ Y tế;", "- Cục KSTTHC, Văn phòng Chính phủ;",
        "- CT, PCT UBND tỉnh;"]
