"""Lines that would wrap badly in their cells: long issuer names, long dates, long Nơi nhận."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn
from docxview import find, open_docx, paragraphs, texts

from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import parse_spec

BASE = {"loai": "KH", "co_quan": {"ten": "SỞ NỘI VỤ", "viet_tat": "SNV"},
        "dia_danh": "Lạng Sơn", "ngay": "2026-01-05", "trich_yeu": "Sơ kết phong trào",
        "noi_dung": "I. MỤC ĐÍCH", "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Lê Văn A"}}


def header(document) -> list[str]:
    return [p.text for p in paragraphs(document) if p.where == "header[0][0]" and p.text]


@pytest.mark.parametrize(("co_quan", "lines"), [
    ({"ten": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"}, ["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"]),
    ({"ten": "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH\nMỤC TIÊU QUỐC GIA"},
     ["BAN CHỈ ĐẠO", "CÁC CHƯƠNG TRÌNH", "MỤC TIÊU QUỐC GIA"]),
    ({"chu_quan": "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "ten": "SỞ NỘI VỤ"},
     ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "SỞ NỘI VỤ"]),
    ({"ten": "SỞ NỘI VỤ"}, ["SỞ NỘI VỤ"]),
], ids=["one-line-too-long", "given-lines-one-too-long", "parent-too-long", "fits"])
def test_a_header_line_too_long_for_its_cell_is_broken_where_clerks_break_it(today, co_quan,
                                                                              lines):
    data = {**BASE, "co_quan": {**co_quan, "viet_tat": "X"}}
    assert header(open_docx(render_docx(parse_spec(data), today))) == lines


def test_a_long_authority_line_is_broken_at_the_place_name(today):
    ky = {"quyen_han": ["TM. ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "KT. CHỦ TỊCH"],
          "chuc_vu": "PHÓ CHỦ TỊCH", "ho_ten": "Lê Văn A"}
    document = open_docx(render_docx(parse_spec({**BASE, "ky": ky}), today))
    right = [p.text for p in paragraphs(document) if p.where == "signature[0][1]" and p.text]
    assert right == ["TM. ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                     "Lê Văn A"]


@pytest.mark.parametrize(("dia_danh", "size"), [("Lạng Sơn", 14.0),
                                                ("Thành phố Hồ Chí Minh", 13.0)])
def test_the_date_line_keeps_to_one_line(today, dia_danh, size):
    data = {**BASE, "dia_danh": dia_danh, "ngay": "2026-12-15"}
    line = find(paragraphs(open_docx(render_docx(parse_spec(data), today))), dia_danh)
    assert line.sizes == {size} and line.italic


@pytest.mark.parametrize(("count", "keep"), [(8, "1"), (70, "0")])
def test_a_very_long_noi_nhan_lets_the_signature_row_run_on(today, count, keep):
    data = {**BASE, "noi_nhan": [f"UBND xã số {i}" for i in range(count)]}
    document = open_docx(render_docx(parse_spec(data), today))
    signature = document.tables[-1]._tbl
    assert "Nơi nhận:" in texts(paragraphs(document))
    values = [c.get(qn("w:val")) for c in signature.iter(qn("w:cantSplit"))]
    assert values == [keep]


def test_wrapped_parent_issuer_and_authority_lines_check_clean(today, tmp_path):
    from ntm_docgen.check import check_file

    data = {**BASE, "co_quan": {"chu_quan": "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
                                "ten": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "viet_tat": "SNNMT"},
            "dia_danh": "Thành phố Hồ Chí Minh", "do_khan": "HỎA TỐC",
            "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "KT. CHỦ TỊCH"],
                   "chuc_vu": "PHÓ CHỦ TỊCH", "ho_ten": "Lê Văn A"}}
    out = tmp_path / "long.docx"
    out.write_bytes(render_docx(parse_spec(data), today))
    assert check_file(out) == []
    document = docx.Document(str(out))  # a dot lost after KT: still caught after a wrap
    run = next(r for p in document.tables[-1].rows[0].cells[1].paragraphs for r in p.runs
               if r.text == "KT. CHỦ TỊCH")
    run.text = "KT CHỦ TỊCH"
    document.save(str(out))
    assert [f.rule for f in check_file(out)] == ["quyen_han.prefix"]


WIDE = "| " + " | ".join(f"Cột {i}" for i in range(9)) + " |\n|" + "---|" * 9 + "\n| " + \
    " | ".join(str(123456 + i) for i in range(9)) + " |"


def sections(document) -> list[tuple[str | None, int]]:
    """(orientation, page width) of each section, in order."""
    return [(s._sectPr.find(qn("w:pgSz")).get(qn("w:orient")), s.page_width.twips)
            for s in document.sections]


@pytest.mark.parametrize(("ngang", "content", "turned"), [
    (None, WIDE, True), (None, "| a | b |\n|---|---|\n| 1 | 2 |", False),
    (False, WIDE, False), (True, "Bảng kèm theo.", True),
], ids=["wide-table", "narrow-table", "kept-portrait", "asked-for"])
def test_an_appendix_with_a_wide_table_goes_on_landscape_pages(today, tmp_path, ngang, content,
                                                               turned):
    from ntm_docgen.check import check_file

    item = {"tieu_de": "BIỂU SỐ LIỆU", "noi_dung": content}
    if ngang is not None:
        item["ngang"] = ngang
    data = {**BASE, "loai": "BC", "phu_luc": [item, {"tieu_de": "DANH SÁCH", "noi_dung": "x"}]}
    out = tmp_path / "bc.docx"
    out.write_bytes(render_docx(parse_spec(data), today))
    document = docx.Document(str(out))
    wide = ("landscape", 16838) if turned else (None, 11906)
    assert sections(document) == [(None, 11906), wide, (None, 11906)]
    if "|" in content:
        width = int(document.tables[-1]._tbl.find(f"{qn('w:tblPr')}/{qn('w:tblW')}").get(
            qn("w:w")))
        assert width == (14287 if turned else 9354)
    assert check_file(out) == []


def test_ngang_must_be_true_or_false(today):
    from ntm_docgen.errors import SpecError

    data = {**BASE, "phu_luc": [{"tieu_de": "BIỂU", "ngang": "có"}]}
    with pytest.raises(SpecError, match=r"phu_luc\[0\]\.ngang: expected true"):
        parse_spec(data)


@pytest.mark.parametrize(("recipient", "align"), [
    ("Ủy ban nhân dân tỉnh Lạng Sơn", "center"),
    ("Ủy ban nhân dân Thành phố Hồ Chí Minh và các sở, ban, ngành, đoàn thể thành phố", "left"),
], ids=["fits-centred", "long-hangs"])
def test_a_single_kinh_gui_is_centred_when_it_fits_and_hangs_when_it_wraps(today, recipient,
                                                                            align):
    data = {**BASE, "loai": "CV", "kinh_gui": [recipient]}
    line = find(paragraphs(open_docx(render_docx(parse_spec(data), today))), "Kính gửi:")
    assert line.text.replace("\t", " ") == f"Kính gửi: {recipient}" and line.align == align
    if align == "left":
        indent = line.paragraph._p.find(f"{qn('w:pPr')}/{qn('w:ind')}")
        assert int(indent.get(qn("w:hanging"))) > 0


def test_the_copy_block_breaks_a_long_copying_body_name_like_the_letter(today):
    from ntm_docgen.letter.copyblock import copy_context
    from ntm_docgen.letter.spec import BanSao, ChuKy, CoQuan

    ban_sao = BanSao(hinh_thuc="SAO Y", dia_danh="Lạng Sơn",
                     co_quan=CoQuan(ten="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", viet_tat="SNNMT",
                                    chu_quan="ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"),
                     ky=ChuKy(chuc_vu="GIÁM ĐỐC", ho_ten="Lê Văn A",
                              quyen_han=("TM. ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",)))
    values = copy_context(ban_sao, today)
    assert values["co_quan_lines"] == ["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"]
    assert values["chu_quan_lines"] == ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"]
    assert values["quyen_han"][0] == "TM. ỦY BAN NHÂN DÂN"
