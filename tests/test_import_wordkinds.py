"""Word files as clerks leave them, read by import and derive as they print (tests/wordbuilt.py
builds each the way Word writes it): a passage moved with Track Changes on is read once, where
it was moved to; a deleted paragraph takes no list number."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import wordbuilt as wb

from ntm_docgen.importer import import_letter
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent
LETTER = ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"
MOVED = "Việc tổng kết cần đảm bảo thiết thực, hiệu quả."
BEFORE = "Đánh giá, tổng kết quá trình"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("wordkinds") / "hd.docx"
    path.write_bytes(render_docx(load_spec(LETTER), today=date(2026, 6, 1)))
    return path


def _body(path: Path) -> list[str]:
    return str(import_letter(path).spec["noi_dung"]).split("\n")


def test_a_moved_passage_is_read_once_where_it_was_moved_to(rendered: Path, tmp_path: Path):
    document = wb.open_rendered(rendered)
    wb.moved(document, MOVED, BEFORE)
    lines = _body(wb.save(document, tmp_path / "moved.docx"))
    held = [n for n, line in enumerate(lines) if MOVED in line]
    assert len(held) == 1
    assert BEFORE in lines[held[0] + 1]


def test_a_moved_numbered_heading_keeps_the_numbers_as_printed(rendered: Path, tmp_path: Path):
    document = wb.open_rendered(rendered)
    assert wb.numbered(document) == 8
    wb.moved(document, "KHEN THƯỞNG ĐỐI VỚI CÁC TẬP THỂ", "NỘI DUNG TỔNG KẾT PHONG TRÀO")
    lines = _body(wb.save(document, tmp_path / "moved-heading.docx"))
    headings = [found.group(1) for line in lines if (found := re.match(r"([IVX]+\.) ", line))]
    assert headings[:4] == ["I.", "II.", "III.", "IV."]
    assert lines.index(next(x for x in lines if "KHEN THƯỞNG ĐỐI VỚI" in x)) \
        < lines.index(next(x for x in lines if "NỘI DUNG TỔNG KẾT PHONG TRÀO" in x))
    assert next(x for x in lines if "KHEN THƯỞNG ĐỐI VỚI" in x).startswith("II. ")
    assert sum("KHEN THƯỞNG ĐỐI VỚI" in line for line in lines) == 1
    assert "IV. TỔ CHỨC THỰC HIỆN" in lines


def test_words_replaced_with_track_changes_read_as_accepted(rendered: Path, tmp_path: Path):
    document = wb.open_rendered(rendered)
    wb.revised(document, "Bằng khen của Chủ tịch UBND tỉnh;", "Chủ tịch", "Ủy ban nhân dân")
    lines = _body(wb.save(document, tmp_path / "revised.docx"))
    assert "- Bằng khen của Ủy ban nhân dân UBND tỉnh;" in lines
    assert "- Bằng khen của Chủ tịch UBND tỉnh;" not in lines
