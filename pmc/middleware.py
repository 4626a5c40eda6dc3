import zoneinfo

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, resolve_url
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.translation import gettext as _
from django_htmx.http import HttpResponseClientRedirect


class PrivatePagesMiddleware:
    """Pages seen by a signed-in person may hold personal data: no shared or browser cache keeps them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "user", None) is not None and request.user.is_authenticated:
            add_never_cache_headers(response)
            patch_vary_headers(response, ["Cookie"])
        return response


class TimezoneMiddleware:
    """Show times in the viewer's zone: their profile's, else the one their browser reported (cookie ``tz``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        name = ""
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            name = user.timezone
        name = name or request.COOKIES.get("tz", "")
        timezone.deactivate()
        if name:
            try:
                timezone.activate(zoneinfo.ZoneInfo(name))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                pass  # a cookie with a made-up zone: UTC

        return self.get_response(request)


class AdminTwoFactorMiddleware:
    """Site staff reach the Django admin only with two-factor authentication switched on."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from consultations.predicates import has_two_factor

        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and user.is_staff
            and request.resolver_match is None
            and "/admin/" in request.path
            and not has_two_factor(user)
        ):
            messages.warning(request, _("Turn on two-factor authentication to use the site administration."))
            return redirect("mfa_index")
        return self.get_response(request)


class HtmxSignInMiddleware:
    """A request made in place (htmx) that must sign in first is sent to the sign-in page as a whole page, instead
    of the sign-in page being put where the answer was expected (inside a form or a button)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "htmx", False) and response.status_code == 302:
            location = response.get("Location", "")
            if location.split("?", 1)[0] == resolve_url(settings.LOGIN_URL):
                return HttpResponseClientRedirect(location)
        return response
