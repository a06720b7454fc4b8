// Roles and languages offered in the profile form. The contract's schemas.ts lists them
// too, but importing it at run time would bundle zod into the renderer; the types below
// fail to compile if the two lists ever disagree.
import type { Language, Role } from '../../electron/contract/types';

type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;

export const roleChoices = ['reporter', 'editor', 'desk'] as const satisfies readonly Role[];
export const languageChoices = ['vi', 'en'] as const satisfies readonly Language[];

export const listsAreComplete: [Exhaustive<Role, (typeof roleChoices)[number]>, Exhaustive<Language, (typeof languageChoices)[number]>] = [
  true,
  true,
];
