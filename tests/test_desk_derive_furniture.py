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


def test_the_guidance_s_page_numbers_are_no_note_of_the_letter(tmp_path: Path) -> None:
    api.render(api.load_spec(HD_1741), tmp_path / "hd.docx", today=date(2018, 7, 31))
    pdf = api.pdf_bytes((tmp_path / "hd.docx").read_bytes())
    assert api.page_count(pdf) >= 2
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
