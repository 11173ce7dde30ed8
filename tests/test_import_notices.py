"""`ntm-docgen import` on the shapes held_out_8 showed: notices copied from a web page without
their header, a blank number on a line of its own, a national body whose name ends in VIỆT NAM,
a công văn opening with "Thực hiện ...", a signature with no name over an attachment, a Quyết
định whose title line was lost, a căn cứ that lost its first letters, a wrapped (Kèm theo ...)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from ntm_docgen.cli.main import main
from ntm_docgen.importer import import_lines
from ntm_docgen.letter.spec import parse_spec

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def _spec(text: str) -> dict:
    return import_lines(text.splitlines()).spec


def test_a_blank_number_parted_from_its_label_by_a_blank_line() -> None:
    spec = _spec("ỦY BAN NHÂN DÂN\nXÃ ..........\nSố:\n\n/BC-UBND\n\n" + MOTTO
                 + ".........., ngày 20 tháng 6 năm 2018\nBÁO CÁO\nTình hình kinh tế - xã hội\n"
                 + "Phần thứ nhất\n")
    assert spec["co_quan"] == {"ten": "ỦY BAN NHÂN DÂN\nXÃ ..........", "viet_tat": "UBND"}
    assert (spec["loai"], spec["ky_hieu"], "so" in spec) == ("BC", "BC-UBND", False)
    assert spec["ngay"].isoformat() == "2018-06-20"


def test_a_name_ending_in_viet_nam_is_the_issuer_not_the_motto() -> None:
    spec = _spec("BẢO HIỂM XÃ HỘI\nVIỆT NAM\n-------\n\n" + MOTTO
                 + "Số: 2618/BHXH-KHTC\nV/v chỉ tiêu báo cáo thống kê\n"
                 + "Hà Nội, ngày 28 tháng 06 năm 2010\nKính gửi: Bảo hiểm xã hội các tỉnh\n"
                 + "Đề nghị thực hiện.\n")
    assert spec["co_quan"]["ten"] == "BẢO HIỂM XÃ HỘI\nVIỆT NAM"
    assert "chu_quan" not in spec["co_quan"]


@pytest.mark.parametrize(("loai", "title", "can_cu"), [
    ("CV", "Số: 12/SNV-VP\nV/v báo cáo\nLạng Sơn, ngày 05 tháng 3 năm 2026\n", None),
    ("KH", "Số: 12/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\nKIỂM TRA NĂM 2026\n",
     ["Thực hiện Quyết định số 5/QĐ-UBND ngày 02/01/2026 của UBND tỉnh"]),
], ids=["cong-van-has-none", "ke-hoach-keeps-it"])
def test_a_cong_van_opens_its_content_with_thuc_hien(loai: str, title: str,
                                                     can_cu: list[str] | None) -> None:
    opening = "Thực hiện Quyết định số 5/QĐ-UBND ngày 02/01/2026 của UBND tỉnh."
    spec = _spec("UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\n" + MOTTO + title + opening + "\n"
                 + "Đề nghị các đơn vị thực hiện.\n")
    assert spec["loai"] == loai
    assert spec.get("can_cu") == can_cu
    assert spec["noi_dung"].splitlines()[0] == (opening if can_cu is None
                                                else "Đề nghị các đơn vị thực hiện.")


def test_a_list_naming_the_country_is_no_motto() -> None:
    spec = _spec("Giấy mời dự Lễ phát động Tết trồng cây 2018\n\nHưởng ứng phong trào, tỉnh tổ "
                 "chức Lễ phát động.\n\n1. Thành phần mời:\n\n- Đồng chí A, Chủ tịch Quốc hội "
                 "nước Cộng hòa Xã hội Chủ nghĩa Việt Nam;\n\n- Văn phòng Quốc hội nước Cộng hòa "
                 "Xã hội Chủ nghĩa Việt Nam;\n\n- Các sở, ngành;\n\nKính mời các đại biểu về dự./.")
    assert (spec["loai"], spec["trich_yeu"]) == ("GM", "dự Lễ phát động Tết trồng cây 2018")
    paras = spec["noi_dung"].splitlines()
    assert (paras[0], paras[-1]) == ("Hưởng ứng phong trào, tỉnh tổ chức Lễ phát động.",
                                     "Kính mời các đại biểu về dự./.")


CAN_CU = ("Căn cứ Luật Tiếp công dân ngày 25/11/2013;\n"
          "Căn cứ Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ;\n")


@pytest.mark.parametrize(("text", "loai", "trich_yeu"), [
    ("Thông báo treo cờ Tổ quốc chào mừng Đại hội\nThông báo treo cờ Tổ quốc chào mừng Đại hội.\n"
     + CAN_CU + "UBND xã Sơn Thủy thông báo thời gian treo cờ như sau:\n1. Các thôn treo cờ.\n",
     "TB", "treo cờ Tổ quốc chào mừng Đại hội"),
    ("Lịch tiếp công dân của Chủ tịch UBND xã Tây Sơn năm 2025\n" + CAN_CU
     + "Ủy ban nhân dân xã Tây Sơn thông báo lịch tiếp công dân như sau:\n1. Thứ Năm hằng tuần.\n",
     "TB", "Lịch tiếp công dân của Chủ tịch UBND xã Tây Sơn năm 2025"),
], ids=["type-in-the-title-repeated", "title-over-can-cu-verb-in-the-opening"])
def test_a_notice_copied_without_its_header(text: str, loai: str, trich_yeu: str,
                                            tmp_path: Path) -> None:
    source = tmp_path / "tb.txt"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "tb.yaml"
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    spec = yaml.safe_load(out.read_text(encoding="utf-8"))
    parse_spec(spec)  # the spec it wrote renders
    assert (spec["loai"], spec["trich_yeu"]) == (loai, trich_yeu)
    assert spec["can_cu"] == [x.rstrip(";") for x in CAN_CU.splitlines()]
    assert spec["noi_dung"].splitlines()[0].endswith("như sau:")


def test_a_page_with_a_title_alone_is_still_not_a_letter() -> None:
    with pytest.raises(Exception, match="nothing letter-like"):
        _spec("Tin tức trong ngày\nSáng nay trời nắng.\nChiều có mưa.\n")


QD = ("THỦ TƯỚNG CHÍNH PHỦ\n" + MOTTO + "Số: 1589/QĐ-TTg\nHà Nội, ngày 24 tháng 7 năm 2025\n"
      "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT\nTHỦ TƯỚNG CHÍNH PHỦ\n"
      "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
      "Theo đề nghị của Bộ trưởng Bộ Nội vụ.\nQUYẾT ĐỊNH:\n"
      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n|\nKT. THỦ TƯỚNG |\nKẾ HOẠCH\n"
      "TRIỂN KHAI THI HÀNH LUẬT\n(Kèm theo Quyết định số 1589/QĐ-TTg ngày 24 tháng 7 năm 2025 "
      "của Thủ\ntướng Chính phủ)\nNgày 16 tháng 6 năm 2025, Quốc hội đã ban hành Luật.\n")


def test_a_signature_with_no_name_over_an_attachment_and_a_lost_title_line() -> None:
    spec = _spec(QD)
    assert spec["loai"] == "QĐ"
    assert spec["ky"]["quyen_han"] == ["KT. THỦ TƯỚNG"]
    paras = spec["noi_dung"].splitlines()
    assert (paras[0], paras[-1]) == ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
                                     "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
    [phu_luc] = spec["phu_luc"]
    assert phu_luc["tieu_de"] == "KẾ HOẠCH\nTRIỂN KHAI THI HÀNH LUẬT"
    assert phu_luc["ghi_chu"].startswith("(Kèm theo Quyết định số 1589/QĐ-TTg")


def test_a_can_cu_that_lost_its_first_letters() -> None:
    spec = _spec("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\n" + MOTTO + "Số: 2895/QĐ-UBND\n"
                 "Bến Tre, ngày 30 tháng 11 năm 2017\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ THỦ TỤC\n"
                 "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẾN TRE\n\n"
                 "n cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n"
                 "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010;\n\n"
                 "QUYẾT ĐỊNH:\n\nĐiều 1. Công bố thủ tục.\n")
    assert spec["tham_quyen"] == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẾN TRE"
    assert spec["can_cu"] == ["n cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
                              "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010"]


def test_an_attachment_alone_whose_kem_theo_note_is_wrapped() -> None:
    spec = _spec("ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\n|\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
                 "Độc lập -\nTự do - Hạnh phúc\n|\nQUY CHẾ LÀM\nVIỆC\nCỦA ỦY BAN NHÂN DÂN XÃ\n"
                 "(Ban hành\nkèm theo Quyết định số: 59/QĐ-UBND\nNgày 22 tháng\n"
                 "7 năm 2021 của Ủy ban nhân dân xã Xuân\nPhú)\nChương I\n\n"
                 "NHỮNG QUY ĐỊNH CHUNG\n")
    assert (spec["loai"], spec["so"], spec["ky_hieu"]) == ("QĐ", 59, "QĐ-UBND")
    assert spec["ngay"].isoformat() == "2021-07-22"
    assert spec["co_quan"] == {"ten": "ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ", "viet_tat": "UBND"}
    [phu_luc] = spec["phu_luc"]
    assert " ".join(phu_luc["tieu_de"].split()) == "QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ"
    assert phu_luc["ghi_chu"] == ("(Ban hành kèm theo Quyết định số: 59/QĐ-UBND Ngày 22 tháng 7 "
                                  "năm 2021 của Ủy ban nhân dân xã Xuân Phú)")
    assert phu_luc["noi_dung"].splitlines()[0] == "Chương I"


CV = ("UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\n" + MOTTO + "Số: 12/SNV-TĐKT\nV/v báo cáo kết quả\n"
      "Lạng Sơn, ngày 05 tháng 3 năm 2026\nKính gửi: Sở A\n"
      "Sở Nội vụ đề nghị các đơn vị báo cáo kết quả thực hiện.\n")


@pytest.mark.parametrize("tail", [
    "Trân trọng!\nGIÁM ĐỐC\nNguyễn Văn An\n",
    "Trân trọng.\n\nGIÁM ĐỐC\n\n(đã ký)\n\nNguyễn Văn An\n",
    "Trân trọng cảm ơn!\n| GIÁM ĐỐC |\n| Nguyễn Văn An |\n",
], ids=["after-tran-trong", "stamp-between", "table-cells"])
def test_a_signature_with_no_noi_nhan_and_no_end_mark(tail: str) -> None:
    spec = _spec(CV + tail)
    assert spec["ky"] == {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Nguyễn Văn An"}
    assert spec["noi_dung"].splitlines()[-1] == tail.splitlines()[0]


def test_a_heading_and_a_name_at_the_end_of_a_cut_copy_are_no_signature() -> None:
    spec = _spec(CV + "II. NỘI DUNG\nLê Văn An\n")
    assert spec["ky"] == {"chuc_vu": "...", "ho_ten": "..."}
