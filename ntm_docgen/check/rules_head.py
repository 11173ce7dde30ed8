"""Header rules: Quốc hiệu, Tiêu ngữ, issuer, number, date, V/v and marks (ô 1–5b, 10–11)."""

from __future__ import annotations

import re

from ntm_docgen.check import fixes_text, hyphens
from ntm_docgen.check.boxes import check_boxes
from ntm_docgen.check.common import missing, style, where
from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import Finding, rules, short
from ntm_docgen.check.paras import Line
from ntm_docgen.check.rulers import check_rule
from ntm_docgen.check.rules_case import vv_case
from ntm_docgen.check.rules_scope import party_motto
from ntm_docgen.check.variants import accepted, official_code, practice, variants
from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.loai import all_loai, copy_codes, in_capitals, old_code
from ntm_docgen.vietnamese.text import plain_hyphens

#: "Số: 15/QĐ-UBND"; a legal normative document's number carries its year: "Số: 31/2020/QĐ-UBND"
SO_FORM = re.compile(r"^Số:\s*(?P<so>[\d\s.…_]*?)\s*(?:/\s*(?P<nam>\d{4})\s*)?/\s*(?P<kh>\S+)$")
SO_LOOSE = re.compile(
    r"^Số:\s*(?P<so>[\d\s.…_]*?)\s*(?:/\s*(?P<nam>\d{4})\s*)?/\s*(?P<kh>\S.*\S)$")
NGAY_FORM = re.compile(r"ngày\s*(?P<d>\d*)\s*tháng\s*(?P<m>\d*)\s*năm\s*(?P<y>\d*)")
_SP = r"[ \u00a0]+"
#: a number run into its word in the date line: "4năm", "tháng4", "ngày05"
_GLUED = re.compile(r"(?<!\d)\d+(?:ngày|tháng|năm)|(?:ngày|tháng|năm)\d+", re.IGNORECASE)


def check_head(letter: Letter) -> list[Finding]:
    """Every rule of ô 1 to ô 4, the V/v line and the marks (ô 10a, 10b, 11)."""
    return [*_quoc_hieu(letter), *_co_quan(letter), *_so(letter), *_ngay(letter), *_vv(letter),
            *style("do_mat", letter.do_mat), *style("do_khan", letter.do_khan),
            *check_boxes(letter, "do_khan", letter.do_khan),
            *style("pham_vi", letter.pham_vi), *check_boxes(letter, "pham_vi", letter.pham_vi)]


def _quoc_hieu(letter: Letter) -> list[Finding]:
    data = rules()
    out: list[Finding] = []
    motto = party_motto(letter)  # the Đảng's line typed where the Quốc hiệu goes
    if motto is not None:
        out.append(motto)
    elif letter.quoc_hieu is None:
        out.append(missing("quoc_hieu", _("no Quốc hiệu"), _('"{quoc_hieu}" top right, bold')
                           .format(quoc_hieu=data["quoc_hieu"])))
    else:
        line = letter.quoc_hieu
        if not accepted("quoc_hieu", line.clean):
            out.append(Finding(
                "quoc_hieu.text", where(line.para), short(line.clean), f'"{line.clean}"',
                f'"{data["quoc_hieu"]}"', anchor=line.para.el,
                note=_('the Quốc hiệu reads "{found}"; write "{wanted}"').format(
                    found=line.clean, wanted=data["quoc_hieu"])))
        out += style("quoc_hieu", [line])
    if letter.tieu_ngu is None and motto is None:  # a motto's finding names it
        out.append(missing("tieu_ngu", _("no Tiêu ngữ"), _('"{tieu_ngu}" under the Quốc hiệu')
                           .format(tieu_ngu=data["tieu_ngu"])))
    elif letter.tieu_ngu is not None:
        line = letter.tieu_ngu
        if not accepted("tieu_ngu", line.clean):
            looks_right = hyphens.looks_right(line.clean, data["tieu_ngu"])
            rule = "tieu_ngu.dash" if practice("tieu_ngu", line.clean) or looks_right \
                else "tieu_ngu.text"
            out.append(Finding(
                rule, where(line.para), short(line.clean), f'"{line.clean}"',
                f'"{data["tieu_ngu"]}"', anchor=line.para.el,
                note=hyphens.tieu_ngu_note(line.clean, data["tieu_ngu"])))
        out += style("tieu_ngu", [line])
        out += check_rule(letter, "tieu_ngu", [line])
    return out


