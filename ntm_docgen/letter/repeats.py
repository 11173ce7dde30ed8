"""Lines at the head of a body that repeat what the letter prints above it, printed once.

A decision re-made from a received file often keeps "QUYẾT ĐỊNH:" (or the tên loại, the trích
yếu, the authority line) as the first line of ``noi_dung``; the template prints them already,
so they are left out of the body and render says so.
"""

from __future__ import annotations

from functools import lru_cache

from ntm_docgen.i18n import N_, said
from ntm_docgen.letter.spec import Spec
from ntm_docgen.vietnamese.text import nfc, upper_vi


def _key(line: str) -> str:
    """A line compared without case, spacing, closing colon or full stop, or bold stars.

    >>> _key("  **Quyết  định:** "), _key("QUYẾT ĐỊNH")
    ('QUYẾT ĐỊNH', 'QUYẾT ĐỊNH')
    """
    text = " ".join(nfc(line).replace("*", " ").split())
    return upper_vi(text.rstrip(":. ").strip())


#: The warning for each kind of line left out (whole sentences for the catalogs).
_WARNINGS = {
    "ten_loai": N_('noi_dung: the line "{line}" at its head repeats the type heading, which the '
                   "letter prints above the body; it is printed once (delete it from noi_dung)"),
    "quyet": N_('noi_dung: the line "{line}" at its head repeats the line before the articles, '
                "which the letter prints above the body; it is printed once (delete it from "
                "noi_dung)"),
    "trich_yeu": N_('noi_dung: the line "{line}" at its head repeats the trích yếu, which the '
                    "letter prints above the body; it is printed once (delete it from noi_dung)"),
    "tham_quyen": N_('noi_dung: the line "{line}" at its head repeats tham_quyen, which the '
                     "letter prints above the body; it is printed once (delete it from "
                     "noi_dung)"),
}


def printed_above(spec: Spec) -> dict[str, list[str]]:
    """What the letter prints above its body, by the line's key, in order: the tên loại, the
    trích yếu, the authority line and a decision's "QUYẾT ĐỊNH:" (or "QUYẾT NGHỊ:"); a key
    printed twice (a decision's "QUYẾT ĐỊNH") may be repeated twice."""
    decision = ("QUYẾT NGHỊ" if spec.loai.ma == "NQ" else "QUYẾT ĐỊNH") \
        if spec.loai.layout == "quyet_dinh" else None
    return {key: list(kinds) for key, kinds in
            _printed_above(spec.loai.ten_hoa, spec.trich_yeu, spec.tham_quyen, decision)}


@lru_cache(maxsize=64)  # the same for every letter of a bulk run
def _printed_above(ten_loai: str, trich_yeu: str | None, tham_quyen: str | None,
                   decision: str | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    out: dict[str, list[str]] = {}
    lines = [(ten_loai, "ten_loai"), (trich_yeu, "trich_yeu"), (tham_quyen, "tham_quyen"),
             (decision, "quyet")]
    for text, kind in lines:
        if text:
            out.setdefault(_key(text), []).append(kind)
    return tuple((key, tuple(kinds)) for key, kinds in out.items())


def without_repeats(spec: Spec) -> tuple[str, list[str]]:
    """``noi_dung`` without the leading lines that repeat what is printed above it, and a
    warning for each line left out.

    >>> from ntm_docgen.letter.spec import parse_spec
    >>> spec = parse_spec({"loai": "QĐ", "co_quan": {"ten": "THỦ TƯỚNG CHÍNH PHỦ"},
    ...     "dia_danh": "Hà Nội", "trich_yeu": "Ban hành Quy chế",
    ...     "noi_dung": "QUYẾT ĐỊNH:\\nĐiều 1. Ban hành.", "ky": {"chuc_vu": "THỦ TƯỚNG",
    ...     "ho_ten": "A"}})
    >>> body, warnings = without_repeats(spec)
    >>> body, len(warnings)
    ('Điều 1. Ban hành.', 1)
    """
    above = printed_above(spec)
    lines = spec.noi_dung.splitlines()
    warnings: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.strip():
            kinds = above.get(_key(line))
            if not kinds:
                break
            colon = line.replace("*", "").rstrip().endswith(":")
            what = "quyet" if colon and "quyet" in kinds else kinds[0]
            kinds.remove(what)
            warnings.append(said(_WARNINGS[what], line=line.strip()))
        index += 1
    if not warnings:
        return spec.noi_dung, []
    return "\n".join(lines[index:]), warnings
