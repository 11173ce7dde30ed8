"""A legal document's number (văn bản quy phạm pháp luật), which carries its year."""

from __future__ import annotations

import re

#: A legal document's ký hiệu, opening with its year: ``2025/NQ-HĐND``, ``2009/CT-UBND``,
#: ``2015/QH13`` (a Luật), ``2020/NĐ-CP``, ``2024/TT-BTC``.
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d/(?:(?:NQLT|NQ|NĐ|QĐ|TTLT|TT|CT|PL|L)-|QH\d)[^/\s]*")


def law_ky_hieu(ky_hieu: str) -> str | None:
    """The ký hiệu after its year when ``ky_hieu`` is a legal document's, opening with one
    (``2025/NQ-HĐND`` -> ``NQ-HĐND``): its number (văn bản quy phạm pháp luật,
    ``99/2025/NQ-HĐND``) carries its year so, by the Law on them, which the decree's ``-``
    between the parts of a ký hiệu does not change; else None: a công văn's or a Hướng dẫn's
    number carries no year (``2025/UBND-VP`` is a slash to mend).

    >>> law_ky_hieu("2025/NQ-HĐND"), law_ky_hieu("2015/QH13"), law_ky_hieu("2025/UBND-VP")
    ('NQ-HĐND', 'QH13', None)
    >>> law_ky_hieu("UBND/VP"), law_ky_hieu("2025/NQ/HĐND"), law_ky_hieu("2025/HD-SNV")
    (None, None, None)
    """
    return ky_hieu[5:] if _YEAR_FIRST.fullmatch(ky_hieu) else None
