"""What copying sites set into a document's text: page numbers and banners.

A document-sharing site shows a document page by page, each page a line opening with its number and 、, wherever
the page breaks: inside a sentence, even inside a word (1、…夯实重 / 2、污染天气…). The numbers are no items of the
document; a page that breaks inside a sentence goes on with the line before it. A news mirror may set its banner,
the column and the title, before each paragraph it shows (【时政|国务院办公厅关于…】一、…). A journal reprinting a
document sets its running head over each page: the issue, who issued the document and its title, the page number
(2023 年 3 月 第 1 期   健康中国行动推进委员会办公室:健康中国行动2023年工作要点   3).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from greenpolicy.core.parsing.numbering import read_label
from greenpolicy.core.reading.blocks import Block, Paragraph

# 《…》由会员分享,可在线阅读,更多相关《…(15页珍藏版)》请在淘文阁网上搜索。
_SHARING_NOTICE = re.compile(r"由会员分享|珍藏版|文档编号|请在\S{1,60}上搜索")
_FIRST_PAGE = "1、"
_NOTICE_REACH = 12  # lines before the first page where the site's notice stands
_SENTENCE_ENDS = ("。", "；", ";", "：", ":", "！", "？")


def page_numbers_dropped(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks without a sharing site's page numbers, each page broken inside a sentence joined to the line
    before it; the blocks as they are unless the site's notice stands before the first page, or the first page
    opens the document with a heading of the document's own (1、三、组织指挥体系…)."""
    first, page_text = next(
        (
            (index, block.text)
            for index, block in enumerate(blocks)
            if isinstance(block, Paragraph) and block.text.lstrip().startswith(_FIRST_PAGE)
        ),
        (None, ""),
    )
    if first is None or not _pages_start_at(blocks, first, page_text):
        return blocks
    kept: list[Block] = list(blocks[:first])
    page = 1
    for block in blocks[first:]:
        text = block.text.lstrip() if isinstance(block, Paragraph) else ""
        marker = f"{page}、"
        if not text.startswith(marker):
            kept.append(block)
            continue
        rest = text[len(marker) :]
        # the first page starts a line of its own; a later one goes on with the last line, empty lines between
        written = _written_end(kept) if page > 1 else 0
        page += 1
        before = kept[written - 1] if written else None
        if isinstance(before, Paragraph) and not before.text.rstrip().endswith(_SENTENCE_ENDS):
            del kept[written:]
            kept[-1] = Paragraph(before.text.rstrip() + rest, before.line)
        else:
            kept.append(Paragraph(rest, block.line))
    return kept


def _written_end(blocks: Sequence[Block]) -> int:
    """How many blocks stand up to the last one holding text, the empty lines after it left out."""
    end = len(blocks)
    while end and _empty(blocks[end - 1]):
        end -= 1
    return end


def _empty(block: Block) -> bool:
    return isinstance(block, Paragraph) and not block.text.strip()


def _pages_start_at(blocks: Sequence[Block], first: int, page: str) -> bool:
    before = blocks[max(0, first - _NOTICE_REACH) : first]
    if any(isinstance(block, Paragraph) and _SHARING_NOTICE.search(block.text) for block in before):
        return True
    opening = all(isinstance(block, Paragraph) and not block.text.strip() for block in blocks[:first])
    return opening and read_label(page.lstrip()[len(_FIRST_PAGE) :]) is not None


# Longer than a field's name that opens an item of the document's own (【目标任务】)
_BANNER = re.compile(r"\s*【[^】]{10,80}】")
_MIN_BANNERS = 2


def banners_dropped(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks without a banner a mirror site set before two paragraphs or more (【时政|…实施意见】(二)…)."""
    openings = {
        index: (block, banner)
        for index, block in enumerate(blocks)
        if isinstance(block, Paragraph)
        and block.text.lstrip().startswith("【")
        and (banner := _BANNER.match(block.text)) is not None
    }
    counts = Counter(banner.group() for _, banner in openings.values())
    if all(count < _MIN_BANNERS for count in counts.values()):
        return blocks
    kept = list(blocks)
    for index, (block, banner) in openings.items():
        if counts[banner.group()] >= _MIN_BANNERS:
            kept[index] = Paragraph(block.text[banner.end() :], block.line)
    return kept


def disclosure_unit_dropped(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks without the unit a government site's disclosure fields name as responsible for the page
    (索引号: / 发布机构: / 责任部门: / 市粮食和物资储备局 / 生成日期:): the office that published it, charged with no work."""
    fields = sum(
        1
        for block in blocks[:_FIELDS_REACH]
        if isinstance(block, Paragraph) and _DISCLOSURE_FIELD.match(block.text)
    )
    if fields < _MIN_FIELDS:
        return blocks
    dropped: set[int] = set()
    for index in range(min(len(blocks), _FIELDS_REACH)):
        block = blocks[index]
        if not isinstance(block, Paragraph) or (label := _RESPONSIBLE_FIELD.match(block.text)) is None:
            continue
        dropped.add(index)
        # 责任部门: / 市粮食和物资储备局: its value on the next line
        if not block.text[label.end() :].strip():
            dropped.add(next((at for at in range(index + 1, len(blocks)) if not _empty(blocks[at])), index))
    return [block for index, block in enumerate(blocks) if index not in dropped]


_DISCLOSURE_FIELD = re.compile(
    r"\s*(?:索\s*引\s*号|发布机构|生成日期|有\s*效\s*性|主题分类|公开方式|公开时限)\s*[:：]"
)
_RESPONSIBLE_FIELD = re.compile(r"\s*(?:责任部门|责任单位)\s*[:：]")
_FIELDS_REACH = 40  # lines from the top where a page shows its disclosure fields
_MIN_FIELDS = 2


def running_heads_dropped(blocks: Sequence[Block]) -> tuple[Sequence[Block], str | None]:
    """The blocks without a journal's running heads, and the first head's text between the issue and the page
    number (健康中国行动推进委员会办公室:健康中国行动2023年工作要点), None where there is none."""
    heads = {
        index: head
        for index, block in enumerate(blocks)
        if isinstance(block, Paragraph) and "期" in block.text and (head := _RUNNING_HEAD.match(block.text))
    }
    if not heads:
        return blocks, None
    first = next(iter(heads.values()))
    return [block for index, block in enumerate(blocks) if index not in heads], first["odd"] or first["even"]


_ISSUE = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*第\s*\d{1,3}\s*期"
_RUNNING_HEAD = re.compile(
    rf"^\s*(?:{_ISSUE}\s+(?P<odd>\S.{{3,80}}?)\s+\d{{1,4}}|\d{{1,4}}\s+(?P<even>\S.{{3,80}}?)\s+{_ISSUE})\s*$"
)
