"""Decoding bytes (gzip, then text) with one clear error instead of a library traceback."""
import zlib

from ..errors import MalformedInput, UnreadableInput


def decode_text(data: bytes, source: str, encoding: str | None = None) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, or the given encoding; else a named error.

    :raises UnreadableInput: when the bytes are not valid in the encoding
    """
    try:
        if encoding:
            return data.decode(encoding)
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except (UnicodeDecodeError, LookupError) as error:
        position = getattr(error, "start", None)
        where = f" at byte {position}" if position is not None else ""
        raise UnreadableInput(
            source, f"not valid {encoding or 'UTF-8'} text{where}; pass --encoding "
                    "(for example --encoding latin-1) if the file uses another encoding"
        ) from None


def gunzip(data: bytes, source: str, limit: int) -> bytes:
    """Decompress a gzip file (all members), refusing output over ``limit`` bytes.

    The limit is checked while inflating, so a small file that expands to gigabytes stops early.

    :raises MalformedInput: when the stream is corrupt, truncated or too large
    """
    out, rest = [], data
    size = 0
    while rest:
        inflater = zlib.decompressobj(wbits=31)
        try:
            chunk = inflater.decompress(rest, limit + 1 - size)
        except zlib.error as error:
            raise MalformedInput(source, f"gzip data is corrupt ({error})") from None
        size += len(chunk)
        if size > limit or inflater.unconsumed_tail:
            raise MalformedInput(source, f"gzip data expands past the {limit} byte limit "
                                         "for one input")
        if not inflater.eof:
            raise MalformedInput(source, "gzip data is truncated (the stream ends early)")
        out.append(chunk)
        rest = inflater.unused_data.lstrip(b"\0")  # members may be padded with NULs
    return b"".join(out)
