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
from jury_app.presets import PRESETS, preset_settings
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    try:
        args = build_parser().parse_args(argv)
        handler: Callable[[argparse.Namespace], None] = args.handler
        handler(args)
    except JuryError as exc:
        print(f"Ошибка: {exc}", file=sys.stderr)
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
