import rules

from consultations.predicates import (
    is_moderator,
    is_regional_organiser,
    is_secretariat,
    is_suspended,
    is_verified,
)

from .predicates import (
    has_accepted_invitation,
    is_child_round,
    is_contribution_author,
    is_contribution_published,
    is_organiser_for_round,
    is_parent_synthesised,
    is_round_closed,
    is_round_open,
    is_round_public,
    is_within_edit_window,
    may_join_round,
)

runs_round = is_secretariat | (is_child_round & is_organiser_for_round)
can_take_part = (
    is_verified
    & ~is_suspended
    & is_round_open
    & (may_join_round | has_accepted_invitation | is_secretariat | is_moderator | is_organiser_for_round)
)

rules.add_perm("rounds.view_round", is_round_public | runs_round)
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
rules.add_perm("rounds.manage_rounds", runs_round)
rules.add_perm("rounds.synthesise_round", runs_round & is_round_closed)
rules.add_perm("rounds.create_child_round", is_parent_synthesised & runs_round)
rules.add_perm("rounds.reflect", can_take_part & is_child_round)
rules.add_perm("rounds.export_round", runs_round)
rules.add_perm("rounds.view_organiser_dashboard", is_regional_organiser | is_secretariat)
rules.add_perm("rounds.manage_meetings", runs_round)
rules.add_perm(
    "rounds.register_meeting",
    is_verified & ~is_suspended & is_round_public & (may_join_round | has_accepted_invitation | runs_round),
)
