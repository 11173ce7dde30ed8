"""The copy form sent back with a problem keeps what the clerk chose: the parts to keep of a
TRÍCH SAO, Word or PDF, the electronic copy, the number from the register; and names the
original she sent, which no browser keeps, to choose again."""

from __future__ import annotations

import re
from datetime import date

import pytest
import yaml
from desk_support import csrf_of, desk_client
from lxml import html

from ntm_docgen import api

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"


def test_a_refused_copy_keeps_the_choices_of_its_form(tmp_path):
    draft = tmp_path / "du-thao.docx"
    data = yaml.safe_load(HD_1741.read_text(encoding="utf-8"))
    data.pop("so")
    api.render(api.parse_spec(data), draft, today=date(2026, 3, 5))
    form = {"hinh_thuc": "TRÍCH SAO", "trich": "II, III", "co_quan.ten": "VĂN PHÒNG",
            "co_quan.viet_tat": "VP", "dia_danh": "Lạng Sơn", "ngay": "06/03/2026",
            "ky.chuc_vu": "CHÁNH VĂN PHÒNG", "ky.ho_ten": "Nguyễn Đức Đăng",
            "noi_nhan": ["Các sở, ban, ngành"], "dang": "pdf", "dien_tu": "1", "cap_so": "1",
            "xac_nhan": "1"}  # its date asked about past 2026: she chose to number it so
    with desk_client(tmp_path) as c:
        form["csrf_token"] = csrf_of(c, "/sao")
        refused = c.post("/sao", data=form, files={"tep": ("du-thao.docx", draft.read_bytes())})
    assert refused.status_code == 422
    page = refused.text
    assert re.search(r'<input id="trich" type="text" name="trich" value="II, III">', page)
    assert re.search(r'name="dang" value="pdf" checked', page)
    assert not re.search(r'name="dang" value="docx" checked', page)
    assert re.search(r'name="dien_tu" value="1" checked', page)
    assert re.search(r'name="cap_so" value="1" checked', page)
    sent = html.fromstring(page).get_element_by_id("sent").text_content()
    assert "You sent du-thao.docx" in sent and "choose it again" in sent, \
        "the one choice a browser cannot keep is named, and what to do"


def test_a_new_copy_form_asks_for_word(client):
    page = client.get("/sao").text
    assert re.search(r'name="dang" value="docx" checked', page)
    assert not re.search(r'name="(dien_tu|cap_so)" value="1" checked', page)


@pytest.mark.parametrize(("hinh_thuc", "trich", "said"), [
    ("TRÍCH SAO", "", "Form of copy: a TRÍCH SAO copies only some parts of the original: give "
                      "the parts to keep (headings II,III or paragraphs 12-30), or set the form "
                      "of copy to SAO Y to copy it whole"),
    ("TRÍCH SAO", "  ", "Form of copy: a TRÍCH SAO copies only some parts"),
    ("SAO Y", "II", "Parts to keep: only a TRÍCH SAO keeps some parts, but the form of copy is "
                    "SAO Y: set the form of copy to TRÍCH SAO, or leave the parts to keep out"),
    ("TRÍCH SAO", "99", "Parts to keep: paragraphs 99 are not in du-thao.docx"),
], ids=["trich-sao-without-parts", "parts-left-blank", "sao-y-with-parts", "parts-not-there"])
def test_a_problem_with_the_parts_is_told_at_the_form_s_field(client, csrf, tmp_path,
                                                              hinh_thuc, trich, said):
    original = tmp_path / "du-thao.docx"
    api.render(api.load_spec(HD_1741), original, today=date(2026, 3, 5))
    form = {"csrf_token": csrf, "hinh_thuc": hinh_thuc, "trich": trich,
            "co_quan.ten": "VĂN PHÒNG", "co_quan.viet_tat": "VP", "dia_danh": "Lạng Sơn",
            "ngay": "06/03/2026", "ky.chuc_vu": "CHÁNH VĂN PHÒNG",
            "ky.ho_ten": "Nguyễn Đức Đăng", "noi_nhan": ["Các sở, ban, ngành"]}
    answer = client.post("/sao", data=form, files={"tep": (original.name,
                                                           original.read_bytes())})
    assert answer.status_code == 422
    error = html.fromstring(answer.text).xpath("//div[@class='error']")[0].text_content()
    assert said in error
    assert "--trich" not in error and "hinh_thuc" not in error
