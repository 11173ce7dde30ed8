"""A long PDF's page furniture: a numbered heading printed at the top of two pages is still a
part of the letter, and the warning of what was left out names a few lines and counts the rest
(a black-box test's finding 15: a TRÍCH SAO of a 160-page PDF printed one warning of 15,000
characters, and took another "II." for the part asked, the real one set apart as a header)."""

from __future__ import annotations

import pytest

from ntm_docgen.i18n import language_kept, set_language
from ntm_docgen.importer.pageorder import running_headers
from ntm_docgen.importer.pdflayout import Page, Word
from ntm_docgen.importer.reading import Source
from ntm_docgen.importer.setapart import FURNITURE_NAMED, set_apart


def _page(number: int, top: str, body: str = "Nội dung của trang.") -> Page:
    """A page of A4 in points: ``top`` on its first line (within the top 9%), then ``body``."""
    words = [Word(w, 60 + 40 * i, 95 + 40 * i, 40, 52, 13) for i, w in enumerate(top.split())]
    words += [Word(w, 60 + 40 * i, 95 + 40 * i, 300, 312, 13) for i, w in enumerate(body.split())]
    return Page(number=number, width=595, height=842, words=words)


HEADINGS = ["II. NỘI DUNG TỔNG KẾT", "1. Đánh giá kết quả", "Điều 3. Hiệu lực", "Chương II",
            "Mục 2. Khen thưởng", "III. TỔ CHỨC THỰC HIỆN"]


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_numbered_heading_on_two_page_tops_is_no_running_header(heading: str) -> None:
    pages = [_page(1, "SỞ NỘI VỤ"), _page(2, heading), _page(3, "SỞ NỘI VỤ"), _page(4, heading)]
    assert running_headers(pages) == {"SỞ NỘI VỤ"}


def _source(count: int) -> Source:
    apart = tuple(("page number", n, str(n)) for n in range(2, count + 2))
    return Source(lines=["x"], set_apart=apart)


def test_many_running_headers_are_named_a_few_and_counted() -> None:
    with language_kept():
        set_language("en")
        said = [w for w in set_apart(_source(320)) if "running headers" in w]
    assert said == ["page numbers and running headers left out of the letter: "
                    + ", ".join(f"“{n}” (p. {n})" for n in range(2, 2 + FURNITURE_NAMED))
                    + f" and {320 - FURNITURE_NAMED} more lines like them"]
    assert len(said[0]) < 300


def test_a_few_running_headers_are_all_named() -> None:
    with language_kept():
        set_language("vi")
        said = [w for w in set_apart(_source(3)) if "đầu trang" in w]
    assert said == ["số trang và dòng đầu trang lặp lại đã được bỏ ra ngoài văn bản: "
                    "“2” (trang 2), “3” (trang 3), “4” (trang 4)"]
