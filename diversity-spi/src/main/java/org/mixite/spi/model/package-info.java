/**
 * The employee record and the dataset around it: the one model every adapter produces and
 * every indicator consumes. All types are immutable; nothing here returns {@code null}.
 */
package org.mixite.spi.model;
