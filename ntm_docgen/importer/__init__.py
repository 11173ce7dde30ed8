"""Read an existing letter (.txt, .docx, .pdf or a scan) into a spec: ``import_letter(path)``."""

from ntm_docgen.importer.build import (
                                       PLACEHOLDER,
                                       ImportResult,
                                       import_letter,
                                       import_lines,
                                       quoted,
                                       unread_note,
)
from ntm_docgen.importer.kind import NotALetterError

__all__ = ["PLACEHOLDER", "ImportResult", "NotALetterError", "import_letter", "import_lines",
           "quoted", "unread_note"]
