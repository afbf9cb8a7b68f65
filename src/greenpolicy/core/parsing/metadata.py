"""Document metadata: title, 发文字号, issuing bodies, 成文日期, 主送 and the documents it implements."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from greenpolicy.core.departments import looks_like_department
from greenpolicy.core.model import Citation
from greenpolicy.core.parsing.brackets import split_top_level
from greenpolicy.core.parsing.columns import column_of
from greenpolicy.core.parsing.numbering import read_label

_HEAD_LINES = 40
DOC_NUMBER = re.compile(
    r"(?P<prefix>[\u4e00-\u9fffA-Za-z]{1,16}?)\s*[〔\[［【(（]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]］】)）]"
    r"\s*(?:第\s*)?(?P<serial>\d{1,5})\s*号"
)
# The bracketed year alone: found in one pass, it tells DOC_NUMBER where to start (its lazy prefix is slow to scan).
_BRACKETED_YEAR = re.compile(r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]")
_PREFIX_REACH = 40
_CN_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_CN_DATE = re.compile(
    r"(?P<y>[〇○零O一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,3})月(?P<d>[一二三四五六七八九十]{1,3})日"
)
_DATE_LINE = re.compile(rf"^[\s（(]*(?:{_DATE.pattern}|{_CN_DATE.pattern.replace('(?P<', '(?P<c')})[\s）)]*$")
# A labelled field (发文机关：X, 【制定机关】X); a value never starts or runs across a table's pipe.
_FIELD = re.compile(
    r"【?(?P<key>发文机关|发文单位|制定机关|发布机构|信息来源|来源|发文字号|文号|成文日期|发文日期|生成日期|标\s{0,4}题"
    r"|名\s{0,4}称)"
    r"(?:】|\s*[:：]|\s+(?=\d{4}))"  # 成文日期 2021-04-20: a date may follow after spaces alone
    r"\s*(?:[|｜]\s*)?(?![^\s|｜]{2,6}\s*[:：])"  # 发布机构: | 生成日期: | …: an empty field before the next
    r"(?P<value>[^\s|｜][^\t|｜]*?)(?=\s{2,}|\t|\s*[|｜]|\s+\S{2,6}\s*[:：]|$"
    r"|阅读|浏览|点击|编辑|作者|字号|字体|发布时间|发布日期)"  # the next chrome field, written on without a space
)
# Keys that name the same field.
_FIELD_KEYS = {"发文单位": "发文机关", "制定机关": "发文机关", "名称": "标题", "发文日期": "成文日期"}
_NUMBER_FIELD = re.compile(
    r"(?:^|[\s|｜]|(?=文\s+号\s*[:：]))(?P<key>发\s*文\s*字\s*号|发文序号|发布文号|文件编号|文\s{0,4}号)"
    # 文 号: | 六盘水府办发〔2022〕10号 |, and a serial set apart from its 号: 京兴政办发〔2023〕1 号
    r"\s*[:：]?\s*[|｜]?\s*(?P<value>[^\s|｜]+(?:\s+\d{1,5})?(?:\s*号)?)"
)
# Page chrome. Every word starts with a fixed character, which lets the search skip ahead fast; a "^" among them
# would not, so the 时间： field at the start of a line is matched apart.
_CHROME = re.compile(
    r"继续访问|当前位置|您现在的位置|您的位置|首\s*页|>>|》》|浏览次数|发布时间|【字体|打印|关闭|分享到|索引号|主题分类"
)
_TIME_FIELD = re.compile(r"时间\s*[:：]")
_TITLE_WORDS = re.compile(
    r"关于|意见|通知|方案|办法|规定|决定|要点|清单|计划|规划|细则|分解|纲要|措施|条例|报告|函|批复|公告|安排|任务"
    r"|情况表|完成情况|进展情况|推进情况|执行情况|落实情况|进度表|汇总表|一览表|台账|规则|指南|预案|制度|通告|规程|纪要"
)
_PUBLISHED = re.compile(
    r"印\s*发\s*《(?P<title>[^》]{4,120})》\s*的\s*通\s*知|关于印发\s*(?P<bare>(?![\s《])[^\n]{4,120}?)的通知"
)
_FORWARDED = re.compile(
    r"《(?P<title>[^《》]{4,120})》(?:\s*[、和及]?\s*《[^《》]{4,120}》)*"  # of several forwarded together, the first
    r"\s*(?:[（(]以下简称\s*《[^》]{1,20}》\s*[)）])?[^。；;《]{0,40}?印发(?:给?你|给各|[，,。])"
)
_ISSUER_IN_TITLE = re.compile(
    r"^(?P<issuer>国务院|[\u4e00-\u9fff]{2,30}?(?:办公厅|办公室|人民政府|政府|委员会|部|局|厅|委))(?:关于|印发)"
)
_CITATION = re.compile(
    r"《(?P<title>[^》]{4,120})》\s*(?:[（(](?P<number>[^（）()]{0,40}?〔\s*\d{4}\s*〕\s*\d{1,5}\s*号)[）)])?"
)
_IMPLEMENTS_CONTEXT = re.compile(r"根据|按照|依据|贯彻落实|为落实|为贯彻|落实")
_RECIPIENTS = re.compile(
    r"^(?P<list>各.{1,300}?|.{1,300}?(?:政府|部门|单位|机构|委|局|办|厅|院|会|公司|处|室))\s*[:：]\s*$"
)
# The kinds of document a title ends on, where a page runs its title into the body
_DOCUMENT_KIND = r"(?:通知|方案|意见|意見|办法|辦法|规定|規定|计划|計劃|要点|要點)"
_TRAILING_NOISE = re.compile(r"\s*(?:文件|（印章）|\(印章\))\s*$")


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a document says about itself."""

    title: str | None
    doc_number: str | None
    issuers: tuple[str, ...]
    date: date | None
    recipients: tuple[str, ...]
    implements: tuple[Citation, ...]


