package org.mixite.spi.adapter;

/** A provider whose constructor fails: discovery must survive it. */
public class BrokenAdapter extends ListAdapter {
    public BrokenAdapter() {
        throw new IllegalStateException("licence server unreachable");
    }
}
