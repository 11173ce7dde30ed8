"""A Sở's letter speaks as a Sở: its head is the Giám đốc, not a committee's Chủ tịch, and it
asks (đề nghị) the bodies it does not direct (the Công an tỉnh, the other sở, the communes'
committees) rather than ordering them as the province's committee did."""

from __future__ import annotations

import re
from typing import Any

from ntm_docgen.i18n import N_, said, shortened

#: bodies a Sở does not direct: named after its "yêu cầu" they are the committee's order
_NOT_ITS_OWN = re.compile(r"Công an|Bộ Chỉ huy|\bsở\b|Ủy ban nhân dân|Uỷ ban nhân dân|UBND",
                          re.IGNORECASE)


def as_a_department(spec: dict[str, Any], ten_goi: str) -> list[str]:
    """``spec``'s body written as the Sở ``ten_goi`` speaks ("Chủ tịch Sở Xây dựng tỉnh Lào Cai
    yêu cầu Công an tỉnh, …" → "Sở Xây dựng tỉnh Lào Cai đề nghị Công an tỉnh, …"), each line
    so changed quoted in a warning for her to check; nothing for a unit that is not a Sở."""
    if not ten_goi.startswith("Sở "):
        return []
    asks = re.compile(rf"(?:Chủ tịch|Giám đốc)\s+{re.escape(ten_goi)}\s+yêu cầu\s+([^:.]*)")
    changed: list[str] = []
    lines = str(spec.get("noi_dung") or "").split("\n")
    for i, line in enumerate(lines):
        found = asks.search(line)
        if found and _NOT_ITS_OWN.search(found[1]):
            lines[i] = line[:found.start()] + f"{ten_goi} đề nghị {found[1]}" + line[found.end():]
            changed.append(lines[i])
        lines[i] = lines[i].replace(f"Chủ tịch {ten_goi}", f"Giám đốc {ten_goi}")
    spec["noi_dung"] = "\n".join(lines)
    if not changed:
        return []
    return [said(N_("{unit} is a Sở: it does not order the bodies the committee above ordered "
                    "(the Công an, the other sở, the committees of the communes), so the letter "
                    "asks them (“đề nghị”): “{line}”; check that {unit} may ask them, or leave "
                    "them to the committee's own letter"), unit=ten_goi,
                 line=shortened(changed[0], 200))]