def normalize_doc_number(text: str) -> str:
    """A 发文字号 with the standard 〔〕 brackets and no spaces, whatever brackets it was written with."""
    match = search_doc_number(text)
    if match is None:
        return text
    return f"{match.group('prefix')}〔{match.group('year')}〕{int(match.group('serial'))}号"


def read_metadata(lines: Sequence[str], *, running_head: str | None = None) -> Metadata:
    """Read the metadata from the document's lines (stripped, blank ones dropped). A journal's running head over a
    reprinted document (健康中国行动推进委员会办公室:健康中国行动2023年工作要点) gives its issuer and title where the
    lines do not."""
    fields = _fields(lines[:_HEAD_LINES])
    head = [line for line in lines[:_HEAD_LINES] if not _is_chrome(line)]
    doc_number = _doc_number(head, fields)
    title, heading = _title(head, fields)
    date_index, found_date = _document_date(lines, fields)
    issuers = _issuers(lines, date_index, fields, heading)
    if running_head is not None and heading is None:  # no title, or a headline's only
        issuer, _, reprinted = running_head.rpartition(":" if ":" in running_head else "：")
        title = reprinted.strip() or None
        if not issuers and looks_like_department(issuer.strip()):
            issuers = (issuer.strip(),)
    return Metadata(title, doc_number, issuers, found_date, _recipients(head), _implements(lines, title))


def parse_date(text: str) -> date | None:
    """A date written 2020年12月10日 or 二〇二〇年十二月十日 (or 2020-12-10 in a web page's field)."""
    match = _DATE.search(text)
    if match:
        return _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    match = _CN_DATE.search(text)
    if match:
        year = int("".join(str(_CN_DIGITS[char]) for char in match["y"]))
        month, day = _cn_number(match["m"]), _cn_number(match["d"])
        return _safe_date(year, month, day) if month and day else None
    iso = re.search(r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})", text)
    return _safe_date(int(iso[1]), int(iso[2]), int(iso[3])) if iso else None


