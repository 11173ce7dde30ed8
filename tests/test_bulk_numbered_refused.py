"""``bulk --so-rieng`` numbers no letter ``render --allocate`` would refuse (a review: it called
the register directly): a row whose Giấy mời the list leaves empty gets no number, the others
do, each dated the day it is numbered, as ``render --allocate`` dates a letter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import yaml

from ntm_docgen.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "examples" / "giay-moi-hoi-nghi.yaml"


def test_a_row_whose_giay_moi_says_nothing_takes_no_number(runner, tmp_path: Path) -> None:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    for key in ("so", "ngay", "phu_luc"):
        data.pop(key, None)
    data["noi_dung"] = "{{ noi_dung }}"
    spec = tmp_path / "gm.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    (tmp_path / "ds.csv").write_text(
        "kinh_gui,noi_dung\n"
        "Ủy ban nhân dân xã Đoàn Kết,Kính mời dự hội nghị lúc 08 giờ 00.\n"
        "Ủy ban nhân dân xã Quốc Khánh,\n", encoding="utf-8")
    db = tmp_path / "so.sqlite3"
    result = runner.invoke(main, ["bulk", str(spec), "--recipients", str(tmp_path / "ds.csv"),
                                  "-o", str(tmp_path / "thu"), "--so-rieng", "--db", str(db)])
    said = " ".join(result.output.split())
    assert "the Giấy mời says nothing yet" in said, said
    listed = runner.invoke(main, ["register", "list", "--db", str(db)]).output
    assert listed.count("/GM-") == 1, listed
    letters = sorted((tmp_path / "thu").glob("*.docx"))
    assert len(letters) == 1
    document = docx.Document(str(letters[0]))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])
    today = date.today()
    assert f"ngày {today:%d} tháng {today:%m} năm {today:%Y}" in text, text


def test_a_rerun_on_another_day_keeps_each_letter_s_day(tmp_path: Path) -> None:
    """A review: numbered letters dated on their day were, on a rerun two days later, told
    “differs from what this row gives now” (and one written again dated the rerun's day, the
    sổ too): a letter numbered before keeps the day its line was numbered on."""
    from ntm_docgen import api
    from ntm_docgen.bulk.letters import UNCHANGED

    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    for key in ("so", "ngay", "phu_luc"):
        data.pop(key, None)
    spec = tmp_path / "gm.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    people = tmp_path / "ds.csv"
    people.write_text("kinh_gui\nỦy ban nhân dân xã Đoàn Kết\nỦy ban nhân dân xã Quốc Khánh\n",
                      encoding="utf-8")
    db = str(tmp_path / "so.sqlite3")
    out = tmp_path / "thu"
    first = api.run_bulk(spec, out, today=date(2026, 12, 7), recipients=people, so_rieng=True,
                         db=db)
    assert not first.failures, first.failures
    letters = sorted(out.glob("*.docx"))
    letters[1].unlink()
    again = api.run_bulk(spec, out, today=date(2026, 12, 9), recipients=people, so_rieng=True,
                         db=db)
    assert not again.failures, again.failures
    assert [o.status for o in again.summary.outcomes][0] == UNCHANGED
    document = docx.Document(str(letters[1]))
    text = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "ngày 07 tháng 12 năm 2026" in text, text
    with api.open_register(db) as register:
        assert {row.ngay for row in register.entries()} == {date(2026, 12, 7)}
