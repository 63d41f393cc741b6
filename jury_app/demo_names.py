"""Word lists and organisation-name builders for the demo-data generator (see jury_app.demo).

Everything here is synthetic but shaped like the real applications of the Kuzbass contest:
municipal formations of the Kemerovo region, typical legal forms and institution names,
Russian personal names.
"""

from __future__ import annotations

import random
from typing import NamedTuple

REGIONAL_MUNICIPALITY = "Кузбасс (региональный уровень)"


class Municipality(NamedTuple):
    name: str  # as chosen in the form
    weight: float  # relative share of applications
    city: str  # "г. Юрги"-style genitive of the main town, "" for rural formations
    stem: str  # adjective stem: "Юргинск" → Юргинская, Юргинский
    slug: str  # latin tag for handles and e-mails
    phone_code: str  # landline area code
    villages: tuple[str, ...] = ()  # adjective stems of villages
    districts: tuple[str, ...] = ()  # city districts, genitive


# name | weight | town ("-" if rural) | adjective stem | slug | landline area code
_MUNICIPALITY_TABLE = """
Кемеровский городской округ | 17 | г. Кемерово | Кемеровск | kem | 3842
Новокузнецкий городской округ | 15 | г. Новокузнецка | Новокузнецк | nk | 3843
Прокопьевский городской округ | 7 | г. Прокопьевска | Прокопьевск | prk | 3846
Ленинск-Кузнецкий городской округ | 5 | г. Ленинска-Кузнецкого | Ленинск-Кузнецк | lnk | 38456
Междуреченский городской округ | 4.5 | г. Междуреченска | Междуреченск | mzhd | 38475
Беловский городской округ | 4 | г. Белово | Беловск | belovo | 38452
Юргинский городской округ | 3.5 | г. Юрги | Юргинск | yurga | 38451
Киселёвский городской округ | 3.5 | г. Киселёвска | Киселёвск | kis | 38464
Анжеро-Судженский городской округ | 3 | г. Анжеро-Судженска | Анжеро-Судженск | anzhero | 38453
Берёзовский городской округ | 2 | г. Берёзовского | Берёзовск | berez | 38445
Осинниковский городской округ | 2 | г. Осинники | Осинниковск | osin | 38471
Мысковский городской округ | 1.6 | г. Мыски | Мысковск | myski | 38474
Полысаевский городской округ | 1.2 | г. Полысаево | Полысаевск | polys | 38456
Калтанский городской округ | 1.1 | г. Калтана | Калтанск | kaltan | 38472
Тайгинский городской округ | 0.9 | г. Тайги | Тайгинск | tayga | 38448
Краснобродский городской округ | 0.6 | пгт Краснобродский | Краснобродск | krbrod | 38452
Кемеровский муниципальный округ | 1.4 | - | Кемеровск | kemmo | 3842
Новокузнецкий муниципальный округ | 1.4 | - | Новокузнецк | nkmo | 3843
Прокопьевский муниципальный округ | 1.2 | - | Прокопьевск | prkmo | 3846
Беловский муниципальный округ | 1.1 | - | Беловск | belmo | 38452
Гурьевский муниципальный округ | 1 | г. Гурьевска | Гурьевск | gurievsk | 38463
Ижморский муниципальный округ | 0.6 | пгт Ижморский | Ижморск | izhmor | 38459
Крапивинский муниципальный округ | 0.8 | пгт Крапивинский | Крапивинск | krapiv | 38446
Ленинск-Кузнецкий муниципальный округ | 0.9 | - | Ленинск-Кузнецк | lnkmo | 38456
Мариинский муниципальный округ | 1 | г. Мариинска | Мариинск | mariinsk | 38443
Промышленновский муниципальный округ | 1 | пгт Промышленная | Промышленновск | prom | 38442
Таштагольский муниципальный район | 1.1 | г. Таштагола | Таштагольск | tashtagol | 38473
Тисульский муниципальный округ | 0.7 | пгт Тисуль | Тисульск | tisul | 38447
Топкинский муниципальный округ | 0.9 | г. Топки | Топкинск | topki | 38454
Тяжинский муниципальный округ | 0.7 | пгт Тяжинский | Тяжинск | tyazhin | 38449
Чебулинский муниципальный округ | 0.5 | пгт Верх-Чебула | Чебулинск | chebula | 38444
Юргинский муниципальный округ | 0.7 | - | Юргинск | yurgmo | 38451
Яйский муниципальный округ | 0.6 | пгт Яя | Яйск | yaya | 38441
Яшкинский муниципальный округ | 0.7 | пгт Яшкино | Яшкинск | yashkino | 38455
"""
_VILLAGES = {  # adjective stems of villages: "Елыкаевск" → Елыкаевская СОШ
    "kemmo": "Елыкаевск Ягуновск Звёздн Щегловск Суховск",
    "nkmo": "Атамановск Кузедеевск Сары-Чумышск Костенковск Сосновск",
    "prkmo": "Большеталдинск Терентьевск Каменновск Калачёвск Михайловск",
    "belmo": "Старопестеревск Менчерепск Бачатск Щебзаводск",
    "gurievsk": "Салаирск Горскинск Урск",
    "izhmor": "Колыонск Троицк",
    "krapiv": "Зеленогорск Барачатск Шевелёвск",
    "lnkmo": "Шабановск Демьяновск Мусохрановск Драченинск",
    "mariinsk": "Сусловск Белогорск Калининск",
    "prom": "Плотниковск Окуневск Титовск",
    "tashtagol": "Шерегешск Мундыбашск Каларск Спасск",
    "tisul": "Комсомольск Берикульск Макаракск",
    "topki": "Зарубинск Верх-Падунск Раздольнинск",
    "tyazhin": "Итатск Кубитетск Новопокровск",
    "chebula": "Усманск Ивановск",
    "yurgmo": "Арлюкск Поломошинск Зеледеевск Проскоковск",
    "yaya": "Вознесенск Ишимск Туратск",
    "yashkino": "Колмогоровск Пачинск Литвиновск",
}
_DISTRICTS = {  # city districts, genitive
    "kem": "Центрального Заводского Ленинского Рудничного Кировского",
    "nk": "Центрального Куйбышевского Кузнецкого Орджоникидзевского Заводского Новоильинского",
    "prk": "Центрального Рудничного Зенковского",
}


