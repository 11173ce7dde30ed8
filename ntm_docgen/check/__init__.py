"""Check a DOCX against the layout rules of Nghị định 30/2020 (contract §6); fix the mechanical."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ntm_docgen.check.appendices import name_appendices
from ntm_docgen.check.findings import Finding, rules, to_json, to_text
from ntm_docgen.check.fixpages import moved
from ntm_docgen.check.locate import Letter, locate
from ntm_docgen.check.locate_copy import find_copies
from ntm_docgen.check.named import name_lines
from ntm_docgen.check.reader import Document, UnreadableDocxError, open_docx
from ntm_docgen.check.rules_blank import check_blank_end
from ntm_docgen.check.rules_body import check_body
from ntm_docgen.check.rules_cited import cited_dates
from ntm_docgen.check.rules_content import check_content
from ntm_docgen.check.rules_copy import check_copies
from ntm_docgen.check.rules_dates import before_cited
from ntm_docgen.check.rules_font import check_font
from ntm_docgen.check.rules_frames import check_frames
from ntm_docgen.check.rules_head import check_head
from ntm_docgen.check.rules_page import check_page, check_page_numbers
from ntm_docgen.check.rules_place import check_places
from ntm_docgen.check.rules_points import check_points
from ntm_docgen.check.rules_revisions import check_revisions
from ntm_docgen.check.rules_scope import out_of_scope
from ntm_docgen.check.rules_sign import check_sign
from ntm_docgen.check.rules_sign_axis import check_axis
from ntm_docgen.check.rules_signed import check_signed
from ntm_docgen.check.rules_typed import check_typed
from ntm_docgen.errors import DocgenError
from ntm_docgen.files import officein
from ntm_docgen.files.misnamed import refused
from ntm_docgen.files.output import write_with
from ntm_docgen.files.remotetemplate import save_word
from ntm_docgen.i18n import N_, _
from ntm_docgen.vietnamese.loai import split_heading

__all__ = ["DOCX_ONLY", "Finding", "FixResult", "NotWordFileError", "UnreadableDocxError",
           "as_word", "check_document", "check_file", "comment_file", "fix_file", "to_json",
           "to_text"]


#: What check says of a PDF given to it, under any name.
DOCX_ONLY = N_("check reads Word files (.docx, and .doc, .rtf, .odt through LibreOffice): save "
               "the letter as .docx in Word or LibreOffice, or check the .docx the PDF was made "
               "from")


class NotWordFileError(DocgenError):
    """Raised when check is given a PDF, whatever its name: it reads Word files."""

    def __init__(self, path: Path):
        self.path = path
        super().__init__(_("{path} is a {kind} file; {what}").format(path=path, kind="PDF",
                                                                    what=_(DOCX_ONLY)))


def check_document(doc: Document) -> list[Finding]:
    """Every finding for an opened document, in the order of the page."""
    copies = find_copies(doc)
    letter: Letter = locate(doc, copies[0].start if copies else None)
    party = out_of_scope(letter)
    if party is not None:  # a letter of the Đảng: its own rules, none of the decree's
        return [party]
    found = [*check_page(doc, letter.phu_luc_rieng), *check_font(doc), *check_head(letter),
             *check_places(letter), *check_content(letter), *before_cited(letter),
             *cited_dates(letter), *check_body(letter), *check_typed(letter), *check_points(letter),
             *check_sign(letter), *check_axis(letter), *check_signed(letter), *check_frames(letter),
             *check_page_numbers(doc, _end(letter)), *check_blank_end(doc),
             *check_copies(copies)]
    found[:0] = check_revisions(doc)  # the file's markup: before what is read of its page
    name_appendices(doc, found, _end(letter))
    name_lines(doc, found)
    if letter.nhom == "noi_bo":  # an internal form: dated and signed in its own table
        return [f for f in found if f.rule not in rules()["noi_bo_not_looked_for"]]
    if letter.kem_theo:  # a text a decision issues: numbered, dated and signed by the decision
        found = [f for f in found if f.rule not in rules()["kem_theo"]["not_looked_for"]]
    if letter.phu_luc_rieng:  # a phụ lục of its own: the decision's first page has the header
        found = [f for f in found if f.rule not in rules()["kem_theo"]["phu_luc_not_looked_for"]]
    heading = split_heading(letter.ten_loai.clean) if letter.ten_loai is not None else None
    if heading is not None and heading.ten in rules()["trao_tay"]["ten"]:
        # a certificate or an award on its ministry's form, handed to its holder
        return [f for f in found if f.rule not in rules()["trao_tay"]["not_looked_for"]]
    return found


def _end(letter: Letter) -> int | None:
    """The index of the letter's last paragraph: its signer's name or its last recipient."""
    ends = [line.para.index for line in (letter.ho_ten, *letter.noi_nhan_items[-1:])
            if line is not None]
    return max(ends) if ends else None


def check_file(path: Path | str) -> list[Finding]:
    """Open ``path`` and check it; UnreadableDocxError when it is not a DOCX. A .doc, .rtf or
    .odt is checked as the .docx LibreOffice makes of it."""
    with as_word(path) as docx:
        return check_document(open_docx(docx))


@contextlib.contextmanager
def as_word(path: Path | str) -> Iterator[Path]:
    """``path`` itself, or for a .doc, .rtf or .odt the .docx LibreOffice makes of it (its
    errors naming ``path``); the original is never written. A PDF, whatever its name, is
    refused saying what check reads."""
    path = Path(path)
    with contextlib.suppress(OSError), path.open("rb") as handle:
        if officein.content_kind(handle.read(8)) == "pdf":
            raise NotWordFileError(path)
    if (other := refused(path, (".docx", *officein.SUFFIXES))) is not None:
        raise other  # empty, locked, or another kind under a Word file's name
    if path.suffix.lower() not in officein.SUFFIXES:
        yield path
        return
    with officein.as_docx(path) as docx:
        yield docx


@dataclass(frozen=True)
class FixResult:
    """What ``fix_file`` did: the findings before, the indexes fixed, the findings left."""

    before: list[Finding]
    fixed: set[int]
    after: list[Finding]
    #: False when nothing was fixed and ``out`` was left unwritten (``only_fixed``)
    written: bool = True


def fix_file(path: Path | str, out: Path | str, force: bool = False,
             only_fixed: bool = False) -> FixResult:
    """Repair the mechanical findings of ``path`` into ``out``; the text is left as it is (a
    .doc, .rtf or .odt: its .docx repaired, so ``out`` is a .docx and the original untouched).
    With ``only_fixed``, ``out`` is written only when a finding was fixed: a copy the same as
    the letter would pass for a repaired one."""
    with as_word(path) as docx:
        doc = open_docx(docx, split_lines=True)
        before = check_document(doc)
        fixed = set()
        for i, finding in enumerate(before):
            if finding.fix is not None:
                finding.fix()
                fixed.add(i)
        if only_fixed and not fixed:
            return FixResult(before, fixed, before, written=False)
        letter = Path(docx).read_bytes() if fixed else None  # laid out after, if needed
        write_with(out, lambda tmp: save_word(doc.doc, tmp), force=force)
    if any(before[i].rule.endswith(".rule_length") for i in fixed):
        # a rule drawn to its line's width in the old type: drawn again on the letter read
        # again, its line now in the type the decree asks (a review: the trích yếu's rule was
        # left at 17 mm under a line of 91)
        again = open_docx(out, split_lines=True)
        redrawn = [f.fix for f in check_document(again)
                   if f.fix is not None and f.rule.endswith(".rule_length")]
        for redraw in redrawn:
            redraw()
        if redrawn:
            write_with(out, lambda tmp: save_word(again.doc, tmp), force=True)
    after = check_file(out)
    if letter is not None and (told := moved(letter, Path(out))) is not None:
        after.append(told)  # the repair moved the signature away or made the letter longer
    # a repair counts where the letter read again no longer has the finding: a rule under a
    # line set in another type can still be off once the type is mended (a black-box run was
    # told "fixed 9 of 9" above the one left); a finding is known by what it requires too:
    # the right margin left as it was does not make the top margin set beside it unfixed
    left = {(f.rule, f.where, f.required) for f in after}
    return FixResult(before, {i for i in fixed if (before[i].rule, before[i].where,
                                                   before[i].required) not in left}, after)


def comment_file(path: Path | str, out: Path | str, force: bool = False) -> list[Finding]:
    """Check ``path`` and write ``out``: a copy with each finding as a Word comment."""
    from ntm_docgen.check.comments import write_comments

    with as_word(path) as docx:
        return write_comments(docx, out, check_document, force=force)
