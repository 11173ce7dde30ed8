"""`ntm-docgen import` on what held_out_42 showed (docs/accuracy.md): a legal-text site's page
kept as Markdown, whose italic marks (``*(gọi tắt là ...)*``) the importer keeps in the body as
literal stars, written ``\\*`` as the body's markup writes a star it prints (contract §2). The
account of the lines read took the escaped star for other text and counted such a line as read
into no field, though the body holds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.importer import import_letter
from ntm_docgen.importer.lost import lost_lines
from ntm_docgen.importer.reading import read_source

SET = Path(__file__).parent / "data" / "letters" / "held_out_42"
#: a line of Cần Thơ's Kế hoạch 157 as the page's Markdown prints it
STARRED = "không dùng tiền mặt trên địa bàn thành phố *(gọi tắt là Kế hoạch thi đua)*,"


def test_a_line_whose_star_the_body_escapes_is_held() -> None:
    """The body holds the line with its stars written ``\\*``: the line is read, not lost."""
    spec = {"noi_dung": "ban hành Kế hoạch không dùng tiền mặt trên địa bàn thành phố "
                        "\\*(gọi tắt là Kế hoạch thi đua)\\*, cụ thể như sau:"}
    assert lost_lines([STARRED], spec, []) == []


def test_a_line_the_body_does_not_hold_is_still_lost() -> None:
    """Only the escape is read as the star it prints: a line whose words stand nowhere stays
    lost, with or without stars."""
    spec = {"noi_dung": "ban hành Kế hoạch \\*(gọi tắt là Kế hoạch)\\*, cụ thể như sau:"}
    assert lost_lines([STARRED], spec, []) == [STARRED]


@pytest.mark.parametrize("name", ["kh_2025_cantho_157", "kh_2025_daklak_0125",
                                  "qd_2025_nghean_3769"])
def test_the_sets_starred_lines_are_held(name: str) -> None:
    """Cần Thơ's 157, Đắk Lắk's 0125 and Nghệ An's 3769 print parts of lines in italics; read
    with the body's markup (as ``import`` writes a spec), every line is accounted for."""
    letter = SET / f"{name}.txt"
    result = import_letter(letter)
    assert "\\*" in result.spec["noi_dung"]
    assert lost_lines(read_source(letter).lines, result.spec, result.warnings) == []
