package org.caresettle.batch.rerun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An uploaded key's name is kept only as a file name of its own: never a path, never a hidden name. */
class PoolingKeyWhatIfsTest {

    @Test
    void anUploadKeepsItsOwnNameCleaned() {
        assertThat(PoolingKeyWhatIfs.safeName("pooling_keys_proposed.csv")).isEqualTo("pooling_keys_proposed.csv");
        assertThat(PoolingKeyWhatIfs.safeName("C:\\Users\\fin\\voorstel 2027.csv")).isEqualTo("voorstel_2027.csv");
        assertThat(PoolingKeyWhatIfs.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(PoolingKeyWhatIfs.safeName("..")).isEqualTo("pooling_keys.csv");
        assertThat(PoolingKeyWhatIfs.safeName("")).isEqualTo("pooling_keys.csv");
        assertThat(PoolingKeyWhatIfs.safeName(null)).isEqualTo("pooling_keys.csv");
        assertThat(PoolingKeyWhatIfs.safeName("a".repeat(300) + ".csv")).hasSize(100).endsWith(".csv");
    }
}
