package de.lotse.core.person;

import de.lotse.core.text.GermanOrder;
import de.lotse.core.text.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

/**
 * Search while typing over the whole register, in memory. Every word of the query must match a
 * word of a person's names (any of them, in any order, so given and family name may be swapped):
 * exactly, as the beginning of a word, by its transliteration {@link Names#skeleton skeleton},
 * or with one typo. Words that are dates ({@code 1991}, {@code 03.1991}, {@code 07.03.1991})
 * keep persons whose birth date fits. Best matches come first; ties in German name order.
 * Immutable: build a new index when the register changes.
 */
public final class PersonIndex {

    /** What the index knows of a person. */
    public record Entry(UUID id, String familyName, String givenName, List<String> otherNames,
            PartialDate birthDate) {

        public Entry {
            Objects.requireNonNull(id, "id");
            otherNames = List.copyOf(otherNames);
        }
    }

    /** A found person with its score (higher is better). */
    public record Hit(UUID id, double score) { }

    /** The best hits, and how many persons matched in all. */
    public record Result(List<Hit> hits, int matches) { }

    private static final double EXACT = 1.0;
    private static final double PREFIX = 0.8;
    private static final double SKELETON = 0.7;
    private static final double SKELETON_PREFIX = 0.55;
    private static final double TYPO = 0.5;
    private static final int FUZZY_MIN_LENGTH = 4;

    private final Entry[] entries;
    /** Distinct normalized words, sorted, with the persons (entry indices) that have them. */
    private final String[] words;
    private final int[][] postings;
    /** Distinct skeletons, sorted, with the words (indices into {@link #words}) that have them. */
    private final String[] skeletons;
    private final int[][] skeletonWords;

    private PersonIndex(Entry[] entries, String[] words, int[][] postings, String[] skeletons, int[][] skeletonWords) {
        this.entries = entries;
        this.words = words;
        this.postings = postings;
        this.skeletons = skeletons;
        this.skeletonWords = skeletonWords;
    }

    public static PersonIndex build(List<Entry> persons) {
        Entry[] entries = GermanOrder.sortBy(persons, Entry::familyName, Entry::givenName).toArray(Entry[]::new);
        Map<String, IntList> byWord = new HashMap<>();
        for (int i = 0; i < entries.length; i++) {
            for (String word : wordsOf(entries[i])) {
                byWord.computeIfAbsent(word, w -> new IntList()).add(i);
            }
        }
        String[] words = byWord.keySet().toArray(String[]::new);
        Arrays.sort(words);
        int[][] postings = new int[words.length][];
        Map<String, IntList> bySkeleton = new HashMap<>();
        for (int w = 0; w < words.length; w++) {
            postings[w] = byWord.get(words[w]).toArray();
            String skeleton = Names.skeleton(words[w]);
            if (!skeleton.isEmpty()) {
                bySkeleton.computeIfAbsent(skeleton, s -> new IntList()).add(w);
            }
        }
        String[] skeletons = bySkeleton.keySet().toArray(String[]::new);
        Arrays.sort(skeletons);
        int[][] skeletonWords = new int[skeletons.length][];
        for (int s = 0; s < skeletons.length; s++) {
            skeletonWords[s] = bySkeleton.get(skeletons[s]).toArray();
        }
        return new PersonIndex(entries, words, postings, skeletons, skeletonWords);
    }

    /** Every word of every name, and each multi-word name also written as one word ("Abdul Rahman"). */
    private static Set<String> wordsOf(Entry entry) {
        Set<String> words = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        names.add(entry.familyName());
        names.add(entry.givenName());
        names.addAll(entry.otherNames());
        for (String name : names) {
            List<String> tokens = Names.tokens(name);
            words.addAll(tokens);
            if (tokens.size() > 1) {
                words.add(String.join("", tokens));
            }
        }
        return words;
    }

    public int size() {
        return entries.length;
    }

    /** The best {@code limit} persons for {@code query}; empty for a blank query. */
    public List<Hit> search(String query, int limit) {
        return find(query, limit).hits();
    }

