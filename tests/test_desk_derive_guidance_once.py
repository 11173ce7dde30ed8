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
