"""The register's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

#: Bumped when the tables change; a register with another version is refused, not guessed at.
SCHEMA_VERSION = "1"

metadata = MetaData()

#: One row per number given: the Phụ lục IV columns, the output file and its SHA-256.
so_di = Table(
    "ntm_so_di", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("co_quan", String(40), nullable=False),
    Column("nam", Integer, nullable=False),
    Column("serie", String(20), nullable=False),
    Column("so", Integer, nullable=False),
    Column("ky_hieu", String(80), nullable=False),
    Column("loai", String(10), nullable=False),
    Column("ten_loai", String(60), nullable=False),
    Column("trich_yeu", Text, nullable=False, default=""),
    Column("ngay", Date),
    Column("nguoi_ky", Text, nullable=False, default=""),
    Column("noi_nhan", Text, nullable=False, default=""),
    Column("luu", Text, nullable=False, default=""),
    Column("so_luong_ban", Integer),
    Column("ngay_chuyen", Date),
    Column("ky_nhan", Text, nullable=False, default=""),
    Column("ghi_chu", Text, nullable=False, default=""),
    Column("tep", Text),
    Column("sha256", String(64)),
    Column("trang_thai", String(10), nullable=False),
    Column("cap_luc", DateTime(timezone=True), nullable=False),
    # Two clerks never hold the same number: the database itself refuses a duplicate.
    UniqueConstraint("co_quan", "nam", "serie", "so", name="ntm_so_di_mot_so"),
)

#: The last number given in each series of each body and year; a new year starts a new row.
bo_dem = Table(
    "ntm_bo_dem", metadata,
    Column("co_quan", String(40), nullable=False),
    Column("nam", Integer, nullable=False),
    Column("serie", String(20), nullable=False),
    Column("so_cuoi", Integer, nullable=False),
    PrimaryKeyConstraint("co_quan", "nam", "serie", name="ntm_bo_dem_pk"),
)

#: The series mode a body chose for a year (``chung`` or ``theo-loai``); absent = the last
#: earlier year's choice, or ``chung``.
che_do = Table(
    "ntm_che_do", metadata,
    Column("co_quan", String(40), nullable=False),
    Column("nam", Integer, nullable=False),
    Column("che_do", String(12), nullable=False),
    PrimaryKeyConstraint("co_quan", "nam", name="ntm_che_do_pk"),
)

#: Facts about the register itself: its schema version.
thong_tin = Table(
    "ntm_thong_tin", metadata,
    Column("khoa", String(40), primary_key=True),
    Column("gia_tri", Text, nullable=False),
)

#: The letters a desk in office mode issued, kept in the database itself (their bytes, by
#: SHA-256: the ``sha256`` of their lines in ``ntm_so_di``); a register made before this
#: table gets it when a file is first kept (``kept.ensure``), its lines untouched.
tep_luu = Table(
    "ntm_tep", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("ten", Text, nullable=False),
    Column("noi_dung", LargeBinary, nullable=False),
    Column("luu_luc", DateTime(timezone=True), nullable=False),
)
