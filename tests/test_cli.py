"""``jury-cli``: exit codes, one-line Russian errors, JSON shapes, files left untouched."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from jury_app.cli import main
from tests.conftest import DEMO_XLSX
from tests.fixtures import messy_rows, write_xlsx


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_import_status_on_the_demo_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contest = tmp_path / "k.jury"
    assert run(capsys, "new", contest, "--preset", "kuzbass-2025")[0] == 0

    code, out, _ = run(capsys, "import", contest, DEMO_XLSX, "--json")
    report = json.loads(out)
    assert code == 0
    assert report["imported"] == 475
    assert set(report["per_nomination"]) == {str(n) for n in range(1, 13)}
    assert sum(report["per_nomination"].values()) == 475
    assert {p["kind"] for p in report["problems"]} >= {
        "duplicate",
        "superseded",
        "empty_name",
        "unknown_nomination",
        "formula_injection",
    }
    assert all(set(p) >= {"row", "kind", "message"} for p in report["problems"])

    code, out, _ = run(capsys, "status", contest, "--json")
    status = json.loads(out)
    assert code == 0
    assert status == {
        "applications": 475,
        "per_nomination": report["per_nomination"],
        "jurors": 0,
        "scores": 0,
    }


def test_reimport_through_the_cli_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contest = tmp_path / "k.jury"
    source = write_xlsx(tmp_path / "e.xlsx", messy_rows())
    run(capsys, "new", contest)
    run(capsys, "import", contest, source)
    code, out, _ = run(capsys, "import", contest, source, "--json")
    assert code == 0
    assert json.loads(out)["imported"] == 0


@pytest.mark.parametrize(
    "make_input",
    [
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(b"PK\x03\x04 broken zip"),
        lambda p: p.write_text("Город;Телефон\nКемерово;1\n", encoding="utf-8"),
        lambda p: p.write_text("Организация;Номинация\n", encoding="utf-8"),
    ],
    ids=["empty", "broken-xlsx", "wrong-columns", "header-only"],
)
def test_bad_input_exit_2_one_line_contest_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make_input: object
) -> None:
    contest = tmp_path / "k.jury"
    run(capsys, "new", contest)
    bad = tmp_path / "bad.xlsx"
    make_input(bad)  # type: ignore[operator]
    before = digest(contest)

    code, out, err = run(capsys, "import", contest, bad, "--json")

    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert digest(contest) == before
    assert not (tmp_path / "k.backups").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["status", "{missing}"],
        ["import", "{missing}", "{missing}"],
        ["new", "{contest}"],  # already exists
        ["new", "{tmp}/no/such/folder/c.jury"],
        ["new", "{tmp}/x.jury", "--preset", "nowhere-2030"],
        ["export", "{contest}", "{tmp}/out.pdf"],
        ["export", "{contest}", "{tmp}/no/such/out.csv"],
        ["status", "{notcontest}"],
        ["frobnicate"],
        [],
    ],
)
def test_errors_are_one_russian_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    contest = tmp_path / "k.jury"
    run(capsys, "new", contest)
    not_contest = write_xlsx(tmp_path / "export.xlsx", messy_rows())
    values = {
        "missing": tmp_path / "none.jury",
        "contest": contest,
        "tmp": tmp_path,
        "notcontest": not_contest,
    }
    filled = [a.format(**values) for a in args]

    code, _, err = run(capsys, *filled)

    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert any("а" <= ch <= "я" for ch in lines[0].lower())


def test_export_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    contest = tmp_path / "k.jury"
    run(capsys, "new", contest)
    run(capsys, "import", contest, write_xlsx(tmp_path / "e.xlsx", messy_rows()))
    for name in ("out.xlsx", "out.csv", "out.json"):
        code, _out, _ = run(capsys, "export", contest, tmp_path / name)
        assert code == 0, name
        assert (tmp_path / name).stat().st_size > 0
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert len(data["applications"]) == 5
    assert {p["kind"] for p in data["problems"]} >= {"duplicate", "superseded"}


def test_module_entry_point_runs_as_a_process(tmp_path: Path) -> None:
    contest = tmp_path / "k.jury"
    done = subprocess.run(
        [sys.executable, "-m", "jury_app", "status", str(contest), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert "не найден" in done.stderr
