package app.conv3d.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Winograd's minimal filtering F(m, r) in one dimension: {@code m} outputs of an {@code r}-tap
 * correlation, {@code y[i] = sum_k g[k] d[i + k]}, from {@code alpha = m + r - 1} products instead of
 * {@code m * r}: {@code y = AT (G g . BT d)}. The matrices come from the Toom-Cook construction
 * (polynomial evaluation at {@code alpha - 1} points and at infinity), derived here in exact rational
 * arithmetic and only then rounded to float, so every size has the same small rounding error.
 *
 * <p>The points are 0, 1, -1, 2, -2, 1/2, -1/2, 3, -3: small integers and halves keep the transforms well
 * conditioned (the error grows with alpha; {@link #MAX_ALPHA} bounds it).
 */
final class ToomCook {
    /** Beyond 10 products the float-rounded transforms lose digits (1e-3 relative at 12 in the tests). */
    static final int MAX_ALPHA = 10;

    final int m;
    final int r;
    final int alpha;
    /** at[i * alpha + j]: output transform, m x alpha. */
    final float[] at;
    /** g[j * r + k]: filter transform, alpha x r. */
    final float[] g;
    /** bt[j * alpha + k]: input transform, alpha x alpha. */
    final float[] bt;

    private ToomCook(int m, int r, Fraction[][] at, Fraction[][] g, Fraction[][] bt) {
        this.m = m;
        this.r = r;
        this.alpha = m + r - 1;
        this.at = flatten(at);
        this.g = flatten(g);
        this.bt = flatten(bt);
    }

    /** F(m, r); {@code m + r - 1} must not exceed {@link #MAX_ALPHA}. */
    static ToomCook of(int m, int r) {
        int alpha = m + r - 1;
        if (m < 1 || r < 1 || alpha > MAX_ALPHA) {
            throw new IllegalArgumentException("no Winograd transform F(" + m + ", " + r + ")");
        }
        List<Fraction> points = points().subList(0, alpha - 1);
        Fraction[][] at = new Fraction[m][alpha];
        Fraction[][] g = new Fraction[alpha][r];
        for (int j = 0; j < alpha; j++) {
            boolean infinity = j == alpha - 1;
            Fraction scale = infinity ? Fraction.ONE : Fraction.ONE.divide(spread(points, j));
            for (int i = 0; i < m; i++) {
                at[i][j] = infinity ? Fraction.of(i == m - 1 ? 1 : 0) : points.get(j).pow(i);
            }
            for (int k = 0; k < r; k++) {
                g[j][k] = infinity ? Fraction.of(k == r - 1 ? 1 : 0) : points.get(j).pow(k).multiply(scale);
            }
        }
        // BT is what remains: sum_j AT[i][j] G[j][k] BT[j][l] must be 1 where l = i + k, else 0.
        Fraction[][] system = new Fraction[m * r][alpha];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < r; k++) {
                for (int j = 0; j < alpha; j++) {
                    system[i * r + k][j] = at[i][j].multiply(g[j][k]);
                }
            }
        }
        Fraction[][] bt = new Fraction[alpha][alpha];
        for (int l = 0; l < alpha; l++) {
            Fraction[] rhs = new Fraction[m * r];
            for (int i = 0; i < m; i++) {
                for (int k = 0; k < r; k++) {
                    rhs[i * r + k] = Fraction.of(i + k == l ? 1 : 0);
                }
            }
            Fraction[] column = solve(system, rhs);
            for (int j = 0; j < alpha; j++) {
                bt[j][l] = column[j];
            }
        }
        return new ToomCook(m, r, at, g, bt);
    }

    private static List<Fraction> points() {
        List<Fraction> p = new ArrayList<>();
        p.add(Fraction.of(0));
        for (int q = 1; q <= 3; q++) {
            p.add(Fraction.of(q));
            p.add(Fraction.of(-q));
            if (q == 2) {
                p.add(new Fraction(1, q));
                p.add(new Fraction(-1, q));
            }
        }
        return p;
    }

    /** prod over l != j of (p_j - p_l): the Lagrange denominator of point j. */
    private static Fraction spread(List<Fraction> points, int j) {
        Fraction product = Fraction.ONE;
        for (int l = 0; l < points.size(); l++) {
            if (l != j) {
                product = product.multiply(points.get(j).subtract(points.get(l)));
            }
        }
        return product;
    }

    /** Solves a consistent (possibly overdetermined) system exactly by Gauss-Jordan elimination. */
    private static Fraction[] solve(Fraction[][] a, Fraction[] b) {
        int rows = a.length;
        int cols = a[0].length;
        Fraction[][] x = new Fraction[rows][cols + 1];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(a[i], 0, x[i], 0, cols);
            x[i][cols] = b[i];
        }
        int rank = 0;
        for (int c = 0; c < cols; c++) {
            int pivot = -1;
            for (int i = rank; i < rows && pivot < 0; i++) {
                pivot = x[i][c].isZero() ? -1 : i;
            }
            if (pivot < 0) {
                throw new IllegalStateException("Toom-Cook system is singular at column " + c);
            }
            Fraction[] swap = x[rank];
            x[rank] = x[pivot];
            x[pivot] = swap;
            Fraction lead = x[rank][c];
            for (int k = 0; k <= cols; k++) {
                x[rank][k] = x[rank][k].divide(lead);
            }
            for (int i = 0; i < rows; i++) {
                if (i != rank && !x[i][c].isZero()) {
                    Fraction f = x[i][c];
                    for (int k = 0; k <= cols; k++) {
                        x[i][k] = x[i][k].subtract(f.multiply(x[rank][k]));
                    }
                }
            }
            rank++;
        }
        for (int i = rank; i < rows; i++) {
            if (!x[i][cols].isZero()) {
                throw new IllegalStateException("Toom-Cook system is inconsistent");
            }
        }
        Fraction[] solution = new Fraction[cols];
        for (int c = 0; c < cols; c++) {
            solution[c] = x[c][cols];
        }
        return solution;
    }

    private static float[] flatten(Fraction[][] m) {
        int cols = m[0].length;
        float[] out = new float[m.length * cols];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < cols; j++) {
                out[i * cols + j] = (float) m[i][j].toDouble();
            }
        }
        return out;
    }

    /** An exact rational with long parts, always reduced, denominator positive; ample for these points. */
    private record Fraction(long num, long den) {
        static final Fraction ONE = new Fraction(1, 1);

        Fraction {
            if (den == 0) {
                throw new ArithmeticException("zero denominator");
            }
            long gcd = gcd(Math.abs(num), Math.abs(den));
            long sign = den < 0 ? -1 : 1;
            num = sign * num / gcd;
            den = sign * den / gcd;
        }

        static Fraction of(long n) {
            return new Fraction(n, 1);
        }

        private static long gcd(long a, long b) {
            while (b != 0) {
                long t = a % b;
                a = b;
                b = t;
            }
            return a == 0 ? 1 : a;
        }

        boolean isZero() {
            return num == 0;
        }

        Fraction multiply(Fraction o) {
            return new Fraction(Math.multiplyExact(num, o.num), Math.multiplyExact(den, o.den));
        }

        Fraction divide(Fraction o) {
            return new Fraction(Math.multiplyExact(num, o.den), Math.multiplyExact(den, o.num));
        }

        Fraction subtract(Fraction o) {
            return new Fraction(Math.subtractExact(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)),
                    Math.multiplyExact(den, o.den));
        }

        Fraction pow(int e) {
            Fraction p = ONE;
            for (int i = 0; i < e; i++) {
                p = p.multiply(this);
            }
            return p;
        }

        double toDouble() {
            return (double) num / den;
        }
    }
}
