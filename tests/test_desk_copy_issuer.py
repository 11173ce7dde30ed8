"""The copy form starts from the clerk's saved issuer: the commune that copies the province's
letter is hers, typed once on “Cơ quan của bạn”, not at every copy; a name broken on two
lines is one line in the form's field, and both authority lines are kept."""

from __future__ import annotations

import re
from datetime import date

from desk_support import XA_LONG_HAI, csrf_of, desk_client
from lxml import html


def values(page: str) -> dict[str, list[str]]:
    form = html.fromstring(page).get_element_by_id("copy-form")
    found: dict[str, list[str]] = {}
    for field in form.xpath(".//input[@type='text']"):
        found.setdefault(field.get("name"), []).append(field.get("value") or "")
    return found


def test_a_new_copy_form_is_filled_from_her_issuer(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        blank = values(c.get("/sao").text)
        assert blank["co_quan.ten"] == [""], "no issuer saved: nothing to fill"
        saved = c.post("/ho-so/moi", data={**XA_LONG_HAI, "csrf_token": csrf_of(c, "/ho-so/moi")},
                       follow_redirects=False)
        assert saved.status_code == 303, saved.text
        page = c.get("/sao").text
    shown = values(page)
    assert shown["co_quan.ten"] == ["ỦY BAN NHÂN DÂN XÃ LONG HẢI"]
    assert shown["co_quan.viet_tat"] == ["UBND"] and shown["dia_danh"] == ["Long Hải"]
    assert shown["ky.quyen_han"] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
    assert shown["ky.chuc_vu"] == ["PHÓ CHỦ TỊCH"] and shown["ky.ho_ten"] == ["Trần Văn Bảy"]
    assert shown["ngay"] == [date.today().strftime("%d/%m/%Y")]
    said = re.sub(r"\s+", " ", html.fromstring(page).get_element_by_id("filled-from")
                  .text_content())
    assert "theo cơ quan của bạn “Ủy ban nhân dân xã Long Hải”" in said
