"""Read the letter to implement (a spec, .txt, .docx, .doc, .rtf, .odt or .pdf) and cut its body
into parts."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_docgen.derive.guidance import no_work
from ntm_docgen.derive.scanmend import mend_read
from ntm_docgen.errors import InputFileError
from ntm_docgen.files import officein
from ntm_docgen.files.textpaths import strings
from ntm_docgen.i18n import N_, _, said
from ntm_docgen.letter.spec import Spec, parse_spec, read_data
from ntm_docgen.vietnamese.text import marked_share

_HEADING = re.compile(r"^(?:[IVXL]+\.\s|Phần thứ\s)")
#: A letter to implement whose text has fewer marked letters than this share is refused: typed
#: Vietnamese has about a quarter (the 366 real letters of tests/data and the seeds: 23.4 % and
#: up), seed 003, an OCR without the Vietnamese model, 4.8 %; below MARKS_LETTERS letters, too
#: little text to judge.
MARKS_FLOOR = 0.10
MARKS_LETTERS = 100
SPEC_SUFFIXES = (".yaml", ".yml", ".json")
#: a letter, or a scan or photo of one, read as ``import`` reads it (contract13 #1: a photo was
#: refused on the desk's page that invites it)
LETTER_SUFFIXES = (".txt", ".docx", ".pdf", *officein.SUFFIXES, ".png", ".jpg", ".jpeg", ".tif",
                   ".tiff")
# Fields of the letter implemented that a derived letter does not use: no warnings about them.
_UNUSED = ("dia_danh:", "ky.", "noi_nhan:", "luu:", "trich_yeu:")


@dataclass
class Section:
    """One Roman-numbered part of a body: its heading line and the lines under it."""

    heading: str
    lines: list[str] = field(default_factory=list)


def read_source(path: Path) -> tuple[Spec, list[str]]:
    """The letter at ``path`` as a Spec, and warnings about what could not be read."""
    spec, warnings, _marked, _scan = read_letter(path)
    return spec, warnings


def read_letter(path: Path) -> tuple[Spec, list[str], dict[str, str] | None,
                                     tuple[tuple[int, ...], tuple[str, ...]]]:
    """:func:`read_source`, and the body's lines a letter file prints with bold or italic
    parts, ``{text: markup}``, for :func:`with_marks` (None for a spec: it carries its
    markup itself); and the pages OCR read and the words it was unsure of."""
    suffix = path.suffix.lower()
    if suffix in SPEC_SUFFIXES:
        data = read_data(path)
        _refuse_spec_without_marks(path, data)
        spec = parse_spec(data, source=path)
        _refuse_no_work(path, spec.loai.ma, spec.trich_yeu or "", spec.kinh_gui)
        return spec, [], None, ((), ())
    if suffix not in LETTER_SUFFIXES:
        raise InputFileError(path, _("is no letter to implement: give the letter from above "
                                     "(.txt, .docx, .doc, .rtf, .odt, .pdf, or a scan or photo "
                                     "of it as .png, .jpg or .tif) or a letter saved as a file "
                                     "(.yaml, .json)"))
    from ntm_docgen.files.misnamed import refused
    from ntm_docgen.importer import PLACEHOLDER, import_letter, quoted, unread_note

    if path.is_file() and (other := refused(path, LETTER_SUFFIXES)) is not None:
        raise other  # a file of another kind under a letter's name: told as what it is

    result = import_letter(path, markup=False)  # its rules read the text, not its marks
    data = dict(result.spec)
    _refuse_without_marks(path, data)
    lost = unread_note(result.unread) if result.unread else None
    # each kept as said (its catalog id and values), for the desk to tell in its own words
    warnings: list[str] = [said(N_("{name}: {note}"), name=path.name, note=w)
                           for w in result.warnings
                           if not w.startswith(_UNUSED) and w != lost]
    if result.unread:
        warnings.append(_("{name}: these lines were read into no part of the letter, so the "
                          "letter derived does not use them: {lines}").format(
            name=path.name, lines=quoted(result.unread)))
    if data.get("trich_yeu") in (None, PLACEHOLDER):
        for item in data.get("phu_luc") or []:
            lines = str(item.get("tieu_de", "")).split("\n")
            if len(lines) > 1:
                data["trich_yeu"] = lines[1].strip()
                warnings.append(_("{name}: trích yếu taken from the attachment's title")
                                .format(name=path.name))
                break
    warnings += mend_read(data, path.name)
    if isinstance(data.get("loai"), str):  # told as what it is before what could not be read
        _refuse_no_work(path, data["loai"], str(data.get("trich_yeu") or ""),
                        [str(x) for x in data.get("kinh_gui") or []])
    found = {"co_quan.ten": (data.get("co_quan") or {}).get("ten"),
             "trich_yeu": data.get("trich_yeu")}
    unread = [key for key, value in found.items() if value in (None, PLACEHOLDER)]
    if unread:
        raise InputFileError(path, said(N_("the letter's {fields} could not be read, so it "
                                           "cannot be cited; run `ntm-docgen import` on it, fill "
                                           "in the spec it writes, and derive from that spec"),
                                        fields=said(_UNREAD[tuple(unread)])))
    return (parse_spec(data, source=path), warnings, result.marked,
            (tuple(result.ocr_pages), tuple(result.unsure)))


def with_marks(spec: dict[str, Any], marked: dict[str, str] | None) -> dict[str, Any]:
    """The letter derived from a letter file, its body written as markup: the source's lines
    it keeps as they are with their bold and italic (``marked``), a line its rules changed with
    the marks of the line it was changed from (``marks.Carrier``), any other line with its
    literal stars escaped; from a spec (``marked`` None), as it is, the spec's markup its own.

    >>> with_marks({"noi_dung": "Gửi trước ngày 15/12.\\nKý hiệu *sao*"},
    ...            {"Gửi trước ngày 15/12.": "Gửi **trước ngày 15/12**."})["noi_dung"]
    'Gửi **trước ngày 15/12**.\\nKý hiệu \\\\*sao\\\\*'
    """
    from ntm_docgen.derive.marks import Carrier
    from ntm_docgen.letter.markup_text import escaped

    carrier = Carrier(marked or {})

    def marks(text: Any) -> Any:
        if not isinstance(text, str) or marked is None:
            return text
        return "\n".join(line if line.startswith("|") or line.strip() == "---"
                         else marked.get(line.strip()) or _numbered_again(line.strip(), marked)
                         or carrier.carried(line.strip()) or escaped(line)
                         for line in text.split("\n"))

    out = {**spec, "noi_dung": marks(spec.get("noi_dung"))} if "noi_dung" in spec else dict(spec)
    if isinstance(out.get("phu_luc"), list):
        out["phu_luc"] = [{**item, "noi_dung": marks(item.get("noi_dung"))}
                          if isinstance(item, dict) and "noi_dung" in item else item
                          for item in out["phu_luc"]]
    return out


def _numbered_again(line: str, marked: dict[str, str]) -> str:
    """A source's part numbered again in the letter ("2. Tổ chức thực hiện", the source's "3.")
    with the source's marks, its new number; "" for any other line.

    >>> _numbered_again("2. Tổ chức", {"3. Tổ chức": "**3. Tổ chức**"})
    '**2. Tổ chức**'
    """
    found = re.match(r"(\d{1,2})\.(\s.*)", line)
    if not found:
        return ""
    was = next((k for k in marked if re.fullmatch(r"\d{1,2}\.", k[:len(k) - len(found[2])])
                and k.endswith(found[2])), None)
    return re.sub(r"^(\**)\d{1,2}\.", rf"\g<1>{found[1]}.", marked[was], count=1) if was else ""


def _refuse_no_work(path: Path, loai: str, trich_yeu: str, kinh_gui: Sequence[str]) -> None:
    """A letter that gives no unit work to carry out (a Tờ trình, a decision appointing a
    person, a letter to a company) is refused, told as what it is."""
    reason = no_work(loai, trich_yeu, kinh_gui)
    if reason is not None:
        raise InputFileError(path, reason)


def _refuse_without_marks(path: Path, data: dict[str, Any]) -> None:
    """A letter read without Vietnamese marks (an OCR without the Vietnamese model) gives no
    letter to sign: its trích yếu, issuer and text would be printed as read (contract12 #2)."""
    letters, share = marked_share(_texts(data))
    if letters >= MARKS_LETTERS and share < MARKS_FLOOR:
        raise InputFileError(path, said(N_(
            "reads as text without Vietnamese marks: only {share} in 100 of its letters carry "
            "one, where a Vietnamese letter has about a quarter (an OCR run without the "
            "Vietnamese model?), and a letter derived from it would print its words so; derive "
            "from the scan itself (PDF or image), which is read with the Vietnamese model, or run "
            "`ntm-docgen import` on this file, type the trích yếu, the issuer and the text with "
            "their marks into the spec it writes, and derive from that spec"),
            share=round(share * 100)))


def _refuse_spec_without_marks(path: Path, data: Any) -> None:
    """A spec typed without Vietnamese marks would be cited and quoted so ("Huong dan ... Ca
    nuoc chung suc"): refused as a letter read so is, naming its fields to type again. Its
    trích yếu and issuer, which the new letter cites, are refused on their own when they carry
    no mark at all."""
    if not isinstance(data, dict):
        return  # parse_spec says what is wrong with it
    fields = {key: text for key, text in strings(data) if not key.startswith(_NOT_CITED)}
    letters, share = marked_share(fields.values())
    bare = [key for key in _CITED
            if (n := marked_share([fields.get(key, "")]))[0] >= _CITED_LETTERS and not n[1]]
    if not bare and (letters < MARKS_LETTERS or share >= MARKS_FLOOR):
        return
    named = sorted({*bare, *(key for key, text in fields.items()
                             if (n := marked_share([text]))[0] >= _CITED_LETTERS
                             and n[1] < MARKS_FLOOR)})
    raise InputFileError(path, said(N_(
        "{fields}: typed without Vietnamese marks (only {share} in 100 of their letters carry "
        "one, where Vietnamese text has about a quarter), and the letter derived would cite and "
        "print them so; type them with their marks (Hướng dẫn, not Huong dan) and derive "
        "again"), fields=", ".join(named),
        share=round(marked_share(fields[k] for k in named)[1] * 100)))


#: The cited fields a letter file left unread, in a clerk's words (a key is no word of hers).
_UNREAD = {("co_quan.ten",): N_("issuer"),
           ("trich_yeu",): N_("trích yếu"),
           ("co_quan.ten", "trich_yeu"): N_("issuer and trích yếu")}
#: The fields of a spec the derived letter cites, refused without any mark when this long.
_CITED = ("co_quan.ten", "trich_yeu")
_CITED_LETTERS = 20
#: The fields of a spec the derived letter neither cites nor quotes.
_NOT_CITED = ("dia_danh", "ky.", "noi_nhan", "luu")


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def split_body(noi_dung: str) -> tuple[list[str], list[Section]]:
    """The lines before the first Roman heading, and the sections.

    >>> pre, parts = split_body("Mở đầu\\nI. MỤC ĐÍCH\\n- a\\nII. NỘI DUNG\\n1. b")
    >>> pre, [(s.heading, s.lines) for s in parts]
    (['Mở đầu'], [('I. MỤC ĐÍCH', ['- a']), ('II. NỘI DUNG', ['1. b'])])
    """
    preamble: list[str] = []
    sections: list[Section] = []
    for line in (x.strip() for x in noi_dung.split("\n")):
        if not line:
            continue
        if is_heading(line):
            sections.append(Section(line))
        elif sections:
            sections[-1].lines.append(line)
        else:
            preamble.append(line)
    return preamble, sections


def is_heading(line: str) -> bool:
    """True for a Roman-numbered heading of a body (``II. NỘI DUNG``)."""
    return bool(_HEADING.match(line)) and not line.startswith("Phần thứ")


def heading_has(section: Section, words: str) -> bool:
    """True when the section's heading contains ``words`` (case forgiven)."""
    return words.casefold() in section.heading.casefold()
