"""Documents: what the PDFs say (recipient in its case, nomination, signatory, number), that
fonts are embedded, applicant text stays literal, long names wrap, numbers stay, drafts."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from jury_app.documents.journal import journal, set_recipient_override
from jury_app.documents.render import PAGE_W
from jury_app.documents.service import (
    COMBINED_NAMES,
    DRAFT_REFUSED,
    badge_png,
    document_rows,
    generate_documents,
    generate_protocol,
    preview_pdf,
    safe_filename,
)
from jury_app.documents.templates import load_template, save_template
from jury_app.errors import JuryError
from jury_app.results.decisions import freeze_results
from jury_app.results.service import compute_results
from jury_app.storage.engine import ContestDB
from tests.documents_fixtures import LONG_NAME, MARKUP_NAME, small_contest

DAY = date(2025, 12, 5)


@pytest.fixture
def contest(tmp_path: Path) -> ContestDB:
    db = small_contest(tmp_path / "contest.jury")
    yield db
    db.close()


@pytest.fixture
def frozen(contest: ContestDB) -> ContestDB:
    freeze_results(contest, "протокол № 1")
    return contest


def text_of(pdf: bytes | Path) -> str:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def winners(db: ContestDB) -> dict[int, str]:
    return {
        n.number: r.organization
        for n in compute_results(db).nominations
        for r in n.ranking
        if r.status == "winner"
    }


def test_thanks_letter_names_the_winner_in_dative_with_nomination_signatory_number(
    frozen: ContestDB, tmp_path: Path
) -> None:
    report = generate_documents(frozen, "thanks", tmp_path / "out", today=DAY)
    assert not report.draft and len(report.files) == 2
    letter = next(f for f in report.files if "Шахтёр" in f.name)
    text = flat(text_of(letter))
    assert "Дому культуры «Шахтёр»" in text  # dative, quoted name kept
    assert "Лучший паблик учреждения культуры Кузбасса" in text
    assert "И. В. Середюк" in text and "Губернатор Кузбасса" in text
    number = re.search(r"№ (БП-2025/\d{3})", text)
    assert number is not None
    assert "05.12.2025" in text
    assert "ПРОЕКТ" not in text
    entry = next(e for e in journal(frozen, "thanks") if "Шахтёр" in e.organization)
    assert entry.number == number.group(1) and entry.final and entry.issued_on == DAY


def test_every_font_is_embedded_and_no_standard_font_is_used(frozen: ContestDB) -> None:
    for pdf in (preview_pdf(frozen, "thanks"), preview_pdf(frozen, "protocol")):
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        for page in reader.pages:
            for ref in page["/Resources"]["/Font"].values():
                font = ref.get_object()
                assert "PT" in str(font["/BaseFont"])
                if "/DescendantFonts" in font:
                    font = font["/DescendantFonts"][0].get_object()
                assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_applicant_markup_ampersands_and_quotes_appear_literally(
    contest: ContestDB, tmp_path: Path
) -> None:
    report = generate_documents(contest, "certificate", tmp_path / "out", today=DAY)
    certificate = next(f for f in report.files if "Юнкор" in f.name)
    text = flat(text_of(certificate))
    assert "Клубу " + MARKUP_NAME.removeprefix("Клуб ") in text  # <b>, &, quotes as typed
    assert not any(ch in certificate.name for ch in '<>:"/\\|?*')


def test_a_very_long_name_wraps_inside_the_frame(frozen: ContestDB) -> None:
    rows = document_rows(frozen, "diploma")
    long = next(r for r in rows if r.recipient.organization == LONG_NAME)
    pdf = preview_pdf(frozen, "diploma", long.recipient.application_id)
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    spans: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float) -> None:
        if text.strip():  # the text's origin on the page: text matrix, then transformation
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            spans.append((x, y, text))

    page.extract_text(visitor_text=visit)
    frame_left, frame_right = 12.5 * 72 / 25.4, PAGE_W - 12.5 * 72 / 25.4
    name_lines = [
        s for s in spans if any(w in s[2] for w in ("Маресьева", "углублённым", "Кузбасса"))
    ]
    assert len({round(y) for _, y, _ in name_lines}) >= 3  # wrapped over several lines
    for x, y, _ in spans:
        assert frame_left < x < frame_right and 0 < y < 842
    assert "Маресьева" in flat(text_of(pdf))
    signature_top = 48 * 72 / 25.4 + 12
    name_ys = [y for _, y, t in spans if "Маресьева" in t]
    assert min(name_ys) > signature_top  # the name never runs into the signatures


def test_the_same_letter_gives_the_same_bytes_golden() -> None:
    from tests.golden.make import golden_letter

    first = golden_letter()
    assert first == golden_letter()
    golden = Path(__file__).parent / "golden" / "thanks-letter.pdf"
    assert first == golden.read_bytes(), (
        "the letter changed; if on purpose, regenerate it (python -m tests.golden.make) "
        "and look at it"
    )
    assert "Новокузнецкому драматическому театру" in flat(text_of(first))


def test_protocol_lists_every_finalist_of_every_nomination_and_the_signatures(
    frozen: ContestDB, tmp_path: Path
) -> None:
    out = tmp_path / "protocol.pdf"
    report = generate_protocol(frozen, out, today=DAY)
    assert not report.draft
    text = flat(text_of(out))
    results = compute_results(frozen)
    for nomination in results.nominations:
        assert nomination.title in text
        for row in nomination.ranking:
            if row.status in {"winner", "finalist"}:
                assert flat(row.organization) in text
    assert "Кузнецова Анна Петровна — председатель" in text
    assert "Председатель конкурсной комиссии" in text and "Секретарь конкурсной комиссии" in text
    assert "Смирнов Олег Ильич" in text
    assert "взвешенное среднее" in text
    assert "Криппендорфа" in text
    assert "5 декабря 2025 г." in text


def test_protocol_without_scores_or_jurors_still_comes_out(tmp_path: Path) -> None:
    db = small_contest(tmp_path / "empty.jury", scored=False)
    try:
        report = generate_protocol(db, tmp_path / "p.pdf", draft_ok=True)
        assert report.draft
        assert "ПРОЕКТ" in text_of(tmp_path / "p.pdf")
    finally:
        db.close()


def test_results_documents_need_frozen_results_or_a_confirmed_draft(
    contest: ContestDB, tmp_path: Path
) -> None:
    with pytest.raises(JuryError, match="не утверждены"):
        generate_documents(contest, "diploma", tmp_path / "out")
    assert not (tmp_path / "out").exists()
    report = generate_documents(contest, "diploma", tmp_path / "out", draft_ok=True)
    assert report.draft
    assert "ПРОЕКТ" in text_of(report.files[0])
    assert DRAFT_REFUSED.startswith("Итоги ещё не утверждены")


def test_diploma_says_winner_or_finalist(frozen: ContestDB, tmp_path: Path) -> None:
    report = generate_documents(frozen, "diploma", tmp_path / "out")
    assert len(report.files) == 6  # three finalists in each of two nominations
    top = winners(frozen)
    for path in report.files:
        text = text_of(path)
        expected = "ПОБЕДИТЕЛЬ" if any(w in path.name for w in top.values()) else "ФИНАЛИСТ"
        assert expected in text and "награждается" in text
    combined = pypdf.PdfReader(tmp_path / "out" / COMBINED_NAMES["diploma"])
    assert len(combined.pages) == 6


def test_numbers_are_kept_when_documents_are_made_again(frozen: ContestDB, tmp_path: Path) -> None:
    first = generate_documents(frozen, "certificate", tmp_path / "a")
    numbers = {e.application_id: e.number for e in journal(frozen, "certificate")}
    assert sorted(numbers.values()) == [f"ЛГ-2025/{i:03}" for i in range(1, 9)]
    generate_documents(frozen, "certificate", tmp_path / "b")
    assert {e.application_id: e.number for e in journal(frozen, "certificate")} == numbers
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == sorted(
        p.name for p in (tmp_path / "b").iterdir()
    )
    assert len(first.files) == 8 and len(list((tmp_path / "a").iterdir())) == 9


def test_a_draft_number_stays_when_the_final_document_is_issued(
    contest: ContestDB, tmp_path: Path
) -> None:
    generate_documents(
        contest, "thanks", tmp_path / "draft", draft_ok=True, today=date(2025, 12, 1)
    )
    drafts = {e.application_id: e for e in journal(contest, "thanks")}
    assert all(not e.final for e in drafts.values())
    freeze_results(contest)
    generate_documents(contest, "thanks", tmp_path / "final", today=DAY)
    finals = {e.application_id: e for e in journal(contest, "thanks")}
    assert {k: e.number for k, e in finals.items()} == {k: e.number for k, e in drafts.items()}
    assert all(e.final and e.issued_on == DAY for e in finals.values())


def test_recipient_override_is_printed_and_kept(frozen: ContestDB) -> None:
    row = document_rows(frozen, "certificate")[0]
    set_recipient_override(
        frozen, "certificate", row.recipient.application_id, "Коллективу  театра"
    )
    again = next(
        r for r in document_rows(frozen, "certificate")
        if r.recipient.application_id == row.recipient.application_id
    )  # fmt: skip
    assert again.line == "Коллективу театра" and again.automatic == row.automatic
    pdf = preview_pdf(frozen, "certificate", row.recipient.application_id)
    assert "Коллективу театра" in flat(text_of(pdf))
    set_recipient_override(frozen, "certificate", row.recipient.application_id, "")
    assert document_rows(frozen, "certificate")[0].line == row.automatic


def test_override_for_an_unknown_application_is_refused(frozen: ContestDB) -> None:
    with pytest.raises(JuryError, match="не найдена"):
        set_recipient_override(frozen, "certificate", 99999, "Кому-то")


def test_cancelled_batch_leaves_the_folder_as_it_was(frozen: ContestDB, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("x")

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done == 3:
            raise Stop

    with pytest.raises(Stop):
        generate_documents(frozen, "certificate", out, progress=progress)
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def test_badge_png_is_a_1000_px_square_with_the_accent_colour(
    frozen: ContestDB, tmp_path: Path
) -> None:
    report = generate_documents(frozen, "badge", tmp_path / "badges")
    assert report.files and all(p.suffix == ".png" for p in report.files)
    with Image.open(report.files[0]) as image:
        assert image.size == (1000, 1000) and image.mode == "RGBA"
        pixels = image.convert("RGB").getcolors(1_000_000)
    assert pixels is not None
    accent = (0x1F, 0x3B, 0x73)
    assert any(colour == accent and count > 10_000 for count, colour in pixels)
    dark = sum(count for count, (r, g, b) in pixels if r + g + b < 150)
    assert dark > 2_000  # the words are there
    assert badge_png(frozen)[:8] == b"\x89PNG\r\n\x1a\n"


def test_badge_without_a_bar_is_explained(tmp_path: Path) -> None:
    db = small_contest(tmp_path / "c.jury", quality_bar=None)
    try:
        freeze_results(db)
        with pytest.raises(JuryError, match="Порог знака качества не задан"):
            generate_documents(db, "badge", tmp_path / "b")
    finally:
        db.close()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ('МБОУ "СОШ № 1" / г. Кемерово: 1*2?<>|', "МБОУ СОШ № 1 - г. Кемерово 1 2.pdf"),
        ("CON", "_CON.pdf"),
        ("lpt1.txt", "_lpt1.txt.pdf"),
        ("Школа...  ", "Школа.pdf"),
        ("", "документ.pdf"),
        ("\x00\x1f", "документ.pdf"),
    ],
)
def test_file_names_are_safe_on_windows(name: str, expected: str) -> None:
    assert safe_filename(name, ".pdf") == expected


def test_long_file_names_are_cut_and_duplicates_numbered(frozen: ContestDB, tmp_path: Path) -> None:
    report = generate_documents(frozen, "certificate", tmp_path / "out")
    names = [p.name for p in report.files]
    assert len(set(n.casefold() for n in names)) == len(names)
    assert all(len(n) <= 124 and n.startswith("ЛГ-2025-") for n in names)
    assert any(n.endswith(" CON.pdf") for n in names)  # not a reserved name with the number


def test_templates_are_stored_and_validated(frozen: ContestDB) -> None:
    from dataclasses import replace

    from jury_app.documents.templates import validate_template

    template = load_template(frozen, "thanks")
    with pytest.raises(JuryError, match=r"\{foo\}"):
        save_template(frozen, replace(template, body="Спасибо {foo}"))
    assert validate_template(replace(template, accent_color="red"))
    assert validate_template(replace(template, number_pattern="БП-{year}"))
    assert validate_template(replace(template, seal=b"not an image"))
    png = io.BytesIO()
    Image.new("RGBA", (40, 40), (200, 0, 0, 128)).save(png, format="PNG")
    save_template(frozen, replace(template, heading="Благодарность", seal=png.getvalue()))
    stored = load_template(frozen, "thanks")
    assert stored.heading == "Благодарность" and stored.seal == png.getvalue()
    assert "БЛАГОДАРНОСТЬ" in text_of(preview_pdf(frozen, "thanks"))


def test_bad_output_places_are_refused_cleanly(frozen: ContestDB, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(JuryError, match="файл, а нужна папка"):
        generate_documents(frozen, "certificate", blocker)
    with pytest.raises(JuryError, match="не существует"):
        generate_documents(frozen, "certificate", tmp_path / "no" / "such")
    with pytest.raises(JuryError, match="PDF"):
        generate_protocol(frozen, tmp_path / "protocol.docx")
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".tmp-*"))
