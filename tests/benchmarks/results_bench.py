"""Results benchmarks: the demo size with 15 jurors, and 20,000 applications × 200 jurors."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from jury_app.contest import create_contest
from jury_app.demo_contest import demo_export_path
from jury_app.importing.service import import_file
from jury_app.presets import kuzbass_2025
from jury_app.results.diagnostics import stability
from jury_app.results.service import compute_results
from tests.results_fixtures import score_contest


def run() -> list[tuple[str, float, str]]:
    results: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = create_contest(folder / "demo15.jury", kuzbass_2025())
        import_file(db, demo_export_path())
        score_contest(db, jurors=15, per_application=None, seed=5)
        start = time.perf_counter()
        compute_results(db)
        stability(db, resamples=2000)
        results.append(
            ("results 475 × 15 jurors + 2000 resamples", time.perf_counter() - start, "≤ 2 s")
        )
        db.close()

        from tests.benchmarks.__main__ import write_big_export

        db = create_contest(folder / "big.jury", kuzbass_2025())
        big = folder / "big20k.xlsx"
        write_big_export(big, 20_000)
        import_file(db, big)
        score_contest(db, jurors=200, per_application=7, seed=5)
        start = time.perf_counter()
        compute_results(db, "adjusted")
        results.append(
            ("results 20000 × 200 jurors (adjusted)", time.perf_counter() - start, "≤ 15 s")
        )
        start = time.perf_counter()
        stability(db, resamples=2000)
        results.append(("  + 2000 resamples on 20000 × 200", time.perf_counter() - start, ""))
        db.close()
    return results


if __name__ == "__main__":
    for name, seconds, target in run():
        print(f"{name:55s} {seconds:7.3f}  {target}")
