"""`ntm-docgen import` refuses what is no administrative letter, saying what it read: a citizen's
petition, a contract between parties, a law, decree or Government resolution (by its heading or
its ký hiệu), a
permit, a list standing alone (BẢNG KÊ, DANH SÁCH), an enterprise's request (VĂN BẢN ĐỀ NGHỊ)
an office's internal form (PHIẾU TRÌNH) and a spreadsheet saved as a Word file; exit 1, no
spec written."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from ntm_docgen.cli.main import main

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
TEXTS = {
    "petition": (MOTTO + "ĐƠN ĐỀ NGHỊ\nKính gửi: Ủy ban nhân dân xã Tân Lập\n"
                 "Tôi tên là: Nguyễn Văn An, sinh năm 1970\nTôi làm đơn này đề nghị Ủy ban "
                 "nhân dân xã xem xét cấp lại giấy chứng nhận.\nTân Lập, ngày 05 tháng 3 năm "
                 "2026\nNgười làm đơn\nNguyễn Văn An\n", ["ĐƠN ĐỀ NGHỊ", "petition"]),
    "contract": (MOTTO + "HỢP ĐỒNG KINH TẾ\nSố: 12/2026/HĐKT\nCăn cứ Bộ luật Dân sự số "
                 "91/2015/QH13;\nHôm nay, ngày 05 tháng 3 năm 2026, chúng tôi gồm:\nBÊN A: "
                 "CÔNG TY TNHH AN PHÁT\nĐại diện: Ông Nguyễn Văn An\nBÊN B: CÔNG TY CỔ PHẦN "
                 "BÌNH MINH\nĐiều 1. Nội dung công việc\nĐẠI DIỆN BÊN A\nĐẠI DIỆN BÊN B\n",
                 ["BÊN A", "contract between parties"]),
    "decree": ("CHÍNH PHỦ\n" + MOTTO + "Số: 30/2020/NĐ-CP\nHà Nội, ngày 05 tháng 3 năm 2020\n"
               "NGHỊ ĐỊNH\nVề công tác văn thư\nCăn cứ Luật Tổ chức Chính phủ;\nĐiều 1. Phạm vi "
               "điều chỉnh\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Xuân Phúc\n",
               ["NGHỊ ĐỊNH", "legal normative"]),
    "decree-by-ky-hieu": ("CHÍNH PHỦ\n" + MOTTO + "Số: 30/2020/NĐ-CP\nHà Nội, ngày 05 tháng 3 "
                          "năm 2020\nVề công tác văn thư\nĐiều 1. Phạm vi điều chỉnh\n"
                          "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Xuân Phúc\n",
                          ["2020/NĐ-CP", "legal normative"]),
    "government-resolution": ("CHÍNH PHỦ\n" + MOTTO + "Số: 19/2026/NQ-CP\nHà Nội, ngày 15 "
                              "tháng 01 năm 2026\nNGHỊ QUYẾT\nQuy định chính sách hỗ trợ xây "
                              "dựng nông thôn mới\nCăn cứ Luật Tổ chức Chính phủ;\nQUYẾT NGHỊ:\n"
                              "Điều 1. Phạm vi điều chỉnh\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n"
                              "Phạm Minh Chính\n", ["2026/NQ-CP", "nghị quyết", "legal normative"]),
    "circular": ("BỘ CÔNG THƯƠNG\n" + MOTTO + "Số: 01/2026/TT-BCT\nHà Nội, ngày 05 tháng 1 năm "
                 "2026\nHướng dẫn Nghị định số 26/2026/NĐ-CP\nĐiều 1. Phạm vi điều chỉnh\n"
                 "BỘ TRƯỞNG\nNguyễn Hồng Diên\n", ["2026/TT-BCT", "legal normative"]),
    "law": ("QUỐC HỘI\n" + MOTTO + "Luật số: 69/2025/QH15\nLUẬT\nHÓA CHẤT\nCăn cứ Hiến pháp;\n"
            "Điều 1. Phạm vi điều chỉnh\nCHỦ TỊCH QUỐC HỘI\nTrần Thanh Mẫn\n",
            ["LUẬT", "legal normative"]),
    "permit": ("UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\n" + MOTTO + "Số: 15/GP-SCT\nLào Cai, ngày 05 "
               "tháng 3 năm 2026\nGIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP\nCấp cho Công ty "
               "A.\nGIÁM ĐỐC\nNguyễn Văn An\n", ["GIẤY PHÉP SỬ DỤNG", "sector"]),
    "list": ("UBND XÃ TÂN LẬP\n" + MOTTO + "Tân Lập, ngày 05 tháng 3 năm 2026\nBẢNG KÊ\n"
             "CÁC CÔNG TRÌNH HOÀN THÀNH NĂM 2025\n| STT | Tên công trình | Kinh phí |\n"
             "| 1 | Đường thôn 1 | 500 |\nNGƯỜI LẬP\nNguyễn Văn An\n",
             ["BẢNG KÊ", "list or table", "Phụ lục III"]),
    "names": ("UBND XÃ TÂN LẬP\n" + MOTTO + "DANH SÁCH HỘ GIA ĐÌNH HIẾN ĐẤT LÀM ĐƯỜNG\n"
              "| STT | Họ và tên | Thôn |\n| 1 | Nguyễn Văn An | Thôn 1 |\n",
              ["DANH SÁCH HỘ GIA ĐÌNH", "list or table"]),
    "enterprise-request": ("CÔNG TY CỔ PHẦN NĂNG LƯỢNG BẢO LONG\n" + MOTTO + "Số: 21/2026/CV-BL"
                           "\nLào Cai, ngày 05 tháng 3 năm 2026\nVĂN BẢN ĐỀ NGHỊ\nCấp giấy "
                           "phép sử dụng vật liệu nổ công nghiệp\nKính gửi: Sở Công Thương tỉnh "
                           "Lào Cai\nCông ty đề nghị Sở cấp giấy phép.\nGIÁM ĐỐC\nNguyễn Văn "
                           "An\n", ["VĂN BẢN ĐỀ NGHỊ", "request", "Phụ lục III"]),
    # its header not read as a letter's (no Quốc hiệu, the heading far below the date): the
    # heading is still found, and named, where it was "nothing letter-like, no issuer"
    "internal-form": ("BỘ CÔNG THƯƠNG\nCỤC HÓA CHẤT\n\nHà Nội, ngày     tháng 4 năm 2026\n"
                      + "\n" * 7 + "PHIẾU TRÌNH\nKính gửi: Cục trưởng Phùng Mạnh Ngọc\n"
                      "Đơn vị trình\t: Phòng Quản lý Hóa chất (QLHC).\nVấn đề trình\t: Cấp "
                      "Giấy phép vận chuyển hàng hóa nguy hiểm.\nCác văn bản kèm theo:\n"
                      "1. Biên bản thẩm định;\n2. Dự thảo Giấy phép.\n",
                      ["PHIẾU TRÌNH", "internal form", "check"]),
}


def _import(runner: CliRunner, source: Path, out: Path):  # type: ignore[no-untyped-def]
    return runner.invoke(main, ["import", str(source), "-o", str(out)])


@pytest.mark.parametrize("name", list(TEXTS))
def test_what_is_no_letter_is_refused_naming_what_was_read(runner: CliRunner, tmp_path: Path,
                                                           name: str) -> None:
    text, said = TEXTS[name]
    source = tmp_path / f"{name}.txt"
    source.write_text(text, encoding="utf-8")
    result = _import(runner, source, tmp_path / "out.yaml")
    assert result.exit_code == 1, result.output
    assert all(s in result.output for s in said), result.output
    assert str(source) in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out.yaml").exists()


def test_a_spreadsheet_saved_as_a_word_file(runner: CliRunner, tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for row, values in enumerate([("STT", "Họ và tên", "Thôn"), ("1", "Nguyễn Văn An", "Thôn 1"),
                                  ("2", "Trần Thị Bình", "Thôn 2")]):
        for col, value in enumerate(values):
            table.cell(row, col).text = value
    document.save(tmp_path / "bang.docx")
    result = _import(runner, tmp_path / "bang.docx", tmp_path / "out.yaml")
    assert result.exit_code == 1
    assert "table (3 rows" in result.output and "STT | Họ và tên" in result.output
    assert not (tmp_path / "out.yaml").exists()


def test_the_refusal_reads_in_vietnamese(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "don.txt"
    source.write_text(TEXTS["petition"][0], encoding="utf-8")
    result = runner.invoke(main, ["--lang", "vi", "import", str(source), "-o",
                                  str(tmp_path / "o.yaml")])
    assert result.exit_code == 1 and "đơn của công dân" in result.output


def test_a_type_name_with_words_after_it_is_read_as_that_type(runner: CliRunner,
                                                              tmp_path: Path) -> None:
    """``TỜ TRÌNH ĐỀ NGHỊ ...`` is a tờ trình, ``BÁO CÁO BẢNG KÊ ...`` a báo cáo: the words after
    a type name of the table never make it a request or a list."""
    for heading, loai in [("TỜ TRÌNH ĐỀ NGHỊ CÔNG NHẬN XÃ ĐẠT CHUẨN NÔNG THÔN MỚI", "TTr"),
                          ("BÁO CÁO BẢNG KÊ CÁC CÔNG TRÌNH HOÀN THÀNH", "BC")]:
        source = tmp_path / f"{loai}.txt"
        source.write_text("UBND XÃ TÂN LẬP\n" + MOTTO + f"Số: 05/{loai}-UBND\nTân Lập, ngày 05 "
                          f"tháng 3 năm 2026\n{heading}\nKính gửi: UBND huyện\nNội dung.\n"
                          "CHỦ TỊCH\nNguyễn Văn An\n", encoding="utf-8")
        out = tmp_path / f"{loai}.yaml"
        result = _import(runner, source, out)
        assert result.exit_code == 0, result.output
        assert f"loai: {loai}" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("number", "issuer", "loai"), [
    ("80/NQ-CP", "CHÍNH PHỦ", "NQ"),
    ("07/2021/NQ-HĐND", "HỘI ĐỒNG NHÂN DÂN\nTỈNH LẠNG SƠN", "NQ"),
    ("45/NQ-HĐND", "HỘI ĐỒNG NHÂN DÂN\nTỈNH LẠNG SƠN", "NQ"),
], ids=["government-individual", "peoples-council-normative", "peoples-council-individual"])
def test_a_resolution_the_movement_carries_out_is_read(runner: CliRunner, tmp_path: Path,
                                                       number: str, issuer: str, loai: str) -> None:
    """A Government resolution without the year in its number, and a People's Council's
    resolution (a province's support for the movement), are Nghị quyết of the type table."""
    source = tmp_path / "nq.txt"
    source.write_text(f"{issuer}\n" + MOTTO + f"Số: {number}\nLạng Sơn, ngày 15 tháng 01 năm "
                      "2026\nNGHỊ QUYẾT\nQuy định chính sách hỗ trợ xây dựng nông thôn mới\n"
                      "QUYẾT NGHỊ:\nĐiều 1. Phạm vi điều chỉnh\nCHỦ TỊCH\nNguyễn Văn An\n",
                      encoding="utf-8")
    out = tmp_path / "nq.yaml"
    result = _import(runner, source, out)
    assert result.exit_code == 0, result.output
    assert f"loai: {loai}" in out.read_text(encoding="utf-8")


def test_a_list_is_refused_in_vietnamese_naming_what_the_tool_takes(runner: CliRunner,
                                                                     tmp_path: Path) -> None:
    source = tmp_path / "bang_ke.txt"
    source.write_text(TEXTS["list"][0], encoding="utf-8")
    result = runner.invoke(main, ["--lang", "vi", "import", str(source), "-o",
                                  str(tmp_path / "o.yaml")])
    assert result.exit_code == 1
    assert "“BẢNG KÊ” là bảng kê, một danh sách hay bảng đứng riêng" in result.output
    assert "ntm-docgen nhận các văn bản hành chính" in result.output
