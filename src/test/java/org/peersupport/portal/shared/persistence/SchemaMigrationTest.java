package org.peersupport.portal.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

    @Test
    void theStartUpErrorKeepsFlywaysFirstLineWhichNamesTheScript() {
        assertThat(SchemaMigration.firstLine("Migration V4__broken.sql failed\n-----\nSQL State: 42000"))
                .isEqualTo("Migration V4__broken.sql failed");
        assertThat(SchemaMigration.firstLine(null)).isEqualTo("unknown cause");
    }
}
