"""Scoring one application from the keyboard: one row per criterion, the rubric below."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jury_app.jury.scoring import AssignedApplication, CriterionInfo

# A second digit within this time extends the first: "1", "0" is 10 on a 0–10 scale.
DIGIT_PAUSE_MS = 700

MAX_LINK_KEYS = 4  # Ctrl+1…Ctrl+4 open the first pages


def _g(value: float) -> str:
    return f"{value:g}".replace(".", ",")


class CriterionRow(QFrame):
    """Title and scale on the left, the score large on the right."""

    def __init__(self, info: CriterionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setObjectName("criterionRow")
        self.number = QLabel(str(info.position), self)
        self.number.setFixedWidth(26)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(info.title, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.scale = QLabel(self)
        scale = f"{_g(info.min_score)}–{_g(info.max_score)}"
        if info.step != 1:
            scale = self.tr("{0}, step {1}").format(scale, _g(info.step))
        self.scale.setText(scale)
        self.scale.setStyleSheet("color: #6b7280")
        self.score = QLabel("—", self)
        self.score.setFixedWidth(64)
        self.score.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.title)
        text.addWidget(self.scale)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.number)
        layout.addLayout(text, 1)
        layout.addWidget(self.score)
        self.show_value(None, current=False, focused=False, enabled=True)

    def show_value(
        self, value: float | None, *, current: bool, focused: bool, enabled: bool
    ) -> None:
        self.score.setText("—" if value is None else _g(value))
        colour = "#111827" if value is not None else "#c0c4cc"
        if not enabled:
            colour = "#d1d5db"
        self.score.setStyleSheet(f"font-size: 22pt; font-weight: 600; color: {colour}")
        if current and focused and enabled:
            frame = "background: #dbeafe; border: 2px solid #2563eb; border-radius: 6px"
            badge = "background: #2563eb; color: white"
        elif current and enabled:
            frame = "background: #eef2ff; border: 2px solid #c7d2fe; border-radius: 6px"
            badge = "background: #c7d2fe; color: #1e3a8a"
        else:
            frame = "background: white; border: 2px solid #e5e7eb; border-radius: 6px"
            badge = "background: #e5e7eb; color: #374151"
        self.setStyleSheet(f"QFrame#criterionRow {{ {frame} }}")
        self.number.setStyleSheet(f"{badge}; border-radius: 11px; font-weight: 600; padding: 2px")
        self.title.setStyleSheet("font-size: 11pt" + ("; color: #9ca3af" if not enabled else ""))


class ScorePanel(QWidget):
    """Keyboard scoring. ``store(position, value)`` writes through the core and says whether
    it was accepted; ``finished`` asks for the next application (Enter after the last row)."""

    finished = Signal()
    currentChanged = Signal(int)  # criterion index

    def __init__(self, criteria: list[CriterionInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criteria = criteria
        self.store: Callable[[int, float | None], bool] = lambda position, value: False
        self.scores: dict[int, float] = {}
        self.enabled_scoring = True
        self.current = 0
        self._pending: tuple[int, float] | None = None  # (criterion index, first digit value)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DIGIT_PAUSE_MS)
        self._timer.timeout.connect(self._pause_over)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.rows = [CriterionRow(info, self) for info in criteria]
        self.rubric_title = QLabel(self)
        self.rubric_title.setTextFormat(Qt.TextFormat.PlainText)
        self.rubric_title.setStyleSheet("font-weight: 600; color: #1e3a8a")
        self.rubric_title.setWordWrap(True)
        self.rubric = QLabel(self)
        self.rubric.setTextFormat(Qt.TextFormat.PlainText)
        self.rubric.setWordWrap(True)
        self.rubric.setStyleSheet("font-size: 11pt; color: #1f2937")
        self.rubric.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        rubric_box = QFrame(self)
        rubric_box.setObjectName("rubricBox")
        rubric_box.setStyleSheet(
            "QFrame#rubricBox { background: #fffbeb; border: 1px solid #fde68a;"
            " border-radius: 6px }"
        )
        box = QVBoxLayout(rubric_box)
        box.setContentsMargins(12, 8, 12, 10)
        box.addWidget(self.rubric_title)
        box.addWidget(self.rubric, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for row in self.rows:
            row.installEventFilter(self)
            layout.addWidget(row)
        layout.addSpacing(4)
        layout.addWidget(rubric_box)
        layout.addStretch(1)
        self._refresh()

    # -- state from outside
    def show_scores(self, scores: dict[int, float], *, enabled: bool, start: int | None) -> None:
        """Show an application's scores; ``start`` = criterion index to focus (None: keep)."""
        self._cancel_pending()
        self.scores = dict(scores)
        self.enabled_scoring = enabled
        if start is not None:
            self.current = max(0, min(start, len(self.rows) - 1))
            self.currentChanged.emit(self.current)
        self._refresh()

    def first_unscored(self, scores: dict[int, float]) -> int:
        missing = [i for i, c in enumerate(self.criteria) if c.position not in scores]
        return missing[0] if missing else 0

    def set_current(self, index: int) -> None:
        self._cancel_pending()
        index = max(0, min(index, len(self.rows) - 1))
        if index != self.current:
            self.current = index
            self.currentChanged.emit(index)
        self._refresh()

    def current_position(self) -> int:
        return self.criteria[self.current].position

    # -- keyboard
    def event(self, event: QEvent) -> bool:
        # Tab moves between criteria, not out of the panel, until the last one.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Tab and self.current < len(self.rows) - 1:
                self.set_current(self.current + 1)
                return True
            if key == Qt.Key.Key_Backtab and self.current > 0:
                self.set_current(self.current - 1)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
            return
        key = event.key()
        if len(text) == 1 and text.isdigit():
            self.type_digit(int(text))
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._cancel_pending()
            self.store(self.current_position(), None)
        elif key == Qt.Key.Key_Up:
            self.set_current(self.current - 1)
        elif key == Qt.Key.Key_Down:
            self.set_current(self.current + 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.current >= len(self.rows) - 1:
                self._cancel_pending()
                self.finished.emit()
            else:
                self.set_current(self.current + 1)
        else:
            super().keyPressEvent(event)

    def type_digit(self, digit: int) -> None:
        if self._pending is not None:
            index, first = self._pending
            self._cancel_pending()
            if index == self.current:
                longer = first * 10 + digit
                if self.criteria[index].allows(longer):
                    if self.store(self.criteria[index].position, longer):
                        self.set_current(index + 1)
                    return
                self.set_current(index + 1)
        info = self.criteria[self.current]
        if not self.store(info.position, digit):
            return
        if digit != 0 and any(info.allows(digit * 10 + d) for d in range(10)):
            self._pending = (self.current, digit)
            self._timer.start()
        else:
            self.set_current(self.current + 1)

    def _pause_over(self) -> None:
        if self._pending is not None:
            index, _ = self._pending
            self._pending = None
            if index == self.current:
                self.set_current(index + 1)

    def _cancel_pending(self) -> None:
        self._pending = None
        self._timer.stop()

    # -- mouse and focus
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and isinstance(watched, CriterionRow)
            and watched in self.rows
        ):
            self.set_current(self.rows.index(watched))
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return super().eventFilter(watched, event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._refresh()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._cancel_pending()
        self._refresh()

    def _refresh(self) -> None:
        focused = self.hasFocus()
        for i, (row, info) in enumerate(zip(self.rows, self.criteria, strict=True)):
            row.show_value(
                self.scores.get(info.position),
                current=i == self.current,
                focused=focused,
                enabled=self.enabled_scoring,
            )
        if self.criteria:
            info = self.criteria[self.current]
            self.rubric_title.setText(self.tr("What the scores mean — {0}").format(info.title))
            self.rubric.setText(info.rubric or self.tr("No rubric for this criterion."))


class ApplicationCard(QFrame):
    """Who the applicant is and buttons for its pages (Ctrl+1…4)."""

    linkClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet("QFrame#card { background: #f9fafb; border-radius: 8px }")
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600; color: #111827")
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setStyleSheet("color: #4b5563; font-size: 10pt")
        self.links = QHBoxLayout()
        self.links.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        self.corner = QHBoxLayout()  # the window puts application actions here
        top.addLayout(self.corner)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addLayout(self.links)

    def show_application(self, app: AssignedApplication | None) -> None:
        while self.links.count():
            item = self.links.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if app is None:
            self.title.setText(self.tr("No application selected"))
            self.details.setText("")
            return
        self.title.setText(app.organization)
        parts = [
            self.tr("Application No. {0}").format(app.id),
            app.municipality,
            self.tr("Nomination {0}. {1}").format(app.nomination, app.nomination_title),
        ]
        if app.subscribers is not None:
            count = f"{app.subscribers:,}".replace(",", "\u202f")
            parts.append(self.tr("{0} subscribers").format(count))
        self.details.setText(" · ".join(p for p in parts if p))
        for number, (label, url) in enumerate(app.links, start=1):
            short = url.removeprefix("https://").removeprefix("http://").removeprefix("www.")
            if len(short) > 34:
                short = short[:33] + "…"
            text = f"{label}: {short}".replace("&", "&&")
            if number <= MAX_LINK_KEYS:
                text += f"   Ctrl+{number}"
            button = QPushButton(text, self)
            button.setToolTip(url)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, u=url: self.linkClicked.emit(u))
            self.links.addWidget(button)
        if not app.links:
            none = QLabel(self.tr("The application gives no page links."), self)
            none.setStyleSheet("color: #6b7280")
            self.links.addWidget(none)
        self.links.addStretch(1)
