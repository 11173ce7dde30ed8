"""A letter complete but with a point the decree asks to check (a Quyết định of the chủ tịch
signed "TM. ỦY BAN NHÂN DÂN") is not said complete in green: the panel names the point, and
that issuing it asks first (desk/views/issue_asks.py)."""

from __future__ import annotations

import re

from desk_support import csrf_of, desk_client, new_draft
from lxml import html

#: A commune's Quyết định khen thưởng, its signature still the issuer's two lines.
KHEN_THUONG = {
    "loai": "QĐ", "co_quan.ten": "ỦY BAN NHÂN DÂN\nXÃ LONG HẢI", "co_quan.viet_tat": "UBND",
    "dia_danh": "Long Hải", "trich_yeu": "Về việc khen thưởng cá nhân có thành tích",
    "tham_quyen": "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ LONG HẢI",
    "noi_dung": "Điều 1. Tặng Giấy khen cho ông Nguyễn Văn An.\nĐiều 2. Quyết định này có "
                "hiệu lực kể từ ngày ký.",
    "ky.chuc_vu": "PHÓ CHỦ TỊCH", "ky.ho_ten": "Trần Văn Bảy", "noi_nhan": ["Như Điều 2"],
}


def panel(page: str) -> tuple[str, str]:
    found = html.fromstring(page).get_element_by_id("problems")
    return found.get("class"), re.sub(r"\s+", " ", found.text_content()).strip()


def test_a_complete_letter_with_a_point_to_check_is_not_green(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        editor = new_draft(c, csrf, "QĐ")
        clean = c.post(editor, data={**KHEN_THUONG, "ky.quyen_han": ["KT. CHỦ TỊCH"],
                                     "csrf_token": csrf})
        assert panel(clean.text) == ("ok", "Đã lưu. Văn bản đã đủ các thành phần.")
        warned = c.post(editor, data={**KHEN_THUONG, "csrf_token": csrf,
                                      "ky.quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]})
    kind, said = panel(warned.text)
    assert kind == "warned"  # amber, neither green nor the grey of what is still to fill
    assert said.startswith("Đã lưu. Văn bản in được, nhưng có 1 điểm chưa đúng Nghị định "
                           "30/2020/NĐ-CP"), said
    assert "đủ các thành phần" not in said, "never said beside a warning that it is wrong"
    assert "hãy bỏ dòng \"TM.\"" in said