def _municipality(line: str) -> Municipality:
    name, weight, city, stem, slug, code = (part.strip() for part in line.split("|"))
    villages, districts = (tuple(d.get(slug, "").split()) for d in (_VILLAGES, _DISTRICTS))
    return Municipality(name, float(weight), city.strip("-"), stem, slug, code, villages, districts)


MUNICIPALITIES: tuple[Municipality, ...] = tuple(
    _municipality(line) for line in _MUNICIPALITY_TABLE.strip().splitlines()
)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


SURNAMES = _words(
    "Иванов Петров Смирнов Кузнецов Попов Васильев Соколов Михайлов Новиков Фёдоров Морозов "
    "Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев "
    "Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв "
    "Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков "
    "Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров "
    "Давыдов Беляев Герасимов Богданов Осипов Колесников Карпов Афанасьев Власов Маслов "
    "Тихонов Аксёнов Гаврилов Родионов Котов Горбунов Кудрявцев Быков Зуев Третьяков Савельев "
    "Панов Рыбаков Суворов Абрамов Воронов Мухин Архипов Трофимов Мартынов Емельянов Чернов "
    "Овчинников Селезнёв Копылов Михеев Галкин Назаров Лобанов Лукин Потапов Некрасов Жданов "
    "Наумов Шилов Ермаков Дроздов Игнатьев Савин Логинов Сафонов Кириллов Моисеев Елисеев "
    "Костин Горбачёв Ефремов Исаев Калашников Носков Юдин Кулагин Лапин Прохоров Нестеров "
    "Харитонов Ларионов Зимин Пахомов Шубин Филатов Крюков Рогов Терентьев Молчанов Гришин "
    "Кононов Ситников Симонов Мишин Фадеев Устинов Вишняков Брагин Корнилов Бирюков Щукин "
    "Одинцов Сазонов Гордеев Самойлов Князев Уваров Доронин Белозёров Рожков Лихачёв Сысоев "
    "Фомин Стрелков Субботин Фокин Кондратьев Вишневский Покровский Троицкий Островский "
    "Шевченко Бондаренко Ткаченко Ким Миллер Шмидт"
)
FEMALE_NAMES = _words(
    "Анна Мария Елена Ольга Наталья Татьяна Ирина Светлана Екатерина Юлия Марина Анастасия "
    "Ксения Дарья Виктория Алёна Евгения Людмила Надежда Галина Оксана Валентина Кристина "
    "Полина Александра Алина Вероника Яна Любовь Лариса Инна Олеся Диана Софья Маргарита"
)
MALE_NAMES = _words(
    "Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Николай Владимир "
    "Павел Артём Денис Роман Игорь Олег Константин Виталий Антон Илья Никита Кирилл Юрий"
)
PATRONYMICS = _words(
    "Александрович Сергеевич Владимирович Николаевич Викторович Юрьевич Анатольевич "
    "Михайлович Андреевич Геннадьевич Валерьевич Евгеньевич Игоревич Олегович Петрович "
    "Иванович Васильевич Дмитриевич Алексеевич Борисович Фёдорович Павлович Григорьевич "
    "Леонидович Витальевич Константинович Вячеславович Романович"
)
POSITIONS = (
    "пресс-секретарь",
    "SMM-специалист",
    "заместитель директора по ВР",
    "методист",
    "специалист по связям с общественностью",
    "старший воспитатель",
    "педагог-организатор",
)

