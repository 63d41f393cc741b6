"""A big scored contest for the coverage test and benchmark: 200 jurors, 20,000
applications, 7 jurors on each, most scores returned (every tenth pair missing, every
tenth partial)."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import Table
from sqlmodel import select

from jury_app.contest import contest_id
from jury_app.storage.bulk import insert_many
from jury_app.storage.engine import ContestDB
from jury_app.storage.models import Application, Assignment, Criterion, Juror, Nomination, Score

JURORS = 200
APPLICATIONS = 20_000
PER_APPLICATION = 7


def fill_big_contest(db: ContestDB) -> None:
    now = datetime.now()
    with db.session() as session:
        cid = contest_id(session)
        nominations = [n.id for n in session.exec(select(Nomination)).all()]
        criteria = [c.id for c in session.exec(select(Criterion)).all()]
        conn = session.connection()

        def table(model: object) -> Table:
            return cast(Table, model.__table__)  # type: ignore[attr-defined]

        insert_many(
            conn,
            table(Juror),
            ("contest_id", "uid", "name", "secret_hex", "nominations_json"),
            [(cid, f"u{i}", f"Член комиссии {i}", "00", "[]") for i in range(JURORS)],
        )
        insert_many(
            conn,
            table(Application),
            ("contest_id", "nomination_id", "organization", "organization_key", "municipality"),
            [
                (cid, nominations[i % len(nominations)], f"Орг {i}", f"орг {i}", "Город")
                for i in range(APPLICATIONS)
            ],
        )
        juror_ids = list(session.exec(select(Juror.id)).all())
        app_ids = list(session.exec(select(Application.id)).all())
        pairs = [
            (juror_ids[(i * 7 + k) % JURORS], a)
            for i, a in enumerate(app_ids)
            for k in range(PER_APPLICATION)
        ]
        insert_many(
            conn,
            table(Assignment),
            ("contest_id", "juror_id", "application_id"),
            [(cid, j, a) for j, a in pairs],
        )
        insert_many(
            conn,
            table(Score),
            ("contest_id", "juror_id", "application_id", "criterion_id", "value", "updated_at"),
            [
                (cid, j, a, c, 5.0, now)
                for n, (j, a) in enumerate(pairs)
                if n % 10
                for c in criteria[: 4 if n % 10 > 1 else 2]
            ],
        )
