"""A PDF page that ends early is no page break of the writer's: the body read from a PDF holds
``---`` only where the next page opens a part of its own (an appendix, a form, a document of a
type), or after the signature; a heading of the body at a page's top runs on, and so do a
decision's enacting words (``QUYẾT ĐỊNH:``) carried over to the page after its căn cứ."""

from __future__ import annotations

import pytest

from ntm_docgen.importer.pageorder import pdf_text
from ntm_docgen.importer.pdflayout import Page, Word

WIDTH, HEIGHT, LEFT, SIZE = 595.0, 842.0, 85.0, 13.0


def _line(text: str, top: float, x0: float = LEFT) -> list[Word]:
    words, x = [], x0
    for word in text.split():
        width = 6.0 * len(word)
        words.append(Word(word, x, x + width, top, top + SIZE, SIZE))
        x += width + 3.5
    return words


def _page(number: int, lines: list[str], start: float = 80.0) -> Page:
    words = [w for i, text in enumerate(lines) for w in _line(text, start + 20.0 * i)]
    return Page(number, WIDTH, HEIGHT, words)


BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "Đẩy mạnh phong trào thi đua trên địa bàn xã.",
        "Các thôn tổ chức thực hiện kế hoạch này.", "Báo cáo kết quả trước ngày 30 tháng 11."]


@pytest.mark.parametrize(("top", "broken"), [
    ("II. KHEN THƯỞNG", False),
    ("CÁC XÃ ĐẠT CHUẨN NÔNG THÔN MỚI", False),
    ("PHỤ LỤC I", True),
    ("MẪU SỐ 01", True),
    ("DANH SÁCH CÁC XÃ ĐẠT CHUẨN", True),
    ("QUYẾT ĐỊNH:", False),
], ids=["numbered-heading", "caps-line", "phu-luc", "form", "type-heading", "enacting-words"])
def test_a_page_break_only_where_a_part_opens(top: str, broken: bool) -> None:
    pages = [_page(1, BODY), _page(2, [top, "Nội dung của phần này được viết tiếp.",
                                       "Các đơn vị thực hiện nghiêm túc.", "Dòng cuối."])]
    lines = pdf_text(pages).lines
    at = lines.index(top)
    assert (lines[at - 1] == "---") is broken, lines
    assert lines.count("---") == int(broken)


def test_after_the_signature_a_page_of_capitals_is_an_attachment() -> None:
    pages = [_page(1, [*BODY, "Nơi nhận:", "- Như trên;", "CHỦ TỊCH", "Nguyễn Văn An"]),
             _page(2, ["CÁC XÃ ĐẠT CHUẨN NÔNG THÔN MỚI", "Xã Tân Lập, xã Tân Hòa.",
                       "Xã Tân Phú, xã Tân Thành.", "Dòng cuối."])]
    lines = pdf_text(pages).lines
    assert lines[lines.index("CÁC XÃ ĐẠT CHUẨN NÔNG THÔN MỚI") - 1] == "---"
