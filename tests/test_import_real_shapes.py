"""`ntm-docgen import` on shapes real letters of 2024-2026 showed: ``T/M.`` over the title, an
academic title before the signer's name, a number with a letter after it (``875a``), ``Lưu``
without its colon, a date left wholly blank, ``V/v`` in the Số cell, a Kính gửi laid out as a
table, ``(để báo cáo);`` wrapped under its recipient, and headings with words after the type
name (``GIẤY MỜI HỌP``) or naming a document outside the type table (``GIẤY PHÉP ...``)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from ntm_docgen.cli.main import main
from ntm_docgen.importer import NotALetterError, import_letter, import_lines

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
HEAD = ("UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\n" + MOTTO + "Số: 15/SNV-TĐKT\n"
        "V/v báo cáo kết quả thực hiện\nLạng Sơn, ngày 05 tháng 3 năm 2026\n"
        "Kính gửi: Ủy ban nhân dân các xã\n"
        "Sở Nội vụ đề nghị các đơn vị báo cáo kết quả thực hiện.\nTrân trọng./.\n")
NOI_NHAN = "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH.\n"


def _read(text: str):  # type: ignore[no-untyped-def]
    return import_lines(text.splitlines())


@pytest.mark.parametrize(("signature", "quyen_han", "chuc_vu"), [
    ("T/M. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n", ["TM. ỦY BAN NHÂN DÂN"], "CHỦ TỊCH"),
    ("T/M ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n",
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH"),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n", ["TM. ỦY BAN NHÂN DÂN"], "CHỦ TỊCH"),
], ids=["t/m-dot", "t/m-no-dot-then-kt", "tm"])
def test_t_m_is_the_authority_line_not_the_title(signature: str, quyen_han: list[str],
                                                 chuc_vu: str) -> None:
    result = _read(HEAD + NOI_NHAN + signature + "Nguyễn Văn An\n")
    assert result.spec["ky"] == {"quyen_han": quyen_han, "chuc_vu": chuc_vu,
                                 "ho_ten": "Nguyễn Văn An"}
    assert not any("no field" in w for w in result.warnings)


@pytest.mark.parametrize(("name", "title"), [
    ("GS.TS Nguyễn Văn An", "GS.TS"), ("PGS.TS. Trần Thị Bình", "PGS.TS."),
    ("ThS. Lê Đức Cường", "ThS."), ("TS Đặng Văn Dũng", "TS"),
    ("Thân Văn Em", None), ("Tạ Thị Giang", None), ("Đỗ Văn Hùng", None),
], ids=["gs-ts", "pgs-ts", "ths", "ts-no-dot", "than-is-a-name", "ta-is-a-name", "do-is-a-name"])
def test_an_academic_title_is_not_part_of_the_name(name: str, title: str | None) -> None:
    result = _read(HEAD + NOI_NHAN + "GIÁM ĐỐC\n" + name + "\n")
    bare = name.removeprefix(title or "").strip()
    assert result.spec["ky"]["ho_ten"] == bare
    named = [w for w in result.warnings if "academic title" in w]
    assert (named == []) == (title is None)
    if title:
        assert title in named[0] and name in named[0]


def test_a_number_with_a_letter_keeps_the_number_and_says_so() -> None:
    result = _read(HEAD.replace("Số: 15/", "Số: 875a/") + NOI_NHAN + "GIÁM ĐỐC\nNguyễn Văn An\n")
    assert (result.spec["so"], result.spec["ky_hieu"]) == (875, "SNV-TĐKT")
    assert any("875a" in w for w in result.warnings)


@pytest.mark.parametrize(("luu_line", "luu"), [
    ("- Lưu VT, TH.", "VT, TH"), ("- Lưu: VT, TH.", "VT, TH"), ("- Lưu VT.", "VT"),
    ("- Lưu: VT; TH.", "VT; TH"), ("- Lưu:VT,TH.", "VT, TH"),
], ids=["no-colon", "colon", "vt-only", "semicolon", "no-spaces"])
def test_luu_with_or_without_its_colon(luu_line: str, luu: str) -> None:
    result = _read(HEAD + f"Nơi nhận:\n- Như trên;\n- UBND tỉnh;\n{luu_line}\n"
                   "GIÁM ĐỐC\nNguyễn Văn An\n")
    assert (result.spec["noi_nhan"], result.spec["luu"]) == (["Như trên", "UBND tỉnh"], luu)


@pytest.mark.parametrize(("date_line", "dia_danh", "nam"), [
    ("Hà Nội, ngày    tháng    năm 2025", "Hà Nội", 2025),
    ("Hà Nội, ngày  tháng  năm", "Hà Nội", None),
    ("Hà Nội, ngày ….. tháng ….. năm ……", "Hà Nội", None),
], ids=["year-printed", "all-blank", "dots"])
def test_a_blank_date_is_kept_blank(date_line: str, dia_danh: str, nam: int | None) -> None:
    result = _read(HEAD.replace("Lạng Sơn, ngày 05 tháng 3 năm 2026", date_line) + NOI_NHAN
                   + "GIÁM ĐỐC\nNguyễn Văn An\n")
    spec = result.spec
    assert "ngay" not in spec and spec.get("nam") == nam and spec["dia_danh"] == dia_danh
    assert spec["trich_yeu"] == "báo cáo kết quả thực hiện"


def test_v_v_on_the_line_of_the_number() -> None:
    text = HEAD.replace("Số: 15/SNV-TĐKT\nV/v", "Số: 15/SNV-TĐKT V/v")
    result = _read(text + NOI_NHAN + "GIÁM ĐỐC\nNguyễn Văn An\n")
    assert (result.spec["so"], result.spec["trich_yeu"]) == (15, "báo cáo kết quả thực hiện")
    assert not any("no field" in w for w in result.warnings)


@pytest.mark.parametrize("items", [
    "- UBND tỉnh (để\nbáo cáo);\n", "- Thường trực UBND tỉnh\n(để báo cáo);\n",
    "- UBND tỉnh (để báo cáo);\n",
], ids=["wrapped-inside", "wrapped-before", "one-line"])
def test_de_bao_cao_stays_with_its_recipient(items: str) -> None:
    result = _read(HEAD + "Nơi nhận:\n- Như trên;\n" + items + "- Lưu: VT.\n"
                   "GIÁM ĐỐC\nNguyễn Văn An\n")
    last = result.spec["noi_nhan"][-1]
    assert last.endswith("UBND tỉnh (để báo cáo)") and len(result.spec["noi_nhan"]) == 2


def _word_letter(path: Path, kinh_gui: str) -> Path:
    document = docx.Document()
    head = document.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\nSố: 15/SNV-TĐKT\nV/v báo cáo kết quả"
    head.cell(0, 1).text = MOTTO + "Lạng Sơn, ngày 05 tháng 3 năm 2026"
    items = ["- Sở Tài chính;", "- Sở Xây dựng;", "- Ủy ban nhân dân các xã."]
    if kinh_gui == "rows":
        table = document.add_table(rows=3, cols=2)
        table.cell(0, 0).text = "Kính gửi:"
        for row, item in enumerate(items):
            table.cell(row, 1).text = item
    else:
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "Kính gửi:"
        table.cell(0, 1).text = "\n".join(items)
    document.add_paragraph("Sở Nội vụ đề nghị các đơn vị báo cáo kết quả.")
    document.add_paragraph("Trân trọng./.")
    sign = document.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH."
    sign.cell(0, 1).text = "GIÁM ĐỐC\n\nNguyễn Văn An"
    document.save(path)
    return path


@pytest.mark.parametrize("kinh_gui", ["rows", "one-cell"])
def test_word_kinh_gui_table_and_v_v_in_the_number_cell(tmp_path: Path, kinh_gui: str) -> None:
    result = import_letter(_word_letter(tmp_path / "l.docx", kinh_gui))
    spec = result.spec
    assert spec["kinh_gui"] == ["Sở Tài chính", "Sở Xây dựng", "Ủy ban nhân dân các xã"]
    assert (spec["so"], spec["trich_yeu"]) == (15, "báo cáo kết quả")
    assert spec["noi_dung"].splitlines()[0] == "Sở Nội vụ đề nghị các đơn vị báo cáo kết quả."


GM_HEAD = "UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\n" + MOTTO + ("Số: 15/GM-SNV\n"
                                                       "Lạng Sơn, ngày 05 tháng 3 năm 2026\n")
GM_BODY = "Sở Nội vụ trân trọng kính mời đại diện lãnh đạo các sở dự họp.\n"


@pytest.mark.parametrize(("title", "trich_yeu"), [
    ("GIẤY MỜI HỌP\n", None),
    ("GIẤY MỜI HỌP\nTriển khai kế hoạch thi đua\n", "Triển khai kế hoạch thi đua"),
    ("GIẤY MỜI\nDự hội nghị tổng kết phong trào\n", "Dự hội nghị tổng kết phong trào"),
    ("GIẤY MỜI\n", None),
], ids=["giay-moi-hop", "giay-moi-hop-with-title", "giay-moi-with-title", "giay-moi"])
def test_giay_moi_headings(title: str, trich_yeu: str | None) -> None:
    result = _read(GM_HEAD + title + GM_BODY + NOI_NHAN + "GIÁM ĐỐC\nNguyễn Văn An\n")
    spec = result.spec
    assert (spec["loai"], spec.get("trich_yeu")) == ("GM", trich_yeu)
    assert spec["noi_dung"].splitlines()[0] == GM_BODY.strip()
    assert ("HỌP" in title) == any("GIẤY MỜI HỌP" in w for w in result.warnings)
    assert not any("no field" in w for w in result.warnings)


def test_a_heading_with_words_after_the_type_name_begins_the_trich_yeu() -> None:
    text = HEAD.replace("Số: 15/SNV-TĐKT\nV/v báo cáo kết quả thực hiện\n",
                        "Số: 15/KH-SNV\n").replace("Kính gửi: Ủy ban nhân dân các xã\n",
                                                   "KẾ HOẠCH TỔ CHỨC HỘI NGHỊ\n")
    spec = _read(text + NOI_NHAN + "GIÁM ĐỐC\nNguyễn Văn An\n").spec
    assert (spec["loai"], spec["trich_yeu"]) == ("KH", "TỔ CHỨC HỘI NGHỊ")


@pytest.mark.parametrize("heading", ["GIẤY PHÉP", "GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP",
                                     "GIẤY CHỨNG NHẬN"], ids=["giay-phep", "giay-phep-su-dung",
                                                              "giay-chung-nhan"])
def test_a_permit_is_refused_with_what_it_is(runner: CliRunner, tmp_path: Path,
                                             heading: str) -> None:
    text = GM_HEAD.replace("GM-SNV", "GP-SCT") + heading + "\nCấp cho Công ty TNHH A.\n" \
        + NOI_NHAN + "GIÁM ĐỐC\nNguyễn Văn An\n"
    with pytest.raises(NotALetterError):
        _read(text)
    source = tmp_path / "giay-phep.txt"
    source.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert result.exit_code == 1 and heading in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out.yaml").exists()


@pytest.mark.parametrize(("luu", "want"), [("- Lưu: VT, CNLoan.", "VT, CNLoan"),
                                           ("- Lưu: VT,KT(Nho).", "VT, KT(Nho)")])
def test_the_luu_keeps_its_units_and_drafter_as_written(luu: str, want: str) -> None:
    """A drafter's name run onto the unit (``CNLoan``, held_out_15) is how the office writes
    it, not two words a copy ran together: only a missing space after a comma is put back."""
    spec = _read(HEAD + "Nơi nhận:\n- Như trên;\n" + luu + "\nGIÁM ĐỐC\nNguyễn Văn An\n").spec
    assert spec["luu"] == want


def test_a_noi_nhan_label_whose_n_ocr_lost_still_opens_the_list() -> None:
    """OCR may lose the small italic N of ``Nơi nhận:`` (held_out_15's Quyết định xử phạt):
    ``ơi nhận:`` with its colon still opens the list, so its items and the Lưu are read."""
    text = HEAD.replace("Trân trọng./.", "Sở Nội vụ đề nghị thực hiện./.")
    spec = _read(text + "ơi nhận:\n- Như trên;\n- Sở Tài chính;\n- Lưu: VT, TH.\n"
                 "GIÁM ĐỐC\nNguyễn Văn An\n").spec
    assert (spec["noi_nhan"], spec["luu"]) == (["Như trên", "Sở Tài chính"], "VT, TH")
    assert spec["noi_dung"].splitlines()[-1] == "Sở Nội vụ đề nghị thực hiện./."


@pytest.mark.parametrize("title", ["BỘ TRƯỞNG +", "BỘ TRƯỞNG * ~", "sấ BỘ TRƯỞNG"])
def test_a_mark_after_the_title_in_a_scan_is_not_part_of_it(title: str) -> None:
    """A pen stroke read after the signer's title in a scan (``BỘ TRƯỞNG +``, held_out_15),
    or as letters in lower case before it (``sấ``), is left out of the chức vụ."""
    spec = _read(HEAD + NOI_NHAN + title + "\nNguyễn Văn An\n").spec
    assert spec["ky"]["chuc_vu"] == "BỘ TRƯỞNG"


@pytest.mark.parametrize(("last", "kept", "set_apart"), [
    ("đề nghị các đơn vị thực hiện. W", "đề nghị các đơn vị thực hiện.", "W"),
    ("đề nghị các đơn vị thực hiện./. ~", "đề nghị các đơn vị thực hiện./.", "~"),
    ("đề nghị thực hiện. Xin cảm ơn.", "đề nghị thực hiện. Xin cảm ơn.", None),
], ids=["tick-after-full-stop", "tick-after-closing-mark", "a-sentence-stays"])
def test_a_tick_after_the_last_sentence_is_set_apart(last: str, kept: str,
                                                    set_apart: str | None) -> None:
    """A pen's tick OCR read after the body's last sentence, right above ``Nơi nhận:``
    (held_out_15's Quyết định 3588: ``thi hành Quyết định này. W``), is left out of the body
    and named in a warning; words after the full stop stay."""
    result = _read(HEAD.replace("Trân trọng./.", last) + NOI_NHAN + "GIÁM ĐỐC\nNguyễn Văn An\n")
    assert result.spec["noi_dung"].splitlines()[-1] == kept
    marks = [w for w in result.warnings if "./." in w]
    assert (marks and f"“{set_apart}”" in marks[0]) if set_apart else not marks
