"""The numbers Word's lists print (numbering.xml), read as the page shows them and kept by the
repair: Quảng Ninh's Hướng dẫn on the hiệp thương (tests/data/check/lists/provenance.tsv)
numbers its headings "I.", "II." and the items under "II. NỘI DUNG, TRÌNH TỰ, THỦ TỤC" by
Word's lists, an item's unnumbered paragraph between "3." and "4.". check read those headings
without their numbers, as lines in capitals, and never told them not bold (the same letter's
typed "I." and "II." it told); their numbers print through a level that sets bold off."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.check import Finding, check_document
from ntm_docgen.check.locate import locate
from ntm_docgen.check.reader import Document, open_docx
from ntm_docgen.check.rules_paragraphs import kinds
from ntm_docgen.i18n import set_language

QUANG_NINH = Path(__file__).parent / "data" / "check" / "lists" / \
    "hd_mttq_quang_ninh_hiep_thuong_2025.docx"


@pytest.fixture(autouse=True)
def _english():
    set_language("en")
    yield
    set_language(None)


def _headings(doc: Document) -> list[tuple[str, bool | None]]:
    """Each heading I.–XX. of the body as it prints, and whether its number from Word's list
    prints bold (None: typed in its text)."""
    return [(p.numbered, None if p.label_run is None else p.label_run.props.bold)
            for p, kind, _centred in kinds(locate(doc)) if kind == "roman"]


@pytest.fixture(scope="module")
def letter() -> tuple[Document, list[tuple[str, bool | None]], list[Finding]]:
    """The letter opened as ``check --fix`` opens it, its headings and findings (read once)."""
    doc = open_docx(QUANG_NINH, split_lines=True)
    return doc, _headings(doc), check_document(doc)


def test_the_headings_word_numbers_are_read_with_their_numbers_and_told_not_bold(letter):
    _doc, headings, findings = letter
    assert ("II. NỘI DUNG, TRÌNH TỰ, THỦ TỤC", False) in headings
    assert sum(number is not None for _text, number in headings) == 12
    assert [f.found for f in findings if f.rule == "body.heading"] == [
        "heading not bold (and 15 more headings)"]


def test_the_repair_makes_the_numbers_bold_and_keeps_every_number_word_prints(letter, tmp_path):
    doc, _headings_before, findings = letter
    before = [p.label for p in doc.paras]
    for finding in findings:
        if finding.rule == "body.heading" and finding.fix is not None:
            finding.fix()
    fixed = tmp_path / "fixed.docx"
    doc.doc.save(str(fixed))
    again = open_docx(fixed)
    assert [p.label for p in again.paras] == before
    items = [p.label for p in again.paras if p.index > 45][:6]  # under the second "II."
    assert items == ["1. ", "2. ", "3. ", "", "4. ", ""]  # 4. counted over the paragraph
    assert all(number is not False for _text, number in _headings(again))
    assert not [f for f in check_document(again) if f.rule == "body.heading"]
