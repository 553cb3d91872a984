package org.accord.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.accord.domain.guide.Guide;
import org.accord.domain.guide.Participant;
import org.junit.jupiter.api.Test;

/**
 * The guide document is Jackson's mapping of the guide's records, so reshaping those records could change what is
 * stored without anyone noticing. A document saved by Accord (format version 1, a guide taken through every step:
 * an added and a skipped step, a running timer, participants, linked goals, a revealed and settled blind entry, a
 * named campaign, initiatives, an agreed row, a working agreement and action items) must read back whole and be
 * written again byte for byte.
 */
class GuideDocumentFormatTest {
    private static String storedSample() throws IOException {
        try (InputStream in = GuideDocumentFormatTest.class.getResourceAsStream("guide-document-v1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aStoredDocumentReadsWholeAndIsWrittenBackByteForByte() throws IOException {
        String stored = storedSample();
        Guide guide = GuideDocument.read(stored, 1);

        assertThat(guide.steps()).hasSize(9);
        assertThat(guide.steps().get(1).skipped()).isTrue();
        assertThat(guide.clock(guide.steps().get(0).id()).running()).isTrue();
        assertThat(guide.participants()).extracting(Participant::name).containsExactly("Ana Souza", "Ben Okafor");
        assertThat(guide.goals()).isNotEmpty();
        assertThat(guide.goalLinks()).hasSize(1);
        assertThat(guide.blindEntry().revealed()).isTrue();
        assertThat(guide.blindEntry().settlements()).hasSize(1);
        assertThat(guide.campaign().name()).isEqualTo("Spring launch");
        assertThat(guide.initiatives()).hasSize(2);
        assertThat(guide.agreements()).hasSize(1);
        assertThat(guide.working().cadenceMinutesPerWeek()).isEqualTo(30);
        assertThat(guide.actions()).hasSize(2);
        assertThat(GuideDocument.write(guide)).isEqualTo(stored);
    }

    /** Fields a later Accord added are simply absent from an earlier document: each section starts empty. */
    @Test
    void aDocumentWithoutTheLaterFieldsReadsWithEachSectionAtItsStart() throws IOException {
        var document = (tools.jackson.databind.node.ObjectNode) tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(storedSample());
        document.remove(java.util.List.of("progress", "goalLinks", "initiatives", "agreements", "working", "actions"));
        Guide guide = GuideDocument.read(document.toString(), 1);

        assertThat(guide.steps()).hasSize(9);
        assertThat(guide.currentStep()).isEqualTo(guide.steps().get(0));
        assertThat(guide.goals()).isNotEmpty();
        assertThat(guide.goalLinks()).isEmpty();
        assertThat(guide.initiatives()).isEmpty();
        assertThat(guide.agreements()).isEmpty();
        assertThat(guide.working()).isEqualTo(org.accord.domain.guide.WorkingAgreement.NONE);
        assertThat(guide.actions()).isEmpty();
    }
}
