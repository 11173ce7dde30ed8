"""The desk tells ``serve`` through one environment variable that it has named the pages it
gave up: both read its name from one constant (``api.DESK_GIVEN_UP``), which was spelled twice
(``stopping.TOLD`` and ``serve``'s ``ENV + "GIVEN_UP"``)."""

from __future__ import annotations

from pathlib import Path

from ntm_docgen import api
from ntm_docgen.desk import stopping

PACKAGE = Path(__file__).resolve().parent.parent / "ntm_docgen"


def test_the_variable_is_named_in_one_place():
    spelled = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                     if "GIVEN_UP" in p.read_text(encoding="utf-8").replace("DESK_GIVEN_UP", ""))
    assert spelled == ["api/__init__.py"]
    assert stopping.TOLD == api.DESK_GIVEN_UP == "NTM_DOCGEN_DESK_GIVEN_UP"
