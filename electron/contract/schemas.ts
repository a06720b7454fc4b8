// zod schemas for every IPC request. Main (and the browser harness) validate each payload
// with these before a service sees it.
import { z } from 'zod';
import type { Channel } from './channelNames';

export const roles = ['reporter', 'editor', 'desk'] as const;
export const languages = ['vi', 'en'] as const;

const articleId = z.string().regex(/^[a-z0-9]{10,32}$/, 'not an article id');
const text = (max: number) => z.string().max(max);

export const Profile = z
  .object({
    name: text(120).refine((s) => s.trim().length > 0, 'name is empty'),
    role: z.enum(roles),
  })
  .strict();

export const SettingsPatch = z
  .object({
    profile: Profile.optional(),
    language: z.enum(languages).optional(),
    libraryPath: text(4096).refine((s) => s.trim().length > 0, 'path is empty').optional(),
  })
  .strict();

const empty = z.object({}).strict();
const byId = z.object({ id: articleId }).strict();

/** Upper bounds that keep one call from exhausting memory. */
export const limits = {
  updateBytes: 32 * 1024 * 1024,
  mediaBytes: 60 * 1024 * 1024,
  headlineChars: 1000,
  fileNameChars: 255,
} as const;

// Typed as plain Uint8Array (any backing buffer) so Yjs updates and Node Buffers fit without casts.
const bytes = (max: number) =>
  z
    .custom<Uint8Array>((v) => v instanceof Uint8Array, 'not bytes')
    .refine((b) => b.byteLength <= max, `larger than ${max} bytes`);

export const requestSchemas = {
  'settings:get': empty,
  'settings:update': SettingsPatch,
  'library:list': empty,
  'article:create': z.object({ headline: text(limits.headlineChars).optional() }).strict(),
  'article:open': byId,
  'article:update': z.object({ id: articleId, update: bytes(limits.updateBytes) }).strict(),
  'article:close': byId,
  'article:rename': z.object({ id: articleId, headline: text(limits.headlineChars) }).strict(),
  'article:duplicate': byId,
  'article:trash': byId,
  'trash:restore': z.object({ trashId: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/) }).strict(),
  'media:import': z
    .object({
      articleId,
      fileName: text(limits.fileNameChars),
      bytes: bytes(limits.mediaBytes),
    })
    .strict(),
} satisfies Record<Channel, z.ZodType>;

export type RequestOf<C extends Channel> = z.infer<(typeof requestSchemas)[C]>;
