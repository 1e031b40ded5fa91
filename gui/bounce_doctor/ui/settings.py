"""One thin wrapper around QSettings, with defaults; widgets receive it, never build their own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from ..engine.limits import DEFAULT_LIMITS, MB

MAX_RECENT = 10

DEFAULTS: dict[str, Any] = {
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/main_splitter": QByteArray(),
    "window/reference_splitter": QByteArray(),
    "window/headers_splitter": QByteArray(),
    "recent/files": [],
    "view/theme": "system",
    "limits/max_size_mb": DEFAULT_LIMITS.max_input_bytes // MB,  # the size limit for one message, in MB
    "view/language": "system",  # system | en | ru
    "export/folder": "",  # where the last export was saved ("": the user's Documents)
    "live/always_allow": False,  # live checks start without asking first (the user said so once)
}


class Settings(QObject):
    """The app's settings: window size, splitter positions, recent files, theme."""

    changed = Signal(str, object)

    def __init__(self, store: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store if store is not None else QSettings()

    @classmethod
    def from_file(cls, path: str | Path, parent: QObject | None = None) -> Settings:
        """Settings kept in an ini file (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat), parent)

    def value(self, key: str) -> Any:
        """A setting, or its default."""
        default = DEFAULTS[key]
        raw = self._store.value(key, default)
        if isinstance(default, list):
            if raw is None or raw == "":
                return []
            return [str(x) for x in raw] if isinstance(raw, list | tuple) else [str(raw)]
        if isinstance(default, bool):  # an ini file gives back "true" / "false"
            return raw is True or str(raw).lower() in ("true", "1")
        if isinstance(default, QByteArray):
            return raw if isinstance(raw, QByteArray) else QByteArray()
        return type(default)(raw)

    def set_value(self, key: str, value: Any) -> None:
        """Store a setting and say so."""
        if key not in DEFAULTS:
            raise KeyError(key)
        self._store.setValue(key, value)
        self.changed.emit(key, value)

    def recent_files(self) -> list[str]:
        """The most recently opened files, newest first."""
        return self.value("recent/files")

    def add_recent(self, path: str | Path) -> None:
        """Put a file at the top of the recent list."""
        path = str(Path(path).resolve())
        files = [path, *(f for f in self.recent_files() if f != path)][:MAX_RECENT]
        self.set_value("recent/files", files)

    def clear_recent(self) -> None:
        """Forget the recent files."""
        self.set_value("recent/files", [])

    def sync(self) -> None:
        """Write to disk now."""
        self._store.sync()
