"""The ``ntm-docgen`` command line: a thin click shell over the library."""

from __future__ import annotations

import dataclasses
import importlib
from datetime import date
from pathlib import Path
from typing import Any

import click

from ntm_docgen import __version__, api, i18n
from ntm_docgen.cli.common import (
    db_option,
    docx_output,
    echo_warnings,
    folder_told,
    force_option,
    output_kind,
    reports_errors,
    spec_input,
)
from ntm_docgen.cli.translated import Group, option, speak_click_in_our_language
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import N_, _, ngettext

speak_click_in_our_language()

#: Feature commands: name -> "module:attribute", each in a thin module of its own.
FEATURE_COMMANDS = {
    "check": "ntm_docgen.cli.check:check",
    "register": "ntm_docgen.cli.register:register",
    "import": "ntm_docgen.cli.import_:import_",
    "copy": "ntm_docgen.cli.copy:copy",
    "bulk": "ntm_docgen.cli.bulk:bulk",
    "derive": "ntm_docgen.cli.derive:derive",
    "serve": "ntm_docgen.cli.serve:serve",
}

#: One line per command for ``ntm-docgen --help``, so that listing them imports none of them.
SHORT_HELP = {
    "render": N_("Write one letter from a spec (DOCX, and PDF)."),
    "new": N_("Write a skeleton spec for a type of letter."),
    "types": N_("List the types of letter and their layouts."),
    "copy": N_("Make a SAO Y, SAO LỤC or TRÍCH SAO of a DOCX or PDF."),
    "bulk": N_("Write one letter to each recipient or commune."),
    "import": N_("Read an existing letter into a spec."),
    "derive": N_("Write the local letter that carries out a guidance."),
    "check": N_("Check a DOCX against the layout rules of the decree."),
    "register": N_("Number, list and export outgoing letters."),
    "serve": N_("Start the clerks' web desk in a browser."),
}


class LazyGroup(Group):
    """The main group: feature commands are imported only when they are run, and the command
    list of its help comes from SHORT_HELP, so ``ntm-docgen --help`` imports none of them."""

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

    def resolve_command(self, ctx: click.Context,
                        args: list[str]) -> tuple[str | None, click.Command | None, list[str]]:
        typed = args[0] if args else ""
        if (ctx.resilient_parsing or typed.startswith("-")
                or self.get_command(ctx, typed) is not None):
            return super().resolve_command(ctx, args)
        # "No such command", with the one meant: every command's name, the lazy ones too
        hint = _("The web desk is started with `ntm-docgen serve`.") \
            if OTHER_NAMES.get(typed.lower()) == "serve" else _close(typed, self.list_commands(ctx))
        ctx.fail(" ".join(filter(None, [_("No such command {name!r}.").format(name=typed), hint])))

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, _(SHORT_HELP[name])) for name in self.list_commands(ctx)]
        with formatter.section(_("Commands")):
            formatter.write_dl(rows)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        with i18n.language_kept():
            return super().main(*args, **kwargs)


#: Words a clerk may type for a command, and the command (the brief and the desk's pages say
#: "desk"; contract §7 names it ``serve``).
OTHER_NAMES = {"desk": "serve", "web": "serve"}


def _close(typed: str, commands: list[str]) -> str:
    """Click's "Did you mean …?" for the commands closest to ``typed`` ('' when none is)."""
    import difflib

    close = sorted(difflib.get_close_matches(typed, commands))
    shown = ", ".join(repr(name) for name in close)
    return ngettext("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)",
                    len(close)).format(possibility=shown, possibilities=shown) if close else ""


