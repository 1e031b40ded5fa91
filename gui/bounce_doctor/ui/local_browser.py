"""A QTextBrowser that loads nothing from outside: no remote images, no files, no link followed by itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

LOCAL_SCHEMES = frozenset({"qrc"})  # resources built into the program


class LocalTextBrowser(QTextBrowser):
    """Rich text shown as it is; every link goes to the owner through ``anchorClicked``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.refused: list[str] = []  # resources asked for and not loaded (tests, debugging)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802 (the Qt name)
        """Only the program's own resources; anything else (http, file, ftp, relative) is refused."""
        url = QUrl(url)
        if url.scheme() in LOCAL_SCHEMES:
            return super().loadResource(kind, url)
        self.refused.append(url.toString())
        del self.refused[:-50]
        return None
