"""Bytes to text: UTF-8 first, invalid bytes replaced and stray NULs dropped with a warning;
binary refused."""

from __future__ import annotations

from dataclasses import dataclass

from claimtrail.errors import InputError

# A text file has no NUL bytes and few control characters; more than this share of control
# bytes in the first block means we are looking at a binary file (image, archive, PDF).
BINARY_CONTROL_SHARE = 0.10
SNIFF_BYTES = 8192
_TEXT_CONTROLS = {9, 10, 12, 13, 27}
NUL_BYTE = b"\x00"


@dataclass(frozen=True)
class DecodedText:
    text: str
    warnings: tuple[str, ...] = ()


def looks_binary(data: bytes) -> bool:
    head = data[:SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return controls / len(head) > BINARY_CONTROL_SHARE


def decode_bytes(data: bytes, name: str) -> DecodedText:
    """Decode ``data`` as UTF-8 (a BOM is dropped); replace invalid bytes and say so."""
    if looks_binary(data):
        raise InputError("looks like a binary file, not text (no article to analyse)", name)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    warnings: list[str] = []
    if NUL_BYTE in data:
        # Past the sniffed block a stray NUL is no sign of a binary file, but no text holds
        # one (and PostgreSQL refuses it): drop it and say so.
        warnings.append(f"{name}: {data.count(NUL_BYTE):,} NUL byte(s) removed")
        data = data.replace(NUL_BYTE, b"")
    try:
        return DecodedText(data.decode("utf-8"), tuple(warnings))
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        warnings.append(
            f"{name}: not valid UTF-8 (first bad byte at {exc.start}); "
            f"{bad} invalid byte sequence(s) replaced with U+FFFD"
        )
        return DecodedText(text, tuple(warnings))
