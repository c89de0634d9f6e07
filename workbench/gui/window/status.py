"""The window's status bar: messages, the open article's language, model, encoding, revision and
progress, and the progress of the work running in the background."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QStatusBar, QToolButton

translate = QCoreApplication.translate


class MessageLabel(QLabel):
    """The status bar's message: as wide as the room left of the fields, cut with "…" when
    longer; the whole of it in the tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("statusMessage")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
        )


class StatusArea:
    """The message, then the fixed fields, left to right: revision, language, model, encoding,
    progress of the checking, progress of an analysis, and its cancel button.

    Messages go to a label of their own, never to Qt's own message (`QStatusBar.showMessage`),
    which hides the bar's normal widgets and paints over the bar up to the first fixed one.
    """

    def __init__(self, bar: QStatusBar, cancel: QAction) -> None:
        self.bar = bar
        self.message_label = MessageLabel()
        bar.addWidget(self.message_label, 1)
        self._message_timer = QTimer(bar)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.clear_message)
        self.revision_label = QLabel()
        self.revision_label.setObjectName("revisionLabel")
        self.revision_label.setTextFormat(Qt.TextFormat.RichText)
        self.language_label = QLabel()
        self.model_label = QLabel()
        self.encoding_label = QLabel()
        self.encoding_label.setObjectName("encodingLabel")
        self.encoding_label.hide()
        self.progress_label = QLabel()
        self.analysis_bar = QProgressBar()
        self.analysis_bar.setObjectName("analysisProgress")
        self.analysis_bar.setMaximumWidth(260)
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("cancelAnalysis")
        self.cancel_button.setDefaultAction(cancel)
        for widget in (
            self.revision_label,
            self.language_label,
            self.model_label,
            self.encoding_label,
            self.progress_label,
            self.analysis_bar,
            self.cancel_button,
        ):
            bar.addPermanentWidget(widget)

    def tell(self, message: str, timeout_ms: int = 6000) -> None:
        """A message that goes after `timeout_ms`."""
        self.show_lasting(message)
        self._message_timer.start(timeout_ms)

    def show_lasting(self, message: str) -> None:
        """A message that stays until the next one or `clear_message` (work under way)."""
        self._message_timer.stop()
        self.message_label.setText(message)
        self.message_label.setToolTip(message)

    def clear_message(self) -> None:
        self._message_timer.stop()
        self.message_label.setText("")
        self.message_label.setToolTip("")

    def message(self) -> str:
        return self.message_label.text()

    def show_busy(self, running: bool) -> None:
        """The progress bar and cancel button show while an analysis runs."""
        self.analysis_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self.analysis_bar.setRange(0, 0)  # busy until the worker reports a count

    def show_progress(self, done: int, total: int) -> None:
        self.analysis_bar.setRange(0, max(total, 1))
        self.analysis_bar.setValue(done)
        shown = translate("Importing", "%v of %m analysed")
        self.analysis_bar.setFormat(shown)
        # Wide enough for the longest count it will show: the fields beside it would otherwise
        # squeeze "720 of 1366 analysed" onto two cut lines on a laptop screen.
        widest = shown.replace("%v", str(total)).replace("%m", str(total))
        needed = self.analysis_bar.fontMetrics().horizontalAdvance(widest) + 24
        self.analysis_bar.setMinimumWidth(min(needed, self.analysis_bar.maximumWidth()))

    def show_article_labels(self, language: str, model: str) -> None:
        self.language_label.setText(translate("Window", "Language: {0}").format(language))
        self.model_label.setText(translate("Window", "Model: {0}").format(model or "—"))

    def clear_article_labels(self) -> None:
        self.language_label.setText("")
        self.model_label.setText("")
