"""The ``copy`` command: SAO Y, SAO LỤC or TRÍCH SAO of a DOCX or PDF original."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import click

from ntm_docgen.cli.common import db_option, force_option, reports_errors
from ntm_docgen.letter.spec import BanSao, load_copy_spec


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
    from ntm_docgen.copies import CopyResult, check_form, kind_of, make_copy
    from ntm_docgen.files.output import check_output

    ban_sao = load_copy_spec(spec_path)
    kind_of(original)
    kind_of(out)
    check_form(ban_sao, trich)
    if not original.is_file():
        from ntm_docgen.errors import InputFileError

        raise InputFileError(original, "does not exist")
    check_output(out, force)

    def write(copy_spec: BanSao) -> CopyResult:
        return make_copy(original, copy_spec, out, today=date.today(), trich=trich,
                         dien_tu=dien_tu, sign=sign, sign_pass=sign_pass, force=force)

    if allocate:
        from ntm_docgen import register
        from ntm_docgen.copies import check_original, original_number

        check_original(original, ban_sao, trich)
        about = original_number(original)
        with register.issuing(db, **register.for_copy(ban_sao, trich_yeu=about)) as so:
            result = write(dataclasses.replace(ban_sao, so=so.so, ky_hieu_=so.ky_hieu))
            register.record(db, so.id, result.path)
        if ban_sao.so is not None:
            from ntm_docgen.vietnamese.text import pad2

            click.echo(f"warning: so: {ban_sao.so} in the copy spec was replaced by "
                       f"{pad2(so.so)} from the register", err=True)
        click.echo(f"số {so.so_hieu} from the register", err=True)
    else:
        result = write(ban_sao)
    if result.page_added:
        click.echo("the block did not fit under the last page's content: it is on an added page",
                   err=True)
    click.echo(f"wrote {result.path}")
