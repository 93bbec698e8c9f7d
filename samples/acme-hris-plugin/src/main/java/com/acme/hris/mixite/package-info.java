/**
 * The ACME HRIS adapter. Its export is one JSON object: an {@code export} header (vendor,
 * version) and a {@code workers} array in the vendor's own vocabulary, which
 * {@link com.acme.hris.mixite.WorkerMapping} maps onto the canonical record.
 */
package com.acme.hris.mixite;
