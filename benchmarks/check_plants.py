"""Departures planted in round 3's real letters, of kinds rounds 1-2 did not plant.

Each plant changes one element of a letter, found by its text as the page prints it, and names
the rules of which one must tell it. A plant is counted where it changes what the letter shows:
it is caught when a finding of one of its rules appears that the letter did not have (its
rule, place and what was found); it is not counted where the letter has no such element, or
where the letter already had that very finding (the departure was there before).
"""

from __future__ import annotations

import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

import docx
from check_letter import paragraphs, retext, set_runs
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from ntm_docgen.check import as_word, check_file

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"


def _find(document, pattern: str):
    return next(p for p in paragraphs(document) if re.search(pattern, p.text.strip()))


def _body_paragraph(document):
    """The first long paragraph of the body outside the tables, not bold (a trích yếu is): a
    paragraph of the content."""
    return next(p for p in document.paragraphs if len(p.text.strip()) > 120
                and not p.text.strip().startswith(("Căn cứ", "Kính gửi"))
                and not all(r.bold for r in p.runs if r.text.strip()))


def _retext(pattern: str, old: str, new):
    """A plant retyping the first paragraph matching ``pattern``: ``old`` replaced by ``new``
    (a string or a function of the match); nothing to plant where ``old`` is not there."""
    def change(document) -> None:
        para = _find(document, pattern)
        if not re.search(old, para.text):
            raise StopIteration
        retext(para, old, new)
    return change


def _red(document) -> None:
    for run in _body_paragraph(document).runs:
        run.font.color.rgb = RGBColor(0xC0, 0, 0)


def _rules_removed(document) -> None:
    """Every line drawn in the header table, its paragraph borders and typed rules taken away."""
    table = document.tables[0]._tbl if document.tables else None
    if table is None:
        raise StopIteration
    gone = 0
    for drawing in [*table.iter(qn("w:drawing")), *table.iter(qn("w:pict"))]:
        holder = next((a for a in drawing.iterancestors(MC)), drawing)
        if holder.getparent() is not None:
            holder.getparent().remove(holder)
            gone += 1
    for border in list(table.iter(qn("w:pBdr"))):
        border.getparent().remove(border)
        gone += 1
    for para in paragraphs(document):
        if para._p.getparent() is not None and re.fullmatch(r"[_\-–—\s]{4,}", para.text) \
                and next(para._p.iterancestors(qn("w:tbl")), None) is table:
            retext(para, r".+", "")
            gone += 1
    if not gone:
        raise StopIteration


def _number_on_page_1(document) -> None:
    section = document.sections[0]
    if not section.different_first_page_header_footer:
        raise StopIteration
    if not any("PAGE" in (t.text or "") for t in section.header._element.iter(qn("w:instrText"))):
        raise StopIteration
    section.different_first_page_header_footer = False


def _decomposed(document) -> None:
    para = _body_paragraph(document)
    for run in para.runs:
        run.text = unicodedata.normalize("NFD", run.text)


#: name: (change, the rules of which one must tell it, the letters it applies to (a label's
#: title), or None for every letter)
PLANTS = {
    "header-rules-removed": (_rules_removed, {"co_quan.rule", "tieu_ngu.rule"}, None),
    "tieu-ngu-not-bold": (lambda d: set_runs(_find(d, r"^Độc lập"), bold=False),
                          {"tieu_ngu.bold"}, None),
    "tieu-ngu-en-dashes": (_retext(r"^Độc lập", r" - (.+) - ", r" – \1 – "),
                           {"tieu_ngu.dash"}, None),
    "quoc-hieu-14pt": (lambda d: set_runs(_find(d, r"^CỘNG H"), size=Pt(14)),
                       {"quoc_hieu.size"}, None),
    "date-upright": (lambda d: set_runs(_find(d, r",\s*ngày"), italic=False), {"ngay.italic"},
                     None),
    "day-without-zero": (_retext(r",\s*ngày", r"ngày\s*\d*\s*tháng", "ngày 5 tháng"),
                         {"ngay.day"}, None),
    "number-without-colon": (_retext(r"^Số", r"^Số\s*:", "Số "), {"so.format"}, None),
    "ky-hieu-lower-case": (_retext(r"^Số", r"[A-ZĐ]{2,}(?=\s*$)", lambda m: m[0].lower()),
                           {"so.case", "so.format"}, None),
    "vv-bold": (lambda d: set_runs(_find(d, r"^V/v"), bold=True), {"vv.bold"}, "vv"),
    "kinh-gui-12pt": (lambda d: set_runs(_find(d, r"^Kính gửi"), size=Pt(12)),
                      {"kinh_gui.size"}, None),
    "noi-nhan-upright": (lambda d: set_runs(_find(d, r"^Nơi nhận"), italic=False),
                         {"noi_nhan.italic"}, None),
    "body-12pt": (lambda d: set_runs(_body_paragraph(d), size=Pt(12)), {"body.size"}, None),
    "body-red": (_red, {"font.color"}, None),
    "body-decomposed": (_decomposed, {"font.nfc"}, None),
    "letter-paper": (lambda d: (setattr(d.sections[0], "page_width", Mm(215.9)),
                                setattr(d.sections[0], "page_height", Mm(279.4))),
                     {"page.paper"}, None),
    "page-number-on-page-1": (_number_on_page_1, {"so_trang.first"}, None),
}


def _seen(path: Path) -> set[tuple[str, str, str]]:
    return {(f.rule, f.where, f.found) for f in check_file(path)}


def plant_round(folder: Path, labels: dict, letter_path) -> tuple[int, int, list[str]]:
    """Plant each departure in each letter of ``labels``: the number planted, those caught,
    and a line for each missed."""
    planted, caught, missed = 0, 0, []
    with tempfile.TemporaryDirectory() as tmp:
        for name, label in labels.items():
            base = Path(tmp) / f"{name}.docx"
            with as_word(letter_path(folder, name)) as word:
                shutil.copyfile(word, base)
            before = _seen(base)
            for plant, (change, told, title) in PLANTS.items():
                if title is not None and label.get("title") != title:
                    continue
                document = docx.Document(str(base))
                try:
                    change(document)
                except (StopIteration, IndexError):  # the letter has no such element
                    continue
                out = Path(tmp) / f"{name}-{plant}.docx"
                document.save(str(out))
                new = {rule for rule, *_ in _seen(out) - before}
                if new & told:
                    planted, caught = planted + 1, caught + 1
                elif any(rule in told for rule, *_ in before):
                    continue  # the letter told that departure before: nothing planted
                else:
                    planted += 1
                    missed.append(f"{name}: {plant}")
    return planted, caught, missed
