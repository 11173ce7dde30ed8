"""The ``ntm-docgen`` command line: a thin click shell over the library."""

from __future__ import annotations

import importlib
import json
from datetime import date
from pathlib import Path
from typing import Any

import click

from ntm_docgen import __version__, api
from ntm_docgen.cli.common import db_option, force_option, reports_errors
from ntm_docgen.errors import InputFileError

LAYOUT_NAMES = {"van_ban": "văn bản có tên loại (mẫu 1.4)", "cong_van": "công văn (mẫu 1.5)",
                "quyet_dinh": "quyết định / nghị quyết (mẫu 1.1-1.3)",
                "giay_moi": "giấy mời (mẫu 1.7)"}


class LazyGroup(click.Group):
    """A group whose feature commands are imported only when they are run (or listed in help),
    so that ``render`` does not pay for the register's database drivers at start-up."""

    def __init__(self, *args: Any, lazy: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy or {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            module, attribute = self.lazy[cmd_name].split(":")
            command = getattr(importlib.import_module(module), attribute)
            assert isinstance(command, click.Command)
            return command
        return super().get_command(ctx, cmd_name)


#: Feature commands: name -> "module:attribute", each in a thin cli_<feature> module.
FEATURE_COMMANDS = {
    "check": "ntm_docgen.cli.check:check",
    "register": "ntm_docgen.cli.register:register",
    "import": "ntm_docgen.cli.import_:import_",
    "copy": "ntm_docgen.cli.copy:copy",
    "bulk": "ntm_docgen.cli.bulk:bulk",
    "derive": "ntm_docgen.cli.derive:derive",
}


@click.group(cls=LazyGroup, lazy=FEATURE_COMMANDS,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ntm-docgen")
def main() -> None:
    """Vietnamese administrative letters in the layout of Nghị định 30/2020/NĐ-CP."""


@main.command()
@click.argument("spec", type=click.Path(path_type=Path))
@click.option("-o", "--output", "out", required=True, type=click.Path(path_type=Path),
              help="The .docx to write.")
@click.option("--pdf", is_flag=True, help="Also write a PDF beside it (needs LibreOffice).")
@click.option("--allocate", is_flag=True,
              help="Take the number from the register and record the letter there.")
@db_option
@force_option
@reports_errors
def render(spec: Path, out: Path, pdf: bool, allocate: bool, db: str | None,
           force: bool) -> None:
    """Render one letter SPEC (YAML or JSON) to a DOCX, with its phụ lục and ban_sao."""
    if out.suffix.lower() != ".docx":
        raise click.UsageError(f"the output must be a .docx file, not {out.name}")
    letter = api.load_spec(spec)
    for warning in api.spec_warnings(letter):
        click.echo(f"warning: {warning}", err=True)
    today = date.today()
    if allocate:
        if letter.so is not None:
            click.echo(f"warning: so: {letter.so} in the spec is replaced by the register's "
                       "number", err=True)
        if letter.ban_sao is not None and letter.ban_sao.so is not None:
            click.echo(f"warning: ban_sao.so: {letter.ban_sao.so} in the spec is replaced by the "
                       "register's number for copies", err=True)
        written, numbers = api.render_numbered(letter, out, db=db, today=today,
                                               force=force, pdf=pdf)
        for number in numbers:
            click.echo(f"số {number} from the register", err=True)
    else:
        written = api.render(letter, out, today=today, force=force, pdf=pdf)
    for path in written:
        click.echo(f"wrote {path}")


@main.command()
@click.argument("loai")
@click.option("-o", "--output", "out", type=click.Path(path_type=Path),
              help="Write the skeleton here instead of printing it.")
@force_option
@reports_errors
def new(loai: str, out: Path | None, force: bool) -> None:
    """Write a commented skeleton spec for the type LOAI (KH, HD, CV, QĐ, GM, ...)."""
    found = api.find_type(loai)
    if found is None:
        raise InputFileError(loai, "is not a known type; `ntm-docgen types` lists them")
    text = api.skeleton(found, date.today())
    if out is None:
        click.echo(text, nl=False)
        return
    api.write_file(out, text.encode("utf-8"), force=force)
    click.echo(f"wrote {out}", err=True)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the table as JSON.")
def types(as_json: bool) -> None:
    """List the document types: code, name and the layout each uses.

    A công văn has no code in its ký hiệu; it is listed under CV, the code a spec and `new` accept.
    """
    rows = [{"ma": t.code, "ten": t.ten, "layout": t.layout, "ky_hieu_ma": t.ma}
            for t in api.types()]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    width = max(len(r["ten"]) for r in rows)
    click.echo(f"{'MÃ':<5} {'TÊN LOẠI':<{width}}  BỐ CỤC")
    for r in rows:
        mark = "" if r["ky_hieu_ma"] else "*"
        click.echo(f"{r['ma'] + mark:<5} {r['ten']:<{width}}  {LAYOUT_NAMES[r['layout']]}")
    click.echo("* the code a spec or `new` takes; the ký hiệu of a công văn carries no type code.")
