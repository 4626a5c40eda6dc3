from modeltranslation.translator import TranslationOptions, register

from .models import Consultation


@register(Consultation)
class ConsultationTranslationOptions(TranslationOptions):
    fields = ("title", "description")
