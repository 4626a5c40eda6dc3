from modeltranslation.translator import TranslationOptions, register

from .models import Round, Thread


@register(Round)
class RoundTranslationOptions(TranslationOptions):
    fields = ("title", "description", "guiding_questions")


@register(Thread)
class ThreadTranslationOptions(TranslationOptions):
    fields = ("title", "prompt")
