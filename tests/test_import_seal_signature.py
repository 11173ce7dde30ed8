"""A scan's signature under a seal (issue 15): the authority and the title read with the
seal's ring over their first letters, set to the decree's titles where their last words decide
it; the column read again beside the Nơi nhận keeps such lines; the seal read as letters under
the closing ./. is no last paragraph."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from ntm_docgen.i18n import language_kept, set_language
from ntm_docgen.importer import import_lines, ocrpage
from ntm_docgen.importer.familyname import first_letter, name_cut
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.importer.signtitles import head_of, mend_titles

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
HEAD = ("THỦ TƯỚNG CHÍNH PHỦ\n" + MOTTO + "Số: 970/QĐ-TTg\nHà Nội, ngày 10 tháng 9 năm 2024\n"
        "QUYẾT ĐỊNH\nVề việc phê duyệt đề án\nTHỦ TƯỚNG CHÍNH PHỦ\n")


@pytest.mark.parametrize(("read", "head"), [
    ("GKIoR RỦ TƯỚNG", "THỦ TƯỚNG"),        # held_out_18's 464: the ring over KT. TH
    ("ZHQ TÌ\\ TƯỚNG", "THỦ TƯỚNG"),        # ... and over PHÓ THỦ
    ("25 CS. THỦ TƯỚNG", "THỦ TƯỚNG"),      # held_out_22's 970
    ("//ZXZP TRƯỞNG BAN", "TRƯỞNG BAN"),    # held_out_18's 2191
    ("H0 CN TỊCH", "CHỦ TỊCH"),             # held_out_20's 1772
    ("„zz= 5F ÚÀ J HỤ TUƠỐNG", "THỦ TƯỚNG"),  # held_out_30's 01: the Ớ read twice, ƠỐ
    ("PHÓ GIÁM ĐỐC", "GIÁM ĐỐC"),
    ("TRƯỜNG", None),                       # a school's seal: many titles end so
    ("Thái Văn Tài", None),
    ("BỘ CÔNG AN", None),
], ids=["ru-tuong", "ti-tuong", "cs-thu-tuong", "zxzp-truong-ban", "cn-tich", "tuoong",
         "pho-giam-doc",
        "truong-alone", "a-name", "a-body"])
def test_the_head_a_line_read_under_the_seal_ends_with(read: str, head: str | None) -> None:
    assert head_of(read) == head


@pytest.mark.parametrize(("read", "right"), [
    (["25 CS. THỦ TƯỚNG", "THỦ TƯỚNG", "CÀ. 2A"], ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "CÀ. 2A"]),
    (["KT HỦ TƯỚNG", "ZHQ TÌ\\ TƯỚNG"], ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"]),
    (["KT. TRƯỞNG BAN BAN CHÍNH SÁCH", "//ZXZP TRƯỞNG BAN"],
     ["KT. TRƯỞNG BAN BAN CHÍNH SÁCH", "PHÓ TRƯỞNG BAN"]),
    (["KT. CHỦ TỊCH", "H0 CN TỊCH", "Lê An"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê An"]),
    (["„KT, THỦ TƯỚNG"], ["KT. THỦ TƯỚNG"]),
    (["Ï HIỆU TRƯỞNG", "Lê An"], ["HIỆU TRƯỞNG", "Lê An"]),
    # read right, or a title with words of its own: as read
    (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
    (["KT. BỘ TRƯỞNG", "BỘ CÔNG AN", "THỨ TRƯỞNG"], ["KT. BỘ TRƯỞNG", "BỘ CÔNG AN", "THỨ TRƯỞNG"]),
    (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]),
    (["SỞ Y TẾ TRƯỞNG BAN"], ["SỞ Y TẾ TRƯỞNG BAN"]),
    (["TL. CỤC TRƯỞNG", "TRƯỞNG BAN"], ["TL. CỤC TRƯỞNG", "TRƯỞNG BAN"]),
    # held_out_27's 210 and 26's 237: PHÓ read, the rest under the ring and the stroke
    (["KT.CHỦ TỊCH", "PHÓ nh TỊCH .Z"], ["KT.CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
    (["KT. CHỦ TỊCH", "PHÓ X"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
    (["TM. ỦY BAN NHÂN DÂN", "PHÓ X"], ["TM. ỦY BAN NHÂN DÂN", "PHÓ X"]),
    (["KT. CHỦ TỊCH", "PHÓ BAN"], ["KT. CHỦ TỊCH", "PHÓ BAN"]),
    # held_out_22's 561: the ring over TR, a stroke after the title
    (["Đề nghị các đơn vị thực hiện./.", "HIỆU ƯỞNGZ-"],
     ["Đề nghị các đơn vị thực hiện./.", "HIỆU TRƯỞNG"]),
    (["HIỆU ƯỞNG"], ["HIỆU TRƯỞNG"]),
    (["HIỆU NG"], ["HIỆU NG"]),
    # held_out_30's laodong: the ring over KT. and PHÓ, a stroke's sign after the first line
    ([">CHỦ TỊCH 8", "(Ồ CHỦ TỊCH", "Hoàng Xuân Tân"],
     ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Xuân Tân"]),
    # held_out_30's 01: under KT. THỦ TƯỚNG, the ring's marks and TƯỚNG with its Ớ read twice
    (["„KT. THỦ TƯỚNG", "„zz= 5F ÚÀ J HỤ TUƠỐNG"], ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"]),
    (["KT. HIỆU TRƯỞNG", "zz TRƯỜNG"], ["KT. HIỆU TRƯỞNG", "zz TRƯỜNG"]),
], ids=["ks-pair", "ring-pair", "deputy-under-kt-body", "deputy-under-kt", "mark-alone",
        "title-alone", "right", "thu-truong", "tm", "words-before", "tl", "pho-stroked",
        "pho-alone", "pho-under-tm", "pho-a-word", "ring-cut-stroked", "ring-cut", "too-short",
        "pair-stroked", "tuoong-under-kt", "truong-not-tuong"])
def test_the_signature_lines_set_to_the_decrees_titles(read: list[str], right: list[str]) -> None:
    assert mend_titles(read) == right


def test_a_quyet_dinh_signed_under_a_seal_gets_its_authority_and_deputys_title() -> None:
    """held_out_22's 970 as its scan was read: the KT. and PHÓ lost under the seal's ring."""
    spec = import_lines((HEAD + "Điều 1. Phê duyệt đề án.\nĐiều 2. Thi hành./.\nNơi nhận:\n"
                         "- Như Điều 2;\n25 CS. THỦ TƯỚNG\nTHỦ TƯỚNG\n- Lưu: VT, KTTH (2).\n"
                         "Hồ Đức Phớc\n").splitlines()).spec
    assert spec["ky"]["quyen_han"] == ["KT. THỦ TƯỚNG"]
    assert spec["ky"]["chuc_vu"] == "PHÓ THỦ TƯỚNG"


def test_the_column_read_again_keeps_the_titles_read_under_the_seal(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """held_out_18's 464: beside the Nơi nhận the page's reading found nothing; the column read
    alone gives the authority and the title with their first letters lost, the seal's marks
    and half the name; the two titles are kept and set right, the marks left out."""
    page = [("Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện./.", 106, 54),
            ("Nơi nhận:", 111, 120), ("- Như trên;", 111, 137),
            ("- UBND các tỉnh, thành phố;", 112, 162), ("- Lưu: VT, CĐS (2).", 112, 214)]

    def tesseract(image: Any, config: str, scale: float, origin: tuple[float, float] = (0, 0),
                  first: int = 0, judged: bool = False) -> list[Word]:
        if image.width > 1000:
            return [Word(t, x, x + 5 * len(t), top, top + 10, 10, line=n)
                    for n, (t, x, top) in enumerate(page)]
        x, y = origin
        lines = [("KT HỦ TƯỚNG", 0), ("ZHQ TÌ\\ TƯỚNG", 14), ("AE) /2", 40), ("S223", 60)]
        return [Word(t, x + 120, x + 120 + 5 * len(t), y + top, y + top + 10, 10, line=first + n)
                for n, (t, top) in enumerate(lines)]

    monkeypatch.setattr(ocrpage, "_tesseract", tesseract)
    monkeypatch.setattr(ocrpage, "column_boxes", lambda *args: [])
    words, _ = ocrpage._ocr_words(Image.new("L", (1240, 1754), 255), 72 / 150, False)
    texts = [w.text for w in words]
    assert "KT. THỦ TƯỚNG" in texts and "PHÓ THỦ TƯỚNG" in texts
    assert "AE) /2" not in texts and "S223" not in texts


def test_the_seal_read_under_the_closing_mark_is_no_last_paragraph() -> None:
    """held_out_22's 1144: a line of the seal read as letters between the closing ./. and the
    Nơi nhận; it is set apart with a warning naming it, not taken as the last paragraph."""
    seal = "bQ. IỆT~ - có ciệc h0 5X YƯAợN GNẼOASOOVS2WNI: /Xxbà¿xx6ùiu00báesế” usb Suxke.)"
    result = import_lines((HEAD + "Điều 1. Phê duyệt đề án.\nĐiều 2. Thi hành./.\n" + seal
                           + "\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTHỦ TƯỚNG\nPhạm Minh Chính\n")
                          .splitlines())
    assert result.spec["noi_dung"].rstrip().endswith("Điều 2. Thi hành./.")
    assert any("bQ. IỆT~ - có ciệc h0 5X" in w for w in result.warnings)
    assert not result.unread


@pytest.mark.parametrize(("read", "right"), [
    ("Phái Văn Tài", "Thái Văn Tài"),       # held_out_18's 1849: the ring over its T
    ("Thái Văn Tài", "Thái Văn Tài"),
    ("Xuân Văn Lộc", "Xuân Văn Lộc"),       # no family name ends in "uân": as read
    ("Lê Văn An", "Lê Văn An"),
], ids=["phai", "thai", "no-family-name-near", "short"])
def test_a_family_name_whose_first_letter_was_misread(read: str, right: str) -> None:
    assert first_letter(read) == right


def test_the_signers_name_gets_its_family_name_back() -> None:
    spec = import_lines((HEAD.replace("THỦ TƯỚNG CHÍNH PHỦ\n", "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n", 1)
                         + "Điều 1. Phê duyệt đề án.\nĐiều 2. Thi hành./.\nNơi nhận:\n"
                         "- Như Điều 2;\n- Lưu: VT.\nVỤ TRƯỞNG\nPhái Văn Tài\n").splitlines()).spec
    assert spec["ky"]["ho_ten"] == "Thái Văn Tài"


def test_the_deputys_title_is_written_under_kt_where_none_was_read() -> None:
    """held_out_21's 1160: the KT. line read, the title under it lost under the seal: the
    deputy's title the decree prints there, with a warning saying so."""
    result = import_lines((HEAD + "Điều 1. Phê duyệt đề án.\nĐiều 2. Thi hành./.\nNơi nhận:\n"
                           "- Như Điều 2;\n- Lưu: VT.\nKT. THỦ TƯỚNG\nHồ Đức Phớc\n").splitlines())
    assert result.spec["ky"]["chuc_vu"] == "PHÓ THỦ TƯỚNG"
    assert any("ky.chuc_vu" in w and "KT. THỦ TƯỚNG" in w for w in result.warnings)


