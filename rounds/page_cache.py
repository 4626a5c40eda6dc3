"""Thread pages rendered once and shared by every viewer who may do the same things there.

A thread's list is the same HTML for everyone with the same permissions, language and time zone; only the
controls under each contribution differ from one person to the next (whether they support it, whether they
wrote it and may still edit it). The list is therefore rendered once per thread version, with those controls
rendered in each variant a viewer could need and left as holes; a request fills the holes for its viewer.

Any change to what a thread shows calls ``thread_changed``; a change of display names anywhere retires every
list through ``pmc.accounts.services.PUBLIC_NAMES_VERSION``. Entries also expire after ``TIMEOUT`` seconds, which
bounds what a change made outside the services (in the admin, say) can leave on screen.
"""

import dataclasses
import datetime
import hashlib
import re
import secrets
from pathlib import Path

from django.conf import settings
from django.utils.safestring import mark_safe

from pmc.accounts.services import PUBLIC_NAMES_VERSION
from pmc.cache import kept, version_replace, versions

TIMEOUT = 600
HOLE = re.compile(r"<!--personal:(\d+)-->")


def _version_key(thread_id: int) -> str:
    return f"thread-version:{thread_id}"


def thread_changed(thread_id: int) -> None:
    """Retire the kept pages of a thread (and what its readers support there)."""
    version_replace(_version_key(thread_id))


# Every save or deletion of a thread, round or consultation replaces it (``rounds.signals``); they are rare.
STRUCTURE_VERSION = "rounds-structure-version"


def structure_changed() -> None:
    """Retire the kept threads with their round and consultation (``thread_head``)."""
    version_replace(STRUCTURE_VERSION)


def thread_head(thread_id: int):
    """The thread with its round and consultation, or None: kept between requests until any thread, round or
    consultation is saved or deleted. The version is read before the rows, as for the pages."""
    from .models import Thread

    key = f"thread-head:{thread_id}:{versions(STRUCTURE_VERSION)}"
    return kept(key, lambda: Thread.objects.select_related("round__consultation").filter(pk=thread_id).first(), TIMEOUT)


def supported_ids(user, thread_id: int, version: str | None = None) -> set[int]:
    """The contributions of a thread the user supports. Kept under the thread's version (``version`` if the
    request read it already), which every support and withdrawal replaces, so that a set read while a support was
    being given is never used again."""
    if not user.is_authenticated:
        return set()
    from .models import Support

    key = f"supported:{user.pk}:{thread_id}:{version or content_version(thread_id)}"

    def load():  # only on a miss: building the query costs about what the lookup does
        rows = Support.objects.filter(user=user, contribution__thread_id=thread_id)
        return set(rows.values_list("contribution_id", flat=True))

    return kept(key, load, TIMEOUT)


def content_version(thread_id: int) -> str:
    return versions(_version_key(thread_id), PUBLIC_NAMES_VERSION)


def _release() -> str:
    """A fingerprint of the templates, translations and code the kept HTML comes from: a deployment that changes
    them starts with fresh entries instead of serving the old ones until they expire."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update((Path(__file__).parent / "forms.py").read_bytes())  # the empty post form is kept too
    for folder, pattern in (
        (settings.BASE_DIR / "templates" / "rounds", "**/*.html"),
        (settings.BASE_DIR / "locale", "*/LC_MESSAGES/django.mo"),
    ):
        for path in sorted(folder.glob(pattern)):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


RELEASE = _release()


def content_key(thread_id: int, version: str, *parts) -> str:
    """The cache key of one rendered page: the thread's version (``content_version``, read once per request) and
    everything the HTML depends on."""
    raw = repr((RELEASE, thread_id, version, *parts))
    return f"thread-page:{thread_id}:{hashlib.sha256(raw.encode()).hexdigest()}"


@dataclasses.dataclass
class Entry:
    html: str
    holes: dict[int, dict[str, str]]  # contribution id -> variant name -> HTML
    owners: dict[int, tuple[int | None, datetime.datetime]]  # contribution id -> (author id, posted at)
    supportable: list[int]  # contributions whose controls differ for those who support them
    csrf_placeholder: str
    has_forms: bool  # whether it needs the viewer's CSRF token

    def render(self, choose, csrf_token: str) -> str:
        """The page for one viewer: in each hole the variant ``choose(id, variants)`` names."""

        def variant(match) -> str:
            pk = int(match[1])
            variants = self.holes.get(pk)
            return variants[choose(pk, variants)] if variants else ""

        html = HOLE.sub(variant, self.html).replace(self.csrf_placeholder, csrf_token)
        # Template output (escaped when it was rendered) put back together, and a CSRF token ([A-Za-z0-9]).
        return mark_safe(html)  # noqa: S308  # nosec B308 B703


class Holes:
    """Collects, while a list is rendered for the cache, each contribution's controls in every variant.

    ``variants(contribution)`` gives the variants as (name, {attribute: value}); the ``personal`` template tag
    sets the attributes and renders each in turn.
    """

    def __init__(self, variants):
        self.variants = variants
        self.rendered: dict[int, dict[str, str]] = {}
        self.owners: dict[int, tuple[int | None, datetime.datetime]] = {}
        # Forms in the shared HTML carry this instead of a viewer's CSRF token, which goes in when served.
        self.csrf_placeholder = f"csrf-{secrets.token_hex(16)}"

    def keep(self, contribution, rendered: dict[str, str]) -> str:
        self.rendered[contribution.pk] = rendered
        self.owners[contribution.pk] = (contribution.author_id, contribution.created_at)
        return f"<!--personal:{contribution.pk}-->"

    def entry(self, html: str) -> Entry:
        supportable = [pk for pk, variants in self.rendered.items() if "supported" in variants]
        placeholder = self.csrf_placeholder
        has_forms = placeholder in html or any(
            placeholder in variant for variants in self.rendered.values() for variant in variants.values()
        )
        return Entry(html, self.rendered, self.owners, supportable, placeholder, has_forms)
