"""Readers: each finds the failed recipients in one family of bounce formats."""
