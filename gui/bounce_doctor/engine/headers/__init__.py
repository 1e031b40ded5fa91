"""Read a message's headers: the delivery path hop by hop and the authentication results.

Entry point: :func:`analyse` takes the message's bytes (the same bytes given
to :func:`bounce_doctor.engine.diagnose`) and, optionally, the Report, and
returns a :class:`HeaderAnalysis`. Every item carries character offsets into
the display text, which is ``Report.text`` for the same bytes.

Limits: at most ``MAX_HOPS`` Received headers are analysed per block (the
rest are counted in a note), at most ``blocks.MAX_BLOCKS`` header blocks are
read, and header values are cut at 20,000 characters. Nothing here raises on
malformed input; it imports no Qt.
"""

from __future__ import annotations

from .analyse import analyse, analyse_parsed
from .auth import organisational_domain
from .blocks import HeaderRef
from .model import AuthCheck, Authentication, DkimSignatureRef, HeaderAnalysis, HeaderBlock, Hop, SpamVerdict
from .path import MAX_HOPS
from .received import normalise_ip
from .refusal import AUTH_STATUSES, authentication_sentence

__all__ = [
    "AUTH_STATUSES",
    "MAX_HOPS",
    "AuthCheck",
    "Authentication",
    "DkimSignatureRef",
    "HeaderAnalysis",
    "HeaderBlock",
    "HeaderRef",
    "Hop",
    "SpamVerdict",
    "analyse",
    "analyse_parsed",
    "authentication_sentence",
    "normalise_ip",
    "organisational_domain",
]
