"""Warnings on whom a letter goes to and how it is numbered, which render as typed: a công văn
with no Kính gửi, a công văn's ký hiệu opening with a type code, a signer's name still the
forms' placeholder, a recipient cut from the one before it at a comma, and a decision signed
on behalf of a collective that does not issue it."""

from __future__ import annotations

from ntm_docgen.i18n import N_, said, shortened
from ntm_docgen.letter.signing import signature_gaps, spelled_out
from ntm_docgen.letter.spec import BanSao, Spec
from ntm_docgen.vietnamese.loai import all_loai
from ntm_docgen.vietnamese.text import upper_vi


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
    out = _out_of_place(spec)
    if spec.loai.is_cong_van and not spec.kinh_gui:
        out.append(said(N_("kinh_gui: a công văn is sent to someone, named after “Kính gửi:” "
                           "under its trích yếu, and this one names no one: add kinh_gui")))
    if spec.loai.ma == "TTr" and not spec.kinh_gui:
        out.append(said(N_("kinh_gui: a Tờ trình asks an authority to decide, named after "
                           "“Kính gửi:” under its trích yếu, and this one names none: add "
                           "kinh_gui")))
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
    out += sample_signer("ky.ho_ten", spec.ky.ho_ten) + _cut("kinh_gui", spec.kinh_gui)
    out += _cut("noi_nhan", spec.noi_nhan)
    if spec.ban_sao is not None:
        out += copy_addressing(spec.ban_sao, "ban_sao.")
    if spec.ban_sao is not None and spec.ban_sao.hinh_thuc == "TRÍCH SAO":
        # the block certifies what is printed above it as the extract: the whole letter here
        out.append(said(N_("ban_sao.hinh_thuc: a TRÍCH SAO block certifies the text above it as "
                           "the parts extracted, and this spec prints the whole letter under "
                           "it: keep in noi_dung only the parts extracted, or leave out "
                           "ban_sao and make the TRÍCH SAO of the issued letter with "
                           "`ntm-docgen copy LETTER.docx --spec COPY.yaml --trich PARTS` (on "
                           "the desk: Sao văn bản)")))
    return out + _signed(spec)


def copy_addressing(ban_sao: BanSao, prefix: str = "") -> list[str]:
    """The warnings of a copy block (its own spec, or a letter's ``ban_sao``): its signer's
    name still the forms' placeholder, a recipient cut from the one before it at a comma.

    >>> from ntm_docgen.letter.spec import parse_copy_spec
    >>> copy = parse_copy_spec({"hinh_thuc": "SAO Y", "co_quan": {"ten": "VĂN PHÒNG"},
    ...     "dia_danh": "Tân Thành", "ky": {"chuc_vu": "CHÁNH VĂN PHÒNG", "ho_ten": "Lê Văn An"},
    ...     "noi_nhan": ["Các xã", "phường"]})
    >>> [w[:29] for w in copy_addressing(copy)]
    ['noi_nhan[1]: "phường" begins ']
    """
    return (sample_signer(f"{prefix}ky.ho_ten", ban_sao.ky.ho_ten)
            + _cut(f"{prefix}noi_nhan", ban_sao.noi_nhan))


def sample_signer(path: str, name: str) -> list[str]:
    """The warning on a signer's name still the forms' placeholder ("Nguyễn Văn A"), if it is."""
    if not placeholder_name(name):
        return []
    return [said(N_('{path}: "{name}" is a sample name (a given name of one letter, as the '
                    "decree's forms write it), not the signer's name: put the name of who "
                    "signs before the letter is numbered and sent"), path=path, name=name)]


def _cut(key: str, items: tuple[str, ...]) -> list[str]:
    return [said(N_('{path}: "{item}" begins in lower case: if it is a part of the '
                    "recipient before it, cut off at a comma (a list written in [ ] is cut "
                    "at every comma), write each recipient on a line of its own, "
                    '"- {joined}"'), path=f"{key}[{i}]", item=shortened(item),
                 joined=shortened(f"{items[i - 1]}, {item}"))
            for i, item in enumerate(items) if i and item[:1].islower()]


