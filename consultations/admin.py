from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Consultation


@admin.register(Consultation)
class ConsultationAdmin(TranslationAdmin):
    list_display = ["title", "status", "starts_on", "ends_on"]
    list_filter = ["status"]
    prepopulated_fields = {"slug": ["title_en"]}
    filter_horizontal = ["thematic_areas"]
