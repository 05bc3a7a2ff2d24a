"""User errors: things a person can fix (a path, a param, a model), reported in one line."""


class UserError(Exception):
    """Printed by the CLI as one line, with a non-zero exit and no traceback."""
