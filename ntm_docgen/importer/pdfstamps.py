"""What a PDF's annotations draw over its pages, told apart from the letter's own text: a
digital signature's stamp (``Người ký: …``, ``Thời gian ký: …``) or a note is no part of the
letter and is left out, named; a field that fills the letter's blank with its number or day
(an e-office letter's ``7432`` after ``Số:``, or its whole ``7432/UBND-XD`` or date line) is
kept. Words of a font with no Unicode map
(``(cid:0)…``) are left out of any page, told as unreadable."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ntm_docgen.files.pdffields import Stamp

#: What a field filling a letter's blank draws: a number or a day, no word (``7432``, ``21``,
#: ``21/7``); at most this many signs.
_FILL = re.compile(r"^[\d/.\-]{1,12}$")
#: The longest text of a field that fills the Số line or the date line with the whole of it
#: (``Số: 7432/UBND-XD``, ``Lào Cai, ngày 21 tháng 7 năm 2026``); a longer one is a note.
_LINE_FILL = 80
#: A glyph a font without a Unicode map gives (pdfminer's spelling of it).
CID = re.compile(r"\(cid:\d+\)")


def _key(char: dict[str, Any]) -> tuple[str, float, float]:
    return char["text"], round(float(char["x0"]), 1), round(float(char["top"]), 1)


def _inside(char: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    x = (float(char["x0"]) + float(char["x1"])) / 2
    y = (float(char["top"]) + float(char["bottom"])) / 2
    return box[0] - 1 <= x <= box[2] + 1 and box[1] - 1 <= y <= box[3] + 1


def stamp_text(chars: list[dict[str, Any]]) -> list[str]:
    """The lines ``chars`` make, top to bottom, each read left to right.

    >>> c = lambda t, x, top: {"text": t, "x0": x, "x1": x + 5, "top": top, "bottom": top + 9}
    >>> stamp_text([c("b", 5, 10), c("a", 0, 10), c("c", 0, 30)])
    ['ab', 'c']
    """
    rows: dict[int, list[dict[str, Any]]] = {}
    for char in sorted(chars, key=lambda c: float(c["top"])):
        row = next((r for r in rows if abs(r - float(char["top"])) < 3), None)
        rows.setdefault(int(float(char["top"])) if row is None else row, []).append(char)
    lines = ("".join(c["text"] for c in sorted(row, key=lambda c: float(c["x0"])))
             for _, row in sorted(rows.items()))
    return [" ".join(x.split()) for x in lines if x.strip()]


def drawn_over(flat: Any, original: Any, stamps: list[Stamp],
               number: int) -> tuple[set[int], list[tuple[str, int, str]]]:
    """The letters (their ``id``) that the annotations of page ``number`` drew over it (in
    ``flat``, the page with them drawn in, and not in ``original``'s own text) and that are not
    a number or a day filling the letter's blank; and what is set apart for each annotation
    (``signature``, ``annotation``: page, its lines joined by " / ")."""
    boxes = [s for s in stamps if s.page == number]
    if not boxes:
        return set(), []
    own = Counter(_key(c) for c in original.chars)
    drawn = []
    for char in flat.chars:
        k = _key(char)
        if own[k]:
            own[k] -= 1
        else:
            drawn.append(char)
    dropped: set[int] = set()
    apart = []
    for stamp in boxes:
        chars = [c for c in drawn if _inside(c, stamp.box) and id(c) not in dropped]
        text = "".join(c["text"] for c in chars if c["text"].strip())
        if not text or fills_blank(" ".join(stamp_text(chars)), stamp.signature):
            continue  # nothing drawn, or the number or the day the letter leaves blank
        dropped.update(id(c) for c in chars)
        kind = "signature" if stamp.signature else "annotation"
        apart.append((kind, number, " / ".join(stamp_text(chars))))
    return dropped, apart


def fills_blank(text: str, signature: bool = False) -> bool:
    """A field's ``text`` fills the letter's blank and is the letter's own: a number or a day
    (``7432``, ``21/7``), or, in a field that is not a signature's, the whole Số/ký hiệu
    (``7432/UBND-XD``, ``Số: 12/KH-UBND``) or the whole date line (``ngày 21 tháng 7 năm
    2026``), as e-office systems stamp them. A note, or a signature's own time, is not.

    >>> fills_blank("7432"), fills_blank("12/KH-UBND"), fills_blank("Số: 7432/UBND-XD")
    (True, True, True)
    >>> fills_blank("ngày 21 tháng 7 năm 2026"), fills_blank("Lào Cai, ngày 21 tháng 7 năm 2026")
    (True, True)
    >>> fills_blank("12/KH-UBND", signature=True), fills_blank("Người ký: 12/KH-UBND")
    (False, False)
    >>> fills_blank("Thời gian ký: ngày 21 tháng 7 năm 2026"), fills_blank("Đã xem")
    (False, False)
    >>> fills_blank("ngày 21 tháng 7 năm 2026 08:15"), fills_blank("12/xem-lai")
    (False, False)
    """
    if _FILL.match("".join(text.split())):
        return True
    text = " ".join(text.split())
    if signature or len(text) > _LINE_FILL:
        return False
    return _whole_number(text) or _whole_date(text)


def _whole_number(text: str) -> bool:
    """``text`` is a Số line's number and ký hiệu and nothing more, by the importer's reading."""
    from ntm_docgen.importer.numberdate import read_so

    so = read_so(text) or read_so(f"Số: {text}")
    return so is not None and so[0] is not None and not so[2] \
        and any(c.isupper() for c in so[1])


def _whole_date(text: str) -> bool:
    """``text`` is a date line, its place before it or none, ending with its year."""
    from ntm_docgen.importer.numberdate import read_ngay

    found = read_ngay(text)
    return found is not None and found[1] is not None and text.rstrip(" .").endswith(
        str(found[2])) and not any(c.isdigit() or c == ":" for c in found[0] or "")


def unmapped(text: str) -> bool:
    """The text holds glyphs of a font with no Unicode map.

    >>> unmapped("Lạng þÿ(cid:0)T(cid:0)h"), unmapped("Lạng Sơn")
    (True, False)
    """
    return bool(CID.search(text))


#: The kinds of what is set apart here (``PdfText.set_apart``), told by :func:`stamp_notes`.
KINDS = ("signature", "annotation", "unreadable", "signer")
#: A signature's time as its dictionary writes it: ``D:20261205225307Z``, ``+07'00'``.
_WHEN = re.compile(r"D:(\d{14})(Z|[+-]\d{2}'?\d{2}'?)?")


def signers(path: Any) -> list[tuple[str, int, str]]:
    """What the signature dictionaries of the PDF at ``path`` say of who signed and when, set
    apart as ``("signer", 0, "who|dd/mm/yyyy HH:MM")`` (Vietnam's time), each part empty where
    it cannot be read."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    out = []
    try:
        fields = PdfReader(path).get_fields() or {}
        for field in fields.values():
            value = field.get("/V")
            if field.get("/FT") != "/Sig" or value is None:
                continue
            value = value.get_object()
            who = str(value.get("/Name") or "") or _common_name(value.get("/Contents"))
            out.append(("signer", 0, f"{' '.join(who.split())}|{_when(value.get('/M'))}"))
    except (PyPdfError, KeyError, TypeError, ValueError, AttributeError):
        return out
    return out


def _when(stamp: Any) -> str:
    """``D:20261205225307Z`` as ``06/12/2026 05:53`` (Vietnam's time); empty when unread.

    >>> _when("D:20261205225307Z"), _when("D:20260721072904+07'00'"), _when(None)
    ('06/12/2026 05:53', '21/07/2026 07:29', '')
    """
    from datetime import datetime, timedelta, timezone

    found = _WHEN.match(str(stamp or ""))
    if not found:
        return ""
    try:
        moment = datetime.strptime(found.group(1), "%Y%m%d%H%M%S")
    except ValueError:
        return ""
    zone = (found.group(2) or "").replace("'", "")
    if zone and zone != "Z":
        sign = -1 if zone[0] == "-" else 1
        moment -= sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5] or 0))
    if zone:  # from UTC to Vietnam's time
        moment = moment.replace(tzinfo=timezone.utc) + timedelta(hours=7)
    return moment.strftime("%d/%m/%Y %H:%M")


