"""A Nơi nhận line cut inside a word (``- T`` / ``hủ tướng CP, PTTg Hoàng Trung Hải;`` in
Công văn 4614/VPCP-KTN of 2014, tests/data/letters) is read whole, "Thủ tướng CP, ...", and
its first part is not told as a line read into no field: the README's own example said
"0 cảnh báo" and gave one, quoting "- T"."""

from __future__ import annotations

from conftest import DATA

from ntm_docgen.importer.build import import_letter


def test_the_readme_letter_reads_with_no_line_left():
    result = import_letter(DATA / "letters" / "cv_2014_vpcp_4614.txt")
    assert result.unread == []
    assert any(item.startswith("Thủ tướng CP") for item in result.spec["noi_nhan"])

