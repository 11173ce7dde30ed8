"""The desk's Văn bản thực hiện, a commune's plan from a central guidance (contract9's finding
3): the draft's notes say that it reports to the province, which central paragraph was left
out, the deadline already past with its line, and that the guidance's periods have ended."""

from __future__ import annotations

import html

from ntm_docgen import api

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"


def test_a_communes_plan_from_a_central_guidance_is_told_on_the_desk(client, csrf):
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "ke-hoach",
                                             "ho_so": "xa-tan-thanh-lang-son",
                                             "ngay": "15/12/2025", "han": "10/12/2025"},
                         files={"tep": (HD_1741.name, HD_1741.read_bytes())})
    assert answer.status_code == 200, answer.text
    page = html.unescape(answer.text)
    assert "the letter reports to Ủy ban nhân dân tỉnh Lạng Sơn" in page
    assert "were left out: “… " in page and "các bộ, ban, ngành, Mặt trận Tổ quốc" in page
    assert "is not after the letter's date 15/12/2025" in page
    assert "UBND xã trước ngày 10/12/2025" in page
    assert "every period it speaks of ended before 2025" in page
