package org.sanctag.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.sanctag.result.WireNamed;

/**
 * The Jackson module that writes the contract's enums by their wire names ({@code "high"},
 * {@code "not_after"}); free of Quarkus, so that anything serialising answers (a benchmark too)
 * writes them exactly as the service does.
 */
public final class WireNamesModule extends SimpleModule {

    public WireNamesModule() {
        super("sanctag-wire-names");
        addSerializer(WireNamed.class, new Writer());
    }

    private static final class Writer extends StdSerializer<WireNamed> {

        Writer() {
            super(WireNamed.class);
        }

        @Override
        public void serialize(WireNamed value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(value.wireName());
        }
    }
}
