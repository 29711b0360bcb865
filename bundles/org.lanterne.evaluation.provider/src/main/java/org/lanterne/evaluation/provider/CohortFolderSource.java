package org.lanterne.evaluation.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.lanterne.evaluation.api.Cohort;
import org.lanterne.evaluation.api.EvaluationData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The cohort in a folder, in the CSV format of the synthetic datasets (docs/datasets.md): by
 * default {@code <lanterne.data>/evaluation}. While that folder holds no {@code participants.csv},
 * the demo cohort shipped in this bundle is used, so that every indicator can be seen on a new
 * installation. The cohort is read again when a file of the folder changes.
 */
@Component(configurationPid = CohortFolderSource.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = CohortFolderSource.Config.class)
public class CohortFolderSource implements EvaluationData {

    static final String PID = "org.lanterne.evaluation.data";
    static final String DEMO = "demo";

    @ObjectClassDefinition(name = "Lanterne evaluation data", description = "Where the evaluation cohort is read from.")
    public @interface Config {

        @AttributeDefinition(description = "Folder of the cohort's CSV files; empty means <lanterne.data>/evaluation. "
                + "Without participants.csv there, the demo cohort is used.")
        String folder() default "";
    }

    private final Path folder;
    private Cohort cached;
    private List<FileTime> cachedTimes;

    @Activate
    public CohortFolderSource(Config config) {
        this(config.folder().isBlank() ? defaultFolder() : Path.of(config.folder()));
    }

    CohortFolderSource(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    @Override
    public synchronized Cohort cohort() {
        try {
            List<FileTime> times = modificationTimes();
            if (cached == null || !times.equals(cachedTimes)) {
                cached = times.isEmpty() ? demo() : CohortReader.read(folder.toString(), file -> Files.newInputStream(folder.resolve(file)));
                cachedTimes = times;
            }
            return cached;
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("The evaluation folder " + folder + " lacks " + e.getFile() + ": it needs " + CohortReader.FILES + ".", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The evaluation folder " + folder + " cannot be read.", e);
        }
    }

    /** @return the times of the folder's files, empty when it holds no cohort */
    private List<FileTime> modificationTimes() throws IOException {
        List<FileTime> times = new ArrayList<>();
        if (!Files.isRegularFile(folder.resolve(CohortReader.FILES.get(0)))) {
            return times;
        }
        for (String file : CohortReader.FILES) {
            Path path = folder.resolve(file);
            times.add(Files.exists(path) ? Files.getLastModifiedTime(path) : FileTime.fromMillis(0));
        }
        return times;
    }

    private static Cohort demo() throws IOException {
        return CohortReader.read(DEMO, file -> {
            InputStream in = CohortFolderSource.class.getResourceAsStream("/demo-cohort/" + file);
            if (in == null) {
                throw new NoSuchFileException("demo-cohort/" + file);
            }
            return in;
        });
    }

    private static Path defaultFolder() {
        return Path.of(System.getProperty("lanterne.data", Path.of(System.getProperty("user.home"), ".lanterne").toString()), "evaluation");
    }
}
