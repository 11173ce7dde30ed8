"""Unicode typed under an old font's name (``.VnTime``, ``VNI-Times``) whose letters all have a
code in the old table (``Cá nhân``, ``Tân Hòa``): read as typed by check and by import, never
as the old encoding (``Cỏ nhõn``), and --fix leaves its words; text in the old encoding is still
converted (tests/test_check_legacy.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from ntm_docgen import api
from ntm_docgen.check import check_file, fix_file
from ntm_docgen.importer.docxtext import paragraph_text
from ntm_docgen.importer.legacy import RunFonts

EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "examples" / \
    "003-huong-dan-106-snv-lang-son.yaml"
FONT = {"tcvn3": ".VnTime", "vni": "VNI-Times"}
#: Paragraphs typed in Unicode whose letters all have a TCVN3 and a VNI code.
#: ``Hà Anh Tú`` reads ``Hà Anh Tỳ`` in TCVN3, a word as common as ``Tú``.
SHORT = ["1.2. Cá nhân", "Tân Hòa", "Lâm Đồng", "Lâm", "Trung bình", "Khá", "Hà Anh Tú"]


def _set(run, font: str, slots=("w:ascii", "w:hAnsi", "w:cs")) -> None:
    fonts = run.get_or_add_rPr().get_or_add_rFonts()
    for slot in slots:
        fonts.set(qn(slot), font)


def _letter(tmp_path: Path, pieces: list[list[tuple[str, str]]]) -> Path:
    """A rendered letter with a paragraph of each list of (text, font) runs added before its
    body's first paragraph."""
    out = tmp_path / "hd.docx"
    api.render(api.load_spec(EXAMPLE), out, today=date(2026, 3, 5))
    document = docx.Document(str(out))
    anchor = next(p for p in document.paragraphs if p.text.startswith("Căn cứ"))
    for runs in pieces:
        paragraph = anchor.insert_paragraph_before("")
        for text, font in runs:
            _set(paragraph.add_run(text)._r, font)
    document.save(str(out))
    return out


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_short_unicode_paragraphs_in_an_old_font_keep_their_words(tmp_path: Path,
                                                                  encoding: str) -> None:
    """``1.2. Cá nhân`` set in .VnTime was read ``1.2. Cỏ nhõn`` and --fix wrote it so."""
    letter = _letter(tmp_path, [[(text, FONT[encoding])] for text in SHORT])
    found = {f.rule: f for f in check_file(letter)}
    assert "font.legacy" not in found, found["font.legacy"].message
    assert found["font.legacy_face"].found.startswith(f"{FONT[encoding]} ({encoding}), 7 runs")
    fix_file(letter, tmp_path / "sua.docx")
    texts = [p.text for p in docx.Document(str(tmp_path / "sua.docx")).paragraphs]
    assert all(text in texts for text in SHORT), texts


def test_the_tien_giang_pattern_is_read_as_unicode(tmp_path: Path) -> None:
    """Round 15's Tiền Giang 241: its Normal style sets VNI-Times, Word drew the letters the
    face lacks in Times New Roman ("Ph|ụ| l|ụ|c II - M|ẫ|u s|ố| 01"): the 60 runs in VNI-Times
    between them are Unicode like the 21 whole paragraphs, not the old encoding."""
    vni, tnr = "VNI-Times", "Times New Roman"
    cut = [("Ph", vni), ("ụ", tnr), (" l", vni), ("ụ", tnr), ("c II - ", vni), ("M", vni),
           ("ẫ", tnr), ("u s", vni), ("ố", tnr), (" 01", vni)]
    whole = [("Tôi xin chịu trách nhiệm về tính chính xác, hợp pháp của hồ sơ.", vni)]
    letter = _letter(tmp_path, [cut, whole, [("1.2. Cá nhân", vni)]])
    found = {f.rule: f for f in check_file(letter)}
    assert "font.legacy" not in found, found["font.legacy"].message
    assert found["font.legacy_face"].found == f"{vni} (vni), 8 runs typed in Unicode"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_import_reads_them_as_typed(tmp_path: Path, encoding: str) -> None:
    """import and derive read a Word file's runs as check does: the short paragraphs as
    typed; a run whose old font is named for complex scripts only (``w:cs``, the Lâm Đồng Tổ
    giúp việc decision of round 16: "Cá|c" with ".VnTime" in w:cs beside Arial) is drawn in the
    style's Unicode font and read as typed too; text in the old encoding is converted."""
    document = docx.Document()
    for text in SHORT:
        _set(document.add_paragraph().add_run(text)._r, FONT[encoding])
    paragraph = document.add_paragraph()
    paragraph.add_run("C")
    _set(paragraph.add_run("á")._r, ".VnTime", ("w:cs",))
    paragraph.add_run("c xã")
    old = {"tcvn3": "Uû ban nh©n d©n tØnh", "vni": "UÛy ban nhaân daân tænh"}[encoding]
    _set(document.add_paragraph().add_run(old)._r, FONT[encoding])
    document.save(str(tmp_path / "moi.docx"))
    document = docx.Document(str(tmp_path / "moi.docx"))
    fonts = RunFonts(document.part._styles_part.element)
    texts = [paragraph_text(p._p, fonts) for p in document.paragraphs]
    assert texts == [*SHORT, "Các xã", "Uỷ ban nhân dân tỉnh" if encoding == "tcvn3"
                     else "Ủy ban nhân dân tỉnh"]


#: A letter's paragraphs in TCVN3 (read as the old encoding), and a name no dictionary holds:
#: ``NguyÔn Minh An`` and ``Nguyễn Minh An`` weigh the same.
TCVN3_BODY = ["Uû ban nh©n d©n tØnh ®Ò nghÞ c¸c x· b¸o c¸o kÕt qu¶.",
              "C¸c c¬ quan, ®¬n vÞ thùc hiÖn nghiªm tóc."]


def test_a_name_that_weighs_the_same_either_way_follows_the_letter(tmp_path: Path) -> None:
    """A signer's name in a TCVN3 letter (``NguyÔn Minh An``) was left unconverted by --fix and
    read ``Nguy Ôn Minh An`` by import: neither reading is in the dictionary, and a tie said
    "Unicode". Now it tells nothing, and the paragraph goes with the rest of the letter.
    A line whose both readings are listed words is weighed by how common they are: the number
    line ``Sè: 106`` is ``Số: 106``, a Unicode name ``Lê Quang Trí`` under .VnTime stays (not
    ``Lờ Quang Trớ``, which following the letter wrote)."""
    letter = _letter(tmp_path, [[(text, ".VnTime")] for text in TCVN3_BODY]
                     + [[("NguyÔn Minh An", ".VnTime")], [("tt", ".VnTimeH")],
                        [("Sè: 106/HD-SNV", ".VnTime")], [("Lê Quang Trí", ".VnTime")]])
    fix_file(letter, tmp_path / "sua.docx")
    texts = [p.text for p in docx.Document(str(tmp_path / "sua.docx")).paragraphs]
    wanted = {"Nguyễn Minh An", "TT", "Số: 106/HD-SNV", "Lê Quang Trí"}
    assert wanted <= set(texts), texts
    document = docx.Document(str(letter))
    fonts = RunFonts(document.styles.element)
    read = [paragraph_text(p._p, fonts) for p in document.paragraphs]
    assert wanted <= set(read), read
