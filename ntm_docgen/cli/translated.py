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

from ntm_docgen import i18n
from ntm_docgen.i18n import N_, _, ngettext

HELP_OPTION_HELP = N_("Show this message and exit.")
LANG_OPTION = "--lang"
#: The kinds of path click names in its messages, looked up when a path parameter is made.
PATH_KINDS = (N_("file"), N_("directory"), N_("path"))


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


def language_in(args: list[str]) -> str | None:
    """The language a command line asks for with ``--lang CODE`` or ``--lang=CODE`` anywhere
    before ``--`` (the last one wins), so that it speaks that language from its first word.

    >>> language_in(["render", "a.yaml", "-o", "a.docx", "--lang", "en"])
    'en'
    >>> language_in(["render", "--lang=xx", "--", "--lang", "en"]) is None
    True
    """
    code = None
    for index, word in enumerate(args):
        if word == "--":
            break
        given = args[index + 1] if word == LANG_OPTION and index + 1 < len(args) else None
        if word.startswith(LANG_OPTION + "="):
            given = word.split("=", 1)[1]
        if given in i18n.LANGUAGES:
            code = given
    return code


def _set_language(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None:
        i18n.set_language(value)


class Command(click.Command):
    """A command whose help, short help and usage line are shown in the user's language.

    Every command takes ``--lang`` (hidden in its help: ``ntm-docgen --help`` tells it), so that
    ``ntm-docgen render ... --lang en`` speaks English as ``ntm-docgen --lang en render ...`` does.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not any(LANG_OPTION in getattr(param, "opts", ()) for param in self.params):
            self.params.append(Option([LANG_OPTION], type=click.Choice(i18n.LANGUAGES),
                                      is_eager=True, expose_value=False, hidden=True,
                                      callback=_set_language))

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Speak the language ``--lang`` asks for before anything is said, usage errors too."""
        code = language_in(args)
        if code is not None:
            i18n.set_language(code)
        return super().parse_args(ctx, args)

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


class _Word(str):
    """A word click looks up once, when a parameter is made, and says later (a path's kind,
    ``file``, in "File 'x' is a directory."): said in the language of the moment it is said."""

    def title(self) -> str:
        return _(str(self)).title()


class _Named(str):
    """A type's name click puts into a message as it is (``{number_type}``: "integer range"),
    never looking it up: said in the language of the moment it is put in."""

    def __format__(self, spec: str) -> str:
        return format(_(str(self)), spec)


#: The number types whose names click's messages say, by their English names.
NUMBER_TYPES: dict[type[click.ParamType], str] = {
    click.types.IntParamType: N_("integer"), click.types.IntRange: N_("integer range"),
    click.types.FloatParamType: N_("float"), click.types.FloatRange: N_("float range")}


def _described(self: click.types._NumberRangeBase) -> str:
    """A range in words, not click's ``1900<=x<=9999``: "from 1900 to 9999", "1 or more"."""
    if self.min_open or self.max_open:
        return _CLICK_RANGE(self)
    if self.min is None:
        return _("{max} or less").format(max=self.max)
    if self.max is None:
        return _("{min} or more").format(min=self.min)
    return _("from {min} to {max}").format(min=self.min, max=self.max)


_CLICK_RANGE = click.types._NumberRangeBase._describe_range


def _click_words(message: str) -> str:
    return _Word(message) if message in PATH_KINDS else _(message)


def speak_click_in_our_language() -> None:
    """Route click's own messages ("Usage:", "Missing option", "Error: ...") through our
    catalog: click looks its words up with ``gettext`` at the moment it shows them."""
    for name in ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types",
                 "utils"):
        module = importlib.import_module(f"click.{name}")
        if "_" in vars(module):
            vars(module)["_"] = _click_words if name == "types" else _
        if "ngettext" in vars(module):
            vars(module)["ngettext"] = ngettext
    for kind, name in NUMBER_TYPES.items():
        kind.name = _Named(name)
    click.types._NumberRangeBase._describe_range = _described  # type: ignore[method-assign]
