"""A problem told in the form's words: the field's label where the CLI names its spec path.

The CLI says ``Signer's title (ky.chuc_vu): required: write …`` for a field to fill, the path
elsewhere (and ``--json`` keeps the path); a clerk at the form reads the label she sees above
the field, and at the field itself only what is wrong.
"""

from __future__ import annotations

import ast
import re
from dataclasses import replace

from ntm_docgen.api import field_labels
from ntm_docgen.desk.retold import ON_THE_COPY, ON_THE_FORM, told
from ntm_docgen.errors import FieldError, Problem, SpecError
from ntm_docgen.i18n import N_, _, ngettext

#: The label above each field of the letter form, by the field's spec path (rows and
#: appendices without their index): the library's, which names a field so in its messages.
LABELS = field_labels()
#: The fields an error of the library names inside its sentence, as running text calls them
#: (the command line says ``--trich``, the form "Parts to keep").
IN_TEXT = {"hinh_thuc": N_("the form of copy"), "trich": N_("the parts to keep")}
COPY = "ban_sao."
_INDEX = re.compile(r"\[(\d+)\]")
#: A note's leading file name (``huong-dan.txt: ...``).
_LEADING_FILE = re.compile(r"^([^\s:]+\.[A-Za-z0-9]{2,5}): (.*)$", re.S)
#: A warning's leading spec path (``ky.ho_ten: ...``, ``noi_nhan[0]: ...``).
_LEADING_PATH = re.compile(r"^([a-z_]+(?:\[\d+\])?(?:\.[a-z_]+(?:\[\d+\])?)*): (.*)$", re.S)
#: A spec path and a line of it ("noi_dung, line 27: …", "dòng" in Vietnamese).
_PATH_LINE = re.compile(r"^([a-z_]+(?:\[\d+\])?(?:\.[a-z_]+(?:\[\d+\])?)*), \w+ (?P<line>\d+): "
                        r"(.*)$", re.S)


def label_of(path: str, within: str = "") -> str:
    """The label of the field ``path`` belongs to, with its row or appendix; '' if none.
    ``within`` ``ban_sao.``: the path is one of the copy page, whose form is the copy block.

    >>> label_of("ky.chuc_vu"), label_of("noi_nhan[1]"), label_of("nam")
    ("Signer's title", 'Recipients, line 2', '')
    >>> label_of("phu_luc[0].tieu_de"), label_of("ban_sao.ky.ho_ten")
    ('Appendix title, appendix 1', "Signer's name (copy block)")
    >>> label_of("co_quan.ten", within="ban_sao."), label_of("ky.ho_ten", within="ban_sao.")
    ('Copying body', "Signer's name")
    """
    field = _INDEX.sub("", path)
    whole = _INDEX.search(path) if field == "phu_luc" else None  # the appendix as a whole
    if whole:
        return _("Appendix {number}").format(number=int(whole[1]) + 1)
    in_copy = field.startswith(COPY)
    message = LABELS.get(within + field) or LABELS.get(field.removeprefix(COPY))
    if message is None:
        return ""
    label = _(message)
    index = _INDEX.search(path)
    if index and field.startswith("phu_luc."):
        label = _("{label}, appendix {number}").format(label=label, number=int(index[1]) + 1)
    elif index:
        label = _("{label}, line {number}").format(label=label, number=int(index[1]) + 1)
    if in_copy:
        label = _("{label} (copy block)").format(label=label)
    return label


def said(problem: Problem) -> str:
    """What is wrong, without where: the words shown at the field itself."""
    if problem.found:
        return _("{expected}; found {found}").format(expected=told(problem.expected),
                                                     found=quoted(problem.found))
    return told(problem.expected)


