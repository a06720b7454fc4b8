// Turns anything thrown into one sentence in the user's language. Never shows a stack.
import type { TFunction } from 'i18next';
import { SoanError } from '../../electron/contract/errors';

export function describeError(t: TFunction, error: unknown): string {
  if (error instanceof SoanError) {
    return t(`errors.${error.code}`, { ...error.params, defaultValue: t('errors.internal', { detail: error.code }) });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return t('errors.internal', { detail });
}
