// The name of the profile using this Soạn, for the library's "mine" filter.
import { useEffect, useState } from 'react';
import { call } from '../platform/soanClient';

/** The profile's name, once settings are read ('' until then). */
export function useProfileName(): string {
  const [name, setName] = useState('');
  useEffect(() => {
    let live = true;
    call('settings:get', {}).then(
      (settings) => live && setName(settings.profile?.name ?? ''),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return name;
}