_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        _words("a b v g d e e zh z i y k l m n o p r s t u f h ts ch sh sch _ y _ e yu ya"),
        strict=True,
    )
)


def translit(text: str) -> str:
    """Latin handle for a Russian word: "Рябинка" → "ryabinka"."""
    out = "".join(
        _TRANSLIT.get(ch, ch if ch.isascii() and ch.isalnum() else "_")
        for ch in text.lower().replace("ь", "").replace("ъ", "")
    )
    return "_".join(part for part in out.replace("_", " ").split())


def adjective(stem: str, ending: str) -> str:
    """Adjective from a stem; ending "m", "f", "n": "Юргинск" → Юргинский/Юргинская/Юргинское."""
    hard = not stem.endswith(("ск", "цк"))
    forms = {"m": "ый" if hard else "ий", "f": "ая", "n": "ое"}
    return stem + forms[ending]


def municipality_genitive(name: str) -> str:
    """ "Юргинский городской округ" → "Юргинского городского округа"."""
    words = name.split()
    out = [w[:-2] + "ого" if w.endswith(("ий", "ой", "ый")) else w for w in words[:-1]]
    out.append(words[-1] + "а")
    return " ".join(out)


def place(mo: Municipality, rng: random.Random) -> str:
    """How a name refers to its territory: "г. Юрги" or "Юргинского городского округа"."""
    if mo.city and (rng.random() < 0.7 or "городской" in mo.name):
        return mo.city
    return municipality_genitive(mo.name)


_FULL_FORMS = {
    "МБОУ": "Муниципальное бюджетное общеобразовательное учреждение",
    "МАОУ": "Муниципальное автономное общеобразовательное учреждение",
    "МБДОУ": "Муниципальное бюджетное дошкольное образовательное учреждение",
    "МБУ ДО": "Муниципальное бюджетное учреждение дополнительного образования",
    "ГБУЗ": "Государственное бюджетное учреждение здравоохранения",
    "МБУК": "Муниципальное бюджетное учреждение культуры",
    "ГПОУ": "Государственное профессиональное образовательное учреждение",
    "ГКУ": "Государственное казённое учреждение",
}

# Answers outside the 12 nominations: (answer, organisation, handle tag, index in MUNICIPALITIES)
UNKNOWN_NOMINATIONS: tuple[tuple[str, str, str, int], ...] = (
    ("Лучший паблик учреждения молодёжной политики", "МБУ «Молодёжный центр «Иные берега»»",
     "inye_berega", 6),
    ("Лучший паблик предприятия", "МУП «Водоканал» г. Мыски", "vodokanal", 11),
    ("Другое", "Кемеровская региональная общественная организация «Волонтёры Кузбасса»",
     "volontery42", 0),
)  # fmt: skip

