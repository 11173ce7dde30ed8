"""A TRÍCH SAO of a PDF naming a part the letter does not have names the PDF the clerk sent,
not the Word file the desk made of it in a temporary folder."""

from __future__ import annotations

import html
import re
from pathlib import Path

PDF = Path(__file__).resolve().parent / "data" / "derive" / "real_pdf" / "cv_2026_laocai_7432.pdf"


def test_a_part_missing_from_a_pdf_is_told_of_that_pdf(client, csrf):
    form = {"csrf_token": csrf, "hinh_thuc": "TRÍCH SAO", "trich": "VII",
            "co_quan.ten": "VĂN PHÒNG", "co_quan.viet_tat": "VP", "dia_danh": "Lào Cai",
            "ngay": "06/03/2026", "ky.chuc_vu": "CHÁNH VĂN PHÒNG", "ky.ho_ten": "Nguyễn Văn An",
            "noi_nhan": ["Các sở, ban, ngành"]}
    answer = client.post("/sao", data=form, files={"tep": (PDF.name, PDF.read_bytes())})
    assert answer.status_code == 422, answer.text
    error = html.unescape(re.search(r'<div class="error"[^>]*>(.*?)</div>', answer.text,
                                    re.S)[1])
    assert f"'VII' in {PDF.name}" in error, error
    assert "ntm-trich" not in error and ".docx" not in error, error
