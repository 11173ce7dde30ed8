"""Word files as clerks leave them, read by import and derive as they print (tests/wordbuilt.py
builds each the way Word writes it): a passage moved with Track Changes on is read once, where
it was moved to; a deleted paragraph takes no list number; a footnote, changes and comments
left are told; a phụ lục on landscape pages keeps them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import wordbuilt as wb
import yaml

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
    assert wb.numbered(document) > 8
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


def test_a_footnote_is_told_with_its_text_and_where_its_mark_stands(rendered: Path,
                                                                     tmp_path: Path):
    document = wb.open_rendered(rendered)
    wb.footnoted(document, MOVED, "Theo Hướng dẫn số 748/HD-BTĐKT ngày 24/4/2019.")
    result = import_letter(wb.save(document, tmp_path / "footnote.docx"))
    told = [w for w in result.warnings if "footnote 1 of the Word file" in w]
    assert len(told) == 1
    assert "“Theo Hướng dẫn số 748/HD-BTĐKT ngày 24/4/2019.”" in told[0]
    assert "its mark after “…đảm bảo thiết thực, hiệu quả.”" in told[0]


def test_the_footnotes_of_a_real_word_97_report_are_told():
    result = import_letter(ROOT / "tests" / "data" / "wordkinds" / "mau08_bao_cao_thanh_tich.doc")
    told = [w for w in result.warnings if "of the Word file was not read" in w]
    assert [t.split(" of ")[0] for t in told] == ["footnote 1", "footnote 2", "footnote 3"]
    assert "“Ghi hình thức đề nghị khen thưởng.”" in told[0]


def test_changes_and_comments_left_are_told_and_no_comment_enters(rendered: Path,
                                                                  tmp_path: Path):
    document = wb.open_rendered(rendered)
    wb.moved(document, MOVED, BEFORE)
    wb.commented(document, BEFORE, "Chị xem lại câu này")
    result = import_letter(wb.save(document, tmp_path / "pending.docx"))
    told = [w for w in result.warnings if w.startswith("the Word file still holds")]
    assert len(told) == 1
    assert "moved" in told[0] and "“Chị xem lại câu này”" in told[0]
    assert "Chị xem lại" not in str(result.spec)


def test_a_landscape_phu_luc_of_a_narrow_table_stays_landscape(tmp_path: Path):
    data = yaml.safe_load(LETTER.read_text(encoding="utf-8"))
    data["phu_luc"] = [{"tieu_de": "BIỂU TỔNG HỢP KẾT QUẢ", "ngang": True, "noi_dung":
                        "| STT | Đơn vị | Số xã đạt chuẩn | Tỷ lệ |\n|---|---|---|---|\n"
                        "| 1 | Xã Tân Thành | 10 | 50% |"}]
    spec = tmp_path / "ngang.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    word = tmp_path / "ngang.docx"
    word.write_bytes(render_docx(load_spec(spec), today=date(2026, 6, 1)))
    assert import_letter(word).spec["phu_luc"][0].get("ngang") is True


def test_a_portrait_letter_gets_no_ngang(rendered: Path):
    assert all("ngang" not in item for item in import_letter(rendered).spec.get("phu_luc", []))


def test_a_vv_typed_with_a_dot_leaves_no_dot_before_the_trich_yeu():
    result = import_letter(ROOT / "tests" / "data" / "wordkinds" / "chuyen_don_30_bacninh.doc")
    assert result.spec["trich_yeu"] == "chuyển đơn tố cáo của …(1)…"
    assert "«Hoten» - «Dia Chi»" in result.spec["noi_dung"]  # a merge field as it prints


def test_a_paragraph_whose_mark_was_deleted_reads_as_one_with_the_next(rendered: Path,
                                                                         tmp_path: Path):
    document = wb.open_rendered(rendered)
    wb.mark_deleted(document, "- Bằng khen của Chủ tịch UBND tỉnh;")
    lines = _body(wb.save(document, tmp_path / "mark.docx"))
    assert "- Bằng khen của Chủ tịch UBND tỉnh;- Bằng khen Thủ tướng Chính phủ;" in lines
