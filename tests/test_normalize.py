"""Tests of cell-level normalisation of the application form export."""

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jury_app.importing.normalize import (
    Link,
    Platform,
    canonical_links,
    cell_text,
    is_empty_marker,
    looks_like_formula,
    normalize_email,
    normalize_phone,
    organization_key,
    parse_subscribers,
    parse_timestamp,
)

VK, OK, TG, MAX, OTHER = (
    Platform.VK,
    Platform.OK,
    Platform.TELEGRAM,
    Platform.MAX,
    Platform.OTHER,
)

# Anything a spreadsheet reader may hand over for a cell.
cell_values = st.one_of(
    st.none(),
    st.text(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.datetimes(),
    st.dates(),
    st.times(),
    st.timedeltas(),
    st.decimals(),
)


# --- cell_text ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        ("", ""),
        ("  МБОУ СОШ № 1 \n", "МБОУ СОШ № 1"),
        ("1\xa0300", "1 300"),
        ("a\u202fb", "a b"),
        ("\ufeffзаголовок\u200b", "заголовок"),
        (True, "да"),
        (False, "нет"),
        (0, "0"),
        (79131234567, "79131234567"),
        (79131234567.0, "79131234567"),
        (1300.0, "1300"),
        (-0.0, "0"),
        (1e20, "100000000000000000000"),
        (1.5, "1.5"),
        (0.1, "0.1"),
        (dt.datetime(2025, 3, 1, 9, 5, 7), "01.03.2025 09:05:07"),
        (dt.date(2025, 3, 1), "01.03.2025"),
        (dt.time(9, 5, 7), "09:05:07"),
        (dt.timedelta(hours=1, minutes=2), "1:02:00"),
        (Decimal("12.50"), "12.50"),
    ],
)
def test_cell_text(value: object, expected: str) -> None:
    assert cell_text(value) == expected


@given(cell_values)
def test_cell_text_never_raises_and_is_stripped(value: object) -> None:
    text = cell_text(value)
    assert text == text.strip()


# --- is_empty_marker / looks_like_formula ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "-",
        "—",
        "–",
        "--",
        "---",
        "нет",
        "Нет",
        "НЕТ",
        "нет.",
        " Нет. ",
        "не имеется",
        "Отсутствует",
        "отсутствуют",
        "нет аккаунта",
        "Нет страницы",
        "нет группы",
        "нет сообщества",
        "не ведется",
        "Не ведётся.",
        "N/A",
        "na",
        "None",
        "null",
        "нет\xa0страницы",
    ],
)
def test_empty_markers(text: str) -> None:
    assert is_empty_marker(text)


@pytest.mark.parametrize(
    "text", ["0", "нет данных о подписчиках", "нетология", "vk.com/club1", "Школа", "-5", "n"]
)
def test_not_empty_markers(text: str) -> None:
    assert not is_empty_marker(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('=HYPERLINK("x")', True),
        ("  =1+1", True),
        ("+7 913 123 45 67", True),
        ("-5", True),
        ("@school12", True),
        ("-", False),
        ("--", False),
        ("—", False),
        ("", False),
        ("МБОУ СОШ", False),
        ("1+1", False),
    ],
)
def test_looks_like_formula(text: str, expected: bool) -> None:
    assert looks_like_formula(text) is expected


