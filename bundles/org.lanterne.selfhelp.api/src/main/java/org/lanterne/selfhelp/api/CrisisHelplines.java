package org.lanterne.selfhelp.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Crisis and helpline information, configured per country, that participants can always reach. */
@ProviderType
public interface CrisisHelplines {

    /**
     * @param country  an ISO 3166-1 alpha-2 code, or {@code null}
     * @param language the language to show names and hours in; English when it is not offered
     * @return the country's helplines, or the installation's default list for a country without its own
     */
    List<Helpline> helplines(String country, String language);
}
