"""check of a letter typed in the legacy fonts (TCVN3 ``.VnTime`` and its capitals font
``.VnTimeH``, VNI ``VNI-Times``): each rule reads its text in Unicode, as import does, so a
correctly laid-out letter gets the font.legacy finding alone and a real departure is told in
Unicode; ``--fix`` converts the file; the desk's page tells what its own fixed copy does."""

from __future__ import annotations

import unicodedata
from copy import deepcopy
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from ntm_docgen import api
from ntm_docgen.check import check_file, fix_file

EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "examples" / \
    "003-huong-dan-106-snv-lang-son.yaml"
FONTS = {"tcvn3": (".VnTime", ".VnTimeH"), "vni": ("VNI-Times", "VNI-Times")}


def _typed(text: str, encoding: str) -> tuple[str, bool]:
    """``text`` as typed in the legacy font, and whether it needs the capitals font: TCVN3
    has no capital letter with a mark, so a line in capitals is typed small in ``.VnTimeH``."""
    from viparse.normalize.encodings import get_charmap

    charmap = get_charmap(encoding)
    assert charmap is not None
    back = {uni: old for old, uni in charmap.pairs}
    text = unicodedata.normalize("NFC", text)
    if encoding == "tcvn3":  # .VnTime has no Ủ: typed "Uû" (Uỷ)
        text = text.replace("Ủy", "Uỷ")
    capitals = encoding == "tcvn3" and text.upper() == text and any(c.isalpha() for c in text)
    return "".join(back.get(c, c) for c in (text.lower() if capitals else text)), capitals


def retyped(source: Path, out: Path, encoding: str,
            change: dict[str, str] | None = None) -> Path:
    """The letter ``source`` with every run's text typed again in the legacy font (a text of
    ``change`` replaced first: a departure planted)."""
    normal, capitals = FONTS[encoding]
    document = docx.Document(str(source))
    for run in document.element.body.iter(qn("w:r")):
        for node in run.iter(qn("w:t")):
            if node.text:
                node.text = (change or {}).get(node.text, node.text)
                node.text, caps = _typed(node.text, encoding)
                props = run.get_or_add_rPr()
                fonts = props.find(qn("w:rFonts"))
                if fonts is None:
                    fonts = props.makeelement(qn("w:rFonts"), {})
                    props.insert(0, fonts)
                for slot in ("w:ascii", "w:hAnsi", "w:cs"):
                    fonts.set(qn(slot), capitals if caps else normal)
    document.save(str(out))
    return out


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    out = tmp_path / "hd.docx"
    api.render(api.load_spec(EXAMPLE), out, today=date(2026, 3, 5))
    assert check_file(out) == []
    return out


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_a_correct_letter_in_a_legacy_font_has_only_the_font_finding(letter: Path,
                                                                     tmp_path: Path,
                                                                     encoding: str) -> None:
    old = retyped(letter, tmp_path / "cu.docx", encoding)
    found = check_file(old)
    assert [f.rule for f in found] == ["font.legacy"], [(f.rule, f.text) for f in found]
    assert found[0].text == "UBND TỈNH LẠNG SƠN"  # where it is, as the page reads


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_a_real_departure_is_told_in_unicode(letter: Path, tmp_path: Path,
                                             encoding: str) -> None:
    """The signer's title typed in small letters in the normal font: chuc_vu.case, its fix
    in Unicode (it said "PHÃ GI¸M ®ÈC")."""
    old = retyped(letter, tmp_path / "cu.docx", encoding, {"PHÓ GIÁM ĐỐC": "Phó giám đốc"})
    found = {f.rule: f for f in check_file(old)}
    assert sorted(found) == ["chuc_vu.case", "font.legacy"]
    assert "PHÓ GIÁM ĐỐC" in found["chuc_vu.case"].message
    assert found["chuc_vu.case"].text == "Phó giám đốc"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_fix_converts_the_letter_and_leaves_nothing(letter: Path, tmp_path: Path,
                                                   encoding: str) -> None:
    old = retyped(letter, tmp_path / "cu.docx", encoding, {"PHÓ GIÁM ĐỐC": "Phó giám đốc"})
    result = fix_file(old, tmp_path / "moi.docx")
    assert result.after == []
    texts = [p.text.replace("Ủy", "Uỷ" if encoding == "tcvn3" else "Ủy")
             for p in docx.Document(str(letter)).paragraphs]
    assert [p.text for p in docx.Document(str(tmp_path / "moi.docx")).paragraphs] == texts


