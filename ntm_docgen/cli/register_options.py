"""The options the ``register`` commands share, and the register they open."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ntm_docgen.cli.common import Year
from ntm_docgen.cli.translated import option
from ntm_docgen.i18n import N_
from ntm_docgen.register.model import DEFAULT_TIMEOUT, ENV_DB, default_db

if TYPE_CHECKING:
    from ntm_docgen.register.store import Register


def open_register(db: str | None, timeout: float) -> Register:
    """The register, its database layer imported only when a register command runs."""
    from ntm_docgen.register.store import Register

    return Register(db, timeout)

db_option = option(
    "--db", envvar=ENV_DB, show_envvar=True, metavar=N_("FILE|URL"),
    show_default=str(default_db()),
    help=N_("The register: a SQLite file, or a postgresql://USER:PASS@HOST/DB URL."))
timeout_option = option(
    "--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
    metavar=N_("SECONDS"), help=N_("Seconds to wait while another clerk holds the register."))
nam_option = option("--nam", type=Year(1900, 9999), metavar="YYYY",
                    help=N_("The year of the register (numbers restart at 01 each year)."))
_CO_QUAN_HELP = N_("The issuer's abbreviation in its ký hiệu: UBND, SNV, VP.")
co_quan_option = option("--co-quan", metavar=N_("ABBR"), help=_CO_QUAN_HELP)
co_quan_required = option("--co-quan", metavar=N_("ABBR"), required=True, help=_CO_QUAN_HELP)
mat_tristate = option("--mat/--khong-mat", default=None,
                      help=N_("Pick the secret (or the ordinary) number when both exist."))
