from ..reports.conftest import story  # noqa: F401 -- the briefs journey starts from this story
