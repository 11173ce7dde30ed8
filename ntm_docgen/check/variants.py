"""The accepted variants of data/check_variants.yaml: spellings and usages check stays silent on."""

from __future__ import annotations

import re
from functools import cache

from ntm_docgen.files.resources import load_data


@cache
def variants() -> dict:
    """The whole table."""
    return load_data("check_variants.yaml")


def accepted(element: str, text: str) -> bool:
    """True when ``text`` is an accepted spelling of ``element`` (``quoc_hieu``, ``tieu_ngu``).

    >>> accepted("quoc_hieu", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    True
    >>> accepted("tieu_ngu", "Độc lập – Tự do – Hạnh phúc"), accepted("tieu_ngu", "Độc lập-Tự do")
    (False, False)
    """
    return text in variants()[element]["spellings"]


def practice(element: str, text: str) -> bool:
    """True when ``text`` departs only from practice (a lưu ý), not from the decree.

    >>> practice("tieu_ngu", "Độc lập – Tự do – Hạnh phúc")
    True
    """
    return text in variants()[element].get("luu_y", [])


def official_code(part: str) -> bool:
    """True for a ký hiệu part official in mixed case.

    >>> official_code("TTg"), official_code("Vụ")
    (True, False)
    """
    return part in variants()["ky_hieu_codes"]


def first_recipient(text: str) -> bool:
    """True for an accepted first Nơi nhận item after a Kính gửi.

    >>> first_recipient("- Như kính gửi;"), first_recipient("- Như Điều 3;")
    (True, True)
    >>> first_recipient("- Sở Nội vụ;")
    False
    """
    return bool(re.match(variants()["nhu_tren"]["pattern"], text))
