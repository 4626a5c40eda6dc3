"""Values kept under versioned keys.

A version key holds a random token that names the current state of something: a thread, a person's access, the
threads, rounds and consultations. Values that depend on it are kept under keys that include the token, so a kept
value is never changed, only left behind when its version is replaced. That is what makes it safe to keep a recent
copy in each process (``kept``): it spares the shared cache's round trip and the transfer of large pages, and
cannot be out of date, since a change replaces the version, which is always read from the shared cache.
"""

import secrets
from collections.abc import Callable
from typing import Any

from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction

LOCAL_TIMEOUT = 60  # seconds a process keeps its copy: this bounds how much longer than ``timeout`` a value lives


def _local():
    """The process's own copy; none when the shared cache is itself the process's memory (development)."""
    if isinstance(caches["default"], LocMemCache) or "local" not in caches:
        return None
    return caches["local"]


def version_replace(key: str) -> None:
    """Give a version key a new value, now and again once the current transaction commits, so that what was kept
    under the old value is never read again. The second change covers a reader who read the old rows between the
    first change and the commit."""

    def replace():
        cache.set(key, secrets.token_hex(8), None)

    replace()
    transaction.on_commit(replace)


def versions(*keys: str) -> str:
    """The current values of version keys, joined, in one round trip: what is kept under them is keyed by this.
    A key that is missing (never set, or evicted) gets a new random value, never an old one, so nothing kept
    before is read."""
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            cache.add(key, secrets.token_hex(8), None)
            found[key] = cache.get(key, "")
    return ".".join(found[key] for key in keys)


def kept(key: str, compute: Callable[[], Any], timeout: int) -> Any:
    """The value kept under ``key``, a key that includes the versions the value depends on; else ``compute()``,
    kept for ``timeout`` seconds unless it is None. The process's own copy is looked up first."""
    local = _local()
    if local is not None:
        found = local.get(key)
        if found is not None:
            return found
    found = cache.get(key)
    if found is None:
        found = compute()
        if found is None:
            return None
        cache.set(key, found, timeout)
    if local is not None:
        local.set(key, found, min(timeout, LOCAL_TIMEOUT))
    return found
