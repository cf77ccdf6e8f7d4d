package de.lotse.core.person;

import de.lotse.core.task.Progress;
import de.lotse.core.text.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Finds persons that may have been registered twice: under a typo, another transliteration,
 * with given and family name swapped, or with only the year of birth known the second time.
 * Pairs are compared only within blocks of similar persons, so a register of 100,000 needs no
 * ten billion comparisons.
 */
public final class Duplicates {

    /** What a duplicate check knows of a person. */
    public record Entry(UUID id, String familyName, String givenName, PartialDate birthDate, Sex sex) {

        public Entry {
            Objects.requireNonNull(id, "id");
        }
    }

    /** From this score on a pair is worth a person's look. */
    public static final double LIKELY = 0.85;

    private static final double NAME_WEIGHT = 0.65;
    private static final double BIRTH_WEIGHT = 0.35;
    private static final String NAMES_ONLY = "n:";
    /** A block larger than this is a very common name without a date: comparing it all says little. */
    private static final int MAX_BLOCK = 400;
    /** The scale of a scan's progress, and the share of it that folding the names takes. */
    private static final long SCALE = 1_000;
    private static final long PREPARING = 80;
    /** Persons or blocks between two reports (and checks for a cancel): a few thousand per scan. */
    private static final int STEP = 64;

    private Duplicates() {
    }

    /** All pairs scoring at least {@code threshold}, best first. */
    public static List<DuplicateCandidate> pairs(List<Entry> entries, double threshold) {
        return pairs(entries, threshold, Progress.NONE);
    }

    /**
     * As {@link #pairs(List, double)}, telling {@code progress} how far the scan has come; when the
     * person cancels, it ends with a {@link de.lotse.core.task.CancelledException} and no pairs.
     */
    public static List<DuplicateCandidate> pairs(List<Entry> entries, double threshold, Progress progress) {
        return pairs(entries, 0, threshold, progress);
    }

    /**
     * The pairs scoring at least {@code threshold} in which at least one is of {@code incoming}
     * (persons about to be added): an incoming one and a stored one, or two incoming ones, best
     * first. The stored ones are the {@code first} of their pairs. Blocked like {@link #pairs}, so
     * a file of a thousand persons against a register of 100,000 needs no hundred million comparisons.
     */
    public static List<DuplicateCandidate> pairsWith(List<Entry> incoming, List<Entry> register, double threshold) {
        return pairsWith(incoming, register, threshold, Progress.NONE);
    }

    /** As {@link #pairsWith(List, List, double)}, reporting to {@code progress} and stopping when cancelled. */
    public static List<DuplicateCandidate> pairsWith(List<Entry> incoming, List<Entry> register, double threshold,
            Progress progress) {
        List<Entry> all = new ArrayList<>(register.size() + incoming.size());
        all.addAll(register);
        all.addAll(incoming);
        return pairs(all, register.size(), threshold, progress);
    }

