// A CPU profile of typing at the reference size, in Soạn (opened from the library, captions
// tab showing, checks on) and then in the bare page with the same keys, summarised per
// function and per source file through each bundle's source map.
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { BARE_EDITOR, openBareArticle } from '../browser/barePage';
import { typeMeasured, type TypingOptions } from '../browser/keystrokeProbe';
import { backToLibrary, caretInParagraph, openFromLibrary, waitEditorSettled } from '../browser/soanApp';
import type { EditorArticle } from '../data/editorArticles';
import { SiteResolver, startCpuProfile, stopCpuProfile, summariseProfile, type ProfileSummary } from '../profile/cpuProfile';

export type ProfiledTyping = ProfileSummary & { keys: number };

export interface TypingProfile {
  words: number;
  soan: ProfiledTyping;
  bare: ProfiledTyping;
}

interface ProfiledPage {
  page: Page;
  cdp: CDPSession;
  origin: string;
}

export interface TypingProfileRequest {
  soan: ProfiledPage;
  bare: ProfiledPage;
  article: EditorArticle;
  paragraphStart: string;
  text: string;
  typing: TypingOptions;
  rendererDir: string;
  bareDir: string;
  repoRoot: string;
}

/** Script URLs of a page's own bundle → the built file beside its source map. */
function resolverFor(origin: string, builtDir: string, repoRoot: string): SiteResolver {
  const assets = `${origin}/assets/`;
  return new SiteResolver((url) => (url.startsWith(assets) ? path.join(builtDir, 'assets', path.basename(new URL(url).pathname)) : undefined), repoRoot);
}

async function profiled(target: ProfiledPage, text: string, typing: TypingOptions, resolver: SiteResolver): Promise<ProfiledTyping> {
  await startCpuProfile(target.cdp);
  const keys = await typeMeasured(target.page, target.cdp, text, typing);
  const cpu = await stopCpuProfile(target.cdp);
  return { keys: keys.length, ...summariseProfile(cpu, resolver) };
}

export async function profileTyping(request: TypingProfileRequest): Promise<TypingProfile> {
  const { soan, bare, article, paragraphStart, typing } = request;
  await soan.page.bringToFront();
  await openFromLibrary(soan.page, article.id, article.content.content.length);
  await waitEditorSettled(soan.page);
  await soan.page.getByTestId('panel-tab-captions').click();
  await caretInParagraph(soan.page, paragraphStart);
  const soanProfile = await profiled(soan, request.text, typing, resolverFor(soan.origin, request.rendererDir, request.repoRoot));
  await waitEditorSettled(soan.page);
  await backToLibrary(soan.page);

  await bare.page.bringToFront();
  await openBareArticle(bare.page);
  await caretInParagraph(bare.page, paragraphStart, BARE_EDITOR);
  const typed = [...request.text].slice(0, soanProfile.keys).join('');
  const bareProfile = await profiled(bare, typed, { ...typing, budgetMs: undefined }, resolverFor(bare.origin, request.bareDir, request.repoRoot));
  return { words: article.words, soan: soanProfile, bare: bareProfile };
}
