"""A scan's Nơi nhận notes OCR misread on clean print (issue 15, docs/accuracy.md): a note's
closing bracket read as a brace, and the notes the Bộ Công an abbreviates by syllables
(``b/cáo``, ``th/hiện``, ``ph/hợp``) read with ``đề`` for ``để``."""

from __future__ import annotations

import pytest

from ntm_docgen.importer.ocrfix import mend_line


@pytest.mark.parametrize(("read", "right"), [
    ("- PCTr. Đặng Ngọc Minh (đề b/c};", "- PCTr. Đặng Ngọc Minh (để b/c);"),   # 2191
    ("- Đ/c Bộ trưởng (đề b/cáo);", "- Đ/c Bộ trưởng (để b/cáo);"),             # 5240
    ("- CA các đơn vị, địa phương (đề th/hiện).", "- CA các đơn vị, địa phương (để th/hiện)."),
    ("- Văn phòng Chính phủ (đề ph/hợp);", "- Văn phòng Chính phủ (để ph/hợp);"),
    # as printed: a phrase of the body in brackets, a brace the line opened, a slash of words
    ("xây dựng nguồn tài liệu chung (đề kiểm tra, đề thi)", None),
    ("công thức {a} và {b}", None),
    ("- Các UBND tỉnh/thành phố;", None),
], ids=["brace", "b-cao", "th-hien", "ph-hop", "de-thi", "braces", "tinh-thanh"])
def test_a_receivers_note_read_wrong_on_print(read: str, right: str | None) -> None:
    assert " ".join(mend_line(read.split())) == (right or read)
