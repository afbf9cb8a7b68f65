"""A deterministic corpus of generated policy documents, in the genre's shapes, for throughput figures.

Each document has a title, number, recipients and issuer block, a preamble, task areas whose measures close with a
responsibility parenthesis or carry their own 责任单位 line, and an attachment task table (tab- or pipe-separated)
with deadlines. Sizes run from a page to a long programme, as real documents do. The same seed gives the same bytes.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

DEPARTMENTS = (
    "市发展改革委", "市经济信息委", "市科技局", "市财政局", "市生态环境局", "市住房城乡建委", "市城市管理局",
    "市交通局", "市水利局", "市农业农村委", "市商务委", "市市场监管局", "市规划自然资源局", "市司法局",
    "市能源局", "市国资委", "重庆市税务局", "人行重庆营管部", "市教委", "市卫生健康委", "市文化旅游委",
    "市机关事务局", "市邮政管理局", "市供销合作社", "各区县（自治县）政府",
)  # fmt: skip
AREAS = (
    "推行绿色设计", "强化工业清洁生产", "发展工业循环经济", "加强工业污染治理", "促进能源清洁发展",
    "推进农业绿色发展", "促进服务业绿色发展", "扩大绿色产品消费", "推行绿色生活方式", "完善价格政策",
    "加强标准体系建设", "健全绿色金融", "推进节能降碳", "强化资源节约", "推动垃圾分类",
)  # fmt: skip
VERBS = ("健全", "完善", "落实", "推进", "加快", "建立", "深化", "出台", "制定", "强化", "推广", "支持")
OBJECTS = (
    "绿色设计政策机制", "清洁生产审核实施方案", "再生资源分类回收利用体系", "污染物排放标准",
    "可再生能源电力消纳保障机制", "农作物秸秆综合利用长效机制", "绿色金融政策和标准体系",
    "绿色产品认证与标识制度", "居民阶梯价格政策", "生活垃圾分类和资源化利用制度", "节水增效政策机制",
    "绿色供应链体系", "危险废物跨省市转移合作机制", "绿色建材推广机制", "绿色包装法规政策和标准体系",
)  # fmt: skip
DEADLINES = (
    "2021年", "2022年", "2021年6月底前", "2022年底前", "2021年上半年", "持续推进", "长期坚持",
    "视国家政策出台情况适时推进落实", "2021—2022年", "2023年第一季度",
)  # fmt: skip
NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class GeneratedDocument:
    name: str
    data: bytes


def generate(count: int, *, seed: int = 20201210) -> Iterator[GeneratedDocument]:
    """`count` documents, UTF-8 except every tenth in GBK, as real archives mix them."""
    rng = random.Random(seed)
    for index in range(count):
        text = _document(rng, index)
        encoding = "gbk" if index % 10 == 9 else "utf-8"
        yield GeneratedDocument(f"generated-{index:04d}.txt", text.encode(encoding))


def _document(rng: random.Random, index: int) -> str:
    year = rng.choice((2019, 2020, 2021, 2022, 2023))
    title = f"关于{rng.choice(VERBS)}{rng.choice(OBJECTS)}的实施意见"
    areas = rng.sample(AREAS, rng.randint(2, 9))
    lines = [
        "重庆市发展和改革委员会",
        f"印发《{title}》的通知",
        f"渝发改资环〔{year}〕{index + 100}号",
        "各区县（自治县）人民政府，市级有关部门和单位：",
        f"《{title}》已经市政府同意，现印发给你们，请认真贯彻落实。",
        "重庆市发展和改革委员会",
        f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        title,
        "为深入贯彻落实国家有关部署，结合我市实际，提出如下实施意见。",
        "一、主要任务",
    ]
    for number, area in enumerate(areas):
        lines.append(f"（{NUMERALS[number]}）{area}。{_measure(rng)}（{_units(rng)}等按职责分工负责）")
    lines += [
        "二、保障措施",
        "（一）加强组织领导。各部门要明确责任分工，按时报送工作进展。",
        "附件：重点任务清单",
    ]
    lines += _task_table(rng, areas)
    return "\n".join(lines) + "\n"


def _measure(rng: random.Random) -> str:
    return "".join(
        f"{rng.choice(VERBS)}{rng.choice(OBJECTS)}，提升工作水平。" for _ in range(rng.randint(2, 12))
    )


def _units(rng: random.Random) -> str:
    return "、".join(rng.sample(DEPARTMENTS, rng.randint(1, 6)))


def _task_table(rng: random.Random, areas: list[str]) -> list[str]:
    separator = rng.choice(("\t", "|"))
    lines = ["重点任务清单", separator.join(("序号", "重点任务", "完成时限", "责任单位"))]
    number = 0
    for area_number, area in enumerate(areas):
        lines.append(f"{NUMERALS[area_number]}、{area}")
        for _ in range(rng.randint(1, 8)):
            number += 1
            task = f"{rng.choice(VERBS)}{rng.choice(OBJECTS)}"
            lines.append(separator.join((str(number), task, rng.choice(DEADLINES), _units(rng))))
    return lines
