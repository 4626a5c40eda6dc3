# One image for web (gunicorn), worker and beat; see docker-compose.yml.
FROM python:3.13-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends gettext libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 \
      fonts-noto-core fonts-noto-ui-core \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY . .
RUN pip install --no-cache-dir . -c constraints.txt \
 && python manage.py compilemessages --ignore=.venv -v 0 \
 && DJANGO_SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput -v 0 \
 && useradd --system --home /app pmc && mkdir -p /app/media && chown pmc /app/media

USER pmc
EXPOSE 8000
CMD ["gunicorn", "pmc.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "60"]
