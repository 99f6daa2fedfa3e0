export * from './types';
export * from './tables';
export * from './vocabularies';
export * from './metric-ids';
export * from './normalise';
export * from './schema';
export * from './privacy';
export * from './templates';
