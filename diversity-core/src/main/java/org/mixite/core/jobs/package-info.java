/** Job families from PCS-ESE codes and company mappings: technical digital jobs, digitised jobs, other. */
package org.mixite.core.jobs;
