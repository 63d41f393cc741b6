"""Smoke check of the frozen build (``make dist-check``): runs the programs in
``dist/jury-app`` the way a secretary would, in a throw-away home folder.

    python tests/dist_check.py [BUNDLE]        # BUNDLE defaults to dist/jury-app

CLI: a new contest from the preset, the demo export imported, the counts read back, the
participant certificates made (reportlab, pymorphy3 and the bundled fonts, frozen); then the
commission's round trip: jurors, packages, score sheets filled here with openpyxl, signed
score files, merge, results (numpy), freeze, every kind of letter and the protocol.
GUI: ``jury-app --demo`` on the offscreen platform must open the demo contest and quit by
itself with exit code 0. That relies on two hooks in ``ui/app.py::main``:
``JURY_APP_QUIT_AFTER_MS=<n>`` quits the program after n ms, and
``JURY_APP_REPORT_STARTUP=1`` prints ``first-window-ms=<n>`` (from process start to the
first shown window) to stderr.

Not a pytest module (pytest collects only ``test_*.py``): it needs a built bundle.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO_EXPORT = ROOT / "resources" / "demo" / "demo-applications.xlsx"
NOMINATIONS = 12  # in the kuzbass-2025 preset
TIMEOUT_S = 60
QUIT_AFTER_MS = 3000
START_BUDGET_MS = 2000  # the target on a laptop; reported, not enforced (CI machines vary)
SIZE_BUDGET_MB = 250  # unpacked; enforced, so that a new dependency cannot bloat it unnoticed
# Files of the checkout that build.spec must ship: (folder, pattern, folder in the bundle).
SHIPPED = [
    ("resources/fonts", "*.ttf", "resources/fonts"),
    ("resources/translations", "*.qm", "resources/translations"),
    ("resources/demo", "*.xlsx", "resources/demo"),
    ("resources/icons", "*.png", "resources/icons"),
    ("docs", "guide-ru.md", "resources/docs"),
    ("docs/img", "*.png", "resources/docs/img"),
]
SUFFIX = ".exe" if sys.platform == "win32" else ""


class CheckFailed(Exception):
    pass


def isolated_env(home: Path) -> dict[str, str]:
    """The environment with every per-user folder inside ``home``: the check never touches
    the real settings, recent files, logs or demo contest."""
    env = dict(os.environ)
    for name, sub in [
        ("HOME", ""),
        ("USERPROFILE", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("APPDATA", "AppData/Roaming"),
        ("LOCALAPPDATA", "AppData/Local"),
    ]:
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("JURY_DEBUG", None)
    return env


def run(
    step: str, command: list[str | Path], env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """Run one command with a time limit; CheckFailed with the details unless it succeeds."""
    started = time.monotonic()
    try:
        done = subprocess.run(
            [str(part) for part in command],
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_S,
        )
    except subprocess.TimeoutExpired as exc:
        stderr = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else ""
        raise CheckFailed(f"{step}: no answer in {TIMEOUT_S} s\nstderr: {stderr}") from exc
    seconds = time.monotonic() - started
    if done.returncode != 0:
        raise CheckFailed(
            f"{step}: exit code {done.returncode}\nstdout: {done.stdout}\nstderr: {done.stderr}"
        )
    print(f"ok  {step}  ({seconds:.1f} s)")
    return done


def check_bundle(bundle: Path) -> None:
    source = (ROOT / "jury_app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', source)
    expected = found.group(1) if found else "?"
    version_file = bundle / "VERSION"
    version = version_file.read_text(encoding="utf-8").strip() if version_file.is_file() else None
    if version != expected:
        raise CheckFailed(f"VERSION: {version!r} in the bundle, {expected!r} in jury_app")
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    megabytes = size / 2**20
    if megabytes > SIZE_BUDGET_MB:
        raise CheckFailed(f"size: {megabytes:.0f} MB, over the {SIZE_BUDGET_MB} MB budget")
    inside = bundle / "_internal"  # PyInstaller's contents directory
    shipped = [
        inside / target / file.name
        for folder, pattern, target in SHIPPED
        for file in (ROOT / folder).glob(pattern)
    ]
    missing = [str(file.relative_to(bundle)) for file in shipped if not file.is_file()]
    if missing:
        raise CheckFailed(f"bundle: missing {missing[:5]}")
    print(f"ok  bundle {version}, {megabytes:.0f} MB unpacked, {len(shipped)} files of ours")


def check_pdfs(folder: Path, step: str) -> int:
    """How many PDF files ``folder`` holds (with subfolders); each must start with %PDF."""
    pdfs = sorted(folder.rglob("*.pdf"))
    if not pdfs:
        raise CheckFailed(f"{step}: no PDF in {folder}")
    broken = [p.name for p in pdfs if p.read_bytes()[:4] != b"%PDF"]
    if broken:
        raise CheckFailed(f"{step}: not PDF files: {broken[:5]}")
    return len(pdfs)


def check_cli(cli: Path, work: Path, env: dict[str, str]) -> Path:
    """A new contest from the preset, the demo export imported, counts, certificates."""
    contest = work / "c.jury"
    run("jury-cli --help", [cli, "--help"], env)
    run("jury-cli new", [cli, "new", contest, "--preset", "kuzbass-2025"], env)
    report = json.loads(
        run("jury-cli import", [cli, "import", contest, DEMO_EXPORT, "--json"], env).stdout
    )
    status = json.loads(run("jury-cli status", [cli, "status", contest, "--json"], env).stdout)
    imported = report["imported"]
    per_nomination = status["per_nomination"]
    if not imported or status["applications"] != imported:
        raise CheckFailed(f"status: {status['applications']} applications, imported {imported}")
    if len(per_nomination) != NOMINATIONS or sum(per_nomination.values()) != imported:
        raise CheckFailed(f"status: applications per nomination {per_nomination}")
    print(f"    {imported} applications in {len(per_nomination)} nominations")

    out = work / "certificates"
    run(
        "jury-cli letters --kind certificate",
        [cli, "letters", contest, out, "--kind", "certificate"],
        env,
    )
    print(f"    {check_pdfs(out, 'letters')} PDF files")
    return contest


def fill_sheet(sheet: Path, juror: int) -> None:
    """Score every row of a juror's sheet (docs/formats.md) with made-up, varied marks."""
    import openpyxl  # a dependency of the program, so present in the venv that built it

    book = openpyxl.load_workbook(sheet)
    rows = book.worksheets[0].iter_rows()
    header = [cell.value for cell in next(rows)]
    fixed = {"№ заявки", "Организация", "Номинация", "Комментарий"}
    criteria = [i for i, title in enumerate(header) if title not in fixed]
    for row in rows:
        if isinstance(row[0].value, int):
            for n, i in enumerate(criteria):
                row[i].value = (row[0].value * 7 + juror * 3 + n * 5) % 11
    book.save(sheet)


