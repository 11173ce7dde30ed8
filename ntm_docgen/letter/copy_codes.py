"""A copy's ký hiệu held against its form: a TRÍCH SAO numbered "366/SY-VP" (the ký hiệu of a
SAO Y left in the spec when its form was changed) was written without a word, and ``check``
then found it (contract13 #5)."""

from __future__ import annotations

import dataclasses

from ntm_docgen.i18n import N_, said
from ntm_docgen.letter.model import BanSao
from ntm_docgen.vietnamese.loai import copy_codes


def code_notes(ban_sao: BanSao, path: str = "") -> list[str]:
    """A warning when the copy spec's own ``ky_hieu`` begins with another form's code
    (``path``: where the block stands, ``ban_sao.`` in a letter's spec).

    >>> from ntm_docgen.letter.model import ChuKy, CoQuan
    >>> block = BanSao("TRÍCH SAO", CoQuan(ten="VĂN PHÒNG", viet_tat="VP"), "Bắc Giang",
    ...                ChuKy("CHÁNH VĂN PHÒNG", "Nguyễn Đức Đăng"), ky_hieu_="SY-VP")
    >>> code_notes(block)[0][:46]
    'ky_hieu: “SY-VP” begins with SY, the code of a'
    >>> code_notes(BanSao("SAO Y", block.co_quan, "Bắc Giang", block.ky, ky_hieu_="SY-VP"))
    []
    """
    given = (ban_sao.ky_hieu_ or "").strip()
    if not given:
        return []
    code = given.split("-")[0].strip()
    forms = {c.casefold(): form for form, c in copy_codes().items()}
    other = forms.get(code.casefold())
    if other is None or other == ban_sao.hinh_thuc:
        return []
    return [said(N_("{path}ky_hieu: “{given}” begins with {code}, the code of a {other}, but "
                    "this copy is a {form}, whose ký hiệu begins with {own} ({expected}): "
                    "correct ky_hieu, or leave it out to have {expected}"),
                 path=path, given=given, code=code, other=other, form=ban_sao.hinh_thuc,
                 own=ban_sao.ma,
                 expected=dataclasses.replace(ban_sao, ky_hieu_=None).ky_hieu)]
