"""A TRÍCH SAO of a PDF says what the reader left out in the copy's words: a copy has no spec
to add a line to (a black-box test's finding 16: `copy` printed the importer's "not in the
spec" warning)."""

from __future__ import annotations

import pytest

from ntm_docgen.copies.trich_pdf import _on_the_copy
from ntm_docgen.i18n import language_kept, set_language
from ntm_docgen.importer.build import ImportResult, unread_note
from ntm_docgen.importer.reading import Source
from ntm_docgen.importer.setapart import set_apart

SPEC_WORDS = {"en": ("spec", "noi_dung"),
              "vi": ("tệp nội dung văn bản", "tệp mô tả", "noi_dung")}


def _read() -> ImportResult:
    footnote = set_apart(Source(lines=["x"], set_apart=(("footnote", 3, "1 Theo Luật số 5"),)))
    kept = "ký hiệu đọc được: hãy đối chiếu"
    return ImportResult(spec={}, warnings=[kept, *footnote, unread_note(["STT 1", "Đạt"])],
                        unread=["STT 1", "Đạt"])


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_copy_tells_the_lines_left_out_of_it(lang: str) -> None:
    with language_kept():
        set_language(lang)
        told = _on_the_copy(_read())
    assert len(told) == 3 and told[0] == "ký hiệu đọc được: hãy đối chiếu"
    assert not [w for w in told for word in SPEC_WORDS[lang] if word in w], told
    copy = {"en": "the copy leaves them out: “STT 1”; “Đạt”",
            "vi": "bản sao không có: “STT 1”; “Đạt”"}
    assert copy[lang] in told[2]
    assert ("'1 Theo Luật số 5'" in told[1]) and ("copy" in told[1] or "bản sao" in told[1])