def _cn_number(text: str) -> int | None:
    """A month or day in Chinese numerals: 十, 十二, 二十, 二十六, or digit by digit, 二六; None if it is none."""
    if "十" not in text:
        digits = [_CN_DIGITS.get(char) for char in text]
        return None if None in digits else int("".join(map(str, digits)))
    tens, _, units = text.partition("十")
    ten = _CN_DIGITS.get(tens) if tens else 1
    unit = _CN_DIGITS.get(units) if units else 0
    return None if ten is None or unit is None else ten * 10 + unit


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _is_chrome(line: str) -> bool:
    return _CHROME.search(line) is not None or _TIME_FIELD.match(line) is not None


def _fields(lines: Sequence[str]) -> dict[str, str]:
    """Labelled fields of a government web page's information header (发文机关：…, 成文日期：…)."""
    found: dict[str, str] = {}
    for line in lines:
        if ":" in line or "：" in line or "】" in line or "日期" in line:
            for match in _FIELD.finditer(line):
                key = "".join(match["key"].split())
                found.setdefault(_FIELD_KEYS.get(key, key), _unbracketed_value(match["value"]))
        if "号" in line:  # a header laid out as a table: 文    号 蔡政办〔2023〕1号, | 发文字号 | 无文号 |
            for match in _NUMBER_FIELD.finditer(line):
                found.setdefault("".join(match["key"].split()), match["value"])
        if "|" in line or "｜" in line:  # 发布单位 | 区政府 | 发文日期 | 2022-07-14 |
            cells = [cell.strip() for cell in re.split(r"[|｜]", line)]
            for key, value in pairwise(cells):
                key = key.rstrip(":：")
                if key in _TABLE_FIELDS and value and not value.endswith((":", "：")):  # not the next key
                    found.setdefault(_TABLE_FIELDS[key], value)
    return found


def _unbracketed_value(value: str) -> str:
    """A field's value without the bracket that closes the field around it: (来源:亳州市人大常委会)."""
    value = value.strip()
    opened = value.count("(") + value.count("（")
    if value.endswith((")", "）")) and value.count(")") + value.count("）") > opened:
        return value[:-1].rstrip()
    return value


# Keys of an information header flattened with pipes, and the field each one gives.
_TABLE_FIELDS = {
    "发文机关": "发文机关", "发文单位": "发文机关", "发布机构": "发布机构", "发布单位": "发布机构", "成文日期": "成文日期",
    "发文日期": "成文日期", "生成日期": "生成日期", "标题": "标题", "名称": "标题",
}  # fmt: skip


def search_doc_number(text: str) -> re.Match[str] | None:
    """The first document number in `text`, as DOC_NUMBER.search would find it."""
    if "号" not in text:  # found far faster than the bracketed year, and every number ends with it
        return None
    year = _BRACKETED_YEAR.search(text)
    return DOC_NUMBER.search(text, max(0, year.start() - _PREFIX_REACH)) if year else None


def _doc_number(head: Sequence[str], fields: dict[str, str]) -> str | None:
    for key in ("发文字号", "发文序号", "发布文号", "文件编号", "文号"):
        if key in fields and search_doc_number(fields[key]):
            return normalize_doc_number(fields[key])
    candidates = [(line, search_doc_number(line)) for line in head]
    # A line that is only the number is the document's own, as is one that a heading line starts with or ends with
    # in brackets (…的通知（岳办发〔2017〕2号）); a number inside a sentence is a citation.
    for line, match in candidates:
        if match and len(line) - len(match.group(0)) <= 4:
            return normalize_doc_number(match.group(0))
    for line, match in candidates:
        if (
            match
            and (match.start() == 0 or _BRACKETED_AT_END.search(line[match.end() :]))
            and _is_heading(line)
        ):
            return normalize_doc_number(match.group(0))
    for line, match in candidates:
        # 河南省人民政府 关于…的通知 豫政〔2023〕5号 现将…: a page run together, the number right after the title
        if (
            match
            and _TITLE_END_BEFORE.search(line, 0, match.start())
            and line[match.end() : match.end() + 1].isspace()
        ):
            return normalize_doc_number(match.group(0))
    return None


