"""Documents in traditional characters, or glossed with pinyin, are read through their simplified form without the
glosses, and given back as written."""

from __future__ import annotations

from greenpolicy.core import parse_text
from greenpolicy.core.model import Role

TRADITIONAL = (
    "省人民政府關於進一步優化營商環境的若干意見\n鄂政發〔2018〕26號\n"
    "各市、州、縣人民政府，省政府各部門：\n"
    "（一）全面實施市場準入負面清單制度。除法律法規明令禁止的領域外一律平等進入。"
    "（牽頭單位：省發展改革委；責任單位：省編辦、省住建廳）\n"
    "（二）深化商事制度改革。2019年6月底前實現企業開辦時間壓縮至3個工作日。（省市場監管局負責）\n"
)


def test_a_traditional_document_gives_its_tasks_as_written() -> None:
    ledger = parse_text(TRADITIONAL)
    assert ledger.title == "省人民政府關於進一步優化營商環境的若干意見"
    assert ledger.doc_number == "鄂政發〔2018〕26號"
    first, second = ledger.tasks
    assert first.text == "除法律法規明令禁止的領域外一律平等進入。"
    assert [(d.name, d.role) for d in first.departments] == [
        ("省發展改革委", Role.LEAD),
        ("省編辦", Role.CO),
        ("省住建廳", Role.CO),
    ]
    assert (second.deadline.text, second.deadline.due.isoformat() if second.deadline.due else None) == (
        "2019年6月底前",
        "2019-06-30",
    )
    assert [d.name for d in second.departments] == ["省市場監管局"]


def test_a_simplified_document_with_a_few_traditional_only_characters_stays_as_written() -> None:
    text = "（一）显著提升能源利用效率。著力推进节能改造，著眼长远。（市发展改革委、市经济信息委负责）\n"
    (task,) = parse_text(text).tasks
    assert task.text == "著力推进节能改造，著眼长远。"
    assert [d.name for d in task.departments] == ["市发展改革委", "市经济信息委"]


def test_a_character_written_two_ways_is_given_back_as_each_place_writes_it() -> None:
    ledger = parse_text(
        "黑龍江省促進經濟穩增長的若干措施\n"
        "1.加快國省幹道和農村公路建設。新改擴建國省幹道5478公里，開展幹線公路養護。（省交通運輸廳負責）\n"
    )
    assert ledger.title == "黑龍江省促進經濟穩增長的若干措施"
    assert ledger.tasks[0].text == "新改擴建國省幹道5478公里，開展幹線公路養護。"


def test_pinyin_glosses_are_read_past_and_kept_as_written() -> None:
    ledger = parse_text(
        "湘政發(fā)〔2024〕15號\n湖南省人民政府\n關(guān)于印發(fā)新型城鎮(zhèn)化實施方案的通知\n"
        "(一)建立經(jīng)濟發(fā)展與擴大就業(yè)聯(lián)動機制。將城鎮(zhèn)新增就業(yè)納入考核。"
        "(牽頭單位:省發(fā)展改革委;配合單位:省統(tǒng)計局)\n"
    )
    assert ledger.doc_number == "湘政發(fā)〔2024〕15號"
    (task,) = ledger.tasks
    assert task.text == "將城鎮(zhèn)新增就業(yè)納入考核。"
    assert [(d.name, d.role) for d in task.departments] == [
        ("省發(fā)展改革委", Role.LEAD),
        ("省統(tǒng)計局", Role.CO),
    ]


def test_pinyin_glosses_in_a_simplified_document() -> None:
    ledger = parse_text(
        "关(guān)于印发(fā)2016年政务公开(kāi)工作(zuò)要点的通知\n"
        "1.推进(jìn)决策公开(kāi)。(市发(fā)展改革委负责)\n"
    )
    assert ledger.title == "2016年政务公开(kāi)工作(zuò)要点"
    (task,) = ledger.tasks
    assert task.text == "推进(jìn)决策公开(kāi)。"
    assert [d.name for d in task.departments] == ["市发(fā)展改革委"]


def test_a_name_whose_last_character_is_glossed_keeps_its_gloss() -> None:
    ledger = parse_text(
        "縣長王錦山要求,各單位要高質(zhì)量做好準備。"
        "縣文旅局負責(zé)進一步提升服務(wù)質(zhì)量;"
        "新集鎮(zhèn)負責(zé)督促鳳凰山景區(qū)完成商店設(shè)置;"
        "縣交運局、沿途鄉(xiāng)鎮(zhèn)要進一步做好沿線環(huán)境衛(wèi)生整治。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [
        ["各單位"],  # what the leader asked of every unit, before the units' shares
        ["縣文旅局"],
        ["新集鎮(zhèn)"],
        ["縣交運局", "沿途鄉(xiāng)鎮(zhèn)"],
    ]


def test_a_glossed_page_cut_inside_a_gloss_keeps_the_names_before_it() -> None:
    ledger = parse_text(
        "(一)推進互聯(lián)網(wǎng)領域侵權假冒治理。加強網(wǎng)絡市場監(jiān)管。(公安部、商務部按職責分工分別負責)"
        "打擊網(wǎng)絡侵權盜版。(中央宣傳部、工業(yè)和信息化部、市場監(jiān)管總局、知識產("
    )
    rows = [([d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [
        (["公安部", "商務部"], False),
        (["中央宣傳部", "工業(yè)和信息化部", "市場監(jiān)管總局"], True),
    ]


def test_glosses_without_tone_marks_a_space_after_each_are_read_past() -> None:
    ledger = parse_text(
        "中國紅十字會(hui) 總會(hui) 召開視頻會(hui) 議,指導各省份加強應對處置工作。\n"
        "會(hui) 議要求,相關(guan) 省份各級紅十字會(hui) 要充分認識做好災害應對處置工作的重要意義(yi) 。"
        "省級紅十字會(hui) 要加強工作調度,準確掌握並及時上報受災情況。\n"
    )
    assert [(t.text, [d.name for d in t.departments]) for t in ledger.tasks] == [
        (
            "相關(guan) 省份各級紅十字會(hui) 要充分認識做好災害應對處置工作的重要意義(yi) 。",
            ["相關(guan) 省份各級紅十字會(hui)"],
        ),
        ("省級紅十字會(hui) 要加強工作調度,準確掌握並及時上報受災情況。", ["省級紅十字會(hui)"]),
    ]


def test_a_copys_doubled_punctuation_is_read_past_and_kept_as_written() -> None:
    ledger = parse_text(
        "4月23日,,恩平市召开全市侨情调查推进工作会议,,部署侨情调查的具体工作任务,。\n"
        "会议要求,,各镇(街),、各有关部门要提高思想认识,,重视调查工作;恩平市外侨局、侨联,、各镇(街)侨联会要建立联动机制,,"
        "及时反馈调查中遇到的问题。\n"
    )
    rows = [(t.text[:12], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各镇(街),、各有关部门", ["各镇(街)", "各有关部门"]),
        ("恩平市外侨局、侨联,、各", ["恩平市外侨局", "侨联", "各镇(街)侨联会"]),
    ]


def test_a_task_the_page_stops_in_inside_a_gloss_keeps_the_gloss_as_written() -> None:
    ledger = parse_text(
        "三、職責(zé)分工\n"
        "(三)縣農(nóng)電局:配合縣廣站做好桿路借用工作。\n"
        "(四)縣財(cái)政局:在資金上予以適當(dāng)支持。\n"
        "(五)縣規(gu"
    )
    assert [(t.text, t.incomplete) for t in ledger.tasks][-1] == ("縣規(gu", True)
