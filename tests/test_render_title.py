"""The signer's title (chức vụ) fitted to the signature's cell as the authority lines are: its
lines written into the DOCX one paragraph each (so Word does not wrap it inside a name), in the
letter and in the copy block, kept so in the PDF, and read back as one title by import and by
check."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import pytest
from docxview import Para, cell_paragraphs, open_docx

from ntm_docgen.api import parse_spec, render
from ntm_docgen.check import check_file
from ntm_docgen.check.locate import locate
from ntm_docgen.check.reader import open_docx as read_docx
from ntm_docgen.importer import import_letter
from ntm_docgen.letter.context import title_lines
from ntm_docgen.letter.render import render_docx
from ntm_docgen.vietnamese.words import WORD, bonds

BASE = {"loai": "QĐ", "co_quan": {"ten": "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "viet_tat": "HĐTĐKT"},
        "so": 12, "dia_danh": "Lạng Sơn", "ngay": "2026-03-12",
        "trich_yeu": "Về việc khen thưởng năm 2025",
        "tham_quyen": "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH",  # a council: signed TM. of it, or not
        "noi_dung": "Điều 1. Khen thưởng.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "noi_nhan": ["Như Điều 2"], "luu": "VT"}
LONG = "PHÓ CHỦ TỊCH THƯỜNG TRỰC HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH"
#: (quyền hạn, chức vụ as the spec gives it, its lines in the cell)
TITLES = [
    (["TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "KT. CHỦ TỊCH"], LONG,
     ["PHÓ CHỦ TỊCH THƯỜNG TRỰC", "HỘI ĐỒNG THI ĐUA -", "KHEN THƯỞNG TỈNH"]),
    ([], "TRƯỞNG BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA",
     ["TRƯỞNG BAN CHỈ ĐẠO", "CÁC CHƯƠNG TRÌNH", "MỤC TIÊU QUỐC GIA"]),
    (["KT. GIÁM ĐỐC"], "Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh",
     ["PHÓ GIÁM ĐỐC TRUNG TÂM", "PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH"]),
    (["TM. HỘI ĐỒNG TRƯỜNG"], "CHỦ TỊCH HỘI ĐỒNG TRƯỜNG", ["CHỦ TỊCH HỘI ĐỒNG TRƯỜNG"]),
    (["KT. GIÁM ĐỐC"], "PHÓ GIÁM ĐỐC", ["PHÓ GIÁM ĐỐC"]),
]
IDS = ["three-lines-dash", "three-lines-no-authority", "two-lines-lower-case",
       "fits", "short"]


def spec_with(quyen_han: list[str], chuc_vu: str, copy: bool = False) -> dict:
    data = {**BASE, "ky": {"quyen_han": quyen_han, "chuc_vu": chuc_vu,
                           "ho_ten": "Trần Thị Thanh Hương"}}
    if copy:
        data["ban_sao"] = {"hinh_thuc": "SAO Y", "co_quan": {"ten": "VĂN PHÒNG", "viet_tat": "VP"},
                           "dia_danh": "Lạng Sơn", "ngay": "2026-03-13",
                           "ky": {"quyen_han": quyen_han, "chuc_vu": chuc_vu,
                                  "ho_ten": "Nguyễn Đức Đăng"},
                           "noi_nhan": ["Sở Nội vụ"], "luu": "NC"}
    return data


def signers(document) -> list[list[Para]]:
    """The paragraphs of the letter's signature cell and of its copy block's."""
    letter, block = document.tables[-2], document.tables[-1]
    return [[Para(p.text, "signer", p) for p in cell_paragraphs(c) if p.text]
            for c in (letter.rows[0].cells[1], block.rows[-1].cells[1])]


@pytest.mark.parametrize(("quyen_han", "chuc_vu", "lines"), TITLES, ids=IDS)
def test_the_title_is_written_in_the_lines_it_fits_in(today, quyen_han, chuc_vu, lines):
    document = open_docx(render_docx(parse_spec(spec_with(quyen_han, chuc_vu, copy=True)), today))
    for signer in signers(document):  # the letter's, then the copy's
        title = signer[-1 - len(lines):-1]
        assert [p.text for p in title] == lines
        assert " ".join(p.text for p in signer[:-1 - len(lines)]) == " ".join(quyen_han)
        for para in signer[:-1]:  # every line as the authority lines: 14 pt, bold, centred
            assert (para.sizes, para.bold, para.align) == ({14.0}, True, "center")
            assert "\n" not in para.text and not para.paragraph._p.xpath(".//w:br")


@pytest.mark.parametrize(("quyen_han", "chuc_vu", "lines"), TITLES, ids=IDS)
def test_the_title_reads_back_as_one_line_and_checks_clean(today, tmp_path, quyen_han, chuc_vu,
                                                           lines):
    out = tmp_path / "qd.docx"
    render(parse_spec(spec_with(quyen_han, chuc_vu, copy=True)), out, today=today)
    spec = import_letter(out).spec
    assert spec["ky"]["chuc_vu"] == " ".join(lines)
    assert spec["ky"].get("quyen_han", []) == quyen_han
    assert check_file(out) == []
    letter = locate(read_docx(out))
    assert [x.clean for x in letter.chuc_vu] == lines
    assert " ".join(x.clean for x in letter.quyen_han) == " ".join(quyen_han)


def right_column(text: str) -> list[str]:
    """The text lines of a page's right-hand column in capitals (the signature's cell), as
    ``pdftotext -layout`` sets them: the last run of each line after a gap of spaces."""
    out = []
    for line in text.splitlines():
        parts = [x for x in re.split(r"\s{2,}", line.strip()) if x]
        if parts and parts[-1] == parts[-1].upper() and any(c.isalpha() for c in parts[-1]):
            out.append(parts[-1])
    return out


def test_no_line_of_the_signature_cell_ends_inside_a_word_in_the_pdf(today, tmp_path):
    """LibreOffice prints the lines as written: each break where a clerk breaks (never inside
    a word), in the letter and in its SAO Y block."""
    data = spec_with(["TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "KT. CHỦ TỊCH"], LONG, copy=True)
    data["ban_sao"]["ky"]["chuc_vu"] = "TRƯỞNG BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA"
    written = render(parse_spec(data), tmp_path / "qd.docx", today=today, pdf=True)
    text = subprocess.run(["pdftotext", "-layout", str(written[-1]), "-"], capture_output=True,
                          text=True, check=True).stdout
    column = right_column(text)
    for title in (LONG, data["ban_sao"]["ky"]["chuc_vu"]):
        lines = title_lines(title)
        at = next(i for i in range(len(column)) if column[i:i + len(lines)] == lines)
        assert " ".join(column[at:at + len(lines)]) == title
        kinds = bonds(title)
        ends = [len(" ".join(lines[:n + 1]).split()) - 1 for n in range(len(lines) - 1)]
        assert len(lines) == 3 and all(kinds[end] != WORD for end in ends), (lines, kinds)


def test_the_lines_are_those_of_the_pdf_block_too(today):
    from ntm_docgen.copies.pdfblock import layout
    ban_sao = parse_spec(spec_with(["KT. CHỦ TỊCH"], LONG, copy=True)).ban_sao
    assert ban_sao is not None
    lines, _height = layout(ban_sao, today, 481.9)
    right = [x.text for x in lines if x.column == "right"]
    assert right[right.index("KT. CHỦ TỊCH"):] == ["KT. CHỦ TỊCH", *title_lines(LONG),
                                                   "Nguyễn Đức Đăng"]


def test_a_title_over_a_title_is_still_an_authority_line_that_lost_its_mark(today, tmp_path):
    """``GIÁM ĐỐC`` over ``PHÓ GIÁM ĐỐC``: the KT. left out, told as before; not one title."""
    import docx

    out = tmp_path / "kt.docx"
    out.write_bytes(render_docx(parse_spec(spec_with(["KT. GIÁM ĐỐC"], "PHÓ GIÁM ĐỐC")), today))
    document = docx.Document(str(out))
    run = next(r for p in document.tables[-1].rows[0].cells[1].paragraphs for r in p.runs
               if r.text == "KT. GIÁM ĐỐC")
    run.text = "GIÁM ĐỐC"
    document.save(str(out))
    assert [f.rule for f in check_file(out)] == ["quyen_han.prefix"]



def test_a_head_over_his_post_in_another_body_is_one_title(today, tmp_path):
    """``TỔ TRƯỞNG`` over ``GIÁM ĐỐC SỞ NỘI VỤ`` (round 16's Tổ giúp việc decision of Lâm
    Đồng): the head of the Tổ and his post, no authority line; a title naming its body, not a
    deputy's, is not taken for one that lost its mark (it was told quyen_han.prefix)."""
    import docx

    out = tmp_path / "tt.docx"
    out.write_bytes(render_docx(parse_spec(spec_with(["KT. GIÁM ĐỐC"], "GIÁM ĐỐC SỞ NỘI VỤ")),
                                today))
    document = docx.Document(str(out))
    run = next(r for p in document.tables[-1].rows[0].cells[1].paragraphs for r in p.runs
               if r.text == "KT. GIÁM ĐỐC")
    run.text = "TỔ TRƯỞNG"
    document.save(str(out))
    assert [f.rule for f in check_file(out)] == []