_TITLE_END_BEFORE = re.compile(rf"{_DOCUMENT_KIND}\s+$")


_BRACKETED_AT_END = re.compile(r"^\s*[)）]\s*$")


def _is_heading(line: str) -> bool:
    return _TITLE_WORDS.search(line) is not None and "。" not in line and len(line) <= 120


def _title(head: Sequence[str], fields: dict[str, str]) -> tuple[str | None, str | None]:
    """The document's title, and the heading it was read from: a publishing notice's heading may name the issuer
    (重庆市江津区人民政府关于印发…的通知)."""
    for index in range(len(head)):
        joined = "".join(head[index : index + 3])
        match = next(
            (found for found in _PUBLISHED.finditer(joined) if not _cited(joined, found.start())), None
        )
        if match:
            heading = _heading(head, index, match.end())
            if match["title"]:
                return _quoted_title(match["title"]), heading
            return re.sub(r"\s+", "", match["bare"]), heading
    if (
        "标题" in fields
    ):  # 文件标题: | 临工管发〔2015〕7号 临沧…关于设立临沧 工业园区…的通知 |: its number, its wraps
        title = _WRAPPED.sub("", _title_text(fields["标题"]))
        return title, title
    for line in head:  # the notice's body names what it forwards: 《关于…的若干政策》已经…同意，现印发给你们
        forwarded = _FORWARDED.search(line)
        if forwarded:
            notice = next((candidate for candidate in head if _is_title_line(candidate)), None)
            title = _quoted_title(forwarded["title"])
            return title, notice or title
    for index, written in enumerate(head):
        line = _title_text(written)
        if _is_title_line(line) and not _cut_short(line, head[index + 1 :]):
            title = line
            issuer = head[index - 1] if index > 0 else ""
            if line.startswith("关于") and looks_like_department(issuer) and not issuer.endswith("文件"):
                title = issuer + title  # 四川省人民政府办公厅 / 关于推进…的实施意见: one title on two lines
            elif (
                issuer.endswith(_JOINING_END)
                and len(issuer) <= _TITLE_PART
                and not _SENTENCE_MARK.search(issuer)
            ):
                title = issuer + title  # 2022年全国打击侵犯知识产权和 / 制售假冒伪劣商品工作要点
            for following in head[index + 1 : index + 4]:
                if not _continues_title(title, following):
                    break
                title += following
            title = _WRAPPED.sub("", _TRAILING_NOISE.sub("", title))
            return title, title
    return _headline(head), None


def _headline(head: Sequence[str]) -> str | None:
    """A news page's headline, where no line names a kind of document: the last short plain line before the first
    paragraph of prose (市住建局召开全市老旧小区改造项目推进会 / 来源:… / 为贯彻落实…,…). It names no issuer."""
    headline = None
    for line in head[:_HEADLINE_REACH]:
        if len(line) >= _PROSE and any(mark in line for mark in "，,。"):
            return headline
        text = _title_text(line).split("  ")[0]  # …第9次常务会议     张海文主持: who chaired it, set apart
        text = _POSTER_ID.sub("", text)  # …工作会 美友24252702: the id of who posted it, its line joined on
        if _reads_as_headline(text):
            headline = text
    return None


