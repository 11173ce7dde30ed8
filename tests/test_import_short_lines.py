"""`ntm-docgen import` of a PDF's lines: a line that stops well before the right margin ended its
paragraph when it is a label with its value, or the next is (held_out_10's investment decisions:
``Điện thoại: 0898.129.994`` / ``Người đại diện theo pháp luật của Công ty`` / ``Ông: Bùi Trung
Hiếu; ...``), or when it and the next are both short (a list's items, one a line). A short line
cut after ``của``, a heading in capitals, or a line a web page broke before a name go on."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 2463/QĐ-UBND\nLào Cai, ngày 16 tháng 7 năm 2026\n"
        "QUYẾT ĐỊNH\nChấp thuận chủ trương đầu tư dự án\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
        "Căn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020;\nQUYẾT ĐỊNH:\n")
WRAPPED = ("Điều 1. Chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư với nội dung\n"
           "như sau: Nhà đầu tư là Công ty cổ phần Khu công nghiệp Bảo Thắng, giấy chứng nhận\n"
           "đăng ký doanh nghiệp số 5300123456 do Sở Tài chính cấp lần đầu ngày 05/01/2026.\n")
TAIL = ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\nNơi nhận:\n- Như Điều 2;\n"
        "- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n")


def _paragraphs(middle: str) -> list[str]:
    spec = import_lines((HEAD + WRAPPED + middle + TAIL).splitlines()).spec
    return spec["noi_dung"].split("\n")[1:-1]


@pytest.mark.parametrize(("middle", "paras"), [
    ("Điện thoại: 0898.129.994\nNgười đại diện theo pháp luật của Công ty\n"
     "Ông: Bùi Trung Hiếu; Ngày sinh: 18/01/1989; Dân tộc: Kinh; Quốc tịch: Việt Nam.\n",
     ["Điện thoại: 0898.129.994", "Người đại diện theo pháp luật của Công ty",
      "Ông: Bùi Trung Hiếu; Ngày sinh: 18/01/1989; Dân tộc: Kinh; Quốc tịch: Việt Nam."]),
    ("Đơn vị trình: Phòng Quản lý hóa chất\nVấn đề trình: Công văn đề nghị bổ sung hồ sơ.\n",
     ["Đơn vị trình: Phòng Quản lý hóa chất", "Vấn đề trình: Công văn đề nghị bổ sung hồ sơ."]),
    ("Tuyên truyền về dự án\nGiải phóng mặt bằng\nKhởi công xây dựng\n",
     ["Tuyên truyền về dự án", "Giải phóng mặt bằng", "Khởi công xây dựng"]),
], ids=["label-then-heading-then-value", "two-labels", "list-items-one-a-line"])
def test_a_short_line_that_ends_its_paragraph(middle: str, paras: list[str]) -> None:
    assert _paragraphs(middle) == paras


@pytest.mark.parametrize(("middle", "para"), [
    ("1.1. Công tác chỉ đạo, điều hành của\nThủ tướng Chính phủ về dự án đầu tư.\n",
     "1.1. Công tác chỉ đạo, điều hành của Thủ tướng Chính phủ về dự án đầu tư."),
    ("Xét đề nghị của Giám đốc\nSở Kế hoạch và Đầu tư tỉnh tại Tờ trình số 473/TTr-SKHĐT ngày "
     "21/5/2026 về việc thẩm định dự án.\n",
     "Xét đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tỉnh tại Tờ trình số 473/TTr-SKHĐT ngày "
     "21/5/2026 về việc thẩm định dự án."),
], ids=["cut-after-cua", "web-page-break-before-a-name"])
def test_a_short_line_that_goes_on(middle: str, para: str) -> None:
    assert _paragraphs(middle) == [para]