def _co_quan(letter: Letter) -> list[Finding]:
    out: list[Finding] = []
    if not letter.co_quan:
        return [missing("co_quan", _("no issuer name (cơ quan ban hành)"),
                        _("the issuer's name in capitals, bold, top left"))]
    out += style("chu_quan", letter.chu_quan)
    out += style("co_quan", letter.co_quan)
    out += check_rule(letter, "co_quan", letter.co_quan)
    return out


def _so(letter: Letter) -> list[Finding]:
    line = letter.so
    if line is None:
        return [missing("so", _("no number line"), _('"Số: 15/QĐ-BNV" under the issuer'))]
    out = style("so", [line])
    text, at = line.clean, where(line.para)
    match = SO_FORM.match(text)
    loose = SO_LOOSE.match(text)
    typed = match or loose
    dash = hyphens.ky_hieu_dash(line, typed["kh"]) if typed is not None else None
    out += [dash] if dash is not None else []
    if match is None and loose is not None:
        ky_hieu = loose["kh"]
        fixed = _tight_hyphens(plain_hyphens(ky_hieu))
        codes = {lo.ma for lo in all_loai() if lo.ma} | set(copy_codes().values())
        lower = [p for p in re.split(r"[\s\-]+", plain_hyphens(ky_hieu))
                 if p != p.upper() and not official_code(p) and p not in codes]
        note = _('the ký hiệu "{kh}" has spaces inside it; write "{fixed}"') if not lower else \
            _('the ký hiệu "{kh}" has spaces and lower case inside it ("{part}"); write it '
              'in capitals without spaces')
        return [*out, Finding("so.format", at, short(text), f'"{ky_hieu}"',
                              _('"Số: <number>/<ký hiệu>", the ký hiệu without spaces'),
                              anchor=line.para.el, note=note.format(
                                  kh=ky_hieu, fixed=fixed, part=lower[0] if lower else ""))]
    if match is None:
        return [*out, Finding("so.format", at, short(text), f'"{short(text)}"',
                              _('"Số: <number>/<ký hiệu>" ("Số" with a capital S, then a '
                                'colon)'),
                              anchor=line.para.el,
                              note=_('the number line reads "{found}"; write it as '
                                     '"Số: <number>/<ký hiệu>" ("Số" with a capital S, then a '
                                     'colon)').format(found=short(text)))]
    number, ky_hieu = match["so"].strip(), plain_hyphens(match["kh"])  # its dash told above
    if number.isdigit() and len(number) == 1:
        runs = [r.el for r in line.runs]
        out.append(Finding("so.padding", at, short(text), f'"Số: {number}/"',
                           _('a leading zero for numbers below 10: "Số: 0{n}/"').format(
                               n=number),
                           anchor=line.para.el,
                           note=_('the number "{n}" is below 10; write "Số: 0{n}/"').format(
                               n=number),
                           fix=lambda: fixes_text.replace_text(runs, r"(Số:\s*)(\d)(\s*/)",
                                                          r"\g<1>0\2\3")))
    if number.isdigit() and re.search(r"\d\s+/|/\s+\S", text):  # "Số: 268 /QĐ-UBND"
        runs = [r.el for r in line.runs]
        tight = "/".join(part.strip() for part in text.removeprefix("Số:").split("/"))
        out.append(Finding("so.format", at, short(text), f'"{short(text)}"',
                           f'"Số: {tight}"', anchor=line.para.el,
                           note=_('the number line reads "{found}": a space stands beside '
                                  'the "/"; write "Số: {tight}"').format(found=short(text),
                                                                        tight=tight),
                           fix=lambda: fixes_text.replace_text(runs, r"(\d)\s*/\s*(?=\S)",
                                                          r"\1/")))
    out += _ky_hieu(letter, at, text, ky_hieu)
    year = match["nam"]
    if year and ky_hieu.split("-")[0] in rules()["so_nam"]["codes"] \
            and ky_hieu.split("-")[-1] not in rules()["so_nam"]["kept_after"]:
        runs = [r.el for r in line.runs]
        plain = re.sub(r"/\s*\d{4}\s*/", "/", text)  # a draft's blanks kept
        out.append(Finding("so.nam", at, short(text), f'"/{year}/"',
                           _('"Số: <number>/<ký hiệu>", the year left out'),
                           anchor=line.para.el,
                           note=_('the number line reads "{found}": the year "{year}" between the '
                                  "number and the ký hiệu is written only in the number of a "
                                  "legal normative document (a law, a nghị định, a thông tư, a "
                                  'quyết định quy phạm); write "{plain}"').format(
                               found=short(text), year=year, plain=plain),
                           fix=lambda: fixes_text.replace_text(runs, r"/\s*\d{4}\s*/", "/")))
    return out


