package org.peersupport.portal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The handout PDF, read back with PDFBox's own text extraction. */
class HandoutPdfTest {

    private static final HandoutPdf.Labels ENGLISH = new HandoutPdf.Labels(Locale.ENGLISH, "Session {0}", "Version {0}",
            "Who it is for", "Sessions", "Topic", "Psychoeducation", "Exercises", "Homework", "Page {0} of {1}");
    private static final HandoutPdf.Labels SPANISH = new HandoutPdf.Labels(Locale.forLanguageTag("es"), "Sesión {0}", "Versión {0}",
            "A quién va dirigido", "Sesiones", "Tema", "Psicoeducación", "Ejercicios", "Tareas para casa", "Página {0} de {1}");

    @Test
    void everySessionIsThereWithTopicPsychoeducationExercisesAndHomework() throws IOException {
        HandoutPdf.Handout handout = new HandoutPdf.Handout("Living with worry", 2, "Adults who worry a lot",
                "Eight weeks of **practical** skills.", List.of(
                        new SessionContent("Understanding worry", "What worry is for", "Worry is a chain of *what if* thoughts.",
                                "Write down three worries.", "Notice one worry a day."),
                        new SessionContent("Worry time", "Postponing worries",
                                "Set aside **fifteen minutes** a day.\n\n- Write worries down\n- Return to the present", "", "")));

        try (PDDocument pdf = Loader.loadPDF(HandoutPdf.render(handout, ENGLISH))) {
            assertThat(pdf.getNumberOfPages()).as("a title page, then a page per session").isEqualTo(3);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Living with worry");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            String title = page(pdf, 1);
            assertThat(title).contains("Living with worry", "Version 2", "Who it is for", "Adults who worry a lot",
                    "Eight weeks of practical skills.", "1. Understanding worry", "2. Worry time", "Page 1 of 3");
            assertThat(title).doesNotContain("**");
            assertThat(page(pdf, 2)).contains("Session 1", "Understanding worry", "Topic", "What worry is for", "Psychoeducation",
                    "Worry is a chain of what if thoughts.", "Exercises", "Write down three worries.", "Homework",
                    "Notice one worry a day.", "Living with worry", "Page 2 of 3");
            String second = page(pdf, 3);
            assertThat(second).contains("Session 2", "Worry time", "Set aside fifteen minutes a day.", "• Write worries down",
                    "• Return to the present");
            assertThat(second).as("empty sections are left out").doesNotContain("Exercises", "Homework");
        }
    }

    @Test
    void spanishAccentsArePrintedAndWhatTheFontCannotShowIsReplacedOrLeftOut() throws IOException {
        HandoutPdf.Handout handout = new HandoutPdf.Handout("Vivir con preocupación", 1, "Personas adultas en lista de espera",
                "", List.of(new SessionContent("¿Qué es la ansiedad?", "Señales del cuerpo",
                        "La respiración lenta ayuda: añade una pausa — y sigue. Ñandú, pingüino, acción.",
                        "Practica «respirar en cuatro tiempos» 🙂 con Zoë.", "Escribe en tu cuaderno 日记 y en Łódź.")));

        try (PDDocument pdf = Loader.loadPDF(HandoutPdf.render(handout, SPANISH))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Vivir con preocupación", "Versión 1", "A quién va dirigido", "Sesión 1", "¿Qué es la ansiedad?",
                    "Tema", "Señales del cuerpo", "Psicoeducación", "La respiración lenta ayuda: añade una pausa — y sigue.",
                    "Ñandú, pingüino, acción.", "Practica «respirar en cuatro tiempos» con Zoë.", "Tareas para casa", "Página 2 de 2");
            assertThat(text).as("a base letter where there is one, nothing where there is none")
                    .contains("Escribe en tu cuaderno y en Lódz.").doesNotContain("🙂", "日记", "\uFFFD");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("es");
        }
    }

    @Test
    void aLongTextWrapsWithinTheMarginsAndRunsOnToTheNextPage() throws IOException {
        String longText = IntStream.rangeClosed(1, 160).mapToObj(i -> "Sentence number " + i + " says a little more about noticing thoughts.")
                .collect(Collectors.joining(" "));
        String unbroken = "x".repeat(300);
        HandoutPdf.Handout handout = new HandoutPdf.Handout("Long", 1, "Everyone", "", List.of(
                new SessionContent("A long session", "Reading", longText, unbroken, "Last words of the handout.")));

        try (PDDocument pdf = Loader.loadPDF(HandoutPdf.render(handout, ENGLISH))) {
            assertThat(pdf.getNumberOfPages()).as("the session runs over several pages").isGreaterThanOrEqualTo(4);
            String firstSessionPage = page(pdf, 2);
            assertThat(firstSessionPage).contains("Sentence number 1 says").doesNotContain("Sentence number 160 says");
            String last = page(pdf, pdf.getNumberOfPages());
            assertThat(last).contains("Last words of the handout.");
            String all = new PDFTextStripper().getText(pdf);
            assertThat(all).contains("Sentence number 160 says a little more");
            // Wrapped into many short lines, none longer than the text width allows (about 90 characters of 11.5-pt Helvetica).
            List<String> lines = all.lines().filter(l -> l.contains("Sentence number")).toList();
            assertThat(lines).hasSizeGreaterThan(40).allSatisfy(l -> assertThat(l.length()).isLessThan(100));
            assertThat(all.replaceAll("Long Page \\d of \\d", "").replaceAll("\\s", "")).as("a word wider than a line is cut, not lost").contains(unbroken);
            assertThat(all.lines().filter(l -> l.startsWith("xxx"))).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(l.length()).isLessThan(100));
        }
    }

    @Test
    void markdownIsPrintedAsPlainText() {
        assertThat(HandoutPdf.plainText("A **bold** and *soft* word.\n\n1. One\n2. Two")).contains("A bold and soft word.", "1. One", "2. Two")
                .doesNotContain("*");
        assertThat(HandoutPdf.plainText(null)).isEmpty();
    }

    private static String page(PDDocument pdf, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(pdf);
    }
}
