"""The ``check`` command: report departures from the decree's layout; fix the mechanical ones."""

from __future__ import annotations

from pathlib import Path

import click

from ntm_docgen.check import DOCX_ONLY, check_file, comment_file, fix_file, to_json, to_text
from ntm_docgen.check.findings import LOI, fix_json
from ntm_docgen.cli.common import (
    InputFile,
    docx_output,
    echo_warnings,
    force_option,
    not_the_input,
    reports_errors,
)
from ntm_docgen.cli.translated import command, option
from ntm_docgen.i18n import N_, _, ngettext


@command("check", help=N_(
    "Check FILE.docx against the layout rules of Nghị định 30/2020/NĐ-CP.\n\n"
    "Each finding is an error (lỗi: contrary to the decree's text, with its place) or a note "
    "(lưu ý: departs from common practice); it says what is wrong in the found text and the "
    "smallest fix. Accepted variants (CỘNG HOÀ, TTg, Như kính gửi, ...) are not reported. Exit "
    "status: 0 no finding; 1 findings (with --errors-only: errors; after --fix: findings left), "
    "or FILE is missing or not a readable DOCX (the message says which, on stderr)."))
@click.argument("file", type=InputFile((".docx", ".doc", ".rtf", ".odt"), DOCX_ONLY))
@option("--json", "as_json", is_flag=True,
        help=N_("Print the findings as a JSON list; with --fix, each says whether it was "
                "repaired or is left, and the findings the repair brought follow."))
@option("--fix", "fix_out", type=click.Path(dir_okay=False, path_type=Path), metavar="OUT.docx",
        help=N_("Write a repaired copy: fonts and sizes, bold and italic, alignment, indents "
                "and spacing, margins and paper, the zero of a day, a month or a number, "
                "Unicode (composed, or typed in an old TCVN3 or VNI font), colour, a title put "
                "in capitals, \"Điều 1:\" made \"Điều 1.\". Left as they are and reported again, "
                "for you to mend: the wording, a part that is missing, the rules (lines) under "
                "the names, page numbers to add, a line to move to another place."))
@option("--comments", "comments_out", type=click.Path(dir_okay=False, path_type=Path),
        metavar="OUT.docx",
        help=N_("Write a copy of the letter with each finding as a Word comment on its element; "
                "nothing else is changed."))
@option("--errors-only", is_flag=True,
        help=N_("Exit 1 only for errors (lỗi): a letter whose findings are all notes (lưu ý) "
                "exits 0."))
@option("--strict", is_flag=True,
        help=N_("Exit 1 for any finding, notes too: what check does without --errors-only."))
@force_option
@reports_errors
def check(file: Path, as_json: bool, fix_out: Path | None, comments_out: Path | None,
          errors_only: bool, strict: bool, force: bool) -> None:
    if errors_only and strict:
        raise click.UsageError(_("give --errors-only or --strict, not both"))
    if fix_out is not None and comments_out is not None:
        raise click.UsageError(_("give --fix or --comments, not both"))
    for given, name in ((fix_out, "--fix"), (comments_out, "--comments")):
        if given is not None:
            docx_output(given, name, pdf_flag=False)
            not_the_input(given, file, name)
    if file.suffix.lower() in (".doc", ".rtf", ".odt") and not as_json:
        echo_warnings([_("{path} is checked as the .docx LibreOffice makes of it; --fix and "
                         "--comments write a .docx, the {suffix} itself is left as it is").format(
                             path=file, suffix=file.suffix.lower())])
    if fix_out is None:
        if comments_out is not None:
            findings = comment_file(file, comments_out, force=force)
        else:
            findings = check_file(file)
        click.echo(to_json(findings) if as_json else to_text(findings, str(file)))
        if comments_out is not None and not as_json:
            click.echo(ngettext("{path}: {count} comment", "{path}: {count} comments",
                                len(findings)).format(path=comments_out, count=len(findings)))
        if _fails(findings, errors_only):
            click.get_current_context().exit(1)
        return
    result = fix_file(file, fix_out, force=force, only_fixed=True)
    if as_json:
        click.echo(fix_json(result.before, result.fixed, result.after))
    elif not result.written:
        click.echo(to_text(result.before, str(file)))
        click.echo(ngettext(
            "{out} was not written: the {count} finding needs a change of the text or the "
            "layout that only you can make, as said above",
            "{out} was not written: none of the {count} findings can be repaired without a "
            "change of the text or the layout that only you can make, as said above",
            len(result.before)).format(count=len(result.before), out=fix_out)
            if result.before else
            _("{out} was not written: the letter has nothing to repair").format(out=fix_out))
    else:
        click.echo(ngettext("{path}: fixed {fixed} of {count} finding",
                            "{path}: fixed {fixed} of {count} findings", len(result.before))
                   .format(path=fix_out, fixed=len(result.fixed), count=len(result.before)))
        seen = {(f.rule, f.where) for f in result.before}
        if made := sum(1 for f in result.after if (f.rule, f.where) not in seen):
            # the repair moved something the letter had right (a rule under a line whose
            # type it changed): said, not left for her to find under "fixed N of N"
            click.echo(ngettext(
                "{path}: the repair brought {count} new finding, listed below: correct it in "
                "Word",
                "{path}: the repair brought {count} new findings, listed below: correct them in "
                "Word", made).format(path=fix_out, count=made))
        click.echo(to_text(result.after, str(fix_out)))
    if _fails(result.after, errors_only):
        click.get_current_context().exit(1)


def _fails(findings: list, errors_only: bool) -> bool:
    """Exit 1: any finding, as the contract says (``exit 0 clean, 1 findings``); with
    --errors-only an error (lỗi) only."""
    return any(not errors_only or f.severity == LOI for f in findings)