def _set_language(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None:
        i18n.set_language(value)


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(_("{prog}, version {version}").format(prog="ntm-docgen", version=__version__))
        ctx.exit()


@click.group(cls=LazyGroup, lazy=FEATURE_COMMANDS,
             help=N_("Vietnamese administrative letters in the layout of Nghị định "
                     "30/2020/NĐ-CP."),
             context_settings={"help_option_names": ["-h", "--help"]})
@option("--lang", type=click.Choice(i18n.LANGUAGES), is_eager=True, expose_value=False,
        callback=_set_language,
        help=N_("The language of messages and help: vi (the default) or en; also "
                "NTM_DOCGEN_LANG."))
@option("--version", is_flag=True, is_eager=True, expose_value=False, callback=_print_version,
        help=N_("Show the version and exit."))
def main() -> None:
    pass


@main.command(help=N_("Write one letter SPEC (YAML or JSON) to a DOCX, with its "
                                "phụ lục and ban_sao."))
@click.argument("spec", type=spec_input())
@option("-o", "--output", "out", required=True, type=click.Path(path_type=Path),
        metavar="OUT.docx", help=N_("The .docx to write."))
@option("--pdf", is_flag=True, help=N_("Also write a PDF beside it (needs LibreOffice)."))
@option("--allocate", is_flag=True,
        help=N_("Take the number from the register and record the letter there."))
@db_option
@force_option
@reports_errors
def render(spec: Path, out: Path, pdf: bool, allocate: bool, db: str | None,
           force: bool) -> None:
    docx_output(out, "-o")
    letter = api.load_spec(spec)
    # with --allocate the register gives the number and the day: a typed so is not the letter's
    echo_warnings(api.spec_warnings(dataclasses.replace(letter, so=None) if allocate else letter))
    if not allocate and api.copy_problems(letter):  # the desk refuses it, copy too
        echo_warnings([_("ban_sao: the letter is a draft (no so and ngay yet), and a copy is made "
                         "only of an issued letter: this copy block copies a draft; render with "
                         "--allocate (the register gives the number, the date is today's when "
                         "ngay is absent), or leave out ban_sao and copy the issued letter with "
                         "`ntm-docgen copy`")])
    today = date.today()
    if db is not None and not allocate:  # a register named, and nothing taken from it
        echo_warnings([_("--db names a register, but without --allocate the letter takes no "
                         "number from it and is not recorded there; add --allocate to issue "
                         "it")])
    if allocate:
        echo_warnings(api.numbering_warnings(letter, today=today))
        echo_warnings(api.series_warnings(letter, db=db))
        if letter.so is not None:
            echo_warnings([_("so: {so} in the spec is replaced by the register's number")
                           .format(so=letter.so)])
        if letter.ban_sao is not None and letter.ban_sao.so is not None:
            echo_warnings([_("ban_sao.so: {so} in the spec is replaced by the register's number "
                             "for copies").format(so=letter.ban_sao.so)])
        with folder_told(out):
            written, numbers = api.render_numbered(letter, out, db=db, today=today,
                                                   force=force, pdf=pdf)
        for number in numbers:
            click.echo(_("số {number} from the register").format(number=number), err=True)
    else:
        with folder_told(out):
            written = api.render(letter, out, today=today, force=force, pdf=pdf)
    if pdf:
        echo_warnings(api.pdf_font_warnings())
    for path in written:
        click.echo(_("wrote {path}").format(path=path))


@main.command(help=N_("Write a commented skeleton spec for the type LOAI (KH, HD, CV, QĐ, GM, "
                      "...), or the copy spec of `copy` for SY, SL or TrS."))
@click.argument("loai")
@option("-o", "--output", "out", type=click.Path(path_type=Path), metavar="SPEC.yaml",
        help=N_("Write the skeleton here instead of printing it."))
@force_option
@reports_errors
def new(loai: str, out: Path | None, force: bool) -> None:
    if out is not None:
        output_kind(out, "-o", (".yaml", ".yml"))
    found = api.find_type(loai)
    form = api.copy_form(loai) if found is None else None  # a copy spec, for `copy`
    if found is None and form is None:
        raise DocgenError(_("{loai} is not a known type; `ntm-docgen types` lists them")
                          .format(loai=i18n.shortened(loai)))
    text = api.skeleton(found or form or "", date.today())
    if out is None:
        click.echo(text, nl=False)
        return
    api.write_file(out, text.encode("utf-8"), force=force)
    click.echo(_("wrote {path}").format(path=out))


@main.command(help=N_("List the document types: code, name and the layout each uses.\n\n"
                      "A công văn has no code in its ký hiệu; it is listed under CV, the code a "
                      "spec and `new` accept."))
@option("--json", "as_json", is_flag=True, help=N_("Print the table as JSON."))
def types(as_json: bool) -> None:
    table = api.types()
    rows = [{"ma": t.code, "ten": t.ten, "layout": t.layout, "ky_hieu_ma": t.ma} for t in table]
    if as_json:
        import json

        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    code, name, layout = _("CODE"), _("TYPE NAME"), _("LAYOUT")
    width = max(len(name), *(len(r["ten"]) for r in rows))
    click.echo(f"{code:<5} {name:<{width}}  {layout}")
    for t, r in zip(table, rows, strict=True):
        mark = "" if r["ky_hieu_ma"] else "*"
        click.echo(f"{r['ma'] + mark:<5} {r['ten']:<{width}}  {t.layout_words}")
    click.echo(_("* the code a spec or `new` takes; the ký hiệu of a công văn carries no type "
                 "code."))
