package org.caresettle.batch.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockOutputStreamTest {

    @Test
    void passesOnEveryByteInOrderWhateverTheMixOfWrites() throws IOException {
        byte[] expected = new byte[100_000];
        new Random(17).nextBytes(expected);
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        BlockOutputStream out = new BlockOutputStream(target);
        Random sizes = new Random(3);
        int at = 0;
        while (at < expected.length) {
            // single bytes, small pieces, pieces that cross a block and pieces larger than one
            int size = Math.min(expected.length - at, switch (sizes.nextInt(4)) {
                case 0 -> 1;
                case 1 -> sizes.nextInt(100);
                case 2 -> 8000 + sizes.nextInt(400);
                default -> 9000 + sizes.nextInt(20_000);
            });
            if (size == 1) {
                out.write(expected[at]);
            } else {
                out.write(expected, at, size);
            }
            at += size;
        }
        out.flush();
        assertThat(target.toByteArray()).isEqualTo(expected);
    }

    @Test
    void holdsBytesUntilFlushAndLeavesTheStreamOpenOnClose() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the stream written to is not closed");
            }
        };
        BlockOutputStream out = new BlockOutputStream(target);
        out.write('a');
        out.write(new byte[] {'b', 'c'}, 0, 2);
        assertThat(target.size()).isZero();
        out.close();
        assertThat(target.toString()).isEqualTo("abc");
    }
}
