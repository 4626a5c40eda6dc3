from django.views.generic import DetailView, ListView

from .models import ThematicArea


class ThematicAreaListView(ListView):
    template_name = "themes/list.html"
    context_object_name = "areas"

    def get_queryset(self):
        return ThematicArea.objects.with_links()


class ThematicAreaDetailView(DetailView):
    template_name = "themes/detail.html"
    context_object_name = "area"

    def get_queryset(self):
        return ThematicArea.objects.with_links()
