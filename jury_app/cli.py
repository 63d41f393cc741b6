"""``jury-cli``: the same core as the desktop program, for scripts and acceptance checks.

Exit code 0 on success, 2 on bad input with one line in Russian on stderr and no traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from jury_app.contest import contest_status, create_contest
from jury_app.errors import JuryError
from jury_app.exporting import export_applications
from jury_app.importing.service import import_file
from jury_app.jury.roster import ROLES
from jury_app.presets import PRESETS, preset_settings
from jury_app.results.aggregate import METHODS
from jury_app.storage.engine import open_contest_file

EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 1


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise JuryError(f"Неверные аргументы: {message}. Справка: jury-cli --help")


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False))


def cmd_new(args: argparse.Namespace) -> None:
    db = create_contest(Path(args.contest), preset_settings(args.preset))
    db.close()
    print(f"Создан конкурс «{args.contest}» (заготовка {args.preset}).")


def cmd_import(args: argparse.Namespace) -> None:
    with open_contest_file(Path(args.contest)) as db:
        report = import_file(db, Path(args.file))
    if args.json:
        _print_json(report.to_json())
        return
    print(f"Импортировано заявок: {report.imported}.")
    if report.already_imported:
        print(f"Уже были в конкурсе: {report.already_imported}.")
    for number, count in report.per_nomination.items():
        if count:
            print(f"  номинация № {number}: {count}")
    if report.problems:
        print(f"Замечания ({len(report.problems)}):")
        for problem in report.problems:
            print(f"  [{problem.kind}] {problem.message}")


def cmd_status(args: argparse.Namespace) -> None:
    with open_contest_file(Path(args.contest)) as db:
        status = contest_status(db)
    if args.json:
        _print_json(
            {
                "applications": status.applications,
                "per_nomination": {str(k): v for k, v in status.per_nomination.items()},
                "jurors": status.jurors,
                "scores": status.scores,
            }
        )
        return
    print(
        f"Заявок: {status.applications}; членов комиссии: {status.jurors}; оценок: {status.scores}."
    )
    for number, count in status.per_nomination.items():
        print(f"  номинация № {number}: {count}")


def cmd_export(args: argparse.Namespace) -> None:
    with open_contest_file(Path(args.contest)) as db:
        count = export_applications(db, Path(args.out))
    print(f"Выгружено заявок: {count} → {args.out}")


def cmd_jurors(args: argparse.Namespace) -> None:
    from jury_app.jury.roster import ROLE_LABELS, add_juror, list_jurors

    with open_contest_file(Path(args.contest)) as db:
        if args.action == "add":
            if not args.name:
                raise JuryError('Укажите ФИО: jury-cli jurors CONTEST add "Фамилия Имя Отчество"')
            row = add_juror(
                db,
                args.name,
                role=args.role,
                position=args.position or "",
                conflicts=args.conflict or [],
            )
            print(f"Добавлен(а) {row.name} ({ROLE_LABELS[row.role]}), № {row.id}.")
            return
        rows = list_jurors(db)
    if args.json:
        _print_json(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "role": r.role,
                    "position": r.position,
                    "status": r.status,
                    "conflicts": [
                        {"kind": c.kind, "value": c.value, "application_id": c.application_id}
                        for c in r.conflicts
                    ],
                }
                for r in rows
            ]
        )
        return
    for r in rows:
        absent = " — отсутствует" if r.status != "active" else ""
        print(f"{r.id}. {r.name} ({ROLE_LABELS[r.role]}){absent}")


def cmd_assign(args: argparse.Namespace) -> None:
    from jury_app.jury.assignment import assign

    with open_contest_file(Path(args.contest)) as db:
        matrix = assign(db, args.per_application)
    loads = [matrix.load(j) for j, _ in matrix.jurors]
    print(
        f"Назначений: {len(matrix.assigned)}; нагрузка на члена комиссии: "
        f"{min(loads, default=0)}–{max(loads, default=0)} заявок."
    )


def cmd_package(args: argparse.Namespace) -> None:
    from jury_app.jury.package import export_packages

    with open_contest_file(Path(args.contest)) as db:
        paths = export_packages(db, Path(args.outdir))
    for path in paths:
        print(path)


def cmd_sheet(args: argparse.Namespace) -> None:
    from jury_app.jury.package import open_package
    from jury_app.jury.sheet import write_score_sheet

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise JuryError("Лист оценок сохраняется в формате .xlsx.")
    db, info = open_package(Path(args.package))
    with db:
        rows = write_score_sheet(db, info.juror_id, out)
    print(f"Лист оценок: {out} (заявок: {rows}).")


def cmd_fill(args: argparse.Namespace) -> None:
    from jury_app.jury.package import open_package
    from jury_app.jury.sheet import fill_score_sheet

    db, info = open_package(Path(args.package))
    with db:
        report = fill_score_sheet(db, info.juror_id, Path(args.sheet))
    print(f"Загружено оценок: {report.scores}, комментариев: {report.comments}.")


def cmd_export_scores(args: argparse.Namespace) -> None:
    from jury_app.jury.package import open_package
    from jury_app.jury.scorefile import SCORE_SUFFIX, export_score_file

    package = Path(args.package)
    out = Path(args.out)
    if out.is_dir():  # a folder: the score file is named after the package
        out = out / (package.stem + SCORE_SUFFIX)
    db, info = open_package(package)
    with db:
        result = export_score_file(db, info.juror_id, out)
    print(f"Файл оценок: {result.path} (ревизия {result.revision}, оценок: {result.scores}).")


def cmd_merge(args: argparse.Namespace) -> None:
    from jury_app.jury.scorefile import merge_score_files

    with open_contest_file(Path(args.contest)) as db:
        report = merge_score_files(db, [Path(f) for f in args.files])
    if args.json:
        _print_json(report.to_json())
        return
    print(f"Принято файлов: {len(report.accepted)}, оценок: {report.scores}.")
    for path, reason in report.rejected:
        print(f"Отклонён {path}: {reason}")


def cmd_results(args: argparse.Namespace) -> None:
    from jury_app.results.service import METHOD_LABELS, STATUS_LABELS, compute_results

    with open_contest_file(Path(args.contest)) as db:
        results = compute_results(db, args.method)
    if args.json:
        _print_json(results.to_json())
        return
    print(f"Способ подсчёта: {METHOD_LABELS.get(results.method, results.method)}.")
    for note in results.notes:
        print(f"Примечание: {note}")
    for nomination in results.nominations:
        print(f"\n№ {nomination.number}. {nomination.title} (финалистов: {nomination.finalists})")
        for r in nomination.ranking:
            if r.status == "participant" and not r.tie:
                continue
            score = "—" if r.score is None else f"{r.score:.2f}"
            tie = " СПОРНОЕ МЕСТО" if r.tie else ""
            print(f"  {r.rank}. {r.organization} — {score} ({STATUS_LABELS[r.status]}){tie}")


def cmd_export_results(args: argparse.Namespace) -> None:
    from jury_app.contest import load_settings
    from jury_app.results.export import export_results
    from jury_app.results.service import compute_results

    with open_contest_file(Path(args.contest)) as db:
        results = compute_results(db)
        criteria = [c.title for c in load_settings(db).criteria]
    rows = export_results(results, criteria, Path(args.out))
    print(f"Итоги выгружены: {args.out} (строк: {rows}).")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="jury-cli", description="Jury App: работа конкурсной комиссии.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    new = sub.add_parser("new", help="создать файл конкурса")
    new.add_argument("contest", help="путь к новому файлу конкурса (.jury)")
    new.add_argument(
        "--preset",
        default="kuzbass-2025",
        choices=sorted(PRESETS),
        help="заготовка конкурса (по умолчанию kuzbass-2025)",
    )
    new.set_defaults(handler=cmd_new)

    imp = sub.add_parser("import", help="импортировать заявки из выгрузки формы (XLSX, CSV)")
    imp.add_argument("contest")
    imp.add_argument("file")
    imp.add_argument("--json", action="store_true", help="вывести итог одним объектом JSON")
    imp.set_defaults(handler=cmd_import)

    status = sub.add_parser("status", help="сводка по конкурсу")
    status.add_argument("contest")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=cmd_status)

    export = sub.add_parser("export", help="выгрузить заявки (XLSX, CSV или JSON)")
    export.add_argument("contest")
    export.add_argument("out", help="OUT.xlsx, OUT.csv или OUT.json")
    export.set_defaults(handler=cmd_export)

    jurors = sub.add_parser("jurors", help="состав комиссии: список или добавление")
    jurors.add_argument("contest")
    jurors.add_argument("action", nargs="?", choices=("add", "list"), default="list")
    jurors.add_argument("name", nargs="?", help="ФИО члена комиссии")
    jurors.add_argument("--role", default="member", choices=ROLES)
    jurors.add_argument("--position", help="должность")
    jurors.add_argument(
        "--conflict",
        action="append",
        metavar="MUNICIPALITY",
        help="конфликт интересов с муниципальным образованием (можно повторять)",
    )
    jurors.add_argument("--json", action="store_true")
    jurors.set_defaults(handler=cmd_jurors)

    assign = sub.add_parser("assign", help="распределить заявки между членами комиссии")
    assign.add_argument("contest")
    assign.add_argument(
        "--per-application",
        type=int,
        metavar="K",
        help="K членов комиссии на заявку (по умолчанию — все оценивают всё)",
    )
    assign.set_defaults(handler=cmd_assign)

    package = sub.add_parser("package", help="пакеты членов комиссии, по файлу на каждого")
    package.add_argument("contest")
    package.add_argument("outdir")
    package.set_defaults(handler=cmd_package)

    sheet = sub.add_parser("sheet", help="пустой лист оценок Excel для члена комиссии")
    sheet.add_argument("package")
    sheet.add_argument("out")
    sheet.set_defaults(handler=cmd_sheet)

    fill = sub.add_parser("fill", help="загрузить заполненный лист оценок в пакет")
    fill.add_argument("package")
    fill.add_argument("sheet")
    fill.set_defaults(handler=cmd_fill)

    scores = sub.add_parser("export-scores", help="подписанный файл оценок из пакета")
    scores.add_argument("package")
    scores.add_argument("out")
    scores.set_defaults(handler=cmd_export_scores)

    merge = sub.add_parser("merge", help="свести файлы оценок в конкурс")
    merge.add_argument("contest")
    merge.add_argument("files", nargs="+")
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(handler=cmd_merge)

    results = sub.add_parser("results", help="итоги: места, финалисты, победители")
    results.add_argument("contest")
    results.add_argument(
        "--method", choices=METHODS, help="способ подсчёта (по умолчанию — из настроек конкурса)"
    )
    results.add_argument("--json", action="store_true")
    results.set_defaults(handler=cmd_results)

    export_results = sub.add_parser("export-results", help="выгрузить итоги (XLSX или CSV)")
    export_results.add_argument("contest")
    export_results.add_argument("out")
    export_results.set_defaults(handler=cmd_export_results)

    freeze = sub.add_parser("freeze", help="утвердить итоги (после этого документы — не проект)")
    freeze.add_argument("contest")
    freeze.add_argument("--reason", help="основание, например номер протокола")
    freeze.set_defaults(handler=cmd_freeze)

    protocol = sub.add_parser("protocol", help="протокол заседания комиссии (PDF)")
    protocol.add_argument("contest")
    protocol.add_argument("out", help="файл PDF")
    protocol.set_defaults(handler=cmd_protocol)

    letters = sub.add_parser(
        "letters", help="письма, дипломы, сертификаты, знак качества: по файлу на получателя"
    )
    letters.add_argument("contest")
    letters.add_argument("outdir", help="папка для документов")
    letters.add_argument(
        "--kind",
        choices=tuple(KIND_FOLDERS),
        help="только один вид (без него — все виды, каждый в своей подпапке)",
    )
    letters.add_argument("--json", action="store_true")
    letters.set_defaults(handler=cmd_letters)
    return parser


KIND_FOLDERS = {
    "thanks": "Благодарственные письма",
    "diploma": "Дипломы",
    "certificate": "Сертификаты",
    "badge": "Знак качества",
}
DRAFT_NOTICE = (
    "Внимание: итоги не утверждены — документы сформированы как проект с пометкой «ПРОЕКТ»."
)


def cmd_protocol(args: argparse.Namespace) -> None:
    from jury_app.documents.service import generate_protocol

    with open_contest_file(Path(args.contest)) as db:
        report = generate_protocol(db, Path(args.out), draft_ok=True)
    if report.draft:
        print(DRAFT_NOTICE, file=sys.stderr)
    print(f"Протокол сохранён: {args.out}")


def cmd_letters(args: argparse.Namespace) -> None:
    from jury_app.documents.service import GenerationReport, generate_documents

    outdir = Path(args.outdir)
    kinds = [args.kind] if args.kind else list(KIND_FOLDERS)
    reports: list[GenerationReport] = []
    skipped: list[str] = []
    with open_contest_file(Path(args.contest)) as db:
        if args.kind is None:
            _prepare_folder(outdir)
        for kind in kinds:
            target = outdir if args.kind else outdir / KIND_FOLDERS[kind]
            try:
                reports.append(generate_documents(db, kind, target, draft_ok=True))
            except JuryError as exc:
                if args.kind:
                    raise
                skipped.append(f"{KIND_FOLDERS[kind]}: {exc}")
    if any(r.draft for r in reports):
        print(DRAFT_NOTICE, file=sys.stderr)
    if args.json:
        _print_json(
            {
                "documents": [
                    {
                        "kind": r.kind,
                        "files": [str(f) for f in r.files],
                        "combined": str(r.combined) if r.combined else None,
                        "draft": r.draft,
                    }
                    for r in reports
                ],
                "skipped": skipped,
            }
        )
        return
    for r in reports:
        combined = f"; для печати — «{r.combined.name}»" if r.combined else ""
        print(f"{KIND_FOLDERS[r.kind]}: {len(r.files)} файл(ов){combined}.")
    for line in skipped:
        print(f"Пропущено — {line}")


def _prepare_folder(outdir: Path) -> None:
    if outdir.exists() and not outdir.is_dir():
        raise JuryError(f"«{outdir}» — файл, а нужна папка для документов.")
    if not outdir.parent.is_dir():
        raise JuryError(f"Папка «{outdir.parent}» не существует.")
    outdir.mkdir(exist_ok=True)


def cmd_freeze(args: argparse.Namespace) -> None:
    from jury_app.results.decisions import freeze_results

    with open_contest_file(Path(args.contest)) as db:
        freeze_results(db, args.reason or "")
    print("Итоги утверждены: изменения оценок и итогов заблокированы.")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    try:
        args = build_parser().parse_args(argv)
        handler: Callable[[argparse.Namespace], None] = args.handler
        handler(args)
    except JuryError as exc:
        # One line, always: row-level reports (a score sheet, say) are joined with spaces.
        print("Ошибка: " + " ".join(str(exc).split()), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("Прервано.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # the last line of defence: never a traceback for the user
        if os.environ.get("JURY_DEBUG"):
            raise
        print(f"Внутренняя ошибка: {type(exc).__name__}: {exc}".replace("\n", " "), file=sys.stderr)
        return EXIT_INTERNAL
    return 0
