// The closed list of channels. Kept free of imports so the sandboxed preload can bundle it
// without pulling in zod.
export const channelNames = [
  'settings:get',
  'settings:update',
  'library:list',
  'article:create',
  'article:open',
  'article:update',
  'article:close',
  'article:rename',
  'article:duplicate',
  'article:trash',
  'trash:restore',
  'media:import',
  'library:vocabulary',
  'library:search',
  'article:import',
  'article:exportPreview',
  'article:export',
  'dialog:chooseFolder',
  'language:check',
  'language:convert',
  'paste:convert',
  'article:transition',
  'history:list',
  'history:save',
  'history:compare',
  'history:restore',
  'package:send',
  'package:open',
  'package:resolve',
  'article:correct',
  'article:legal',
  'sync:status',
  'article:caret',
  'sync:mergeReports',
  'sync:dismissMergeReport',
  'article:live',
] as const;

export type Channel = (typeof channelNames)[number];

/** Main → window (not a request channel): a package file the system handed Soạn, as its name and bytes. */
export const PACKAGE_FILE_EVENT = 'soan:package-file';

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (channelNames as readonly string[]).includes(name);
}
