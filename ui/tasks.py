"""Running long work off the GUI thread; results come back by signal, never touching widgets."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a task when the user pressed «Отмена»."""


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)
    failed = Signal(object)  # the exception


class Task(QRunnable):
    """A function run in the thread pool. It gets a ``report(done, total)`` callback that
    raises :class:`Cancelled` once :meth:`cancel` was called."""

    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self.fn(self._report)
        except BaseException as exc:  # delivered to the GUI thread, which decides what to show
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_running: set[Task] = set()


def start(
    fn: Callable[[Callable[[int, int], None]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Run ``fn(report)`` in the global thread pool and call back in the GUI thread."""
    task = Task(fn)
    _running.add(task)

    def finish(result: object) -> None:
        _running.discard(task)
        on_done(result)

    def fail(error: object) -> None:
        _running.discard(task)
        assert isinstance(error, BaseException)
        on_error(error)

    task.signals.finished.connect(finish)
    task.signals.failed.connect(fail)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task


def shutdown(timeout_ms: int = 10_000) -> bool:
    """At the end of the program: ask running tasks to stop and wait for them, so none
    still reads a contest file that is being closed. False if some did not stop in time."""
    for task in list(_running):
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
