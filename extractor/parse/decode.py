"""Decoding bytes to text with one clear error instead of a UnicodeDecodeError traceback."""
from ..errors import UnreadableInput


def decode_text(data: bytes, source: str, encoding: str | None = None) -> str:
    """UTF-8 (with or without BOM), or the given encoding; otherwise a named error.

    :raises UnreadableInput: when the bytes are not valid in the encoding
    """
    try:
        if encoding:
            return data.decode(encoding)
        return data.decode("utf-8-sig")
    except (UnicodeDecodeError, LookupError) as error:
        position = getattr(error, "start", None)
        where = f" at byte {position}" if position is not None else ""
        raise UnreadableInput(
            source, f"not valid {encoding or 'UTF-8'} text{where}; pass --encoding "
                    "(for example --encoding latin-1) if the file uses another encoding"
        ) from None
