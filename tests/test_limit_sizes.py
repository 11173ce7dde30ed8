"""A limit on a size is told in MB or GB as a clerk reads sizes beside her files, not in bytes of
ten digits; and on the desk its advice is to ask the administrator, who can raise the limit,
not to set an environment variable the clerk cannot reach (a black-box run met
"1.572.864.167 byte, vượt giới hạn 104.857.600 ... biến môi trường" on the check page)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from desk_support import csrf_of, desk_client

from ntm_docgen.cli.main import main
from ntm_docgen.desk.retold import told_error
from ntm_docgen.errors import LimitError
from ntm_docgen.files import limits
from ntm_docgen.i18n import language_kept, set_language, size
from ntm_docgen.importer.pdfwords import PagesLimitError

#: A number of seven digits or more, grouped as either language groups it.
LONG_NUMBER = re.compile(r"\d{1,3}([.,]\d{3}){2,}")


@pytest.mark.parametrize(("lang", "value", "shown"), [
    ("vi", 1_572_864_167, "1,5 GB"), ("en", 1_572_864_167, "1.5 GB"),
    ("vi", 100 << 20, "100 MB"), ("vi", 5 << 20, "5 MB"), ("vi", 640 << 10, "640 kB"),
    ("vi", 12, "12 byte"), ("vi", 1 << 30, "1 GB"), ("en", 2047, "2 kB"),
], ids=["vi-bomb", "en-bomb", "vi-100MB", "vi-5MB", "vi-kB", "vi-bytes", "vi-1GB", "en-kB"])
def test_a_size_is_told_in_the_unit_a_clerk_reads(lang, value, shown):
    with language_kept():
        set_language(lang)
        assert size(value) == shown


def _bomb(tmp_path: Path, megabytes: int) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (megabytes << 20))
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    return path


def test_the_command_line_tells_a_part_over_the_limit_in_mb(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("NTM_DOCGEN_MAX_ZIP_MEMBER", str(4 << 20))
    result = runner.invoke(main, ["--lang", "vi", "check", str(_bomb(tmp_path, 6))])
    assert result.exit_code == 1
    assert "vượt giới hạn 4 MB" in result.stderr, result.stderr
    assert "byte" not in result.stderr and not LONG_NUMBER.search(result.stderr)
    assert "NTM_DOCGEN_MAX_ZIP_MEMBER" in result.stderr  # who runs the command can raise it


def test_a_size_just_over_the_limit_is_not_told_equal_to_it():
    with language_kept():
        set_language("en")
        said = str(limits.ZIP_MEMBER.exceeded("x.docx"))
        over = str(LimitError("x.docx", "the size", 100 << 20, "NTM_X", (100 << 20) + 9,
                              in_bytes=True))
    assert "over the limit of 100 MB" in said
    assert over == "x.docx: the size is over the limit of 100 MB; if the file is genuine, raise " \
                   "the limit with the environment variable NTM_X"


@pytest.mark.parametrize("make", [
    lambda: LimitError("x.docx", limits.ZIP_MEMBER.what, 100 << 20, "NTM_DOCGEN_MAX_ZIP_MEMBER",
                       1_572_864_167, in_bytes=True),
    lambda: limits.FILE_BYTES.exceeded("x.pdf"),
    lambda: PagesLimitError(Path("dai.pdf"), limits.IMPORT_PAGES, 160),
    lambda: PagesLimitError(Path("dai.pdf"), limits.TRICH_PAGES, 460),
], ids=["found", "stream-cut", "import-pages", "trich-pages"])
def test_the_desk_asks_the_administrator_to_raise_a_limit(make):
    with language_kept():
        set_language("vi")
        error = make()
        shown, printed = told_error(error), str(error)
    assert "biến môi trường" in printed
    assert "đề nghị quản trị nâng giới hạn" in shown and "biến môi trường" not in shown, shown
    assert "nhập tệp" not in shown and "lệnh" not in shown


def test_the_check_page_tells_a_zip_bomb_in_mb_and_to_ask_the_administrator(tmp_path,
                                                                            monkeypatch):
    monkeypatch.setenv("NTM_DOCGEN_MAX_ZIP_MEMBER", str(4 << 20))
    bomb = _bomb(tmp_path, 6).read_bytes()
    with desk_client(tmp_path, lang="vi") as client:
        answer = client.post("/kiem-tra", data={"csrf_token": csrf_of(client, "/kiem-tra")},
                             files={"tep": ("bom.docx", bomb)})
    text = answer.text
    assert "vượt giới hạn 4 MB" in text, text
    assert "đề nghị quản trị nâng giới hạn (NTM_DOCGEN_MAX_ZIP_MEMBER)" in text
    assert "biến môi trường" not in text and "byte" not in text


def test_a_drafts_table_over_the_cell_limit_asks_the_administrator(monkeypatch):
    from ntm_docgen.desk.labels import said as said_on_the_form
    from ntm_docgen.errors import SpecError
    from ntm_docgen.letter.spec import parse_spec

    monkeypatch.setenv("NTM_DOCGEN_MAX_TABLE_CELLS", "4")
    data = {"loai": "KH", "co_quan": {"ten": "SỞ NỘI VỤ"}, "dia_danh": "Lạng Sơn",
            "trich_yeu": "X", "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Lê Văn A"},
            "noi_dung": "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |"}
    with language_kept():
        set_language("vi")
        with pytest.raises(SpecError) as raised:
            parse_spec(data)
        printed = str(raised.value)
        shown = said_on_the_form(raised.value.problems[0])
    assert "biến môi trường NTM_DOCGEN_MAX_TABLE_CELLS" in printed
    assert "đề nghị quản trị nâng giới hạn (NTM_DOCGEN_MAX_TABLE_CELLS)" in shown, shown
