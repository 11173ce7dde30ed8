"""One body once in a derived letter's Nơi nhận: its full name and its short one ("Ủy ban nhân
dân tỉnh Lào Cai (b/c)" and "UBND tỉnh (b/c)", both for a Sở of Lào Cai) are the same body."""

from __future__ import annotations

import re
from typing import Any

#: a Nơi nhận line's purpose, after the body: "(b/c)", "(báo cáo)", "(để biết)"
_PURPOSES = ("(b/c)", "(báo cáo)", "(để b/c)", "(để báo cáo)", "(đ/b)", "(để biết)", "(t/h)",
             "(thực hiện)")
#: a body's full words, and how a Nơi nhận shortens them
_SHORT = (("ủy ban nhân dân", "ubnd"), ("uỷ ban nhân dân", "ubnd"),
          ("hội đồng nhân dân", "hđnd"), ("thường trực", "tt"))


def body_key(line: str, place: str) -> str:
    """What names the body of a Nơi nhận line: short words, without its purpose and without the
    unit's own place (``tỉnh Lào Cai`` is ``tỉnh`` in a letter of Lào Cai).

    >>> body_key("Ủy ban nhân dân tỉnh Lào Cai (b/c)", "Lào Cai")
    'ubnd tỉnh'
    >>> body_key("- UBND tỉnh (b/c)", "Lào Cai")
    'ubnd tỉnh'
    >>> body_key("UBND tỉnh Lạng Sơn", "Lào Cai")
    'ubnd tỉnh lạng sơn'
    """
    key = line.strip().lstrip("-").strip().casefold()
    for purpose in _PURPOSES:
        key = key.removesuffix(purpose).rstrip()
    for long, short in _SHORT:
        key = key.replace(long, short)
    if place:
        key = re.sub(rf"\b(tỉnh|thành phố|xã|phường) {re.escape(place.casefold())}$", r"\1", key)
    return " ".join(key.split())


def one_body_once(spec: dict[str, Any], place: str) -> None:
    """The Nơi nhận of ``spec`` with a body named twice kept where it comes first; a part under
    an item ("+ CVP") is never taken for one."""
    seen: set[str] = set()
    kept = []
    for item in spec.get("noi_nhan") or []:
        text = str(item)
        key = body_key(text, place)
        if not text.lstrip().startswith("+") and key in seen:
            continue
        seen.add(key)
        kept.append(item)
    if spec.get("noi_nhan"):
        spec["noi_nhan"] = kept
