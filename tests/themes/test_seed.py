import pytest
from django.utils import translation

from themes.models import GCMObjective, GuidingPrinciple, SDGTarget, ThematicArea

LANGUAGES = ["en", "fr", "es", "ar"]
REQUIRED_TARGETS = {"10.7", "10.c", "8.7", "8.8", "5.2", "16.2", "16.9", "17.18", "1.3", "3.8", "4.b", "13.1"}
TRANSLATED = [
    (ThematicArea, ["title", "description", "guiding_questions"]),
    (GCMObjective, ["short_label", "title"]),
    (GuidingPrinciple, ["title", "description"]),
    (SDGTarget, ["title"]),
]


@pytest.mark.django_db
def test_reference_data_is_complete():
    assert list(ThematicArea.objects.values_list("number", flat=True)) == [1, 2, 3, 4, 5]
    assert list(GCMObjective.objects.values_list("number", flat=True)) == list(range(1, 24))
    assert GuidingPrinciple.objects.count() == 10
    assert REQUIRED_TARGETS <= set(SDGTarget.objects.values_list("code", flat=True))
    assert ThematicArea.objects.get(number=4).title_en == "Detention and Return"
    assert GCMObjective.objects.get(number=13).short_label_en == "Alternatives to detention"


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "fields"), TRANSLATED, ids=lambda v: getattr(v, "__name__", ""))
def test_every_translated_field_is_filled_in_all_four_languages(model, fields):
    for obj in model.objects.all():
        for field in fields:
            values = {code: getattr(obj, f"{field}_{code}") for code in LANGUAGES}
            assert all(v and v.strip() for v in values.values()), (obj, field, values)
            assert len(set(values.values())) > 1 or field == "short_label", (obj, field)  # actually translated


@pytest.mark.django_db
def test_arabic_titles_are_in_arabic_script():
    for area in ThematicArea.objects.all():
        assert any("\u0600" <= ch <= "\u06ff" for ch in area.title_ar)


@pytest.mark.django_db
def test_each_thematic_area_is_linked_to_objectives_and_targets():
    for area in ThematicArea.objects.with_links():
        assert area.gcm_objectives.count() >= 2
        assert area.sdg_targets.count() >= 2
    assert ThematicArea.objects.get(number=4).gcm_objectives.filter(number=13).exists()  # detention
    assert ThematicArea.objects.get(number=5).sdg_targets.filter(code="13.1").exists()  # climate


@pytest.mark.django_db
def test_objectives_are_grouped_into_the_four_imrf_round_tables():
    tables = {}
    for objective in GCMObjective.objects.all():
        tables.setdefault(objective.imrf_round_table, []).append(objective.number)
    assert tables == {
        1: [2, 5, 6, 12, 18],
        2: [4, 8, 9, 10, 11, 13, 21],
        3: [14, 15, 16, 19, 20, 22],
        4: [1, 3, 7, 17, 23],
    }


@pytest.mark.django_db
def test_model_fields_follow_the_active_language():
    area = ThematicArea.objects.get(number=5)
    with translation.override("es"):
        assert area.title == area.title_es
    with translation.override("ar"):
        assert area.title == area.title_ar
