"""``ntm-docgen derive``: the local implementing letter for a guidance from above."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from ntm_docgen import api
from ntm_docgen.cli.common import (
    InputFile,
    date_option,
    docx_output,
    echo_warnings,
    folder_told,
    force_option,
    not_the_input,
    reports_errors,
    spec_text,
)
from ntm_docgen.cli.translated import command, option
from ntm_docgen.i18n import N_, _


@command("derive", help=N_(
    "Write the letter that carries CENTRAL (a spec, .txt, .docx, .doc, .rtf, .odt, .pdf, or a "
    "scan or photo as .png, .jpg or .tif) one level down.\n\n"
    "The source is cited as clerks cite it, the movement is renamed for the local unit (except "
    "inside citations), levels are mapped one step down by the rules in data/derive/, and the "
    "deadline and the standing body (co_quan_thuong_truc) are written in."))
@click.argument("central", type=InputFile())
@option("--profile", "profile", required=True, metavar="PROFILE.yaml",
        type=click.Path(path_type=Path),  # a folder is told by the profile's reader (exit 1)
        help=N_("The local unit: a YAML file (tinh, cap, co_quan, ten_goi, dia_danh, ky), or "
                "the name of a shipped profile (kon-tum-2024, quang-ngai, lang-son, "
                "xa-tan-thanh-lang-son, ...)."))
@option("--as", "form", required=True, type=click.Choice(api.derive_forms()),
        help=N_("The letter to write: a công văn with the outline attached, or the guidance "
                "re-issued as a Hướng dẫn or Kế hoạch."))
@option("-o", "--output", "out", required=True, metavar="OUT.docx",
        type=click.Path(dir_okay=False, path_type=Path), help=N_("The .docx to write."))
@option("--spec-out", type=click.Path(dir_okay=False, path_type=Path), metavar="SPEC.yaml",
        help=N_("Also write the derived spec, to edit and re-render."))
@date_option("--ngay", help=N_(
    "The new letter's date; it also picks the level rules (before 01/07/2025 a province's "
    "units are huyện, from then on xã, phường, đặc khu). Without it the letter is a draft and "
    "today's rules apply."))
@option("--so", type=click.IntRange(min=1), metavar="N", help=N_("The new letter's number."))
@date_option("--han", help=N_("The deadline for reports."))
@option("--pdf", is_flag=True, help=N_("Also write a PDF beside it (needs LibreOffice)."))
@force_option
@reports_errors
def derive(central: Path, profile: Path, form: str, out: Path, spec_out: Path | None,
           ngay: date | None, so: int | None, han: date | None, pdf: bool,
           force: bool) -> None:
    docx_output(out, "-o")
    not_the_input(out, central)
    if pdf:
        not_the_input(out.with_suffix(".pdf"), central, "--pdf")
    header = ""
    if spec_out is not None:
        header = _("# Derived by ntm-docgen from {central} for {profile} ({form}).\n"
                   "# Edit it and render again: ntm-docgen render {spec} -o OUT.docx\n").format(
            central=central.name, profile=profile.name, form=form, spec=spec_out.name)
        spec_text({}, spec_out, header)  # a usage error for a name that is not a spec file
        not_the_input(spec_out, central, "--spec-out")
    # the profile first, read in a moment: a wrong one told before "OUT exists" has her add
    # --force only to learn of it next (a black-box run); the guidance itself, which can take
    # minutes to read (a scan), after the outputs are known to be free
    from ntm_docgen.derive.profile import load_profile

    load_profile(profile)
    api.check_output(out, force)
    if spec_out is not None:
        api.check_output(spec_out, force)
    today = date.today()
    result = api.derive_file(central, profile, form, ngay=ngay, so=so, han=han, today=today)
    letter = api.parse_spec(result.spec, source=spec_out or out)
    with folder_told(out, *([spec_out] if spec_out is not None else [])):
        written = api.render(letter, out, today=today, force=force, pdf=pdf)
        if spec_out is not None:
            written.append(api.write_file(spec_out, spec_text(result.spec, spec_out, header)
                                          .encode("utf-8"), force=force))
    echo_warnings(result.warnings)
    if pdf:
        echo_warnings(api.pdf_font_warnings())
    for path in written:
        click.echo(_("wrote {path}").format(path=path))
