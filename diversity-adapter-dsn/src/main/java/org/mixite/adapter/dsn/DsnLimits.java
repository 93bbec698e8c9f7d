package org.mixite.adapter.dsn;

/**
 * The bounds that keep a hostile or broken file from exhausting memory (issue 19; documented in
 * docs/dsn.md, "Limits"). Each is far above what the norm allows a real declaration: its longest
 * value is a few hundred characters, and a real individual, with all its contracts, pay,
 * contribution bases and contributions, has a few hundred to a few thousand rubrics.
 */
final class DsnLimits {

    /** The longest line read, in characters; a longer one stops the file with an input error. */
    static final int MAX_LINE_CHARS = 65_536;
    /** The most lines one individual (its 30 block and what follows up to the next individual) may have. */
    static final int MAX_INDIVIDUAL_LINES = 20_000;
    /** The most problems kept for one individual: the others are counted, not kept. */
    static final int MAX_PROBLEMS = 100;
    /** The most distinct unknown blocks reported per file; further ones are skipped without a report. */
    static final int MAX_UNKNOWN_BLOCKS = 1_000;

    private DsnLimits() {
    }
}
