"""Contract §2: ``**bold**`` and ``*italic*`` mark text; the footnote marks (*), (**) and (***) a
report's tables use are no marks of markup."""

from __future__ import annotations

import pytest

from ntm_docgen.letter.markup import _spans


@pytest.mark.parametrize(("line", "spans"), [
    ("Ghi chú (*) và (**) cuối bảng, (***).",
     [("Ghi chú (*) và (**) cuối bảng, (***).", False, False)]),
    ("Số liệu (*) ước tính; **đậm** còn (**) là chú thích",
     [("Số liệu (*) ước tính; ", False, False), ("đậm", True, False),
      (" còn (**) là chú thích", False, False)]),
    ("[*] và [**] trong ngoặc vuông", [("[*] và [**] trong ngoặc vuông", False, False)]),
    ("(**đậm trong ngoặc**)", [("(", False, False), ("đậm trong ngoặc", True, False),
                               (")", False, False)]),
    ("(*nghiêng*)", [("(", False, False), ("nghiêng", False, True), (")", False, False)]),
], ids=["footnote-marks", "marks-beside-bold", "square-brackets", "bold-in-brackets",
        "italic-in-brackets"])
def test_a_footnote_mark_in_brackets_prints_as_typed(line, spans):
    assert list(_spans(line, False, False)) == spans
