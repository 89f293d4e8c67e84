"""One small exception tree: catch EventgraphError to catch them all."""


class EventgraphError(Exception):
    """Base of every error eventgraph raises on purpose."""


class InputError(EventgraphError):
    """A bad article: names where (file, line) and which field."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None, reason: str = "invalid"):
        self.file, self.line, self.field, self.reason = file, line, field, reason
        where = file or "<input>"
        if line is not None:
            where += f":{line}"
        if field:
            where += f": field '{field}'"
        super().__init__(f"{where}: {message}")
        self.message = message


class ConfigError(EventgraphError):
    """A setting is missing or malformed."""


class ModelNotFound(ConfigError):
    """The spaCy model named in the settings cannot be loaded."""


class StoreError(EventgraphError):
    """The graph store failed."""


class StoreUnavailable(StoreError):
    """The store cannot be reached now; retrying later may work."""


class NotFound(EventgraphError):
    """An id that the store does not know."""
