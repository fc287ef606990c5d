/** Where each role starts, and the navigation each role gets. Only views that exist are listed. */
import type { Role } from './types.ts';

export interface NavItem {
  href: string;
  label: string;
}

/** The home of each role. Coaches and state users start on the progress view (limited to their states by
 * the API) until their own homes exist. */
export function homeFor(role: Role): string {
  switch (role) {
    case 'staff':
    case 'coach':
    case 'state_lead':
    case 'state_member':
      return '/progress';
  }
}

export function navFor(role: Role): NavItem[] {
  const progress = role === 'staff' ? 'Cross-state progress' : role === 'coach' ? 'My states' : 'Progress';
  return [
    { href: '/progress', label: progress },
    { href: '/timeline', label: 'Timeline' },
  ];
}

/** Whether a nav item is the current page (or a page under it). */
export const isCurrent = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);
