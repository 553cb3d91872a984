package org.accord.cli;

import java.util.Collection;
import java.util.Locale;

/**
 * What a bare word that is neither a command nor an existing file is told: the closest command when the word is
 * one or two keystrokes from it ({@code lsit}, {@code expot}), otherwise the commands there are.
 *
 * <p>Picocli suggests close subcommands itself, but only among those it has been given, and Accord adds a command
 * to the parser only when the arguments name it (see {@link AccordCommand}); a typo names none, so the parser knows
 * no commands to suggest from and takes the word for the window's file.
 */
final class UnknownCommand {
    /** At most this many single-letter edits (a swap of two neighbours counts as one) away is a likely typo. */
    private static final int MAX_TYPO_EDITS = 2;

    private UnknownCommand() {
    }

    static String message(String word, Collection<String> commands) {
        String shown = org.accord.domain.Messages.excerpt(word, 60);
        if (looksLikeAFile(word)) {
            return "The file '" + shown + "' does not exist. To open a workshop by its id or title: 'accord open WORKSHOP'.";
        }
        String closest = closest(word, commands);
        if (closest != null) {
            return "Unknown command '" + shown + "'. Did you mean '" + closest + "'?";
        }
        return "Unknown command '" + shown + "'. The commands are " + String.join(", ", commands)
                + "; a workshop by its id or title: 'accord open WORKSHOP'.";
    }

    private static boolean looksLikeAFile(String word) {
        return word.indexOf('/') >= 0 || word.indexOf(java.io.File.separatorChar) >= 0
                || word.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The command fewest edits away, if it is close enough to be what was meant; the first listed on a tie. */
    static String closest(String word, Collection<String> commands) {
        String typed = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestEdits = Integer.MAX_VALUE;
        for (String command : commands) {
            int edits = edits(typed, command);
            // "ls" is two edits from "list", but "no" must not become "new": half the word may differ, no more.
            if (edits <= MAX_TYPO_EDITS && edits * 2 <= Math.max(typed.length(), command.length()) && edits < bestEdits) {
                best = command;
                bestEdits = edits;
            }
        }
        return best;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int edits(String a, String b) {
        if (Math.abs(a.length() - b.length()) > MAX_TYPO_EDITS) {
            return Math.abs(a.length() - b.length()); // far apart, and a long argument is not compared letter by letter
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
