"""What every command shares: error translation and the common options."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ntm_docgen.errors import DocgenError

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(func: F) -> F:
    """Turn the project's errors into one message on stderr and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DocgenError as e:
            raise click.ClickException(str(e)) from e
        except OSError as e:
            where = f"{e.filename}: " if e.filename else ""
            raise click.ClickException(f"{where}{e.strerror or e}") from e

    return wrapper  # type: ignore[return-value]


#: The register used by --allocate / --so-rieng (resolved by ntm_docgen.register).
db_option = click.option("--db", metavar="FILE|URL",
                         help="The register: a SQLite file or a postgresql:// URL (default: "
                              "NTM_DOCGEN_DB, then the user's data folder).")

force_option = click.option("--force", is_flag=True,
                            help="Overwrite the output if it exists.")


#: The names a written spec may have: YAML, or JSON (written as JSON).
SPEC_SUFFIXES = (".yaml", ".yml", ".json")


def spec_text(data: dict[str, Any], path: Any, header: str) -> str:
    """A spec to write at ``path``: JSON for a ``.json`` name, else commented YAML.

    A name that is not a spec file is a usage error (exit 2) raised before anything is written.
    """
    from pathlib import Path

    path = Path(path)
    if path.suffix.lower() not in SPEC_SUFFIXES:
        raise click.UsageError(f"{path.name}: a spec is written as .yaml, .yml or .json")
    from ntm_docgen.api import spec_file_text

    return spec_file_text(data, path, header)
