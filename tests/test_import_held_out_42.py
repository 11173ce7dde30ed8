"""`ntm-docgen import` on what held_out_42 showed (docs/accuracy.md): a legal-text site's page
kept as Markdown, wrapped at about eighty characters. Its marks are read as the bold and italic
the page prints (importer/markdown.py): a mark opened on a line and closed on a later one holds
one printed line (``**TM. ỦY BAN NHÂN`` / ``DÂN**``, the italic place and date line, a
signer's name), a paragraph is the lines between two blank lines, an italic căn cứ is a căn
cứ. A line with a star the body's markup escapes (``\\*``, contract §2) is still held by the
account of the lines read."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.importer import import_letter
from ntm_docgen.importer.lost import lost_lines
from ntm_docgen.importer.reading import read_source

SET = Path(__file__).parent / "data" / "letters" / "held_out_42"
#: a line of Cần Thơ's Kế hoạch 157 as the page's Markdown prints it
STARRED = "không dùng tiền mặt trên địa bàn thành phố *(gọi tắt là Kế hoạch thi đua)*,"


def test_a_line_whose_star_the_body_escapes_is_held() -> None:
    """The body holds the line with its stars written ``\\*``: the line is read, not lost."""
    spec = {"noi_dung": "ban hành Kế hoạch không dùng tiền mặt trên địa bàn thành phố "
                        "\\*(gọi tắt là Kế hoạch thi đua)\\*, cụ thể như sau:"}
    assert lost_lines([STARRED], spec, []) == []


def test_a_line_the_body_does_not_hold_is_still_lost() -> None:
    """Only the escape is read as the star it prints: a line whose words stand nowhere stays
    lost, with or without stars."""
    spec = {"noi_dung": "ban hành Kế hoạch \\*(gọi tắt là Kế hoạch)\\*, cụ thể như sau:"}
    assert lost_lines([STARRED], spec, []) == [STARRED]


@pytest.mark.parametrize("name", ["kh_2025_cantho_157", "kh_2025_daklak_0125",
                                  "qd_2025_nghean_3769"])
def test_the_sets_starred_lines_are_read_as_italics(name: str) -> None:
    """Cần Thơ's 157, Đắk Lắk's 0125 and Nghệ An's 3769 print parts of lines in italics: the
    body writes them as italics (``*(gọi tắt là ...)*``), no star printed, and every line is
    accounted for."""
    letter = SET / f"{name}.txt"
    result = import_letter(letter)
    assert "\\*" not in result.spec["noi_dung"]
    assert "*(" in result.spec["noi_dung"]
    assert lost_lines(read_source(letter).lines, result.spec, result.warnings) == []


def _spec(name: str) -> dict:
    return import_letter(SET / f"{name}.txt").spec


@pytest.mark.parametrize(("name", "place"), [
    ("kh_2025_hcm_172", "Thành phố Hồ Chí Minh"), ("kh_2025_daklak_0125", "Đắk Lắk"),
    ("ct_2025_quangtri_06", "Quảng Trị"), ("tb_2025_vpcp_623", "Hà Nội")],
    ids=["wrapped-in-the-name", "dak-lak", "quang-tri", "vpcp"])
def test_the_italic_place_and_date_line_is_one_line_without_its_stars(name: str,
                                                                      place: str) -> None:
    """``*Thành phố Hồ Chí`` / ``Minh, ngày 18 tháng 11 năm 2025*``: one line, the place
    whole, no star."""
    spec = _spec(name)
    assert spec["dia_danh"] == place
    assert spec["ngay"].month == 11


@pytest.mark.parametrize(("name", "quyen_han", "chuc_vu", "ho_ten"), [
    ("kh_2025_cantho_157", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH",
     "Nguyễn Thị Ngọc Điệp"),
    ("kh_2025_nghean_982", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH",
     "Phùng Thành Vinh"),
    ("tb_2025_vpcp_623", ["KT. BỘ TRƯỞNG, CHỦ NHIỆM"], "PHÓ CHỦ NHIỆM", None),
    ("qd_2025_hanoi_71", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH",
     "Dương Đức Tuấn")], ids=["cantho", "nghean", "vpcp", "hanoi-name-wrapped"])
def test_a_bold_signature_line_the_page_wrapped_is_one_line(
        name: str, quyen_han: list[str], chuc_vu: str, ho_ten: str | None) -> None:
    """``**TM. ỦY BAN NHÂN`` / ``DÂN**`` is the authority, not an authority over a title
    ``DÂN``; Hà Nội 71's ``**Dương`` / ``Đức Tuấn**`` is the signer, not the chapter heading
    (``Chương`` / ``IV``) of the rules after the signature."""
    ky = _spec(name)["ky"]
    assert (ky["quyen_han"], ky["chuc_vu"]) == (quyen_han, chuc_vu)
    if ho_ten:
        assert ky["ho_ten"] == ho_ten


def test_a_bold_authority_line_the_page_wrapped_is_one_line() -> None:
    """Nghệ An 3769's ``**CHỦ TỊCH ỦY BAN NHÂN`` / ``DÂN TỈNH NGHỆ AN**``: the authority
    whole, not its last words as the first paragraph."""
    spec = _spec("qd_2025_nghean_3769")
    assert spec["tham_quyen"] == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"
    assert spec["noi_dung"].startswith("Điều 1. Ban hành kèm theo Quyết định này")


@pytest.mark.parametrize("name", ["qd_2025_hanoi_71", "nq_2025_hdnd_hanoi_83"])
def test_italic_can_cu_are_can_cu(name: str) -> None:
    """``*Căn cứ Luật Tổ chức`` / ``chính quyền địa phương ...;*``: a căn cứ, its stars off."""
    spec = _spec(name)
    assert spec["can_cu"][0].startswith("Căn cứ Luật Tổ chức chính quyền địa phương số 72/")
    assert not any("*" in c for c in spec["can_cu"])


def test_a_paragraph_is_the_lines_between_blank_lines() -> None:
    """Cần Thơ 157's situation runs on past a sentence ending a line (``xã hội.`` / ``Tuy
    nhiên``); Đắk Lắk 0125's one "Thực hiện" paragraph past a line the page began with
    ``Hướng dẫn số 7886/HD-BNV``."""
    assert _spec("kh_2025_cantho_157")["noi_dung"].split("\n")[0].endswith(
        "cụ thể như sau:")
    can_cu = _spec("kh_2025_daklak_0125")["can_cu"]
    assert len(can_cu) == 1 and "Hướng dẫn số 7886/HD-BNV" in can_cu[0]


def test_a_type_name_with_empty_bold_marks_is_the_type_name() -> None:
    """The HĐND's ``**NGHỊ QUYẾT**** **``: the type name, the trích yếu under it alone."""
    spec = _spec("nq_2025_hdnd_hanoi_83")
    assert (spec["loai"], spec["trich_yeu"]) == (
        "NQ", "VỀ XÉT TẶNG DANH HIỆU “CÔNG DÂN DANH DỰ THỦ ĐÔ”")


def test_a_star_between_spaces_is_printed() -> None:
    """Cần Thơ 157's scoring annex prints ``Tỷ lệ = b/a * 100%``: a sign, not a mark."""
    assert "- Tỷ lệ = b/a * 100%;" in read_source(SET / "kh_2025_cantho_157.txt").lines


def test_a_text_whose_paragraphs_stand_on_a_line_each_is_read_as_it_is() -> None:
    """Seed 000's guidance keeps each paragraph on one line and prints its signer's title as
    ``**KT. TRƯỞNG BAN`` / ``PHÓ TRƯỞNG BAN**``: two printed lines, not one wrapped; its
    text is not read as a wrapped page's Markdown."""
    seed = SET.parent / "seed_000_hd_2018_btdkt_1741.txt"
    lines = read_source(seed).lines
    assert lines == seed.read_text(encoding="utf-8").split("\n")
