"""The one exception type whose message is meant for the user (Russian, one line)."""


class JuryError(Exception):
    """A problem the user can understand and fix; ``str(error)`` is shown as it is."""


class ContestFileError(JuryError):
    """The contest file cannot be opened, created or migrated."""


class ImportFailure(JuryError):
    """The input file cannot be imported at all; nothing was changed."""
