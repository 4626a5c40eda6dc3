import pytest
from django.utils.html import escape

from themes.models import ThematicArea


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_thematic_areas_page_lists_the_five_areas_in_the_language(client, language):
    page = client.get(f"/{language}/themes/").content.decode()

    for area in ThematicArea.objects.all():
        assert getattr(area, f"title_{language}") in page
        assert f'href="/{language}/themes/{area.slug}/"' in page


@pytest.mark.django_db
def test_area_page_shows_description_objectives_and_targets(client):
    area = ThematicArea.objects.get(number=4)

    page = client.get(f"/fr/themes/{area.slug}/").content.decode()

    assert area.title_fr in page
    assert escape(area.description_fr) in page
    assert ("Objectif 13") in page
    for target in area.sdg_targets.all():
        assert target.code in page


@pytest.mark.django_db
def test_unknown_area_is_a_friendly_404(client):
    response = client.get("/en/themes/no-such-area/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.django_db
def test_list_query_count_does_not_grow_with_areas(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        client.get("/en/themes/")
    ThematicArea.objects.create(number=6, slug="sixth", title="A sixth area", description="More to discuss.")
    with django_assert_max_num_queries(3):
        client.get("/en/themes/")
