"""Lines a copy cut or ran together, as held_out_30's letters print them (docs/accuracy.md):
a Quốc hiệu whose spaces a PDF's text layer lost, a căn cứ cut by a hard line break after
``của``, a pen's stroke glued after the Lưu's full stop or a speck inside one of its units,
``Về việc`` whose V OCR read as ``\\``."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.importer import import_letter
from ntm_docgen.importer.body import read_body

LETTER = """{issuer}
{motto}
Độc lập - Tự do - Hạnh phúc
Số: 270 /QĐ-BTNMT
Hà Nội, ngày 21 tháng 01 năm 2025
QUYẾT ĐỊNH
{title} công bố thủ tục hành chính mới ban hành
BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của{cut}Chính phủ về kiểm soát thủ tục hành chính;
Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Văn phòng Chính phủ;
Theo đề nghị của Cục trưởng Cục Khoáng sản Việt Nam.
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính mới ban hành.
Điều 2. Chánh Văn phòng Bộ chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 2;
- {luu}
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Quý Kiên
"""
PLAIN = {"issuer": "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "motto": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "title": "Về việc", "cut": " ", "luu": "Lưu: VT.PM."}


def _spec(tmp_path: Path, **changed: str) -> dict:
    path = tmp_path / "letter.txt"
    path.write_text(LETTER.format(**{**PLAIN, **changed}), encoding="utf-8")
    return import_letter(path).spec


@pytest.mark.parametrize("motto", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                   "CỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAM"], ids=["spaced", "squeezed"])
def test_a_squeezed_quoc_hieu_is_no_part_of_the_issuer(tmp_path, motto):
    assert _spec(tmp_path, motto=motto)["co_quan"]["ten"] == "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"


@pytest.mark.parametrize("cut", [" ", "\n"], ids=["one-line", "hard-break"])
def test_a_can_cu_cut_after_cua_goes_on_under_it(tmp_path, cut):
    """A PDF's or a page's lines, reflowed: the căn cứ cut after ``của`` goes on either way."""
    spec = _spec(tmp_path, cut=cut)
    assert spec["can_cu"][0] == ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ"
                                 " về kiểm soát thủ tục hành chính")
    assert len(spec["can_cu"]) == 3
    assert spec["noi_dung"].startswith("Điều 1.")


def test_a_pens_stroke_after_the_luu_is_no_unit(tmp_path):
    assert _spec(tmp_path, luu="Lưu: VT.PM.l„„")["luu"] == "VT.PM"


def test_a_speck_inside_a_luus_unit_is_no_part_of_it(tmp_path):
    """Quảng Bình's ``NCV%X``: no unit's name writes a % between its capitals."""
    assert _spec(tmp_path, luu="Lưu: VT, KSTTHC, NCV%X.")["luu"] == "VT, KSTTHC, NCVX"


def test_ve_viec_read_with_a_backslash(tmp_path):
    assert _spec(tmp_path, title="\\o việc")["trich_yeu"].startswith("Về việc công bố")


def test_a_word_files_can_cu_cut_by_a_hard_break_is_one_can_cu():
    """A Word file's paragraphs are read as they are (no reflow): Hòa Bình's second căn cứ
    broken after ``của`` is one căn cứ, and the body opens at Điều 1, not on its second half."""
    body = read_body(["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                      "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của ",
                      "Chính phủ về kiểm soát thủ tục hành chính;",
                      "Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo.",
                      "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính."],
                     wrapped=False)
    assert body.can_cu == ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
                           "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính "
                           "phủ về kiểm soát thủ tục hành chính",
                           "Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo"]
    assert body.noi_dung[0].startswith("Điều 1.")


def test_a_can_cu_cut_after_luat() -> None:
    """Tây Ninh's 358 (held_out_33), a scan: a căn cứ whose line ends on ``Luật`` with the
    law's name on the next line, which opens on ``Tổ chức`` as ``Tổ chức thực hiện`` opens a
    part of a body elsewhere. The name is the căn cứ's; the căn cứ after it stays one of its
    own, and the body still opens at Điều 1."""
    body = read_body(["Căn cứ Luật sửa đổi, bổ sung một số điều Luật Tổ chức Chính phủ và Luật",
                      "Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
                      "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010;",
                      "Điều 1. Công bố kèm theo Quyết định này Danh mục."], wrapped=False)
    assert body.can_cu == [
        "Căn cứ Luật sửa đổi, bổ sung một số điều Luật Tổ chức Chính phủ và Luật Tổ chức chính "
        "quyền địa phương ngày 22 tháng 11 năm 2019",
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010"]
    assert body.noi_dung[0].startswith("Điều 1.")
