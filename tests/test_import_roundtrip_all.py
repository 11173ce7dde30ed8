"""Render → import gives the spec again: every example spec, a letter of every type of the
table and variants of the issuer (with and without a parent, names that wrap to 2-5 lines,
levels before and after 1 July 2025), the signature (KT./TM./TL./TUQ./Q., a long title), the
lists (many Nơi nhận, căn cứ, Kính gửi one and many) and drafts, rendered to DOCX (a sample to
PDF too) and read back field by field (tests/roundtrip_fields.py says what may differ and why).
`python tools/measure_roundtrip.py` gives the same as a figure."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from roundtrip_cases import PDF_SAMPLE, all_cases
from roundtrip_fields import misread, printed, read

from ntm_docgen.api import parse_spec, render
from ntm_docgen.cli.main import main
from ntm_docgen.importer import import_letter, import_lines

TODAY = date(2026, 6, 1)
CASES = all_cases()
#: Misread still, each for the reason given: a case here that reads right fails (strict).
#: (The PDF of quyet-dinh-khen-thuong, whose appendix's table was read as one paragraph, reads
#: right since a PDF's ruled tables are read as tables.)
KNOWN: dict[tuple[str, str], str] = {}


def _params(kind: str, names: list[str] | None = None) -> list[Any]:
    return [pytest.param(name, data, id=name,
                         marks=[pytest.mark.xfail(strict=True, reason=KNOWN[kind, name])]
                         if (kind, name) in KNOWN else [])
            for name, data in CASES if names is None or name in names]


def _round_trip(data: dict[str, Any], out: Path, pdf: bool) -> dict[str, tuple[Any, Any]]:
    spec = parse_spec(data)
    written = render(spec, out, today=TODAY, pdf=pdf)
    want = printed(spec, TODAY)
    return misread(want, read(import_letter(written[-1]).spec, list(want)))


def test_the_cases_cover_every_type_and_example() -> None:
    names = {name for name, _ in CASES}
    codes = {data["loai"] for _, data in CASES}
    assert {"CV", "QĐ", "KH", "HD", "BC", "TTr", "TB", "GM", "BB", "NQ", "CĐ"} <= codes
    assert len([n for n in names if n.startswith("loai-")]) >= 28
    assert set(PDF_SAMPLE) <= names


@pytest.mark.parametrize(("name", "data"), _params("docx"))
def test_a_docx_reads_back_as_its_spec(name: str, data: dict[str, Any], tmp_path: Path) -> None:
    wrong = _round_trip(data, tmp_path / "letter.docx", pdf=False)
    assert not wrong, wrong


@pytest.mark.parametrize(("name", "data"), _params("pdf", PDF_SAMPLE))
def test_a_pdf_reads_back_as_its_spec(name: str, data: dict[str, Any], tmp_path: Path) -> None:
    wrong = _round_trip(data, tmp_path / "letter.docx", pdf=True)
    assert not wrong, wrong


WRAPPED = [
    (["BAN CHỈ ĐẠO", "CÁC CHƯƠNG TRÌNH", "MỤC TIÊU QUỐC GIA TỈNH"], None),
    (["SỞ NÔNG NGHIỆP", "VÀ PHÁT TRIỂN", "NÔNG THÔN TỈNH LẠNG SƠN"], None),
    (["HỘI ĐỒNG THI ĐUA", "- KHEN THƯỞNG", "CỦA ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"], None),
    (["BAN CHỈ ĐẠO THỰC HIỆN", "CÁC CHƯƠNG TRÌNH", "MỤC TIÊU QUỐC GIA",
      "VỀ XÂY DỰNG NÔNG THÔN MỚI", "TỈNH LẠNG SƠN"], None),
    (["BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG", "VĂN PHÒNG ĐIỀU PHỐI", "NÔNG THÔN MỚI TRUNG ƯƠNG"], 2),
    (["BAN TỔ CHỨC", "ĐẠI HỘI ĐẠI BIỂU", "CÁC DÂN TỘC THIỂU SỐ VIỆT NAM",
      "TIỂU BAN THI ĐUA – KHEN THƯỞNG"], 3),
    (["BỘ CÔNG AN", "CÔNG AN TỈNH LÂM ĐỒNG"], 1),
]


@pytest.mark.parametrize(("header", "parent_lines"), WRAPPED,
                         ids=["cac", "va", "dash-cua", "five-lines", "parent-va",
                              "parent-cac", "cong-an"])
def test_a_name_wrapped_at_a_word_no_name_begins_with_is_one_name(
        header: list[str], parent_lines: int | None) -> None:
    """A line beginning with CÁC, VÀ, CỦA, VỀ or a dash goes on with the line above, and so
    does a line that begins no body under it; a line with a head word (TIỂU BAN, VĂN PHÒNG,
    CÔNG AN) still begins the issuer under its parent. Read from a text, with no bold."""
    spec = import_lines([*header, "Số: 12/KH-BCĐ", "Lạng Sơn, ngày 02 tháng 3 năm 2026",
                         "KẾ HOẠCH", "Triển khai năm 2026", "Nội dung.",
                         "TRƯỞNG BAN", "Nguyễn Văn A"]).spec
    cut = parent_lines or 0
    assert spec["co_quan"].get("chu_quan") == ("\n".join(header[:cut]) or None)
    assert spec["co_quan"]["ten"].split("\n") == header[cut:]


HEADLESS = ["VĂN PHÒNG ĐIỀU PHỐI", "CHƯƠNG TRÌNH MỤC TIÊU", "QUỐC GIA XÂY DỰNG",
            "NÔNG THÔN MỚI TỈNH"]
LETTER_END = ["Số: 12/KH-VPĐP", "Lạng Sơn, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH",
              "Triển khai năm 2026", "Nội dung.", "CHÁNH VĂN PHÒNG", "Nguyễn Văn A"]


@pytest.mark.parametrize("bold", [True, False], ids=["all-bold", "text"])
def test_where_the_parent_ends_is_a_guess_told_by_a_warning(bold: bool) -> None:
    """A line that begins no body's name under one that does: every line bold (a Word or PDF
    file), they are one name, as the decree sets a parent in plain type; in a text the first
    line is taken for the parent. Either way the warning names the line."""
    result = import_lines([*HEADLESS, *LETTER_END],
                          bold=frozenset(HEADLESS) if bold else frozenset())
    co_quan = result.spec["co_quan"]
    if bold:
        assert (co_quan.get("chu_quan"), co_quan["ten"]) == (None, "\n".join(HEADLESS))
    else:
        assert (co_quan["chu_quan"], co_quan["ten"]) == (HEADLESS[0], "\n".join(HEADLESS[1:]))
    told = [w for w in result.warnings if "CHƯƠNG TRÌNH MỤC TIÊU" in w]
    assert len(told) == 1 and "co_quan" in told[0], result.warnings


def test_the_guess_is_told_in_vietnamese(runner: CliRunner, tmp_path: Path) -> None:
    data = {"loai": "KH", "co_quan": {"ten": " ".join(HEADLESS), "viet_tat": "VPĐP"},
            "so": 12, "dia_danh": "Lạng Sơn", "ngay": "2026-03-02", "trich_yeu": "Triển khai",
            "noi_dung": "Nội dung.", "ky": {"chuc_vu": "CHÁNH VĂN PHÒNG", "ho_ten": "Lê Văn A"}}
    spec_path = tmp_path / "kh.yaml"
    spec_path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert runner.invoke(main, ["render", str(spec_path), "-o", str(tmp_path / "kh.docx")]) \
        .exit_code == 0
    result = runner.invoke(main, ["--lang", "vi", "import", str(tmp_path / "kh.docx"), "-o",
                                  str(tmp_path / "back.yaml")])
    assert result.exit_code == 0, result.output
    assert "không mở đầu tên cơ quan nào" in result.output, result.output
    back = yaml.safe_load((tmp_path / "back.yaml").read_text(encoding="utf-8"))
    assert " ".join(back["co_quan"]["ten"].split()) == " ".join(HEADLESS)
