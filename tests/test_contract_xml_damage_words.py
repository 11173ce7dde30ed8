"""A Word file whose XML cannot be read is told in the user's language: the part, the line and
column, and the fix (save it again), for a copy and for a check; never the XML parser's own
English ("Excessive depth in document: 256, use XML_PARSE_HUGE option")."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile_files import docx_file

from ntm_docgen.cli.main import main

COPY = """hinh_thuc: SAO Y
co_quan: {ten: VĂN PHÒNG, viet_tat: VP}
so: 12
dia_danh: Lạng Sơn
ngay: 2026-03-06
ky: {chuc_vu: CHÁNH VĂN PHÒNG, ho_ten: Lê Văn Bình}
noi_nhan: [Các sở]
"""


@pytest.mark.parametrize("command", ["copy", "check"])
def test_a_word_file_nested_too_deeply_is_told_in_vietnamese(tmp_path: Path, command):
    deep = docx_file(tmp_path, "deep.docx")
    spec = tmp_path / "sao-y.yaml"
    spec.write_text(COPY, encoding="utf-8")
    args = ["--lang", "vi", command, str(deep)]
    if command == "copy":
        args += ["--spec", str(spec), "-o", str(tmp_path / "ban-sao.docx")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    assert "bị hỏng" in result.output and "dòng 1, cột" in result.output, result.output
    assert "XML_PARSE_HUGE" not in result.output and "Excessive" not in result.output
    assert "Traceback" not in result.output
