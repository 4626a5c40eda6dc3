from celery import shared_task

from pmc.celery import app

from . import services

# A compile must finish well within the broker's visibility timeout (settings), or Redis would hand the
# message to a second worker while the first is still rendering.
TIME_LIMIT = 15 * 60


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    time_limit=TIME_LIMIT,
    soft_time_limit=TIME_LIMIT - 60,
    ignore_result=True,
)
def brief_compile(self, brief_id: int) -> None:
    """Load by id and compile. Idempotent: a redelivered message never makes a second version."""
    services.brief_compile(brief_id=brief_id, worker=self.request.hostname or "")


def _worker_alive(hostname: str) -> bool:
    return bool(app.control.ping(destination=[hostname], timeout=2.0))


@shared_task(ignore_result=True)
def briefs_requeue() -> None:
    """Beat task: restart briefs left waiting by a broker outage or by a worker that died mid-compile."""
    services.briefs_requeue(is_alive=_worker_alive)
