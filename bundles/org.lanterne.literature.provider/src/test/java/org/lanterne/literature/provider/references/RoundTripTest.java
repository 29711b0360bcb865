package org.lanterne.literature.provider.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.ReferenceFormat;

/** What is exported reads back as the same metadata, in every format. */
class RoundTripTest {

    @ParameterizedTest
    @EnumSource(ReferenceFormat.class)
    void exportedRecordsReadBackWithTheSameMetadata(ReferenceFormat format) throws Exception {
        ReferenceCodec codec = ReferenceCodec.of(format);
        List<LiteratureRecord> records = Samples.all();

        List<ReferenceEntry> read = codec.read("export." + format.extension(), codec.write(records));

        assertEquals(records.size(), read.size());
        for (int i = 0; i < records.size(); i++) {
            LiteratureRecord expected = records.get(i);
            LiteratureRecord actual = read.get(i).draft();
            assertEquals(expected.title(), actual.title(), format + " title");
            assertEquals(expected.authors(), actual.authors(), format + " authors");
            assertEquals(expected.year(), actual.year(), format + " year");
            assertEquals(expected.doi(), actual.doi(), format + " doi");
            assertEquals(expected.language(), actual.language(), format + " language");
            assertEquals(expected.tags(), actual.tags(), format + " tags");
            assertEquals(expected.details(), actual.details(), format + " details");
        }
    }

    @ParameterizedTest
    @EnumSource(ReferenceFormat.class)
    void exportingTwiceGivesTheSameText(ReferenceFormat format) {
        ReferenceCodec codec = ReferenceCodec.of(format);

        assertEquals(codec.write(Samples.all()), codec.write(Samples.all()));
    }
}
