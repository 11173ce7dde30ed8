"""Who signs for whom (Điều 13, Phụ lục I ô 7a): the rules a signature block's lines must keep,
read from their texts alone, so that render (of a spec) and check (of a page) tell the same."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.text import nfc, upper_vi

#: How an issuing authority of a collective begins (the Ủy ban, the Hội đồng, a standing
#: committee): its decisions are signed "TM." of it (Phụ lục I, ô 7a).
COLLECTIVE = ("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN THƯỜNG VỤ",
              "BAN CHẤP HÀNH", "THƯỜNG TRỰC")
#: How the authority of one head begins: the head signs, or a deputy "KT.", never "TM.".
HEAD = ("CHỦ TỊCH", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "TRƯỞNG", "BỘ TRƯỞNG", "THỦ TƯỚNG", "CHÁNH",
        "HIỆU TRƯỞNG", "VIỆN TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "CHI CỤC TRƯỞNG")


#: The prefixes of a line of authority (Điều 13): what follows names a collective or a title.
PREFIXES = ("TM.", "KT.", "TL.", "TUQ.", "Q.")
#: A level's word left bare at the end of a line of authority after an abbreviation ("TM.
#: UBND XÃ"): the decree's form prints the collective alone, "TM. ỦY BAN NHÂN DÂN".
_BARE_LEVEL = ("XÃ", "PHƯỜNG", "TỈNH", "HUYỆN", "QUẬN")


@cache
def _abbreviations() -> dict[str, str]:
    """Each abbreviation of a body or a title (``data/viet_tat.yaml``) -> its words."""
    known = load_data("viet_tat.yaml") or {}
    out = {nfc(str(k)): " ".join(str(v["ten"]).split()) for k, v in known["co_quan"].items()}
    out.update({nfc(str(k)): str(v) for k, v in known.get("quyen_han", {}).items()})
    return out


def spelled_out(line: str) -> str | None:
    """A line of authority (``TM. UBND XÃ``) written in full words when it names its collective
    or its title by an abbreviation (Phụ lục I, ô 7a: "TM. ỦY BAN NHÂN DÂN"); None when it
    names them in words already, or is no line of authority.

    >>> spelled_out("TM. UBND XÃ"), spelled_out("KT. CT"), spelled_out("TM. ỦY BAN NHÂN DÂN")
    ('TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', None)
    >>> spelled_out("TM. UBND XÃ TÂN THÀNH"), spelled_out("TM. BAN THƯỜNG TRỰC")
    ('TM. ỦY BAN NHÂN DÂN XÃ TÂN THÀNH', None)
    >>> spelled_out("TM. THƯỜNG TRỰC HĐND"), spelled_out("KT. GIÁM ĐỐC"), spelled_out("UBND")
    ('TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN', None, None)
    """
    text = nfc(" ".join(line.split()))
    prefix = next((p for p in PREFIXES if text.startswith(p + " ")), None)
    if prefix is None:
        return None
    known = _abbreviations()
    words = text[len(prefix):].split()
    if not any(w.strip(",;.") in known for w in words):
        return None
    full = " ".join(known.get(w.strip(",;."), w) for w in words)
    if len(words) > 1 and words[-2] in known and words[-1] in _BARE_LEVEL:
        full = full.rsplit(" ", 1)[0]  # "UBND XÃ": the collective alone
    return f"{prefix} {full}"


@dataclass(frozen=True)
class Gap:
    """One contradiction of a signature block. ``kind``: ``tm_for_head`` ("TM." on a head's
    own decision), ``no_tm`` (a collective's decision signed without "TM."), ``kt_head`` ("KT.
    X" over the title X itself), ``deputy_tm`` (a deputy of an Ủy ban signing "TM." of it
    without "KT." of the head). ``line`` is the line of authority concerned; ``body`` the
    collective; ``head`` the head's title."""

    kind: str
    line: str = ""
    body: str = ""
    head: str = ""


def _plain(text: str) -> str:
    return upper_vi(nfc(" ".join(text.split())))


def signature_gaps(ma: str, tham_quyen: str, quyen_han: Sequence[str],
                   chuc_vu: str) -> list[Gap]:
    """The contradictions between a letter's type code ``ma``, its authority line, its lines
    of authority (TM., KT. …) and its signer's title; the Fatherland Front's standing deputies
    sign "TM." by their own rules, and are left alone.

    >>> [g.kind for g in signature_gaps("QĐ", "CHỦ TỊCH UBND TỈNH", ["TM. ỦY BAN NHÂN DÂN",
    ...                                  "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH")]
    ['tm_for_head']
    >>> [g.kind for g in signature_gaps("QĐ", "ỦY BAN NHÂN DÂN TỈNH", ["KT. CHỦ TỊCH"],
    ...                                 "PHÓ CHỦ TỊCH")]
    ['no_tm']
    >>> [g.kind for g in signature_gaps("KH", "", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
    ...                                 "CHỦ TỊCH")]
    ['kt_head']
    >>> [g.kind for g in signature_gaps("KH", "", ["TM. ỦY BAN NHÂN DÂN"], "PHÓ CHỦ TỊCH")]
    ['deputy_tm']
    >>> signature_gaps("KH", "", ["TM. ỦY BAN NHÂN DÂN"], "PHÓ CHỦ TỊCH THƯỜNG TRỰC")[0].head
    'CHỦ TỊCH'
    >>> signature_gaps("KH", "", ["TM. BAN THƯỜNG TRỰC"], "PHÓ CHỦ TỊCH THƯỜNG TRỰC")
    []
    """
    lines = [_plain(line) for line in quyen_han]
    title = _plain(chuc_vu)
    gaps: list[Gap] = []
    if tham_quyen and ma in ("QĐ", "NQ"):
        authority = _plain(tham_quyen)
        on_behalf = [line for line in lines if line.startswith("TM.")]
        collective = next((c for c in COLLECTIVE if authority.startswith(c)), None)
        if authority.startswith(HEAD) and on_behalf:
            gaps.append(Gap("tm_for_head", line=on_behalf[0]))
        elif collective is not None and not on_behalf:
            gaps.append(Gap("no_tm", body=collective))
    head_line = next((line for line in lines if line.startswith("KT.")
                      and line[3:].strip() == title), None)
    if head_line is not None:
        gaps.append(Gap("kt_head", line=head_line))
    elif (lines and all(line.startswith("TM.") for line in lines) and title.startswith("PHÓ ")
          and lines[-1][3:].strip().startswith(("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN"))):
        rest = title[len("PHÓ "):]  # PHÓ CHỦ TỊCH THƯỜNG TRỰC: KT. CHỦ TỊCH
        head = next((h for h in sorted(HEAD, key=len, reverse=True) if rest.startswith(h)), rest)
        gaps.append(Gap("deputy_tm", line=lines[-1], head=head))
    return gaps
