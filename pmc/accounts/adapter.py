from types import SimpleNamespace

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import translate_url
from django.utils.translation import gettext as _

from . import services


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        # Rendered now, in the request's language; delivered later by a worker.
        site = SimpleNamespace(name=_("People's Migration Challenge"), domain=self.request.get_host())
        ctx = {"email": email, "request": self.request, "current_site": site}
        ctx.update(context)
        message = self.render_mail(template_prefix, email, ctx)
        html = next((content for content, mimetype in message.alternatives if mimetype == "text/html"), None)
        services.email_queue(
            subject=message.subject, body=message.body, from_email=message.from_email, to=message.to, html=html
        )

    def get_login_redirect_url(self, request):
        url = super().get_login_redirect_url(request)
        return translate_url(url, request.user.preferred_language)
