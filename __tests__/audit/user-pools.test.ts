import { describe, expect, test } from '@jest/globals';
import { chooseRegions, userPoolSource } from '../../src/audit/user-pools.js';

const offered = ['ap-east-1', 'eu-west-1', 'us-east-1', 'us-west-2'];

describe('which regions Cognito.5 reads', () => {
  test('by default: the enabled regions that offer the service, and no other', () => {
    expect(chooseRegions(undefined, offered, ['us-west-2', 'us-east-1', 'eu-north-1'])).toEqual({
      regions: ['us-east-1', 'us-west-2'],
      notOffered: [],
    });
  });
  test('the regions input, in its order, without those that do not offer the service', () => {
    expect(chooseRegions(['us-west-2', 'eu-north-9', 'eu-west-1'], offered, undefined)).toEqual({
      regions: ['us-west-2', 'eu-west-1'],
      notOffered: ['eu-north-9'],
    });
  });
  test('no source (and no SDK loaded) unless Cognito.5 is selected', () => {
    const config = { region: 'us-east-1', timeoutSeconds: 600, regions: undefined };
    const log = { debug: () => undefined };
    expect(userPoolSource({ ...config, controls: ['IAM.9'] }, {}, {}, log)).toBeUndefined();
    expect(userPoolSource({ ...config, controls: ['Cognito.5'] }, {}, {}, log)).toBeDefined();
  });
});

describe('the regions the public parameters name', () => {
  test('a value, else the last part of the name; neither is malformed, never a region dropped', async () => {
    const { regionsOfParameters } = await import('../../src/aws/service-regions.js');
    const path = '/aws/service/global-infrastructure/services/cognito-idp/regions';
    expect(
      regionsOfParameters([
        { Name: `${path}/us-east-1`, Value: 'us-east-1' },
        { Name: `${path}/eu-west-1` },
      ]),
    ).toEqual(['eu-west-1', 'us-east-1']);
    expect(() => regionsOfParameters([{ Value: 'us-east-1' }, {}])).toThrow(
      expect.objectContaining({ name: 'MalformedResponse' }),
    );
  });
});
