"""The bulk check page shows each of the first letters where it names its recipient. A Sở's Kế
hoạch sent to every commune prints the commune under Nơi nhận on its last page: the page
showed the first page of two letters, the same picture twice, and the văn thư could not see
that each letter is the commune's own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from desk_support import csrf_of, desk_client
from lxml import html

from ntm_docgen import api

#: A Kế hoạch of a Sở, three pages long, to every commune typed on the page.
KE_HOACH = """loai: KH
co_quan: {chu_quan: ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN, ten: SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG,
  viet_tat: SNNMT}
dia_danh: Lạng Sơn
ngay: 2026-03-10
trich_yeu: Sơ kết phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”
noi_dung: |
  I. MỤC ĐÍCH, YÊU CẦU
""" + "".join(f"  - Đánh giá kết quả thực hiện nội dung thứ {n} của phong trào thi đua trên địa "
              "bàn, nêu rõ những việc đã làm, mặt được, tồn tại và nguyên nhân.\n"
              for n in range(1, 40)) + """ky: {chuc_vu: GIÁM ĐỐC, ho_ten: Hoàng Văn Nam}
noi_nhan: [Ban TĐKT Trung ương (b/c)]
"""
XA = "Ủy ban nhân dân xã Tân Thành\nỦy ban nhân dân xã Hòa Bình\n"


def test_page_of_finds_where_a_text_prints(tmp_path: Path) -> None:
    spec = api.parse_spec(yaml.safe_load(KE_HOACH))
    api.render(spec, tmp_path / "kh.docx", today=date(2026, 3, 10))
    pdf = api.pdf_bytes((tmp_path / "kh.docx").read_bytes())
    last = api.page_count(pdf)
    assert last >= 2
    assert api.page_of(pdf, "Ban TĐKT Trung ương (b/c)") == last
    assert api.page_of(pdf, "SỞ NÔNG NGHIỆP") == 1
    assert api.page_of(pdf, "Ủy ban nhân dân xã Không Có") is None
    assert api.page_of(pdf, "  ") is None


@pytest.mark.parametrize(("spec", "pages"), [(KE_HOACH, "last"), (
    "loai: CV\nco_quan: {ten: SỞ NỘI VỤ, viet_tat: SNV}\ndia_danh: Lạng Sơn\n"
    "trich_yeu: V/v báo cáo\nnoi_dung: Đề nghị báo cáo.\n"
    "ky: {chuc_vu: GIÁM ĐỐC, ho_ten: Hoàng Văn Nam}\n", "first")],
    ids=["ke-hoach-noi-nhan-on-its-last-page", "cong-van-kinh-gui-on-page-1"])
def test_each_first_letter_is_shown_where_it_names_its_recipient(tmp_path, spec, pages):
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c, "/hang-loat")
        answer = c.post("/hang-loat", data={"csrf_token": csrf, "go": XA},
                        files={"mau": ("mau.yaml", spec.encode())}, follow_redirects=False)
        assert answer.status_code == 303, answer.text
        page = html.fromstring(c.get(answer.headers["location"]).text)
        said = [p.text_content() for p in page.find_class("letter-to")]
        assert said == [
            "Văn bản 1 gửi Ủy ban nhân dân xã Tân Thành: tên nơi nhận được đóng khung đỏ ở chỗ "
            "in trong văn bản.",
            "Văn bản 2 gửi Ủy ban nhân dân xã Hòa Bình: tên nơi nhận được đóng khung đỏ ở chỗ "
            "in trong văn bản."]
        images = page.xpath("//div[@class='side']//img")
        shown = [img.get("src").rsplit("/", 1)[1] for img in images]
        if pages == "first":
            assert shown == ["1.png", "1.png"]
        else:
            assert shown[0::2] == ["1.png", "1.png"] and len(shown) == 4, shown
            assert shown[1] != "1.png" and shown[1] == shown[3]
            for img in images:
                assert c.get(img.get("src")).status_code == 200


def test_a_noi_nhan_naming_every_recipient_is_told_by_its_field(tmp_path):
    """The Sở's Kế hoạch lists “Ủy ban nhân dân các xã, phường” under Nơi nhận: the check page
    said it as “noi_nhan: …”, the spec's key, where the form says Nơi nhận."""
    spec = KE_HOACH.replace("noi_nhan: [Ban TĐKT Trung ương (b/c)]",
                            "noi_nhan: [\"Ủy ban nhân dân các xã, phường\"]")
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c, "/hang-loat")
        answer = c.post("/hang-loat", data={"csrf_token": csrf, "go": XA},
                        files={"mau": ("mau.yaml", spec.encode())}, follow_redirects=False)
        page = html.fromstring(c.get(answer.headers["location"]).text)
    said = [li.text_content() for li in page.xpath("//ul[@class='warning']/li")]
    assert "Nơi nhận: “Ủy ban nhân dân các xã, phường” đã gồm mọi nơi nhận: mỗi văn bản sẽ " \
        "ghi thêm nơi nhận của mình ngay trên dòng đó" in said, said
    assert not any(s.startswith("noi_nhan") for s in said)
