from django.views.generic import DetailView

from .models import Consultation


class ConsultationDetailView(DetailView):
    template_name = "consultations/detail.html"
    context_object_name = "consultation"

    def get_queryset(self):
        return Consultation.objects.public().prefetch_related("thematic_areas")
