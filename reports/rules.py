import rules

from consultations.predicates import is_secretariat


@rules.predicate
def is_published(user, brief) -> bool:
    return brief is not None and brief.published_at is not None


rules.add_perm("reports.request_brief", is_secretariat)
rules.add_perm("reports.view_brief", is_published | is_secretariat)
rules.add_perm("reports.publish_brief", is_secretariat)
