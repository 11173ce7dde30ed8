"""A district's clerk of Kon Tum derives on the desk her plan from Lạng Sơn's Sở Nội vụ guidance:
the editor tells her the guidance is of another province, and what her plan still says of the
huyện when she dates it after 1 July 2025 (found by a black-box run: nothing was said)."""

from __future__ import annotations

import html
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HD_106 = ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"


def _derive(client, csrf, profile: str, ngay: str) -> str:
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "ke-hoach",
                                             "ho_so": profile, "ngay": ngay},
                         files={"tep": (HD_106.name, HD_106.read_bytes())})
    assert answer.status_code == 200, answer.text
    return html.unescape(answer.text)


def test_a_guidance_of_another_province_is_told_in_the_editor(client, csrf):
    page = _derive(client, csrf, "huyen-dak-ha-2024", "10/06/2019")
    assert "The letter implemented is of tỉnh Lạng Sơn (Sở Nội vụ tỉnh Lạng Sơn), but Ủy ban " \
           "nhân dân huyện Đăk Hà is of tỉnh Kon Tum" in page


def test_a_communes_2026_plan_is_told_its_huyen_lines(client, csrf):
    page = _derive(client, csrf, "xa-tan-thanh-lang-son", "05/01/2026")
    assert "These lines of the letter still speak of the huyện level" in page
    assert "“c) Các huyện:”" in page
    assert "of tỉnh Lạng Sơn" not in page  # her own province's guidance