def _reads_as_headline(text: str) -> bool:
    words = text.split()
    return (
        _HEADLINE_LENGTH[0] <= len(text) <= _HEADLINE_LENGTH[1]
        and len(_CJK.findall(text)) >= _HEADLINE_CJK * len(text)  # not 03-31 21:39, 投稿邮箱: …@163.com
        and not any(mark in text for mark in "。，,；;!！?？|｜_")
        and not text.startswith(("【", "•"))  # 【目标任务】: a section's label; • 荆门教育: a news column
        and _LATIN_WORD.search(text) is None  # 中国体育彩票APP下载: an advertisement
        and _LABEL_BEFORE_COLON.match(text) is None
        and _NEWS_FIELD.match(text) is None
        and _SITE_NAME.search(text) is None
        and search_doc_number(text) is None
        and _DATE.search(text) is None
        and read_label(text) is None
        and not looks_like_department(text)
        # 序号 涉及部门 职责分工: a table's header; 李伟 许梦源 谷京荣: names
        and not (len(words) > 1 and any(column_of(word) is not None for word in words))
        and not (len(words) > 1 and all(len(word) <= _PERSONAL_NAME for word in words))
    )


_HEADLINE_REACH = 8
_POSTER_ID = re.compile(r"\s+[^\s\d]{0,8}\d{6,}$")
_HEADLINE_LENGTH = (6, 40)
_PROSE = 30
# The fields a news page writes under its headline: 来源:…, 本文来源: …, 作者:未知, 发布日期:…
_NEWS_FIELD = re.compile(
    r"(?:本文|文章|信息|稿件)?(?:来源|作者|(?:责任)?编辑|发布|发表|通讯员|记者|字号|浏览|点击|阅读|日期|时间|微信)"
)
_HEADLINE_CJK = 0.6
_CJK = re.compile(r"[\u4e00-\u9fff]")
# 牵头单位:市监察局, 责任部门:…: a label, not a headline's place before its colon (博白:多部门协作…)
_LABEL_BEFORE_COLON = re.compile(r"^[^:：]*(?:单位|部门|领导|责任|任务|目标)\s*[:：]|.*[:：]$")
_SITE_NAME = re.compile(r"(?:网站|网)$")
_PERSONAL_NAME = 3
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


_JOINING_END = ("和", "及", "与", "暨", "的")  # a title's first line ends on a word that joins it to the next
_TITLE_PART = 40
_SENTENCE_MARK = re.compile(r"[。，,；;：:]")


# What a web page writes around a title line: a breadcrumb before it (600字范文 > …), the document number before
# it, an attachment label, the file's name with its size (….doc格式:doc 大小:21KB), the site's name after it
# (…意见-湖南省人民政府门户网站), a date or time stamp or a page number after it.
_BREADCRUMB = re.compile(r"^.*[>＞]\s*")
# …, or a news column's name (时政|国务院办公厅关于…)
_PAGE_LABEL = re.compile(
    r"^(?:政策解读|图解|解读|原文|正文)\s*[:：]\s*|^【[^】]{2,20}】(?=\S{6})|^[\u4e00-\u9fff]{2,4}\s*[|｜]\s*(?=\S{6})"
)
_LEADING_ATTACHMENT = re.compile(r"^附件\s*[:：]?\s*(?:\d{1,2}\s*[.．、:：]?)?\s*")
_FILE_NAME_END = re.compile(r"\.(?:docx?|wps|pdf|xlsx?)(?![A-Za-z]).*$", re.IGNORECASE)
_SITE_NAME_END = re.compile(r"\s*[-—_|｜]+\s*[^-—_|｜]{2,30}?(?:门户网站|政府网|网站|网)$")
# …and a sharing site's name before it, and its word for a sample text after it (美章网 资料文库 …工作意见范文)
_SITE_NAME_START = re.compile(r"^\S{2,10}网\s+(?:\S{0,6}文库\s+)?(?=\S{6})")
_SAMPLE_TEXT_END = re.compile(r"(?<=[\u4e00-\u9fff])范文(?:大全)?$")
_TIME_STAMP_END = re.compile(
    r"\s+(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
    r"|_第\d+页.*$"  # a document-sharing site's page: …反馈意见_第1页
)


