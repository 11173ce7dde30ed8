"""Read an existing letter (.txt, .docx, .pdf or a scan) into a spec: ``import_letter(path)``."""

from ntm_docgen.importer.build import ImportResult, import_letter, import_lines, unread_note
from ntm_docgen.importer.fields import PLACEHOLDER
from ntm_docgen.importer.kind import NotALetterError
from ntm_docgen.importer.setapart import quoted

__all__ = ["PLACEHOLDER", "ImportResult", "NotALetterError", "import_letter", "import_lines",
           "quoted", "unread_note"]
