// When two offline copies set one of the desk's single values differently, both stay in the
// article (contract/article/metaStore.ts registers) until someone chooses: this shows both
// and writes the one chosen.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { metaTypesOf, registerValues, writeMetaValue, type RegisterKey } from '../../electron/contract/article/metaStore';

interface RegisterConflictProps {
  doc: Y.Doc;
  metaKey: RegisterKey;
  /** How a stored value reads to a person. */
  describe: (value: unknown) => string;
}

export function RegisterConflict({ doc, metaKey, describe }: RegisterConflictProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => registerValues(doc, metaKey));
  useEffect(() => {
    const types = metaTypesOf(doc, metaKey);
    const refresh = () => setValues(registerValues(doc, metaKey));
    refresh();
    types.forEach((type) => type.observe(refresh));
    return () => types.forEach((type) => type.unobserve(refresh));
  }, [doc, metaKey]);
  if (values.length < 2) return null;
  return (
    <div className="panel-callout desk-conflict" role="group" data-testid={`conflict-${metaKey}`}>
      <span>{t('desk.conflict')}</span>
      {values.map((value, index) => (
        <button key={index} type="button" className="button-secondary button-small" data-testid="conflict-choose" onClick={() => writeMetaValue(doc, metaKey, value)}>
          {describe(value) || t('desk.nothing')}
        </button>
      ))}
    </div>
  );
}