def _title_text(line: str) -> str:
    """A candidate title line without what a web page writes around it."""
    if ">" in line or "＞" in line:
        line = _BREADCRUMB.sub("", line)
    if line.startswith("附件"):
        line = _LEADING_ATTACHMENT.sub("", line)
    line = _PAGE_LABEL.sub("", line)
    number = search_doc_number(line)
    if number is not None and number.start() == 0 and line[number.end() :].strip():
        line = line[number.end() :].strip()
    elif number is not None and _BRACKETED_AT_END.match(line[number.end() :]) and number.start() > 1:
        line = line[: number.start() - 1].rstrip()  # …重点工作任务(华政发〔2021〕2号)
    line = _FILE_NAME_END.sub("", line) if "." in line else line
    line = _TIME_STAMP_END.sub("", _SITE_NAME_END.sub("", line)).strip()
    if "网" in line or "范文" in line:
        line = _SAMPLE_TEXT_END.sub("", _SITE_NAME_START.sub("", line))
    if line.startswith("《") and line.endswith("》") and line.count("《") == 1:
        line = line[1:-1]  # 鲁政发〔2014〕20号《山东省人民政府关于…的实施意见》, a page's window title
    if "序" in line and (header := _HEADER_AFTER.search(line, _MIN_TITLE)) is not None:
        line = line[: header.start()]  # …一季度完成情况序号重点工作牵头责任单位…: the table's header run on
    if "印" in line or "发" in line or "發" in line:
        # 临汾市政府印发临汾市水污染防治2018年行动计划: a news headline
        line = _NEWS_PUBLISHED.sub("", line, count=1)
    # 推进X县电动自行车治理工作的通知为进一步推进…: a page that lost its line breaks
    if len(line) > _TITLE_RUN_ON_FROM and (run_on := _TITLE_RUN_ON.match(line)) is not None:
        line = run_on["title"]
    return line


_HEADER_AFTER = re.compile(r"序[号號](?=[^，,。]{0,4}(?:重[点點]|工作|任[务務]|事项|項目|项目))")
_MIN_TITLE = 6
# Who published it, then the title of what was published, ending on the word of a kind of document.
_NEWS_PUBLISHED = re.compile(
    r"^[\u4e00-\u9fff]{2,20}?(?:印发|印發|发布|發布)(?!的|了)"
    r"(?=\S{6,}(?:方案|计划|計劃|要点|要點|意见|意見|办法|辦法|规定|規定|细则|細則|清单|清單|纲要|綱要|措施)$)"
)


# A title the body runs on from, its purpose or basis first, or its number: …的通知为进一步… / …实施方案根据… /
# …责任单位的通知 豫政〔2023〕5号 现将…
_TITLE_RUN_ON = re.compile(
    rf"(?P<title>[^，,。；;：:]{{4,60}}?{_DOCUMENT_KIND})"
    r"(?=\s*(?:为|為|根据|根據|按照|现将|現將|[\u4e00-\u9fff]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}\s*[号號]))"
)
_TITLE_RUN_ON_FROM = 60


def _cut_short(line: str, following: Sequence[str]) -> bool:
    """A title a page cut short (its window title) where a later line gives it whole."""
    return any(len(other) > len(line) and other.startswith(line) and len(_title_text(other)) > len(line)
               for other in following)  # fmt: skip


# A space a line wrap left between Chinese words or before a number (分解落实 2022年…).
_WRAPPED = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff\d])|(?<=\d)\s+(?=[\u4e00-\u9fff])")


def _heading(head: Sequence[str], index: int, end: int) -> str:
    """The lines of a publishing notice's heading, one a line, with the issuers' lines above it: the lines from
    `index` that hold the first `end` characters of their joined text."""
    stop = index
    length = 0
    while stop < len(head) and length < end:
        length += len(head[stop])
        stop += 1
    start = index
    while start > 0 and looks_like_department(head[start - 1]):
        start -= 1
    return "\n".join(head[start:stop])


def _quoted_title(quoted: str) -> str:
    """A title from inside 《》: once out of them, a title quoted inside it takes 《》 again (〈…〉 → 《…》)."""
    return re.sub(r"\s+", "", quoted).replace("〈", "《").replace("〉", "》")


