/**
 * Categories of workers doing work of equal value (Directive 2023/970, Art. 4(4)): a company's
 * job evaluation (each job scored on skills, effort, responsibility and working conditions, plus
 * the company's own factors), its weighted points per job, and the score bands that group jobs
 * into categories, used for Art. 9(1)(g), France's indicator G, Art. 7 and Art. 10.
 */
package org.mixite.core.equalvalue;
