package app.conv3d.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ToomCookTest {

    @Test
    void everyTransformComputesTheCorrelation() {
        Random random = new Random(7);
        for (int r = 2; r <= 7; r++) {
            for (int m = 1; m + r - 1 <= ToomCook.MAX_ALPHA; m++) {
                ToomCook f = ToomCook.of(m, r);
                for (int trial = 0; trial < 20; trial++) {
                    double[] d = new double[f.alpha];
                    double[] g = new double[r];
                    for (int i = 0; i < d.length; i++) {
                        d[i] = random.nextInt(256);
                    }
                    for (int k = 0; k < r; k++) {
                        g[k] = random.nextGaussian();
                    }
                    double[] y = winograd(f, d, g);
                    for (int i = 0; i < m; i++) {
                        double expected = 0;
                        for (int k = 0; k < r; k++) {
                            expected += g[k] * d[i + k];
                        }
                        assertEquals(expected, y[i], 1e-4 * (1 + Math.abs(expected)), "F(" + m + "," + r + ") output " + i);
                    }
                }
            }
        }
    }

    @Test
    void theSmallestTransformsHaveTheirTextbookInputMatrix() {
        // F(2,3) with points 0, 1, -1: Lavin and Gray's B^T up to the sign of each row.
        ToomCook f = ToomCook.of(2, 3);
        float[][] expected = {{1, 0, -1, 0}, {0, 1, 1, 0}, {0, -1, 1, 0}, {0, 1, 0, -1}};
        for (int j = 0; j < 4; j++) {
            float sign = Math.signum(firstNonZero(f.bt, j * 4)) * Math.signum(firstNonZero(expected[j], 0));
            for (int k = 0; k < 4; k++) {
                assertEquals(expected[j][k], sign * f.bt[j * 4 + k], 0f, "BT[" + j + "][" + k + "]");
            }
        }
    }

    @Test
    void refusesSizesBeyondItsPoints() {
        assertThrows(IllegalArgumentException.class, () -> ToomCook.of(ToomCook.MAX_ALPHA, 2));
        assertThrows(IllegalArgumentException.class, () -> ToomCook.of(0, 3));
    }

    private static float firstNonZero(float[] row, int from) {
        for (int i = from; ; i++) {
            if (row[i] != 0) {
                return row[i];
            }
        }
    }

    private static double[] winograd(ToomCook f, double[] d, double[] g) {
        double[] product = new double[f.alpha];
        for (int j = 0; j < f.alpha; j++) {
            double gj = 0;
            double dj = 0;
            for (int k = 0; k < f.r; k++) {
                gj += f.g[j * f.r + k] * g[k];
            }
            for (int k = 0; k < f.alpha; k++) {
                dj += f.bt[j * f.alpha + k] * d[k];
            }
            product[j] = gj * dj;
        }
        double[] y = new double[f.m];
        for (int i = 0; i < f.m; i++) {
            for (int j = 0; j < f.alpha; j++) {
                y[i] += f.at[i * f.alpha + j] * product[j];
            }
        }
        return y;
    }
}
