package org.lanterne.selfhelp.api;

/**
 * Where a participant can find help now, in one language.
 *
 * @param name  the service's name
 * @param phone its phone number, or {@code null}
 * @param url   its web address, or {@code null}
 * @param hours when it answers, or {@code null}
 */
public record Helpline(String name, String phone, String url, String hours) {
}
