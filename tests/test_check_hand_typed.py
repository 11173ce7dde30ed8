"""What a clerk's hand-made letter still got past check (a black-box run's findings 9, 12, 19;
check17's notes): an authority line naming its collective by an abbreviation ("TM. UBND
XÃ"), a tiêu ngữ's rule typed in a header laid out by tabs, its "Số:" and V/v set flush left,
"Điều 1:" with a colon, a trích yếu ended by a full stop, a phụ lục's title in ordinary
letters. Each Word file is made here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from check_letter import edit, find, retext
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Mm, Pt

from ntm_docgen.check import check_file, fix_file
from ntm_docgen.letter.render import render_spec
from ntm_docgen.letter.spec import parse_spec
from ntm_docgen.letter.spec_warnings import spec_warnings

CV = {"loai": "CV", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH", "viet_tat": "UBND"},
      "dia_danh": "Tân Thành", "ngay": "2026-01-05", "so": 3, "trich_yeu": "V/v báo cáo",
      "kinh_gui": ["Ủy ban nhân dân tỉnh Lạng Sơn"], "noi_dung": "Ủy ban nhân dân xã báo cáo./.",
      "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN"], "chuc_vu": "CHỦ TỊCH",
             "ho_ten": "Lăng Văn Sơn"}, "noi_nhan": ["Như trên"], "luu": "VT"}
QD = {**CV, "loai": "QĐ", "kinh_gui": [], "trich_yeu": "Về việc tặng Giấy khen",
      "tham_quyen": "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN THÀNH",
      "noi_dung": "Căn cứ Luật Thi đua, khen thưởng;\nQUYẾT ĐỊNH:\nĐiều 1. Tặng Giấy khen.\n"
                  "Điều 2. Quyết định có hiệu lực từ ngày ký.",
      "ky": {"quyen_han": [], "chuc_vu": "CHỦ TỊCH", "ho_ten": "Lăng Văn Sơn"},
      "noi_nhan": ["Như Điều 2"]}


def _rendered(tmp_path: Path, spec: dict, name: str = "vb.docx") -> Path:
    out = tmp_path / name
    render_spec(parse_spec(spec), out, today=date(2026, 1, 5))
    return out


def _rules(path: Path, *rules: str) -> list:
    return [f for f in check_file(path) if f.rule in rules]


@pytest.mark.parametrize(("lines", "full"), [
    (["TM. UBND XÃ"], "TM. ỦY BAN NHÂN DÂN"),
    (["TM. UBND XÃ TÂN THÀNH"], "TM. ỦY BAN NHÂN DÂN XÃ TÂN THÀNH"),
    (["TM. ỦY BAN NHÂN DÂN", "KT. CT"], "KT. CHỦ TỊCH"),
    (["TM. ỦY BAN NHÂN DÂN"], None),
    (["TM. BAN THƯỜNG TRỰC"], None),
    (["KT. GIÁM ĐỐC"], None),
], ids=["tm-ubnd-xa", "tm-ubnd-xa-named", "kt-ct", "tm-in-words", "tm-ban-thuong-truc",
        "kt-giam-doc"])
def test_an_authority_line_by_abbreviation_is_told_with_its_full_words(tmp_path, lines, full):
    title = "PHÓ CHỦ TỊCH" if len(lines) > 1 else "CHỦ TỊCH"
    spec = {**CV, "ky": {"quyen_han": lines, "chuc_vu": title, "ho_ten": "Lăng Văn Sơn"}}
    found = _rules(_rendered(tmp_path, spec), "quyen_han.abbreviation")
    warned = [w for w in spec_warnings(parse_spec(spec)) if "abbreviation" in w]
    if full is None:
        assert found == []
        assert warned == []
    else:
        assert [f.severity for f in found] == ["loi"]
        assert f'the decree writes it in full words: "{full}"' in found[0].note
        assert len(warned) == 1
        assert f'"{full}"' in warned[0]


def test_articles_typed_with_a_colon_are_told_once_and_fixed_to_a_full_stop(tmp_path):
    typed = {**QD, "noi_dung": QD["noi_dung"].replace("Điều 1.", "Điều 1:")
             .replace("Điều 2.", "Điều 2 :")}
    path = _rendered(tmp_path, typed)
    found = _rules(path, "body.dieu_stop")
    assert len(found) == 1
    assert '"Điều 1:" and 1 more are numbered with a colon' in found[0].note
    assert found[0].fixable
    fixed = tmp_path / "fixed.docx"
    fix_file(path, fixed)
    texts = [p.text for p in docx.Document(str(fixed)).paragraphs if p.text.startswith("Điều")]
    assert [t[:8] for t in texts] == ["Điều 1. ", "Điều 2. "]
    assert _rules(fixed, "body.dieu_stop") == []


def test_articles_with_their_full_stop_are_not_told(tmp_path):
    assert _rules(_rendered(tmp_path, QD), "body.dieu_stop") == []


@pytest.mark.parametrize(("spec", "rule"), [
    ({**QD, "trich_yeu": "Về việc tặng Giấy khen."}, "trich_yeu.stop"),
    ({**CV, "trich_yeu": "V/v báo cáo kết quả năm 2026."}, "vv.stop"),
], ids=["trich-yeu", "vv"])
def test_a_trich_yeu_ended_by_a_full_stop_is_a_note(tmp_path, spec, rule):
    found = _rules(_rendered(tmp_path, spec), rule)
    assert [f.severity for f in found] == ["luu_y"]
    assert "ends with a full stop" in found[0].note
    assert _rules(_rendered(tmp_path, {**spec, "trich_yeu": spec["trich_yeu"][:-1]}, "b.docx"),
                  rule) == []


def test_a_phu_luc_title_in_ordinary_letters_is_told_and_put_in_capitals(tmp_path):
    spec = {**CV, "loai": "KH", "trich_yeu": "Tổng kết phong trào", "kinh_gui": [],
            "noi_dung": "I. MỤC ĐÍCH\nTổng kết.", "noi_nhan": ["UBND tỉnh"],
            "phu_luc": [{"tieu_de": "KẾT QUẢ CÁC THÔN ĐẠT CHUẨN", "noi_dung": "Thôn Nà Lay."}]}
    path = _rendered(tmp_path, spec)
    assert _rules(path, "phu_luc.case") == []
    typed = edit(path, tmp_path / "typed.docx", lambda d: retext(
        find(d, r"^KẾT QUẢ CÁC THÔN"), r".+", "Kết quả các thôn đạt chuẩn"))
    found = _rules(typed, "phu_luc.case")
    assert [f.severity for f in found] == ["loi"]
    assert '"KẾT QUẢ CÁC THÔN ĐẠT CHUẨN"' in found[0].note
    fixed = tmp_path / "fixed.docx"
    fix_file(typed, fixed)
    assert _rules(fixed, "phu_luc.case") == []


def _tab_header(path: Path, rule_row: bool = True) -> Path:
    """A công văn whose header is typed in body paragraphs, two columns laid out by a centre
    tab stop and spaces (no table), as contract10's w-tabhdr.docx: the tiêu ngữ's rule typed
    as underscores after the tab of the row under it, "Số:" and V/v flush left."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.top_margin = section.bottom_margin = Mm(20)

    def line(text: str, bold: bool = False, size: float = 13, tab: bool = True):
        p = document.add_paragraph()
        if tab:
            p.paragraph_format.tab_stops.add_tab_stop(Mm(115), WD_TAB_ALIGNMENT.CENTER)
        for i, piece in enumerate(text.split("\t")):
            run = p.add_run(("\t" if i else "") + piece)
            run.font.name, run.font.size = "Times New Roman", Pt(size)
            run.bold = bold and not (i == 0 and piece.startswith(("    UBND", "Số")))
        return p

    line("    UBND TỈNH LẠNG SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12)
    line("  ỦY BAN NHÂN DÂN\tĐộc lập - Tự do - Hạnh phúc", bold=True)
    line("    XÃ TÂN THÀNH\t_______________________" if rule_row else "    XÃ TÂN THÀNH",
         bold=True)
    line("       ______", tab=False)
    line("Số: 15/UBND-VP\tTân Thành, ngày 03 tháng 12 năm 2026")
    line("V/v đôn đốc nộp báo cáo tiêu chí", size=12, tab=False)
    document.add_paragraph("Kính gửi: Trưởng các thôn trên địa bàn xã.")
    document.save(str(path))
    return path


def test_a_tieu_ngu_rule_typed_after_the_tab_of_the_row_under_it_is_found(tmp_path):
    assert _rules(_tab_header(tmp_path / "t.docx"), "tieu_ngu.rule") == []
    assert len(_rules(_tab_header(tmp_path / "n.docx", rule_row=False), "tieu_ngu.rule")) == 1


def test_so_and_vv_flush_left_under_an_issuer_centred_by_spaces_are_told(tmp_path):
    found = _rules(_tab_header(tmp_path / "t.docx"), "so.align", "vv.align")
    assert [f.rule for f in found] == ["so.align", "vv.align"]
    assert 'the issuer\'s name "XÃ TÂN THÀNH" above it' in found[0].note
    assert "is set flush left" in found[1].note


def test_a_vv_justified_over_two_lines_is_told_by_its_last_line(tmp_path):
    """Justified, a V/v's first line fills its column and looks centred; its last line is set
    to the left, which the eye sees (check17's round 11)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    spec = {**CV, "trich_yeu": "V/v đôn đốc báo cáo kết quả thực hiện các tiêu chí nông thôn "
                               "mới nâng cao"}
    path = _rendered(tmp_path, spec)
    assert _rules(path, "vv.align") == []

    def justified(document) -> None:  # typed as one paragraph, which wraps in its cell
        first, second = find(document, r"^V/v"), find(document, r"^các tiêu chí nông thôn")
        retext(first, r"$", " " + second.text)
        second._p.getparent().remove(second._p)
        first.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    found = _rules(edit(path, tmp_path / "j.docx", justified), "vv.align")
    assert len(found) == 1
    assert "justified" in found[0].note
    assert found[0].fixable
