/** The DSN adapter: French monthly payroll declarations read into employee records. */
package org.mixite.adapter.dsn;
