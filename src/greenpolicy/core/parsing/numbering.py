"""Outline numbering of 公文 and regulations: 第一章 / 第一条 / 一、 / （一） / 1. / （1） / ①, and inline headings."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from greenpolicy.core.departments import looks_like_department

_CN = "一二三四五六七八九十百零〇两"
# the formal numerals (大写), as bracketed labels may use them: (壹), or a converter's (壹) for (一) before (二)
FORMAL_NUMERALS = "壹贰叁肆伍陆柒捌玖拾"
ARTICLE_LABEL = (
    rf"第[{_CN}{FORMAL_NUMERALS}\d]+条"  # a regulation's article: 第三条, 第十二条 (第十壹條: a converter's)
)
_LABEL = re.compile(
    rf"^\s*(?:(?P<chapter>第[{_CN}\d]+[编章])"
    rf"|(?P<section>第[{_CN}\d]+节)"
    # 第三条:各级人民政府…: a stop a copy set after it (not 第二条线由民宗局…负责: the second line of the work, nor
    # 第三条规定的事项,由…: an article cited)
    rf"|(?P<article>{ARTICLE_LABEL})(?![线路街道河款项规的之所中至到])(?:[:：、．.,，](?!\d))?"
    rf"|(?P<cn>[{_CN}]+(?:、(?![{_CN}])|[．.](?![{_CN}\d])|[ \u3000]+、(?=[ \u3000])))"  # 一 、 with stray spaces
    rf"|(?P<paren_cn>[（(][{_CN}{FORMAL_NUMERALS}]+[）)])"
    # ﹒: a small full stop; 2.2022年度…, 1.20XX中国… (a year a template masks) and 3.8月上旬…: not 2.5; 2 . 以兰考…: stray spaces around the stop
    r"|(?P<num>\d{1,3}(?:[.．﹒](?!\d)|[.．﹒](?=\d{4}年|\d{2}[Xx×]{2}|\d{1,2}月)|、|[ \u3000]+[.．﹒、](?=[ \u3000])))"
    r"|(?P<paren_num>[（(]\d{1,3}[）)])"
    r"|(?P<circled>[①-⑳])"
    # 图①: / 图2: the captions of an inspection's photos, each a problem found
    rf"|图[ \u3000]*(?P<figure>[①-⑳]|\d{{1,2}}|[{_CN}]{{1,3}})[ \u3000]*[:：])"
    r"(?:(?<=[）)])[、．.](?!\d))?"  # (二)、城乡居民地…: a stop a copy set after the bracket
    r"[ \t\u3000]*"
)
# Nesting depth of each numbering style, shallowest first, as GB/T 9704 orders them.
RANKS = {
    "chapter": 0,
    "section": 1,
    "article": 2,
    "cn": 2,
    "paren_cn": 3,
    "num": 4,
    "paren_num": 5,
    "circled": 6,
    "figure": 4,
}
# Measures and items are numbered from （一） down (1., （1）); （1） and ① number the items of an item.
MEASURE_RANK = RANKS["paren_cn"]
SUB_ITEM_RANK = RANKS["paren_num"]
_ATTACHMENT = re.compile(r"^\s*附\s*件\s*(?P<number>\d*)\s*[:：]?\s*(?P<title>.*?)\s*$")
_HEADING = re.compile(r"^(?P<heading>[^。：:，,；;！？!?]{2,30}?)(?:。|[：:])\s*(?=\S)")
_SHORT_HEADING_LIMIT = 16
# A unit's duty opens with these, a heading never: (一)参与编制…应急预案。按照…
_DUTY_OPENING = re.compile(r"负责|参与|配合|协助")
# A stage of the work and its period, the text run on after it: 第二阶段(2021年5月10日起)公安局交警大队开展…
_PHASE_HEADING = re.compile(
    r"^(?P<heading>[^。：:，,；;]{0,8}阶段[（(][^（()）]{2,30}[)）])(?=[^\s。，,；;：:])"
)
# A short heading set apart by a space only, its text run on after it: 2. 施工监督 在电梯安装的实际施工阶段,…
# (not a unit before its share: 市场监管局 负责…)
_SPACED_HEADING = re.compile(r"^(?P<heading>[\u4e00-\u9fff]{2,8})[ \u3000]+(?=[\u4e00-\u9fff][^。]{9})")
# A short heading run straight on into who leads the work: (二)举办科普巡回展由县科委、县环保局牵头,…
_LED_HEADING = re.compile(r"^(?P<heading>[^。：:，,；;！？!?（(由]{4,16})(?=由[^。：:，,；;]{2,30}?牵头)")
# Two phrases, the aim and the way: 宣传动员,提升卫生健康意识。 / 科学合理制定政府立法工作计划,提高立法透明度。
_PAIRED_HEADING = re.compile(
    r"^(?P<heading>[^。：:，,；;！？!?\d]{2,16}[，,][^。：:，,；;！？!?\d]{2,20})。\s*(?=\S)"
)


class Numbered(NamedTuple):
    """A line that starts with an outline label. A named tuple: made twice as fast as a frozen dataclass, for
    every numbered line and table row."""

    rank: int
    label: str  # as written, e.g. （一）
    number: str  # as a task number: （一）, 1, 一, 第三条
    body: str  # the text after the label

    @property
    def article(self) -> bool:
        """Whether the line is a regulation's article (第三条), which binds rather than assigns a task."""
        return self.label.startswith("第")


