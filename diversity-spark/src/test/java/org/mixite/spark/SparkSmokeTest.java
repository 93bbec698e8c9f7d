package org.mixite.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class SparkSmokeTest {

    @Test
    void localSessionRuns() throws Exception {
        try (SparkSession spark = SparkSession.builder().master("local[2]").appName("smoke")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate()) {
            long n = spark.createDataset(List.of("a", "b", "c", "a"), Encoders.STRING()).groupByKey(
                    (org.apache.spark.api.java.function.MapFunction<String, String>) s -> s, Encoders.STRING()).count().count();
            assertThat(n).isEqualTo(3);
        }
    }
}
