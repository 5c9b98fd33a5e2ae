package org.peersupport.portal.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;

/** The time zones people can choose: the IANA region zones ("Europe/Madrid"), sorted. */
@Named
@ApplicationScoped
public class TimeZones {

    private final List<ZoneId> zones = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[^/]+(/[^/]+)?"))
            .sorted()
            .map(ZoneId::of)
            .toList();

    public List<ZoneId> getAll() {
        return zones;
    }
}
