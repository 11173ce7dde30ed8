"""Contract §2: in bulk letters only ``{{ field }}`` is filled; a filter or a tag prints as written,
and the run says so before the clerk finds it in every letter."""

from __future__ import annotations

import yaml
from conftest import DATA

from ntm_docgen.cli.main import main


def test_template_syntax_that_is_no_placeholder_is_named_in_a_warning(runner, tmp_path):
    data = yaml.safe_load((DATA / "bulk" / "xa.yaml").read_text(encoding="utf-8"))
    data["noi_dung"] += "{% if ten %}Kính đề nghị {{ ten|upper }} báo cáo.{% endif %}\n"
    spec = tmp_path / "xa.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(main, ["bulk", str(spec), "--xa-cua", "Lai Châu", "-o",
                                  str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    for text in ("{% if ten %}", "{{ ten|upper }}", "{% endif %}"):
        assert f"warning: noi_dung: {text} is no placeholder" in result.stderr
    assert result.stderr.count("is no placeholder") == 3


def test_a_spec_with_placeholders_only_gets_no_such_warning(runner, tmp_path):
    result = runner.invoke(main, ["bulk", str(DATA / "bulk" / "xa.yaml"), "--xa-cua",
                                  "Lai Châu", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0 and "placeholder" not in result.stderr
