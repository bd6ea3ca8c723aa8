package org.sanctag.result;

import java.util.Locale;

/** An enum of the contract whose constants clients see by a name of their own: the constant in lower case. */
public interface WireNamed {

    String name();

    /** The name clients see, for example {@code not_after} for {@code NOT_AFTER}. */
    default String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
