"""Regenerate the golden letter after an intended change: ``python -m tests.golden.make``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jury_app.documents.render import DocumentData, document_pdf
from jury_app.documents.templates import default_template


def golden_letter() -> bytes:
    data = DocumentData(
        values={
            "contest": "Лучший госпаблик Кузбасса",
            "year": "2025",
            "nomination": "Лучший паблик учреждения культуры Кузбасса",
        },
        recipient="Новокузнецкому драматическому театру",
        number="БП-2025/001",
        issued_on=date(2025, 12, 5),
        signatory_name="И. В. Середюк",
        signatory_position="Губернатор Кузбасса",
    )
    return document_pdf(default_template("thanks"), data, draft=False, invariant=True)


if __name__ == "__main__":
    target = Path(__file__).with_name("thanks-letter.pdf")
    target.write_bytes(golden_letter())
    print(f"written {target}")
