// For tests: the binomial computed the plainest way, to check binomial.ts against.

/** P(X = k) for k = 0…n by summing logs term by term: no gamma function, no continued fraction. */
export function pmfBySum(n: number, p: number): number[] {
	const out: number[] = [];
	let logChoose = 0;
	for (let k = 0; k <= n; k++) {
		if (k > 0) logChoose += Math.log(n - k + 1) - Math.log(k);
		out.push(Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log1p(-p)));
	}
	return out;
}

/** The limit of METRICS.md computed another way: from the pmf summed term by term, scanning r upwards. */
export function limitBySum(n: number, p0: number, alpha: number): number {
	const pmf = pmfBySum(n, p0);
	let below = 0;
	for (let r = 0; r <= n; r++) {
		const at = below + pmf[r];
		if (at >= alpha) return Math.min(1, Math.max(0, (r - (at - alpha) / (at - below)) / n));
		below = at;
	}
	return 1;
}
