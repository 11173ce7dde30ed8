"""The lowest layer: the DOCX zip and its XML, PDF conversion, safe output, the shipped files.

Nothing here knows about letters; every other layer may import it.
"""
