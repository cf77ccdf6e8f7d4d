package de.lotse.core.demo;

import java.util.Map;

/** The original script of common demo names (Arabic, Persian, Cyrillic), keyed by their most common Latin spelling. */
final class OriginalScript {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("Mohammed", "محمد"), Map.entry("Mohammad", "محمد"), Map.entry("Ahmad", "أحمد"),
            Map.entry("Abdulrahman", "عبد الرحمن"), Map.entry("Omar", "عمر"), Map.entry("Khaled", "خالد"),
            Map.entry("Hussein", "حسين"), Map.entry("Youssef", "يوسف"), Map.entry("Ali", "علي"),
            Map.entry("Mahmoud", "محمود"), Map.entry("Ibrahim", "إبراهيم"), Map.entry("Hassan", "حسن"),
            Map.entry("Fatima", "فاطمة"), Map.entry("Aisha", "عائشة"), Map.entry("Mariam", "مريم"),
            Map.entry("Nour", "نور"), Map.entry("Zainab", "زينب"), Map.entry("Layla", "ليلى"),
            Map.entry("Al-Hassan", "الحسن"), Map.entry("Al-Ahmad", "الأحمد"), Map.entry("Haddad", "حداد"),
            Map.entry("Khalil", "خليل"), Map.entry("Hamdan", "حمدان"), Map.entry("Darwish", "درويش"),
            Map.entry("Saleh", "صالح"), Map.entry("Mustafa", "مصطفى"), Map.entry("Zahra", "زهرا"),
            Map.entry("Karimi", "کریمی"), Map.entry("Rahimi", "رحیمی"), Map.entry("Mohammadi", "محمدی"),
            Map.entry("Oleksandr", "Олександр"), Map.entry("Andrii", "Андрій"), Map.entry("Serhii", "Сергій"),
            Map.entry("Dmytro", "Дмитро"), Map.entry("Olena", "Олена"), Map.entry("Iryna", "Ірина"),
            Map.entry("Nataliia", "Наталія"), Map.entry("Tetiana", "Тетяна"), Map.entry("Kateryna", "Катерина"),
            Map.entry("Shevchenko", "Шевченко"), Map.entry("Kovalenko", "Коваленко"),
            Map.entry("Bondarenko", "Бондаренко"), Map.entry("Melnyk", "Мельник"), Map.entry("Boiko", "Бойко"),
            Map.entry("Georgi", "Георги"), Map.entry("Ivan", "Иван"), Map.entry("Ivanov", "Иванов"),
            Map.entry("Petrov", "Петров"), Map.entry("Maria", "Мария"));

    private OriginalScript() {
    }

    /** The name in its original script ({@code given family}), or null when a part is unknown. */
    static String of(String familyName, String givenName) {
        String family = NAMES.get(familyName);
        String given = NAMES.get(givenName);
        return family == null || given == null ? null : given + " " + family;
    }
}
