from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.translation import get_language, get_language_info, override

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the page being viewed, in each interface language."""
    request = context["request"]
    current = get_language()
    path = request.get_full_path()
    match = request.resolver_match
    if match is None or not match.url_name:

        def in_language(code):
            return translate_url(path, code)
    else:
        # What translate_url does, without resolving the path again for every language.
        name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
        query = path.partition("?")[2]

        def in_language(code):
            with override(code):
                try:
                    url = reverse(name, args=match.args, kwargs=match.kwargs)
                except NoReverseMatch:
                    return path
            return f"{url}?{query}" if query else url

    languages = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        languages.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": in_language(code),
                "current": code == current,
                "bidi": info["bidi"],
            }
        )
    return {"languages": languages}