def quoted(found: str) -> str:
    """A value the validation quoted as a program writes it (``'31/02/2026'``), in the quotes
    the desk's sentences use; any other text as it is.

    >>> quoted("'31/02/2026'"), quoted('"Lê Văn\\'s"'), quoted("the number 12")
    ('“31/02/2026”', "“Lê Văn's”", 'the number 12')
    """
    if len(found) < 2 or found[0] not in "'\"" or found[-1] != found[0]:
        return found
    try:
        value = ast.literal_eval(found)
    except (ValueError, SyntaxError):
        return found
    return f"“{value}”" if isinstance(value, str) else found


def unknown_key(problem: Problem) -> str:
    """A key the letter does not know, named as it stands in the file, with the known key
    nearest to it and that key's field; as ``render`` refuses it, to remove.

    >>> unknown_key(Problem("ky.ho_tn", "unknown key", close=("ho_ten",)))
    "“ky.ho_tn” is a key no letter has (did you mean “ho_ten”, Signer's name?); remove it"
    >>> unknown_key(Problem("foo", "unknown key", close=()))
    '“foo” is a key no letter has; remove it'
    """
    if not problem.close:
        return _("“{key}” is a key no letter has; remove it").format(key=problem.path)
    head = problem.path.rpartition(".")[0]
    close = []
    for key in problem.close:
        label = label_of(f"{head}.{key}" if head else key)
        close.append(_("“{key}”, {label}").format(key=key, label=label) if label
                     else f"“{key}”")
    return _("“{key}” is a key no letter has (did you mean {close}?); remove it").format(
        key=problem.path, close=_(" or ").join(close))


def named(problem: Problem, within: str = "") -> str:
    """Where, in the form's words, and what is wrong: the words of the list of problems."""
    if problem.close is not None:
        return unknown_key(problem)
    label = label_of(problem.path, within)
    if not label:
        return str(replace(problem, expected=told(problem.expected)))
    return _("{label}: {problem}").format(label=label, problem=said(problem))


def draft_problems(error: Exception) -> str | None:
    """A draft's problems as the bulk page tells them: each at its field's label (the file the
    desk wrote the draft to is none of hers), and where to fix them; None for another error."""
    if not isinstance(error, SpecError):
        return None
    count = len(error.problems)
    return ngettext(
        "The letter has {count} problem to fix before it is sent to many: {problems}. Fix it "
        "on the letter's page, then start here again.",
        "The letter has {count} problems to fix before it is sent to many: {problems}. Fix "
        "them on the letter's page, then start here again.", count).format(
            count=count, problems="; ".join(named(p) for p in error.problems))


def field_error(error: FieldError) -> str:
    """An error about one field of a job, at that field's label and in the form's words.

    >>> cli = {"trich": "--trich", "hinh_thuc": "hinh_thuc"}
    >>> field_error(FieldError("trich", "give {trich} or set {hinh_thuc}", cli))
    'Parts to keep: give the parts to keep or set the form of copy'
    """
    problem = error.told({key: _(name) for key, name in IN_TEXT.items()})
    label = label_of(error.field)
    return _("{label}: {problem}").format(label=label, problem=problem) if label else problem


def named_warning(text: str, original: bool = False) -> str:
    """A warning whose leading spec path is told as the field's label; ``original``: a field
    of the original a copy was read from, not of the form beside it.

    >>> named_warning('ky.ho_ten: "NGUYỄN VĂN AN" in capitals')
    'Signer\\'s name: "NGUYỄN VĂN AN" in capitals'
    >>> named_warning("so: could not be read", original=True)
    'Number (of the original): could not be read'
    >>> named_warning("noi_dung, line 27: a blank"), named_warning("phu_luc[2]: dropped")
    ('Content, line 27: a blank', 'Appendix 3: dropped')
    >>> named_warning("no path here")
    'no path here'
    """
    text = told(text)
    found = _LEADING_PATH.match(text) or _PATH_LINE.match(text)
    label = label_of(found[1]) if found else ""
    if not found or not label:
        return text
    problem = found[found.lastindex or 2]
    if found.re is _PATH_LINE:  # "noi_dung, line 27: ...": the line of that field
        label = _("{label}, line {number}").format(label=label, number=found["line"])
    if original:
        label = _("{label} (of the original)").format(label=label)
    return _("{label}: {problem}").format(label=label, problem=problem)


