"""``make bench``: import speed on the demo export and on a generated 50,000-row workbook.

Not part of the test run: timings depend on the machine. Figures are printed as a table.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from jury_app.contest import create_contest
from jury_app.demo_contest import demo_export_path
from jury_app.importing.reader import read_table
from jury_app.importing.service import import_file
from jury_app.presets import KUZBASS_2025_NOMINATIONS, kuzbass_2025
from tests.fixtures import HEADERS

TARGETS = {"import 475": 0.5, "import 50000": 3.0}


def _timed(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _import_once(folder: Path, source: Path) -> Callable[[], object]:
    counter = iter(range(10**6))

    def run() -> object:
        path = folder / f"bench-{source.stem}-{next(counter)}.jury"
        db = create_contest(path, kuzbass_2025())  # not timed apart: a few ms
        try:
            return import_file(db, source)
        finally:
            db.close()

    return run


def write_big_export(path: Path, rows: int, seed: int = 7) -> None:
    """A form export with ``rows`` distinct applications spread over the 12 nominations."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Ответы на форму (1)")
    sheet.append(HEADERS)
    for i in range(rows):
        nomination = rng.choice(KUZBASS_2025_NOMINATIONS)
        sheet.append(
            [
                f"{rng.randint(1, 28):02d}.09.2025 "
                f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:00",
                nomination,
                f"МБОУ «Средняя общеобразовательная школа № {i + 1}»",
                rng.choice(
                    [
                        "Кемеровский городской округ",
                        "Новокузнецкий городской округ",
                        "Беловский муниципальный округ",
                        "Юргинский городской округ",
                    ]
                ),
                rng.choice(
                    [
                        f"https://vk.com/school{i}",
                        f"vk.com/club{100000 + i}",
                        f"https://m.vk.com/public{i}",
                    ]
                ),
                rng.choice([f"@school_{i}", f"https://t.me/school_{i}", "нет", ""]),
                rng.choice([f"8 913 {i % 1000:03d} 45 67", 89130000000 + i, "+7 (3842) 58-12-34"]),
                rng.choice(["1 300", "около 500", str(rng.randint(10, 9000)), 1200]),
            ]
        )
    workbook.save(path)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results: list[tuple[str, float, str]] = []
        demo = demo_export_path()
        t475 = _timed(_import_once(folder, demo), repeat=5)
        results.append(("import 475 (demo xlsx, median of 5)", t475, "≤ 0.5 s"))

        big = folder / "big.xlsx"
        write_big_export(big, 50_000)
        t50k = _timed(_import_once(folder, big), repeat=3)
        results.append(("import 50000 (xlsx, median of 3)", t50k, "≤ 3 s"))

        tread = _timed(lambda: read_table(big), repeat=3)
        results.append(("  of which reading the workbook (calamine)", tread, ""))

        import pandas as pd

        tpandas = _timed(lambda: pd.read_excel(big, engine="openpyxl"), repeat=1)
        results.append(("pandas.read_excel 50000 (openpyxl, read only)", tpandas, "reference"))

        from tests.benchmarks.jury_bench import run as jury_benchmarks

        jury = jury_benchmarks()
        results.extend(jury)
        from tests.benchmarks.results_bench import run as results_benchmarks

        outcome = results_benchmarks()
        results.extend(outcome)
        from tests.benchmarks.documents_bench import run as documents_benchmarks

        documents = documents_benchmarks()
        results.extend(documents)

        width = max(len(name) for name, _, _ in results)
        print(f"{'benchmark'.ljust(width)}  seconds  target")
        for name, seconds, target in results:
            print(f"{name.ljust(width)}  {seconds:7.3f}  {target}")
        print(
            f"speed-up of our full import over pandas just reading: {tpandas / t50k:.1f}× "
            "(target ≥ 3×)"
        )
        print(f"speed-up of our reading over pandas reading: {tpandas / tread:.1f}×")
        failed = [
            t475 > TARGETS["import 475"],
            t50k > TARGETS["import 50000"],
            tpandas / t50k < 3,
            jury[0][1] > 1.0,
            jury[1][1] > 15.0,
            jury[2][1] > 3.0,
            jury[3][1] > 0.5,
            outcome[0][1] > 2.0,
            outcome[1][1] > 15.0,
            documents[0][1] > 10.0,
        ]
        if any(failed):
            raise SystemExit("a benchmark target was missed")


if __name__ == "__main__":
    main()
