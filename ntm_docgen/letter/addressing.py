"""Warnings on whom a letter goes to and how it is numbered, which render as typed: a công văn
with no Kính gửi, a công văn's ký hiệu opening with a type code, a signer's name still the
forms' placeholder, a recipient cut from the one before it at a comma, and a decision signed
on behalf of a collective that does not issue it."""

from __future__ import annotations

from ntm_docgen.i18n import N_, said, shortened
from ntm_docgen.letter.spec import Spec
from ntm_docgen.vietnamese.loai import all_loai
from ntm_docgen.vietnamese.text import nfc, upper_vi

#: How an issuing authority of a collective begins (the Ủy ban, the Hội đồng, a standing
#: committee): its decisions are signed "TM." of it (Phụ lục I, ô 7a).
COLLECTIVE = ("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN THƯỜNG VỤ",
              "BAN CHẤP HÀNH", "THƯỜNG TRỰC")
#: How the authority of one head begins: the head signs, or a deputy "KT.", never "TM.".
HEAD = ("CHỦ TỊCH", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "TRƯỞNG", "BỘ TRƯỞNG", "THỦ TƯỚNG", "CHÁNH",
        "HIỆU TRƯỞNG", "VIỆN TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "CHI CỤC TRƯỞNG")


def addressing(spec: Spec) -> list[str]:
    """The warnings of ``spec`` on its addressees, its ký hiệu and its signing authority.

    >>> from ntm_docgen.letter.spec import parse_spec
    >>> base = {"loai": "CV", "co_quan": {"ten": "UBND XÃ TÂN THÀNH", "viet_tat": "UBND"},
    ...         "dia_danh": "Lạng Sơn", "trich_yeu": "V/v X",
    ...         "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "Lê Văn An"}}
    >>> [w[:9] for w in addressing(parse_spec(base))]
    ['kinh_gui:']
    >>> [w[:11] for w in addressing(parse_spec({**base, "kinh_gui": ["UBND tỉnh"],
    ...                                         "ky_hieu": "CV-UBND"}))]
    ['ky_hieu: "C']
    >>> addressing(parse_spec({**base, "kinh_gui": ["UBND tỉnh"],
    ...                        "noi_nhan": ["Như trên", "UBND các huyện", "thành phố"]}))[0][:40]
    'noi_nhan[2]: "thành phố" begins in lower'
    """
    out: list[str] = []
    if spec.loai.is_cong_van and not spec.kinh_gui:
        out.append(said(N_("kinh_gui: a công văn is sent to someone, named after “Kính gửi:” "
                           "under its trích yếu, and this one names no one: add kinh_gui")))
    if spec.loai.is_cong_van and spec.ky_hieu_:
        code, *rest = spec.ky_hieu_.split("-")
        # a type code, then the issuer's own abbreviation (KH-UBND); never the issuer's own
        # abbreviation that is spelt as a code too (Cục Thuế's CT-TTHT: CT is also Chỉ thị's)
        if code != spec.co_quan.abbr and (code.upper() == "CV" or (
                rest and rest[0] == spec.co_quan.abbr
                and code in {loai.ma for loai in all_loai() if loai.ma})):
            out.append(said(N_('ky_hieu: "{kh}" opens with the type code {code}, and a công '
                               "văn's ký hiệu carries none: the issuer's abbreviation, then "
                               'the drafting unit\'s ("{fixed}")'), kh=shortened(spec.ky_hieu_),
                            code=code, fixed="-".join(spec.ky_hieu_.split("-")[1:]) or "UBND"))
    signers = [("ky.ho_ten", spec.ky.ho_ten)]
    if spec.ban_sao is not None:
        signers.append(("ban_sao.ky.ho_ten", spec.ban_sao.ky.ho_ten))
    out += [said(N_('{path}: "{name}" is a sample name (a given name of one letter, as the '
                    "decree's forms write it), not the signer's name: put the name of who "
                    "signs before the letter is numbered and sent"), path=path, name=name)
            for path, name in signers if placeholder_name(name)]
    lists = [("kinh_gui", spec.kinh_gui), ("noi_nhan", spec.noi_nhan)]
    if spec.ban_sao is not None:
        lists.append(("ban_sao.noi_nhan", spec.ban_sao.noi_nhan))
    for key, items in lists:
        out += [said(N_('{path}: "{item}" begins in lower case: if it is a part of the '
                        "recipient before it, cut off at a comma (a list written in [ ] is cut "
                        "at every comma), write each recipient on a line of its own, "
                        '"- {joined}"'), path=f"{key}[{i}]", item=shortened(item),
                     joined=shortened(f"{items[i - 1]}, {item}"))
                for i, item in enumerate(items) if i and item[:1].islower()]
    return out + _signed_for(spec)


def placeholder_name(name: str) -> bool:
    """A signer's name whose given name is one letter: the decree's forms write "Nguyễn Văn A";
    no Vietnamese given name is a letter alone.

    >>> [placeholder_name(n) for n in ("Nguyễn Văn A", "Trần Thị B.", "Nguyễn Văn An", "A")]
    [True, True, False, False]
    """
    words = name.rstrip(".").split()
    return len(words) > 1 and len(words[-1]) == 1 and words[-1].isupper()


def _signed_for(spec: Spec) -> list[str]:
    """A decision whose signature speaks for another authority than the one that issues it:
    "TM." on a head's own decision, or a collective's decision signed without "TM.".

    >>> from ntm_docgen.letter.spec import parse_spec
    >>> base = {"loai": "QĐ", "co_quan": {"ten": "UBND TỈNH"}, "dia_danh": "Lạng Sơn",
    ...         "trich_yeu": "X", "noi_dung": "Điều 1. X."}
    >>> ky = {"quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH",
    ...       "ho_ten": "Lê Văn An"}
    >>> [w[:28] for w in _signed_for(parse_spec({**base, "ky": ky,
    ...                                            "tham_quyen": "CHỦ TỊCH UBND TỈNH LẠNG SƠN"}))]
    ['ky.quyen_han: "TM. ỦY BAN NH']
    >>> _signed_for(parse_spec({**base, "ky": ky, "tham_quyen": "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"}))
    []
    >>> ky["quyen_han"] = ["KT. CHỦ TỊCH"]
    >>> [w[:24] for w in _signed_for(parse_spec({**base, "ky": ky,
    ...                                            "tham_quyen": "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"}))]
    ['ky.quyen_han: a decision']
    """
    if not spec.tham_quyen or spec.loai.ma not in ("QĐ", "NQ"):
        return []
    authority = upper_vi(nfc(" ".join(spec.tham_quyen.split())))
    on_behalf = [line for line in spec.ky.quyen_han if upper_vi(line).startswith("TM.")]
    if authority.startswith(HEAD) and on_behalf:
        return [said(N_('ky.quyen_han: "{line}" signs on behalf of a collective, but this '
                        "decision is issued by {authority}, one person: the head signs it, or a "
                        'deputy "KT." of the head; take out the "TM." line'),
                     line=shortened(on_behalf[0]), authority=shortened(spec.tham_quyen))]
    collective = next((c for c in COLLECTIVE if authority.startswith(c)), None)
    if collective is not None and not on_behalf:
        return [said(N_('ky.quyen_han: a decision issued by {authority}, a collective, is signed '
                        'on its behalf: the first line is "TM." of it ("TM. {body}")'),
                     authority=shortened(spec.tham_quyen), body=collective)]
    return []
