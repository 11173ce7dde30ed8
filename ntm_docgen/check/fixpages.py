"""What --fix did to the pages, as LibreOffice lays the letter out before and after: a letter
made longer, or its signer's name moved to a page apart from the letter's text (the top margin
set from 10 to 20 mm pushed a signer's name alone onto page 2)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ntm_docgen.check.findings import Finding
from ntm_docgen.check.locate import locate
from ntm_docgen.check.reader import open_docx
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import _

#: the last words of the text, looked for on the pages: enough to be the text's, few enough to
#: stay on one line's end
_WORDS = 6


def laid_out(docx: bytes) -> list[str] | None:
    """The text of each page LibreOffice prints of the Word file ``docx``, its spaces folded,
    in NFC; None when LibreOffice cannot lay it out (not there, or the file refused)."""
    from ntm_docgen.files.pdf import pdf_bytes

    try:
        return page_texts(pdf_bytes(docx))
    except DocgenError:
        return None


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page of ``pdf``, its spaces folded, in NFC."""
    import pypdfium2 as pdfium

    from ntm_docgen.files.pages import PDFIUM

    texts = []
    with PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            for page in document:
                textpage = page.get_textpage()
                texts.append(_folded(textpage.get_text_range()))
                textpage.close()
        finally:
            document.close()
    return texts


def moved(letter_docx: bytes, fixed: Path) -> Finding | None:
    """A lưu ý when the repaired letter ``fixed`` prints on more pages than the letter did
    (``letter_docx``: its Word file before the repair) or prints its signer's name on a later
    page than its text's last words where the letter printed them on one page; None when
    neither, or when LibreOffice cannot lay it out. The letter before the repair is laid out
    only when the repaired one runs past a page (a repaired letter of one page moved nothing
    apart and grew no longer): one layout for most letters, not two."""
    after = laid_out(fixed.read_bytes())
    if after is None or len(after) < 2:
        return None
    before = laid_out(letter_docx)
    if before is None:
        return None
    letter = locate(open_docx(fixed))
    body = [p.clean for p in letter.body if p.clean]
    name = _folded(letter.ho_ten.clean) if letter.ho_ten is not None else ""
    words = _folded(" ".join(body[-1].split()[-_WORDS:])) if body else ""
    was, now = ((_last(pages, name), _last(pages, words)) for pages in (before, after))
    if name and words and now[0] is not None and now[1] is not None and now[0] > now[1] and \
            was[0] is not None and was[0] == was[1]:
        found = _("after the repair the signer's name prints on page {page}, apart from the "
                  "last lines of the text on page {text}").format(page=now[0], text=now[1])
        note = _("{found}: the repair set what the decree asks (margins, type, spacing) and "
                 "the lines moved down. Open the repaired file and bring the signature back: "
                 "take out an empty line above the signature, or make the space between "
                 "paragraphs smaller, not under the decree's 6 pt; keep the decree's margins")
    elif len(after) > len(before):
        found = _("after the repair the letter prints on {after} pages, not {before}").format(
            after=len(after), before=len(before))
        note = _("{found}: what the decree asks (margins, type, spacing) takes more room. Look "
                 "over the repaired file's pages before printing: where a table, a box or the "
                 "signature now breaks onto the next page, make the space between paragraphs "
                 "smaller (not under the decree's 6 pt) or take out empty lines; keep the "
                 "decree's margins")
    else:
        return None
    return Finding("page.fix_pages", _("the repaired letter"), "", found,
                   _("the signature on the page of the text's last lines, the letter no longer "
                     "than it was"), None, note=note.format(found=found))


def _last(pages: list[str], text: str) -> int | None:
    """The last page (from 1) that prints ``text``."""
    hits = [n for n, page in enumerate(pages, start=1) if text and text in page]
    return hits[-1] if hits else None


def _folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())
