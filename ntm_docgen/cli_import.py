"""``ntm-docgen import``: read an existing letter (.txt or .docx) into a spec file."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ntm_docgen.cli_common import force_option, reports_errors
from ntm_docgen.fileio import check_output, write_bytes
from ntm_docgen.importer import import_letter
from ntm_docgen.importer.output import dump_spec

SPEC_SUFFIXES = (".yaml", ".yml", ".json")


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
    suffix = output.suffix.lower()
    if suffix not in SPEC_SUFFIXES:
        raise click.UsageError(f"the output is a spec: name it .yaml, .yml or .json, not "
                               f"{output.name}", click.get_current_context())
    check_output(output, force)
    result = import_letter(file)
    if suffix == ".json":
        text = json.dumps(result.spec, ensure_ascii=False, indent=2, default=str) + "\n"
    else:
        header = f"# Imported by ntm-docgen from {file.name}; check the fields warned about.\n"
        text = dump_spec(result.spec, header)
    write_bytes(output, text.encode("utf-8"), force)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    count = len(result.warnings)
    click.echo(f"wrote {output} ({count} warning{'s' if count != 1 else ''})", err=True)