def test_the_desk_tells_what_its_fixed_copy_does(client, csrf, letter: Path,
                                                 tmp_path: Path) -> None:
    """/kiem-tra lists the same findings, and names the page's fixed copy, not --fix."""
    old = retyped(letter, tmp_path / "cu.docx", "tcvn3")
    page = client.post("/kiem-tra", data={"csrf_token": csrf},
                       files={"tep": (old.name, old.read_bytes())}).text
    assert "1 departure from the layout rules in cu.docx." in page
    assert "a font of the old TCVN3 encoding" in page
    assert "the fixed copy converts them to Unicode" in page
    assert "--fix" not in page


def test_unicode_typed_under_a_legacy_font_is_read_as_typed(letter: Path, tmp_path: Path) -> None:
    """A letter typed in Unicode whose runs still name .VnTime (an old template), its date line
    cut into runs (``Lạng Sơn, ngày 31 | tháng 5 | năm 2019``): ``tháng`` holds no letter only
    Unicode has, but its paragraph does, so it is read as typed, not as TCVN3 ``thỏng``; and
    --fix leaves it so."""
    document = docx.Document(str(letter))
    for run in document.element.body.iter(qn("w:r")):
        fonts = run.get_or_add_rPr().get_or_add_rFonts()
        for slot in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(slot), ".VnTime")
    line = next(p for p in (Paragraph(el, document) for el in document.element.body.iter(qn("w:p")))
                if p.text.startswith("Lạng Sơn, ngày"))
    run = line.runs[0]
    parts = ["Lạng Sơn, ngày 31 ", "tháng 5 ", "năm 2019"]
    assert run.text == "".join(parts)
    run.text = parts[0]
    for part in reversed(parts[1:]):
        copy = deepcopy(run._r)
        copy.find(qn("w:t")).text = part
        run._r.addnext(copy)
    document.save(str(tmp_path / "moi.docx"))
    found = check_file(tmp_path / "moi.docx")
    # its words are Unicode: told as set in the old face, not as typed in its encoding
    # (a paragraph whose letters all have a TCVN3 code, "1.2. Cá nhân", still reads as TCVN3)
    assert "font.legacy_face" in [f.rule for f in found], [(f.rule, f.text) for f in found]
    fix_file(tmp_path / "moi.docx", tmp_path / "sua.docx")
    fixed = docx.Document(str(tmp_path / "sua.docx")).element.body
    assert "Lạng Sơn, ngày 31 tháng 5 năm 2019" in [Paragraph(el, None).text
                                                    for el in fixed.iter(qn("w:p"))]


def test_unicode_text_set_in_a_legacy_font_is_told_apart_from_text_in_its_encoding(
        letter: Path, tmp_path: Path) -> None:
    """Round 15's Tiền Giang letter: VNI-Times on 81 runs, 21 of them holding Unicode text.
    The runs typed in VNI are told as such (--fix converts them), the Unicode runs set in the
    face apart (--fix sets Times New Roman and keeps their words), each with its own count."""
    from ntm_docgen.vietnamese.legacy import typed_in_unicode

    document = docx.Document(str(letter))
    body = [p for p in document.paragraphs if typed_in_unicode(p.text) and len(p.text) > 60]
    assert len(body) >= 2
    kept = [r._r for p in body for r in p.runs if r.text.strip()]  # held: an id alone may be
    # given again to another run's element once its own is gone
    texts = [p.text for p in body]
    document.save(str(tmp_path / "mixed.docx"))
    old = retyped(tmp_path / "mixed.docx", tmp_path / "old.docx", "vni")
    mixed = docx.Document(str(old))  # the body's runs put back in Unicode, their face kept
    originals = [r for p in document.paragraphs for r in p.runs]
    for run, source in zip([r for p in mixed.paragraphs for r in p.runs], originals,
                           strict=True):
        if any(source._r is run_kept for run_kept in kept):
            run._r.find(qn("w:t")).text = source.text
    mixed.save(str(old))
    every = int(next(f for f in check_file(retyped(letter, tmp_path / "all.docx", "vni"))
                     if f.rule == "font.legacy").found.split(", ")[1].split()[0])
    found = {f.rule: f for f in check_file(old)}
    assert sorted(found) == ["font.legacy", "font.legacy_face"]
    typed = int(found["font.legacy"].found.split(", ")[1].split()[0])
    faced = int(found["font.legacy_face"].found.split(", ")[1].split()[0])
    assert (typed + faced, faced > 1) == (every, True)  # the same runs, told apart
    result = fix_file(old, tmp_path / "new.docx")
    assert result.after == []
    fixed = docx.Document(str(tmp_path / "new.docx"))
    assert all(text in [p.text for p in fixed.paragraphs] for text in texts)
