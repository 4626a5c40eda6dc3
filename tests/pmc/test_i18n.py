import re
from pathlib import Path

import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "direction", "word"),
    [
        ("en", "ltr", "Thematic areas"),
        ("fr", "ltr", "Domaines thématiques"),
        ("es", "ltr", "Áreas temáticas"),
        ("ar", "rtl", "المجالات المواضيعية"),
    ],
)
def test_pages_declare_language_and_direction(client, language, direction, word):
    page = client.get(f"/{language}/themes/").content.decode()

    assert f'<html lang="{language}" dir="{direction}">' in page
    assert word in page


@pytest.mark.django_db
def test_language_switcher_keeps_you_on_the_same_page(client):
    page = client.get("/en/themes/detention-and-return/?ref=home").content.decode()

    switcher = page[page.index('class="language-switcher"') :]
    for code in ["fr", "es", "ar"]:
        assert f'href="/{code}/themes/detention-and-return/?ref=home"' in switcher
    assert 'aria-current="true">English<' in switcher


@pytest.mark.django_db
def test_root_redirects_to_a_language_prefix(client):
    response = client.get("/", headers={"accept-language": "es"})
    assert response.status_code == 302
    assert response["Location"] == "/es/"


def read_po(path: Path) -> list[tuple[str, str, bool]]:
    """(msgid, msgstr, fuzzy) for each entry; msgstr of plural entries is all forms joined."""
    entries, msgid, msgstr, fuzzy, field = [], None, [], False, None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if msgid is not None:
                entries.append((msgid, "".join(msgstr) if not any(s == "" for s in msgstr) else "", fuzzy))
            msgid, msgstr, fuzzy, field = None, [], False, None
        elif line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
        elif line.startswith("msgid "):
            msgid, field = line[7:-1], "id"
        elif line.startswith("msgid_plural"):
            field = "plural"
        elif line.startswith("msgstr"):
            msgstr.append(re.match(r'msgstr(\[\d+\])? "(.*)"$', line).group(2))
            field = "str"
        elif line.startswith('"'):
            if field == "id":
                msgid += line[1:-1]
            elif field == "str":
                msgstr[-1] += line[1:-1]
    return entries


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_catalogue_translates_every_string(language):
    entries = read_po(LOCALE / language / "LC_MESSAGES" / "django.po")

    assert len(entries) > 50
    untranslated = [msgid for msgid, msgstr, _ in entries if msgid and not msgstr]
    fuzzy = [msgid for msgid, _, is_fuzzy in entries if is_fuzzy]
    assert untranslated == []
    assert fuzzy == []
    assert (LOCALE / language / "LC_MESSAGES" / "django.mo").exists(), "run `make messages`"
