/** Text forms of record fields, for adapters whose sources hold text (CSV, JSON, vendor exports). */
package org.mixite.spi.text;
