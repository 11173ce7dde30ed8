"""The ``copy`` command: SAO Y, SAO LỤC or TRÍCH SAO of a DOCX or PDF original."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from ntm_docgen.cli.common import (
    InputFile,
    db_option,
    echo_warnings,
    folder_told,
    force_option,
    not_the_input,
    output_kind,
    reports_errors,
    spec_input,
)
from ntm_docgen.cli.translated import command, option
from ntm_docgen.i18n import N_, _


@command("copy", help=N_("Copy ORIGINAL (.docx or .pdf; .doc, .rtf, .odt through LibreOffice) "
                         "with the copy block of the spec appended."))
@click.argument("original", type=InputFile())
@option("--spec", "spec_path", required=True, type=spec_input(), metavar="COPY.yaml",
        help=N_("The copy spec (YAML or JSON): hinh_thuc, co_quan, so, ngay, ky, noi_nhan."))
@option("-o", "--output", "out", required=True, type=click.Path(path_type=Path),
        metavar=N_("OUT"),
        help=N_("The copy to write: .docx for a DOCX original (or .pdf), .pdf for a PDF."))
@option("--trich", metavar=N_("PARTS"),
        help=N_("TRÍCH SAO: keep only these parts, by heading (II,III or II-IV, 'Điều 3') or "
                "by paragraph numbers (12-30)."))
@option("--dien-tu", is_flag=True,
        help=N_("Electronic copy of a PDF: the 10 pt block at the top right of page 1."))
@option("--sign", type=click.Path(path_type=Path), metavar="CERT.p12",
        help=N_("Sign the PDF copy with the copying body's certificate."))
@option("--sign-pass", envvar="NTM_DOCGEN_SIGN_PASS", metavar=N_("PASSWORD"),
        help=N_("The certificate's password (or NTM_DOCGEN_SIGN_PASS)."))
@option("--allocate", is_flag=True,
        help=N_("Take the copy's number from the register (series SY/SL/TrS)."))
@db_option
@force_option
@reports_errors
def copy(original: Path, spec_path: Path, out: Path, trich: str | None, dien_tu: bool,
         sign: Path | None, sign_pass: str | None, allocate: bool, db: str | None,
         force: bool) -> None:
    from ntm_docgen.api import (
        copy_document,
        copy_spec_warnings,
        load_copy_spec,
        numbering_warnings,
        pdf_font_warnings,
        series_warnings,
    )

    output_kind(out, "-o", (".docx", ".pdf"))
    not_the_input(out, original)
    ban_sao = load_copy_spec(spec_path)
    echo_warnings(copy_spec_warnings(ban_sao))
    if allocate:
        echo_warnings(numbering_warnings(ban_sao, today=date.today()))
        echo_warnings(series_warnings(ban_sao, db=db))
    with folder_told(out):
        done = copy_document(original, ban_sao, out, today=date.today(),
                             trich=trich, dien_tu=dien_tu, sign=sign, sign_pass=sign_pass,
                             allocate=allocate, db=db, force=force)
    # the decree copies only an issued document (Điều 25-27) and the desk refuses a draft;
    # the contract's copy (§6) takes any original, a letter rendered without so too: warned
    if done.draft is not None:
        echo_warnings([_("{path} has no number yet (“Số: {so}”): it looks like a draft, and a "
                         "copy is made of an issued document; the copy was written all the "
                         "same: issue the original (its number from the register, its date), "
                         "then copy the issued file").format(path=original, so=done.draft)])
    if done.replaced is not None and done.so is not None:
        echo_warnings([_("so: {old} in the copy spec was replaced by {new} from the register")
                       .format(old=done.replaced, new=f"{done.so:02d}")])
    if done.so_hieu is not None:
        click.echo(_("số {number} from the register").format(number=done.so_hieu), err=True)
    if done.result.warnings:
        echo_warnings(list(done.result.warnings))
    if out.suffix.lower() == ".pdf":
        echo_warnings(pdf_font_warnings())
    if done.result.page_added:
        click.echo(_("the block did not fit under the last page's content: it is on an added "
                     "page"), err=True)
    click.echo(_("wrote {path}").format(path=done.result.path))
