import rules

from consultations.predicates import is_moderator, is_secretariat, is_suspended, is_verified

from .predicates import (
    is_contribution_author,
    is_contribution_published,
    is_round_open,
    is_round_public,
    is_within_edit_window,
    may_join_round,
)

can_take_part = is_verified & ~is_suspended & is_round_open & (may_join_round | is_secretariat | is_moderator)

rules.add_perm("rounds.view_round", is_round_public | is_secretariat)
rules.add_perm("rounds.post_contribution", can_take_part)
rules.add_perm("rounds.reply_contribution", can_take_part & is_contribution_published)
rules.add_perm("rounds.support_contribution", can_take_part & is_contribution_published & ~is_contribution_author)
rules.add_perm(
    "rounds.flag_contribution", is_verified & ~is_suspended & is_contribution_published & ~is_contribution_author
)
rules.add_perm(
    "rounds.change_contribution",
    is_verified
    & is_contribution_author
    & is_contribution_published
    & is_within_edit_window
    & is_round_open
    & ~is_suspended,
)
rules.add_perm("rounds.delete_contribution", is_contribution_author & is_contribution_published)
rules.add_perm("rounds.moderate", is_moderator | is_secretariat)
rules.add_perm("rounds.manage_rounds", is_secretariat)