KINDERGARTENS = (
    *_words(
        "Рябинка Солнышко Колокольчик Теремок Ромашка Сказка Светлячок Берёзка Радуга Улыбка "
        "Ёлочка Алёнушка Родничок Звёздочка Дюймовочка Чебурашка Калинка Незабудка Капелька "
        "Лучик Белочка Ласточка Огонёк Журавушка Золушка Семицветик Гнёздышко Малыш Сибирячок"
    ),
    "Золотой ключик",
    "Красная шапочка",
    "Аленький цветочек",
)
CULTURE_HOUSES = _words(
    "Шахтёр Горняк Юность Металлург Энергетик Строитель Родина Октябрь Победа Угольщик Химик "
    "Алмаз Железнодорожник Маяк Гармония Молодость Современник Рассвет"
)
SPORT_PLACES = _words(
    "Олимп Олимпиец Сибиряк Спартак Динамо Металлург Энергия Атлант Звёздный Арена Северный "
    "Шахтёр Лидер Юниор Снежинка"
)
SPORTS = (
    "хоккею с мячом",
    "лёгкой атлетике",
    "зимним видам спорта",
    "горнолыжному спорту",
    "боксу",
    "дзюдо",
    "вольной борьбе",
    "плаванию",
    "лыжным гонкам",
    "тяжёлой атлетике",
)

# (full name with «» quotes, handle) of regional institutions, by nomination
REGIONAL: dict[int, tuple[tuple[str, str], ...]] = {
    4: (
        ("ГАУЗ «Кузбасская областная клиническая больница имени С.В. Беляева»", "okb42"),
        (
            "ГБУЗ «Кузбасский клинический кардиологический диспансер имени академика "
            "Л.С. Барбараша»",
            "kardio42",
        ),
        ("ГБУЗ «Кузбасский клинический онкологический диспансер»", "onko_kuzbass"),
        ("ГБУЗ «Кузбасская клиническая психиатрическая больница»", "kkpb42"),
        ("ГБУЗ «Кузбасский центр крови»", "blood42"),
        ("ГБУЗ «Кузбасский центр общественного здоровья и медицинской профилактики»", "zdorovie42"),
        ("ГБУЗ «Кузбасский клинический госпиталь для ветеранов войн»", "gospital42"),
    ),
    5: (
        ("ГАУК «Кузбасский центр искусств»", "kuzart"),
        ("ГАУК «Кузбасская филармония имени Б.Т. Штоколова»", "kuzfil"),
        ("ГАУК «Кузбасский государственный театр драмы имени А.В. Луначарского»", "dramakem"),
        ("ГБУК «Кузбасский музей изобразительных искусств»", "kemizo"),
        ("ГАУК «Музей-заповедник «Томская писаница»»", "tompisanica"),
        ("ГБУК «Кузбасская областная научная библиотека имени В.Д. Федорова»", "library42"),
        ("ГАУК «Музыкальный театр Кузбасса имени А.К. Боброва»", "muzteatr42"),
        ("ГАУК «Кузбасский областной краеведческий музей»", "kraeved42"),
    ),
    6: (
        ("ГАУ «Центр спортивной подготовки сборных команд Кузбасса»", "cspsk42"),
        ("ГАУ «Спортивный комплекс «Кузбасс-Арена»»", "kuzbass_arena"),
        ("ГБУ «Кузбасская спортивная школа олимпийского резерва»", "ksshor42"),
        ("ГАУ «Губернаторский центр зимних видов спорта «Кузбасс»»", "gczvs42"),
    ),
    8: (
        ("ГБПОУ «Кузбасский медицинский колледж»", "kuzmedcol"),
        ("ГАПОУ «Кузбасский техникум архитектуры, геодезии и строительства»", "ktagis"),
        ("ГПОУ «Кузбасский многопрофильный техникум»", "kmpt42"),
        ("ГПОУ «Кузбасский педагогический колледж»", "kuzpedcol"),
    ),
    10: tuple(
        (name, slug)
        for slug, name in (
            ("minobr", "Министерство образования Кузбасса"),
            ("minzdrav", "Министерство здравоохранения Кузбасса"),
            ("minkult", "Министерство культуры и национальной политики Кузбасса"),
            ("minsport", "Министерство физической культуры и спорта Кузбасса"),
            ("minsoc", "Министерство социальной защиты населения Кузбасса"),
            ("mintrud", "Министерство труда и занятости населения Кузбасса"),
            (
                "minselhoz",
                "Министерство сельского хозяйства и перерабатывающей промышленности Кузбасса",
            ),
            ("minstroy", "Министерство строительства Кузбасса"),
            ("mincifra", "Министерство цифрового развития и связи Кузбасса"),
            ("mintur", "Министерство туризма Кузбасса"),
            ("minprirody", "Министерство природных ресурсов и экологии Кузбасса"),
            ("mingkh", "Министерство жилищно-коммунального и дорожного комплекса Кузбасса"),
            ("mineconom", "Министерство экономического развития Кузбасса"),
            ("minfin", "Министерство финансов Кузбасса"),
            ("mintrans", "Министерство транспорта Кузбасса"),
            ("minmolodezh", "Министерство молодёжной политики Кузбасса"),
            ("gzhi", "Государственная жилищная инспекция Кузбасса"),
            ("nasledie", "Комитет по охране объектов культурного наследия Кузбасса"),
        )
    ),
    12: (
        ("ГКУ «Агентство по защите населения и территории Кузбасса»", "agz42"),
        ("ГКУ «Дирекция автомобильных дорог Кузбасса»", "dad42"),
        ("ГАУ «Кузбасский центр развития туризма»", "visitkuzbass"),
        ("ГКУ «Центр занятости населения Кузбасса»", "czn_kuzbass"),
        ("ГАУ «Центр поддержки предпринимательства Кузбасса»", "mybiz42"),
        ("ГБУ «Центр государственной кадастровой оценки Кузбасса»", "cgko42"),
        ("ГКУ «Информационно-аналитический центр Кузбасса»", "iac42"),
    ),
}


