"""The jury loop through ``jury-cli``: jurors, assign, package, export-scores, merge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jury_app.cli import main
from tests.fixtures import messy_rows, write_xlsx


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def contest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "k.jury"
    run(capsys, "new", path)
    run(capsys, "import", path, write_xlsx(tmp_path / "e.xlsx", messy_rows()))
    return path


def test_full_loop(contest: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "jurors", contest, "add", "Иванов Иван", "--role", "chair")[0] == 0
    assert (
        run(
            capsys,
            "jurors",
            contest,
            "add",
            "Петрова Анна",
            "--conflict",
            "Кемеровский городской округ",
        )[0]
        == 0
    )
    code, out, _ = run(capsys, "jurors", contest, "--json")
    roster = json.loads(out)
    assert [r["name"] for r in roster] == ["Иванов Иван", "Петрова Анна"]
    assert roster[1]["conflicts"][0]["value"] == "Кемеровский городской округ"

    assert run(capsys, "assign", contest)[0] == 0
    outdir = tmp_path / "packages"
    outdir.mkdir()
    code, out, _ = run(capsys, "package", contest, outdir)
    packages = [Path(line) for line in out.splitlines()]
    assert code == 0 and len(packages) == 2

    sheet = tmp_path / "sheet.xlsx"
    code, _, err = run(capsys, "sheet", packages[0], sheet)
    assert code == 0, err

    files = []
    for i, package in enumerate(packages):
        scores = tmp_path / f"s{i}.juryscores"
        code, out, err = run(capsys, "export-scores", package, scores)
        assert code == 0, err
        files.append(scores)
    code, out, _ = run(capsys, "merge", contest, *files, "--json")
    report = json.loads(out)
    assert code == 0
    assert sorted(report["accepted"]) == sorted(str(f) for f in files)
    assert report["rejected"] == [] and report["scores"] == 0

    code, out, _ = run(capsys, "merge", contest, files[0], "--json")
    assert json.loads(out)["rejected"][0]["file"] == str(files[0])

    code, out, _ = run(capsys, "status", contest, "--json")
    assert json.loads(out)["jurors"] == 2


def test_export_scores_into_a_folder_names_the_file_after_the_package(
    contest: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from jury_app.errors import JuryError
    from jury_app.jury.package import open_package
    from jury_app.jury.scorefile import export_score_file, read_score_file

    run(capsys, "jurors", contest, "add", "Иванов Иван")
    run(capsys, "assign", contest)
    outdir = tmp_path / "packages"
    outdir.mkdir()
    package = Path(run(capsys, "package", contest, outdir)[1].splitlines()[0])
    folder = tmp_path / "scores"
    folder.mkdir()

    code, out, err = run(capsys, "export-scores", package, folder)

    written = folder / (package.stem + ".juryscores")
    assert code == 0, err
    assert str(written) in out
    assert read_score_file(written).payload["revision"] == 1
    db, info = open_package(package)
    with db, pytest.raises(JuryError, match="папка"):
        export_score_file(db, info.juror_id, folder)


@pytest.mark.parametrize(
    "args",
    [
        ["jurors", "{contest}", "add"],
        ["jurors", "{contest}", "add", "Иванов", "--role", "king"],
        ["assign", "{contest}"],  # nobody to assign
        ["assign", "{contest}", "--per-application", "zero"],
        ["package", "{contest}", "{tmp}/missing"],
        ["export-scores", "{contest}", "{tmp}/x.juryscores"],  # a contest is not a package
        ["merge", "{contest}", "{tmp}/none.juryscores", "--json"],
        ["sheet", "{contest}", "{tmp}/s.xlsx"],
        ["fill", "{contest}", "{tmp}/s.xlsx"],
    ],
)
def test_bad_input_is_one_line_exit_2(
    contest: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    filled = [a.format(contest=contest, tmp=tmp_path) for a in args]
    code, out, err = run(capsys, *filled)
    if args[0] == "merge":
        # A missing score file is a rejected file, reported in the JSON, not a crash.
        assert code == 0 and json.loads(out)["rejected"]
        return
    assert code == 2, out
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_bad_sheet_is_reported_on_one_line(
    contest: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    run(capsys, "jurors", contest, "add", "Иванов Иван")
    run(capsys, "assign", contest)
    outdir = tmp_path / "p"
    outdir.mkdir()
    package = Path(run(capsys, "package", contest, outdir)[1].strip())
    sheet = tmp_path / "sheet.xlsx"
    run(capsys, "sheet", package, sheet)
    workbook = load_workbook(sheet)
    workbook["Оценки"]["D2"] = 12
    workbook["Оценки"]["E3"] = "много"
    workbook.save(sheet)

    code, _, err = run(capsys, "fill", package, sheet)

    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "Строка 2" in err and "Строка 3" in err


def test_results_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from jury_app.contest import create_contest
    from jury_app.presets import kuzbass_2025
    from tests.results_fixtures import scored_demo

    path = tmp_path / "scored.jury"
    db = create_contest(path, kuzbass_2025())
    scored_demo(db, jurors=4, per_application=3)
    db.close()
    for method in ("mean", "trimmed", "median", "zscore", "adjusted"):
        code, out, err = run(capsys, "results", path, "--method", method, "--json")
        assert code == 0, err
        data = json.loads(out)
        assert data["method"] == method
        statuses = [r["status"] for n in data["nominations"] for r in n["ranking"]]
        assert statuses.count("winner") == 12
        assert statuses.count("winner") + statuses.count("finalist") == 39
    code, out, _ = run(capsys, "results", path)
    assert code == 0 and "победитель" in out
    for name in ("итоги.xlsx", "итоги.csv"):
        assert run(capsys, "export-results", path, tmp_path / name)[0] == 0
    assert run(capsys, "export-results", path, tmp_path / "итоги.pdf")[0] == 2
    assert run(capsys, "results", path, "--method", "average")[0] == 2
