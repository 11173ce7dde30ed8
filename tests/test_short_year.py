"""A year typed short (``0026-12-05``, ``05/12/0026``) is refused naming the year meant, in a
spec, on the command line and on the desk: the letter printed "năm 26" without a word (a
black-box finding). A year before 1945 is no year of a letter of the state."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from ntm_docgen import api
from ntm_docgen.cli.main import main
from ntm_docgen.errors import SpecError

LETTER = """loai: CV
co_quan: {{ten: "ỦY BAN NHÂN DÂN\\nXÃ TÂN THÀNH", viet_tat: UBND}}
dia_danh: Tân Thành
ngay: {ngay}
trich_yeu: V/v báo cáo kết quả phong trào thi đua
kinh_gui: [Ủy ban nhân dân tỉnh Lạng Sơn]
noi_dung: Ủy ban nhân dân xã báo cáo kết quả.
ky: {{chuc_vu: CHỦ TỊCH, ho_ten: Trần Văn Bình}}
noi_nhan: [Như trên]
"""


@pytest.mark.parametrize("ngay", ["0026-12-05", '"05/12/0026"', '"0026-12-05"'])
def test_a_year_typed_short_in_a_spec_is_refused_naming_the_year_meant(tmp_path, ngay):
    spec = tmp_path / "cv.yaml"
    spec.write_text(LETTER.format(ngay=ngay), encoding="utf-8")
    result = CliRunner().invoke(main, ["--lang", "en", "render", str(spec), "-o",
                                       str(tmp_path / "cv.docx")])
    assert result.exit_code == 1, result.output
    assert "Date (ngay): the year 26 is written short: write it with its four digits, e.g. 2026" \
        in result.output
    assert not (tmp_path / "cv.docx").exists()


def test_a_year_before_1945_is_refused_and_a_year_of_four_digits_is_not_guessed():
    with pytest.raises(SpecError) as caught:
        api.parse_spec({**_letter(), "ngay": "1926-12-05"})
    assert "Date (ngay): the year 1926 is before 1945: check the year" in str(caught.value)
    assert "e.g." not in str(caught.value)
    assert api.parse_spec({**_letter(), "ngay": "1945-09-02"}).ngay.year == 1945


def test_the_command_lines_date_says_the_year_meant():
    result = CliRunner().invoke(main, ["--lang", "en", "derive", "nothing.txt", "--profile",
                                       "xa", "--as", "cong-van", "-o", "x.docx",
                                       "--ngay", "05/12/0026"])
    assert result.exit_code == 2
    assert "05/12/0026: the year 26 is written short" in result.output
    assert api.early_year("05/12/2026") is None and api.early_year("31/02/2026") is None


def _letter() -> dict:
    import yaml

    return yaml.safe_load(LETTER.format(ngay="2026-12-05"))


def test_a_draft_year_typed_short_is_told_as_a_date_is():
    with pytest.raises(SpecError) as caught:
        api.parse_spec({**_letter(), "ngay": None, "nam": 26})
    assert "Year (nam): the year 26 is written short: write it with its four digits, e.g. 2026" \
        in str(caught.value)
    with pytest.raises(SpecError) as caught:
        api.parse_spec({**_letter(), "ngay": None, "nam": 1920})
    assert "Year (nam): the year 1920 is before 1945" in str(caught.value)
    assert api.parse_spec({**_letter(), "ngay": None, "nam": 2026}).nam == 2026
