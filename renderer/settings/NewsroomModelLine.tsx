// One line in Settings: what the newsroom's own spelling model (soan language learn) holds.
// Asked for when Settings opens: the model changes outside the app, from the command line.
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Settings } from '../../electron/contract/types';
import { formatAbsolute } from '../i18n/formatTime';
import { call } from '../platform/soanClient';

export function NewsroomModelLine() {
  const { t, i18n } = useTranslation();
  const [model, setModel] = useState<Settings['newsroomModel'] | null>(null);
  useEffect(() => {
    let live = true;
    call('settings:get', {}).then(
      (settings) => live && setModel(settings.newsroomModel),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  if (model === null) return null; // not known yet
  return (
    <p className="field-hint" data-testid="newsroom-model">
      {model ? (
        t('language.newsroomModel.line', { sentences: model.sentences.toLocaleString(i18n.language), date: formatAbsolute(model.updatedAt) })
      ) : (
        // The command is code, not prose: shown as code, and not read as Vietnamese ("soan").
        <Trans i18nKey="language.newsroomModel.none" components={{ code: <code /> }} />
      )}
    </p>
  );
}
