from modeltranslation.translator import TranslationOptions, register

from .models import Brief


@register(Brief)
class BriefTranslationOptions(TranslationOptions):
    fields = ("title", "executive_summary")
