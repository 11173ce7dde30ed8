"""The ``ntm-docgen`` command line: a thin click shell over the library's front door."""

from ntm_docgen.cli.main import main

__all__ = ["main"]
