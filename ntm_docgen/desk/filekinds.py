"""The kinds of file the desk's jobs take, in a clerk's words: Word, PDF, a scan, a list, a
draft saved as a file; and where a file of another kind goes (contract13 #6)."""

from __future__ import annotations

from ntm_docgen.i18n import _

#: A photo or a scan saved as an image: a letter read by OCR.
IMAGES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
#: The kinds of file a clerk knows, each with its endings, in the order a message names them.
_KINDS = ((".docx", ".doc", ".rtf", ".odt"), (".pdf",), (".txt",), IMAGES, (".csv", ".xlsx"),
          (".yaml", ".yml", ".json"), (".p12", ".pfx"))


def _kind_name(endings: tuple[str, ...]) -> str:
    return {".docx": _("a Word file"), ".pdf": _("a PDF file"), ".txt": _("a plain text file"),
            ".png": _("a scan or photo"), ".csv": _("a list of recipients"),
            ".yaml": _("a draft saved as a file"),
            ".p12": _("a digital signature's certificate")}[endings[0]]


def kinds_said(kinds: tuple[str, ...]) -> str:
    """The kinds a job takes in a clerk's words, each with its endings (contract13 #6: a list
    of fifteen endings, “.yaml, .yml, .json” first, told her nothing).

    >>> kinds_said((".csv", ".txt", ".xlsx"))
    'a plain text file (.txt) or a list of recipients (.csv, .xlsx)'
    """
    named = []
    for endings in _KINDS:
        taken = [e for e in endings if e in kinds and e not in (".jpeg", ".tiff", ".yml")]
        if taken:
            named.append(f"{_kind_name(endings)} ({', '.join(taken)})")
    if not named:
        return ", ".join(kinds)
    return named[0] if len(named) == 1 else _("{some} or {last}").format(
        some=", ".join(named[:-1]), last=named[-1])


def is_what(suffix: str) -> str | None:
    """What a file of this ending is, in a clerk's words (None: of no kind the desk knows)."""
    if suffix == ".xls":
        return _("a list of recipients")
    return next((_kind_name(endings) for endings in _KINDS if suffix in endings), None)


def goes_to(suffix: str, kinds: tuple[str, ...]) -> str:
    """Where a file of another kind than the job's goes on the desk ("" when nowhere)."""
    if suffix == ".xls" and ".xlsx" in kinds:
        return _("A list saved by an old Excel (.xls) is read once saved again as .xlsx: open "
                 "it in Excel, File > Save As, Excel Workbook (.xlsx).")
    if suffix in (".csv", ".xlsx"):
        return _("A list of recipients is used in “Bulk letters”.")
    if ".json" in kinds and ".docx" not in kinds and suffix in _KINDS[0] + (".pdf", ".txt"):
        return _("A letter in Word or PDF is opened first with “Open a letter” in “Compose a "
                 "letter”: it is then among your drafts, to choose here.")
    if ".csv" in kinds and suffix not in (".yaml", ".yml", ".json"):
        return _("The letter sent to many is chosen above, among your drafts: open it first "
                 "with “Open a letter” in “Compose a letter”, then choose it here.")
    return ""


def posing_as(name: str | None, suffix: str, real: str, kinds: tuple[str, ...]) -> str:
    """The refusal of a file whose content is of the kind ``real`` (a picture) under a name of
    the kind ``suffix`` (.docx), which the job does not take either: what it takes instead,
    never to rename it to a kind it refuses too.

    >>> print(posing_as("anh.docx", ".docx", ".png", (".docx", ".pdf")))
    anh.docx is a scan or photo (.png) under the name of a Word file; this job takes a Word \
file (.docx) or a PDF file (.pdf). A scanned letter is taken as a PDF: save the scan as PDF \
(the scanner, or the phone's scanning app, saves it so), or choose the letter's Word file.
    """
    said = _("{name} is {what} ({real}) under the name of {named}; this job takes "
             "{kinds}.").format(name=name, what=is_what(real), real=real,
                                named=is_what(suffix) or suffix, kinds=kinds_said(kinds))
    if real in IMAGES and ".pdf" in kinds:
        said += " " + _("A scanned letter is taken as a PDF: save the scan as PDF (the "
                        "scanner, or the phone's scanning app, saves it so), or choose the "
                        "letter's Word file.")
    elif real in IMAGES and ".docx" in kinds:
        said += " " + _("A picture of a letter is not read here: choose the letter's Word "
                        "file.")
    return said
