from django.db import migrations

from ._regions import REGIONS

LANGUAGES = ("en", "fr", "es", "ar")


def translated(field: str, texts: dict) -> dict:
    values = {f"{field}_{code}": texts[code] for code in LANGUAGES}
    values[field] = texts["en"]
    return values


def seed(apps, schema_editor):
    Region = apps.get_model("accounts", "Region")
    RegionCountry = apps.get_model("accounts", "RegionCountry")
    for position, item in enumerate(REGIONS, start=1):
        region, _ = Region.objects.update_or_create(
            code=item["code"],
            defaults={
                "slug": item["slug"],
                "position": position,
                **translated("name", item["name"]),
                **translated("commission", item["commission"]),
            },
        )
        RegionCountry.objects.filter(region=region).exclude(country__in=item["countries"]).delete()
        existing = set(RegionCountry.objects.filter(region=region).values_list("country", flat=True))
        RegionCountry.objects.bulk_create(
            RegionCountry(region=region, country=code) for code in item["countries"] if code not in existing
        )


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
