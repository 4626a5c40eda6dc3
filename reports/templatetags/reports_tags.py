from django import template

from ..models import Brief

register = template.Library()


@register.inclusion_tag("reports/includes/published_briefs.html", takes_context=True)
def published_briefs(context, consultation):
    """The consultation's published briefs, for its public page; with the secretariat's link to all briefs."""
    user = context["request"].user
    briefs = Brief.objects.filter(consultation=consultation, published_at__isnull=False).select_related("region")
    return {
        "briefs": briefs,
        "consultation": consultation,
        "can_request": user.has_perm("reports.request_brief", consultation),
    }
