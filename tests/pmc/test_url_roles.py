"""Every URL of the project × every role: the answer each must get. A URL missing from the table fails."""

import hashlib

import pytest
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from consultations.models import RoleAssignment
from pmc.accounts.models import PersonalDataExport, Region
from reports.models import Brief, BriefVersion
from rounds.models import Invitation, Round, SpeakRequest

from ..accounts.factories import UserFactory
from ..consultations.factories import ConsultationFactory, RoleFactory
from ..rounds.factories import ContributionFactory, OutcomeFactory, RoundFactory, ThreadFactory, child_round
from ..rounds.test_meetings import make_meeting

ROLES = ["visitor", "participant", "moderator", "organiser_in", "organiser_out", "secretariat"]
EVERYONE = dict.fromkeys(ROLES, 200)
SIGNED_IN = {"visitor": 302} | dict.fromkeys(ROLES[1:], 200)
SECRETARIAT = {"visitor": 302} | dict.fromkeys(ROLES[1:], 403) | {"secretariat": 200}
RUNS_CHILD = SECRETARIAT | {"organiser_in": 200}
MODERATION = SECRETARIAT | {"moderator": 200}
ORGANISERS = SECRETARIAT | {"organiser_in": 200, "organiser_out": 200}
SECRET_404 = dict.fromkeys(ROLES, 404) | {"secretariat": 200}
POST_ONLY = dict.fromkeys(ROLES, 405)
ANONYMOUS_PAGE = {"visitor": 200} | dict.fromkeys(ROLES[1:], 302)  # signed in: sent on


@pytest.fixture
def world(db):
    consultation = ConsultationFactory(slug="pmc")
    round_1 = RoundFactory(consultation=consultation, state=Round.State.SYNTHESISED, title_en="Round 1")
    outcome = OutcomeFactory(round=round_1)
    asia = child_round(round_1, region_code="ESCAP", state=Round.State.CLOSED)
    round_2 = RoundFactory(consultation=consultation, sequence=2, title_en="Round 2")
    thread = ThreadFactory(round=round_2)
    contribution = ContributionFactory(thread=thread)
    closed = RoundFactory(consultation=consultation, state=Round.State.CLOSED, title_en="Closed round")
    draft_outcome = OutcomeFactory(round=closed, state="draft")
    meeting = make_meeting(round_2)
    users = {role: UserFactory() for role in ROLES[1:]}
    RoleFactory(consultation=consultation, user=users["moderator"], role=RoleAssignment.Role.MODERATOR)
    RoleFactory(consultation=consultation, user=users["secretariat"], role=RoleAssignment.Role.SECRETARIAT)
    for role, code in (("organiser_in", "ESCAP"), ("organiser_out", "ECE")):
        RoleFactory(
            consultation=consultation,
            user=users[role],
            role=RoleAssignment.Role.REGIONAL_ORGANISER,
            region=Region.objects.get(code=code),
        )
    speak = SpeakRequest.objects.create(meeting=meeting, user=users["participant"], topic="Fees")
    brief = Brief.objects.create(consultation=consultation, forum="imrf", title="Brief", title_en="Brief")
    version = BriefVersion(
        brief=brief,
        number=1,
        fingerprint="f",
        checksum="c",
        started_at=meeting.starts_at,
        finished_at=meeting.starts_at,
    )
    version.pdf.save("v1.pdf", ContentFile(b"%PDF-1.7 test"), save=False)
    version.html.save("v1.html", ContentFile(b"<html></html>"), save=False)
    version.save()
    export = PersonalDataExport.objects.create(user=users["secretariat"], state="ready", expires_at=meeting.starts_at)
    export.file.save("e.json", ContentFile(b"{}"))
    Invitation.objects.create(round=asia, email="x@example.org", token_hash=hashlib.sha256(b"tok").hexdigest())
    suspension = consultation.suspensions.create(user=UserFactory(), reason="Spam")
    assignment = consultation.role_assignments.filter(role="moderator").get()
    return locals()