# --- canonical_links ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://vk.com/club123", [(VK, "https://vk.com/club123")]),
        ("http://vk.com/public456/", [(VK, "https://vk.com/public456")]),
        ("vk.com/id789", [(VK, "https://vk.com/id789")]),
        ("www.vk.com/school12_nvkz", [(VK, "https://vk.com/school12_nvkz")]),
        ("https://m.vk.com/club1?from=groups", [(VK, "https://vk.com/club1")]),
        ("m.vk.ru/club1#wall", [(VK, "https://vk.com/club1")]),
        ("https://vk.ru/club1", [(VK, "https://vk.com/club1")]),
        ("new.vk.com/club1", [(VK, "https://vk.com/club1")]),
        ("http://vkontakte.ru/club1", [(VK, "https://vk.com/club1")]),
        ("HTTPS://VK.COM/School12", [(VK, "https://vk.com/School12")]),
        ("vk.com/wall-123_45", [(VK, "https://vk.com/wall-123_45")]),
        ("https://vk.com/?w=wall-1_2", [(VK, "https://vk.com/?w=wall-1_2")]),
        ("https://ok.ru/group/57512345678901", [(OK, "https://ok.ru/group/57512345678901")]),
        ("ok.ru/group/57512345678901/topics", [(OK, "https://ok.ru/group/57512345678901")]),
        ("m.ok.ru/school12", [(OK, "https://ok.ru/school12")]),
        ("www.ok.ru/profile/5751234/", [(OK, "https://ok.ru/profile/5751234")]),
        ("odnoklassniki.ru/school12", [(OK, "https://ok.ru/school12")]),
        ("https://t.me/school12", [(TG, "https://t.me/school12")]),
        ("t.me/s/school12", [(TG, "https://t.me/school12")]),
        ("telegram.me/school12", [(TG, "https://t.me/school12")]),
        ("https://telegram.dog/school12/15", [(TG, "https://t.me/school12")]),
        ("www.t.me/school12", [(TG, "https://t.me/school12")]),
        ("tg://resolve?domain=school12", [(TG, "https://t.me/school12")]),
        ("https://t.me/+AbCdEf123", [(TG, "https://t.me/+AbCdEf123")]),
        ("t.me/joinchat/AbCdEf", [(TG, "https://t.me/joinchat/AbCdEf")]),
        ("@school12", [(TG, "https://t.me/school12")]),
        ("https://max.ru/school12", [(MAX, "https://max.ru/school12")]),
        ("web.max.ru/join/abc", [(MAX, "https://max.ru/join/abc")]),
        ("www.max.ru/u/xyz/", [(MAX, "https://max.ru/u/xyz")]),
        ("https://School12.RU/News/", [(OTHER, "https://school12.ru/News")]),
        ("http://school12.ru", [(OTHER, "http://school12.ru")]),
        ("school12.ru/about", [(OTHER, "https://school12.ru/about")]),
        ("www.школа12.рф", [(OTHER, "https://www.школа12.рф")]),
        ("https://dzen.ru/school?tab=articles", [(OTHER, "https://dzen.ru/school?tab=articles")]),
        ("«https://vk.com/club1».", [(VK, "https://vk.com/club1")]),
        ("<https://t.me/school12>,", [(TG, "https://t.me/school12")]),
        ("(vk.com/club1)", [(VK, "https://vk.com/club1")]),
        ("нет", []),
        ("-", []),
        ("", []),
    ],
)
def test_canonical_links_single(text: str, expected: list[tuple[Platform, str]]) -> None:
    assert canonical_links(text) == ([Link(p, u) for p, u in expected], [])


def test_canonical_links_several_separators_and_dedup() -> None:
    text = (
        "https://vk.com/club1, vk.com/club1/; t.me/school12\n"
        "ok.ru/school12 и https://max.ru/school12 https://vk.com/club1?w=x"
    )
    assert canonical_links(text) == (
        [
            Link(VK, "https://vk.com/club1"),
            Link(TG, "https://t.me/school12"),
            Link(OK, "https://ok.ru/school12"),
            Link(MAX, "https://max.ru/school12"),
        ],
        [],
    )


def test_canonical_links_glued_urls_are_split() -> None:
    links, unknown = canonical_links("https://vk.com/club1https://t.me/school12")
    assert links == [Link(VK, "https://vk.com/club1"), Link(TG, "https://t.me/school12")]
    assert unknown == []


def test_canonical_links_labels_are_not_unrecognised() -> None:
    text = "ВК: vk.com/club1; Телеграм - t.me/school12; MAX: нет"
    assert canonical_links(text) == (
        [Link(VK, "https://vk.com/club1"), Link(TG, "https://t.me/school12")],
        [],
    )


@pytest.mark.parametrize(
    ("hint", "expected"),
    [
        (None, "https://t.me/school12"),
        (TG, "https://t.me/school12"),
        (VK, "https://vk.com/school12"),
        (OK, "https://ok.ru/school12"),
        (MAX, "https://max.ru/school12"),
    ],
)
def test_handle_follows_hint(hint: Platform | None, expected: str) -> None:
    links, unknown = canonical_links("@school12", hint)
    assert [link.url for link in links] == [expected]
    assert unknown == []


@pytest.mark.parametrize(
    ("hint", "expected"),
    [
        (VK, [Link(VK, "https://vk.com/school12")]),
        (OK, [Link(OK, "https://ok.ru/school12")]),
        (TG, [Link(TG, "https://t.me/school12")]),
        (MAX, [Link(MAX, "https://max.ru/school12")]),
    ],
)
def test_bare_word_follows_hint(hint: Platform, expected: list[Link]) -> None:
    assert canonical_links("school12", hint) == (expected, [])


@pytest.mark.parametrize("hint", [None, OTHER])
def test_bare_word_without_platform_hint_is_unrecognised(hint: Platform | None) -> None:
    assert canonical_links("school12", hint) == ([], ["school12"])


def test_host_wins_over_hint() -> None:
    assert canonical_links("https://vk.com/club1", TG) == ([Link(VK, "https://vk.com/club1")], [])


