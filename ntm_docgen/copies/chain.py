"""Which copy may be made of an original that is a copy itself (Điều 25 of Nghị định 30/2020):
a SAO Y and a TRÍCH SAO are made of the bản gốc or bản chính, a SAO LỤC of a sao y. The one
rule for the command line and the desk: the copy blocks an original carries are read from its
text (a paper block's form word and its ``Số:`` line, an electronic copy's one line), and a copy
that the decree does not make of them is refused, naming the block found."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ntm_docgen.errors import InputFileError
from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import N_, said, shortened
from ntm_docgen.letter.spec import BanSao
from ntm_docgen.vietnamese.loai import copy_codes, old_code
from ntm_docgen.vietnamese.text import nfc, strip_diacritics, upper_vi

#: A copy block's number line: ``Số: 12/SY-VP`` (the copies' own codes, an old ``TS`` too).
_SO = re.compile(r"^\s*S[^\W\d_]?\s*:\s*(\d{1,6})\s*/\s*([A-Za-z]{2,3})\b(-\S+)?")
#: A copy block's number line left blank or dotted: ``Số:      /SY-VP``, ``Số: ..../SY-...``.
_BLANK = re.compile(r"^\s*S[^\W\d_]?\s*:[\s.…_]*/\s*([A-Za-z]{2,3})\b(?:-\S*)?(?=\s|$)")
#: The lines quoted of a scan where no block was read: the end of its last page.
QUOTED_LINES = 6

Pages = Callable[[], Iterable[Sequence[str]]]
#: A scan's pages read by OCR, as they are asked for: (page number, its lines).
Scans = Callable[[], Iterable[tuple[int, Sequence[str]]]]


@dataclass(frozen=True)
class Block:
    """A copy block found on an original: its form (``SAO Y``, ``SAO LỤC``, ``TRÍCH SAO``)
    and its number as printed (``12/SY-VP``), None where none was read beside it (an
    electronic copy's block has none)."""

    form: str
    so: str | None = None
    #: its ``Số:`` line as printed where the line holds no number (blank or dotted)
    blank: str | None = field(default=None, repr=False)

    def named(self) -> str:
        if self.so:
            return said(N_("a {form} block “Số: {so}”"), form=self.form, so=self.so)
        if self.blank:
            return said(N_("a {form} block whose Số line holds no number (“{line}”)"),
                        form=self.form, line=self.blank)
        return said(N_("a {form} block with no Số line"), form=self.form)


def form_of(text: str) -> str | None:
    """The form a line names when it is a copy block's form word, else None; an electronic
    copy's one line names it first (``SAO Y; UBND TỈNH X;``).

    >>> [form_of(x) for x in ("SAO Y BẢN CHÍNH", " Sao  y ", "SAO LỤC.", "Sao y; UBND X;",
    ...                       "Trích sao", "Sao y văn bản này")]
    ['SAO Y', 'SAO Y', 'SAO LỤC', 'SAO Y', 'TRÍCH SAO', None]
    """
    said_first = " ".join(nfc(text).split(";")[0].split()).strip(" .:")
    key = strip_diacritics(upper_vi(said_first))
    for form, words in load_data("ban_sao.yaml")["dau"].items():
        if key in {strip_diacritics(upper_vi(w)) for w in words}:
            return str(form)
    return None


def _numbered(text: str) -> Block | None:
    """A copy's ``Số:`` line as a block of the form its code names, else None.

    >>> _numbered("Số: 12/SY-VP Lạng Sơn, ngày 06"), _numbered("Số: 01/KH-UBND")
    (Block(form='SAO Y', so='12/SY-VP'), None)
    """
    found = _SO.match(nfc(text))
    if found is None:
        return None
    codes = {code.upper(): form for form, code in copy_codes().items()}
    code = found[2]
    form = codes.get(code.upper()) or codes.get((old_code(code) or "").upper())
    return Block(form, f"{found[1]}/{code}{found[3] or ''}") if form else None


def blocks_in(page: Sequence[str]) -> list[Block]:
    """The copy blocks of a page's lines, in the order found: each form word with the number
    line of its form nearest to it, and a copy's number line on its own.

    >>> blocks_in(["VĂN PHÒNG", "SAO Y", "Số: 12/SY-VP", "SAO LỤC", "Số: 3/SL-UBND"])
    [Block(form='SAO Y', so='12/SY-VP'), Block(form='SAO LỤC', so='3/SL-UBND')]
    >>> blocks_in(["Số: 12/SY-VP", "SAO Y", "Số: 14/SY-VP"])  # two as near: the first
    [Block(form='SAO Y', so='12/SY-VP'), Block(form='SAO Y', so='14/SY-VP')]
    >>> blocks_in(["Mẫu bản sao:", "SAO Y", "Số: ..../SY-...", "Nơi nhận:", "- Lưu: VT."])
    []
    >>> [(b.form, b.so, b.blank) for b in blocks_in(["Nơi nhận:", "- Lưu: VT.", "VĂN PHÒNG",
    ...                                              "SAO Y", "Số:    /SY-VP"])]
    [('SAO Y', None, 'Số: /SY-VP')]
    """
    numbers = [(i, b) for i, b in enumerate(map(_numbered, page)) if b is not None]
    forms = [form_of(line) for line in page]
    # a form word with no number of its form beside it is a block where nothing else can be:
    # the words of a block's own form dictionary, an electronic copy's line, or after the
    # letter's own Nơi nhận (a letter's text may show the forms, a guidance on copies does)
    ended = next((i for i, line in enumerate(page) if _ends_letter(line)), len(page))
    alone = all(forms)
    found: list[Block] = []
    for index, (line, form) in enumerate(zip(page, forms, strict=True)):
        if form is None:
            continue
        near = min(((abs(i - index), b) for i, b in numbers if b.form == form),
                   key=lambda pair: pair[0], default=None)
        if near is not None and near[0] <= 6:
            found.append(near[1])
        elif alone or ";" in line or index > ended:
            found.append(Block(form, blank=_blank_near(page, index, form)))
    return list(dict.fromkeys([*found, *(b for _i, b in numbers)]))


def _blank_near(page: Sequence[str], index: int, form: str) -> str | None:
    """The ``Số:`` line of ``form``'s code that holds no number, within 6 lines of its form
    word at ``index``, as printed (its spaces as one); None when there is none.

    >>> _blank_near(["SAO Y", "Số: ..../SY-...", "Số: 3/SL-VP"], 0, "SAO Y")
    'Số: ..../SY-...'
    >>> _blank_near(["SAO LỤC", "Số:      /SY-VP"], 0, "SAO LỤC") is None
    True
    """
    codes = {code.upper(): name for name, code in copy_codes().items()}
    for line in page[max(0, index - 6):index + 7]:
        found = _BLANK.match(nfc(line))
        if found and (codes.get(found[1].upper())
                      or codes.get((old_code(found[1]) or "").upper())) == form:
            return " ".join(line.split())
    return None


def _ends_letter(line: str) -> bool:
    """The Nơi nhận label that closes a letter (``Nơi nhận:``, read or typed).

    >>> _ends_letter("Nơi nhận:"), _ends_letter(" NOI NHAN :"), _ends_letter("Nơi nhận bản sao")
    (True, True, False)
    """
    return strip_diacritics(upper_vi(" ".join(nfc(line).split()))).replace(" :", ":") \
        == "NOI NHAN:"


def check_chain(path: Path, ban_sao: BanSao, ends: Pages, rest: Pages = lambda: (),
                scans: Scans | None = None) -> list[str]:
    """Refuse a copy the decree does not make of ``path``: a SAO Y or a TRÍCH SAO of a copy,
    a SAO LỤC of a SAO LỤC or a TRÍCH SAO, or of an original that carries no SAO Y block.
    ``ends`` gives the lines of the pages where a copy puts its block (the last, the first),
    ``rest`` the others, read only for a SAO LỤC until its SAO Y is found; ``scans`` the
    pages with no text to read, read by OCR for a SAO LỤC whose text shows no SAO Y, until
    it is found. What to tell the clerk of the SAO Y a SAO LỤC copies: its block read by
    OCR, its Số line holding no number."""
    form = ban_sao.hinh_thuc
    found = [b for page in ends() for b in blocks_in(page)]
    read: list[tuple[int, Sequence[str]]] = []
    if form == "SAO LỤC":
        pages = iter(rest())
        while not _sao_y(found) and (page := next(pages, None)) is not None:
            found += blocks_in(page)
        scanned = iter(scans() if scans is not None else ())
        while not _sao_y(found) and (one := next(scanned, None)) is not None:
            read.append(one)
            found += blocks_in(one[1])
    _judge(path, form, _once(found), read)
    notes = _unnumbered(path, found) if form == "SAO LỤC" else []
    if not read:
        return notes
    number, lines = read[-1]
    return [said(N_("{name}: the SAO Y block was read by OCR on page {page} of the scan "
                    "({block}): check it against the paper before the SAO LỤC is signed"),
                 name=path.name, page=number, block=next(b for b in _once(blocks_in(lines))
                                                         if b.form == "SAO Y").named()),
            *notes]


def _unnumbered(path: Path, found: list[Block]) -> list[str]:
    """What to tell of a SAO LỤC made of a sao y whose ``Số:`` line holds no number: the SAO
    LỤC's block cites the sao y's number (Điều 25 of Nghị định 30, Phụ lục I), and a sao y
    without one was never issued as such."""
    sao_y = [b for b in _once(found) if b.form == "SAO Y"]
    blank = next((b for b in sao_y if b.blank), None)
    if blank is None or any(b.so for b in sao_y):
        return []
    return [said(N_("{name}: the sao y it copies has no number: it carries {block}, and a SAO "
                    "LỤC is made of a sao y as issued, whose number it cites (Điều 25): ask the "
                    "office that made the sao y for the numbered one, or check the paper, "
                    "before the SAO LỤC is signed"), name=path.name, block=blank.named())]


def _sao_y(found: list[Block]) -> bool:
    return any(b.form == "SAO Y" for b in found)


def _once(found: list[Block]) -> list[Block]:
    """Each block once, one read without a number left out where its form was read with one
    (a form word found apart from its page's text, in the block's own form dictionary)."""
    numbered = {b.form for b in found if b.so}
    return list(dict.fromkeys(b for b in found if b.so or b.form not in numbered))


def _judge(path: Path, form: str, found: list[Block], read: list[tuple[int, Sequence[str]]]
           ) -> None:
    forms = list(load_data("ban_sao.yaml")["dau"])  # in the order copies are made
    named = [b.named() for b in sorted(found, key=lambda b: forms.index(b.form))]
    blocks = "".join(named) if len(named) < 2 else said(
        N_("{blocks} and {last}"), blocks=", ".join(named[:-1]), last=named[-1])
    kinds = {b.form for b in found}
    if form == "TRÍCH SAO" and found:
        raise InputFileError(path, said(N_(
            "is a copy: it carries {blocks}, and a TRÍCH SAO is made only from the original "
            "(bản gốc or bản chính): ask the office that issued the letter for its original, "
            "and make the TRÍCH SAO from that"), blocks=blocks))
    if "TRÍCH SAO" in kinds:
        raise InputFileError(path, said(N_(
            "is a TRÍCH SAO, an extract of a letter: it carries {blocks}, and a {form} copies a "
            "whole letter (a SAO Y the original, a SAO LỤC a sao y of it): ask the office that "
            "issued the letter for its original"), blocks=blocks, form=form))
    if "SAO LỤC" in kinds:
        raise InputFileError(path, said(N_(
            "is already a SAO LỤC: it carries {blocks}, and no copy is made of a SAO LỤC (a "
            "SAO LỤC is made of a sao y, a SAO Y of the original): make the copy from the sao "
            "y this SAO LỤC was made from, or from the original"), blocks=blocks))
    if form == "SAO Y" and found:
        raise InputFileError(path, said(N_(
            "is already a sao y: it carries {blocks}, and a SAO Y copies only the original "
            "(bản gốc or bản chính); a copy of a sao y is a SAO LỤC: set hinh_thuc: SAO LỤC"),
            blocks=blocks))
    if form != "SAO LỤC" or "SAO Y" in kinds:
        return
    if read:
        number, lines = read[0]
        end = [shortened(x) for x in lines if x.strip()][-QUOTED_LINES:]
        raise InputFileError(path, said(N_(
            "carries no SAO Y block that OCR could read: page {page} of the scan ends with "
            "{lines}, where a paper copy's block stands; a SAO LỤC is made only from a sao y: "
            "if the paper shows a SAO Y block there, scan it again straight and clear (300 "
            "dpi) and copy that scan; else copy the original with hinh_thuc: SAO Y"),
            page=number, lines="; ".join(f"“{x}”" for x in end) or "“”"))
    raise InputFileError(path, said(N_(
        "carries no SAO Y block, and a SAO LỤC is made only from a sao y: copy the original with "
        "hinh_thuc: SAO Y instead, or give the SAO Y copy as ORIGINAL")))


def refuse_scanned_copy(path: Path, block: Block) -> None:
    """Refuse a TRÍCH SAO of a scan on which OCR read a copy block (the reading made for the
    extract): the text layer's rule (:func:`_judge`), told as read by OCR."""
    raise InputFileError(path, said(N_(
        "is a copy: OCR read {block} on the scan, and a TRÍCH SAO is made only from the "
        "original (bản gốc or bản chính): check the paper; if it carries that block, ask the "
        "office that issued the letter for its original, and make the TRÍCH SAO from that"),
        block=block.named()))


def check_pdf(path: Path, ban_sao: BanSao) -> list[str]:
    """:func:`check_chain` of a PDF original: its text layer, a scan's pages by OCR."""
    from ntm_docgen.copies.pdftext import end_pages, middle_pages
    from ntm_docgen.copies.scanblock import scanned_pages

    return check_chain(path, ban_sao, lambda: end_pages(path), lambda: middle_pages(path),
                lambda: scanned_pages(path))