def test_a_title_with_a_sign_misread_alone_in_the_column() -> None:
    """held_out_25's 339: ``CHH" TỊCH`` over the name, no authority."""
    spec = import_lines((HEAD + "Điều 1. Phê duyệt đề án.\nĐiều 2. Thi hành./.\nNơi nhận:\n"
                         "- Như Điều 2;\n- Lưu: VT.\nCHH\" TỊCH\nLê Thành Đô\n").splitlines()).spec
    assert spec["ky"]["chuc_vu"] == "CHỦ TỊCH"


def test_a_title_read_between_a_wrapped_items_lines_leaves_the_item_whole() -> None:
    """held_out_24's 1009: the column read again puts KT. and the deputy's title level with a
    Nơi nhận item wrapped over three lines; the item goes on under them."""
    spec = import_lines((HEAD + "Điều 1. Phê duyệt đề án.\nĐiều 2. Thi hành./.\nNơi nhận:\n"
                         "- Thủ tướng, các Phó Thủ tướng Chính phủ;\nKT. THỦ TƯỚNG\n"
                         "- Các Bộ: Ngoại giao, Xây dựng,\nPHÓ THỦ TƯỚNG\nTài chính, Công Thương,\n"
                         "Nông nghiệp và Phát triển nông thôn;\n- Lưu: VT, CN (2).\n"
                         "Trần Hồng Hà\n").splitlines()).spec
    assert spec["noi_nhan"][1] == ("Các Bộ: Ngoại giao, Xây dựng, Tài chính, Công Thương, "
                                   "Nông nghiệp và Phát triển nông thôn")
    assert spec["ky"]["chuc_vu"] == "PHÓ THỦ TƯỚNG"


