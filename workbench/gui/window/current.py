"""What the window shows now: the open project's session and the article on screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from workbench.core.project import Project
from workbench.gui.editing.session import Session


class Current(QObject):
    """The open project (through its session) and the article shown; every controller reads
    them here, and only the window and the review controller change them.

    Signals:
        project_changed(): another project, or none, is open (the session is set up).
        article_shown(int): an article is on screen (its id).
        project_renamed(): the open project now edits another file (save as).
    """

    project_changed = Signal()
    article_shown = Signal(int)
    project_renamed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.article_id: int | None = None

    @property
    def project(self) -> Project | None:
        return self.session.project if self.session is not None else None

    def writable(self) -> bool:
        project = self.project
        return project is not None and not project.read_only
