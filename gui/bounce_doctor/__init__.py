"""Bounce Doctor: turns a bounced email into a plain-language answer."""

__version__ = "0.1.0"