def _top(mo: Municipality, big: int, mid: int, small: int) -> int:
    """Highest plausible institution number in a town of this size."""
    return big if mo.weight > 10 else mid if mo.weight >= 2 else small


def _school(mo: Municipality, rng: random.Random) -> tuple[str, str]:
    form = rng.choice(("МБОУ", "МБОУ", "МБОУ", "МАОУ", "МКОУ"))
    if not mo.city or (mo.villages and rng.random() < 0.5):
        village = adjective(rng.choice(mo.villages), "f")
        kind, tag = rng.choice((("средняя общеобразовательная школа", "sosh"),
                                ("основная общеобразовательная школа", "oosh"),
                                ("СОШ", "sosh"), ("ООШ", "oosh")))  # fmt: skip
        return f"{form} «{village} {kind}»", f"{translit(village)}_{tag}"
    n, k = rng.randint(1, _top(mo, 100, 40, 4)), rng.randint(1, 3)
    kinds = (
        (f"Средняя общеобразовательная школа № {n}", f"school{n}", 12),
        (f"СОШ № {n}", f"sosh{n}", 8),
        (f"Основная общеобразовательная школа № {n}", f"oosh{n}", 3),
        (f"Гимназия № {n}", f"gimnazia{n}", 3),
        (f"Лицей № {n}", f"licey{n}", 2),
        (f"Средняя общеобразовательная школа № {n} с углублённым изучением отдельных "
         "предметов", f"school{n}", 2),
        (f"Школа-интернат № {k}", f"internat{k}", 1),
        (f"Кадетская школа № {k}", f"kadet{k}", 1),
    )  # fmt: skip
    kind, tag, _weight = rng.choices(kinds, [weight for *_, weight in kinds])[0]
    if kind.startswith(("Гимназия", "Лицей")):
        form = "МБНОУ" if rng.random() < 0.3 else form.replace("МКОУ", "МБОУ")
    if rng.random() < 0.3:
        return f"{form} «{kind}» {mo.city}", tag
    return f"{form} «{kind}»", tag


