"""A footnote the reader set apart from a letter's body is told on the desk in the form's
words: a scan's note read “… tách khỏi nội dung: 'Cơ sở cai nghiện số 1 …'; nếu văn bản
cần, hãy đưa lại vào noi_dung”, a spec's key and a program's quotes."""

from __future__ import annotations

import pytest

from ntm_docgen.desk.labels import note_about
from ntm_docgen.i18n import said, set_language
from ntm_docgen.importer.setapart import FOOTNOTE_KEPT


@pytest.fixture
def vietnamese():
    set_language("vi")
    yield
    set_language(None)


@pytest.mark.usefixtures("vietnamese")
def test_a_footnote_set_apart_is_put_back_in_the_content_field():
    note = note_about("cv.pdf", said(FOOTNOTE_KEPT, page=2,
                                     text="Báo cáo số 34/BC-CAT ngày 15/7/2025"))
    assert note == ("cv.pdf: Trang 2: chú thích cuối trang đã được tách khỏi nội dung: “Báo cáo "
                    "số 34/BC-CAT ngày 15/7/2025”; nếu văn bản cần, hãy đưa lại vào ô “Nội "
                    "dung”."), note
    assert "noi_dung" not in note and "'" not in note
