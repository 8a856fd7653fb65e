package org.caresettle.batch.worker;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepLocator;

/**
 * Finds a worker step by the name a partition request carries: the {@link Step#getName()} of the
 * application's step beans, whatever their bean names. Manager and worker run the same jar, so
 * every step the manager partitions is here.
 */
final class StepsByName implements StepLocator {

    private final Map<String, Step> steps;

    StepsByName(List<Step> steps) {
        this.steps = steps.stream().collect(Collectors.toUnmodifiableMap(Step::getName, Function.identity()));
    }

    @Override
    public Step getStep(String stepName) {
        return steps.get(stepName);
    }
}
