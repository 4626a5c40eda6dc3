"""Form pieces shared by every app."""

from django import forms
from django.conf import settings
from django.utils.text import capfirst, format_lazy


class TranslatedModelForm(forms.ModelForm):
    """A model form whose texts are typed in each language: "Title (French)" rather than "Title [fr]"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        languages = dict(settings.LANGUAGES)
        model_fields = {field.name: field for field in self._meta.model._meta.get_fields()}
        for name, field in self.fields.items():
            base, _sep, code = name.rpartition("_")
            if code in languages and base in model_fields and name in model_fields:
                field.label = format_lazy("{} ({})", capfirst(model_fields[base].verbose_name), languages[code])