    /** The best {@code limit} persons for {@code query} and the number of all that match. */
    public Result find(String query, int limit) {
        List<String> nameWords = new ArrayList<>();
        List<PartialDate> dates = new ArrayList<>();
        for (String part : query.strip().split("[\\s,;]+")) {
            Optional<PartialDate> date = PartialDate.parse(part);
            if (date.isPresent()) {
                dates.add(date.get());
            } else {
                nameWords.addAll(Names.tokens(part));
            }
        }
        if (nameWords.isEmpty() && dates.isEmpty()) {
            return new Result(List.of(), 0);
        }
        float[] total = new float[entries.length];
        boolean[] alive = new boolean[entries.length];
        if (nameWords.isEmpty()) {
            Arrays.fill(alive, true);
        } else {
            matchNames(nameWords, total, alive);
            // "abdul rahman" is also "abdulrahman": try each pair of neighbouring words as one
            for (int i = 0; i + 1 < nameWords.size(); i++) {
                List<String> joined = new ArrayList<>(nameWords.subList(0, i));
                joined.add(nameWords.get(i) + nameWords.get(i + 1));
                joined.addAll(nameWords.subList(i + 2, nameWords.size()));
                float[] joinedTotal = new float[entries.length];
                boolean[] joinedAlive = new boolean[entries.length];
                matchNames(joined, joinedTotal, joinedAlive);
                for (int person = 0; person < entries.length; person++) {
                    if (joinedAlive[person]) {
                        // as many words as the query had: a joined match counts like the words it joins
                        float score = joinedTotal[person] * nameWords.size() / joined.size();
                        if (!alive[person] || score > total[person]) {
                            total[person] = score;
                            alive[person] = true;
                        }
                    }
                }
            }
        }
        for (PartialDate date : dates) {
            for (int i = 0; i < entries.length; i++) {
                if (alive[i]) {
                    float fit = dateFit(entries[i].birthDate(), date);
                    alive[i] = fit > 0;
                    total[i] += fit;
                }
            }
        }
        return best(total, alive, limit);
    }

    /** Persons that match every query word, with the sum of their best match per word. */
    private void matchNames(List<String> queryWords, float[] total, boolean[] alive) {
        float[] best = new float[entries.length];
        int[] matched = new int[entries.length];
        IntList touched = new IntList();
        for (int q = 0; q < queryWords.size(); q++) {
            collect(queryWords.get(q), best, touched);
            for (int t = 0; t < touched.size(); t++) {
                int person = touched.get(t);
                if (matched[person] == q) {
                    matched[person]++;
                    total[person] += best[person];
                }
                best[person] = 0;
            }
            touched.clear();
        }
        for (int person = 0; person < entries.length; person++) {
            alive[person] = matched[person] == queryWords.size();
        }
    }

    /** For one query word: the best score per person, and which persons were touched. */
    private void collect(String word, float[] best, IntList touched) {
        int from = lowerBound(words, word);
        for (int w = from; w < words.length && words[w].startsWith(word); w++) {
            offer(w, words[w].length() == word.length() ? EXACT : PREFIX, best, touched);
        }
        String skeleton = Names.skeleton(word);
        if (skeleton.length() >= 2) {
            int s = lowerBound(skeletons, skeleton);
            for (; s < skeletons.length && skeletons[s].startsWith(skeleton); s++) {
                boolean equal = skeletons[s].length() == skeleton.length();
                if (equal || skeleton.length() >= 3) {
                    for (int w : skeletonWords[s]) {
                        offer(w, equal ? SKELETON : SKELETON_PREFIX, best, touched);
                    }
                }
            }
        }
        if (word.length() >= FUZZY_MIN_LENGTH) {
            for (int w = 0; w < words.length; w++) {
                if (Math.abs(words[w].length() - word.length()) <= 1 && Names.distance(words[w], word, 1) <= 1) {
                    offer(w, TYPO, best, touched);
                }
            }
        }
    }

    private void offer(int word, double score, float[] best, IntList touched) {
        for (int person : postings[word]) {
            if (best[person] == 0) {
                touched.add(person);
            }
            if (score > best[person]) {
                best[person] = (float) score;
            }
        }
    }

    /** How well a birth date fits a date of the query: 0 when it cannot be the same. */
    private static float dateFit(PartialDate birth, PartialDate query) {
        if (birth == null || !birth.fits(query)) {
            return 0;
        }
        return birth.precision() == query.precision() || birth.precision() == DatePrecision.DAY ? 1.0f : 0.6f;
    }

    private Result best(float[] total, boolean[] alive, int limit) {
        int matches = 0;
        // a min-heap of the best so far: lower score first, then later in name order first
        PriorityQueue<Integer> heap = new PriorityQueue<>(limit + 1, (a, b) -> total[a] != total[b]
                ? Float.compare(total[a], total[b]) : Integer.compare(b, a));
        for (int i = 0; i < entries.length; i++) {
            if (alive[i]) {
                matches++;
                heap.add(i);
                if (heap.size() > limit) {
                    heap.poll();
                }
            }
        }
        Hit[] hits = new Hit[heap.size()];
        for (int h = hits.length - 1; h >= 0; h--) {
            int i = heap.poll();
            hits[h] = new Hit(entries[i].id(), total[i]);
        }
        return new Result(List.of(hits), matches);
    }

    private static int lowerBound(String[] sorted, String key) {
        int index = Arrays.binarySearch(sorted, key);
        return index >= 0 ? index : -index - 1;
    }

    /** A growable int array, to keep postings compact. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
