package org.sanctag.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Teaches Quarkus's ObjectMapper the contract's wire names ({@link WireNamesModule}). */
@Singleton
public class WireNames implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new WireNamesModule());
    }
}
