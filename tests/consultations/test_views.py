import pytest

from consultations.models import Consultation


@pytest.fixture
def consultation():
    return Consultation.objects.create(
        slug="pmc-2021",
        title_en="People's Migration Challenge 2021",
        title_ar="تحدي الشعوب بشأن الهجرة 2021",
        description_en="Five thematic areas, three global rounds.",
        status=Consultation.Status.ACTIVE,
    )


@pytest.mark.django_db
def test_home_lists_public_consultations_not_drafts(client, consultation):
    Consultation.objects.create(slug="draft", title_en="Unannounced draft", status=Consultation.Status.DRAFT)

    page = client.get("/en/").content.decode()

    assert "People&#x27;s Migration Challenge 2021" in page
    assert "Unannounced draft" not in page
    assert client.get("/en/consultations/draft/").status_code == 404


@pytest.mark.django_db
def test_home_without_consultations_says_what_to_do(client):
    page = client.get("/en/").content.decode()
    assert "No consultation is open yet" in page
    assert "/en/accounts/signup/" in page


@pytest.mark.django_db
def test_consultation_page_in_arabic_uses_the_arabic_title(client, consultation):
    page = client.get("/ar/consultations/pmc-2021/").content.decode()
    assert "تحدي الشعوب بشأن الهجرة 2021" in page
    assert 'dir="rtl"' in page
