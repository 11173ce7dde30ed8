"""The ``copy`` command: SAO Y, SAO LỤC or TRÍCH SAO of a DOCX or PDF original."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from ntm_docgen.cli.common import db_option, force_option, reports_errors


@click.command("copy")
@click.argument("original", type=click.Path(path_type=Path))
@click.option("--spec", "spec_path", required=True, type=click.Path(path_type=Path),
              help="The copy spec (YAML or JSON, contract §3).")
@click.option("-o", "--output", "out", required=True, type=click.Path(path_type=Path),
              help="The copy to write: .docx for a DOCX original (or .pdf), .pdf for a PDF.")
@click.option("--trich", metavar="PARTS",
              help="TRÍCH SAO: keep only these parts, by heading (II,III or II-IV, "
                   "'Điều 3') or by paragraph numbers (12-30).")
@click.option("--dien-tu", is_flag=True,
              help="Electronic copy of a PDF: the 10 pt block at the top right of page 1.")
@click.option("--sign", type=click.Path(path_type=Path), metavar="CERT.p12",
              help="Sign the PDF copy with the copying body's certificate.")
@click.option("--sign-pass", envvar="NTM_DOCGEN_SIGN_PASS",
              help="The certificate's password (or NTM_DOCGEN_SIGN_PASS).")
@click.option("--allocate", is_flag=True,
              help="Take the copy's number from the register (series SY/SL/TrS).")
@db_option
@force_option
@reports_errors
def copy(original: Path, spec_path: Path, out: Path, trich: str | None, dien_tu: bool,
         sign: Path | None, sign_pass: str | None, allocate: bool, db: str | None,
         force: bool) -> None:
    """Copy ORIGINAL (.docx or .pdf) with the copy block of the spec appended."""
    from ntm_docgen.api import copy_document, load_copy_spec

    done = copy_document(original, load_copy_spec(spec_path), out, today=date.today(),
                         trich=trich, dien_tu=dien_tu, sign=sign, sign_pass=sign_pass,
                         allocate=allocate, db=db, force=force)
    if done.replaced is not None and done.so is not None:
        click.echo(f"warning: so: {done.replaced} in the copy spec was replaced by "
                   f"{done.so:02d} from the register", err=True)
    if done.so_hieu is not None:
        click.echo(f"số {done.so_hieu} from the register", err=True)
    if done.result.page_added:
        click.echo("the block did not fit under the last page's content: it is on an added page",
                   err=True)
    click.echo(f"wrote {done.result.path}")
