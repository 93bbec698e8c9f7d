package org.mixite.spi.load;

import org.apiguardian.api.API;

/** Told how far a long load has gone, e.g. to draw a progress bar. */
@API(status = API.Status.EXPERIMENTAL)
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (source, read) -> { };

    /** Called every {@link DatasetLoader#PROGRESS_STEP} entries and once at the end. */
    void progress(String source, long entriesRead);
}