@pytest.mark.parametrize(("title", "lines"), [
    ("VỤ TRƯỞNG VỤ GIÁO DỤC PHỔ THÔNG", ["VỤ TRƯỞNG", "VỤ GIÁO DỤC PHỔ THÔNG"]),
    ("VIỆN TRƯỞNG VIỆN KHOA HỌC THỦY LỢI VIỆT NAM",
     ["VIỆN TRƯỞNG VIỆN KHOA HỌC", "THỦY LỢI VIỆT NAM"]),
], ids=["vu", "vien"])
def test_a_title_breaks_before_its_body_not_inside_its_name(title, lines):
    """VỤ, CỤC, VIỆN stay with the name after them (data/ngat_dong.yaml dan_ten): the title
    breaks as a clerk breaks it, "VỤ TRƯỞNG / VỤ GIÁO DỤC PHỔ THÔNG", where it read "VỤ
    TRƯỞNG VỤ / GIÁO DỤC PHỔ THÔNG" (noticed when the title was first fitted)."""
    from ntm_docgen.letter.context import title_lines

    assert title_lines(title) == lines


def test_a_template_edited_before_the_lines_still_has_the_title():
    """A template edited in Word that still prints ``{{ chuc_vu }}`` gets the title (found by
    a review: the key had become ``chuc_vu_lines`` only)."""
    from ntm_docgen.letter.context import letter_context

    context = letter_context(parse_spec(spec_with(["KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH")),
                             date(2026, 3, 5))
    assert context["chuc_vu"] == "PHÓ CHỦ TỊCH" and context["chuc_vu_lines"] == ["PHÓ CHỦ TỊCH"]
