from modeltranslation.translator import TranslationOptions, register

from .models import GCMObjective, GuidingPrinciple, SDGTarget, ThematicArea


@register(ThematicArea)
class ThematicAreaTranslationOptions(TranslationOptions):
    fields = ("title", "description", "guiding_questions")


@register(GCMObjective)
class GCMObjectiveTranslationOptions(TranslationOptions):
    fields = ("short_label", "title")


@register(GuidingPrinciple)
class GuidingPrincipleTranslationOptions(TranslationOptions):
    fields = ("title", "description")


@register(SDGTarget)
class SDGTargetTranslationOptions(TranslationOptions):
    fields = ("title",)
