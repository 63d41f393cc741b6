"""Signed score files: export, merge, and every reason to reject one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jury_app.audit import audit_trail
from jury_app.contest import contest_id, contest_status, create_contest
from jury_app.jury.package import open_package
from jury_app.jury.scorefile import (
    SIGNATURE_PREFIX,
    canonical,
    export_score_file,
    merge_score_files,
    sign,
)
from jury_app.jury.scoring import declare_conflict, juror_work, set_comment, set_score
from jury_app.presets import kuzbass_2025
from jury_app.storage.engine import ContestDB
from tests.jury_fixtures import Jury, make_jury


@pytest.fixture
def jury(db: ContestDB, tmp_path: Path) -> Jury:
    return make_jury(db, tmp_path)


def score_and_export(jury: Jury, juror: int, out: Path, value: float = 7) -> Path:
    package, info = open_package(jury.packages[juror])
    with package:
        work = juror_work(package, info.juror_id)
        for item in work[:2]:
            for position in range(1, 5):
                set_score(package, info.juror_id, item.id, position, value)
        set_comment(package, info.juror_id, work[0].id, "Хорошая <b>работа</b> & стиль")
        export_score_file(package, info.juror_id, out)
    return out


def contest_scores(db: ContestDB, juror: int) -> dict[tuple[int, int], float]:
    return {(a.id, p): v for a in juror_work(db, juror) for p, v in a.scores.items()}


def test_round_trip(jury: Jury, tmp_path: Path) -> None:
    juror = jury.juror_ids[0]
    path = score_and_export(jury, juror, tmp_path / "s.juryscores")
    report = merge_score_files(jury.db, [path])

    assert report.accepted == [path] and report.rejected == []
    assert report.scores == 8
    assert set(contest_scores(jury.db, juror).values()) == {7}
    assert contest_status(jury.db).scores == 8
    first = juror_work(jury.db, juror)
    assert any(a.comment == "Хорошая <b>работа</b> & стиль" for a in first)


def test_file_is_two_lines_and_signed(jury: Jury, tmp_path: Path) -> None:
    path = score_and_export(jury, jury.juror_ids[0], tmp_path / "s.juryscores")
    body, signature, end = path.read_bytes().split(b"\n")
    payload = json.loads(body)
    assert end == b""
    assert canonical(payload) == body
    assert signature.startswith(SIGNATURE_PREFIX.encode())
    assert {"contest", "juror", "revision", "created_at", "scores", "comments", "recusals"} <= set(
        payload
    )


def test_merging_twice_is_a_no_op(jury: Jury, tmp_path: Path) -> None:
    juror = jury.juror_ids[0]
    path = score_and_export(jury, juror, tmp_path / "s.juryscores")
    merge_score_files(jury.db, [path])
    before = contest_scores(jury.db, juror)

    again = merge_score_files(jury.db, [path])

    assert again.accepted == []
    assert "уже сведён" in again.rejected[0][1]
    assert contest_scores(jury.db, juror) == before


def test_newer_revision_supersedes_and_older_is_stale(jury: Jury, tmp_path: Path) -> None:
    juror = jury.juror_ids[0]
    old = score_and_export(jury, juror, tmp_path / "r1.juryscores", value=3)
    new = score_and_export(jury, juror, tmp_path / "r2.juryscores", value=9)
    assert json.loads(new.read_bytes().split(b"\n")[0])["revision"] == 2

    report = merge_score_files(jury.db, [new])
    assert report.accepted == [new]
    stale = merge_score_files(jury.db, [old])
    assert stale.accepted == [] and "устаревшая ревизия 1" in stale.rejected[0][1]
    assert set(contest_scores(jury.db, juror).values()) == {9}


def test_a_batch_with_two_revisions_ends_on_the_newest(jury: Jury, tmp_path: Path) -> None:
    juror = jury.juror_ids[0]
    old = score_and_export(jury, juror, tmp_path / "r1.juryscores", value=3)
    new = score_and_export(jury, juror, tmp_path / "r2.juryscores", value=9)
    report = merge_score_files(jury.db, [new, old])
    assert report.accepted == [new, old]
    assert set(contest_scores(jury.db, juror).values()) == {9}


def _resign(path: Path, payload: dict, secret: bytes, out: Path) -> Path:
    body = canonical(payload)
    out.write_bytes(body + b"\n" + (SIGNATURE_PREFIX + sign(body, secret)).encode() + b"\n")
    return out


def _secret(jury: Jury, juror: int) -> bytes:
    from jury_app.jury.roster import juror_secret

    return juror_secret(jury.db, juror)


def test_same_revision_with_other_content_is_a_conflict(jury: Jury, tmp_path: Path) -> None:
    juror = jury.juror_ids[0]
    path = score_and_export(jury, juror, tmp_path / "s.juryscores")
    merge_score_files(jury.db, [path])
    payload = json.loads(path.read_bytes().split(b"\n")[0])
    payload["scores"][0]["value"] = 1
    forged = _resign(path, payload, _secret(jury, juror), tmp_path / "same-rev.juryscores")

    report = merge_score_files(jury.db, [forged])
    assert "конфликт" in report.rejected[0][1]


@pytest.mark.parametrize(
    ("tamper", "reason"),
    [
        ("flip_byte", ""),  # any reason: what breaks depends on the byte
        ("edit_value_keep_signature", "подпись"),
        ("wrong_contest", "другого конкурса"),
        ("unknown_juror", "неизвестный член комиссии"),
        ("out_of_range", "вне шкалы"),
        ("not_a_step", "вне шкалы"),
        ("unassigned", "не назначенной"),
        ("recused_but_scored", "конфликт интересов"),
        ("truncated", "не файл оценок"),
        ("garbage", "не файл оценок"),
        ("other_jurors_key", "подпись"),
    ],
)
def test_rejections_change_nothing(jury: Jury, tmp_path: Path, tamper: str, reason: str) -> None:
    juror = jury.juror_ids[0]
    path = score_and_export(jury, juror, tmp_path / "s.juryscores")
    body = path.read_bytes().split(b"\n")[0]
    payload = json.loads(body)
    secret = _secret(jury, juror)
    bad = tmp_path / f"{tamper}.juryscores"
    if tamper == "flip_byte":
        data = bytearray(path.read_bytes())
        data[len(body) - 30] ^= 0x01  # inside the scores, the part a forger would touch
        bad.write_bytes(bytes(data))
    elif tamper == "edit_value_keep_signature":
        bad.write_bytes(path.read_bytes().replace(b'"value":7.0', b'"value":9.0', 1))
    elif tamper == "wrong_contest":
        other = create_contest(tmp_path / "other.jury", kuzbass_2025())
        other.close()
        payload["contest"] = "0" * 32
        _resign(path, payload, secret, bad)
    elif tamper == "unknown_juror":
        payload["juror"] = "f" * 32
        _resign(path, payload, secret, bad)
    elif tamper == "out_of_range":
        payload["scores"][0]["value"] = 11
        payload["revision"] = 5
        _resign(path, payload, secret, bad)
    elif tamper == "not_a_step":
        payload["scores"][0]["value"] = 7.5
        payload["revision"] = 5
        _resign(path, payload, secret, bad)
    elif tamper == "unassigned":
        payload["scores"][0]["application"] = 99999
        payload["revision"] = 5
        _resign(path, payload, secret, bad)
    elif tamper == "recused_but_scored":
        payload["recusals"] = [{"application": payload["scores"][0]["application"], "reason": "x"}]
        payload["revision"] = 5
        _resign(path, payload, secret, bad)
    elif tamper == "truncated":
        bad.write_bytes(path.read_bytes()[:100])
    elif tamper == "garbage":
        bad.write_bytes(b"\x00\x01 not json at all")
    elif tamper == "other_jurors_key":
        _resign(path, payload, _secret(jury, jury.juror_ids[1]), bad)
    before = contest_status(jury.db)

    report = merge_score_files(jury.db, [bad])

    assert report.accepted == []
    assert len(report.rejected) == 1 and reason in report.rejected[0][1]
    assert contest_status(jury.db) == before
    assert contest_scores(jury.db, juror) == {}


def test_recusal_travels_with_the_file(jury: Jury, tmp_path: Path) -> None:
    juror = jury.juror_ids[1]
    package, info = open_package(jury.packages[juror])
    with package:
        target = juror_work(package, info.juror_id)[0].id
        set_score(package, info.juror_id, target, 1, 4)
        declare_conflict(package, info.juror_id, target, "работал в этой школе")
        export_score_file(package, info.juror_id, tmp_path / "c.juryscores")
    merge_score_files(jury.db, [tmp_path / "c.juryscores"])
    item = next(a for a in juror_work(jury.db, juror) if a.id == target)
    assert item.recused and item.recusal_reason == "работал в этой школе" and item.scores == {}


def test_every_file_is_audited_with_its_hash(jury: Jury, tmp_path: Path) -> None:
    good = score_and_export(jury, jury.juror_ids[0], tmp_path / "good.juryscores")
    bad = tmp_path / "bad.juryscores"
    bad.write_text("nonsense", encoding="utf-8")
    report = merge_score_files(jury.db, [good, bad])
    assert report.backup is not None and report.backup.exists()
    with jury.db.session() as session:
        entries = audit_trail(session, contest_id(session), "merge.file")
    assert [(e.details["file"], e.details["accepted"]) for e in entries] == [
        ("bad.juryscores", False),
        ("good.juryscores", True),
    ]
    assert all(len(e.details["sha256"]) == 64 for e in entries)
