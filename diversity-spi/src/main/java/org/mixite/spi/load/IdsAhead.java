package org.mixite.spi.load;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Duplicate ids looked up for every row of a load at once, on several threads, with the answer
 * {@link IdRegistry} gives row by row: an id's rows all have its fingerprint, so the ids are
 * split by fingerprint into shards, and each shard's rows are looked up in input order in a
 * registry of its own, on a thread of its own. What a row finds depends only on the rows before
 * it with the same fingerprint, all in its shard.
 */
final class IdsAhead {

    private IdsAhead() {
    }

    /**
     * Per part and row, in input order across the parts: the line the row's id was first seen at
     * (0 when unknown) when a row before it had the id, else -1.
     *
     * @param fingerprints per part, its rows' {@link IdRegistry#fingerprint}s
     * @param lines        per part, its rows' lines (at least as many as rows)
     */
    static int[][] firstLines(List<long[]> fingerprints, List<long[]> lines, int threads) {
        if (fingerprints.size() != lines.size()) {
            throw new IllegalArgumentException(fingerprints.size() + " parts of fingerprints, " + lines.size() + " of lines");
        }
        long rows = 0;
        int[][] firstLines = new int[fingerprints.size()][];
        for (int part = 0; part < fingerprints.size(); part++) {
            if (lines.get(part).length < fingerprints.get(part).length) {
                throw new IllegalArgumentException("part " + part + " has fewer lines than rows");
            }
            firstLines[part] = new int[fingerprints.get(part).length];
            rows += fingerprints.get(part).length;
        }
        int shards = Math.max(1, threads);
        int expected = (int) Math.min(Integer.MAX_VALUE, rows / shards + rows / (8L * shards));
        // Each shard writes only its own rows' answers: no two threads write one element.
        IntStream.range(0, shards).parallel().forEach(shard -> {
            IdRegistry registry = new IdRegistry(expected);
            for (int part = 0; part < fingerprints.size(); part++) {
                long[] prints = fingerprints.get(part);
                long[] lineOf = lines.get(part);
                int[] answers = firstLines[part];
                for (int row = 0; row < prints.length; row++) {
                    long fingerprint = prints[row];
                    if (shard(fingerprint, shards) == shard) {
                        answers[row] = (int) registry.firstLineIfSeen(fingerprint, lineOf[row]);
                    }
                }
            }
        });
        return firstLines;
    }

    /** The shard of a fingerprint, from its high bits (the registry's slot comes from its low bits). */
    static int shard(long fingerprint, int shards) {
        return (int) (((fingerprint >>> 32) * shards) >>> 32);
    }
}
