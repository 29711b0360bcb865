package org.lanterne.instruments.provider;

import java.math.BigInteger;
import java.util.Comparator;

/** Orders definition versions: numeric parts as numbers ({@code 1.10} after {@code 1.9}), other parts as text. */
final class Versions {

    static final Comparator<String> ORDER = Versions::compare;

    private Versions() {
    }

    static int compare(String a, String b) {
        String[] left = a.split("[._-]");
        String[] right = b.split("[._-]");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = part(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        int order = Integer.compare(left.length, right.length);
        return order != 0 ? order : a.compareTo(b);
    }

    private static int part(String a, String b) {
        boolean numbers = !a.isEmpty() && !b.isEmpty() && a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
        if (numbers) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        return a.compareTo(b);
    }
}