def _kindergarten(mo: Municipality, rng: random.Random) -> tuple[str, str]:
    form = rng.choice(("МБДОУ", "МБДОУ", "МАДОУ", "МКДОУ"))
    nick = rng.choice(KINDERGARTENS)
    if not mo.city or (mo.villages and rng.random() < 0.5):
        village = adjective(rng.choice(mo.villages), "m")
        return f"{form} «{village} детский сад «{nick}»»", f"ds_{translit(nick)}"
    n = rng.randint(1, _top(mo, 250, 60, 12))
    kind = rng.choice((
        f"Детский сад № {n} «{nick}»", f"Детский сад № {n} «{nick}»",
        f"Детский сад № {n} комбинированного вида", f"Детский сад № {n} общеразвивающего вида",
        f"Центр развития ребёнка – детский сад № {n}",
    ))  # fmt: skip
    tag = f"ds{n}_{translit(nick)}" if "«" in kind else f"detsad{n}"
    return f"{form} «{kind}»" + (f" {mo.city}" if rng.random() < 0.2 else ""), tag


def _extra_education(mo: Municipality, rng: random.Random) -> tuple[str, str]:
    form = rng.choice(("МБУ ДО", "МБУ ДО", "МАУ ДО", "МБОУ ДО"))
    n = rng.randint(1, 12)
    kind, tag = rng.choice(
        (
            ("Дом детского творчества", "ddt"),
            (f"Дом детского творчества № {n}", f"ddt{n}"),
            ("Центр детского творчества", "cdt"),
            ("Дворец творчества детей и молодёжи", "dtdm"),
            ("Станция юных техников", "syut"),
            ("Станция юных натуралистов", "syun"),
            (f"Детская школа искусств № {n}", f"dshi{n}"),
            (f"Детская музыкальная школа № {n}", f"dmsh{n}"),
            ("Детская художественная школа", "dhsh"),
            ("Центр дополнительного образования детей", "cdod"),
            ("Центр детского (юношеского) технического творчества", "cdyutt"),
            ("Детский эколого-биологический центр", "ekocentr"),
            ("Центр детского (юношеского) туризма и экскурсий", "turcentr"),
        )
    )
    return f"{form} «{kind}» {place(mo, rng)}", tag


def _health(mo: Municipality, rng: random.Random) -> tuple[str, str]:
    form = rng.choice(("ГБУЗ", "ГБУЗ", "ГАУЗ"))
    f_adj, m_adj = adjective(mo.stem, "f"), adjective(mo.stem, "m")
    n = rng.randint(1, _top(mo, 29, 5, 2))
    kinds = [(f"{f_adj} районная больница", "crb")]
    if mo.city:
        kinds = [(f"{f_adj} городская больница", "gb"), (f"{f_adj} городская больница № {n}",
                 f"gb{n}"), (f"{f_adj} стоматологическая поликлиника", "stom")]  # fmt: skip
    if "городской" in mo.name:
        kinds += [
            (f"{f_adj} городская клиническая больница № {n}", f"gkb{n}"),
            (f"{f_adj} городская детская больница", "gdb"),
            (f"{f_adj} городская клиническая поликлиника № {n}", f"poliklinika{n}"),
            (f"{f_adj} станция скорой медицинской помощи", "ssmp"),
            (f"{m_adj} родильный дом", "roddom"),
            (f"{m_adj} психоневрологический диспансер", "pnd"),
        ]
    kind, tag = rng.choice(kinds)
    return f"{form} «{kind}»", tag


