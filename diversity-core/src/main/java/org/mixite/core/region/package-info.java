/**
 * Regions of France from a workplace's postal code (issue 18): postal code → département →
 * one of the 18 regions of the INSEE code list, for the federation barometer's regional figures.
 */
package org.mixite.core.region;
