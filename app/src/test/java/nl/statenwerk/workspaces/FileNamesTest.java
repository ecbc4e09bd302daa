package nl.statenwerk.workspaces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void dropsPathPartsOfBothKinds() {
        assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitize("C:\\Users\\jan\\..\\motie.docx")).isEqualTo("motie.docx");
    }

    @Test
    void dropsControlAndDirectionCharacters() {
        assertThat(FileNames.sanitize("mo\u0000tie\r\n.pdf")).isEqualTo("motie.pdf");
        // U+202E would show "notulen\u202Efdp.exe" as notulenexe.pdf
        assertThat(FileNames.sanitize("notulen\u202Efdp.exe")).isEqualTo("notulenfdp.exe");
    }

    @Test
    void dropsLeadingDotsAndBlanks() {
        assertThat(FileNames.sanitize("  .htaccess ")).isEqualTo("htaccess");
        assertThat(FileNames.sanitize("../")).isEqualTo("bestand");
        assertThat(FileNames.sanitize("\u0007")).isEqualTo("bestand");
    }

    @Test
    void shortensALongNameAndKeepsItsExtension() {
        String name = FileNames.sanitize("a".repeat(500) + ".pdf");
        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf");
    }

    @Test
    void foldsCaseAndDiacriticsForSearch() {
        assertThat(FileNames.fold("Café-overleg Ĳsselmeer RUIMTE")).isEqualTo("cafe-overleg ijsselmeer ruimte");
    }
}
