"""The library's front door: every job of the tool as one function.

The command line and the desk call these (or a feature package), never each other. Each
function imports its feature when it is called, so ``import ntm_docgen`` stays cheap::

    from datetime import date
    from ntm_docgen import load_spec, render

    letter = load_spec("ke-hoach.yaml")
    render(letter, "ke-hoach.docx", today=date.today())

Errors are ``ntm_docgen.errors.DocgenError`` subclasses with a message for the user. The
functions live by kind in ``letters`` (specs, rendering, types, profiles), ``jobs`` (copies,
bulk, derive, import, check, register) and ``support`` (previews, LibreOffice, signals, folders,
files, dates); import them from here.
"""

from __future__ import annotations

from ntm_docgen.api.jobs import (
    bulk_rows,
    bulk_stop,
    check_file,
    comment_file,
    copy_document,
    copy_spec_warnings,
    derive_file,
    derive_forms,
    fix_file,
    import_letter,
    letter_entry,
    load_copy_spec,
    open_register,
    parse_copy_spec,
    read_guidance,
    run_bulk,
    spec_file_text,
    watching_ocr,
)
from ntm_docgen.api.letters import (
    PathLike,
    copy_form,
    copy_problems,
    date_line,
    field_labels,
    find_type,
    load_spec,
    numbering_refusal,
    numbering_warnings,
    parse_spec,
    profile_path,
    profile_problems,
    profiles,
    provinces,
    read_spec_data,
    render,
    render_bytes,
    render_numbered,
    series_warnings,
    skeleton,
    spec_problems,
    spec_warnings,
    types,
)
from ntm_docgen.api.support import (
    check_output,
    close_offices,
    early_year,
    file_ending,
    file_refused,
    page_count,
    page_of,
    parse_date,
    pdf_bytes,
    pdf_font_warnings,
    plain_letters,
    preview_pages,
    private_folder,
    private_folder_in_use,
    so_hieu,
    stop_on_signals,
    stopped_by_signal,
    sweep_private_folders,
    warm_offices,
    write_file,
)

__all__ = ["DESK_ENV", "DESK_GIVEN_UP", "PathLike",
           "bulk_rows", "bulk_stop", "check_file", "check_output", "close_offices",
           "comment_file", "copy_document", "copy_spec_warnings", "copy_form", "copy_problems",
           "date_line",
           "derive_file", "early_year",
           "derive_forms", "field_labels", "file_ending", "file_refused", "find_type", "fix_file",
           "import_letter", "letter_entry",
           "load_copy_spec",
           "load_spec", "open_register", "page_count", "page_of", "parse_copy_spec", "parse_date",
           "parse_spec", "pdf_bytes", "pdf_font_warnings", "plain_letters", "preview_pages",
           "private_folder",
           "private_folder_in_use",
           "profile_path", "profile_problems", "profiles", "provinces", "read_guidance",
           "read_spec_data",
           "numbering_refusal", "numbering_warnings", "render", "render_bytes",
           "render_numbered", "run_bulk",
           "series_warnings",
           "skeleton", "so_hieu", "spec_file_text",
           "spec_problems", "spec_warnings", "stop_on_signals", "stopped_by_signal",
           "sweep_private_folders", "types", "warm_offices", "watching_ocr", "write_file"]

#: The environment through which ``serve`` hands the desk its settings (``…HOST``, ``…PORT``).
DESK_ENV = "NTM_DOCGEN_DESK_"
#: Set by the desk once its log has named the pages it gave up as it stopped: ``serve`` then
#: says no more of them.
DESK_GIVEN_UP = DESK_ENV + "GIVEN_UP"
