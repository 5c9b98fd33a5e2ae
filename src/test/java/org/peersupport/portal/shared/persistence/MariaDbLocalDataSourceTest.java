package org.peersupport.portal.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A database that is down or frozen must cost a request seconds: the url gets short timeouts unless it names its own. */
class MariaDbLocalDataSourceTest {

    @Test
    void aPlainUrlGetsTheOutageTimeouts() {
        assertThat(MariaDbLocalDataSource.withOutageDefaults("jdbc:mariadb://db:3306/portal"))
                .isEqualTo("jdbc:mariadb://db:3306/portal?connectTimeout=2000&socketTimeout=10000");
    }

    @Test
    void optionsTheUrlNamesAreKeptAndOthersAdded() {
        assertThat(MariaDbLocalDataSource.withOutageDefaults("jdbc:mariadb://db:3306/portal?useSsl=true&SocketTimeout=60000"))
                .isEqualTo("jdbc:mariadb://db:3306/portal?useSsl=true&SocketTimeout=60000&connectTimeout=2000");
        assertThat(MariaDbLocalDataSource.withOutageDefaults("jdbc:mariadb://db/portal?"))
                .isEqualTo("jdbc:mariadb://db/portal?connectTimeout=2000&socketTimeout=10000");
    }
}