def _culture(mo: Municipality, rng: random.Random) -> tuple[str, str]:
    form = rng.choice(("МБУК", "МБУК", "МАУК", "МБУ"))
    house = rng.choice(CULTURE_HOUSES)
    where = place(mo, rng)
    if mo.villages and rng.random() < 0.4:
        village = rng.choice(mo.villages)
        kind, tag = rng.choice(
            (
                (f"{adjective(village, 'm')} сельский Дом культуры", "sdk"),
                (f"{adjective(village, 'f')} сельская библиотека", "biblio"),
            )
        )
        return f"{form} «{kind}»", f"{translit(adjective(village, 'm'))}_{tag}"
    kind, tag = rng.choice(
        (
            (f"Централизованная библиотечная система {where}", "cbs"),
            (f"{adjective(mo.stem, 'm')} краеведческий музей", "muzey"),
            (f"Дворец культуры «{house}»", f"dk_{translit(house)}"),
            (f"Дом культуры «{house}»", f"dk_{translit(house)}"),
            (f"Городской культурный центр «{house}»", f"gkc_{translit(house)}"),
            (f"Центр культуры и досуга «{house}»", f"ckd_{translit(house)}"),
            (f"Парк культуры и отдыха «{house}»", f"park_{translit(house)}"),
            (f"Централизованная клубная система {where}", "cks"),
            (f"Музейно-выставочный центр {where}", "mvc"),
            (f"Театр для детей и молодёжи {where}", "teatr"),
        )
    )
    return f"{form} «{kind}»", tag


def _sport(mo: Municipality, rng: random.Random) -> tuple[str, str]:
    form = rng.choice(("МБУ", "МБУ", "МАУ", "МБФСУ"))
    n, venue = rng.randint(1, _top(mo, 9, 3, 1)), rng.choice(SPORT_PLACES)
    kinds = [
        (f"Спортивная школа {place(mo, rng)}", "sport"),
        (f"Спортивный комплекс «{venue}»", f"sk_{translit(venue)}"),
        (f"Физкультурно-оздоровительный комплекс «{venue}»", f"fok_{translit(venue)}"),
        (f"Центр физической культуры и спорта {place(mo, rng)}", "cfks"),
        (f"Центр тестирования ВФСК ГТО {place(mo, rng)}", "gto"),
    ]
    if "городской" in mo.name:
        kinds += [
            (f"Спортивная школа олимпийского резерва № {n}", f"sshor{n}"),
            (f"Спортивная школа № {n}", f"sportschool{n}"),
            (f"Спортивная школа олимпийского резерва по {rng.choice(SPORTS)}", "sshor"),
            (f"Ледовый дворец «{venue}»", f"led_{translit(venue)}"),
        ]
    kind, tag = rng.choice(kinds)
    return f"{form} «{kind}»", tag


def _social(mo: Municipality, rng: random.Random) -> tuple[str, str]:
    where = place(mo, rng)
    if mo.districts and rng.random() < 0.6:
        where = f"{rng.choice(mo.districts)} района {mo.city}"
    form, kind, tag = rng.choice(
        (
            ("ГКУ", f"Центр социальной поддержки населения {where}", "cspn"),
            ("МБУ", f"Комплексный центр социального обслуживания населения {where}", "kcson"),
            ("МКУ", f"Социально-реабилитационный центр для несовершеннолетних {where}", "srcn"),
            ("МБУ", f"Центр социальной помощи семье и детям {where}", "semya"),
            ("ГБУ", f"{adjective(mo.stem, 'm')} дом-интернат для престарелых и инвалидов", "dom"),
            ("ГАУ", f"{adjective(mo.stem, 'm')} психоневрологический интернат", "pni"),
            (
                "МКУ",
                f"Реабилитационный центр для детей и подростков с ограниченными "
                f"возможностями {where}",
                "rc",
            ),
        )
    )
    return f"{form} «{kind}»", tag


def _college(mo: Municipality, rng: random.Random) -> tuple[str, str]:
    form = rng.choice(("ГПОУ", "ГПОУ", "ГБПОУ", "ГАПОУ"))
    kind, tag = rng.choice(
        (
            ("аграрный техникум", "agro"),
            ("горнотехнический техникум", "gtt"),
            ("политехнический техникум", "politeh"),
            ("техникум технологий и сферы услуг", "ttsu"),
            ("строительный техникум", "stroy"),
            ("индустриальный техникум", "industr"),
            ("транспортный техникум", "transport"),
            ("педагогический колледж", "pedcol"),
            ("колледж искусств", "artcol"),
            ("техникум отраслевых технологий", "tot"),
            ("горный техникум", "gorny"),
            ("многопрофильный техникум", "mpt"),
            ("техникум железнодорожного транспорта", "tzht"),
            ("медицинский техникум", "medteh"),
        )
    )
    return f"{form} «{adjective(mo.stem, 'm')} {kind}»", tag


