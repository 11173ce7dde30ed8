"""A scanned page's footnotes are set apart, never spliced into the body: OCR sizes a line by
its height and often loses the note's raised mark, so they are found by the short rule Word
draws over them (``importer/footrule.py``). Two real pages' feet (tests/data/footnotes/,
provenance kept): a Thủ tướng's công văn whose note under the body cites the letters it
answers, and a Bộ Công an letter's two notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from ntm_docgen.importer.footrule import foot_rules, notes_of, scanned_footnotes
from ntm_docgen.importer.pdflayout import Line, Page, Word
from ntm_docgen.importer.pdfwords import read_image_text

DATA = Path(__file__).resolve().parent / "data" / "footnotes"


@pytest.mark.parametrize(("name", "note", "body"), [
    ("cv_2026_ttg_464.p1.png", "185/TB-VPCP ngày 14/04/2026", "hướng dẫn thi hành"),
    ("cv_2025_bca_3980.p2.png", "có công suất tiếp nhận", "480 tỷ đồng"),
])
def test_a_scans_footnote_is_set_apart_from_its_body(name: str, note: str, body: str) -> None:
    read = read_image_text(DATA / name)
    notes = [text for kind, _page, text in read.set_apart if kind == "footnote"]
    assert any(note in text for text in notes), read.set_apart
    assert not any(note in line for line in read.lines), read.lines
    assert any(body in line for line in read.lines), read.lines


# A page of 2480 x 3508 pixels (A4 at 300 dpi), 0.24 points a pixel; words drawn as blocks.
SCALE, WIDTH, HEIGHT = 72 / 300, 2480, 3508


def _page(rows: list[tuple[int, int]], draw_more=None) -> tuple[Image.Image, list[Word]]:
    """A white page with a line of words at each (top, height) of ``rows`` (pixels)."""
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    pen = ImageDraw.Draw(image)
    words = []
    for n, (top, tall) in enumerate(rows):
        for x in range(280, 2100, 200):
            pen.rectangle((x, top, x + 150, top + tall), fill=0)
            words.append(Word("chữ", x * SCALE, (x + 150) * SCALE, top * SCALE,
                              (top + tall) * SCALE, tall * SCALE, line=n))
    if draw_more:
        draw_more(pen)
    return image, words


BODY = [(1800 + 70 * n, 52) for n in range(10)]
NOTES = [(2650, 36), (2700, 36)]


def _rule(pen: ImageDraw.ImageDraw) -> None:
    pen.rectangle((280, 2600, 880, 2602), fill=0)


def test_the_rule_over_the_notes_is_found_between_the_lines() -> None:
    image, words = _page(BODY + NOTES, _rule)
    assert [round(y / SCALE) for y in foot_rules(image, words, SCALE)] == [2601]


def test_a_tables_bottom_border_or_a_line_across_is_no_rule() -> None:
    def table(pen: ImageDraw.ImageDraw) -> None:
        pen.rectangle((280, 2600, 880, 2602), fill=0)
        for x in (280, 500, 880):  # its columns' lines come down to it
            pen.rectangle((x, 2480, x + 2, 2602), fill=0)

    def across(pen: ImageDraw.ImageDraw) -> None:
        pen.rectangle((280, 2600, 2200, 2602), fill=0)

    for drawn in (table, across):
        image, words = _page(BODY + NOTES, drawn)
        assert foot_rules(image, words, SCALE) == [], drawn.__name__


def _lines(rows: list[tuple[int, int]], texts: list[str]) -> list[Line]:
    """A line of words at each (top, height) of ``rows``, its words ``text``'s."""
    return [Line([[Word(word, (280 + 160 * n) * SCALE, (400 + 160 * n) * SCALE, top * SCALE,
                        (top + tall) * SCALE, tall * SCALE)
                   for n, word in enumerate(text.split())]], top * SCALE, (top + tall) * SCALE)
            for (top, tall), text in zip(rows, texts, strict=True)]


def test_only_smaller_lines_under_the_rule_are_notes() -> None:
    texts = [f"dòng {n} của văn bản" for n in range(10)]
    rule = 2601 * SCALE
    page = Page(1, WIDTH * SCALE, HEIGHT * SCALE, [], ocr=True, rules=[rule])
    lines = _lines(BODY + NOTES, [*texts, "Thông báo số 185/TB-VPCP", "ngày 14/04/2026"])
    kept, notes = scanned_footnotes(lines, page)
    assert kept == lines[:10] and notes == ["Thông báo số 185/TB-VPCP ngày 14/04/2026"]
    same = _lines(BODY + [(2650, 52), (2720, 52)], [*texts, "tiếp tục", "của văn bản"])
    assert scanned_footnotes(same, page) == (same, [])  # the body's type: no note
    signed = _lines(BODY + NOTES, [*texts, "Nơi nhận:", "- Như trên;"])
    assert scanned_footnotes(signed, page) == (signed, [])


def test_a_note_goes_on_over_a_line_that_opens_with_a_number() -> None:
    foot = _lines(NOTES + [(2750, 36)], ["1 Cơ sở số 4 có công suất tiếp nhận là",
                                         "1.500 người.", "2 Báo cáo số 34/BC-CAT"])
    assert notes_of(foot) == ["1 Cơ sở số 4 có công suất tiếp nhận là 1.500 người.",
                              "2 Báo cáo số 34/BC-CAT"]


def test_the_notes_calls_read_as_marks_leave_the_body_with_them() -> None:
    """3980's body read ``quá tải! cần cải tạo`` and ``400 tỷ đồng?, dự kiến``: its two notes'
    raised calls, read by OCR as ``!`` and ``?``; 464's ``chỉ đạo!;``."""
    texts = [f"dòng {n} của văn bản" for n in range(7)] + [
        "đã xuống cấp, quá tải! cần cải tạo", "với tổng số kinh phí là 400 tỷ đồng?, dự kiến",
        "có ý kiến kết luận, chỉ đạo!; trên cơ sở"]
    page = Page(1, WIDTH * SCALE, HEIGHT * SCALE, [], ocr=True, rules=[2601 * SCALE])
    lines = _lines(BODY + NOTES + [(2750, 36)], [*texts, "Cơ sở cai nghiện số 1",
                                                 "Báo cáo số 34/BC-CAT", "Thông báo số 185"])
    kept, _notes = scanned_footnotes(lines, page)
    assert [line.text for line in kept[7:]] == [
        "đã xuống cấp, quá tải cần cải tạo", "với tổng số kinh phí là 400 tỷ đồng, dự kiến",
        "có ý kiến kết luận, chỉ đạo; trên cơ sở"]
