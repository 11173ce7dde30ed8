"""The merge of a bulk run stops where it is asked to (the desk's Dừng lượt tạo, given to the
run as its ``stop``): between the letters composed and before the file is written, so no merged
file, whole or half, is left, nor the merge's temporary folder."""

from __future__ import annotations

import tempfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from ntm_docgen.bulk.merge import merge
from ntm_docgen.cli.main import main
from ntm_docgen.files.stop import Stop, Stopped

BULK = Path(__file__).resolve().parent / "data" / "bulk"


def letters(runner: CliRunner, tmp_path: Path, edited: bool) -> list[Path]:
    recipients = tmp_path / "r.csv"
    recipients.write_text("kinh_gui,ten,ngay_kiem_tra\n" + "".join(
        f"Phòng số {i},xã Số {i},0{i}/9/2025\n" for i in range(1, 4)), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["bulk", str(BULK / "ke_hoach_phu_luc.yaml"), "--recipients",
                                  str(recipients), "-o", str(out)])
    assert result.exit_code == 0, result.output
    made = sorted(out.glob("*.docx"))
    if edited:  # a letter edited in Word: the merge composes it with docxcompose
        document = docx.Document(str(made[1]))
        document.add_paragraph("Dòng thêm bằng tay")
        document.save(str(made[1]))
    return made


def merge_folders() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("ntm-merge-*")}


@pytest.mark.parametrize("edited", [False, True], ids=["one-package", "composed"])
def test_a_stop_asked_during_the_merge_leaves_no_merged_file(runner: CliRunner, tmp_path: Path,
                                                            edited: bool) -> None:
    made = letters(runner, tmp_path, edited)
    stop = Stop()
    merged = tmp_path / "ALL.docx"
    before = merge_folders()
    with pytest.raises(Stopped):
        merge(made, merged, progress=lambda count: stop.stop(), stop=stop)
    assert not merged.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("ALL")] == []
    assert merge_folders() <= before


def test_a_merge_not_stopped_is_written(runner: CliRunner, tmp_path: Path) -> None:
    made = letters(runner, tmp_path, edited=True)
    merged = tmp_path / "ALL.docx"
    merge(made, merged, stop=Stop())
    assert "Dòng thêm bằng tay" in [p.text for p in docx.Document(str(merged)).paragraphs]
