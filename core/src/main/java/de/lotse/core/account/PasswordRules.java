package de.lotse.core.account;

import de.lotse.core.validation.FieldProblem;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a password must be (BSI ORP.4): at least {@value #MIN_LENGTH} characters, and not
 * common: not on the list of common passwords (also not when digits or symbols are added at its
 * end), not containing the user name, not one character repeated, a short block repeated or a
 * run like "abcdef…" or "123456…". There is no rule of character classes and no forced change by
 * time: length and not being common is what makes a password hard to guess.
 *
 * <p>The password never appears in a problem's arguments, a message or a log; the copies made
 * for the checks are wiped.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    /** The field of the new password, and of its repetition. */
    public static final String FIELD = "password";
    public static final String REPEAT_FIELD = "passwordRepeat";

    /** A user name shorter than this is too likely found by chance to refuse a password for it. */
    private static final int MIN_USER_NAME = 3;
    /** Blocks up to this long repeated ("abab…", "123123…") count as simple. */
    private static final int MAX_BLOCK = 4;

    private PasswordRules() {
    }

    /** The password's problem (at most one, the first rule it breaks), or none. */
    public static List<FieldProblem> check(String userName, char[] password) {
        char[] typed = password == null ? new char[0] : password;
        if (Character.codePointCount(typed, 0, typed.length) < MIN_LENGTH) {
            return List.of(FieldProblem.of(FIELD, "password.tooShort", MIN_LENGTH));
        }
        char[] lowered = CommonPasswords.lower(typed);
        try {
            String name = userName == null ? "" : UserNames.normalize(userName);
            if (name.length() >= MIN_USER_NAME && indexOf(lowered, name) >= 0) {
                return List.of(FieldProblem.of(FIELD, "password.containsUserName"));
            }
            if (isCommon(lowered) || isSimple(lowered)) {
                return List.of(FieldProblem.of(FIELD, "password.common"));
            }
            return List.of();
        } finally {
            Arrays.fill(lowered, '\0');
        }
    }

    /** As {@link #check(String, char[])}, and a problem of the repetition when it differs. */
    public static List<FieldProblem> check(String userName, char[] password, char[] repeat) {
        List<FieldProblem> problems = check(userName, password);
        if (Arrays.equals(password, repeat)) {
            return problems;
        }
        List<FieldProblem> all = new ArrayList<>(problems);
        all.add(FieldProblem.of(REPEAT_FIELD, "password.mismatch"));
        return List.copyOf(all);
    }

    private static boolean isCommon(char[] lowered) {
        CommonPasswords common = CommonPasswords.shipped();
        if (common.contains(CharBuffer.wrap(lowered))) {
            return true;
        }
        int end = lowered.length;
        while (end > 0) {
            int last = Character.codePointBefore(lowered, end);
            if (Character.isLetter(last)) {
                break;
            }
            end -= Character.charCount(last);
        }
        return end < lowered.length && end > 0 && common.contains(CharBuffer.wrap(lowered, 0, end));
    }

    /** One character or a short block repeated, or a run of neighbours up or down (digits go round, 9 to 0). */
    private static boolean isSimple(char[] lowered) {
        int[] points = CharBuffer.wrap(lowered).codePoints().toArray();
        for (int block = 1; block <= MAX_BLOCK && 2 * block <= points.length; block++) {
            if (repeats(points, block)) {
                return true;
            }
        }
        return runs(points, 1) || runs(points, -1);
    }

    private static boolean repeats(int[] points, int block) {
        for (int i = block; i < points.length; i++) {
            if (points[i] != points[i - block]) {
                return false;
            }
        }
        return true;
    }

    private static boolean runs(int[] points, int step) {
        for (int i = 1; i < points.length; i++) {
            if (points[i] != neighbour(points[i - 1], step)) {
                return false;
            }
        }
        return true;
    }

    private static int neighbour(int point, int step) {
        if (point >= '0' && point <= '9') {
            return '0' + Math.floorMod(point - '0' + step, 10);
        }
        return point + step;
    }

    private static int indexOf(char[] text, String part) {
        outer:
        for (int start = 0; start + part.length() <= text.length; start++) {
            for (int i = 0; i < part.length(); i++) {
                if (text[start + i] != part.charAt(i)) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }
}
