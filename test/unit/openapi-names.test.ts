import { describe, expect, it } from 'vitest';
import { operationIdFor } from '../../server/lib/operation-ids.ts';
import { locationOf, recordPathFor } from '../../server/lib/record-location.ts';

describe('operationIdFor', () => {
  it('names collections, records and nested resources in one style', () => {
    expect(operationIdFor('GET', '/api/site-visits')).toBe('listSiteVisits');
    expect(operationIdFor('GET', '/api/site-visits/:id')).toBe('getSiteVisit');
    expect(operationIdFor('POST', '/api/site-visits')).toBe('createSiteVisit');
    expect(operationIdFor('PATCH', '/api/site-visits/{id}')).toBe('updateSiteVisit');
    expect(operationIdFor('DELETE', '/api/site-visits/{id}')).toBe('deleteSiteVisit');
    expect(operationIdFor('POST', '/api/program-years/{id}/activities')).toBe('createProgramYearActivity');
    expect(operationIdFor('PUT', '/api/events/{id}/attendance/{stateCode}')).toBe('setEventAttendance');
    expect(operationIdFor('GET', '/api/calls/{id}/resources')).toBe('listCallResources');
    expect(operationIdFor('GET', '/api/playbook')).toBe('listPlaybookEntries');
  });

  it('uses the names given to operations that are not plain records', () => {
    expect(operationIdFor('POST', '/api/auth/login')).toBe('signIn');
    expect(operationIdFor('GET', '/api/calendar/:token.ics')).toBe('getCalendarFeedFile');
  });
});

describe('recordPathFor', () => {
  const gets = new Set(['/api/calls/{id}', '/api/states/{code}', '/api/timeline-activities/{id}']);
  const hasGet = (path: string) => gets.has(path);

  it('finds the record a create made, where the API has a route to read it', () => {
    expect(recordPathFor('/api/calls', hasGet)).toBe('/api/calls/{id}');
    expect(recordPathFor('/api/states', hasGet)).toBe('/api/states/{code}');
    expect(recordPathFor('/api/program-years/:id/activities', hasGet)).toBe('/api/timeline-activities/{id}');
    expect(recordPathFor('/api/plan-comments', hasGet)).toBeUndefined();
    expect(recordPathFor('/api/calls/{id}/resources', hasGet)).toBeUndefined();
  });

  it('fills in the id, or the code of a state', () => {
    expect(locationOf('/api/calls/{id}', { id: 'abc' })).toBe('/api/calls/abc');
    expect(locationOf('/api/states/{code}', { code: 'AR' })).toBe('/api/states/AR');
  });
});

describe('schemaModules', () => {
  it('lists every route module’s schemas file, so that each one’s schemas are named in the document', async () => {
    const { readdirSync, statSync } = await import('node:fs');
    const { schemaModules } = await import('../../server/lib/schema-names.ts');
    const root = 'server/modules';
    const files = readdirSync(root)
      .filter((dir) => statSync(`${root}/${dir}`).isDirectory())
      .flatMap((dir) => readdirSync(`${root}/${dir}`).filter((file) => file.endsWith('.schemas.ts')));
    expect(Object.keys(schemaModules).length).toBe(files.length);
  });
});
