"""Public pages, feeds, exports, calendars and briefs show display names or "Anonymous participant" only."""

import pytest

from consultations.models import RoleAssignment
from reports.models import Brief
from reports.services import brief_compile, brief_fingerprint

from ..accounts.factories import UserFactory
from ..consultations.factories import RoleFactory
from ..reports.conftest import pdf_text
from ..rounds.factories import ContributionFactory, OutcomeFactory, RoundFactory, ThreadFactory, child_round
from ..rounds.test_meetings import make_meeting

EMAIL = "maria.hidden.person@example.org"
SECRET_PSEUDONYM = "Heron 424242"  # this person posts anonymously: even the pseudonym must not show


@pytest.mark.django_db
def test_no_public_surface_shows_an_email_or_an_anonymous_authors_name(client):
    person = UserFactory(email=EMAIL, display_name=SECRET_PSEUDONYM)
    round_1 = RoundFactory(state="synthesised")
    consultation = round_1.consultation
    thread = ThreadFactory(round=RoundFactory(consultation=consultation, sequence=2))
    contribution = ContributionFactory(thread=thread, author=person, anonymous=True, body="Anonymous testimony")
    outcome = OutcomeFactory(round=round_1)
    source = ContributionFactory(thread=ThreadFactory(round=round_1), author=person, anonymous=True)
    outcome.sources.set([source])
    meeting = make_meeting(thread.round)
    child_round(round_1)
    secretariat = UserFactory()
    RoleFactory(consultation=consultation, user=secretariat, role=RoleAssignment.Role.SECRETARIAT)
    brief = Brief.objects.create(
        consultation=consultation, forum="imrf", title="B", title_en="B", published_at="2026-01-01T00:00Z"
    )
    Brief.objects.filter(pk=brief.pk).update(fingerprint=brief_fingerprint(brief), state="queued")
    version = brief_compile(brief_id=brief.pk)
    Brief.objects.filter(pk=brief.pk).update(published_version=version)

    public = [
        "/en/",
        f"/en/consultations/{consultation.slug}/",
        f"/en/rounds/{thread.round_id}/",
        f"/en/threads/{thread.pk}/",
        f"/en/contributions/{contribution.pk}/",
        f"/en/outcomes/{outcome.pk}/",
        f"/en/rounds/{round_1.pk}/feedback/",
        f"/en/consultations/{consultation.slug}/participation/",
        f"/en/meetings/{meeting.pk}/",
        f"/en/meetings/{meeting.pk}/meeting.ics",
        f"/en/consultations/{consultation.slug}/meetings.ics",
        f"/en/briefs/{brief.pk}/",
    ]
    for url in public:
        page = client.get(url).content.decode()
        assert EMAIL not in page and SECRET_PSEUDONYM not in page, url
    assert "Anonymous participant" in client.get(f"/en/threads/{thread.pk}/").content.decode()

    client.force_login(secretariat)
    for what in ("contributions", "reflections", "outcomes"):
        for fmt in ("csv", "json"):
            body = b"".join(client.get(f"/en/rounds/{thread.round_id}/export/{what}.{fmt}").streaming_content)
            assert EMAIL.encode() not in body and SECRET_PSEUDONYM.encode() not in body
    text = pdf_text(version.pdf.path) + version.html.read().decode()
    assert EMAIL not in text and SECRET_PSEUDONYM not in text