def test_a_deputys_title_under_kt_read_as_pho_and_signs() -> None:
    """held_out_27's 210 as its scan was read: ``KT.CHỦ TỊCH`` over ``PHÓ nh TỊCH .Z`` (the
    seal's ring over CHỦ, the signature's stroke after TỊCH): the deputy's title."""
    spec = import_lines((HEAD.replace("THỦ TƯỚNG CHÍNH PHỦ", "ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU", 1)
                         + "Điều 1. Phê duyệt đề án.\nĐiều 2. Thi hành./.\nNơi nhận:\n"
                         "- Như Điều 2;\n- Lưu: VT.\nKT.CHỦ TỊCH\nPHÓ nh TỊCH .Z\n"
                         "Huỳnh Hữu Trí\n").splitlines()).spec
    assert spec["ky"]["chuc_vu"] == "PHÓ CHỦ TỊCH"
    assert spec["ky"]["ho_ten"] == "Huỳnh Hữu Trí"


@pytest.mark.parametrize(("read", "right"), [
    ("/4- uỳnh Hữu Trí", "Huỳnh Hữu Trí"),    # held_out_27's 210: the ring over the H
    ("Z/ guyễn Văn An", "Nguyễn Văn An"),
], ids=["uynh", "guyen"])
def test_a_family_name_whose_first_letter_the_ring_took(read: str, right: str) -> None:
    """A signer's name after the stroke's signs, its family name's first letter lost under the
    seal's ring: the one listed family name that ends so."""
    spec = import_lines((HEAD + "Điều 1. Phê duyệt đề án.\nĐiều 2. Thi hành./.\nNơi nhận:\n"
                         f"- Như Điều 2;\n- Lưu: VT.\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n{read}\n")
                        .splitlines()).spec
    assert spec["ky"]["ho_ten"] == right


