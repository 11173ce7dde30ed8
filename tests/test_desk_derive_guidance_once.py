"""The guidance shown beside a derived draft is the one the derivation read, not read again:
a scan's OCR took a second run of minutes (a black-box desk day), its progress counting the
pages twice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen import api

HD_106 = Path(__file__).resolve().parent.parent / "data" / "examples" / \
    "003-huong-dan-106-snv-lang-son.yaml"


def test_the_guidance_beside_the_draft_is_the_one_derive_read(
        client, csrf, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_again(path):  # type: ignore[no-untyped-def]
        raise AssertionError(f"{path} read a second time")

    monkeypatch.setattr(api, "read_guidance", read_again)
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "ke-hoach",
                                             "ho_so": "xa-tan-thanh-lang-son",
                                             "ngay": "05/03/2026"},
                         files={"tep": (HD_106.name, HD_106.read_bytes())})
    assert answer.status_code == 200, answer.text
    assert 'id="guidance"' in answer.text and "106/HD-SNV" in answer.text


def test_derive_file_keeps_the_letter_it_read() -> None:
    result = api.derive_file(HD_106, api.profile_path("xa-tan-thanh-lang-son"), "ke-hoach",
                             today=date(2026, 3, 5))
    assert result.source is not None and result.source.so == 106


def test_the_guidance_s_words_are_shown_as_text_never_as_markup(client, csrf) -> None:
    """Words of the letter from above that look like a page's markup or a template's are
    printed as she would read them on paper (a review asked for the test)."""
    import yaml

    data = yaml.safe_load(HD_106.read_text(encoding="utf-8"))
    data["noi_dung"] += "\nGhi chú <script>alert(1)</script> và {{ 7*7 }} giữ nguyên."
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "ke-hoach",
                                             "ho_so": "xa-tan-thanh-lang-son",
                                             "ngay": "05/03/2026"},
                         files={"tep": ("hd.yaml", yaml.safe_dump(data, allow_unicode=True)
                                        .encode())})
    assert answer.status_code == 200, answer.text
    guidance = answer.text.split('id="guidance"', 1)[1]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in guidance
    assert "<script>alert(1)" not in answer.text and "{{ 7*7 }}" in guidance
