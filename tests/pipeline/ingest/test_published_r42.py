"""Round 42: the publication labels of Korean, Japanese and Chinese sites ("입력 2031-02-15
15:26 수정 2031-02-16", "发布时间：2031-03-05", "投稿日: 2031-07-13"): the first is the
publication, "수정"/"更新" an update. Made-up page heads."""

import datetime as dt

import pytest

from pipeline.ingest.published import find_published


@pytest.mark.parametrize(
    ("head", "date"),
    [
        (
            "메뉴\n\n한·칠레 교역 급증\n\n입력 2031-02-15 15:26 수정 2031-02-16 09:00\n\n본문",
            "2031-02-15",
        ),
        ("标题\n发布时间：2031-03-05 10:00\n正文", "2031-03-05"),
        ("タイトル\n投稿日: 2031-07-13\n本文", "2031-07-13"),
        ("제목\n수정 2031-02-16 09:00\n본문", "2031-02-16"),  # only an update: its date
    ],
)
def test_east_asian_publication_labels(head: str, date: str) -> None:
    assert find_published(head) == dt.date.fromisoformat(date)
