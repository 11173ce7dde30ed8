"""A value of 100,000 characters is quoted shortened in every message (i18n.shortened: its first
59 characters and "…"), and the register keeps no text past its bound, saying the bound."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from ntm_docgen.cli.main import main
from ntm_docgen.i18n import QUOTED, shortened

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"
LONG = "Ủy ban NHÂN DÂN " * 6250  # 100,000 characters


def test_one_rule_shortens_a_value_quoted() -> None:
    assert shortened(LONG) == LONG[:QUOTED - 1] + "…"
    assert shortened("Sở Nội vụ") == "Sở Nội vụ"


def spec_with(tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


CHANGES = {
    "ho-ten-in-capitals": lambda d: d["ky"].__setitem__("ho_ten", "NGUYỄN " * 14000),
    "luu-without-vt": lambda d: d.__setitem__("luu", "TH " + LONG),
    "nhu-tren-without-kinh-gui": lambda d: d.__setitem__("noi_nhan", ["Như trên " + LONG]),
    "template-tag": lambda d: d.__setitem__("noi_dung", d["noi_dung"] + "\n{% " + LONG + " %}"),
    "unknown-key": lambda d: d.__setitem__("k" * 100000, 1),
    "bad-date": lambda d: d.__setitem__("ngay", LONG),
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES)
def test_a_long_spec_value_is_quoted_shortened(runner: CliRunner, tmp_path: Path,
                                               change) -> None:  # type: ignore[no-untyped-def]
    spec = spec_with(tmp_path, change)
    result = runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "a.docx")])
    said = result.stderr
    assert "…" in said, said
    assert max(len(line) for line in said.splitlines()) < 600, said[:300]


COMMANDS = {
    "new": ["new", LONG],
    "xa-cua": ["bulk", str(EXAMPLE), "--xa-cua", LONG, "-o", "out"],
    "register-loai": ["register", "next", "--db", "so.sqlite", "--co-quan", "UBND",
                      "--loai", LONG],
    "register-co-quan-spaces": ["register", "next", "--db", "so.sqlite", "--co-quan", LONG,
                                "--loai", "KH"],
    "derive-profile": ["derive", str(EXAMPLE), "--profile", "p" * 100000, "--as", "cong-van",
                       "-o", "d.docx"],
    "file-name-too-long": ["render", "a" * 300 + ".yaml", "-o", "a.docx"],
}


@pytest.mark.parametrize("args", COMMANDS.values(), ids=COMMANDS)
def test_a_long_argument_is_quoted_shortened(runner: CliRunner, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             args: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, args)
    assert result.exit_code == 1, result.output[:300]
    assert "Traceback" not in result.output
    assert max(len(line) for line in result.stderr.splitlines()) < 600, result.stderr[:300]


def test_the_register_bounds_the_issuers_abbreviation(runner: CliRunner,
                                                      tmp_path: Path) -> None:
    db = tmp_path / "so.sqlite"
    result = runner.invoke(main, ["register", "next", "--db", str(db), "--co-quan", "A" * 100000,
                                  "--loai", "KH"])
    assert result.exit_code == 1
    assert "--co-quan: 100000 characters, and the register keeps at most 40" in result.stderr
    assert len(result.stderr) < 300
    fits = runner.invoke(main, ["register", "next", "--db", str(db), "--co-quan", "A" * 40,
                                "--loai", "KH", "--json"])
    assert fits.exit_code == 0, fits.output


def test_the_register_bounds_an_entrys_text(tmp_path: Path) -> None:
    from ntm_docgen import register
    from ntm_docgen.errors import RegisterError

    entry = register.RegisterEntry(trich_yeu="x" * 40_000)
    with pytest.raises(RegisterError, match="trich_yeu: 40000 characters, and the register "
                                            "keeps at most 32767"):
        register.allocate(str(tmp_path / "so.sqlite"), co_quan="UBND", loai_code="KH",
                          entry=entry)


def test_a_text_of_many_lines_is_filled_not_balanced(monkeypatch: pytest.MonkeyPatch) -> None:
    """A trích yếu of 100,000 characters is broken as Word fills a paragraph, where weighing
    every split into each number of lines took minutes and gigabytes; a short one is still
    balanced."""
    from ntm_docgen.files.ooxml import mm
    from ntm_docgen.letter import fit

    def weighed(*args: object) -> None:
        raise AssertionError("a text of many lines weighed split by split")

    monkeypatch.setattr(fit, "_best_split", weighed)
    lines = fit.balanced(LONG, mm(150), 14)
    assert " ".join(lines) == " ".join(LONG.split())
    assert all(fit.text_width(x, 14) <= mm(150) * 1.2 for x in lines)
    monkeypatch.undo()
    assert fit.balanced("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", mm(70), 12) == [
        "SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"]


@pytest.mark.parametrize(("viet_tat", "told"), [
    ("A" * 100, "co_quan.viet_tat: 100 characters, and the register keeps at most 40"),
    ("SỞ NV", "co_quan.viet_tat: expected the issuer's abbreviation"),
], ids=["too-long", "with-a-space"])
def test_a_specs_abbreviation_the_register_refuses_is_named_as_the_spec_names_it(
        runner: CliRunner, tmp_path: Path, viet_tat: str, told: str) -> None:
    """The register refuses the abbreviation a spec gives as it refuses ``--co-quan``, but names
    the spec's field: the clerk who ran ``render --allocate`` typed no ``--co-quan``."""
    spec = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    spec["co_quan"]["viet_tat"] = viet_tat
    path = tmp_path / "letter.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "letter.docx"
    result = runner.invoke(main, ["--lang", "en", "render", str(path), "-o", str(out),
                                  "--allocate", "--db", str(tmp_path / "so.sqlite")])
    assert result.exit_code == 1, result.output
    assert told in result.stderr and "--co-quan" not in result.stderr
    assert not out.exists()
