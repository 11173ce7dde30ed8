"""A SAO Y of a signed PDF shows on the copy page the number and date the signing software
stamped on the original: the preview is the page as it prints."""

from __future__ import annotations

import io
import re

from copy_originals import signed_pdf
from desk_support import csrf_of, desk_client
from PIL import Image

#: The copy form as a văn thư of a commune fills it.
FORM = {"hinh_thuc": "SAO Y", "co_quan.ten": "ỦY BAN NHÂN DÂN XÃ LONG HẢI",
        "co_quan.viet_tat": "UBND", "dia_danh": "Long Hải", "ngay": "07/12/2026",
        "ky.chuc_vu": "PHÓ CHỦ TỊCH", "ky.ho_ten": "Trần Văn Bảy",
        "noi_nhan": ["Các thôn trên địa bàn xã"], "dang": "pdf"}


def test_the_copy_page_shows_the_stamped_number_of_a_signed_original(tmp_path):
    with desk_client(tmp_path) as c:
        form = {**FORM, "csrf_token": csrf_of(c, "/sao")}
        made = c.post("/sao", data=form,
                      files={"tep": ("ke-hoach-da-ky.pdf", signed_pdf(), "application/pdf")})
        assert made.status_code == 200, made.text
        first = re.search(r'<img src="(/trang/[^"]+/1\.png)"', made.text)
        assert first, "the copy's pages are shown"
        page = Image.open(io.BytesIO(c.get(first.group(1)).content)).convert("L")
    scale = page.width / 595  # the page drawn at the desk's resolution, from 595 pt
    box = tuple(round(v * scale) for v in (105, 117, 215, 137))
    dark = sum(1 for pixel in page.crop(box).get_flattened_data() if pixel < 60)
    assert dark > 0.9 * (box[2] - box[0]) * (box[3] - box[1]), \
        "the stamp of the signature field (the number and date on the paper) is drawn"
