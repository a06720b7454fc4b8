// zod schemas for every IPC request. Main (and the browser harness) validate each payload
// with these before a service sees it.
import { z } from 'zod';
import type { Channel } from './channelNames';
import { NewsroomSettingsPatch } from '../newsroom';
import { workflowStates } from '../workflow';
import { registerKeys } from '../article/metaStore';
import { correctionKinds } from '../article/articleNames';
import { Caret } from '../caret';
import { languages, limits, partKinds, roles } from './limits';

export { languages, limits, partKinds, roles };

const articleId = z.string().regex(/^[a-z0-9]{10,32}$/, 'not an article id');
const text = (max: number) => z.string().max(max);
const versionId = z.string().regex(/^[a-z0-9]{6,40}$/, 'not a version id');

export const Profile = z
  .object({
    name: text(120).refine((s) => s.trim().length > 0, 'name is empty'),
    role: z.enum(roles),
  })
  .strict();

/** The sync server: its address and this person's token. An empty token keeps the saved one; null turns sync off. */
export const SyncSettingsPatch = z
  .object({
    serverUrl: z.string().max(500).regex(/^wss?:\/\/[^\s/]+(\/[^\s]*)?$/, 'not a ws:// or wss:// address'),
    token: z.string().max(1000).refine((t) => t === '' || t.length >= 24, 'the token is shorter than 24 characters'),
  })
  .strict()
  .nullable();

export const SettingsPatch = z
  .object({
    profile: Profile.optional(),
    language: z.enum(languages).optional(),
    libraryPath: text(4096).refine((s) => s.trim().length > 0, 'path is empty').optional(),
    newsroom: NewsroomSettingsPatch.optional(),
    sync: SyncSettingsPatch.optional(),
  })
  .strict();

const empty = z.object({}).strict();
const byId = z.object({ id: articleId }).strict();


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
  'library:vocabulary': empty,
  'library:search': z
    .object({ query: text(200), limit: z.number().int().min(1).max(200).optional() })
    .strict(),
  'article:import': z
    .object({ fileName: text(limits.fileNameChars), bytes: bytes(limits.importBytes) })
    .strict(),
  'article:exportPreview': byId,
  'article:export': z
    .object({
      id: articleId,
      zip: z.boolean(),
      /** The desk's reason for exporting despite blocking pre-flight items (logged). */
      overrideReason: text(500).optional(),
    })
    .strict(),
  'dialog:chooseFolder': z.object({ purpose: z.enum(['library', 'export']) }).strict(),
  'language:check': z
    .object({
      parts: z
        .array(z.object({ kind: z.enum(partKinds), text: text(limits.checkPartChars) }).strict())
        .max(limits.checkParts),
    })
    .strict(),
  'language:convert': z
    .object({ text: text(limits.convertChars), fontName: text(200).optional() })
    .strict(),
  /** Clipboard HTML → article blocks for the open article; `asPasted` keeps every character. */
  'paste:convert': z
    .object({ articleId, html: text(limits.pasteHtmlChars), asPasted: z.boolean().optional() })
    .strict(),
  'article:transition': z
    .object({
      id: articleId,
      to: z.enum(workflowStates),
      /** The state the editor showed; the move is refused if the article has moved since. */
      from: z.enum(workflowStates).optional(),
      note: text(2000).optional(),
    })
    .strict(),
  'history:list': byId,
  'history:save': z.object({ id: articleId, label: text(200) }).strict(),
  'history:compare': z.object({ id: articleId, from: versionId, to: versionId }).strict(),
  'history:restore': z.object({ id: articleId, versionId }).strict(),
  'package:send': z
    .object({
      id: articleId,
      /** A package received from the person this one goes to: only what they lack is sent. */
      replyTo: bytes(limits.packageBytes).optional(),
    })
    .strict(),
  'package:open': z.object({ fileName: text(limits.fileNameChars), bytes: bytes(limits.packageBytes) }).strict(),
  'package:resolve': z
    .object({
      id: articleId,
      choice: z.discriminatedUnion('kind', [
        z
          .object({
            kind: z.literal('overlapping-edits'),
            flagId: z.string().regex(/^[A-Za-z0-9-]{1,100}$/),
            passage: text(limits.passageChars).min(1),
            drop: z
              .array(z.tuple([z.number().int().nonnegative(), z.number().int().positive()]))
              .min(1)
              .max(1000),
            /** Not needed (the services put back what their report says); refused when it differs from that. */
            restore: z
              .array(z.tuple([z.number().int().nonnegative(), text(limits.passageChars).min(1)]))
              .max(1000)
              .optional(),
          })
          .strict(),
        z.object({ kind: z.literal('meta-conflict'), key: z.enum(registerKeys), json: text(limits.passageChars) }).strict(),
        /** Of two rewrite choices made apart, the record to keep and the one it clashed with (keys in the article's own records). */
        z.object({ kind: z.literal('rewrite-choices-differ'), keep: z.string().regex(/^[A-Za-z0-9-]{1,100}$/), other: z.string().regex(/^[A-Za-z0-9-]{1,100}$/) }).strict(),
      ]),
    })
    .strict(),
  /** A correction, clarification or update notice added to the article (a version is kept once it was exported). */
  'article:correct': z
    .object({
      id: articleId,
      kind: z.enum(correctionKinds),
      text: text(2000).refine((s) => s.trim().length > 0, 'the notice is empty'),
    })
    .strict(),
  /** Flag the article for a legal check (a note says why) or, for the desk only, clear it. */
  'article:legal': z.object({ id: articleId, hold: z.boolean(), note: text(2000) }).strict(),
  'sync:status': empty,
  /** Where this person's caret is in an open article (null: not in the text), for the others on it. */
  'article:caret': z.object({ id: articleId, caret: Caret.nullable() }).strict(),
  'sync:mergeReports': z.object({ id: articleId.optional() }).strict(),
  'sync:dismissMergeReport': z.object({ id: articleId }).strict(),
  /** A local change handed on at once while others are on the article (article:update still saves it). */
  'article:live': z.object({ id: articleId, update: bytes(limits.updateBytes) }).strict(),
} satisfies Record<Channel, z.ZodType>;

export type RequestOf<C extends Channel> = z.infer<(typeof requestSchemas)[C]>;
