from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import GCMObjective, GuidingPrinciple, SDGTarget, ThematicArea


@admin.register(ThematicArea)
class ThematicAreaAdmin(TranslationAdmin):
    list_display = ["number", "title"]
    filter_horizontal = ["gcm_objectives", "sdg_targets"]


@admin.register(GCMObjective)
class GCMObjectiveAdmin(TranslationAdmin):
    list_display = ["number", "short_label", "imrf_round_table"]


@admin.register(GuidingPrinciple)
class GuidingPrincipleAdmin(TranslationAdmin):
    list_display = ["number", "title"]


@admin.register(SDGTarget)
class SDGTargetAdmin(TranslationAdmin):
    list_display = ["code", "goal"]
