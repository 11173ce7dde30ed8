"""A clerk's own issuer profiles on the desk: saved once, a new letter and an implementing
letter start with them; problems named at their fields; another clerk's stay out of reach."""

from __future__ import annotations

import re

from desk_support import CONG_VAN, csrf_of, desk_client, new_draft

from ntm_docgen import api

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"

#: The profile form of Sở Nội vụ Lạng Sơn, as a clerk fills it.
SO_NOI_VU = {
    "co_quan.chu_quan": "UBND TỈNH LẠNG SƠN", "co_quan.ten": "SỞ NỘI VỤ",
    "co_quan.viet_tat": "SNV", "don_vi": "TĐKT", "dia_danh": "Lạng Sơn",
    "ten_goi": "Sở Nội vụ tỉnh Lạng Sơn", "cap": "tỉnh", "tinh": "Lạng Sơn",
    "ky.quyen_han": ["KT. GIÁM ĐỐC"], "ky.chuc_vu": "PHÓ GIÁM ĐỐC",
    "ky.ho_ten": "Hoàng Thị Hiền",
}


def saved_id(client, csrf, fields=SO_NOI_VU) -> str:
    answer = client.post("/ho-so/moi", data={**fields, "csrf_token": csrf},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    listing = client.get(answer.headers["location"]).text
    assert "The issuer is saved." in listing and "Sở Nội vụ tỉnh Lạng Sơn" in listing
    return re.search(r'href="/ho-so/([0-9a-f-]{36})"', listing).group(1)


def test_a_saved_issuer_starts_a_new_letter(client, csrf):
    profile = saved_id(client, csrf)
    assert f'value="rieng:{profile}" selected' in client.get("/soan").text
    made = client.post("/soan/moi", data={"loai": "CV", "profile": f"rieng:{profile}",
                                          "csrf_token": csrf}, follow_redirects=False)
    page = client.get(made.headers["location"]).text
    for shown in ("SỞ NỘI VỤ", 'value="SNV"', 'value="TĐKT"', 'value="Lạng Sơn"',
                  'value="KT. GIÁM ĐỐC"', 'value="Hoàng Thị Hiền"'):
        assert shown in page


def test_an_issuer_is_filled_from_the_letter_being_written_and_edited(client, csrf):
    editor = new_draft(client, csrf)
    client.post(editor, data={**CONG_VAN, "csrf_token": csrf})
    draft = editor.rsplit("/", 1)[1]
    assert f'href="/ho-so/moi?tu={draft}"' in client.get(editor).text
    form = client.get(f"/ho-so/moi?tu={draft}").text
    assert "SỞ NỘI VỤ" in form and 'value="Hoàng Thị Hiền"' in form
    profile = saved_id(client, csrf)
    changed = client.post(f"/ho-so/{profile}", data={**SO_NOI_VU, "ky.ho_ten": "Lê Văn Bình",
                                                     "csrf_token": csrf})
    assert changed.status_code == 200 and "Lê Văn Bình" in client.get(f"/ho-so/{profile}").text
    assert f'href="/ho-so/{profile}/xoa"' in client.get("/ho-so").text
    asked = client.get(f"/ho-so/{profile}/xoa").text
    assert "Delete the saved issuer “Sở Nội vụ tỉnh Lạng Sơn”?" in asked
    client.post(f"/ho-so/{profile}/xoa", data={"csrf_token": csrf})
    assert "Sở Nội vụ tỉnh Lạng Sơn" in client.get("/ho-so").text, "kept until asked"
    client.post(f"/ho-so/{profile}/xoa", data={"csrf_token": csrf, "xac_nhan": "1"})
    assert "Sở Nội vụ tỉnh Lạng Sơn" not in client.get("/ho-so").text


def test_an_incomplete_issuer_is_refused_with_its_fields_named(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        answer = c.post("/ho-so/moi", data={**SO_NOI_VU, "ten_goi": "", "ky.chuc_vu": "",
                                            "csrf_token": csrf})
    assert answer.status_code == 422
    assert "Tên cơ quan trong câu văn: " in answer.text
    assert "Chức vụ người ký: " in answer.text
    assert "ten_goi:" not in answer.text


def test_an_implementing_letter_is_derived_for_a_saved_issuer(client, csrf):
    profile = saved_id(client, csrf)
    assert f'value="rieng:{profile}"' in client.get("/thuc-hien").text
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "ho_so": f"rieng:{profile}",
                                             "hinh_thuc": "cong-van", "ngay": "05/03/2026"},
                         files={"tep": (HD_1741.name, HD_1741.read_bytes())},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    page = client.get(answer.headers["location"]).text
    assert "SỞ NỘI VỤ" in page and 'value="Hoàng Thị Hiền"' in page


def test_another_clerks_issuer_is_out_of_reach(client, csrf, tmp_path):
    from ntm_docgen.desk import DeskConfig
    from ntm_docgen.desk.state import State

    state = State(DeskConfig(home=tmp_path).state_url)  # the desk's own database
    other = state.save_profile("nguoi-khac", {"ten_goi": "Của người khác"})
    state.close()
    assert client.get(f"/ho-so/{other}").status_code == 404
    assert "Của người khác" not in client.get("/ho-so").text
    made = client.post("/soan/moi", data={"loai": "CV", "profile": f"rieng:{other}",
                                          "csrf_token": csrf}, follow_redirects=False)
    assert "Của người khác" not in client.get(made.headers["location"]).text
    assert client.post(f"/ho-so/{other}/xoa", data={"csrf_token": csrf}).status_code == 404
