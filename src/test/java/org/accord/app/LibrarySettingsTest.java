package org.accord.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's remembered library: a team's address without its password, or this laptop's library. */
class LibrarySettingsTest {
    @TempDir
    Path data;

    @Test
    void anAddressIsRememberedWithoutAPasswordAndLocalIsRememberedAsNoAddress() throws Exception {
        LibrarySettings settings = new LibrarySettings(data);
        assertThat(settings.rememberedDatabase()).as("nothing chosen yet: this laptop's library").isNull();
        settings.remember("jdbc:postgresql://db:5432/accord?user=ana&Password=s3cret&sslmode=verify-full");
        assertThat(settings.rememberedDatabase())
                .isEqualTo("jdbc:postgresql://db:5432/accord?user=ana&sslmode=verify-full");
        assertThat(Files.readString(data.resolve(LibrarySettings.FILE_NAME))).doesNotContain("s3cret");
        settings.remember("jdbc:postgresql://db:5432/accord?password=s3cret");
        assertThat(new LibrarySettings(data).rememberedDatabase()).isEqualTo("jdbc:postgresql://db:5432/accord");
        settings.remember(null);
        assertThat(new LibrarySettings(data).rememberedDatabase()).isNull();
    }
}
