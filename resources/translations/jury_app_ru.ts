<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="47"/>
        <source>About Jury App</source>
        <translation>О программе Jury App</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="51"/>
        <source>Version {0}</source>
        <translation>Версия {0}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="54"/>
        <source>The whole work of a contest commission, offline: applications, jury, scores, results and documents.</source>
        <translation>Вся работа конкурсной комиссии без интернета: заявки, жюри, оценки, итоги и документы.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="61"/>
        <source>Python {0} · Qt {1} · PySide6 {2}</source>
        <translation>Python {0} · Qt {1} · PySide6 {2}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="68"/>
        <source>Third-party components and their licences</source>
        <translation>Сторонние компоненты и их лицензии</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="78"/>
        <source>Show font licence</source>
        <translation>Лицензия шрифтов</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="80"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ApplicationCard</name>
    <message>
        <location filename="../../ui/score_panel.py" line="297"/>
        <source>No application selected</source>
        <translation>Заявка не выбрана</translation>
    </message>
    <message>
        <location filename="../../ui/score_panel.py" line="302"/>
        <source>Application No. {0}</source>
        <translation>Заявка № {0}</translation>
    </message>
    <message>
        <location filename="../../ui/score_panel.py" line="304"/>
        <source>Nomination {0}. {1}</source>
        <translation>Номинация {0}. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/score_panel.py" line="308"/>
        <source>{0} subscribers</source>
        <translation>подписчиков: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/score_panel.py" line="324"/>
        <source>The application gives no page links.</source>
        <translation>В заявке нет ссылок на страницы.</translation>
    </message>
