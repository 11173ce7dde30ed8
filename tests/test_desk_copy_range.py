"""The desk's TRÍCH SAO of paragraphs “1-2” of a công văn whose parts are numbered 1. to 3.
under an opening paragraph: the note says paragraphs 1 to 2 were kept and that parts 1. to 2.
are paragraphs 2 to 3 (it said “đã trích đoạn 1 …; phần đánh số “1.” là đoạn 2: hãy ghi 2”,
while the copy held paragraphs 1 and 2, as asked; contract9 #12)."""

from __future__ import annotations

from datetime import date

import yaml
from desk_support import csrf_of, desk_client
from lxml import html

from ntm_docgen import api

ROOT = api.profile_path("lang-son").parent.parent.parent
KON_TUM = ROOT / "data" / "examples" / "cong-van-ubnd-tinh-kon-tum.yaml"


def test_a_range_is_told_as_the_paragraphs_it_kept(tmp_path):
    original = tmp_path / "cong-van.docx"
    data = {k: v for k, v in yaml.safe_load(KON_TUM.read_text(encoding="utf-8")).items()
            if k != "nam"}
    issued = {**data, "so": 812, "ngay": "2025-04-18"}  # a copy is made of an issued letter
    api.render(api.parse_spec(issued), original, today=date(2026, 3, 5))
    form = {"hinh_thuc": "TRÍCH SAO", "trich": "1-2", "co_quan.ten": "VĂN PHÒNG",
            "co_quan.viet_tat": "VP", "dia_danh": "Kon Tum", "ngay": "06/03/2026",
            "ky.chuc_vu": "CHÁNH VĂN PHÒNG", "ky.ho_ten": "Nguyễn Đức Đăng",
            "noi_nhan": ["Các sở, ban, ngành"]}
    with desk_client(tmp_path / "desk", lang="vi") as c:
        form["csrf_token"] = csrf_of(c, "/sao")
        made = c.post("/sao", data=form, files={"tep": (original.name, original.read_bytes())})
    assert made.status_code == 200, made.text
    said = " ".join(html.fromstring(made.text).text_content().split())
    assert "nên đã trích các đoạn 1 đến 2" in said
    assert "các phần đánh số “1.” đến “2.” bắt đầu ở đoạn 2 và đoạn 3: hãy ghi “1., 2.”" in said
    assert "đã trích đoạn 1 (" not in said
