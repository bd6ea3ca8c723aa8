package org.sanctag.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.sanctag.result.WireNamed;

/** Writes the contract's enums by their wire names ({@code "high"}, {@code "not_after"}), the one place Jackson learns them. */
@Singleton
public class WireNames implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("sanctag-wire-names").addSerializer(WireNamed.class, new Writer()));
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
