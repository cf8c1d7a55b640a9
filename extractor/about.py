"""Package identity, kept apart so setup.cfg can read the version without importing spaCy."""

__version__ = "0.1.0"
__title__ = "stemcell-evidence"
