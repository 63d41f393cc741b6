"""``jury-cli protocol`` and ``jury-cli letters``: files, drafts, JSON, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest

from jury_app.cli import main
from tests.documents_fixtures import small_contest


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def contest(tmp_path: Path) -> Path:
    path = tmp_path / "c.jury"
    small_contest(path).close()
    return path


def test_certificates_need_no_results_one_file_each_plus_one_for_printing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "fresh.jury"
    small_contest(path, scored=False).close()
    code, out, err = run(
        capsys, "letters", path, tmp_path / "out", "--kind", "certificate", "--json"
    )
    assert code == 0 and err == ""
    report = json.loads(out)["documents"][0]
    assert report["kind"] == "certificate" and not report["draft"]
    assert len(report["files"]) == 8
    pdfs = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(pdfs) == 9
    assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    assert len(pypdf.PdfReader(report["combined"]).pages) == 8


def test_letters_of_every_kind_go_to_their_folders_as_drafts_before_the_freeze(
    contest: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "letters", contest, tmp_path / "docs")
    assert code == 0
    assert "проект" in err and len(err.strip().splitlines()) == 1
    folders = sorted(p.name for p in (tmp_path / "docs").iterdir())
    assert folders == ["Благодарственные письма", "Дипломы", "Знак качества", "Сертификаты"]
    assert len(list((tmp_path / "docs" / "Дипломы").glob("*.pdf"))) == 7
    assert "Сертификаты: 8 файл(ов)" in out


def test_after_the_freeze_documents_are_final(
    contest: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "freeze", contest, "--reason", "протокол № 1")[0] == 0
    code, out, err = run(capsys, "letters", contest, tmp_path / "t", "--kind", "thanks", "--json")
    assert code == 0 and err == ""
    assert json.loads(out)["documents"][0]["draft"] is False
    code, _, err = run(capsys, "protocol", contest, tmp_path / "protocol.pdf")
    assert code == 0 and err == ""
    text = "".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "protocol.pdf").pages)
    assert "ПРОТОКОЛ" in text and "ПРОЕКТ" not in text


def test_protocol_before_the_freeze_is_a_draft(
    contest: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "protocol", contest, tmp_path / "p.pdf")
    assert code == 0 and "проект" in err
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("protocol", "{c}", "{t}/p.txt"), "PDF"),
        (("protocol", "{c}", "{t}/no/p.pdf"), "не существует"),
        (("protocol", "{t}/missing.jury", "{t}/p.pdf"), "не найден"),
        (("letters", "{c}", "{t}/no/such"), "не существует"),
        (("letters", "{c}", "{t}/out", "--kind", "poster"), "Неверные аргументы"),
        (("letters", "{c}", "{t}/c.jury", "--kind", "thanks"), "нужна папка"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    contest: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    message: str,
) -> None:
    before = sorted(p.name for p in tmp_path.iterdir())
    code, _, err = run(capsys, *(a.format(c=contest, t=tmp_path) for a in args))
    assert code == 2
    assert err.startswith("Ошибка:") and message in err and len(err.strip().splitlines()) == 1
    after = sorted(p.name for p in tmp_path.iterdir())
    assert after == before


def test_letters_with_nobody_to_receive_them_explain_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "fresh.jury"
    small_contest(path, scored=False).close()
    code, _, err = run(capsys, "letters", path, tmp_path / "out", "--kind", "thanks")
    assert code == 2 and "Победителей пока нет" in err
