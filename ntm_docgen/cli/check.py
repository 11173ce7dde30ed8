"""The ``check`` command: report departures from the decree's layout; fix the mechanical ones."""

from __future__ import annotations

from pathlib import Path

import click

from ntm_docgen.check import UnreadableDocxError, check_file, fix_file, to_json, to_text
from ntm_docgen.cli.common import force_option, reports_errors


@click.command("check")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the findings as a JSON list.")
@click.option("--fix", "fix_out", type=click.Path(dir_okay=False, path_type=Path),
              metavar="OUT.docx",
              help="Write a copy with fonts, sizes, margins, paper, date and number padding, "
                   "bold and italic repaired; the text is left alone.")
@force_option
@reports_errors
def check(file: Path, as_json: bool, fix_out: Path | None, force: bool) -> None:
    """Check FILE.docx against the layout rules of Nghị định 30/2020/NĐ-CP.

    Each finding names the rule and its place in the decree, where it is in the file,
    what was found and what is required. Exit status: 0 no findings, 1 findings
    (after --fix: findings left), 2 FILE is not a readable DOCX.
    """
    try:
        if fix_out is None:
            findings = check_file(file)
            click.echo(to_json(findings) if as_json else to_text(findings, str(file)))
            if findings:
                click.get_current_context().exit(1)
            return
        result = fix_file(file, fix_out, force=force)
    except UnreadableDocxError as e:
        raise click.BadParameter(e.reason, param_hint=f"FILE ({e.path})") from e
    if as_json:
        click.echo(to_json(result.before, result.fixed))
    else:
        click.echo(f"{fix_out}: fixed {len(result.fixed)} of {len(result.before)} findings")
        click.echo(to_text(result.after, str(fix_out)))
    if result.after:
        click.get_current_context().exit(1)
