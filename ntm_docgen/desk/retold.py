"""The library's messages that speak of the command line told in the desk's own words.

The library words a message for the command line: a spec file, an option (``--trich``), a
command (``ntm-docgen import``). On the desk the clerk has none of these, only the form, its
fields and the page; each such message the desk can show has here the desk's sentence, with the
same placeholders (a conversion such as ``!r`` left to the library's sentence). The library
keeps each such message as it said it (:class:`~ntm_docgen.i18n.Said`: its catalog id and
values), and :func:`told` says it again by that id: no text is read back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ntm_docgen.bulk.listcheck import ListProblems
from ntm_docgen.desk.retold_bulk import IN_A_ROW, ON_BULK
from ntm_docgen.desk.retold_derive import RETOLD_DERIVE
from ntm_docgen.desk.retold_form import RETOLD_FORM
from ntm_docgen.desk.retold_limits import RETOLD_LIMITS
from ntm_docgen.desk.retold_n import RETOLD_N
from ntm_docgen.errors import DocgenError, RowsError
from ntm_docgen.i18n import N_, Said, _

#: The library's sentence (its catalog id) -> the desk's, with the same placeholders.
RETOLD: dict[str, str] = {
    # a letter read into the form (Soạn văn bản: Mở), or re-laid for a TRÍCH SAO
    N_("these lines were read into no field and are not in the spec; add each one by hand "
       "where it belongs: {lines}"):
    N_("these lines were read into no field of the form; add each one by hand where it "
       "belongs: {lines}"),
    N_("so: the number is printed {so}{suffix} in “{line}”; a spec holds a whole number, so "
       "{so} was kept: write the “{suffix}” after it by hand"):
    N_("so: the number is printed {so}{suffix} in “{line}”; the Number field holds a whole "
       "number, so {so} was kept: write the “{suffix}” after it by hand"),
    N_("is not a spec: it should hold keys such as loai, co_quan, trich_yeu"):
    N_("is not a letter saved from the desk: such a file holds fields such as Type of "
       "document (loai), Issuing body (co_quan), Summary (trich_yeu)"),
    N_("the spec is empty; start from `ntm-docgen new KH`"):
    N_("the file is empty; start a new letter with “Compose a letter” instead"),
    N_("incomplete spec"): N_("incomplete letter"),
    N_("the tag !!{tag} is not read in a spec; write the value as plain text"):
    N_("the tag !!{tag} is not read in a letter's file; write the value as plain text"),
    N_("the text cannot be read from this place on; compare it with an example spec"):
    N_("the text cannot be read from this place on; compare it with a file saved from the "
       "desk"),
    N_("unknown type; use a Phụ lục III code (HD, KH, BC, QĐ, TB, TTr, GM, ...), its name, or "
       "CV for a công văn (`ntm-docgen types` lists them)"):
    N_("unknown type; choose one from the list “Type of document”"),
    # the letter's own warnings (Soạn văn bản)
    N_("ban_sao.hinh_thuc: a SAO LỤC is made from a sao y (Điều 25), and this letter is the "
       "original: use SAO Y, or `ntm-docgen copy` a SAO Y file"):
    N_("ban_sao.hinh_thuc: a SAO LỤC is made from a sao y (Điều 25), and this letter is the "
       "original: choose SAO Y, or make the SAO LỤC from a SAO Y file on the page “Copy a "
       "document”"),
    N_("noi_nhan[{index}]: \"{item}\" refers to a Kính gửi line, and the spec has none: name "
       "the recipients, or add kinh_gui"):
    N_("noi_nhan[{index}]: \"{item}\" refers to a Kính gửi line, and the letter has none: name "
       "the recipients, or fill in “To (Kính gửi)”"),
    N_("{font} is not installed on this computer: the PDF is set in {other} in its place, "
       "with the same letter widths, so lines and pages fall as in Word; install {font} for "
       "a PDF in the decree's own font"):
    N_("{font} is not installed on the computer the desk runs on: the PDF and the pages shown "
       "here are set in {other} in its place, with the same letter widths, so lines and pages "
       "fall as in Word; the Word file (DOCX) keeps {font}. For a PDF in the decree's own "
       "font, install {font} on that computer, or download the DOCX and save it as PDF in "
       "Word."),
    # Sao văn bản
    N_("carries no SAO Y block, and a SAO LỤC is made only from a sao y: copy the original "
       "with hinh_thuc: SAO Y instead, or give the SAO Y copy as ORIGINAL"):
    N_("carries no SAO Y block, and a SAO LỤC is made only from a sao y: choose SAO Y to copy "
       "this original, or choose the SAO Y copy as the original"),
    N_("carries no SAO Y block that OCR could read: page {page} of the scan ends with "
       "{lines}, where a paper copy's block stands; a SAO LỤC is made only from a sao y: if "
       "the paper shows a SAO Y block there, scan it again straight and clear (300 dpi) and "
       "copy that scan; else copy the original with hinh_thuc: SAO Y"):
    N_("carries no SAO Y block that OCR could read: page {page} of the scan ends with "
       "{lines}, where a paper copy's block stands; a SAO LỤC is made only from a sao y: if "
       "the paper shows a SAO Y block there, scan it again straight and clear (300 dpi) and "
       "choose that scan; else choose SAO Y as the form of copy to copy this original"),
    N_("is already a sao y: it carries {blocks}, and a SAO Y copies only the original (bản "
       "gốc or bản chính); a copy of a sao y is a SAO LỤC: set hinh_thuc: SAO LỤC"):
    N_("is already a sao y: it carries {blocks}, and a SAO Y copies only the original (bản "
       "gốc or bản chính); a copy of a sao y is a SAO LỤC: choose SAO LỤC as the form of "
       "copy"),
    N_("--dien-tu stamps a PDF (the scanned paper original); convert the DOCX to PDF first"):
    N_("an electronic copy is stamped on a PDF (the scanned paper original): choose the "
       "scanned PDF as the original, or clear “Electronic copy of a scanned PDF”"),
    N_("--dien-tu stamps the scanned original as it is; a TRÍCH SAO re-lays the parts it "
       "keeps: leave one of them out"):
    N_("an electronic copy stamps the scanned original as it is, and a TRÍCH SAO re-lays the "
       "parts it keeps: clear “Electronic copy of a scanned PDF”, or choose SAO Y"),
    N_("has no number yet (“Số: {so}”): it is a draft, so no number was taken for its copy; "
       "sign and issue it first (its number from the register, its date), or copy it without "
       "--allocate"):
    N_("has no number yet (“Số: {so}”): it is a draft, so no number was taken for its copy; "
       "sign and issue it first (its number from the register, its date), or clear “Take the "
       "number from the register”"),
    N_("could not be read as a PKCS#12 certificate with its key: check the file and the "
       "password (--sign-pass or NTM_DOCGEN_SIGN_PASS)"):
    N_("could not be read as a PKCS#12 certificate with its key: check the file and the "
       "“Certificate password”"),
    # the register, when a letter or a copy is issued
    N_("co_quan.viet_tat: the register needs the issuer's abbreviation (UBND, SNV) to number "
       "the letter; add it to the spec"):
    N_("co_quan.viet_tat: the register needs the issuer's abbreviation (UBND, SNV) to number "
       "the letter; fill in “Abbreviation”"),
    N_("co_quan.viet_tat: the register needs the copying body's abbreviation (VP, UBND) to "
       "number the copy; add it to the copy spec"):
    N_("co_quan.viet_tat: the register needs the copying body's abbreviation (VP, UBND) to "
       "number the copy; fill in “Abbreviation”"),
    # the register, when a letter or a copy is issued
    N_("the register is locked by another program (waited {seconds} s); retry when the other "
       "clerk has finished, or give a longer --timeout"):
    N_("the register is locked by another program (waited {seconds} s); retry when the other "
       "clerk has finished"),
    N_("the register or its folder is read-only; ask for write access or use another --db"):
    N_("the register or its folder is read-only; ask whoever runs the desk for write access"),
    N_("the file is not a register database or is damaged; restore it from a backup or give "
       "another --db"):
    N_("the file is not a register database or is damaged; ask whoever runs the desk to "
       "restore it from a backup"),
    N_("{where}: register schema version {version!r}, this ntm-docgen reads version {known}; "
       "upgrade ntm-docgen"):
    N_("{where}: register schema version {version}, this desk reads version {known}; ask "
       "whoever runs the desk to upgrade it"),
    **RETOLD_LIMITS,
    **RETOLD_FORM,
    # Văn bản thực hiện
    N_("the letter's {fields} could not be read, so it cannot be cited; run `ntm-docgen "
       "import` on it, fill in the spec it writes, and derive from that spec"):
    N_("the letter's {fields} could not be read, so it cannot be cited; open it with "
       "“Compose a letter”, fill in what is missing, download it as Word (.docx) and choose "
       "that file here"),
    **RETOLD_DERIVE,
    N_("{profile}: {life}; this undated draft follows the rules of {day}: give --ngay in that "
       "time to date it, or use {instead}"):
    N_("{profile}: {life}; this undated draft follows the rules of {day}: fill in “Date of "
       "the new letter” in that time, or use {instead}"),
    N_("{profile}: tỉnh {unit} was merged into tỉnh {successor} on {since}, and this letter "
       "is dated {day}: the units below are taken as xã and phường; give a --ngay before "
       "{since} or use a profile of tỉnh {successor}"):
    N_("{profile}: tỉnh {unit} was merged into tỉnh {successor} on {since}, and this letter "
       "is dated {day}: the units below are taken as xã and phường; set “Date of the new "
       "letter” before {since} or use a profile of tỉnh {successor}"),
    **ON_BULK,  # Gửi hàng loạt
    # the pages and the PDF of any job
    N_("LibreOffice is needed for PDF output but was not found: install it (Debian/Ubuntu: "
       "apt-get install libreoffice-writer; Windows and macOS: the installer from "
       "libreoffice.org) or leave out --pdf"):
    N_("LibreOffice is needed for the pages and the PDF but was not found: ask whoever runs "
       "the desk to install it (Debian/Ubuntu: apt-get install libreoffice-writer; Windows "
       "and macOS: the installer from libreoffice.org); the Word file can be downloaded "
       "meanwhile"),
    # a file that is not a letter (Soạn văn bản: Mở; Văn bản thực hiện; TRÍCH SAO of a PDF)
    N_("{path}: the heading “{heading}” names a {ten}, a document of its sector, not one of "
       "the administrative letters of Nghị định 30/2020/NĐ-CP (Phụ lục III) that ntm-docgen "
       "writes; no spec was written"):
    N_("{path}: the heading “{heading}” names a {ten}, a document of its sector, not one of "
       "the administrative letters of Nghị định 30/2020/NĐ-CP (Phụ lục III) that the desk "
       "writes; it was not read into a letter"),
    N_("{path}: the heading “{heading}” names a {ten}, an office's internal form, laid out by "
       "its own rules and sent to no one, not one of the administrative letters of Nghị định "
       "30/2020/NĐ-CP (Phụ lục III) that ntm-docgen writes; no spec was written (check reads "
       "it: ntm-docgen check FILE)"):
    N_("{path}: the heading “{heading}” names a {ten}, an office's internal form, laid out by "
       "its own rules and sent to no one, not one of the administrative letters of Nghị định "
       "30/2020/NĐ-CP (Phụ lục III) that the desk writes; it was not read into a letter (the "
       "page “Check a letter” reads it)"),
    N_("{path}: the heading “{heading}” names a {ten}, a legal normative document, not an "
       "administrative letter of Nghị định 30/2020/NĐ-CP; no spec was written (to implement "
       "it, import the letter that sends it, or write the spec with ntm-docgen new)"):
    N_("{path}: the heading “{heading}” names a {ten}, a legal normative document, not an "
       "administrative letter of Nghị định 30/2020/NĐ-CP; it was not read into a letter (to "
       "implement it, choose the letter that sends it, or compose a new letter)"),
    N_("{path}: the heading “{heading}” names a {ten}, a citizen's petition, not an "
       "administrative letter of an agency; no spec was written"):
    N_("{path}: the heading “{heading}” names a {ten}, a citizen's petition, not an "
       "administrative letter of an agency; it was not read into a letter"),
    N_("{path}: the number's ký hiệu “{heading}” is that of a {ten}, a legal normative "
       "document, not an administrative letter of Nghị định 30/2020/NĐ-CP; no spec was "
       "written (to implement it, import the letter that sends it, or write the spec with "
       "ntm-docgen new)"):
    N_("{path}: the number's ký hiệu “{heading}” is that of a {ten}, a legal normative "
       "document, not an administrative letter of Nghị định 30/2020/NĐ-CP; it was not read "
       "into a letter (to implement it, choose the letter that sends it, or compose a new "
       "letter)"),
    N_("{path}: the heading “{heading}” names a {ten}, a list or table that stands alone, not "
       "an administrative letter; ntm-docgen imports the letters of Nghị định 30/2020/NĐ-CP, "
       "Phụ lục III (công văn, quyết định, kế hoạch, báo cáo, tờ trình, thông báo and the "
       "other types that ntm-docgen types lists): import the letter that sends this list; no "
       "spec was written"):
    N_("{path}: the heading “{heading}” names a {ten}, a list or table that stands alone, not "
       "an administrative letter; the desk reads the letters of Nghị định 30/2020/NĐ-CP, Phụ "
       "lục III (công văn, quyết định, kế hoạch, báo cáo, tờ trình, thông báo and the other "
       "types of the list “Type of document”): choose the letter that sends this list; it "
       "was not read into a letter"),
    N_("{path}: the heading “{heading}” names a {ten}, a request that an enterprise or a "
       "person files with an agency, not an administrative letter of an agency; ntm-docgen "
       "imports the letters of Nghị định 30/2020/NĐ-CP, Phụ lục III (công văn, quyết định, kế "
       "hoạch, báo cáo, tờ trình, thông báo and the other types that ntm-docgen types lists); "
       "no spec was written"):
    N_("{path}: the heading “{heading}” names a {ten}, a request that an enterprise or a "
       "person files with an agency, not an administrative letter of an agency; the desk "
       "reads the letters of Nghị định 30/2020/NĐ-CP, Phụ lục III (công văn, quyết định, kế "
       "hoạch, báo cáo, tờ trình, thông báo and the other types of the list “Type of "
       "document”); it was not read into a letter"),
    N_("{path}: “{heading}” names a party of a contract: this is a contract between parties, "
       "not an administrative letter of Nghị định 30/2020/NĐ-CP; no spec was written"):
    N_("{path}: “{heading}” names a party of a contract: this is a contract between parties, "
       "not an administrative letter of Nghị định 30/2020/NĐ-CP; it was not read into a "
       "letter"),
    N_("{path}: nothing letter-like found: it holds a table ({rows} rows, the first "
       "“{first}”) and no issuer, number, type name or signature; it is not an administrative "
       "letter, no spec was written"):
    N_("{path}: nothing letter-like found: it holds a table ({rows} rows, the first "
       "“{first}”) and no issuer, number, type name or signature; it is not an administrative "
       "letter, so it was not read into one"),
    N_("{path}: nothing letter-like found in its {count} lines (the first “{first}”): no "
       "issuer, number, type name or signature; it is not an administrative letter, no spec "
       "was written"):
    N_("{path}: nothing letter-like found in its {count} lines (the first “{first}”): no "
       "issuer, number, type name or signature; it is not an administrative letter, so it "
       "was not read into one"),
}


#: What a scan's reader could not read and left blank, to be written from the paper
#: (``importer/build.py``): in the form a letter is read into, the field to fill in ...
ON_THE_FORM: dict[str, str] = {
    N_("so: the number could not be read on the scan (written by hand?); it is left blank: "
       "write it from the paper"):
    N_("so: the number could not be read on the scan (written by hand?); it is left blank: "
       "fill in “Number” from the paper"),
    N_("ngay: the day could not be read on the scan (written by hand?); the letter is written "
       "as a draft: write the date from the paper"):
    N_("ngay: the day could not be read on the scan (written by hand?); the letter is written "
       "as a draft: fill in “Date” from the paper"),
}
#: ... and in a copy of it (a TRÍCH SAO re-lays it), the copy itself: the copy page's own
#: “Number” and “Date” are the copy's, not the original's.
ON_THE_COPY: dict[str, str] = {
    N_("ngay: {day} is not printed on an electronic copy, which bears in its block the moment "
       "it is made ({moment}); leave ngay out, or make a paper copy to print that date"):
    N_("the copy's date {day} is not printed on an electronic copy, which bears in its block "
       "the moment it is made ({moment}); leave “Date” empty, or make a paper copy to print "
       "that date"),
    N_("so: the number could not be read on the scan (written by hand?); it is left blank: "
       "write it from the paper"):
    N_("so: the number could not be read on the scan (written by hand?); it is left blank in "
       "the copy: write it on the printed copy from the paper (“Number” on this page is the "
       "copy's own number)"),
    N_("ngay: the day could not be read on the scan (written by hand?); the letter is written "
       "as a draft: write the date from the paper"):
    N_("ngay: the day could not be read on the scan (written by hand?); it is left blank in "
       "the copy: write it on the printed copy from the paper (“Date” on this page is the "
       "copy's own date)"),
}

#: A sentence of its own for a message of the library (None: none).
Tell = Callable[[Said], str | None]


def told(text: str, where: Mapping[str, str] | None = None) -> str:
    """``text`` as the desk says it: a message of the library (:class:`Said`) whose id has a
    sentence in :data:`RETOLD` (or in ``where``: :data:`ON_THE_FORM`, :data:`ON_THE_COPY`,
    :data:`IN_A_ROW`) said in it with the same values; any other text as it is.

    >>> from ntm_docgen.i18n import said
    >>> told(said(N_("incomplete spec"))), told("nothing of the command line")
    ('incomplete letter', 'nothing of the command line')
    """
    return text.told(_own({**RETOLD, **(where or {})})) if isinstance(text, Said) else text


def told_error(error: BaseException, first: Tell | None = None) -> str:
    """An error as the desk says it: a file's name, a field kept, the library's sentences
    that speak of the command line in the desk's (:func:`told`); the rows of a list that make
    no letter, each problem of a value taken from the list told as one to change there.
    ``first``: a page's own sentence for a message, before the desk's (None: none)."""
    if isinstance(error, ListProblems):  # each kind of the list's problems told as itself
        return error.told_each(lambda part: told_error(part, first))
    if isinstance(error, RowsError):
        return error.told_by(_own({**RETOLD, **IN_A_ROW}, first))
    return error.told_by(_own(RETOLD, first)) if isinstance(error, DocgenError) else str(error)


def _own(words: Mapping[str, str], first: Tell | None = None) -> Tell:
    """The desk's sentence for a message of the library, by its catalog id (None: none); one
    said in two forms by its number, in the form its number asks for (``retold_n.RETOLD_N``);
    ``first``'s sentence before all."""
    def own(message: Said) -> str | None:
        mine = first(message) if first is not None else None
        if mine is not None:
            return mine
        if message.plural is not None and message.msgid in RETOLD_N:
            return RETOLD_N[message.msgid](message.n)
        desk = words.get(message.msgid)
        return _(desk) if desk is not None else None
    return own