def _out_of_place(spec: Spec) -> list[str]:
    """A Kính gửi on a decision, which is addressed to no one (its articles name who carries it
    out, its Nơi nhận who gets it: Phụ lục I, mẫu 1.1-1.3), and an authority line on a letter
    whose layout has none (only a decision's prints it): each prints, or is lost, unseen.

    >>> from ntm_docgen.letter.spec import parse_spec
    >>> base = {"co_quan": {"ten": "UBND XÃ TÂN THÀNH"}, "dia_danh": "Tân Thành",
    ...         "trich_yeu": "X", "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "Lê Văn An"}}
    >>> [w[:22] for w in _out_of_place(parse_spec({**base, "loai": "QĐ",
    ...                                              "kinh_gui": ["Trưởng các thôn"]}))]
    ['kinh_gui: a Quyết định']
    >>> [w[:24] for w in _out_of_place(parse_spec({**base, "loai": "KH",
    ...                                              "tham_quyen": "CHỦ TỊCH UBND XÃ"}))]
    ['tham_quyen: a Kế hoạch h']
    """
    out: list[str] = []
    if spec.loai.layout == "quyet_dinh" and spec.kinh_gui:
        out.append(said(N_("kinh_gui: a {type} is addressed to no one, and prints no “Kính gửi:”: "
                           "its articles name who carries it out, and its Nơi nhận who receives "
                           "it (“Như Điều 3”); take kinh_gui out"), type=spec.loai.ten))
    if spec.loai.layout != "quyet_dinh" and spec.tham_quyen:
        out.append(said(N_("tham_quyen: a {type} has no issuing-authority line (only a decision "
                           "or a resolution prints one), and it is not printed; take it out, or "
                           "say it in the text"), type=spec.loai.ten))
    return out


def placeholder_name(name: str) -> bool:
    """A signer's name whose given name is one letter: the decree's forms write "Nguyễn Văn A";
    no Vietnamese given name is a letter alone.

    >>> [placeholder_name(n) for n in ("Nguyễn Văn A", "Trần Thị B.", "Nguyễn Văn An", "A")]
    [True, True, False, False]
    """
    words = name.rstrip(".").split()
    return len(words) > 1 and len(words[-1]) == 1 and words[-1].isupper()


def _signed(spec: Spec) -> list[str]:
    """A signature that speaks for another authority than the one that issues the decision,
    or that contradicts itself (``signing.signature_gaps``).

    >>> from ntm_docgen.letter.spec import parse_spec
    >>> base = {"loai": "QĐ", "co_quan": {"ten": "UBND TỈNH"}, "dia_danh": "Lạng Sơn",
    ...         "trich_yeu": "X", "noi_dung": "Điều 1. X."}
    >>> ky = {"quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH",
    ...       "ho_ten": "Lê Văn An"}
    >>> [w[:28] for w in _signed(parse_spec({**base, "ky": ky,
    ...                                        "tham_quyen": "CHỦ TỊCH UBND TỈNH LẠNG SƠN"}))]
    ['ky.quyen_han: "TM. ỦY BAN NH']
    >>> _signed(parse_spec({**base, "ky": ky, "tham_quyen": "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"}))
    []
    """
    out: list[str] = [
        said(N_('ky.quyen_han[{index}]: "{line}" names the collective or the title by an '
                'abbreviation; the decree writes it in full words: "{full}"'),
             index=i, line=shortened(line), full=full)
        for i, line in enumerate(spec.ky.quyen_han) if (full := spelled_out(line))]
    for gap in signature_gaps(spec.loai.ma, spec.tham_quyen or "", spec.ky.quyen_han,
                              spec.ky.chuc_vu):
        if gap.kind == "tm_for_head":
            out.append(said(N_('ky.quyen_han: "{line}" signs on behalf of a collective, but this '
                               "decision is issued by {authority}, one person: the head signs "
                               'it, or a deputy "KT." of the head; take out the "TM." line'),
                            line=shortened(gap.line), authority=shortened(spec.tham_quyen)))
        elif gap.kind == "no_tm":
            out.append(said(N_('ky.quyen_han: a decision issued by {authority}, a collective, is '
                               'signed on its behalf: the first line is "TM." of it ("TM. '
                               '{body}")'), authority=shortened(spec.tham_quyen), body=gap.body))
        elif gap.kind == "kt_head":
            out.append(said(N_('ky.chuc_vu: "{title}" signs under "{line}", which is a deputy '
                               "signing for the head: the head signs without the KT. line, or "
                               'the deputy\'s title is written ("PHÓ {title}")'),
                            title=upper_vi(spec.ky.chuc_vu), line=gap.line))
        else:
            out.append(said(N_('ky.quyen_han: a deputy ({title}) signs on behalf of the Ủy ban '
                               'through its head: add "KT. {head}" under "{line}"'),
                            title=spec.ky.chuc_vu, head=gap.head, line=gap.line))
    return out
