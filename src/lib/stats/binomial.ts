// The binomial distribution's tails through the regularised incomplete beta function, so that a
// tail costs O(√n) steps however large n is (a wijk can count tens of thousands of referrals).

const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
	12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7: about 15 significant digits). */
export function logGamma(x: number): number {
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
	const z = x - 1;
	let sum = LANCZOS[0];
	for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
	const t = z + 7.5;
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const TINY = 1e-300;
const EPSILON = 1e-15;

/** The continued fraction of I_x(a, b) (modified Lentz), which converges fast for x < (a + 1) / (a + b + 2). */
function betaFraction(a: number, b: number, x: number): number {
	const guard = (v: number) => (Math.abs(v) < TINY ? TINY : v);
	let c = 1;
	let d = 1 / guard(1 - ((a + b) * x) / (a + 1));
	let h = d;
	for (let m = 1; m <= 1_000_000; m++) {
		const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
		d = 1 / guard(1 + even * d);
		c = guard(1 + even / c);
		h *= d * c;
		const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
		d = 1 / guard(1 + odd * d);
		c = guard(1 + odd / c);
		h *= d * c;
		if (Math.abs(d * c - 1) < EPSILON) break;
	}
	return h;
}

/** The regularised incomplete beta function I_x(a, b), a, b > 0. */
export function incompleteBeta(a: number, b: number, x: number): number {
	if (x <= 0) return 0;
	if (x >= 1) return 1;
	const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
	// Each side computed directly where it is small, so a tail of 1e-6 keeps its digits.
	return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** P(X ≤ k) for X ~ Binomial(n, p). */
export function binomialCdf(k: number, n: number, p: number): number {
	if (k < 0) return 0;
	if (k >= n || p <= 0) return 1;
	if (p >= 1) return 0;
	return incompleteBeta(n - k, k + 1, 1 - p);
}

/** P(X ≥ k) for X ~ Binomial(n, p), computed as a tail (not 1 − the CDF). */
export function binomialUpperTail(k: number, n: number, p: number): number {
	if (k <= 0) return 1;
	if (k > n || p <= 0) return 0;
	if (p >= 1) return 1;
	return incompleteBeta(k, n - k + 1, p);
}

/** The smallest r in 0…n with P(X ≤ r) ≥ q. */
export function binomialQuantile(q: number, n: number, p: number): number {
	let low = 0;
	let high = n;
	while (low < high) {
		const mid = Math.floor((low + high) / 2);
		if (binomialCdf(mid, n, p) >= q) high = mid;
		else low = mid + 1;
	}
	return low;
}
