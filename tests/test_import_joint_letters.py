"""`ntm-docgen import` on a joint letter of several bodies as held_out_12's Hướng dẫn liên ngành
prints it (docs/accuracy.md): the joint issuer over several lines, a ký hiệu wrapped after its
hyphen, ``HƯỚNG DẪN LIÊN NGÀNH`` and căn cứ written as dashed items."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.jointname import mend_joint

ISSUER = ("BỘ CÔNG AN - BỘ QUỐC PHÒNG -\nBỘ Y TẾ - BỘ CÔNG THƯƠNG -\nBỘ TÀI CHÍNH - VIỆN KIỂM SÁT\n"
          "NHÂN DÂN TỐI CAO - TÒA ÁN\nNHÂN DÂN TỐI CAO\n")
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
REST = ("Về việc xử lý đối với hành vi vi phạm liên quan đến\n"
        "sản xuất, buôn bán, vận chuyển, tàng trữ N2O\n"
        "- Căn cứ Nghị quyết số 173/2024/QH15 ngày 30/11/2024 của Quốc hội;\n"
        "- Căn cứ Công văn số 3584/BYT-KCB ngày 19/5/2026 của Bộ Y tế.\n"
        "Bộ Công an, Bộ Quốc phòng thống nhất hướng dẫn như sau:\n"
        "1. Việc sản xuất, buôn bán N2O là hành vi bị nghiêm cấm.\n"
        "Bộ Công an, Bộ Quốc phòng tổ chức thực hiện Hướng dẫn này./.\n"
        "Nơi nhận:\n- Bộ Công an;\n- Lưu: VT, C04-BCA.\n"
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Long\n")


@pytest.mark.parametrize("number", [
    "Số: 24 /HDLN-BCA-BQP-BYT-\nBCT-BTC-VKSNDTC-TANDTC\nHà Nội, ngày 25 tháng 6 năm 2026\n",
    "Số: 24 /HDLN-BCA-BQP-BYT-\nBCT-BTC-VKSNDTC-TANDTC Hà Nội, ngày 25 tháng 6 năm 2026\n",
], ids=["rest-alone", "rest-before-the-date"])
def test_a_joint_guidance(number: str) -> None:
    result = import_lines((ISSUER + MOTTO + number + "HƯỚNG DẪN LIÊN NGÀNH\n" + REST).splitlines())
    spec = result.spec
    assert spec["loai"] == "HD"
    assert spec["co_quan"].get("chu_quan") is None
    assert " ".join(spec["co_quan"]["ten"].split()) == " ".join(ISSUER.split())
    assert (spec["so"], spec["ky_hieu"]) == (24, "HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC")
    assert (spec["dia_danh"], spec["ngay"].isoformat()) == ("Hà Nội", "2026-06-25")
    assert spec["trich_yeu"] == ("Về việc xử lý đối với hành vi vi phạm liên quan đến sản xuất, "
                                 "buôn bán, vận chuyển, tàng trữ N2O")
    assert spec["can_cu"] == ["Căn cứ Nghị quyết số 173/2024/QH15 ngày 30/11/2024 của Quốc hội",
                              "Căn cứ Công văn số 3584/BYT-KCB ngày 19/5/2026 của Bộ Y tế"]
    first = spec["noi_dung"].splitlines()[0]
    assert first == "Bộ Công an, Bộ Quốc phòng thống nhất hướng dẫn như sau:"
    assert any("LIÊN NGÀNH" in w for w in result.warnings)  # said, not dropped in silence


def test_a_ministry_named_with_a_dash_keeps_its_parent_apart() -> None:
    head = ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nCỤC BẢO TRỢ XÃ HỘI\n" + MOTTO
            + "Số: 12/BTXH-TH\nV/v báo cáo kết quả\nHà Nội, ngày 05 tháng 3 năm 2026\n")
    spec = import_lines((head + "Kính gửi: Sở Nội vụ\nCục đề nghị báo cáo.\nTrân trọng./.\n"
                         "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCỤC TRƯỞNG\nNguyễn Văn An\n")
                        .splitlines()).spec
    assert (spec["co_quan"]["chu_quan"], spec["co_quan"]["ten"]) == (
        "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "CỤC BẢO TRỢ XÃ HỘI")


def test_a_letter_signed_by_several_keeps_the_first_and_names_the_others() -> None:
    head = ("BỘ CÔNG AN - BỘ QUỐC PHÒNG\n" + MOTTO + "Số: 7/HDLN-BCA-BQP\n"
            "Hà Nội, ngày 25 tháng 6 năm 2026\nHƯỚNG DẪN LIÊN NGÀNH\nVề việc xử lý vi phạm\n"
            "Bộ Công an, Bộ Quốc phòng hướng dẫn như sau.\nTổ chức thực hiện./.\n")
    signatures = ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nThượng tướng Nguyễn Văn Gấu\n"
                  "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nThượng tướng Nguyễn Văn Long\n"
                  "Nơi nhận:\n- Bộ Công an;\n- Lưu: VT.\n")
    result = import_lines((head + signatures).splitlines())
    assert result.spec["ky"] == {"quyen_han": ["KT. BỘ TRƯỞNG"], "chuc_vu": "THỨ TRƯỞNG",
                                 "ho_ten": "Nguyễn Văn Gấu"}
    said = "\n".join(result.warnings)
    assert "signed by 2 people" in said and "Thượng tướng" in said


def test_each_body_of_a_joint_letter_names_itself_under_its_authority() -> None:
    head = ("BỘ CÔNG AN - BỘ QUỐC PHÒNG\n" + MOTTO + "Số: 7/HDLN-BCA-BQP\n"
            "Hà Nội, ngày 25 tháng 6 năm 2026\nHƯỚNG DẪN LIÊN NGÀNH\nVề việc xử lý vi phạm\n"
            "Bộ Công an, Bộ Quốc phòng hướng dẫn như sau.\nTổ chức thực hiện./.\n")
    signature = ("KT. BỘ TRƯỞNG\nBỘ QUỐC PHÒNG\nTHỨ TRƯỞNG\nNguyễn Văn Gấu\n"
                 "Nơi nhận:\n- Bộ Công an;\n- Lưu: VT.\n")
    ky = import_lines((head + signature).splitlines()).spec["ky"]
    assert ky == {"quyen_han": ["KT. BỘ TRƯỞNG BỘ QUỐC PHÒNG"], "chuc_vu": "THỨ TRƯỞNG",
                  "ho_ten": "Nguyễn Văn Gấu"}


@pytest.mark.parametrize("issuer", [
    "BỘ CÔNG AN BỘ QUỐC PHÒNG -\nBỘ Y TẾ - BỘ CÔNG THƯƠNG -\n",
    "BỘ CÔNG AN - BỘ QUỐC PHÒNG -\nBỘ Y TẾ - BỘ -CÔNG THƯƠNG -\n",
    "BỘ CÔNG AN BỘ QUỐC PHÒNG -\nBỘ Y TẾ - BỘ -CÔNG THƯƠNG -\n",
], ids=["dash-lost-between-two", "dash-glued-after-bo", "both"])
def test_a_joint_issuer_as_a_scanner_read_it(issuer: str) -> None:
    lines = ISSUER.splitlines()
    text = issuer + "\n".join(lines[2:]) + "\n"
    spec = import_lines((text + MOTTO + "Số: 24/HDLN-BCA-BQP\nHà Nội, ngày 25 tháng 6 năm 2026\n"
                         "HƯỚNG DẪN LIÊN NGÀNH\n" + REST).splitlines()).spec
    assert " ".join(spec["co_quan"]["ten"].split()) == " ".join(ISSUER.split())
    assert spec["co_quan"].get("chu_quan") is None


@pytest.mark.parametrize("name", [
    "BAN THƯỜNG TRỰC ỦY BAN MTTQ\nVIỆT NAM XÃ LƯƠNG MINH",
    "SỞ TÀI CHÍNH - BAN THƯỜNG TRỰC ỦY BAN MTTQ XÃ A",
    "VĂN PHÒNG BỘ CÔNG AN - CỤC CẢNH SÁT",
    "BỘ CHỈ HUY QUÂN SỰ TỈNH - BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH",
    "BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG - BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "PHÒNG CẢNH SÁT PHÒNG CHÁY, CHỮA CHÁY - SỞ XÂY DỰNG",
    "SỞ KHOA HỌC VÀ CHUYỂN ĐỔI SỐ TỈNH - SỞ TÀI CHÍNH",
], ids=["uy-ban-in-a-ban", "joint-with-uy-ban", "van-phong-bo", "bo-chi-huy-bo-doi-bien-phong",
        "bo-tu-lenh-bo-doi-bien-phong", "phong-chay", "so-is-not-so"])
def test_a_name_that_holds_a_head_word_is_not_cut(name: str) -> None:
    assert mend_joint(name.splitlines()) == name.splitlines()
