"""Contract §4: with ``--xa-cua`` the recipients are the 2025 list the tool carries, whose fields
are ``ten``, ``loai_don_vi`` and ``ma``; a placeholder none of them fills is told to be changed
to one of them, not to "add the column" to a list she has no file of."""

from __future__ import annotations

from pathlib import Path

from ntm_docgen.cli.main import main

#: A công văn of Lai Châu to each of its communes (tests/data/bulk/xa.yaml).
XA = Path(__file__).parent / "data" / "bulk" / "xa.yaml"


def test_a_placeholder_the_commune_list_lacks_is_not_told_to_add_a_column(runner, tmp_path):
    spec = tmp_path / "xa.yaml"
    spec.write_text(XA.read_text(encoding="utf-8").replace("{{ ma }}", "{{ ghi_chu }}"),
                    encoding="utf-8")
    out = tmp_path / "thu"
    result = runner.invoke(main, ["bulk", str(spec), "--xa-cua", "Lai Châu", "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "{{ ghi_chu }}" in result.stderr
    assert "add the column" not in result.stderr, result.stderr
    assert "use one of: kinh_gui, ten, loai_don_vi, ma" in result.stderr
    assert not out.exists() or not any(out.iterdir())


def test_a_list_file_short_of_a_column_is_still_told_to_add_it(runner, tmp_path):
    rows = tmp_path / "xa.csv"
    rows.write_text("kinh_gui,ten\nỦy ban nhân dân xã Mẫu Sơn,Mẫu Sơn\n", encoding="utf-8")
    result = runner.invoke(main, ["bulk", str(XA), "--recipients", str(rows),
                                  "-o", str(tmp_path / "thu")])
    assert result.exit_code == 1, result.output
    assert "add the column or use one of: kinh_gui, ten" in result.stderr
