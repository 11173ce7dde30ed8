"""tools/held_before.py names the candidate letters a committed set holds already: by sha256 or
repository and path in a provenance.tsv, by the ``nguon`` of a truth (the sets before held_out_20
keep no provenance.tsv), and by the number, symbol and date the importer reads from a file."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "data" / "letters"


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("held_before", ROOT / "tools" / "held_before.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _candidates(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """A candidates' provenance.tsv: name, repository, path (the commit and sha256 made up)."""
    lines = ["name\trepository\tcommit\tpath\tsha256"] + [
        f"{name}\t{repo}\t{'0' * 40}\t{where}\t{str(i) * 64}" for i, (name, repo, where)
        in enumerate(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_letter_known_only_by_its_truths_nguon_is_held(tmp_path, capsys):
    """held_out_10 keeps no provenance.tsv: the Cục's letter of 9 July 2025 is known by the blob
    address its truth names, and a candidate at that repository and path is held."""
    truth = (LETTERS / "held_out_10" / "cv_2025_dck_1178.expected.yaml").read_text("utf-8")
    assert "/blob/" in truth and not (LETTERS / "held_out_10" / "provenance.tsv").exists()
    tsv = _candidates(tmp_path / "c.tsv", [
        ("cv_1178.pdf", "Trangsct/skill-sct",
         "kccn-sct-vn/skills/kccn-sct-vn/van-ban-goc/1178-DCK-CTT-huong-dan-CCN-dia-gioi-moi.pdf"),
        ("fresh.pdf", "someone/letters", "van-ban/KH-01.pdf")])
    assert _tool().main([str(tsv)]) == 1
    out = capsys.readouterr().out
    assert ("cv_1178.pdf: held already: repository and path of "
            "letters/held_out_10/cv_2025_dck_1178") in out
    assert "fresh.pdf" not in out
    assert "1 of 2 candidates held already" in out


def test_an_address_written_with_escapes_is_the_same_path(tmp_path, capsys):
    """A ``nguon`` writes a space as %20; the candidate's path has the space."""
    sets = tmp_path / "data" / "letters" / "held_out_x"
    sets.mkdir(parents=True)
    (sets / "kh_01.expected.yaml").write_text(
        "nguon: https://github.com/xa/van-ban/blob/abc/K%E1%BA%BF%20ho%E1%BA%A1ch%2001.docx\n"
        "loai: KH\nso: null\n", encoding="utf-8")
    tsv = _candidates(tmp_path / "c.tsv", [("kh.docx", "xa/van-ban", "Kế hoạch 01.docx")])
    assert _tool().main([str(tsv), "--sets", str(tmp_path / "data")]) == 1
    assert "kh.docx: held already: repository and path of letters/held_out_x/kh_01" \
        in capsys.readouterr().out


def test_the_same_letter_under_another_name_is_held_by_its_number(tmp_path, capsys):
    """A ward's Quyết định saved again elsewhere (here its committed transcription under a new
    name): no sha256 nor path matches, the number, symbol and date the importer reads do."""
    files = tmp_path / "files"
    files.mkdir()
    shutil.copy(LETTERS / "held_out_29" / "qd_2025_phuong1_64.txt", files / "qd_phuong1.txt")
    tsv = _candidates(tmp_path / "c.tsv", [("qd_phuong1.txt", "other/copy", "qd.txt")])
    assert _tool().main([str(tsv), "--files", str(files)]) == 1
    assert "number, symbol and date of letters/held_out_29/qd_2025_phuong1_64" \
        in capsys.readouterr().out


def test_a_draft_without_a_number_is_not_matched_by_number():
    """Drafts have no number: two of them with the same symbol are not the same letter."""
    assert _tool().number_key(None, "KH-UBND", None) is None
    assert _tool().number_key("064", "QĐ - UBND", "2025-03-14") == \
        _tool().number_key(64, "qđ-ubnd", "2025-03-14")


def test_another_issuers_letter_of_the_same_number_and_date_is_not_held(tmp_path, capsys):
    """Each province numbers its decisions in its own series: Đắk Lắk's 311/QĐ-UBND of 18
    February 2025 is not Tây Ninh's (held_out_26). Here the ward's Quyết định 64 as if another
    ward had issued it: named with both issuers, not counted as held."""
    files = tmp_path / "files"
    files.mkdir()
    lines = (LETTERS / "held_out_29" / "qd_2025_phuong1_64.txt").read_text(
        encoding="utf-8").splitlines()
    assert lines[1] == "PHƯỜNG 1"
    lines[1] = "PHƯỜNG THẮNG NHẤT"
    (files / "qd_other.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    tsv = _candidates(tmp_path / "c.tsv", [("qd_other.txt", "other/copy", "qd.txt")])
    assert _tool().main([str(tsv), "--files", str(files)]) == 0
    out = capsys.readouterr().out
    assert "the number, symbol and date of letters/held_out_29/qd_2025_phuong1_64, but another" \
        " issuer" in out
    assert "0 of 1 candidates held already" in out


def test_an_issuer_is_compared_by_its_letters():
    """The old spelling of Ủy, the line break of a two-line name and case make no other issuer."""
    key = _tool().issuer_key
    assert key("UỶ BAN NHÂN DÂN\nTỈNH ĐẮK LẮK") == key("Ủy ban nhân dân tỉnh Đắk Lắk")
    assert key("ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH") != key("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK")
    assert key(None) is None
