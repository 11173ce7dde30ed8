"""The ``ntm-docgen`` command line: a thin click shell over the library."""

from __future__ import annotations

import click

from ntm_docgen import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ntm-docgen")
def main() -> None:
    """Vietnamese administrative letters in the layout of Nghị định 30/2020/NĐ-CP."""


# Feature commands live in their own modules and are attached here, one line each.
