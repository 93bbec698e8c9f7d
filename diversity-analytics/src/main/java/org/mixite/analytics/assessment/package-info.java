/**
 * The joint pay assessment of Directive 2023/970, Art. 10: its items (a) to (g) per category of
 * workers, from the exact pay-gap figures, the adjusted-gap and Oaxaca analysis within each
 * category, the justifications the employer and the workers' representatives record, the
 * return-from-leave figures, the remediation plan and the previous assessment.
 */
package org.mixite.analytics.assessment;
