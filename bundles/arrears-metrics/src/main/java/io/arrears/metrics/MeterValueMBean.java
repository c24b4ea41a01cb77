package io.arrears.metrics;

/** One labelled value of an Arrears meter in JMX ({@code io.arrears:type=Metric,name=<meter>,<label>=<value>}). */
public interface MeterValueMBean {

    String getMeter();

    String getType();

    String getHelp();

    /** Counter or gauge value; for a summary the sum of observations in seconds. */
    double getValue();

    /** Summary: number of observations; 0 otherwise. */
    long getCount();

    /** Summary: mean observation in milliseconds; 0 otherwise. */
    double getMeanMillis();
}