def _common_name(contents: Any) -> str:
    """The name (CN) of the certificate that made the PKCS#7 signature ``contents``."""
    from asn1crypto import cms

    if not contents:
        return ""
    try:
        signed = cms.ContentInfo.load(bytes(contents))["content"]
        sid = signed["signer_infos"][0]["sid"].chosen
        for cert in signed["certificates"]:
            cert = cert.chosen
            if not isinstance(sid, cms.IssuerAndSerialNumber) \
                    or cert.serial_number == sid["serial_number"].native:
                return str(cert.subject.native.get("common_name") or "")
    except (ValueError, TypeError, KeyError, IndexError):
        return ""
    return ""


def stamp_notes(set_apart: tuple[tuple[str, int, str], ...] | list[tuple[str, int, str]],
                spec: dict[str, Any]) -> list[str]:
    """A warning for each stamp and note left out of the letter and each page with words of
    no Unicode map; and, where the letter's date was not read and page 1 carries a
    signature's stamp, that the date may lie under it."""
    from ntm_docgen.i18n import _

    out = []
    signed_page = None
    who = [tuple(text.split("|", 1)) for kind, _page, text in set_apart if kind == "signer"]
    for kind, page, text in set_apart:
        if kind == "signature":
            signed_page = signed_page or page
            if (unmapped(text) or not text) and any(a or b for a, b in who):
                out.append(_(
                    "the letter carries a digital signature ({signed}); its stamp on page "
                    "{page} is in a font that cannot be read and was kept out of the letter")
                    .format(page=page, signed="; ".join(_("signed by {who} on {when}").format(
                        who=a or "?", when=b or "?") for a, b in who)))
            elif unmapped(text) or not text:
                out.append(_(
                    "the letter carries a digital signature (its stamp on page {page}); the "
                    "stamp's text is in a font that cannot be read, so who signed and when are "
                    "not known from it: it was kept out of the letter; see the signature in a "
                    "PDF reader").format(page=page))
            else:
                out.append(_(
                    "the letter carries a digital signature: its stamp on page {page} "
                    "(“{text}”) was kept out of the letter").format(page=page, text=text))
        elif kind == "annotation":
            out.append(_("page {page}: a note drawn over the page, no part of the letter's own "
                         "text, was kept out of the letter: “{text}”").format(
                page=page, text="…" if unmapped(text) else text))
        elif kind == "unreadable":
            out.append(_("page {page}: a line in a font the PDF gives no letters for could not "
                         "be read and was kept out of the letter; read that page on the paper "
                         "and add what it says by hand").format(page=page))
    if signed_page == 1 and "ngay" not in spec:
        out.append(_("ngay: the letter's date could not be read on page 1; the digital "
                     "signature's stamp lies over the page there and may hide it: read the "
                     "date on the paper or in a PDF reader"))
    return out
