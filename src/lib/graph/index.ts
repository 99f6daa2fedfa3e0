export * from './build-graph';
export * from './figures';
export * from './articulation-points';
export * from './tie-changes';
