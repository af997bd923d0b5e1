package dev.jgo.types.constant;

import java.math.BigInteger;

/** The IEEE 754 binary formats of float32 and float64, and exact rounding into them. */
enum Ieee {
    FLOAT32(24, -126, 127),
    FLOAT64(53, -1022, 1023);

    /** Significand bits, counting the implicit leading one. */
    private final int precision;
    /** Exponents of the smallest and largest normal numbers. */
    private final int minExp, maxExp;

    Ieee(int precision, int minExp, int maxExp) {
        this.precision = precision;
        this.minExp = minExp;
        this.maxExp = maxExp;
    }

    /**
     * num/den (den &gt; 0) rounded to this format, to nearest with ties to even, returned as a
     * double (exact for float32 too). Overflow gives ±Infinity; underflow gives a subnormal or
     * a zero of num's sign, as IEEE arithmetic does.
     */
    double round(BigInteger num, BigInteger den) {
        if (num.signum() == 0) return 0.0;
        BigInteger a = num.abs();
        long e = (long) a.bitLength() - den.bitLength();
        // 2^(e-1) < a/den < 2^(e+1); one comparison finds the binary exponent.
        boolean atLeast = e >= 0
                ? a.compareTo(den.shiftLeft((int) e)) >= 0
                : a.shiftLeft((int) -e).compareTo(den) >= 0;
        long exp = atLeast ? e : e - 1;
        if (exp > maxExp) return num.signum() * Double.POSITIVE_INFINITY;
        // Units in the last place: subnormals keep the minimum exponent and lose precision.
        int ulp = (int) (Math.max(exp, minExp) - (precision - 1));
        BigInteger n = ulp < 0 ? a.shiftLeft(-ulp) : a;
        BigInteger d = ulp > 0 ? den.shiftLeft(ulp) : den;
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        int half = qr[1].shiftLeft(1).compareTo(d);
        if (half > 0 || (half == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        double r = Math.scalb(q.doubleValue(), ulp);
        if (r >= Math.scalb(1.0, maxExp + 1)) r = Double.POSITIVE_INFINITY;
        return num.signum() < 0 ? -r : r;
    }
}
