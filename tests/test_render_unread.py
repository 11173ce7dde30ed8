"""A letter read from a file keeps "..." where the reading gave nothing (so that it renders);
``render --allocate`` takes no number for it: the văn thư would number a letter with no issuer
or signer (the desk refused it; found by a review)."""

from __future__ import annotations

from pathlib import Path

import yaml

from ntm_docgen.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "examples" / "giay-moi-hoi-nghi.yaml"
WITH_COPY = ROOT / "data" / "examples" / "000-huong-dan-1741-kem-sao-y.yaml"


def _allocated(runner, tmp_path: Path, data: dict, name: str = "gm"):  # type: ignore[no-untyped-def]
    """``render --allocate`` of ``data`` into tmp_path (its register so.sqlite3), in English."""
    spec = tmp_path / f"{name}.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / f"{name}.docx"),
                                "--allocate", "--db", str(tmp_path / "so.sqlite3")],
                         env={"NTM_DOCGEN_LANG": "en"})


def _numbers(runner, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    return runner.invoke(main, ["register", "list", "--db", str(tmp_path / "so.sqlite3")]).output


def test_a_letter_still_holding_dots_takes_no_number(runner, tmp_path: Path) -> None:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["co_quan"]["ten"] = "..."
    data["ky"]["ho_ten"] = "..."
    data.pop("so", None)
    result = _allocated(runner, tmp_path, data)
    assert result.exit_code == 1
    assert "co_quan.ten, ky.ho_ten still hold “...”" in result.output
    assert not (tmp_path / "gm.docx").exists()
    assert "/GM-" not in _numbers(runner, tmp_path)


def test_a_giay_moi_that_says_nothing_takes_no_number(runner, tmp_path: Path) -> None:
    """An empty Giấy mời renders with its warning (a draft may be printed to look at), but
    ``--allocate`` gives it no number (review: it was numbered with the warning)."""
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data.pop("so", None)
    data.pop("noi_dung", None)
    data.pop("phu_luc", None)
    result = _allocated(runner, tmp_path, data)
    assert result.exit_code == 1
    said = " ".join(result.output.split())
    assert "the Giấy mời says nothing yet" in said and "no number was taken" in said
    assert not (tmp_path / "gm.docx").exists()
    assert "/GM-" not in _numbers(runner, tmp_path)
    data["noi_dung"] = "Kính mời đồng chí dự họp lúc 08 giờ 00 ngày 05/3/2026 tại Hội trường."
    result = _allocated(runner, tmp_path, data)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "gm.docx").exists()


def test_a_copy_block_with_another_form_s_ky_hieu_takes_no_number(runner, tmp_path: Path):
    """A SAO LỤC block typed with ky_hieu SY-VP: render warns, ``--allocate`` numbered it
    “01/SY-VP” in the register as a Bản sao lục (review); now refused before any number."""
    data = yaml.safe_load(WITH_COPY.read_text(encoding="utf-8"))
    data["ban_sao"]["hinh_thuc"] = "SAO LỤC"
    data["ban_sao"]["ky_hieu"] = "SY-VP"
    data["ban_sao"].pop("so", None)
    result = _allocated(runner, tmp_path, data, "hd")
    assert result.exit_code == 1
    said = " ".join(result.output.split())
    assert "ban_sao.ky_hieu: “SY-VP” begins with SY" in said and "no number was taken" in said
    assert not (tmp_path / "hd.docx").exists()
    assert not (tmp_path / "so.sqlite3").exists()


def test_a_copy_block_dated_before_the_letter_numbered_today_is_told(runner, tmp_path: Path):
    """A draft with a copy block dated 2018, numbered today by --allocate: the letter is dated
    today and its copy years before it, without a word (a black-box run; render without
    --allocate said it)."""
    data = yaml.safe_load(WITH_COPY.read_text(encoding="utf-8"))
    for key in ("so", "ngay"):
        data.pop(key, None)
    data["ban_sao"].pop("so", None)
    result = _allocated(runner, tmp_path, data, "hd")
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert "ban_sao.ngay: the copy is dated 09/08/2018, before its original of" in said, said


def test_a_register_named_without_allocate_is_told(runner, tmp_path: Path) -> None:
    """``render --db so.sqlite`` without --allocate was accepted silently (a black-box run):
    she believed the letter recorded."""
    result = runner.invoke(main, ["render", str(EXAMPLE), "-o", str(tmp_path / "gm.docx"),
                                  "--db", str(tmp_path / "so.sqlite3")],
                           env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 0, result.output
    assert "without --allocate the letter takes no number" in " ".join(result.stderr.split())
    assert not (tmp_path / "so.sqlite3").exists()
