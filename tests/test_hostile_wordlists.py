"""Word files built to strain the readers of Word's own structures (docs/limits.md, "Word's
lists, moves and a scan's blanks built to strain their readers"): a list level whose number
would print megabytes, a move whose old place was cut out, a handwritten blank 30,000 pixels
wide or one pixel high. Each is built here from a real letter of tests/data (provenance there)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from lxml import etree
from PIL import Image

from ntm_docgen.cli.main import main
from ntm_docgen.files.numbering import labels_of

#: The longest list number read (files/numbering.LABEL_MAX).
LABEL_MAX = 40

ROOT = Path(__file__).resolve().parent.parent
LETTER = ROOT / "tests" / "data" / "wordkinds" / "bien_ban_snv_quangbinh_2022.docx"
PEN = ROOT / "tests" / "data" / "handwritten" / "so.cv_2025_bca_3980.pen.png"
SAO_Y = ROOT / "data" / "examples" / "000-sao-y-bac-giang.yaml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: A level text of 500 placeholders, every level's number in it many times over.
PLACEHOLDERS = "".join(f"%{1 + i % 9}" for i in range(500))


def _el(tag: str, **attrs: object) -> etree._Element:
    element = etree.Element(W + tag)
    for name, value in attrs.items():
        element.set(W + name, str(value))
    return element


def _paragraphs(root: etree._Element) -> list[etree._Element]:
    """The paragraphs of the body with text, tables' cells left out."""
    return [p for p in root.iter(W + "p") if "".join(t.text or "" for t in p.iter(W + "t"))
            .strip() and not any(a.tag == W + "tbl" for a in p.iterancestors())]


def _rebuilt(path: Path, document=None, numbering=None) -> Path:  # type: ignore[no-untyped-def]
    """The letter with its document part (and numbering part) changed in place by the two
    callables, written to ``path``."""
    with zipfile.ZipFile(LETTER) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    for member, change in (("word/document.xml", document), ("word/numbering.xml", numbering)):
        if change is not None:
            root = etree.fromstring(parts[member])
            change(root)
            parts[member] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                           standalone=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as built:
        for member, data in parts.items():
            built.writestr(member, data)
    return path


def _listed_levels(numbering: etree._Element, fmt: str, start: int, text: str) -> None:
    """A list (num 900 over abstractNum 900) of nine levels of ``fmt`` from ``start``."""
    abstract = _el("abstractNum", abstractNumId=900)
    for ilvl in range(9):
        level = _el("lvl", ilvl=ilvl)
        for tag, value in (("start", start), ("numFmt", fmt), ("lvlText", text)):
            level.append(_el(tag, val=value))
        abstract.append(level)
    numbering.find(W + "num").addprevious(abstract)
    num = _el("num", numId=900)
    num.append(_el("abstractNumId", val=900))
    numbering.append(num)


def _numbered(root: etree._Element) -> None:
    for paragraph in _paragraphs(root)[5:40]:
        props = paragraph.find(W + "pPr")
        if props is None:
            props = _el("pPr")
            paragraph.insert(0, props)
        for old in props.findall(W + "numPr"):
            props.remove(old)
        num_pr = _el("numPr")
        num_pr.extend([_el("ilvl", val=0), _el("numId", val=900)])
        props.insert(1 if props.find(W + "pStyle") is not None else 0, num_pr)


def _lists(path: Path, fmt: str, start: int, text: str) -> Path:
    return _rebuilt(path, _numbered, lambda n: _listed_levels(n, fmt, start, text))


def test_a_level_whose_number_would_print_megabytes_is_read_as_no_number(
        runner: CliRunner, tmp_path: Path) -> None:
    """500 placeholders counted in letters from 99,999 (3,847 letters each): each label was
    built whole, 1.9 million characters, and import refused the letter for a line that long
    (2,000 such paragraphs took 2 GB and ended "not enough memory", naming no file)."""
    letter = _lists(tmp_path / "bien-ban.docx", "lowerLetter", 99_999, PLACEHOLDERS)
    result = runner.invoke(main, ["import", str(letter), "-o", str(tmp_path / "s.yaml")])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and (tmp_path / "s.yaml").exists()
    spec = (tmp_path / "s.yaml").read_text(encoding="utf-8")
    assert "aaaaaaaaaa" not in spec and "Sở Nội vụ" in spec


@pytest.mark.parametrize(("fmt", "start", "text"), [
    ("lowerLetter", 99_999, "%1."), ("decimal", 1, PLACEHOLDERS), ("bullet", 1, "-" * 100)],
    ids=["a-count-of-3847-letters", "500-placeholders", "a-bullet-of-100"])
def test_no_label_is_longer_than_a_line_shows(tmp_path: Path, fmt: str, start: int,
                                             text: str) -> None:
    letter = _lists(tmp_path / "bien-ban.docx", fmt, start, text)
    with zipfile.ZipFile(letter) as built:
        body = etree.fromstring(built.read("word/document.xml"))
        numbering = etree.fromstring(built.read("word/numbering.xml"))
        styles = etree.fromstring(built.read("word/styles.xml"))
    labels = labels_of(body, numbering, styles)
    assert all(len(label) <= LABEL_MAX + 1 for label in labels.values())
    assert not any(p in labels for p in _paragraphs(body)[5:40])


