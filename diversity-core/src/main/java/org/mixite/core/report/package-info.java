/** All the indicators of a full report, computed in one pass. */
package org.mixite.core.report;
