from django.db import models


class ConsultationQuerySet(models.QuerySet):
    def public(self):
        """Consultations anyone may see: everything but drafts."""
        return self.exclude(status=self.model.Status.DRAFT)