def test_a_list_within_the_bound_keeps_its_numbers(tmp_path: Path) -> None:
    letter = _lists(tmp_path / "bien-ban.docx", "upperRoman", 1, "Phần thứ %1.")
    with zipfile.ZipFile(letter) as built:
        body = etree.fromstring(built.read("word/document.xml"))
        labels = labels_of(body, etree.fromstring(built.read("word/numbering.xml")), None)
    assert [labels[p] for p in _paragraphs(body)[5:8]] == ["Phần thứ I. ", "Phần thứ II. ",
                                                           "Phần thứ III. "]


def _moved_here(root: etree._Element) -> None:
    """A passage moved to a paragraph with Track Changes on, its old place cut out."""
    paragraph = _paragraphs(root)[12]
    runs = paragraph.findall(W + "r")
    arrived = _el("moveTo", id=2, author="A", date="2024-01-01T00:00:00Z")
    runs[0].addprevious(_el("moveToRangeStart", id=1, name="move1", author="A"))
    runs[0].addprevious(arrived)
    arrived.extend(runs)
    paragraph.append(_el("moveToRangeEnd", id=1))


def test_a_move_whose_old_place_was_cut_out_is_still_pending(
        runner: CliRunner, tmp_path: Path) -> None:
    """It was no change at all: copy gave a copy holding it, check and import told nothing."""
    letter = _rebuilt(tmp_path / "bien-ban.docx", _moved_here)
    out = tmp_path / "ban-sao.docx"
    copied = runner.invoke(main, ["copy", str(letter), "--spec", str(SAO_Y), "-o", str(out)])
    assert copied.exit_code == 1, copied.output
    assert "1 passage moved" in copied.stderr and not out.exists()
    imported = runner.invoke(main, ["import", str(letter), "-o", str(tmp_path / "s.yaml")])
    assert "the Word file still holds 1 passage moved" in imported.stderr, imported.output
    checked = runner.invoke(main, ["check", str(letter)])
    assert "moved" in checked.output, checked.output


@pytest.mark.parametrize("size", [(30_000, 88), (446, 1)], ids=["30000-wide", "1-high"])
def test_a_blank_out_of_a_numbers_shape_is_not_looked_at(
        monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]) -> None:
    """A strip 30,000 pixels wide took PP-OCR's four looks 54 s and 740 MB; one pixel high,
    Tesseract's nine readings 16 s: neither holds a number a hand wrote."""
    from ntm_docgen.importer import handwritten, penread

    def never(*args: object) -> None:
        raise AssertionError("the blank was read")

    blank = Image.open(PEN).convert("L").resize(size)
    monkeypatch.setattr(penread, "missing", lambda: None)
    monkeypatch.setattr(penread, "_look", never)
    monkeypatch.setattr(handwritten, "_agreed", never)
    assert penread.digits(blank) is None
    assert handwritten._read(blank, (0, blank.width)) is None


def kept_lists(items: int) -> tuple[etree._Element, etree._Element, Any]:
    """A body of ``items`` list paragraphs that print others than the original's numbers (the
    part before them dropped: they print 4., 5., …), its numbering part and its lists, built
    for ``copies.trichlists.keep_numbers`` (also timed by benchmarks/trich_lists.py)."""
    from ntm_docgen.copies.trichlists import Lists

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = etree.fromstring(
        f'<w:numbering {ns}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0">'
        '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        '</w:numbering>')
    body = etree.fromstring(f"<w:body {ns}/>")
    lists = Lists(member="word/numbering.xml", numbering=numbering)
    for n in range(items):
        paragraph = etree.SubElement(body, W + "p")
        num_pr = etree.SubElement(etree.SubElement(paragraph, W + "pPr"), W + "numPr")
        num_pr.extend([_el("ilvl", val=0), _el("numId", val=1)])
        lists.counters[paragraph] = ("1", 0, (n + 4,) + (None,) * 8)
        lists.labels[paragraph] = f"{n + 4}. "
    return body, numbering, lists


def test_many_kept_items_restart_once_at_their_printed_number() -> None:
    """The kept items of one list (4., 5., … 2003.) take one new list that starts at 4, each
    after the one before it (the lookup of each item's place, once quadratic, is timed by
    benchmarks/trich_lists.py)."""
    from types import SimpleNamespace

    from ntm_docgen.copies.trichlists import keep_numbers

    body, numbering, lists = kept_lists(2_000)
    keep_numbers(SimpleNamespace(body=body, data={}), lists)  # type: ignore[arg-type]
    (new,) = [n for n in numbering.findall(W + "num") if n.get(W + "numId") != "1"]
    assert new.find(f".//{W}startOverride").get(W + "val") == "4"
    ids = {p.find(f".//{W}numId").get(W + "val") for p in body.iter(W + "p")}
    assert ids == {new.get(W + "numId")}
