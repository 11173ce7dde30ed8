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
from functools import partial
from pathlib import Path

import docx
from check_letter import paragraphs, retext, set_runs
from docx.enum.text import WD_ALIGN_PARAGRAPH
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


def _issuer(document):
    """The issuer's last line: the last line in capitals above the number, the Quốc hiệu aside."""
    paras = paragraphs(document)
    so = next(i for i, p in enumerate(paras) if re.match(r"Số\s*:", p.text.strip()))
    return [p for p in paras[:so] if p.text.strip() and p.text.strip().isupper()
            and not p.text.strip().startswith(("CỘNG H", "ĐỘC LẬP"))][-1]


def _title(document, label: dict, after: int = 0):
    """The tên loại printed as the label's title, or the first line printed ``after`` it."""
    paras = [p for p in paragraphs(document) if p.text.strip()]
    at = next(i for i, p in enumerate(paras) if p.text.strip() == label["title"])
    return paras[at + after]


def _body_all(document, **layout) -> None:
    """Every paragraph of the body outside the tables, after the Kính gửi or the căn cứ, laid
    out with ``layout`` (paragraph_format attributes)."""
    first = _body_paragraph(document)._p
    paras = document.paragraphs
    body = paras[next(i for i, p in enumerate(paras) if p._p is first):]
    for para in body:
        for name, value in layout.items():
            setattr(para.paragraph_format, name, value)


def _person(piece: str) -> bool:
    """True when ``piece`` reads as a person's name: two to five words, each a capital then
    small letters ("Nguyễn Văn Hiệp")."""
    words = piece.split()
    return 2 <= len(words) <= 5 and all(w.isalpha() and w[0].isupper() and w[1:].islower()
                                        for w in words)


def _signer(document):
    """The paragraph holding the signer's name and the name: the first line after the Nơi nhận
    label (in its table or typed beside its items) that reads as a person's name."""
    paras = paragraphs(document)
    start = next(i for i, p in enumerate(paras) if p.text.strip().startswith("Nơi nhận"))
    for para in paras[start:]:
        piece = re.split(r"[\t\n]", para.text.rstrip())[-1].strip()
        if _person(piece):
            return para, piece
    raise StopIteration


def _signer_runs(document):
    """The signer's name and the runs that print it (a run may hold the lines above it too)."""
    para, name = _signer(document)
    runs = [run for run in para.runs if run.text.strip() and
            (run.text.strip() in name or name in run.text)]
    if not runs:
        raise StopIteration
    return name, runs


def _signer_not_bold(document) -> None:
    name, runs = _signer_runs(document)
    if any(name in run.text and run.text.strip() != name for run in runs):
        raise StopIteration  # its run holds its title too: not plantable run by run
    for run in runs:
        run.font.bold = False


def _signer_in_capitals(document) -> None:
    name, runs = _signer_runs(document)
    for run in runs:
        run.text = run.text.replace(name, name.upper()) if name in run.text else run.text.upper()


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


def _numbers_removed(document) -> None:
    """The page numbers of a letter Word laid out on several pages taken away (its headers'
    paragraphs holding a PAGE field emptied)."""
    pages = re.search(r"<Pages>(\d+)</Pages>", next(
        (p.blob.decode("utf-8", "replace") for p in document.part.package.iter_parts()
         if p.partname == "/docProps/app.xml"), ""))
    if pages is None or int(pages[1]) < 2:
        raise StopIteration
    section, gone = document.sections[0], 0
    for header in (section.header, section.first_page_header, section.even_page_header):
        if header.is_linked_to_previous:
            continue
        for para in list(header._element.iter(qn("w:p"))):  # in content controls too
            if any("PAGE" in (t.text or "") for t in para.iter(qn("w:instrText"))):
                for child in [c for c in para if c.tag != qn("w:pPr")]:
                    para.remove(child)
                gone += 1
    if not gone:
        raise StopIteration


def _decomposed(document) -> None:
    para = _body_paragraph(document)
    for run in para.runs:
        run.text = unicodedata.normalize("NFD", run.text)


