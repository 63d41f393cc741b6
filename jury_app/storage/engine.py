"""Engine set-up for contest files: the only place that knows the database is SQLite.

WAL mode, foreign keys on every connection, explicit transactions, a schema version in the
file, and online backups through SQLite's backup API.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlmodel import Session, SQLModel

from jury_app.errors import ContestFileError
from jury_app.storage.models import SCHEMA_VERSION, Meta

SQLITE_MAGIC = b"SQLite format 3\x00"
CONTEST_SUFFIX = ".jury"
BACKUPS_KEPT = 30


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Autocommit at the driver level; SQLAlchemy's "begin" event below issues BEGIN, so
        # every transaction (reads included) is explicit and an import is all or nothing.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL: a committed score survives a power cut, not only a crash of the program.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=10000")
        # 64 MB of page cache: an import of 50,000 rows then updates its indexes in memory.
        cursor.execute("PRAGMA cache_size=-65536")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    _configure_sqlite(engine)
    return engine


class ContestDB:
    """An open contest file. Use :meth:`session` for one transaction."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """Yield a session whose work is committed on success and rolled back on any error."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> ContestDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def create_contest_file(path: Path) -> ContestDB:
    """Create a new, empty contest file with the current schema; refuse to overwrite a file."""
    if path.exists():
        raise ContestFileError(f"Файл «{path.name}» уже существует — выберите другое имя.")
    if not path.parent.is_dir():
        raise ContestFileError(f"Папка «{path.parent}» не существует.")
    engine = _make_engine(path)
    try:
        SQLModel.metadata.create_all(engine)
        with Session(engine) as session, session.begin():
            session.add(Meta(key="schema_version", value=str(SCHEMA_VERSION)))
    except Exception:
        engine.dispose()
        for leftover in (path, *_sidecars(path)):
            leftover.unlink(missing_ok=True)
        raise
    return ContestDB(path, engine)


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def open_contest_file(path: Path) -> ContestDB:
    """Open an existing contest file, migrating an older schema forward after a backup.

    A file written by a newer program, or anything that is not a contest file, is refused
    with a clear message and left untouched.
    """
    if not path.is_file():
        raise ContestFileError(f"Файл конкурса «{path}» не найден.")
    if not _looks_like_sqlite(path):
        raise ContestFileError(f"«{path.name}» — не файл конкурса Jury App.")
    engine = _make_engine(path)
    try:
        version = _read_schema_version(engine, path)
        if version > SCHEMA_VERSION:
            raise ContestFileError(
                f"Файл «{path.name}» создан более новой версией программы (схема {version}, "
                f"эта версия понимает до {SCHEMA_VERSION}). Обновите Jury App."
            )
        db = ContestDB(path, engine)
        if version < SCHEMA_VERSION:
            backup_contest(db, f"before-migration-v{version}")
            _migrate(engine, version)
        return db
    except ContestFileError:
        engine.dispose()
        raise
    except Exception as exc:  # sqlite3.DatabaseError and friends: a damaged file
        engine.dispose()
        raise ContestFileError(f"Файл конкурса «{path.name}» повреждён: {exc}") from exc


def _read_schema_version(engine: Engine, path: Path) -> int:
    if not inspect(engine).has_table("meta"):
        raise ContestFileError(f"«{path.name}» — не файл конкурса Jury App.")
    with Session(engine) as session:
        meta = session.get(Meta, "schema_version")
    if meta is None or not meta.value.isdigit():
        raise ContestFileError(f"В файле «{path.name}» нет версии схемы — это не файл конкурса.")
    return int(meta.value)


def _migrate(engine: Engine, version: int) -> None:
    # New tables of later versions are created here (2: document templates, the journal);
    # column changes would get one step per version.
    SQLModel.metadata.create_all(engine)
    with Session(engine) as session, session.begin():
        meta = session.get(Meta, "schema_version")
        assert meta is not None
        meta.value = str(SCHEMA_VERSION)


def backups_dir(path: Path) -> Path:
    return path.with_name(path.stem + ".backups")


def backup_contest(db: ContestDB, reason: str) -> Path:
    """Copy the contest file, consistently even while open, into its backups folder."""
    folder = backups_dir(db.path)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db.path.stem}-{stamp}-{reason}{CONTEST_SUFFIX}"
    raw = db.engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        with contextlib.closing(sqlite3.connect(target)) as dest:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        raw.close()
    _prune_backups(folder)
    return target


def _prune_backups(folder: Path) -> None:
    backups = sorted(folder.glob(f"*{CONTEST_SUFFIX}"), key=lambda p: p.stat().st_mtime)
    for old in backups[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
