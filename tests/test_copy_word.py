"""`ntm-docgen copy` on what Word writes: its XML declaration and character references kept byte
for byte, footnotes, altChunk, content controls, compatibility mode, a document ending in an
empty section, comments after the final section, Strict Open XML."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from copy_originals import (
    columns_original,
    ends_in_section_break,
    last_paragraph_section,
    strict_original,
    word_original,
    write_spec,
)
from docx.oxml.ns import qn
from lxml import etree

from ntm_docgen.cli.main import main

MAIN = "word/document.xml"


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("word")
    return {"word": word_original(folder / "word.docx"),
            "section-break": ends_in_section_break(folder / "section-break.docx"),
            "comment": ends_in_section_break(folder / "comment.docx", comment=True),
            "last-paragraph": last_paragraph_section(folder / "last-paragraph.docx"),
            "columns": columns_original(folder / "columns.docx")}


def copy(runner, original: Path, form: str, out: Path, *extra: str):
    spec = write_spec(out.parent, form)
    return runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o", str(out),
                                *extra])


def made(runner, original: Path, form: str, out: Path) -> Path:
    result = copy(runner, original, form, out)
    assert result.exit_code == 0, result.output
    return out


def read(path: Path, member: str = MAIN) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(member)


def body(path: Path) -> list[etree._Element]:
    return list(etree.fromstring(read(path)).find(qn("w:body")))


@pytest.mark.parametrize("form", ["SAO Y", "SAO LỤC"])
def test_word_original_kept_byte_for_byte(runner, originals, tmp_path, form):
    """Everything before the block and after it is the original's bytes: Word's declaration
    with CRLF, the character reference &#x43;, the content control; other parts unchanged."""
    original = originals["word"]
    if form == "SAO LỤC":
        original = made(runner, original, "SAO Y", tmp_path / "sao-y.docx")
    out = made(runner, original, form, tmp_path / "copy.docx")
    before, after = read(original), read(out)
    at = before.rfind(b"<w:sectPr")
    assert after.startswith(before[:at]) and after.endswith(before[at:])
    assert before.startswith(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n')
    assert b"B&#x43;D" in after
    added = after[at:len(after) - len(before) + at]
    assert form.encode() in added and b"<w:tbl>" in added
    with zipfile.ZipFile(original) as a, zipfile.ZipFile(out) as b:
        assert a.namelist() == b.namelist()
        assert all(a.read(n) == b.read(n) for n in a.namelist() if n != MAIN)
    assert b"compatibilityMode" in read(out, "word/settings.xml")


def test_block_follows_the_content_control(runner, originals, tmp_path):
    out = made(runner, originals["word"], "SAO Y", tmp_path / "copy.docx")
    tags = [etree.QName(e).localname for e in body(out)]
    assert tags[-5:] == ["altChunk", "sdt", "p", "tbl", "sectPr"]
    docx.Document(str(out))


def test_block_stays_before_a_trailing_section_break(runner, originals, tmp_path):
    """The original ends in a section break and an empty portrait section: the block goes
    before the break, in the landscape section of the last content, spanning its width."""
    original = originals["section-break"]
    out = made(runner, original, "SAO Y", tmp_path / "copy.docx")
    old, new = body(original), body(out)
    assert len(new) == len(old) + 2
    for a, b in zip(old[:-2], new[:-4], strict=True):
        assert etree.tostring(a, method="c14n") == etree.tostring(b, method="c14n")
    rule, table, brk, final = new[-4:]
    assert etree.tostring(brk, method="c14n") == etree.tostring(old[-2], method="c14n")
    assert etree.tostring(final, method="c14n") == etree.tostring(old[-1], method="c14n")
    assert rule.find(f"{qn('w:pPr')}/{qn('w:pBdr')}") is not None and table.tag == qn("w:tbl")
    landscape = docx.Document(str(original)).sections[0]
    width = landscape.page_width.twips - landscape.left_margin.twips \
        - landscape.right_margin.twips
    assert int(table.find(f"{qn('w:tblPr')}/{qn('w:tblW')}").get(qn("w:w"))) == width
    again = made(runner, out, "SAO LỤC", tmp_path / "sao-luc.docx")
    tags = [etree.QName(e).localname for e in body(again)]
    assert tags[-6:] == ["p", "tbl", "p", "tbl", "p", "sectPr"]


def test_comment_after_the_final_section(runner, originals, tmp_path):
    """Hand-edited files carry comments after w:sectPr: the block still goes before it."""
    out = made(runner, originals["comment"], "SAO Y", tmp_path / "copy.docx")
    items = body(out)
    assert items[-2].tag == qn("w:sectPr") and isinstance(items[-1], etree._Comment)
    assert items[-4].tag == qn("w:tbl")
    docx.Document(str(out))


def test_last_paragraph_holding_the_section(runner, originals, tmp_path):
    """The last paragraph holds the only section properties: they move to the body's end and
    the block goes in that section (A5, its margins), not in a new one of default settings."""
    original = originals["last-paragraph"]
    out = made(runner, original, "SAO Y", tmp_path / "copy.docx")
    old, new = body(original), body(out)
    section = old[-1].find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
    assert [etree.QName(e).localname for e in new] == ["p", "p", "p", "tbl", "sectPr"]
    assert etree.tostring(new[-1], method="c14n") == etree.tostring(section, method="c14n")
    assert new[1].find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is None
    assert [t.text for t in new[1].iter(qn("w:t"))] == [t.text for t in old[-1].iter(qn("w:t"))]
    width = round((14.8 - 3) / 2.54 * 1440)
    assert abs(int(new[3].find(f"{qn('w:tblPr')}/{qn('w:tblW')}").get(qn("w:w"))) - width) <= 1


def test_block_under_columns(runner, originals, tmp_path):
    """A last section in two columns is closed by an empty paragraph with its properties; the
    block follows in one column (continuous, same page setup) at the full text width."""
    original = originals["columns"]
    out = made(runner, original, "SAO Y", tmp_path / "copy.docx")
    old, new = body(original), body(out)
    assert len(new) == len(old) + 3
    closing, _rule, table, final = new[-4:]
    moved = closing.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
    assert etree.tostring(moved, method="c14n") == etree.tostring(old[-1], method="c14n")
    assert final.find(qn("w:cols")).get(qn("w:num")) == "1"
    assert final.find(qn("w:type")).get(qn("w:val")) == "continuous"
    assert final.find(qn("w:headerReference")) is not None
    section = docx.Document(str(original)).sections[0]
    width = section.page_width.twips - section.left_margin.twips - section.right_margin.twips
    assert int(table.find(f"{qn('w:tblPr')}/{qn('w:tblW')}").get(qn("w:w"))) == width
    again = made(runner, out, "SAO LỤC", tmp_path / "sao-luc.docx")
    assert len(body(again)) == len(new) + 2


def test_word_originals_lay_out_with_the_block_on_the_last_page(runner, originals, tmp_path):
    from pypdf import PdfReader

    from ntm_docgen.files.pdf import convert

    names = ["word", "section-break", "last-paragraph", "columns"]
    copies = [made(runner, originals[n], "SAO Y", tmp_path / f"{n}.sao-y.docx") for n in names]
    sources = [tmp_path / f"{n}.docx" for n in names]
    for name, source in zip(names, sources, strict=True):
        source.write_bytes(originals[name].read_bytes())
    convert([*sources, *copies], tmp_path)
    for name, last_line in (("word", "19/19"), ("section-break", "30/9./."),
                            ("last-paragraph", "30/9./."), ("columns", "Tin 6")):
        pages = PdfReader(tmp_path / f"{name}.pdf").pages
        copied = PdfReader(tmp_path / f"{name}.sao-y.pdf").pages
        assert len(copied) == len(pages), name
        text = next(p.extract_text() for p in copied if "Nguyễn Đức Đăng" in p.extract_text())
        assert last_line in text and "SAO Y" in text, name
    assert "Chú thích một." in PdfReader(tmp_path / "word.sao-y.pdf").pages[0].extract_text()


def test_strict_open_xml_is_refused_by_name(runner, tmp_path):
    out = tmp_path / "copy.docx"
    result = copy(runner, strict_original(tmp_path / "strict.docx"), "SAO Y", out)
    assert result.exit_code == 1
    assert "Strict Open XML" in result.output and "Word Document (*.docx)" in result.output
    assert not out.exists()


def test_trich_of_a_body_without_paragraphs(runner, tmp_path):
    document = docx.Document()
    document.add_table(rows=1, cols=2).cell(0, 0).text = "Bảng"
    document.save(tmp_path / "table.docx")
    out = tmp_path / "trich.docx"
    result = copy(runner, tmp_path / "table.docx", "TRÍCH SAO", out, "--trich", "1-2")
    assert result.exit_code == 1
    assert "has no paragraph after its header" in result.output
    assert "1-0" not in result.output and not out.exists()
