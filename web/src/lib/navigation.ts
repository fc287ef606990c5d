/** Where each role starts, and the navigation each role gets. Only views that exist are listed. */
import type { Role } from './types.ts';

export interface NavItem {
  href: string;
  label: string;
}

/** The home of each role: staff watch every state; a coach their states; a state user their plan. */
export function homeFor(role: Role): string {
  switch (role) {
    case 'staff':
      return '/progress';
    case 'coach':
      return '/my-states';
    case 'state_lead':
    case 'state_member':
      return '/my-plan';
  }
}

/** The main navigation per role; pages a role cannot use are not offered. */
export function navFor(role: Role): NavItem[] {
  switch (role) {
    case 'staff':
      return [
        { href: '/progress', label: 'Progress' },
        { href: '/timeline', label: 'Timeline' },
        { href: '/calls', label: 'Calls' },
        { href: '/site-visits', label: 'Site visits' },
        { href: '/follow-ups', label: 'Follow-ups' },
        { href: '/playbook', label: 'Playbook' },
        { href: '/reports', label: 'Reports' },
        { href: '/admin', label: 'Administration' },
      ];
    case 'coach':
      return [
        { href: '/my-states', label: 'My states' },
        { href: '/progress', label: 'Progress' },
        { href: '/timeline', label: 'Timeline' },
        { href: '/calls', label: 'Calls' },
        { href: '/site-visits', label: 'Site visits' },
        { href: '/follow-ups', label: 'Follow-ups' },
        { href: '/playbook', label: 'Playbook' },
        { href: '/reports', label: 'Reports' },
      ];
    case 'state_lead':
    case 'state_member':
      return [
        { href: '/my-plan', label: 'My plan' },
        { href: '/progress', label: 'Progress' },
        { href: '/timeline', label: 'Timeline' },
        { href: '/calls', label: 'Calls' },
        { href: '/site-visits', label: 'Site visits' },
        { href: '/follow-ups', label: 'Follow-ups' },
        { href: '/playbook', label: 'Playbook' },
      ];
  }
}

/** Whether a nav item is the current page (or a page under it). */
export const isCurrent = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);
