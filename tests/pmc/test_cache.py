"""Values kept under versioned keys: shared between processes, with a copy in each that a new version bypasses."""

import pytest
from django.core.cache import caches
from django.test.utils import override_settings

from pmc.cache import kept, version_replace, versions


def two_tiers(tmp_path):
    """A shared cache that is not this process's memory (as Redis in production), and the process's copy."""
    return override_settings(
        CACHES={
            "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(tmp_path)},
            "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test-local"},
        }
    )


@pytest.mark.django_db
def test_the_process_copy_spares_the_shared_cache_and_a_new_version_is_never_served_from_it(tmp_path):
    with two_tiers(tmp_path):
        caches["local"].clear()
        computed = []

        def compute(text):
            computed.append(text)
            return {"html": text}

        key = f"page:{versions('thread-version:1')}"
        assert kept(key, lambda: compute("first"), 60) == {"html": "first"}
        assert caches["default"].get(key) == {"html": "first"}  # shared with the other processes
        caches["default"].delete(key)
        assert kept(key, lambda: compute("again"), 60) == {"html": "first"}  # this process's copy
        assert computed == ["first"]

        version_replace("thread-version:1")  # a change, made in any process
        key = f"page:{versions('thread-version:1')}"
        assert kept(key, lambda: compute("changed"), 60) == {"html": "changed"}
        assert computed == ["first", "changed"]


def test_nothing_is_kept_for_a_missing_row(tmp_path):
    with two_tiers(tmp_path):
        assert kept("thread-head:404:x", lambda: None, 60) is None
        assert kept("thread-head:404:x", lambda: "found later", 60) == "found later"


def test_a_lost_version_key_never_brings_back_what_was_kept_before(tmp_path):
    with two_tiers(tmp_path):
        before = versions("access-version:7")
        caches["default"].delete("access-version:7")  # evicted
        assert versions("access-version:7") != before
