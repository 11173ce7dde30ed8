"""A key no letter has, in a file opened as a draft (``foo: 1``, ``ngya``), is what ``render``
refuses it for: the desk names it as such, with the nearest known key and its field, never
among the fields still to fill; it is kept and flagged (downloads and issue wait) until the
clerk ticks "Bỏ mục này", which the next save drops it for."""

from __future__ import annotations

import re

import yaml
from desk_support import CONG_VAN, csrf_of, desk_client

#: A complete công văn as a spec file, with two keys no letter has.
SPEC = {"loai": "CV", "co_quan": {"ten": "SỞ NỘI VỤ", "viet_tat": "SNV"},
        "dia_danh": "Lạng Sơn", "trich_yeu": "V/v tổng kết phong trào thi đua",
        "noi_dung": "Sở Nội vụ đề nghị các đơn vị báo cáo.",
        "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Hoàng Văn Thái", "ho_tn": "x"},
        "noi_nhan": ["Như trên"], "foo": 1}


def opened(client) -> str:
    text = yaml.safe_dump(SPEC, allow_unicode=True)
    answer = client.post("/soan/mo", data={"csrf_token": csrf_of(client)},
                         files={"tep": ("cv.yaml", text.encode())}, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return answer.headers["location"]


def _panel(page: str) -> str:
    return re.search(r'<div id="problems".*?</div>\s*</div>|<div id="problems".*?</div>',
                     page, re.S)[0]


def test_an_unknown_key_is_named_as_such_not_as_a_field_to_fill(tmp_path):
    with desk_client(tmp_path, lang="vi") as client:
        editor = opened(client)
        page = client.get(editor).text
        panel = _panel(page)
        assert "còn cần điền" not in panel and "foo</li>" not in panel, panel
        assert "“foo” là tên mục mà văn bản không có; hãy bỏ mục này" in panel
        assert "“ky.ho_tn” là tên mục mà văn bản không có (có phải ý bạn là “ho_ten”, ô " \
               "“Họ tên người ký”?)" in panel, panel
        assert panel.count('name="bo_khoa"') == 2
        assert client.get(f"{editor}/tai.docx").status_code == 422, "render refuses it too"
        spec = client.get(f"{editor}/tai.yaml").text
        assert "foo: 1" in spec and "“foo” là tên mục mà văn bản không có" in spec


def test_a_missing_field_is_still_to_fill_beside_an_unknown_key(tmp_path):
    with desk_client(tmp_path, lang="vi") as client:
        text = yaml.safe_dump({**SPEC, "ky": {"chuc_vu": "GIÁM ĐỐC"}}, allow_unicode=True)
        editor = client.post("/soan/mo", data={"csrf_token": csrf_of(client)},
                             files={"tep": ("cv.yaml", text.encode())},
                             follow_redirects=False).headers["location"]
        panel = _panel(client.get(editor).text)
        fill = re.search(r"còn cần điền:\s*<ul>(.*?)</ul>", panel, re.S)
        assert fill and "Họ tên người ký" in fill[1] and "foo" not in fill[1], panel


def test_ticking_remove_drops_the_key_and_the_letter_is_complete(tmp_path):
    with desk_client(tmp_path, lang="vi") as client:
        editor = opened(client)
        form = {**CONG_VAN, "ky.ho_ten": "Hoàng Văn Thái", "csrf_token": csrf_of(client)}
        kept = client.post(editor, data=form, headers={"HX-Request": "true"}).text
        assert "“foo” là tên mục" in kept, "kept and flagged while not removed"
        client.post(editor, data={**form, "bo_khoa": ["foo", "ky.ho_tn"]})
        assert client.get(f"{editor}/tai.docx").status_code == 200
        spec = yaml.safe_load(client.get(f"{editor}/tai.yaml").text)
        assert "foo" not in spec and "ho_tn" not in spec["ky"]
