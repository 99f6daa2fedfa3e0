/** A step's time, for the import benchmark to say where it goes: the measure `wijkradar:import:<step>`. */
export const measureStep = (step: string, start: number) =>
	performance.measure(`wijkradar:import:${step}`, { start, duration: performance.now() - start });
