package org.accord.store.jdbc;

import org.accord.domain.guide.Guide;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A workshop's {@link Guide} as the JSON document the {@code workshop_guide} table keeps. The shape is Jackson's
 * mapping of the guide's records, so a renamed record component is a format change: bump {@link #FORMAT_VERSION}
 * and read the old shape too. The guide's sections ({@code Agenda}, {@code LeaderGoals}, {@code Commitments}) are
 * unwrapped, so their fields sit flat in the document as they did before there were sections. A stored sample in
 * the tests ({@code GuideDocumentFormatTest}) must be read whole and written back byte for byte.
 */
final class GuideDocument {
    static final int FORMAT_VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a later Accord may add fields
            .build();

    private GuideDocument() {
    }

    static String write(Guide guide) {
        return JSON.writeValueAsString(guide);
    }

    /** The guide in a document, or an exception whose message says the workshop's guide cannot be read. */
    static Guide read(String document, int formatVersion) {
        if (formatVersion > FORMAT_VERSION) {
            throw new IllegalStateException("This workshop's agenda was saved by a newer Accord (format " + formatVersion
                    + "). Update Accord to open it.");
        }
        try {
            return JSON.readValue(document, Guide.class);
        } catch (JacksonException e) {
            // The parser's words ("Unexpected character …") mean nothing to a facilitator: they stay in the cause,
            // which the store writes to the support log.
            throw new IllegalStateException("This workshop's agenda and agreements cannot be read: their saved copy is "
                    + "damaged. Choose \"Restore from backup…\" on the start screen to put back an earlier copy.", e);
        }
    }
}
