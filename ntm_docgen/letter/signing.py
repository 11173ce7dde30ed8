"""Who signs for whom (Điều 13, Phụ lục I ô 7a): the rules a signature block's lines must keep,
read from their texts alone, so that render (of a spec) and check (of a page) tell the same."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ntm_docgen.vietnamese.text import nfc, upper_vi

#: How an issuing authority of a collective begins (the Ủy ban, the Hội đồng, a standing
#: committee): its decisions are signed "TM." of it (Phụ lục I, ô 7a).
COLLECTIVE = ("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN THƯỜNG VỤ",
              "BAN CHẤP HÀNH", "THƯỜNG TRỰC")
#: How the authority of one head begins: the head signs, or a deputy "KT.", never "TM.".
HEAD = ("CHỦ TỊCH", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "TRƯỞNG", "BỘ TRƯỞNG", "THỦ TƯỚNG", "CHÁNH",
        "HIỆU TRƯỞNG", "VIỆN TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "CHI CỤC TRƯỞNG")


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
