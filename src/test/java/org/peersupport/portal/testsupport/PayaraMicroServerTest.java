package org.peersupport.portal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PayaraMicroServerTest {

    @AfterEach
    void clearOptions() {
        System.clearProperty("portal.payaraJvmOptions");
    }

    @Test
    void serialCollectorByDefault() {
        assertThat(PayaraMicroServer.jvmOptions()).isEqualTo(List.of("-XX:+UseSerialGC"));
    }

    @Test
    void otherOptionsComeAfterTheSerialCollector() {
        System.setProperty("portal.payaraJvmOptions", " -XX:TieredStopAtLevel=1  -Xss512k ");
        assertThat(PayaraMicroServer.jvmOptions()).isEqualTo(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k"));
    }

    @Test
    void aCollectorNamedInTheOptionsReplacesTheSerialOne() {
        // The JVM refuses to start with two collectors.
        System.setProperty("portal.payaraJvmOptions", "-XX:+UseG1GC -XX:G1PeriodicGCInterval=5000");
        assertThat(PayaraMicroServer.jvmOptions()).isEqualTo(List.of("-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=5000"));
    }
}