def _ky_hieu(letter: Letter, at: str, text: str, ky_hieu: str) -> list[Finding]:
    codes = {lo.ma for lo in all_loai() if lo.ma} | set(copy_codes().values())
    out: list[Finding] = []
    if "/" in ky_hieu:
        ky_hieu = ky_hieu.replace("/", "-")
        out.append(Finding("so.slash", at, short(text), f'"{short(text)}"',
                           _('the parts of the ký hiệu joined by "-" (Phụ lục III)'),
                           note=_('the ký hiệu has a "/" between its parts; write "{fixed}": '
                                  'the "/" stands only between the number and the '
                                  'ký hiệu').format(fixed=ky_hieu)))
    parts = ky_hieu.split("-")
    odd = [p for p in parts if p not in codes and p != p.upper() and not official_code(p)]
    if odd:
        out.append(Finding("so.case", at, short(text), f'"{ky_hieu}"',
                           _("ký hiệu in capitals (type codes as in Phụ lục III)"),
                           note=_('the ký hiệu "{kh}" has lower case in "{part}"; write it in '
                                  'capitals: "{fixed}"').format(
                               kh=ky_hieu, part='", "'.join(odd), fixed="-".join(
                                   in_capitals(p, frozenset(variants()["ky_hieu_codes"]))
                                   if p in odd else p
                                   for p in parts))))
    first = parts[0]
    if old_code(first):
        out.append(Finding("so.ma_cu", at, short(text),
                           _('type code "{code}" (Thông tư 01/2011)').format(code=first),
                           _('the Phụ lục III code "{code}"').format(code=old_code(first)),
                           note=_('"{code}" is a type code of Thông tư 01/2011; write the code of '
                                  'Phụ lục III, "{new}"').format(code=first,
                                                                 new=old_code(first))))
    elif letter.loai is not None and first != letter.loai.ma:
        out.append(Finding("so.ma_loai", at, short(text), _('ký hiệu "{kh}"').format(kh=ky_hieu),
                           _('"{code}-<issuer>" for a {name} (Phụ lục III)').format(
                               code=letter.loai.ma, name=letter.loai.ten),
                           note=_('the ký hiệu "{kh}" does not begin with the code of a {name}; '
                                  'write "{code}-<issuer>" (Phụ lục III)').format(
                               kh=ky_hieu, name=letter.loai.ten, code=letter.loai.ma)))
    return out


