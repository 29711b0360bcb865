package org.lanterne.datasets;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code datasets/generate}: writes a synthetic cohort from a seed. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes a synthetic cohort (CSV tables and ground-truth.json) from a seed. "
                + "Without options it writes the demo cohort.")
public final class GenerateCommand implements Callable<Integer> {

    private static final CohortParameters DEMO = CohortParameters.demo();

    @Option(names = "--out", required = true, description = "Folder for the tables.")
    Path out;

    @Option(names = "--seed", description = "Seed of the random draws (default: ${DEFAULT-VALUE}).")
    long seed = DEMO.seed();

    @Option(names = "--clients", description = "Clients of the treatment programme; each has 3 assessments (default: ${DEFAULT-VALUE}).")
    int clients = DEMO.clients();

    @Option(names = "--self-help", description = "Participants of the self-help programmes (default: ${DEFAULT-VALUE}).")
    int selfHelp = DEMO.selfHelpParticipants();

    @Option(names = "--auc", description = "True AUC of the STATIC-99R total for re-offending (default: ${DEFAULT-VALUE}).")
    double auc = DEMO.trueAuc();

    @Option(names = "--event-rate", description = "Share re-offending within the horizon under usual care (default: ${DEFAULT-VALUE}).")
    double eventRate = DEMO.usualCareEventRate();

    @Option(names = "--hazard-ratio", description = "Hazard ratio of treatment against usual care (default: ${DEFAULT-VALUE}).")
    double hazardRatio = DEMO.trueHazardRatio();

    @Option(names = "--needs-effect", description = "Latent standardised drop of dynamic needs under treatment (default: ${DEFAULT-VALUE}).")
    double needsEffect = DEMO.trueNeedsEffect();

    @Override
    public Integer call() throws Exception {
        CohortParameters parameters = new CohortParameters(seed, clients, selfHelp, DEMO.firstEnrolment(), DEMO.enrolmentDays(),
                DEMO.horizonYears(), auc, eventRate, hazardRatio, needsEffect, DEMO.prePostCorrelation(), DEMO.lossToFollowUpRate());
        long started = System.nanoTime();
        GroundTruth truth = new CohortGenerator(parameters).write(out);
        System.out.printf(Locale.ROOT, "Wrote %s in %.1f s: %s%n", out, (System.nanoTime() - started) / 1e9, truth.rows());
        return 0;
    }

    public static void main(String[] args) {
        CommandLine command = new CommandLine(new GenerateCommand());
        // Wrong parameters are the user's mistake: say what is wrong, without a stack trace.
        command.setExecutionExceptionHandler((exception, line, parsed) -> {
            if (exception instanceof IllegalArgumentException) {
                line.getErr().println(exception.getMessage());
                return 2;
            }
            throw exception;
        });
        System.exit(command.execute(args));
    }
}