@pytest.mark.parametrize(
    "text",
    [
        "vk.com",  # the site, not a page
        "https://t.me/",
        "страница школы",
        "т.е.",
        "report.docx",
        "ftp://school12.ru",
        "@ab",  # too short for a handle
        "@школа",  # handles are Latin
        "school@mail.ru",
        "12345",
    ],
)
def test_unrecognised_parts(text: str) -> None:
    links, unknown = canonical_links(text, VK if text == "12345" else None)
    assert links == []
    assert unknown


def test_unrecognised_part_keeps_original_text_next_to_links() -> None:
    assert canonical_links("vk.com/club1 школа№1") == (
        [Link(VK, "https://vk.com/club1")],
        ["школа№1"],
    )


@given(st.text(), st.sampled_from([None, *Platform]))
def test_canonical_links_never_raises(text: str, hint: Platform | None) -> None:
    links, unknown = canonical_links(text, hint)
    assert len(set(links)) == len(links)
    assert all(link.url.startswith(("https://", "http://")) for link in links)
    assert all(isinstance(part, str) for part in unknown)


# --- normalize_phone ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+7 (913) 123-45-67", "+79131234567"),
        ("8 913 123 45 67", "+79131234567"),
        ("89131234567", "+79131234567"),
        ("79131234567", "+79131234567"),
        ("9131234567", "+79131234567"),
        ("(3842) 58-12-34", "+73842581234"),
        ("8-3842-58-12-34", "+73842581234"),
        ("+7 3843 74-00-00", "+73843740000"),
        ("8 (3842) 58-12-34 доб. 123", "+73842581234"),
        ("8 (3842) 58-12-34, доб 12", "+73842581234"),
        ("тел.: 8 913 123-45-67", "+79131234567"),
        ("8 800 555-35-35", "+78005553535"),
        ("58-12-34, 8 913 123 45 67", "+79131234567"),
        ("8 913 123 45 67; 8 913 765 43 21", "+79131234567"),
        ("8 913 123 45 67 или 8 913 765 43 21", "+79131234567"),
        ("58-12-34 / 89137654321", "+79137654321"),
        ("нет\n+7 913 765 43 21", "+79137654321"),
    ],
)
def test_normalize_phone(text: str, expected: str) -> None:
    assert normalize_phone(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "-",
        "нет",
        "58-12-34",  # local number without an area code
        "+375 29 123 45 67",  # Belarus
        "+1 202 555 01 23",
        "8 913 123 45 678",  # too long
        "913 123 45 6",  # too short
        "1234567890",
        "телефон уточняется",
    ],
)
def test_normalize_phone_rejects(text: str) -> None:
    assert normalize_phone(text) is None


@given(st.text())
def test_normalize_phone_never_raises(text: str) -> None:
    phone = normalize_phone(text)
    assert phone is None or (phone.startswith("+7") and len(phone) == 12 and phone[1:].isdigit())


# --- parse_subscribers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1300", 1300),
        ("1 300", 1300),
        ("1\xa0300", 1300),
        ("около 500", 500),
        ("более 10000", 10000),
        ("~2000", 2000),
        ("1,3 тыс", 1300),
        ("1.3 тыс.", 1300),
        ("1,3 тыс. подписчиков", 1300),
        ("2,5к", 2500),
        ("2.5k", 2500),
        ("2,5 К", 2500),
        ("15 тыс", 15000),
        ("15 тысяч", 15000),
        ("1.2 млн", 1200000),
        ("1300.0", 1300),
        ("1 300 подписчиков", 1300),
        ("5000+", 5000),
        ("12 345", 12345),
        ("1 234 567", 1234567),
        ("1,300", 1300),
        ("1.300", 1300),
        ("0", 0),
        ("ВК 1200, ТГ 300", 1500),
        ("VK - 1200; Telegram - 300; MAX - 50", 1550),
        ("вконтакте 1,2 тыс, одноклассники 300", 1500),
        ("1200 и 300", 1200),  # unlabelled: only the first number
        ("ВК 1200, всего 1500", 1200),  # one number is unlabelled: no sum
        ("на 01.09.2025 — 1300", 1300),
        ("300 members", 300),
    ],
)
def test_parse_subscribers(text: str, expected: int) -> None:
    assert parse_subscribers(text) == expected


@pytest.mark.parametrize("text", ["", "-", "нет", "не знаю", "много", "-500", "−500"])
def test_parse_subscribers_none(text: str) -> None:
    assert parse_subscribers(text) is None


@given(st.text())
def test_parse_subscribers_never_raises(text: str) -> None:
    count = parse_subscribers(text)
    assert count is None or count >= 0


