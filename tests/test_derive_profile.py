"""derive profiles: every problem reported with its path and file, exit 1, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.cli import main
from ntm_docgen.derive import parse_profile
from ntm_docgen.errors import SpecError

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "derive"
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
BAD = sorted(DATA.glob("bad.*.yaml"))


def expected_path(profile: Path) -> str:
    first = profile.read_text(encoding="utf-8").splitlines()[0]
    return first.removeprefix("# expect:").strip()


@pytest.mark.parametrize("profile", BAD, ids=[p.stem.removeprefix("bad.") for p in BAD])
def test_a_bad_profile_is_refused_with_its_path(profile, tmp_path, runner):
    out = tmp_path / "out.docx"
    result = runner.invoke(main, ["derive", str(HD_1741), "--profile", str(profile), "--as",
                                  "cong-van", "-o", str(out)])
    assert result.exit_code == 1
    assert str(profile.resolve()) in result.stderr
    assert f"  - {expected_path(profile)}:" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()


def test_all_problems_at_once():
    with pytest.raises(SpecError) as caught:
        parse_profile({"tinh": "X", "cap": "tinh", "co_quan": {"tenn": "A"}, "ky": {}}, "p.yaml")
    paths = [p.path for p in caught.value.problems]
    assert paths == sorted(paths)
    assert {"cap", "co_quan.ten", "co_quan.tenn", "dia_danh", "ky.chuc_vu", "ky.ho_ten",
            "ten_goi"} <= set(paths)


@pytest.mark.parametrize(("data", "message"), [
    (None, "the profile is empty"),
    ([1, 2], "expected a mapping"),
], ids=["empty", "list"])
def test_not_a_profile(data, message):
    with pytest.raises(SpecError, match=message):
        parse_profile(data, "p.yaml")


def test_a_missing_profile_file(tmp_path, runner):
    result = runner.invoke(main, ["derive", str(HD_1741), "--profile",
                                  str(tmp_path / "none.yaml"), "--as", "huong-dan", "-o",
                                  str(tmp_path / "o.docx")])
    assert result.exit_code == 1 and "no such file" in result.stderr


def test_a_central_of_the_wrong_kind(tmp_path, runner):
    odd = tmp_path / "letter.pdf"
    odd.write_bytes(b"%PDF")
    result = runner.invoke(main, ["derive", str(odd), "--profile",
                                  str(ROOT / "data" / "profiles" / "lang-son.yaml"), "--as",
                                  "huong-dan", "-o", str(tmp_path / "o.docx")])
    assert result.exit_code == 1 and ".txt, .docx" in result.stderr


def test_a_shipped_profile_by_name(tmp_path, runner):
    out = tmp_path / "o.docx"
    result = runner.invoke(main, ["derive", str(HD_1741), "--profile", "quang-ngai", "--as",
                                  "cong-van", "-o", str(out), "--ngay", "2025-08-01"])
    assert result.exit_code == 0, result.output
    unknown = runner.invoke(main, ["derive", str(HD_1741), "--profile", "kontum", "--as",
                                   "cong-van", "-o", str(tmp_path / "x.docx")])
    assert unknown.exit_code == 1
    assert "shipped: " in unknown.stderr and "kon-tum-2024" in unknown.stderr
