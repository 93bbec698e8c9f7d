/** The demo data: a deterministic generator of a fictitious digital company or federation, and the shipped files. */
package org.mixite.samples.demo;
