"""The Qt-free diagnosis engine."""

from .catalog import Catalog, CatalogError, default_catalog, load_files
from .diagnose import Examination, diagnose, examine
from .errors import BounceDoctorError, InputTooLargeError, NotEmailError
from .model import (
    CatalogEntry,
    Explanation,
    MessageKind,
    OriginalMessage,
    RecipientResult,
    Report,
    Span,
    SpanKind,
)

__all__ = [
    "BounceDoctorError",
    "Catalog",
    "CatalogEntry",
    "CatalogError",
    "Examination",
    "Explanation",
    "InputTooLargeError",
    "MessageKind",
    "NotEmailError",
    "OriginalMessage",
    "RecipientResult",
    "Report",
    "Span",
    "SpanKind",
    "default_catalog",
    "diagnose",
    "examine",
    "load_files",
]
