"""Office accounts made outside the pages: the first administrator, from ``serve --admin``."""

from __future__ import annotations

from ntm_docgen.desk.config import DeskConfig, DeskError
from ntm_docgen.desk.passwords import hash_password
from ntm_docgen.desk.state import State
from ntm_docgen.i18n import _

MIN_PASSWORD = 10


def make_admin(config: DeskConfig, name: str, password: str) -> None:
    """Create (or reset the password of) the administrator ``name``."""
    if len(password) < MIN_PASSWORD:
        raise DeskError(_("The administrator's password needs at least {count} characters.")
                        .format(count=MIN_PASSWORD))
    state = State(config.state_url)
    try:
        found = state.user(name)
        roles = tuple(sorted({*(found.roles if found else ()), "quan_tri"}))
        state.add_user(name, found.full_name if found else name, roles, hash_password(password))
    finally:
        state.close()
