/** The shared kernel: configuration, confidentiality rules and record persistence every module uses. */
@NullMarked
package nl.statenwerk.core;

import org.jspecify.annotations.NullMarked;
