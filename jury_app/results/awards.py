"""Award rules besides the ranking: the quality mark and the people's choice."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import delete, select

from jury_app import audit
from jury_app.contest import contest_id, ensure_not_frozen
from jury_app.errors import JuryError
from jury_app.importing.normalize import cell_text, organization_key
from jury_app.importing.reader import read_table
from jury_app.results.service import Results
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Application, Vote

_ID_HEADER = re.compile(r"№|заявк|\bid\b", re.IGNORECASE)
_ORG_HEADER = re.compile(r"организац|учрежден|наименован", re.IGNORECASE)
_VOTES_HEADER = re.compile(r"голос|votes?|баллы зрител", re.IGNORECASE)


@dataclass(frozen=True)
class PeoplesChoiceRow:
    application_id: int
    organization: str
    votes: int
    jury_score: float | None
    combined: float | None  # with a declared jury/votes formula; None without one


def quality_marks(results: Results, bar: float) -> list[int]:
    """Applications whose final score reaches the bar (the Novosibirsk «знак качества»)."""
    return [
        r.application_id
        for n in results.nominations
        for r in n.ranking
        if r.score is not None and r.score >= bar - 1e-9
    ]


def import_votes(db: ContestDB, path: Path) -> int:
    """Replace the people's-choice votes by a CSV/XLSX of (application № or organisation,
    votes); rows naming nothing known are an error listing them, nothing is changed."""
    table = read_table(path)
    if not table.rows:
        raise JuryError(f"Файл «{path.name}» пуст.")
    header = [cell_text(c) for c in table.rows[0][1]]
    id_col = next((i for i, h in enumerate(header) if _ID_HEADER.search(h)), None)
    org_col = next((i for i, h in enumerate(header) if _ORG_HEADER.search(h)), None)
    votes_col = next((i for i, h in enumerate(header) if _VOTES_HEADER.search(h)), None)
    if votes_col is None or (id_col is None and org_col is None):
        raise JuryError("Нужны столбцы «№ заявки» (или «Организация») и «Голоса».")
    with db.session() as session:
        ensure_not_frozen(session)
        cid = contest_id(session)
        apps = session.exec(
            select(Application.id, Application.organization_key).where(
                Application.contest_id == cid, Application.status == "active"
            )
        ).all()
        by_id = {a: a for a, _ in apps}
        by_org = {key: a for a, key in apps}
        votes: dict[int, int] = {}
        problems: list[str] = []
        for number, cells in table.rows[1:]:
            texts = [cell_text(c) for c in cells] + [""] * len(header)
            if not any(texts):
                continue
            count = texts[votes_col].replace(" ", "")
            app_id = None
            if id_col is not None and texts[id_col].isdigit():
                app_id = by_id.get(int(texts[id_col]))
            if app_id is None and org_col is not None:
                app_id = by_org.get(organization_key(texts[org_col]))
            if app_id is None:
                problems.append(f"строка {number}: заявка не найдена")
            elif not count.isdigit():
                problems.append(f"строка {number}: «{texts[votes_col]}» — не число голосов")
            else:
                votes[app_id] = votes.get(app_id, 0) + int(count)
        if problems:
            shown = "; ".join(problems[:10])
            more = f" и ещё {len(problems) - 10}" if len(problems) > 10 else ""
            raise JuryError(f"Голоса не загружены: {shown}{more}.")
        session.execute(delete(Vote).where(Vote.contest_id == cid))  # type: ignore[arg-type]
        for app_id, total in votes.items():
            session.add(Vote(contest_id=cid, application_id=app_id, votes=total))
        audit.record(
            session,
            cid,
            "votes.import",
            {"file": path.name, "applications": len(votes), "votes": sum(votes.values())},
        )
    return len(votes)


def peoples_choice(
    db: ContestDB, results: Results, jury_weight: float | None = None
) -> list[PeoplesChoiceRow]:
    """Votes per application, most first; with ``jury_weight`` (e.g. 0.75) also the declared
    combination: weight × jury score share + (1 − weight) × vote share, both on 0–1."""
    with db.session() as session:
        votes = dict(session.exec(select(Vote.application_id, Vote.votes)).all())
    ranked = {r.application_id: r for n in results.nominations for r in n.ranking}
    top_votes = max(votes.values(), default=0) or 1
    scores = [r.score for r in ranked.values() if r.score is not None]
    top_score = max(scores, default=0.0) or 1.0
    rows = []
    for app_id, r in ranked.items():
        count = votes.get(app_id, 0)
        combined = None
        if jury_weight is not None and r.score is not None:
            combined = jury_weight * r.score / top_score + (1 - jury_weight) * count / top_votes
        rows.append(PeoplesChoiceRow(app_id, r.organization, count, r.score, combined))
    key = (lambda x: -(x.combined or 0.0)) if jury_weight is not None else (lambda x: -x.votes)
    return sorted(rows, key=key)
