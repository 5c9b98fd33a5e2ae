package org.peersupport.portal.demo;

import java.util.Map;

/**
 * The demo people's password hashes, made once with the portal's own PBKDF2 settings (HMAC-SHA256,
 * 600,000 iterations, a 32-byte salt each, in the format Jakarta Security's Pbkdf2PasswordHash
 * reads): hashing sixteen of them cost about a tenth of every fresh start's CPU. DemoPasswordsTest
 * checks each against its password.
 */
final class DemoPasswords {

    private static final Map<String, String> HASHES = Map.of(
            "demo-pass-harbor",
            "PBKDF2WithHmacSHA256:600000:ookxy2mTZZTsCWIj2g+ZWUa7FBSQTTg90Itxht56lvU=:DIP8Rn6+joPX5+chQLOZi43v5CekKyLoX7PvdBi52y8=",
            "demo-pass-sereno",
            "PBKDF2WithHmacSHA256:600000:/E3wb8rxZLd3jPDAQSIdvNdfmC5sw4l/3GpLbvq2sX4=:3yHJJuqbve9T9PH+GHiAmX4n17kgtzagLWEUvF6BRSs=",
            "demo-pass-lantern",
            "PBKDF2WithHmacSHA256:600000:E3VIomIWDB7WwR4GPzBTfRpnmMru6ZQqtB+AZ2dhsog=:oGlA32DJx1UA4HYFsDrnNgKWCqHvOE4aXqsTz4AIZCE=",
            "demo-pass-circle",
            "PBKDF2WithHmacSHA256:600000:NMZT26AuprLMmxjlByKm0tdGvbm7KFaPRGG7D/Ot9rU=:tSQxMk+X/vlMq3wKJ8QTKueDi+9zaaFf+FseZq+/zso=",
            "demo-pass-keeper",
            "PBKDF2WithHmacSHA256:600000:C9CqFIkvn8QZNyiisaOmrBM431pr4odhS3/3emPQIeY=:I2jEjHpWHq9RqhwkdknLRvkTQQ6m8rlhGwEwXp6BBHA=",
            "demo-pass-portal",
            "PBKDF2WithHmacSHA256:600000:tjB7/XkntKKyCdnFfdNJKS8BW2aSEyYoMpgGPqaNVXM=:jCPuNW58qbr/wqBXOttkJJ4R1Rp4tQd2xlCpDRBeX5U=");

    /** For demo people nobody signs in as: the hash of a random secret that was thrown away. */
    static final String NOBODY =
            "PBKDF2WithHmacSHA256:600000:nBQR/peE5RePs+HvYQLaUktwZ9ACRhDvP3PsvdHP8XM=:hMXyJPShiVjwZ2VpVvvobhI598QZbZrqvmQ1VLukzF8=";

    private DemoPasswords() {}

    static String hashOf(String password) {
        String hash = HASHES.get(password);
        if (hash == null) {
            throw new IllegalArgumentException("No hash made for the demo password '" + password + "': add one to DemoPasswords");
        }
        return hash;
    }

    static Map<String, String> all() {
        return HASHES;
    }
}
