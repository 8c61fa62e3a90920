"""The package's exceptions. Each message says what went wrong and what to do next.

A question the documents cannot answer is not an error: it is an ``Answer``
with ``found=False``.
"""


class QAError(Exception):
    """Base class for every error qa raises on purpose."""


class ConfigError(QAError):
    """A setting has a value qa cannot use."""


class DocumentsError(QAError):
    """The documents folder is missing, empty, or holds nothing qa can read."""


class IndexStateError(QAError):
    """The index is missing, corrupt, locked, or was built differently."""


class QuestionError(QAError):
    """The question cannot be asked as given (empty, for example)."""


class ModelError(QAError):
    """A model file qa ships (the reader's weights) is missing, damaged or made for another base model."""
