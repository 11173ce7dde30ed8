"""Derive the local implementing letter for a guidance from above (``ntm-docgen derive``)."""

from ntm_docgen.derive.build import FORMS, DeriveResult, derive_letter
from ntm_docgen.derive.fromfile import derive_file
from ntm_docgen.derive.profile import Profile, load_profile, parse_profile

__all__ = ["FORMS", "DeriveResult", "Profile", "derive_file", "derive_letter", "load_profile",
           "parse_profile"]
