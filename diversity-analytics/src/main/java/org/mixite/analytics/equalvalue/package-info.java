/**
 * Checks of a job evaluation (Directive 2023/970, Art. 4(4): criteria "not based directly or
 * indirectly on the sex of workers"): how each criterion's scores go with the share of women in
 * the jobs, and which jobs are paid far from what their points predict. Points to examine with
 * the workers' representatives, never a verdict.
 */
package org.mixite.analytics.equalvalue;
