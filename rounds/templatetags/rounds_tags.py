from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters changed (empty values dropped)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        params.pop(key, None)
        if value not in (None, ""):
            params[key] = value
    return "?" + params.urlencode() if params else "?"


class PersonalNode(template.Node):
    def __init__(self, nodelist, contribution):
        self.nodelist = nodelist
        self.contribution = contribution

    def render(self, context):
        holes = context.get("personal_holes")
        if holes is None:
            return self.nodelist.render(context)
        contribution = self.contribution.resolve(context)
        rendered = {}
        for name, attributes in holes.variants(contribution):
            for attribute, value in attributes.items():
                setattr(contribution, attribute, value)
            rendered[name] = self.nodelist.render(context)
        return holes.keep(contribution, rendered)


@register.tag
def personal(parser, token):
    """What differs between viewers of a contribution (its controls): left as a hole in a shared cached list.

        {% personal contribution %}…{% endpersonal %}

    Outside a cached list (``personal_holes`` absent from the context) the content renders as usual.
    """
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' takes one argument: the contribution")
    nodelist = parser.parse(("endpersonal",))
    parser.delete_first_token()
    return PersonalNode(nodelist, parser.compile_filter(bits[1]))
