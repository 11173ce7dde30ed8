"""Click in the user's language: help texts translated when they are shown, click's own words
("Usage:", "Missing option", "Error:") taken from our catalog.

Help texts are built when the command modules are imported, before ``--lang`` is read, so they are
marked with ``N_()`` and go through ``_()`` only when the help is formatted: ``--lang en --help``
and the Vietnamese default both work in one process.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import click

from ntm_docgen.i18n import N_, _, ngettext

HELP_OPTION_HELP = N_("Show this message and exit.")


class Option(click.Option):
    """An option whose help and metavar are translated when the help is shown."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        original = self.help
        self.help = _(original) if original else original
        try:
            return super().get_help_record(ctx)
        finally:
            self.help = original

    def make_metavar(self, ctx: click.Context) -> str:
        return _(super().make_metavar(ctx))


class Command(click.Command):
    """A command whose help, short help and usage line are shown in the user's language."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        names = self.get_help_option_names(ctx)
        if self._help_option is None and names and self.add_help_option:
            click.help_option(*names, cls=Option, help=HELP_OPTION_HELP)(self)
            self._help_option = self.params.pop()  # type: ignore[assignment]
        return super().get_help_option(ctx)

    def _with_translated(self, call: Callable[[], Any]) -> Any:
        help_text, short = self.help, self.short_help
        self.help = _(help_text) if help_text else help_text
        self.short_help = _(short) if short else short
        try:
            return call()
        finally:
            self.help, self.short_help = help_text, short

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self._with_translated(lambda: super(Command, self).format_help_text(ctx, formatter))

    def get_short_help_str(self, limit: int = 45) -> str:
        return str(self._with_translated(lambda: super(Command, self).get_short_help_str(limit)))

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        pieces = super().collect_usage_pieces(ctx)
        return [_(piece) if piece == self.options_metavar else piece for piece in pieces]

    def invoke(self, ctx: click.Context) -> Any:
        """Check the values whose type has a ``check_value`` (input files) once every usage
        error has been said, then run the command."""
        for param in self.get_params(ctx):
            check = getattr(param.type, "check_value", None)
            value = ctx.params.get(param.name or "")
            if check is not None and value is not None:
                check(value)
        return super().invoke(ctx)


class Group(Command, click.Group):
    """A group whose help, and its commands' help, is shown in the user's language."""

    command_class = Command
    group_class = type

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        pieces = super().collect_usage_pieces(ctx)
        return [_(piece) if piece == self.subcommand_metavar else piece for piece in pieces]


def option(*param_decls: str, **attrs: Any) -> Callable[[Any], Any]:
    """``click.option`` with a translated help text (mark it with ``N_()``)."""
    attrs.setdefault("cls", Option)
    return click.option(*param_decls, **attrs)


def command(name: str | None = None, **attrs: Any) -> Callable[[Any], Command]:
    """``click.command`` with its help (``help=N_(...)``) shown in the user's language."""
    attrs.setdefault("cls", Command)
    return click.command(name, **attrs)  # type: ignore[no-any-return]


def group(name: str | None = None, **attrs: Any) -> Callable[[Any], Group]:
    """``click.group`` with its help shown in the user's language."""
    attrs.setdefault("cls", Group)
    return click.group(name, **attrs)  # type: ignore[no-any-return]


def speak_click_in_our_language() -> None:
    """Route click's own messages ("Usage:", "Missing option", "Error: ...") through our
    catalog: click looks its words up with ``gettext`` at the moment it shows them."""
    for name in ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types",
                 "utils"):
        module = importlib.import_module(f"click.{name}")
        if "_" in vars(module):
            vars(module)["_"] = _
        if "ngettext" in vars(module):
            vars(module)["ngettext"] = ngettext
