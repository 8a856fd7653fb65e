package org.caresettle.batch.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.batch.integration.partition.StepExecutionRequest;

class PartitionRequestConverterTest {

    private final PartitionRequestConverter converter = new PartitionRequestConverter();

    @Test
    void aRequestIsOnePersistentLineOfText() {
        Message message = converter.toMessage(new StepExecutionRequest("ingestPartitionStep", 812L), new MessageProperties());

        assertThat(new String(message.getBody(), StandardCharsets.UTF_8)).isEqualTo("ingestPartitionStep 812");
        assertThat(message.getMessageProperties().getContentType()).isEqualTo("text/plain");
        assertThat(message.getMessageProperties().getDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);

        StepExecutionRequest read = converter.fromMessage(message);
        assertThat(read.getStepName()).isEqualTo("ingestPartitionStep");
        assertThat(read.getStepExecutionId()).isEqualTo(812L);
    }

    @Test
    void anythingElseIsRefusedWithWhatWasExpected() {
        Message garbage = new Message("hello".getBytes(StandardCharsets.UTF_8), new MessageProperties());
        assertThatThrownBy(() -> converter.fromMessage(garbage)).isInstanceOf(MessageConversionException.class)
                .hasMessageContaining("expected '<step> <step execution id>'");
        assertThatThrownBy(() -> converter.toMessage("hello", new MessageProperties()))
                .isInstanceOf(MessageConversionException.class);
    }
}
