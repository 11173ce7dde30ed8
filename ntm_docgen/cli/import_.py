"""``ntm-docgen import``: read an existing letter (.txt, .docx, .doc, .rtf, .odt, .pdf or a
scan) into a spec file."""

from __future__ import annotations

from pathlib import Path

import click

from ntm_docgen import api
from ntm_docgen.cli.common import (
    InputFile,
    echo_warnings,
    folder_told,
    force_option,
    reports_errors,
    spec_text,
)
from ntm_docgen.cli.translated import command, option
from ntm_docgen.i18n import N_, _, ngettext


@command("import", help=N_(
    "Read the letter FILE (.txt, .docx, .pdf, Word 97 .doc, .rtf, .odt, or a scan as .png, .jpg "
    "or .tif) into a spec.\n\n"
    "Text copied from a PDF or a web page is fine: page furniture, table remnants and broken "
    "lines are cleaned away. Every field that can be read is written; what cannot be read is "
    "reported on stderr (and required fields get '...' so the spec still renders). Exit 1 only "
    "when nothing letter-like is found."))
@click.argument("file", type=InputFile())
@option("-o", "--output", "output", required=True, metavar="SPEC.yaml",
        type=click.Path(dir_okay=False, path_type=Path), help=N_("The spec file to write."))
@force_option
@reports_errors
def import_(file: Path, output: Path, force: bool) -> None:
    header = _("# Imported by ntm-docgen from {name}; check the fields warned about.\n").format(
        name=file.name)
    spec_text({}, output, header)  # a usage error for a name that is not a spec file
    api.check_output(output, force)
    result = api.import_letter(file)
    with folder_told(output):
        api.write_file(output, spec_text(result.spec, output, header).encode("utf-8"),
                       force=force)
    echo_warnings(result.warnings)
    count = len(result.warnings)
    click.echo(ngettext("wrote {path} ({count} warning)", "wrote {path} ({count} warnings)",
                        count).format(path=output, count=count))
