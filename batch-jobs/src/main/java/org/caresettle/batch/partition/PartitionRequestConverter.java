package org.caresettle.batch.partition;

import java.nio.charset.StandardCharsets;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A partition request on the wire: one line of text, {@code <worker step name> <step execution id>}.
 * Readable in the broker's management page, and no Java deserialization of what arrives from the
 * network. Persistent, so a request survives a broker restart in its durable queue.
 */
public final class PartitionRequestConverter implements MessageConverter {

    @Override
    public Message toMessage(Object object, MessageProperties properties) {
        if (!(object instanceof StepExecutionRequest request)) {
            throw new MessageConversionException("not a partition request: " + object);
        }
        properties.setContentType(MessageProperties.CONTENT_TYPE_TEXT_PLAIN);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        String text = request.getStepName() + " " + request.getStepExecutionId();
        return new Message(text.getBytes(StandardCharsets.UTF_8), properties);
    }

    @Override
    public StepExecutionRequest fromMessage(Message message) {
        String text = new String(message.getBody(), StandardCharsets.UTF_8).trim();
        int space = text.lastIndexOf(' ');
        try {
            return new StepExecutionRequest(text.substring(0, space), Long.parseLong(text.substring(space + 1)));
        } catch (RuntimeException e) {
            throw new MessageConversionException("not a partition request (expected '<step> <step execution id>'): '"
                    + text + "'", e);
        }
    }
}
