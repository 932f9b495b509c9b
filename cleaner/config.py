"""Project configuration: ``cleaner.toml`` or ``[tool.cleaner]`` in ``pyproject.toml``.

Found from the current folder upwards, as ruff and black find theirs: the first ``cleaner.toml``,
or the first ``pyproject.toml`` that has a ``[tool.cleaner]`` table, wins (a ``pyproject.toml``
without one is passed over). Settings are defaults: a flag on the command line overrides them,
and ``cleaner --isolated`` ignores the file. Relative paths are taken from the file's folder, so
a command run in a subfolder means the same archive and packs.

    # cleaner.toml (or [tool.cleaner] in pyproject.toml)
    rules = ["rules/house.toml"]
    archive = "archive"
    jobs = 4
    format = "text"
    language = "en"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import CleanerError

# setting -> (the command parameter it sets, the type it must have, whether it is a path)
SETTINGS: dict[str, tuple[str, type | tuple[type, ...], bool]] = {
    "rules": ("rules", list, True),
    "archive": ("archive", str, True),
    "jobs": ("jobs", int, False),
    "format": ("fmt", str, False),
    "language": ("language", str, False),
    "max-size": ("max_size", (int, float), False),
    "time-limit": ("time_limit", (int, float), False),
    "quiet": ("quiet", bool, False),
}


class ConfigError(CleanerError):
    """A configuration file that cannot be used, named with the setting at fault."""


@dataclass
class Config:
    path: Path | None = None
    settings: dict[str, Any] = field(default_factory=dict)

    def defaults_for(self, params: set[str]) -> dict[str, Any]:
        """The settings a command with these parameter names takes, keyed by parameter."""
        out: dict[str, Any] = {}
        for key, value in self.settings.items():
            param = SETTINGS[key][0]
            if param in params:
                out[param] = value
        return out


def find(start: Path | None = None) -> Path | None:
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / "cleaner.toml"
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and "cleaner" in _read(pyproject).get("tool", {}):
            return pyproject
    return None


def load(start: Path | None = None) -> Config:
    path = find(start)
    if path is None:
        return Config()
    data = _read(path)
    table = data.get("tool", {}).get("cleaner", {}) if path.name == "pyproject.toml" else data
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.cleaner] must be a table")
    settings: dict[str, Any] = {}
    for key, value in table.items():
        if key not in SETTINGS:
            known = ", ".join(sorted(SETTINGS))
            raise ConfigError(f"{path}: unknown setting {key!r} (known: {known})")
        _param, kind, is_path = SETTINGS[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ConfigError(f"{path}: {key} = {value!r} has the wrong type")
        if is_path:
            if isinstance(value, list):
                if not all(isinstance(v, str) for v in value):
                    raise ConfigError(f"{path}: {key} must be a list of paths")
                value = [str(path.parent / v) for v in value]
            else:
                value = str(path.parent / value)
        settings[key] = value
    return Config(path, settings)


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
