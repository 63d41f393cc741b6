"""Documents benchmark: 475 certificates as separate files plus one combined file."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from jury_app.contest import create_contest
from jury_app.demo_contest import demo_export_path
from jury_app.documents.service import generate_documents
from jury_app.importing.service import import_file
from jury_app.presets import kuzbass_2025


def run() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = create_contest(folder / "documents.jury", kuzbass_2025())
        import_file(db, demo_export_path())
        try:
            start = time.perf_counter()
            report = generate_documents(db, "certificate", folder / "certificates")
            seconds = time.perf_counter() - start
        finally:
            db.close()
        assert len(report.files) == 475 and report.combined is not None
        return [("475 certificates: 475 PDFs + 1 combined", seconds, "≤ 10 s")]


if __name__ == "__main__":
    for name, seconds, target in run():
        print(f"{name:55s} {seconds:7.3f}  {target}")
