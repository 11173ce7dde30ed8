"""The fields of a letter read from a file that still hold ``...`` where reading gave nothing:
``import`` writes it so that the spec still renders; ``render`` says so (contract13 #12: the
letter printed "..., ngày 24 tháng 4" and "..." as its signer without a word) and ``--allocate``
refuses to number it."""

from __future__ import annotations

from ntm_docgen.i18n import N_, said
from ntm_docgen.letter.model import UNREAD, Spec

#: The warning ``render`` gives (its catalog id: the desk, which says it above its form
#: already, leaves it out of the list under it).
NOTE = N_("{fields}: still “...”, where reading the file gave nothing: the letter prints “...” "
          "there; type them from the paper before it is sent")


#: The fields the importer writes UNREAD in when reading gave nothing (``importer/fields.py``).
FIELDS = ("co_quan.ten", "dia_danh", "trich_yeu", "ky.chuc_vu", "ky.ho_ten")


def unread_fields(spec: Spec) -> list[str]:
    """The fields still UNREAD.

    >>> from ntm_docgen.letter.spec import parse_spec
    >>> unread_fields(parse_spec({"loai": "CV", "co_quan": {"ten": "..."}, "dia_danh": "...",
    ...               "trich_yeu": "V/v X", "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "..."}}))
    ['co_quan.ten', 'dia_danh', 'ky.ho_ten']
    """
    fields = {"co_quan.ten": spec.co_quan.ten, "dia_danh": spec.dia_danh,
              "trich_yeu": spec.trich_yeu, "ky.chuc_vu": spec.ky.chuc_vu,
              "ky.ho_ten": spec.ky.ho_ten}
    return [path for path in FIELDS if (fields[path] or "").strip() == UNREAD]


def unread_notes(spec: Spec) -> list[str]:
    """The warning naming the fields still UNREAD, if any."""
    fields = unread_fields(spec)
    return [said(NOTE, fields=", ".join(fields))] if fields else []
