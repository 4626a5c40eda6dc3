from modeltranslation.translator import TranslationOptions, register

from .models import Meeting, Outcome, Round, Thread


@register(Round)
class RoundTranslationOptions(TranslationOptions):
    fields = ("title", "description", "guiding_questions")


@register(Thread)
class ThreadTranslationOptions(TranslationOptions):
    fields = ("title", "prompt")


@register(Outcome)
class OutcomeTranslationOptions(TranslationOptions):
    fields = ("text",)


@register(Meeting)
class MeetingTranslationOptions(TranslationOptions):
    fields = ("title", "description")
