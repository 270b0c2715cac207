package app.conv3d.core;

/**
 * How one call is cut into tasks for the pool: groups of kernels x output frames x chunks of rows.
 * Whole frames when there are plenty of (group, frame) pairs to keep every thread busy; otherwise
 * (live mode computes one frame of one kernel) frames are cut into chunks of rows, each a multiple of
 * {@code rowBlock} so the engine's row-blocked kernels see full blocks.
 */
record WorkSplit(int groups, int frames, int rows, int rowsPerTask, int chunks) {

    /** Tasks per thread we aim for, so uneven tasks and a busy machine still balance. */
    private static final int TASKS_PER_THREAD = 4;

    static WorkSplit of(int groups, int frames, int rows, int rowBlock, int threads) {
        int units = groups * frames;
        int wantedChunks = Math.max(1, (TASKS_PER_THREAD * threads + units - 1) / units);
        int rowsPerTask = (rows + wantedChunks - 1) / wantedChunks;
        rowsPerTask = Math.max(rowBlock, (rowsPerTask + rowBlock - 1) / rowBlock * rowBlock);
        int chunks = (rows + rowsPerTask - 1) / rowsPerTask;
        return new WorkSplit(groups, frames, rows, rowsPerTask, chunks);
    }

    int tasks() {
        return groups * frames * chunks;
    }

    int group(int task) {
        return task / (frames * chunks);
    }

    int frame(int task) {
        return task / chunks % frames;
    }

    int rowStart(int task) {
        return task % chunks * rowsPerTask;
    }

    int rowEnd(int task) {
        return Math.min(rows, rowStart(task) + rowsPerTask);
    }
}
