from django.db import models


class ThematicAreaQuerySet(models.QuerySet):
    def with_links(self):
        """Each area with its GCM objectives and SDG targets: three queries, whatever the number of areas."""
        return self.prefetch_related("gcm_objectives", "sdg_targets")
