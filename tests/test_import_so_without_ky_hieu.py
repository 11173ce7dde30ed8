"""`import` of a letter whose Số line prints no ký hiệu (issue 15): ``Số: 12`` or ``Số: 12/``
(the ký hiệu left for the e-office system to stamp, or lost), ``Số:`` alone, and for comparison
``Số:    /UBND-VP`` and ``Số: /QĐ-UBND`` (a number left blank). Each is a Word file and its PDF
printed by LibreOffice, made here from a letter rendered with its full number: every other
header field reads as the full letter's, the number is kept as printed, and a warning names
the ký hiệu missing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest

from ntm_docgen import api
from ntm_docgen.files.pdf import convert
from ntm_docgen.i18n import _
from ntm_docgen.importer import import_letter
from ntm_docgen.importer.header import NO_KY_HIEU

TODAY = date(2025, 3, 14)
CONG_VAN = {
    "loai": "CV", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nTỈNH KON TUM", "viet_tat": "UBND"},
    "don_vi": "VP", "so": 12, "ky_hieu": "UBND-VP", "dia_danh": "Kon Tum", "ngay": TODAY,
    "trich_yeu": "V/v tổng kết phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”",
    "kinh_gui": ["Ủy ban nhân dân các huyện, thành phố"],
    "noi_dung": "Ủy ban nhân dân tỉnh đề nghị các đơn vị tổ chức tổng kết phong trào./.",
    "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH",
           "ho_ten": "Nguyễn Văn A"},
}
QUYET_DINH = {
    "loai": "QĐ", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "viet_tat": "UBND"},
    "so": 12, "ky_hieu": "QĐ-UBND", "dia_danh": "Lạng Sơn", "ngay": TODAY,
    "trich_yeu": "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
    "tham_quyen": "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
    "can_cu": ["Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"],
    "noi_dung": "Điều 1. Tặng Bằng khen cho 02 tập thể.\nĐiều 2. Quyết định này có hiệu lực "
                "kể từ ngày ký./.",
    "ky": {"quyen_han": ["KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH", "ho_ten": "Nguyễn Văn A"},
    "noi_nhan": ["Như Điều 2", "Lưu: VT"],
}
#: name: (letter, the Số line as printed, the number and ký hiệu read)
SHAPES: dict[str, tuple[dict[str, Any], str, tuple[int | None, str | None]]] = {
    "cv-so-12": (CONG_VAN, "Số: 12", (12, None)),
    "cv-so-12-slash": (CONG_VAN, "Số: 12/", (12, None)),
    "cv-so-blank": (CONG_VAN, "Số:", (None, None)),
    "cv-no-number": (CONG_VAN, "Số:    /UBND-VP", (None, "UBND-VP")),
    "qd-so-12": (QUYET_DINH, "Số: 12", (12, None)),
    "qd-so-12-slash": (QUYET_DINH, "Số: 12/", (12, None)),
    "qd-so-blank": (QUYET_DINH, "Số:", (None, None)),
    "qd-no-number": (QUYET_DINH, "Số: /QĐ-UBND", (None, "QĐ-UBND")),
}
HEADER = ["loai", "dia_danh", "ngay", "trich_yeu", "tham_quyen", "kinh_gui", "noi_dung"]


def _with_so_line(full: Path, so_line: str, out: Path) -> None:
    """The full letter with its Số line retyped as ``so_line``."""
    document = docx.Document(str(full))
    cells = [c for t in document.tables for row in t.rows for c in row.cells]
    paragraphs = [*document.paragraphs, *(p for c in cells for p in c.paragraphs)]
    line = next(p for p in paragraphs if p.text.startswith("Số:"))
    line.runs[0].text = so_line
    for run in line.runs[1:]:
        run.text = ""
    document.save(str(out))


@pytest.fixture(scope="module")
def letters(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Each shape as a Word file and its PDF, and each letter in full (``cv-full``)."""
    work = tmp_path_factory.mktemp("so-lines")
    for kind, spec in (("cv", CONG_VAN), ("qd", QUYET_DINH)):
        data = api.render_bytes(api.parse_spec(spec), today=TODAY)
        (work / f"{kind}-full.docx").write_bytes(data)
    for name, (_spec, so_line, _read) in SHAPES.items():
        _with_so_line(work / f"{name[:2]}-full.docx", so_line, work / f"{name}.docx")
    convert(sorted(work.glob("*.docx")), work)
    return work


def _header(spec: dict[str, Any]) -> dict[str, Any]:
    return {k: spec.get(k) for k in HEADER} | {"ten": spec["co_quan"]["ten"]}


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
@pytest.mark.parametrize("name", list(SHAPES))
def test_the_header_reads_as_with_a_full_number(letters: Path, name: str, suffix: str) -> None:
    _spec, so_line, (so, ky_hieu) = SHAPES[name]
    full = import_letter(letters / f"{name[:2]}-full.{suffix}").spec
    result = import_letter(letters / f"{name}.{suffix}")
    assert _header(result.spec) == _header(full)
    assert (result.spec.get("so"), result.spec.get("ky_hieu")) == (so, ky_hieu)
    told = _(NO_KY_HIEU).format(line=so_line)
    assert (told in result.warnings) == (ky_hieu is None), result.warnings
    assert (so is None) == any(w.startswith(_("so: no number found (a draft?); it is left "
                                                "blank")) for w in result.warnings)


def test_a_full_number_is_not_warned_of(letters: Path) -> None:
    for suffix in ("docx", "pdf"):
        result = import_letter(letters / f"cv-full.{suffix}")
        assert (result.spec["so"], result.spec["ky_hieu"]) == (12, "UBND-VP")
        assert not any(w.startswith("ky_hieu:") for w in result.warnings), result.warnings


def test_the_appendix_gives_the_ky_hieu_the_so_line_left_out() -> None:
    from ntm_docgen.importer import import_lines

    result = import_lines(["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN",
                           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                           "Số: 12", "Lạng Sơn, ngày 14 tháng 3 năm 2025", "QUYẾT ĐỊNH",
                           "Về việc tặng Bằng khen", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
                           "QUYẾT ĐỊNH:", "Điều 1. Tặng Bằng khen cho 02 tập thể./.",
                           "Nơi nhận:", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                           "Nguyễn Văn A", "---", "DANH SÁCH",
                           "(Kèm theo Quyết định số 12/QĐ-UBND ngày 14/3/2025 của Chủ tịch "
                           "Ủy ban nhân dân tỉnh Lạng Sơn)", "1. Tập thể A"])
    assert (result.spec["so"], result.spec["ky_hieu"]) == (12, "QĐ-UBND")
    assert not any("“Số: 12”" in w for w in result.warnings), result.warnings
    assert any(w.startswith("ky_hieu:") and "QĐ-UBND" in w for w in result.warnings)
