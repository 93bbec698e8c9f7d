/**
 * The worker's right to information (Directive 2023/970, Art. 7): the written answer to one
 * worker's request — their own pay level, the average pay levels of women and men in their
 * category of workers, the category's definition, the date it is due — never a figure of a group
 * smaller than the minimum cell size, never anything about another person.
 */
package org.mixite.core.information;
