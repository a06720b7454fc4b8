// Turns anything thrown into one sentence in the user's language. Never shows a stack.
import type { TFunction } from 'i18next';
import type { Params } from '../../electron/contract/errors';
import { SoanError } from '../../electron/contract/errors';
import { formatAbsolute } from './formatTime';

/** Parameters as a person reads them: `at` (an ISO time from the services) as a local date and time. */
export function readableParams(params: Params): Params {
  return typeof params.at === 'string' ? { ...params, at: formatAbsolute(params.at) || params.at } : params;
}

export function describeError(t: TFunction, error: unknown): string {
  if (error instanceof SoanError) {
    return t(`errors.${error.code}`, { ...readableParams(error.params), defaultValue: t('errors.internal', { detail: error.code }) });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return t('errors.internal', { detail });
}
