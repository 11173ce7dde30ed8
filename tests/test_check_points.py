"""Points a), b), … follow the Vietnamese alphabet (a b c d đ e g h i k …, nd30-layout row 6):
render warns of a list out of that order, and check tells it once per list, naming the letter
due; a list in order, and a "(f)" or a lone "f)" that opens no list, stay silent."""

from __future__ import annotations

import pytest
import yaml
from conftest import EXAMPLES

from ntm_docgen.check import check_file
from ntm_docgen.cli.main import main

BASE = yaml.safe_load((EXAMPLES / "000-huong-dan-1741-btdkt.yaml").read_text(encoding="utf-8"))


def _body(points: list[str]) -> str:
    return "\n".join(["1. Nội dung", *points, "2. Tổ chức thực hiện",
                      "Các đơn vị thực hiện nghiêm túc./."])


CASES = [
    ("f-for-đ", ["a) Một;", "b) Hai;", "c) Ba;", "d) Bốn;", "e) Năm;", "f) Sáu."], ("e", "đ")),
    ("đ-after-e", ["a) Một;", "b) Hai;", "c) Ba;", "d) Bốn;", "e) Năm;", "đ) Sáu."],
     ("e", "đ")),
    ("f-after-đ-e", ["a) Một;", "b) Hai;", "c) Ba;", "d) Bốn;", "đ) Năm;", "e) Sáu;",
                     "f) Bảy."], ("f", "g")),
    ("in-order", ["a) Một;", "b) Hai;", "c) Ba."], None),
    ("in-order-to-g", ["a) Một;", "b) Hai;", "c) Ba;", "d) Bốn;", "đ) Năm;", "e) Sáu;",
                       "g) Bảy."], None),
    ("f-in-a-sentence", ["a) Một;", "b) Hai;", "c) Ba (f) theo điểm c khoản 2."], None),
    ("lone-f", ["f) Theo điểm f khoản 1 Điều 5 Luật Thi đua, khen thưởng."], None),
    ("two-lists", ["a) Một;", "b) Hai.", "2. Hai", "a) Một;", "b) Hai."], None),
]


@pytest.fixture
def letter(runner, tmp_path):
    """Render the base letter with ``points`` in its body: the warnings and the file."""
    def render(points: list[str]) -> tuple[str, object]:
        spec = tmp_path / "s.yaml"
        spec.write_text(yaml.safe_dump({**BASE, "noi_dung": _body(points)}, allow_unicode=True),
                        encoding="utf-8")
        out = tmp_path / "a.docx"
        result = runner.invoke(main, ["--lang", "en", "render", str(spec), "-o", str(out)])
        assert result.exit_code == 0, result.output
        return result.stderr, out
    return render


@pytest.mark.parametrize(("points", "wrong"), [(p, w) for _n, p, w in CASES],
                         ids=[n for n, _p, _w in CASES])
def test_check_tells_a_point_out_of_the_alphabet_s_order(letter, points, wrong):
    _warnings, out = letter(points)
    found = [f for f in check_file(out) if f.rule == "body.point_order"]
    if wrong is None:
        assert found == []
    else:
        assert [(f.found, f.text[:2]) for f in found] == [(f'"{wrong[0]})"', f"{wrong[0]})")]
        assert f'"{wrong[1]})"' in found[0].message


@pytest.mark.parametrize(("points", "wrong"), [(p, w) for _n, p, w in CASES],
                         ids=[n for n, _p, _w in CASES])
def test_render_warns_of_a_point_out_of_the_alphabet_s_order(letter, points, wrong):
    warnings, _out = letter(points)
    if wrong is None:
        assert "point" not in warnings
    else:
        line = 1 + points.index(next(p for p in points[::-1] if p.startswith(f"{wrong[0]})")))
        assert (f'warning: noi_dung, line {line + 1}: the point "{wrong[0]})" stands where '
                f'"{wrong[1]})" is due') in warnings


def test_render_warns_of_such_a_list_in_a_phu_luc(runner, tmp_path):
    spec = tmp_path / "s.yaml"
    data = {**BASE, "phu_luc": [{"tieu_de": "ĐỀ CƯƠNG", "noi_dung": "a) Một\nb) Hai\nd) Ba"}]}
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(main, ["--lang", "en", "render", str(spec), "-o",
                                  str(tmp_path / "a.docx")])
    assert result.exit_code == 0
    assert 'warning: phu_luc[0].noi_dung, line 3: the point "d)" stands where "c)" is due' in \
        result.stderr