def _cited(text: str, position: int) -> bool:
    """Whether `position` lies inside a 《…》 citation: 为落实《…关于印发<…>的通知》 names another document."""
    return text.count("《", 0, position) > text.count("》", 0, position)


def _is_title_line(line: str) -> bool:
    return (
        4 <= len(line) <= 60
        and _TITLE_WORDS.search(line) is not None
        and read_label(line) is None
        and not DOC_NUMBER.fullmatch(line)
        and not line.endswith(("：", ":", "；", ";", "|", "｜"))
        # sentences: 会议要求,…。区教育局要把《…实施意见》与, 如对该问题整改完成情况有异议,请在公示期间…
        and not any(mark in line for mark in "，,。")
        and not _names_a_column(line)  # 工作任务: a task table's header cell
    )


def _names_a_column(line: str) -> bool:
    if len(line) > _HEADER_CELL or column_of(line) is None:
        return False
    return len(line) < _SHORTEST_NAMED_TITLE or _DOCUMENT_KIND_END.search(line) is None


_SHORTEST_NAMED_TITLE = 5  # 某县整治方案 is a title; 工作报告, a page's section name, is not
# How a title ends.
_DOCUMENT_KIND_END = re.compile(
    r"(?:意见|通知|方案|办法|规定|决定|要点|清单|计划|规划|细则|纲要|措施|条例|报告|规则|指南|预案|制度|纪要|[^代]表|目录"
    r"|台账|\))$"
)


_HEADER_CELL = 6  # 工作任务, 责任单位: longer lines naming a column (…举措的实施意见) are a title's


def _continues_title(title: str, line: str) -> bool:
    """A title broken over lines: the first part does not yet end like a title, the next is short and plain."""
    return (
        len(line) <= 40
        and _DOCUMENT_KIND_END.search(title) is None
        and search_doc_number(line) is None
        and read_label(line) is None
        and not _names_a_column(line)  # 序号: a table's header starts under its title
        and ":" not in line
        and "：" not in line
        and not line.endswith(("。", "；", ";", "|", "｜"))
        and _DATE.search(line) is None
        and _CLOCK.search(line) is None
        and _ISO_DATE.search(line) is None
        and not looks_like_department(line)  # the issuer's line under the title
    )


_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_ISO_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def _document_date(lines: Sequence[str], fields: dict[str, str]) -> tuple[int | None, date | None]:
    """The first line that is only a date (the signature's 成文日期), else the page's 成文日期 or 生成日期 field."""
    for index, line in enumerate(lines):
        if _DATE_LINE.match(line):
            return index, parse_date(line)
    # 生成日期: the date an information-disclosure record gives the document, when it has no 成文日期
    for key in ("成文日期", "生成日期"):
        if key in fields:
            return None, parse_date(fields[key])
    return None, None


def _issuers(
    lines: Sequence[str], date_index: int | None, fields: dict[str, str], heading: str | None
) -> tuple[str, ...]:
    if date_index is not None:
        signature: list[str] = []
        for line in reversed(lines[max(0, date_index - _SIGNATURE_LINES) : date_index]):
            names = _names_on_a_line(_TRAILING_NOISE.sub("", line).strip())  # 生态环境部 发展改革委
            if not names:
                break
            signature[:0] = names
        if signature:
            return tuple(signature)
    named = _heading_issuers(heading) if heading else ()
    if named and not _PLACELESS.match(named[0]):  # the heading names the issuer in full: 泾县人民政府关于…
        return named
    header = next(filter(None, map(_red_header_issuers, lines[:_HEAD_LINES])), ())
    if header:
        return header
    given = [
        field
        for key in ("发文机关", "发布机构", "信息来源", "来源")
        if key in fields
        and (field := tuple(_full_government_name(name) for name in split_top_level(fields[key], "、，, ")))
        and not _PUBLISHER.search(field[0])
    ]
    # A field that names the place (来源：华容县政府) before one that does not (发布机构：县人民政府办公室).
    return next((field for field in given if not _PLACELESS.match(field[0])), given[0] if given else named)


