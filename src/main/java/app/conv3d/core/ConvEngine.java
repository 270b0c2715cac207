package app.conv3d.core;

/** A way of computing a {@link ConvJob}: plain Java loops, or the Vector API. */
interface ConvEngine {

    /** "scalar" or "vector", as {@link Conv3d#path()} reports it. */
    String name();

    /** Fills {@code job.out}, splitting the work over {@code pool}'s threads. */
    void run(ConvJob job, ConvPool pool);
}
