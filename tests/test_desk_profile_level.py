"""An issuer saved on the desk names a level its letters, dated today, may name: a thị trấn
(no more after 1 July 2025) is told at save, not when the implementing letter fails; and two
issuers of one name are told apart in the pickers."""

from __future__ import annotations

import re

#: The profile form of a commune of Lào Cai, as a clerk fills it.
BAO_THANG = {
    "co_quan.ten": "ỦY BAN NHÂN DÂN\nXÃ BẢO THẮNG", "co_quan.viet_tat": "UBND", "don_vi": "VP",
    "dia_danh": "Bảo Thắng", "ten_goi": "Ủy ban nhân dân xã Bảo Thắng", "cap": "xã",
    "tinh": "Bảo Thắng", "thuoc": "Lào Cai", "ky.quyen_han": ["KT. CHỦ TỊCH"],
    "ky.chuc_vu": "PHÓ CHỦ TỊCH", "ky.ho_ten": "Hoàng Văn Sơn",
}


def test_a_thi_tran_is_told_at_save_with_the_levels_a_letter_of_today_names(client, csrf):
    answer = client.post("/ho-so/moi", data={**BAO_THANG, "cap": "thị trấn",
                                             "csrf_token": csrf})
    assert answer.status_code == 422
    assert "there is no thị trấn level on a letter dated from 01/07/2025" in answer.text
    assert "tỉnh, xã, phường or đặc khu" in answer.text and "“Level”" in answer.text
    assert "Bảo Thắng" not in client.get("/ho-so").text.split("</h1>", 1)[1]
    assert "rieng:" not in client.get("/thuc-hien").text, "never offered, never the default"


def test_two_issuers_of_one_name_are_told_apart(client, csrf):
    for signer in ("Hoàng Văn Sơn", "Đinh Thị Mai"):
        saved = client.post("/ho-so/moi", data={**BAO_THANG, "ky.ho_ten": signer,
                                                "csrf_token": csrf}, follow_redirects=False)
        assert saved.status_code == 303
    for page in (client.get("/thuc-hien").text, client.get("/soan").text):
        lines = re.findall(r'<option value="rieng:[^"]+"[^>]*>([^<]+)</option>', page)
        assert sorted(lines) == ["Ủy ban nhân dân xã Bảo Thắng – Hoàng Văn Sơn",
                                 "Ủy ban nhân dân xã Bảo Thắng – Đinh Thị Mai"], lines


def test_a_thi_tran_saved_before_is_told_by_name_when_the_letter_is_derived(client, csrf,
                                                                           tmp_path):
    from starlette.datastructures import FormData

    from ntm_docgen import api
    from ntm_docgen.desk import DeskConfig
    from ntm_docgen.desk.forms import profile_from_form
    from ntm_docgen.desk.state import LOCAL_USER, State

    state = State(DeskConfig(home=tmp_path).state_url)  # saved before the desk told it
    data = profile_from_form(FormData([(k, x) for k, v in {**BAO_THANG, "cap": "thị trấn"}
                                       .items() for x in (v if isinstance(v, list) else [v])]))
    saved = state.save_profile(LOCAL_USER, data)
    state.close()
    guidance = api.profile_path("lang-son").parent.parent / "examples" / \
        "000-huong-dan-1741-btdkt.yaml"
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "ho_so": f"rieng:{saved}",
                                             "hinh_thuc": "cong-van", "ngay": "05/03/2026"},
                         files={"tep": (guidance.name, guidance.read_bytes())})
    assert answer.status_code == 422
    assert ("Your issuer “Ủy ban nhân dân xã Bảo Thắng” is saved with the level thị trấn, "
            "which there is not on 05/03/2026") in answer.text, answer.text
    assert "ho-so.json" not in answer.text and "cap:" not in answer.text


def test_a_huyen_is_told_as_a_huyen_and_one_ending_before_the_two_levels_is_kept():
    """A huyện is told in its own words, not as a thị trấn that became a xã; an office whose
    letters end before 1 July 2025 (``den_ngay``, as the shipped huyện profiles) may keep its
    huyện level when edited on the desk."""
    from datetime import date

    from starlette.datastructures import FormData

    from ntm_docgen.desk.forms import profile_from_form
    from ntm_docgen.desk.views.profiles import _level_today

    form = {**BAO_THANG, "co_quan.ten": "ỦY BAN NHÂN DÂN\nHUYỆN BẢO THẮNG", "cap": "huyện",
            "ten_goi": "Ủy ban nhân dân huyện Bảo Thắng"}
    data = profile_from_form(FormData([(k, x) for k, v in form.items()
                                       for x in (v if isinstance(v, list) else [v])]))
    (told,) = _level_today(data)
    assert "huyện's communes now report to the tỉnh" in str(told.expected)
    assert "thị trấn" not in str(told.expected)
    assert _level_today({**data, "tu_ngay": date(2024, 1, 1), "den_ngay": date(2025, 6, 30)}) == []
