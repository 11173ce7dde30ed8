"""ntm-docgen: Vietnamese administrative letters in the layout of Nghị định 30/2020/NĐ-CP.

The front door is ``ntm_docgen.api``; its functions are also importable from here
(``from ntm_docgen import load_spec, render``), loaded when first used.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["bulk_rows", "bulk_stop", "check_file", "check_output", "close_offices",
           "comment_file", "copy_document", "copy_spec_warnings", "copy_form", "copy_problems",
           "date_line", "derive_file", "derive_forms", "early_year", "field_labels", "file_ending",
           "file_refused",
           "find_type", "fix_file", "import_letter",
           "letter_entry", "load_copy_spec",
           "load_spec", "open_register", "page_count", "page_of", "parse_copy_spec", "parse_date",
           "parse_spec", "pdf_bytes", "pdf_font_warnings", "plain_letters", "preview_pages",
           "private_folder",
           "private_folder_in_use",
           "profile_path", "profile_problems",
           "profiles", "provinces",
           "numbering_refusal", "numbering_warnings", "read_guidance", "read_spec_data", "render",
           "render_bytes",
           "render_numbered",
           "run_bulk",
           "series_warnings", "skeleton", "so_hieu", "spec_file_text", "spec_problems",
           "spec_warnings",
           "stop_on_signals",
           "stopped_by_signal",
           "sweep_private_folders",
           "types", "warm_offices", "watching_ocr", "write_file"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from ntm_docgen import api

        return getattr(api, name)
    raise AttributeError(f"module 'ntm_docgen' has no attribute {name!r}")
