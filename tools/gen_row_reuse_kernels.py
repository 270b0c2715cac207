"""Writes the straight-line bodies of VectorConvEngine.rows5 / rows3 (the row-reuse kernels).

On JDK 17, Vector API values carried through nested loops get boxed, so a block of R output rows x V
vectors must be one flat loop over (channel, kernel frame, kernel column) entries with everything else
unrolled: input row j of the block feeds output row i with kernel row j - i. Usage:
    python3 tools/gen_row_reuse_kernels.py 8 12 2   # rows5: 8 rows, rows3: 12 rows, V=2 vectors; writes /tmp/gen/rr.txt
then paste the two methods over the old ones (ROWS_5 / ROWS_3 / REUSE_WIDTH must match them and V*L).
"""
import os
import sys
def rowreuse(kh, R, V):
    acc = []
    names = [f"a{i}_{v}" for i in range(R) for v in range(V)]
    acc.append("        FloatVector " + names[0] + " = FloatVector.zero(S);")
    for i in range(1, len(names), 4):
        acc.append("        FloatVector " + ", ".join(f"{n} = {names[0]}" for n in names[i:i+4]) + ";")
    body = []
    body.append("            FloatVector " + ", ".join(f"k{b} = FloatVector.broadcast(S, w[q + {b}])" if b else "k0 = FloatVector.broadcast(S, w[q])" for b in range(kh)) + ";")
    for j in range(R + kh - 1):
        if j > 0: body.append("            p += rs;")
        for v in range(V):
            body.append(f"            v{v} = FloatVector.fromArray(S, in, p{'' if v == 0 else (' + L' if v == 1 else f' + {v} * L')});")
        for i in range(R):
            b = j - i
            if 0 <= b < kh:
                for v in range(V):
                    body.append(f"            a{i}_{v} = v{v}.fma(k{b}, a{i}_{v});")
    stores = []
    for i in range(R):
        for v in range(V):
            o = "o" + ("" if i == 0 else f" + {i} * ow") + ("" if v == 0 else (" + L" if v == 1 else f" + {v} * L"))
            stores.append(f"        a{i}_{v}.add(bias).max(floor).intoArray(out, {o});")
    vs = ", ".join(f"v{v}" for v in range(V))
    return f"""
    /** Kernel n, rows y..y+{R - 1}, columns x..x+{V}L-1, for a kernel {kh} rows tall. */
    private static void rows{kh}(ConvJob job, RowTaps taps, int n, int frame, int y, int x) {{
        float[] in = job.in;
        int[] off = taps.offsets;
        float[] w = taps.weights;
        int entries = taps.entries;
        int rs = job.rowStep;
        int base = job.inputIndex(frame, y, x);
        int q = n * entries * {kh};
""" + "\n".join(acc) + f"""
        FloatVector {vs};
        for (int e = 0; e < entries; e++, q += {kh}) {{
            int p = base + off[e];
""" + "\n".join(body) + f"""
        }}
        float[] out = job.out;
        FloatVector bias = FloatVector.broadcast(S, job.biases[n]);
        FloatVector floor = FloatVector.broadcast(S, job.relu ? 0f : Float.NEGATIVE_INFINITY);
        int o = job.outputIndex(n, frame, y, x);
        int ow = job.outW;
""" + "\n".join(stores) + """
    }
"""
R5, R3, V = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
os.makedirs('/tmp/gen', exist_ok=True)
open('/tmp/gen/rr.txt', 'w').write(rowreuse(5, R5, V) + rowreuse(3, R3, V))
