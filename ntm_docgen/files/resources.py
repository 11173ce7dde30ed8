"""Find the shipped ``templates/`` and ``data/`` folders, in a wheel or in a checkout."""

from __future__ import annotations

import contextlib
import copy
import marshal
import sys
import zlib
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from ntm_docgen.errors import InputFileError
from ntm_docgen.files import cache as stored_work
from ntm_docgen.i18n import _


@cache
def _folder(name: str) -> Path:
    # the package's own folder, as importlib.resources gives it for a package on disk (the
    # only kind installed), found without importing importlib.resources and zipfile
    package = Path(__file__).resolve().parents[1]
    shipped = package / name
    if shipped.is_dir():
        return shipped
    checkout = package.parent / name
    if checkout.is_dir():
        return checkout
    raise InputFileError(shipped, _("the {name}/ folder is missing from the installation; "
                                    "install ntm-docgen again").format(name=name))


def templates_dir() -> Path:
    """The folder holding the .docx templates."""
    return _folder("templates")


def data_dir() -> Path:
    """The folder holding the data files (type codes, examples, rules, profiles)."""
    return _folder("data")


def template_path(name: str) -> Path:
    """The path of ``templates/<name>.docx``."""
    return templates_dir() / f"{name}.docx"


@cache
def load_data(name: str) -> dict:
    """Parse ``data/<name>`` (YAML) once per process; a later process reads what the first one
    parsed from the user's cache folder (``files.cache``), named by the file's CRC, so an
    edited data file is parsed anew."""
    raw = (data_dir() / name).read_bytes()
    key = f"{name}-{zlib.crc32(raw):08x}-py{sys.version_info[0]}{sys.version_info[1]}"
    stored = stored_work.read("data", key)
    if stored is not None:
        with contextlib.suppress(ValueError, EOFError, TypeError):
            return marshal.loads(stored)  # type: ignore[no-any-return]
    data = yaml.load(raw.decode("utf-8"), Loader=_DATA_LOADER)  # noqa: S506 - a safe loader
    with contextlib.suppress(ValueError):  # a value marshal cannot keep (a date): not kept
        stored_work.write("data", key, marshal.dumps(data))
    return data  # type: ignore[no-any-return]


def load_yaml_file(path: Path) -> Any:
    """Parse a YAML file of a shipped folder read on every page (the profiles), kept in this
    process while its path, modification time and size stay the same; a copy, which the caller
    may change."""
    found = path.stat()
    return copy.deepcopy(_parsed_file(str(path), found.st_mtime_ns, found.st_size))


@lru_cache(maxsize=256)
def _parsed_file(path: str, mtime_ns: int, size: int) -> Any:
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_DATA_LOADER)  # noqa: S506


#: The shipped data is read with libyaml's safe loader where PyYAML was built with it (about
#: 7 times faster than the pure-Python one), else with the pure-Python safe loader.
_DATA_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
