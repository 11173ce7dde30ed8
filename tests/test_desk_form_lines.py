"""A spec opened on the desk and saved from its form is the spec that was opened: every field
whose line breaks the spec keeps is shown where they stay (a phụ lục's two-line title was shown
in a one-line input, which drops the break, and saved glued: "ĐỀ CƯƠNG BÁO CÁOTổng kết …"), and a
field printed on one line shows its break as the space the letter prints."""

from __future__ import annotations

import yaml
from desk_support import csrf_of, desk_client
from lxml import html

from ntm_docgen import api
from ntm_docgen.desk import forms

#: A decision with a line break in every text field the form shows.
BROKEN = {
    "loai": "QĐ",
    "co_quan": {"chu_quan": "UBND TỈNH\nLẠNG SƠN", "ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH",
                "viet_tat": "UBND"},
    "dia_danh": "Tân Thành", "ngay": "2026-03-05",
    "trich_yeu": "Về việc khen thưởng\nphong trào thi đua năm 2025",
    "can_cu": ["Căn cứ Luật Tổ chức chính quyền địa phương\nngày 16 tháng 6 năm 2025;"],
    "tham_quyen": "CHỦ TỊCH ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH",
    "noi_dung": "Điều 1. Khen thưởng.\nĐiều 2. Thi hành.",
    "ky": {"quyen_han": ["KT. CHỦ\nTỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH\nTHƯỜNG TRỰC",
           "ho_ten": "Hoàng Thị\nHiền"},
    "noi_nhan": ["Như Điều 2", "Ủy ban nhân dân\ntỉnh (b/c)"],
    "phu_luc": [{"tieu_de": "ĐỀ CƯƠNG BÁO CÁO\nTổng kết phong trào thi đua",
                 "ghi_chu": "(Kèm theo Quyết định\nsố 01/QĐ-UBND)",
                 "noi_dung": "I. Kết quả\nII. Kiến nghị"}],
    "ban_sao": {"hinh_thuc": "SAO Y", "co_quan": {"chu_quan": "UBND TỈNH\nLẠNG SƠN",
                                                  "ten": "VĂN PHÒNG\nUBND XÃ",
                                                  "viet_tat": "VP"},
                "dia_danh": "Tân Thành",
                "ky": {"chuc_vu": "CHÁNH\nVĂN PHÒNG", "ho_ten": "Lê Văn Bình"}},
}


def _sent(page: str) -> dict[str, list[str]]:
    """What the browser sends of the letter form as shown: a one-line input's value without
    its line breaks (the browser drops them), a textarea's text as it is."""
    form = html.fromstring(page).xpath("//form[@id='letter']")[0]
    for template in form.xpath(".//template"):  # the rows a button adds: not sent
        template.drop_tree()
    sent: dict[str, list[str]] = {}
    for name, value in form.form_values():
        field = form.xpath(f".//*[@name='{name}']")[0]
        if field.tag == "input":
            value = value.replace("\r", "").replace("\n", "")
        sent.setdefault(name, []).append(value)
    return sent


def test_every_field_that_keeps_its_lines_is_a_textarea(tmp_path):
    with desk_client(tmp_path, lang="vi") as client:
        csrf = csrf_of(client)
        opened = client.post("/soan/mo", data={"csrf_token": csrf}, files={
            "tep": ("qd.yaml", yaml.safe_dump(BROKEN, allow_unicode=True).encode())},
            follow_redirects=False)
        editor = opened.headers["location"]
        page = client.get(editor).text
        form = html.fromstring(page).xpath("//form[@id='letter']")[0]
        for template in form.xpath(".//template"):
            template.drop_tree()
        areas = {a.get("name") for a in form.xpath(".//textarea")}
        assert areas == forms.MULTILINE
        assert form.xpath(".//textarea[@name='phu_luc.tieu_de']")[0].text == (
            "ĐỀ CƯƠNG BÁO CÁO\nTổng kết phong trào thi đua")


def test_a_spec_opened_and_saved_is_the_spec_that_was_opened(tmp_path):
    with desk_client(tmp_path, lang="vi") as client:
        csrf = csrf_of(client)
        opened = client.post("/soan/mo", data={"csrf_token": csrf}, files={
            "tep": ("qd.yaml", yaml.safe_dump(BROKEN, allow_unicode=True).encode())},
            follow_redirects=False)
        editor = opened.headers["location"]
        sent = {**_sent(client.get(editor).text), "csrf_token": [csrf]}
        assert client.post(editor, data=sent, follow_redirects=False).status_code == 303
        saved = client.get(f"{editor}/tai.yaml").text
    before, after = api.parse_spec(BROKEN), api.parse_spec(yaml.safe_load(saved))
    assert after.phu_luc[0].tieu_de == "ĐỀ CƯƠNG BÁO CÁO\nTổng kết phong trào thi đua"
    assert after.tham_quyen == "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN THÀNH"
    assert after.ban_sao is not None and after.ban_sao.co_quan.chu_quan == "UBND TỈNH\nLẠNG SƠN"
    assert after == before