# --- parse_timestamp ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.datetime(2025, 3, 1, 9, 5, 7), dt.datetime(2025, 3, 1, 9, 5, 7)),
        (dt.datetime(2025, 3, 1, 9, 5, tzinfo=dt.UTC), dt.datetime(2025, 3, 1, 9, 5)),
        (dt.date(2025, 3, 1), dt.datetime(2025, 3, 1)),
        ("01.03.2025 09:05:07", dt.datetime(2025, 3, 1, 9, 5, 7)),
        ("01.03.2025 9:05:07", dt.datetime(2025, 3, 1, 9, 5, 7)),
        ("1.3.2025 9:05:07", dt.datetime(2025, 3, 1, 9, 5, 7)),
        ("01.03.2025 09:05", dt.datetime(2025, 3, 1, 9, 5)),
        ("01.03.2025", dt.datetime(2025, 3, 1)),
        ("01.03.25 09:05", dt.datetime(2025, 3, 1, 9, 5)),
        ("2025-03-01 09:05:07", dt.datetime(2025, 3, 1, 9, 5, 7)),
        ("2025-03-01T09:05:07", dt.datetime(2025, 3, 1, 9, 5, 7)),
        ("2025-03-01T09:05:07.250", dt.datetime(2025, 3, 1, 9, 5, 7, 250000)),
        ("2025-03-01T09:05:07Z", dt.datetime(2025, 3, 1, 9, 5, 7)),
        ("2025-03-01T09:05:07+07:00", dt.datetime(2025, 3, 1, 9, 5, 7)),
        ("2025-03-01T09:05:07.123456-0300", dt.datetime(2025, 3, 1, 9, 5, 7, 123456)),
        ("01/03/2025 09:05:07", dt.datetime(2025, 3, 1, 9, 5, 7)),
        ("  01.03.2025 09:05:07\xa0", dt.datetime(2025, 3, 1, 9, 5, 7)),
        (45717, dt.datetime(2025, 3, 1)),
        (45717.5, dt.datetime(2025, 3, 1, 12)),
        (45717.37855324074, dt.datetime(2025, 3, 1, 9, 5, 7)),
    ],
)
def test_parse_timestamp(value: object, expected: dt.datetime) -> None:
    assert parse_timestamp(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "вчера",
        "31.02.2025",
        "01.13.2025",
        "01.03.2025 25:00",
        "2025-02-30",
        19999,
        80001.0,
        float("nan"),
        True,
        [2025, 3, 1],
    ],
)
def test_parse_timestamp_none(value: object) -> None:
    assert parse_timestamp(value) is None


@given(cell_values)
def test_parse_timestamp_never_raises(value: object) -> None:
    result = parse_timestamp(value)
    assert result is None or result.tzinfo is None


@given(st.text())
def test_parse_timestamp_never_raises_on_text(text: str) -> None:
    parse_timestamp(text)


# --- normalize_email / organization_key --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("School12@Mail.RU", "school12@mail.ru"),
        ("  mailto:school12@mail.ru ", "school12@mail.ru"),
        ("MAILTO:<school12@mail.ru>", "school12@mail.ru"),
        ("<school12@mail.ru>", "school12@mail.ru"),
        ("e-mail: ivan.petrov@school12.рф;", "ivan.petrov@school12.рф"),
        ("нет, school12@mail.ru; other@mail.ru", "school12@mail.ru"),
        ("school12@mail", None),
        ("school12.mail.ru", None),
        ("a..b@mail.ru", None),
        (".a@mail.ru", None),
        ("", None),
        ("нет", None),
    ],
)
def test_normalize_email(text: str, expected: str | None) -> None:
    assert normalize_email(text) == expected


@given(st.text())
def test_normalize_email_never_raises(text: str) -> None:
    email = normalize_email(text)
    assert email is None or "@" in email


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("МБОУ «СОШ № 1»", "мбоу  «сош №\xa01»"),
        ("  Школа\n№ 1 ", "школа № 1"),
        ("ГАУЗ ККБ", "гауз ккб"),
    ],
)
def test_organization_key_same(a: str, b: str) -> None:
    assert organization_key(a) == organization_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("МБОУ «СОШ № 1»", "МБОУ СОШ № 1"),  # quotes are not normalised
        ("Школа №1", "Школа № 1"),
        ("Ёлочка", "Елочка"),
    ],
)
def test_organization_key_different(a: str, b: str) -> None:
    assert organization_key(a) != organization_key(b)


def test_organization_key_format() -> None:
    assert organization_key("  МБОУ   «СОШ № 1»\t") == "мбоу «сош № 1»"
