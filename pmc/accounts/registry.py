"""What higher apps hold about a person, without this app importing them.

Each app that stores something about a participant registers, in its ``AppConfig.ready()``, a function that
returns it (for the data export) and one that removes or anonymises it (for erasure).
"""

from collections.abc import Callable

personal_data: dict[str, Callable] = {}  # section name -> function(user) -> JSON-able data
erasers: list[Callable] = []  # function(user) -> None, run inside the erasure's transaction


def register(section: str, export: Callable, erase: Callable | None = None) -> None:
    personal_data[section] = export
    if erase is not None:
        erasers.append(erase)
