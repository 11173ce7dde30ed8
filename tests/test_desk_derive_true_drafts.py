"""The desk's Văn bản thực hiện shows the draft derive makes: from the real PDF of Lào Cai's
Công văn 7432/UBND-XD, which asks for no report, a công văn asking none with no outline, told;
a Kế hoạch keeping the PDF's bold on its heading derive mapped down, with one TỔ CHỨC THỰC
HIỆN."""

from __future__ import annotations

import html
from pathlib import Path

PDF = Path(__file__).resolve().parent / "data" / "derive" / "real_pdf" / "cv_2026_laocai_7432.pdf"


def _derive(client, csrf, form: str) -> str:
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": form,
                                             "ho_so": "xa-tan-thanh-lang-son",
                                             "ngay": "05/08/2026"},
                         files={"tep": (PDF.name, PDF.read_bytes())})
    assert answer.status_code == 200, answer.text
    return html.unescape(answer.text)


def test_a_letter_asking_no_report_gets_none_on_the_desk(client, csrf):
    page = _derive(client, csrf, "cong-van")
    assert "Công văn số 7432/UBND-XD asks for no report" in page
    assert "ĐỀ CƯƠNG BÁO CÁO" not in page and "Gửi báo cáo" not in page


def test_the_desks_plan_keeps_the_bold_and_one_part_of_to_chuc(client, csrf):
    page = _derive(client, csrf, "ke-hoach")
    assert "**1. Công an tỉnh, các ban, ngành, đoàn thể xã và các thôn, tổ dân phố**" in page
    assert "II. TỔ CHỨC THỰC HIỆN" in page  # the source's item, the letter's one part
    assert "2. Tổ chức thực hiện" not in page  # the guidance beside it says "3. Tổ chức …"
