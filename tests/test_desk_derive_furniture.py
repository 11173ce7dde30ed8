"""A Sở derives its Kế hoạch on the desk from Hướng dẫn 1741/HD-BTĐKT received as a PDF of three
pages. Reading the PDF left its page numbers out, and the editor listed that among the things
“to check before sending” (“1741-HD-BTDKT.pdf: số trang và dòng đầu trang lặp lại đã được bỏ ra
ngoài văn bản: '2' (trang 2), '3' (trang 3)”), and Phát hành asked about it again: nothing of
her letter to check, and no fix. What is of her letter is still said."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from desk_support import csrf_of, desk_client

from ntm_docgen import api

ROOT = Path(__file__).resolve().parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"


def _guidance(folder: Path) -> bytes:
    api.render(api.load_spec(HD_1741), folder / "hd.docx", today=date(2018, 7, 31))
    pdf = api.pdf_bytes((folder / "hd.docx").read_bytes())
    assert api.page_count(pdf) >= 2
    return pdf


def test_the_guidance_s_page_numbers_are_no_note_of_the_letter(tmp_path: Path) -> None:
    pdf = _guidance(tmp_path)
    with desk_client(tmp_path / "desk", lang="vi") as c:
        csrf = csrf_of(c, "/thuc-hien")
        answer = c.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "ke-hoach",
                                            "ho_so": "lang-son", "ngay": "10/03/2026"},
                        files={"tep": ("1741-HD-BTDKT.pdf", pdf)})
        assert answer.status_code == 200, answer.text
        page = html.unescape(answer.text)
    assert "1741/HD-BTĐKT" in page  # the letter cites it
    assert "số trang và dòng đầu trang" not in page.lower()
    assert "các giai đoạn trong đó đều đã kết thúc" in page  # a note of her letter stays


def test_the_page_names_her_body_without_the_spec_s_word(tmp_path: Path) -> None:
    """“Cơ quan của bạn (hồ sơ)” and “hoặc hồ sơ của bạn (.yaml)”: a hồ sơ is a dossier to a
    clerk, and her body has none; the list is her body, the file one she may have."""
    from lxml import html as parsed

    with desk_client(tmp_path, lang="vi") as c:
        page = parsed.fromstring(c.get("/thuc-hien").text)
    labels: dict[str, str] = {}
    for label in page.xpath("//label[@for]"):  # its own, before the file button's
        labels.setdefault(label.get("for"), label.text_content())
    assert labels["ho_so"] == "Cơ quan của bạn"
    assert labels["ho_so_tep"] == "hoặc tệp thông tin cơ quan (.yaml), nếu bạn có"
    assert "hồ sơ" not in " ".join(labels.values())


def test_a_pdf_with_bytes_before_its_header_is_read_as_its_readers_read_it(tmp_path: Path) -> None:
    """A real signed Kế hoạch (Quảng Bình, 2024, signed with iText: tests/data/letters/held_out_30)
    has 21 bytes before its “%PDF-”, which every PDF reader opens; the desk refused it as “not a
    real .pdf file; save it again as .pdf”, a fix no clerk can make of a signed letter."""
    pdf = bytes(range(200, 221)) + _guidance(tmp_path)
    with desk_client(tmp_path / "desk", lang="vi") as c:
        csrf = csrf_of(c, "/thuc-hien")
        answer = c.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "ke-hoach",
                                            "ho_so": "lang-son", "ngay": "10/03/2026"},
                        files={"tep": ("1741-HD-BTDKT.pdf", pdf)})
    assert answer.status_code == 200, answer.text
    assert "Thực hiện Hướng dẫn số 1741/HD-BTĐKT" in html.unescape(answer.text)
    assert "không thực sự là tệp .pdf" not in html.unescape(answer.text)


def test_a_file_with_no_pdf_header_in_its_first_bytes_is_still_refused(tmp_path: Path) -> None:
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c, "/thuc-hien")
        answer = c.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "ke-hoach",
                                            "ho_so": "lang-son", "ngay": "10/03/2026"},
                        files={"tep": ("hd.pdf", bytes(1024) + b"%PDF-1.7")})
    assert answer.status_code == 422
    assert "hd.pdf: tệp không thực sự là tệp .pdf" in html.unescape(answer.text)
