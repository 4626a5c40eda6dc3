"""Role predicates for ``rules``. They accept a consultation or anything that leads to one (round, thread, ...)."""

import dataclasses

import rules
from allauth.account.models import EmailAddress

from pmc.cache import kept, version_replace, versions


def consultation_id_of(obj) -> int | None:
    """The consultation an object belongs to, following the usual paths without extra queries when joined."""
    for path in ("consultation_id", "round.consultation_id", "thread.round.consultation_id"):
        target = obj
        try:
            for attribute in path.split("."):
                target = getattr(target, attribute)
        except AttributeError:
            continue
        return target
    if obj is not None and obj.__class__.__name__ == "Consultation":
        return obj.pk
    return None


ACCESS_TIMEOUT = 300


def _access_version_key(user_id: int) -> str:
    return f"access-version:{user_id}"


def access_changed(user_id: int) -> None:
    """Something the permissions read of this person changed: an e-mail address verified or removed, two-factor
    authentication turned on or off, a role given or withdrawn, a suspension made or lifted. Their next request
    reads it afresh. Called on every save and deletion of those rows (``consultations.signals``)."""
    version_replace(_access_version_key(user_id))


@dataclasses.dataclass(frozen=True)
class Access:
    """What the permissions read of a signed-in person besides their user row."""

    verified: bool  # holds a verified e-mail address
    two_factor: bool  # TOTP switched on; without it roles give no powers
    suspended_in: frozenset[int]  # consultations
    roles: dict[int, frozenset[str]]  # consultation id: roles, only with two-factor authentication
    organiser_scopes: dict[int, tuple[tuple[int | None, str], ...]]  # consultation id: (region id, country)


def _access_load(user) -> Access:
    from allauth.mfa.models import Authenticator

    from .models import RoleAssignment, Suspension

    two_factor = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    roles, scopes = {}, {}
    if two_factor:
        rows = RoleAssignment.objects.filter(user=user).values_list("consultation_id", "role", "region_id", "country")
        for consultation_id, role, region_id, country in rows:
            roles.setdefault(consultation_id, set()).add(role)
            if role == RoleAssignment.Role.REGIONAL_ORGANISER:
                scopes.setdefault(consultation_id, []).append((region_id, country))
    return Access(
        verified=EmailAddress.objects.filter(user=user, verified=True).exists(),
        two_factor=two_factor,
        suspended_in=frozenset(
            Suspension.objects.filter(user=user, lifted_at__isnull=True).values_list("consultation_id", flat=True)
        ),
        roles={cid: frozenset(found) for cid, found in roles.items()},
        organiser_scopes={cid: tuple(found) for cid, found in scopes.items()},
    )


def access_of(user) -> Access:
    """A signed-in person's access facts: read once per request, and kept in the cache between requests until one
    of them changes (``access_changed``). ``ACCESS_TIMEOUT`` bounds a change made around the models' signals (a
    bulk update in a shell, say)."""
    found = getattr(user, "_access", None)
    if found is None:
        # The version is read before the rows: facts read just before a change are kept under the old version.
        key = f"access:1:{user.pk}:{versions(_access_version_key(user.pk))}"
        found = user._access = kept(key, lambda: _access_load(user), ACCESS_TIMEOUT)
    return found


def has_two_factor(user) -> bool:
    """Powers (secretariat, moderator, organiser) need two-factor authentication switched on."""
    return user.is_authenticated and access_of(user).two_factor


def roles_of(user, consultation_id) -> frozenset[str]:
    """The user's roles in a consultation, once two-factor authentication is on."""
    if not user.is_authenticated or consultation_id is None:
        return frozenset()
    return access_of(user).roles.get(consultation_id, frozenset())


@rules.predicate
def is_verified(user) -> bool:
    return user.is_authenticated and user.is_active and access_of(user).verified


@rules.predicate
def is_secretariat(user, obj) -> bool:
    return "secretariat" in roles_of(user, consultation_id_of(obj))


@rules.predicate
def is_moderator(user, obj) -> bool:
    return "moderator" in roles_of(user, consultation_id_of(obj))


@rules.predicate
def is_suspended(user, obj) -> bool:
    return user.is_authenticated and consultation_id_of(obj) in access_of(user).suspended_in


@rules.predicate
def has_any_secretariat_role(user) -> bool:
    return has_two_factor(user) and (
        user.is_staff or any("secretariat" in roles for roles in _all_roles(user).values())
    )


def _all_roles(user) -> dict:
    return access_of(user).roles if user.is_authenticated else {}


def organiser_scopes(user, consultation_id) -> tuple[tuple[int | None, str], ...]:
    """(region id, country code) of each regional-organiser assignment the user holds in a consultation."""
    if not user.is_authenticated or consultation_id is None:
        return ()
    return access_of(user).organiser_scopes.get(consultation_id, ())


def countries_of_region(region_id: int) -> frozenset[str]:
    from pmc.accounts.models import RegionCountry

    return frozenset(RegionCountry.objects.filter(region_id=region_id).values_list("country", flat=True))


def scope_covers(scopes, *, region_id: int | None, country: str, cache: dict | None = None) -> bool:
    """Whether an organiser's scopes cover a regional round (by region) or a national one (by country).

    ``cache`` (region id → countries) spares a query per round when one page checks many rounds.
    """
    cache = {} if cache is None else cache
    for scope_region, scope_country in scopes:
        if country:
            if scope_region and scope_region not in cache:
                cache[scope_region] = countries_of_region(scope_region)
            if scope_country == country or (scope_region and country in cache[scope_region]):
                return True
        elif region_id and scope_region == region_id:
            return True
    return False


@rules.predicate
def is_regional_organiser(user, obj) -> bool:
    return "regional_organiser" in roles_of(user, consultation_id_of(obj))
