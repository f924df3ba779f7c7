export * from './catalog.ts';
export * from './errors.ts';
export * from './limits.ts';
export * from './names.ts';
export * from './plans.ts';
export * from './roles.ts';
export * from './settings.ts';
export * from './slugs.ts';
