"""What the Export dialogs suggest: a file name from the bounce, in the folder last exported to (else
the user's Documents), and which format a chosen name and filter mean. No dialog here: tests call these."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from ..engine import Report

MAX_STEM = 60  # characters of the subject or address in a suggested name
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')  # not allowed in a file name on Windows, macOS or Linux
_SPACES = re.compile(r"\s+")
_RESERVED = re.compile(r"^(?:con|prn|aux|nul|com\d|lpt\d)$", re.I)  # Windows device names


def safe_stem(text: str, limit: int = MAX_STEM) -> str:
    """``text`` as part of a file name: no characters a file system refuses, one line, not too long."""
    stem = _SPACES.sub(" ", _UNSAFE.sub(" ", text)).strip(" .")
    if len(stem) > limit:
        cut = stem[:limit]
        stem = (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut).rstrip(" .,;-–")
    return "" if _RESERVED.match(stem) else stem


def topic(report: Report) -> str:
    """What the export is about: the returned message's subject, else the first failed recipient."""
    subject = report.original.subject if report.original is not None else None
    failed = [r.address for r in report.recipients if r.action in ("failed", "delayed") and r.address]
    for candidate in (subject, *failed, *(r.address for r in report.recipients), Path(report.name or "").stem):
        stem = safe_stem(candidate or "")
        if stem:
            return stem
    return ""


def suggested_name(report: Report, suffix: str) -> str:
    """“<subject or recipient> – diagnosis.<suffix>”."""
    word = QCoreApplication.translate("export_names", "diagnosis")
    about = topic(report)
    return f"{about} – {word}.{suffix}" if about else f"{word}.{suffix}"


def export_folder(remembered: str) -> str:
    """The folder last exported to while it exists, else the user's Documents (else home)."""
    if remembered and Path(remembered).is_dir():
        return remembered
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents or str(Path.home())


def suggested_path(report: Report, remembered: str, suffix: str = "html") -> str:
    """The path the Export diagnosis dialog starts with."""
    return str(Path(export_folder(remembered)) / suggested_name(report, suffix))


def chosen_format(path: str, chosen: str, filters: dict[str, str], suggested: str = "") -> tuple[str, str]:
    """(path, format) from what the save dialog returned: the name's extension when it is one of
    ``filters`` (keyed by extension), else the chosen filter's, added to the name. A suggested name
    left as it was takes the chosen filter's extension even where the dialog did not change it."""
    suffix = Path(path).suffix.lower().lstrip(".")
    picked = next((k for k, v in filters.items() if v == chosen), next(iter(filters)))
    if suffix not in filters:
        return f"{path}.{picked}", picked
    if suggested and picked != suffix and Path(path).with_suffix("") == Path(suggested).with_suffix(""):
        return str(Path(path).with_suffix(f".{picked}")), picked
    return path, suffix
