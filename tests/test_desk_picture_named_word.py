"""A picture renamed .docx is told what it is and what the page takes instead: Sao văn bản and
Kiểm tra said “đây là tệp .png … hãy đổi đuôi tên thành .png rồi chọn lại”, and then refused
the .png (a dead end); Gửi hàng loạt called the same file “là tệp Word”."""

from __future__ import annotations

import struct
import zlib

import pytest
from desk_support import XA, csrf_of, desk_client
from lxml import html

FORM = {"hinh_thuc": "SAO Y", "co_quan.ten": "VĂN PHÒNG", "co_quan.viet_tat": "VP",
        "dia_danh": "Lạng Sơn", "ngay": "06/03/2026", "ky.chuc_vu": "CHÁNH VĂN PHÒNG",
        "ky.ho_ten": "Nguyễn Đức Đăng", "noi_nhan": ["Các sở, ban, ngành"], "dang": "docx"}


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0\0\0\0")) + chunk(b"IEND", b""))


@pytest.mark.parametrize(("page", "field", "data", "instead"), [
    ("/sao", "tep", FORM, "hãy lưu bản quét thành PDF"),
    ("/kiem-tra", "tep", {}, "hãy chọn tệp Word của văn bản"),
    ("/hang-loat", "danh_sach", {}, "danh sách nơi nhận (.csv, .xlsx)"),
], ids=["copy", "check", "bulk"])
def test_a_picture_named_docx_is_told_what_the_page_takes(tmp_path, page, field, data, instead):
    with desk_client(tmp_path, lang="vi") as c:
        files = {field: ("anh.docx", _png())}
        if field == "danh_sach":
            files["mau"] = (XA.name, XA.read_bytes())
        answer = c.post(page, data={**data, "csrf_token": csrf_of(c, page)}, files=files)
    said = " ".join(e.text_content() for e in html.fromstring(answer.text).xpath(
        "//*[@role='alert']"))
    assert answer.status_code == 422
    assert "anh.docx là bản quét hoặc ảnh chụp (.png) mang tên của tệp Word" in said, said
    assert instead in said, said
    assert "đổi đuôi" not in said and "là tệp Word" not in said
