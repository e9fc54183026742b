package org.storyline.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (credentials and endpoints set with {@code spark.hadoop.*}, such as
 * an {@code s3a} key) carried to the executors, where a plain {@code new Configuration()} would not have it.
 */
record HadoopSettings(Map<String, String> entries) implements Serializable {

    static HadoopSettings of(Configuration configuration) {
        Map<String, String> entries = new HashMap<>();
        configuration.forEach(e -> entries.put(e.getKey(), e.getValue()));
        return new HadoopSettings(entries);
    }

    Configuration configuration() {
        Configuration configuration = new Configuration(false);
        entries.forEach(configuration::set);
        return configuration;
    }
}