def check_round_trip(cli: Path, contest: Path, work: Path, env: dict[str, str]) -> None:
    """The commission's work through the frozen CLI: jurors, packages, filled score sheets,
    signed score files, merge, results, freeze, all letters and the protocol."""
    for name, role in [("Иванов Иван Иванович", "chair"), ("Петрова Анна Сергеевна", "member")]:
        run("jury-cli jurors add", [cli, "jurors", contest, "add", name, "--role", role], env)
    run("jury-cli assign", [cli, "assign", contest], env)
    packages = work / "packages"
    packages.mkdir()
    run("jury-cli package", [cli, "package", contest, packages], env)
    score_files = []
    for juror, package in enumerate(sorted(packages.glob("*.jurypkg")), start=1):
        sheet, scores = work / f"sheet-{juror}.xlsx", work / f"scores-{juror}.juryscores"
        run("jury-cli sheet", [cli, "sheet", package, sheet], env)
        fill_sheet(sheet, juror)
        run("jury-cli fill", [cli, "fill", package, sheet], env)
        run("jury-cli export-scores", [cli, "export-scores", package, scores], env)
        score_files.append(scores)
    if len(score_files) != 2:
        raise CheckFailed(f"package: {len(score_files)} packages for 2 jurors")
    run("jury-cli merge", [cli, "merge", contest, *score_files], env)
    results = json.loads(run("jury-cli results", [cli, "results", contest, "--json"], env).stdout)
    statuses = [row["status"] for n in results["nominations"] for row in n["ranking"]]
    if "finalist" not in statuses and "winner" not in statuses:
        raise CheckFailed("results: no finalists and no winners after the merge")
    run("jury-cli freeze", [cli, "freeze", contest, "--reason", "проверка сборки"], env)
    out = work / "letters"
    run("jury-cli letters (all kinds)", [cli, "letters", contest, out], env)
    print(f"    {check_pdfs(out, 'letters')} PDF files")
    protocol = work / "protocol"
    protocol.mkdir()
    run("jury-cli protocol", [cli, "protocol", contest, protocol / "protocol.pdf"], env)
    check_pdfs(protocol, "protocol")


def check_gui(gui: Path, home: Path, env: dict[str, str]) -> None:
    env = dict(env, JURY_APP_QUIT_AFTER_MS=str(QUIT_AFTER_MS), JURY_APP_REPORT_STARTUP="1")
    done = run("jury-app --demo, quits by itself", [gui, "--demo"], env)
    found = re.search(r"first-window-ms=(\d+)", done.stderr)
    if found is None:
        raise CheckFailed("gui: no first-window-ms=<n> on stderr (JURY_APP_REPORT_STARTUP)")
    ms = int(found.group(1))
    verdict = "within" if ms <= START_BUDGET_MS else "OVER"
    print(f"    first window after {ms} ms ({verdict} the {START_BUDGET_MS} ms target)")
    for log in home.rglob("jury-app.log"):
        problems = [
            line
            for line in log.read_text(encoding="utf-8", errors="replace").splitlines()
            if re.search(r"\b(ERROR|CRITICAL)\b|Traceback", line)
        ]
        if problems:
            raise CheckFailed(f"gui: problems in {log}:\n" + "\n".join(problems[:20]))


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else ROOT / "dist" / "jury-app"
    cli, gui = bundle / f"jury-cli{SUFFIX}", bundle / f"jury-app{SUFFIX}"
    for program in (cli, gui):
        if not program.is_file():
            print(f"FAILED: {program} is missing; build it first (make dist)", file=sys.stderr)
            return 1
    with tempfile.TemporaryDirectory(prefix="jury-dist-check-") as temp:
        home = Path(temp) / "home"
        work = Path(temp) / "work"
        work.mkdir()
        env = isolated_env(home)
        try:
            check_bundle(bundle)
            contest = check_cli(cli, work, env)
            check_round_trip(cli, contest, work, env)
            check_gui(gui, home, env)
        except CheckFailed as exc:
            print(f"FAILED {exc}", file=sys.stderr)
            return 1
    print(f"dist-check passed: {bundle}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