def _ngay(letter: Letter) -> list[Finding]:
    line = letter.ngay
    if line is None:
        return [missing("ngay", _("no place and date line"),
                        _('"<địa danh>, ngày 05 tháng 01 năm 2020" in italics, under the Quốc '
                          'hiệu'))]
    out = style("ngay", [line])
    text, at = line.clean, where(line.para)
    if not re.match(r"^\S.*,\s*ngày", text):
        out.append(Finding("ngay.form", at, short(text), f'"{short(text)}"',
                           '"<địa danh>, ngày … tháng … năm …"', anchor=line.para.el,
                           note=_('the date line reads "{text}"; write "<địa danh>, ngày … '
                                  'tháng … năm …"').format(text=short(text))))
    glued = _GLUED.search(text)
    if glued is not None:
        word = glued.group(0)
        spaced = re.sub(r"(?<=\d)(?=\D)|(?<=\D)(?=\d)", " ", word)
        out.append(Finding("ngay.spacing", at, short(text), f'"{word}"', f'"{spaced}"',
                           anchor=line.para.el,
                           note=_('the date has no space in "{word}"; write "{spaced}"').format(
                               word=word, spaced=spaced)))
    match = NGAY_FORM.search(text)
    if match is None:
        return out
    day, month = match["d"], match["m"]
    if day and len(day) == 1:
        out.append(_zero(line, "ngay.day", f'"ngày {day}"',
                         _('a leading zero for days below 10: "ngày 0{day}"').format(day=day),
                         _('the day "ngày {day}" is below 10; write "ngày 0{day}"')
                         .format(day=day),
                         rf"(ngày{_SP})(\d)(?!\d)", r"\g<1>0\2"))
    if month.isdigit():
        value = int(month)
        if value >= 3 and month.startswith("0"):
            out.append(_zero(line, "ngay.month", f'"tháng {month}"',
                             _('no leading zero for months 3 to 12: "tháng {value}"').format(
                                 value=value),
                             _('"tháng {month}": months 3 to 12 take no leading '
                               'zero; write "tháng {value}"').format(month=month, value=value),
                             rf"(tháng{_SP})0(\d)(?!\d)", r"\g<1>\2"))
        elif value < 3 and len(month) == 1:
            out.append(_zero(line, "ngay.month", f'"tháng {month}"',
                             _('a leading zero for January and February: "tháng 0{value}"')
                             .format(value=value),
                             _('"tháng {month}": January and February take a leading '
                               'zero; write "tháng 0{value}"').format(month=month, value=value),
                             rf"(tháng{_SP})([12])(?!\d)", r"\g<1>0\2"))
    return out


def _zero(line: Line, rule: str, found: str, expected: str, note: str, pattern: str,
          zeroed: str) -> Finding:
    """A day or month of the date line with a leading zero it should not have, or without one
    it should; ``fix`` rewrites ``pattern`` as ``zeroed`` in the line's runs."""
    runs = [r.el for r in line.runs]
    return Finding(rule, where(line.para), short(line.clean), found, expected,
                   anchor=line.para.el, note=note,
                   fix=lambda: fixes_text.replace_text(runs, pattern, zeroed))


def _vv(letter: Letter) -> list[Finding]:
    if not letter.vv:
        return []
    out = [*style("vv", letter.vv), *vv_case(letter.vv)]
    first = letter.vv[0]
    if not first.clean.startswith("V/v "):
        bare = re.match(r"Về(\s+việc)?\s+", first.clean)  # "Về kết quả ...": V/v stands for it
        note = _('the trích yếu under the number reads "{text}"; write "V/v" in place of '
                 '"{word}": "V/v {rest}"') if bare else \
            _('the line under the number reads "{text}"; begin it with "V/v " and write the '
              'trích yếu in lower case')
        out.append(Finding("vv.form", where(first.para), short(first.clean),
                           f'"{short(first.clean, 20)}"', _('"V/v <trích yếu>" in lower case'),
                           anchor=first.para.el,
                           note=note.format(text=short(first.clean, 20),
                                            word=bare.group(0).strip() if bare else "",
                                            rest=short(first.clean[bare.end():], 30)
                                            if bare else "")))
    return out


def _tight_hyphens(text: str) -> str:
    """``KH - UBND`` → ``KH-UBND``: the spaces around each hyphen go (split, not a pattern that
    starts with spaces: that would rescan a long run of them from each one).

    >>> _tight_hyphens("KH - UBND"), _tight_hyphens("a - - b"), _tight_hyphens("QĐ")
    ('KH-UBND', 'a--b', 'QĐ')
    """
    parts = text.split("-")
    if len(parts) == 1:
        return text
    return "-".join([parts[0].rstrip(), *(p.strip() for p in parts[1:-1]), parts[-1].lstrip()])
