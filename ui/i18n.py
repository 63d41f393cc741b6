"""Loading the interface language: ours from resources/translations, Qt's own from Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from jury_app.resources import resource_path

LANGUAGES = {"ru": "Русский", "en": "English"}
DEFAULT_LANGUAGE = "ru"


def preferred_language() -> str:
    """The language chosen in the menu earlier, Russian by default."""
    value = QSettings().value("language", DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


# Installed translators must stay referenced while installed; kept here, not by callers.
_installed: list[QTranslator] = []


def remove_translators(app: QCoreApplication) -> None:
    """Take every translator installed by :func:`install_translators` away again."""
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our translation and Qt's (so standard buttons say «Отмена»)."""
    remove_translators(app)
    installed = _installed
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return list(installed)
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{language}", qt_dir),
        (f"jury_app_{language}", str(resource_path("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return list(installed)
