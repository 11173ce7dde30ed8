"""A large number in a message is grouped as its language writes it: ``104.857.600`` in
Vietnamese, whose comma is the decimal sign (``17,5 mm``), ``104,857,600`` in English. The
Vietnamese messages wrote ``3,000`` pages, which a clerk reads as three."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.errors import LimitError
from ntm_docgen.files.limits import IMPORT_PAGES
from ntm_docgen.i18n import language_kept, number, set_language
from ntm_docgen.importer.pdfwords import PagesLimitError


@pytest.mark.parametrize(("lang", "n", "shown"), [
    ("vi", 104_857_600, "104.857.600"), ("en", 104_857_600, "104,857,600"),
    ("vi", 3000, "3.000"), ("vi", 999, "999"), ("vi", 9, "9"), ("en", 1000, "1,000"),
], ids=["vi-bytes", "en-bytes", "vi-thousand", "vi-hundreds", "vi-one-digit", "en-thousand"])
def test_a_number_is_grouped_as_the_language_writes_it(lang, n, shown):
    with language_kept():
        set_language(lang)
        assert number(n) == shown


def test_a_limit_is_told_in_vietnamese_digits():
    with language_kept():
        set_language("vi")
        said = str(LimitError(Path("bom.docx"), "dung lượng", 104_857_600, "NTM_X",
                              found=315_620_172))
        pages = str(PagesLimitError(Path("dai.pdf"), IMPORT_PAGES, 3000))
    assert "315.620.172" in said and "104.857.600" in said
    assert " 3.000, " in pages
    assert "3,000" not in pages
