"""A scanned page's ruled table found from its rules and filled with the words OCR read in
its cells (importer/scangrid.py); the whole scan is tested in test_scan_mark_box.py."""

from __future__ import annotations

from PIL import Image, ImageDraw

from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.importer.scangrid import scan_grids

SCALE = 72 / 200  # points a pixel at 200 dpi


def _table(slope: float = 0.0, columns: tuple[int, ...] = (200, 300, 900, 1400),
           rows: tuple[int, ...] = (1000, 1060, 1120, 1180)) -> Image.Image:
    """A page at 200 dpi with a ruled table (pixels), its rules across sloping by ``slope``
    pixels over their length, as a scan straightened to a pixel or two leaves them."""
    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    for y in rows:
        draw.line((columns[0], y, columns[-1], y + slope), fill=0, width=2)
    for x in columns:
        draw.line((x, rows[0], x, rows[-1]), fill=0, width=2)
    return page


def _word(text: str, x: float, y: float) -> Word:
    """A word OCR read at (x, y) pixels of the page, in points."""
    return Word(text, x * SCALE, (x + 40) * SCALE, y * SCALE, (y + 25) * SCALE, 9, line=0)


WORDS = [_word("STT", 220, 1015), _word("Tiêu", 320, 1015), _word("chí", 370, 1015),
         _word("Kết", 920, 1015), _word("quả", 970, 1015), _word("1", 220, 1075),
         _word("Quy", 320, 1075), _word("hoạch", 370, 1075), _word("Đạt|", 920, 1075),
         _word("2_", 220, 1135), _word("Giao", 320, 1135), _word("thông", 370, 1135),
         _word("Đạt", 920, 1135)]
ROWS = (("STT", "Tiêu chí", "Kết quả"), ("1", "Quy hoạch", "Đạt"), ("2", "Giao thông", "Đạt"))


def test_a_ruled_table_is_read_cell_by_cell() -> None:
    grids = scan_grids(_table(), SCALE, WORDS)
    assert [g.rows for g in grids] == [ROWS]
    assert abs(grids[0].top - 1000 * SCALE) < 2 and abs(grids[0].x1 - 1400 * SCALE) < 2


def test_a_rule_still_sloping_a_little_is_one_rule() -> None:
    assert [g.rows for g in scan_grids(_table(slope=3), SCALE, WORDS)] == [ROWS]


def test_one_column_or_two_rules_make_no_table() -> None:
    """A box around a paragraph, a rule under a heading: no grid of cells."""
    assert scan_grids(_table(columns=(200, 1400)), SCALE, WORDS) == []
    assert scan_grids(_table(rows=(1000, 1060)), SCALE, WORDS) == []


def test_a_word_across_a_rule_makes_no_table() -> None:
    """Lines drawn through running text are no table's rules."""
    across = [*WORDS, Word("across", 280 * SCALE, 330 * SCALE, 1075 * SCALE, 1100 * SCALE, 9)]
    assert scan_grids(_table(), SCALE, across) == []
