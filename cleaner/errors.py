"""Errors a caller can catch by kind; every message is one line that says what to do next."""


class CleanerError(Exception):
    """Base of every error cleaner raises on purpose (the CLI prints these without a traceback)."""


class RuleError(CleanerError, ValueError):
    """A rule pack is malformed: the message names the file and the rule."""


class InputError(CleanerError, ValueError):
    """The input cannot be read as an article (not text, undecodable, too large...)."""