</context>
<context>
    <name>ApplicationDetails</name>
    <message>
        <location filename="../../ui/application_details.py" line="39"/>
        <source>Correct a field…</source>
        <translation>Исправить поле…</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="55"/>
        <source>Select an application to see its details.</source>
        <translation>Выберите заявку, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="61"/>
        <source>Application No. {0}</source>
        <translation>Заявка № {0}</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="62"/>
        <source>Nomination {0}</source>
        <translation>Номинация {0}</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="73"/>
        <source>Municipality</source>
        <translation>Муниципальное образование</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="79"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="79"/>
        <source>no links</source>
        <translation>ссылок нет</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="80"/>
        <source>Subscribers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="74"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="75"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="76"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="81"/>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="82"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="94"/>
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="63"/>
        <source>{0}, row {1}</source>
        <translation>{0}, строка {1}</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../../ui/applications_model.py" line="42"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/applications_model.py" line="43"/>
        <source>Nom.</source>
        <translation>Ном.</translation>
    </message>
    <message>
        <location filename="../../ui/applications_model.py" line="44"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/applications_model.py" line="45"/>
        <source>Municipality</source>
        <translation>Муниципальное образование</translation>
    </message>
    <message>
        <location filename="../../ui/applications_model.py" line="46"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../../ui/applications_model.py" line="47"/>
        <source>Subscribers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <location filename="../../ui/applications_model.py" line="48"/>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../ui/applications_model.py" line="49"/>
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../../ui/applications_model.py" line="81"/>
        <source>Nomination number</source>
        <translation>Номер номинации</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../ui/applications_page.py" line="57"/>
        <source>Search by organization, municipality, link, contact…</source>
        <translation>Поиск по организации, муниципалитету, ссылке, контакту…</translation>
    </message>
    <message>
        <location filename="../../ui/applications_page.py" line="86"/>
        <source>Import applications…</source>
        <translation>Импорт заявок…</translation>
    </message>
    <message>
        <location filename="../../ui/applications_page.py" line="88"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/applications_page.py" line="180"/>
        <source>All nominations</source>
        <translation>Все номинации</translation>
    </message>
    <message>
        <location filename="../../ui/applications_page.py" line="190"/>
        <source>All municipalities</source>
        <translation>Все муниципальные образования</translation>
    </message>
    <message>
        <location filename="../../ui/applications_page.py" line="197"/>
        <source>All rows</source>
        <translation>Все заявки</translation>
    </message>
    <message>
        <location filename="../../ui/applications_page.py" line="198"/>
        <source>With problems</source>
        <translation>С замечаниями</translation>
    </message>
    <message>
        <location filename="../../ui/applications_page.py" line="229"/>
        <source>Shown: {0} of {1} applications</source>
        <translation>Показано заявок: {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../ui/applications_page.py" line="269"/>
        <source>Cannot save</source>
        <translation>Не удалось сохранить</translation>
    </message>
</context>
<context>
    <name>AssignmentMatrixModel</name>
    <message>
        <location filename="../../ui/jury_models.py" line="303"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="303"/>
        <source>Nom.</source>
        <translation>Ном.</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="303"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="308"/>
        <source>assigned</source>
        <translation>назначена</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="309"/>
        <source>conflict of interest: cannot be assigned</source>
        <translation>конфликт интересов: назначить нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="310"/>
        <source>not assigned</source>
        <translation>не назначена</translation>
    </message>
</context>
<context>
    <name>AwardsPanel</name>
    <message>
        <location filename="../../ui/results_extras.py" line="324"/>
        <source>Quality mark</source>
        <translation>Знак качества</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="329"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="335"/>
        <source>Score at least</source>
        <translation>Балл не ниже</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="342"/>
        <source>People&apos;s choice</source>
        <translation>Приз зрительских симпатий</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="343"/>
        <source>Import votes…</source>
        <translation>Загрузить голоса…</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="345"/>
        <source>Jury share</source>
        <translation>Доля жюри</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="347"/>
        <source>Combine the jury score and the votes, both relative to the best.</source>
        <translation>Учитывать вместе оценку жюри и голоса, каждую — относительно лучшего результата.</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="413"/>
        <source>No quality mark in this contest.</source>
        <translation>Знак качества в конкурсе не присуждается.</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="424"/>
        <source>Applications with the quality mark: {0}</source>
        <translation>Заявок со знаком качества: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="438"/>
        <source>Votes: {0}; applications with votes: {1}.</source>
        <translation>Голосов: {0}; заявок с голосами: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="442"/>
        <source>No votes imported yet.</source>
        <translation>Голоса ещё не загружены.</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="458"/>
        <source>Import votes</source>
        <translation>Загрузка голосов</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="458"/>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>Таблицы (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="463"/>
        <source>Awards</source>
        <translation>Награды</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <location filename="../../ui/documents_batch.py" line="49"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/documents_batch.py" line="65"/>
        <source>Save protocol…</source>
        <translation>Сохранить протокол…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_batch.py" line="65"/>
        <source>Generate all…</source>
        <translation>Сформировать все…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_batch.py" line="87"/>
        <source>Generating…</source>
        <translation>Формирование…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_batch.py" line="94"/>
        <source>Folder for the documents</source>
        <translation>Папка для документов</translation>
    </message>
    <message>
        <location filename="../../ui/documents_batch.py" line="107"/>
        <source>Save the protocol</source>
        <translation>Сохранение протокола</translation>
    </message>
    <message>
        <location filename="../../ui/documents_batch.py" line="108"/>
        <source>Protocol.pdf</source>
        <translation>Протокол.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/documents_batch.py" line="109"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents_batch.py" line="120"/>
        <source>Results are not frozen</source>
        <translation>Итоги не заморожены</translation>
    </message>
    <message>
        <location filename="../../ui/documents_batch.py" line="122"/>
        <source>The results have not been frozen yet. The documents will be made as drafts, marked «ПРОЕКТ» on every page. Make drafts?</source>
        <translation>Итоги ещё не заморожены. Документы будут сформированы как проекты, с пометкой «ПРОЕКТ» на каждой странице. Сформировать проекты?</translation>
    </message>
    <message>
        <location filename="../../ui/documents_batch.py" line="131"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_batch.py" line="137"/>
        <source>Generating: {0} of {1}</source>
        <translation>Формирование: {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../ui/documents_batch.py" line="144"/>
        <source>Done: {0} files.</source>
        <translation>Готово: файлов — {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_batch.py" line="154"/>
        <source>Cancelled: no file was written.</source>
        <translation>Отменено: ни один файл не записан.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_batch.py" line="159"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <location filename="../../ui/template_fields.py" line="39"/>
        <source>Accent colour</source>
        <translation>Цвет оформления</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../ui/import_pages.py" line="261"/>
        <source>Check the columns</source>
        <translation>Проверка столбцов</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="264"/>
        <source>Step 2 of 4 · The program guessed what each column holds; correct a choice on the left only where it is wrong.</source>
        <translation>Шаг 2 из 4 · Программа определила, что содержится в каждом столбце; исправьте выбор слева только там, где он неверен.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="271"/>
        <source>What each column holds</source>
        <translation>Что содержится в столбцах</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="276"/>
        <source>Organization and Nomination are required. Each field goes to one column only; link fields may be chosen for several.</source>
        <translation>Организация и номинация обязательны. Каждое поле выбирается только для одного столбца; поля ссылок — для нескольких.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="289"/>
        <source>The first rows of the file (row numbers as in the sheet)</source>
        <translation>Первые строки файла (номера строк — как на листе)</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="314"/>
        <source>Header found in row {0} of sheet «{1}».</source>
        <translation>Заголовок найден в строке {0} листа «{1}».</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="316"/>
        <source>Header found in row {0} of the file.</source>
        <translation>Заголовок найден в строке {0} файла.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="319"/>
        <source>Rows below it: {0}.</source>
        <translation>Строк под ним: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="324"/>
        <source>(no header)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="374"/>
        <source>Choose the column that holds «{0}»: it is required.</source>
        <translation>Укажите столбец для поля «{0}» — оно обязательно.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="383"/>
        <source>«{0}» is chosen for several columns ({1}); keep one.</source>
        <translation>Поле «{0}» выбрано для нескольких столбцов ({1}); оставьте один.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="399"/>
        <source>Correct the choices on the left to go on.</source>
        <translation>Исправьте выбор слева, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="403"/>
        <source>Nomination texts to decide on the next step: {0}.</source>
        <translation>Текстов номинаций, по которым нужно решение на следующем шаге: {0}.</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <location filename="../../ui/jury_models.py" line="471"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="472"/>
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="473"/>
        <source>Fully scored</source>
        <translation>Оценено полностью</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="474"/>
        <source>Progress</source>
        <translation>Готовность</translation>
    </message>
</context>
<context>
    <name>ConflictCommand</name>
    <message>
        <location filename="../../ui/juror_models.py" line="321"/>
        <source>declaring a conflict of interest</source>
        <translation>заявление о конфликте интересов</translation>
    </message>
    <message>
        <location filename="../../ui/juror_models.py" line="323"/>
        <source>withdrawing a conflict of interest</source>
        <translation>отзыв заявления о конфликте интересов</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/juror_models.py" line="260"/>
        <source>Conflict of interest</source>
        <translation>Конфликт интересов</translation>
    </message>
    <message>
        <location filename="../../ui/juror_models.py" line="263"/>
        <source>You will not score this application: its scores are removed and the secretary sees the reason. What is the conflict of interest?</source>
        <translation>Вы не будете оценивать эту заявку: её оценки будут удалены, а секретарь увидит причину самоотвода. В чём состоит конфликт интересов?</translation>
    </message>
    <message>
        <location filename="../../ui/juror_models.py" line="270"/>
        <source>e.g. a relative works there</source>
        <translation>например, там работает родственник</translation>
    </message>
</context>
<context>
    <name>ConflictSpecDialog</name>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="187"/>
        <source>Add a conflict of interest</source>
        <translation>Новый конфликт интересов</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="190"/>
        <source>Municipality</source>
        <translation>Муниципальное образование</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="191"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="192"/>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="197"/>
        <source>Organization name as in the form</source>
        <translation>Наименование организации, как в заявке</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="206"/>
        <source>e.g. works in this municipality</source>
        <translation>например, работает в этом муниципальном образовании</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="208"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="209"/>
        <source>Value</source>
        <translation>Что именно</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="210"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="212"/>
        <source>Assignments the conflict covers are removed; it can never be assigned.</source>
        <translation>Назначения, которых касается конфликт интересов, снимаются; назначить такие заявки будет нельзя.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="258"/>
        <source>Conflicts of interest: {0}</source>
        <translation>Конфликты интересов: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="269"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="271"/>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="315"/>
        <source>Remove the conflict of interest</source>
        <translation>Удаление конфликта интересов</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="316"/>
        <source>Why is the conflict of interest no longer there?</source>
        <translation>Почему конфликта интересов больше нет?</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="329"/>
        <source>Conflicts of interest</source>
        <translation>Конфликты интересов</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../ui/jury_models.py" line="158"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="158"/>
        <source>Municipality, organization or application</source>
        <translation>Муниципальное образование, организация или заявка</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="159"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="161"/>
        <source>Municipality</source>
        <translation>Муниципальное образование</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="162"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="163"/>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
</context>
<context>
    <name>CoverageMatrixModel</name>
    <message>
        <location filename="../../ui/jury_models.py" line="378"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="378"/>
        <source>Nom.</source>
        <translation>Ном.</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="378"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="112"/>
        <source>Jury App — unexpected error</source>
        <translation>Jury App — непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="115"/>
        <source>Something went wrong in the program.</source>
        <translation>В программе что-то пошло не так.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="125"/>
        <source>No data was lost: every change is saved in its own transaction as soon as it is made, so the contest file is safe. You can keep working.</source>
        <translation>Данные не потеряны: каждое изменение сохраняется сразу, отдельной транзакцией, поэтому файл конкурса в порядке. Можно продолжать работу.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="133"/>
        <source>If the error repeats, send the log file to whoever supports the program:</source>
        <translation>Если ошибка повторится, отправьте файл журнала тому, кто сопровождает программу:</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="145"/>
        <source>Copy details</source>
        <translation>Скопировать подробности</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="147"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="160"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="166"/>
        <source>More errors after this one: {0}. They are in the log.</source>
        <translation>После этой ошибки были ещё: {0}. Они записаны в журнал.</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../../ui/settings_models.py" line="366"/>
        <source>Criterion</source>
        <translation>Критерий оценки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="367"/>
        <source>Min</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="368"/>
        <source>Max</source>
        <translation>Макс.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="369"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="370"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="376"/>
        <source>Lowest score on the scale</source>
        <translation>Наименьший балл шкалы</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="377"/>
        <source>Highest score on the scale</source>
        <translation>Наибольший балл шкалы</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="378"/>
        <source>Scores go up in steps of this size</source>
        <translation>Шаг шкалы: баллы ставятся с этим шагом</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="379"/>
        <source>Weight of the criterion in the weighted mean</source>
        <translation>Вес критерия во взвешенном среднем</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../ui/score_panel.py" line="39"/>
        <source>{0}, step {1}</source>
        <translation>{0}, шаг {1}</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/results_models.py" line="295"/>
        <source>Decision of the commission</source>
        <translation>Решение комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="304"/>
        <source>keep the computed place</source>
        <translation>оставить рассчитанное место</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="307"/>
        <source>e.g. tie resolved by vote, minutes № 3</source>
        <translation>например: спорное место решено голосованием, протокол № 3</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="311"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="312"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="313"/>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="314"/>
        <source>The decision and its reason go into the protocol.</source>
        <translation>Решение и его основание попадут в протокол.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <location filename="../../ui/results_extras.py" line="219"/>
        <location filename="../../ui/results_extras.py" line="251"/>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="224"/>
        <source>Krippendorff&apos;s α measures how consistently the jurors score the same applications: ≥ 0.8 good, 0.67–0.8 tentative, &lt; 0.67 weak.</source>
        <translation>α Криппендорфа показывает, насколько согласованно члены комиссии оценивают одни и те же заявки: ≥ 0,8 — хорошо, 0,67–0,8 — условно, &lt; 0,67 — слабо.</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="241"/>
        <source>&lt;b&gt;Jurors&lt;/b&gt;</source>
        <translation>&lt;b&gt;Члены комиссии&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="243"/>
        <source>&lt;b&gt;Status depends on the method&lt;/b&gt;</source>
        <translation>&lt;b&gt;Статус зависит от метода подсчёта&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="269"/>
        <source>Status changes with the method: {0}; finalists under some method: {1}.</source>
        <translation>Статус меняется в зависимости от метода: {0}; финалистов хотя бы по одному методу: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="272"/>
        <source>Every method gives the same finalists and winners.</source>
        <translation>Все методы дают одних и тех же финалистов и победителей.</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="285"/>
        <source>not enough data</source>
        <translation>недостаточно данных</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="287"/>
        <source>good</source>
        <translation>хорошо</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="289"/>
        <source>tentative</source>
        <translation>условно</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="290"/>
        <source>weak</source>
        <translation>слабо</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="295"/>
        <source>Agreement of the jurors (Krippendorff&apos;s α) on totals: &lt;b&gt;{0}&lt;/b&gt; — {1}</source>
        <translation>Согласованность членов комиссии (α Криппендорфа) по итоговым оценкам: &lt;b&gt;{0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="297"/>
        <source>Applications scored by two or more jurors: {0}; jurors: {1}.</source>
        <translation>Заявок, оценённых двумя и более членами комиссии: {0}; членов комиссии: {1}.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../ui/document_preview.py" line="66"/>
        <source>Whole page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="67"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
</context>
<context>
    <name>DocumentRowsModel</name>
    <message>
        <location filename="../../ui/documents_models.py" line="61"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="62"/>
        <source>Nom.</source>
        <translation>Ном.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="63"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="64"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="65"/>
        <source>Reg. number</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="66"/>
        <source>Recipient line</source>
        <translation>Строка адресата</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="72"/>
        <source>The recipient line as the document prints it, in its case</source>
        <translation>Строка адресата так, как она будет напечатана, в нужном падеже</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="140"/>
        <source>Typed by hand; the automatic form is «{0}».</source>
        <translation>Введена вручную; автоматически было бы «{0}».</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="142"/>
        <source>The number is given when the documents are generated.</source>
        <translation>Номер присваивается при формировании документов.</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <location filename="../../ui/documents_models.py" line="31"/>
        <source>Governor&apos;s letter of thanks</source>
        <translation>Благодарственное письмо Губернатора</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="32"/>
        <source>Finalist&apos;s diploma</source>
        <translation>Диплом финалиста</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="33"/>
        <source>Participant&apos;s certificate</source>
        <translation>Сертификат участника</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="34"/>
        <source>Quality mark</source>
        <translation>Знак качества</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="35"/>
        <source>Protocol of the commission&apos;s meeting</source>
        <translation>Протокол заседания комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="38"/>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="39"/>
        <source>Finalist</source>
        <translation>Финалист</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="40"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="42"/>
        <source>final</source>
        <translation>итоговый</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="43"/>
        <source>draft</source>
        <translation>проект</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../ui/documents_page.py" line="77"/>
        <source>Template…</source>
        <translation>Шаблон…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_page.py" line="79"/>
        <source>Registration journal</source>
        <translation>Журнал регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/documents_page.py" line="82"/>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <location filename="../../ui/documents_page.py" line="88"/>
        <source>Results are not frozen — documents will be marked DRAFT</source>
        <translation>Итоги не заморожены — документы будут помечены «ПРОЕКТ»</translation>
    </message>
    <message>
        <location filename="../../ui/documents_page.py" line="99"/>
        <source>Search by organization, recipient, number…</source>
        <translation>Поиск по организации, адресату, номеру…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_page.py" line="148"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_page.py" line="175"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_page.py" line="217"/>
        <source>Documents: {0}</source>
        <translation>Документов: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/documents_page.py" line="309"/>
        <source>Print the document</source>
        <translation>Печать документа</translation>
    </message>
    <message>
        <location filename="../../ui/documents_page.py" line="312"/>
        <source>Pages sent to the printer: {0}</source>
        <translation>Страниц отправлено на принтер: {0}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/import_review.py" line="325"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="326"/>
        <source>What was written to the contest. You can close this window now.</source>
        <translation>Что записано в конкурс. Теперь окно можно закрыть.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="334"/>
        <source>Imported applications per nomination</source>
        <translation>Импортированные заявки по номинациям</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="345"/>
        <source>Applications imported: {0}.</source>
        <translation>Импортировано заявок: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="347"/>
        <source>Nothing new in this file: the contest was not changed.</source>
        <translation>В файле нет ничего нового: конкурс не изменён.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="350"/>
        <source>Copy of the contest file made before the import: {0}</source>
        <translation>Резервная копия файла конкурса перед импортом: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="352"/>
        <source>Folder of the copies: {0}</source>
        <translation>Папка резервных копий: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="355"/>
        <source>Earlier applications replaced by later ones: {0}.</source>
        <translation>Ранее импортированных заявок заменено более поздними: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="361"/>
        <source>Rows that were already in the contest: {0}.</source>
        <translation>Строк, которые уже были в конкурсе: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="368"/>
        <source>Problems recorded: {0}. They are shown with the applications, where you can correct them.</source>
        <translation>Записано замечаний: {0}. Они показаны вместе с заявками — там их можно исправить.</translation>
    </message>
</context>
<context>
    <name>EditFieldDialog</name>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="53"/>
        <source>Correct application No. {0}</source>
        <translation>Исправление заявки № {0}</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="56"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="57"/>
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="58"/>
        <source>Municipality</source>
        <translation>Муниципальное образование</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="59"/>
        <source>VK page</source>
        <translation>Страница ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="60"/>
        <source>Odnoklassniki page</source>
        <translation>Страница в Одноклассниках</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="61"/>
        <source>Telegram channel</source>
        <translation>Канал в Telegram</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="62"/>
        <source>MAX channel</source>
        <translation>Канал в MAX</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="63"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="64"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="65"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="66"/>
        <source>Subscribers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="79"/>
        <source>e.g. the applicant sent the right link</source>
        <translation>например: заявитель прислал верную ссылку</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="81"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="82"/>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="83"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="84"/>
        <source>The change is recorded in the contest&apos;s audit log.</source>
        <translation>Изменение будет записано в журнал действий конкурса.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_pages.py" line="148"/>
        <source>Choose the file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="150"/>
        <source>Step 1 of 4 · The file with the applications exported from the online form.</source>
        <translation>Шаг 1 из 4 · Файл с заявками, выгруженный из онлайн-формы.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="155"/>
        <source>Path to the .xlsx or .csv file</source>
        <translation>Путь к файлу .xlsx или .csv</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="157"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="162"/>
        <source>File with the applications:</source>
        <translation>Файл с заявками:</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="165"/>
        <source>Accepted: Excel workbooks (.xlsx, .xls), OpenDocument spreadsheets (.ods) and CSV text files (UTF-8 or Windows-1251, separated by «;» or «,»). The first sheet is read and its header row is found automatically.</source>
        <translation>Подходят книги Excel (.xlsx, .xls), таблицы OpenDocument (.ods) и текстовые файлы CSV (UTF-8 или Windows-1251, разделитель «;» или «,»). Читается первый лист, строка заголовков находится автоматически.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="173"/>
        <source>Or drop the file here</source>
        <translation>Или перетащите файл сюда</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="177"/>
        <source>How the import goes</source>
        <translation>Как проходит импорт</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="179"/>
        <source>1. File: choose it here.</source>
        <translation>1. Файл: выберите его здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="180"/>
        <source>2. Columns: check which column holds what.</source>
        <translation>2. Столбцы: проверьте, что содержится в каждом столбце.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="181"/>
        <source>3. Nominations: decide on the texts the program could not recognise.</source>
        <translation>3. Номинации: решите, куда отнести тексты, которые программа не распознала.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="182"/>
        <source>4. Review: look through the problems found, then press «Import».</source>
        <translation>4. Проверка: просмотрите найденные замечания и нажмите «Импортировать».</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="183"/>
        <source>Nothing is written to the contest before «Import»; a backup is made first.</source>
        <translation>До нажатия «Импортировать» в конкурс ничего не записывается; перед импортом делается резервная копия.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="206"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="213"/>
        <source>Read «{0}»: sheet «{1}», {2} rows below the header.</source>
        <translation>Прочитан файл «{0}»: лист «{1}», строк под заголовком: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="216"/>
        <source>Read «{0}»: {1} rows below the header.</source>
        <translation>Прочитан файл «{0}»: строк под заголовком: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="218"/>
        <source>Some required columns were not recognised: choose them next.</source>
        <translation>Некоторые обязательные столбцы не распознаны: укажите их на следующем шаге.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="220"/>
        <source>Press «Next» to check the columns.</source>
        <translation>Нажмите «Далее», чтобы проверить столбцы.</translation>
    </message>
</context>
<context>
    <name>GenerationSummary</name>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="112"/>
        <source>Documents generated</source>
        <translation>Документы сформированы</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="116"/>
        <source>The protocol was saved as «{0}».</source>
        <translation>Протокол сохранён: «{0}».</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="118"/>
        <source>Files written: {0}.</source>
        <translation>Записано файлов: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="120"/>
        <source>Everything in one file for printing: «{0}».</source>
        <translation>Всё в одном файле для печати: «{0}».</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="125"/>
        <source>The results are not frozen: the documents are marked «ПРОЕКТ» (draft).</source>
        <translation>Итоги не заморожены: документы помечены «ПРОЕКТ».</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="128"/>
        <source>Folder: {0}</source>
        <translation>Папка: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="134"/>
        <source>Print all…</source>
        <translation>Напечатать всё…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="137"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="150"/>
        <source>Print all documents</source>
        <translation>Печать всех документов</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="170"/>
        <source>Cannot print</source>
        <translation>Не удалось напечатать</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="171"/>
        <source>The file «{0}» could not be read.</source>
        <translation>Не удалось прочитать файл «{0}».</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="178"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="179"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="184"/>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../ui/help_viewer.py" line="27"/>
        <source>User guide — Jury App</source>
        <translation>Руководство пользователя — Jury App</translation>
    </message>
    <message>
        <location filename="../../ui/help_viewer.py" line="37"/>
        <source>Find in the guide</source>
        <translation>Поиск в руководстве</translation>
    </message>
    <message>
        <location filename="../../ui/help_viewer.py" line="60"/>
        <source>The user guide is not available</source>
        <translation>Руководство пользователя недоступно</translation>
    </message>
    <message>
        <location filename="../../ui/help_viewer.py" line="62"/>
        <source>The file {0} was not found. Reinstall the program or ask whoever supports it for the guide.</source>
        <translation>Файл {0} не найден. Переустановите программу или попросите руководство у того, кто её сопровождает.</translation>
    </message>
    <message>
        <location filename="../../ui/help_viewer.py" line="118"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <location filename="../../ui/template_fields.py" line="57"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/template_fields.py" line="59"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/template_fields.py" line="89"/>
        <source>Choose a picture</source>
        <translation>Выбор изображения</translation>
    </message>
    <message>
        <location filename="../../ui/template_fields.py" line="89"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message>
        <location filename="../../ui/import_log.py" line="70"/>
        <source>Import problems</source>
        <translation>Замечания импорта</translation>
    </message>
    <message>
        <location filename="../../ui/import_log.py" line="85"/>
        <source>Rows that were not imported can be added by importing a corrected file; problems of imported applications are settled by correcting the field.</source>
        <translation>Пропущенные строки можно добавить, импортировав исправленный файл; замечания к импортированным заявкам снимаются исправлением поля («Исправить поле…» на странице «Заявки»).</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../../ui/import_log.py" line="33"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/import_log.py" line="34"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/import_log.py" line="35"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/import_log.py" line="36"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/import_log.py" line="37"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/import_log.py" line="59"/>
        <source>corrected</source>
        <translation>исправлено</translation>
    </message>
    <message>
        <location filename="../../ui/import_log.py" line="61"/>
        <source>row not imported</source>
        <translation>строка не импортирована</translation>
    </message>
    <message>
        <location filename="../../ui/import_log.py" line="62"/>
        <source>open</source>
        <translation>не исправлено</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Municipality</source>
        <translation>Муниципальное образование</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>VK link</source>
        <translation>Ссылка ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Odnoklassniki link</source>
        <translation>Ссылка в Одноклассниках</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Telegram link</source>
        <translation>Ссылка в Telegram</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>MAX link</source>
        <translation>Ссылка в MAX</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Other links (any site)</source>
        <translation>Другие ссылки (любой сайт)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Subscribers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Time of submission</source>
        <translation>Время подачи</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Consent to data processing</source>
        <translation>Согласие на обработку данных</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Repeated row</source>
        <translation>Повтор строки</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Replaced by a later application</source>
        <translation>Заменена более поздней заявкой</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>No organization</source>
        <translation>Нет организации</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Unknown nomination</source>
        <translation>Неизвестная номинация</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Looks like a formula</source>
        <translation>Похоже на формулу</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Unclear link</source>
        <translation>Непонятная ссылка</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>No links</source>
        <translation>Нет ссылок</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Phone not recognised</source>
        <translation>Телефон не распознан</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>E-mail not recognised</source>
        <translation>Почта не распознана</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Subscribers not recognised</source>
        <translation>Подписчики не распознаны</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Time not recognised</source>
        <translation>Время не распознано</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="49"/>
        <source>Import applications</source>
        <translation>Импорт заявок</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="56"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="91"/>
        <source>Choose the form export</source>
        <translation>Выберите выгрузку формы</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="93"/>
        <source>Form exports (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Выгрузки формы (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="109"/>
        <source>Applications to import: {0}</source>
        <translation>Заявок к импорту: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="110"/>
        <source>Rows skipped: {0}</source>
        <translation>Пропущено строк: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="111"/>
        <source>Warnings: {0}</source>
        <translation>Предупреждений: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="114"/>
        <source>Already in the contest: {0}</source>
        <translation>Уже в конкурсе: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="121"/>
        <source>Unexpected error: {0}</source>
        <translation>Непредвиденная ошибка: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="180"/>
        <source>Checking the rows again…</source>
        <translation>Повторная проверка строк…</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="39"/>
        <source>Registration journal</source>
        <translation>Журнал регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="57"/>
        <source>Registered documents: {0}, of them final: {1}.</source>
        <translation>Зарегистрировано документов: {0}, из них итоговых: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="62"/>
        <source>No document has been registered yet: numbers are given when the documents are generated.</source>
        <translation>Пока не зарегистрирован ни один документ: номера присваиваются при формировании документов.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="70"/>
        <source>Export to CSV…</source>
        <translation>Выгрузить в CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="84"/>
        <source>Export the journal</source>
        <translation>Выгрузка журнала</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="85"/>
        <source>registration journal.csv</source>
        <translation>журнал регистрации.csv</translation>
    </message>
    <message>
        <location filename="../../ui/documents_dialogs.py" line="86"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../ui/documents_models.py" line="183"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="184"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="185"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="186"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="187"/>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="188"/>
        <source>Issued as</source>
        <translation>Выдан как</translation>
    </message>
    <message>
        <location filename="../../ui/documents_models.py" line="196"/>
        <source>Recipient line typed by hand: {0}</source>
        <translation>Строка адресата введена вручную: {0}</translation>
    </message>
</context>
<context>
    <name>JurorDiagnosticsModel</name>
    <message>
        <location filename="../../ui/results_extras.py" line="84"/>
        <source>Juror</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="85"/>
        <source>Scored</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="86"/>
        <source>Strictness: offset ± SE</source>
        <translation>Строгость: сдвиг ± СО</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="87"/>
        <source>Agreement (ρ)</source>
        <translation>Согласованность (ρ)</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="88"/>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="91"/>
        <source>scores higher than the others</source>
        <translation>завышает оценки</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="92"/>
        <source>scores lower than the others</source>
        <translation>занижает оценки</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="93"/>
        <source>agrees little with the others</source>
        <translation>слабо согласуется с остальными</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="94"/>
        <source>gives the same score on every criterion</source>
        <translation>ставит одинаковые баллы по всем критериям</translation>
    </message>
</context>
<context>
    <name>JurorDialog</name>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="94"/>
        <source>Edit juror</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="94"/>
        <source>Add juror</source>
        <translation>Новый член комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="97"/>
        <source>Surname First name Patronymic</source>
        <translation>Фамилия Имя Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="103"/>
        <source>e.g. head of the press service</source>
        <translation>например, руководитель пресс-службы</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="112"/>
        <source>Nothing checked: the juror scores in every nomination.</source>
        <translation>Ничего не отмечено — член комиссии оценивает заявки всех номинаций.</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="121"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="122"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="123"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="124"/>
        <source>Nominations</source>
        <translation>Номинации</translation>
    </message>
</context>
<context>
    <name>JurorWindow</name>
    <message>
        <location filename="../../ui/juror_window.py" line="75"/>
        <source>{0} — {1} — Jury App</source>
        <translation>{0} — {1} — Jury App</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="102"/>
        <source>Search by organisation, municipality or No.</source>
        <translation>Поиск по организации, муниципалитету или номеру</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="105"/>
        <source>Only not yet scored</source>
        <translation>Только неоценённые</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="147"/>
        <source>Digits — score · Enter, Tab, ↑↓ — move · Backspace — clear · Ctrl+N — next not yet scored · Ctrl+1…4 — open page · Ctrl+Z — undo</source>
        <translation>Цифры — оценка · Enter, Tab, ↑↓ — переход · Backspace — стереть · Ctrl+N — следующая неоценённая · Ctrl+1…4 — открыть страницу · Ctrl+Z — отменить</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="156"/>
        <source>Comment for the secretary (optional, saved automatically)</source>
        <translation>Комментарий для секретаря (необязательно, сохраняется автоматически)</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="193"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="195"/>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="200"/>
        <source>Export score file…</source>
        <translation>Выгрузить файл оценок…</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="203"/>
        <source>Blank Excel score sheet…</source>
        <translation>Пустой лист оценок Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="204"/>
        <source>Load filled Excel sheet…</source>
        <translation>Загрузить заполненный лист оценок Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="207"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="209"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="210"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="212"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="217"/>
        <source>&amp;Application</source>
        <translation>&amp;Заявка</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="220"/>
        <source>Next not yet scored</source>
        <translation>Следующая неоценённая заявка</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="225"/>
        <source>Next application</source>
        <translation>Следующая заявка</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="232"/>
        <source>Open page {0}</source>
        <translation>Открыть страницу {0}</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="239"/>
        <source>Declare or withdraw conflict of interest…</source>
        <translation>Заявить или отозвать конфликт интересов…</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="241"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="244"/>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="250"/>
        <source>About Jury App</source>
        <translation>О программе Jury App</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="274"/>
        <source>Scored {0} of {1}</source>
        <translation>Оценено {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="276"/>
        <source>started {0}</source>
        <translation>начато: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="278"/>
        <source>conflicts {0}</source>
        <translation>самоотводов: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="281"/>
        <source>All done — export the score file (File menu).</source>
        <translation>Всё оценено — выгрузите файл оценок (меню «Файл»).</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="378"/>
        <source>You declared a conflict of interest: {0}. This application is not scored.</source>
        <translation>Вы заявили конфликт интересов (самоотвод): {0}. Эта заявка не оценивается.</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="382"/>
        <source>Withdraw conflict of interest</source>
        <translation>Отозвать заявление о конфликте интересов</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="384"/>
        <source>Declare conflict of interest…</source>
        <translation>Заявить конфликт интересов…</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="407"/>
        <source>Every application is scored.</source>
        <translation>Все заявки оценены.</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="409"/>
        <source>This is the last application in the list.</source>
        <translation>Это последняя заявка в списке.</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="417"/>
        <source>This application has no page {0}.</source>
        <translation>У этой заявки нет страницы {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="493"/>
        <source>Export score file</source>
        <translation>Выгрузка файла оценок</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="494"/>
        <source>scores</source>
        <translation>оценки</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="495"/>
        <source>Score files (*{0})</source>
        <translation>Файлы оценок (*{0})</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="503"/>
        <source>Score file saved: {0}</source>
        <translation>Файл оценок сохранён: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="507"/>
        <source>Score file, revision {0}, with {1} scores is saved as
{2}

Send this file to the secretary of the commission. If you change scores later, export again: the newer revision replaces the older one.</source>
        <translation>Файл оценок (редакция {0}, оценок: {1}) сохранён:
{2}

Отправьте этот файл секретарю конкурсной комиссии. Если позже измените оценки, выгрузите файл ещё раз: новая редакция заменит прежнюю.</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="515"/>
        <source>Blank Excel score sheet</source>
        <translation>Пустой лист оценок Excel</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="518"/>
        <source>score sheet</source>
        <translation>лист оценок</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="519"/>
        <location filename="../../ui/juror_window.py" line="539"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="531"/>
        <source>The score sheet with {0} applications is saved as
{1}

Fill it in Excel and load it back with File → Load filled Excel sheet.</source>
        <translation>Лист оценок Excel (заявок: {0}) сохранён:
{1}

Заполните его в Excel и загрузите обратно: «Файл → Загрузить заполненный лист оценок Excel».</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="538"/>
        <source>Load filled Excel sheet</source>
        <translation>Загрузка заполненного листа оценок Excel</translation>
    </message>
    <message>
        <location filename="../../ui/juror_window.py" line="551"/>
        <source>Loaded from the sheet: {0} scores, {1} comments.</source>
        <translation>Загружено из листа оценок: оценок — {0}, комментариев — {1}.</translation>
    </message>
</context>
<context>
    <name>JurorWorkModel</name>
    <message>
        <location filename="../../ui/juror_models.py" line="152"/>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location filename="../../ui/juror_models.py" line="152"/>
        <source>Scored</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <location filename="../../ui/juror_models.py" line="190"/>
        <source>conflict</source>
        <translation>самоотвод</translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <location filename="../../ui/jury_page.py" line="87"/>
        <location filename="../../ui/jury_page.py" line="434"/>
        <source>Commission</source>
        <translation>Состав комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="108"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="110"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="112"/>
        <location filename="../../ui/jury_page.py" line="288"/>
        <source>Mark absent…</source>
        <translation>Отметить отсутствие…</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="114"/>
        <source>Conflicts of interest…</source>
        <translation>Конфликты интересов…</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="131"/>
        <source>Assignment of applications</source>
        <translation>Назначение заявок</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="133"/>
        <source>Every juror scores all applications of their nominations</source>
        <translation>Каждый член комиссии оценивает все заявки своих номинаций</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="135"/>
        <source>Jurors per application:</source>
        <translation>Членов комиссии на заявку:</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="144"/>
        <location filename="../../ui/jury_page.py" line="430"/>
        <source>Distribute applications</source>
        <translation>Распределить заявки</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="146"/>
        <source>Export jury packages…</source>
        <translation>Выгрузить пакеты членов комиссии…</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="175"/>
        <source>Double-click a cell or press Space to assign or unassign. ✕ is a conflict.</source>
        <translation>Двойной щелчок или Пробел — назначить или снять назначение. ✕ — конфликт интересов.</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="181"/>
        <source>Nomination:</source>
        <translation>Номинация:</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="236"/>
        <source>All nominations</source>
        <translation>Все номинации</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="253"/>
        <source>Nothing assigned yet</source>
        <translation>Заявки ещё не назначены</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="256"/>
        <source>Assignments: {0}; {1} for each juror</source>
        <translation>Назначений: {0}; по {1} на члена комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="258"/>
        <source>Assignments: {0}; load from {1} to {2}</source>
        <translation>Назначений: {0}; от {1} до {2} на члена комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="288"/>
        <source>Mark active…</source>
        <translation>Вернуть к работе…</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="337"/>
        <source>Mark absent</source>
        <translation>Отсутствие члена комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="339"/>
        <source>{0} will be marked absent: their scores are kept but left out of the results. Why?</source>
        <translation>{0} — отмечается отсутствие: оценки сохранятся, но не войдут в итоги. Укажите причину.</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="342"/>
        <source>Mark active</source>
        <translation>Возвращение к работе</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="343"/>
        <source>{0} takes part in the work again. Why?</source>
        <translation>{0} снова участвует в работе комиссии. Укажите причину.</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="373"/>
        <source>Distribute the applications anew? The current assignments are replaced; those that already carry scores are kept.</source>
        <translation>Распределить заявки заново? Текущие назначения будут заменены; назначения, по которым уже есть оценки, сохранятся.</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="418"/>
        <source>Jury packages saved: {0} files in &lt;a href=&quot;{1}&quot;&gt;{2}&lt;/a&gt;</source>
        <translation>Пакеты членов комиссии сохранены: {0} файл(ов) в папке &lt;a href=&quot;{1}&quot;&gt;{2}&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.py" line="426"/>
        <source>Folder for the jury packages</source>
        <translation>Папка для пакетов членов комиссии</translation>
    </message>
</context>
<context>
    <name>LeniencyChart</name>
    <message>
        <location filename="../../ui/results_charts.py" line="167"/>
        <source>Juror leniency in points, ± 2 standard errors; red — flagged</source>
        <translation>Строгость членов комиссии в баллах, ± 2 стандартные ошибки; красным — требуют внимания</translation>
    </message>
    <message>
        <location filename="../../ui/results_charts.py" line="174"/>
        <source>← stricter · more lenient →</source>
        <translation>← строже · мягче →</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="111"/>
        <source>ParaType Free Font License</source>
        <translation>Лицензия ParaType Free Font License</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="120"/>
        <source>The licence file is missing: {0}</source>
        <translation>Файл лицензии отсутствует: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="122"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Applications</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Results</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Contest settings</source>
        <translation>Настройки конкурса</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;Import applications…</source>
        <translation>&amp;Импорт заявок…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;Export applications…</source>
        <translation>&amp;Экспорт заявок…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>&amp;Merge score files…</source>
        <translation>&amp;Свести файлы оценок…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Import &amp;problems…</source>
        <translation>&amp;Замечания импорта…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;About Jury App</source>
        <translation>&amp;О программе Jury App</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Applications: {0} · jurors: {1} · scores: {2}</source>
        <translation>Заявок: {0} · членов комиссии: {1} · оценок: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Export failed</source>
        <translation>Экспорт не выполнен</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Exported {0} applications to {1}</source>
        <translation>Выгружено заявок: {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Export applications</source>
        <translation>Экспорт заявок</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv);;JSON (*.json)</source>
        <translation>Книга Excel (*.xlsx);;CSV для Excel (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Merge score files</source>
        <translation>Сведение файлов оценок</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Score files (*.juryscores);;All files (*)</source>
        <translation>Файлы оценок (*.juryscores);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>Merging {0} score files…</source>
        <translation>Сведение файлов оценок: {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Merge failed</source>
        <translation>Сведение не выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>The language will change the next time the program starts.</source>
        <translation>Язык сменится при следующем запуске программы.</translation>
    </message>
    <message>
        <source>About Jury App</source>
        <translation type="vanished">О программе Jury App</translation>
    </message>
    <message>
        <source>Jury App — the whole work of a contest commission, offline: applications, jury, scores, results and documents.</source>
        <translation type="vanished">Jury App — вся работа конкурсной комиссии без интернета: заявки, жюри, оценки, итоги и документы.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Unsaved settings</source>
        <translation>Несохранённые настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>The contest settings have unsaved changes. Close anyway?</source>
        <translation>В настройках конкурса есть несохранённые изменения. Всё равно закрыть?</translation>
    </message>
</context>
<context>
    <name>MatchedNominationsModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="172"/>
        <source>Text in the file</source>
        <translation>Текст в файле</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="172"/>
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="172"/>
        <source>Applications</source>
        <translation>Заявок</translation>
    </message>
</context>
<context>
    <name>MergeResultDialog</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="50"/>
        <source>Score files merged</source>
        <translation>Сведение файлов оценок</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="53"/>
        <source>Accepted files: {0} · scores: {1} · rejected files: {2}</source>
        <translation>Принято файлов: {0} · оценок: {1} · отклонено файлов: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="66"/>
        <source>A backup of the contest file was made before merging: {0}</source>
        <translation>Перед сведением сделана резервная копия файла конкурса: {0}</translation>
    </message>
</context>
<context>
    <name>MissingModel</name>
    <message>
        <location filename="../../ui/jury_models.py" line="513"/>
        <source>Juror</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="514"/>
        <source>Nom.</source>
        <translation>Ном.</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="515"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="516"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="517"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>NominationTotalsModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="210"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="210"/>
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="210"/>
        <source>Applications</source>
        <translation>Заявок</translation>
    </message>
</context>
<context>
    <name>NominationsModel</name>
    <message>
        <location filename="../../ui/settings_models.py" line="158"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="159"/>
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="160"/>
        <source>Applications</source>
        <translation>Заявок</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="161"/>
        <source>Finalist quota</source>
        <translation>Квота финалистов</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="162"/>
        <source>Finalists now</source>
        <translation>Финалистов сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="169"/>
        <source>Active applications in this nomination</source>
        <translation>Действующие заявки в этой номинации</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="170"/>
        <source>Places for finalists under the fixed quota rule</source>
        <translation>Число финалистов при правиле фиксированной квоты</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="171"/>
        <source>Finalist places with the current rule and applications</source>
        <translation>Места финалистов при текущем правиле и нынешнем числе заявок</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="222"/>
        <location filename="../../ui/settings_models.py" line="240"/>
        <source>Select a nomination first.</source>
        <translation>Сначала выберите номинацию.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="225"/>
        <source>Cannot remove nomination No. {0}: it holds {1} applications. Move them to another nomination first.</source>
        <translation>Нельзя удалить номинацию № {0}: в ней {1} заявок. Сначала перенесите их в другую номинацию.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="231"/>
        <source>Cannot remove nomination No. {0}: the nominations after it would be renumbered, and nomination No. {1} already holds applications.</source>
        <translation>Нельзя удалить номинацию № {0}: номинации после неё получат новые номера, а в номинации № {1} уже есть заявки.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="245"/>
        <source>Nomination No. {0} already holds applications, so its number cannot change. Put the nominations in order before the import.</source>
        <translation>В номинации № {0} уже есть заявки, поэтому её номер нельзя изменить. Порядок номинаций задают до импорта заявок.</translation>
    </message>
</context>
<context>
    <name>NominationsPage</name>
    <message>
        <location filename="../../ui/import_review.py" line="66"/>
        <source>Match the nominations</source>
        <translation>Сопоставление номинаций</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="69"/>
        <source>Step 3 of 4 · Every application goes to one of the contest&apos;s nominations. Decide where the texts the program could not recognise belong, or skip their rows.</source>
        <translation>Шаг 3 из 4 · Каждая заявка относится к одной из номинаций конкурса. Решите, куда отнести тексты, которые программа не распознала, или пропустите их строки.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="76"/>
        <source>Every nomination text in the file was recognised: nothing to decide.</source>
        <translation>Все номинации в файле распознаны — решать ничего не нужно.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="78"/>
        <source>Needs your decision</source>
        <translation>Нужно ваше решение</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="85"/>
        <source>Recognised automatically</source>
        <translation>Распознано автоматически</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="133"/>
        <source>(no nomination given)</source>
        <translation>(номинация не указана)</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="137"/>
        <source>Rows of the sheet: {0}</source>
        <translation>Строки листа: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="140"/>
        <source>Choose a nomination…</source>
        <translation>Выберите номинацию…</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="141"/>
        <source>— skip these rows —</source>
        <translation>— пропустить эти строки —</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="154"/>
        <source>Did you mean № {0} «{1}»?</source>
        <translation>Возможно, имелась в виду № {0} «{1}»?</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="156"/>
        <source>Use suggestion</source>
        <translation>Принять вариант</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="182"/>
        <source>Decided: {0} of {1}.</source>
        <translation>Решено: {0} из {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="185"/>
        <source>Choose a nomination, or «skip these rows», for every text above.</source>
        <translation>Для каждого текста выше выберите номинацию или «пропустить эти строки».</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../ui/opening.py" line="65"/>
        <source>Cannot open</source>
        <translation>Не удалось открыть</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="98"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="101"/>
        <source>Contest files and jury packages (*.jury *.jurypkg);;All files (*)</source>
        <translation>Файлы конкурса и пакеты членов комиссии (*.jury *.jurypkg);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="111"/>
        <source>Jury packages (*.jurypkg);;All files (*)</source>
        <translation>Пакеты члена жюри (*.jurypkg);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>PeoplesChoiceModel</name>
    <message>
        <location filename="../../ui/results_extras.py" line="181"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="182"/>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="183"/>
        <source>Jury score</source>
        <translation>Оценка жюри</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="184"/>
        <source>Combined</source>
        <translation>Итог с учётом доли жюри</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="125"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="125"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="125"/>
        <source>What was found</source>
        <translation>Что найдено</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../ui/jury_models.py" line="425"/>
        <source>Juror</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="426"/>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="427"/>
        <source>Scored</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="428"/>
        <source>Partial</source>
        <translation>Частично</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="429"/>
        <source>Not scored</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="430"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="431"/>
        <source>Progress</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="433"/>
        <source>{0} (absent)</source>
        <translation>{0} (отсутствует)</translation>
    </message>
</context>
<context>
    <name>QualityModel</name>
    <message>
        <location filename="../../ui/results_extras.py" line="162"/>
        <source>Nom.</source>
        <translation>Ном.</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="162"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="162"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../ui/results_models.py" line="104"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="105"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="106"/>
        <source>Score</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="107"/>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="108"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="109"/>
        <source>Jurors</source>
        <translation>Оценили</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="110"/>
        <source>P(finalist)</source>
        <translation>P(финал)</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="121"/>
        <source>Probability of reaching the final when the jury is resampled</source>
        <translation>Вероятность попасть в финал при пересборке оценок членов комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="123"/>
        <source>Plain weighted mean, for comparison with the previewed method</source>
        <translation>Обычное взвешенное среднее — для сравнения со способом предпросмотра</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="99"/>
        <location filename="../../ui/results_models.py" line="178"/>
        <source>tied place</source>
        <translation>спорное место</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="99"/>
        <location filename="../../ui/results_models.py" line="180"/>
        <source>decision</source>
        <translation>решение комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="225"/>
        <source>The cut falls between equal scores: the commission has to decide.</source>
        <translation>Граница финала проходит между равными баллами: нужно решение комиссии.</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="227"/>
        <source>The status was set by a decision of the commission.</source>
        <translation>Статус установлен решением комиссии.</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="230"/>
        <source>Press “Check stability” to estimate it.</source>
        <translation>Нажмите «Проверить устойчивость», чтобы оценить.</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="232"/>
        <source>Probability of reaching the final: {0:.1%}; of winning: {1:.1%}</source>
        <translation>Вероятность попасть в финал: {0:.1%}; стать победителем: {1:.1%}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/jury_dialogs.py" line="166"/>
        <location filename="../../ui/results_models.py" line="265"/>
        <source>The reason is recorded in the contest&apos;s audit log.</source>
        <translation>Основание записывается в журнал изменений конкурса.</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="264"/>
        <source>e.g. decision of the commission, minutes № 3</source>
        <translation>например: решение комиссии, протокол № 3</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="270"/>
        <source>Reason:</source>
        <translation>Основание:</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../../ui/recent.py" line="57"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../ui/recent.py" line="75"/>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <location filename="../../ui/recent.py" line="79"/>
        <source>Clear list</source>
        <translation>Очистить список</translation>
    </message>
</context>
<context>
    <name>RecipientLineBox</name>
    <message>
        <location filename="../../ui/recipient_line.py" line="33"/>
        <source>Recipient line</source>
        <translation>Строка адресата</translation>
    </message>
    <message>
        <location filename="../../ui/recipient_line.py" line="41"/>
        <source>Type the line by hand to replace it…</source>
        <translation>Введите строку вручную, чтобы заменить её…</translation>
    </message>
    <message>
        <location filename="../../ui/recipient_line.py" line="44"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/recipient_line.py" line="46"/>
        <source>Back to automatic</source>
        <translation>Вернуть автоматическую</translation>
    </message>
    <message>
        <location filename="../../ui/recipient_line.py" line="61"/>
        <source>Automatic: {0}</source>
        <translation>Автоматически: {0}</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/import_review.py" line="202"/>
        <source>Review and import</source>
        <translation>Проверка и импорт</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="205"/>
        <source>Step 4 of 4 · Check what will be imported and what will be skipped, then press «Import». The contest file is backed up first.</source>
        <translation>Шаг 4 из 4 · Проверьте, что будет импортировано и что будет пропущено, и нажмите «Импортировать». Перед импортом делается резервная копия файла конкурса.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="220"/>
        <source>Applications per nomination</source>
        <translation>Заявки по номинациям</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="234"/>
        <source>Red: the row is not imported. Orange: the application is imported with a remark to check later. Select a row to read its whole message.</source>
        <translation>Красным — строка не импортируется. Оранжевым — заявка импортируется с замечанием, которое стоит проверить позже. Выберите строку, чтобы прочитать сообщение целиком.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="240"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="243"/>
        <source>Problems by row of the sheet</source>
        <translation>Замечания по строкам листа</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="268"/>
        <source>By kind: {0}.</source>
        <translation>По видам: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="272"/>
        <source>Applications already in the contest to be replaced by later ones: {0}.</source>
        <translation>Заявок в конкурсе, которые будут заменены более поздними: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="276"/>
        <source>The file brings nothing new: «Import» will change nothing.</source>
        <translation>В файле нет ничего нового: импорт ничего не изменит.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="284"/>
        <source>All problems ({0})</source>
        <translation>Все замечания ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="305"/>
        <source>Importing: backing up the contest file, then writing the applications…</source>
        <translation>Импорт: резервная копия файла конкурса, затем запись заявок…</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="316"/>
        <source>Nothing was imported; the contest is unchanged. {0}</source>
        <translation>Ничего не импортировано, конкурс не изменён. {0}</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results_page.py" line="98"/>
        <source>Check stability</source>
        <translation>Проверить устойчивость</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="100"/>
        <source>Resample the jury many times and count how often each place holds.</source>
        <translation>Многократно пересобрать состав оценок и посчитать, как часто место сохраняется (устойчивость места).</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="106"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="112"/>
        <source>Method:</source>
        <translation>Способ подсчёта:</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="115"/>
        <source>Nomination:</source>
        <translation>Номинация:</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="155"/>
        <source>Record decision…</source>
        <translation>Записать решение…</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="157"/>
        <source>Remove decision…</source>
        <translation>Отменить решение…</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="161"/>
        <source>Gold — winner, green — finalist, orange — unstable place (P(finalist) between 10% and 90%).</source>
        <translation>Золотистый — победитель, зелёный — финалист, оранжевый — неустойчивое место (вероятность попасть в финал от 10% до 90%).</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="183"/>
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="184"/>
        <source>Juror leniency</source>
        <translation>Строгость членов комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="187"/>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="188"/>
        <source>Awards</source>
        <translation>Награды</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="239"/>
        <source>Computing…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="279"/>
        <source>Method of the contest: &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Способ подсчёта конкурса: &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="282"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; with «{0}»: the contest&apos;s method is «{1}» and stays unchanged (it is set in the contest settings).</source>
        <translation>&lt;b&gt;Предпросмотр&lt;/b&gt; способом «{0}»: способ подсчёта конкурса — «{1}», он не меняется (задаётся в настройках конкурса).</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="289"/>
        <source>Results frozen</source>
        <translation>Итоги заморожены</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="289"/>
        <source>Results open</source>
        <translation>Итоги не заморожены</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="294"/>
        <source>Unfreeze…</source>
        <translation>Снять заморозку…</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="294"/>
        <source>Freeze results…</source>
        <translation>Заморозить итоги…</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="322"/>
        <source>Applications: {0} · finalist places: {1} · winners: {2}</source>
        <translation>Заявок: {0} · мест в финале: {1} · победителей: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="326"/>
        <source>tied at the cut: {0}</source>
        <translation>спорных мест: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="335"/>
        <source>unstable places: {0}</source>
        <translation>неустойчивых мест: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="368"/>
        <source>Remove the decision of the commission</source>
        <translation>Отмена решения комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="374"/>
        <source>Unfreeze the results</source>
        <translation>Снять заморозку итогов</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="374"/>
        <source>Freeze the results</source>
        <translation>Заморозить итоги</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="389"/>
        <source>Results</source>
        <translation>Итоги</translation>
    </message>
</context>
<context>
    <name>ResultsTexts</name>
    <message>
        <location filename="../../ui/results_models.py" line="57"/>
        <source>Weighted mean</source>
        <translation>Взвешенное среднее</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="58"/>
        <source>Trimmed mean</source>
        <translation>Усечённое среднее</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="59"/>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="60"/>
        <source>Mean of standardised scores (z)</source>
        <translation>Среднее стандартизованных оценок (z)</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="61"/>
        <source>Mean adjusted for juror leniency</source>
        <translation>Среднее с поправкой на строгость членов комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="64"/>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="65"/>
        <source>Finalist</source>
        <translation>Финалист</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="66"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>deputy chair</source>
        <translation>заместитель председателя</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>member</source>
        <translation>член комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>secretary</source>
        <translation>секретарь</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../ui/jury_models.py" line="82"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="83"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="84"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="85"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="86"/>
        <source>Nominations</source>
        <translation>Номинации</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="87"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="88"/>
        <source>Load</source>
        <translation>Заявок</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="91"/>
        <source>active</source>
        <translation>участвует</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="91"/>
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../../ui/jury_models.py" line="92"/>
        <source>all</source>
        <translation>все</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../ui/results_charts.py" line="106"/>
        <source>Scores of the first {0} of {1} places</source>
        <translation>Итоговые баллы: первые {0} мест из {1}</translation>
    </message>
    <message>
        <location filename="../../ui/results_charts.py" line="109"/>
        <source>Scores by place</source>
        <translation>Итоговые баллы по местам</translation>
    </message>
    <message>
        <location filename="../../ui/results_charts.py" line="126"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/results_charts.py" line="136"/>
        <source>Score</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <location filename="../../ui/results_charts.py" line="144"/>
        <source>Finalist cut</source>
        <translation>Граница финала</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <location filename="../../ui/juror_models.py" line="300"/>
        <source>score on criterion {0}</source>
        <translation>оценку по критерию {0}</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <location filename="../../ui/score_panel.py" line="257"/>
        <source>What the scores mean — {0}</source>
        <translation>Описание баллов — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/score_panel.py" line="258"/>
        <source>No rubric for this criterion.</source>
        <translation>Для этого критерия нет описания баллов.</translation>
    </message>
</context>
<context>
    <name>ScoresPage</name>
    <message>
        <location filename="../../ui/scores_page.py" line="110"/>
        <source>scored</source>
        <translation>оценено</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="111"/>
        <source>partially scored</source>
        <translation>частично</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="112"/>
        <source>not scored</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="113"/>
        <source>conflict of interest</source>
        <translation>конфликт интересов</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="131"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="138"/>
        <source>Jurors</source>
        <translation>Члены комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="148"/>
        <source>Nominations</source>
        <translation>Номинации</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="165"/>
        <source>Coverage</source>
        <translation>Кто что оценил</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="166"/>
        <source>What is missing</source>
        <translation>Чего не хватает</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="185"/>
        <source>Only incomplete applications</source>
        <translation>Только неоценённые заявки</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="197"/>
        <source>Nomination:</source>
        <translation>Номинация:</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="218"/>
        <source>Copy list</source>
        <translation>Копировать список</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="220"/>
        <source>Copy what is missing, juror by juror, as plain text for e-mails</source>
        <translation>Скопировать недостающее по каждому члену комиссии простым текстом — для писем</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="268"/>
        <source>All nominations</source>
        <translation>Все номинации</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="284"/>
        <source>No applications are assigned yet.</source>
        <translation>Заявки ещё не назначены.</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="288"/>
        <source>Scores returned: {0} of {1} ({2} %)</source>
        <translation>Оценено: {0} из {1} ({2} %)</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="290"/>
        <source>Waiting for scores: {0}</source>
        <translation>Ожидают оценки: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="291"/>
        <source>What is missing ({0})</source>
        <translation>Чего не хватает ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="303"/>
        <source>{0} — applications waiting for scores: {1}</source>
        <translation>{0} — заявок ждут оценки: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="306"/>
        <source>  nomination {0}, application No. {1}: {2} — {3}</source>
        <translation>  номинация {0}, заявка № {1}: {2} — {3}</translation>
    </message>
    <message>
        <location filename="../../ui/scores_page.py" line="318"/>
        <source>The list is copied to the clipboard.</source>
        <translation>Список скопирован в буфер обмена.</translation>
    </message>
</context>
<context>
    <name>SensitivityModel</name>
    <message>
        <location filename="../../ui/results_extras.py" line="128"/>
        <source>Nom.</source>
        <translation>Ном.</translation>
    </message>
    <message>
        <location filename="../../ui/results_extras.py" line="128"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="67"/>
        <location filename="../../ui/settings_page.py" line="435"/>
        <source>Contest settings</source>
        <translation>Настройки конкурса</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="93"/>
        <source>Contest</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="100"/>
        <source>As printed under the letters</source>
        <translation>Как в подписи под письмами</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="102"/>
        <source>e.g. Governor of Kuzbass</source>
        <translation>например, Губернатор Кузбасса</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="105"/>
        <source>Weighted mean</source>
        <translation>Взвешенное среднее</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="106"/>
        <source>Trimmed mean</source>
        <translation>Усечённое среднее</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="107"/>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="108"/>
        <source>Per-juror z-scores</source>
        <translation>Z-оценки (нормировка по каждому члену комиссии)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="109"/>
        <source>Leniency-adjusted mean</source>
        <translation>Среднее с поправкой на строгость членов комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="116"/>
        <source>Fix the method before scoring starts: it decides the results and is printed in the protocol.</source>
        <translation>Выберите способ до начала оценивания: от него зависят итоги, и он указывается в протоколе.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="123"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="124"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="125"/>
        <source>Signatory (name)</source>
        <translation>Подписант (ФИО)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="126"/>
        <source>Signatory position</source>
        <translation>Должность подписанта</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="127"/>
        <source>Aggregation method</source>
        <translation>Способ подсчёта итогового балла</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="163"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="164"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="165"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="166"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="181"/>
        <source>Nominations</source>
        <translation>Номинации</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="200"/>
        <source>Double-click a title or a quota to change it.</source>
        <translation>Чтобы изменить название или квоту, дважды щёлкните по ячейке.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="208"/>
        <source>Evaluation criteria</source>
        <translation>Критерии оценки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="238"/>
        <source>What each score means, e.g. «0 — no corporate style … 10 — …»</source>
        <translation>Что означает каждый балл, например: «0 — фирменного стиля нет … 10 — …»</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="252"/>
        <source>Finalists and winners</source>
        <translation>Финалисты и победители</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="255"/>
        <source>Total number shared out between nominations (kuzbass-2025 rule)</source>
        <translation>Общее число финалистов распределяется между номинациями (правило kuzbass-2025)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="257"/>
        <source>Fixed quota per nomination</source>
        <translation>Фиксированная квота для каждой номинации</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="274"/>
        <source>Total finalists</source>
        <translation>Всего финалистов</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="275"/>
        <source>Minimum per nomination</source>
        <translation>Минимум на номинацию</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="276"/>
        <source>Winners per nomination</source>
        <translation>Победителей в номинации</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="281"/>
        <source>no quality mark</source>
        <translation>без знака качества</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="283"/>
        <source>Every application scoring at least this gets the quality mark; 0 = none.</source>
        <translation>Знак качества получает каждая заявка с баллом не ниже порога; 0 — знак не присуждается.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="286"/>
        <source>Quality mark bar</source>
        <translation>Порог знака качества</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="287"/>
        <source>Tie-break order</source>
        <translation>Порядок показателей при равенстве баллов</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="314"/>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="315"/>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="318"/>
        <source>Equal scores are ordered by
these, top first.</source>
        <translation>При равенстве баллов решают
эти показатели, сверху вниз.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="336"/>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="338"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="447"/>
        <source>Each nomination gets the number set in the «Finalist quota» column above, but never more than its applications.</source>
        <translation>Каждая номинация получает число финалистов из столбца «Квота финалистов» выше, но не больше, чем в ней заявок.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="452"/>
        <source>Each nomination first gets the minimum (or all its applications, if fewer); the remaining places go one by one to the nomination with the most applications per place.</source>
        <translation>Сначала каждая номинация получает минимум мест (или все свои заявки, если их меньше); остальные места по одному отдаются номинации, где больше всего заявок на одно место.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="468"/>
        <source>There are unsaved changes.</source>
        <translation>Есть несохранённые изменения.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="474"/>
        <source>No applications yet: the quotas add up to {0} finalists.</source>
        <translation>Заявок пока нет: по квотам всего финалистов — {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="478"/>
        <source>No applications yet: {0} finalist places will be shared out after the import.</source>
        <translation>Заявок пока нет: мест финалистов — {0}, они будут распределены после импорта заявок.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="480"/>
        <source>Finalists: {0} ({1})</source>
        <translation>Финалистов: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="485"/>
        <source>— only {0} of {1} places can be filled.</source>
        <translation>— заявок хватает только на {0} мест из {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="511"/>
        <source>New nomination {0}</source>
        <translation>Новая номинация {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="537"/>
        <source>Jurors have already entered scores: criteria can no longer be removed or reordered.</source>
        <translation>Члены комиссии уже выставили оценки: критерии оценки больше нельзя удалять или переставлять.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="544"/>
        <source>New criterion</source>
        <translation>Новый критерий</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="573"/>
        <source>Rubric for «{0}»: what the scores mean</source>
        <translation>Описание баллов по критерию «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="577"/>
        <source>Select a criterion to edit its rubric.</source>
        <translation>Выберите критерий оценки, чтобы изменить описание баллов.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="611"/>
        <source>Median of juror totals</source>
        <translation>Медиана итоговых оценок членов комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="614"/>
        <source>Criterion {0}: {1}</source>
        <translation>Критерий {0}: {1}</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="89"/>
        <source>The whole work of a contest commission, offline: applications, jury, scores, results and documents.</source>
        <translation>Вся работа конкурсной комиссии без интернета: заявки, жюри, оценки, итоги и документы.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="97"/>
        <location filename="../../ui/start_screen.py" line="224"/>
        <source>Create a contest</source>
        <translation>Создать конкурс</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="98"/>
        <source>A new contest file from the «Лучший госпаблик Кузбасса — 2025» template.</source>
        <translation>Новый файл конкурса по шаблону «Лучший госпаблик Кузбасса — 2025».</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="102"/>
        <source>Open a contest</source>
        <translation>Открыть конкурс</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="103"/>
        <source>A contest file (.jury): applications, commission, scores, results.</source>
        <translation>Файл конкурса (.jury): заявки, комиссия, оценки, итоги.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="107"/>
        <source>Open a jury package</source>
        <translation>Открыть пакет члена жюри</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="108"/>
        <source>A juror&apos;s package (.jurypkg): score the applications assigned to you.</source>
        <translation>Пакет члена жюри (.jurypkg): оценка назначенных вам заявок.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="112"/>
        <source>Explore the demo contest</source>
        <translation>Посмотреть демонстрационный конкурс</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="113"/>
        <source>Made-up applications to try everything without risk.</source>
        <translation>Вымышленные заявки, чтобы без риска попробовать всё.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="124"/>
        <source>Recent files</source>
        <translation>Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="169"/>
        <source>Double-click a file to open it.</source>
        <translation>Дважды щёлкните файл, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="172"/>
        <source>Files you open will be listed here.</source>
        <translation>Здесь появятся файлы, которые вы открывали.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="210"/>
        <location filename="../../ui/start_screen.py" line="214"/>
        <source>Cannot create the contest</source>
        <translation>Не удалось создать конкурс</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="215"/>
        <source>The file {0} could not be written: {1}</source>
        <translation>Не удалось записать файл {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="221"/>
        <source>New contest</source>
        <translation>Новый конкурс</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="226"/>
        <source>Contest files (*.jury)</source>
        <translation>Файлы конкурса (*.jury)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="240"/>
        <source>Preparing the demo contest…</source>
        <translation>Подготовка демонстрационного конкурса…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="256"/>
        <source>Cannot open the demo contest</source>
        <translation>Не удалось открыть демонстрационный конкурс</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/template_dialog.py" line="72"/>
        <source>Template: {0}</source>
        <translation>Шаблон: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="107"/>
        <source>from the contest settings: {0}</source>
        <translation>из настроек конкурса: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="109"/>
        <source>empty: the date of issue</source>
        <translation>пусто: дата выдачи</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="113"/>
        <source>With a frame</source>
        <translation>С рамкой</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="113"/>
        <source>Without a frame</source>
        <translation>Без рамки</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="124"/>
        <source>Issuer (above the heading)</source>
        <translation>От кого (над заголовком)</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="125"/>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="126"/>
        <source>Subheading</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="127"/>
        <source>Words before the recipient</source>
        <translation>Слова перед адресатом</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="128"/>
        <source>Case of the recipient line</source>
        <translation>Падеж строки адресата</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="129"/>
        <source>Text (paragraphs separated by an empty line)</source>
        <translation>Текст (абзацы разделяются пустой строкой)</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="130"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="131"/>
        <source>Date of the meeting</source>
        <translation>Дата заседания</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="132"/>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="133"/>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="134"/>
        <source>Signatory&apos;s position</source>
        <translation>Должность подписанта</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="135"/>
        <source>Font</source>
        <translation>Шрифт</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="136"/>
        <source>Layout</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="137"/>
        <source>Accent colour</source>
        <translation>Цвет оформления</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="138"/>
        <source>Emblem</source>
        <translation>Герб</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="139"/>
        <source>Facsimile of the signature</source>
        <translation>Факсимиле подписи</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="140"/>
        <source>Seal</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="160"/>
        <source>{year} — the contest&apos;s year, {seq} — the next number, {seq:03} — 001, 002…</source>
        <translation>{year} — год конкурса, {seq} — следующий номер, {seq:03} — 001, 002…</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="176"/>
        <source>Placeholders (double-click to insert into the field being edited):</source>
        <translation>Подстановки (двойной щелчок вставляет в редактируемое поле):</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="190"/>
        <source>Preparing the preview…</source>
        <translation>Подготовка предпросмотра…</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="202"/>
        <source>Reset to the original</source>
        <translation>Вернуть исходный</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="283"/>
        <source>The badge is shown on the page once saved.</source>
        <translation>Знак отображается на странице после сохранения.</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="296"/>
        <source>Preview of the edited template</source>
        <translation>Предпросмотр изменённого шаблона</translation>
    </message>
</context>
</TS>