def named_note(text: str) -> str:
    """A note of a job (an implementing letter's warnings) as a sentence: after its file
    name, a spec path told as the field's label.

    >>> named_note("hd.txt: co_quan.ten: no heading found")
    'hd.txt: Issuing body: no heading found.'
    >>> named_note("hd.txt: the letter is long")
    'hd.txt: The letter is long.'
    """
    text = told(text)
    found = _LEADING_FILE.match(text)
    if not found:
        return sentence(named_warning(text))
    return _("{name}: {note}").format(name=found[1], note=sentence(named_warning(found[2])))


def note_about(name: str, text: str, original: bool = False) -> str:
    """A warning about the file ``name`` (a letter read into a draft, an original copied) as
    a sentence naming that file, as the command line's notes of a job name theirs;
    ``original``: its fields are the original's, not those of the form beside it (a copy).

    >>> note_about("cv.pdf", "page 1 is a scanned image and was read by OCR")
    'cv.pdf: Page 1 is a scanned image and was read by OCR.'
    >>> note_about("cv.pdf", "ky.ho_ten: could not be read; fill it in")
    "cv.pdf: Signer's name: could not be read; fill it in."
    >>> note_about("cv.pdf", "cv.pdf is digitally signed, but the copy ...")
    'cv.pdf is digitally signed, but the copy ...'
    """
    text = told(text, ON_THE_COPY if original else ON_THE_FORM)
    if text.startswith(name):
        return sentence(text)
    return _("{name}: {note}").format(name=name,
                                      note=sentence(named_warning(text, original)))


def sentence(text: str) -> str:
    """``text`` as a sentence: its first letter a capital (unless it opens with a file name,
    an option or a code, which keep theirs) and a full stop at its end.

    >>> sentence("trang 1 là ảnh quét"), sentence("--han: not given")
    ('Trang 1 là ảnh quét.', '--han: not given.')
    >>> sentence("goc.docx has no number"), sentence("“~~”; check the paper?")
    ('goc.docx has no number.', '“~~”; check the paper?')
    >>> sentence("the last line reads “Trân trọng./.”"), sentence("read as 'Số: 12'")
    ('The last line reads “Trân trọng./.”', "Read as 'Số: 12'.")
    """
    first = text.split(" ", 1)[0]
    if text[:1].islower() and not _CODE.search(first):
        text = text[0].upper() + text[1:]
    ended = text.rstrip("”\"')»")  # a quotation that ends the sentence ends it
    return text if ended.endswith((".", "?", "!", "...", "…")) else text + "."


#: What marks a word as a file name, an option, a path or a code, whose case is kept.
_CODE = re.compile(r"[._/\\\d-]")


def profile_label(name: str, profile: dict) -> str:
    """A shipped profile as the pickers list it: its name in running text, with its place when
    that name does not say it (“Sở Nội vụ – Lạng Sơn”: a Sở of which province).

    >>> profile_label("snv", {"ten_goi": "Sở Nội vụ", "tinh": "Lạng Sơn"})
    'Sở Nội vụ – Lạng Sơn'
    >>> profile_label("qn", {"ten_goi": "Ủy ban nhân dân tỉnh Quảng Ngãi", "tinh": "Quảng Ngãi"})
    'Ủy ban nhân dân tỉnh Quảng Ngãi'
    """
    ten_goi = str(profile.get("ten_goi") or name)
    place = str(profile.get("tinh") or profile.get("dia_danh") or "")
    if not place or place.casefold() in ten_goi.casefold():
        return ten_goi
    return _("{name} – {place}").format(name=ten_goi, place=place)
