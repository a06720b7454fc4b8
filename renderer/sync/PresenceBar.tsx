// Who else has this article open, from the sync server: one chip per person, in the colour
// every workstation gives that name.
import { useTranslation } from 'react-i18next';
import type { PresencePeer } from '../../electron/contract/sync';

export function PresenceBar({ peers }: { peers: PresencePeer[] }) {
  const { t } = useTranslation();
  if (peers.length === 0) return null;
  return (
    <ul className="presence" data-testid="presence" aria-label={t('sync.presence.label')}>
      {peers.map((peer) => (
        <li key={peer.name} className="presence-peer" data-testid="presence-peer" title={peer.role ? t(`sync.roles.${peer.role}`) : undefined}>
          <span className="presence-dot" style={{ background: peer.color }} aria-hidden="true">
            {initialsOf(peer.name)}
          </span>
          <span className="presence-name">{peer.name}</span>
        </li>
      ))}
    </ul>
  );
}

/** "Thu Hà" → "TH": the first letter of the first and last words. */
function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/);
  const first = [...(words[0] ?? '')][0] ?? '';
  const last = words.length > 1 ? ([...words[words.length - 1]][0] ?? '') : '';
  return (first + last).toLocaleUpperCase('vi');
}
