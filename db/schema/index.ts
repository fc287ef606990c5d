export * from './people.ts';
export * from './program-years.ts';
export * from './engagement.ts';
export * from './assessments.ts';
export * from './plans.ts';
export * from './audit.ts';
export * from './requests.ts';
export * from './extensions.ts';