def test_a_deputys_title_under_the_ring_and_a_name_with_a_stroke_after_it() -> None:
    """held_out_21's 985 as its scan reads once its Nơi nhận keeps ``- Bộ KH&ĐT;``: under
    ``KT. THỦ TƯỚNG`` the title read ``Áo HN Ủ TƯỚNG`` (the ring's marks before TƯỚNG), and
    the name ``Hỗ Đức Phớc +`` (the ring over Hồ's mark, a stroke after it)."""
    spec = import_lines((HEAD + "Điều 1. Phê duyệt đề án.\nĐiều 2. Thi hành./.\nNơi nhận:\n"
                         "- Như Điều 2;\n- Bộ KH&ĐT;\n- Lưu: VT, KTTH (2).\nKT. THỦ TƯỚNG\n"
                         "Áo HN Ủ TƯỚNG\nHỗ Đức Phớc +\n").splitlines()).spec
    assert (spec["ky"]["chuc_vu"], spec["ky"]["ho_ten"]) == ("PHÓ THỦ TƯỚNG", "Hồ Đức Phớc")


@pytest.mark.parametrize("title", ["BỘ Y TẾ THỦ TƯỚNG", "Áo Ủ TƯỚNG"],
                         ids=["words-of-a-body", "syllables-only"])
def test_a_line_under_kt_with_words_before_the_head_stays(title: str) -> None:
    assert mend_titles(["KT. THỦ TƯỚNG", title]) == ["KT. THỦ TƯỚNG", title]


@pytest.mark.parametrize(("name", "told"), [
    ("Thanh Trà", True),          # held_out_18's 464: the ring over Phạm Thị
    ("Phạm Thị Thanh Trà", False),
    ("Lê An", False),
    ("...", False),
], ids=["cut", "whole", "two-words-whole", "not-read"])
def test_a_scans_name_that_opens_with_no_family_name_is_told(name: str, told: bool) -> None:
    said = name_cut({"ky": {"ho_ten": name}})
    assert bool(said) is told
    if told:
        with language_kept():
            set_language("vi")
            assert "ghi đủ họ tên theo bản giấy" in name_cut({"ky": {"ho_ten": name}})[0]


@pytest.mark.parametrize(("title", "name", "ocr", "ky"), [
    ("PP V027", "NI 2E,", (1,), {"chuc_vu": "...", "ho_ten": "..."}),      # held_out_19's 932
    ("22H 0 LỖNG", "Phạm Minh Chính", (2,), {"chuc_vu": "...", "ho_ten": "Phạm Minh Chính"}),
    ("PP V027", "NI 2E,", (), {"chuc_vu": "PP V027", "ho_ten": "NI 2E,"}),  # a text: as typed
    ("THỦ TƯỚNG", "Ksor H'Bloanh", (1,), {"chuc_vu": "THỦ TƯỚNG", "ho_ten": "Ksor H'Bloanh"}),
], ids=["932", "981-on-page-2", "not-a-scan", "read"])
def test_a_title_or_name_read_as_signs_under_the_seal_is_left_to_fill_in(
        monkeypatch: pytest.MonkeyPatch, title: str, name: str, ocr: tuple[int, ...],
        ky: dict[str, str]) -> None:
    """The Thủ tướng's decisions whose signature the seal and the stroke cover: the title read
    ``PP V027``, the name ``NI 2E,``; a văn thư does not sign a letter so: each is written
    ``...`` with a warning that quotes what was read."""
    from pathlib import Path

    from ntm_docgen.importer import build, import_letter
    from ntm_docgen.importer.reading import Source

    lines = (HEAD + "Điều 1. Phê duyệt đề án.\nĐiều 2. Thi hành./.\nNơi nhận:\n- Như Điều 2;\n"
             f"- Lưu: VT, KTTH.\n{title}\n{name}\n").splitlines()
    monkeypatch.setattr(build, "read_source", lambda path: Source(lines, ocr_pages=ocr))
    result = import_letter(Path("932.pdf"))
    assert {k: result.spec["ky"][k] for k in ky} == ky
    told = [w for w in result.warnings if "signs of no word" in w]
    assert [w.split(":")[0] for w in told] == [f"ky.{k}" for k, v in ky.items() if v == "..."]
    assert all(f"“{title}”" in w or f"“{name}”" in w for w in told)