#: name: (change, the rules of which one must tell it, the letters it applies to (a label's
#: title), or None for every letter)
def _set_left(paragraph) -> None:
    """A header line set flush left in its table cell, its indents taken off (contract8 #9: a
    letter whose every paragraph is left-aligned); a line outside a cell, or one placed with
    tabs or spaces, is no such line (check judges a centred line by its cell)."""
    text = paragraph.text
    if paragraph._p.getparent().tag != qn("w:tc") or "\t" in text or text[:1].isspace():
        raise IndexError(text)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = Mm(0)


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
    "page-numbers-removed": (_numbers_removed, {"so_trang.missing"}, None),
    "signer-not-bold": (_signer_not_bold, {"ho_ten.bold"}, None),
    "signer-in-capitals": (_signer_in_capitals, {"ho_ten.case"}, None),
    "issuer-14pt": (lambda d: set_runs(_issuer(d), size=Pt(14)), {"co_quan.size"}, None),
    "tieu-ngu-12pt": (lambda d: set_runs(_find(d, r"^Độc lập"), size=Pt(12)),
                      {"tieu_ngu.size"}, None),
    "number-italic": (lambda d: set_runs(_find(d, r"^Số"), italic=True), {"so.italic"}, None),
    "number-without-zero": (_retext(r"^Số", r"(?<=:)\s*\d+\s*/", " 5/"), {"so.padding"}, None),
    "january-without-zero": (_retext(r",\s*ngày", r"tháng\s*\d+", "tháng 1"), {"ngay.month"},
                             None),
    "body-aligned-left": (lambda d: _body_all(d, alignment=WD_ALIGN_PARAGRAPH.LEFT),
                          {"body.justify"}, None),
    "body-no-indent": (lambda d: _body_all(d, first_line_indent=Mm(0), left_indent=Mm(0)),
                       {"body.indent"}, None),
    "body-no-spacing": (lambda d: _body_all(d, space_before=Pt(0), space_after=Pt(0)),
                        {"body.spacing"}, None),
    "can-cu-upright": (lambda d: set_runs(_find(d, r"^Căn cứ"), italic=False), {"can_cu.italic"},
                       "QUYẾT ĐỊNH"),
    "noi-nhan-item-bold": (lambda d: set_runs(_find(d, r"^- Như"), bold=True),
                           {"noi_nhan_item.bold"}, None),
    "quoc-hieu-not-bold": (lambda d: set_runs(_find(d, r"^CỘNG H"), bold=False),
                           {"quoc_hieu.bold"}, None),
    "date-without-place": (_retext(r",\s*ngày", r"^[^,]+,\s*ngày", "Ngày"), {"ngay.form"}, None),
    "kinh-gui-without-colon": (_retext(r"^Kính gửi", r"^Kính gửi\s*:", "Kính gửi"),
                               {"kinh_gui.form"}, None),
    "vv-without-its-mark": (_retext(r"^V/v", r"^V/v\s*", ""), {"vv.form", "ten_loai.missing"},
                            "vv"),
    "noi-nhan-without-colon": (_retext(r"^Nơi nhận", r"^Nơi nhận\s*:", "Nơi nhận"),
                               {"noi_nhan.text"}, None),
    "body-line-spacing-0.8": (lambda d: _body_all(d, line_spacing=0.8), {"body.line"}, None),
    "issuer-set-left": (lambda d: _set_left(_issuer(d)), {"co_quan.align"}, None),
    "tieu-ngu-set-left": (lambda d: _set_left(_find(d, r"^Độc lập")),
                          {"tieu_ngu.align"}, None),
}
#: Plants that need the letter's label: name: (change of the document and label, rules, title)
LABELLED = {
    "ten-loai-12pt": (lambda d, label: set_runs(_title(d, label), size=Pt(12)),
                      {"ten_loai.size"}),
    "ten-loai-not-bold": (lambda d, label: set_runs(_title(d, label), bold=False),
                          {"ten_loai.bold"}),
    "trich-yeu-not-bold": (lambda d, label: set_runs(_title(d, label, 1), bold=False),
                           {"trich_yeu.bold"}),
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
            plants = {**PLANTS, **{k: (partial(change, label=label), told, "named")
                                   for k, (change, told) in LABELLED.items()}}
            for plant, (change, told, title) in plants.items():
                if title == "named" and label.get("title") == "vv" or \
                        title not in (None, "named", label.get("title")):
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