    /**
     * The pairs of {@code entries} with at least one at index {@code firstCompared} or later. Folding
     * the names takes about a tenth of the time, comparing within the blocks the rest: the scale of
     * the progress gives each its share.
     */
    private static List<DuplicateCandidate> pairs(List<Entry> entries, int firstCompared, double threshold,
            Progress progress) {
        Progress preparing = progress.part(0, PREPARING, SCALE);
        Progress comparing = progress.part(PREPARING, SCALE, SCALE);
        Map<String, List<Integer>> blocks = new HashMap<>();
        List<Prepared> prepared = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            if (i % STEP == 0) {
                preparing.stopIfCancelled();
                preparing.report(i, entries.size());
            }
            Prepared person = new Prepared(entries.get(i));
            prepared.add(person);
            for (String key : person.blockKeys()) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        preparing.report(entries.size(), entries.size());
        Set<Long> compared = new HashSet<>();
        List<DuplicateCandidate> found = new ArrayList<>();
        int blocksDone = 0;
        for (Map.Entry<String, List<Integer>> keyed : blocks.entrySet()) {
            if (blocksDone++ % STEP == 0) {
                comparing.stopIfCancelled();
                comparing.report(blocksDone - 1, blocks.size());
            }
            List<Integer> block = keyed.getValue();
            // indices are added in ascending order: a block ending before firstCompared has nothing to compare
            if (block.size() < 2 || block.size() > MAX_BLOCK || block.getLast() < firstCompared) {
                continue;
            }
            // names alone bring together persons of any birth date: only worth it when one date is missing
            boolean namesOnly = keyed.getKey().startsWith(NAMES_ONLY);
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int a = Math.min(block.get(x), block.get(y));
                    int b = Math.max(block.get(x), block.get(y));
                    if (a == b || b < firstCompared || namesOnly && prepared.get(a).entry.birthDate() != null
                            && prepared.get(b).entry.birthDate() != null) {
                        continue;
                    }
                    if (compared.add(((long) a << 32) | b)) {
                        double score = score(prepared.get(a), prepared.get(b));
                        if (score >= threshold) {
                            found.add(new DuplicateCandidate(entries.get(a).id(), entries.get(b).id(), score));
                        }
                    }
                }
            }
        }
        comparing.stopIfCancelled();
        found.sort(Comparator.comparingDouble(DuplicateCandidate::score).reversed()
                .thenComparing(c -> c.first().toString()).thenComparing(c -> c.second().toString()));
        comparing.report(blocks.size(), blocks.size());
        return found;
    }

    /** The persons of {@code register} that {@code draft} may be, best first (before saving a new person). */
    public static List<DuplicateCandidate> candidatesFor(Entry draft, List<Entry> register, double threshold) {
        Prepared prepared = new Prepared(draft);
        List<DuplicateCandidate> found = new ArrayList<>();
        for (Entry other : register) {
            if (!other.id().equals(draft.id())) {
                double score = score(prepared, new Prepared(other));
                if (score >= threshold) {
                    found.add(new DuplicateCandidate(draft.id(), other.id(), score));
                }
            }
        }
        found.sort(Comparator.comparingDouble(DuplicateCandidate::score).reversed());
        return found;
    }

    /**
     * A key two persons share when the duplicate check could not tell them apart by names and
     * year of birth alone (the same names as skeletons, in either order, and the same year).
     */
    public static String ambiguityKey(Entry entry) {
        Prepared prepared = new Prepared(entry);
        return prepared.namePair() + "|" + (entry.birthDate() == null ? "" : entry.birthDate().date().getYear());
    }

    /** How likely two persons are one, between 0 and 1. */
    public static double score(Entry a, Entry b) {
        return score(new Prepared(a), new Prepared(b));
    }

    private static double score(Prepared a, Prepared b) {
        double straight = (nameSimilarity(a.family, b.family) + nameSimilarity(a.given, b.given)) / 2;
        double swapped = (nameSimilarity(a.family, b.given) + nameSimilarity(a.given, b.family)) / 2 * 0.97;
        double score = NAME_WEIGHT * Math.max(straight, swapped) + BIRTH_WEIGHT * birthSimilarity(
                a.entry.birthDate(), b.entry.birthDate());
        boolean sexDiffers = a.entry.sex() != null && b.entry.sex() != null && a.entry.sex() != Sex.UNKNOWN
                && b.entry.sex() != Sex.UNKNOWN && a.entry.sex() != b.entry.sex();
        return sexDiffers ? score * 0.5 : score;
    }

    private static double nameSimilarity(Name a, Name b) {
        if (a.normalized.isEmpty() || b.normalized.isEmpty()) {
            return 0.5;
        }
        if (a.normalized.equals(b.normalized)) {
            return 1.0;
        }
        if (!a.skeleton.isEmpty() && a.skeleton.equals(b.skeleton)
                && (a.skeleton.length() >= 3 || initial(a.normalized) == initial(b.normalized))) {
            return 0.93;
        }
        int distance = Names.distance(a.normalized, b.normalized, 2);
        if (distance == 1) {
            return 0.9;
        }
        if (distance == 2 && Math.min(a.normalized.length(), b.normalized.length()) >= 7) {
            return 0.8;
        }
        // another name that merely looks alike (Aisha, Rasha): twins share family name and birthday
        return Math.max(0, jaroWinkler(a.normalized, b.normalized) - 0.35);
    }

    /**
     * A one- or two-letter skeleton says little (Alina and Iolna share "ln"): such names count as
     * spellings of one name only when they also begin alike (Aisha/Ayesha, Jussuf/Yusuf).
     */
    private static char initial(String normalized) {
        char first = normalized.charAt(0);
        return first == 'j' ? 'y' : first;
    }

    private static double birthSimilarity(PartialDate a, PartialDate b) {
        if (a == null || b == null) {
            return 0.6;
        }
        if (a.fits(b)) {
            return a.precision() == b.precision() ? 1.0 : 0.85;
        }
        boolean dayAndMonthSwapped = a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY
                && a.date().getYear() == b.date().getYear()
                && a.date().getDayOfMonth() == b.date().getMonthValue()
                && a.date().getMonthValue() == b.date().getDayOfMonth();
        return dayAndMonthSwapped ? 0.7 : 0.0;
    }

    /** Jaro-Winkler similarity: 1 for equal strings, high for strings that differ by a typo. */
    static double jaroWinkler(String a, String b) {
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] matchedA = new boolean[a.length()];
        boolean[] matchedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** A name folded once: written as one word, and its skeleton. */
    private record Name(String normalized, String skeleton) {

        static Name of(String text) {
            String joined = Names.normalize(text).replace(" ", "");
            return new Name(joined, Names.skeleton(joined));
        }
    }

    /** An entry with its names folded and its block keys. */
    private static final class Prepared {
        final Entry entry;
        final Name family;
        final Name given;

        Prepared(Entry entry) {
            this.entry = entry;
            this.family = Name.of(entry.familyName());
            this.given = Name.of(entry.givenName());
        }

        /**
         * Persons sharing a key are compared: both skeletons (in either order, so swapped names
         * meet) with and without the year of birth, the full date of birth (also with day and
         * month swapped), and the first three letters of either name with the year (typos that
         * change a skeleton).
         */
        Set<String> blockKeys() {
            Set<String> keys = new java.util.LinkedHashSet<>();
            String pair = namePair();
            keys.add(NAMES_ONLY + pair);
            PartialDate birth = entry.birthDate();
            if (birth != null) {
                int year = birth.date().getYear();
                keys.add("ny:" + pair + "|" + year);
                if (birth.precision() == DatePrecision.DAY) {
                    keys.add("d:" + birth.date());
                    int day = birth.date().getDayOfMonth();
                    int month = birth.date().getMonthValue();
                    keys.add("dm:" + year + "|" + Math.min(day, month) + "|" + Math.max(day, month));
                }
                keys.add("p:" + prefix(family.normalized) + "|" + year);
                keys.add("p:" + prefix(given.normalized) + "|" + year);
            }
            return keys;
        }

        /** Both name skeletons, in a fixed order so that swapped names give the same pair. */
        String namePair() {
            return family.skeleton.compareTo(given.skeleton) <= 0
                    ? family.skeleton + "|" + given.skeleton : given.skeleton + "|" + family.skeleton;
        }

        private static String prefix(String name) {
            return name.length() <= 3 ? name : name.substring(0, 3);
        }
    }
}
