"""check: effective formatting follows Word's order: direct, character style, paragraph style
chain, document defaults, theme fonts."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from ntm_docgen.check.reader import read_paras, styles_of


def resolved(document):
    """(text, run props) of every run, and the paragraphs, as the checker reads them."""
    paras = read_paras(document.element.body, styles_of(document, Path("letter.docx")))
    return {r.text: r.props for p in paras for r in p.runs}, paras


@pytest.fixture
def document():
    return docx.Document()


def test_theme_fonts_and_defaults(document):
    document.add_paragraph("thân bài")
    document.add_heading("Tiêu đề", 1)
    runs, _ = resolved(document)
    # python-docx's default template: minorHAnsi = Cambria, majorHAnsi = Calibri, 11 pt default
    assert runs["thân bài"].fonts["ascii"] == "Cambria"
    assert runs["thân bài"].size == 11
    assert runs["Tiêu đề"].fonts["hAnsi"] == "Calibri"


def test_paragraph_style_chain_and_character_style(document):
    document.add_heading("Đậm theo kiểu", 1)
    document.add_paragraph().add_run("kiểu ký tự", style="Strong")
    runs, _ = resolved(document)
    assert runs["Đậm theo kiểu"].bold is True and runs["Đậm theo kiểu"].size == 14
    assert runs["kiểu ký tự"].bold is True


def test_direct_formatting_wins(document):
    run = document.add_heading("", 1).add_run("không đậm")
    run.font.bold = False
    run.font.size = Pt(13)
    run.font.name = "Times New Roman"
    runs, _ = resolved(document)
    assert runs["không đậm"].bold is False
    assert runs["không đậm"].size == 13
    assert runs["không đậm"].fonts["ascii"] == "Times New Roman"


def test_normal_style_overrides_defaults(document):
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(14)
    document.add_paragraph("văn bản")
    runs, _ = resolved(document)
    assert (runs["văn bản"].fonts["hAnsi"], runs["văn bản"].size) == ("Times New Roman", 14)


def test_caps_shows_capitals(document):
    run = document.add_paragraph().add_run("sở nội vụ")
    run.font.all_caps = True
    _, paras = resolved(document)
    assert paras[-1].text == "SỞ NỘI VỤ"


def test_paragraph_layout(document):
    plain = document.add_paragraph("mặc định")
    body = document.add_paragraph("thân bài")
    body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.paragraph_format.first_line_indent = Cm(1.27)
    body.paragraph_format.space_before = Pt(6)
    _, paras = resolved(document)
    first, second = paras[-2].props, paras[-1].props
    assert plain.text == "mặc định"
    assert (first.align, first.after, first.line, first.line_rule) == ("left", 200, 276, "auto")
    assert (second.align, second.first_line, second.before) == ("both", 720, 120)
