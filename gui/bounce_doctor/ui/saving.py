"""Writing exports safely: all or nothing (QSaveFile), and HTML turned into PDF (QtGui's QPdfWriter)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSaveFile
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument


def save_bytes(path: str | Path, data: bytes) -> str | None:
    """Write ``data`` to ``path`` all at once; on failure the old file is untouched and no temporary file is left.

    Returns None when written, else a sentence saying why not.
    """
    f = QSaveFile(str(path))
    if not f.open(QIODevice.OpenModeFlag.WriteOnly):
        return _why(f)
    if f.write(QByteArray(data)) != len(data):
        reason = _why(f)
        f.cancelWriting()
        f.commit()  # with writing cancelled this only removes the temporary file
        return reason
    if not f.commit():
        return _why(f)
    return None


def _why(f: QSaveFile) -> str:
    detail = f.errorString() or QCoreApplication.translate("saving", "unknown error")
    return QCoreApplication.translate("saving", "The file could not be written: %1").replace("%1", detail)


def pdf_bytes(html: str, title: str = "") -> bytes:
    """A PDF (A4, 15 mm margins) of an HTML page, laid out by QTextDocument; nothing is loaded from elsewhere."""
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setTitle(title)
    writer.setCreator("Bounce Doctor")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    doc = _LocalDocument()
    doc.setHtml(html)
    doc.print_(writer)
    del writer  # finishes the PDF
    buf.close()
    return bytes(buf.data().data())


class _LocalDocument(QTextDocument):
    """A QTextDocument that never loads a resource (an image, a style sheet) from a URL."""

    def loadResource(self, _type: int, _name: object) -> object:  # noqa: N802 (Qt's name)
        return None