def _administration(mo: Municipality, rng: random.Random) -> tuple[str, str]:
    if mo.city.startswith("г. ") and rng.random() < 0.3:
        return f"Администрация города {mo.city[3:]}", "adm"
    return f"Администрация {municipality_genitive(mo.name)}", "admin"


def _department(mo: Municipality, rng: random.Random) -> tuple[str, str]:
    if mo.districts and rng.random() < 0.25:
        district = rng.choice(mo.districts)
        return (
            f"Территориальное управление {district} района администрации {mo.city}",
            f"tu_{translit(district)[:6]}",
        )
    kind, tag = rng.choice(
        (
            ("Управление образования", "uo"),
            ("Управление культуры", "kultura"),
            ("Комитет по физической культуре и спорту", "sport"),
            ("Управление социальной защиты населения", "uszn"),
            ("Управление молодёжной политики и спорта", "umps"),
            ("Отдел по делам молодёжи", "molodezh"),
            ("Управление культуры, спорта и молодёжной политики", "ukmp"),
            ("Управление по физической культуре и спорту", "ufks"),
            ("Управление жилищно-коммунального хозяйства", "gkh"),
            ("Отдел по работе со СМИ", "press"),
        )
    )
    return f"{kind} администрации {place(mo, rng)}", tag


def _subordinate(mo: Municipality, rng: random.Random) -> tuple[str, str]:
    where = place(mo, rng)
    form, kind, tag = rng.choice(
        (
            ("ГКУ", f"Центр занятости населения {where}", "czn"),
            (
                "МКУ",
                f"Управление по делам гражданской обороны и чрезвычайным ситуациям {where}",
                "gochs",
            ),
            ("МКУ", f"Единая дежурно-диспетчерская служба {where}", "edds"),
            (
                "МАУ",
                f"Многофункциональный центр предоставления государственных и муниципальных "
                f"услуг {where}",
                "mfc",
            ),
            ("МБУ", f"Молодёжный центр {where}", "mc"),
            ("МКУ", f"Управление капитального строительства {where}", "uks"),
            ("МБУ", f"Городское управление благоустройства {where}", "gub"),
        )
    )
    return f"{form} «{kind}»", tag


BUILDERS = {
    1: _school,
    2: _kindergarten,
    3: _extra_education,
    4: _health,
    5: _culture,
    6: _sport,
    7: _social,
    8: _college,
    9: _administration,
    11: _department,
    12: _subordinate,
}


def build_name(nomination: int, mo: Municipality, rng: random.Random) -> tuple[str, str]:
    """A local organisation for a nomination: (name, handle tag); quotes and forms vary."""
    name, tag = BUILDERS[nomination](mo, rng)
    form = name.split(" «")[0]
    if form in _FULL_FORMS and rng.random() < 0.08:
        name = _FULL_FORMS[form] + name[len(form) :]
    return styled_quotes(name, rng), tag


def styled_quotes(name: str, rng: random.Random) -> str:
    """Typed by hand, a quarter of the names use straight quotes instead of « »."""
    if rng.random() < 0.25:
        return name.replace("«", '"').replace("»", '"')
    return name


def person(rng: random.Random) -> tuple[str, str, str]:
    """(surname, given name, patronymic) of a random contact, mostly women."""
    surname, patronymic = rng.choice(SURNAMES), rng.choice(PATRONYMICS)
    if rng.random() < 0.22:
        return surname, rng.choice(MALE_NAMES), patronymic
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        surname += "а"
    elif surname.endswith("ий"):
        surname = surname[:-2] + "ая"
    return surname, rng.choice(FEMALE_NAMES), patronymic[:-2] + "на"
