"""`ntm-docgen import` of a Báo cáo: its opening ``Thực hiện ...`` (the decision it reports on)
is the first paragraph of the report, as held_out_12's ``bc_2026_dkt_1883`` and every Báo cáo of
the held-out sets read it, never a căn cứ; so too a Tờ trình's; its ``Căn cứ ...`` lines are still
its căn cứ."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines

HEAD = ("SỞ CÔNG THƯƠNG LÀO CAI\nĐOÀN KIỂM TRA\nSố: 12/{ky_hieu}\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Lào Cai, ngày 10 tháng 4 năm 2026\n{title}Kết quả kiểm tra việc sử dụng vật liệu nổ "
        "công nghiệp\nKính gửi: Giám đốc Sở Công Thương Lào Cai\n")
OPENING = ("Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương về "
           "việc kiểm tra việc chấp hành quy định pháp luật trong sử dụng vật liệu nổ công nghiệp.")
REST = ("Từ ngày 23/3/2026 đến ngày 27/3/2026, Đoàn kiểm tra tiến hành kiểm tra, kết quả như "
        "sau:\nI. KẾT QUẢ KIỂM TRA\nCác đơn vị chấp hành đúng quy định./.\n"
        "Nơi nhận:\n- Giám đốc Sở;\n- Lưu: VT.\nTRƯỞNG ĐOÀN\nPhạm Văn Cường\n")


@pytest.mark.parametrize("ky_hieu", ["BC-ĐKT", "ĐKT-SCT"], ids=["code-bc", "code-of-no-type"])
def test_a_reports_opening_thuc_hien_is_its_first_paragraph(ky_hieu: str) -> None:
    text = HEAD.format(ky_hieu=ky_hieu, title="BÁO CÁO\n") + OPENING + "\n" + REST
    spec = import_lines(text.splitlines()).spec
    assert spec["loai"] == "BC"
    assert not spec.get("can_cu")
    assert spec["noi_dung"].splitlines()[0] == OPENING


def test_a_reports_can_cu_stays_a_can_cu() -> None:
    can_cu = "Căn cứ Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương;"
    text = HEAD.format(ky_hieu="BC-ĐKT", title="BÁO CÁO\n") + can_cu + "\n" + OPENING + "\n" + REST
    spec = import_lines(text.splitlines()).spec
    assert spec["can_cu"] == [can_cu.rstrip(";")]
    assert spec["noi_dung"].splitlines()[0] == OPENING


def test_a_plans_opening_thuc_hien_is_still_a_can_cu() -> None:
    text = HEAD.format(ky_hieu="KH-ĐKT", title="KẾ HOẠCH\n").replace("Kính gửi: Giám đốc Sở "
                                                                      "Công Thương Lào Cai\n", "")
    spec = import_lines((text + OPENING + "\n" + REST).splitlines()).spec
    assert spec["loai"] == "KH"
    assert spec["can_cu"] == [OPENING.rstrip(".")]


def test_a_to_trinhs_thuc_hien_after_its_can_cu_is_its_first_paragraph() -> None:
    """held_out_18's Tờ trình of the UBND tỉnh Quảng Ngãi: its ``Thực hiện Kết luận ...;`` after
    the căn cứ tells what was done (an official moved), which the request rests on; every Tờ
    trình of the held-out sets reads it in the body, as a Báo cáo does."""
    can_cu = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
              "Căn cứ Nghị định số 08/2016/NĐ-CP ngày 25/01/2016 của Chính phủ;"]
    opening = ("Thực hiện Kết luận của Ban Thường vụ Tỉnh ủy về công tác cán bộ; Chủ tịch UBND "
               "tỉnh đã điều động ông Nguyễn Văn A, Giám đốc Sở Tư pháp đến nhận công tác khác;")
    text = (HEAD.format(ky_hieu="TTr-ĐKT", title="TỜ TRÌNH\n") + "\n".join([*can_cu, opening])
            + "\n" + REST)
    spec = import_lines(text.splitlines()).spec
    assert spec["loai"] == "TTr"
    assert spec["can_cu"] == [x.rstrip(";") for x in can_cu]
    assert spec["noi_dung"].splitlines()[0] == opening
