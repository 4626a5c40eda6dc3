"""Role predicates for ``rules``. They accept a consultation or anything that leads to one (round, thread, ...)."""

import rules
from allauth.account.models import EmailAddress


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


def has_two_factor(user) -> bool:
    """Powers (secretariat, moderator, organiser) need two-factor authentication switched on."""
    if not user.is_authenticated:
        return False
    cached = getattr(user, "_has_two_factor", None)
    if cached is None:
        from allauth.mfa.models import Authenticator

        cached = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        user._has_two_factor = cached
    return cached


def roles_of(user, consultation_id) -> set[str]:
    """The user's roles in a consultation, once two-factor authentication is on; loaded once per user object."""
    if not user.is_authenticated or consultation_id is None or not has_two_factor(user):
        return set()
    cached = getattr(user, "_consultation_roles", None)
    if cached is None:
        from .models import RoleAssignment

        cached = {}
        for cid, role in RoleAssignment.objects.filter(user=user).values_list("consultation_id", "role"):
            cached.setdefault(cid, set()).add(role)
        user._consultation_roles = cached
    return cached.get(consultation_id, set())


@rules.predicate
def is_verified(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    cached = getattr(user, "_has_verified_email", None)
    if cached is None:
        cached = EmailAddress.objects.filter(user=user, verified=True).exists()
        user._has_verified_email = cached
    return cached


@rules.predicate
def is_secretariat(user, obj) -> bool:
    return "secretariat" in roles_of(user, consultation_id_of(obj))


@rules.predicate
def is_moderator(user, obj) -> bool:
    return "moderator" in roles_of(user, consultation_id_of(obj))


@rules.predicate
def is_suspended(user, obj) -> bool:
    if not user.is_authenticated:
        return False
    consultation_id = consultation_id_of(obj)
    cached = getattr(user, "_suspended_in", None)
    if cached is None:
        from .models import Suspension

        cached = set(
            Suspension.objects.filter(user=user, lifted_at__isnull=True).values_list("consultation_id", flat=True)
        )
        user._suspended_in = cached
    return consultation_id in cached


@rules.predicate
def has_any_secretariat_role(user) -> bool:
    return has_two_factor(user) and (
        user.is_staff or any("secretariat" in roles for roles in _all_roles(user).values())
    )


def _all_roles(user) -> dict:
    roles_of(user, 0)
    return getattr(user, "_consultation_roles", {})


def organiser_scopes(user, consultation_id) -> list[tuple[int | None, str]]:
    """(region id, country code) of each regional-organiser assignment the user holds in a consultation."""
    if not user.is_authenticated or consultation_id is None or not has_two_factor(user):
        return []
    cached = getattr(user, "_organiser_scopes", None)
    if cached is None:
        from .models import RoleAssignment

        cached = {}
        rows = RoleAssignment.objects.filter(user=user, role=RoleAssignment.Role.REGIONAL_ORGANISER).values_list(
            "consultation_id", "region_id", "country"
        )
        for cid, region_id, country in rows:
            cached.setdefault(cid, []).append((region_id, country))
        user._organiser_scopes = cached
    return cached.get(consultation_id, [])


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
