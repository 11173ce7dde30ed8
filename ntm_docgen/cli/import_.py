"""``ntm-docgen import``: read an existing letter (.txt or .docx) into a spec file."""

from __future__ import annotations

from pathlib import Path

import click

from ntm_docgen import api
from ntm_docgen.cli.common import force_option, reports_errors, spec_text


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", "output", required=True, metavar="SPEC.yaml",
              type=click.Path(dir_okay=False, path_type=Path),
              help="The spec file to write.")
@force_option
@reports_errors
def import_(file: Path, output: Path, force: bool) -> None:
    """Read the letter FILE (.txt or .docx) into a spec.

    Text copied from a PDF or a web page is fine: page furniture, table remnants and broken
    lines are cleaned away. Every field that can be read is written; what cannot be read is
    reported on stderr (and required fields get '...' so the spec still renders). Exit 1 only
    when nothing letter-like is found.
    """
    header = f"# Imported by ntm-docgen from {file.name}; check the fields warned about.\n"
    spec_text({}, output, header)  # a usage error for a name that is not a spec file
    api.check_output(output, force)
    result = api.import_letter(file)
    api.write_file(output, spec_text(result.spec, output, header).encode("utf-8"), force=force)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    count = len(result.warnings)
    click.echo(f"wrote {output} ({count} warning{'s' if count != 1 else ''})", err=True)
