"""Tell a text that is no administrative letter from one that is: a permit, a law or decree, a
citizen's petition, a contract between parties, a list standing alone or an enterprise's request
is refused with what was found."""

from __future__ import annotations

import re
from pathlib import Path

from ntm_docgen.errors import DocgenError
from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import N_, _, said
from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.vietnamese.loai import split_heading
from ntm_docgen.vietnamese.text import is_upper_vi, nfc


class NotALetterError(DocgenError):
    """Raised when a file holds nothing letter-like: no header, number, type or signature."""

    def __init__(self, path: Path | str, message: str | None = None) -> None:
        self.path = str(path)
        super().__init__(message or _(
            "{path}: nothing letter-like found (no issuer, number, type name or signature); is "
            "this the text of an administrative letter?").format(path=self.path))


class OutsideTheTableError(NotALetterError):
    """Raised when the text is a document of another kind than the administrative letters of
    Phụ lục III: ``found`` is the line that shows it, ``nhom`` the kind (data/loai.yaml
    ``ngoai_bang`` groups, or ``hop_dong`` for a contract between parties)."""

    def __init__(self, path: Path | str, found: str, ten: str, nhom: str) -> None:
        self.found, self.ten, self.nhom = found, ten, nhom
        messages = {
            "chuyen_nganh": N_("{path}: the heading “{heading}” names a {ten}, a document of its "
                               "sector, not one of the administrative letters of Nghị định "
                               "30/2020/NĐ-CP (Phụ lục III) that ntm-docgen writes; no spec was "
                               "written"),
            "noi_bo": N_("{path}: the heading “{heading}” names a {ten}, an office's internal "
                         "form, laid out by its own rules and sent to no one, not one of the "
                         "administrative letters of Nghị định 30/2020/NĐ-CP (Phụ lục III) that "
                         "ntm-docgen writes; no spec was written (check reads it: ntm-docgen "
                         "check FILE)"),
            "quy_pham": N_("{path}: the heading “{heading}” names a {ten}, a legal normative "
                           "document, not an administrative letter of Nghị định 30/2020/NĐ-CP; "
                           "no spec was written (to implement it, import the letter that sends "
                           "it, or write the spec with ntm-docgen new)"),
            "dan_su": N_("{path}: the heading “{heading}” names a {ten}, a citizen's petition, "
                         "not an administrative letter of an agency; no spec was written"),
            "ky_hieu": N_("{path}: the number's ký hiệu “{heading}” is that of a {ten}, a legal "
                          "normative document, not an administrative letter of Nghị định "
                          "30/2020/NĐ-CP; no spec was written (to implement it, import the letter "
                          "that sends it, or write the spec with ntm-docgen new)"),
            "bang_ke": N_("{path}: the heading “{heading}” names a {ten}, a list or table that "
                          "stands alone, not an administrative letter; ntm-docgen imports the "
                          "letters of Nghị định 30/2020/NĐ-CP, Phụ lục III (công văn, quyết định, "
                          "kế hoạch, báo cáo, tờ trình, thông báo and the other types that "
                          "ntm-docgen types lists): import the letter that sends this list; no "
                          "spec was written"),
            "de_nghi": N_("{path}: the heading “{heading}” names a {ten}, a request that an "
                          "enterprise or a person files with an agency, not an administrative "
                          "letter of an agency; ntm-docgen imports the letters of Nghị định "
                          "30/2020/NĐ-CP, Phụ lục III (công văn, quyết định, kế hoạch, báo cáo, "
                          "tờ trình, thông báo and the other types that ntm-docgen types lists); "
                          "no spec was written"),
            "hop_dong": N_("{path}: “{heading}” names a party of a contract: this is a contract "
                           "between parties, not an administrative letter of Nghị định "
                           "30/2020/NĐ-CP; no spec was written"),
        }
        super().__init__(path, said(messages.get(nhom, messages["chuyen_nganh"]),
                                    path=str(path), heading=found, ten=ten.lower()))


def nothing_found(source: Path | str, lines: list[str]) -> NotALetterError:
    """The error for a text with no issuer, number, type name or signature, saying what it
    holds: a table only (a spreadsheet saved as a Word file), or its first line."""
    filled = [x.strip() for x in lines if x.strip()]
    rows = [x for x in filled if x.startswith("|") and not set(x) <= set("|-: ")]
    if not filled:
        return NotALetterError(source, _(
            "{path}: nothing letter-like found: no text was read from it; it is not an "
            "administrative letter").format(path=str(source)))
    if len(rows) * 2 >= len(filled):
        return NotALetterError(source, said(N_(
            "{path}: nothing letter-like found: it holds a table ({rows} rows, the first "
            "“{first}”) and no issuer, number, type name or signature; it is not an "
            "administrative letter, no spec was written"),
            path=str(source), rows=len(rows), first=_short(rows[0])))
    return NotALetterError(source, said(N_(
        "{path}: nothing letter-like found in its {count} lines (the first “{first}”): no "
        "issuer, number, type name or signature; it is not an administrative letter, no spec "
        "was written"), path=str(source), count=len(filled), first=_short(filled[0])))


def _short(line: str) -> str:
    line = " ".join(nfc(line).split())
    return line if len(line) <= 80 else line[:77] + "..."


def judge_kind(lines: list[str], head_end: int, ky_hieu: str | None,
               source: Path | str) -> None:
    """Raise OutsideTheTableError when the header (``lines[:head_end]`` and three lines after)
    names a document
    outside the type table, the ký hiệu is a legal normative document's, or two parties of a
    contract stand in the text."""
    after = [x for x in lines[head_end:head_end + 8] if x.strip()][:3]
    for line in [*lines[:head_end][:40], *after]:
        heading = split_heading(line) if line and is_upper_vi(line) else None
        if heading is not None and heading.loai is None:
            raise OutsideTheTableError(source, nfc(line), heading.ten, heading.nhom)
    if ky_hieu:
        for row in load_data("loai.yaml").get("ky_hieu_quy_pham", []):
            if re.match(rf"^\d{{4}}/{row['ma']}(\d*)(-|$)", nfc(ky_hieu)):
                raise OutsideTheTableError(source, nfc(ky_hieu), row["ten"], "ky_hieu")
    parties = [x for x in lines if x and rules()["ben_hop_dong"].match(key(x.strip()))]
    sides = {key(x.strip()).replace("dai dien", "").split()[1][:1] for x in parties}
    if len(sides) >= 2:
        raise OutsideTheTableError(source, nfc(parties[0]), "", "hop_dong")
