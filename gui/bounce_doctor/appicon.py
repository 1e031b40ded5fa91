"""The app icon as a QIcon, for the window and the task bar.

Kept out of resources.py, which the Qt-free engine imports.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from .resources import icon_files


def app_icon() -> QIcon:
    """Every shipped size of the icon, so Qt picks a sharp one for each place it is shown."""
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    return icon