@lru_cache(maxsize=4096)  # each line is asked several times: by the outline, the tables and the checks
def read_label(text: str) -> Numbered | None:
    """The outline label a line starts with, if any."""
    match = _LABEL.match(text)
    if match is None or match.lastgroup is None:
        return None
    label = match.group(match.lastgroup)
    number = label.rstrip("、．.﹒ \u3000") if match.lastgroup in ("num", "cn") else label
    if match.lastgroup == "figure":  # 图①: numbers the item ①
        label = match.group(0).strip()
    return Numbered(RANKS[match.lastgroup], label, number, text[match.end() :].strip())


def attachment_title(text: str) -> str | None:
    """For a line like 附件：重点任务清单 or 附件2, the title after the label ("" when none); None otherwise."""
    match = _ATTACHMENT.match(text)
    if match is None or len(match.group("title")) > 40:
        return None
    return match.group("title")


@lru_cache(maxsize=1024)  # the outline and every task below a heading ask for it
def split_heading(body: str) -> tuple[str | None, str]:
    """Separate an inline heading ("推行绿色设计。健全…") from the text that follows it.

    A heading is a short first sentence without commas followed by more text; a colon ends a heading only when the
    heading is short; a stage of the work with its period in brackets may run straight on into its text. When
    nothing follows, there is no heading: the line is its own text.
    """
    match = (
        _HEADING.match(body)
        or _PAIRED_HEADING.match(body)
        or _PHASE_HEADING.match(body)
        or _SPACED_HEADING.match(body)
        or _LED_HEADING.match(body)
    )
    if match is None or (match.re is _SPACED_HEADING and looks_like_department(match["heading"])):
        return None, body
    if _DUTY_OPENING.match(match["heading"]):
        return None, body
    heading = match.group("heading")
    delimiter = body[match.end("heading")]
    if delimiter in "：:" and len(heading) > _SHORT_HEADING_LIMIT:
        return None, body
    return heading, body[match.end() :]


def is_heading_only(body: str) -> bool:
    """A numbered line that is only a title: short, one clause or a pair of short ones (高度重视,加强领导), no
    sentence after it."""
    stripped = body.rstrip("。.：: ")
    return 0 < len(stripped) <= 30 and (
        not any(mark in stripped for mark in "。，,；;") or _PAIRED_TITLE.fullmatch(stripped) is not None
    )


# 高度重视,加强领导 / 明确职责，落实责任: two short clauses of a title, neither a sentence nor a unit's share
_PAIRED_TITLE = re.compile(
    r"(?!.*(?:负责|牵头|配合))[^。：:，,；;！？!?\d]{2,8}[，,][^。：:，,；;！？!?\d]{2,8}"
)
