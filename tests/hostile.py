"""Hostile strings every form field must survive: escaped or refused with a message, never a 500."""

from html.parser import HTMLParser

HOSTILE = [
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    "<svg onload=alert(1)>",
    "'; DROP TABLE rounds_contribution; --",
    "%s %d %(name)s {0} {{ request }} {% debug %}",
    "nul\x00byte",
    "A" * 20_000,
    "\u202eevil\u202c right-to-left override",
    "zero\u200bwidth\u200djoiner\ufeff",
    "emoji 🌍🧳✊🏾 and family 👩‍👩‍👧",
    "mixed Latin عربي 中文 русский",
]


class _ExecutableMarkup(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            if name in {"href", "src", "action", "formaction"} and (value or "").strip().lower().startswith(
                ("javascript:", "data:text")
            ):
                self.found.append(f"<{tag} {name}={value}>")
        if tag == "script" and not dict(attrs).get("src", "").startswith("/static/"):
            self.found.append("<script> without our own src")
        if tag in {"img", "svg", "iframe", "object", "embed"}:
            self.found.append(f"<{tag}>")


def executable_markup(html: str) -> list[str]:
    """Tags or attributes in a page that could run code or load from elsewhere: must be none."""
    parser = _ExecutableMarkup()
    parser.feed(html)
    return parser.found
