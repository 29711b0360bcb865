package org.lanterne.about.ui.internal;

/**
 * Texts of the About part in the user's language, filled by the platform from
 * {@code OSGI-INF/l10n/bundle*.properties} when injected with {@code @Translation}.
 */
public class AboutMessages {
    public String about_title;
    public String about_loading;
    public String about_product;
    public String about_version;
    public String about_licence;
    public String about_installation;
    public String about_installation_created;
    public String about_installation_created_with;
    public String about_database;
    public String about_database_location;
    public String about_database_encrypted;
    public String about_database_not_encrypted;
    public String about_components;
    public String about_component_name;
    public String about_component_licence;
    public String about_component_purpose;
    public String about_unavailable_about;
    public String about_unavailable_installation;
    public String about_unavailable_database;
    public String about_failed;
}
