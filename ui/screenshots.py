"""The user guide's screenshots, made from the real windows so that they never go stale.

    python -m ui.screenshots [OUTDIR]        # default: docs/img

Runs headless (Qt's offscreen platform) in Russian, on a made-up contest built in a
temporary folder (:mod:`ui.screenshot_contest`); the user's files and settings are never
touched. A window that could not be brought into the state worth showing is skipped with a
note.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QSize, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QWidget

DEFAULT_OUTDIR = Path(__file__).resolve().parents[1] / "docs" / "img"
TIMEOUT = 30.0  # seconds to wait for background work (results, imports) before giving up
MAX_BYTES = 300_000  # pictures are kept small: a bigger one is worth a smaller scale
# Shown instead of the temporary folder, so that the pictures do not change from run to run
# and show a folder a secretary would recognise.
DISPLAY_FOLDER = "C:\\Users\\Секретарь\\Documents\\Конкурс 2025"


@dataclass(frozen=True)
class Shot:
    name: str  # the PNG file name, referenced by docs/guide-ru.md
    size: tuple[int, int]  # the window size it is taken at
    scale: float = 1.0  # saved at this fraction of the window size

    @property
    def saved_size(self) -> QSize:
        return QSize(round(self.size[0] * self.scale), round(self.size[1] * self.scale))


# The main window cannot be narrower: the results and scores pages need about 1440 pixels.
MAIN = (1366, 768)  # an ordinary office laptop
WIZARD = (1040, 720)
SHOTS = (
    Shot("01-start.png", (1000, 600)),
    Shot("02-applications.png", MAIN),
    Shot("03-import-file.png", WIZARD),
    Shot("04-import-nominations.png", WIZARD),
    Shot("05-import-report.png", WIZARD),
    Shot("06-commission.png", MAIN),
    Shot("07-scores.png", MAIN),
    Shot("08-juror.png", (1280, 800)),
    Shot("09-merge.png", (820, 420)),
    Shot("10-results.png", MAIN),
    Shot("11-settings.png", MAIN),
    Shot("12-settings-criteria.png", MAIN),
    Shot("13-documents.png", MAIN),
)
SHOT = {shot.name: shot for shot in SHOTS}


def settle(until: Callable[[], bool] = lambda: True, timeout: float = TIMEOUT) -> None:
    """Let Qt deliver events (and background tasks finish) until ``until()`` holds."""
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + timeout
    while True:
        app.processEvents()
        if until() and QThreadPool.globalInstance().activeThreadCount() == 0:
            app.processEvents()
            if until():
                return
        if time.monotonic() > deadline:
            raise TimeoutError("a window did not finish its work in time")
        time.sleep(0.01)


class Camera:
    """Takes shots into one folder and remembers which were written and which skipped."""

    def __init__(self, outdir: Path, folder: Path) -> None:
        self.outdir = outdir
        self.folder = folder  # the temporary folder, shown as DISPLAY_FOLDER
        self.written: list[Path] = []
        self.skipped: list[tuple[str, str]] = []

    def take(self, name: str, widget: QWidget) -> Path:
        """Show ``widget`` at the shot's size and save what it looks like."""
        shot = SHOT[name]
        widget.resize(*shot.size)
        widget.show()
        settle()
        with self._display_paths(widget):
            image = widget.grab().toImage()
        if image.size() != QSize(*shot.size):
            raise RuntimeError(
                f"{name}: the window is {image.width()}×{image.height()}, not {shot.size}"
            )
        if shot.scale != 1.0:
            image = image.scaled(
                shot.saved_size,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        path = self.outdir / name
        if not image.save(str(path)):
            raise OSError(f"cannot write {path}")
        if path.stat().st_size > MAX_BYTES:
            print(f"note: {name} is {path.stat().st_size // 1000} KB; consider a smaller scale")
        self.written.append(path)
        return path

    def skip(self, name: str, reason: str) -> None:
        self.skipped.append((name, reason))

    @contextmanager
    def _display_paths(self, widget: QWidget) -> Iterator[None]:
        """Paths into the temporary folder read as DISPLAY_FOLDER while the shot is taken."""
        pattern = re.compile(re.escape(str(self.folder)) + r"([^\s«»\"]*)")

        def shown(text: str) -> str:
            return pattern.sub(lambda m: DISPLAY_FOLDER + m.group(1).replace("/", "\\"), text)

        undo: list[Callable[[], None]] = []
        for edit in widget.findChildren(QLineEdit):
            text = edit.text()
            if shown(text) != text:
                _set_quietly(edit, shown(text))
                undo.append(partial(_set_quietly, edit, text))
        for label in widget.findChildren(QLabel):
            text = label.text()
            if shown(text) != text:
                label.setText(shown(text))
                undo.append(partial(label.setText, text))
        for view in widget.findChildren(QListWidget):
            for row in range(view.count()):
                item = view.item(row)
                text = item.text()
                if shown(text) != text:
                    item.setText(shown(text))
                    undo.append(partial(item.setText, text))
        try:
            yield
        finally:
            for restore in reversed(undo):
                restore()


def _set_quietly(edit: QLineEdit, text: str) -> None:
    """Change the text without the window reacting to it (as if the user had typed it)."""
    blocked = edit.blockSignals(True)
    edit.setText(text)
    edit.blockSignals(blocked)


def _isolate_settings(folder: Path) -> None:
    """Settings and recent files go to ``folder``, never into the user's own."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def take_all(camera: Camera) -> None:
    """Build the contest in the camera's folder and photograph every window of the guide."""
    from ui import recent, screenshot_contest, screenshot_windows

    camera.folder.mkdir(parents=True)
    data = screenshot_contest.build(camera.folder)
    recent.add_recent_file(data.juror_package)
    recent.add_recent_file(data.contest)
    screenshot_windows.start_screen(camera)
    screenshot_windows.import_wizard(camera, data.form_export)
    screenshot_windows.main_window(camera, data.contest, data.merge_report)
    screenshot_windows.juror_window(camera, data.juror_package)


def main(argv: Sequence[str] | None = None) -> int:
    """Write the screenshots into OUTDIR (default docs/img) and list them; 0 on success."""
    args = list(sys.argv[1:] if argv is None else argv)
    outdir = Path(args[0]) if args else DEFAULT_OUTDIR
    outdir.mkdir(parents=True, exist_ok=True)

    from ui.app import _load_fonts, create_application
    from ui.i18n import install_translators, remove_translators

    app = create_application(sys.argv[:1])
    font, locale = app.font(), QLocale()
    with tempfile.TemporaryDirectory(prefix="jury-app-shots-", ignore_cleanup_errors=True) as tmp:
        camera = Camera(outdir, Path(tmp) / "Конкурс 2025")
        _isolate_settings(Path(tmp) / "settings")
        install_translators(app, "ru")
        _load_fonts()
        try:
            take_all(camera)
        finally:
            QThreadPool.globalInstance().waitForDone(int(TIMEOUT * 1000))
            # Run from a test, the application lives on: give back what was changed.
            remove_translators(app)
            QLocale.setDefault(locale)
            QApplication.setFont(font)
    for path in camera.written:
        print(path)
    for name, reason in camera.skipped:
        print(f"skipped {name}: {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
