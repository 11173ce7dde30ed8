"""``ntm-docgen derive``: the local implementing letter for a guidance from above."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import click

from ntm_docgen import api
from ntm_docgen.cli.common import force_option, reports_errors, spec_text

_DAY = click.DateTime(formats=["%Y-%m-%d"])


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


@click.command("derive")
@click.argument("central", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--profile", "profile", required=True, metavar="PROFILE.yaml",
              type=click.Path(dir_okay=False, path_type=Path),
              help="The local unit (contract §5): a YAML file, or the name of a shipped "
                   "profile (kon-tum-2024, quang-ngai, lang-son, xa-tan-thanh-lang-son, ...).")
@click.option("--as", "form", required=True, type=click.Choice(api.derive_forms()),
              help="The letter to write: a công văn with the outline attached, or the "
                   "guidance re-issued as a Hướng dẫn or Kế hoạch.")
@click.option("-o", "--output", "out", required=True, metavar="OUT.docx",
              type=click.Path(dir_okay=False, path_type=Path), help="The .docx to write.")
@click.option("--spec-out", type=click.Path(dir_okay=False, path_type=Path),
              metavar="SPEC.yaml", help="Also write the derived spec, to edit and re-render.")
@click.option("--ngay", type=_DAY, metavar="YYYY-MM-DD",
              help="The new letter's date; it also picks the level rules (before 2025-07-01 "
                   "a province's units are huyện, from then on xã, phường, đặc khu). "
                   "Without it the letter is a draft and today's rules apply.")
@click.option("--so", type=click.IntRange(min=1), help="The new letter's number.")
@click.option("--han", type=_DAY, metavar="YYYY-MM-DD", help="The deadline for reports.")
@click.option("--pdf", is_flag=True, help="Also write a PDF beside it (needs LibreOffice).")
@force_option
@reports_errors
def derive(central: Path, profile: Path, form: str, out: Path, spec_out: Path | None,
           ngay: datetime | None, so: int | None, han: datetime | None, pdf: bool,
           force: bool) -> None:
    """Write the letter that carries CENTRAL (a spec, .txt or .docx) one level down.

    The source is cited as clerks cite it, the movement is renamed for the local unit (except
    inside citations), levels are mapped one step down by the rules in data/derive/, and the
    deadline and the standing body (co_quan_thuong_truc) are written in.
    """
    if out.suffix.lower() != ".docx":
        raise click.UsageError(f"the output must be a .docx file, not {out.name}")
    header = ""
    if spec_out is not None:
        header = (f"# Derived by ntm-docgen from {central.name} for {profile.name} ({form}).\n"
                  f"# Edit it and render again: ntm-docgen render {spec_out.name} -o OUT.docx\n")
        spec_text({}, spec_out, header)  # a usage error for a name that is not a spec file
    api.check_output(out, force)
    if spec_out is not None:
        api.check_output(spec_out, force)
    today = date.today()
    result = api.derive_file(central, profile, form, ngay=_day(ngay), so=so, han=_day(han),
                        today=today)
    letter = api.parse_spec(result.spec, source=spec_out or out)
    written = api.render(letter, out, today=today, force=force, pdf=pdf)
    if spec_out is not None:
        written.append(api.write_file(spec_out, spec_text(result.spec, spec_out, header)
                                   .encode("utf-8"), force=force))
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    for path in written:
        click.echo(f"wrote {path}")
