"""The safety net: a log file, and a calm dialog instead of a silent exit on any bug."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import platform
import sys
import tempfile
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from jury_app import __version__
from ui import app_data

log = logging.getLogger(__name__)

LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
SUMMARY_CHARS = 300

# The one handler setup_logging() added to the root logger, so a second call replaces it.
_log_handler: logging.Handler | None = None


def environment() -> str:
    """One line naming the program, Python, Qt and the operating system, for logs and reports."""
    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    return (
        f"Jury App {__version__}{frozen}; Python {platform.python_version()}; "
        f"Qt {qVersion()}; PySide6 {PySide6.__version__}; {platform.platform()}"
    )


def setup_logging() -> Path:
    """Log to a rotating file in the app-data folder (a temporary folder if that is not
    writable) and record the start; returns the log file's path."""
    global _log_handler
    path, handler = _open_log()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if _log_handler is not None:
        root.removeHandler(_log_handler)
        _log_handler.close()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    _log_handler = handler
    log.info("Start: %s", environment())
    return path


def stop_logging() -> None:
    """Record the end and detach the log file (the program is ending, or a test is)."""
    global _log_handler
    if _log_handler is None:
        return
    log.info("Exit")
    logging.getLogger().removeHandler(_log_handler)
    _log_handler.close()
    _log_handler = None


def _open_log() -> tuple[Path, logging.Handler]:
    fallback = Path(tempfile.gettempdir()) / "jury-app" / app_data.LOG_NAME
    for path in (app_data.log_file(), fallback):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return path, logging.handlers.RotatingFileHandler(
                path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
        except OSError:
            continue
    return fallback, logging.NullHandler()  # no log beats no program


def summary(error: BaseException) -> str:
    """The exception's type and message on one line, shortened for a dialog."""
    message = " ".join(str(error).split())
    text = f"{type(error).__name__}: {message}" if message else type(error).__name__
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


def details(error: BaseException) -> str:
    """What a developer needs: when, which build on which system, and the full traceback."""
    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return f"{datetime.now():%Y-%m-%d %H:%M:%S}\n{environment()}\n\n{trace}"


class CrashDialog(QDialog):
    """Says what happened, that the contest file is safe, and where the log is."""

    def __init__(self, text: str, details_text: str, log_path: Path) -> None:
        super().__init__(None)
        self.details_text = details_text
        self.more = 0
        self.setWindowTitle(self.tr("Jury App — unexpected error"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(560)
        heading = QLabel(self.tr("Something went wrong in the program."), self)
        heading.setStyleSheet("font-size: 13pt; font-weight: bold")
        self.error_label = QLabel(text, self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet(
            "background: #fef2f2; color: #991b1b; padding: 8px; border-radius: 4px"
        )
        safe = QLabel(
            self.tr(
                "No data was lost: every change is saved in its own transaction as soon as "
                "it is made, so the contest file is safe. You can keep working."
            ),
            self,
        )
        safe.setWordWrap(True)
        folder = QUrl.fromLocalFile(str(log_path.parent)).toString()
        self.log_label = QLabel(
            self.tr("If the error repeats, send the log file to whoever supports the program:")
            + f'<br><a href="{folder}">{_escape(str(log_path))}</a>',
            self,
        )
        self.log_label.setWordWrap(True)
        self.log_label.setTextFormat(Qt.TextFormat.RichText)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.log_label.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.more_label = QLabel(self)
        self.more_label.setWordWrap(True)
        self.more_label.hide()
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.clicked.connect(self.copy_details)
        close = QPushButton(self.tr("Close"), self)
        close.setDefault(True)
        close.clicked.connect(self.reject)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (heading, self.error_label, safe, self.log_label, self.more_label):
            layout.addWidget(widget)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text)
        self.copy_button.setText(self.tr("Copied"))

    def count_another(self) -> None:
        """Another error came while this dialog was open: it went only to the log."""
        self.more += 1
        self.more_label.setText(
            self.tr("More errors after this one: {0}. They are in the log.").format(self.more)
        )
        self.more_label.show()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CrashHandler(QObject):
    """Catches what nobody caught (GUI thread and other threads), logs it and shows
    :class:`CrashDialog` in the GUI thread; at most one dialog at a time."""

    # error summary, details; emitted from any thread, delivered in the GUI thread
    crashed = Signal(str, str)

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: CrashDialog | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._busy = False
        self.crashed.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        """Give the hooks back (a test, or main() returning, must not leave ours behind)."""
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook

    def excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        self.report(error.with_traceback(trace) if trace is not None else error)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        log.error("In thread %s:", name)
        self.report(args.exc_value)

    def report(self, error: BaseException) -> None:
        """Log ``error`` with its traceback and show it (from any thread)."""
        log.error("Uncaught exception", exc_info=(type(error), error, error.__traceback__))
        if sys.stderr is not None:  # None in the windowed frozen build
            with contextlib.suppress(OSError, ValueError):  # a closed console
                traceback.print_exception(type(error), error, error.__traceback__)
        self.crashed.emit(summary(error), details(error))

    def _show(self, text: str, details_text: str) -> None:
        if self._busy or (self.dialog is not None and self.dialog.isVisible()):
            if self.dialog is not None:
                self.dialog.count_another()
            return  # logged already; a second dialog over the first helps nobody
        self._busy = True
        try:
            dialog = CrashDialog(text, details_text, self.log_path)
            dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
            self.dialog = dialog
            self.present(dialog)
        except Exception:  # the net itself failed: keep the program alive, keep the trace
            log.exception("The crash dialog could not be shown")
        finally:
            self._busy = False

    def _forget_dialog(self, dialog: CrashDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def present(self, dialog: QDialog) -> None:
        """Modal over the whole program; blocking only when no event loop runs yet (at start)."""
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        if QThread.currentThread().loopLevel() == 0:
            dialog.exec()
        else:
            dialog.show()


def install_crash_handler(app: QCoreApplication, log_path: Path | None = None) -> CrashHandler:
    """Route uncaught exceptions of every thread to the log and a dialog; returns the handler
    (keep it, and ``uninstall()`` it when the program ends)."""
    handler = CrashHandler(log_path or app_data.log_file(), app)
    handler.install()
    return handler
