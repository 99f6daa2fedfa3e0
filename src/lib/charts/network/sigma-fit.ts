import type Sigma from 'sigma';
import { type CameraState } from 'sigma/types';
import { fitScales, turnsBetter } from './quarter-turn';

const QUARTER = Math.PI / 2;

/**
 * The camera that shows every node inside the map's padding, as large as it goes: turned a
 * quarter where that shows the network clearly larger (sigma's own fit knows no turning), and
 * kept turned or upright as it was (`turned`) unless the other way is clearly better.
 */
export function fittedCamera(renderer: Sigma, turned: boolean): CameraState {
	const { width, height } = renderer.getDimensions();
	const pad = renderer.getStagePadding();
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	renderer.getGraph().forEachNode((id) => {
		const { x, y } = renderer.getNodeDisplayData(id)!;
		[x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
	});
	const home = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
	if (!Number.isFinite(x0)) return home;
	// At a quarter turn a box stays a box: its corners are enough to find where the nodes fall.
	const fit = (angle: number): CameraState => {
		const trial = { ...home, angle };
		const corners = [[x0, y0], [x1, y1]].map(([x, y]) => renderer.framedGraphToViewport({ x, y }, { cameraState: trial }));
		const [w, h] = [Math.abs(corners[0].x - corners[1].x), Math.abs(corners[0].y - corners[1].y)];
		const centre = renderer.viewportToFramedGraph({ x: (corners[0].x + corners[1].x) / 2, y: (corners[0].y + corners[1].y) / 2 }, { cameraState: trial });
		return { x: centre.x, y: centre.y, angle, ratio: Math.max(w / (width - 2 * pad), h / (height - 2 * pad)) || 1 };
	};
	const turn = turnsBetter(fitScales(x1 - x0, y1 - y0, { width: width - 2 * pad, height: height - 2 * pad }), turned);
	return fit(turn ? QUARTER : 0);
}

/**
 * The map's keys: arrows pan by a tenth of the view (as seen, also on a turned map), + and − zoom,
 * 0 shows the whole network again (`home`). Returns whether the key was one of them.
 */
export function moveByKey(renderer: Sigma, key: string, home: CameraState | null): boolean {
	const camera = renderer.getCamera();
	const { width, height } = renderer.getDimensions();
	const pan = (dx: number, dy: number) => () =>
		camera.animate(renderer.viewportToFramedGraph({ x: width * (0.5 + dx), y: height * (0.5 + dy) }), { duration: 150 });
	const moves: Record<string, () => unknown> = {
		ArrowLeft: pan(-0.1, 0),
		ArrowRight: pan(0.1, 0),
		ArrowUp: pan(0, -0.1),
		ArrowDown: pan(0, 0.1),
		'+': () => camera.animatedZoom({ duration: 150 }),
		'=': () => camera.animatedZoom({ duration: 150 }),
		'-': () => camera.animatedUnzoom({ duration: 150 }),
		'0': () => camera.animate(home ?? {}, { duration: 150 })
	};
	if (!Object.hasOwn(moves, key)) return false;
	moves[key]();
	return true;
}
