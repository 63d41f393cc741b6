<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>ApplicationDetails</name>
    <message>
        <location filename="../../ui/application_details.py" line="39" />
        <source>Correct a field…</source>
        <translation>Исправить поле…</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="55" />
        <source>Select an application to see its details.</source>
        <translation>Выберите заявку, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="61" />
        <source>Application No. {0}</source>
        <translation>Заявка № {0}</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="62" />
        <source>Nomination {0}</source>
        <translation>Номинация {0}</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="73" />
        <source>Municipality</source>
        <translation>Муниципальное образование</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="79" />
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="79" />
        <source>no links</source>
        <translation>ссылок нет</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="80" />
        <source>Subscribers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="74" />
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="75" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="76" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="81" />
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="82" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="94" />
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../../ui/application_details.py" line="63" />
        <source>{0}, row {1}</source>
        <translation>{0}, строка {1}</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../../ui/applications_model.py" line="41" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/applications_model.py" line="42" />
        <source>Nom.</source>
        <translation>Ном.</translation>
    </message>
    <message>
        <location filename="../../ui/applications_model.py" line="43" />
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/applications_model.py" line="44" />
        <source>Municipality</source>
        <translation>Муниципальное образование</translation>
    </message>
    <message>
        <location filename="../../ui/applications_model.py" line="45" />
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../../ui/applications_model.py" line="46" />
        <source>Subscribers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <location filename="../../ui/applications_model.py" line="47" />
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../ui/applications_model.py" line="48" />
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../../ui/applications_model.py" line="90" />
        <source>Nomination number</source>
        <translation>Номер номинации</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../ui/applications_page.py" line="57" />
        <source>Search by organization, municipality, link, contact…</source>
        <translation>Поиск по организации, муниципалитету, ссылке, контакту…</translation>
    </message>
    <message>
        <location filename="../../ui/applications_page.py" line="86" />
        <source>Import applications…</source>
        <translation>Импорт заявок…</translation>
    </message>
    <message>
        <location filename="../../ui/applications_page.py" line="88" />
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/applications_page.py" line="180" />
        <source>All nominations</source>
        <translation>Все номинации</translation>
    </message>
    <message>
        <location filename="../../ui/applications_page.py" line="190" />
        <source>All municipalities</source>
        <translation>Все муниципальные образования</translation>
    </message>
    <message>
        <location filename="../../ui/applications_page.py" line="197" />
        <source>All rows</source>
        <translation>Все заявки</translation>
    </message>
    <message>
        <location filename="../../ui/applications_page.py" line="198" />
        <source>With problems</source>
        <translation>С замечаниями</translation>
    </message>
    <message>
        <location filename="../../ui/applications_page.py" line="229" />
        <source>Shown: {0} of {1} applications</source>
        <translation>Показано заявок: {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../ui/applications_page.py" line="269" />
        <source>Cannot save</source>
        <translation>Не удалось сохранить</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../ui/import_pages.py" line="261" />
        <source>Check the columns</source>
        <translation>Проверка столбцов</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="264" />
        <source>Step 2 of 4 · The program guessed what each column holds; correct a choice on the left only where it is wrong.</source>
        <translation>Шаг 2 из 4 · Программа определила, что содержится в каждом столбце; исправьте выбор слева только там, где он неверен.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="271" />
        <source>What each column holds</source>
        <translation>Что содержится в столбцах</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="276" />
        <source>Organization and Nomination are required. Each field goes to one column only; link fields may be chosen for several.</source>
        <translation>Организация и номинация обязательны. Каждое поле выбирается только для одного столбца; поля ссылок — для нескольких.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="289" />
        <source>The first rows of the file (row numbers as in the sheet)</source>
        <translation>Первые строки файла (номера строк — как на листе)</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="314" />
        <source>Header found in row {0} of sheet «{1}».</source>
        <translation>Заголовок найден в строке {0} листа «{1}».</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="316" />
        <source>Header found in row {0} of the file.</source>
        <translation>Заголовок найден в строке {0} файла.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="319" />
        <source>Rows below it: {0}.</source>
        <translation>Строк под ним: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="324" />
        <source>(no header)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="374" />
        <source>Choose the column that holds «{0}»: it is required.</source>
        <translation>Укажите столбец для поля «{0}» — оно обязательно.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="383" />
        <source>«{0}» is chosen for several columns ({1}); keep one.</source>
        <translation>Поле «{0}» выбрано для нескольких столбцов ({1}); оставьте один.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="399" />
        <source>Correct the choices on the left to go on.</source>
        <translation>Исправьте выбор слева, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="403" />
        <source>Nomination texts to decide on the next step: {0}.</source>
        <translation>Текстов номинаций, по которым нужно решение на следующем шаге: {0}.</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../../ui/settings_models.py" line="366" />
        <source>Criterion</source>
        <translation>Критерий оценки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="367" />
        <source>Min</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="368" />
        <source>Max</source>
        <translation>Макс.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="369" />
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="370" />
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="376" />
        <source>Lowest score on the scale</source>
        <translation>Наименьший балл шкалы</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="377" />
        <source>Highest score on the scale</source>
        <translation>Наибольший балл шкалы</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="378" />
        <source>Scores go up in steps of this size</source>
        <translation>Шаг шкалы: баллы ставятся с этим шагом</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="379" />
        <source>Weight of the criterion in the weighted mean</source>
        <translation>Вес критерия во взвешенном среднем</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/import_review.py" line="325" />
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="326" />
        <source>What was written to the contest. You can close this window now.</source>
        <translation>Что записано в конкурс. Теперь окно можно закрыть.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="334" />
        <source>Imported applications per nomination</source>
        <translation>Импортированные заявки по номинациям</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="345" />
        <source>Applications imported: {0}.</source>
        <translation>Импортировано заявок: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="347" />
        <source>Nothing new in this file: the contest was not changed.</source>
        <translation>В файле нет ничего нового: конкурс не изменён.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="350" />
        <source>Copy of the contest file made before the import: {0}</source>
        <translation>Резервная копия файла конкурса перед импортом: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="352" />
        <source>Folder of the copies: {0}</source>
        <translation>Папка резервных копий: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="355" />
        <source>Earlier applications replaced by later ones: {0}.</source>
        <translation>Ранее импортированных заявок заменено более поздними: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="361" />
        <source>Rows that were already in the contest: {0}.</source>
        <translation>Строк, которые уже были в конкурсе: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="368" />
        <source>Problems recorded: {0}. They are shown with the applications, where you can correct them.</source>
        <translation>Записано замечаний: {0}. Они показаны вместе с заявками — там их можно исправить.</translation>
    </message>
</context>
<context>
    <name>EditFieldDialog</name>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="53" />
        <source>Correct application No. {0}</source>
        <translation>Исправление заявки № {0}</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="56" />
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="57" />
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="58" />
        <source>Municipality</source>
        <translation>Муниципальное образование</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="59" />
        <source>VK page</source>
        <translation>Страница ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="60" />
        <source>Odnoklassniki page</source>
        <translation>Страница в Одноклассниках</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="61" />
        <source>Telegram channel</source>
        <translation>Канал в Telegram</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="62" />
        <source>MAX channel</source>
        <translation>Канал в MAX</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="63" />
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="64" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="65" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="66" />
        <source>Subscribers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="79" />
        <source>e.g. the applicant sent the right link</source>
        <translation>например: заявитель прислал верную ссылку</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="81" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="82" />
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="83" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/edit_field_dialog.py" line="84" />
        <source>The change is recorded in the contest's audit log.</source>
        <translation>Изменение будет записано в журнал действий конкурса.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_pages.py" line="148" />
        <source>Choose the file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="150" />
        <source>Step 1 of 4 · The file with the applications exported from the online form.</source>
        <translation>Шаг 1 из 4 · Файл с заявками, выгруженный из онлайн-формы.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="155" />
        <source>Path to the .xlsx or .csv file</source>
        <translation>Путь к файлу .xlsx или .csv</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="157" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="162" />
        <source>File with the applications:</source>
        <translation>Файл с заявками:</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="165" />
        <source>Accepted: Excel workbooks (.xlsx, .xls), OpenDocument spreadsheets (.ods) and CSV text files (UTF-8 or Windows-1251, separated by «;» or «,»). The first sheet is read and its header row is found automatically.</source>
        <translation>Подходят книги Excel (.xlsx, .xls), таблицы OpenDocument (.ods) и текстовые файлы CSV (UTF-8 или Windows-1251, разделитель «;» или «,»). Читается первый лист, строка заголовков находится автоматически.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="173" />
        <source>Or drop the file here</source>
        <translation>Или перетащите файл сюда</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="177" />
        <source>How the import goes</source>
        <translation>Как проходит импорт</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="179" />
        <source>1. File: choose it here.</source>
        <translation>1. Файл: выберите его здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="180" />
        <source>2. Columns: check which column holds what.</source>
        <translation>2. Столбцы: проверьте, что содержится в каждом столбце.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="181" />
        <source>3. Nominations: decide on the texts the program could not recognise.</source>
        <translation>3. Номинации: решите, куда отнести тексты, которые программа не распознала.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="182" />
        <source>4. Review: look through the problems found, then press «Import».</source>
        <translation>4. Проверка: просмотрите найденные замечания и нажмите «Импортировать».</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="183" />
        <source>Nothing is written to the contest before «Import»; a backup is made first.</source>
        <translation>До нажатия «Импортировать» в конкурс ничего не записывается; перед импортом делается резервная копия.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="206" />
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="213" />
        <source>Read «{0}»: sheet «{1}», {2} rows below the header.</source>
        <translation>Прочитан файл «{0}»: лист «{1}», строк под заголовком: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="216" />
        <source>Read «{0}»: {1} rows below the header.</source>
        <translation>Прочитан файл «{0}»: строк под заголовком: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="218" />
        <source>Some required columns were not recognised: choose them next.</source>
        <translation>Некоторые обязательные столбцы не распознаны: укажите их на следующем шаге.</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="220" />
        <source>Press «Next» to check the columns.</source>
        <translation>Нажмите «Далее», чтобы проверить столбцы.</translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message>
        <location filename="../../ui/import_log.py" line="95" />
        <source>Import problems</source>
        <translation>Замечания импорта</translation>
    </message>
    <message>
        <location filename="../../ui/import_log.py" line="110" />
        <source>Rows that were not imported can be added by importing a corrected file; problems of imported applications are settled by correcting the field.</source>
        <translation>Пропущенные строки можно добавить, импортировав исправленный файл; замечания к импортированным заявкам снимаются исправлением поля («Исправить поле…» на странице «Заявки»).</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../../ui/import_log.py" line="35" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/import_log.py" line="36" />
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/import_log.py" line="37" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/import_log.py" line="38" />
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/import_log.py" line="39" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/import_log.py" line="84" />
        <source>corrected</source>
        <translation>исправлено</translation>
    </message>
    <message>
        <location filename="../../ui/import_log.py" line="86" />
        <source>row not imported</source>
        <translation>строка не импортирована</translation>
    </message>
    <message>
        <location filename="../../ui/import_log.py" line="87" />
        <source>open</source>
        <translation>не исправлено</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Municipality</source>
        <translation>Муниципальное образование</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>VK link</source>
        <translation>Ссылка ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Odnoklassniki link</source>
        <translation>Ссылка в Одноклассниках</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Telegram link</source>
        <translation>Ссылка в Telegram</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <source>MAX link</source>
        <translation>Ссылка в MAX</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Other links (any site)</source>
        <translation>Другие ссылки (любой сайт)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24" />
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Subscribers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Time of submission</source>
        <translation>Время подачи</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Consent to data processing</source>
        <translation>Согласие на обработку данных</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Repeated row</source>
        <translation>Повтор строки</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>Replaced by a later application</source>
        <translation>Заменена более поздней заявкой</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>No organization</source>
        <translation>Нет организации</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>Unknown nomination</source>
        <translation>Неизвестная номинация</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Looks like a formula</source>
        <translation>Похоже на формулу</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>Unclear link</source>
        <translation>Непонятная ссылка</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>No links</source>
        <translation>Нет ссылок</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Phone not recognised</source>
        <translation>Телефон не распознан</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>E-mail not recognised</source>
        <translation>Почта не распознана</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>Subscribers not recognised</source>
        <translation>Подписчики не распознаны</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Time not recognised</source>
        <translation>Время не распознано</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="48" />
        <source>Import applications</source>
        <translation>Импорт заявок</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="55" />
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="87" />
        <source>Choose the form export</source>
        <translation>Выберите выгрузку формы</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="89" />
        <source>Form exports (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Выгрузки формы (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="105" />
        <source>Applications to import: {0}</source>
        <translation>Заявок к импорту: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="106" />
        <source>Rows skipped: {0}</source>
        <translation>Пропущено строк: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="107" />
        <source>Warnings: {0}</source>
        <translation>Предупреждений: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="110" />
        <source>Already in the contest: {0}</source>
        <translation>Уже в конкурсе: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="117" />
        <source>Unexpected error: {0}</source>
        <translation>Непредвиденная ошибка: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="176" />
        <source>Checking the rows again…</source>
        <translation>Повторная проверка строк…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="38" />
        <source>Applications</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39" />
        <source>Contest settings</source>
        <translation>Настройки конкурса</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72" />
        <source>&amp;Import applications…</source>
        <translation>&amp;Импорт заявок…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75" />
        <source>&amp;Export applications…</source>
        <translation>&amp;Экспорт заявок…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78" />
        <source>Import &amp;problems…</source>
        <translation>&amp;Замечания импорта…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88" />
        <location filename="../../ui/main_window.py" line="158" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <source>&amp;About Jury App</source>
        <translation>&amp;О программе Jury App</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>Applications: {0} · jurors: {1} · scores: {2}</source>
        <translation>Заявок: {0} · членов комиссии: {1} · оценок: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130" />
        <source>Export failed</source>
        <translation>Экспорт не выполнен</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133" />
        <source>Exported {0} applications to {1}</source>
        <translation>Выгружено заявок: {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>Export applications</source>
        <translation>Экспорт заявок</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143" />
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv);;JSON (*.json)</source>
        <translation>Книга Excel (*.xlsx);;CSV для Excel (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <source>The language will change the next time the program starts.</source>
        <translation>Язык сменится при следующем запуске программы.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>About Jury App</source>
        <translation>О программе Jury App</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167" />
        <source>Jury App — the whole work of a contest commission, offline: applications, jury, scores, results and documents.</source>
        <translation>Jury App — вся работа конкурсной комиссии без интернета: заявки, жюри, оценки, итоги и документы.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>Unsaved settings</source>
        <translation>Несохранённые настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>The contest settings have unsaved changes. Close anyway?</source>
        <translation>В настройках конкурса есть несохранённые изменения. Всё равно закрыть?</translation>
    </message>
</context>
<context>
    <name>MatchedNominationsModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="205" />
        <source>Text in the file</source>
        <translation>Текст в файле</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="205" />
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="205" />
        <source>Applications</source>
        <translation>Заявок</translation>
    </message>
</context>
<context>
    <name>NominationTotalsModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="243" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="243" />
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="243" />
        <source>Applications</source>
        <translation>Заявок</translation>
    </message>
</context>
<context>
    <name>NominationsModel</name>
    <message>
        <location filename="../../ui/settings_models.py" line="158" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="159" />
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="160" />
        <source>Applications</source>
        <translation>Заявок</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="161" />
        <source>Finalist quota</source>
        <translation>Квота финалистов</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="162" />
        <source>Finalists now</source>
        <translation>Финалистов сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="169" />
        <source>Active applications in this nomination</source>
        <translation>Действующие заявки в этой номинации</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="170" />
        <source>Places for finalists under the fixed quota rule</source>
        <translation>Число финалистов при правиле фиксированной квоты</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="171" />
        <source>Finalist places with the current rule and applications</source>
        <translation>Места финалистов при текущем правиле и нынешнем числе заявок</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="222" />
        <location filename="../../ui/settings_models.py" line="240" />
        <source>Select a nomination first.</source>
        <translation>Сначала выберите номинацию.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="225" />
        <source>Cannot remove nomination No. {0}: it holds {1} applications. Move them to another nomination first.</source>
        <translation>Нельзя удалить номинацию № {0}: в ней {1} заявок. Сначала перенесите их в другую номинацию.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="231" />
        <source>Cannot remove nomination No. {0}: the nominations after it would be renumbered, and nomination No. {1} already holds applications.</source>
        <translation>Нельзя удалить номинацию № {0}: номинации после неё получат новые номера, а в номинации № {1} уже есть заявки.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_models.py" line="245" />
        <source>Nomination No. {0} already holds applications, so its number cannot change. Put the nominations in order before the import.</source>
        <translation>В номинации № {0} уже есть заявки, поэтому её номер нельзя изменить. Порядок номинаций задают до импорта заявок.</translation>
    </message>
</context>
<context>
    <name>NominationsPage</name>
    <message>
        <location filename="../../ui/import_review.py" line="66" />
        <source>Match the nominations</source>
        <translation>Сопоставление номинаций</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="69" />
        <source>Step 3 of 4 · Every application goes to one of the contest's nominations. Decide where the texts the program could not recognise belong, or skip their rows.</source>
        <translation>Шаг 3 из 4 · Каждая заявка относится к одной из номинаций конкурса. Решите, куда отнести тексты, которые программа не распознала, или пропустите их строки.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="76" />
        <source>Every nomination text in the file was recognised: nothing to decide.</source>
        <translation>Все номинации в файле распознаны — решать ничего не нужно.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="78" />
        <source>Needs your decision</source>
        <translation>Нужно ваше решение</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="85" />
        <source>Recognised automatically</source>
        <translation>Распознано автоматически</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="133" />
        <source>(no nomination given)</source>
        <translation>(номинация не указана)</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="137" />
        <source>Rows of the sheet: {0}</source>
        <translation>Строки листа: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="140" />
        <source>Choose a nomination…</source>
        <translation>Выберите номинацию…</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="141" />
        <source>— skip these rows —</source>
        <translation>— пропустить эти строки —</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="154" />
        <source>Did you mean № {0} «{1}»?</source>
        <translation>Возможно, имелась в виду № {0} «{1}»?</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="156" />
        <source>Use suggestion</source>
        <translation>Принять вариант</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="182" />
        <source>Decided: {0} of {1}.</source>
        <translation>Решено: {0} из {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="185" />
        <source>Choose a nomination, or «skip these rows», for every text above.</source>
        <translation>Для каждого текста выше выберите номинацию или «пропустить эти строки».</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="158" />
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="158" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="158" />
        <source>What was found</source>
        <translation>Что найдено</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/import_review.py" line="202" />
        <source>Review and import</source>
        <translation>Проверка и импорт</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="205" />
        <source>Step 4 of 4 · Check what will be imported and what will be skipped, then press «Import». The contest file is backed up first.</source>
        <translation>Шаг 4 из 4 · Проверьте, что будет импортировано и что будет пропущено, и нажмите «Импортировать». Перед импортом делается резервная копия файла конкурса.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="220" />
        <source>Applications per nomination</source>
        <translation>Заявки по номинациям</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="234" />
        <source>Red: the row is not imported. Orange: the application is imported with a remark to check later. Select a row to read its whole message.</source>
        <translation>Красным — строка не импортируется. Оранжевым — заявка импортируется с замечанием, которое стоит проверить позже. Выберите строку, чтобы прочитать сообщение целиком.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="240" />
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="243" />
        <source>Problems by row of the sheet</source>
        <translation>Замечания по строкам листа</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="268" />
        <source>By kind: {0}.</source>
        <translation>По видам: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="272" />
        <source>Applications already in the contest to be replaced by later ones: {0}.</source>
        <translation>Заявок в конкурсе, которые будут заменены более поздними: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="276" />
        <source>The file brings nothing new: «Import» will change nothing.</source>
        <translation>В файле нет ничего нового: импорт ничего не изменит.</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="284" />
        <source>All problems ({0})</source>
        <translation>Все замечания ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="305" />
        <source>Importing: backing up the contest file, then writing the applications…</source>
        <translation>Импорт: резервная копия файла конкурса, затем запись заявок…</translation>
    </message>
    <message>
        <location filename="../../ui/import_review.py" line="316" />
        <source>Nothing was imported; the contest is unchanged. {0}</source>
        <translation>Ничего не импортировано, конкурс не изменён. {0}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="64" />
        <location filename="../../ui/settings_page.py" line="392" />
        <source>Contest settings</source>
        <translation>Настройки конкурса</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="90" />
        <source>Contest</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="97" />
        <source>As printed under the letters</source>
        <translation>Как в подписи под письмами</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="99" />
        <source>e.g. Governor of Kuzbass</source>
        <translation>например, Губернатор Кузбасса</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="102" />
        <source>Weighted mean</source>
        <translation>Взвешенное среднее</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="103" />
        <source>Trimmed mean</source>
        <translation>Усечённое среднее</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104" />
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="105" />
        <source>Per-juror z-scores</source>
        <translation>Z-оценки (нормировка по каждому члену комиссии)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="106" />
        <source>Leniency-adjusted mean</source>
        <translation>Среднее с поправкой на строгость членов комиссии</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="113" />
        <source>Fix the method before scoring starts: it decides the results and is printed in the protocol.</source>
        <translation>Выберите способ до начала оценивания: от него зависят итоги, и он указывается в протоколе.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="120" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="121" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="122" />
        <source>Signatory (name)</source>
        <translation>Подписант (ФИО)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="123" />
        <source>Signatory position</source>
        <translation>Должность подписанта</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="124" />
        <source>Aggregation method</source>
        <translation>Способ подсчёта итогового балла</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="160" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="161" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="162" />
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="163" />
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="178" />
        <source>Nominations</source>
        <translation>Номинации</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="197" />
        <source>Double-click a title or a quota to change it.</source>
        <translation>Чтобы изменить название или квоту, дважды щёлкните по ячейке.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="205" />
        <source>Evaluation criteria</source>
        <translation>Критерии оценки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="235" />
        <source>What each score means, e.g. «0 — no corporate style … 10 — …»</source>
        <translation>Что означает каждый балл, например: «0 — фирменного стиля нет … 10 — …»</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="249" />
        <source>Finalists and winners</source>
        <translation>Финалисты и победители</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="252" />
        <source>Total number shared out between nominations (kuzbass-2025 rule)</source>
        <translation>Общее число финалистов распределяется между номинациями (правило kuzbass-2025)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="254" />
        <source>Fixed quota per nomination</source>
        <translation>Фиксированная квота для каждой номинации</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="271" />
        <source>Total finalists</source>
        <translation>Всего финалистов</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="272" />
        <source>Minimum per nomination</source>
        <translation>Минимум на номинацию</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="273" />
        <source>Winners per nomination</source>
        <translation>Победителей в номинации</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="297" />
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="299" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="404" />
        <source>Each nomination gets the number set in the «Finalist quota» column above, but never more than its applications.</source>
        <translation>Каждая номинация получает число финалистов из столбца «Квота финалистов» выше, но не больше, чем в ней заявок.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="409" />
        <source>Each nomination first gets the minimum (or all its applications, if fewer); the remaining places go one by one to the nomination with the most applications per place.</source>
        <translation>Сначала каждая номинация получает минимум мест (или все свои заявки, если их меньше); остальные места по одному отдаются номинации, где больше всего заявок на одно место.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="425" />
        <source>There are unsaved changes.</source>
        <translation>Есть несохранённые изменения.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="431" />
        <source>No applications yet: the quotas add up to {0} finalists.</source>
        <translation>Заявок пока нет: по квотам всего финалистов — {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="435" />
        <source>No applications yet: {0} finalist places will be shared out after the import.</source>
        <translation>Заявок пока нет: мест финалистов — {0}, они будут распределены после импорта заявок.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="437" />
        <source>Finalists: {0} ({1})</source>
        <translation>Финалистов: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="442" />
        <source>— only {0} of {1} places can be filled.</source>
        <translation>— заявок хватает только на {0} мест из {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="468" />
        <source>New nomination {0}</source>
        <translation>Новая номинация {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="494" />
        <source>Jurors have already entered scores: criteria can no longer be removed or reordered.</source>
        <translation>Члены комиссии уже выставили оценки: критерии оценки больше нельзя удалять или переставлять.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="501" />
        <source>New criterion</source>
        <translation>Новый критерий</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="530" />
        <source>Rubric for «{0}»: what the scores mean</source>
        <translation>Описание баллов по критерию «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="534" />
        <source>Select a criterion to edit its rubric.</source>
        <translation>Выберите критерий оценки, чтобы изменить описание баллов.</translation>
    </message>
</context>
</TS>