"""A spec opened on the desk and saved holds what was opened plus the edits: the copy block
(contract §3) keeps its number, ký hiệu, date, Lưu and authority line across every autosave
(the letter form shows each of them), and a field the page did not send is left as it was."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest
import yaml
from desk_support import csrf_of, desk_client

from ntm_docgen.desk import forms

#: Contract §1's letter with contract §3's copy block, every key of it given.
BAN_SAO = {"hinh_thuc": "SAO Y",
           "co_quan": {"chu_quan": "UBND TỈNH BẮC GIANG", "ten": "VĂN PHÒNG", "viet_tat": "VP"},
           "so": 366, "ky_hieu": "SY-VP", "dia_danh": "Bắc Giang", "ngay": "2018-08-09",
           "ky": {"quyen_han": ["TL. CHỦ TỊCH"], "chuc_vu": "CHÁNH VĂN PHÒNG",
                  "ho_ten": "Nguyễn Đức Đăng"},
           "noi_nhan": ["CT, các PCT UBND tỉnh", "Sở Nội vụ", "Sở NNPTNT", "UBND các huyện, TP"],
           "luu": "NC"}
SPEC = {"loai": "HD",
        "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ NỘI VỤ", "viet_tat": "SNV"},
        "so": 106, "ky_hieu": "HD-SNV", "don_vi": "TH", "dia_danh": "Lạng Sơn",
        "ngay": "2019-05-31",
        "trich_yeu": "Tổng kết phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” "
                     "giai đoạn 2011 - 2020",
        "kinh_gui": ["Các sở, ban, ngành, đoàn thể cấp tỉnh"],
        "noi_dung": "I. MỤC ĐÍCH, YÊU CẦU\n- Đánh giá, tổng kết phong trào.",
        "ky": {"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC",
               "ho_ten": "Hoàng Thị Hiền"},
        "noi_nhan": ["Ban TĐKT Trung ương", "UBND tỉnh (b/c)"], "luu": "VT, BTĐKT",
        "ban_sao": BAN_SAO}


class _Form(HTMLParser):
    """The fields the editor's form ``#letter`` sends, as a browser sends them."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, str]] = []
        self._in = False
        self._template = False
        self._area: str | None = None
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._in = a.get("id") == "letter"
        elif tag == "template":
            self._template = True
        if not self._in or self._template or not a.get("name"):
            if tag == "option" and self._select and "selected" in a:
                self.sent.append((self._select, a.get("value", "")))
            return
        if tag == "input" and a.get("type") in ("text", "hidden", None, ""):
            self.sent.append((a["name"], a.get("value", "")))
        elif tag == "textarea":
            self._area = a["name"]
            self.sent.append((a["name"], ""))
        elif tag == "select":
            self._select = a["name"]

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._in = False
        elif tag == "template":
            self._template = False
        elif tag == "textarea":
            self._area = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._area is not None:
            name, text = self.sent[-1]
            self.sent[-1] = (name, text + data)


def _as_sent(page: str, **edits: str) -> dict[str, list[str]]:
    parser = _Form()
    parser.feed(page)
    form: dict[str, list[str]] = {}
    for name, value in parser.sent:
        form.setdefault(name, []).append(value.removeprefix("\n"))
    for name, value in edits.items():
        form[name] = [value]
    return form


def test_an_edited_letter_keeps_its_copy_blocks_every_key(tmp_path):
    with desk_client(tmp_path, lang="vi") as client:
        text = yaml.safe_dump(SPEC, allow_unicode=True, sort_keys=False)
        editor = client.post("/soan/mo", data={"csrf_token": csrf_of(client)},
                             files={"tep": ("hd.yaml", text.encode())},
                             follow_redirects=False).headers["location"]
        page = client.get(editor).text
        for name in ("ban_sao.so", "ban_sao.ky_hieu", "ban_sao.ngay", "ban_sao.luu",
                     "ban_sao.ky.quyen_han"):
            assert f'name="{name}"' in page, f"the copy block shows {name}"
        assert client.post(editor, data=_as_sent(page, dia_danh="Lạng Sơn "),
                           follow_redirects=False).status_code == 303
        saved = yaml.safe_load(client.get(f"{editor}/tai.yaml").text)
        assert saved["ban_sao"] == BAN_SAO
        assert saved == SPEC  # the letter's own fields too (the place typed with a space)
        assert client.get(f"{editor}/tai.docx").status_code == 200
        # the copy's number, date and Lưu edited at their fields, as the letter's own are
        edited = _as_sent(client.get(editor).text, **{"ban_sao.so": "12", "ban_sao.ngay":
                                                      "06/12/2026", "ban_sao.luu": "VT"})
        edited["ban_sao.ky.quyen_han"] = [""]  # its one row removed: sent as none
        client.post(editor, data=edited)
        block = yaml.safe_load(client.get(f"{editor}/tai.yaml").text)["ban_sao"]
        assert (block["so"], block["ngay"], block["luu"], block["ky_hieu"]) == (
            12, "2026-12-06", "VT", "SY-VP")
        assert "quyen_han" not in block["ky"]


class _Sent(dict):  # type: ignore[type-arg]
    def getlist(self, key: str) -> list[Any]:
        value = self.get(key, [])
        return value if isinstance(value, list) else [value]


CASES = {
    "a field not sent is kept": ({"dia_danh": "Hà Nội"}, {"so": 106, "dia_danh": "Hà Nội"}),
    "a field sent empty is removed": ({"so": ""}, {"so": None}),
    "a list not shown is kept": ({}, {"kinh_gui": ["Các sở"]}),
    "a list shown with its rows removed is emptied": ({"hien": ["kinh_gui"]}, {"kinh_gui": None}),
    "the copy block not shown is kept": ({}, {"ban_sao": {"hinh_thuc": "SAO Y", "so": 3}}),
    "no copy block chosen removes it": ({"ban_sao.hinh_thuc": ""}, {"ban_sao": None}),
    "a copy field not sent is kept": ({"ban_sao.hinh_thuc": "SAO LỤC"},
                                      {"ban_sao": {"hinh_thuc": "SAO LỤC", "so": 3}}),
    "appendices not shown are kept": ({}, {"phu_luc": [{"tieu_de": "PHỤ LỤC"}]}),
    "appendices all removed": ({"hien": ["phu_luc"]}, {"phu_luc": None}),
}


@pytest.mark.parametrize(("sent", "expected"), CASES.values(), ids=CASES.keys())
def test_a_field_the_page_did_not_send_is_left_as_it_was(sent, expected):
    before = {"loai": "HD", "so": 106, "dia_danh": "Lạng Sơn", "kinh_gui": ["Các sở"],
              "phu_luc": [{"tieu_de": "PHỤ LỤC"}], "ban_sao": {"hinh_thuc": "SAO Y", "so": 3}}
    data = forms.spec_from_form(_Sent(sent), before)
    for key, value in expected.items():
        assert data.get(key) == value, key
