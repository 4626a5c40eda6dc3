import markdown
import nh3

ALLOWED_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre", "a", "hr"}


class _NoRawHTML(markdown.Extension):
    """HTML typed in a contribution is text, shown as typed ("<Ahmed> said hi"), never markup that the sanitiser
    would then drop with the words inside it."""

    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")


def render_markdown(text: str) -> str:
    """Markdown to safe HTML: a short list of tags, http(s)/mailto links marked nofollow ugc, no images."""
    html = markdown.markdown(text, extensions=["sane_lists", "nl2br", _NoRawHTML()], output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow ugc",
    )
