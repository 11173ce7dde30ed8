"""A ward's clerk derives on the desk her Kế hoạch from the city's, a signed PDF: the page tells
her which of the city's tasks were given to the ward's units, which were kept for her to
rewrite, and that a table of the PDF was printed as running text."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "derive"


def test_a_ward_is_told_what_its_plan_still_carries_from_the_city(client, csrf):
    answer = client.post(
        "/thuc-hien",
        data={"csrf_token": csrf, "hinh_thuc": "ke-hoach", "ngay": "24/03/2025",
              "han": "15/12/2025"},
        files={"tep": ("kh-2144.pdf", (DATA / "real_pdf" / "kh_2025_vungtau_2144.pdf")
                       .read_bytes()),
               "ho_so_tep": ("phuong-1.yaml", (DATA / "phuong-1-vung-tau-2025.yaml")
                             .read_bytes())})
    assert answer.status_code == 200, answer.text
    page = answer.text
    assert "given to the phường&#39;s own units" in page or "given to the phường's own units" \
        in page
    assert "“Trung tâm Y tế Thành phố”" in page and "“Chi cục Thống kê”" in page
    assert "“- Dân số: | 374.125 người” (p. 1)" in page
    assert "the local letter ends with its own" in page
