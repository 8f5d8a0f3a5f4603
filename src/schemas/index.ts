export { siteSchema, CHANNEL_KINDS, type Site } from './site.ts';
export { departmentSchema, locationSchema } from './taxonomy.ts';
export { personSchema, teamSchema } from './people.ts';
export { postSchema, POST_KINDS, type PostKind } from './posts.ts';
export { videoSchema, VIDEO_KINDS, parseDuration, type VideoKind } from './videos.ts';
export { jobSchema, EMPLOYMENT_TYPES, REMOTE_OPTIONS, type EmploymentType } from './jobs.ts';
export { ID_PATTERN, parseContentDate } from './common.ts';