def table(w):
    """URL name -> (kwargs, expected status per role)."""
    slug, r2, c, o = "pmc", w["round_2"].pk, w["contribution"].pk, w["outcome"].pk
    return {
        "health": ({}, EVERYONE),
        "home": ({}, EVERYONE),
        "themes:list": ({}, EVERYONE),
        "themes:detail": ({"slug": "climate-change"}, EVERYONE),
        "rounds:consultation": ({"slug": slug}, EVERYONE),
        "rounds:participation": ({"slug": slug}, EVERYONE),
        "rounds:meetings": ({}, EVERYONE),
        "rounds:meeting": ({"pk": w["meeting"].pk}, EVERYONE),
        "rounds:meeting_ics": ({"pk": w["meeting"].pk}, EVERYONE),
        "rounds:calendar": ({"slug": slug}, EVERYONE),
        "rounds:round": ({"pk": r2}, EVERYONE),
        "rounds:feedback": ({"pk": w["round_1"].pk}, EVERYONE),
        "rounds:outcome": ({"pk": o}, EVERYONE),
        "rounds:thread": ({"pk": w["thread"].pk}, EVERYONE),
        "rounds:contribution": ({"pk": c}, EVERYONE),
        "accounts:profile": ({}, SIGNED_IN),
        "accounts:data": ({}, SIGNED_IN),
        "accounts:data_download": ({"pk": w["export"].pk}, SECRET_404 | {"visitor": 302}),
        "accounts:erase": ({}, {"visitor": 302} | dict.fromkeys(ROLES[1:], 405)),
        "account_login": ({}, ANONYMOUS_PAGE),
        "account_signup": ({}, ANONYMOUS_PAGE),
        "account_logout": ({}, {"visitor": 302} | dict.fromkeys(ROLES[1:], 200)),
        "account_inactive": ({}, EVERYONE),
        "account_reauthenticate": ({}, SIGNED_IN),
        "account_request_reauthentication_code": ({}, SIGNED_IN),
        "account_confirm_reauthentication_code": ({}, dict.fromkeys(ROLES, 302)),  # without a code requested
        "account_email": ({}, SIGNED_IN),
        "account_email_verification_sent": ({}, EVERYONE),
        "account_change_password": ({}, SIGNED_IN),
        "account_set_password": ({}, {"visitor": 302} | dict.fromkeys(ROLES[1:], 302)),
        "account_reset_password": ({}, EVERYONE),
        "account_reset_password_done": ({}, EVERYONE),
        "account_confirm_login_code": ({}, dict.fromkeys(ROLES, 302)),
        "account_confirm_email": ({"key": "forged"}, EVERYONE),
        "account_reset_password_from_key": ({"uidb36": "zz", "key": "forged"}, EVERYONE),
        "account_reset_password_from_key_done": ({}, EVERYONE),
        "mfa_index": ({}, SIGNED_IN),
        "mfa_authenticate": ({}, dict.fromkeys(ROLES, 302)),
        # People with a role have switched two-factor authentication on (their powers need it).
        "mfa_reauthenticate": ({}, dict.fromkeys(ROLES, 302) | dict.fromkeys(ROLES[2:], 200)),
        "mfa_activate_totp": ({}, dict.fromkeys(ROLES, 302)),  # signed in: asks to re-enter the password first
        "mfa_deactivate_totp": ({}, {"visitor": 302, "participant": 404} | dict.fromkeys(ROLES[2:], 302)),
        "mfa_view_recovery_codes": ({}, {"visitor": 302} | dict.fromkeys(ROLES[1:], 404)),
        "mfa_generate_recovery_codes": ({}, {"visitor": 302} | dict.fromkeys(ROLES[1:], 302)),
        "mfa_download_recovery_codes": ({}, {"visitor": 302} | dict.fromkeys(ROLES[1:], 404)),
        "consultations:create": ({}, SECRETARIAT),
        "consultations:edit": ({"slug": slug}, SECRETARIAT),
        "consultations:roles": ({"slug": slug}, SECRETARIAT),
        "consultations:role_revoke": ({"slug": slug, "pk": w["assignment"].pk}, POST_ONLY),
        "rounds:round_create": ({"slug": slug}, SECRETARIAT),
        "rounds:round_edit": ({"pk": r2}, SECRETARIAT),
        "rounds:round_state": ({"pk": r2}, POST_ONLY),
        "rounds:thread_create": ({"pk": r2}, SECRETARIAT),
        "rounds:meeting_create": ({"pk": r2}, SECRETARIAT),
        "rounds:meeting_record": ({"pk": w["meeting"].pk}, SECRETARIAT),
        "rounds:meeting_register": ({"pk": w["meeting"].pk}, POST_ONLY),
        "rounds:meeting_cancel": ({"pk": w["meeting"].pk}, POST_ONLY),
        "rounds:meeting_speak": ({"pk": w["meeting"].pk}, POST_ONLY),
        "rounds:speak_update": ({"pk": w["speak"].pk}, POST_ONLY),
        "rounds:moderation_queue": ({"slug": slug}, MODERATION),
        "rounds:moderation_log": ({"slug": slug}, MODERATION),
        "rounds:suspension_lift": ({"slug": slug, "pk": w["suspension"].pk}, POST_ONLY),
        "rounds:dashboard": ({}, ORGANISERS),
        "rounds:outcomes_manage": ({"pk": w["closed"].pk}, SECRETARIAT),
        "rounds:outcome_create": ({"pk": w["closed"].pk}, SECRETARIAT),
        "rounds:outcome_edit": ({"pk": w["closed"].pk, "outcome_pk": w["draft_outcome"].pk}, SECRETARIAT),
        "rounds:outcome_delete": ({"pk": w["draft_outcome"].pk}, POST_ONLY),
        "rounds:outcomes_publish": ({"pk": w["closed"].pk}, POST_ONLY),
        "rounds:child_round_create": ({"pk": w["round_1"].pk}, ORGANISERS),
        "rounds:reflect": ({"pk": w["asia"].pk, "outcome_pk": o}, POST_ONLY),
        "rounds:feedback_edit": ({"pk": w["asia"].pk}, RUNS_CHILD),
        "rounds:export": ({"pk": w["asia"].pk, "what": "contributions", "fmt": "csv"}, RUNS_CHILD),
        "rounds:invitation_accept": ({"token": "tok"}, SIGNED_IN),
        "rounds:contribution_create": ({"pk": w["thread"].pk}, POST_ONLY),
        "rounds:contribution_reply": ({"pk": c}, SIGNED_IN),
        "rounds:contribution_support": ({"pk": c}, POST_ONLY),
        "rounds:contribution_flag": ({"pk": c}, SIGNED_IN),
        "rounds:contribution_edit": ({"pk": c}, {"visitor": 302} | dict.fromkeys(ROLES[1:], 403)),
        "rounds:contribution_delete": ({"pk": c}, {"visitor": 302} | dict.fromkeys(ROLES[1:], 403)),
        "rounds:contribution_moderate": ({"pk": c}, POST_ONLY),
        "rounds:author_suspend": ({"pk": c}, POST_ONLY),
        "reports:brief_list": ({"slug": slug}, SECRETARIAT),
        "reports:brief": ({"pk": w["brief"].pk}, SECRET_404),
        "reports:brief_update": ({"pk": w["brief"].pk}, POST_ONLY),
        "reports:brief_retry": ({"pk": w["brief"].pk}, POST_ONLY),
        "reports:brief_publish": ({"pk": w["brief"].pk}, POST_ONLY),
        "reports:version_pdf": ({"pk": w["brief"].pk, "number": 1}, SECRET_404),
        "reports:version_html": ({"pk": w["brief"].pk, "number": 1}, SECRET_404),
    }


def url_names(patterns=None, namespace=""):
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from url_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}"


@pytest.mark.django_db
def test_every_url_of_the_project_is_in_the_table(world):
    names = {name for name in url_names() if not name.startswith("admin:")}
    assert names - set(table(world)) == set(), "add these URLs to the table with the answer each role must get"


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_each_url_answers_each_role_as_expected(client, world, role):
    if role != "visitor":
        client.force_login(world["users"][role])
    wrong = []
    for name, (kwargs, expected) in table(world).items():
        url = reverse(name, kwargs=kwargs)
        status = client.get(url).status_code
        if status != expected[role]:
            wrong.append((name, status, expected[role]))
    assert wrong == [], wrong


@pytest.mark.django_db
def test_admin_is_for_staff_only(client, world):
    assert client.get("/en/admin/").status_code == 302
    client.force_login(world["users"]["secretariat"])
    assert client.get("/en/admin/").status_code == 302  # the secretariat is not site staff
