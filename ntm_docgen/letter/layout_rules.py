"""The numbers of shared/docs/nd30-layout.md that the templates and the body markup use."""

from __future__ import annotations

from ntm_docgen.files.ooxml import mm

# Page (A4 portrait), margins in mm: top/bottom 20-25, left 30-35, right 15-20.
MARGIN_TOP = 20
MARGIN_BOTTOM = 20
MARGIN_LEFT = 30
MARGIN_RIGHT = 15
TEXT_WIDTH = mm(210 - MARGIN_LEFT - MARGIN_RIGHT)  # 9354 twips
CELL_MARGIN = 57  # twips left and right inside the borderless layout tables (1 mm)

# Sizes in points, each inside the decree's range.
SIZE_QUOC_HIEU = 12      # 12-13, bold CAPS
SIZE_TIEU_NGU = 13       # 13-14, bold
SIZE_CO_QUAN = 12        # 12-13; parent not bold, issuer bold
SIZE_SO = 13             # 13
SIZE_NGAY = 14           # 13-14, italic
SIZE_NGAY_LONG = 13      # when a long place name would wrap the date line at 14 pt
SIZE_TEN_LOAI = 14       # 13-14, bold CAPS
SIZE_TRICH_YEU = 14      # 13-14, bold
SIZE_VV = 12             # 12-13, not bold (công văn)
SIZE_THAM_QUYEN = 14
SIZE_BODY = 14           # 13-14
SIZE_TABLE = 13
SIZE_CHU_KY = 14         # 13-14, bold
SIZE_NOI_NHAN_LABEL = 12  # 12, bold italic
SIZE_NOI_NHAN = 11       # 11
SIZE_DO_KHAN = 13        # 13-14, bold
SIZE_PAGE_NUMBER = 13    # 13-14
SIZE_COPY_STAMP = 10     # electronic copy block

# Header table about 40/60, reaching 5 mm into each side margin (common practice) so that
# "BAN THI ĐUA - KHEN THƯỞNG" and the quốc hiệu each fit on one line; the signature table puts
# Nơi nhận left, the signature right.
HEADER_OUTDENT = mm(5)
HEADER_COLUMNS = (mm(72), TEXT_WIDTH + 2 * HEADER_OUTDENT - mm(72))
SIGNATURE_COLUMNS = (mm(72), TEXT_WIDTH - mm(72))
ISSUER_CELL_TEXT = HEADER_COLUMNS[0] - 2 * CELL_MARGIN
MOTTO_CELL_TEXT = HEADER_COLUMNS[1] - 2 * CELL_MARGIN
SIGNATURE_CELL_TEXT = SIGNATURE_COLUMNS[1] - 2 * CELL_MARGIN
NOI_NHAN_CELL_TEXT = SIGNATURE_COLUMNS[0] - 2 * CELL_MARGIN
# The signature and Nơi nhận share one table row, kept on one page; a Nơi nhận longer than
# this many printed lines (about half a page at 11 pt) lets the row run on to the next page.
NOI_NHAN_KEEP_LINES = 30

# The rule under the tiêu ngữ is as long as the text (13 pt bold: 56 mm).
TIEU_NGU_RULE = mm(56)
TIEU_NGU_RULE_INDENT = (MOTTO_CELL_TEXT - TIEU_NGU_RULE) // 2
# Rules under the trích yếu (1/3-1/2 of its line: 40 % is drawn, see context.trich_yeu_rule)
# and under an appendix title: short, centred on the page.
SHORT_RULE = mm(40)
TRICH_YEU_RULE_SHARE = 0.4
# Points between the last line of the trích yếu (or a phụ lục's note) and its rule: the rule
# stands 1.5 mm under the descenders, as in letters made in Word (1-2 mm), not on them like an
# underline.
TRICH_YEU_RULE_BEFORE = 5

# Ô 10b: the urgency mark in a box of the decree's size (width by mark, 8 mm high), drawn as a
# one-cell table so that Word and LibreOffice print it at exactly that size.
KHAN_BOX_WIDTH = {"KHẨN": mm(20), "HỎA TỐC": mm(30), "THƯỢNG KHẨN": mm(40)}
KHAN_BOX_HEIGHT = mm(8)
BOX_BORDER = 8  # eighths of a point: a 1 pt line

# An appendix whose table has more columns than this is laid out on landscape A4 pages (the
# decree allows landscape for wide tables), the margins kept: 297 - 30 - 15 mm of text.
PORTRAIT_MAX_COLUMNS = 7
LANDSCAPE_TEXT_WIDTH = mm(297 - MARGIN_LEFT - MARGIN_RIGHT)

# Body: justified, first line indented 1.27 cm, 6 pt between paragraphs, 1.15 lines.
BODY_FIRST_LINE = mm(12.7)
BODY_BEFORE = 6
BODY_LINE = 1.15
# Kính gửi with several recipients: the list starts this far from the left margin.
KINH_GUI_INDENT = mm(50)
# Space for the signature between the title and the name: about four lines.
SIGNATURE_SPACE = 72