_TITLE_LABEL = re.compile(r"^\s*标\s*题\s*[:：]?\s*[|｜]?\s*")
_SIGNATURE_LINES = 8  # joint documents sign with a line or two for each of up to a dozen issuers
_PLACELESS = re.compile(r"^[省市县区州]")  # 县人民政府: a page's short form, the place left out
# The site or paper that carried the text (来源:中国政府网 / 新华社 / 网络): a publisher, not the issuer
_PUBLISHER = re.compile(r"(?:网|网站|网络|日报|晚报|时报|新闻|新华社|客户端)$")


def _red_header_issuers(line: str) -> tuple[str, ...]:
    """The issuers a document's red header names (X领导小组 文件; 中共X县委 X县人民政府 文件), a name broken by a
    space read whole."""
    if not line.endswith("文件"):
        return ()
    names = line[: -len("文件")].split()
    if len(names) > 1 and all(looks_like_department(name) for name in names):
        return tuple(names)
    whole = "".join(names)
    return (whole,) if whole and looks_like_department(whole) else ()


def _names_on_a_line(line: str) -> list[str]:
    """The issuers one signature line holds, set apart by spaces (中共X县委办公室  X县人民政府办公室), or none."""
    names = line.split()
    if names and all(looks_like_department(name) and len(name) <= 30 for name in names):
        return names
    return []


def _heading_issuers(heading: str) -> tuple[str, ...]:
    """Issuers a heading names: lines of their own above it, or the title's start (苍南县人民政府印发…, joint
    issuers set apart by spaces before 关于)."""
    *above, last = heading.split("\n")
    named = [line for line in above if looks_like_department(line)]
    last = _TITLE_LABEL.sub("", last)  # 标 题: | 亳州市谯城区人民政府办公室关于印发…
    before = re.split(r"关于|印发", last, maxsplit=1)[0]
    if " " in before.strip() and (joint := _names_on_a_line(before)):
        return (*named, *joint)
    match = _ISSUER_IN_TITLE.match(last)
    return (*named, match["issuer"]) if match else tuple(named)


def _full_government_name(name: str) -> str:
    """丽水市政府 → 丽水市人民政府: the short form of a government used on web pages."""
    return re.sub(r"(?<=[市县区省州旗])政府$", "人民政府", name)


def _recipients(head: Sequence[str]) -> tuple[str, ...]:
    for line in head:
        if not line.rstrip().endswith((":", "：")):  # _RECIPIENTS ends with the colon; it is slow to fail
            continue
        match = _RECIPIENTS.match(line)
        if match and not _FIELD.search(line) and read_label(line) is None:
            return tuple(_recipient_names(match["list"]))
    return ()


def _recipient_names(text: str) -> list[str]:
    """Comma groups, split further at 、 unless a piece is a fragment (各省、自治区、直辖市人民政府 stays whole)."""
    names: list[str] = []
    for group in split_top_level(text, "，,；;"):
        pieces = split_top_level(group, "、")
        fragment = any(len(piece) <= 3 and not looks_like_department(piece) for piece in pieces)
        names.extend([group] if fragment else pieces)
    return names


def _implements(lines: Sequence[str], title: str | None) -> tuple[Citation, ...]:
    """Documents cited as the basis of this one (根据《…》（…号）), in order, without repeats."""
    found: dict[str, Citation] = {}
    for line in lines[:_HEAD_LINES]:
        if read_label(line) is not None:
            break  # the preamble ends where the outline starts
        for match in _CITATION.finditer(line):
            sentence = re.split(r"[。；]", line[: match.start()])[-1]
            cited = re.sub(r"\s+", "", match["title"])
            if cited == title or cited in found or _IMPLEMENTS_CONTEXT.search(sentence) is None:
                continue
            number = match["number"]
            found[cited] = Citation(cited, normalize_doc_number(number) if number else None)
    return tuple(found.values())
