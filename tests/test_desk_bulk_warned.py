"""The desk's bulk check tells before the letters are made what the command line tells
(contract7 items 11, 12, 13, 17): the issuer of another province than the communes chosen,
letters of one number that are different documents, a signer in capitals from the list, and
every kind of a list's mistakes at once, each in the desk's words."""

from __future__ import annotations

import re
from pathlib import Path

from desk_support import XA, csrf_of, desk_client

KH = Path(__file__).resolve().parent / "data" / "bulk" / "ke_hoach_kiem_tra.yaml"
CLI_WORDS_VI = re.compile(r"tệp nội dung văn bản|tệp mô tả|--[a-z]|ntm-docgen|`|\blệnh\b")


def _review(client, csrf: str, spec: Path, people: str | None = None,
            province: str | None = None) -> str:
    files = {"mau": (spec.name, spec.read_bytes())}
    if people is not None:
        files["danh_sach"] = ("ds.csv", people.encode())
    answer = client.post("/hang-loat", data={"csrf_token": csrf, "tinh": province or ""},
                         files=files, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return client.get(answer.headers["location"]).text


def _warnings(page: str) -> str:
    """The warnings of the check page."""
    found = re.search(r'<ul class="warning" role="status">(.*?)</ul>', page, re.S)
    assert found, page
    return found.group(1)


def test_the_check_warns_of_an_issuer_of_another_province_than_the_communes(tmp_path):
    """Lai Châu's letter to every commune of Lạng Sơn: the command line warned, the desk made
    the letters without a word."""
    with desk_client(tmp_path, lang="vi") as client:
        page = _review(client, csrf_of(client), XA, province="Lạng Sơn")
    assert ("cơ quan ban hành văn bản thuộc Lai Châu (theo tên cơ quan và địa danh), nhưng "
            "tỉnh được chọn là Lạng Sơn") in page, page
    assert not CLI_WORDS_VI.search(_warnings(page)), _warnings(page)


def test_the_check_warns_of_one_number_on_different_documents_and_a_signer_in_capitals(
        tmp_path):
    people = ("Kính gửi;Tên đơn vị;Ngày kiểm tra;Người ký\n"
              "UBND xã Tân Thành;xã Tân Thành;15/10/2025;Hoàng Thị Hiền\n"
              "UBND xã Đồng Đăng;xã Đồng Đăng;16/10/2025;HOÀNG VĂN NAM\n")
    with desk_client(tmp_path, lang="vi") as client:
        page = _review(client, csrf_of(client), KH, people)
    assert "đó là những văn bản khác nhau" in page, page
    assert "hãy để trống “Số” để các văn bản được tạo chưa có số" in page, page
    assert "dòng 3: ky.ho_ten: “HOÀNG VĂN NAM” viết in hoa" in page, page
    assert "hãy ghi “Hoàng Văn Nam” ở cột Người ký" in page, page
    assert not CLI_WORDS_VI.search(_warnings(page)), _warnings(page)


def test_the_check_tells_every_kind_of_a_lists_mistakes_at_once(tmp_path):
    spec = tmp_path / "xa.yaml"
    spec.write_text(XA.read_text(encoding="utf-8").replace("(mã {{ ma }})",
                                                          "(mã {{ ma }}, {{ lien_he }})"),
                    encoding="utf-8")
    people = ("kinh_gui,ten,loai_don_vi,ma\nUBND xã Tân Thành,Tân Thành,xã,01\n"
              ",Hòa Bình,xã,02\nUBND xã Na Sầm,Na Sầm,xã,03,thừa\n")
    with desk_client(tmp_path / "desk", lang="vi") as client:
        page = _review(client, csrf_of(client), spec, people)
    said = re.search(r'class="error"[^>]*>(.*?)</div>', page, re.S)
    assert said, page
    text = said.group(1)
    assert "danh sách có 3 loại lỗi" in text, text
    assert "dòng 4 có 5 ô" in text, text
    assert "{{ lien_he }}" in text, text
    assert "dòng 3: cột “Kính gửi” để trống" in text, text
    assert str(tmp_path) not in text  # each file named as the clerk uploaded it
