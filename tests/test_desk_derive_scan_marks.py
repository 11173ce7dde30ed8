"""An implementing letter derived from a scan or a photo of the letter from above: the editor
marks the fields that carry the scanned letter's words (its trích yếu cited, the body quoting
it) “read by OCR” and names the words OCR was unsure of there, as it does for a letter opened
from a scan; the fields her own body's profile filled are not marked. A clerk derived from a
photo and got “nộp thuế điện tứ” (for điện tử) in her V/v and body, unmarked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from desk_support import csrf_of, desk_client
from test_desk_scan_marks import marks

from ntm_docgen import api
from ntm_docgen.derive import DeriveResult

SPEC = {"loai": "CV", "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ TÀI CHÍNH",
                                  "viet_tat": "STC"}, "ky_hieu": "STC-QLNS",
        "dia_danh": "Lạng Sơn", "trich_yeu": "V/v triển khai nộp thuế điện tứ",
        "kinh_gui": ["Ủy ban nhân dân các xã, phường"],
        "noi_dung": "Thực hiện Công văn số 75/CT-TTHT về nộp thuế điện tứ, Sở Tài chính đề nghị "
                    "các đơn vị thực hiện.",
        "ky": {"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC", "ho_ten": "Hoàng Thái"},
        "noi_nhan": ["Như trên", "Lưu: VT, QLNS"]}


@pytest.mark.parametrize("scanned", [True, False], ids=["photo", "text"])
def test_the_fields_carrying_the_scanned_letters_words_are_marked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scanned: bool) -> None:
    def derive_file(central: Any, profile: Any, form: str, **kw: Any) -> DeriveResult:
        return DeriveResult(dict(SPEC), [], ocr_pages=(1,) if scanned else (),
                            unsure=("tứ,", "Hoàng") if scanned else (),
                            source=api.parse_spec(dict(SPEC)))  # the guidance as read

    monkeypatch.setattr(api, "derive_file", derive_file)
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c, "/thuc-hien")
        answer = c.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "cong-van",
                                            "ho_so": "lang-son", "ngay": "10/03/2026"},
                        files={"tep": ("75-CT-TTHT.txt", "Công văn".encode())})
        assert answer.status_code == 200, answer.text
        badged, noted = marks(answer.text)
    if not scanned:
        assert (badged, noted) == (set(), {})
        return
    assert badged == {"trich_yeu", "noi_dung"}, "her own body's fields are none of OCR's"
    assert "“tứ”" in noted["trich_yeu"] and "“tứ”" in noted["noi_dung"]
    assert "ky.ho_ten" not in noted
