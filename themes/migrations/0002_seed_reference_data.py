from django.db import migrations

from ._seed_data import GCM_OBJECTIVES, GUIDING_PRINCIPLES, SDG_TARGETS, THEMATIC_AREAS

LANGUAGES = ("en", "fr", "es", "ar")

# The UN's indicative grouping of the GCM objectives into the four IMRF round tables.
IMRF_ROUND_TABLES = {
    1: (2, 5, 6, 12, 18),
    2: (4, 8, 9, 10, 11, 13, 21),
    3: (14, 15, 16, 19, 20, 22),
    4: (1, 3, 7, 17, 23),
}


def translated(field: str, texts: dict) -> dict:
    values = {f"{field}_{code}": texts[code] for code in LANGUAGES}
    values[field] = texts["en"]
    return values


def seed(apps, schema_editor):
    GCMObjective = apps.get_model("themes", "GCMObjective")
    GuidingPrinciple = apps.get_model("themes", "GuidingPrinciple")
    SDGTarget = apps.get_model("themes", "SDGTarget")
    ThematicArea = apps.get_model("themes", "ThematicArea")
    round_table_of = {number: table for table, numbers in IMRF_ROUND_TABLES.items() for number in numbers}

    for item in GCM_OBJECTIVES:
        GCMObjective.objects.update_or_create(
            number=item["number"],
            defaults={
                "imrf_round_table": round_table_of[item["number"]],
                **translated("short_label", item["short_label"]),
                **translated("title", item["title"]),
            },
        )
    for item in GUIDING_PRINCIPLES:
        GuidingPrinciple.objects.update_or_create(
            number=item["number"],
            defaults={
                "slug": item["slug"],
                **translated("title", item["title"]),
                **translated("description", item["description"]),
            },
        )
    for item in SDG_TARGETS:
        SDGTarget.objects.update_or_create(
            code=item["code"], defaults={"goal": item["goal"], **translated("title", item["title"])}
        )
    for item in THEMATIC_AREAS:
        area, _ = ThematicArea.objects.update_or_create(
            number=item["number"],
            defaults={
                "slug": item["slug"],
                **translated("title", item["title"]),
                **translated("description", item["description"]),
                **translated("guiding_questions", item["guiding_questions"]),
            },
        )
        area.gcm_objectives.set(GCMObjective.objects.filter(number__in=item["gcm_objectives"]))
        area.sdg_targets.set(SDGTarget.objects.filter(code__in=item["sdg_targets"]))


class Migration(migrations.Migration):
    dependencies = [("themes", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
