/**
 * Job families from PCS-ESE codes and company mappings: technical digital jobs, digitised jobs,
 * other, and unknown (job-families.md).
 *
 * <p>The default mapping is the versioned resource {@code pcs-ese-2017-technical-digital.csv}
 * (a {@code # version:} header, its sources, then {@code code,family,subfamily,level,label}).
 * The ten codes are the same in PCS-ESE 2003 and 2017. PCS 2020 codes ({@code 38A1} shape) are
 * recognised and left unknown until INSEE's IT rubrics are listed; a company mapping may map them.
 * A company mapping file ({@code key,family[,subfamily]}; key = job code, PCS 2020 code or
 * {@code job_family} label) adds or overrides entries.
 */
package org.mixite.core.jobs;
