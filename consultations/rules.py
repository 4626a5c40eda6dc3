import rules

from .predicates import has_any_secretariat_role, is_secretariat

rules.add_perm("consultations.add_consultation", has_any_secretariat_role)
rules.add_perm("consultations.manage_consultation", is_secretariat)
